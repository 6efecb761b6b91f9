/**
 * The planned world behind every generated input: teams, governance records (with their platform,
 * identifiers and relations) and the stories planted among them. The manifests, CODEOWNERS and
 * snapshot writers render this plan; the ground truth is read from it. Deterministic: the plan is
 * a pure function of the seed and the sizes.
 */
import type { FindingType } from '../../src/model/finding.js';
import { RECORD_DIRS, type RecordKind } from '../../src/model/kinds.js';
import { pad, Rng } from './prng.js';

/** "Now" of every bench run, and when the discovery exports were taken (fresh: 6 hours old). */
export const NOW_ISO = '2026-11-28T12:00:00.000Z';
export const NOW_MS = Date.parse(NOW_ISO);
export const COLLECTED_AT = '2026-11-28T06:00:00.000Z';
export const DAY_MS = 86_400_000;

export const AWS_ACCOUNT = '111111111111';
/** The second AWS account, exported as a real IAM credential report. */
export const CSV_ACCOUNT = '222222222222';
export const ORG = 'acme';

/** A story is one planted blind spot: exactly one finding of the same type per record. */
export const STORIES = [
  'retired-but-active',
  'missing-asset',
  'stale-credential',
  'rotation-overdue',
  'ownerless',
  'owner-conflict',
  'unmonitored',
  'permission-drift',
  'toolset-drift',
  'version-drift',
  'approval-expired',
  'secret-in-code',
] as const satisfies readonly FindingType[];
export type Story = (typeof STORIES)[number];

export type Platform = 'aws' | 'gcp' | 'k8s' | 'csv' | 'edge' | 'aws-key' | 'gcp-key' | 'csv-key' | 'sagemaker' | 'mlflow' | 'endpoint' | 'agent';

export interface PlannedRecord {
  /** Position in `World.records`. */
  index: number;
  kind: RecordKind;
  name: string;
  team: string;
  platform: Platform;
  identifiers: string[];
  story: Story | 'clean';
  /** Repo-relative manifest path (set when files are laid out). */
  file: string;
  /** Credential → its ServiceAccount; ModelEndpoint → the Model it serves; Agent → the ServiceAccount it runs as. */
  related?: PlannedRecord;
  /** Prometheus alert declared under `spec.monitoring` (SA, endpoint, agent). */
  monitor?: string;
  /** Approved grants (SAs with an approval) or tools (agents). */
  approved?: string[];
  createdAt: string;
  /** Live id of the asset that represents the record (ARN, key id, `ns/name`, …). */
  liveId: string;
}

/** A live asset no record claims. */
export interface UnrecordedAsset {
  platform: 'aws' | 'k8s' | 'agent';
  name: string;
  active: boolean;
}

export interface WorldSizes {
  records: number;
  /** Total live assets across every source (JSONL and real formats). */
  assets: number;
}

export interface World {
  seed: number;
  sizes: WorldSizes;
  teams: string[];
  records: PlannedRecord[];
  unrecorded: UnrecordedAsset[];
  /** Alerts by id, each naming the records it watches. */
  monitors: Array<{ id: string; watches: PlannedRecord[] }>;
  /** Manifest files in order, each with its records in document order. */
  files: Array<{ path: string; records: PlannedRecord[] }>;
  /** How many planted blind spots of each type the reconciliation must report. */
  expected: Partial<Record<FindingType, number>>;
}

export interface StoryPlan {
  /** Records per story. */
  stories: Record<Story, number>;
  /** Unrecorded live assets that are enabled (one finding each) and disabled (none). */
  unrecordedActive: number;
  unrecordedDisabled: number;
}

/** Planted blind spots as shares of the records: a governed estate with a few percent drift. */
export function defaultStoryPlan(records: number): StoryPlan {
  const share = (p: number) => Math.max(1, Math.round(records * p));
  return {
    stories: {
      'retired-but-active': share(0.003),
      'missing-asset': share(0.0025),
      'stale-credential': share(0.005),
      'rotation-overdue': share(0.002),
      ownerless: share(0.001),
      'owner-conflict': share(0.001),
      unmonitored: share(0.0025),
      'permission-drift': share(0.002),
      'toolset-drift': share(0.001),
      'version-drift': share(0.0005),
      'approval-expired': share(0.0005),
      'secret-in-code': share(0.00025),
    },
    unrecordedActive: share(0.005),
    unrecordedDisabled: share(0.001),
  };
}

const PREFIX: Record<RecordKind, string> = { ServiceAccount: 'sa', Credential: 'key', Model: 'model', ModelEndpoint: 'ep', Agent: 'agent' };

/** Which stories each record platform can carry without tripping a second rule. */
const ELIGIBLE: Record<Story, Platform[]> = {
  'retired-but-active': ['aws', 'aws-key'],
  'missing-asset': ['aws', 'aws-key'],
  'stale-credential': ['aws-key'],
  'rotation-overdue': ['aws-key'],
  ownerless: ['aws', 'gcp', 'k8s', 'aws-key', 'gcp-key', 'sagemaker', 'endpoint', 'agent'],
  'owner-conflict': ['aws', 'gcp', 'k8s', 'aws-key', 'gcp-key', 'sagemaker', 'endpoint', 'agent'],
  unmonitored: ['aws', 'gcp', 'k8s', 'endpoint', 'agent'],
  'permission-drift': ['aws', 'gcp', 'k8s'],
  'toolset-drift': ['agent'],
  'version-drift': ['endpoint'],
  'approval-expired': ['aws', 'gcp', 'k8s'],
  'secret-in-code': ['aws-key'],
};

export const DOCS_PER_FILE = 100;
export const RECORDS_PER_TEAM = 800;

function isoDaysAgo(days: number, rng: Rng): string {
  return new Date(NOW_MS - days * DAY_MS - rng.int(DAY_MS)).toISOString();
}

export function teamName(i: number): string {
  return `t${pad(i + 1, 3)}`;
}

/** A deterministic, unique AWS access key id for key number `n`. */
export function awsKeyId(n: number, rng: Rng): string {
  return `AKIA${n.toString(36).toUpperCase().padStart(8, '0')}${rng.chars(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
}

export function gcpProject(team: string): string {
  return `acme-${team}-prod`;
}

/** Plans the world. `plan` defaults to the shares above. */
export function planWorld(seed: number, sizes: WorldSizes, plan: StoryPlan = defaultStoryPlan(sizes.records)): World {
  const rng = new Rng(seed);
  const n = sizes.records;
  const teamCount = Math.max(4, Math.round(n / RECORDS_PER_TEAM));
  const teams = Array.from({ length: teamCount }, (_, i) => teamName(i));

  // Kind mix: service accounts hold the credentials (two per AWS or GCP account, one per CSV user).
  const sa = Math.round(n * 0.3);
  const saAws = Math.round(sa * 0.4);
  const saGcp = Math.round(sa * 0.25);
  const saCsv = Math.round(sa * 0.05);
  const saEdge = Math.round(sa * 0.05);
  const saK8s = sa - saAws - saGcp - saCsv - saEdge;
  const creds = 2 * saAws + 2 * saGcp + saCsv;
  const rest = n - sa - creds;
  if (rest < 3) throw new Error(`bench: ${n} records are too few to plan a world`);
  const models = Math.max(1, Math.round(n * 0.07));
  const endpoints = Math.max(1, Math.round(n * 0.075));
  const agents = rest - models - endpoints;

  const records: PlannedRecord[] = [];
  const perKind = new Map<RecordKind, number>();
  const add = (kind: RecordKind, platform: Platform, team: string): PlannedRecord => {
    const k = perKind.get(kind) ?? 0;
    perKind.set(kind, k + 1);
    const r: PlannedRecord = {
      index: records.length,
      kind,
      name: `${PREFIX[kind]}-${team}-${pad(k, 6)}`,
      team,
      platform,
      identifiers: [],
      story: 'clean',
      file: '',
      createdAt: isoDaysAgo(rng.range(20, 300), rng),
      liveId: '',
    };
    records.push(r);
    return r;
  };
  const teamOf = (i: number) => teams[i % teams.length];

  const sas: PlannedRecord[] = [];
  const platforms: Array<[Platform, number]> = [['aws', saAws], ['gcp', saGcp], ['k8s', saK8s], ['csv', saCsv], ['edge', saEdge]];
  let t = 0;
  for (const [platform, count] of platforms) for (let i = 0; i < count; i++) sas.push(add('ServiceAccount', platform, teamOf(t++)));
  for (const s of sas) {
    switch (s.platform) {
      case 'aws':
      case 'csv': {
        const acct = s.platform === 'aws' ? AWS_ACCOUNT : CSV_ACCOUNT;
        s.liveId = `arn:aws:iam::${acct}:user/${s.name}`;
        s.identifiers = [s.liveId];
        break;
      }
      case 'gcp':
        s.liveId = `${s.name}@${gcpProject(s.team)}.iam.gserviceaccount.com`;
        s.identifiers = [s.liveId];
        break;
      default: {
        const ns = s.platform === 'edge' ? `edge-${s.team}` : s.team;
        s.liveId = `${ns}/${s.name}`;
        s.identifiers = [s.liveId];
      }
    }
  }

  let keyNo = 0;
  const keyRng = rng.fork('keys');
  for (const s of sas) {
    const count = s.platform === 'aws' || s.platform === 'gcp' ? 2 : s.platform === 'csv' ? 1 : 0;
    for (let k = 0; k < count; k++) {
      const platform: Platform = s.platform === 'aws' ? 'aws-key' : s.platform === 'gcp' ? 'gcp-key' : 'csv-key';
      const c = add('Credential', platform, s.team);
      c.related = s;
      if (platform === 'aws-key') c.liveId = awsKeyId(keyNo++, keyRng);
      else if (platform === 'gcp-key') c.liveId = `projects/${gcpProject(s.team)}/serviceAccounts/${s.liveId}/keys/${keyRng.hex(40)}`;
      else c.liveId = `${s.liveId}#access_key_1`;
      c.identifiers = [c.liveId];
    }
  }

  const modelList: PlannedRecord[] = [];
  for (let i = 0; i < models; i++) {
    const m = add('Model', i % 5 === 4 ? 'mlflow' : 'sagemaker', teamOf(i));
    m.liveId = m.name;
    m.identifiers = [m.platform === 'mlflow' ? `mlflow:${m.name}` : m.name];
    modelList.push(m);
  }
  const servable = modelList.filter((m) => m.platform === 'sagemaker');
  for (let i = 0; i < endpoints; i++) {
    const e = add('ModelEndpoint', 'endpoint', teamOf(i));
    e.related = servable[i % servable.length];
    e.liveId = `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:endpoint/${e.name}`;
    e.identifiers = [e.liveId, e.name];
  }
  const k8sByTeam = new Map<string, PlannedRecord[]>();
  for (const s of sas) if (s.platform === 'k8s') k8sByTeam.set(s.team, [...(k8sByTeam.get(s.team) ?? []), s]);
  for (let i = 0; i < agents; i++) {
    const a = add('Agent', 'agent', teamOf(i));
    const pool = k8sByTeam.get(a.team);
    if (pool && i % 3 !== 0) a.related = pool[i % pool.length];
    a.liveId = a.name;
    a.identifiers = [a.name];
    a.approved = ['search_kb', 'create_ticket', `lookup_${a.team}`].slice(0, 2 + (i % 2));
  }
  for (const s of sas) {
    if (s.platform === 'csv' || s.platform === 'edge' || s.index % 2 === 1) continue;
    s.approved =
      s.platform === 'k8s'
        ? ['ClusterRole/view', `Role/${s.team}/config-reader`]
        : s.platform === 'gcp'
          ? ['roles/logging.logWriter', 'roles/storage.objectViewer']
          : ['policy:arn:aws:iam::aws:policy/ReadOnlyAccess', `policy:arn:aws:iam::${AWS_ACCOUNT}:policy/${s.team}-data`];
  }

  // Plant the stories on distinct, eligible records.
  const storyRng = rng.fork('stories');
  const order = storyRng.shuffle(records.map((r) => r.index));
  // The most constrained stories pick first, so the broad ones cannot use up their records.
  const byScarcity = [...STORIES].sort((a, b) => ELIGIBLE[a].length - ELIGIBLE[b].length || (a < b ? -1 : 1));
  for (const story of byScarcity) {
    let want = plan.stories[story];
    for (let i = 0; i < order.length && want > 0; i++) {
      const r = records[order[i]];
      if (r.story !== 'clean' || !ELIGIBLE[story].includes(r.platform)) continue;
      if ((story === 'permission-drift' || story === 'approval-expired') && !r.approved) continue;
      r.story = story;
      want--;
    }
    if (want > 0) throw new Error(`bench: not enough eligible records for ${plan.stories[story]} × ${story}`);
  }
  for (const r of records) {
    if (r.story === 'stale-credential') r.createdAt = isoDaysAgo(200, storyRng);
    if (r.story === 'rotation-overdue') r.createdAt = isoDaysAgo(storyRng.range(400, 600), storyRng);
  }

  // Monitors: one alert watches two records of a team (the usual templated alert).
  const monitors: World['monitors'] = [];
  const watched = records.filter((r) => (r.kind === 'ServiceAccount' || r.kind === 'ModelEndpoint' || r.kind === 'Agent') && r.story !== 'unmonitored');
  for (let i = 0; i < watched.length; i += 2) {
    const pair = watched.slice(i, i + 2);
    const id = `BenchAlert${pad(monitors.length, 7)}`;
    for (const r of pair) r.monitor = id;
    monitors.push({ id, watches: pair });
  }

  const unrecorded: UnrecordedAsset[] = [];
  const kinds: Array<UnrecordedAsset['platform']> = ['aws', 'k8s', 'agent'];
  for (let i = 0; i < plan.unrecordedActive + plan.unrecordedDisabled; i++) {
    const platform = kinds[i % kinds.length];
    unrecorded.push({ platform, name: `shadow-${platform}-${pad(i, 6)}`, active: i < plan.unrecordedActive });
  }

  const files = layoutFiles(records);
  const expected: World['expected'] = {};
  for (const story of STORIES) expected[story] = plan.stories[story];
  expected['unrecorded-asset'] = plan.unrecordedActive;
  return { seed, sizes, teams, records, unrecorded, monitors, files, expected };
}

/**
 * Records go to `governance/teams/<team>/<kind dir>/<kind>-NNN.yaml`, a hundred documents a file;
 * ownerless ones to `governance/unowned/…`, which only the catch-all rule covers.
 */
function layoutFiles(records: PlannedRecord[]): World['files'] {
  const groups = new Map<string, PlannedRecord[]>();
  for (const r of records) {
    const dir = r.story === 'ownerless' ? `governance/unowned/${RECORD_DIRS[r.kind]}` : `governance/teams/${r.team}/${RECORD_DIRS[r.kind]}`;
    const list = groups.get(dir);
    if (list) list.push(r);
    else groups.set(dir, [r]);
  }
  const files: World['files'] = [];
  for (const [dir, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const stem = dir.split('/').pop()!;
    for (let i = 0; i < list.length; i += DOCS_PER_FILE) {
      const path = `${dir}/${stem}-${pad(i / DOCS_PER_FILE, 3)}.yaml`;
      const chunk = list.slice(i, i + DOCS_PER_FILE);
      for (const r of chunk) r.file = path;
      files.push({ path, records: chunk });
    }
  }
  return files;
}
