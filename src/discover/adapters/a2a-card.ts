/**
 * A2A AgentCards (v0.3 and v1.0, as served at `/.well-known/agent-card.json` or the older
 * `/.well-known/agent.json`) → Agent assets. One card, or several in an array / concatenated.
 *
 * Rules (documented for users):
 * - id = the card's primary URL (v0.3 `url`; v1.0 the first `supportedInterfaces[].url`), else
 *   `name`. identifiers = every interface URL (`url`, `additionalInterfaces[].url`,
 *   `supportedInterfaces[].url`) and `name`.
 * - tools = `skills[].id` (a skill without id falls back to its name). version = card `version`.
 *   ownerHints = `provider.organization`.
 * - `active` is not set: a card on disk does not prove the agent is up. Covers Agent, but claims
 *   only the cards' own identifiers: a card says nothing about other agents.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { bool, ids, isObject, requireString, sortedUnique, str, type JsonObject, type Where } from '../fields.js';
import { list, literalClaim, objField, pagesOf } from './ml-shared.js';
import { evidenceAt, jsonDocs, sourceOf } from './shared.js';

const NAME = 'a2a-card';

function isCard(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.name === 'string' &&
    Array.isArray(v.skills) &&
    ('protocolVersion' in v || 'supportedInterfaces' in v || 'url' in v || 'capabilities' in v || 'defaultInputModes' in v)
  );
}

function toAsset(card: JsonObject, where: Where, index: number): LiveAsset {
  const name = requireString(card, 'name', where);
  const interfaces = list(card.supportedInterfaces, where, 'supportedInterfaces').filter(isObject);
  const additional = list(card.additionalInterfaces, where, 'additionalInterfaces').filter(isObject);
  const urls = ids(str(card.url), ...interfaces.map((i) => str(i.url)), ...additional.map((i) => str(i.url)));
  const primary = str(card.url) ?? urls[0];

  const tools = list(card.skills, where, 'skills').map((s, i) => {
    const sw: Where = { ...where, record: `${where.record} skills[${i}]` };
    if (!isObject(s)) throw new InputError(`${sw.record} is not an object`, sw);
    const id = str(s.id) || str(s.name);
    if (!id) throw new InputError(`${sw.record}: a skill needs an id (or a name)`, sw);
    return id;
  });

  const provider = objField(card.provider, where, 'provider');
  const capabilities = objField(card.capabilities, where, 'capabilities');
  const schemes = objField(card.securitySchemes, where, 'securitySchemes');
  const attributes: Record<string, AttributeValue> = {
    protocolVersions: sortedUnique([str(card.protocolVersion), ...interfaces.map((i) => str(i.protocolVersion))]),
    transports: sortedUnique([
      str(card.preferredTransport),
      ...additional.map((i) => str(i.transport)),
      ...interfaces.map((i) => str(i.protocolBinding) ?? str(i.transport)),
    ]),
    securitySchemes: schemes ? Object.keys(schemes).sort() : [],
    skillNames: list(card.skills, where, 'skills').filter(isObject).map((s) => str(s.name) ?? ''),
  };
  if (capabilities) {
    for (const k of ['streaming', 'pushNotifications', 'extendedAgentCard']) {
      const b = bool(capabilities[k]);
      if (b !== undefined) attributes[k] = b;
    }
  }
  const extended = bool(card.supportsAuthenticatedExtendedCard);
  if (extended !== undefined && attributes.extendedAgentCard === undefined) attributes.extendedAgentCard = extended;
  const providerUrl = str(provider?.url);
  if (providerUrl) attributes.providerUrl = providerUrl;
  const docs = str(card.documentationUrl);
  if (docs) attributes.documentationUrl = docs;

  const asset: LiveAsset = {
    kind: 'Agent',
    id: primary ?? name,
    identifiers: ids(...urls, name),
    name,
    tools: [...new Set(tools)].sort(),
    evidence: evidenceAt(where.file, index, where.line),
    attributes,
  };
  const version = str(card.version);
  if (version) asset.version = version;
  const org = str(provider?.organization);
  if (org) asset.ownerHints = [org];
  return asset;
}

export const a2aCardAdapter: Adapter = {
  name: NAME,
  description: 'A2A AgentCard (v0.3 or v1.0) as served at /.well-known/agent-card.json (e.g. `curl -s https://host/.well-known/agent-card.json`)',
  markers: ['object with name, skills[] and protocolVersion / url / supportedInterfaces / capabilities'],

  sniff(input: AdapterInput): number {
    if (!input.docs) return 0;
    const v = input.docs[0]?.value;
    return isCard(Array.isArray(v) ? v[0] : v) ? 0.9 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'A2A AgentCard');
    const assets: LiveAsset[] = [];
    const seen = new Set<string>();
    for (const page of pagesOf(docs)) {
      const where: Where = { file: input.file, line: page.line, record: page.label };
      if (!isObject(page.value)) throw new InputError(`${page.label}: expected an AgentCard object`, where);
      if (!Array.isArray(page.value.skills)) throw new InputError(`${page.label}: an AgentCard needs a skills list`, where);
      const asset = toAsset(page.value, where, assets.length);
      if (seen.has(asset.id)) throw new InputError(`${page.label}: card ${asset.id} appears twice`, where);
      seen.add(asset.id);
      assets.push(asset);
    }
    return {
      source: sourceOf(NAME, options),
      complete: true,
      covers: ['Agent'],
      claims: sortedUnique(assets.flatMap((a) => a.identifiers)).map(literalClaim),
      assets,
    };
  },
};
