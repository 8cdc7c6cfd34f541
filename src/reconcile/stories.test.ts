import { test } from "node:test";
import assert from "node:assert/strict";
import { neighbourhood, reconcile, update } from "./index.js";
import { prepare } from "./prepare.js";
import { markStories } from "./stories.js";
import { report, mentions } from "../../test/reconcile/testkit.js";

/** Two unrelated stories, as two clusters added into one store: a flood at Velna and a mine collapse at Orskaya, each told twice. */
function twoStories() {
  const day = (d: string) => ({ kind: "date" as const, date: [d, d] as [string, string] });
  const rs = [
    report("flood-a", "The flood that hit Velna on 1 March killed 140 people, the Velna prefecture said on Tuesday.", "2031-03-04"),
    report("flood-b", "Rescuers in Velna said on Wednesday that 152 people died in the flood of 1 March.", "2031-03-05"),
    report("mine-a", "The collapse at the Orskaya mine on 10 May killed 145 people, the Orskaya mining board said.", "2031-05-12"),
    report("mine-b", "At least 150 people were killed when the Orskaya mine caved in on 10 May, miners said.", "2031-05-13"),
  ];
  const ms = [
    ...mentions(rs[0], [{ text: "1 March", ...day("2031-03-01") }, { text: "140 people", kind: "count", low: 140, unit: "person" }]),
    ...mentions(rs[1], [{ text: "152 people", kind: "count", low: 152, unit: "person" }, { text: "1 March", ...day("2031-03-01") }]),
    ...mentions(rs[2], [{ text: "10 May", ...day("2031-05-10") }, { text: "145 people", kind: "count", low: 145, unit: "person" }]),
    ...mentions(rs[3], [{ text: "150 people", kind: "count", low: 150, unit: "person" }, { text: "10 May", ...day("2031-05-10") }]),
  ];
  return { rs, ms };
}

test("two unrelated stories in one store: no fact joins figures of both", () => {
  const { rs, ms } = twoStories();
  const { facts } = reconcile({ reports: rs, mentions: ms });
  for (const f of facts) {
    const stories = new Set(f.members.map((m) => m.source.split("-")[0]));
    assert.equal(stories.size, 1, `${f.about}: ${f.members.map((m) => `${m.source} ${m.text}`).join(", ")}`);
  }
  // each story's two tolls are still one fact of its own
  const tolls = facts.filter((f) => f.kind === "count" && f.members.length > 1);
  assert.equal(tolls.length, 2);
});

test("stories: reports that share a day of the event or two names are one story; one story marks nothing", () => {
  const { rs, ms } = twoStories();
  const { items, all, texts } = prepare(rs, ms);
  markStories(items, all, texts);
  const of = (id: string) => items.find((it) => it.m.source === id)!.story;
  assert.equal(of("flood-a"), of("flood-b"));
  assert.equal(of("mine-a"), of("mine-b"));
  assert.notEqual(of("flood-a"), of("mine-a"));
  // one story alone: nothing set, grouping as before
  const one = prepare(rs.slice(0, 2), ms.filter((m) => m.source.startsWith("flood")));
  markStories(one.items, one.all, one.texts);
  assert.ok(one.items.every((it) => it.story === undefined));
});

test("stories: one story told in two languages with no day in common is not split by its names", () => {
  // names are compared as written: "Velna" and "Вельна" never meet, so without a shared day the
  // English and Russian reports would fall apart; groups with no language in common that state one
  // figure (the pier's 410 metres) stay one story
  const rs = [
    { ...report("en-a", "Velna Harbour said the Velna pier is 410 metres long.", "2031-03-04"), language: "en" },
    { ...report("en-b", "Engineers at Velna Harbour gave the pier a length of 400 metres.", "2031-03-05"), language: "en" },
    { ...report("ru-a", "Порт Вельна сообщил, что длина причала Горский 410 метров.", "2031-03-06"), language: "ru" },
    { ...report("ru-b", "Инженеры порта Вельна назвали длину причала Горский: 430 метров.", "2031-03-07"), language: "ru" },
  ];
  const ms = [
    ...mentions(rs[0], [{ text: "410 metres", kind: "quantity", low: 410, unit: "m" }]),
    ...mentions(rs[1], [{ text: "400 metres", kind: "quantity", low: 400, unit: "m" }]),
    ...mentions(rs[2], [{ text: "410 метров", kind: "quantity", low: 410, unit: "m" }]),
    ...mentions(rs[3], [{ text: "430 метров", kind: "quantity", low: 430, unit: "m" }]),
  ];
  const { items, all, texts } = prepare(rs, ms);
  markStories(items, all, texts);
  assert.ok(items.every((it) => it.story === undefined));
});

test("stories: two unrelated clusters that share no language and state no figure alike are two stories", () => {
  // an English cluster and one with no English, added into one store: before, groups with no
  // language in common were one story, and a Russian bridge's cost joined an English one's
  const rs = [
    { ...report("en-a", "Velna Harbour said the Velna pier is 410 metres long and cost $40 million.", "2031-03-04"), language: "en" },
    { ...report("en-b", "Engineers at Velna Harbour gave the pier a length of 400 metres.", "2031-03-05"), language: "en" },
    { ...report("ru-a", "Мост через Орсу в Заречье длиной 1200 метров обошёлся в 9 млрд рублей.", "2031-06-06"), language: "ru" },
    { ...report("ru-b", "Мост через Орсу у Заречья, 1,2 км, откроют в 2032 году.", "2031-06-07"), language: "ru" },
  ];
  const ms = [
    ...mentions(rs[0], [{ text: "410 metres", kind: "quantity", low: 410, unit: "m" }, { text: "$40 million", kind: "money", low: 40e6, unit: "USD" }]),
    ...mentions(rs[1], [{ text: "400 metres", kind: "quantity", low: 400, unit: "m" }]),
    ...mentions(rs[2], [{ text: "1200 метров", kind: "quantity", low: 1200, unit: "m" }, { text: "9 млрд рублей", kind: "money", low: 9e9, unit: "RUB" }]),
    ...mentions(rs[3], [{ text: "1,2 км", kind: "quantity", low: 1200, unit: "m" }]),
  ];
  const { items, all, texts } = prepare(rs, ms);
  assert.equal(markStories(items, all, texts), 2);
  const of = (id: string) => items.find((it) => it.m.source === id)!.story;
  assert.equal(of("en-a"), of("en-b"));
  assert.equal(of("ru-a"), of("ru-b"));
  assert.notEqual(of("en-a"), of("ru-a"));
});

test("stories: keeping a store of two stories current never joins one story's figure to the other's fact", () => {
  const { rs, ms } = twoStories();
  // a third report of the mine collapse, added to the store later
  const late = report("mine-c", "The Orskaya mine board said on Friday that the toll of the 10 May cave-in at Orskaya rose to 152 people.", "2031-05-16");
  const added = mentions(late, [{ text: "10 May", kind: "date", date: ["2031-05-10", "2031-05-10"] }, { text: "152 people", kind: "count", low: 152, unit: "person" }]);
  const all = [...rs, late];
  const kept = reconcile({ reports: rs, mentions: ms, keep: true });
  assert.equal(kept.state!.stories, 2);
  const near = neighbourhood(kept.facts, added);
  // an update reads a few reports, not every report's days and names: before, it linked the
  // flood's and the mine's tolls into one fact (140, 152, 145, 150 and 152 people); it now asks
  // for the full run, which keeps them apart
  const next = update({ reports: all, previous: { facts: kept.facts, state: kept.state! }, added, context: ms.filter((m) => near.reports.includes(m.source)), near, share: 1 });
  assert.equal(next, null);
  const full = reconcile({ reports: all, mentions: [...ms, ...added] });
  for (const f of full.facts) assert.equal(new Set(f.members.map((m) => m.source.split("-")[0])).size, 1, f.members.map((m) => `${m.source} ${m.text}`).join(", "));
  // one story: kept current as before
  const flood = rs.filter((r) => r.id.startsWith("flood"));
  const one = reconcile({ reports: flood.slice(0, 1), mentions: ms.filter((m) => m.source === "flood-a"), keep: true });
  assert.equal(one.state!.stories, 1);
  const more = ms.filter((m) => m.source === "flood-b");
  assert.ok(update({ reports: flood, previous: { facts: one.facts, state: one.state! }, added: more, context: ms.filter((m) => m.source === "flood-a"), near: neighbourhood(one.facts, more), share: 1 }));
});

test("stories: a long report of many dates and names is read in one pass, not each name against each date", () => {
  // four reports of two stories, each 300 KB of a name and a dated day over and over (our own words)
  const unit = (r: number) => (r < 2 ? "Velna Harbour said on 1 June that " : "Orskaya Mine said on 9 June that ");
  const texts = [0, 1, 2, 3].map((r) => unit(r).repeat(9_000));
  const rs = texts.map((t, r) => report(`s${r}`, t, "2031-07-01"));
  const items = texts.flatMap((t, r) => {
    const token = r < 2 ? "1 June" : "9 June", day = r < 2 ? "2031-06-01" : "2031-06-09";
    const out = [];
    for (let at = t.indexOf(token); at >= 0; at = t.indexOf(token, at + 1)) {
      const m = { source: `s${r}`, start: at, end: at + token.length, text: token, kind: "date", low: null, high: null, unit: null, qualifier: null, per: null, date: { start: day, end: day } };
      out.push({ m, report: r } as unknown as Parameters<typeof markStories>[0][number]);
    }
    return out;
  });
  assert.equal(items.length, 36_000);
  const t0 = performance.now();
  markStories(items, rs, texts);
  const ms = performance.now() - t0;
  assert.notEqual(items[0].story, undefined);
  assert.notEqual(items[0].story, items[items.length - 1].story);
  // each name tried against every date of its report (9,000 x 9,000 a report) took 30 s at load
  // 20, one pass 2 s
  assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
});
