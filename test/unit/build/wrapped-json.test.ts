import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrappedJson } from '../../../scripts/wrapped-json';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

describe('wrappedJson (the second opinion weights file as written by the trainer)', () => {
  it('gives back the same values, with long lists of numbers wrapped under the width', () => {
    const weights = Array.from({ length: 1114 }, (_, i) => Number((Math.sin(i) * 1.7).toPrecision(4)));
    const model = {
      trainedOn: 'a note',
      dims: 1114,
      kinds: {
        handoff: { hidden: { weights: [weights, weights], bias: [0.1, -2e-5] }, weights, bias: -1.5 },
      },
      empty: [],
    };
    const text = wrappedJson(model);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(widest(text)).toBeLessThanOrEqual(200);
    expect(text.split('\n').length).toBeGreaterThan(50);
    expect(widest(wrappedJson(model, 80))).toBeLessThanOrEqual(80);
  });

  it('keeps a number list that fits on one line to the width exactly', () => {
    const numbers = Array.from({ length: 40 }, () => 1.234);
    for (const width of [60, 61, 62, 63, 64])
      expect(widest(wrappedJson({ a: numbers }, width))).toBeLessThanOrEqual(width);
  });
});

describe('the committed weights file (src/nudges/opinion/nudge-model.json)', () => {
  it('has no line over 200 characters', () => {
    const text = readFileSync(
      new URL('../../../src/nudges/opinion/nudge-model.json', import.meta.url),
      'utf8',
    );
    expect(widest(text)).toBeLessThanOrEqual(200);
  });
});
