/**
 * Drift between what was approved and what is live: permissions and data access
 * (permission-drift), agent tools, MCP servers and data sources (toolset-drift), the model an
 * endpoint serves (version-drift), and approvals past their expiry (approval-expired).
 */
import type { EvidenceFact } from '../../model/finding.js';
import type { RecordState, RuleContext } from '../context.js';
import { issueOnly, type Draft } from '../findings.js';
import { day, fieldRef, list } from '../format.js';

/** Grants that make a drift critical rather than high. */
const ADMIN = /(^|[/:])(cluster-admin|admin|administratoraccess|owner|roles\/owner|roles\/editor|\*)($|@)|:admin$/i;

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/** Live values not in the approved list, each with the source that shows it. */
function extra(live: Map<string, string>, approved: readonly string[] | undefined): Array<[string, string]> {
  // Most views hold none of a kind (tools, data sources): nothing to compare.
  if (live.size === 0) return [];
  const ok = new Set((approved ?? []).map(norm));
  return [...live].filter(([v]) => !ok.has(norm(v))).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function missing(live: Map<string, string>, approved: readonly string[] | undefined): string[] {
  const have = new Set([...live.keys()].map(norm));
  return (approved ?? []).filter((v) => !have.has(norm(v))).sort();
}

function approvalRef(s: RecordState): string {
  const r = s.record;
  return fieldRef(r, 'spec.approval');
}

function isLive(s: RecordState): boolean {
  return s.view.active?.value === true && (s.record.lifecycle === 'active' || s.record.lifecycle === 'deprecated' || s.record.lifecycle === 'proposed');
}

export function permissionDrift(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const r = s.record;
    const a = r.approval;
    if (!a || r.kind === 'Agent' || s.view.assets.length === 0) continue;
    const facts: EvidenceFact[] = [];
    const extraPerms = a.permissions ? extra(s.view.permissions, a.permissions) : [];
    for (const [p, src] of extraPerms) facts.push({ fact: `live permission \`${p}\` is not in the approval`, source: src, at: null });
    const extraData = a.dataSources ? extra(s.view.dataSources, a.dataSources) : [];
    for (const [d, src] of extraData) facts.push({ fact: `live data access \`${d}\` is not in the approval`, source: src, at: null });
    if (facts.length === 0) continue;
    const admin = extraPerms.some(([p]) => ADMIN.test(p));
    facts.unshift({ fact: `approved permissions: ${a.permissions?.length ? list(a.permissions) : 'none'}${a.ref ? ` (${a.ref})` : ''}`, source: approvalRef(s), at: null });
    out.push({
      type: 'permission-drift',
      record: r,
      asset: s.view.inventory[0] ?? s.view.assets[0],
      assetKey: '',
      title: `${r.kind} ${r.name} holds ${extraPerms.length + extraData.length} grant${extraPerms.length + extraData.length === 1 ? '' : 's'} beyond its approval${admin ? ', including admin' : ''}`,
      evidence: facts,
      severity: admin ? { level: 'critical', rule: 'admin-grant' } : undefined,
      remediation: issueOnly(`Remove the extra grants (${extraPerms.concat(extraData).map(([p]) => `\`${p}\``).join(', ')}), or extend the approval through a reviewed PR.`),
    });
  }
  return out;
}

export function toolsetDrift(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.statesOfKind('Agent')) {
    const r = s.record;
    if (s.view.assets.length === 0) continue;
    const a = r.approval;
    const v = s.view;
    const facts: EvidenceFact[] = [];
    let broader = 0;
    const compare = (label: string, live: Map<string, string>, approved: readonly string[] | undefined, complete: boolean) => {
      if (!approved) return;
      for (const [x, src] of extra(live, approved)) {
        facts.push({ fact: `live ${label} \`${x}\` is not approved`, source: src, at: null });
        broader++;
      }
      if (complete && live.size > 0) for (const x of missing(live, approved)) facts.push({ fact: `approved ${label} \`${x}\` is not live`, source: approvalRef(s), at: null });
    };
    // An MCP agent's tools are known only for servers with a tools/list export: an approved tool
    // missing from a partial list proves nothing.
    // (Only asked when it matters: approved tools and a live list to compare.)
    const toolsComplete = () => [...v.mcpServers.keys()].every((srv) => v.assets.some((x) => x.asset.id === `mcp:${srv}`));
    compare('MCP server', v.mcpServers, a?.mcpServers, true);
    compare('tool', v.tools, a?.tools, a?.tools !== undefined && v.tools.size > 0 && toolsComplete());
    compare('data source', v.dataSources, a?.dataSources, true);
    const expected = r.expected?.toolsetVersion;
    if (expected && v.version && norm(v.version.value) !== norm(expected)) {
      facts.push({ fact: `live toolset version \`${v.version.value}\`, approved \`${expected}\``, source: v.version.source, at: v.version.at });
    }
    if (facts.length === 0) continue;
    facts.unshift({ fact: `approval${a?.ref ? ` ${a.ref}` : ''}${a?.approvedAt ? ` (${day(a.approvedAt)})` : ''}: MCP servers ${list(a?.mcpServers ?? [])}, tools ${list(a?.tools ?? [])}, data ${list(a?.dataSources ?? [])}`, source: approvalRef(s), at: null });
    out.push({
      type: 'toolset-drift',
      record: r,
      asset: v.inventory[0] ?? v.assets[0],
      assetKey: '',
      title: broader > 0 ? `Agent ${r.name} runs ${broader} tool${broader === 1 ? '' : 's'} or data source${broader === 1 ? '' : 's'} its approval does not cover` : `Agent ${r.name} does not run the approved toolset`,
      evidence: facts,
      severity: broader > 0 ? undefined : { level: 'medium', rule: 'narrower-than-approved' },
      remediation: issueOnly('Deploy the approved toolset (remove the unapproved MCP servers, tools and data sources), or get the broader toolset approved through a reviewed PR.'),
    });
  }
  return out;
}

export function versionDrift(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.statesOfKind('ModelEndpoint')) {
    const r = s.record;
    if (!r.expected || !isLive(s)) continue;
    const v = s.view;
    const facts: EvidenceFact[] = [];
    if (r.expected.model && v.model && norm(v.model.value) !== norm(r.expected.model)) {
      facts.push({ fact: `serves model \`${v.model.value}\`, approved \`${r.expected.model}\``, source: v.model.source, at: v.model.at });
    }
    if (r.expected.modelVersion && v.version && norm(v.version.value) !== norm(r.expected.modelVersion)) {
      facts.push({ fact: `serves version \`${v.version.value}\`, approved \`${r.expected.modelVersion}\``, source: v.version.source, at: v.version.at });
    }
    if (facts.length === 0) continue;
    out.push({
      type: 'version-drift',
      record: r,
      asset: v.inventory[0],
      assetKey: '',
      title: `Endpoint ${r.name} serves a model other than the approved one`,
      evidence: facts,
      remediation: issueOnly('Deploy the approved model version, or update `spec.expected` through a reviewed PR once the live version is approved.'),
    });
  }
  return out;
}

export function approvalExpired(ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  for (const s of ctx.states) {
    const r = s.record;
    const exp = r.approval?.expiresAt;
    if (!exp || Date.parse(exp) >= ctx.now || !isLive(s)) continue;
    out.push({
      type: 'approval-expired',
      record: r,
      asset: s.view.inventory[0],
      assetKey: '',
      title: `${r.kind} ${r.name} is live on an approval that expired ${day(exp)}`,
      evidence: [
        { fact: `approval${r.approval?.ref ? ` ${r.approval.ref}` : ''} expired ${day(exp)}`, source: approvalRef(s), at: null },
        { fact: 'the live asset is enabled', source: s.view.active!.source, at: s.view.active!.at },
      ],
      remediation: issueOnly('Renew the approval (update `spec.approval` through a reviewed PR), or retire the asset.'),
    });
  }
  return out;
}
