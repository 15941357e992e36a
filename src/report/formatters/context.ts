import type { RuleDescription, SuppressedDiagnostic } from '../diagnostic.js';

/** A file that could not be linted (unreadable, unparseable, not an API definition): the run exits 2. */
export interface FileFailure {
  file: string;
  line?: number;
  column?: number;
  /** What went wrong, without the file name. */
  message: string;
}

export interface FormatContext {
  cwd: string;
  version: string;
  color: boolean;
  /** The command, for JUnit's suite names (default `apigw lint`). */
  command?: string;
  /** Every rule known to the tool, for SARIF `rules[]`. */
  rules: readonly RuleDescription[];
  /** Files that were checked, including clean ones (JUnit lists each). */
  files: string[];
  /** Findings suppressed in the source; only SARIF carries them (as results with `suppressions`). */
  suppressed?: readonly SuppressedDiagnostic[];
  /** Files that failed; json, sarif, junit and github carry each as an error of its own. */
  failures?: readonly FileFailure[];
}
