/**
 * Stage `reconcile`: the product's whole path over the generated repository, as the CLI runs it —
 * load the records, CODEOWNERS and config, stream and convert every source, reconcile, render the
 * JSON report and write it to a file. Reports the wall time of that path and the findings by type.
 * The caller reads the process's peak RSS. Large repositories load their records in a worker
 * thread, as in the shells (bench/main.ts is the worker's bundle too).
 */
import { runPipelineAsync, type Progress } from '../../src/pipeline.js';
import { jsonReportPieces } from '../../src/report/json.js';
import { FsTextSource } from '../../src/util/reader.js';
import { writePieces } from '../../src/util/write-pieces.js';
import { NOW_MS } from '../generate/world.js';

export interface ReconcileStageResult {
  seconds: number;
  records: number;
  assets: number;
  findings: number;
  byType: Record<string, number>;
  failedSources: string[];
  blocking: string[];
  reportBytes: number;
  /** Where the seconds went: records and sources loaded, reconciled, report written. */
  phases: { load: number; reconcile: number; report: number };
  /** CPU seconds of the whole process (every thread) over the same path: user and system. */
  cpu: { user: number; system: number };
}

export async function reconcileStage(root: string, reportPath: string): Promise<ReconcileStageResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const at: Partial<Record<'sources' | 'reconciled', number>> = {};
  const onProgress = (p: Progress) => {
    if (p.stage !== 'records') at[p.stage] = performance.now();
  };
  const run = await runPipelineAsync(new FsTextSource(root), { now: NOW_MS, env: {}, onProgress });
  const reconciled = performance.now();
  // Written piece by piece, as the CLI's --out and the action write it.
  const reportBytes = run.result ? await writePieces(reportPath, jsonReportPieces(run.result)) : 0;
  const end = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const seconds = (end - t0) / 1000;
  const loaded = at.sources ?? reconciled;
  const phases = { load: (loaded - t0) / 1000, reconcile: ((at.reconciled ?? reconciled) - loaded) / 1000, report: (end - (at.reconciled ?? reconciled)) / 1000 };
  const byType: Record<string, number> = {};
  for (const f of run.result?.findings ?? []) byType[f.type] = (byType[f.type] ?? 0) + 1;
  return {
    seconds,
    records: run.repo.records.length,
    assets: run.result?.counts.assets ?? 0,
    findings: run.result?.findings.length ?? 0,
    byType,
    failedSources: (run.result?.sources ?? []).filter((s) => s.status !== 'fresh').map((s) => `${s.source.name ?? s.source.type}: ${s.status} ${s.detail ?? ''}`),
    blocking: run.blocking.slice(0, 5).map((d) => `${d.file}:${d.line}: ${d.message}`),
    reportBytes,
    phases,
    cpu: { user: cpu.user / 1e6, system: cpu.system / 1e6 },
  };
}
