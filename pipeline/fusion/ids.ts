/** Stable fact ids: a hash of what a fact says and where it is first cited, so the same input gives the same ids. */
import { createHash } from "node:crypto";
import type { Fact } from "../../schemas/output";

export function factId(f: Fact): string {
  const first = f.evidence[0]!;
  const what = f.kind === "count" ? `${f.value}` : f.kind === "date" ? `${f.value}/${f.relation}` : f.kind === "place" ? `${f.name.en}/${f.name.zh}` : `${f.type}/${f.parties.map((p) => p.en ?? p.zh).join("+")}`;
  return `${f.kind}-${createHash("sha1").update(`${f.kind}|${what}|${first.paragraph}|${first.start}`).digest("hex").slice(0, 10)}`;
}

/** Gives every fact without an id its hash; two facts with the same hash get -2, -3 in document order. */
export function assignIds(facts: Fact[]): void {
  const seen = new Map<string, number>();
  for (const f of facts) {
    const id = f.id || factId(f);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    f.id = n > 1 ? `${id}-${n}` : id;
  }
}
