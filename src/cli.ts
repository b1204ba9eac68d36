#!/usr/bin/env node
/**
 * The command line: a thin layer over the batch runner. Exit codes: 0 every input ok, 1 some input
 * failed (each reported on stderr and in index.json), 2 usage error (bad option, bad pipeline file).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { runBatch, FORMATS, type Format } from './batch.js';
import { describeError, PeriodcheckError } from './errors.js';
import { discoverInputs, ENCODINGS, DEFAULT_MAX_BYTES, type Encoding } from './input.js';
import { buildPipeline, DEFAULT_PIPELINE_FILE } from './pipeline.js';
import { TOOL } from './version.js';
import { isMain } from './is-main.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  $ periodcheck analyze input -o output
      every .txt/.md under input/, one output/<name>.report.json each, plus output/index.json
  $ periodcheck analyze essay.txt other.md -o reports
  $ cat essay.txt | periodcheck analyze - --format jsonl -o -
      one report per line on stdout, nothing else (logs go to stderr)
  $ periodcheck analyze corpus/ --pipeline my-pipeline.json -o out

Exit codes: 0 all inputs ok; 1 some inputs failed (each reported); 2 usage error.`;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/** Builds the command-line program; `io` is injectable for tests. */
export function program(io: { stdout: (s: string) => void; stderr: (s: string) => void; setExitCode: (n: number) => void } = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  setExitCode: (n) => {
    process.exitCode = n;
  },
}): Command {
  const cli = new Command('periodcheck')
    .description('Checks the periodisation a text claims against its own evidence; writes one JSON report per text.')
    .version(TOOL.version, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  cli
    .command('analyze')
    .description('analyse texts: files, directories (recursively: .txt, .md) or - for stdin')
    .argument('<inputs...>', 'files, directories, or - for stdin')
    .option('-o, --out <dir>', "output directory, or '-' for stdout (JSON Lines)", 'output')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON or YAML)', DEFAULT_PIPELINE_FILE)
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('json'))
    .addOption(new Option('--encoding <encoding>', 'how to read files that are not valid UTF-8 (utf-8 rejects them)').choices([...ENCODINGS]).default('utf-8'))
    .option('--max-bytes <n>', 'largest input file accepted', positiveInteger, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress lines on stderr')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: { out: string; pipeline: string; format: Format; encoding: Encoding; maxBytes: number; quiet?: boolean }) => {
      let pipeline;
      try {
        pipeline = buildPipeline(opts.pipeline);
      } catch (e) {
        io.stderr(`periodcheck: ${describeError(e).message}\n`);
        io.setExitCode(EXIT_USAGE);
        return;
      }
      const format: Format = opts.out === '-' ? 'jsonl' : opts.format;
      const log = opts.quiet ? undefined : (line: string) => io.stderr(`${line}\n`);
      try {
        const result = await runBatch(discoverInputs(inputs), pipeline, { outDir: opts.out, format, encoding: opts.encoding, maxBytes: opts.maxBytes, log, writeStdout: io.stdout });
        if (!opts.quiet) io.stderr(`${result.ok} ok, ${result.failed} failed${opts.out === '-' ? '' : ` (index: ${opts.out}/index.json)`}\n`);
        io.setExitCode(result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
      } catch (e) {
        io.stderr(`periodcheck: ${describeError(e).message}\n`);
        io.setExitCode(e instanceof PeriodcheckError && e.code === 'E_OUTPUT_UNWRITABLE' ? EXIT_SOME_FAILED : EXIT_USAGE);
      }
    });
  return cli;
}

/** Runs the CLI with `argv` (as process.argv); resolves to the exit code. */
export async function main(argv: string[], io?: Parameters<typeof program>[0]): Promise<number> {
  let code = EXIT_OK;
  const sink = io ?? { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s), setExitCode: () => {} };
  const cli = program({ ...sink, setExitCode: (n) => (code = n) });
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
