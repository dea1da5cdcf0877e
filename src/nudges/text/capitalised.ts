// Capitals that name no one. The phrase layer's names (names.ts: "open a ticket with Hetzner") and the second
// opinion's structural cues (opinion/cues.ts: "a name other than us") both ask which capitalised words are
// names; the words capitalised for other reasons are one list of the English phrase file
// (`capitalisedWords` in lang/en.json), read here by name so that a build takes that list alone.
import { capitalisedWords } from '../lang/en.json';

/** Built on first use: the panel loads the cues' module and never reads them. */
let capitalised: ReadonlySet<string> | undefined;

/** Whether a lower-case word is one written with a capital for another reason than naming a party. */
export function capitalisedForAnotherReason(lower: string): boolean {
  capitalised ??= new Set(capitalisedWords);
  return capitalised.has(lower);
}

/**
 * A word written as a name wherever it stands, even first in a sentence: an acronym (and its possessive),
 * an inner capital ("PayFast"), a capital with a digit ("O2", "3M").
 */
export function writtenAsName(word: string): boolean {
  return /^\p{Lu}{2,}(?:'s)?$|^\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}.*\d|\d.*\p{Lu}/u.test(word);
}
