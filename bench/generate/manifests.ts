/**
 * Renders the planned records as governance manifests: a hundred YAML documents per file, shaped
 * like the acme example (comments, labels, flow-style relations, block lists, quoted owners).
 */
import { ORG, type PlannedRecord, type World } from './world.js';

const SCHEMA_LINE = '# yaml-language-server: $schema=https://blindspot.dev/schema/manifest.schema.json';

const RETIRED_AT = '2026-09-01';

function day(iso: string): string {
  return iso.slice(0, 10);
}

function list(key: string, values: readonly string[], indent: string): string[] {
  return [`${indent}${key}:`, ...values.map((v) => `${indent}  - ${v}`)];
}

function otherTeam(world: World, team: string): string {
  const i = world.teams.indexOf(team);
  return world.teams[(i + 1) % world.teams.length];
}

/** The approval block; an expired one for the approval-expired story. */
function approval(r: PlannedRecord, key: 'permissions' | 'tools'): string[] {
  const expired = r.story === 'approval-expired';
  return [
    '  approval:',
    `    ref: https://github.com/${ORG}/governance/pull/${1000 + (r.index % 9000)}`,
    `    approvedAt: ${expired ? '2025-10-01' : '2026-05-01'}`,
    `    expiresAt: ${expired ? '2026-10-01' : '2027-05-01'}`,
    ...list(key, r.approved ?? [], '    '),
  ];
}

export function renderRecord(r: PlannedRecord, world: World): string[] {
  const lines = ['apiVersion: blindspot.dev/v1', `kind: ${r.kind}`, 'metadata:', `  name: ${r.name}`];
  if (r.index % 4 === 0) lines.push(`  description: ${r.kind === 'Credential' ? 'Key' : 'Workload'} of team ${r.team}, batch ${r.index % 97}.`);
  if (r.index % 3 === 0) lines.push('  labels:', `    team: ${r.team}`, `    tier: ${r.index % 2 ? 'backend' : 'data'}`);
  lines.push('spec:');
  const retired = r.story === 'retired-but-active';
  lines.push(`  lifecycle: ${retired ? 'retired' : 'active'}`);
  if (retired) lines.push(`  retiredAt: ${RETIRED_AT}`);
  if (r.story === 'owner-conflict') lines.push(`  owner: "@${ORG}/${otherTeam(world, r.team)}"`);
  switch (r.kind) {
    case 'Credential':
      lines.push(`  credentialType: ${r.platform === 'gcp-key' ? 'gcp-service-account-key' : 'aws-access-key'}`);
      lines.push(`  belongsTo: { kind: ServiceAccount, name: ${r.related!.name} }`);
      lines.push(...list('identifiers', r.identifiers, '  '));
      lines.push(`  issuedAt: ${day(r.createdAt)}`);
      break;
    case 'ModelEndpoint':
      lines.push(`  serves: ${r.related!.name}`);
      lines.push(...list('identifiers', r.identifiers, '  '));
      lines.push('  environment: production', '  expected:', `    model: ${r.related!.name}`);
      break;
    case 'Agent':
      if (r.related) lines.push(`  runsAs: ${r.related.name}`);
      lines.push(...list('identifiers', r.identifiers, '  '));
      lines.push('  environment: production', '  expected:', '    toolsetVersion: "2.0"');
      break;
    default:
      lines.push(...list('identifiers', r.identifiers, '  '));
      if (r.index % 5 !== 0) lines.push(`  environment: ${r.index % 7 === 0 ? 'staging' : 'production'}`);
  }
  if (r.monitor) lines.push('  monitoring:', '    - system: prometheus', `      ref: ${r.monitor}`);
  if (r.kind === 'Agent') {
    lines.push(...approval(r, 'tools'));
    lines.push('    mcpServers: [knowledge-base, ticketing]', '    dataSources:', `      - postgres://${r.team}-ro.acme.internal/kb`);
  } else if (r.approved) lines.push(...approval(r, 'permissions'));
  return lines;
}

/** One manifest file: a header comment, then the documents separated by `---`. */
export function renderManifestFile(path: string, records: readonly PlannedRecord[], world: World): string {
  const out = [SCHEMA_LINE, `# ${path.split('/').slice(-3, -1).join(' ')}: ${records.length} records. Owned through CODEOWNERS.`];
  records.forEach((r, i) => {
    out.push('---');
    if (i % 10 === 3) out.push(`# ${r.name}: reviewed in the ${r.index % 2 ? 'spring' : 'autumn'} access review.`);
    out.push(...renderRecord(r, world));
  });
  return out.join('\n') + '\n';
}
