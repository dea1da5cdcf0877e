// Vectors of page texts the meaning host embedded lately, by their exact text. When a ticket gets a new
// message, its subject and the sentences it already had are the same texts: only the new ones go to the
// model. A text being embedded is shared too (the host starts on a page when its content script reports
// it, and the panel's request for the same text then waits for that call instead of making another).
import type { SentenceEncoder } from './encoder';

type Encoder = Pick<SentenceEncoder, 'embed'>;

/** Texts kept: a few hundred page texts and sentences (512 numbers each, 2 kB). */
export const TEXT_CACHE_LIMIT = 400;

export interface TextVectorCounts {
  /** Texts asked for. */
  asked: number;
  /** Of those, texts the model embedded (the rest were known or already being embedded). */
  embedded: number;
}

export class TextVectors {
  /** Least recently used first (a Map keeps insertion order; a use moves the text to the end). */
  private readonly known = new Map<string, Promise<Float32Array>>();
  /** Vectors already made (not still being embedded). */
  private readonly done = new WeakSet<Promise<Float32Array>>();
  /** Texts every request reads (the small-talk list): kept whatever the limit. */
  private readonly pinned = new Set<string>();
  readonly counts: TextVectorCounts = { asked: 0, embedded: 0 };

  constructor(private readonly limit = TEXT_CACHE_LIMIT) {}

  /** An encoder that takes known texts from here and has `encoder` embed the others. */
  through(encoder: Encoder): Encoder {
    return { embed: (texts) => this.embed(encoder, texts) };
  }

  /** One unit vector per text, in order; texts not known are embedded together in one model call. */
  embed(encoder: Encoder, texts: readonly string[]): Promise<Float32Array[]> {
    this.counts.asked += texts.length;
    const missing = [...new Set(texts.filter((text) => !this.known.has(text)))];
    if (missing.length > 0) {
      this.counts.embedded += missing.length;
      const made = encoder.embed(missing);
      missing.forEach((text, i) => {
        const one = made.then((vectors) => {
          const vector = vectors[i];
          if (!vector) throw new Error('the encoder returned fewer vectors than texts');
          return vector;
        });
        // A failed call is forgotten, so the next request tries again.
        one.then(
          () => this.done.add(one),
          () => {
            if (this.known.get(text) === one) this.known.delete(text);
          },
        );
        this.known.set(text, one);
      });
    }
    const wanted = texts.map((text) => {
      const vector = this.known.get(text)!;
      this.known.delete(text);
      this.known.set(text, vector);
      return vector;
    });
    let kept = this.limit;
    for (const text of this.pinned) if (this.known.has(text)) kept++;
    if (this.known.size > kept) {
      for (const text of this.known.keys()) {
        if (this.known.size <= kept) break;
        if (!this.pinned.has(text)) this.known.delete(text);
      }
    }
    return Promise.all(wanted);
  }

  /** Keeps `texts`' vectors, once embedded, however many other texts come after them (not counted in the limit). */
  pin(texts: Iterable<string>): void {
    for (const text of texts) this.pinned.add(text);
  }

  /** Whether every one of `texts` has its vector already (none needs the model, none is being embedded). */
  embedded(texts: readonly string[]): boolean {
    return texts.every((text) => {
      const vector = this.known.get(text);
      return vector !== undefined && this.done.has(vector);
    });
  }

  /** Whether `text` is known or being embedded (for tests and timings). */
  has(text: string): boolean {
    return this.known.has(text);
  }
}
