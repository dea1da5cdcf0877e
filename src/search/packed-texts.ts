// The excerpt texts of a packed snapshot, the bulk of its bytes: every document's excerpt source one after
// the other in UTF-8, stored apart from the documents' columns (`packed-docs.ts`) in a row that arrives
// after the index is in use, each text decoded only when an excerpt is first shown.

/** Keeps a leading U+FEFF: a string that starts with one must come back as it went in. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Every document's excerpt source, one after the other in UTF-8. */
export interface PackedTexts {
  /** Ties these texts to their documents: a hash of the bytes and ends (see textsKey). */
  key: number;
  bytes: Uint8Array;
  /** Byte offset where each document's text ends. */
  ends: Uint32Array;
}

/** Excerpt texts of loaded documents: empty until attached, then decoded one document at a time. */
export class TextStore {
  private texts: PackedTexts | null = null;
  private readonly decoded: (string | undefined)[] = [];

  get attached(): boolean {
    return this.texts !== null;
  }

  attach(texts: PackedTexts): void {
    this.texts = texts;
  }

  text(at: number): string {
    const texts = this.texts;
    if (!texts) return '';
    let text = this.decoded[at];
    if (text === undefined) {
      const start = at === 0 ? 0 : texts.ends[at - 1]!;
      text = UTF8.decode(texts.bytes.subarray(start, texts.ends[at]!));
      this.decoded[at] = text;
    }
    return text;
  }
}

/** FNV-1a over the texts' bytes and ends, sampled (every 61st byte) to stay quick at megabytes. */
export function textsKey(bytes: Uint8Array, ends: Uint32Array): number {
  let hash = 0x811c9dc5 ^ bytes.length ^ (ends.length << 16);
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < bytes.length; i += 61) mix(bytes[i]!);
  for (let i = 0; i < ends.length; i++) mix(ends[i]!);
  return hash >>> 0;
}

/** Checks texts against the documents they belong to; null when they are not theirs. */
export function checkTexts(data: unknown, docs: number, key: number): PackedTexts | null {
  if (
    typeof data !== 'object' ||
    data === null ||
    !((data as PackedTexts).bytes instanceof Uint8Array) ||
    !((data as PackedTexts).ends instanceof Uint32Array)
  ) {
    return null;
  }
  const texts = data as PackedTexts;
  const { ends, bytes } = texts;
  if (texts.key !== key || ends.length !== docs || (docs > 0 && ends[docs - 1] !== bytes.length)) return null;
  for (let i = 1; i < ends.length; i++) if (ends[i]! < ends[i - 1]!) return null;
  return textsKey(bytes, ends) === key ? texts : null;
}
