/**
 * AWS SageMaker endpoints → ModelEndpoint assets, from any mix of `list-endpoints`,
 * `describe-endpoint` and `describe-endpoint-config` responses in one file (concatenated, NDJSON
 * or in an array).
 *
 * Rules (documented for users):
 * - id = EndpointArn (the name when no ARN is known); identifiers = name, ARN.
 * - active = the endpoint can take requests: InService, and also Updating, SystemUpdating,
 *   RollingBack and UpdateRollbackFailed (AWS keeps serving the old or mixed configuration during
 *   those). OutOfService, Creating, Deleting and Failed are not serving.
 * - model = ModelName of the variant with the most weight (CurrentWeight from describe-endpoint,
 *   else the config's InitialVariantWeight; ties go to the first variant); every model name is in
 *   `attributes.models`. The join is describe-endpoint.EndpointConfigName → describe-endpoint-config.
 * - covers ModelEndpoint only when the file holds a list-endpoints response (the inventory);
 *   describe-only files enrich. Complete unless the last list-endpoints page has a NextToken.
 * - Timestamps: ISO-8601 (CLI v2) or epoch seconds (CLI v1).
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { AttributeValue, LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, requireString, str, time, type JsonObject, type Where } from '../fields.js';
import { arrayItemLines, head, list, num, pagesOf } from './ml-shared.js';
import { evidenceAt, jsonDocs, sourceOf } from './shared.js';

const NAME = 'sagemaker';

const SERVING = new Set(['InService', 'Updating', 'SystemUpdating', 'RollingBack', 'UpdateRollbackFailed']);
const KNOWN_STATUS = new Set([...SERVING, 'OutOfService', 'Creating', 'Deleting', 'Failed']);

type Shape = 'list' | 'endpoint' | 'config' | null;

function shapeOf(v: unknown): Shape {
  if (!isObject(v) || 'Datapoints' in v || 'MetricDataResults' in v) return null;
  if (Array.isArray(v.Endpoints)) return 'list';
  if (typeof v.EndpointName === 'string' && ('EndpointStatus' in v || 'EndpointArn' in v)) return 'endpoint';
  if (typeof v.EndpointConfigName === 'string' && Array.isArray(v.ProductionVariants)) return 'config';
  return null;
}

interface EndpointFacts {
  name: string;
  arn?: string;
  status?: string;
  createdAt?: string | null;
  modifiedAt?: string | null;
  configName?: string;
  failureReason?: string;
  /** VariantName → current weight, from describe-endpoint. */
  weights: Map<string, number>;
  evidence: { file: string; index: number; line?: number };
}

interface ConfigVariant {
  variant: string;
  model?: string;
  weight?: number;
}

function mergeEndpoint(all: Map<string, EndpointFacts>, e: JsonObject, where: Where, index: number): void {
  const name = requireString(e, 'EndpointName', where);
  let f = all.get(name);
  if (!f) {
    f = { name, weights: new Map(), evidence: evidenceAt(where.file, index, where.line) };
    all.set(name, f);
  }
  const arn = str(e.EndpointArn);
  if (arn) f.arn = arn;
  const status = str(e.EndpointStatus);
  if (status) {
    if (!KNOWN_STATUS.has(status)) throw new InputError(`${where.record}: unknown EndpointStatus ${JSON.stringify(status)}`, where);
    f.status = status;
  }
  if ('CreationTime' in e) f.createdAt = time(e.CreationTime, where, 'CreationTime');
  if ('LastModifiedTime' in e) f.modifiedAt = time(e.LastModifiedTime, where, 'LastModifiedTime');
  const config = str(e.EndpointConfigName);
  if (config) f.configName = config;
  const failure = str(e.FailureReason);
  if (failure) f.failureReason = failure;
  list(e.ProductionVariants, where, 'ProductionVariants').forEach((pv, i) => {
    if (!isObject(pv)) return;
    const variant = str(pv.VariantName);
    const weight = num(pv.CurrentWeight ?? pv.DesiredWeight, where, `ProductionVariants[${i}].CurrentWeight`);
    if (variant && weight !== undefined) f.weights.set(variant, weight);
  });
}

function readConfig(c: JsonObject, where: Where): ConfigVariant[] {
  return list(c.ProductionVariants, where, 'ProductionVariants').map((pv, i) => {
    const pw: Where = { ...where, record: `${where.record}.ProductionVariants[${i}]` };
    if (!isObject(pv)) throw new InputError(`${pw.record} is not an object`, pw);
    return {
      variant: requireString(pv, 'VariantName', pw),
      model: str(pv.ModelName),
      weight: num(pv.InitialVariantWeight, pw, 'InitialVariantWeight'),
    };
  });
}

function toAsset(f: EndpointFacts, configs: Map<string, ConfigVariant[]>, warnings: string[]): LiveAsset {
  const asset: LiveAsset = {
    kind: 'ModelEndpoint',
    id: f.arn ?? f.name,
    identifiers: f.arn ? [f.name, f.arn] : [f.name],
    name: f.name,
    evidence: f.evidence,
  };
  if (f.status) asset.active = SERVING.has(f.status);
  if (f.createdAt) asset.createdAt = f.createdAt;
  const attributes: Record<string, AttributeValue> = {};
  if (f.status) attributes.status = f.status;
  if (f.modifiedAt) attributes.lastModifiedAt = f.modifiedAt;
  if (f.failureReason) attributes.failureReason = f.failureReason;
  if (f.configName) {
    attributes.endpointConfig = f.configName;
    const variants = configs.get(f.configName);
    if (!variants) {
      warnings.push(`endpoint ${f.name} uses config ${f.configName}, which is not in the file: its model is unknown`);
    } else {
      let best: { model: string; weight: number } | undefined;
      for (const v of variants) {
        const weight = f.weights.get(v.variant) ?? v.weight ?? 1;
        if (v.model && (!best || weight > best.weight)) best = { model: v.model, weight };
      }
      if (best) asset.model = best.model;
      attributes.models = [...new Set(variants.map((v) => v.model).filter((m): m is string => !!m))];
      attributes.variants = variants.map((v) => v.variant);
    }
  }
  asset.attributes = attributes;
  return asset;
}

/** `arn:aws:sagemaker:REGION:ACCOUNT` when every endpoint ARN shares it: what the listing covered. */
function scopeFromArns(endpoints: EndpointFacts[]): string | undefined {
  const scopes = new Set(endpoints.map((e) => e.arn?.split(':').slice(0, 5).join(':')));
  const [only] = scopes;
  return scopes.size === 1 && only ? only : undefined;
}

export const sagemakerAdapter: Adapter = {
  name: NAME,
  description:
    'AWS SageMaker endpoints: `aws sagemaker list-endpoints`, `describe-endpoint --endpoint-name N`, `describe-endpoint-config --endpoint-config-name C` (alone or together)',
  markers: ['Endpoints[] with EndpointArn/EndpointStatus', 'EndpointName + EndpointStatus', 'EndpointConfigName + ProductionVariants'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return shapeOf(Array.isArray(v) ? v[0] : v) ? 0.9 : 0;
    }
    const h = head(input);
    return (h.includes('"Endpoints"') || h.includes('"EndpointConfigName"')) && !h.includes('"Datapoints"') ? 0.4 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'SageMaker');
    const listLines = arrayItemLines(input.text, 'Endpoints');
    const endpoints = new Map<string, EndpointFacts>();
    const configs = new Map<string, ConfigVariant[]>();
    let sawList = false;
    let token: string | undefined;
    let index = 0;
    const pages = pagesOf(docs);
    pages.forEach((page) => {
      const where: Where = { file: input.file, line: page.line, record: page.label };
      const shape = shapeOf(page.value);
      if (!shape) {
        throw new InputError(
          `${page.label}: not a SageMaker list-endpoints, describe-endpoint or describe-endpoint-config response`,
          where,
        );
      }
      const o = page.value as JsonObject;
      if (shape === 'list') {
        sawList = true;
        // Item lines exist for top-level list documents only: a document that is an array of pages has none.
        list(o.Endpoints, where, 'Endpoints').forEach((e, i) => {
          const ew: Where = { file: input.file, line: listLines[page.doc]?.[i] ?? page.line, record: `${page.label} Endpoints[${i}]` };
          if (!isObject(e)) throw new InputError(`${ew.record} is not an object`, ew);
          mergeEndpoint(endpoints, e, ew, index++);
        });
        token = str(o.NextToken) || undefined;
      } else if (shape === 'endpoint') {
        mergeEndpoint(endpoints, o, where, index++);
      } else {
        configs.set(requireString(o, 'EndpointConfigName', where), readConfig(o, where));
      }
    });
    const warnings: string[] = [];
    const facts = [...endpoints.values()];
    const assets = facts.map((f) => toAsset(f, configs, warnings));
    const used = new Set(facts.map((f) => f.configName));
    for (const c of configs.keys()) if (!used.has(c)) warnings.push(`endpoint config ${c} is used by no endpoint in the file`);

    const piece: SnapshotPiece = {
      source: sourceOf(NAME, options, scopeFromArns(facts)),
      complete: !token,
      covers: sawList ? ['ModelEndpoint'] : [],
      assets,
    };
    if (token) piece.incompleteReason = 'the last list-endpoints page has a NextToken: more endpoints exist';
    if (warnings.length) piece.warnings = warnings;
    return piece;
  },
};
