/**
 * Validates rendered SARIF with Microsoft's SARIF Multitool (`validate`, SARIF and GitHub rule sets).
 * The Multitool is a .NET single-file binary, so it runs once for the whole file, over every variant
 * plus a deliberately broken log that proves the validator is really checking.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyResult, richResult } from '../../test/fixtures/report/rich-result.js';
import { validateSarif } from '../../test/fixtures/report/sarif-tools.js';
import type { ValidationIssue } from '../../test/fixtures/report/sarif-tools.js';
import { renderSarif } from './sarif.js';

const VARIANTS = {
  'rich.sarif': () => renderSarif(richResult(), { toolVersion: '0.1.0' }),
  'rich-options.sarif': () =>
    renderSarif(richResult(), {
      toolVersion: '0.1.0',
      srcRoot: '/home/runner/work/gov/gov',
      category: 'blindspot/prod',
      docsUri: 'https://blindspot.dev/docs/findings',
      ruleSeverity: { ownerless: 'high' },
    }),
  // Over the (test-sized) limits: carries a tool execution notification.
  'truncated.sarif': () => renderSarif(richResult(), { toolVersion: '0.1.0', limits: { maxResults: 3 } }),
  'empty.sarif': () => renderSarif(emptyResult(), { toolVersion: '0.1.0' }),
} as const;

// Wrong $schema, an absolute location and no region: the validator must flag this one.
const BROKEN = JSON.stringify({
  $schema: 'https://example.com/not-sarif.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'broken', rules: [{ id: 'x', name: 'X' }] } },
      results: [
        {
          ruleId: 'x',
          message: { text: 'broken.' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///abs/path.yaml' } } }],
        },
      ],
    },
  ],
});

let dir: string;
let issues: ValidationIssue[];
let executionSuccessful: boolean;

function issuesFor(file: string): ValidationIssue[] {
  const uri = pathToFileURL(join(dir, file)).href;
  return issues.filter((i) => i.file === uri);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'blindspot-sarif-'));
  for (const [name, render] of Object.entries(VARIANTS)) writeFileSync(join(dir, name), render());
  writeFileSync(join(dir, 'broken.sarif'), BROKEN);
  const inputs = [...Object.keys(VARIANTS), 'broken.sarif'].map((f) => join(dir, f));
  // The Multitool exits 1 when it finds errors (the broken log): the validation log is what counts.
  ({ issues, executionSuccessful } = validateSarif(inputs, dir));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('SARIF Multitool validate', () => {
  it('ran successfully and checked the broken control log', () => {
    expect(executionSuccessful).toBe(true);
    const broken = issuesFor('broken.sarif');
    expect(broken.filter((i) => i.level === 'error').map((i) => i.ruleId)).toEqual(expect.arrayContaining(['SARIF1011']));
  });

  for (const name of Object.keys(VARIANTS)) {
    it(`reports no errors and no warnings for ${name}`, () => {
      const found = issuesFor(name).filter((i) => i.level === 'error' || i.level === 'warning');
      expect(found).toEqual([]);
    });
  }
});
