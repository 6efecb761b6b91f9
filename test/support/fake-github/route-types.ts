/** The contract between the HTTP layer (server.ts) and the REST route handlers. */
import type { BareRepo } from './git.js';
import type { MatchedOperation } from './openapi.js';
import type { JsonObject, JsonValue } from './openapi-schema.js';
import type { ShapeContext } from './shapes.js';
import type { Account } from './state.js';

export interface RouteRequest {
  op: MatchedOperation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** Query parameters (last value wins, as on GitHub). */
  query: Record<string, string>;
  /** Parsed JSON body when it is an object; `{}` otherwise. */
  body: JsonObject;
  /** Parsed JSON body as sent (some endpoints accept a bare array); undefined when none. */
  rawBody: JsonValue | undefined;
  /** Who the token belongs to. */
  actor: Account;
  ctx: ShapeContext;
  git: BareRepo;
  /** The request URL, absolute against the fake's base URL (for Link headers). */
  url: URL;
}

export interface RouteResponse {
  status: number;
  body?: JsonValue;
  headers?: Record<string, string>;
  /** True when the handler changed state (a write that GitHub would have applied). */
  applied?: boolean;
}

export type RouteHandler = (req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

/** Keyed by `METHOD /template` exactly as in GitHub's OpenAPI description. */
export type RouteTable = Record<string, RouteHandler>;

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * One page of `items` per the request's `per_page`/`page`, with GitHub's `Link` header
 * (`prev`, `next`, `last`, `first`, in GitHub's order; absent when everything fits one page).
 */
export function paginate<T>(req: RouteRequest, items: T[]): { page: T[]; headers: Record<string, string> } {
  const requested = Number(req.query.per_page ?? DEFAULT_PER_PAGE);
  const perPage = Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
  const pageNumber = Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  const link = (n: number, rel: string): string => {
    const target = new URL(req.url.href);
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (pageNumber > 1) parts.push(link(Math.min(pageNumber - 1, lastPage), 'prev'));
  if (pageNumber < lastPage) parts.push(link(pageNumber + 1, 'next'), link(lastPage, 'last'));
  if (pageNumber > 1) parts.push(link(1, 'first'));
  return { page, headers: parts.length ? { link: parts.join(', ') } : {} };
}

/** Sorts by a key, then by number/id, ascending or descending; stable and deterministic. */
export function sortBy<T>(items: T[], key: (item: T) => string | number, tie: (item: T) => number, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -sign;
    if (ka > kb) return sign;
    return (tie(a) - tie(b)) * sign;
  });
}

export function isString(value: JsonValue | undefined): value is string {
  return typeof value === 'string';
}

export function stringList(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter(isString) : [];
}
