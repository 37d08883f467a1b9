/**
 * A release's output as short lines of text, one per paragraph role, alignment and fact, for the
 * regression set in fixtures/releases: a reviewer reads a change's effect in the diff of these lines,
 * where the JSON would bury it in ids and offsets that move with every quote.
 */
import type { Output } from "../schemas/output";

type Fact = Output["facts"][number];

function both(text: { zh: string | null; en: string | null } | null): string {
  return text === null ? "-" : `${text.zh ?? "-"} / ${text.en ?? "-"}`;
}

function valueOf(fact: Fact): string {
  switch (fact.kind) {
    case "count":
      return `${fact.qualifier ? fact.qualifier + " " : ""}${fact.value} (${both(fact.unit)})`;
    case "date":
      return `${fact.relation} ${fact.value}${fact.until ? ".." + fact.until : ""} ${fact.resolved ? fact.anchor : "unresolved"}`;
    case "place":
      return `${both(fact.name)} ${fact.placeType}${fact.code ? " " + fact.code.value : ""}`;
    case "agreement":
      return `${fact.type} [${fact.parties.map(both).join("; ")}] ${fact.level ?? "-"} ${fact.date ?? "-"} ${fact.status}`;
  }
}

/** Quotes are cut at 50 characters: the position already says where the rest is. */
function evidenceOf(fact: Fact): string {
  return fact.evidence
    .map((e) => `${e.paragraph}@${e.start} ${e.quote.length > 50 ? e.quote.slice(0, 49) + "…" : e.quote}`)
    .join(" | ");
}

export function factLines(output: Output): string[] {
  const lines = [`title: ${both(output.document.title)}`, `published: ${output.document.publishedAt ?? "-"}`];
  const roles = output.paragraphs.filter((p) => p.role !== "body").map((p) => `${p.id} ${p.role}`);
  lines.push(`roles: ${roles.join(", ") || "-"}`);
  lines.push(`alignments: ${output.alignments.map((a) => `${a.zh.join("+")}=${a.en.join("+")}`).join(" ") || "-"}`);
  for (const fact of output.facts) {
    const conflicts = fact.conflicts.map((c) => ` CONFLICT ${c.field}: ${c.zh} / ${c.en}`).join("");
    lines.push(`${fact.kind} ${valueOf(fact)} {${fact.corroboration}${conflicts}} ${evidenceOf(fact)}`);
  }
  return lines;
}
