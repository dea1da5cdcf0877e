// How deeply a parsed JSON value nests, measured without recursion (so a hostile file of thousands of
// levels cannot overflow the stack here, as it did in JSON.stringify before this check).

/** Deepest nesting a team pack may have: a pack needs 5 (pack, list, item, field, value). */
export const MAX_PACK_DEPTH = 32;

/** True when `value` nests objects or arrays more than `max` levels deep. Stops at the first such level. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
