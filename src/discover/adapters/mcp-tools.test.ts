import { describe, expect, it } from 'vitest';
import { mcpToolsAdapter } from './mcp-tools.js';
import { adapterInput } from '../detect.js';
import { loadInput, parseFixture } from './ml-testing.js';

describe('mcp-tools', () => {
  it('a wrapped tools/list result → Agent fragment mcp:<server> with tool names and annotation hints', () => {
    const piece = parseFixture(mcpToolsAdapter, 'mcp-tools/github-tools.json');
    expect(piece).toMatchObject({ source: { type: 'mcp-tools' }, complete: true, covers: [] });
    expect(piece.assets).toEqual([
      expect.objectContaining({
        kind: 'Agent',
        id: 'mcp:github',
        identifiers: ['mcp:github'],
        name: 'github',
        mcpServers: ['github'],
        tools: ['create_pull_request', 'delete_file', 'get_issue', 'search_code'],
        attributes: expect.objectContaining({
          readOnlyTools: ['get_issue'],
          destructiveTools: ['delete_file'],
          openWorldTools: ['create_pull_request', 'delete_file', 'get_issue'],
          unannotatedTools: ['search_code'],
          toolsetDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        }),
      }),
    ]);
  });

  it('the toolset digest ignores key order and tool order, and changes with a schema', () => {
    const page = (tools: unknown[]) => adapterInput('t.json', JSON.stringify({ server: 's', result: { tools } }));
    const a = { name: 'a', inputSchema: { type: 'object', properties: { x: { type: 'string' } } } };
    const aReordered = { inputSchema: { properties: { x: { type: 'string' } }, type: 'object' }, name: 'a' };
    const b = { name: 'b', inputSchema: { type: 'object' } };
    const digest = (tools: unknown[]) => mcpToolsAdapter.parse(page(tools), {}).assets[0].attributes?.toolsetDigest;
    expect(digest([a, b])).toBe(digest([b, aReordered]));
    expect(digest([a, b])).not.toBe(digest([a, { ...b, inputSchema: { type: 'object', properties: {} } }]));
  });

  it('JSON-RPC pages for one server are merged; a last page with nextCursor is incomplete', () => {
    const piece = parseFixture(mcpToolsAdapter, 'mcp-tools/jsonrpc-pages.json');
    expect(piece.assets.map((a) => [a.id, a.tools])).toEqual([['mcp:postgres', ['list_tables', 'query']]]);
    expect(piece).toMatchObject({ complete: false, incompleteReason: 'tools/list has a nextCursor (more tools) for: postgres' });
  });

  it('a bare result needs the server name from the options', () => {
    expect(() => mcpToolsAdapter.parse(loadInput('mcp-tools/bare-result.json'), {})).toThrow(/do not name their server/);
    const piece = parseFixture(mcpToolsAdapter, 'mcp-tools/bare-result.json'); // serverName: filesystem
    expect(piece.assets[0]).toMatchObject({ id: 'mcp:filesystem', tools: ['read_file', 'write_file'], attributes: { destructiveTools: ['write_file'] } });
  });

  it('an empty tool list is a complete fragment with no tools', () => {
    expect(parseFixture(mcpToolsAdapter, 'mcp-tools/empty-tools.json').assets[0]).toMatchObject({ id: 'mcp:idle-server', tools: [] });
  });

  it('rejects JSON-RPC errors and tools without names', () => {
    expect(() => parseFixture(mcpToolsAdapter, 'mcp-tools/bad-rpc-error.undetectable.json')).toThrow(
      'document 1: tools/list failed: Method not found: tools/list',
    );
    expect(() => parseFixture(mcpToolsAdapter, 'mcp-tools/bad-tool.json')).toThrow(/missing required field name in document 1 tools\[1\]/);
  });
});
