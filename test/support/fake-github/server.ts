/**
 * The HTTP side of the fake: authentication, OpenAPI matching and validation, faults, rate-limit
 * headers, dispatch to route handlers or GraphQL, and the request log. Requests are handled one at
 * a time, in arrival order, so state changes are deterministic whatever the client's concurrency.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultInjector } from './faults.js';
import type { BareRepo } from './git.js';
import { runGraphql } from './graphql.js';
import type { RequestLog, Violation, LoggedRequest } from './log.js';
import { matchOperation, validateRequest, validateResponse, type MatchedOperation } from './openapi.js';
import type { JsonObject, JsonValue } from './openapi-schema.js';
import type { RouteResponse, RouteTable } from './route-types.js';
import { basicError, type ShapeContext } from './shapes.js';
import type { Account, RateBucket, RepoState } from './state.js';

export interface ServerDeps {
  state: RepoState;
  git: BareRepo;
  log: RequestLog;
  faults: FaultInjector;
  violations: Violation[];
  /** Token → login it authenticates as. */
  tokens: Map<string, string>;
  routes: RouteTable;
}

interface Outgoing {
  status: number;
  body?: JsonValue;
  headers: Record<string, string>;
}

/** Per-request facts gathered while handling, written to the log at the end. */
interface Trace {
  route: string | null;
  body: JsonValue | undefined;
  write: boolean;
  applied: boolean;
  fault?: string;
  unhandled: boolean;
  violations: string[];
  graphql?: LoggedRequest['graphql'];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenOf(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

const isWriteMethod = (method: string): boolean => method !== 'GET' && method !== 'HEAD';

export class FakeHttpServer {
  #server: Server | undefined;
  #queue: Promise<void> = Promise.resolve();
  #url = '';

  constructor(private readonly deps: ServerDeps) {}

  get url(): string {
    if (!this.#url) throw new Error('fake-github: server not started');
    return this.#url;
  }

  async listen(): Promise<string> {
    const server = createServer((req, res) => {
      // One request at a time, in order: deterministic state and log.
      this.#queue = this.#queue.then(() => this.#handle(req, res)).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ message: `fake-github internal error: ${(error as Error).message}` }));
        }
      });
    });
    // Clients keep connections alive; do not let an idle socket hold stop() open.
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.#server = server;
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.#url;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { state, log } = this.deps;
    const at = state.clock.iso();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = value;
    const raw = await readBody(req);
    const trace: Trace = { route: null, body: undefined, write: false, applied: false, unhandled: false, violations: [] };

    let outgoing: Outgoing;
    let bucket: RateBucket | undefined;
    try {
      const parsed = this.#parseJson(raw);
      trace.body = parsed.ok ? parsed.value : raw;
      const login = this.deps.tokens.get(tokenOf(req.headers.authorization) ?? '');
      const actor = login === undefined ? undefined : (state.findAccount(login) ?? state.account(login));
      if (!actor) {
        outgoing = { status: 401, body: basicError(req.headers.authorization ? 'Bad credentials' : 'Requires authentication', 401), headers: {} };
      } else if (!parsed.ok) {
        outgoing = { status: 400, body: basicError('Problems parsing JSON', 400), headers: {} };
      } else if (method === 'POST' && url.pathname === '/graphql') {
        bucket = state.rate.graphql;
        outgoing = await this.#graphql(parsed.value, trace, method, url.pathname);
      } else {
        const op = matchOperation(method, url.pathname);
        trace.route = op?.key ?? null;
        trace.write = isWriteMethod(method);
        bucket = state.rate.core;
        outgoing = await this.#rest(op, { method, url, query, body: parsed.value, actor }, trace);
      }
    } catch (error) {
      const message = `fake-github internal error: ${(error as Error).stack ?? String(error)}`;
      trace.violations.push(message);
      this.#recordViolation(method, url.pathname, trace.route, 'response', [message]);
      outgoing = { status: 500, body: { message }, headers: {} };
    }

    const counted = bucket ?? state.rate.core;
    const logged = log.add({
      method,
      path: url.pathname,
      route: trace.route,
      query,
      body: trace.body,
      status: outgoing.status,
      write: trace.write,
      applied: trace.applied,
      at,
      graphql: trace.graphql,
      fault: trace.fault,
      unhandled: trace.unhandled,
      violations: trace.violations,
    });
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(counted.limit),
      'x-ratelimit-remaining': String(counted.remaining),
      'x-ratelimit-used': String(counted.used),
      'x-ratelimit-reset': String(counted.reset),
      'x-ratelimit-resource': bucket === state.rate.graphql ? 'graphql' : 'core',
      'x-github-request-id': `FAKE:${logged.seq}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...outgoing.headers,
    };
    if (outgoing.status === 204 || outgoing.body === undefined) {
      res.writeHead(outgoing.status, headers);
      res.end();
      return;
    }
    res.writeHead(outgoing.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(outgoing.body));
  }

  #parseJson(raw: string): { ok: true; value: JsonValue | undefined } | { ok: false } {
    if (!raw.trim()) return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(raw) as JsonValue };
    } catch {
      return { ok: false };
    }
  }

  #recordViolation(method: string, path: string, route: string | null, side: Violation['side'], errors: string[]): void {
    this.deps.violations.push({ seq: this.deps.log.entries.length + 1, method, path, route, side, errors });
  }

  async #shapeContext(): Promise<ShapeContext> {
    return { state: this.deps.state, api: this.url, branches: await this.deps.git.branches() };
  }

  async #rest(
    op: MatchedOperation | undefined,
    request: { method: string; url: URL; query: Record<string, string>; body: JsonValue | undefined; actor: Account },
    trace: Trace,
  ): Promise<Outgoing> {
    const { state, faults, routes } = this.deps;
    const { method, url } = request;
    const notFound: Outgoing = { status: 404, body: basicError('Not Found', 404), headers: {} };
    if (!op) {
      trace.unhandled = true;
      return notFound;
    }
    const requestErrors = validateRequest(op, request.query, request.body);
    if (requestErrors.length) {
      trace.violations.push(...requestErrors);
      this.#recordViolation(method, url.pathname, op.key, 'request', requestErrors);
      return { status: 400, body: { message: "fake-github: request does not match GitHub's OpenAPI description", errors: requestErrors }, headers: {} };
    }
    const handler = routes[op.key];
    if (!handler) {
      trace.unhandled = true;
      return notFound;
    }
    const { owner, repo, org } = op.params;
    const sameRepo = (owner === undefined || owner.toLowerCase() === state.owner.toLowerCase()) && (repo === undefined || repo.toLowerCase() === state.repo.toLowerCase());
    const sameOrg = org === undefined || (org.toLowerCase() === state.owner.toLowerCase() && state.ownerAccount.type === 'Organization');
    if (!sameRepo || !sameOrg) return this.#checked(op, notFound, trace, url.pathname);
    if (state.access.forbidden.has(op.key)) {
      return this.#checked(op, { status: 403, body: basicError('Resource not accessible by integration', 403), headers: {} }, trace, url.pathname);
    }
    // GET /rate_limit is free; every other request spends one point of the primary limit.
    if (op.key !== 'GET /rate_limit') {
      const core = state.rate.core;
      if (core.remaining <= 0) {
        return { status: 403, body: basicError('API rate limit exceeded for installation ID 1.', 403, '/overview/rate-limits-for-the-rest-api'), headers: {} };
      }
      core.remaining -= 1;
      core.used += 1;
    }
    const early = faults.before(method, url.pathname, op.template);
    if (early) {
      trace.fault = early.name;
      return { ...early.response };
    }
    if (trace.write) state.clock.tick();
    const ctx = await this.#shapeContext();
    const body = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as JsonObject) : {};
    const response: RouteResponse = await handler({
      op,
      params: op.params,
      query: request.query,
      body,
      rawBody: request.body,
      actor: request.actor,
      ctx,
      git: this.deps.git,
      url: new URL(`${url.pathname}${url.search}`, this.url),
    });
    trace.applied = Boolean(response.applied);
    if (response.applied) {
      const late = faults.afterWrite(method, url.pathname, op.template);
      if (late) {
        trace.fault = late.name;
        return { ...late.response };
      }
    }
    return this.#checked(op, { status: response.status, body: response.body, headers: response.headers ?? {} }, trace, url.pathname);
  }

  /** Validates the fake's own response; a mismatch is the fake drifting from GitHub. */
  #checked(op: MatchedOperation, outgoing: Outgoing, trace: Trace, path: string): Outgoing {
    const errors = validateResponse(op, outgoing.status, outgoing.body);
    if (!errors.length) return outgoing;
    trace.violations.push(...errors);
    this.#recordViolation(op.method, path, op.key, 'response', errors);
    return { status: 400, body: { message: "fake-github: response does not match GitHub's OpenAPI description", errors }, headers: {} };
  }

  async #graphql(body: JsonValue | undefined, trace: Trace, method: string, path: string): Promise<Outgoing> {
    const { faults, log } = this.deps;
    trace.route = 'POST /graphql';
    const early = faults.before(method, path, '/graphql');
    if (early) {
      trace.fault = early.name;
      return { ...early.response };
    }
    const unsupported: string[] = [];
    const ctx = await this.#shapeContext();
    const outcome = await runGraphql(body, {
      state: this.deps.state,
      branches: ctx.branches,
      unsupported: (field) => {
        if (!unsupported.includes(field)) unsupported.push(field);
      },
    });
    trace.graphql = { operationName: outcome.operationName, operationType: outcome.operationType };
    trace.write = outcome.operationType === 'mutation';
    if (outcome.violations.length) {
      trace.violations.push(...outcome.violations);
      this.#recordViolation(method, path, trace.route, 'request', outcome.violations);
    }
    if (unsupported.length) {
      trace.unhandled = true;
      log.unsupported.push(...unsupported.map((f) => `graphql ${f}`));
    }
    return { status: outcome.status, body: outcome.body, headers: {} };
  }
}
