/**
 * An expected failure caused by the user's input or invocation: printed as one line, exit 2.
 * `message` names the file (and line and column) when there is one, so a library caller who
 * prints only `err.message` still learns which file failed; `reason` is the message without it.
 */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  /** What failed, without where. */
  readonly reason: string;
  /** 2 for bad input or usage (the default); 1 when the input is read but is wrong (a template bug). */
  readonly exitCode: 1 | 2;

  constructor(
    message: string,
    where: { file?: string; line?: number; column?: number; hint?: string; cause?: unknown; exitCode?: 1 | 2 } = {},
  ) {
    super(locate(message, where), where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'UserError';
    this.reason = message;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
    this.exitCode = where.exitCode ?? 2;
  }

  /** `file:line:col: message`, the form the CLI prints. */
  format(): string {
    return this.message;
  }
}

function locate(message: string, where: { file?: string; line?: number; column?: number }): string {
  if (!where.file) return message;
  let at = where.file;
  if (where.line !== undefined) at += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) at += `:${where.column}`;
  return `${at}: ${message}`;
}
