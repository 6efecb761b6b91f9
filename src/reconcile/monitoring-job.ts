/**
 * Monitoring evidence as a job another thread can run. A record's monitoring outcome depends on
 * the record, the policy, the clock, the sources and the run's monitors (`MonitoringInputs`), not
 * on matching or views; so a shell with a second core (the worker that loaded the records, which
 * still holds them) works the outcomes out there while this thread matches and merges views.
 *
 * A job is plain data that survives JSON (it crosses threads as a string): sources without their
 * assets, monitors with their source's position. Running it calls the same `monitoringOutcome` as
 * reconciling on one thread, so both give the same outcomes (the worker test compares whole runs).
 */
import type { Config } from '../model/config.js';
import type { SourceHealth } from '../model/result.js';
import type { LiveAsset, Snapshot } from '../model/snapshot.js';
import { wrap } from './match.js';
import { monitoringOutcome, type MonitoredRecord, type MonitoringInputs, type MonitoringOutcome } from './rules/monitoring.js';
import type { JudgedSource } from './sources.js';

export interface MonitoringJob {
  now: number;
  policy: MonitoringInputs['config']['policy'];
  /** The run's sources in order, without their assets or compiled claims. */
  sources: Array<{ snapshot: Omit<Snapshot, 'assets' | 'streamedEvidence'>; health: SourceHealth; trusted: boolean; label: string; rank?: number }>;
  /** The run's monitors, in matching order (source by source, in export order). */
  monitors: Array<{ asset: LiveAsset; source: number }>;
}

/** Works out monitoring outcomes elsewhere; see `ReconcileInput.offload`. */
export interface Offload {
  /**
   * Starts `job`; the function it returns waits for the outcomes, one per record position of the
   * run, or gives null when they could not be had (then they are worked out here).
   */
  monitoring(job: MonitoringJob): () => MonitoringOutcome[] | null;
}

/** The job for a run's judged sources: the monitors are every `Monitor` asset, as matching files them. */
export function monitoringJob(sources: readonly JudgedSource[], config: Pick<Config, 'policy'>, now: number): MonitoringJob {
  const monitors: MonitoringJob['monitors'] = [];
  sources.forEach((j, source) => {
    const assets = j.snapshot.assets;
    for (let i = 0; i < assets.length; i++) if (assets[i].kind === 'Monitor') monitors.push({ asset: assets[i], source });
  });
  const { monitoringRequiredFor, monitoringMaxAgeDays } = config.policy;
  return {
    now,
    policy: { monitoringRequiredFor, monitoringMaxAgeDays },
    sources: sources.map((j) => {
      const { assets: _omitted, streamedEvidence: _lines, ...snapshot } = j.snapshot;
      return { snapshot, health: j.health, trusted: j.trusted, label: j.label, ...(j.rank === undefined ? {} : { rank: j.rank }) };
    }),
    monitors,
  };
}

/** Every record's monitoring outcome, by position, from a job (on whichever thread holds the records). */
export function runMonitoringJob(records: readonly MonitoredRecord[], job: MonitoringJob): MonitoringOutcome[] {
  const sources: JudgedSource[] = job.sources.map((j) => ({ ...j, snapshot: { ...j.snapshot, assets: [] }, claims: [] }));
  const inputs: MonitoringInputs = { config: { policy: job.policy }, now: job.now, sources, monitors: job.monitors.map((m) => wrap(m.asset, sources[m.source])) };
  return records.map((r) => monitoringOutcome(r, inputs));
}
