/**
 * Who last changed a file, as GitHub logins: the candidates an owner-assignment PR may propose
 * when neither the manifest nor the live asset names an owner. Only noreply emails carry a login;
 * bots are skipped. Read-only and synchronous (a handful of files per run).
 */
import { execFileSync } from 'node:child_process';
import { loginFromNoreplyEmail } from './commits.js';

const SEPARATOR = '\u001f';

export function committersReader(root: string, limit = 20): (paths: readonly string[]) => Record<string, string[]> {
  return (paths) => {
    const out: Record<string, string[]> = {};
    for (const path of paths) {
      let log = '';
      try {
        log = execFileSync('git', ['log', `-n${limit}`, `--format=%an${SEPARATOR}%ae`, '--', path], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        continue; // not a git checkout, or no history: no candidates
      }
      const logins: string[] = [];
      for (const line of log.split('\n')) {
        const [name = '', email = ''] = line.split(SEPARATOR);
        if (/\[bot\]/i.test(name) || /\[bot\]/i.test(email)) continue;
        const login = loginFromNoreplyEmail(email);
        if (login && !logins.includes(login)) logins.push(login);
      }
      if (logins.length) out[path] = logins;
    }
    return out;
  };
}
