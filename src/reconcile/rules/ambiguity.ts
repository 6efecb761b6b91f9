/** ambiguous-match: blindspot refuses to guess which record a live asset belongs to. */
import type { RuleContext } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { list } from '../format.js';

export function ambiguousMatch(ctx: RuleContext): Draft[] {
  return ctx.ambiguities.map((m) => {
    const keys = m.records.map((r) => r.key).sort();
    if (m.direction === 'asset') {
      return {
        type: 'ambiguous-match' as const,
        asset: m.asset,
        assetKey: `${m.asset.asset.kind}:${m.asset.asset.id}|${keys.join(',')}`,
        title: `Live ${m.asset.asset.kind} ${m.asset.asset.name ?? m.asset.asset.id} matches ${keys.length} records`,
        evidence: [
          { fact: `live identifiers ${list(m.asset.asset.identifiers)}`, source: m.asset.source.label, at: m.asset.source.snapshot.collectedAt },
          ...m.records.map((r) => ({ fact: `claimed by ${r.key}`, source: `${r.location.file}:${r.location.line}`, at: null })),
        ],
        remediation: issueOnly('Make exactly one record claim this asset: remove the shared identifier from the others.'),
      };
    }
    const r = m.records[0];
    const all = [m.asset, ...(m.others ?? [])];
    return {
      type: 'ambiguous-match' as const,
      record: r,
      asset: m.asset,
      assetKey: `identifier:${m.identifier}`,
      title: `${r.kind} ${r.name}: identifier \`${m.identifier}\` matches ${all.length} live assets in ${m.asset.source.snapshot.source.type}`,
      evidence: all.map((a) => ({ fact: `matches live \`${a.asset.id}\``, source: a.source.label, at: a.source.snapshot.collectedAt })),
      remediation: issueOnly('Use an identifier that names exactly one live asset (a full ARN, email or namespace/name).'),
    };
  });
}
