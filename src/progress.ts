/**
 * Progress of a batch on stderr, when stderr is a terminal: texts done (of how many, when known),
 * texts per second, time left, failures. When stderr is not a terminal (a log file, a pipe, CI) it
 * writes nothing at all. Lines logged while the bar is shown appear above it.
 */
import { MultiBar, type SingleBar } from 'cli-progress';

/** What the batch tells its progress display. */
export interface Progress {
  /**
   * Starts the display. `total` is the number of texts when known, or the number of bytes of input
   * (`unit: 'bytes'`, for JSON Lines files), or null when unknown (a stream on stdin).
   */
  start(total: number | null, unit: 'texts' | 'bytes'): void;
  /** Texts done and failed so far, and bytes of input read (for `unit: 'bytes'`). */
  update(done: number, failed: number, bytesRead?: number): void;
  /** Prints a line above the display (or to the stream when there is none). */
  log(line: string): void;
  stop(): void;
}

/** A stream the display can draw on (stderr, or a test double). */
export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

function eta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * A progress display on `stream`; silent (only logging) when the stream is not a terminal.
 * @param stream where to draw (default: `process.stderr`)
 * @param now clock in milliseconds (injectable for tests)
 */
export function createProgress(stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
  const tty = stream.isTTY === true;
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  let unit: 'texts' | 'bytes' = 'texts';
  let total: number | null = null;
  let startedAt = 0;

  const payload = (done: number, failed: number, fraction: number | null): Record<string, string> => {
    const elapsed = (now() - startedAt) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = fraction && fraction > 0 ? (elapsed / fraction) * (1 - fraction) : NaN;
    return {
      done: String(done),
      of: unit === 'texts' && total !== null ? `/${total}` : '',
      rate: rate.toFixed(rate < 10 ? 1 : 0),
      timeLeft: fraction === null ? '' : ` | ETA ${eta(left)}`,
      failed: String(failed),
    };
  };

  return {
    start(t, u) {
      total = t;
      unit = u;
      startedAt = now();
      if (!tty) return;
      const withBar = total !== null && total > 0;
      multi = new MultiBar(
        {
          stream: stream as NodeJS.WritableStream,
          format: `${withBar ? '{bar} {percentage}% | ' : ''}{done}{of} texts | {rate} texts/s{timeLeft} | {failed} failed`,
          // Long log lines (a failure's message) must wrap, not be cut at the terminal's width;
          // the bar is kept short enough that the status line itself fits.
          linewrap: true,
          barsize: Math.max(10, Math.min(40, (stream.columns ?? 80) - 75)),
          barCompleteChar: '█',
          barIncompleteChar: '░',
          hideCursor: true,
          clearOnComplete: false,
          stopOnComplete: false,
          etaBuffer: 1,
          fps: 5,
          noTTYOutput: false,
          emptyOnZero: true,
          // The batch handles SIGINT/SIGTERM itself (finishing documents in flight) and stops the display.
          gracefulExit: false,
        },
      );
      bar = multi.create(withBar ? total! : 1, 0, payload(0, 0, withBar ? 0 : null));
    },
    update(done, failed, bytesRead) {
      if (!bar) return;
      const value = unit === 'bytes' ? (bytesRead ?? 0) : done;
      const fraction = total !== null && total > 0 ? Math.min(1, value / total) : null;
      bar.update(total !== null && total > 0 ? Math.min(value, total) : 0, payload(done, failed, fraction));
    },
    log(line) {
      if (multi) multi.log(`${line}\n`);
      else stream.write(`${line}\n`);
    },
    stop() {
      // A last redraw prints lines logged since the previous one (a failure of the last text).
      multi?.update();
      multi?.stop();
      multi = null;
      bar = null;
    },
  };
}
