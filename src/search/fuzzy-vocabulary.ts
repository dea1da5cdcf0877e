// Finds vocabulary terms within a small edit distance of a typed word, via a bigram candidate set and a
// bounded edit distance. Holds word forms (as written and as stemmed), each pointing at its index term,
// so that "setitngs" finds "settings" even though the index only knows the stem "set".
import { boundedEditDistance } from './edit-distance';
import { isPackedStringList, type PackedStringList, PackedStrings, packStrings } from './packed-strings';

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

/** A vocabulary in typed arrays, as a packed snapshot stores it. */
export interface PackedVocabulary {
  /** Word forms (runs of letters, digits and marks). */
  forms: PackedStringList;
  /** The index term of each form; empty when the term is the form itself. */
  terms: PackedStringList;
  /** Bigram keys in ascending order; form ids of key k are ids[offsets[k]] up to ids[offsets[k + 1]]. */
  grams: Uint32Array;
  offsets: Uint32Array;
  ids: Uint32Array;
  /** [term, readable form] pairs as JSON text, in UTF-8. */
  display: Uint8Array;
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export class FuzzyVocabulary {
  private forms: string[] = [];
  private termOfForm: string[] = [];
  /** A loaded vocabulary's forms and terms, decoded as near() meets them; in the lists above from the first add. */
  private packedForms: { forms: PackedStrings; terms: PackedStrings } | null = null;
  /** Form → id; built on the first add after loading a packed vocabulary. */
  private formIds: Map<string, number> | null = new Map();
  private readonly gramForms = new Map<number, number[]>();
  /** Bigram lists of a packed vocabulary not copied into gramForms yet. */
  private packedGrams: { grams: Uint32Array; offsets: Uint32Array; ids: Uint32Array } | null = null;
  /** Shortest form seen for each term, to show a correction as a word ("charg" → "charge"). */
  private displayMap: Map<string, string> | null = new Map();
  private packedDisplay: Uint8Array | null = null;
  private counts = new Uint16Array(0);
  /** Per form, while near() runs: the first of the word's bigrams (in the word's order) it has. */
  private firstGram = new Uint16Array(0);
  /** Each form's length (formLengths), for as many forms as there were when it was made. */
  private lengths: Uint16Array | null = null;

  get formCount(): number {
    return this.packedForms ? this.packedForms.forms.length : this.forms.length;
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
    this.unpackForms();
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
    const loaded = this.packedForms;
    return {
      forms: loaded ? loaded.forms.packed : packStrings(this.forms),
      terms: loaded
        ? loaded.terms.packed
        : packStrings(this.termOfForm.map((term, id) => (term === this.forms[id] ? '' : term))),
      grams,
      offsets,
      ids,
      display: this.packedDisplay ?? new TextEncoder().encode(JSON.stringify([...this.display()])),
    };
  }

  /** A vocabulary over packed data; maps are built only when something is added or shown. */
  static fromPacked(data: PackedVocabulary): FuzzyVocabulary {
    const { grams, offsets, ids } = data;
    if (
      !isPackedStringList(data.forms) ||
      !isPackedStringList(data.terms) ||
      data.terms.ends.length !== data.forms.ends.length ||
      offsets.length !== grams.length + 1 ||
      offsets[grams.length] !== ids.length ||
      !(data.display instanceof Uint8Array)
    ) {
      throw new Error('Search index snapshot is damaged: the typo index does not add up.');
    }
    const count = data.forms.ends.length;
    for (let k = 0; k < ids.length; k++) {
      if (ids[k]! >= count)
        throw new Error('Search index snapshot is damaged: the typo index does not add up.');
    }
    const vocabulary = new FuzzyVocabulary();
    vocabulary.packedForms = { forms: new PackedStrings(data.forms), terms: new PackedStrings(data.terms) };
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

  /** Before a form is added: a loaded vocabulary's forms and terms decoded into the lists. */
  private unpackForms(): void {
    const loaded = this.packedForms;
    if (!loaded) return;
    this.forms = loaded.forms.all();
    this.termOfForm = loaded.terms.all().map((term, id) => (term === '' ? this.forms[id]! : term));
    this.packedForms = null;
  }

  private formAt(id: number): string {
    return this.packedForms ? this.packedForms.forms.at(id) : this.forms[id]!;
  }

  private termAt(id: number): string {
    const loaded = this.packedForms;
    if (!loaded) return this.termOfForm[id]!;
    return loaded.terms.at(id) || loaded.forms.at(id);
  }

  private display(): Map<string, string> {
    if (!this.displayMap) {
      this.displayMap = new Map(JSON.parse(UTF8.decode(this.packedDisplay ?? new Uint8Array(0)) || '[]'));
      this.packedDisplay = null;
    }
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

  /**
   * Index terms with a form within maxDistance of word (word itself excluded), closest first; terms at the
   * same distance in the order their forms come in the word's bigram lists (by the first of the word's
   * bigrams a form has, then by the form's id).
   *
   * A form that close is at most maxDistance longer or shorter, and shares `minShared` of the word's
   * bigrams, so it is in at least one of the word's `grams - minShared + 1` shortest bigram lists: only
   * those lists are walked, counting the forms of a fitting length, and these are then looked up in the
   * longer lists by binary search. The longest lists ("e^", "^s", "re", thousands of forms each) were most
   * of a keystroke's typo search when every list was walked.
   */
  near(word: string, maxDistance: number): FuzzyMatch[] {
    if (maxDistance <= 0 || word.length < 2) return [];
    const grams = bigramsOf(word);
    // A substitution or deletion breaks at most 2 bigrams, a transposition at most 3.
    const minShared = Math.max(1, grams.length - 3 * maxDistance);
    const lists = grams.map((gram) => this.formsWith(gram) ?? NO_FORMS);
    const walked = grams.length - minShared + 1;
    // With every list walked, in the word's order: the forms come in the order the result keeps.
    const order = grams.map((_, g) => g);
    if (walked < grams.length) order.sort((a, b) => lists[a]!.length - lists[b]!.length || a - b);
    const lengths = this.formLengths();
    const shortest = word.length - maxDistance;
    const longest = word.length + maxDistance;
    const formCount = this.formCount;
    if (this.counts.length < formCount) {
      this.counts = new Uint16Array(formCount * 2);
      this.firstGram = new Uint16Array(formCount * 2);
    }
    const { counts, firstGram } = this;
    const touched: number[] = [];
    for (let k = 0; k < walked; k++) {
      const g = order[k]!;
      const list = lists[g]!;
      for (let p = 0; p < list.length; p++) {
        const id = list[p]!;
        const length = lengths[id]!;
        if (length < shortest || length > longest) continue;
        if (counts[id] === 0) {
          touched.push(id);
          firstGram[id] = g;
        } else if (g < firstGram[id]!) firstGram[id] = g;
        counts[id]!++;
      }
    }
    let near = touched;
    if (walked < grams.length && touched.length > 0) {
      const ascending = Uint32Array.from(touched).sort();
      for (let k = walked; k < grams.length; k++) {
        const g = order[k]!;
        countIn(lists[g]!, ascending, (id) => {
          counts[id]!++;
          if (g < firstGram[id]!) firstGram[id] = g;
        });
      }
      // The order the forms come in walking every list in the word's order.
      near = touched
        .filter((id) => counts[id]! >= minShared)
        .sort((a, b) => firstGram[a]! - firstGram[b]! || a - b);
    }
    const best = new Map<string, number>();
    for (const id of near) {
      if (counts[id]! < minShared) continue;
      const form = this.formAt(id);
      if (form === word) continue;
      const distance = boundedEditDistance(word, form, maxDistance);
      if (distance > maxDistance) continue;
      const term = this.termAt(id);
      if ((best.get(term) ?? Number.POSITIVE_INFINITY) > distance) best.set(term, distance);
    }
    for (const id of touched) counts[id] = 0;
    return [...best].map(([term, distance]) => ({ term, distance })).sort((a, b) => a.distance - b.distance);
  }

  /** Each form's length in UTF-16 code units (as JavaScript counts a string), read from the packed bytes. */
  private formLengths(): Uint16Array {
    if (this.lengths && this.lengths.length === this.formCount) return this.lengths;
    const lengths = new Uint16Array(this.formCount);
    const loaded = this.packedForms;
    if (loaded) {
      const { bytes, ends } = loaded.forms.packed;
      let at = 0;
      for (let id = 0; id < ends.length; id++) {
        let units = 0;
        for (const end = ends[id]!; at < end; at++) {
          const byte = bytes[at]!;
          // Each character starts with a byte outside 0x80–0xBF; one of 4 bytes is two code units.
          if (byte < 0x80 || byte >= 0xc0) units += byte >= 0xf0 ? 2 : 1;
        }
        lengths[id] = Math.min(units, 0xffff);
      }
    } else {
      this.forms.forEach((form, id) => {
        lengths[id] = Math.min(form.length, 0xffff);
      });
    }
    this.lengths = lengths;
    return lengths;
  }
}

const NO_FORMS = new Uint32Array(0);

/**
 * Calls `found` for each of `ids` (ascending) that is in `list` (ascending): by binary search from where
 * the last one was, or in one walk through both when the ids are many beside the list.
 */
function countIn(list: readonly number[] | Uint32Array, ids: Uint32Array, found: (id: number) => void): void {
  if (ids.length * Math.log2(list.length + 1) < list.length) {
    let lo = 0;
    for (const id of ids) {
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo === list.length) return;
      if (list[lo] === id) found(id);
    }
    return;
  }
  let at = 0;
  for (const id of ids) {
    while (at < list.length && list[at]! < id) at++;
    if (at === list.length) return;
    if (list[at] === id) found(id);
  }
}
