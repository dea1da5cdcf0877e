// Names as the agent wrote them: the words of a sentence written with a capital where no sentence starts
// ("open a ticket with Hetzner", "ask Tucows to release it"). The canonical text the frames read is lower
// case, so a handoff to a named company would read like one to "the app"; the frames ask this set instead.
// The words capitalised for other reasons (pronouns, greetings, days, months, titles, note labels) are the
// phrase file's `capitalisedWords`, which the second opinion's cues read too (capitalised.ts).
import { capitalisedForAnotherReason, writtenAsName } from './capitalised';

/** What can stand before a sentence's first word: nothing, a mark that ends one, a label's colon, a bullet. */
const OPENS = /(?:^|[.!?:;"“”()•*>\n–—-]\s*|\s[-–—]\s*)$/u;
/** Our own side: "our Returns team", "my Amazon order". */
const OURS = /^(?:our|my|we|us)$/;

/**
 * The lower-case words of `raw` written as names. None when most words are capitalised (a title-cased
 * template or a note in capitals says nothing about names).
 */
export function writtenNames(raw: string): ReadonlySet<string> {
  const words = [...raw.replace(/[’‘]/g, "'").matchAll(/[\p{L}\d][\p{L}\d&.'-]*/gu)];
  const names = new Set<string>();
  const capitals = words.filter((m) => /^\p{Lu}/u.test(m[0])).length;
  if (words.length >= 4 && capitals * 2 > words.length) return names;
  let previous = '';
  for (const m of words) {
    const word = m[0].replace(/[.'-]+$/, '');
    const lower = word.toLowerCase();
    const bare = lower.replace(/'s$/, '');
    const opening = OPENS.test(raw.slice(Math.max(0, (m.index ?? 0) - 3), m.index));
    if (
      /^\p{Lu}/u.test(word) &&
      !capitalisedForAnotherReason(bare) &&
      !OURS.test(previous) &&
      (!opening || writtenAsName(word))
    ) {
      names.add(bare);
      names.add(lower);
    }
    previous = lower;
  }
  return names;
}

/** The words the sentence being read wrote as names; set by `readingNames`. */
let written: ReadonlySet<string> = new Set();

/** Runs `read` with the names written in the sentence it reads (the frames read lower case). */
export function readingNames<T>(names: ReadonlySet<string>, read: () => T): T {
  const before = written;
  written = names;
  try {
    return read();
  } finally {
    written = before;
  }
}

/** A target that starts with a name as written ("hetzner referencing…", "the icici bank care team"). */
export function isNamedParty(target: string): boolean {
  const first = /^(?:(?:the|your|their) )?([\p{L}\d][\w&'-]*)/u.exec(target)?.[1];
  return first !== undefined && !/^(?:our|your|their|my|the)$/.test(first) && written.has(first);
}
