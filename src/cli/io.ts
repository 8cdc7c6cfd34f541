import { shownPath } from "../app/text.js";

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

/** "0:07", "12:31", "2:05:09": a duration the way a person reads a countdown. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}

/**
 * The bar's text (pure, so it is tested as a string): count and total, a bar, the rate, and the
 * time left (or, with no total, the time taken). The rate is omitted until a second has passed,
 * when it means something.
 */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, width = 24): string {
  const rate = elapsedMs >= 1000 && done > 0 ? done / (elapsedMs / 1000) : 0;
  const speed = rate ? `  ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s` : "";
  if (total <= 0) return `${label} ${done}${speed}  ${clock(elapsedMs)}`;
  const filled = Math.min(width, Math.round((Math.min(done, total) / total) * width));
  const left = rate && done < total ? `  ${clock(((total - done) / rate) * 1000)} left` : done >= total ? `  ${clock(elapsedMs)}` : "";
  return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}${speed}${left}`;
}

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
  const started = Date.now();
  const draw = (final = false) => {
    if (!io.tty) return;
    const now = Date.now();
    if (!final && now - last < 80) return;
    last = now;
    // total 0: not known in advance: a count, the rate and the time taken
    write(`\r\x1b[K${progressLine(label, done, total, now - started)}` + (final ? "\n" : ""));
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

// East Asian wide and fullwidth characters (Hangul, kana, CJK ideographs, fullwidth forms, most
// emoji) take two terminal columns; combining marks, joiners and variation selectors none
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// (variation selectors are marks)
const ZERO = /\p{M}|[\u200b-\u200f\u2060]/u;

/** How many terminal columns `s` takes. */
export function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Pads columns for a readable table (by the columns a terminal gives each character); the last column is not padded. */
export function table(rows: string[][], header?: string[]): string[] {
  const all = header ? [header, ...rows] : rows;
  const widths: number[] = [];
  for (const r of all) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, columns(c))));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i] - columns(c)))).join("  ").trimEnd());
}

export { oneLine, printable } from "../app/text.js";

/** A report's origin on the terminal: relative to where the command runs, never the machine's full path. */
export const where = (origin: string | null | undefined): string => (origin ? shownPath(origin, { outside: "relative" }) : "");

/**
 * A report's name where its title would be, for one stored without (added before titles were read
 * from the text): its file's name, or its URL; the path stays in `where` and `dossier show`.
 */
export const untitled = (origin: string | null | undefined): string => {
  const shown = where(origin);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(shown) ? shown : shown.slice(shown.lastIndexOf("/") + 1);
};
