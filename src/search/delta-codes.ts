// How a posting list (ascending numbers) is stored: as the differences between neighbours, which are
// small, and in a packed snapshot as those differences in 7-bit groups (a byte with its high bit set
// says another byte follows). Used by src/search/field-postings.ts.

/** The most bytes one value takes in 7-bit groups (values stay below 2^35). */
export const MAX_VARINT_BYTES = 5;

/** Each value of an ascending list minus the one before it (the first minus 0). */
export function deltasOf(list: readonly number[]): number[] {
  const deltas = new Array<number>(list.length);
  let previous = 0;
  for (let i = 0; i < list.length; i++) {
    const value = list[i]!;
    deltas[i] = value - previous;
    previous = value;
  }
  return deltas;
}

/** The ascending list that `deltas` came from. */
export function valuesOf(deltas: readonly number[]): number[] {
  const list = new Array<number>(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) {
    value += deltas[i]!;
    list[i] = value;
  }
  return list;
}

/**
 * Writes an ascending list's differences into `out` from `at` in 7-bit groups; returns where it ended.
 * `out` must have room for MAX_VARINT_BYTES a value.
 */
export function writeDeltaVarints(list: readonly number[], out: Uint8Array, at: number): number {
  let previous = 0;
  for (const value of list) {
    let delta = value - previous;
    previous = value;
    while (delta >= 0x80) {
      out[at++] = (delta & 0x7f) | 0x80;
      delta = Math.floor(delta / 0x80);
    }
    out[at++] = delta;
  }
  return at;
}

/** Reads `count` values written by writeDeltaVarints from `bytes` at `at`. */
export function readDeltaVarints(bytes: Uint8Array, at: number, count: number): number[] {
  const list = new Array<number>(count);
  let value = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[at++]!;
    let delta = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
      byte = bytes[at++]!;
      delta += (byte & 0x7f) * scale;
    }
    value += delta;
    list[i] = value;
  }
  return list;
}
