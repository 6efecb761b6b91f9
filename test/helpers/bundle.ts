/**
 * Bundles TypeScript sources into one ESM file for Node 20+, with the same format, target and
 * `require` banner as scripts/build.mjs, so a test can run code exactly as the shipped bundle does.
 */
import { build, type BuildOptions } from 'esbuild';

const REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/** `entry` is either a source file or inline source resolved from `resolveDir`. */
export async function bundleForTest(entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>, outfile: string): Promise<string> {
  await build({
    ...entry,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: REQUIRE_BANNER },
  });
  return outfile;
}
