/**
 * MCP client configs → one Agent asset per file: the toolset an agent or IDE is configured with.
 * Claude Desktop / Claude Code / Cursor / Copilot: `{"mcpServers": {...}}`; VS Code
 * `.vscode/mcp.json`: `{"servers": {...}, "inputs": [...]}` (JSONC: comments and trailing commas).
 *
 * Rules (documented for users):
 * - id = the file path; identifiers = file path, plus `options.sourceName` when given. Configs
 *   carry no agent name. Covers Agent, but claims only its own identifiers: one config is one
 *   agent, so it can prove nothing about the records of other agents.
 * - `mcpServers` = names of the enabled servers (`"disabled": true` entries are listed in
 *   `attributes.disabledServers` instead). `tools` is not set: configs name servers, not tools;
 *   the live tool list comes from `mcp-tools` fragments (`mcp:<server>`).
 * - active = at least one enabled server.
 * - `dataSources` = URIs in enabled servers' `args` (postgres://, s3://, https://, …), remote
 *   the directory arguments of filesystem servers. Remote servers' URLs go to `attributes.endpoints`
 *   (where tools run, not data the agent reads). URIs lose userinfo, query
 *   and fragment; http(s)/ws(s) path segments that look like tokens become `{redacted}`.
 *   Environment values are never read for data sources.
 * - Env and header values are never kept. Kept: env names (`attributes.credentialEnv`), header
 *   names (`headerNames`), `${VAR}` / `${input:x}` / `${env:X}` / `$VAR` references
 *   (`credentialRefs`), and `server/NAME` for every value written literally (`inlineValues`,
 *   covering headers too). With `hmacKey`, literal values become `secretFingerprints`; AWS key ids
 *   inside them are kept in `awsKeyIds`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { jsonErrorOffset, lineColumnAt } from '../../util/json-docs.js';
import { bool, ids, isObject, sortedUnique, str, type JsonObject, type Where } from '../fields.js';
import { awsKeyIds, fingerprintSecret } from '../secrets.js';
import { literalClaim } from './ml-shared.js';
import { sourceOf } from './shared.js';

const NAME = 'mcp-config';

/**
 * Blanks out `//` and `/* *\/` comments and trailing commas, keeping every other character where
 * it was, so JSON error positions still point into the user's file.
 */
export function stripJsonc(text: string): string {
  const out = text.split('');
  const n = text.length;
  let lastSignificant = -1; // index of the last non-space character kept
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < n && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      lastSignificant = i;
    } else if (c === '/' && text[i + 1] === '/') {
      for (; i < n && text[i] !== '\n'; i++) out[i] = ' ';
      i--;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
      i--;
    } else if (c === '}' || c === ']') {
      if (lastSignificant >= 0 && out[lastSignificant] === ',') out[lastSignificant] = ' ';
      lastSignificant = i;
    } else if (!/\s/.test(c)) lastSignificant = i;
  }
  return out.join('');
}

function parseConfig(input: AdapterInput): unknown {
  if (input.docs) {
    if (input.docs.length !== 1) {
      throw new InputError('an MCP config is one JSON object', { file: input.file, line: input.docs[1].line });
    }
    return input.docs[0].value;
  }
  const text = stripJsonc(input.text);
  try {
    return JSON.parse(text);
  } catch {
    const { offset, reason } = jsonErrorOffset(text);
    throw new InputError(`invalid JSON: ${reason || 'malformed value'}`, { file: input.file, ...lineColumnAt(text, Math.max(offset, 0)) });
  }
}

/** The server map, and which key held it. */
function serverMap(v: unknown): { key: 'mcpServers' | 'servers'; servers: unknown } | undefined {
  if (!isObject(v)) return undefined;
  if ('mcpServers' in v) return { key: 'mcpServers', servers: v.mcpServers };
  if (isObject(v.servers)) {
    const entries = Object.values(v.servers);
    if (entries.length === 0 || entries.some((e) => isObject(e) && ('command' in e || 'url' in e))) {
      return { key: 'servers', servers: v.servers };
    }
  }
  return undefined;
}

const REFERENCE = /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
const URI = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

function tokenLike(segment: string): boolean {
  if (segment.length >= 32) return true;
  if (segment.length < 16) return false;
  const digits = /\d/.test(segment);
  const lower = /[a-z]/.test(segment);
  const upper = /[A-Z]/.test(segment);
  return (digits && (lower || upper)) || (lower && upper);
}

/**
 * A URI without the parts that carry secrets: userinfo (`user:pass@`), query and fragment; for
 * http(s)/ws(s), path segments that look like tokens (webhook and per-user MCP URLs embed keys).
 */
export function sanitizeUri(uri: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(uri.trim());
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  let rest = m[2];
  // Userinfo first, over the whole rest: unencoded passwords may hold `/`, `?`, `#` or `@`. An `@`
  // before the path, or any `:` before the last `@` (`user:pa/ss@host`), means userinfo. When in
  // doubt this strips too much (`host:8443/@scope/pkg` loses its host), never too little.
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    const slash = rest.search(/[/?#]/);
    if (slash < 0 || at < slash || rest.slice(0, at).includes(':')) rest = rest.slice(at + 1);
  }
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (/^(https?|wss?)$/.test(scheme)) {
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      const path = rest
        .slice(slash)
        .split('/')
        .map((s) => (tokenLike(s) && !s.startsWith('${') ? '{redacted}' : s))
        .join('/');
      rest = rest.slice(0, slash) + path;
    }
  }
  return rest ? `${scheme}://${rest}` : undefined;
}

function isPathArg(a: string): boolean {
  return /^(\/|~|\.{1,2}(\/|\\|$)|\$\{|[A-Za-z]:[\\/])/.test(a);
}

interface Collected {
  servers: string[];
  disabled: string[];
  transports: string[];
  commands: string[];
  dataSources: string[];
  /** `server=url` of remote (http/sse) servers. */
  endpoints: string[];
  envNames: string[];
  headerNames: string[];
  refs: string[];
  literal: string[];
  envFiles: string[];
  fingerprints: string[];
  keyIds: string[];
}

function stringMap(v: unknown, where: Where, field: string): Array<[string, string]> {
  if (v === undefined || v === null) return [];
  if (!isObject(v)) throw new InputError(`${field}: expected an object of name → string`, where);
  return Object.entries(v).map(([k, val]) => {
    if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
      throw new InputError(`${field}.${k}: expected a string`, where);
    }
    return [k, String(val)];
  });
}

function collectServer(name: string, s: JsonObject, where: Where, options: AdapterOptions, c: Collected, key: string): void {
  const field = `${key}.${name}`;
  const command = str(s.command);
  const url = str(s.url);
  if (!command && !url) throw new InputError(`${field}: a server needs "command" (stdio) or "url" (http/sse)`, where);
  if (s.args !== undefined && (!Array.isArray(s.args) || s.args.some((a) => typeof a !== 'string' && typeof a !== 'number'))) {
    throw new InputError(`${field}.args: expected a list of strings`, where);
  }
  const args = (Array.isArray(s.args) ? s.args : []).map(String);

  // Secrets: names and references only; values become fingerprints at most.
  const env = stringMap(s.env, where, `${field}.env`);
  const headers = stringMap(s.headers, where, `${field}.headers`);
  c.envNames.push(...env.map(([k]) => k));
  c.headerNames.push(...headers.map(([k]) => k));
  for (const [k, v] of [...env, ...headers]) {
    const refs = v.match(REFERENCE) ?? [];
    c.refs.push(...refs);
    if (v.replace(REFERENCE, '').trim() === '') continue;
    c.literal.push(`${name}/${k}`);
    c.keyIds.push(...awsKeyIds(v));
    // Only a wholly literal value is a secret worth a fingerprint (`Bearer ${input:x}` is not).
    const fp = refs.length === 0 ? fingerprintSecret(v, options.hmacKey) : undefined;
    if (fp) c.fingerprints.push(fp);
  }
  const envFile = str(s.envFile);
  if (envFile) c.envFiles.push(envFile);

  if (bool(s.disabled) === true) {
    c.disabled.push(name);
    return;
  }
  c.servers.push(name);
  const transport = str(s.type) ?? (command ? 'stdio' : 'http');
  c.transports.push(`${name}=${transport}`);
  // The executable only: a command line may carry inline arguments, and so secrets.
  if (command) c.commands.push(`${name}=${command.trim().split(/\s+/)[0]}`);
  // A remote server's URL is where the tools run, not data the agent reads: kept apart.
  if (url) {
    const clean = sanitizeUri(url) ?? (/^\$\{[^}]+\}$/.test(url) ? url : undefined);
    if (clean) c.endpoints.push(`${name}=${clean}`);
  }
  let filesystem = false;
  for (const a of [command ?? '', ...args]) {
    for (const u of a.match(URI) ?? []) {
      const clean = sanitizeUri(u);
      if (clean) c.dataSources.push(clean);
    }
    if (filesystem && !a.startsWith('-') && isPathArg(a)) c.dataSources.push(a);
    if (/(^|[/@_-])(server-)?filesystem\b/.test(a)) filesystem = true;
  }
}

export const mcpConfigAdapter: Adapter = {
  name: NAME,
  description:
    'MCP client config: Claude Desktop claude_desktop_config.json, Claude Code / Cursor / Copilot .mcp.json ({"mcpServers"}), VS Code .vscode/mcp.json ({"servers", "inputs"})',
  markers: ['top-level mcpServers object', 'top-level servers object whose entries have command or url'],

  sniff(input: AdapterInput): number {
    let v: unknown;
    if (input.docs) v = input.docs[0]?.value;
    else if (/"(mcpServers|servers)"/.test(input.text.slice(0, 65536))) {
      try {
        v = JSON.parse(stripJsonc(input.text));
      } catch {
        return input.text.includes('"mcpServers"') ? 0.4 : 0;
      }
    }
    const m = serverMap(v);
    if (!m) return 0;
    return m.key === 'mcpServers' ? 0.95 : 0.9;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const config = parseConfig(input);
    const where: Where = { file: input.file, line: 1 };
    const m = serverMap(config);
    if (!m) throw new InputError('not an MCP config: expected a top-level "mcpServers" or "servers" object', where);
    if (!isObject(m.servers)) throw new InputError(`${m.key}: expected an object of server name → settings`, where);
    const c: Collected = {
      servers: [], disabled: [], transports: [], commands: [], dataSources: [], endpoints: [], envNames: [],
      headerNames: [], refs: [], literal: [], envFiles: [], fingerprints: [], keyIds: [],
    };
    for (const [name, s] of Object.entries(m.servers)) {
      if (!isObject(s)) throw new InputError(`${m.key}.${name}: expected an object`, where);
      collectServer(name, s, where, options, c, m.key);
    }
    const inputs = isObject(config) && Array.isArray(config.inputs) ? config.inputs.filter(isObject) : [];
    const passwordInputs = inputs.filter((i) => bool(i.password) === true).map((i) => str(i.id));

    const attributes: Record<string, AttributeValue> = {
      transports: c.transports.sort(),
      credentialEnv: sortedUnique(c.envNames),
      headerNames: sortedUnique(c.headerNames),
      credentialRefs: sortedUnique(c.refs),
      inlineValues: sortedUnique(c.literal),
    };
    if (c.commands.length) attributes.commands = c.commands.sort();
    if (c.endpoints.length) attributes.endpoints = c.endpoints.sort();
    if (c.disabled.length) attributes.disabledServers = c.disabled.sort();
    if (c.envFiles.length) attributes.envFiles = sortedUnique(c.envFiles);
    if (passwordInputs.length) attributes.passwordInputs = sortedUnique(passwordInputs);
    if (c.fingerprints.length) attributes.secretFingerprints = sortedUnique(c.fingerprints);
    if (c.keyIds.length) attributes.awsKeyIds = sortedUnique(c.keyIds);

    const asset: LiveAsset = {
      kind: 'Agent',
      id: input.file,
      identifiers: ids(input.file, options.sourceName),
      active: c.servers.length > 0,
      mcpServers: c.servers.sort(),
      dataSources: sortedUnique(c.dataSources),
      evidence: { file: input.file, index: 0, line: 1 },
      attributes,
    };
    if (options.sourceName) asset.name = options.sourceName;
    return {
      source: sourceOf(NAME, options, input.file),
      complete: true,
      covers: ['Agent'],
      claims: asset.identifiers.map(literalClaim),
      assets: [asset],
    };
  },
};
