/**
 * An error in user input (a file, a flag, an export). The CLI prints `message` without a stack
 * trace and exits 2; the action reports it as a failure with the location.
 */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, where?: { file?: string; line?: number; column?: number }) {
    super(message);
    this.name = 'InputError';
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }

  /** `file:line:col: message`, with as much of the location as is known. */
  located(): string {
    if (!this.file) return this.message;
    const at = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((p) => p !== undefined)
      .join(':');
    return `${at}: ${this.message}`;
  }
}

/** Thrown for a bad command line; the CLI prints usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof InputError) return err.located();
  if (err instanceof Error) return err.message;
  return String(err);
}
