/**
 * Broken manifests and configs, each with the diagnostics it must produce (file, line, code and a
 * message fragment). Shared by the loader test and the CLI test that runs them through dist/.
 */
export interface Expected {
  file: string;
  line: number;
  code: string;
  message: string;
}

export interface BrokenCase {
  name: string;
  files: Record<string, string>;
  expect: Expected[];
}

const H = 'apiVersion: blindspot.dev/v1\n';
const sa = (name: string, extra = '', ids = `    - ns/${name}\n`) =>
  `${H}kind: ServiceAccount\nmetadata:\n  name: ${name}\nspec:\n  lifecycle: active\n  identifiers:\n${ids}${extra}`;

export const CORPUS: BrokenCase[] = [
  {
    name: 'yaml syntax error (bad indentation)',
    files: { 'governance/a.yaml': `${H}kind: Model\nmetadata:\n  name: a\n   bad: indent\nspec: {}\n` },
    expect: [{ file: 'governance/a.yaml', line: 4, code: 'manifest/syntax', message: 'YAML syntax' }],
  },
  {
    name: 'unterminated flow sequence',
    files: { 'governance/a.yaml': `${H}kind: Model\nmetadata: {name: a}\nspec:\n  lifecycle: active\n  identifiers: [a, b\n` },
    expect: [{ file: 'governance/a.yaml', line: 7, code: 'manifest/syntax', message: 'YAML syntax' }],
  },
  {
    name: 'duplicate key in one mapping',
    files: { 'governance/a.yaml': sa('a', '  lifecycle: retired\n') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/syntax', message: 'unique' }],
  },
  {
    name: 'missing kind',
    files: { 'governance/a.yaml': `${H}metadata:\n  name: a\nspec:\n  lifecycle: active\n  identifiers: [x]\n` },
    expect: [{ file: 'governance/a.yaml', line: 1, code: 'manifest/schema', message: 'kind: required field is missing' }],
  },
  {
    name: 'unknown kind with suggestion',
    files: { 'governance/a.yaml': `${H}kind: Modle\nmetadata:\n  name: a\nspec:\n  lifecycle: active\n  identifiers: [x]\n` },
    expect: [{ file: 'governance/a.yaml', line: 2, code: 'manifest/schema', message: 'did you mean "Model"' }],
  },
  {
    name: 'wrong apiVersion',
    files: { 'governance/a.yaml': sa('a').replace('blindspot.dev/v1', 'blindspot.dev/v2') },
    expect: [{ file: 'governance/a.yaml', line: 1, code: 'manifest/schema', message: 'apiVersion: must be "blindspot.dev/v1"' }],
  },
  {
    name: 'missing metadata.name',
    files: { 'governance/a.yaml': `${H}kind: Agent\nmetadata:\n  description: nameless\nspec:\n  lifecycle: active\n  identifiers: [x]\n` },
    expect: [{ file: 'governance/a.yaml', line: 4, code: 'manifest/schema', message: 'metadata.name: required field is missing' }],
  },
  {
    name: 'invalid name characters',
    files: { 'governance/a.yaml': sa('bad name!') },
    expect: [{ file: 'governance/a.yaml', line: 4, code: 'manifest/schema', message: 'metadata.name: "bad name!" is not valid' }],
  },
  {
    name: 'unknown spec key with suggestion',
    files: { 'governance/a.yaml': sa('a', '  identifers: [y]\n') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/schema', message: 'spec.identifers: unknown key "identifers" (did you mean "identifiers"?)' }],
  },
  {
    name: 'unknown top-level key',
    files: { 'governance/a.yaml': sa('a') + 'status: {}\n' },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/schema', message: 'unknown key "status"' }],
  },
  {
    name: 'unknown metadata key with suggestion',
    files: { 'governance/a.yaml': sa('a').replace('  name: a\n', '  name: a\n  lables: {team: x}\n') },
    expect: [{ file: 'governance/a.yaml', line: 5, code: 'manifest/schema', message: 'did you mean "labels"' }],
  },
  {
    name: 'kind-specific key on the wrong kind',
    files: { 'governance/a.yaml': sa('a', '  serves: some-model\n') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/schema', message: 'spec.serves: unknown key "serves"' }],
  },
  {
    name: 'invalid lifecycle with suggestion',
    files: { 'governance/a.yaml': sa('a').replace('lifecycle: active', 'lifecycle: retird') },
    expect: [{ file: 'governance/a.yaml', line: 6, code: 'manifest/schema', message: 'did you mean "retired"' }],
  },
  {
    name: 'retired without retiredAt',
    files: { 'governance/a.yaml': sa('a').replace('lifecycle: active', 'lifecycle: retired') },
    expect: [{ file: 'governance/a.yaml', line: 6, code: 'manifest/retired-without-date', message: 'spec.retiredAt is missing' }],
  },
  {
    name: 'date that does not parse',
    files: { 'governance/a.yaml': sa('a', '  retiredAt: 2026-13-45\n').replace('lifecycle: active', 'lifecycle: retired') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/invalid-date', message: 'spec.retiredAt: "2026-13-45" is not a date' }],
  },
  {
    name: 'date written as words',
    files: { 'governance/a.yaml': sa('a', '  approval:\n    expiresAt: next tuesday\n') },
    expect: [{ file: 'governance/a.yaml', line: 10, code: 'manifest/invalid-date', message: 'spec.approval.expiresAt' }],
  },
  {
    name: 'identifiers is a string, not a list',
    files: { 'governance/a.yaml': sa('a', '', '').replace('  identifiers:\n', '  identifiers: ns/a\n') },
    expect: [{ file: 'governance/a.yaml', line: 7, code: 'manifest/schema', message: 'spec.identifiers: must be array' }],
  },
  {
    name: 'empty identifiers',
    files: { 'governance/a.yaml': sa('a', '', '').replace('  identifiers:\n', '  identifiers: []\n') },
    expect: [{ file: 'governance/a.yaml', line: 7, code: 'manifest/schema', message: 'spec.identifiers: must have at least 1' }],
  },
  {
    name: 'duplicate identifiers in one record',
    files: { 'governance/a.yaml': sa('a', '', '    - x\n    - x\n') },
    expect: [{ file: 'governance/a.yaml', line: 8, code: 'manifest/schema', message: 'spec.identifiers: has duplicate entries' }],
  },
  {
    name: 'invalid owner handle',
    files: { 'governance/a.yaml': sa('a', '  owner: acme-team\n') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/schema', message: 'spec.owner: "acme-team" is not valid' }],
  },
  {
    name: 'monitoring entry without ref',
    files: { 'governance/a.yaml': sa('a', '  monitoring:\n    - system: datadog\n') },
    expect: [{ file: 'governance/a.yaml', line: 10, code: 'manifest/schema', message: 'spec.monitoring[0].ref: required field is missing' }],
  },
  {
    name: 'approval permissions not a list',
    files: { 'governance/a.yaml': sa('a', '  approval:\n    permissions: admin\n') },
    expect: [{ file: 'governance/a.yaml', line: 10, code: 'manifest/schema', message: 'spec.approval.permissions: must be array' }],
  },
  {
    name: 'credential belongsTo a Model (wrong kind)',
    files: {
      'governance/a.yaml': `${H}kind: Credential\nmetadata:\n  name: k\nspec:\n  lifecycle: active\n  identifiers: [AKIA0000000000000000]\n  belongsTo: {kind: Model, name: m}\n`,
    },
    expect: [{ file: 'governance/a.yaml', line: 8, code: 'manifest/schema', message: 'spec.belongsTo.kind: "Model" is not one of ServiceAccount, Agent' }],
  },
  {
    name: 'secret fingerprint malformed (looks like a raw secret)',
    files: {
      'governance/a.yaml': `${H}kind: Credential\nmetadata:\n  name: k\nspec:\n  lifecycle: active\n  identifiers: [k1]\n  secretFingerprint: sk_live_abc\n`,
    },
    expect: [{ file: 'governance/a.yaml', line: 8, code: 'manifest/schema', message: 'spec.secretFingerprint' }],
  },
  {
    name: 'same kind/name in two files',
    files: { 'governance/a.yaml': sa('dup'), 'governance/b.yaml': `# second copy\n${sa('dup', '', '    - ns/other\n')}` },
    expect: [
      { file: 'governance/a.yaml', line: 4, code: 'manifest/duplicate-record', message: 'also at governance/b.yaml:2' },
      { file: 'governance/b.yaml', line: 5, code: 'manifest/duplicate-record', message: 'also at governance/a.yaml:1' },
    ],
  },
  {
    name: 'same kind/name twice in one file',
    files: { 'governance/a.yaml': `${sa('dup')}---\n${sa('dup', '', '    - ns/other\n')}` },
    expect: [
      { file: 'governance/a.yaml', line: 4, code: 'manifest/duplicate-record', message: 'also at governance/a.yaml:10' },
      { file: 'governance/a.yaml', line: 13, code: 'manifest/duplicate-record', message: 'also at governance/a.yaml:1' },
    ],
  },
  {
    name: 'one identifier claimed by two records',
    files: { 'governance/a.yaml': sa('a', '', '    - shared/id\n'), 'governance/b.yaml': sa('b', '', '    - other\n    - shared/id\n') },
    expect: [
      { file: 'governance/a.yaml', line: 8, code: 'manifest/identifier-claimed-twice', message: 'also claimed by ServiceAccount/b (governance/b.yaml:9)' },
      { file: 'governance/b.yaml', line: 9, code: 'manifest/identifier-claimed-twice', message: 'also claimed by ServiceAccount/a (governance/a.yaml:8)' },
    ],
  },
  {
    name: 'identifier claimed twice after normalisation (email case)',
    files: { 'governance/a.yaml': sa('a', '', '    - Bot@Example.com\n'), 'governance/b.yaml': sa('b', '', '    - bot@example.com\n') },
    expect: [
      { file: 'governance/a.yaml', line: 8, code: 'manifest/identifier-claimed-twice', message: 'bot@example.com' },
      { file: 'governance/b.yaml', line: 8, code: 'manifest/identifier-claimed-twice', message: 'bot@example.com' },
    ],
  },
  {
    name: 'endpoint serves a model that does not exist',
    files: {
      'governance/e.yaml': `${H}kind: ModelEndpoint\nmetadata:\n  name: e\nspec:\n  lifecycle: active\n  identifiers: [e]\n  serves: ghost-model\n`,
    },
    expect: [{ file: 'governance/e.yaml', line: 8, code: 'manifest/dangling-reference', message: 'Model/ghost-model does not exist' }],
  },
  {
    name: 'agent runs as a missing service account',
    files: { 'governance/g.yaml': `${H}kind: Agent\nmetadata:\n  name: g\nspec:\n  lifecycle: active\n  identifiers: [g]\n  runsAs: nobody\n` },
    expect: [{ file: 'governance/g.yaml', line: 8, code: 'manifest/dangling-reference', message: 'ServiceAccount/nobody does not exist' }],
  },
  {
    name: 'credential belongs to a missing agent',
    files: {
      'governance/c.yaml': `${H}kind: Credential\nmetadata:\n  name: c\nspec:\n  lifecycle: active\n  identifiers: [c]\n  belongsTo:\n    kind: Agent\n    name: ghost\n`,
    },
    expect: [{ file: 'governance/c.yaml', line: 10, code: 'manifest/dangling-reference', message: 'Agent/ghost does not exist' }],
  },
  {
    name: 'prototype key',
    files: { 'governance/a.yaml': sa('a').replace('spec:\n', 'spec:\n  __proto__:\n    polluted: true\n') },
    expect: [{ file: 'governance/a.yaml', line: 6, code: 'manifest/forbidden-key', message: '"__proto__" is not allowed' }],
  },
  {
    name: 'constructor key',
    files: { 'governance/a.yaml': sa('a', '  constructor: x\n') },
    expect: [{ file: 'governance/a.yaml', line: 9, code: 'manifest/forbidden-key', message: '"constructor" is not allowed' }],
  },
  {
    name: 'alias bomb',
    files: {
      'governance/bomb.yaml':
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' +
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' +
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    },
    expect: [{ file: 'governance/bomb.yaml', line: 2, code: 'manifest/alias-limit', message: 'too many YAML alias expansions' }],
  },
  {
    name: 'a document that is a list',
    files: { 'governance/a.yaml': '- kind: Model\n- kind: Agent\n' },
    expect: [{ file: 'governance/a.yaml', line: 1, code: 'manifest/schema', message: 'must be a mapping' }],
  },
  {
    name: 'several errors in several documents, all reported',
    files: { 'governance/a.yaml': `${sa('a', '  colour: red\n')}---\n${sa('b').replace('lifecycle: active', 'lifecycle: zombie')}` },
    expect: [
      { file: 'governance/a.yaml', line: 9, code: 'manifest/schema', message: 'unknown key "colour"' },
      { file: 'governance/a.yaml', line: 16, code: 'manifest/schema', message: 'spec.lifecycle: "zombie" is not one of' },
    ],
  },
  {
    name: 'config: unknown top-level key with suggestion',
    files: { '.github/blindspot.yml': 'version: 1\nmanifest:\n  - governance/**/*.yaml\n' },
    expect: [{ file: '.github/blindspot.yml', line: 2, code: 'config/schema', message: 'unknown key "manifest" (did you mean "manifests"?)' }],
  },
  {
    name: 'config: suppression without reason',
    files: { '.github/blindspot.yml': 'version: 1\nsuppressions:\n  - match: {type: ownerless}\n    expires: 2027-01-01\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'suppressions[0].reason: required field is missing' }],
  },
  {
    name: 'config: suppression without expiry',
    files: { '.github/blindspot.yml': 'version: 1\nsuppressions:\n  - match: {type: ownerless}\n    reason: accepted for now\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'suppressions[0].expires: required field is missing' }],
  },
  {
    name: 'config: suppression with an unparseable expiry',
    files: { '.github/blindspot.yml': 'version: 1\nsuppressions:\n  - fingerprint: ' + 'a'.repeat(64) + '\n    reason: accepted\n    expires: someday\n' },
    expect: [{ file: '.github/blindspot.yml', line: 5, code: 'config/invalid-date', message: 'suppressions[0].expires: "someday" is not a date' }],
  },
  {
    name: 'config: suppression with both fingerprint and match',
    files: { '.github/blindspot.yml': 'version: 1\nsuppressions:\n  - fingerprint: ' + 'b'.repeat(64) + '\n    match: {type: ownerless}\n    reason: accepted\n    expires: 2027-01-01\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'give exactly one of "fingerprint" or "match"' }],
  },
  {
    name: 'config: severity override for an unknown finding type',
    files: { '.github/blindspot.yml': 'version: 1\nseverity:\n  stale-credentials: high\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: '"stale-credentials" is not an accepted key here' }],
  },
  {
    name: 'config: bad severity level',
    files: { '.github/blindspot.yml': 'version: 1\nseverity:\n  ownerless: urgent\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'severity.ownerless: "urgent" is not one of critical, high, medium, low' }],
  },
  {
    name: 'config: negative threshold',
    files: { '.github/blindspot.yml': 'version: 1\npolicy:\n  staleAfterDays: -5\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'policy.staleAfterDays: must be >= 1' }],
  },
  {
    name: 'config: misspelt policy key',
    files: { '.github/blindspot.yml': 'version: 1\npolicy:\n  staleAfterDay: 30\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/schema', message: 'did you mean "staleAfterDays"' }],
  },
  {
    name: 'config: YAML syntax error',
    files: { '.github/blindspot.yml': 'version: 1\nmanifests: [governance/**\n' },
    expect: [{ file: '.github/blindspot.yml', line: 3, code: 'config/syntax', message: 'YAML syntax' }],
  },
];
