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
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
  tty: Boolean(process.stderr.isTTY) && !process.env.CI,
};

/** A one-line progress bar on stderr; does nothing when not on a TTY. */
export function progress(io: Io, label: string, total: number) {
  let done = 0;
  let last = 0;
  const draw = (final = false) => {
    if (!io.tty) return;
    const now = Date.now();
    if (!final && now - last < 80) return;
    last = now;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : 0;
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}` + (final ? "\n" : ""));
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
    done() {
      draw(true);
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

export const oneLine = (s: string | null | undefined, max = 80) => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
};
