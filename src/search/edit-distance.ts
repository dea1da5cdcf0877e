// Bounded optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("recieve").

/** Edit distance between a and b, or max + 1 as soon as it is certain to exceed max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  // Three rolling rows: two rows back is needed for transpositions.
  let back2 = new Array<number>(lb + 1).fill(0);
  let back1 = new Array<number>(lb + 1);
  let row = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) back1[j] = j;
  for (let i = 1; i <= la; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(back1[j]! + 1, row[j - 1]! + 1, back1[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, back2[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = back2;
    back2 = back1;
    back1 = row;
    row = spare;
  }
  const distance = back1[lb]!;
  return distance > max ? max + 1 : distance;
}

/** Typos tolerated for a typed word: none below 4 letters, 1 from 4, 2 from 8. */
export function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * Fewest edits (insertions, deletions, substitutions) that turn `pattern` into some substring of `text`,
 * or max + 1 as soon as it is certain to exceed max: the pattern may start anywhere in the text.
 */
export function substringEditDistance(pattern: string, text: string, max: number): number {
  const m = pattern.length;
  if (m === 0) return 0;
  // column[i]: fewest edits matching pattern[0..i) to a substring ending at the current text position.
  const column = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diagonal = 0; // column[0] stays 0: a match may start at any position
    for (let i = 1; i <= m; i++) {
      const above = column[i]!;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      const value = Math.min(above + 1, column[i - 1]! + 1, diagonal + cost);
      diagonal = above;
      column[i] = value;
    }
    if (column[m]! < best) best = column[m]!;
    if (best === 0) return 0;
  }
  return best > max ? max + 1 : best;
}

/** Patterns up to this long fit one 32-bit word of the bit-parallel matcher. */
export const BIT_PATTERN_MAX = 32;

/**
 * substringEditDistance for one pattern of at most 32 characters against many texts, by Myers'
 * bit-parallel algorithm (the column of the long way kept as bits of its differences, one 32-bit word):
 * the same numbers, a text's characters at a few operations each.
 */
export class SubstringMatcher {
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly last: number;
  private readonly all: number;

  constructor(readonly pattern: string) {
    const m = pattern.length;
    if (m === 0 || m > BIT_PATTERN_MAX) throw new Error(`A pattern of 1 to ${BIT_PATTERN_MAX} characters.`);
    for (let i = 0; i < m; i++) {
      const code = pattern.charCodeAt(i);
      if (code < 128) this.ascii[code]! |= 1 << i;
      else this.other.set(code, (this.other.get(code) ?? 0) | (1 << i));
    }
    this.last = 1 << (m - 1);
    this.all = m === 32 ? -1 : (1 << m) - 1;
  }

  /** As substringEditDistance(pattern, text, max). */
  distance(text: string, max: number): number {
    const m = this.pattern.length;
    const { ascii, other, last } = this;
    // Bit i of vp / vn: the column's value at row i + 1 is one more / one less than at row i.
    let vp = this.all;
    let vn = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j);
      const eq = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
      const xv = eq | vn;
      const xh = ((((eq & vp) + vp) | 0) ^ vp) | eq;
      let hp = vn | ~(xh | vp);
      let hn = vp & xh;
      if ((hp & last) !== 0) score++;
      else if ((hn & last) !== 0) score--;
      // Row 0 is 0 at every position (a match may start anywhere): nothing shifts in.
      hp <<= 1;
      hn <<= 1;
      vp = hn | ~(xv | hp);
      vn = hp & xv;
      if (score < best) {
        best = score;
        if (best === 0) return 0;
      }
    }
    return best > max ? max + 1 : best;
  }
}
