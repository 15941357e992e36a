import type { RuleDescription, SuppressedDiagnostic } from '../diagnostic.js';

export interface FormatContext {
  cwd: string;
  version: string;
  color: boolean;
  /** Every rule known to the tool, for SARIF `rules[]`. */
  rules: readonly RuleDescription[];
  /** Files that were checked, including clean ones (JUnit lists each). */
  files: string[];
  /** Findings suppressed in the source; only SARIF carries them (as results with `suppressions`). */
  suppressed?: readonly SuppressedDiagnostic[];
}
