/**
 * Test support for the cloud adapters (imported only by tests): builds AdapterInput from the
 * fixtures in test/fixtures/discover/cloud/ the way the CLI would, and checks the invariants every
 * snapshot piece must hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdapterInput, SnapshotPiece } from '../adapter.js';
import { InputError } from '../../util/errors.js';
import { adapterInput } from '../detect.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE_DIR = 'test/fixtures/discover/cloud';

/** AdapterInput from text as detection builds it: JSON documents, or null when the text is not JSON (CSV, YAML, broken JSON). */
export function textInput(text: string, file = 'inline.json'): AdapterInput {
  return adapterInput(file, text);
}

/** A fixture's raw text. */
export function fixtureText(rel: string): string {
  return readFileSync(`${ROOT}${FIXTURE_DIR}/${rel}`, 'utf8');
}

/** AdapterInput for a fixture, with its repo-relative path as `file`. */
export function fixture(rel: string): AdapterInput {
  return textInput(fixtureText(rel), `${FIXTURE_DIR}/${rel}`);
}

/** Every fixture path (relative to FIXTURE_DIR), sorted. */
export function allFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(ROOT + FIXTURE_DIR + dir, { withFileTypes: true })) {
      const rel = `${dir}${ent.name}`;
      if (ent.isDirectory()) walk(`${rel}/`);
      else out.push(rel);
    }
  };
  walk('/');
  return out.map((p) => p.slice(1)).sort();
}

const ISO_MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** Problems with a piece: missing kind/id/identifiers, timestamps that are not ISO UTC, evidence. */
export function pieceProblems(piece: SnapshotPiece, file: string, adapter: string): string[] {
  const problems: string[] = [];
  if (piece.source.type !== adapter) problems.push(`source.type ${piece.source.type} != ${adapter}`);
  if (!piece.complete && !piece.incompleteReason) problems.push('incomplete without a reason');
  if (piece.collectedAt !== undefined && !ISO_MS_Z.test(piece.collectedAt)) problems.push(`collectedAt ${piece.collectedAt}`);
  piece.assets.forEach((a, k) => {
    const at = `assets[${k}] (${a.id})`;
    if (!a.kind) problems.push(`${at}: no kind`);
    if (!a.id) problems.push(`${at}: no id`);
    if (!Array.isArray(a.identifiers) || a.identifiers.length === 0) problems.push(`${at}: no identifiers`);
    if (a.identifiers.some((i) => typeof i !== 'string' || i === '')) problems.push(`${at}: empty identifier`);
    if (new Set(a.identifiers).size !== a.identifiers.length) problems.push(`${at}: duplicate identifiers`);
    for (const key of ['createdAt', 'lastUsedAt', 'lastActivityAt', 'expiresAt', 'rotatedAt'] as const) {
      const v = a[key];
      if (v !== undefined && v !== null && !ISO_MS_Z.test(v)) problems.push(`${at}: ${key} ${v} is not ISO UTC`);
    }
    for (const [key, v] of Object.entries(a.attributes ?? {})) {
      if (typeof v === 'string' && DATE_LIKE.test(v) && !ISO_MS_Z.test(v)) problems.push(`${at}: attributes.${key} ${v} is not ISO UTC`);
    }
    if (a.evidence?.file !== file) problems.push(`${at}: evidence.file ${a.evidence?.file}`);
    if (typeof a.evidence?.index !== 'number') problems.push(`${at}: evidence.index missing`);
  });
  return problems;
}

/** The InputError a call throws (any other outcome fails the test). */
export function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
