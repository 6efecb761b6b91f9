import { describe, expect, it } from 'vitest';
import { loadRepo } from '../load/repo.js';
import { InputError } from '../util/errors.js';
import { MemoryTextSource } from '../util/reader.js';
import { INIT_BLOCK_BEGIN } from './codeowners-block.js';
import { ACTION_PLACEHOLDER } from './layout.js';
import { DEFAULT_OWNER, planInit, workflowText } from './plan.js';
import { TEMPLATES } from '../generated/templates.js';

const SHA = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';

function filesOf(plan: ReturnType<typeof planInit>): Record<string, string> {
  return Object.fromEntries(plan.files.filter((f) => f.action !== 'unchanged').map((f) => [f.path, f.content]));
}

describe('planInit', () => {
  it('plans the config, one record per kind, the workflow and a new .github/CODEOWNERS in an empty repo', () => {
    const plan = planInit(new MemoryTextSource({}), { force: false, owner: DEFAULT_OWNER });
    expect(plan.conflicts).toEqual([]);
    expect(plan.files.map((f) => [f.path, f.action])).toEqual([
      ['.github/blindspot.yml', 'create'],
      ['governance/models/example-model.yaml', 'create'],
      ['governance/endpoints/example-model-prod.yaml', 'create'],
      ['governance/service-accounts/example-service-account.yaml', 'create'],
      ['governance/credentials/example-service-account-key.yaml', 'create'],
      ['governance/agents/example-agent.yaml', 'create'],
      ['.github/workflows/blindspot.yml', 'create'],
      ['.github/CODEOWNERS', 'create'],
    ]);
    expect(filesOf(plan)['.github/blindspot.yml']).toBe(TEMPLATES['config/blindspot.yml']);
    expect(filesOf(plan)['.github/workflows/blindspot.yml']).toBe(TEMPLATES['workflows/blindspot.yml']);
  });

  it('produces a repository that loads with no errors and no warnings', () => {
    const repo = loadRepo(new MemoryTextSource(filesOf(planInit(new MemoryTextSource({}), { force: false, owner: '@acme/gov' }))));
    expect(repo.diagnostics).toEqual([]);
    expect(repo.records.map((r) => r.kind).sort()).toEqual(['Agent', 'Credential', 'Model', 'ModelEndpoint', 'ServiceAccount']);
  });

  it('lists every existing file as a conflict, and marks it overwrite', () => {
    const existing = { '.github/blindspot.yml': 'version: 1\n', 'governance/agents/example-agent.yaml': 'x: 1\n', 'README.md': '# hi\n' };
    const plan = planInit(new MemoryTextSource(existing), { force: false, owner: DEFAULT_OWNER });
    expect(plan.conflicts).toEqual(['.github/blindspot.yml', 'governance/agents/example-agent.yaml']);
    expect(plan.files.find((f) => f.path === '.github/blindspot.yml')?.action).toBe('overwrite');
    expect(plan.files.find((f) => f.path === 'README.md')).toBeUndefined();
  });

  it('appends to the CODEOWNERS GitHub uses (root before docs/), never to an ignored one', () => {
    const plan = planInit(new MemoryTextSource({ CODEOWNERS: '/src/ @acme/dev\n', 'docs/CODEOWNERS': '* @nobody\n' }), { force: false, owner: '@acme/gov' });
    const co = plan.files.find((f) => f.detail.startsWith('owners'))!;
    expect(co.path).toBe('CODEOWNERS');
    expect(co.action).toBe('append');
    expect(co.content.startsWith('/src/ @acme/dev\n')).toBe(true);
    expect(co.content).toContain('/CODEOWNERS ');
    expect(plan.files.some((f) => f.path === 'docs/CODEOWNERS')).toBe(false);
  });

  it('leaves a CODEOWNERS that already has the block alone, unless forced', () => {
    const text = `/src/ @a\n\n${INIT_BLOCK_BEGIN}\n/governance/ @acme/gov\n# END blindspot init\n`;
    const plan = planInit(new MemoryTextSource({ '.github/CODEOWNERS': text }), { force: false, owner: '@acme/gov' });
    expect(plan.files.find((f) => f.path === '.github/CODEOWNERS')).toMatchObject({ action: 'unchanged', content: text });
  });

  it('refuses an unusable CODEOWNERS rather than appending to a file GitHub ignores', () => {
    const big = '# x\n'.repeat(800_000);
    expect(() => planInit(new MemoryTextSource({ '.github/CODEOWNERS': big }), { force: false, owner: DEFAULT_OWNER })).toThrow(/3 MB/);
  });

  it('refuses an invalid owner handle', () => {
    expect(() => planInit(new MemoryTextSource({}), { force: false, owner: '@a,b' })).toThrow(InputError);
    expect(() => planInit(new MemoryTextSource({}), { force: false, owner: '@a,b' })).toThrow(/--owner/);
  });

  it('pins the action when given', () => {
    const plan = planInit(new MemoryTextSource({}), { force: false, owner: DEFAULT_OWNER, action: `acme/blindspot@${SHA}` });
    const wf = filesOf(plan)['.github/workflows/blindspot.yml'];
    expect(wf).toContain(`uses: acme/blindspot@${SHA} # pinned by blindspot init`);
    expect(wf).not.toMatch(/^\s*(- )?uses:\s*<owner>/m);
  });
});

describe('workflowText', () => {
  const template = TEMPLATES['workflows/blindspot.yml'];

  it('keeps the template (and its documented placeholder) when no action is given', () => {
    expect(workflowText(template, undefined)).toBe(template);
    expect(template).toContain(`uses: ${ACTION_PLACEHOLDER}`);
  });

  it('replaces only the uses: lines, leaving the explanation in the header', () => {
    const out = workflowText(template, `acme/blindspot@${SHA}`);
    expect(out.split('\n').length).toBe(template.split('\n').length);
    expect(out).toContain(ACTION_PLACEHOLDER); // the header comment still explains it
    expect(out.match(/^\s*(- )?uses: acme\/blindspot@/gm)).toHaveLength(1);
  });

  it('refuses a tag or a branch: only a full commit SHA is immutable', () => {
    for (const ref of ['acme/blindspot@v1', 'acme/blindspot@main', `acme/blindspot@${SHA.slice(0, 39)}`, 'blindspot@' + SHA, `acme/blindspot@${SHA.toUpperCase()}`]) {
      expect(() => workflowText(template, ref), ref).toThrow(/40-hex commit sha/);
    }
  });
});
