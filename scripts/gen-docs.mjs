// Regenerates the docs derived from the code, so they can be committed and checked:
//   docs/finding-types.md             from the finding-type catalog and the standards tables
//   docs/configuration.md             from schema/config.schema.json and schema/manifest.schema.json
//   docs/export-formats.md            from the discovery adapters and their notes
// Runs on Node 20 with no TypeScript loader: the doc renderers (TypeScript) are bundled in memory
// with esbuild, already a dev dependency, into a temporary module that is imported and removed.
//
//   node scripts/gen-docs.mjs           write the files
//   node scripts/gen-docs.mjs --check   write nothing; exit 1 and list the files that are out of date
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

/** Bundles the doc renderers and returns their output: docs-relative path → Markdown. */
async function renderDocs() {
  const result = await build({
    entryPoints: [join(ROOT, 'src/init/docs/generate.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'blindspot-gen-docs-'));
  try {
    const file = join(dir, 'generate.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    const mod = await import(pathToFileURL(file).href);
    return mod.generatedDocs();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const wanted = new Map();
for (const [name, text] of Object.entries(await renderDocs())) wanted.set(`docs/${name}`, text);

const stale = [];
for (const [path, text] of wanted) {
  const abs = join(ROOT, path);
  const current = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
  if (current === text) continue;
  stale.push(path);
  if (!check) writeFileSync(abs, text);
}
if (check) {
  if (stale.length > 0) {
    console.error(`out of date (run node scripts/gen-docs.mjs):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
} else {
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'nothing to update');
}
