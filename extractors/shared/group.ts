/** Items by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Items grouped by paragraph, read back for a list of paragraphs in the items' own order: what
 * `items.filter((x) => ids.includes(paragraphOf(x)))` gives, without reading every item for every alignment.
 */
export function groupInOrder<T>(items: readonly T[], paragraphOf: (item: T) => string): (ids: readonly string[]) => T[] {
  const groups = groupBy(items, paragraphOf);
  const position = new Map<T, number>();
  items.forEach((item, i) => position.set(item, i));
  return (ids) => {
    // most alignments are 1-1: one paragraph a side, whose group is already in order
    if (ids.length === 1) return groups.get(ids[0]!)?.slice() ?? [];
    const found = [...new Set(ids)].flatMap((id) => groups.get(id) ?? []);
    return found.sort((a, b) => position.get(a)! - position.get(b)!);
  };
}
