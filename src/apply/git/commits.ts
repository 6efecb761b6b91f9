/**
 * Pure helpers about commits and identities: parsing raw commit objects (which keep their parent
 * lines even in a shallow clone), telling the bot's commits from people's, and reading a GitHub
 * login out of a noreply address.
 */

export interface BotIdentity {
  name: string;
  email: string;
}

/** The identity `GITHUB_TOKEN` pushes show up as. */
export const GITHUB_ACTIONS_BOT: BotIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface Person {
  name: string;
  email: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  subject: string;
}

const PERSON = /^(.*) <([^>]*)> -?\d+ [+-]\d{4}$/;

function person(value: string): Person {
  const m = PERSON.exec(value);
  return m ? { name: m[1], email: m[2] } : { name: value, email: '' };
}

/** Parses `git cat-file commit <sha>` output. */
export function parseRawCommit(sha: string, raw: string): CommitInfo {
  const split = raw.indexOf('\n\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const message = split === -1 ? '' : raw.slice(split + 2);
  const commit: CommitInfo = { sha, tree: '', parents: [], author: person(''), committer: person(''), subject: message.split('\n')[0] };
  for (const line of head.split('\n')) {
    // Continuation lines (a signature's body) start with a space and hold no header.
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const [key, value] = [line.slice(0, space), line.slice(space + 1)];
    if (key === 'tree') commit.tree = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = person(value);
    else if (key === 'committer') commit.committer = person(value);
  }
  return commit;
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A commit is the bot's only when the bot both authored and committed it: a person who amends,
 * rebases or cherry-picks a bot commit becomes its committer, and that is human work.
 */
export function isBotCommit(commit: CommitInfo, bot: BotIdentity): boolean {
  return sameEmail(commit.author.email, bot.email) && sameEmail(commit.committer.email, bot.email);
}

/** Any bot: ours, or a GitHub App account (`name[bot]`), whose commits say nothing about ownership. */
export function isBotPerson(p: Person, bot: BotIdentity): boolean {
  return sameEmail(p.email, bot.email) || /\[bot\]@users\.noreply\.github\.com$/i.test(p.email.trim()) || /\[bot\]$/i.test(p.name.trim());
}

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})@users\.noreply\.github\.com$/i;

/** `12345+octo-cat@users.noreply.github.com` or `octo-cat@users.noreply.github.com` → `octo-cat`. */
export function loginFromNoreplyEmail(email: string): string | undefined {
  return NOREPLY.exec(email.trim())?.[1];
}
