// Is a time phrase a promise about the future, or a report about the past? "I called on Monday" and
// "Refund was processed Friday" name a day but promise nothing; "will call back Monday", "need it by
// Friday", "Call back tomorrow 3pm" do. Judged on the clause around the phrase, with plain
// word lists: notes are short and written in a hurry. A clause with no tense cue at all ("Call back
// tomorrow 3pm", "Refund by Friday") reads as a promise.

// Where a clause starts: sentence ends, semicolons, ", ", dashes, and the conjunctions that join two
// clauses ("called Monday and will call again Friday").
const CLAUSE_BREAK =
  /[.!?;\n\r]|:(?!\d)|,\s|\s[-–—]\s|\b(?:and|but|then|so|because|while|although|though|or)\b/giu;

// Words that say a clause is about something that happened.
const PAST = new RegExp(
  String.raw`\b(?:was|were|did|didn't|had|hadn't|ago|yesterday|earlier|already|previously|born|came|went|said` +
    String.raw`|told|got|gave|sent|spoke|wrote|bought|paid|brought|left|took|made|saw|heard|rang|met|began|chose` +
    String.raw`|drove|flew|forgot|ran|sold|sat|stood|won|fell|broke|\p{L}{2,}[^e\W]ed)\b`,
  'iu',
);

// Words that say it is about what will happen: modals, promises, plans, requests, deadlines.
const FUTURE = new RegExp(
  String.raw`(?:\b(?:will|shall|won't|going\s+to|gonna|promis\p{L}*|agreed|commit\p{L}*|schedul\p{L}*` +
    String.raw`|plann?\p{L}*|book(?:ed)?|arrang\p{L}*|expect\p{L}*|need\p{L}*|must|should|let's|let\s+me|please` +
    String.raw`|intend\p{L}*|aim\p{L}*|want\p{L}*|asked|request\p{L}*|follow(?:ing)?[-\s]?up|call[-\s]?back` +
    String.raw`|get\s+back|remind\p{L}*|due|deadline|eta|by|before|within|no\s+later|until|till|upcoming|to\s+be` +
    String.raw`|todo|to-do|pending)\b|['’]ll\b)`,
  'iu',
);

// Directly in front of the phrase these always mean the past: "since Monday", "last Friday".
const PAST_LEAD = /\b(?:since|last|past|previous|prior\s+to)\s+(?:the\s+)?$/iu;
// Directly after it: "Monday was busy", "3 days ago".
const PAST_TAIL = /^\s*(?:ago|was|were|had|did)\b/iu;

/** The clause in front of `start`: from the last clause break (at most 160 characters back). */
export function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - 160);
  const prefix = text.slice(from, start);
  let cut = 0;
  for (const m of prefix.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return prefix.slice(cut);
}

/** The clause after `end`: up to the next clause break (at most 80 characters on). */
export function clauseAfter(text: string, end: number): string {
  const suffix = text.slice(end, end + 80);
  const cut = new RegExp(CLAUSE_BREAK.source, 'iu').exec(suffix);
  return cut ? suffix.slice(0, cut.index) : suffix;
}

/** True when the phrase at [start, end) reads as a promise (or a plain note), not as past history. */
export function readsAsPromise(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  const after = clauseAfter(text, end);
  if (PAST_LEAD.test(before) || PAST_TAIL.test(after)) return false;
  if (FUTURE.test(before)) return true;
  // "I called on Monday"; "On Monday it was resolved".
  return !PAST.test(before) && !(PAST.test(after) && !FUTURE.test(after));
}
