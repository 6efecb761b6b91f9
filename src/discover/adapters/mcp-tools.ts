/**
 * MCP `tools/list` results → one Agent fragment per MCP server: the server's live toolset.
 *
 * Conventions (documented for users):
 * - Accepted shapes: a result `{tools, nextCursor?}`, a JSON-RPC response `{jsonrpc, id, result}`,
 *   and a wrapper `{"server": "<name>", "result": <result or JSON-RPC response>}`; several pages
 *   concatenated or in an array. Results carry no server name: it comes from the wrapper's
 *   `server`, else from `options.serverName` (`--server-name`), else the input is rejected.
 * - The fragment: kind Agent, id and identifier `mcp:<server>`, `mcpServers` = [server], `tools` =
 *   the tool names as the server spells them (sorted). Covers no kind. Reconciliation gives an
 *   agent the tools of the servers in its `mcpServers`.
 * - Annotations are hints; a missing one is unknown. `attributes.readOnlyTools` (readOnlyHint
 *   true), `destructiveTools` (destructiveHint true and not read-only), `openWorldTools`,
 *   `unannotatedTools` (neither readOnlyHint nor destructiveHint given), and `toolsetDigest`
 *   (`sha256:` of the sorted names and input schemas, to pin a toolset version).
 * - A last page with `nextCursor` makes the snapshot incomplete.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { sha256Hex } from '../../util/hash.js';
import { bool, isObject, requireString, str, type JsonObject, type Where } from '../fields.js';
import { list, objField, pagesOf } from './ml-shared.js';
import { jsonDocs, sourceOf } from './shared.js';

const NAME = 'mcp-tools';

/** The `{tools, nextCursor}` result inside a page, or undefined when the page is not one. */
function resultOf(v: unknown): JsonObject | undefined {
  if (!isObject(v)) return undefined;
  if (Array.isArray(v.tools)) return v;
  if (isObject(v.result)) return resultOf(v.result);
  return undefined;
}

function isToolsPage(v: unknown): boolean {
  const r = resultOf(v);
  if (!r) return false;
  const first = (r.tools as unknown[])[0];
  // An empty list is a tools/list answer only when the envelope says so.
  if (first === undefined) return isObject(v) && ('server' in v || 'jsonrpc' in v || 'nextCursor' in r);
  return isObject(first) && typeof first.name === 'string' && ('inputSchema' in first || 'annotations' in first);
}

/** JSON with sorted keys, so the digest does not depend on key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

interface ServerTools {
  tools: Map<string, JsonObject>;
  cursor?: string;
  index: number;
  line: number;
}

export const mcpToolsAdapter: Adapter = {
  name: NAME,
  description:
    'MCP tools/list results: `{"tools": [...], "nextCursor"?}`, its JSON-RPC response, or {"server": NAME, "result": …}',
  markers: ['tools[] whose items have name + inputSchema', 'JSON-RPC result.tools', 'server + result wrapper'],

  sniff(input: AdapterInput): number {
    if (!input.docs) return 0;
    const v = input.docs[0]?.value;
    const page = Array.isArray(v) ? v[0] : v;
    if (!isToolsPage(page)) return 0;
    return isObject(page) && typeof page.server === 'string' ? 0.95 : 0.9;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'MCP tools/list');
    const servers = new Map<string, ServerTools>();
    const warnings: string[] = [];
    for (const page of pagesOf(docs)) {
      const where: Where = { file: input.file, line: page.line, record: page.label };
      const v = page.value;
      if (!isObject(v)) throw new InputError(`${page.label}: expected a tools/list result object`, where);
      const rpc = isObject(v.result) ? v.result : v;
      const error = objField((isObject(rpc) && rpc.error) || v.error, where, 'error');
      if (error) throw new InputError(`${page.label}: tools/list failed: ${str(error.message) ?? JSON.stringify(error)}`, where);
      const result = resultOf(v);
      if (!result) throw new InputError(`${page.label}: no "tools" list (expected a tools/list result)`, where);
      const server = str(v.server) || options.serverName;
      if (!server) {
        throw new InputError(
          `${page.label}: tools/list results do not name their server; wrap them as {"server": "<name>", "result": …} or pass the server name`,
          where,
        );
      }
      let entry = servers.get(server);
      if (!entry) {
        entry = { tools: new Map(), index: servers.size, line: page.line };
        servers.set(server, entry);
      }
      list(result.tools, where, 'tools').forEach((t, i) => {
        const tw: Where = { ...where, record: `${page.label} tools[${i}]` };
        if (!isObject(t)) throw new InputError(`${tw.record} is not an object`, tw);
        const name = requireString(t, 'name', tw);
        if (entry.tools.has(name)) warnings.push(`server ${server}: tool ${name} is listed twice`);
        entry.tools.set(name, t);
      });
      entry.cursor = str(result.nextCursor) || undefined;
    }

    const assets: LiveAsset[] = [...servers].map(([server, s]) => {
      const names = [...s.tools.keys()].sort();
      const hint = (t: JsonObject, k: string) => bool(objField(t.annotations, { file: input.file }, 'annotations')?.[k]);
      const pick = (test: (t: JsonObject) => boolean) => names.filter((n) => test(s.tools.get(n)!));
      const digest = sha256Hex(canonical(names.map((n) => [n, s.tools.get(n)!.inputSchema ?? null])));
      return {
        kind: 'Agent',
        id: `mcp:${server}`,
        identifiers: [`mcp:${server}`],
        name: server,
        mcpServers: [server],
        tools: names,
        evidence: { file: input.file, index: s.index, line: s.line },
        attributes: {
          readOnlyTools: pick((t) => hint(t, 'readOnlyHint') === true),
          destructiveTools: pick((t) => hint(t, 'readOnlyHint') !== true && hint(t, 'destructiveHint') === true),
          openWorldTools: pick((t) => hint(t, 'openWorldHint') === true),
          unannotatedTools: pick((t) => hint(t, 'readOnlyHint') === undefined && hint(t, 'destructiveHint') === undefined),
          toolsetDigest: `sha256:${digest}`,
        },
      } satisfies LiveAsset;
    });
    const truncated = [...servers].filter(([, s]) => s.cursor).map(([n]) => n);
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), complete: truncated.length === 0, covers: [], assets };
    if (truncated.length) piece.incompleteReason = `tools/list has a nextCursor (more tools) for: ${truncated.join(', ')}`;
    if (warnings.length) piece.warnings = warnings;
    return piece;
  },
};
