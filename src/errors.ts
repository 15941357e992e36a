/** An expected failure caused by the user's input or invocation: printed as one line, exit 2. */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  /** 2 for bad input or usage (the default); 1 when the input is read but is wrong (a template bug). */
  readonly exitCode: 1 | 2;

  constructor(
    message: string,
    where: { file?: string; line?: number; column?: number; hint?: string; cause?: unknown; exitCode?: 1 | 2 } = {},
  ) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'UserError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
    this.exitCode = where.exitCode ?? 2;
  }

  /** `file:line:col: message`, the form the CLI prints. */
  format(): string {
    if (!this.file) return this.message;
    let where = this.file;
    if (this.line !== undefined) where += `:${this.line}`;
    if (this.line !== undefined && this.column !== undefined) where += `:${this.column}`;
    return `${where}: ${this.message}`;
  }
}
