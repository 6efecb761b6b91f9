/** The ordered record of every request the fake received, with the questions tests ask of it. */
import type { JsonValue } from './openapi-schema.js';

export interface LoggedRequest {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** Pathname as sent (percent-encoded). */
  path: string;
  /** `METHOD /template` of the matched REST operation, `POST /graphql`, or null when unknown. */
  route: string | null;
  query: Record<string, string>;
  body: JsonValue | undefined;
  status: number;
  /** A non-GET/HEAD REST request or a GraphQL mutation. */
  write: boolean;
  /** The request changed the fake's state (a 5xx-after write was applied; a 5xx-before one was not). */
  applied: boolean;
  /** Fake-clock time when the request arrived. */
  at: string;
  graphql?: { operationName: string | null; operationType: 'query' | 'mutation' | 'subscription' | null };
  /** Name of the injected fault that shaped the response, if any. */
  fault?: string;
  /** No route handles it (404), or a GraphQL field the fake does not model. */
  unhandled: boolean;
  /** Schema violations found in this request or its response. */
  violations: string[];
}

export interface Violation {
  seq: number;
  method: string;
  path: string;
  route: string | null;
  /** `request` problems are the client's; `response` problems are the fake's own drift from GitHub. */
  side: 'request' | 'response';
  errors: string[];
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  /** Extra unhandled items that are not whole requests (e.g. GraphQL fields without a resolver). */
  readonly unsupported: string[] = [];

  add(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const logged = { ...entry, seq: this.entries.length + 1 };
    this.entries.push(logged);
    return logged;
  }

  /** Writes in order: non-GET REST requests and GraphQL mutations, whatever their outcome. */
  writes(): LoggedRequest[] {
    return this.entries.filter((e) => e.write);
  }

  /** How many requests matched `filter` (all when omitted). */
  count(filter?: { method?: string; route?: string; path?: string | RegExp }): number {
    return this.entries.filter((e) => {
      if (!filter) return true;
      if (filter.method && e.method !== filter.method.toUpperCase()) return false;
      if (filter.route && e.route !== filter.route) return false;
      if (filter.path instanceof RegExp && !filter.path.test(e.path)) return false;
      if (typeof filter.path === 'string' && e.path !== filter.path) return false;
      return true;
    }).length;
  }

  /** Any call to the search API: the bot must never dedupe through it. */
  searchCalls(): LoggedRequest[] {
    return this.entries.filter((e) => e.path.startsWith('/search/'));
  }

  unhandled(): LoggedRequest[] {
    return this.entries.filter((e) => e.unhandled);
  }

  clear(): void {
    this.entries.length = 0;
    this.unsupported.length = 0;
  }
}
