/**
 * The bench's child-process entry (bundled by bench/run.mjs): `node main.mjs <stage> <json args>`
 * runs one stage and prints its result as the last line of standard output, with the process's
 * peak RSS, so every stage is measured in a process of its own.
 */
import { join } from 'node:path';
import { apiStage } from './stages/api.js';
import { codeownersStage } from './stages/codeowners.js';
import { floorStage } from './stages/floor.js';
import { generateStage } from './stages/generate.js';
import { reconcileStage } from './stages/reconcile.js';
import type { RepoSizes } from './generate/repo.js';
import { isRecordWorker, serveRecordWorker, useRecordWorker } from '../src/parallel/record-worker.js';

interface StageArgs {
  work: string;
  repoRoot: string;
  seed: number;
  sizes: RepoSizes;
  jsonlFiles: string[];
  trackedIssues: number;
}

async function main(): Promise<void> {
  const [stage, raw] = process.argv.slice(2);
  const args = JSON.parse(raw ?? '{}') as StageArgs;
  const root = join(args.work, 'repo');
  let result: unknown;
  switch (stage) {
    case 'generate':
      result = generateStage(args.work, args.seed, args.sizes);
      break;
    case 'floor':
      result = floorStage(root, args.jsonlFiles);
      break;
    case 'reconcile':
      result = await reconcileStage(root, join(args.work, 'report.json'));
      break;
    case 'codeowners':
      result = codeownersStage(root, args.work);
      break;
    case 'api':
      result = await apiStage(args.work, args.repoRoot, args.seed + 1, args.trackedIssues);
      break;
    default:
      throw new Error(`bench: unknown stage ${stage}`);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\nRESULT ${JSON.stringify({ ...(result as object), peakRssMb })}\n`);
}

// As in the shells (src/cli/index.ts): this bundle is also the worker that loads a large repository's records.
if (isRecordWorker()) serveRecordWorker();
else {
  useRecordWorker(new URL(import.meta.url));
  main().catch((err: unknown) => {
    process.stderr.write(`bench stage failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  });
}
