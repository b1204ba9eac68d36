import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

/** A stream that records what is written to it, posing as a terminal or not. */
function stream(tty: boolean): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; text: () => string };
  const chunks: string[] = [];
  s.on('data', (c) => chunks.push(String(c)));
  s.isTTY = tty;
  s.columns = 120;
  s.text = () => chunks.join('');
  return s;
}

describe('progress', () => {
  it('writes nothing when stderr is not a terminal, except lines logged', async () => {
    const s = stream(false);
    const p = createProgress(s);
    p.start(10, 'texts');
    p.update(3, 1);
    p.log('failed  x.txt: broken [E_INPUT_EMPTY]');
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(s.text()).toBe('failed  x.txt: broken [E_INPUT_EMPTY]\n');
  });

  it('on a terminal shows done/total, texts per second, time left and failures', async () => {
    const s = stream(true);
    let now = 0;
    const p = createProgress(s, () => now);
    p.start(10, 'texts');
    now = 2000;
    p.update(4, 1);
    p.stop();
    await new Promise((r) => setImmediate(r));
    // 4 texts in 2 s: 2.0 texts/s; 40% done in 2 s leaves 3 s.
    expect(s.text()).toMatch(/40% \| 4\/10 texts \| 2\.0 texts\/s \| ETA 3s \| 1 failed/);
  });

  it('for JSON Lines files counts progress in bytes read, and without a total shows no bar', async () => {
    const bytes = stream(true);
    let now = 0;
    const p = createProgress(bytes, () => now);
    p.start(1000, 'bytes');
    now = 1000;
    p.update(7, 0, 250);
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(bytes.text()).toMatch(/25% \| 7 texts \| 7\.0 texts\/s \| ETA 3s \| 0 failed/);

    const open = stream(true);
    const q = createProgress(open, () => now);
    q.start(null, 'bytes');
    now = 3000;
    q.update(12, 2, 5000);
    q.stop();
    await new Promise((r) => setImmediate(r));
    expect(open.text()).toMatch(/12 texts \| 6\.0 texts\/s \| 2 failed/);
    expect(open.text()).not.toMatch(/ETA|%/);
  });
});
