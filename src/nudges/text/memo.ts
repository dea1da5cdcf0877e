// A small bounded cache: a draft is re-analysed on every keystroke, and most of its sentences have
// not changed since the last time.

export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 2_000) {}

  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
