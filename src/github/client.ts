/**
 * The Octokit client: `@actions/github`'s getOctokit with throttling and retry. Rate limits are
 * honoured (retry-after, reset), secondary limits retried a little, and a primary limit stops the
 * run early instead of sleeping for an hour. Against a loopback API (the test fake), waits can be
 * switched off with BLINDSPOT_TEST_NO_THROTTLE_WAIT=1; the switch is ignored for any other host.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

type ThrottleOptions = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>;
type LimiterGroup = NonNullable<Extract<ThrottleOptions, { onRateLimit: unknown }>['write']>;

/** A Bottleneck-group stand-in that runs jobs at once (the plugin only calls key().schedule()). */
const immediate = {
  key: () => ({ schedule: <A extends unknown[], R>(_o: unknown, fn: (...args: A) => R, ...args: A): R => fn(...args) }),
} as unknown as LimiterGroup;

export interface ClientEvents {
  /** A rate limit was hit; `stopped` when blindspot gave up instead of waiting. */
  onLimit?: (e: { kind: 'primary' | 'secondary'; retryAfter: number; method: string; url: string; stopped: boolean }) => void;
}

export function isLoopback(baseUrl: string): boolean {
  try {
    const h = new URL(baseUrl).hostname;
    return h === '127.0.0.1' || h === 'localhost' || h === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Tests against the local fake GitHub set BLINDSPOT_TEST_NO_THROTTLE_WAIT=1 to skip every pause
 * (throttling, retry delays). It counts only for a loopback API: real GitHub always gets the pauses.
 */
export function noWaitForTests(env: Readonly<Record<string, string | undefined>>, baseUrl: string): boolean {
  return env.BLINDSPOT_TEST_NO_THROTTLE_WAIT === '1' && isLoopback(baseUrl);
}

export function createOctokit(token: string, baseUrl: string, env: Readonly<Record<string, string | undefined>>, events: ClientEvents = {}): Octokit {
  const fast = noWaitForTests(env, baseUrl);
  return getOctokit(
    token,
    {
      baseUrl,
      throttle: {
        ...(fast ? { write: immediate, notifications: immediate, search: immediate, retryAfterBaseValue: 10, fallbackSecondaryRateRetryAfter: 0 } : {}),
        onSecondaryRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
          const again = retryCount < 2 && retryAfter <= 120;
          events.onLimit?.({ kind: 'secondary', retryAfter, method: req.method, url: req.url, stopped: !again });
          return again;
        },
        onRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
          // Waiting out a primary limit can take an hour: stop, report, let the next run continue.
          const again = retryCount < 1 && retryAfter <= 60;
          events.onLimit?.({ kind: 'primary', retryAfter, method: req.method, url: req.url, stopped: !again });
          return again;
        },
      },
      // 429 is the throttling plugin's business; 4xx are final.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], ...(fast ? { retryAfterBaseValue: 1 } : {}) },
    },
    throttling,
    retry,
  );
}
