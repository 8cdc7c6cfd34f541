/**
 * Output for commands: data to stdout, messages to stderr, a progress bar only on a TTY.
 * Commands take an `Io` so tests can capture what they print.
 * @module
 */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** true when stderr is a terminal: progress bars and colours are for people only */
  tty: boolean;
  /** raw write to stderr, no newline added (the progress bar redraws its line with "\r") */
  write?(chunk: string): void;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
  tty: Boolean(process.stderr.isTTY) && !process.env.CI,
  write: (chunk) => void process.stderr.write(chunk),
};

/**
 * A one-line progress bar on stderr (a running count when `total` is 0: unknown); does nothing
 * when not on a TTY (piped, CI, tests).
 * Print messages through `message()` while it runs, so they do not land on the bar's line.
 */
export function progress(io: Io, label: string, total: number) {
  const write = io.write ?? ((chunk: string) => void process.stderr.write(chunk));
  let done = 0;
  let last = 0;
  let shown = false;
  const draw = (final = false) => {
    if (!io.tty) return;
    const now = Date.now();
    if (!final && now - last < 80) return;
    last = now;
    const width = 24;
    // total 0: not known in advance (a folder is read as it is walked): a count only
    if (total <= 0) write(`\r${label} ${done}` + (final ? "\n" : ""));
    else {
      const filled = Math.min(width, Math.round((done / total) * width));
      write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}` + (final ? "\n" : ""));
    }
    shown = !final;
  };
  return {
    tick(n = 1) {
      done += n;
      draw();
    },
    total(n: number) {
      total = n;
      draw();
    },
    /** prints a line on stderr above the bar */
    message(line: string) {
      if (shown) write("\r\x1b[K");
      io.err(line);
      if (shown) {
        last = 0;
        draw();
      }
    },
    done() {
      if (done || shown) draw(true);
    },
  };
}

/** Pads columns for a readable table; the last column is not padded. */
export function table(rows: string[][], header?: string[]): string[] {
  const all = header ? [header, ...rows] : rows;
  const widths: number[] = [];
  for (const r of all) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length))).join("  ").trimEnd());
}

export { oneLine, printable } from "../app/text.js";
