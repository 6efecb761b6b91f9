/**
 * Turns proposal intents into file contents against the base branch: the retire edit on the
 * manifest text, the CODEOWNERS edit (recomputing every tracked file's owner), the new manifest.
 * Pure apart from the two readers it is given.
 */
import { assignOwners, CODEOWNERS_LOCATIONS, parseCodeowners } from '../codeowners/index.js';
import type { ProposalIntent } from '../plan/operations.js';
import { retireRecord } from '../plan/yaml-edit.js';
import { InputError } from '../util/errors.js';

export interface BaseReader {
  readFile(path: string): Promise<string | null>;
  listFiles(): Promise<string[]>;
}

export interface FileChange {
  path: string;
  content: string;
}

export async function materialize(intents: readonly ProposalIntent[], base: BaseReader): Promise<FileChange[]> {
  const files = new Map<string, string>();
  const read = async (path: string) => files.get(path) ?? (await base.readFile(path));
  for (const i of intents) {
    if (i.kind === 'retire') {
      const text = await read(i.file);
      if (text === null) throw new InputError('the manifest is not on the base branch any more', { file: i.file });
      files.set(i.file, retireRecord(text, i.documentIndex, i.retiredAt, i.file).text);
    } else if (i.kind === 'adopt') {
      if ((await read(i.file)) !== null) throw new InputError('a file already exists where the adopted record would go', { file: i.file });
      files.set(i.file, i.manifest);
    } else {
      let path: string = CODEOWNERS_LOCATIONS[0];
      let text: string | null = null;
      for (const loc of CODEOWNERS_LOCATIONS) {
        const t = await read(loc);
        if (t !== null) {
          path = loc;
          text = t;
          break;
        }
      }
      const tracked = await base.listFiles();
      const parsed = parseCodeowners(text ?? '', path);
      files.set(path, assignOwners(parsed, i.file, i.owners, tracked.includes(path) ? tracked : [...tracked, path]).text);
    }
  }
  return [...files].map(([path, content]) => ({ path, content }));
}
