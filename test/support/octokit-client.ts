/**
 * The real Octokit client (`@actions/github` getOctokit + throttling + retry), configured so tests
 * against the fake run without the plugins' production pauses:
 *
 * - plugin-throttling keeps process-wide Bottleneck groups: `write` (minTime 1000 ms, also every
 *   /graphql call), `notifications` (minTime 3000 ms for issue/comment/PR creation) and `search`
 *   (2000 ms). Its `throttle` options override each group, so we pass a limiter that runs jobs at
 *   once. (Equivalent: `new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })` from
 *   `bottleneck/light.js`, but bottleneck is not a direct dependency.)
 * - `retryAfterBaseValue` turns GitHub's `retry-after` seconds into milliseconds of waiting:
 *   10 makes `retry-after: 1` a 10 ms wait. `fallbackSecondaryRateRetryAfter: 0` because
 *   `retry-after: 0` counts as missing and would otherwise fall back to 60 s.
 * - plugin-retry waits `(retryCount+1)² × retryAfterBaseValue` ms; 1 makes that 1/4/9 ms.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

type ThrottleOptions = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>;
/** Bottleneck's Group type, named through the plugin's options (bottleneck is not our dependency). */
type LimiterGroup = NonNullable<Extract<ThrottleOptions, { onRateLimit: unknown }>['write']>;

/**
 * Stands in for a Bottleneck Group: `key(id).schedule(options, fn, ...args)` runs `fn` now. The
 * plugin calls nothing else on the groups it is given (wrap-request.js), hence the narrowing cast.
 */
export const immediateLimiter = {
  key: () => ({
    schedule: <A extends unknown[], R>(_options: unknown, fn: (...args: A) => R, ...args: A): R => fn(...args),
  }),
} as unknown as LimiterGroup;

export interface LimitEvent {
  kind: 'secondary' | 'primary';
  retryAfter: number;
  method: string;
  url: string;
  retryCount: number;
}

export interface TestOctokitOptions {
  /** Retry a secondary-limit 403 at most this many times (default 2). */
  secondaryRetries?: number;
  /** Collects every limit the throttling plugin reported. */
  limits?: LimitEvent[];
}

export type TestOctokit = ReturnType<typeof getOctokit>;

export function testOctokit(fake: { url: string; token: string }, options: TestOctokitOptions = {}): TestOctokit {
  const limits = options.limits ?? [];
  const secondaryRetries = options.secondaryRetries ?? 2;
  return getOctokit(
    fake.token,
    {
      baseUrl: fake.url,
      throttle: {
        write: immediateLimiter,
        notifications: immediateLimiter,
        search: immediateLimiter,
        retryAfterBaseValue: 10,
        fallbackSecondaryRateRetryAfter: 0,
        onSecondaryRateLimit: (retryAfter: number, req: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          limits.push({ kind: 'secondary', retryAfter, method: req.method, url: req.url, retryCount });
          return retryCount < secondaryRetries;
        },
        onRateLimit: (retryAfter: number, req: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          limits.push({ kind: 'primary', retryAfter, method: req.method, url: req.url, retryCount });
          return false;
        },
      },
      retry: { retryAfterBaseValue: 1 },
    },
    throttling,
    retry,
  );
}
