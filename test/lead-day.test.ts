/**
 * A signing told in a paragraph of its own that goes on from the lead (会见后，双方签署了…; "After the
 * meeting, the two sides signed…") happened on the day the lead opens with (pipeline/extract.ts,
 * lendLeadDay). A paragraph that does not go on from the lead, and a tie's anniversary, lend nothing.
 * Invented releases, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const release = (paragraphs: string[]): Buffer => Buffer.from(["甲省领导会见乙州代表团", "发布时间：2025年5月20日", ...paragraphs].join("\n\n"), "utf8");
const agreements = (bytes: Buffer): AgreementFact[] => extractBytes("lead.txt", bytes).facts.filter((f): f is AgreementFact => f.kind === "agreement");

const LEAD_ZH = "5月14日（星期三）下午，省长在省城会见了美国俄亥俄州代表团一行。";
const LEAD_EN = "On the afternoon of Wednesday, May 14, the Governor met with a delegation from the US state of Ohio.";
const TIE = ["1985年，山东省与俄亥俄州建立友好省州关系。", "In 1985, Shandong Province and Ohio established friendly province-state relations."];

describe("the lead's day lent to a signing that goes on from it", () => {
  it("dates 会见后…签署 and 'After the meeting … signed' by the lead, in both languages", () => {
    const facts = agreements(release([LEAD_ZH, LEAD_EN, ...TIE, "会见后，双方签署了经贸合作协议。", "After the meeting, the two sides signed an agreement on economic and trade cooperation."]));
    const signing = facts.find((f) => f.type === "agreement")!;
    expect(signing.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "双方签署了经贸合作协议"],
      ["en", "the two sides signed an agreement"],
    ]);
    expect(signing.date).toBe("2025-05-14");
    // the tie of 1985 keeps its own year
    expect(facts.find((f) => f.type === "sister-city")!.date).toBe("1985");
  });

  it("dates a later sentence that goes on from the lead (…为主题，…交流。会上，…签署) by the lead's day, where the sentences before it state none", () => {
    const facts = agreements(
      release([
        "5月14日，友好城市大会在省城开幕。",
        "本次大会以绿色发展为主题，与会代表进行了深入交流。会上，山东省与俄亥俄州签署了经贸合作协议。",
      ]),
    );
    expect(facts.map((f) => [f.type, f.date, f.evidence[0]!.quote])).toEqual([["agreement", "2025-05-14", "山东省与俄亥俄州签署了经贸合作协议"]]);
  });

  it("dates 大会期间…签署 and 'During the conference … signed' by the first day of the conference the lead opens with", () => {
    const facts = agreements(
      release([
        "5月14日至16日，友好城市大会在省城举行。",
        "From May 14 to 16, the Friendship Cities Conference was held in the provincial capital.",
        "大会期间，山东省与俄亥俄州签署了经贸合作协议。",
        "During the conference, Shandong Province and Ohio signed an agreement on economic and trade cooperation.",
      ]),
    );
    expect(facts.map((f) => [f.type, f.date, f.corroboration])).toEqual([["agreement", "2025-05-14", "both"]]);
  });

  it("dates 开幕式上…签署 and 'At the opening ceremony … signed' by the day of the opening the lead tells", () => {
    const facts = agreements(
      release([
        "5月14日，友好城市大会在省城开幕。",
        "On May 14, the Friendship Cities Conference opened in the provincial capital.",
        "开幕式上，山东省与俄亥俄州签署了经贸合作协议。",
        "At the opening ceremony, Shandong Province and Ohio signed an agreement on economic and trade cooperation.",
      ]),
    );
    expect(facts.map((f) => [f.type, f.date, f.corroboration])).toEqual([["agreement", "2025-05-14", "both"]]);
  });

  it("dates 'During the ceremony … signed' by the day a wire's lead tells after its dateline", () => {
    const wire = [
      "Published: 2024-10-12",
      "GUANGZHOU, Oct. 11 -- Guangzhou and Auckland held a ceremony on Thursday to mark the 35th anniversary of their sister-city relationship.",
      "During the ceremony, the two sides signed a memorandum of understanding on green development.",
    ];
    const facts = agreements(Buffer.from(wire.join("\n\n"), "utf8"));
    // Thursday before the filing date of Friday, October 11
    expect(facts.find((f) => f.type === "memorandum")?.date).toBe("2024-10-10");
    // (a dateline whose place is written in title case is a dateline all the same: its filing date dates no event)
    const titleCase = agreements(Buffer.from(wire.map((p) => p.replace("GUANGZHOU", "Guangzhou")).join("\n\n"), "utf8"));
    expect(titleCase.find((f) => f.type === "memorandum")?.date).toBe("2024-10-10");
  });

  // each: the release's paragraphs, and the one event's type, date and corroboration
  // (the last an English release alone: the English lead's day, with no Chinese date to fuse)
  const GOING_ON: [string[], [string, string, string]][] = [
    [
      [
        "5月14日，国际马拉松赛在省城鸣枪开跑。",
        "The International Marathon started in the provincial capital on May 14, with 30,000 runners taking part.",
        "赛事期间，山东省与俄亥俄州签署了体育合作协议。",
        "During the event, Shandong Province and Ohio signed an agreement on sports cooperation.",
      ],
      ["agreement", "2025-05-14", "both"],
    ],
    [
      [
        "5月16日，国际文化节在省城开幕。",
        "The International Culture Festival opened in the provincial capital on May 16, with 40 troupes performing.",
        "文化节期间，山东省与俄亥俄州签署了文化交流备忘录。",
        "During the festival, Shandong Province and Ohio signed a memorandum on cultural exchanges.",
      ],
      ["memorandum", "2025-05-16", "both"],
    ],
    [
      [
        "5月12日至16日，省长率团访问美国俄亥俄州和密歇根州。",
        "From May 12 to 16, the Governor led a delegation to visit the US states of Ohio and Michigan.",
        "在俄亥俄州期间，山东省与俄亥俄州签署了经贸合作协议。",
        "In Ohio, Shandong Province and Ohio signed an agreement on economic and trade cooperation.",
      ],
      ["agreement", "2025-05-12", "both"],
    ],
    [
      ["The provincial government held a reception in the provincial capital on May 18 to welcome the Ohio delegation.", "During the reception, Shandong Province and Ohio signed an agreement on educational cooperation."],
      ["agreement", "2025-05-18", "en-only"],
    ],
  ];
  it.each(GOING_ON)("dates 赛事期间…签署, 'During the event/festival/reception … signed' by the lead's day, which an English lead may tell inside its first sentence (%#)", (paragraphs, event) => {
    expect(agreements(release(paragraphs)).map((f) => [f.type, f.date, f.corroboration])).toEqual([event]);
  });

  it("lends nothing to a period of its own (疫情期间), and a month opening a paragraph ('In March, …') is its date, no stop of the visit", () => {
    const facts = agreements(release([LEAD_ZH, LEAD_EN, "疫情期间，山东省与俄亥俄州签署了经贸合作协议。", "In March, Shandong Province and Ohio signed an agreement on economic and trade cooperation."]));
    // (the Chinese telling, undated, joins the English one's March)
    expect(facts.map((f) => [f.type, f.date, f.corroboration])).toEqual([["agreement", "2025-03", "both"]]);
  });

  it("dates a paragraph right after the lead whose first sentence has the pair for its subject (双方签署了…, 'The two sides signed …')", () => {
    const facts = agreements(release([LEAD_ZH, LEAD_EN, "双方签署了经贸合作协议。", "The two sides signed an agreement on economic and trade cooperation.", ...TIE]));
    expect(facts.map((f) => [f.type, f.date, f.corroboration])).toEqual([
      ["agreement", "2025-05-14", "both"],
      ["sister-city", "1985", "both"],
    ]);
  });

  it("dates a clause after a semicolon by the lead's day its sentence goes on from (开幕式上，A…签署…；B…签署…)", () => {
    const facts = agreements(
      release([
        "5月14日，友好城市大会在省城开幕。",
        "开幕式上，山东省与俄亥俄州签署了经贸合作协议；济南市与托莱多市签署了缔结友好城市意向书。",
      ]),
    );
    expect(facts.map((f) => [f.type, f.date, f.evidence[0]!.quote])).toEqual([
      ["agreement", "2025-05-14", "山东省与俄亥俄州签署了经贸合作协议"],
      ["letter-of-intent", "2025-05-14", "济南市与托莱多市签署了缔结友好城市意向书"],
    ]);
  });

  it("lends nothing to a paragraph that does not go on from the lead", () => {
    const facts = agreements(release([LEAD_ZH, LEAD_EN, ...TIE, "双方还签署了经贸合作协议。", "The two sides also signed an agreement on economic and trade cooperation."]));
    const signing = facts.find((f) => f.type === "agreement")!;
    expect(signing.evidence.map((e) => e.lang)).toEqual(["zh", "en"]);
    expect(signing.date).toBeNull();
  });

  it("dates 同日…签署 and 'On the same day … signed' by the day told before, across the tie's year, and states no date of its own", () => {
    const bytes = release([LEAD_ZH, LEAD_EN, ...TIE, "同日，双方签署了经贸合作协议。", "On the same day, the two sides signed an agreement on economic and trade cooperation."]);
    const facts = agreements(bytes);
    const signing = facts.find((f) => f.type === "agreement")!;
    expect(signing.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "双方签署了经贸合作协议"],
      ["en", "the two sides signed an agreement"],
    ]);
    expect(signing.date).toBe("2025-05-14");
    // the day is stated once, where the lead tells it
    const dates = extractBytes("lead.txt", bytes).facts.filter((f) => f.kind === "date");
    expect(dates.flatMap((f) => f.evidence.map((e) => e.quote))).not.toContain("同日");
    expect(dates.flatMap((f) => f.evidence.map((e) => e.quote))).not.toContain("On the same day");
  });

  it("lends nothing to 同日 when the day before is a stretch of days", () => {
    const facts = agreements(release(["5月12日至14日，美国俄亥俄州代表团访问我省。", "From May 12 to 14, a delegation from the US state of Ohio visited the province.", "同日，双方签署了经贸合作协议。", "On the same day, the two sides signed an agreement on economic and trade cooperation."]));
    expect(facts.find((f) => f.type === "agreement")!.date).toBeNull();
  });

  it("lends nothing to a tie's anniversary", () => {
    const facts = agreements(release([LEAD_ZH, LEAD_EN, "会见后，双方共同庆祝山东省与俄亥俄州结好40周年。", "After the meeting, the two sides celebrated the 40th anniversary of the sister-state relationship between Shandong Province and Ohio."]));
    expect(facts.map((f) => [f.type, f.evidence.map((e) => e.lang), f.date])).toEqual([["sister-city", ["zh", "en"], null]]);
  });
});
