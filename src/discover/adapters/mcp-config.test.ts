import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secretFingerprint } from '../../util/hash.js';
import { mcpConfigAdapter, sanitizeUri, stripJsonc } from './mcp-config.js';
import { adapterInput } from '../detect.js';
import { loadInput, parseFixture, TEST_HMAC_KEY } from './ml-testing.js';

describe('mcp-config', () => {
  it('Claude Desktop: one Agent per file, enabled servers, data sources without secrets', () => {
    const piece = parseFixture(mcpConfigAdapter, 'mcp-config/claude_desktop_config.json');
    expect(piece).toMatchObject({
      source: { type: 'mcp-config', scope: 'mcp-config/claude_desktop_config.json' },
      complete: true,
      covers: ['Agent'],
      claims: ['mcp-config/claude_desktop_config.json'], // this agent only
    });
    expect(piece.assets).toHaveLength(1);
    const [agent] = piece.assets;
    expect(agent).toMatchObject({
      kind: 'Agent',
      id: 'mcp-config/claude_desktop_config.json',
      identifiers: ['mcp-config/claude_desktop_config.json'],
      active: true,
      mcpServers: ['filesystem', 'github', 'postgres', 's3-reader', 'zapier'],
      dataSources: [
        '/Users/dana/Desktop',
        '/srv/shared/reports',
        'postgresql://db.internal.acme.example:5432/analytics',
        's3://acme-ml-datasets/curated/',
      ],
    });
    expect(agent.tools).toBeUndefined();
    // A remote server's URL is where its tools run, not data the agent reads.
    expect(agent.attributes?.endpoints).toEqual(['zapier=https://actions.zapier.com/mcp/{redacted}/sse']);
  });

  it('keeps env names, marks inline values, fingerprints them, keeps AWS key ids; disabled servers listed apart', () => {
    const [agent] = parseFixture(mcpConfigAdapter, 'mcp-config/claude_desktop_config.json').assets;
    expect(agent.attributes).toMatchObject({
      credentialEnv: ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'JIRA_API_TOKEN'],
      inlineValues: [
        'github/GITHUB_PERSONAL_ACCESS_TOKEN',
        'old-jira/JIRA_API_TOKEN',
        's3-reader/AWS_ACCESS_KEY_ID',
        's3-reader/AWS_PROFILE',
        's3-reader/AWS_SECRET_ACCESS_KEY',
      ],
      disabledServers: ['old-jira'],
      awsKeyIds: ['AKIAJ7QW3ERT5YUI9OPL'],
      transports: ['filesystem=stdio', 'github=stdio', 'postgres=stdio', 's3-reader=stdio', 'zapier=sse'],
      commands: ['filesystem=npx', 'github=docker', 'postgres=npx', 's3-reader=uvx'],
    });
    expect(agent.attributes?.secretFingerprints).toContain(secretFingerprint('ghp_Lq4Wz8Xn2Cv6Bm0Kj3Hg7Fd1Sa5Pe9Ru2Ty6I', TEST_HMAC_KEY));
    const noKey = mcpConfigAdapter.parse(loadInput('mcp-config/claude_desktop_config.json'), {}).assets[0];
    expect(noKey.attributes?.secretFingerprints).toBeUndefined();
  });

  it('VS Code mcp.json (JSONC): servers, inputs, references kept as names', () => {
    const input = loadInput('mcp-config/vscode-mcp.json');
    expect(input.docs).toBeNull(); // comments and trailing commas
    const [agent] = mcpConfigAdapter.parse(input, { hmacKey: TEST_HMAC_KEY, sourceName: 'acme-vscode' }).assets;
    expect(agent).toMatchObject({
      identifiers: ['mcp-config/vscode-mcp.json', 'acme-vscode'],
      name: 'acme-vscode',
      mcpServers: ['github', 'perplexity', 'workspace-fs'],
      dataSources: ['${workspaceFolder}'],
      attributes: {
        headerNames: ['Authorization'],
        credentialEnv: ['PERPLEXITY_API_KEY'],
        credentialRefs: ['${input:github_token}', '${input:perplexity-key}'],
        inlineValues: ['github/Authorization'], // "Bearer " is written inline
        passwordInputs: ['github_token', 'perplexity-key'],
        envFiles: ['${workspaceFolder}/.env'],
        transports: ['github=http', 'perplexity=stdio', 'workspace-fs=stdio'],
        endpoints: ['github=https://api.githubcopilot.com/mcp/'],
      },
    });
    // Values with references are never fingerprinted (only the literal part is a secret, if any).
    expect(agent.attributes?.secretFingerprints).toBeUndefined();
  });

  it('Cursor remote servers: URL query and header values dropped, DSN credentials stripped, command trimmed', () => {
    const [agent] = parseFixture(mcpConfigAdapter, 'mcp-config/cursor-mcp.json').assets;
    expect(agent.dataSources).toEqual([
      'snowflake://acme-xy12345.snowflakecomputing.com/ANALYTICS/PUBLIC',
    ]);
    expect(agent.attributes).toMatchObject({
      headerNames: ['X-Tenant', 'x-api-key'],
      credentialRefs: ['${DATABASE_URL}'],
      commands: ['warehouse=/opt/mcp/bin/warehouse-mcp'],
      transports: ['analytics-api=http', 'warehouse=stdio'],
      endpoints: ['analytics-api=https://mcp.analytics.acme.example/v1/sse'],
    });
  });

  it('an empty server map is a complete snapshot of an agent with no servers (inactive)', () => {
    const [agent] = parseFixture(mcpConfigAdapter, 'mcp-config/empty.json').assets;
    expect(agent).toMatchObject({ active: false, mcpServers: [], dataSources: [] });
  });

  it('rejects servers without command or url, bad args, and broken JSONC with a location', () => {
    expect(() => parseFixture(mcpConfigAdapter, 'mcp-config/bad-server.json')).toThrow(/mcpServers.broken: a server needs "command"/);
    const badArgs = JSON.stringify({ mcpServers: { x: { command: 'npx', args: 'not-a-list' } } });
    expect(() => mcpConfigAdapter.parse(adapterInput('m.json', badArgs), {})).toThrow(/mcpServers.x.args: expected a list of strings/);
    const broken = '{\n  // c\n  "servers": {\n    "a": { "command": "x" \n  }\n';
    expect(() => mcpConfigAdapter.parse(adapterInput('.vscode/mcp.json', broken), {})).toThrow(
      expect.objectContaining({ file: '.vscode/mcp.json', line: 6 }),
    );
  });
});

describe('stripJsonc', () => {
  it('blanks comments and trailing commas, keeping strings and positions', () => {
    const text = '{\n  // note\n  "a": "x // not a comment", /* block\n */ "b": [1, 2,],\n}';
    const stripped = stripJsonc(text);
    expect(stripped).toHaveLength(text.length);
    expect(JSON.parse(stripped)).toEqual({ a: 'x // not a comment', b: [1, 2] });
    expect(stripped.split('\n')).toHaveLength(text.split('\n').length);
  });
});

describe('sanitizeUri', () => {
  it('drops userinfo, query and fragment; keeps host, port and path', () => {
    expect(sanitizeUri('postgresql://analyst:Tr0ub4dor&3@db.internal:5432/analytics?sslmode=require')).toBe('postgresql://db.internal:5432/analytics');
    expect(sanitizeUri('redis://:p4ss@cache:6379/0')).toBe('redis://cache:6379/0');
    expect(sanitizeUri('s3://bucket/prefix/')).toBe('s3://bucket/prefix/');
    expect(sanitizeUri('https://registry.example/@scope/pkg')).toBe('https://registry.example/@scope/pkg');
    // Ambiguous with `user:pass/word@…`: stripped, which loses the host but leaks nothing.
    expect(sanitizeUri('https://host:8443/@scope/pkg')).toBe('https://scope/pkg');
    expect(sanitizeUri('postgres://a:/A00000@db.example.net:5432/x')).toBe('postgres://db.example.net:5432/x');
    expect(sanitizeUri('mongodb+srv://u:p/w?x#y@cluster0.example.net/db')).toBe('mongodb+srv://cluster0.example.net/db');
    expect(sanitizeUri('not a uri')).toBeUndefined();
  });

  it('redacts token-like path segments of web URLs only', () => {
    expect(sanitizeUri('https://hooks.slack.com/services/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')).toBe(
      'https://hooks.slack.com/services/T04ABCD12/B05EFGH34/{redacted}',
    );
    expect(sanitizeUri('https://api.example.com/github-mcp-server/v1/sse')).toBe('https://api.example.com/github-mcp-server/v1/sse');
    expect(sanitizeUri('postgres://db/Analytics2024Warehouse')).toBe('postgres://db/Analytics2024Warehouse');
  });

  it('never keeps a password, whatever characters it holds (property)', () => {
    const password = fc.string({ minLength: 6, maxLength: 20 }).filter((p) => !/\s/.test(p) && /[A-Za-z0-9]{6}/.test(p));
    const scheme = fc.constantFrom('postgres', 'mysql', 'https', 'mongodb+srv', 'redis', 'snowflake');
    fc.assert(
      fc.property(scheme, fc.stringMatching(/^[a-z]{1,8}$/), password, (s, user, pass) => {
        const out = sanitizeUri(`${s}://${user}:${pass}@db.example.net:5432/sales?sslmode=require`) ?? '';
        expect(out).not.toContain(pass);
      }),
    );
  });

  it('never keeps a long random token from a web URL path (property)', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{24,48}$/).filter((t) => /\d/.test(t) && /[A-Za-z]/.test(t));
    fc.assert(
      fc.property(token, (t) => {
        expect(sanitizeUri(`https://mcp.example.com/u/${t}/sse?key=${t}`)).not.toContain(t);
      }),
    );
  });
});
