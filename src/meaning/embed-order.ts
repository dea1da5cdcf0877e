// Most useful first: without shipped vectors a large knowledge base takes the meaning host many minutes,
// so it embeds first the articles the agent is meeting now (the ones a panel's words just suggested,
// latest first), then the most used (opened most often), then the rest in the order they came.

export interface EmbedPriority {
  /** When each item was last among a panel's top word suggestions (a counter or a time: larger is later). */
  suggested: ReadonlyMap<string, number>;
}

/** `items` in the order to embed them; stable for items of equal priority. */
export function embedOrder<T extends { doc: { id: string; usage?: number } }>(
  items: readonly T[],
  priority: EmbedPriority,
): T[] {
  return items
    .map((item, position) => ({
      item,
      position,
      suggested: priority.suggested.get(item.doc.id) ?? -1,
      usage: item.doc.usage ?? 0,
    }))
    .sort((a, b) => b.suggested - a.suggested || b.usage - a.usage || a.position - b.position)
    .map(({ item }) => item);
}
