/**
 * A figure computed from a decimal and a scale, without binary floating-point noise: 2.3 × 10^8 is
 * 229999999.99999997 in doubles, which would read as another number than the English "230 million".
 * Fifteen significant digits are what a double holds exactly; past that, nine decimals are kept, as
 * for fractions (三分之一 is 0.333333333).
 */
export function roundFloat(x: number): number {
  const y = Number(x.toPrecision(15));
  return Number.isInteger(y) ? y : Math.round(y * 1e9) / 1e9;
}
