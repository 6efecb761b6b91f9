/** Classifies GitHub API (Octokit) errors: what the executor may safely do next, what discovery reports. */

export interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: Array<{ message?: string }> } };
}

export function statusOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'status' in err && typeof (err as HttpErrorLike).status === 'number' ? (err as HttpErrorLike).status : undefined;
}

export function messageOf(err: unknown): string {
  if (typeof err !== 'object' || err === null) return String(err);
  const e = err as HttpErrorLike;
  const data = e.response?.data;
  const detail = data?.errors?.map((x) => x.message).filter(Boolean).join('; ');
  return [data?.message ?? e.message ?? String(err), detail].filter(Boolean).join(': ');
}

/** A 5xx or a transport failure: the write may or may not have happened. */
export function isUncertain(err: unknown): boolean {
  const s = statusOf(err);
  return s === undefined || s >= 500;
}

export function isNodeResolution422(err: unknown): boolean {
  return statusOf(err) === 422 && /could not resolve to a node/i.test(messageOf(err));
}

export function isPullExists(err: unknown): boolean {
  return statusOf(err) === 422 && /pull request already exists/i.test(messageOf(err));
}

export function isPrNotPermitted(err: unknown): boolean {
  return statusOf(err) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(err));
}

export function isRateLimited(err: unknown): boolean {
  const s = statusOf(err);
  return (s === 403 || s === 429) && /rate limit/i.test(messageOf(err));
}
