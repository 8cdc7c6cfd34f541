/**
 * A depth and size budget for HTML, applied to the raw string BEFORE any DOM is built.
 * The DOM parser and Readability both cost time that grows with the square of the nesting depth
 * (a 200,000-deep page took 52 s, 400,000 levels 246 s), so a hostile or broken page is made
 * shallow first, in one linear pass: tags nested deeper than the budget are dropped and their text
 * kept (flattened into the enclosing element). A page of very many tags skips Readability (see
 * html.ts); one of absurdly many is refused with a clear error.
 * @module
 */

/** Elements nested deeper than this are unwrapped (real layouts stay far below: ~30-60). */
export const MAX_HTML_DEPTH = 256;
/**
 * Tags (openers and closers) beyond this: Readability is skipped and the body's text is read as it
 * is (a long news page holds 5,000-20,000; Readability costs ~1 ms per element under load).
 */
export const MAX_READABLE_TAGS = 60_000;
/** Tags beyond this: not a page anyone writes, refused (parsing it alone would take minutes). */
export const MAX_HTML_TAGS = 2_000_000;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"]);
/** Elements whose content is raw text: their closing tag is the only thing that ends them. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "plaintext"]);
/** Elements often left unclosed: opening another of the same name closes the open one (as browsers do). */
const SELF_ENDING = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rp", "rt"]);
/** How far down the open-element stack a closing tag or an implied close looks for its element. */
const LOOK = 16;

export interface BudgetResult {
  html: string;
  /** deepest nesting seen in the input (as counted by this pass) */
  depth: number;
  tags: number;
  /** how many tags were dropped to keep the depth within budget */
  dropped: number;
}

export class HtmlBudgetError extends Error {}

const closers = new Map<string, RegExp>();
const rawCloser = (name: string) => closers.get(name) ?? closers.set(name, new RegExp(`</${name}(?=[\\s/>])[^>]*>`, "gi")).get(name)!;

// a tag: "<name attrs>" or "</name>"; attribute values may hold ">" inside quotes
const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

/**
 * The page within the depth budget (unchanged when it already is), or HtmlBudgetError when it
 * holds more tags than `maxTags`. Linear in the length of the page.
 */
export function withinBudget(html: string, maxDepth = MAX_HTML_DEPTH, maxTags = MAX_HTML_TAGS): BudgetResult {
  // the open elements: lower-case name, and whether its tags are dropped
  const names: string[] = [];
  const dropped: boolean[] = [];
  const out: string[] = [];
  let copied = 0; // html[copied..] not yet copied to out
  let depth = 0, tags = 0, removed = 0;
  const drop = (from: number, to: number) => {
    out.push(html.slice(copied, from));
    copied = to;
    removed++;
  };
  const popTo = (k: number, end: number, closeFrom: number) => {
    // closes the element at index k and everything opened inside it
    const wasDropped = dropped[k];
    while (names.length > k) (names.pop(), dropped.pop());
    if (wasDropped && closeFrom >= 0) drop(closeFrom, end);
  };
  const n = html.length;
  let i = html.indexOf("<");
  while (i >= 0 && i < n) {
    if (html.startsWith("<!--", i)) {
      const e = html.indexOf("-->", i + 4);
      i = e < 0 ? n : html.indexOf("<", e + 3);
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      const e = html.indexOf(">", i);
      i = e < 0 ? n : html.indexOf("<", e + 1);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const end = TAG.lastIndex;
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (++tags > maxTags) throw new HtmlBudgetError(`the HTML holds more than ${maxTags.toLocaleString("en")} tags: not read (no article is that big)`);
    if (closing) {
      // the nearest open element of that name, looking a short way down: stray closers are ignored
      for (let k = names.length - 1; k >= Math.max(0, names.length - LOOK); k--)
        if (names[k] === name) {
          popTo(k, end, i);
          break;
        }
      i = html.indexOf("<", end);
      continue;
    }
    if (SELF_ENDING.has(name))
      for (let k = names.length - 1; k >= Math.max(0, names.length - LOOK); k--)
        if (names[k] === name) {
          popTo(k, end, -1);
          break;
        }
    const selfClosed = VOID.has(name) || m[3].endsWith("/");
    if (RAW.has(name) && !selfClosed) {
      // its content is not markup: go straight to its closer (none: the rest of the page is its text).
      // Kept even past the budget: a leaf adds one level, and unwrapped its code would read as text
      const closer = rawCloser(name);
      closer.lastIndex = end;
      if (!closer.exec(html)) break;
      i = html.indexOf("<", closer.lastIndex);
      continue;
    }
    const tooDeep = names.length >= maxDepth;
    if (tooDeep) drop(i, end);
    if (!selfClosed) {
      names.push(name);
      dropped.push(tooDeep);
      if (names.length > depth) depth = names.length;
    }
    i = html.indexOf("<", end);
  }
  if (!removed) return { html, depth, tags, dropped: 0 };
  out.push(html.slice(copied));
  return { html: out.join(""), depth, tags, dropped: removed };
}
