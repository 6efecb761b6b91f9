/**
 * Body templates: the built-in ones, each overridable by a file of the same name in the
 * governance repo's `.github/blindspot/` folder (e.g. `.github/blindspot/issue.md`).
 */
import type { TextSource } from '../util/reader.js';
import { defaultTemplate, type TemplateName } from './template.js';

export const TEMPLATE_NAMES: readonly TemplateName[] = ['issue.md', 'dashboard.md', 'pr-retire.md', 'pr-owner.md', 'pr-adopt.md'];
export const OVERRIDE_DIR = '.github/blindspot';

export function loadTemplates(source: TextSource | null): Record<TemplateName, string> {
  const out = {} as Record<TemplateName, string>;
  for (const name of TEMPLATE_NAMES) {
    const path = `${OVERRIDE_DIR}/${name}`;
    out[name] = source?.exists(path) ? source.read(path, { maxBytes: 64 * 1024 }).text : defaultTemplate(name);
  }
  return out;
}
