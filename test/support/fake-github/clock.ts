/** A clock the test controls, so every timestamp the fake writes is deterministic. */
export class FakeClock {
  #ms: number;
  readonly #startMs: number;

  /**
   * @param start ISO time the clock starts at.
   * @param tickMs how far `tick()` moves the clock; the server ticks once per applied write so
   *   created/updated times differ and sort naturally.
   */
  constructor(start = '2026-03-02T09:00:00Z', readonly tickMs = 1000) {
    const ms = Date.parse(start);
    if (Number.isNaN(ms)) throw new Error(`FakeClock: not an ISO time: ${start}`);
    this.#ms = ms;
    this.#startMs = ms;
  }

  now(): Date {
    return new Date(this.#ms);
  }

  /** `2026-03-02T09:00:00Z`: GitHub's REST format (no milliseconds). */
  iso(): string {
    return new Date(this.#ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  epochSeconds(): number {
    return Math.floor(this.#ms / 1000);
  }

  advance(ms: number): void {
    this.#ms += ms;
  }

  tick(): void {
    this.#ms += this.tickMs;
  }

  set(iso: string): void {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw new Error(`FakeClock: not an ISO time: ${iso}`);
    this.#ms = ms;
  }

  reset(): void {
    this.#ms = this.#startMs;
  }
}
