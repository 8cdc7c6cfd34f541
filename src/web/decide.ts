/**
 * The analyst's decisions in `serve`: forms on a fact's page (set the verdict, hide, merge with
 * another fact, split figures out), the `/decisions` page (every decision, each with an undo
 * button) and the POSTs that store them through the app's `DecisionService`, the same checks as
 * `dossier fact`.
 *
 * The explorer is otherwise read-only, so these are its only writes, and they are guarded against
 * cross-site requests three ways: each server start makes a random token that every form carries
 * and every POST must return; a browser's `Sec-Fetch-Site` must say same-origin; an `Origin`
 * header must name the host the request was sent to. The CSP's `form-action 'self'` keeps our
 * own forms pointed at us. No scripts: plain forms, a 303 back to the page afterwards.
 * @module
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { SETTABLE_VERDICTS, type DecisionService } from "../app/decide.js";
import { AppError } from "../app/errors.js";
import { factHolding, mentionKey, type Dossier } from "../app/explore.js";
import type { Decision, Fact, FactMember } from "../types.js";
import { escapeHtml as esc, formatMoment, formatValue, VERDICT_LABEL } from "../publish/index.js";
import { href, layout } from "./layout.js";
import { readBody } from "./request.js";

export interface DecisionResponse {
  status: number;
  body: string;
  location?: string;
}

/** Bytes of a decision form read at most (a split of every figure of a big fact stays far below). */
const MAX_FORM = 64 * 1024;
const MAX_REASON = 500;

/** A fresh token for one server's lifetime: forms served before a restart no longer post. */
export const newCsrfToken = (): string => randomBytes(18).toString("base64url");

const hidden = (csrf: string, action: string) => `<input type="hidden" name="csrf" value="${esc(csrf)}"><input type="hidden" name="action" value="${action}">`;
const reasonField = `<label>Reason <input name="reason" maxlength="${MAX_REASON}" placeholder="optional: why, for the record"></label>`;

// kept with the forms (inline styles are allowed by the CSP) so the pages' stylesheet needs no part of them
const STYLE = `<style>form.decide{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .6rem;margin:.7rem 0;padding:.6rem .8rem;background:var(--soft,#f5f6f8);border-radius:6px}
form.decide fieldset{flex-basis:100%;border:1px solid var(--line,#dde1e6);border-radius:4px;margin:0;padding:.4rem .7rem}
form.decide label.pick{display:block;padding:.15rem 0}form.decide input[name=reason]{width:16rem;max-width:100%}
form.decide label{max-width:100%}form.decide select{max-width:100%}</style>`;

/**
 * The decision forms under a fact on its page. Facts to merge with are those of the same kind and
 * unit. The split form offers `members`: the figures the page quotes (a fact of thousands of
 * reports is paged, and so is its form).
 */
export function decisionForms(d: Dossier, f: Fact, csrf: string, members: FactMember[] = f.members): string {
  const action = `${href.fact(f.id)}/decide`;
  const form = (name: string, inner: string) => `<form method="post" action="${esc(action)}" class="decide">${hidden(csrf, name)}${inner}</form>`;
  const verdicts = SETTABLE_VERDICTS.map((v) => `<option value="${v}"${v === f.verdict ? " selected" : ""}>${esc(VERDICT_LABEL[v] ?? v)}</option>`).join("");
  const out = [STYLE, `<h2 id="decide">Your decision</h2>`, `<p class="note">Stored with the figures it is about, kept when reports are added again, shown in the briefing as the analyst's. <a href="/decisions">Every decision</a> can be taken back.</p>`];
  out.push(form("verdict", `<label>Verdict <select name="verdict">${verdicts}</select></label> ${reasonField} <button type="submit">Set the verdict</button>`));
  const peers = d.briefing.facts.filter((g) => g.id !== f.id && g.kind === f.kind && (g.unit ?? null) === (f.unit ?? null)).slice(0, 200);
  if (peers.length) {
    // no fact is chosen for the analyst: a merge with whichever fact came first is one click away otherwise
    const options = peers.map((g) => `<option value="${esc(g.id)}">${esc(g.about)} (${esc(g.id)})</option>`).join("");
    out.push(form("merge", `<label>Same fact as <select name="with" required><option value="" selected disabled>choose a fact…</option>${options}</select></label> ${reasonField} <button type="submit">Merge</button>`));
  }
  if (f.members.length > 1 && members.length) {
    // two figures of one report that read the same ("850 metres" and its "2,790 feet") are told
    // apart by their own words
    const seen = new Map<string, number>();
    const line = (m: FactMember) => `${formatValue(m)}\u0000${m.source}`;
    for (const m of members) seen.set(line(m), (seen.get(line(m)) ?? 0) + 1);
    const boxes = members
      .map((m) => {
        const ref = `${m.source}@${m.start}-${m.end}`;
        const words = (seen.get(line(m)) ?? 0) > 1 ? ` <q>${esc(m.text)}</q>` : "";
        return `<label class="pick"><input type="checkbox" name="figures" value="${esc(ref)}"> ${esc(formatValue(m))}${words} <span class="id">${esc(m.source)}</span></label>`;
      })
      .join("");
    out.push(form("split", `<fieldset><legend>Not this fact: take the ticked figures out${members.length < f.members.length ? " (the figures quoted on this page)" : ""}</legend>${boxes}</fieldset>${reasonField} <button type="submit">Split them out</button>`));
  }
  out.push(form("hide", `${reasonField} <button type="submit">Hide this fact</button>`));
  return out.join("\n");
}

/** `/decisions`: every decision, newest first, each with an undo button. */
export function decisionsPage(d: Dossier, decisions: Decision[], csrf: string): string {
  const out = [`<h1>Decisions</h1>`, `<p class="lede">What analysts decided about facts. Undo takes a decision back; the facts are judged again without it.</p>`];
  if (!decisions.length) out.push(`<p class="note">No decision yet: each fact's page has the forms.</p>`);
  else {
    out.push(`<table><thead><tr><th>#</th><th>When</th><th>Decision</th><th>Fact now</th><th>Reason</th><th></th></tr></thead><tbody>`);
    for (const x of [...decisions].reverse()) {
      const fid = factHolding(d.factOf, x.figures);
      const fact = fid ? d.factById.get(fid) : undefined;
      const what = x.action === "verdict" ? `verdict: ${esc(VERDICT_LABEL[x.verdict ?? ""] ?? String(x.verdict))}` : x.action === "split" ? `split ${x.figures.length} figure${x.figures.length === 1 ? "" : "s"} out` : esc(x.action);
      const undo = `<form method="post" action="/decisions/${x.id}/undo" class="decide"><input type="hidden" name="csrf" value="${esc(csrf)}"><button type="submit">Undo</button></form>`;
      out.push(
        // labelled cells: a phone shows the rows without the table's head (layout.ts)
        `<tr><td data-label="No.">${x.id}</td><td class="nowrap" data-label="When">${esc(formatMoment(x.at))}</td><td data-label="Decision">${what}</td><td data-label="Fact now">${fact ? `<a href="${esc(href.fact(fact.id))}">${esc(fact.about)}</a>${fact.hidden ? ` <span class="note">(hidden)</span>` : ""}` : `<span class="note">gone: its reports were removed</span>`}</td><td${x.reason ? ` data-label="Reason"` : ""}>${esc(x.reason ?? "")}</td><td>${undo}</td></tr>`,
      );
    }
    out.push(`</tbody></table>`);
  }
  return layout("Decisions — dossier", out.join("\n"));
}

/** Whether a POST comes from our own pages: token, then what the browser says of the origin. */
export function fromOurPages(req: http.IncomingMessage, form: URLSearchParams, csrf: string): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return false;
  const origin = req.headers.origin;
  // our pages' no-referrer policy makes a browser send "Origin: null" even from the same origin
  if (origin !== undefined && origin !== "null") {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    if (host !== req.headers.host) return false;
  }
  const given = Buffer.from(form.get("csrf") ?? "");
  const want = Buffer.from(csrf);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** Reads a urlencoded form body, at most MAX_FORM bytes (null beyond). */
async function readForm(req: http.IncomingMessage): Promise<URLSearchParams | null> {
  const body = await readBody(req, MAX_FORM);
  return body && new URLSearchParams(body.toString("utf8"));
}

const problem = (status: number, message: string, back: string): DecisionResponse => ({
  status,
  body: layout("Not done — dossier", `<h1>Nothing was changed</h1><p>${esc(message)}</p><p><a href="${esc(back)}">Back</a></p>`),
});

/**
 * A GET of /decisions or a POST to /facts/<id>/decide or /decisions/<n>/undo; null when the path
 * is none of these. `load` reads the dossier after the write, to send the browser to the fact the
 * decided figures now belong to (fact ids shift when facts merge or split).
 */
export async function answerDecision(req: http.IncomingMessage, path: string, svc: DecisionService, csrf: string, load: () => Promise<Dossier>): Promise<DecisionResponse | null> {
  if (req.method !== "POST") {
    if (path !== "/decisions") return null;
    const [d, decisions] = await Promise.all([load(), svc.list()]);
    return { status: 200, body: decisionsPage(d, decisions, csrf) };
  }
  const decide = /^\/facts\/(.+)\/decide$/.exec(path);
  const undo = /^\/decisions\/(\d+)\/undo$/.exec(path);
  if (!decide && !undo) return null;
  const back = decide ? href.fact(decide[1]) : "/decisions";
  const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return problem(415, "A decision is sent by the form on the fact's page.", back);
  const form = await readForm(req);
  if (!form) return problem(413, "That form is too large.", back);
  if (!fromOurPages(req, form, csrf)) return problem(403, "This form did not come from this explorer, or the explorer restarted since it was shown: reload the page and try again. Nothing was changed.", back);
  try {
    if (undo) {
      await svc.undo(Number(undo[1]));
      return { status: 303, body: "", location: "/decisions" };
    }
    const action = form.get("action") ?? "";
    const before = (await load()).factById.get(decide![1]);
    const decision = await svc.decide({
      action: action as Decision["action"],
      facts: [decide![1], ...form.getAll("with").filter((x) => x.trim())],
      figures: form.getAll("figures"),
      verdict: form.get("verdict") ?? undefined,
      reason: (form.get("reason") ?? "").slice(0, MAX_REASON),
    });
    if (decision.action === "hide") return { status: 303, body: "", location: "/decisions" };
    // fact ids shift when facts merge or split: follow the figures to the fact that holds them now
    // (after a split, the figures that stayed)
    const taken = new Set(decision.figures.map(mentionKey));
    const keys = decision.action === "split" ? (before?.members ?? []).filter((m) => !taken.has(mentionKey(m))) : decision.figures;
    const d = await load();
    const target = factHolding(d.factOf, keys);
    return { status: 303, body: "", location: target && d.factById.has(target) ? `${href.fact(target)}#decide` : "/decisions" };
  } catch (e) {
    if (e instanceof AppError) return problem(400, e.message, back);
    throw e;
  }
}
