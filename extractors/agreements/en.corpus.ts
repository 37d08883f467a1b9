/**
 * Examples for the English agreement rules (en.ts): the rule, the quote it cites, the type and the
 * parties as the paragraph writes them ("it" stands for the release's own place, settled at fusion);
 * negatives must give no event. Invented sentences, none from the seeds.
 */
import type { AgreementCorpus } from "../types";

export const EN_AGREEMENT_CORPUS: AgreementCorpus = {
  examples: [
    { rule: "agreement-en-sister-city", text: "In 2019, Ningbo and Rotterdam established a sister-city relationship.", quote: "Ningbo and Rotterdam established a sister-city relationship", type: "sister-city", parties: ["Ningbo", "Rotterdam"], date: "2019" },
    { rule: "agreement-en-sister-city", text: "Since forging sister-city ties in 2015, Chengdu and Perth have kept close contacts.", quote: "forging sister-city ties in 2015, Chengdu and Perth", type: "sister-city", parties: ["Chengdu", "Perth"], date: "2015" },
    { rule: "agreement-en-sister-city", text: "In March, it signed a provincial-level friendship city agreement with Suva, the capital of Fiji.", quote: "it signed a provincial-level friendship city agreement with Suva", type: "sister-city", parties: ["it", "Suva"], level: "provincial" },
    { rule: "agreement-en-sister-city", text: "Kunming will establish sister-city relations with Vientiane.", quote: "Kunming will establish sister-city relations with Vientiane", type: "sister-city", parties: ["Kunming", "Vientiane"], status: "planned" },
    // a renewal is a signing, dated by the renewal
    { rule: "agreement-en-sister-city", text: "In September 2025, Ningbo and Rotterdam renewed their sister-city agreement.", quote: "Ningbo and Rotterdam renewed their sister-city agreement", type: "sister-city", parties: ["Ningbo", "Rotterdam"], date: "2025-09" },
    // a tie dated by counting back from the sentence's day: its own date is not stated
    { rule: "agreement-en-sister-city", text: "Ningbo and Rotterdam held a gala on Friday, 20 years after the two cities first became sister cities.", quote: "Ningbo and Rotterdam held a gala on Friday, 20 years after the two cities first became sister cities", type: "sister-city", parties: ["Ningbo", "Rotterdam"], date: null },
    { rule: "agreement-en-memorandum", text: "Dunhuang and Athens renewed a memorandum of understanding on cultural exchange.", quote: "Dunhuang and Athens renewed a memorandum of understanding", type: "memorandum", parties: ["Dunhuang", "Athens"] },
    { rule: "agreement-en-sister-city", text: "Ningbo and Rotterdam have been sister cities for thirty years.", quote: "Ningbo and Rotterdam have been sister cities", type: "sister-city", parties: ["Ningbo", "Rotterdam"] },
    // an anniversary's date is the celebration's, not the signing's
    { rule: "agreement-en-sister-city", text: "On November 6, a ceremony marking the 10th anniversary of the establishment of sister-city relations between Kunming and Vientiane was held.", quote: "establishment of sister-city relations between Kunming and Vientiane", type: "sister-city", parties: ["Kunming", "Vientiane"], date: null },
    { rule: "agreement-en-sister-city", text: "This year marks the 30th anniversary of sister-city relations between Ningbo and Rotterdam.", quote: "anniversary of sister-city relations between Ningbo and Rotterdam", type: "sister-city", parties: ["Ningbo", "Rotterdam"], date: null },
    { rule: "agreement-en-sister-city", text: "Weihai and Busan Metropolitan City of the Republic of Korea signed an agreement on establishing sister-city relations.", quote: "Weihai and Busan Metropolitan City of the Republic of Korea signed an agreement on establishing sister-city relations", type: "sister-city", parties: ["Weihai", "Busan"] },
    { rule: "agreement-en-friendly-cooperation", text: "Qingdao and Daegu established friendly cooperative relations.", quote: "Qingdao and Daegu established friendly cooperative relations", type: "friendly-cooperation", parties: ["Qingdao", "Daegu"] },
    { rule: "agreement-en-memorandum", text: "Dunhuang and Athens signed a memorandum of understanding on cultural exchange.", quote: "Dunhuang and Athens signed a memorandum of understanding", type: "memorandum", parties: ["Dunhuang", "Athens"] },
    { rule: "agreement-en-memorandum", text: "On March 5, the Mayor of Olsztyn led a delegation to Chengdu. During the visit, the two cities signed a memorandum of understanding on trade.", quote: "the two cities signed a memorandum of understanding", type: "memorandum", parties: ["Olsztyn", "Chengdu"], date: "2025-03-05" },
    { rule: "agreement-en-membership", text: "Yinchuan Officially Joins the World Tourism Cities Federation", quote: "Yinchuan Officially Joins the World Tourism Cities Federation", type: "membership", parties: ["Yinchuan", "World Tourism Cities Federation"] },
    // a date past the trigger's clause dates something else
    { rule: "agreement-en-memorandum", text: "Dunhuang and Athens signed a memorandum on museum exchanges and agreed to hold a joint exhibition in October.", quote: "Dunhuang and Athens signed a memorandum", type: "memorandum", parties: ["Dunhuang", "Athens"], date: null },
    // the pair named in an earlier paragraph: settled at fusion as the release's own place and its partner
    { rule: "agreement-en-memorandum", text: "During the visit, the two sides signed a memorandum on youth exchanges.", quote: "the two sides signed a memorandum", type: "memorandum", parties: ["the two sides"] },
    // where it was signed is no party; a country before "state of" only says where the state is
    { rule: "agreement-en-memorandum", text: "At a ceremony held in Beijing, Qingdao and Daegu signed a memorandum on trade.", quote: "Qingdao and Daegu signed a memorandum", type: "memorandum", parties: ["Qingdao", "Daegu"] },
    { rule: "agreement-en-sister-city", text: "Hubei established sister-state relations with the US state of Ohio.", quote: "Hubei established sister-state relations with the US state of Ohio", type: "sister-city", parties: ["Hubei", "Ohio"] },
    { rule: "agreement-en-agreement", text: "Wuhan University and the University of Lyon signed a cooperation agreement.", quote: "Wuhan University and the University of Lyon signed a cooperation agreement", type: "agreement", parties: ["Wuhan University", "University of Lyon"] },
    { rule: "agreement-en-letter-of-intent", text: "Xi'an and Rome signed a letter of intent on cooperation.", quote: "Xi'an and Rome signed a letter of intent", type: "letter-of-intent", parties: ["Xi'an", "Rome"] },
    { rule: "agreement-en-agreement", text: "Fuzhou signed a friendly exchange agreement with Mombasa County in Kenya.", quote: "Fuzhou signed a friendly exchange agreement with Mombasa", type: "agreement", parties: ["Fuzhou", "Mombasa"] },
    { rule: "agreement-en-agreement", text: "The Nanjing Economic Development Zone Administrative Committee and Germany's Acme Group signed a strategic cooperation agreement.", quote: "Nanjing Economic Development Zone Administrative Committee and Germany's Acme Group signed a strategic cooperation agreement", type: "agreement", parties: ["Nanjing Economic Development Zone", "Germany's Acme Group"] }, // two bodies, not one
    { rule: "agreement-en-sister-city", text: "In 1985, Wuxi and Osaka established sister-city relations, one of the earliest pairs of sister cities between China and Japan.", quote: "Wuxi and Osaka established sister-city relations", type: "sister-city", parties: ["Wuxi", "Osaka"], date: "1985" }, // the apposition describes the tie
    { rule: "agreement-en-agreement", text: "Wuxi Signs Cooperation Agreement With Germany's Acme", quote: "Wuxi Signs Cooperation Agreement With Germany's Acme", type: "agreement", parties: ["Wuxi", "Germany's Acme"] }, // a country's company, named by its possessive
    { rule: "agreement-en-memorandum", text: "Hefei and Vienna signed a Memorandum on Deepening Friendly Cooperative Relations.", quote: "Hefei and Vienna signed a Memorandum", type: "memorandum", parties: ["Hefei", "Vienna"] }, // the tie exists: the memorandum deepens it
    { rule: "agreement-en-memorandum", text: "Lanzhou signed a memorandum on deepening sister-city cooperation with Samarkand.", quote: "Lanzhou signed a memorandum on deepening sister-city cooperation with Samarkand", type: "memorandum", parties: ["Lanzhou", "Samarkand"] }, // deepens a sister-city tie
    { rule: "agreement-en-friendly-cooperation", text: "Weifang and Hanover, Germany, signed an agreement on establishing friendly exchange city relations.", quote: "Weifang and Hanover, Germany, signed an agreement on establishing friendly exchange city relations", type: "friendly-cooperation", parties: ["Weifang", "Hanover"] },
    { rule: "agreement-en-friendly-cooperation", text: "Weifang Signs Friendly Exchange City Agreement With Hanover, Germany", quote: "Weifang Signs Friendly Exchange City Agreement With Hanover", type: "friendly-cooperation", parties: ["Weifang", "Hanover"] },
    { rule: "agreement-en-sister-city", text: "Nanchang, capital of east China's Jiangxi Province, and Hollbruck in the US state of Ohio became sister cities in 2001.", quote: "Nanchang, capital of east China's Jiangxi Province, and Hollbruck in the US state of Ohio became sister cities", type: "sister-city", parties: ["Nanchang", "Hollbruck"], date: "2001" }, // a wire's way to locate both
    { rule: "agreement-en-sister-city", text: "The delegation signed five documents with Texas, and signed a letter of intent on establishing sister-province relations with Bavaria.", quote: "signed a letter of intent on establishing sister-province relations with Bavaria", type: "sister-city", parties: ["Bavaria"] }, // ", and signed": the first clause's partner is not this one's
    { rule: "agreement-en-membership", text: "In 2023, Guizhou joined the United Cities and Local Governments organisation.", quote: "Guizhou joined the United Cities and Local Governments", type: "membership", parties: ["Guizhou", "United Cities and Local Governments"], date: "2023" },
    { rule: "agreement-en-cooperation", text: "Zhejiang Radio and Television Group has cooperated with Kenya Broadcasting Corporation to launch a Chinese channel.", quote: "Zhejiang Radio and Television Group has cooperated with Kenya Broadcasting Corporation", type: "cooperation", parties: ["Zhejiang Radio and Television Group", "Kenya Broadcasting Corporation"] },
  ],
  negatives: [
    "To date, the province has established sister-city relationships with 45 local governments in 28 countries.", // partners counted
    "The province now has 88 pairs of sister cities.", // a count
    "Sister-city work is an important part of people-to-people diplomacy.", // no event
    "She joined the meeting on Monday.", // joined, but nothing with a name
  ],
};
