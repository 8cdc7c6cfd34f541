/**
 * A dossier of a real size for the explorer's budget checks: `n` short synthetic reports (our
 * own template sentences, seeded), one in ten a wire copy, and one very large report. Reports
 * are inputs for a store; the words are made up for this project.
 */
import { createHash } from "node:crypto";
import type { ReportInput } from "../../src/types.js";
import { rng } from "../rng.js";

const PUBLISHERS = Array.from({ length: 60 }, (_, i) => `${["Harbour", "Valley", "Capital", "Northern", "Coastal", "Plains"][i % 6]} ${["Gazette", "Courier", "Ledger", "Monitor", "Wire"][i % 5]} ${i + 1}`);

const hash = (s: string) => createHash("sha256").update(s).digest("hex");

export function bigDossier(n: number, bigBytes = 5 * 1024 * 1024): ReportInput[] {
  const rnd = rng(3000);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: ReportInput[] = [];
  for (let i = 0; i < n; i++) {
    const published = `2025-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    const prior = out[int(0, Math.max(0, out.length - 1))];
    const text =
      i > 20 && rnd() < 0.1
        ? `${prior.text}\n\nThis story was distributed by a news agency.`
        : [
            `The Velna dam will be ${[120, 120, 120, 150][int(0, 3)]} metres tall, engineers said in a statement.`,
            `About ${int(3, 6) * 100} workers are employed there, and the reservoir will cover ${int(20, 40)} square kilometres.`,
            `Work on the ${["spillway", "intake tower", "power house", "access road", "left bank", "cofferdam"][i % 6]} ${["began", "resumed", "stopped"][int(0, 2)]} on ${int(1, 28)} ${["March", "April", "May", "June"][int(0, 3)]} 2025.`,
            `The project is expected to cost $${[350, 350, 420][int(0, 2)]} million and to finish in ${[2027, 2027, 2028][int(0, 2)]}.`,
          ].join(" ");
    out.push({ id: `r${String(i).padStart(4, "0")}`, url: `https://news.example/velna/${i}`, publisher: PUBLISHERS[int(0, PUBLISHERS.length - 1)], published, language: "en", title: `Velna dam report ${i}`, hash: hash(text + i), text, origin: `/home/analyst/dossiers/velna/inbox/report-${i}.txt` });
  }
  // one book-sized report: a transcript that repeats itself, a figure every few paragraphs
  const talk = "Members of the committee went over the minutes line by line, asked the ministry to explain the delays, and heard the same answers they had heard at the previous sitting. ";
  const para = `${talk.repeat(12)}\n\nThe chair noted once more that the dam wall is 120 metres tall.\n\n`;
  const big = para.repeat(Math.ceil(bigBytes / para.length)).slice(0, bigBytes);
  out.push({ id: "transcript", url: null, publisher: "Parliament record", published: "2025-06-30", language: "en", title: "Committee hearing transcript", hash: hash(big), text: big, origin: "/home/analyst/dossiers/velna/inbox/transcript.txt" });
  return out;
}
