/**
 * A text function remembered for the texts read lately: the aligner (anchors) and the count rules both
 * read the numbers of every paragraph, one stage apart. A few hundred texts cover a document's
 * paragraphs; the memory is dropped whole when full, so it stays small whatever the batch.
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
