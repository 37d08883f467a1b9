/**
 * How much a decoded text looks like real Chinese or English: the share of characters that ordinary
 * press releases are made of, less a penalty for what decoding accidents produce (replacement
 * characters, C1 controls, private-use code points, stray Latin-1 symbols between letters).
 */
const GOOD = /[\p{Script=Han}A-Za-z0-9\s.,;:!?'"()\-\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;
const BAD = /[\ufffd\u0080-\u009f\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/u;

export function textPlausibility(text: string): number {
  let good = 0;
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (BAD.test(ch)) bad++;
    else if (GOOD.test(ch)) good++;
  }
  if (total === 0) return 0;
  return Math.max(0, good / total - (3 * bad) / total);
}
