/**
 * Page furniture that Readability keeps: share bars, newsletter and cookie boxes, related and
 * "read more" lists, captions, bylines, comment forms. Removed before Readability by what the
 * markup calls it (class, id, role, tag) and after it by shape (link-only lists, short call-to-
 * action lines). Guarded: an element holding much of the page's paragraph text is never removed.
 * @module
 */

/** Class / id words that name furniture. Matched as whole words between "-", "_", spaces or case changes. */
const FURNITURE = new RegExp(
  "(?:^|[\\s_-])(" +
    [
      "share", "shares", "sharing", "sharedaddy", "social", "socials", "sociable", "addthis", "sharethis",
      "newsletter", "newsletters", "subscribe", "subscription", "signup", "sign-up", "optin", "opt-in",
      "related", "relatedposts", "recommended", "recommendations", "more-stories", "read-more", "readmore", "also-read", "see-also",
      "promo", "promos", "advert", "adverts", "advertisement", "ad", "ads", "adslot", "ad-slot", "dfp", "sponsor", "sponsored",
      "cookie", "cookies", "consent", "gdpr",
      "comment", "comments", "comment-respond", "disqus",
      "author-bio", "author-box", "author-info", "authorbox", "about-author", "byline", "bylines",
      "breadcrumb", "breadcrumbs", "tags", "tag-list", "taglist", "post-tags", "entry-tags",
      "most-read", "most-popular", "mostpopular", "popular", "trending",
      "outbrain", "taboola", "paywall", "caption", "captions", "credit", "credits", "wp-caption-text",
      "print-only", "skip-link", "modal", "popup", "overlay", "wpcnt",
      "meta", "post-meta", "entry-meta", "article-meta", "kicker", "copyright", "timestamp", "dateline", "date", "reading-time", "read-time",
    ].join("|") +
    ")(?=$|[\\s_-])",
  "i",
);

/** Class words of an image or video block (with its caption). */
const MEDIA = /(?:^|[\s_-])(image|img|photo|picture|media|gallery|slideshow|video|video-teaser|embed-image)(?=$|[\s_-])/i;

/** Tags that are never article text. */
const DROP_TAGS = ["nav", "button", "select", "input", "textarea", "figcaption", "dialog", "noscript", "template", "iframe"];
const KEEP_TAGS = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search)$/i;

const INLINE = new Set(["SPAN", "A", "TIME", "EM", "STRONG", "B", "I", "U", "SMALL", "ABBR", "CITE", "MARK", "SUB", "SUP", "LABEL", "FONT"]);
/** Whether an element has text of its own (not only inside child elements). */
const ownText = (el: Element | null) => !!el && Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? "").trim());

const words = (s: string | null | undefined) => (s ?? "").replace(/([a-z])([A-Z])/g, "$1-$2");

const paraText = (el: Element) => {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").trim().length;
  return n;
};

/** Removes furniture from a page's DOM in place, before Readability reads it. */
export function pruneBefore(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(DROP_TAGS.join(",")))) el.remove();
  // an image with its caption and credit: the gold texts, like readers, skip them (tables in figures stay)
  for (const fig of Array.from(body.querySelectorAll("figure"))) {
    if (fig.querySelector("img,picture,video,svg,iframe") && !fig.querySelector("table,p + p") && (fig.textContent ?? "").trim().length < 400) fig.remove();
  }
  // the same for an image block that is not a <figure>: "image top", "photo-wrap", "media"
  for (const el of Array.from(body.querySelectorAll("div[class],span[class],p[class]"))) {
    if (el.isConnected && MEDIA.test(words(el.getAttribute("class"))) && el.querySelector("img,picture,video,iframe") && !el.querySelector("table") && (el.textContent ?? "").trim().length < 400) el.remove();
  }
  const total = paraText(body) || 1;
  for (const el of Array.from(body.querySelectorAll("[class],[id],[role],[aria-hidden],[hidden]"))) {
    if (!el.isConnected || KEEP_TAGS.has(el.tagName)) continue;
    const role = el.getAttribute("role") ?? "";
    const hidden = el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true";
    const named = FURNITURE.test(words(el.getAttribute("class"))) || FURNITURE.test(words(el.getAttribute("id"))) || FURNITURE_ROLES.test(role);
    if (!named && !hidden) continue;
    // a word inside a sentence ("On <span class=date>3 March</span> the board…") is the sentence's, whatever its class
    if (!hidden && INLINE.has(el.tagName) && ownText(el.parentElement)) continue;
    // "comments-open" on the article wrapper, a "related" class on the story body: keep what holds the story
    if (paraText(el) > 0.25 * total) continue;
    el.remove();
  }
}

const CALL_TO_ACTION =
  /^\W*(read more|read also|also read|more:|see more|related|related articles?|related stories|recommended|see also|more on this|don'?t miss|sign up|subscribe|click here|follow (us|her|him|me)|share this|share on|share it|like this (story|article)|want more|have a tip|advert|advertisement|comments?|leave a (comment|reply)|you may also like|most read|recent articles|latest news|popular|trending|tags?|topics?|filed under|more (news|stories|from|on|in)|join the conversation|latest stories)(?!\w)/i;
/** "© 2025 The Ledger. All rights reserved." */
const COPYRIGHT = /^\s*(©|\(c\)|copyright\b)|all rights reserved|may not be (re)?published/i;
/** "Posted on 2 May 2019 by Admin", "Updated Nov 19, 6:55 AM" */
const DATELINE = /^\W*(posted|updated|published|last updated|first published)\b/i;

const LEAF = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DIV", "BLOCKQUOTE", "PRE", "TD", "DT", "DD", "SECTION"]);
const BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,div,blockquote,pre,td,dt,dd,section,ul,ol,table";

function linkDensity(el: Element, text: string): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) n += (a.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return text.length ? n / text.length : 0;
}

/**
 * The story ends where the teasers begin: from the last block backwards, drop link-heavy
 * blocks, call-to-action lines and the short heading that introduces them.
 */
function trimTail(root: Element): void {
  const leaves = Array.from(root.querySelectorAll("*")).filter((el) => LEAF.has(el.tagName) && !el.querySelector(BLOCKS));
  for (let i = leaves.length - 1; i >= 0; i--) {
    const el = leaves[i];
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    const nWords = text.split(" ").length;
    const heading = /^H\d$/.test(el.tagName);
    const teaser = linkDensity(el, text) > 0.5 || (nWords <= 12 && CALL_TO_ACTION.test(text)) || (heading && nWords <= 8);
    if (!teaser) break;
    el.remove();
  }
}

/** Removes what survived Readability but is not text: link lists, call-to-action lines. `root` is Readability's content. */
export function pruneAfter(root: Element): void {
  trimTail(root);
  for (const el of Array.from(root.querySelectorAll("ul,ol,p,div,h2,h3,h4,h5,h6"))) {
    if (!el.isConnected) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    let linkText = 0;
    for (const a of Array.from(el.querySelectorAll("a"))) linkText += (a.textContent ?? "").replace(/\s+/g, " ").trim().length;
    const density = linkText / text.length;
    const nWords = text.split(" ").length;
    const tag = el.tagName;
    // a list that is all links: "read more", "related", "most read"
    if ((tag === "UL" || tag === "OL") && density > 0.7 && el.querySelectorAll("li").length >= 2) {
      el.remove();
      continue;
    }
    if (nWords <= 12 && CALL_TO_ACTION.test(text) && (density > 0.3 || nWords <= 4 || tag !== "P")) {
      el.remove();
      continue;
    }
    // a line that is one link: a teaser for another story
    if ((tag === "P" || tag === "DIV") && density > 0.8 && nWords <= 25 && !el.querySelector("p,div,ul,ol,blockquote,table")) {
      el.remove();
      continue;
    }
    if (nWords <= 30 && COPYRIGHT.test(text)) {
      el.remove();
      continue;
    }
    if (nWords <= 20 && DATELINE.test(text) && /\d/.test(text)) {
      el.remove();
    }
  }
}
