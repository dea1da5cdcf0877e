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

/** A vocabulary in typed arrays and long strings, as a packed snapshot stores it. */
export interface PackedVocabulary {
  /** Word forms, one a line (forms are runs of letters, digits and marks). */
  forms: string;
  /** The index term of each form, one a line; an empty line when the term is the form itself. */
  terms: string;
  /** Bigram keys in ascending order; form ids of key k are ids[offsets[k]] up to ids[offsets[k + 1]]. */
  grams: Uint32Array;
  offsets: Uint32Array;
  ids: Uint32Array;
  /** [term, readable form] pairs as JSON text. */
  display: string;
}

export class FuzzyVocabulary {
  private forms: string[] = [];
  private termOfForm: string[] = [];
  /** Form → id; built on the first add after loading a packed vocabulary. */
  private formIds: Map<string, number> | null = new Map();
  private readonly gramForms = new Map<number, number[]>();
  /** Bigram lists of a packed vocabulary not copied into gramForms yet. */
  private packedGrams: { grams: Uint32Array; offsets: Uint32Array; ids: Uint32Array } | null = null;
  /** Shortest form seen for each term, to show a correction as a word ("charg" → "charge"). */
  private displayMap: Map<string, string> | null = new Map();
  private packedDisplay = '[]';
  private counts = new Uint16Array(0);

  get formCount(): number {
    return this.forms.length;
  }

  /** Registers a word form and the index term it stands for; readable forms may be shown to the agent. */
  add(form: string, term: string, readable: boolean): void {
    if (readable) {
      const display = this.display();
      const shown = display.get(term);
      if (
        shown === undefined ||
        form.length < shown.length ||
        (form.length === shown.length && form < shown)
      ) {
        display.set(term, form);
      }
    }
    const formIds = this.ids();
    if (formIds.has(form) || form.length < 2) return;
    const id = this.forms.length;
    this.forms.push(form);
    this.termOfForm.push(term);
    formIds.set(form, id);
    for (const gram of bigramsOf(form)) {
      let list = this.gramForms.get(gram);
      if (!list) {
        list = Array.from(this.packedList(gram) ?? []);
        this.gramForms.set(gram, list);
      }
      list.push(id);
    }
  }

  /** A readable word for an index term, when one was registered. */
  displayForm(term: string): string | undefined {
    return this.display().get(term);
  }

  toPacked(): PackedVocabulary {
    const lists = new Map(this.gramForms);
    const packed = this.packedGrams;
    if (packed) {
      for (let k = 0; k < packed.grams.length; k++) {
        const gram = packed.grams[k]!;
        if (!lists.has(gram))
          lists.set(gram, Array.from(packed.ids.subarray(packed.offsets[k]!, packed.offsets[k + 1]!)));
      }
    }
    const grams = Uint32Array.from([...lists.keys()].sort((a, b) => a - b));
    const offsets = new Uint32Array(grams.length + 1);
    let total = 0;
    grams.forEach((gram, k) => {
      offsets[k] = total;
      total += lists.get(gram)!.length;
    });
    offsets[grams.length] = total;
    const ids = new Uint32Array(total);
    for (let k = 0; k < grams.length; k++) ids.set(lists.get(grams[k]!)!, offsets[k]!);
    return {
      forms: this.forms.join('\n'),
      terms: this.termOfForm.map((term, id) => (term === this.forms[id] ? '' : term)).join('\n'),
      grams,
      offsets,
      ids,
      display: JSON.stringify([...this.display()]),
    };
  }

  /** A vocabulary over packed data; maps are built only when something is added or shown. */
  static fromPacked(data: PackedVocabulary): FuzzyVocabulary {
    const forms = data.forms === '' ? [] : data.forms.split('\n');
    const terms = forms.length === 0 ? [] : data.terms.split('\n');
    const { grams, offsets, ids } = data;
    if (
      terms.length !== forms.length ||
      offsets.length !== grams.length + 1 ||
      offsets[grams.length] !== ids.length ||
      typeof data.display !== 'string'
    ) {
      throw new Error('Search index snapshot is damaged: the typo index does not add up.');
    }
    const vocabulary = new FuzzyVocabulary();
    vocabulary.forms = forms;
    vocabulary.termOfForm = terms.map((term, id) => (term === '' ? forms[id]! : term));
    vocabulary.formIds = null;
    vocabulary.packedGrams = { grams, offsets, ids };
    vocabulary.displayMap = null;
    vocabulary.packedDisplay = data.display;
    return vocabulary;
  }

  private ids(): Map<string, number> {
    this.formIds ??= new Map(this.forms.map((form, id) => [form, id]));
    return this.formIds;
  }

  private display(): Map<string, string> {
    this.displayMap ??= new Map(JSON.parse(this.packedDisplay) as [string, string][]);
    return this.displayMap;
  }

  /** The ids of forms with a bigram: added ones first, then those of a packed vocabulary. */
  private formsWith(gram: number): readonly number[] | Uint32Array | undefined {
    return this.gramForms.get(gram) ?? this.packedList(gram);
  }

  private packedList(gram: number): Uint32Array | undefined {
    const packed = this.packedGrams;
    if (!packed) return undefined;
    let lo = 0;
    let hi = packed.grams.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (packed.grams[mid]! < gram) lo = mid + 1;
      else hi = mid;
    }
    if (packed.grams[lo] !== gram) return undefined;
    return packed.ids.subarray(packed.offsets[lo]!, packed.offsets[lo + 1]!);
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
      const list = this.formsWith(gram);
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
