// Finds vocabulary terms within a small edit distance of a typed word, via a bigram candidate set and a
// bounded edit distance. Holds word forms (as written and as stemmed), each pointing at its index term,
// so that "setitngs" finds "settings" even though the index only knows the stem "set".
import { boundedEditDistance } from './edit-distance';

export interface FuzzyMatch {
  term: string;
  distance: number;
}

/** Boundary mark around words: bigrams of "ab" are "^a", "ab", "b^" (as numbers: two UTF-16 codes). */
const EDGE = 0;

/** Distinct bigrams of a word padded with a boundary mark each side, each packed into one number. */
function bigramsOf(word: string): number[] {
  const grams: number[] = [];
  let previous = EDGE;
  for (let i = 0; i <= word.length; i++) {
    const code = i < word.length ? word.charCodeAt(i) : EDGE;
    const gram = previous * 65536 + code;
    if (!grams.includes(gram)) grams.push(gram);
    previous = code;
  }
  return grams;
}

export class FuzzyVocabulary {
  private readonly forms: string[] = [];
  private readonly termOfForm: string[] = [];
  private readonly formIds = new Map<string, number>();
  private readonly gramForms = new Map<number, number[]>();
  /** Shortest form seen for each term, to show a correction as a word ("charg" → "charge"). */
  private readonly display = new Map<string, string>();
  private counts = new Uint16Array(0);

  get formCount(): number {
    return this.forms.length;
  }

  /** Registers a word form and the index term it stands for; readable forms may be shown to the agent. */
  add(form: string, term: string, readable: boolean): void {
    if (readable) {
      const shown = this.display.get(term);
      if (
        shown === undefined ||
        form.length < shown.length ||
        (form.length === shown.length && form < shown)
      ) {
        this.display.set(term, form);
      }
    }
    if (this.formIds.has(form) || form.length < 2) return;
    const id = this.forms.length;
    this.forms.push(form);
    this.termOfForm.push(term);
    this.formIds.set(form, id);
    for (const gram of bigramsOf(form)) {
      const list = this.gramForms.get(gram);
      if (list) list.push(id);
      else this.gramForms.set(gram, [id]);
    }
  }

  /** A readable word for an index term, when one was registered. */
  displayForm(term: string): string | undefined {
    return this.display.get(term);
  }

  /** Index terms with a form within maxDistance of word (word itself excluded), closest first. */
  near(word: string, maxDistance: number): FuzzyMatch[] {
    if (maxDistance <= 0 || word.length < 2) return [];
    const grams = bigramsOf(word);
    // A substitution or deletion breaks at most 2 bigrams, a transposition at most 3.
    const minShared = Math.max(1, grams.length - 3 * maxDistance);
    if (this.counts.length < this.forms.length) this.counts = new Uint16Array(this.forms.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.gramForms.get(gram);
      if (!list) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const best = new Map<string, number>();
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared < minShared) continue;
      const form = this.forms[id]!;
      if (form === word || Math.abs(form.length - word.length) > maxDistance) continue;
      const distance = boundedEditDistance(word, form, maxDistance);
      if (distance > maxDistance) continue;
      const term = this.termOfForm[id]!;
      if ((best.get(term) ?? Number.POSITIVE_INFINITY) > distance) best.set(term, distance);
    }
    return [...best].map(([term, distance]) => ({ term, distance })).sort((a, b) => a.distance - b.distance);
  }
}
