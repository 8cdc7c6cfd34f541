/**
 * A made-up flood, in the project's own words: figures that move from report to report as levels
 * (people still in shelters), a river's height (a quantity that rises and falls), a total to
 * date (debris cleared so far) and progress (repairs complete). `base` are reported first; `later`
 * come one at a time, each agreeing with the latest value of one fact, so an update judges again
 * the pairs of the kept members.
 */
export interface Told {
  id: string;
  publisher: string;
  published: string;
  text: string;
}

export const base: Told[] = [
  {
    id: "brenna-1",
    publisher: "Lowland Courier",
    published: "2026-03-02",
    text: "Floodwater covered much of Ostley county on Monday. About 1,200 residents remain in emergency shelters in Ostley county, the county office said. The level of the Brenna river stood at 6.2 metres at the Kelso gauge, well above its usual mark.",
  },
  {
    id: "brenna-2",
    publisher: "Hillside Gazette",
    published: "2026-03-04",
    text: "Crews in Ostley have hauled away 40 tonnes of flood debris so far, the works department said. Repairs to the breached levee were 20% complete by Wednesday evening, engineers said.",
  },
  {
    id: "brenna-3",
    publisher: "Marsh Tribune",
    published: "2026-03-07",
    text: "Clearing work in Ostley went on through the weekend: 110 tonnes of flood debris have been hauled away so far. Engineers said repairs to the breached levee were now 45% complete.",
  },
  {
    id: "brenna-4",
    publisher: "Coastline Herald",
    published: "2026-03-16",
    text: "Two weeks after the flood, some 300 residents remain in emergency shelters in Ostley county. The level of the Brenna river has dropped to 4.1 metres at the Kelso gauge.",
  },
];

export const later: Told[] = [
  {
    id: "brenna-5",
    publisher: "Northern Ledger",
    published: "2026-03-17",
    text: "In Ostley county, 300 residents remain in emergency shelters, officials said on Tuesday.",
  },
  {
    id: "brenna-6",
    publisher: "River Valley News",
    published: "2026-03-17",
    text: "At the Kelso gauge the level of the Brenna river read 4.1 metres on Tuesday morning.",
  },
  {
    id: "brenna-7",
    publisher: "Upland Post",
    published: "2026-03-08",
    text: "The works department in Ostley says 110 tonnes of flood debris have been cleared so far.",
  },
  {
    id: "brenna-8",
    publisher: "Plains Observer",
    published: "2026-03-08",
    text: "Engineers in Ostley said repairs to the breached levee were 45% complete.",
  },
];

const TOWNS = ["Amsel", "Birchford", "Calder", "Dunwick", "Elmstead", "Fallow", "Garnet", "Hollin", "Ivybridge", "Juniper", "Kestle", "Larkmoor", "Millrace", "Nettlecombe", "Orrin", "Pellham", "Quarrel", "Rushmere", "Saltley", "Thornby"];
const WORKS = ["library roof", "school kitchen", "swimming pool", "bus depot", "town hall clock", "market square", "sports hall", "fire station"];

/**
 * Other figures of the same county, far from the flood's: town budgets, each told by two reports (an
 * update may change only a few of the figures of a dossier, so the flood's figures need company). They
 * name the county and the river, so the store tells one story: in a store of two stories an update
 * asks for a full run (src/reconcile/update.ts), and these tests are of the update.
 */
export const filler: Told[] = TOWNS.flatMap((town, i) =>
  [0, 1].map((k) => {
    const work = WORKS[i % WORKS.length];
    const amount = 100 + ((i * 37) % 900);
    return {
      id: `town-${i}-${k}`,
      publisher: `${town} Bulletin`,
      published: `2025-${String(1 + ((i + k * 4) % 12)).padStart(2, "0")}-15`,
      text: `The council of ${town}, in Ostley county, set aside €${amount},000 for the ${work} before the Brenna rose. Councillors approved the plan without a vote against it.`,
    };
  }),
);
