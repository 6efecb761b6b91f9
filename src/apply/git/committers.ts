/**
 * Who last changed a file, as GitHub logins: the candidates an owner-assignment PR may propose
 * when neither the manifest nor the live asset names an owner. Only noreply emails carry a login;
 * bots are skipped. Read-only and synchronous (a handful of files per run).
 */
import { gitOutput, shallowBoundary } from '../../util/git.js';
import { GITHUB_ACTIONS_BOT, isBotPerson, loginFromNoreplyEmail } from './commits.js';

const SEPARATOR = '\u001f';

export function committersReader(root: string, limit = 20): (paths: readonly string[]) => Record<string, string[]> {
  return (paths) => {
    const out: Record<string, string[]> = {};
    // A shallow clone's edge commit claims every file: its author changed none of them for sure.
    const boundary = paths.length ? shallowBoundary(root) : new Set<string>();
    for (const path of paths) {
      let log = '';
      try {
        log = gitOutput(root, ['log', `-n${limit}`, `--format=%H${SEPARATOR}%an${SEPARATOR}%ae`, '--', path]);
      } catch {
        continue; // not a git checkout, or no history: no candidates
      }
      const logins: string[] = [];
      for (const line of log.split('\n')) {
        const [hash = '', name = '', email = ''] = line.split(SEPARATOR);
        if (boundary.has(hash)) continue;
        if (isBotPerson({ name, email }, GITHUB_ACTIONS_BOT)) continue;
        const login = loginFromNoreplyEmail(email);
        if (login && !logins.includes(login)) logins.push(login);
      }
      if (logins.length) out[path] = logins;
    }
    return out;
  };
}
