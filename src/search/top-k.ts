// Keeps the k best items of a stream without sorting all of them.

/** The k items with the highest key, best first. */
export function topK<T>(items: Iterable<T>, k: number, key: (item: T) => number): T[] {
  if (k <= 0) return [];
  // A min-heap of the best k seen so far: the root is the weakest kept item.
  const heap: { item: T; key: number }[] = [];
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]!.key < heap[smallest]!.key) smallest = left;
      if (right < heap.length && heap[right]!.key < heap[smallest]!.key) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  };
  for (const item of items) {
    const value = key(item);
    if (heap.length < k) {
      heap.push({ item, key: value });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]!.key <= heap[i]!.key) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (value > heap[0]!.key) {
      heap[0] = { item, key: value };
      siftDown(0);
    }
  }
  return heap.sort((a, b) => b.key - a.key).map((entry) => entry.item);
}
