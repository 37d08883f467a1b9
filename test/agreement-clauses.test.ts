/**
 * One English sentence may report two events joined by ", and": each event's parties are read from its
 * own clause ("Shaanxi … with Chuy Region of Kyrgyzstan, and Xi'an signed a memorandum … with Florence").
 * Invented sentences, none from the seeds.
 */
import { readParagraph } from "../extractors/run";

describe("two events in one English sentence", () => {
  const text = "During the forum, Gansu signed a friendship agreement with Chuy Region of Kyrgyzstan, and Lanzhou signed a memorandum on tourism with Florence of Italy.";
  const events = readParagraph(text, "en").agreements;

  it("reads both, each from its own subject", () => {
    expect(events.map((e) => [e.index, e.text])).toEqual([
      [text.indexOf("Gansu"), "Gansu signed a friendship agreement with Chuy Region"],
      [text.indexOf("Lanzhou"), "Lanzhou signed a memorandum on tourism with Florence"],
    ]);
  });

  it("gives each event the parties of its clause only", () => {
    expect(events.map((e) => [e.type, e.parties.map((p) => p.text)])).toEqual([
      ["agreement", ["Gansu", "Chuy Region"]],
      ["memorandum", ["Lanzhou", "Florence"]],
    ]);
  });
});
