// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into single ESM files.
// Deterministic: no timestamps, no absolute paths, sorted metafile-free output.
import { build } from 'esbuild';
import { chmodSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { generate } from './gen-templates.mjs';

// CommonJS dependencies inside an ESM bundle call require() for Node built-ins.
const banner = {
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

// Templates are embedded as a generated module; regenerate so the bundle cannot go stale.
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/templates.ts', generate());

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  // Keep the bundle diff-able and stack traces readable.
  minify: false,
  sourcemap: false,
};

await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
});
chmodSync('dist/cli.js', 0o755);
