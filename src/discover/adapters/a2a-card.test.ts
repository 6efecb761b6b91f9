import { describe, expect, it } from 'vitest';
import { a2aCardAdapter } from './a2a-card.js';
import { adapterInput } from '../detect.js';
import { parseFixture } from './ml-testing.js';

describe('a2a-card', () => {
  it('v0.3 card: id = url, identifiers = interface URLs and name, tools = skill ids, owner = provider', () => {
    const piece = parseFixture(a2aCardAdapter, 'a2a-card/agent-card-v03.json');
    expect(piece).toMatchObject({
      source: { type: 'a2a-card' },
      complete: true,
      covers: ['Agent'],
      // Authoritative for this agent only.
      claims: ['Claims Triage Agent', 'https://agents.acme.example/a2a/claims-triage', 'https://agents.acme.example/a2a/claims-triage/grpc'],
    });
    expect(piece.assets[0]).toMatchObject({
      kind: 'Agent',
      id: 'https://agents.acme.example/a2a/claims-triage',
      identifiers: ['https://agents.acme.example/a2a/claims-triage', 'https://agents.acme.example/a2a/claims-triage/grpc', 'Claims Triage Agent'],
      name: 'Claims Triage Agent',
      tools: ['route-to-adjuster', 'triage-claim'],
      version: '1.4.2',
      ownerHints: ['Acme Claims Engineering'],
      attributes: { protocolVersions: ['0.3.0'], transports: ['GRPC', 'JSONRPC'], securitySchemes: ['oauth'], extendedAgentCard: true, streaming: true },
    });
    expect(piece.assets[0].active).toBeUndefined();
  });

  it('v1.0 card: URL and protocol from supportedInterfaces', () => {
    const [a] = parseFixture(a2aCardAdapter, 'a2a-card/agent-card-v10.json').assets;
    expect(a).toMatchObject({
      id: 'https://research.acme.example/a2a/v1',
      identifiers: ['https://research.acme.example/a2a/v1', 'https://research.acme.example/a2a/rest', 'Research Assistant'],
      tools: ['kb-search', 'summarize'],
      version: '2.0.0',
      attributes: { protocolVersions: ['1.0'], transports: ['HTTP+JSON', 'JSONRPC'], extendedAgentCard: false },
    });
  });

  it('several cards: a skill without id falls back to its name; a card without URL is keyed by name', () => {
    const assets = parseFixture(a2aCardAdapter, 'a2a-card/cards-array.json').assets;
    expect(assets.map((a) => [a.id, a.tools])).toEqual([
      ['https://support.acme.example/agent', ['answer-faq']],
      ['Unpublished Agent', []],
    ]);
  });

  it('an empty list of cards is complete and claims nothing', () => {
    expect(parseFixture(a2aCardAdapter, 'a2a-card/empty.undetectable.json')).toMatchObject({ complete: true, assets: [], claims: [] });
  });

  it('rejects skills with neither id nor name, cards without skills, and duplicates', () => {
    expect(() => parseFixture(a2aCardAdapter, 'a2a-card/bad-skill.json')).toThrow('document 1 skills[0]: a skill needs an id (or a name)');
    expect(() => a2aCardAdapter.parse(adapterInput('c.json', '{"name": "x"}'), {})).toThrow(/needs a skills list/);
    const twice = JSON.stringify([{ name: 'x', skills: [] }, { name: 'x', skills: [] }]);
    expect(() => a2aCardAdapter.parse(adapterInput('c.json', twice), {})).toThrow(/appears twice/);
  });
});
