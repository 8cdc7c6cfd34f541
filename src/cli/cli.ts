/**
 * Every dossier command, declared in one place: name, arguments, options, examples.
 * The command's code is imported only when it runs.
 * @module
 */
import type { Io } from "./io.js";

export type OptionSpec = { type: "boolean" | "string"; short?: string; multiple?: boolean; help: string; arg?: string };

export interface CommandContext {
  args: string[];
  options: Record<string, string | boolean | string[] | undefined>;
  io: Io;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** at least this many positional arguments */
  minArgs?: number;
  /** at most this many positional arguments (default: any number) */
  maxArgs?: number;
  options: Record<string, OptionSpec>;
  examples: string[];
  load: () => Promise<{ run(ctx: CommandContext): Promise<number | undefined> }>;
}

const db: OptionSpec = { type: "string", arg: "PATH|URL", help: "the store: a folder for embedded Postgres, or a postgres:// URL (default: $DOSSIER_DB, $DATABASE_URL, ./.dossier)" };
const json: OptionSpec = { type: "boolean", help: "print JSON (one object per line) instead of a table" };
const allowPrivate: OptionSpec = { type: "boolean", help: "let URLs reach private, loopback and link-local addresses" };

export const COMMANDS: CommandSpec[] = [
  {
    name: "add",
    summary: "ingest reports: .txt/.md (YAML front matter), .html, corpus folders (sources.json + text/), URLs",
    usage: "dossier add [options] <path|url>...",
    minArgs: 1,
    options: {
      db,
      json,
      "allow-private": allowPrivate,
      published: { type: "string", arg: "DATE", help: "publication date (YYYY-MM-DD) of the reports given, over what they say; relative dates (\"last week\") are read from it" },
      publisher: { type: "string", arg: "NAME", help: "who published the reports given (plain files say nothing of it)" },
      title: { type: "string", arg: "TEXT", help: "the title of the report given (default: its own, else its first heading or line)" },
    },
    examples: [
      "dossier add examples/tumen-bridge",
      "dossier add report.md page.html",
      "dossier add https://example.org/story.html",
      "dossier add notes.txt --published 2025-04-30 --publisher 'Field notes'",
    ],
    load: () => import("./commands/add.js"),
  },
  {
    name: "follow",
    summary: "follow RSS, Atom or RDF feeds (their items are fetched by `dossier update`)",
    usage: "dossier follow [options] <feed-url>...",
    minArgs: 1,
    options: { db, json, "allow-private": allowPrivate },
    examples: ["dossier follow https://example.org/news/rss.xml"],
    load: () => import("./commands/follow.js"),
  },
  {
    name: "update",
    summary: "fetch the new items of every followed feed and add them (safe to run from cron)",
    usage: "dossier update [options]",
    options: { db, json, "allow-private": allowPrivate },
    examples: ["dossier update", "*/30 * * * * cd ~/case && dossier update"],
    load: () => import("./commands/update.js"),
  },
  {
    name: "reports",
    summary: "list the reports in the store",
    usage: "dossier reports [options]",
    maxArgs: 0,
    options: { db, json },
    examples: ["dossier reports", "dossier reports --json"],
    load: () => import("./commands/reports.js"),
  },
  {
    name: "show",
    summary: "show one report: its metadata and text",
    usage: "dossier show [options] <id>",
    minArgs: 1,
    options: { db, json },
    examples: ["dossier show r01", "dossier show --json r01"],
    load: () => import("./commands/show.js"),
  },
  {
    name: "remove",
    summary: "take reports out of the store: their figures and the facts they alone made go with them",
    usage: "dossier remove [options] [<id>...]",
    options: {
      db,
      json,
      "copies-of": { type: "string", multiple: true, arg: "ID", help: "remove the reports marked as copies of this report (repeatable)" },
      before: { type: "string", arg: "YYYY-MM-DD", help: "remove every report published before this day (undated reports stay)" },
    },
    examples: ["dossier remove r07 r12", "dossier remove --copies-of r01", "dossier remove --before 2024-01-01"],
    load: () => import("./commands/remove.js"),
  },
  {
    name: "extract",
    summary: "find every stated figure (with offsets, normalized value, subject and speaker) in files, folders or stored reports",
    usage: "dossier extract [options] <path|report-id>...",
    minArgs: 1,
    options: { db, json },
    examples: ["dossier extract --json ../shared/corpus/tumen-bridge-dev", "dossier extract report.txt", "dossier extract r01"],
    load: () => import("./commands/extract.js"),
  },
  {
    name: "brief",
    summary: "publish a cited briefing (key facts, conflicts with quotes, timeline, sources) of files and folders, or of the store",
    usage: "dossier brief [options] [path|url...]",
    options: {
      format: { type: "string", short: "f", arg: "md|html|json", help: "md (default): Markdown; html: one self-contained page; json: facts with members and verdicts" },
      out: { type: "string", short: "o", arg: "FILE", help: "write to FILE instead of stdout" },
      title: { type: "string", arg: "TEXT", help: "the briefing's title (default: from the one folder or file given, else \"Briefing on N reports\" and their dates)" },
      imagery: { type: "string", arg: "DIR", help: "embed the chart and latest clear snapshot from a `dossier watch` output folder" },
      db,
      "allow-private": allowPrivate,
    },
    examples: ["dossier brief examples/tumen-bridge", "dossier brief --format html --out briefing.html examples/tumen-bridge", "dossier brief --db ./.dossier --format json"],
    load: () => import("./commands/brief.js"),
  },
  {
    name: "fact",
    summary: "the analyst's last word: list facts, merge or split them, set a verdict, hide one, undo a decision",
    usage: "dossier fact list | merge <fact> <fact>... | split <fact> <report@start>... | verdict <fact> agree|conflict|revised | hide <fact>... | decisions | undo <n>",
    minArgs: 1,
    options: {
      reason: { type: "string", arg: "TEXT", help: "why (shown beside the fact in the briefing)" },
      all: { type: "boolean", help: "list: include hidden facts" },
      db,
      json,
    },
    examples: [
      "dossier fact list",
      "dossier fact merge quantity-r01-120 quantity-r04-88 --reason 'both the main span'",
      "dossier fact split quantity-r01-120 r03@412 --reason 'includes the approach roads'",
      "dossier fact verdict date-r02-40 revised --reason 'the ministry moved the date'",
      "dossier fact undo 3",
    ],
    load: () => import("./commands/fact.js"),
  },
  {
    name: "serve",
    summary: "explore the store in a web browser: facts, every quote behind them, reports with their figures marked, search, Atom feed",
    usage: "dossier serve [options]",
    maxArgs: 0,
    options: {
      db,
      port: { type: "string", short: "p", arg: "N", help: "port to listen on (default 4242; 0 picks a free one)" },
      host: { type: "string", arg: "ADDR", help: "address to bind (default 127.0.0.1, this machine only)" },
      decisions: { type: "string", arg: "on|off", help: "forms on fact pages to set verdicts, merge, split, hide (default: on for loopback, off for any other address)" },
    },
    examples: ["dossier serve", "dossier serve --db ./case --port 8080", "dossier serve --decisions off"],
    load: () => import("./commands/serve.js"),
  },
  {
    name: "newsletter",
    summary: "the newsletter: subscribe an address (double opt-in), send what changed to confirmed subscribers, list subscribers",
    usage: "dossier newsletter subscribe <email> | send | subscribers [options]",
    minArgs: 1,
    maxArgs: 2,
    options: {
      db,
      json,
      title: { type: "string", arg: "TEXT", help: "the newsletter's name in its mail (kept in the store for later sends)" },
    },
    examples: [
      "DOSSIER_SMTP_URL=smtps://user:pass@mail.example.org DOSSIER_PUBLIC_URL=https://dossier.example.org dossier newsletter subscribe ana@example.org",
      "dossier newsletter send",
      "dossier newsletter subscribers --json",
    ],
    load: () => import("./commands/newsletter.js"),
  },
  {
    name: "run",
    summary: "keep the dossier current: update followed feeds, refresh saved sites, send the newsletter when something changed",
    usage: "dossier run [--every 30m] [--once] [options]",
    maxArgs: 0,
    options: {
      db,
      every: { type: "string", arg: "DURATION", help: "time between the starts of two cycles: 30m (default), 2h, 1d" },
      once: { type: "boolean", help: "one cycle, then exit (for cron or a systemd timer)" },
      "allow-private": allowPrivate,
    },
    examples: ["dossier run --every 30m", "*/30 * * * * cd ~/case && dossier run --once"],
    load: () => import("./commands/run.js"),
  },
  {
    name: "watch",
    summary: "watch a site in Sentinel-2 L2A imagery: per-date clear share, class areas, crossing progress, time-lapse, chart, snapshots",
    usage: "dossier watch --aoi <geojson|lat,lon,radius_m> --from <date> --to <date> [options]",
    options: {
      aoi: { type: "string", arg: "FILE|LAT,LON,R", help: "the site: a GeoJSON polygon file, or a point and radius in metres" },
      axis: { type: "string", arg: "FILE", help: "a GeoJSON LineString across the river (e.g. a bridge axis): measure how much of it no longer reads as water" },
      site: { type: "string", arg: "NAME", help: "name the site in captions and stored observations (default: from the AOI)" },
      alias: { type: "string", multiple: true, arg: "NAME", help: "another name of the structure watched (repeatable): with --site, claims about a structure named otherwise (a rail bridge beside a road bridge) are not set against it" },
      from: { type: "string", arg: "YYYY-MM-DD", help: "first day" },
      to: { type: "string", arg: "YYYY-MM-DD", help: "last day" },
      stac: { type: "string", arg: "URL", help: "STAC API (default: Earth Search v1)" },
      "max-cloud": { type: "string", arg: "N", help: "skip scenes whose tile cloud cover is above N % (default 80; the AOI's own clear share decides the rest)" },
      out: { type: "string", short: "o", arg: "DIR", help: "output folder (default ./watch-out)" },
      cache: { type: "string", arg: "DIR", help: "byte-range cache (default <out>/cache); --cache none to disable" },
      json: { type: "boolean", help: "print the per-date table as JSON on stdout" },
      db: { ...db, help: "also store the observations in this dossier store (a folder or postgres:// URL)" },
      save: { type: "boolean", help: "with --db: save the site and these options, so that `dossier run` refreshes it up to each day" },
      every: { type: "string", arg: "DURATION", help: "with --save: how often `dossier run` refreshes the site (default 1d)" },
    },
    examples: [
      "dossier watch --aoi 42.42,130.64,800 --axis axis.geojson --from 2025-03-01 --to 2026-03-31",
      "dossier watch --aoi site.geojson --from 2025-06-01 --to 2025-09-30 --max-cloud 40 --json",
    ],
    load: () => import("./commands/watch.js"),
  },
];

export const commandByName = (name: string) => COMMANDS.find((c) => c.name === name);

export function commandHelp(c: CommandSpec): string {
  const opts = Object.entries({ ...c.options, help: { type: "boolean", short: "h", help: "show this help" } as OptionSpec }).map(([name, o]) => [
    `  ${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""}`,
    o.help,
  ]);
  const w = opts.reduce((m, [a]) => Math.max(m, a.length), 0);
  return [
    `${c.summary}`,
    ``,
    `usage: ${c.usage}`,
    ``,
    `options:`,
    ...opts.map(([a, h]) => `${a.padEnd(w)}  ${h}`),
    ``,
    `examples:`,
    ...c.examples.map((e) => `  ${e}`),
  ].join("\n");
}

export function mainHelp(): string {
  const w = COMMANDS.reduce((m, c) => Math.max(m, c.name.length), 0);
  return [
    "dossier — collate reports, reconcile their figures into cited facts, watch a site from orbit",
    "",
    "usage: dossier <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    "",
    "Run `dossier <command> --help` for a command's options. Data goes to stdout, messages to stderr;",
    "exit status 0 = done, 1 = something failed, 2 = wrong usage.",
  ].join("\n");
}
