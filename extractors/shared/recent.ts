/**
 * A text function remembered for the texts read lately, where several readers ask the same of one text:
 * the aligner and the count rules read the numbers of every paragraph, one stage apart; every agreement
 * rule splits the same paragraph into sentences; English count rules tag the same sentence. A few hundred
 * texts cover a document's paragraphs; the memory is dropped whole when full, so it stays small
 * whatever the batch. What it hands out is shared: callers read it and never change it.
 */
export function rememberRecent<T>(read: (text: string) => T, capacity = 512): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text)!;
    const value = read(text);
    if (recent.size >= capacity) recent.clear();
    recent.set(text, value);
    return value;
  };
}
