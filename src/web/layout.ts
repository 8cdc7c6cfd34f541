/**
 * The frame every explorer page shares: stylesheet, top navigation with search, footer, and the
 * small link helpers. Pages of other features (newsletter, imagery) use `layout` and add their
 * entry to `NAV`, so the explorer keeps one look and one menu.
 * @module
 */
import { FIGURE_CSS, escapeHtml as esc, scopeNote, verdictBadge as badge } from "../publish/index.js";
import type { Fact } from "../types.js";
import { PAGER_CSS } from "./paging.js";

export { esc };

/** Links inside the explorer. Ids are percent-encoded, then HTML-escaped where used. */
export const href = {
  fact: (id: string) => `/facts/${encodeURIComponent(id)}`,
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
};

/** `<a>` with an escaped URL; `text` is HTML already. */
export const link = (url: string, text: string, cls = "") => `<a href="${esc(url)}"${cls ? ` class="${cls}"` : ""}>${text}</a>`;
export const reportLink = (id: string, text = esc(id)) => link(href.report(id), text);

/** A fact's verdict badge, with the note an "agree" of values apart carries. */
export const factBadge = (f: Pick<Fact, "verdict" | "reason">) => badge(f.verdict) + (scopeNote(f) ? ` <small class="cnt">${esc(scopeNote(f))}</small>` : "");

const CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#dde1e6;--bg:#fff;--soft:#f5f6f8;--link:#0b5cad;--conflict:#b42318;--conflict-bg:#fdecea;--revised:#1d4ed8;--revised-bg:#e8efff;--agree:#15803d;--agree-bg:#e7f6ec;--single:#4b5563;--single-bg:#eef0f2;--mark:#fff1a8;--mark-free:#eef0f2}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink)}
body{margin:0 auto;max-width:62rem;padding:0 1.5rem 4rem;font:16px/1.55 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
nav.top{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.1rem;padding:.9rem 0;margin-bottom:1.8rem;border-bottom:1px solid var(--line);font-size:.92rem}
nav.top .home{font-weight:700;color:var(--ink);text-decoration:none;margin-right:.4rem}
nav.top a{color:var(--link)}
nav.top a[aria-current]{color:var(--ink);font-weight:600;text-decoration:none}
nav.top form{margin-left:auto;display:flex;gap:.3rem}
nav.top .files{color:var(--muted)}
input[type=search]{font:inherit;font-size:.9rem;padding:.25rem .5rem;border:1px solid var(--line);border-radius:4px;width:13rem}
button{font:inherit;font-size:.9rem;padding:.25rem .7rem;border:1px solid var(--line);border-radius:4px;background:var(--soft);cursor:pointer}
h1{font-size:1.8rem;line-height:1.2;margin:0 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
p{margin:.5rem 0}
a{color:var(--link);text-decoration:underline;text-underline-offset:2px;overflow-wrap:anywhere}
.lede{color:var(--muted);margin:0 0 1rem}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0;padding:0;list-style:none}
.stats li{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.35rem .7rem;font-size:.9rem}
.stats li.zero{opacity:.55}
.stats b{font-size:1.1rem;margin-right:.25rem}
table{border-collapse:collapse;width:100%;font-size:.94rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right}
td.num{white-space:nowrap}
td.nowrap{white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
tr.conflict td:first-child{box-shadow:inset 3px 0 0 var(--conflict)}
tr.revised td:first-child{box-shadow:inset 3px 0 0 var(--revised)}
table.facts td:first-child{width:36%}
table.facts td:nth-child(2){width:40%}
.badge{display:inline-block;white-space:nowrap;font-size:.75rem;font-weight:700;letter-spacing:.02em;text-transform:uppercase;border-radius:999px;padding:.12rem .6rem;vertical-align:middle}
.badge.conflict{color:var(--conflict);background:var(--conflict-bg)}
.badge.revised{color:var(--revised);background:var(--revised-bg)}
.badge.agree{color:var(--agree);background:var(--agree-bg)}
.badge.single{color:var(--single);background:var(--single-bg)}
.val+.val{margin-top:.2rem}
.val .sep{color:var(--muted);font-size:.85rem}
.cnt,.cite,.more{color:var(--muted);font-size:.85rem}
.cnt{white-space:nowrap}
.warn{color:var(--conflict);font-weight:600;font-size:.85rem;display:block}
.copy{font-size:.78rem;color:var(--revised);background:var(--revised-bg);border-radius:3px;padding:.05rem .35rem;white-space:nowrap}
.id{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:var(--soft);padding:.05rem .35rem;border-radius:3px;overflow-wrap:anywhere}
.sources{list-style:none;padding:0}
.sources li{margin:0 0 .8rem;overflow-wrap:anywhere}
.values{list-style:none;padding:0;margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.5rem}
.values li{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;background:var(--soft)}
.values b{font-size:1.1rem}
.note{color:var(--muted);font-size:.9rem}
blockquote{margin:0 0 1rem;padding:.6rem .9rem;background:var(--soft);border-radius:4px;border-left:3px solid var(--line);overflow-wrap:anywhere}
blockquote p{margin:0 0 .35rem}
blockquote footer{font-size:.84rem;color:var(--muted)}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .15em;border-radius:2px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.2rem;margin:1rem 0;font-size:.94rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-size:1rem;line-height:1.7;max-width:44rem;margin:1rem 0}
.text mark{font-weight:600}
mark.free{background:var(--mark-free)}
.text a.fig{text-decoration:none;color:inherit}
.text a.fig mark{border-bottom:2px solid #c9a800}
.text a.fig:hover mark,.text a.fig:focus mark{background:#ffe35c}
.tap:focus{outline:none}
.text .open{display:none}
.tap:focus-within mark{background:#ffe35c}
.tap:focus-within mark::after{content:attr(title);position:fixed;z-index:10;left:50%;bottom:1rem;transform:translateX(-50%);width:max-content;max-width:min(36rem,calc(100vw - 2rem));box-sizing:border-box;padding:.6rem .9rem 2.2rem;background:#fff;color:var(--ink);border:1px solid var(--line);border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.15);font-size:.9rem;font-weight:400;line-height:1.45;white-space:pre-line;text-align:left}
.tap:focus-within mark.free::after{padding-bottom:.6rem}
.tap:focus-within .open{display:block;position:fixed;z-index:11;left:50%;bottom:1.5rem;transform:translateX(-50%);font-size:.9rem;white-space:nowrap}
@media (hover:none){.text .tap a.fig{pointer-events:none}}
.legend{font-size:.85rem;color:var(--muted)}
.legend mark{font-weight:400}
.hits{list-style:none;padding:0}
.hits li{margin:0 0 1rem}
.hits .snip{font-size:.9rem;margin:.2rem 0 0;color:var(--ink);overflow-wrap:anywhere}
footer.page{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.8rem}
@media (max-width:40rem){
body{padding:0 .9rem 3rem}
h1{font-size:1.45rem}
nav.top form{margin-left:0;width:100%}
input[type=search]{flex:1}
table thead{display:none}
table tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
table td{display:block;border:0;padding:.15rem .2rem;width:auto!important;overflow-wrap:anywhere}
td.num{text-align:left}
table.facts td.num::before{content:"Independent sources: ";color:var(--muted)}
td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
dl.meta{grid-template-columns:1fr}
}
${FIGURE_CSS}${PAGER_CSS}`;

/** The menu, in order: [section, path, label]. Add a feature's page here. */
export const NAV: Array<[Section, string, string]> = [
  ["dossier", "/", "Overview"],
  ["facts", "/facts", "Facts"],
  ["reports", "/reports", "Reports"],
  ["timeline", "/timeline", "Timeline"],
  ["sources", "/sources", "Sources"],
];

export type Section = "dossier" | "facts" | "reports" | "timeline" | "sources" | "search" | (string & {});

/** The frame every page shares: top navigation with search, the page, a footer. */
export function layout(title: string, body: string, opts: { section?: Section; q?: string } = {}): string {
  const cur = (s: Section) => (opts.section === s ? ` aria-current="page"` : "");
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    `<nav class="top"><a class="home" href="/">dossier</a>` +
      NAV.map(([section, path, label]) => `<a href="${esc(path)}"${cur(section)}>${esc(label)}</a>`).join("") +
      `<span class="files">Briefing: <a href="/briefing.html">HTML</a> · <a href="/briefing.md">Markdown</a> · <a href="/briefing.json">JSON</a> · <a href="/feed.atom">Atom feed</a></span>` +
      `<form method="get" action="/search" role="search"><input type="search" name="q" value="${esc(opts.q ?? "")}" placeholder="Search reports and facts" aria-label="Search"><button>Search</button></form></nav>`,
    `<main>`,
    body,
    `</main>`,
    `<footer class="page">dossier explorer: every figure links to the report it comes from. <a href="/decisions">Analysts' decisions</a> · <a href="/newsletter">Newsletter</a></footer>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

