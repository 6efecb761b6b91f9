/**
 * Fills `{{name}}` placeholders in the body templates. Values are inserted as given: callers pass
 * text that is already neutralised. A repo may override a template (`.github/blindspot/<name>`);
 * an override that drops a placeholder simply leaves that part out, and the marker is always kept
 * on the first line whatever the template says.
 */
import { TEMPLATES } from '../generated/templates.js';
import { InputError } from '../util/errors.js';

export type TemplateName = 'issue.md' | 'dashboard.md' | 'pr-retire.md' | 'pr-owner.md' | 'pr-adopt.md';

export function defaultTemplate(name: TemplateName): string {
  const t = TEMPLATES[`github/${name}`];
  if (t === undefined) throw new InputError(`missing built-in template github/${name}`);
  return t;
}

export function fill(template: string, values: Record<string, string>): string {
  const out = template.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g, (_all, key: string) => (Object.hasOwn(values, key) ? values[key] : ''));
  // Collapse the blank runs that empty sections leave behind.
  return out.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
