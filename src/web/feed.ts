/**
 * An Atom feed (RFC 4287) of the dossier: one entry per report, newest first, and a first entry
 * summarising the conflicts. Pure; every string XML-escaped and stripped of characters XML 1.0
 * cannot carry.
 * @module
 */
import type { Dossier } from "../app/explore.js";
import { cmp, escapeHtml as esc, flat, formatPublished, sections, valueSummary, valuesOf } from "../publish/index.js";
import { href } from "./pages.js";
import { oneLine } from "../app/text.js";

// control characters and lone surrogates are not allowed in XML 1.0, even escaped
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text for XML element content and attribute values. */
export const xml = (s: string | null | undefined) => esc(String(s ?? "").replace(INVALID_XML, ""));

const SUMMARY_CHARS = 400;
/** Report entries in the feed. */
export const MAX_ENTRIES = 100;

/** When a report counts as updated: its publication day, else when it was added. */
const when = (published: string | null, addedAt: string | undefined, fallback: string) =>
  published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00Z` : addedAt ?? fallback;

/** The feed; `base` is the explorer's origin ("http://127.0.0.1:4242"), used for absolute links. */
export function atomFeed(d: Dossier, base: string, extra: Array<{ updated: string; xml: string }> = []): string {
  const b = d.briefing;
  const s = sections(b);
  const generated = b.generated;
  const entries: string[] = [];
  const reports = [...d.reports].sort((x, y) => cmp(when(y.published, y.addedAt, generated), when(x.published, x.addedAt, generated)) || cmp(x.id, y.id));
  const updated = [...reports.map((r) => r.addedAt ?? when(r.published, r.addedAt, generated)), ...extra.map((e) => e.updated)].sort().at(-1) ?? generated;
  if (s.conflicts.length) {
    const lines = s.conflicts.map((f) => `${flat(f.about)}: ${valueSummary(f, valuesOf(f, s.sourcesById))}`);
    entries.push(
      [
        `<entry>`,
        `<id>${xml(`${base}/#conflicts-${updated}`)}</id>`,
        `<title>${xml(`${s.conflicts.length === 1 ? "1 conflict" : `${s.conflicts.length} conflicts`} in ${b.title}`)}</title>`,
        `<updated>${xml(updated)}</updated>`,
        `<link rel="alternate" type="text/html" href="${xml(base + "/")}"/>`,
        `<summary type="text">${xml(`Sources that cannot all be right:\n${lines.map((l) => `• ${l}`).join("\n")}`)}</summary>`,
        `</entry>`,
      ].join("\n"),
    );
  }
  // entries made elsewhere (the newsletter's issues), newest first
  for (const e of extra) entries.push(e.xml);
  // the newest entries only: a feed is polled often, and readers keep what they have already seen
  for (const r of reports.slice(0, MAX_ENTRIES)) {
    // the summary's words only: folding a book-sized text to take 400 characters would cost a second
    const t = flat(r.text.slice(0, SUMMARY_CHARS * 4));
    // cut as every one-line view is: whole characters, at a word near the end
    const summary = oneLine(t, SUMMARY_CHARS);
    entries.push(
      [
        `<entry>`,
        `<id>urn:sha256:${xml(r.hash || r.id)}</id>`,
        `<title>${xml(flat(r.title || r.id))}</title>`,
        `<updated>${xml(when(r.published, r.addedAt, generated))}</updated>`,
        r.published ? `<published>${xml(`${r.published}T00:00:00Z`)}</published>` : "",
        r.publisher ? `<author><name>${xml(flat(r.publisher))}</name></author>` : `<author><name>unknown publisher</name></author>`,
        `<link rel="alternate" type="text/html" href="${xml(base + href.report(r.id))}"/>`,
        r.url && /^https?:\/\//i.test(r.url) ? `<link rel="via" href="${xml(r.url)}"/>` : "",
        `<summary type="text">${xml(`${r.publisher ? flat(r.publisher) + ", " : ""}${formatPublished(r.published)}. ${summary}`)}</summary>`,
        `</entry>`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `<id>${xml(base + "/")}</id>`,
    `<title>${xml(b.title)}</title>`,
    `<subtitle>${xml(`${s.summary.reports} reports, ${s.summary.conflict} conflicts, ${s.summary.revised} revised, ${s.summary.agree} agreed`)}</subtitle>`,
    `<updated>${xml(updated)}</updated>`,
    `<generator>dossier</generator>`,
    `<link rel="self" type="application/atom+xml" href="${xml(base + "/feed.atom")}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(base + "/")}"/>`,
    ...entries,
    `</feed>`,
    ``,
  ].join("\n");
}
