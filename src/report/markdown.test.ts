import { describe, expect, it } from 'vitest';
import { emptyResult, richResult } from '../../test/fixtures/report/rich-result.js';
import { renderMarkdown } from './markdown.js';

const LINKS = { repoUrl: 'https://github.com/acme/gov/', ref: 'abc123' };

/** Removes code spans (any fence length), whose content GitHub shows verbatim and never acts on. */
function withoutCodeSpans(md: string): string {
  return md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** Splits a GFM table row on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(richResult(), { links: LINKS });

  it('opens with a headline summary and a source warning', () => {
    expect(md.startsWith('## blindspot report\n\n')).toBe(true);
    expect(md).toContain(
      '**19 findings** (3 critical, 7 high, 6 medium, 3 low) across 16 records and 519 live assets, as of 2026-11-29T12:00:00.000Z. 2 suppressed.',
    );
    expect(md).toContain('> [!WARNING]\n> 3 of 4 sources not fresh (1 failed, 1 stale, 1 incomplete)');
  });

  it('counts findings by severity and by type', () => {
    expect(md).toContain('| 🔴 critical | 3 |');
    expect(md).toContain('| 🔵 low | 3 |');
    expect(md).toContain('| `secret-in-code` | Secret in code | critical | 2 |');
    expect(md).toContain('| `ownerless` | No owner | medium | 1 |');
  });

  it('shows coverage per kind, with governed coverage as a percentage', () => {
    expect(md).toContain('| Kind | Live | Recorded | Owned | Monitored | Unverifiable records | Records | Governed coverage |');
    expect(md).toContain('| ServiceAccount | 3 | 2 | 2 | 2 | 0 | 4 | 66.6% |');
    expect(md).toContain('| Model | 0 | 0 | 0 | 0 | 2 | 2 | n/a |');
    expect(md).toContain('| Credential | 4 | 4 | 4 | 4 | 0 | 5 | 100% |');
  });

  it('shows source health with status and neutralised detail', () => {
    expect(md).toContain('| `mlflow/registry` | ❌ failed | unknown | Model | 0 | `exports/mlflow.json` | unreadable JSON &lt;img src=x onerror=alert(1)&gt; |');
    expect(md).toContain('| `gcloud-iam/ml (ml-prod)` | ⚠️ stale | 2026-11-20T00:00:00.000Z (git) |');
  });

  it('renders each finding most severe first, with record, owners, asset, evidence, remediation and standards', () => {
    const headings = md.split('\n').filter((l) => /^#### \d+\. /.test(l));
    expect(headings).toHaveLength(19);
    expect(headings[0]).toBe('#### 1. 🔴 Credential/ci-deploy-key is retired but was used after 2026-10-01');
    const first = md.slice(md.indexOf(headings[0]), md.indexOf(headings[1]));
    expect(first).toContain('- **Severity:** 🔴 critical (set by `default`)');
    expect(first).toContain('- **Type:** `retired-but-active` (Retired but still active)');
    expect(first).toContain(
      '- **Record:** `Credential/ci-deploy-key` at [`governance/credentials.yaml:12`](https://github.com/acme/gov/blob/abc123/governance/credentials.yaml#L12)',
    );
    expect(first).toContain('- **Owners:** `@acme/platform` (CODEOWNERS line 4)');
    expect(first).toContain('- **Live asset:** Credential `AKIAEXAMPLE0001` from `aws-credential-report/prod`');
    expect(first).toContain('| Evidence | Source | Observed |');
    expect(first).toContain('| key active, last used 2026-11-27 by s3 | `aws-credential-report/prod` | 2026-11-29T06:00:00.000Z |');
    expect(first).toContain('**Remediation:** Revoke the key AKIAEXAMPLE0001. (proposed: issue)');
    expect(first).toContain('**How to fix:** Finish the retirement');
    expect(first).toContain('**Standards:** NHI1:2025 Improper Offboarding · NHI7:2025 Long-Lived Secrets · ID.AM-08 Life-cycle management');
  });

  it('links only repo-relative files', () => {
    expect(md).toContain('in `/home/runner/exports/mlflow.json:1`\n');
    expect(md).not.toContain('blob/abc123/home');
    expect(renderMarkdown(richResult())).not.toContain('](https://github.com');
  });

  it('neutralises untrusted text: no mention, reference, HTML, marker or link survives outside code spans', () => {
    const prose = withoutCodeSpans(md);
    // The helper removed the code spans and nothing else.
    expect(prose).not.toContain('@acme/platform');
    expect(prose).toContain('owned by @\u200Boctocat');
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/#\d/);
    expect(prose).not.toMatch(/gh-\d/i);
    expect(prose).not.toMatch(/https?:\/\/evil/);
    expect(prose).not.toMatch(/\]\(https:\/\/evil/);
    expect(md).not.toContain('<!--');
    expect(md).not.toContain('<img');
    expect(md.replaceAll('<br>', '')).not.toMatch(/</);
    expect(md).toContain('Unrecorded ServiceAccount owned by @\u200Boctocat and @\u200Bacme/security x &lt;!-- blindspot:v1');
    expect(md).toContain('f\u200Bixes #\u200B9');
  });

  it('keeps every table row to its column count, whatever the data holds', () => {
    const all = tables(md);
    expect(all.length).toBeGreaterThan(20);
    for (const t of all) {
      const width = cells(t[0]).length;
      for (const row of t) expect(cells(row), row).toHaveLength(width);
    }
    expect(md).toContain('| extra: s3:*\\|iam:PassRole second line |');
  });

  it('lists suppressed findings', () => {
    expect(md).toContain('### Suppressed (2)');
    expect(md).toContain('| `unmonitored` | Model/sandbox has no monitoring evidence | Sandbox only | 2027-01-15 | — |');
    expect(md).toContain('Quarterly batch job owned by @\u200Boctocat');
  });

  it('limits finding sections on request and says how many were left out', () => {
    const short = renderMarkdown(richResult(), { maxFindingDetails: 2, headingLevel: 1, title: 'Governance' });
    expect(short.startsWith('# Governance\n')).toBe(true);
    expect(short.split('\n').filter((l) => /^### \d+\. /.test(l))).toHaveLength(2);
    expect(short).toContain('_17 more findings not shown here; the JSON report lists every finding._');
  });

  it('never reports an empty run as clean', () => {
    const empty = renderMarkdown(emptyResult());
    expect(empty).toContain('**No findings** across 0 records and 0 live assets');
    expect(empty).toContain('> [!WARNING]\n> No discovery source was read: nothing live was checked, so every record is unverifiable.');
    expect(empty).not.toContain('### Findings\n');
  });

  it('is byte-identical across renders', () => {
    expect(renderMarkdown(richResult(), { links: LINKS })).toBe(md);
  });
});
