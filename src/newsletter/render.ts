/**
 * Newsletter mail: an issue's content → subject, plain-text part and HTML part (inline styles
 * only, no scripts, no remote images: figures travel as CID attachments), and the confirmation
 * mail of double opt-in. Every figure is cited with its report. Pure.
 * @module
 */
import { escapeHtml as esc, formatPublished } from "../publish/index.js";
import type { IssueContent } from "./diff.js";
import type { Snapshot, SnapshotFact, SnapshotValue } from "./snapshot.js";

export interface MailFigure {
  caption: string;
  /** image/png or image/jpeg: what mail clients show inline */
  contentType: string;
  content: Buffer;
}

export interface Attachment {
  cid: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}

export interface IssueLinks {
  /** the public base URL of `dossier serve`, no trailing slash */
  base: string;
  /** this issue's archive page */
  archive: string;
  /** the one-click unsubscribe page of this subscriber */
  unsubscribe: string;
}

const VERDICT: Record<string, string> = { conflict: "conflict", revised: "revised", agree: "sources agree", single: "single source" };
const COLOR: Record<string, string> = { conflict: "#b42318", revised: "#1d4ed8", agree: "#15803d", single: "#4b5563" };
const pct = (v: number | null) => (v == null ? "not measurable" : `${Math.round(v * 100)} %`);

const S = {
  body: "margin:0;padding:0;background:#f5f6f8;",
  wrap: "max-width:640px;margin:0 auto;padding:24px 20px;background:#ffffff;color:#1b1f24;font:15px/1.55 Helvetica,Arial,sans-serif;",
  h1: "font-size:22px;line-height:1.25;margin:0 0 6px;",
  h2: "font-size:17px;margin:26px 0 8px;padding-bottom:4px;border-bottom:2px solid #1b1f24;",
  muted: "color:#5b6470;font-size:13px;",
  item: "margin:0 0 14px;",
  quote: "margin:4px 0 0;padding:6px 10px;background:#f5f6f8;border-left:3px solid #dde1e6;font-size:14px;",
  badge: (v: string) => `display:inline-block;font-size:11px;font-weight:bold;text-transform:uppercase;color:#ffffff;background:${COLOR[v] ?? "#4b5563"};border-radius:9px;padding:1px 7px;`,
  a: "color:#0b5cad;",
  img: "display:block;max-width:100%;height:auto;border:1px solid #dde1e6;margin:8px 0 4px;",
  foot: "margin-top:30px;padding-top:12px;border-top:1px solid #dde1e6;color:#5b6470;font-size:12px;",
  button: "display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;font-weight:bold;padding:10px 18px;border-radius:5px;",
};

const cite = (s: Snapshot["sources"], id: string) => {
  const r = s[id];
  if (!r) return id;
  return `${r.publisher || r.title || id}, ${formatPublished(r.published)}`;
};
const reportUrl = (links: IssueLinks, id: string) => `${links.base}/reports/${encodeURIComponent(id)}`;

/** Citations of a value: text form and HTML form. */
function citations(c: IssueContent, links: IssueLinks, v: SnapshotValue): { text: string; html: string } {
  const ids = v.sources.slice(0, 4);
  const more = v.sources.length - ids.length;
  const tail = more > 0 ? `; and ${more} more` : "";
  return {
    text: ids.map((id) => `${cite(c.sources, id)} <${reportUrl(links, id)}>`).join("; ") + tail,
    html: ids.map((id) => `<a style="${S.a}" href="${esc(reportUrl(links, id))}">${esc(cite(c.sources, id))}</a>`).join("; ") + esc(tail),
  };
}

function factBlock(c: IssueContent, links: IssueLinks, f: SnapshotFact, values: SnapshotValue[], lead: string) {
  const text: string[] = [`* ${lead}${f.about}: ${values.map((v) => v.words).join(f.verdict === "conflict" ? " vs " : " / ")} [${VERDICT[f.verdict]}]`];
  const html: string[] = [`<div style="${S.item}"><b>${esc(lead)}${esc(f.about)}</b>: ${values.map((v) => `<b>${esc(v.words)}</b>`).join(f.verdict === "conflict" ? " vs " : " / ")} <span style="${S.badge(f.verdict)}">${esc(VERDICT[f.verdict])}</span>`];
  for (const v of values) {
    const cs = citations(c, links, v);
    if (v.quote) {
      text.push(`  "${v.quote.join("")}"`);
      html.push(`<p style="${S.quote}">“${esc(v.quote[0])}<b>${esc(v.quote[1])}</b>${esc(v.quote[2])}”<br><span style="${S.muted}">${values.length > 1 ? `${esc(v.words)}: ` : ""}${cs.html}</span></p>`);
    } else html.push(`<p style="${S.quote}"><span style="${S.muted}">${cs.html}</span></p>`);
    text.push(`  ${values.length > 1 ? `${v.words}: ` : ""}${cs.text}`);
  }
  html.push(`</div>`);
  return { text: text.join("\n"), html: html.join("") };
}

/** An issue as mail. `figures` (chart, latest snapshot) go inline when the issue has imagery. */
export function renderIssue(c: IssueContent, number: number, links: IssueLinks, figures: MailFigure[] = [], figureSrc?: (f: MailFigure) => string): RenderedMail {
  const subject = issueSubject(c, number);
  const text: string[] = [c.title, `Issue ${number}, ${c.generated.slice(0, 10)}`, ""];
  const html: string[] = [];
  const section = (title: string, blocks: Array<{ text: string; html: string }>) => {
    if (!blocks.length) return;
    text.push(title.toUpperCase(), "", ...blocks.map((b) => b.text + "\n"));
    html.push(`<h2 style="${S.h2}">${esc(title)}</h2>`, ...blocks.map((b) => b.html));
  };
  const st = c.stats;
  const stats = `${st.reports} reports (${st.independent} independent): ${st.conflict} conflicts, ${st.revised} revised, ${st.agree} agreed, ${st.single} single-source figures.`;
  if (c.kind === "summary") {
    text.push("This first issue summarises the briefing; the next ones carry what changed.", stats, "");
    html.push(`<p>This first issue summarises the briefing; the next ones carry what changed.</p><p style="${S.muted}">${esc(stats)}</p>`);
    section("Key facts", c.keyFacts.map((f) => factBlock(c, links, f, f.values, "")));
  } else {
    text.push(`What changed since the last issue. ${stats}`, "");
    html.push(`<p>What changed since the last issue.</p><p style="${S.muted}">${esc(stats)}</p>`);
    section("New values of known facts", c.newValues.map((v) => factBlock(c, links, v.fact, v.added, "")));
    section("Verdicts that changed", c.verdicts.map((v) => factBlock(c, links, v.fact, v.fact.values, `${VERDICT[v.from]} → ${VERDICT[v.to]}: `)));
    section("New facts", c.newFacts.map((f) => factBlock(c, links, f, f.values, "")));
  }
  section(
    c.kind === "summary" ? "Timeline" : "New on the timeline",
    c.events.map((t) => {
      const who = t.observation ? t.sources.join("; ") : t.sources.map((id) => cite(c.sources, id)).join("; ");
      return {
        text: `* ${t.when}: ${t.event}${t.conflicting ? " (sources disagree on the date)" : ""} (${who})`,
        html: `<div style="${S.item}"><b>${esc(t.when)}</b>: ${esc(t.event)}${t.conflicting ? ` <span style="${S.badge("conflict")}">dates disagree</span>` : ""}<br><span style="${S.muted}">${t.observation ? esc(who) : t.sources.map((id) => `<a style="${S.a}" href="${esc(reportUrl(links, id))}">${esc(cite(c.sources, id))}</a>`).join("; ")}</span></div>`,
      };
    }),
  );
  const attachments: Attachment[] = [];
  if (c.observations.length) {
    const blocks = c.observations.map((o) => ({
      text: `* ${o.site}, ${formatPublished(o.date)}: crossing not water ${pct(o.progress)}; clear ${pct(o.clearAoi)}${o.cloudy ? " (cloudy)" : ""} (Sentinel-2 L2A, measured)`,
      html: `<div style="${S.item}"><b>${esc(o.site)}</b>, ${esc(formatPublished(o.date))}: crossing not water <b>${esc(pct(o.progress))}</b>; clear ${esc(pct(o.clearAoi))}${o.cloudy ? " (cloudy)" : ""} <span style="${S.muted}">Sentinel-2 L2A, measured</span></div>`,
    }));
    figures.forEach((fig, i) => {
      const cid = `figure-${i + 1}@dossier`;
      attachments.push({ cid, filename: `figure-${i + 1}.${fig.contentType === "image/jpeg" ? "jpg" : "png"}`, contentType: fig.contentType, content: fig.content });
      blocks.push({ text: `[figure ${i + 1}: ${fig.caption}]`, html: `<img style="${S.img}" src="${esc(figureSrc ? figureSrc(fig) : `cid:${cid}`)}" alt="${esc(fig.caption)}" width="600"><p style="${S.muted}">${esc(fig.caption)}</p>` });
    });
    section(c.kind === "summary" ? "From orbit" : "New imagery", blocks);
  }
  section(
    "Source alerts",
    c.alerts.map((a) => ({ text: `* ${a.title ?? a.source} <${a.source}>: ${a.detail}`, html: `<div style="${S.item}"><b>${esc(a.title ?? a.source)}</b> ${esc(a.kind === "broken" ? "is failing" : "has gone quiet")}: ${esc(a.detail)}<br><span style="${S.muted}">${esc(a.source)}</span></div>` })),
  );
  text.push(
    "--",
    `Read this issue on the web: ${links.archive}`,
    `The whole briefing: ${links.base}/briefing.html`,
    `Unsubscribe (one click): ${links.unsubscribe}`,
  );
  const page = [
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>`,
    `<body style="${S.body}"><div style="${S.wrap}">`,
    `<h1 style="${S.h1}">${esc(c.title)}</h1><p style="${S.muted}">Issue ${number}, ${esc(formatPublished(c.generated.slice(0, 10)))} · <a style="${S.a}" href="${esc(links.archive)}">read on the web</a></p>`,
    ...html,
    `<div style="${S.foot}">Figures are quoted from the reports cited beside them; the full briefing with every source is at <a style="${S.a}" href="${esc(links.base)}/briefing.html">${esc(links.base)}/briefing.html</a>.<br>You receive this because you confirmed your subscription. <a style="${S.a}" href="${esc(links.unsubscribe)}">Unsubscribe</a>.</div>`,
    `</div></body></html>`,
  ].join("\n");
  return { subject, text: text.join("\n") + "\n", html: page, attachments };
}

/** "Dam watch: 1 new value, 2 new facts (issue 3)"; the first issue: "…: the briefing so far (issue 1)". */
export function issueSubject(c: IssueContent, number: number): string {
  return c.kind === "summary" ? `${c.title}: the briefing so far (issue ${number})` : `${c.title}: ${changeCount(c)} (issue ${number})`;
}

function changeCount(c: IssueContent): string {
  const parts: string[] = [];
  const n = (k: number, one: string, many: string) => k && parts.push(`${k} ${k === 1 ? one : many}`);
  n(c.newValues.length, "new value", "new values");
  n(c.verdicts.length, "verdict changed", "verdicts changed");
  n(c.newFacts.length, "new fact", "new facts");
  n(c.events.length, "new event", "new events");
  n(c.observations.length, "new image", "new images");
  return parts.join(", ") || "what changed";
}

/** The double opt-in mail: one link to a page whose button confirms. */
export function renderConfirmation(title: string, confirmUrl: string): RenderedMail {
  const subject = `Confirm your subscription to ${title}`;
  const text = [
    `Someone, probably you, asked to receive the newsletter of ${title}.`,
    ``,
    `To confirm, open this link and press the button on the page:`,
    confirmUrl,
    ``,
    `If you did not ask for it, ignore this mail: nothing will be sent to you.`,
    ``,
  ].join("\n");
  const html = [
    `<!doctype html><html><head><meta charset="utf-8"><title>${esc(subject)}</title></head>`,
    `<body style="${S.body}"><div style="${S.wrap}">`,
    `<h1 style="${S.h1}">${esc(title)}</h1>`,
    `<p>Someone, probably you, asked to receive this newsletter. To confirm, open the page below and press its button.</p>`,
    `<p><a style="${S.button}" href="${esc(confirmUrl)}">Open the confirmation page</a></p>`,
    `<p style="${S.muted}">${esc(confirmUrl)}</p>`,
    `<p style="${S.muted}">If you did not ask for it, ignore this mail: nothing will be sent to you.</p>`,
    `</div></body></html>`,
  ].join("\n");
  return { subject, text, html, attachments: [] };
}
