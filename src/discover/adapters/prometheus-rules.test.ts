import { describe, expect, it } from 'vitest';
import { adapterInput } from '../detect.js';
import { loadInput, parseFixture } from './ml-testing.js';
import { prometheusRulesAdapter } from './prometheus-rules.js';

describe('prometheus-rules', () => {
  it('rule file: Monitor per alert, id <group>/<alert>, references = expr + label values; recording rules skipped', () => {
    const piece = parseFixture(prometheusRulesAdapter, 'prometheus-rules/rules.yml');
    expect(piece).toMatchObject({ source: { type: 'prometheus-rules' }, complete: true, covers: ['Monitor'] });
    expect(piece.assets.map((a) => a.id)).toEqual([
      'ml-serving/FraudEndpointErrorRate',
      'ml-serving/FraudEndpointErrorRate#2',
      'ml-serving/VertexPredictionLatencyHigh',
      'credentials/TrainingKeyUsedFromNewRegion',
    ]);
    const [warn, crit] = piece.assets;
    expect(warn).toMatchObject({
      kind: 'Monitor',
      identifiers: ['FraudEndpointErrorRate', 'ml-serving/FraudEndpointErrorRate'],
      name: 'FraudEndpointErrorRate',
      active: true,
      evidence: { file: 'prometheus-rules/rules.yml', index: 0, line: 8 },
      attributes: {
        system: 'prometheus',
        group: 'ml-serving',
        for: '10m',
        severity: 'warning',
        labels: ['endpoint=fraud-v2', 'severity=warning', 'team=ml-platform'], // group labels merged
      },
    });
    expect(warn.attributes?.references).toEqual([warn.attributes?.expr, 'ml-platform', 'warning', 'fraud-v2']);
    expect(String(warn.attributes?.expr)).toContain('endpoint_name="fraud-v2"');
    expect(crit).toMatchObject({ evidence: { line: 18 }, attributes: { severity: 'critical' } });
    // The evidence index is the rule's position in the file, the recording rule (third) counted.
    expect(piece.assets.map((a) => [a.evidence?.index, a.evidence?.line])).toEqual([[0, 8], [1, 18], [3, 28], [4, 34]]);
  });

  it('kubectl List of PrometheusRule objects: ids are namespaced', () => {
    const piece = parseFixture(prometheusRulesAdapter, 'prometheus-rules/prometheusrule-list.yaml');
    expect(piece.assets.map((a) => a.id)).toEqual([
      'monitoring/ml-agents/agents/ClaimsTriageAgentDown',
      'ml/ml-serving/agents/ClaimsTriageAgentDown',
    ]);
    expect(piece.assets[0].evidence?.line).toBe(17);
  });

  it('several YAML documents, a PrometheusRule and a plain rule file', () => {
    const piece = parseFixture(prometheusRulesAdapter, 'prometheus-rules/prometheusrule.yaml');
    expect(piece.assets.map((a) => a.id)).toEqual(['ml/recsys/recsys.rules/RecsCanaryNoTraffic', 'extra/ChurnBatchStale']);
  });

  it('reads the same rules written as JSON', () => {
    const json = JSON.stringify({ groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', labels: { endpoint: 'x' } }] }] });
    const input = adapterInput('rules.json', json);
    expect(prometheusRulesAdapter.sniff(input)).toBeGreaterThan(0);
    expect(prometheusRulesAdapter.parse(input, {}).assets[0]).toMatchObject({ id: 'g/A', attributes: { references: ['up == 0', 'x'] } });
  });

  it('an empty group list is a complete, empty snapshot; so is an empty file', () => {
    expect(parseFixture(prometheusRulesAdapter, 'prometheus-rules/empty.yml')).toMatchObject({ complete: true, assets: [] });
    expect(prometheusRulesAdapter.parse(adapterInput('e.yml', ''), {}).assets).toEqual([]);
  });

  it('YAML and rule errors carry the line', () => {
    expect(() => parseFixture(prometheusRulesAdapter, 'prometheus-rules/bad-yaml.yml')).toThrow(
      expect.objectContaining({ file: 'prometheus-rules/bad-yaml.yml', line: 6, message: expect.stringMatching(/^invalid YAML: /) }),
    );
    expect(() => parseFixture(prometheusRulesAdapter, 'prometheus-rules/bad-rule.yml')).toThrow(
      expect.objectContaining({ line: 6, message: 'group ml-serving rules[1]: missing expr' }),
    );
    expect(() => prometheusRulesAdapter.parse(adapterInput('x.yml', 'scrape_configs: []'), {})).toThrow(/not a Prometheus rule file/);
    expect(loadInput('prometheus-rules/rules.yml').docs).toBeNull();
  });
});
