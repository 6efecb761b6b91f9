import { describe, expect, it } from 'vitest';
import { githubWorkflowsAdapter } from './github-workflows.js';
import { fixture, textInput } from './cloud-testing.js';


describe('github-workflow', () => {
  it('lists each secret a job references, once per job, with its line; GITHUB_TOKEN is not governed', () => {
    const input = fixture('github-workflow/deploy.yml');
    const piece = githubWorkflowsAdapter.parse(input, { scope: 'acme/app' });
    expect(piece.covers).toEqual(['SecretReference']);
    expect(piece.assets.map((a) => [a.name, a.attributes?.job, a.evidence?.line])).toEqual([
      ['NPM_TOKEN', 'build', 13],
      ['DEPLOY_KEY', 'deploy', 21],
      ['NPM_TOKEN', 'deploy', 22],
    ]);
    expect(piece.assets[0].identifiers).toEqual(['NPM_TOKEN', 'github-secret:acme/app/NPM_TOKEN']);
    expect(piece.assets[0].attributes?.step).toBe('Publish');
  });

  it('names the file and line of broken YAML', () => {
    const input = fixture('github-workflow/broken.yml');
    expect(() => githubWorkflowsAdapter.parse(input, {})).toThrow(/invalid workflow YAML/);
  });

  it('does not claim JSON or YAML that is not a workflow', () => {
    expect(githubWorkflowsAdapter.sniff(textInput('groups:\n  - name: a\n', 'x.yml'))).toBe(0);
    expect(githubWorkflowsAdapter.sniff(textInput('{"jobs": {}}', 'x.json'))).toBe(0);
  });
});
