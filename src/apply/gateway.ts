/**
 * The one door every GitHub write goes through. It enforces dry-run (no write call can leak: in
 * dry-run the callback is never invoked), the write budget, and logging. Retries that could
 * duplicate content are the executor's decision, never the gateway's.
 */
export interface GatewayOptions {
  dryRun: boolean;
  maxWrites: number;
  log: (line: string) => void;
}

export class BudgetExhausted extends Error {
  constructor(readonly describe: string) {
    super(`write budget spent before: ${describe}`);
    this.name = 'BudgetExhausted';
  }
}

export class Gateway {
  private used = 0;

  constructor(private readonly options: GatewayOptions) {}

  get dryRun(): boolean {
    return this.options.dryRun;
  }

  /**
   * Performs one write request. Returns undefined in dry-run. Throws BudgetExhausted (without
   * calling `fn`) when the budget is spent.
   */
  async write<T>(describe: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.options.dryRun) {
      this.options.log(`[dry-run] would ${describe}`);
      return undefined;
    }
    if (this.used >= this.options.maxWrites) throw new BudgetExhausted(describe);
    this.used++;
    this.options.log(describe);
    return fn();
  }
}
