/**
 * Credential-report slots gain the key id they hold, as copies: the exports reconciliation reads
 * stay as they were (reconcile is pure; a caller may reconcile the same snapshots twice).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeowners } from '../codeowners/index.js';
import { loadSourcesAsync } from '../discover/load-sources.js';
import { loadRepo } from '../load/repo.js';
import type { LiveAsset } from '../model/snapshot.js';
import { ownershipResolver } from '../pipeline.js';
import { FsTextSource } from '../util/reader.js';
import { reconcile } from './index.js';
import { linkAccessKeySlots } from './link.js';

const ACME = join(import.meta.dirname, '../../examples/acme');

const slot = (user: string, n: number, rotatedAt?: string): LiveAsset => ({
  kind: 'Credential',
  id: `arn:aws:iam::111111111111:user/${user}#key${n}`,
  identifiers: [`arn:aws:iam::111111111111:user/${user}#key${n}`],
  ...(rotatedAt ? { rotatedAt } : {}),
  attributes: { credentialType: 'aws-access-key', userName: user, slot: n },
});
const key = (id: string, user: string, createdAt: string): LiveAsset => ({ kind: 'Credential', id, identifiers: [id], createdAt, attributes: { credentialType: 'aws-access-key', userName: user } });

describe('linkAccessKeySlots', () => {
  it('links by rotation time, else by creation order, into copies', () => {
    const slots = [slot('ci', 1, '2026-01-01T00:00:00Z'), slot('ci', 2), slot('etl', 1)];
    const keys = [key('AKIAAAAAAAAAAAAAAAA1', 'ci', '2026-01-01T00:00:00Z'), key('AKIAAAAAAAAAAAAAAAA2', 'ci', '2026-03-01T00:00:00Z')];
    const before = structuredClone([slots, keys]);
    const linked = linkAccessKeySlots([slots, keys]);
    expect(linked.get(slots[0])?.identifiers).toEqual([slots[0].id, 'AKIAAAAAAAAAAAAAAAA1']);
    expect(linked.get(slots[1])?.identifiers).toEqual([slots[1].id, 'AKIAAAAAAAAAAAAAAAA2']);
    // No key for etl: nothing to link.
    expect(linked.has(slots[2])).toBe(false);
    expect(Object.keys(linked.get(slots[0])!)).toEqual(Object.keys(slots[0]));
    expect([slots, keys]).toEqual(before);
  });
});

describe('reconcile', () => {
  it('leaves the snapshots it is given as they were, linked slots included', async () => {
    const source = new FsTextSource(ACME);
    const repo = loadRepo(source);
    const loaded = await loadSourcesAsync(source, repo.files, repo.config, {});
    const codeowners = loadCodeowners(source);
    const input = { records: repo.records, snapshots: loaded.snapshots, config: repo.config, ownership: ownershipResolver(codeowners.file), codeownersFile: codeowners.path, now: Date.parse('2026-11-28T12:00:00Z') };
    // The acme credential report has slots the access-key export names: the case that used to write into them.
    expect(linkAccessKeySlots(loaded.snapshots.map((s) => s.assets)).size).toBeGreaterThan(0);
    const before = JSON.stringify(loaded.snapshots);
    const first = JSON.stringify(reconcile(input));
    expect(JSON.stringify(loaded.snapshots)).toBe(before);
    expect(JSON.stringify(reconcile(input))).toBe(first);
  });
});
