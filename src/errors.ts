/**
 * The catalogue of errors. Each has a stable code (tests assert on it, users grep for it) and a
 * message that names the file, stage or value at fault.
 */
export const ERRORS = {
  E_PIPELINE_FILE: (p: { file: string; problem: string }) => `pipeline file ${p.file}: ${p.problem}`,
  E_UNKNOWN_STAGE: (p: { stage: string; known: string[] }) =>
    `unknown stage '${p.stage}' (known stages: ${p.known.join(', ')})`,
  E_DUPLICATE_STAGE: (p: { stage: string }) => `stage '${p.stage}' appears twice in the pipeline`,
  E_DUPLICATE_PROVIDER: (p: { stage: string; layer: string; other: string }) =>
    `stage '${p.stage}' provides '${p.layer}', which stage '${p.other}' already provides`,
  E_REQUIRES_UNMET: (p: { stage: string; layer: string }) =>
    `stage '${p.stage}' requires '${p.layer}', which no earlier stage provides`,
  E_INVALID_OPTIONS: (p: { stage: string; problems: string }) => `options of stage '${p.stage}' are invalid: ${p.problems}`,
  E_STAGE_DATA: (p: { stage: string; file: string; problem: string }) =>
    `stage '${p.stage}' cannot use its data file ${p.file}: ${p.problem}`,
  E_STAGE_OUTPUT: (p: { stage: string; problem: string }) => `stage '${p.stage}' broke its contract: ${p.problem}`,
  E_STAGE_FAILED: (p: { stage: string; problem: string }) => `stage '${p.stage}' failed: ${p.problem}`,
  E_INPUT_MISSING: (p: { file: string }) => `${p.file}: no such file or directory`,
  E_INPUT_NO_TEXTS: (p: { file: string; extensions: string[] }) =>
    `${p.file}: directory holds no texts (looked for ${p.extensions.join(', ')})`,
  E_INPUT_UNREADABLE: (p: { file: string; problem: string }) => `${p.file}: cannot be read: ${p.problem}`,
  E_INPUT_EMPTY: (p: { file: string }) => `${p.file}: file is empty`,
  E_INPUT_WHITESPACE: (p: { file: string }) => `${p.file}: file holds only whitespace`,
  E_INPUT_BINARY: (p: { file: string; kind: string }) => `${p.file}: binary file (${p.kind}), not text`,
  E_INPUT_ENCODING: (p: { file: string; offset: number }) =>
    `${p.file}: not valid UTF-8 (first bad byte at offset ${p.offset}); convert it to UTF-8, or pass --encoding windows-1252`,
  E_INPUT_TOO_LARGE: (p: { file: string; bytes: number; limit: number }) =>
    `${p.file}: ${p.bytes} bytes exceeds the limit of ${p.limit} bytes (--max-bytes)`,
  E_INPUT_JSONL: (p: { file: string; line: number; problem: string }) => `${p.file}:${p.line}: ${p.problem}`,
  E_INPUT_PDF: (p: { file: string; problem: string }) => `${p.file}: cannot extract text from PDF: ${p.problem}`,
  E_OUTPUT_UNWRITABLE: (p: { dir: string; problem: string }) => `output ${p.dir}: cannot be written: ${p.problem}`,
  E_TIMEOUT: (p: { file: string; seconds: number }) => `${p.file}: analysis took longer than ${p.seconds} s (--timeout)`,
  E_USAGE: (p: { problem: string }) => p.problem,
} as const;

export type ErrorCode = keyof typeof ERRORS;
type ParamsOf<C extends ErrorCode> = Parameters<(typeof ERRORS)[C]>[0];

/** An error from the catalogue: `code` is stable, `message` readable, `params` machine-readable. */
export class PeriodcheckError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ParamsOf<C>;
  constructor(code: C, params: ParamsOf<C>) {
    super((ERRORS[code] as (p: ParamsOf<C>) => string)(params));
    this.name = 'PeriodcheckError';
    this.code = code;
    this.params = params;
  }
}

/** Code and message of anything thrown, for an index row. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof PeriodcheckError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'E_INTERNAL', message: error.message };
  return { code: 'E_INTERNAL', message: String(error) };
}
