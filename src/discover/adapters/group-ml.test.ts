/**
 * Checks across every ML/agent/scanner/monitoring adapter and every fixture: detection, schema
 * conformance, round-trips through the native format, and that no secret value survives parsing.
 */
import { describe, expect, it } from 'vitest';
import type { LiveAsset } from '../../model/snapshot.js';
import { ADAPTERS } from '../registry.js';
import { awsKeyIds, isMaskedSecret } from '../secrets.js';
import { ML_AGENT_ADAPTERS } from './group-ml.js';
import { stripJsonc } from './mcp-config.js';
import { adapterInput } from '../detect.js';
import { FIXTURE_OPTIONS, listFixtures, loadInput, parseFixture, readFixture, TEST_HMAC_KEY, toSnapshot } from './ml-testing.js';
import { nativeAdapter } from './native.js';
import { schemaErrors, SNAPSHOT_SCHEMA } from './snapshot-schema-testing.js';
import { snapshotJsonlLines } from '../jsonl-stream.js';

const fixtures = listFixtures();
const good = fixtures.filter((f) => f.kind === 'good');
const adapterNamed = (name: string) => {
  const a = ML_AGENT_ADAPTERS.find((x) => x.name === name);
  if (!a) throw new Error(`no adapter ${name}`);
  return a;
};

describe('ML/agent adapter group', () => {
  it('has unique names, a description naming a command or API, markers, and fixtures for each adapter', () => {
    const names = ML_AGENT_ADAPTERS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(fixtures.map((f) => f.adapter))).toEqual(new Set(names));
    for (const a of ML_AGENT_ADAPTERS) {
      expect(a.description).toMatch(/`|GET |\.json/);
      expect(a.markers.length).toBeGreaterThan(0);
      expect(fixtures.some((f) => f.adapter === a.name && f.kind === 'good')).toBe(true);
      expect(fixtures.some((f) => f.adapter === a.name && f.kind === 'bad')).toBe(true);
    }
    // Every adapter in this group is registered, under its own name.
    for (const a of ML_AGENT_ADAPTERS) expect(ADAPTERS).toContain(a);
  });

  describe('detection by content', () => {
    it.each(fixtures.map((f) => [f.path, f] as const))('%s', (_, f) => {
      const input = loadInput(f.path);
      for (const a of ML_AGENT_ADAPTERS) {
        const score = a.sniff(input);
        expect(score, `${a.name} on ${f.path}`).toBeGreaterThanOrEqual(0);
        expect(score, `${a.name} on ${f.path}`).toBeLessThanOrEqual(1);
        if (a.name !== f.adapter || f.kind === 'undetectable') expect(score, `${a.name} must not claim ${f.path}`).toBe(0);
      }
      if (f.kind === 'good') {
        const own = adapterNamed(f.adapter).sniff(input);
        expect(own).toBeGreaterThan(0);
        // No adapter of any group may outrank the owner.
        for (const a of ADAPTERS) if (a.name !== f.adapter) expect(a.sniff(input), `${a.name} on ${f.path}`).toBeLessThan(own);
      }
    });
  });

  describe('every good fixture gives a snapshot that matches schema/snapshot.schema.json', () => {
    it.each(good.map((f) => [f.path, f] as const))('%s', (_, f) => {
      for (const hmacKey of [TEST_HMAC_KEY, undefined]) {
        const piece = parseFixture(adapterNamed(f.adapter), f.path, { hmacKey });
        expect(piece.source.type).toBe(f.adapter === 'native' ? piece.source.type : f.adapter);
        expect(schemaErrors(toSnapshot(piece, f.path))).toBe('');
        for (const a of piece.assets) expect(a.evidence?.file).toBeTruthy();
        // Ids are unique inside a piece.
        expect(new Set(piece.assets.map((a) => a.id)).size).toBe(piece.assets.length);
        if (!piece.complete) expect(piece.incompleteReason).toBeTruthy();
      }
    });
  });

  describe('every bad fixture is an InputError naming the file', () => {
    it.each(fixtures.filter((f) => f.kind === 'bad').map((f) => [f.path, f] as const))('%s', (_, f) => {
      let error: unknown;
      try {
        parseFixture(adapterNamed(f.adapter), f.path);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ name: 'InputError', file: f.path });
      expect((error as { line?: number }).line).toBeGreaterThan(0);
    });
  });

  it('options label the source: sourceName → name, scope → scope', () => {
    for (const f of good) {
      const piece = parseFixture(adapterNamed(f.adapter), f.path, { sourceName: 'src-x', scope: 'scope-y' });
      expect(piece.source).toMatchObject({ name: 'src-x', scope: 'scope-y' });
    }
  });

  it('every output survives a round trip through the native JSON and JSONL forms', () => {
    for (const f of good) {
      const piece = parseFixture(adapterNamed(f.adapter), f.path);
      const snap = toSnapshot(piece, f.path);
      const viaJson = nativeAdapter.parse(adapterInput('snap.json', JSON.stringify(snap, null, 2)), {});
      expect(viaJson.assets, f.path).toEqual(piece.assets);
      const header = {
        blindspot: 'snapshot/v1' as const,
        source: snap.source,
        collectedAt: snap.collectedAt,
        collectedAtFrom: snap.collectedAtFrom,
        complete: snap.complete,
        covers: snap.covers,
        ...(snap.incompleteReason ? { incompleteReason: snap.incompleteReason } : {}),
      };
      expect(schemaErrors(header, 'jsonlHeader')).toBe('');
      const viaJsonl = nativeAdapter.parse(adapterInput('snap.jsonl', [...snapshotJsonlLines(header, piece.assets)].join('')), {});
      expect(viaJsonl.assets, f.path).toEqual(piece.assets);
      expect(viaJsonl.complete).toBe(piece.complete);
    }
  });
});

describe('no secret value survives parsing', () => {
  const GITLEAKS = ['Secret', 'Match'];
  const TRUFFLEHOG = ['Raw', 'RawV2', 'Redacted'];
  // Secrets inside URIs and paths of MCP configs (passwords, query keys, tokens in URL paths).
  const MCP_URI_SECRETS = [
    'Tr0ub4dor&3-horse',
    'alsoSecret99',
    'sk-ak-9Qx2Lm7Tb4Nc8Vd1Wf6Hs3Jk0Ze5Ua',
    'qQ3wE5rT7yU9iO1pA3sD5fG7',
    'Pa55w0rd%21',
  ];

  /** Every secret value written in the fixtures, by format. */
  function secretValues(): string[] {
    const values: string[] = [...MCP_URI_SECRETS];
    for (const f of fixtures) {
      const text = readFixture(f.path);
      if (f.adapter === 'gitleaks' || f.adapter === 'trufflehog') {
        const fields = f.adapter === 'gitleaks' ? GITLEAKS : TRUFFLEHOG;
        const re = new RegExp(`"(${fields.join('|')})"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'g');
        for (const m of text.matchAll(re)) values.push(JSON.parse(`"${m[2]}"`) as string);
      } else if (f.adapter === 'mcp-config' && f.kind !== 'bad') {
        const config = JSON.parse(stripJsonc(text)) as Record<string, Record<string, Record<string, unknown>>>;
        for (const server of Object.values(config.mcpServers ?? config.servers ?? {})) {
          for (const map of [server.env, server.headers]) {
            for (const v of Object.values((map ?? {}) as Record<string, string>)) values.push(v);
          }
        }
      }
    }
    return values.filter((v) => v && !isMaskedSecret(v));
  }

  const tokenLike = (p: string) => p.length >= 8 && /\d/.test(p) && /[A-Za-z]/.test(p);

  /**
   * What must never appear of one value: the value without its public key ids and `${…}`
   * references, its token-like pieces (mixing letters and digits, or long), and every 10-character
   * slice of those tokens (a leaked prefix). Plain words such as `services` in a webhook URL are
   * not secrets and would match unrelated text.
   */
  function secretFragments(value: string): string[] {
    const rest = value.replace(/\$\{[^}]+\}/g, ' ');
    const pieces = rest.split(/(?:AKIA|ASIA)[A-Z0-9]{16}|[\s"'=:,;/<>]+/).filter((p) => tokenLike(p) || p.length >= 20);
    const whole = awsKeyIds(rest).length || !tokenLike(rest.trim()) ? [] : [rest.trim()];
    const slices = pieces.filter(tokenLike).flatMap((p) => Array.from({ length: p.length - 9 }, (_, i) => p.slice(i, i + 10)));
    return [...whole, ...pieces, ...slices];
  }

  /** The output with identifiers and key-id attributes removed: where public key ids may legitimately be. */
  function withoutKeyIdFields(assets: LiveAsset[]): string {
    return JSON.stringify(
      assets.map((a) => ({ ...a, identifiers: [], attributes: { ...a.attributes, awsKeyIds: [] } })),
    );
  }

  it('the fixtures do hold secrets (the check below is not vacuous)', () => {
    const values = secretValues();
    expect(values.length).toBeGreaterThan(20);
    expect(values).toContain('q9Xv2LmT8rYb4Nc6Pd0Wf3Hs7Jk1Ze5Ua9Gi2Ro4');
    expect(values).toContain('AKIAZ5TQW3RMXN2KLP7Dk7Hn2Qx9Lm4Vb8Rt1Yc6Wz3Pd5Fs0Gj2Ea8Uo');
    expect(values).toContain('ghp_Lq4Wz8Xn2Cv6Bm0Kj3Hg7Fd1Sa5Pe9Ru2Ty6I');
    expect(values).toContain('Bearer ${input:github_token}');
  });

  it('no fragment (or 10-character slice) of any secret appears in any output; key ids only as identifiers', () => {
    const values = secretValues();
    const fragments = [...new Set(values.flatMap(secretFragments))];
    const keyIds = new Set(values.flatMap((v) => awsKeyIds(v)));
    expect(keyIds.size).toBeGreaterThan(3);
    for (const f of good) {
      for (const hmacKey of [TEST_HMAC_KEY, undefined]) {
        const piece = parseFixture(adapterNamed(f.adapter), f.path, { hmacKey, ...FIXTURE_OPTIONS[f.path] });
        const out = JSON.stringify(piece);
        for (const frag of fragments) expect(out.includes(frag), `${f.path} leaks ${frag}`).toBe(false);
        const rest = withoutKeyIdFields(piece.assets);
        for (const id of keyIds) expect(rest.includes(id), `${f.path}: key id ${id} outside identifiers`).toBe(false);
      }
    }
  });
});

describe('schema and types agree', () => {
  // A key list the compiler checks against the types: adding a field to LiveAsset or Snapshot
  // without adding it here (and so to the schema) fails type-checking.
  const ASSET_KEYS = {
    kind: true, id: true, identifiers: true, name: true, active: true, createdAt: true, lastUsedAt: true,
    lastActivityAt: true, expiresAt: true, rotatedAt: true, traffic: true, ownerHints: true, permissions: true,
    tools: true, mcpServers: true, dataSources: true, version: true, model: true, environment: true,
    evidence: true, attributes: true,
  } satisfies Record<keyof LiveAsset, true>;
  const SNAPSHOT_KEYS = {
    source: true, collectedAt: true, collectedAtFrom: true, complete: true, incompleteReason: true, covers: true,
    claims: true, files: true, assets: true, warnings: true,
    // `streamedEvidence` is how a streamed snapshot holds its assets' evidence in memory; no file has it.
  } satisfies Record<Exclude<keyof import('../../model/snapshot.js').Snapshot, 'streamedEvidence'>, true>;

  it('$defs/asset lists exactly the LiveAsset fields, and the root exactly the Snapshot fields', () => {
    expect(Object.keys(SNAPSHOT_SCHEMA.$defs.asset.properties ?? {}).sort()).toEqual(Object.keys(ASSET_KEYS).sort());
    expect(Object.keys(SNAPSHOT_SCHEMA.properties).sort()).toEqual(Object.keys(SNAPSHOT_KEYS).sort());
    expect(SNAPSHOT_SCHEMA.$id).toBe('https://blindspot.dev/schema/snapshot.schema.json');
  });
});
