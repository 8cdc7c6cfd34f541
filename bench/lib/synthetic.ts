/**
 * Synthetic reports in the project's own words (templates and made-up names, seeded): the same
 * texts on every run, for bench/brief.ts (in memory) and bench/scale.ts (through the store).
 * About one report in ten is a wire copy of an earlier one.
 */
import { createHash } from "node:crypto";
import type { Report } from "../../src/types.js";
import { rng } from "../../test/rng.js";

// a small seeded PRNG so every run measures the same texts; reset by each synthetic() call
let rnd = rng(20250430);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

const PROJECTS = ["the river bridge", "the container terminal", "the gas pipeline", "the hydro dam", "the coastal railway", "the airport runway", "the fibre cable", "the border checkpoint"];
const PLACES = ["Northport", "Vell Bay", "Kestrel Ridge", "Amberfield", "Lowmarsh", "Tarn Crossing", "Easthaven", "Granite Point"];
const OUTLET_A = ["Daily", "Evening", "Weekly", "Coastal", "Northern", "Capital", "Harbour", "Valley"];
const OUTLET_B = ["Herald", "Courier", "Ledger", "Monitor", "Wire", "Observer", "Gazette", "Post"];
// 40 outlets, fixed (not drawn from the stream): same names whatever the seed
const OUTLETS = Array.from({ length: 40 }, (_, i) => `${OUTLET_A[i % 8]} ${OUTLET_B[(i * 3 + Math.floor(i / 8)) % 8]} ${i + 1}`);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const LEADS = ["", "", "On Tuesday, ", "According to local media, ", "In a statement, ", "Separately, ", "As of last week, ", "Critics note that ", "Documents seen by reporters show that ", "In an interview, ", "Meanwhile, ", "Once again, ", "Residents heard that ", "By most accounts, "];
const TAILS = ["", "", " No one disputed that figure.", " The claim could not be verified.", " Others were more cautious.", " That is more than first planned.", " Work was paused twice over the winter.", " Opposition politicians called it wasteful.", " The contractor declined to comment."];

/** A template sentence as written: which template, and its own words (after the lead, before the tail). */
interface Written {
  template: number;
  lead: string;
  core: string;
  tail: string;
}

/** The template sentences of the report being written, in order (read by `syntheticTruth`). */
let written: Written[] = [];

function sentence(project: string, place: string): string {
  const m = pick(MONTHS);
  const y = int(2024, 2027);
  const templates = [
    () => `Officials in ${place} said ${project} will be ${int(3, 20) * 50} m long when finished.`,
    () => `The whole route, including access roads, is expected to run to ${(int(20, 90) / 10).toFixed(1)} km.`,
    () => `The budget for ${project} stands at about $${int(40, 900)} million, according to the ministry.`,
    () => `A rival estimate puts the cost at £${int(30, 700)}m.`,
    () => `Work began on ${int(1, 28)} ${m} ${y}, and completion is planned for ${pick(["mid-", "late ", "early ", "the end of "])}${y + 1}.`,
    () => `Engineers expect ${int(100, 900)} vehicles and ${int(1, 9)},${int(100, 999)} people to cross each day.`,
    () => `Some ${int(5, 30)},000 workers have been hired, up ${int(3, 40)}% on last year.`,
    () => `The old crossing nearby opened in ${int(1920, 1990)} and carries ${int(2, 9)} trains a week.`,
    () => `Construction is expected to take ${int(2, 6)} years, ${pick(["a spokesperson", "the contractor", "a local official"])} said in ${m}.`,
    () => `Traffic could grow ${int(2, 9)}-fold within a decade, analysts in ${place} estimate.`,
  ];
  // drawn as pick draws, so the texts are the same whoever reads which template was taken
  const template = Math.floor(rnd() * templates.length);
  const s = templates[template]();
  const lead = pick(LEADS);
  const core = lead ? s[0].toLowerCase() + s.slice(1) : s;
  const tail = pick(TAILS);
  written.push({ template, lead, core, tail });
  return lead + core + tail;
}

// made-up names so that reports differ in words as real ones do, not only in their figures
const SYL = ["ka", "ro", "mel", "tan", "vi", "dor", "sel", "ur", "bra", "lin", "sho", "pe", "gar", "no", "zel", "fi"];
const name = () => Array.from({ length: int(2, 3) }, () => pick(SYL)).join("").replace(/^./, (c) => c.toUpperCase());
const colour = () =>
  pick([
    () => `${name()} ${name()}, who runs a shop in ${name()}, said the mood had changed.`,
    () => `A delegation led by ${name()} visited the ${name()} site and met ${name()} engineers.`,
    () => `Local councillor ${name()} told the ${name()} ${pick(["Times", "Record", "Star"])} that people were ${pick(["hopeful", "worried", "divided", "tired of waiting"])}.`,
    () => `Trucks from ${name()} and ${name()} queued along the ${name()} road for most of the day.`,
  ])();

/**
 * `n` reports, ids b0…b{n-1}, the same for the same `seed` on every run and every call; a smaller
 * `n` gives a prefix of a larger one. About 2 ms per report (3,000 reports ≈ 0.1 s).
 */
export function synthetic(n: number, seed = 20250430): Report[] {
  return generate(n, seed, null);
}

/** Where a report's template sentences stand: each one's template, and the span of its own words. */
export interface TemplateSpan {
  project: string;
  place: string;
  template: number;
  start: number;
  end: number;
}

/**
 * The same reports as `synthetic`, and per report id the template sentences it holds (a copy
 * holds its original's): what bench/_truth.ts judges grouping against. The texts are the same.
 */
export function syntheticTruth(n: number, seed = 20250430): { reports: Report[]; spans: Map<string, TemplateSpan[]> } {
  const spans = new Map<string, TemplateSpan[]>();
  return { reports: generate(n, seed, spans), spans };
}

function generate(n: number, seed: number, spans: Map<string, TemplateSpan[]> | null): Report[] {
  rnd = rng(seed);
  const reports: Report[] = [];
  for (let i = 0; i < n; i++) {
    // about one report in ten is a wire copy of an earlier one
    if (i > 10 && rnd() < 0.1) {
      const src = reports[int(0, i - 1)];
      spans?.set(`b${i}`, spans.get(src.id)!);
      reports.push({ ...src, id: `b${i}`, publisher: pick(OUTLETS), text: src.text + "\n\n(Distributed by syndication.)", copyOf: null, hash: hash(`copy${i}`) });
      continue;
    }
    const project = pick(PROJECTS);
    const place = pick(PLACES);
    written = [];
    const paras = Array.from({ length: int(3, 7) }, () => [...Array.from({ length: int(1, 3) }, () => sentence(project, place)), colour(), colour()].join(" "));
    const text = [`${place}: new details emerge on ${project}.`, ...paras].join("\n\n");
    if (spans) {
      // each sentence found after the one before it, its own words after its lead
      const mine: TemplateSpan[] = [];
      let from = 0;
      for (const w of written) {
        const at = text.indexOf(w.lead + w.core + w.tail, from);
        mine.push({ project, place, template: w.template, start: at + w.lead.length, end: at + w.lead.length + w.core.length });
        from = at + w.lead.length + w.core.length + w.tail.length;
      }
      spans.set(`b${i}`, mine);
    }
    reports.push({ id: `b${i}`, url: `https://bench.example.org/${i}`, publisher: pick(OUTLETS), published: `${int(2024, 2026)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`, language: "en", title: `Report ${i} on ${project}`, hash: hash(text), text, copyOf: null });
  }
  return reports;
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex");
