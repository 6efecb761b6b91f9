/**
 * Prometheus alerting rules → Monitor assets. Accepts a rule file (`groups[].rules[]`), a
 * Prometheus Operator `PrometheusRule` object (`spec.groups`), a `kind: List` of them
 * (`kubectl get prometheusrules -A -o yaml`), several YAML documents, or the same as JSON.
 *
 * Rules (documented for users):
 * - id = `<group>/<alert>` (`<namespace>/<name>/<group>/<alert>` for PrometheusRule objects); a
 *   repeated alert name in one group (e.g. warning and critical) gets `#2`, `#3`.
 *   identifiers = the alert name and the id.
 * - Recording rules (`record:`) are not monitors and are skipped.
 * - active = true: rule files have no silence state (silences live in Alertmanager).
 * - Which asset a rule watches is unknown here: `attributes.references` holds the searchable text
 *   (the expr and every label value), and reconciliation looks for the asset's identifiers in it.
 *   `attributes.system` = `prometheus`, matching a record's `spec.monitoring[].system`.
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, str, type Where } from '../fields.js';
import { IdAllocator } from './ml-shared.js';
import { evidenceAt, sourceOf } from './shared.js';

const NAME = 'prometheus-rules';

function isRuleFile(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.groups) && v.groups.some((g) => isObject(g) && Array.isArray(g.rules));
}

function isPrometheusRule(v: unknown): boolean {
  return isObject(v) && v.kind === 'PrometheusRule' && isObject(v.spec);
}

/** Where the rule groups are in one parsed value: `[path to groups, id prefix]` pairs. */
function groupContainers(v: unknown): Array<{ path: Array<string | number>; prefix: string }> {
  if (!isObject(v)) return [];
  if (isPrometheusRule(v)) {
    const meta = isObject(v.metadata) ? v.metadata : {};
    const prefix = [str(meta.namespace), str(meta.name)].filter(Boolean).join('/');
    return [{ path: ['spec', 'groups'], prefix: prefix ? `${prefix}/` : '' }];
  }
  if (v.kind === 'List' && Array.isArray(v.items)) {
    return v.items.flatMap((item, i) =>
      groupContainers(item).map((c) => ({ path: ['items', i, ...c.path], prefix: c.prefix })),
    );
  }
  if ('groups' in v) return [{ path: ['groups'], prefix: '' }];
  return [];
}

function lineOf(doc: Document, path: Array<string | number>, lc: LineCounter): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

function valueAt(v: unknown, path: Array<string | number>): unknown {
  let cur: unknown = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function stringMap(v: unknown, where: Where, field: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new InputError(`${where.record}: ${field} must be a map`, where);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) out[k] = str(val) ?? (typeof val === 'boolean' ? String(val) : JSON.stringify(val));
  return out;
}

export const prometheusRulesAdapter: Adapter = {
  name: NAME,
  description:
    'Prometheus alerting rules: a rule file (`groups:`), or `kubectl get prometheusrules -A -o yaml` (PrometheusRule objects)',
  markers: ['groups[].rules[] with alert/expr', 'kind: PrometheusRule'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (isPrometheusRule(v) || (isObject(v) && v.kind === 'List' && Array.isArray(v.items) && isPrometheusRule(v.items[0]))) return 0.95;
      return isRuleFile(v) ? 0.9 : 0;
    }
    const t = input.text.slice(0, 65536);
    if (/^\s*kind:\s*PrometheusRule\s*$/m.test(t)) return 0.95;
    if (/^\s*groups:\s*(\[\s*\])?\s*$/m.test(t) && (/^\s*(-\s+)?rules:/m.test(t) || /groups:\s*\[\s*\]/.test(t))) {
      return /^\s*(-\s+)?(alert|record|expr):/m.test(t) || /groups:\s*\[\s*\]/.test(t) ? 0.9 : 0.5;
    }
    return 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const lc = new LineCounter();
    const docs = parseAllDocuments(input.text, { lineCounter: lc });
    const assets: LiveAsset[] = [];
    const idAlloc = new IdAllocator();
    /** Rules read so far in the file, recording rules included: a monitor's evidence index is its rule's position. */
    let rulesRead = 0;
    docs.forEach((doc, d) => {
      const err = doc.errors[0];
      if (err) {
        const at = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
        const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new InputError(`invalid YAML: ${message}`, { file: input.file, line: at.line, column: at.col });
      }
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      if (value === null || value === undefined) return; // empty document
      const containers = groupContainers(value);
      const docWhere: Where = { file: input.file, line: lineOf(doc, [], lc) ?? 1, record: `document ${d + 1}` };
      if (containers.length === 0) {
        throw new InputError(`${docWhere.record}: not a Prometheus rule file (no "groups") or PrometheusRule object`, docWhere);
      }
      for (const { path, prefix } of containers) {
        const groups = valueAt(value, path);
        if (groups === undefined || groups === null) continue;
        const pathWhere: Where = { ...docWhere, line: lineOf(doc, path, lc) ?? docWhere.line, record: path.join('.') };
        if (!Array.isArray(groups)) throw new InputError(`${pathWhere.record}: expected a list of rule groups`, pathWhere);
        groups.forEach((g, gi) => {
          const gPath = [...path, gi];
          const gWhere: Where = { file: input.file, line: lineOf(doc, gPath, lc), record: `${path.join('.')}[${gi}]` };
          if (!isObject(g)) throw new InputError(`${gWhere.record}: a rule group must be a map`, gWhere);
          const group = str(g.name);
          if (!group) throw new InputError(`${gWhere.record}: a rule group needs a name`, gWhere);
          const groupLabels = stringMap(g.labels, gWhere, 'labels');
          const rules = g.rules ?? [];
          if (!Array.isArray(rules)) throw new InputError(`${gWhere.record}: rules must be a list`, gWhere);
          rules.forEach((r, ri) => {
            const rPath = [...gPath, 'rules', ri];
            const where: Where = { file: input.file, line: lineOf(doc, rPath, lc), record: `group ${group} rules[${ri}]` };
            if (!isObject(r)) throw new InputError(`${where.record}: a rule must be a map`, where);
            const alert = str(r.alert);
            const record = str(r.record);
            if (alert && record) throw new InputError(`${where.record}: a rule has either alert or record, not both`, where);
            if (!alert && !record) throw new InputError(`${where.record}: a rule needs alert (or record)`, where);
            const expr = str(r.expr);
            if (expr === undefined || expr.trim() === '') throw new InputError(`${where.record}: missing expr`, where);
            const index = rulesRead++;
            if (record) return;
            const labels = { ...groupLabels, ...stringMap(r.labels, where, 'labels') };
            const key = `${prefix}${group}/${alert}`;
            const asset: LiveAsset = {
              kind: 'Monitor',
              id: idAlloc.next(key),
              identifiers: [alert!, key],
              name: alert,
              active: true,
              evidence: evidenceAt(input.file, index, where.line),
              attributes: {
                system: 'prometheus',
                group,
                expr,
                labels: Object.keys(labels)
                  .sort()
                  .map((k) => `${k}=${labels[k]}`),
                references: [expr, ...Object.values(labels)],
              },
            };
            const forDuration = str(r.for);
            if (forDuration) asset.attributes!.for = forDuration;
            if (labels.severity) asset.attributes!.severity = labels.severity;
            assets.push(asset);
          });
        });
      }
    });
    return { source: sourceOf(NAME, options), complete: true, covers: ['Monitor'], assets };
  },
};
