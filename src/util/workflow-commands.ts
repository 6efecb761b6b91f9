/** GitHub Actions workflow commands (`::error file=…::msg`), escaped as the runner expects. */

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface AnnotationProps {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export function annotation(level: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${level}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}
