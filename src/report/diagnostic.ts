/** The one finding type shared by lint, compat, render-template and export. */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface ViaSite {
  file: string;
  pointer: string;
  range?: Range;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path of the file the node lives in, relative to the working directory, POSIX separators. */
  file: string;
  /** RFC 6901 JSON pointer into that file ('' is the whole document). */
  pointer: string;
  range: Range;
  /** The `$ref` site that led here, when the node lives in a referenced file. */
  via?: ViaSite;
  suggest?: string;
  docsUrl?: string;
  /** The rule's message id (not part of machine formats). */
  messageId?: string;
}

/** A finding a `# apigw-disable-…` comment suppressed: left out of every count and format but SARIF. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppression: {
    kind: 'inSource';
    /** The directive's reason, the text after `--`. */
    justification?: string;
  };
}

export interface RuleDescription {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  docsUrl: string;
  /** SARIF `helpUri`, when the rule has no page of its own under docs/rules/ (compat features, convert changes). */
  helpUri?: string;
  /** SARIF `help.text` before the source, when it says more than the description (a migration step). */
  help?: string;
}

export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.column !== b.range.start.column) return a.range.start.column - b.range.start.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Two findings with the same key are the same finding (reported twice by one walk, or by two runs). */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.ruleId}\u0000${d.file}\u0000${d.pointer}\u0000${d.message}`;
}
