/**
 * How much a decoded text looks like real Chinese or English, from 0 to 1: the average worth of its
 * characters. Everyday Han characters, ASCII and the punctuation of both languages are worth 1; rare
 * Han characters little (a wrong legacy decoding is made of them); what decoding accidents produce
 * (replacement characters, C1 controls, private-use code points) counts against.
 */
import { isCommonHan } from "./common-han";

const HAN = /\p{Script=Han}/u;
const EVERYDAY = /[A-Za-z0-9\s.,;:!?'"()\-\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7\u00e0-\u00fc]/u;
const ACCIDENT = /[\ufffd\u0080-\u009f\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/u;

export function textPlausibility(text: string, sample = 20000): number {
  let total = 0;
  let worth = 0;
  for (const ch of text) {
    if (total >= sample) break;
    total++;
    const cp = ch.codePointAt(0)!;
    if (ACCIDENT.test(ch)) worth -= 3;
    else if (HAN.test(ch)) worth += isCommonHan(cp) ? 1 : 0.2;
    else if (EVERYDAY.test(ch)) worth += 1;
  }
  return total ? Math.max(0, worth / total) : 0;
}
