/**
 * A CODEOWNERS file shaped like a large real one, and the repository paths it is asked about.
 *
 * Rules, in file order: a catch-all first; a handful of unanchored extension globs; per team its
 * governance directory and credentials (security co-owns); per service its directory and a few
 * sub-directories; unanchored `docs/`; per-file exceptions (manifests and source files) right after
 * the directories they refine; and a few `**` rules last (security and the DBAs override).
 * Paths: every manifest plus a monorepo of services, docs, terraform and workflows.
 */
import { pad, Rng } from './prng.js';
import { ORG, type World } from './world.js';

export interface OwnersInput {
  text: string;
  rules: number;
  /** Manifest paths first, then the rest of the repository. */
  paths: string[];
}

const EXTENSIONS: Array<[string, string]> = [
  ['*.md', 'docs'],
  ['*.tf', 'infra'],
  ['*.sql', 'dba'],
  ['*.proto', 'api-guild'],
  ['*.tsx', 'frontend'],
  ['*.ipynb', 'data-science'],
];

const GLOBSTARS: Array<[string, string]> = [
  ['/services/**/migrations/', 'dba'],
  ['**/secrets/', 'security'],
  ['/terraform/**/prod/', 'sre'],
  ['/services/**/*.proto', 'api-guild'],
  ['**/Dockerfile', 'platform'],
];

const MODULES = ['api', 'core', 'db', 'jobs', 'auth', 'billing', 'events', 'search', 'ui', 'util'];
const FILE_STEMS = ['index', 'handler', 'client', 'model', 'service', 'config', 'routes', 'worker', 'schema', 'types', 'helpers', 'cache'];
const FILE_EXTS = ['ts', 'ts', 'ts', 'tsx', 'go', 'py', 'json', 'md', 'proto', 'sql'];
export const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter'];

function line(pattern: string, owners: string[]): string {
  return `${pattern.padEnd(64)} ${owners.join(' ')}`;
}

/** Builds the rules (exactly `ruleCount`, at least the structural ones) and `pathCount` paths. */
export function generateOwners(world: World, ruleCount: number, pathCount: number): OwnersInput {
  const rng = new Rng(world.seed).fork('codeowners');
  const team = (i: number) => world.teams[i % world.teams.length];
  const manifestPaths = world.files.map((f) => f.path);

  // The repository around the governance records.
  const services = Math.max(4, Math.round(ruleCount / 12));
  const serviceTeam = (s: number) => team(s * 7);
  const repoPaths: string[] = [];
  const otherCount = Math.max(0, pathCount - manifestPaths.length);
  for (let i = 0; i < otherCount; i++) {
    const kind = rng.int(20);
    const s = rng.int(services);
    const svc = `svc-${pad(s, 4)}`;
    if (kind < 13) {
      const mod = rng.pick(MODULES);
      const depth = rng.int(3);
      const sub = depth === 0 ? '' : depth === 1 ? `${rng.pick(MODULES)}/` : `${rng.pick(MODULES)}/${rng.pick(['v1', 'v2', 'internal'])}/`;
      repoPaths.push(`services/${svc}/src/${mod}/${sub}${rng.pick(FILE_STEMS)}-${rng.int(40)}.${rng.pick(FILE_EXTS)}`);
    } else if (kind < 15) repoPaths.push(`services/${svc}/test/${rng.pick(MODULES)}/${rng.pick(FILE_STEMS)}-${rng.int(40)}.test.ts`);
    else if (kind < 16) repoPaths.push(`services/${svc}/migrations/${pad(rng.int(300), 4)}_${rng.pick(FILE_STEMS)}.sql`);
    else if (kind < 17) repoPaths.push(`services/${svc}/${rng.pick(['Dockerfile', 'README.md', 'package.json', 'secrets/values.enc.yaml'])}`);
    else if (kind < 18) repoPaths.push(`docs/${rng.pick(MODULES)}/${rng.pick(FILE_STEMS)}-${rng.int(60)}.${rng.pick(['md', 'md', 'png'])}`);
    else if (kind < 19) repoPaths.push(`terraform/${rng.pick(['dev', 'staging', 'prod'])}/${rng.pick(MODULES)}/${rng.pick(['main', 'variables', 'outputs'])}.tf`);
    else repoPaths.push(`.github/workflows/${svc}-${rng.pick(['ci', 'deploy', 'nightly'])}.yml`);
  }

  const head = [
    line('*', [`@${ORG}/platform-admins`]),
    line('/.github/', [`@${ORG}/platform-admins`]),
    ...EXTENSIONS.map(([p, t]) => line(p, [`@${ORG}/${t}`])),
  ];
  const tail = [line('docs/', [`@${ORG}/docs`]), ...GLOBSTARS.map(([p, t]) => line(p, [`@${ORG}/${t}`]))];

  // Directory rules: per team, per service and a few of its sub-directories.
  const teamRules = world.teams.flatMap((t) => [line(`/governance/teams/${t}/`, [`@${ORG}/${t}`]), line(`/governance/teams/${t}/credentials/`, [`@${ORG}/${t}`, `@${ORG}/security`])]);
  const serviceRules: string[][] = [];
  for (let s = 0; s < services; s++) {
    const svc = `/services/svc-${pad(s, 4)}/`;
    serviceRules.push([line(svc, [`@${ORG}/${serviceTeam(s)}`]), line(`${svc}src/${MODULES[s % MODULES.length]}/`, [`@${ORG}/${serviceTeam(s + 1)}`])]);
  }

  // Per-file exceptions fill the rest: manifests under their team, source files under their service.
  const structural = head.length + tail.length + teamRules.length + serviceRules.length * 2;
  let spare = Math.max(0, ruleCount - structural);
  const manifestExceptions = new Map<string, string[]>();
  const serviceExceptions = new Map<number, string[]>();
  const exceptionTargets = rng.shuffle([...manifestPaths.filter((p) => p.startsWith('governance/teams/')).slice(0, Math.floor(spare / 4)), ...repoPaths.filter((p) => p.startsWith('services/')).slice(0, spare)]);
  for (const p of exceptionTargets) {
    if (spare === 0) break;
    if (p.startsWith('governance/')) {
      // A named reviewer beside the team: the team stays an owner, so no record changes hands.
      const t = p.split('/')[2];
      manifestExceptions.set(t, [...(manifestExceptions.get(t) ?? []), line(`/${p}`, [`@${ORG}/${t}`, `@${rng.pick(USERS)}`])]);
    } else {
      const s = Number(p.split('/')[1].slice(4));
      const owners = [`@${ORG}/${team(rng.int(world.teams.length))}`, `@${rng.pick(USERS)}`];
      serviceExceptions.set(s, [...(serviceExceptions.get(s) ?? []), line(`/${p}`, owners)]);
    }
    spare--;
  }
  const lines: string[] = ['# CODEOWNERS for acme/governance: the last matching line wins.', '', ...head, '', '# Governance records: each team owns its directory; security co-owns credentials.'];
  for (const t of world.teams) {
    lines.push(...teamRules.filter((l) => l.startsWith(`/governance/teams/${t}/`)));
    lines.push(...(manifestExceptions.get(t) ?? []).sort());
  }
  lines.push('', '# Services.');
  serviceRules.forEach((rules, s) => lines.push(...rules, ...(serviceExceptions.get(s) ?? []).sort()));
  lines.push('', '# Cross-cutting owners override everything above.', ...tail);
  const rules = lines.filter((l) => l !== '' && !l.startsWith('#')).length;
  return { text: lines.join('\n') + '\n', rules, paths: [...manifestPaths, ...repoPaths] };
}
