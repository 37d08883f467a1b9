/**
 * The Chinese characters of everyday text: GB 2312 level 1 (the 3,755 most frequent simplified
 * characters, lead bytes B0–D7) and Big5 level 1 (5,401 frequent traditional ones, A440–C67E), both
 * read out of iconv-lite's own tables, so no word list has to be kept in the repo. Mojibake made of
 * Han characters (UTF-8 read as GBK: 鐢辨湰, 銆€) lands mostly outside these sets.
 */
import iconv from "iconv-lite";

let common: Set<number> | null = null;

export function commonHan(): Set<number> {
  if (common) return common;
  const set = new Set<number>();
  const add = (bytes: number[], encoding: string): void => {
    for (const ch of iconv.decode(Buffer.from(bytes), encoding)) {
      const cp = ch.codePointAt(0)!;
      if (cp !== 0xfffd) set.add(cp);
    }
  };
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) gb.push(lead, trail);
  add(gb, "gb2312");
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]] as const) {
      for (let trail = from; trail <= to; trail++) if (lead < 0xc6 || trail <= 0x7e) big5.push(lead, trail);
    }
  }
  add(big5, "big5");
  common = set;
  return set;
}

export const isCommonHan = (cp: number): boolean => commonHan().has(cp);
