import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/load/repo.js';
import { MemoryTextSource } from '../../src/util/reader.js';
import { CORPUS } from './corpus.js';

describe('broken manifests and configs: every problem located', () => {
  it('has at least 30 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of CORPUS) {
    it(c.name, () => {
      const repo = loadRepo(new MemoryTextSource(c.files));
      const errors = repo.diagnostics.filter((d) => d.level === 'error');
      for (const e of c.expect) {
        const hit = errors.find((d) => d.file === e.file && d.line === e.line && d.code === e.code && d.message.includes(e.message));
        expect(hit, `expected ${e.file}:${e.line} ${e.code} "${e.message}" in:\n${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`).toBeDefined();
        expect(hit!.column).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('leaves Object.prototype untouched after loading prototype keys', () => {
    for (const c of CORPUS.filter((c) => /prototype|constructor/.test(c.name))) loadRepo(new MemoryTextSource(c.files));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
