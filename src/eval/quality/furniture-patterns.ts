// Page furniture as a reader recognizes it in a summary, title or fact: captions and galleries, credits,
// promotion, share and subscribe prompts, tweet embeds and footers, spoiler warnings, "Story highlights".
// The eval's own list, written from what an editor flagged and what pages carry; clean does not use it.

const FURNITURE: readonly RegExp[] = [
  // Captions, galleries and credits.
  /\b(?:hide|show) caption\b/i,
  /\b\d+ of \d+ (?:photos|images|pictures|slides)\b/i,
  /\b(?:photo|image|picture|video)s?\s*(?:credit)?\s*:/i,
  /\((?:photo|image|credit|file photo|ap photo)\b[^)]*\)/i,
  /\b(?:getty images|ap photo|reuters\/|afp\/|epa\/|shutterstock)\b/i,
  /\bbuy photo\b/i,
  /\b(?:see|view|launch|open) (?:the )?(?:gallery|slideshow|photos)\b/i,
  /\b(?:up next|see gallery|discover more like this|back to slide)\b/i,
  // Promotion of the outlet's own products.
  /\bis on sale now\b/i,
  /\b(?:digital|print) edition\b/i,
  /\brate (?:it|us) (?:in|on) itunes\b/i,
  /\b(?:subscribe|sign up|signing up) (?:to|for|now|today|here)\b/i,
  /\bnewsletters?\b/i,
  /\b(?:follow|like) us on\b/i,
  /\b(?:click|tap) here\b/i,
  /\bdownload (?:the|our) (?:app|podcast)\b/i,
  /\bour (?:podcast|app|newsletter)\b/i,
  /\bdon['’]t forget to\b/i,
  // Share, comment and navigation prompts.
  /\bshare (?:this|on|via)\b/i,
  /\b(?:read|see) more\s*(?::|»|\.\.\.|…|$)/i,
  /\b(?:related|recommended|more from)\s*:/i,
  /\b(?:leave|post|add) a comment\b/i,
  /\bcomments? (?:are|is) (?:closed|moderated)\b/i,
  /\bkeep your comments\b/i,
  /\bwe['’]ll show you\b/i,
  /^advertisement\b/i,
  // Tweet embeds and footers: "pic.twitter.com/…", "— Name (@handle) June 3, 2017".
  /\bpic\.twitter\.com\//i,
  /[—–-]\s*[^()]{1,60}\(@\w+\)\s*(?:\w+ \d{1,2}, \d{4})?/,
  /\(@\w{2,}\)/,
  // Labels and warnings that head a page.
  /\bstory highlights\b/i,
  /\bspoilers?\b/i,
  /^(?:warning|editor['’]s note|update|updated|watch|listen|video|photos)\s*:/i,
  /\bjust watched\b|\bmust watch\b/i,
];

/** The furniture pattern a text matches, or null. */
export function findFurniture(text: string): string | null {
  for (const pattern of FURNITURE) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
