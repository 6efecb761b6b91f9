/**
 * SageMaker `Invocations` traffic from CloudWatch → ModelEndpoint fragments carrying `traffic`
 * and `lastActivityAt`. Covers no kind: it enriches the endpoints of the `sagemaker` adapter.
 *
 * Conventions (documented for users):
 * - `get-metric-data`: each result's `Label` names the endpoint: `<EndpointName>` or
 *   `<EndpointName>/<VariantName>` (a space also separates, as Metrics Insights GROUP BY labels do).
 *   Set it with the dynamic label `${PROP('Dim.EndpointName')}`. A result with no Label falls back
 *   to its `Id` (Ids cannot hold `-`, so hyphenated names need the Label). The default Label
 *   `Invocations` names no endpoint and is an error. Queries must be `Invocations` with stat `Sum`.
 * - `get-metric-statistics` output does not name the endpoint: wrap it as
 *   `{"EndpointName": "...", "VariantName"?: "...", "StartTime"?: "...", "EndTime"?: "...", ...response}`.
 *   Datapoints must carry `Sum`; they may come in any order.
 * - Both accept optional `StartTime`/`EndTime` beside the response, which set the traffic window;
 *   without them the window spans the first to the last timestamp.
 * - count = sum of the values; lastAt = the latest timestamp whose value is > 0 (a period start,
 *   so precise to the period). No datapoints and all-zero values both mean no traffic in the window
 *   (count 0, lastAt null); `lastActivityAt` is then left unset, since activity before the window
 *   is unknown.
 * - collectedAt = the latest metric timestamp. StatusCode PartialData or a NextToken make the
 *   snapshot incomplete; InternalError/Forbidden results are dropped (their traffic is unknown).
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { isObject, latest, requireString, str, time, type JsonObject, type Where } from '../fields.js';
import { head, list, num, pagesOf } from './ml-shared.js';
import { completeness, jsonDocs, sourceOf } from './shared.js';

const NAME = 'cloudwatch';

interface EndpointTraffic {
  count: number;
  lastAt: string | null;
  /** Earliest and latest datapoint timestamps. */
  first: string | null;
  last: string | null;
  /** StartTime/EndTime written beside the response, when given. */
  start: string | null;
  end: string | null;
  variants: Set<string>;
  index: number;
  line: number;
}

/** Invocations per endpoint, summed over every result and datapoint of the file. */
class TrafficTally {
  readonly byEndpoint = new Map<string, EndpointTraffic>();
  collectedAt: string | null = null;

  entry(endpoint: string, line: number, variant?: string): EndpointTraffic {
    let t = this.byEndpoint.get(endpoint);
    if (!t) {
      t = { count: 0, lastAt: null, first: null, last: null, start: null, end: null, variants: new Set(), index: this.byEndpoint.size, line };
      this.byEndpoint.set(endpoint, t);
    }
    if (variant) t.variants.add(variant);
    return t;
  }

  point(t: EndpointTraffic, at: string | null, value: number): void {
    if (at === null) return;
    t.count += value;
    if (value > 0) t.lastAt = latest(t.lastAt, at);
    t.first = earliest(t.first, at);
    t.last = latest(t.last, at);
    this.collectedAt = latest(this.collectedAt, at);
  }

  window(t: EndpointTraffic, o: JsonObject, where: Where): void {
    t.start = earliest(t.start, time(o.StartTime, where, 'StartTime'));
    t.end = latest(t.end, time(o.EndTime, where, 'EndTime'));
  }
}

interface Notes {
  warnings: string[];
  incomplete: string[];
}

function readMetricData(o: JsonObject, where: Where, label0: string, tally: TrafficTally, notes: Notes): void {
  list(o.MetricDataResults, where, 'MetricDataResults').forEach((r, i) => {
    const rw: Where = { ...where, record: `${label0} MetricDataResults[${i}]` };
    if (!isObject(r)) throw new InputError(`${rw.record} is not an object`, rw);
    const label = str(r.Label)?.trim() || requireString(r, 'Id', rw);
    if (label === 'Invocations') {
      throw new InputError(
        `${rw.record}: Label "Invocations" does not name an endpoint; set each query's Label to the endpoint name, e.g. \${PROP('Dim.EndpointName')}`,
        rw,
      );
    }
    const status = str(r.StatusCode) ?? 'Complete';
    if (status === 'InternalError' || status === 'Forbidden') {
      notes.warnings.push(`${rw.record} (${label}): StatusCode ${status}; its traffic is unknown and was dropped`);
      notes.incomplete.push(`${label}: ${status}`);
      return;
    }
    if (status === 'PartialData') notes.incomplete.push(`${label}: PartialData (more datapoints behind NextToken)`);
    const { endpoint, variant } = splitLabel(label);
    const t = tally.entry(endpoint, where.line!, variant);
    tally.window(t, o, where);
    const stamps = list(r.Timestamps, rw, 'Timestamps');
    const values = list(r.Values, rw, 'Values');
    if (stamps.length !== values.length) {
      throw new InputError(`${rw.record}: ${stamps.length} Timestamps but ${values.length} Values`, rw);
    }
    stamps.forEach((ts, k) => tally.point(t, time(ts, rw, `Timestamps[${k}]`), num(values[k], rw, `Values[${k}]`) ?? 0));
  });
  if (str(o.NextToken)) notes.incomplete.push('get-metric-data returned a NextToken');
  list(o.Messages, where, 'Messages').forEach((m) => {
    if (isObject(m)) notes.warnings.push(`CloudWatch: ${str(m.Code) ?? ''} ${str(m.Value) ?? ''}`.trim());
  });
}

function readStatistics(o: JsonObject, where: Where, label0: string, tally: TrafficTally): void {
  const endpoint = str(o.EndpointName);
  if (!endpoint) {
    throw new InputError(
      `${label0}: get-metric-statistics output does not name its endpoint; wrap it as {"EndpointName": "<name>", ...response}`,
      where,
    );
  }
  const label = str(o.Label);
  if (label && label !== 'Invocations') throw new InputError(`${label0}: metric ${JSON.stringify(label)}; expected Invocations`, where);
  const t = tally.entry(endpoint, where.line!, str(o.VariantName));
  tally.window(t, o, where);
  list(o.Datapoints, where, 'Datapoints').forEach((dp, k) => {
    const dw: Where = { ...where, record: `${label0} Datapoints[${k}]` };
    if (!isObject(dp)) throw new InputError(`${dw.record} is not an object`, dw);
    const sum = num(dp.Sum, dw, 'Sum');
    if (sum === undefined) throw new InputError(`${dw.record}: no Sum; request --statistics Sum`, dw);
    tally.point(t, time(dp.Timestamp, dw, 'Timestamp'), sum);
  });
}

function isMetricData(v: unknown): v is JsonObject {
  return isObject(v) && Array.isArray(v.MetricDataResults);
}

function isMetricStatistics(v: unknown): v is JsonObject {
  return isObject(v) && Array.isArray(v.Datapoints);
}

function earliest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

/** `fraud-v2`, `fraud-v2/AllTraffic` or `fraud-v2 AllTraffic` → endpoint and variant. */
function splitLabel(label: string): { endpoint: string; variant?: string } {
  const parts = label.trim().split(/[/\s]+/);
  return parts.length > 1 ? { endpoint: parts[0], variant: parts[1] } : { endpoint: parts[0] };
}

export const cloudwatchAdapter: Adapter = {
  name: NAME,
  description:
    'SageMaker Invocations from CloudWatch: `aws cloudwatch get-metric-data` (Label = endpoint name) or `get-metric-statistics --statistics Sum` wrapped as {"EndpointName": …, …response}',
  markers: ['MetricDataResults[] with Label/Timestamps/Values', 'Datapoints[] with Sum (wrapped with EndpointName)'],

  sniff(input: AdapterInput): number {
    if (input.docs) {
      const v0 = input.docs[0]?.value;
      const v = Array.isArray(v0) ? v0[0] : v0;
      if (isMetricData(v)) return 0.95;
      if (isMetricStatistics(v)) return 0.9;
      return 0;
    }
    const h = head(input);
    return h.includes('"MetricDataResults"') || h.includes('"Datapoints"') ? 0.5 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const docs = jsonDocs(input, 'CloudWatch');
    const tally = new TrafficTally();
    const notes: Notes = { warnings: [], incomplete: [] };
    for (const page of pagesOf(docs)) {
      const where: Where = { file: input.file, line: page.line, record: page.label };
      if (isMetricData(page.value)) readMetricData(page.value, where, page.label, tally, notes);
      else if (isMetricStatistics(page.value)) readStatistics(page.value, where, page.label, tally);
      else throw new InputError(`${page.label}: not a CloudWatch get-metric-data or get-metric-statistics response`, where);
    }

    const assets: LiveAsset[] = [...tally.byEndpoint].map(([name, t]) => {
      const asset: LiveAsset = {
        kind: 'ModelEndpoint',
        id: name,
        identifiers: [name],
        name,
        traffic: {
          window: { start: t.start ?? t.first, end: t.end ?? t.last },
          count: t.count,
          lastAt: t.lastAt,
        },
        evidence: { file: input.file, index: t.index, line: t.line },
      };
      if (t.lastAt) asset.lastActivityAt = t.lastAt;
      if (t.variants.size) asset.attributes = { variants: [...t.variants].sort() };
      return asset;
    });
    const piece: SnapshotPiece = { source: sourceOf(NAME, options), ...completeness(notes.incomplete), covers: [], assets };
    if (tally.collectedAt) {
      piece.collectedAt = tally.collectedAt;
      piece.collectedAtFrom = 'data';
    }
    if (notes.warnings.length) piece.warnings = notes.warnings;
    return piece;
  },
};
