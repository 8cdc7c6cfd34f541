/**
 * `/imagery/<site>`: one watched site as the imagery sees it — the time-lapse, the chart, what the
 * reports claim set against the measured series (with the snapshot of the nearest clear date), the
 * milestones, the snapshots and the per-date table. Shared frame and styles from pages.ts; every
 * text through `esc`; images only as data: URLs (the explorer's CSP).
 * @module
 */
import type { Dossier } from "../app/explore.js";
import type { SiteImagery } from "../app/imagery.js";
import { claimRow, escapeHtml as esc, formatPublished } from "../publish/index.js";
import { layout } from "./pages.js";

const pct = (x: number | null | undefined) => (x == null ? "n/a" : `${Math.round(x * 100)} %`);
const img = (src: string | null, alt: string, cls = "") => (src && /^data:image\/(png|gif|webp|svg\+xml);base64,/.test(src) ? `<img${cls ? ` class="${cls}"` : ""} src="${esc(src)}" alt="${esc(alt)}">` : "");

// the time-lapse and the chart one under the other, each up to its own size: side by side (and inset
// by a figure's default margins) the chart's words were drawn at half size, unreadable on a phone
const CSS = `<style>.shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:.8rem;margin:0;padding:0}.shots figure{margin:0}.shots img,.orbit-media img{max-width:100%;height:auto;border:1px solid var(--line)}.orbit-media{display:grid;gap:1rem}.orbit-media figure{margin:0}.claim-snap{max-width:160px}.badge.claim-supports{color:var(--agree);background:var(--agree-bg)}.badge.claim-contradicts{color:var(--conflict);background:var(--conflict-bg)}.badge.claim-not-yet-visible{color:var(--single);background:var(--single-bg)}</style>`;

/** A small cell, labelled for a phone (which shows the rows without the table's head) when it says something. */
const cell = (label: string, text: string) => `<td class="cite"${text ? ` data-label="${label}"` : ""}>${esc(text)}</td>`;

/** The site's page, or null when no site has that name. */
export function imageryPage(d: Dossier, name: string): string | null {
  const s = d.sites?.find((x) => x.site === name);
  return s ? layout(`${s.site}: from orbit — dossier`, body(d, s)) : null;
}

/** Links to every watched site's page (for the home page). */
export function siteLinks(d: Dossier): string {
  if (!d.sites?.length) return "";
  return `<p>Imagery of ${d.sites.map((s) => `<a href="/imagery/${esc(encodeURIComponent(s.site))}">${esc(s.site)}</a>`).join(", ")}: time-lapse, chart, snapshots and the reports' claims against them.</p>`;
}

function body(d: Dossier, s: SiteImagery): string {
  const sources = new Map(d.briefing.sources.map((x) => [x.id, x]));
  const measured = s.observations.filter((o) => o.progress != null);
  const last = measured[measured.length - 1];
  const years = [...new Set(s.observations.map((o) => o.date.slice(0, 4)))].join(", ");
  const out: string[] = [CSS, `<h1>${esc(s.site)}: from orbit</h1>`];
  out.push(`<p class="lede">${s.observations.length} Sentinel-2 dates, ${measured.length} with the crossing measured${last ? `; latest ${esc(formatPublished(last.date))}: ${pct(last.progress)} of the crossing no longer reads as water` : ""}.${s.outDir ? "" : " The watch's output folder was not recorded: no pictures."}</p>`);
  const media = [img(s.timelapse, `Time-lapse of ${s.site}`), img(s.chart, `Chart of ${s.site}`)].filter(Boolean);
  if (media.length) out.push(`<section id="timelapse"><h2>Time-lapse and chart</h2><div class="orbit-media">${media.map((m) => `<figure>${m}</figure>`).join("")}</div></section>`);
  out.push(`<section id="claims"><h2>The reports against the imagery</h2>`);
  if (!s.claims.length) out.push(`<p>No report states a start, a share built or a completion that the imagery can test.</p>`);
  else {
    out.push(`<table class="claims"><thead><tr><th>Claim</th><th>Reported by</th><th>Imagery</th><th>Nearest clear date</th></tr></thead><tbody>`);
    for (const c of s.claims) {
      const v = claimRow(c, sources);
      const shot = s.snapshots.find((x) => x.date === c.nearest?.date);
      out.push(`<tr><td>${esc(v.claim)}</td><td data-label="Reported by">${esc(v.by)}</td><td><span class="badge claim-${esc(c.verdict)}">${esc(v.verdict)}</span><br>${esc(v.why)}</td><td data-label="Nearest clear date">${esc(v.nearest)}${shot ? `<br>${img(shot.data, `${s.site} on ${shot.date}`, "claim-snap")}` : ""}</td></tr>`);
    }
    out.push(`</tbody></table>`);
  }
  out.push(`</section>`);
  if (s.milestones.length) {
    out.push(`<section id="milestones"><h2>Milestones measured</h2><ul>`);
    for (const m of s.milestones) out.push(`<li><b>${esc(formatPublished(m.date.start))}</b>: ${esc(m.event.replace(/^Sentinel-2: /, ""))}</li>`);
    out.push(`</ul></section>`);
  }
  if (s.snapshots.length) {
    out.push(`<section id="snapshots"><h2>Snapshots</h2><div class="shots">`);
    for (const x of s.snapshots) out.push(`<figure>${img(x.data, `${s.site} on ${x.date}`)}<figcaption>${esc(formatPublished(x.date))}: crossing ${pct(x.progress)}, clear ${pct(x.clearAoi)}${x.flags.length ? ` (${esc(x.flags.join(", "))})` : ""}</figcaption></figure>`);
    out.push(`</div></section>`);
  }
  out.push(`<section id="dates"><h2>Every date</h2><table><thead><tr><th>Date</th><th class="num">Crossing built</th><th class="num">Clear sky</th><th>Collection</th><th>Notes</th></tr></thead><tbody>`);
  for (const o of s.observations) out.push(`<tr><td class="nowrap">${esc(formatPublished(o.date))}</td><td class="num" data-label="Crossing built">${pct(o.progress)}</td><td class="num" data-label="Clear sky">${pct(o.clearAoi)}</td>${cell("Collection", String(o.provenance?.collection ?? ""))}${cell("Notes", o.flags.join(", "))}</tr>`);
  out.push(`</tbody></table><p class="cite">Contains modified Copernicus Sentinel data ${esc(years)}.</p></section>`);
  return out.join("\n");
}
