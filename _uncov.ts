import { readFileSync } from "node:fs";
import { extract } from "./src/extract/index.js";
const gt = JSON.parse(readFileSync("/work/shared/corpus/article-extraction/ground-truth.json", "utf8"));
let n = 0, mentions = 0, uncovered = 0;
const out: string[] = [];
for (const [id, v] of Object.entries<any>(gt)) {
  const text: string = v.articleBody ?? "";
  const ms = extract(text, { published: "2020-06-15", language: "en" } as any) as any[];
  mentions += ms.length; n++;
  const cov = new Uint8Array(text.length);
  for (const m of ms) cov.fill(1, m.start, m.end);
  const re = /\d[\d,.]*/g;
  for (let r = re.exec(text); r; r = re.exec(text)) {
    if (cov[r.index]) continue;
    uncovered++;
    const ctx = text.slice(Math.max(0, r.index - 50), r.index + r[0].length + 40).replace(/\s+/g, " ");
    out.push(`${id.slice(0, 6)} ${JSON.stringify(r[0])} … ${ctx}`);
  }
  if (process.env.SHOW) for (const m of ms) console.log(`M ${id.slice(0,6)} [${m.text}] ${m.kind} ${m.unit ?? ""} ${m.low ?? ""} ${m.date ? m.date.start + "/" + m.date.end : ""} … ${text.slice(Math.max(0, m.start - 40), m.end + 30).replace(/\s+/g, " ")}`);
}
console.log(`${n} articles, ${mentions} mentions, ${uncovered} digit tokens uncovered`);
console.log(out.join("\n"));
