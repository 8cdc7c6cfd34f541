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

/**
 * Untrusted text (titles, report text, page metadata) made safe to show on a terminal: control
 * characters (C0 except tab and newline, DEL, C1) and bidirectional overrides are removed, so a
 * fetched page cannot move the cursor, retitle the window or reorder what is shown.
 * JSON output needs none of this: JSON.stringify escapes control characters.
 */
export const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");

/** One line of at most `max` characters (code points: an emoji is never cut in half), printable. */
export const oneLine = (s: string | null | undefined, max = 80) => {
  const t = printable((s ?? "").replace(/\s+/g, " ").trim());
  const chars = Array.from(t);
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : t;
};
