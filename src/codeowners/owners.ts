/**
 * Owner syntax as GitHub accepts it: `@login`, `@org/team-slug`, or an email address. These are
 * fixed expressions over one short token (never built from user input), so they cannot backtrack.
 */

export type OwnerKind = 'user' | 'team' | 'email' | 'invalid';

export interface OwnerSyntax {
  kind: OwnerKind;
  /** Why the token is not an owner, when `kind` is `invalid`. */
  problem: string | null;
  hint: string | null;
  /**
   * GitHub reports "Invalid owner" and skips the line. False for the few malformed owners GitHub
   * lets through (`@a@b`, iccDEV#2431): the line still applies, the owner never resolves.
   */
  rejectedByGitHub: boolean;
}

/** GitHub logins: 1–39 characters, letters, digits and single inner hyphens. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Team slugs: GitHub derives them from names; letters, digits, `-`, `_` and `.`. */
const TEAM_SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$/;
const EMAIL_LOCAL = /^[A-Za-z0-9.!$%&'*+/=?^_`{|}~-]{1,64}$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function classifyOwner(token: string): OwnerSyntax {
  const bad = (problem: string, hint: string | null = null, rejectedByGitHub = true): OwnerSyntax => ({
    kind: 'invalid',
    problem,
    hint,
    rejectedByGitHub,
  });
  const ok = (kind: OwnerKind): OwnerSyntax => ({ kind, problem: null, hint: null, rejectedByGitHub: false });
  if (token.includes(',')) {
    return bad(`\`${token}\` contains a comma`, 'separate owners with spaces, not commas');
  }
  if (token.startsWith('@')) {
    const name = token.slice(1);
    if (name.includes('@')) {
      return bad(`\`${token}\` is neither a user, a team nor an email address`, 'GitHub accepts the line, but this owner never resolves', false);
    }
    const slash = name.indexOf('/');
    if (slash < 0) {
      if (LOGIN.test(name)) return ok('user');
      return bad(
        `\`${token}\` is not a valid GitHub login`,
        'logins are 1–39 letters, digits or single hyphens, not starting or ending with a hyphen',
      );
    }
    const org = name.slice(0, slash);
    const team = name.slice(slash + 1);
    if (!LOGIN.test(org)) return bad(`\`${token}\`: \`${org}\` is not a valid organization login`);
    if (!TEAM_SLUG.test(team)) return bad(`\`${token}\`: \`${team}\` is not a valid team slug`, 'use `@org/team-slug`');
    return ok('team');
  }
  const at = token.indexOf('@');
  if (at > 0 && at === token.lastIndexOf('@')) {
    const local = token.slice(0, at);
    const labels = token.slice(at + 1).split('.');
    if (EMAIL_LOCAL.test(local) && labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l))) {
      return ok('email');
    }
    return bad(`\`${token}\` is not a valid email address`);
  }
  return bad(`\`${token}\` is not an owner`, 'owners are `@user`, `@org/team` or an email address');
}

/** The form GitHub compares owners in: logins, teams and emails are case-insensitive. */
export function ownerKey(token: string): string {
  return token.toLowerCase();
}

/** True when a pattern token looks like an owner, i.e. the line probably lacks its pattern. */
export function looksLikeOwner(token: string): boolean {
  const k = classifyOwner(token).kind;
  return k === 'user' || k === 'team' || (k === 'email' && !token.includes('/'));
}
