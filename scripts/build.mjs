// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into single ESM files.
// Deterministic: no timestamps, no absolute paths, sorted metafile-free output.
import { build } from 'esbuild';
import { chmodSync, mkdtempSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { generate } from './gen-templates.mjs';

// CommonJS dependencies inside an ESM bundle call require() for Node built-ins.
const banner = {
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

// Templates are embedded as a generated module; regenerate so the bundle cannot go stale.
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/templates.ts', generate());

// Build into a fresh folder and swap it in only when every bundle succeeded, so a failed build
// never leaves dist/ empty.
const out = mkdtempSync('dist.tmp-');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  // Name modules by the path they are reached through, not their real path, so a checkout whose
  // node_modules is a symlink (a git worktree, a shared cache) builds byte-identical output.
  preserveSymlinks: true,
  // Keep the bundle diff-able and stack traces readable.
  minify: false,
  sourcemap: false,
};

try {
  await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: `${out}/index.js` });
  await build({
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: `${out}/cli.js`,
    banner: { js: '#!/usr/bin/env node\n' + banner.js },
  });
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  throw err;
}
chmodSync(`${out}/cli.js`, 0o755);
rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
