/**
 * One temporary directory for the whole test run, removed at its end: tests make their scratch
 * directories with `mkdtempSync(join(tmpdir(), …))`, and `tmpdir()` reads TMPDIR, which the test
 * workers (and the CLI processes tests start) inherit from here. Without it every run left its
 * batch outputs behind, and the 50 MB text of the large-input test with its reports (~400 MB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'periodcheck-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
