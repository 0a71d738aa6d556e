/**
 * A progress bar on stderr for long batches (more than 20 files), only on a TTY.
 * @module
 */

/** A progress reporter: `tick()` after each file, `done()` at the end. */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

/**
 * Creates a progress bar when `total` > 20 and stderr is a TTY; otherwise a silent one.
 * @example
 * const progress = createProgress(files.length);
 * for (const f of files) { lint(f); progress.tick(f); }
 * progress.done();
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total <= 20 || !stream.isTTY) return { tick: () => undefined, done: () => undefined };
  let n = 0;
  const width = 30;
  return {
    tick(label) {
      n++;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${n}/${total} ${name}`.padEnd(90));
    },
    done() {
      stream.write(`\r${' '.repeat(90)}\r`);
    },
  };
}
