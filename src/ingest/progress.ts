/**
 * A one-line progress bar for a terminal (written to stderr, redrawn at most 5 times a second).
 * On anything that is not a TTY (a pipe, a log file, CI) it prints nothing.
 */
export interface ProgressBar {
  update(bytes: number, rows: number): void;
  done(): void;
}

const WIDTH = 30;

export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let lastDraw = 0;
  const draw = (bytes: number, rows: number) => {
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
    const filled = Math.round(fraction * WIDTH);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en-US')} rows  ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;
    stream.write(`\r${line}\x1b[K`);
  };
  let last = { bytes: 0, rows: 0 };
  return {
    update(bytes, rows) {
      last = { bytes, rows };
      const now = Date.now();
      if (now - lastDraw < 200) return;
      lastDraw = now;
      draw(bytes, rows);
    },
    done() {
      draw(totalBytes, last.rows);
      stream.write('\n');
    },
  };
}
