/**
 * The live side of the planned world: native JSONL snapshots (a `snapshot/v1` header, then one
 * asset per line) for the big systems, and a slice in real export formats (an IAM credential
 * report, a kubectl ServiceAccount list, an MLflow search response, a gitleaks report). Assets are
 * written as they are made, so a million of them never sit in memory at once.
 *
 * Beside the inventory (one asset per recorded identity, plus the planted shadow ones) the exports
 * carry what real ones carry many rows of: last-used activity per key and region, one row per
 * granted role, traffic per window. Those enrichment rows bring the total to `sizes.assets`.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AssetKind } from '../../src/model/kinds.js';
import type { LiveAsset } from '../../src/model/snapshot.js';
import { pad, Rng } from './prng.js';
import { AWS_ACCOUNT, COLLECTED_AT, CSV_ACCOUNT, DAY_MS, gcpProject, NOW_MS, ORG, type PlannedRecord, type World } from './world.js';

/** Buffered writes: one syscall per ~1 MiB instead of one per line. */
export class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  lines = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  line(value: unknown): void {
    this.write(JSON.stringify(value) + '\n');
    this.lines++;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.bytes += writeSync(this.fd, chunk);
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export interface SourceSpec {
  /** Repo-relative file. */
  path: string;
  name: string;
  /** Config-level extras (claims for formats whose default scope is too wide). */
  config?: { claims?: string[]; collectedAt?: string; scope?: string };
  /** Native JSONL: counts toward the `JSON.parse` floor. */
  jsonl: boolean;
}

export interface LiveSummary {
  sources: SourceSpec[];
  /** Assets written, by file. */
  assets: Record<string, number>;
  total: number;
  /** Bytes of the native JSONL files. */
  jsonlBytes: number;
}

const RECENT_DAYS = 5;

function recent(rng: Rng): string {
  return new Date(NOW_MS - DAY_MS - rng.int(RECENT_DAYS * DAY_MS)).toISOString();
}

function daysAgo(days: number, rng: Rng): string {
  return new Date(NOW_MS - days * DAY_MS - rng.int(DAY_MS)).toISOString();
}

/** `2026-03-01T10:00:00+00:00`, the credential report's spelling. */
function awsTime(iso: string): string {
  return iso.slice(0, 19) + '+00:00';
}

function header(type: string, name: string, scope: string | undefined, covers: AssetKind[], claims: string[]): Record<string, unknown> {
  return {
    blindspot: 'snapshot/v1',
    source: { type, name, ...(scope ? { scope } : {}) },
    collectedAt: COLLECTED_AT,
    collectedAtFrom: 'data',
    complete: true,
    covers,
    ...(claims.length ? { claims } : {}),
  };
}

/** Permissions live on the inventory asset: the approved ones, one extra for permission drift. */
function livePermissions(r: PlannedRecord): string[] {
  const base = r.approved ?? (r.platform === 'k8s' ? ['ClusterRole/view'] : r.platform === 'gcp' ? ['roles/logging.logWriter'] : ['policy:arn:aws:iam::aws:policy/ReadOnlyAccess']);
  return r.story === 'permission-drift' ? [...base, r.platform === 'k8s' ? 'ClusterRole/cluster-admin' : r.platform === 'gcp' ? 'roles/storage.admin' : 'policy:arn:aws:iam::aws:policy/AdministratorAccess'] : base;
}

/** Last use of a key: long ago for the stale story, recent otherwise. */
function keyLastUsed(r: PlannedRecord, rng: Rng): string {
  return r.story === 'stale-credential' ? daysAgo(120, rng) : recent(rng);
}

function inventoryAsset(r: PlannedRecord, rng: Rng): LiveAsset {
  switch (r.platform) {
    case 'aws':
      return {
        kind: 'ServiceAccount',
        id: r.liveId,
        identifiers: [r.liveId, r.name],
        name: r.name,
        active: true,
        createdAt: r.createdAt,
        lastUsedAt: recent(rng),
        permissions: livePermissions(r),
        attributes: { principalType: 'user', accountId: AWS_ACCOUNT, mfaActive: false },
      };
    case 'gcp': {
      const project = gcpProject(r.team);
      const id = `projects/${project}/serviceAccounts/${r.liveId}`;
      return { kind: 'ServiceAccount', id, identifiers: [id, r.liveId], name: r.name, active: true, createdAt: r.createdAt, permissions: livePermissions(r), attributes: { projectId: project } };
    }
    case 'k8s': {
      const [ns] = r.liveId.split('/');
      const uid = `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
      return {
        kind: 'ServiceAccount',
        id: r.liveId,
        identifiers: [r.liveId, `system:serviceaccount:${ns}:${r.name}`, uid],
        name: r.name,
        active: true,
        createdAt: r.createdAt,
        permissions: livePermissions(r),
        environment: 'production',
        attributes: { namespace: ns, uid },
      };
    }
    case 'aws-key': {
      const user = r.related!.name;
      return {
        kind: 'Credential',
        id: r.liveId,
        identifiers: [r.liveId, `${user}#${r.liveId}`],
        name: r.liveId,
        active: true,
        createdAt: r.createdAt,
        lastUsedAt: keyLastUsed(r, rng),
        attributes: { credentialType: 'aws-access-key', userName: user, lastUsedService: 's3', lastUsedRegion: 'us-east-1' },
      };
    }
    case 'gcp-key':
      return { kind: 'Credential', id: r.liveId, identifiers: [r.liveId], active: true, createdAt: r.createdAt, lastUsedAt: recent(rng), attributes: { credentialType: 'gcp-service-account-key', serviceAccount: r.related!.liveId } };
    case 'sagemaker':
      return { kind: 'Model', id: r.name, identifiers: [r.name], name: r.name, active: true, version: '3', createdAt: r.createdAt, attributes: { framework: 'xgboost', registry: 'sagemaker' } };
    case 'endpoint': {
      const model = r.story === 'version-drift' ? `${r.related!.name}-canary` : r.related!.name;
      return {
        kind: 'ModelEndpoint',
        id: r.liveId,
        identifiers: [r.liveId, r.name],
        name: r.name,
        active: true,
        model,
        createdAt: r.createdAt,
        environment: 'production',
        traffic: { window: { start: new Date(Date.parse(COLLECTED_AT) - DAY_MS).toISOString(), end: COLLECTED_AT }, count: 1000 + rng.int(90_000), lastAt: recent(rng) },
      };
    }
    case 'agent':
      return {
        kind: 'Agent',
        id: r.name,
        identifiers: [r.name],
        name: r.name,
        active: true,
        tools: r.story === 'toolset-drift' ? [...r.approved!, 'delete_records'] : [...r.approved!],
        mcpServers: ['knowledge-base', 'ticketing'],
        dataSources: [`postgres://${r.team}-ro.acme.internal/kb`],
        version: '2.0',
        environment: 'production',
      };
    default:
      throw new Error(`bench: ${r.platform} records are exported in real formats`);
  }
}

/** The n-th enrichment row for a record: activity, a grant or a traffic window; never a second opinion that changes a finding. */
function enrichment(r: PlannedRecord, n: number, rng: Rng): LiveAsset {
  const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2', 'eu-central-1'];
  switch (r.platform) {
    case 'aws-key':
    case 'gcp-key':
      return { kind: 'Credential', id: `${r.liveId}@${regions[n % regions.length]}`, identifiers: [r.liveId], lastUsedAt: r.story === 'stale-credential' ? daysAgo(150 + n, rng) : daysAgo(10 + n, rng), attributes: { region: regions[n % regions.length] } };
    case 'aws':
    case 'gcp':
    case 'k8s': {
      const perms = livePermissions(r);
      return { kind: 'ServiceAccount', id: `${r.liveId}#grant-${n}`, identifiers: [r.liveId], permissions: [perms[n % perms.length]], attributes: { binding: `binding-${pad(n, 2)}` } };
    }
    case 'endpoint': {
      const end = Date.parse(COLLECTED_AT) - (n + 1) * DAY_MS;
      return { kind: 'ModelEndpoint', id: `${r.liveId}@day-${n + 1}`, identifiers: [r.liveId], traffic: { window: { start: new Date(end - DAY_MS).toISOString(), end: new Date(end).toISOString() }, count: rng.int(50_000), lastAt: new Date(end - rng.int(3_600_000)).toISOString() } };
    }
    case 'agent':
      return { kind: 'Agent', id: `${r.name}@session-${n}`, identifiers: [r.name], lastActivityAt: daysAgo(n % 7, rng) };
    default:
      return { kind: 'Model', id: `${r.name}@eval-${n}`, identifiers: [r.name], lastActivityAt: daysAgo(2 + (n % 30), rng) };
  }
}

const NATIVE_PLATFORMS: Record<string, string> = {
  aws: 'aws-iam',
  'aws-key': 'aws-iam',
  gcp: 'gcp-iam',
  'gcp-key': 'gcp-iam',
  k8s: 'k8s',
  sagemaker: 'ml',
  endpoint: 'ml',
  agent: 'agents',
};

/** Writes every export under `root`; returns the source list for the config and the counts. */
export function writeLive(world: World, root: string): LiveSummary {
  const rng = new Rng(world.seed).fork('live');
  const files = new Map<string, LineWriter>();
  const names = new Map<string, string>();
  const open = (name: string, head: Record<string, unknown>) => {
    const w = new LineWriter(join(root, `discovery/live/${name}.jsonl`));
    w.line(head);
    files.set(name, w);
    names.set(name, (head.source as { name: string }).name);
    return w;
  };
  const teams = world.teams;
  open('aws-iam', header('aws-iam', 'aws-prod-iam', AWS_ACCOUNT, ['ServiceAccount', 'Credential'], [`arn:aws:iam::${AWS_ACCOUNT}:*`, 'AKIA*']));
  open('gcp-iam', header('gcp-iam', 'gcp-iam', ORG, ['ServiceAccount', 'Credential'], ['*.iam.gserviceaccount.com', 'projects/*']));
  open('k8s', header('kubernetes', 'k8s-prod', 'prod-1', ['ServiceAccount'], ['t*/*']));
  open('ml', header('sagemaker', 'ml-platform', `${AWS_ACCOUNT}/us-east-1`, ['Model', 'ModelEndpoint'], ['model-*', `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:endpoint/*`]));
  open('agents', header('agent-registry', 'agents', ORG, ['Agent'], ['agent-*']));
  open('monitors', header('prometheus-rules', 'prometheus', 'prod', ['Monitor'], []));
  open('activity', header('cloud-activity', 'activity', ORG, [], []));
  const counts: Record<string, number> = {};
  const bump = (file: string, n = 1) => (counts[file] = (counts[file] ?? 0) + n);

  // Inventory, then shadow assets and monitors.
  const enrichable: PlannedRecord[] = [];
  for (const r of world.records) {
    const name = NATIVE_PLATFORMS[r.platform];
    if (!name || r.story === 'missing-asset') continue;
    files.get(name)!.line(inventoryAsset(r, rng));
    bump(`discovery/live/${name}.jsonl`);
    enrichable.push(r);
  }
  world.unrecorded.forEach((u, i) => {
    const team = teams[i % teams.length];
    let a: LiveAsset;
    let file: string;
    if (u.platform === 'aws') {
      const arn = `arn:aws:iam::${AWS_ACCOUNT}:user/${u.name}`;
      a = { kind: 'ServiceAccount', id: arn, identifiers: [arn, u.name], name: u.name, active: u.active, createdAt: daysAgo(40, rng), lastUsedAt: recent(rng), attributes: { principalType: 'user', accountId: AWS_ACCOUNT } };
      file = 'aws-iam';
    } else if (u.platform === 'k8s') {
      a = { kind: 'ServiceAccount', id: `${team}/${u.name}`, identifiers: [`${team}/${u.name}`, `system:serviceaccount:${team}:${u.name}`], name: u.name, active: u.active, createdAt: daysAgo(30, rng), attributes: { namespace: team } };
      file = 'k8s';
    } else {
      a = { kind: 'Agent', id: u.name, identifiers: [u.name], name: u.name, active: u.active, tools: ['search_kb'], mcpServers: ['knowledge-base'] };
      file = 'agents';
    }
    files.get(file)!.line(a);
    bump(`discovery/live/${file}.jsonl`);
  });
  for (const m of world.monitors) {
    files.get('monitors')!.line({
      kind: 'Monitor',
      id: m.id,
      identifiers: [m.id],
      name: m.id,
      active: true,
      attributes: { references: [`up{job=~"${m.watches.map((r) => r.name).join('|')}"} == 0`], severity: 'page', for: '5m' },
    });
    bump('discovery/live/monitors.jsonl');
  }

  const real = writeRealFormats(world, root, rng);
  for (const [file, n] of Object.entries(real.counts)) bump(file, n);

  // Enrichment rows up to the asset total.
  const written = Object.values(counts).reduce((a, b) => a + b, 0);
  const padding = Math.max(0, world.sizes.assets - written);
  const activity = files.get('activity')!;
  for (let i = 0; i < padding; i++) {
    const r = enrichable[i % enrichable.length];
    activity.line(enrichment(r, Math.floor(i / enrichable.length), rng));
  }
  bump('discovery/live/activity.jsonl', padding);

  let jsonlBytes = 0;
  for (const w of files.values()) {
    w.close();
    jsonlBytes += w.bytes;
  }
  const sources: SourceSpec[] = [
    ...[...files.keys()].map((name) => ({ path: `discovery/live/${name}.jsonl`, name: names.get(name)!, jsonl: true })),
    ...real.sources,
  ];
  return { sources, assets: counts, total: Object.values(counts).reduce((a, b) => a + b, 0), jsonlBytes };
}

const CSV_COLUMNS =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

/** The real-format slice: CSV users with one key each, edge-cluster service accounts, MLflow models, scanner hits. */
function writeRealFormats(world: World, root: string, rng: Rng): { sources: SourceSpec[]; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const keyOf = new Map<PlannedRecord, PlannedRecord>();
  for (const r of world.records) if (r.platform === 'csv-key') keyOf.set(r.related!, r);

  const csv = new LineWriter(join(root, 'discovery/aws/credential-report.csv'));
  csv.write(CSV_COLUMNS + '\n');
  let csvAssets = 0;
  for (const r of world.records) {
    if (r.platform !== 'csv') continue;
    const key = keyOf.get(r)!;
    const used = awsTime(recent(rng));
    csv.write(`${r.name},${r.liveId},${awsTime(r.createdAt)},false,N/A,N/A,N/A,false,true,${awsTime(key.createdAt)},${used},us-east-1,sqs,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n`);
    csvAssets += 2;
  }
  csv.close();
  counts['discovery/aws/credential-report.csv'] = csvAssets;

  const items = world.records
    .filter((r) => r.platform === 'edge')
    .map((r) => {
      const [namespace] = r.liveId.split('/');
      return {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          creationTimestamp: r.createdAt.slice(0, 19) + 'Z',
          labels: { 'acme.io/governed': 'true', team: r.team },
          name: r.name,
          namespace,
          resourceVersion: String(40_000_000 + r.index),
          uid: `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-b${rng.hex(3)}-${rng.hex(12)}`,
        },
      };
    });
  writeJson(join(root, 'discovery/k8s/edge-serviceaccounts.json'), { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } });
  counts['discovery/k8s/edge-serviceaccounts.json'] = items.length;

  const models = world.records
    .filter((r) => r.platform === 'mlflow')
    .map((r) => {
      const created = Date.parse(r.createdAt);
      return {
        name: r.name,
        creation_timestamp: created,
        last_updated_timestamp: created + 86_400_000,
        description: `Model of team ${r.team}.`,
        latest_versions: [
          { name: r.name, version: '2', creation_timestamp: created + 3_600_000, last_updated_timestamp: created + 86_400_000, current_stage: 'Production', description: '', source: `s3://acme-mlflow/artifacts/${r.index}/model`, run_id: rng.hex(32), status: 'READY' },
        ],
        tags: [{ key: 'team', value: r.team }],
      };
    });
  writeJson(join(root, 'discovery/mlflow/registered-models.json'), { registered_models: models });
  counts['discovery/mlflow/registered-models.json'] = models.length;

  const hits = world.records
    .filter((r) => r.story === 'secret-in-code')
    .map((r, i) => {
      const commit = rng.hex(40);
      const file = `services/${r.team}/deploy/job-${pad(i, 4)}.sh`;
      const line = 10 + (i % 40);
      return {
        RuleID: 'aws-access-token',
        Description: 'Identified a pattern that may indicate AWS credentials, risking unauthorized cloud resource access and data breaches on AWS platforms.',
        StartLine: line,
        EndLine: line,
        StartColumn: 14,
        EndColumn: 33,
        Match: r.liveId,
        Secret: r.liveId,
        File: file,
        SymlinkFile: '',
        Commit: commit,
        Link: `https://github.com/${ORG}/${r.team}-service/blob/${commit}/${file}#L${line}`,
        Entropy: 3.7,
        Author: 'Dev Eloper',
        Email: 'dev@acme.example',
        Date: '2026-06-02T10:00:00Z',
        Message: 'deploy script',
        Tags: [],
        Fingerprint: `${commit}:${file}:aws-access-token:${line}`,
      };
    });
  writeJson(join(root, 'discovery/scanners/gitleaks.json'), hits);
  counts['discovery/scanners/gitleaks.json'] = hits.length;

  return {
    counts,
    sources: [
      { path: 'discovery/aws/credential-report.csv', name: 'aws-legacy-iam', jsonl: false, config: { scope: CSV_ACCOUNT, collectedAt: COLLECTED_AT } },
      { path: 'discovery/k8s/edge-serviceaccounts.json', name: 'k8s-edge', jsonl: false, config: { scope: 'edge-1', collectedAt: COLLECTED_AT, claims: ['edge-*'] } },
      { path: 'discovery/mlflow/registered-models.json', name: 'mlflow', jsonl: false, config: { collectedAt: COLLECTED_AT, claims: ['mlflow:*'] } },
      { path: 'discovery/scanners/gitleaks.json', name: 'gitleaks', jsonl: false, config: { scope: `${ORG}/services`, collectedAt: COLLECTED_AT } },
    ],
  };
}

function writeJson(path: string, value: unknown): void {
  const w = new LineWriter(path);
  w.write(JSON.stringify(value, null, 1) + '\n');
  w.close();
}
