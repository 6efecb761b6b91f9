/** A place in a repository file. Paths are repo-relative with forward slashes; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type DiagnosticLevel = 'error' | 'warning';

/**
 * One problem found in user input. `code` is stable (scripts key on it); `field` names the
 * offending field as a dotted path when there is one, e.g. `spec.lifecycle`.
 */
export interface Diagnostic extends SourceLocation {
  level: DiagnosticLevel;
  code: string;
  message: string;
  field?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.level}: ${d.message} [${d.code}]`;
}
