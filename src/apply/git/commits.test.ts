import { describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, isBotCommit, isBotPerson, loginFromNoreplyEmail, parseRawCommit, type CommitInfo } from './commits.js';
import { scrubSecrets } from './git-runner.js';

const BOT = GITHUB_ACTIONS_BOT;

describe('parseRawCommit', () => {
  it('reads tree, every parent, author, committer and subject; skips signature continuation lines', () => {
    const raw = [
      'tree 1111111111111111111111111111111111111111',
      'parent 2222222222222222222222222222222222222222',
      'parent 3333333333333333333333333333333333333333',
      'author Alice Doe <1234+alice-d@users.noreply.github.com> 1700000000 +0100',
      'committer GitHub <noreply@github.com> 1700000001 -0000',
      'gpgsig -----BEGIN PGP SIGNATURE-----',
      ' ',
      ' iQEzBAABCAAdFiEE',
      ' -----END PGP SIGNATURE-----',
      '',
      'Merge branch main into blindspot/retire/x',
      '',
      'body line',
      '',
    ].join('\n');
    expect(parseRawCommit('abc', raw)).toEqual({
      sha: 'abc',
      tree: '1111111111111111111111111111111111111111',
      parents: ['2222222222222222222222222222222222222222', '3333333333333333333333333333333333333333'],
      author: { name: 'Alice Doe', email: '1234+alice-d@users.noreply.github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      subject: 'Merge branch main into blindspot/retire/x',
    });
  });

  it('a root commit has no parents', () => {
    const raw = 'tree 1111111111111111111111111111111111111111\nauthor A <a@x> 1 +0000\ncommitter A <a@x> 1 +0000\n\nfirst\n';
    expect(parseRawCommit('r', raw).parents).toEqual([]);
  });
});

describe('isBotCommit / isBotPerson', () => {
  const commit = (author: string, committer: string): CommitInfo => ({
    sha: 's',
    tree: 't',
    parents: [],
    author: { name: 'x', email: author },
    committer: { name: 'y', email: committer },
    subject: '',
  });

  it('needs the bot as both author and committer (email, case-insensitive)', () => {
    expect(isBotCommit(commit(BOT.email, BOT.email.toUpperCase()), BOT)).toBe(true);
    // A person who amended or rebased the bot commit: their work.
    expect(isBotCommit(commit(BOT.email, 'bob@example.com'), BOT)).toBe(false);
    expect(isBotCommit(commit('bob@example.com', BOT.email), BOT)).toBe(false);
  });

  it('treats any GitHub App account as a bot for authorship, and people as people', () => {
    expect(isBotPerson({ name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' }, BOT)).toBe(true);
    expect(isBotPerson({ name: 'renovate[bot]', email: 'bot@renovateapp.com' }, BOT)).toBe(true);
    expect(isBotPerson({ name: 'Custom', email: 'ci@example.com' }, { name: 'Custom', email: 'CI@example.com' })).toBe(true);
    expect(isBotPerson({ name: 'Alice', email: '1234+alice@users.noreply.github.com' }, BOT)).toBe(false);
  });
});

describe('loginFromNoreplyEmail', () => {
  const cases: Array<[string, string | undefined]> = [
    ['1234+alice-d@users.noreply.github.com', 'alice-d'],
    ['alice-d@users.noreply.github.com', 'alice-d'],
    ['  Octo-Cat@Users.NoReply.GitHub.com ', 'Octo-Cat'],
    ['a@users.noreply.github.com', 'a'],
    ['bob@example.com', undefined],
    ['alice@users.noreply.github.com.evil.example', undefined],
    ['-alice@users.noreply.github.com', undefined],
    ['alice-@users.noreply.github.com', undefined],
    ['al--ice@users.noreply.github.com', undefined],
    ['41898282+github-actions[bot]@users.noreply.github.com', undefined],
    [`${'a'.repeat(40)}@users.noreply.github.com`, undefined],
    [`${'a'.repeat(39)}@users.noreply.github.com`, 'a'.repeat(39)],
  ];
  for (const [email, login] of cases) {
    it(`${email} → ${login}`, () => expect(loginFromNoreplyEmail(email)).toBe(login));
  }
});

describe('scrubSecrets', () => {
  const cases: Array<[string, string]> = [
    ["fatal: unable to access 'https://x-access-token:ghs_abc123@github.com/o/r.git/'", "fatal: unable to access 'https://x-access-token:***@github.com/o/r.git/'"],
    ['remote: https://user:hunter2@example.com/r.git', 'remote: https://***@example.com/r.git'],
    ['http.extraheader=AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz', 'http.extraheader=AUTHORIZATION: basic ***'],
    ['Authorization: Bearer abc.def', 'Authorization: Bearer ***'],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ leaked', 'token *** leaked'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnop here', '*** here'],
    ['! [rejected] blindspot/x (stale info)', '! [rejected] blindspot/x (stale info)'],
  ];
  for (const [input, output] of cases) {
    it(JSON.stringify(input), () => expect(scrubSecrets(input)).toBe(output));
  }
});
