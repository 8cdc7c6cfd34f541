import { test } from "node:test";
import assert from "node:assert/strict";
import { cuesFor, tokenize, Toks } from "./words.js";
import { localeFor } from "./locale.js";
import { reportFeatures } from "./features.js";
import { mentions, report } from "../../test/reconcile/testkit.js";

/** The cue classes of each word of `text`, read as a report of `lang` is. */
function cues(lang: string, text: string): string[][] {
  const loc = localeFor(lang);
  const of = cuesFor(loc.cues);
  const t = tokenize(text, new Toks(), loc.ending);
  return t.lw.slice(0, t.n).map((w) => of(w));
}

test("a report's words are read with its own language's cue words only", () => {
  // English "sent" is a deployment; the French "sent" (feels) is none, nor the German "Fall" (a case) a fall
  assert.deepEqual(cues("en", "Troops were sent"), [["#deploy"], [], ["#deploy"]]);
  assert.deepEqual(cues("fr", "Il sent la fumée"), [[], [], [], []]);
  assert.deepEqual(cues("de", "Der Fall ist offen"), [[], [], [], []]);
  // each language's own words still name the shared classes
  assert.deepEqual(cues("fr", "Trois morts"), [[], ["#casualty"]]);
  assert.deepEqual(cues("de", "Zehn Tote"), [[], ["#casualty"]]);
  // a language with no locale of cues reads English's
  assert.deepEqual(cues("ro", "the bridge cost"), [[], [], ["#cost"]]);
});

test("a figure's contrast and moving words are its report's language's", () => {
  const flags = (lang: string, text: string, fig: string) => {
    const r = report("a", text);
    const [f] = reportFeatures(r.text, mentions(r, [{ text: fig, kind: "count", low: Number.parseInt(fig, 10), unit: "person" }]), lang);
    return [f.contrast, f.moving];
  };
  assert.deepEqual(flags("en", "The toll has risen to 40, below the 55 first feared.", "40"), [true, true]);
  // the German "toll" (great) moves nothing
  assert.deepEqual(flags("de", "Die Stimmung war toll, 40 Besucher kamen.", "40"), [false, false]);
});

test("a figure's scope words are its report's language's", () => {
  const scope = (lang: string, text: string, fig: string) => {
    const r = report("a", text);
    const [f] = reportFeatures(r.text, mentions(r, [{ text: fig, kind: "count", low: Number.parseInt(fig, 10), unit: "person" }]), lang);
    return [f.scope, f.share];
  };
  assert.deepEqual(scope("en", "In total 300 visitors came.", "300"), ["whole", false]);
  assert.deepEqual(scope("en", "Of which 300 were children.", "300"), ["part", true]);
  // the German "total" (utterly) is no whole
  assert.deepEqual(scope("de", "Es war total voll, 300 Besucher kamen.", "300"), [null, false]);
});
