#!/bin/sh
//bin/sh -c :; case " $* " in *" -j 0 "*|*" -j0 "*|*" --jobs 0 "*|*" --jobs=0 "*) exec node --no-regexp-tier-up "$0" "$@";; esac; exec node --no-regexp-tier-up --max-semi-space-size=1 "$0" "$@"
/**
 * (The two lines above are read by sh and by node. As the command `periodcheck`, sh runs the
 * second: it starts node on this file with a young generation of 1 MB semi-spaces for the main
 * thread, which in a batch only reads inputs and orders results (its V8 heap would otherwise
 * grow a 32 MB young generation for nothing: on 200 MB of JSON Lines at --jobs 2, peak RSS 466–476
 * against 497–507 MB, the same CPU; see the README's benchmark results). Worker threads get their own young generations (see
 * `workersKeepTheirYoungGeneration` in src/pool/pool.ts); with --jobs 0 the main thread analyses,
 * and node starts without that flag. Either way node compiles regular expressions at their first
 * use (`ANALYSIS_NODE_FLAGS`: a first report sooner). To node, the second line is a comment; to sh,
 * its first command does nothing. `ANALYSIS_NODE_FLAGS` and `LAUNCHER_NODE_FLAGS` in
 * src/pool/pool.ts must list the same flags.)
 *
 * The command line: a thin layer over the batch runner. Exit codes: 0 every input ok, 1 some input
 * failed (each reported on stderr and in index.json), 2 usage error (bad option, bad pipeline file),
 * 130 / 143 interrupted by SIGINT / SIGTERM (the index is written for what was done).
 *
 * This module does not import the pipeline's stages: with worker threads (the default) only the
 * workers load them, so the command starts fast and its main thread stays small. A run over one
 * text file of moderate size analyses it in the main thread instead ({@link jobsFor}): one thread
 * loading the pipeline once is sooner than a main thread and a worker each loading their modules.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { runBatch, FORMATS, type Format } from './batch.js';
import { describeError, PeriodcheckError } from './errors.js';
import { discoverInputs, ENCODINGS, DEFAULT_MAX_BYTES, INPUT_FORMATS, type Encoding, type InputEntry, type InputFormat } from './input.js';
import { createProgress } from './progress.js';
import { TOOL } from './version.js';
import { isMain } from './is-main.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + the signal's number, as shells report a command stopped by it. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/** The package's default pipeline (the same file as `DEFAULT_PIPELINE_FILE`, named without loading the stages). */
const DEFAULT_PIPELINE = fileURLToPath(new URL('../pipeline/default.json', import.meta.url));

const EXAMPLES = `
Examples:
  $ periodcheck analyze input -o output
      every .txt/.md/.pdf under input/, one output/<name>.report.json each, plus
      output/index.json, index.csv and sentences.csv (the corpus overview)
  $ periodcheck analyze essay.txt article.pdf 'corpus/**/*.md' -o reports
  $ periodcheck analyze --input-format jsonl corpus.jsonl -o reports --jobs 4 --timeout 120
      one report per line {"id": …, "text": …}; other fields go to the report's source.meta
  $ periodcheck analyze --input-format jsonl --format jsonl -o - - < shard.jsonl > out.jsonl
      a pure per-document map: one report per line on stdout, nothing else (logs go to stderr)
  $ periodcheck analyze corpus/ -o out --resume
      after an interruption: skips texts whose report is up to date

Exit codes: 0 all inputs ok; 1 some inputs failed (each reported); 2 usage error.
Interrupted (SIGINT/SIGTERM): 130/143, after finishing the documents in flight and writing the index.`;

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
}

/**
 * The largest text file that a run over that file alone, with the default job count, analyses in the
 * main thread. A worker thread would load its modules and the pipeline after the main thread has
 * loaded its own: for one essay that is 0.2–0.8 s of a 2 s command (twelve alternated runs on the
 * seed essay, median 0.4 s, twenty-seventh session). Larger files still go to a worker, whose heap is limited (a long
 * text in the main thread would grow V8's heap unchecked; see LARGE_DOCUMENT_BYTES in src/pool/pool.ts).
 */
export const ONE_FILE_IN_THREAD_MAX_BYTES = 4 * 2 ** 20;

/**
 * How many documents run at once: `--jobs` as given; by default the cores, except that one text file
 * of at most {@link ONE_FILE_IN_THREAD_MAX_BYTES}, with no per-document limit (`--timeout` and
 * `--max-worker-heap` need a worker), is analysed in this thread (0).
 */
export function jobsFor(entries: InputEntry[], opts: Pick<AnalyzeOptions, 'jobs' | 'inputFormat' | 'timeout' | 'maxWorkerHeap'>, jobsGiven: boolean): number {
  if (jobsGiven || opts.inputFormat !== 'text' || opts.timeout !== undefined || opts.maxWorkerHeap !== undefined) return opts.jobs;
  if (entries.length !== 1 || entries[0].error || entries[0].path === '-') return opts.jobs;
  try {
    return statSync(entries[0].path).size <= ONE_FILE_IN_THREAD_MAX_BYTES ? 0 : opts.jobs;
  } catch {
    return opts.jobs;
  }
}

interface AnalyzeOptions {
  out: string;
  pipeline: string;
  format: Format;
  inputFormat: InputFormat;
  jobs: number;
  timeout?: number;
  maxWorkerHeap?: number;
  resume?: boolean;
  sentencesCsv: boolean;
  encoding: Encoding;
  maxBytes: number;
  quiet?: boolean;
  verbose?: boolean;
}

export interface CliIo {
  /** Writes to stdout; `false` means the stream is full (wait for 'drain'). */
  stdout: (s: string) => boolean | void;
  stderr: (s: string) => void;
  setExitCode: (n: number) => void;
}

const processIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  setExitCode: (n) => {
    process.exitCode = n;
  },
});

/**
 * Builds the command-line program; `io` is injectable for tests.
 * @param interactive whether stderr may show a progress display (when it is a terminal)
 */
export function program(io: CliIo = processIo(), interactive = false): Command {
  const cli = new Command('periodcheck')
    .description('Checks the periodisation a text claims against its own evidence; writes one JSON report per text.')
    .version(TOOL.version, '-V, --version')
    .configureOutput({ writeOut: (s) => void io.stdout(s), writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  cli
    .command('analyze')
    .description('analyse texts: files, directories (recursively: .txt, .md, .pdf), glob patterns, or - for stdin')
    .argument('<inputs...>', 'files, directories, quoted glob patterns, or - for stdin')
    .option('-o, --out <dir>', "output directory, or '-' for stdout (JSON Lines)", 'output')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON or YAML)', DEFAULT_PIPELINE)
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('json'))
    .addOption(new Option('--input-format <format>', 'text: one document per file (.txt, .md, .pdf); jsonl: one {"id", "text"} document per line').choices([...INPUT_FORMATS]).default('text'))
    .option('-j, --jobs <n>', 'documents analysed at once, in worker threads (0: in the main thread; by default the cores, but a run over one text file of up to 4 MB, with no --timeout or --max-worker-heap, analyses it in the main thread)', nonNegativeInteger, availableParallelism())
    .option('--timeout <seconds>', 'per-document time limit; a document past it fails (E_TIMEOUT) and the batch goes on', positiveSeconds)
    .option('--max-worker-heap <MB>', 'largest heap of each worker thread (default 896, 1024 for a text of 24 MB or more, and a document that runs out is analysed again in a roomy worker); when given, a document that needs more fails; lower uses less memory, more CPU', positiveInteger)
    .option('--resume', 'skip inputs whose report exists with the same source hash and config hash')
    .option('--no-sentences-csv', 'do not write sentences.csv (one row per sentence of every text)')
    .addOption(new Option('--encoding <encoding>', 'how to read files that are not valid UTF-8 (utf-8 rejects them)').choices([...ENCODINGS]).default('utf-8'))
    .option('--max-bytes <n>', 'largest input (file, or JSONL line) accepted', positiveInteger, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'nothing on stderr but usage errors')
    .option('-v, --verbose', 'one line on stderr per document, not only per failure')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: AnalyzeOptions, command: Command) => {
      const toStdout = opts.out === '-';
      if (opts.resume && toStdout) {
        io.stderr("periodcheck: --resume needs an output directory (-o DIR): there are no reports to find on stdout\n");
        io.setExitCode(EXIT_USAGE);
        return;
      }
      if (opts.timeout && opts.jobs === 0) {
        io.stderr('periodcheck: --timeout needs worker threads (--jobs 1 or more)\n');
        io.setExitCode(EXIT_USAGE);
        return;
      }
      // On stdout: JSON Lines, or the Markdown summaries with --format md (a page makes no sense there).
      const format: Format = toStdout ? (opts.format === 'md' ? 'md' : 'jsonl') : opts.format;
      const progress = !opts.quiet && interactive && process.stderr.isTTY ? createProgress(process.stderr) : undefined;
      const say = (line: string): void => (progress ? progress.log(line) : io.stderr(`${line}\n`));
      const log = opts.quiet ? undefined : (line: string) => (opts.verbose || line.startsWith('failed') ? say(line) : undefined);

      // SIGINT/SIGTERM: take no new documents and finish those in flight; a second one abandons them.
      const stop = new AbortController();
      const abandon = new AbortController();
      let caught: NodeJS.Signals | null = null;
      const onSignal = (sig: NodeJS.Signals): void => {
        if (!caught) {
          caught = sig;
          if (!opts.quiet) say(`periodcheck: ${sig}: taking no new documents, finishing those in flight (${sig === 'SIGINT' ? 'Ctrl-C' : 'signal'} again to abandon them)`);
          stop.abort();
        } else {
          abandon.abort();
        }
      };
      // A reader that went away (`| head`): stop as if interrupted, without an error on every line.
      const onStdoutError = (e: NodeJS.ErrnoException): void => {
        if (e.code === 'EPIPE') {
          stop.abort();
          abandon.abort();
        }
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      if (toStdout) process.stdout.on('error', onStdoutError);
      try {
        const entries = discoverInputs(inputs, { format: opts.inputFormat });
        const result = await runBatch(entries, opts.pipeline, {
          outDir: opts.out,
          format,
          inputFormat: opts.inputFormat,
          jobs: jobsFor(entries, opts, command.getOptionValueSource('jobs') !== 'default'),
          timeoutMs: opts.timeout ? opts.timeout * 1000 : undefined,
          maxWorkerHeapMb: opts.maxWorkerHeap,
          resume: opts.resume,
          sentencesCsv: opts.sentencesCsv,
          encoding: opts.encoding,
          maxBytes: opts.maxBytes,
          keepRows: false,
          log,
          progress,
          signal: stop.signal,
          abandonSignal: abandon.signal,
          writeStdout: io.stdout,
        });
        if (!opts.quiet) {
          const resumed = result.resumed > 0 ? ` (${result.resumed} up to date, skipped)` : '';
          const where = toStdout ? '' : ` (index: ${opts.out}/index.json)`;
          io.stderr(`${result.ok} ok${resumed}, ${result.failed} failed${result.interrupted ? ', interrupted' : ''}${where}\n`);
        }
        if (result.interrupted) io.setExitCode(caught === 'SIGTERM' ? EXIT_SIGTERM : EXIT_SIGINT);
        else io.setExitCode(result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
      } catch (e) {
        io.stderr(`periodcheck: ${describeError(e).message}\n`);
        io.setExitCode(e instanceof PeriodcheckError && e.code === 'E_OUTPUT_UNWRITABLE' ? EXIT_SOME_FAILED : EXIT_USAGE);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (toStdout) process.stdout.off('error', onStdoutError);
      }
    });
  return cli;
}

/** Runs the CLI with `argv` (as process.argv); resolves to the exit code. */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  let code = EXIT_OK;
  const sink = io ?? processIo();
  const cli = program({ ...sink, setExitCode: (n) => (code = n) }, io === undefined);
  try {
    await cli.parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
    return EXIT_USAGE;
  }
  if (argv.length <= 2) {
    cli.outputHelp();
    return EXIT_USAGE;
  }
  return code;
}

// Run when executed directly (bin), not when imported by tests.
if (isMain(import.meta.url)) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
