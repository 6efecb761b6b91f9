/**
 * unrecorded-asset: a live asset of a governed kind that no record claims. The remediation is an
 * adopt PR with a `lifecycle: proposed` manifest pre-filled from the live facts, placed beside the
 * existing records of that kind.
 */
import { RECORD_DIRS, type RecordKind } from '../../model/kinds.js';
import type { RuleContext } from '../context.js';
import type { Draft } from '../findings.js';
import { day, list, when } from '../format.js';
import type { SourcedAsset } from '../match.js';
import { mergeView, type LiveView } from '../view.js';
import { DAY_MS } from '../../util/time.js';

/** A manifest name from a live name: lower-case, safe characters, bounded length. */
export function manifestName(raw: string): string {
  const tail = raw.split(/[/:#]/).filter(Boolean).pop() ?? raw;
  const base = (tail.includes('@') ? tail.split('@')[0] : tail)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 63);
  return base || 'unnamed';
}

/** The answer per run and kind: every unrecorded asset asks, and the answer is a scan of all records. */
const directories = new WeakMap<RuleContext, Map<RecordKind, string>>();

/** Where records of this kind usually live in this repo, so adopted ones land beside them. */
export function directoryFor(kind: RecordKind, ctx: RuleContext): string {
  let known = directories.get(ctx);
  if (!known) directories.set(ctx, (known = new Map()));
  let dir = known.get(kind);
  if (dir === undefined) known.set(kind, (dir = scanDirectory(kind, ctx)));
  return dir;
}

function scanDirectory(kind: RecordKind, ctx: RuleContext): string {
  const counts = new Map<string, number>();
  // Records of one file share their directory: split each path once.
  const dirOf = new Map<string, string>();
  for (const s of ctx.statesOfKind(kind)) {
    const file = s.record.location.file;
    let dir = dirOf.get(file);
    if (dir === undefined) dirOf.set(file, (dir = file.split('/').slice(0, -1).join('/')));
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  const root = ctx.config.manifests[0]?.split('/')[0]?.replace(/[*?{].*/, '') || 'governance';
  return `${root}/${RECORD_DIRS[kind]}`;
}

function yamlString(s: string): string {
  return /^[A-Za-z0-9@._/:#+-]+$/.test(s) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/^[\d.+-]+$/.test(s) ? s : JSON.stringify(s);
}

/** The manifest proposed for an unrecorded group, from the group and its merged live view. */
function adoptManifest(kind: RecordKind, name: string, group: SourcedAsset[], view: LiveView): string {
  const ids = [...new Set(group.filter((a) => a.inventory).flatMap((a) => a.asset.identifiers))].sort();
  const sources = [...new Set(group.map((a) => a.source.label))].sort();
  const env = group.find((a) => a.asset.environment)?.asset.environment;
  const lines = [
    '# yaml-language-server: $schema=https://blindspot.dev/schema/manifest.schema.json',
    `# Proposed by blindspot from live discovery (${sources.join(', ')}).`,
    '# Review the facts, set the owner in CODEOWNERS, then change lifecycle to active.',
    'apiVersion: blindspot.dev/v1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  lifecycle: proposed',
    '  identifiers:',
    ...ids.map((i) => `    - ${yamlString(i)}`),
  ];
  if (env) lines.push(`  environment: ${yamlString(env)}`);
  const hints = [...view.ownerHints.keys()].sort();
  if (hints.length) lines.push(`  # owner hints from live data: ${hints.join(', ')}`);
  const perms = [...view.permissions.keys()].sort();
  const tools = [...view.tools.keys()].sort();
  const data = [...view.dataSources.keys()].sort();
  const servers = [...view.mcpServers.keys()].sort();
  if (perms.length || tools.length || data.length || servers.length) {
    lines.push('  # What is live today; approve deliberately (blindspot compares live against this).', '  approval:');
    if (perms.length) lines.push('    permissions:', ...perms.map((p) => `      - ${yamlString(p)}`));
    if (servers.length) lines.push('    mcpServers:', ...servers.map((p) => `      - ${yamlString(p)}`));
    if (tools.length) lines.push('    tools:', ...tools.map((p) => `      - ${yamlString(p)}`));
    if (data.length) lines.push('    dataSources:', ...data.map((p) => `      - ${yamlString(p)}`));
  }
  return lines.join('\n') + '\n';
}

/** A readable record name: a key is named after the user that holds it, anything else after itself. */
function suggestedName(kind: RecordKind, group: SourcedAsset[], primary: SourcedAsset): string {
  if (kind === 'Credential') {
    const holder = group.map((a) => a.asset.attributes?.userName ?? a.asset.attributes?.serviceAccount).find((v): v is string => typeof v === 'string');
    const type = group.map((a) => a.asset.attributes?.credentialType).find((v): v is string => typeof v === 'string');
    if (holder) return manifestName(`${holder}-${type === 'aws-access-key' ? 'access-key' : 'key'}`);
  }
  return manifestName(primary.asset.name ?? primary.asset.id);
}

export function unrecordedAssets(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  // Names already used: every record's key (looked up in ctx.byKey, not copied) and the ones given here.
  const given = new Set<string>();
  const taken = { has: (k: string) => ctx.byKey.has(k) || given.has(k), add: (k: string) => given.add(k) };
  for (const group of ctx.unrecorded) {
    const inventory = group.filter((a) => a.inventory).sort((a, b) => (a.asset.id < b.asset.id ? -1 : a.asset.id > b.asset.id ? 1 : 0));
    const primary = inventory[0];
    if (!primary) continue;
    const view = mergeView(group);
    // A disabled asset is not acting; report it only while it can still act.
    if (view.active?.value === false) continue;
    const kind = primary.asset.kind as RecordKind;
    const base = suggestedName(kind, group, primary);
    let name = base;
    for (let n = 2; taken.has(`${kind}/${name}`); n++) name = `${base}-${n}`;
    taken.add(`${kind}/${name}`);
    const facts = [
      ...inventory.map((a) => ({ fact: `live ${kind} \`${a.asset.id}\`${a.asset.active ? ' (enabled)' : ''}${a.asset.createdAt ? `, created ${day(a.asset.createdAt)}` : ''}`, source: a.source.label, at: a.source.snapshot.collectedAt })),
      { fact: `no record claims any of ${list([...new Set(group.flatMap((a) => a.asset.identifiers))].sort().slice(0, 8))}`, source: 'governance records', at: null },
    ];
    if (view.lastUsedAt) facts.push({ fact: `last used ${when(view.lastUsedAt.value)}`, source: view.lastUsedAt.source, at: view.lastUsedAt.at });
    const used = view.lastUsedAt && ctx.now - Date.parse(view.lastUsedAt.value) < ctx.config.policy.staleAfterDays * DAY_MS;
    const file = `${directoryFor(kind, ctx)}/${name}.yaml`;
    out.push({
      type: 'unrecorded-asset',
      asset: primary,
      assetKey: `${kind}:${primary.asset.id}`,
      title: `Unrecorded ${kind} ${primary.asset.name ?? primary.asset.id} is live with no governance record`,
      evidence: facts,
      severity: used ? undefined : { level: 'medium', rule: 'not-recently-used' },
      remediation: {
        action: 'adopt-pr',
        summary: `Adopt it: a PR adds \`${file}\` with \`lifecycle: proposed\`, pre-filled from the live facts. Or disable it if nobody claims it.`,
        change: { kind: 'adopt', file, manifest: adoptManifest(kind, name, group, view) },
      },
    });
  }
  return out;
}
