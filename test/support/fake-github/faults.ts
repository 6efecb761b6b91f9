/**
 * Fault injection: rules that make the next matching requests fail the way GitHub fails, so tests
 * can prove the client neither duplicates writes nor gives up too early.
 */
import type { JsonObject } from './openapi-schema.js';
import { prNotPermitted } from './routes-pulls.js';
import { basicError } from './shapes.js';

export type Fault =
  /** Respond with a 5xx (default 502) without applying the request. */
  | { kind: '5xx-before'; status?: number }
  /** Apply the request, then respond with a 5xx (default 502): the classic duplicate trap. */
  | { kind: '5xx-after'; status?: number }
  /** 403 (or 429) "You have exceeded a secondary rate limit…", with `retry-after` in seconds. */
  | { kind: 'secondary-rate-limit'; retryAfter?: number; status?: 403 | 429 }
  /** 422 "Could not resolve to a node with the global id of '…'" (GitHub's eventual consistency). */
  | { kind: 'eventual-consistency-422'; nodeId?: string }
  /** 403 "GitHub Actions is not permitted to create or approve pull requests." */
  | { kind: 'pr-not-permitted' }
  /**
   * After the `writes`-th matching write is applied, answer 502 to that request and to every
   * request after it until `revive()`; `onKill` runs once, before that first 502 is sent, so a test
   * can also kill a child process there. Models "the action was killed after k writes".
   */
  | { kind: 'kill-after-writes'; writes: number; onKill?: () => void };

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /**
   * A spec template (`/repos/{owner}/{repo}/issues`), an exact pathname (`/graphql`), or a RegExp
   * tested against the pathname. Any path when omitted.
   */
  path?: string | RegExp;
  /** How many matching requests the fault applies to (default 1; `Infinity` for all). */
  times?: number;
  fault: Fault;
}

interface ActiveRule extends FaultRule {
  remaining: number;
  /** For kill-after-writes: matching writes applied so far. */
  writesSeen: number;
}

/** What the server should do with a request the rules matched before handling it. */
export type PreFault = { response: { status: number; body: JsonObject; headers: Record<string, string> }; name: string };

export const SECONDARY_RATE_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

function matches(rule: FaultRule, method: string, pathname: string, template: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  if (rule.path instanceof RegExp) return rule.path.test(pathname);
  return rule.path === template || rule.path === pathname;
}

function badGateway(status = 502): { status: number; body: JsonObject; headers: Record<string, string> } {
  return { status, body: { message: 'Server Error' }, headers: {} };
}

export class FaultInjector {
  #rules: ActiveRule[] = [];
  #killed = false;

  add(rule: FaultRule): void {
    if (rule.fault.kind === 'kill-after-writes' && !(rule.fault.writes >= 1)) throw new Error('kill-after-writes needs writes >= 1');
    this.#rules.push({ ...rule, remaining: rule.times ?? 1, writesSeen: 0 });
  }

  clear(): void {
    this.#rules = [];
    this.#killed = false;
  }

  /** True once a kill-after-writes rule fired and until `revive()`. */
  get killed(): boolean {
    return this.#killed;
  }

  revive(): void {
    this.#killed = false;
    this.#rules = this.#rules.filter((r) => r.fault.kind !== 'kill-after-writes');
  }

  /** A fault that answers before the request is handled, consuming one use of its rule. */
  before(method: string, pathname: string, template: string | undefined): PreFault | undefined {
    if (this.#killed) return { response: badGateway(), name: 'killed' };
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || !matches(rule, method, pathname, template)) continue;
      const fault = rule.fault;
      let response: PreFault['response'] | undefined;
      if (fault.kind === '5xx-before') response = badGateway(fault.status);
      else if (fault.kind === 'secondary-rate-limit') {
        const body = basicError(SECONDARY_RATE_LIMIT_MESSAGE, fault.status ?? 403, '/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits');
        response = { status: fault.status ?? 403, body, headers: { 'retry-after': String(fault.retryAfter ?? 1) } };
      } else if (fault.kind === 'eventual-consistency-422') {
        const id = fault.nodeId ?? 'PR_kwDOfake000000001';
        response = { status: 422, body: basicError(`Could not resolve to a node with the global id of '${id}'.`, 422), headers: {} };
      } else if (fault.kind === 'pr-not-permitted') {
        const denied = prNotPermitted();
        response = { status: denied.status, body: denied.body as JsonObject, headers: {} };
      }
      if (!response) continue;
      rule.remaining -= 1;
      return { response, name: fault.kind };
    }
    return undefined;
  }

  /**
   * Called after a write was applied: returns a replacement response (5xx-after, or the kill),
   * or undefined to send the handler's own response.
   */
  afterWrite(method: string, pathname: string, template: string | undefined): PreFault | undefined {
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || !matches(rule, method, pathname, template)) continue;
      const fault = rule.fault;
      if (fault.kind === '5xx-after') {
        rule.remaining -= 1;
        return { response: badGateway(fault.status), name: fault.kind };
      }
      if (fault.kind === 'kill-after-writes') {
        rule.writesSeen += 1;
        if (rule.writesSeen < fault.writes) continue;
        rule.remaining = 0;
        this.#killed = true;
        fault.onKill?.();
        return { response: badGateway(), name: 'killed' };
      }
    }
    return undefined;
  }
}
