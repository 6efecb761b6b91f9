import { readFileSync } from 'node:fs';
import { buildSchema, graphql, parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildOwnerQuery,
  checkOwnersOnline,
  codeownersErrorsToDiagnostics,
  fetchCodeownersErrors,
  type GraphqlFn,
} from './online.js';
import { parseCodeowners } from './parse.js';

const REPO = { owner: 'acme', repo: 'governance' };
let schema: GraphQLSchema;

beforeAll(() => {
  // GitHub's published SDL repeats a few enterprise fields, which strict SDL validation rejects;
  // they are unrelated to these queries.
  const sdl = readFileSync(new URL('../../node_modules/@octokit/graphql-schema/schema.graphql', import.meta.url), 'utf8');
  schema = buildSchema(sdl, { assumeValidSDL: true });
});

describe('buildOwnerQuery', () => {
  it('is valid against GitHub’s GraphQL schema', () => {
    const q = buildOwnerQuery(REPO, ['@alice', '@acme/payments', '@acme/search', '@bob', '@other-org/team']);
    expect(validate(schema, parse(q.query)).map((e) => e.message)).toEqual([]);
    expect(q.query).toContain('u0: user(login: $u0)');
    expect(q.query).toContain('t0: team(slug: $t0)');
    expect(q.query.match(/organization\(/g)).toHaveLength(2); // teams share their organization field
    expect(q.variables).toMatchObject({ owner: 'acme', repo: 'governance', u0: 'alice', u1: 'bob', t0: 'payments' });
  });

  it('is valid with no owners at all', () => {
    expect(validate(schema, parse(buildOwnerQuery(REPO, []).query))).toEqual([]);
  });

  it('never splices handles into the query text', () => {
    const q = buildOwnerQuery(REPO, ['@alice']);
    expect(q.query).not.toContain('alice');
  });
});

/** A fake GitHub GraphQL endpoint: executes the real query against the real schema over fixed data. */
function fakeGitHub(calls: { query: string; variables: Record<string, unknown> }[]): GraphqlFn {
  const users = new Set(['alice', 'bob', 'reader']);
  const perms: Record<string, string> = { alice: 'WRITE', bob: 'ADMIN', reader: 'READ' };
  const teams: Record<string, { privacy: string; repos: [string, string][] }> = {
    payments: { privacy: 'VISIBLE', repos: [['acme/governance', 'WRITE'], ['acme/governance-old', 'ADMIN']] },
    search: { privacy: 'VISIBLE', repos: [['acme/governance', 'READ']] },
    hidden: { privacy: 'SECRET', repos: [['acme/governance', 'WRITE']] },
    outside: { privacy: 'VISIBLE', repos: [] },
  };
  const rootValue = {
    user: ({ login }: { login: string }) => (users.has(login) ? { login } : null),
    organization: ({ login }: { login: string }) =>
      login === 'acme'
        ? {
            login,
            team: ({ slug }: { slug: string }) => {
              const t = teams[slug];
              if (!t) return null;
              return {
                slug,
                privacy: t.privacy,
                repositories: ({ query }: { query: string }) => ({
                  pageInfo: { hasNextPage: false },
                  edges: t.repos
                    .filter(([name]) => name.includes(query))
                    .map(([nameWithOwner, permission]) => ({ permission, node: { nameWithOwner } })),
                }),
              };
            },
          }
        : null,
    repository: ({ owner, name }: { owner: string; name: string }) => ({
      nameWithOwner: `${owner}/${name}`,
      collaborators: ({ login }: { login: string }) => ({
        edges: perms[login] ? [{ permission: perms[login], node: { login } }] : [],
      }),
    }),
  };
  return async (query, variables) => {
    calls.push({ query, variables });
    const result = await graphql({ schema, source: query, variableValues: variables, rootValue });
    // GitHub answers a missing user with null plus a NOT_FOUND error; @octokit/graphql then
    // throws, keeping the partial data on the error.
    const data = (result.data ?? {}) as Record<string, unknown>;
    const missing = Object.keys(variables).filter((v) => /^u\d+$/.test(v) && data[v] === null);
    const errors = [...(result.errors ?? []).map((e) => e.message), ...missing.map((v) => `Could not resolve to a User with the login of '${String(variables[v])}'.`)];
    if (errors.length > 0) throw Object.assign(new Error(errors.join('; ')), { data: result.data });
    return result.data;
  };
}

describe('checkOwnersOnline', () => {
  const text = [
    '* @alice @acme/payments', // 1: fine
    '/docs/ @ghost-user', // 2: no such user
    '/src/ @reader @acme/search', // 3: read-only user and read-only team
    '/ops/ @acme/hidden', // 4: secret team
    '/x/ @acme/nope @other/team', // 5: unknown team, unknown org
    '/y/ @Alice docs@example.com', // 6: same owner spelled differently; emails are not looked up
  ].join('\n');

  it('asks one batched query and maps answers to located diagnostics', async () => {
    const calls: { query: string; variables: Record<string, unknown> }[] = [];
    const file = parseCodeowners(text, '.github/CODEOWNERS');
    const r = await checkOwnersOnline(file, { repo: REPO, graphql: fakeGitHub(calls) });
    expect(calls).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [2, 8, 'codeowners/unknown-owner'],
      [3, 7, 'codeowners/no-write-access'],
      [3, 15, 'codeowners/no-write-access'],
      [4, 7, 'codeowners/team-not-visible'],
      [5, 5, 'codeowners/unknown-owner'],
      [5, 16, 'codeowners/unknown-owner'],
    ]);
    expect(r.diagnostics.every((d) => d.file === '.github/CODEOWNERS')).toBe(true);
    expect(r.diagnostics[1].message).toContain('@reader has only read access to acme/governance');
    expect(r.owners.get('@alice')).toEqual({ state: 'ok' });
    expect(r.owners.get('@acme/payments')).toEqual({ state: 'ok' });
  });

  it('splits many owners into chunks, one query each', async () => {
    const calls: { query: string; variables: Record<string, unknown> }[] = [];
    const many = Array.from({ length: 7 }, (_, i) => `/d${i}/ @user${i}`).join('\n');
    const r = await checkOwnersOnline(parseCodeowners(many), { repo: REPO, graphql: fakeGitHub(calls), chunkSize: 3 });
    expect(calls).toHaveLength(3);
    expect(r.diagnostics.map((d) => d.code)).toEqual(Array(7).fill('codeowners/unknown-owner'));
  });

  it('turns a failed request into warnings, not silence', async () => {
    const failing: GraphqlFn = async () => {
      throw new Error('Resource not accessible by integration');
    };
    const r = await checkOwnersOnline(parseCodeowners('* @alice'), { repo: REPO, graphql: failing });
    expect(r.diagnostics).toMatchObject([
      { line: 1, column: 3, level: 'warning', code: 'codeowners/remote-check-failed' },
    ]);
    expect(r.diagnostics[0].message).toContain('Resource not accessible by integration');
  });

  it('cannot judge write access when the token may not list collaborators', async () => {
    const noCollaborators: GraphqlFn = async () => ({ repository: { nameWithOwner: 'acme/governance', u0: null }, u0: { login: 'alice' } });
    const r = await checkOwnersOnline(parseCodeowners('* @alice'), { repo: REPO, graphql: noCollaborators });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('GitHub codeowners/errors', () => {
  const body = {
    errors: [
      {
        line: 7,
        column: 3,
        kind: 'Invalid owner',
        source: '* user',
        suggestion: null,
        message: 'Invalid owner on line 7:\n\n  * user\n    ^',
        path: '.github/CODEOWNERS',
      },
      {
        line: 2,
        column: 1,
        kind: 'Invalid pattern',
        source: '/ @a',
        suggestion: 'The pattern `/` will never match anything, did you mean `*` instead?',
        message: 'Invalid pattern on line 2:\n\n  / @a\n  ^',
        path: '.github/CODEOWNERS',
      },
      { line: 4, column: 5, kind: 'Unknown owner', message: 'Unknown owner on line 4: make sure @x exists', path: 'CODEOWNERS' },
      { line: 0, column: 0, kind: 'Something new', message: 'Odd', path: '' },
    ],
  };

  it('maps each error to a located diagnostic', () => {
    const ds = codeownersErrorsToDiagnostics(body, '.github/CODEOWNERS');
    expect(ds.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      ['.github/CODEOWNERS', 7, 3, 'codeowners/invalid-owner'],
      ['.github/CODEOWNERS', 2, 1, 'codeowners/invalid-pattern'],
      ['CODEOWNERS', 4, 5, 'codeowners/unknown-owner'],
      ['.github/CODEOWNERS', 1, 1, 'codeowners/github-error'],
    ]);
    expect(ds[0].message).toBe('GitHub reports: Invalid owner on line 7');
    expect(ds[1].message).toContain('did you mean `*` instead?');
  });

  it('reports a malformed body instead of passing silently', () => {
    expect(codeownersErrorsToDiagnostics({ nope: 1 }, 'CODEOWNERS')).toMatchObject([
      { code: 'codeowners/remote-check-failed', file: 'CODEOWNERS' },
    ]);
  });

  it('calls the endpoint with the ref', async () => {
    const seen: [string, Record<string, string>][] = [];
    const ds = await fetchCodeownersErrors(
      async (route, params) => {
        seen.push([route, params]);
        return { errors: [] };
      },
      REPO,
      { ref: 'blindspot/owner/x' },
    );
    expect(ds).toEqual([]);
    expect(seen).toEqual([
      ['GET /repos/{owner}/{repo}/codeowners/errors', { owner: 'acme', repo: 'governance', ref: 'blindspot/owner/x' }],
    ]);
  });

  it('reports a failed request as a warning', async () => {
    const ds = await fetchCodeownersErrors(
      async () => {
        throw new Error('404 Not Found');
      },
      REPO,
    );
    expect(ds).toMatchObject([{ code: 'codeowners/remote-check-failed', level: 'warning' }]);
  });
});
