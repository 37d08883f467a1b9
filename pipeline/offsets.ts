/**
 * Offset maps between a derived text and the text it was derived from.
 *
 * Like magic-string, every edit keeps both its original and its new range, so any span of the new text
 * maps back to the exact span of the old one. A map is a sorted list of segments that covers the child
 * text completely and the parent text completely, in order:
 *
 *   - an *exact* segment copies the parent character for character (same length, position by position);
 *   - a *replaced* segment stands for a whole parent range (the two lengths may differ, either may be 0).
 *
 * A span that starts or ends inside a replaced segment widens to the whole of that segment's parent
 * range: a citation never points at half of a repaired entity.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  /** range in the child (derived) text */
  childStart: number;
  childEnd: number;
  /** range in the parent text */
  parentStart: number;
  parentEnd: number;
  exact: boolean;
}

export class OffsetMap {
  constructor(
    readonly segments: readonly Segment[],
    readonly childLength: number,
    readonly parentLength: number,
  ) {}

  /** The identity map of a text of the given length. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length ? [{ childStart: 0, childEnd: length, parentStart: 0, parentEnd: length, exact: true }] : [], length, length);
  }

  /** Maps a child span to the parent span it came from. */
  toParent(span: Span): Span {
    if (span.start < 0 || span.end > this.childLength || span.start > span.end) {
      throw new RangeError(`span [${span.start}, ${span.end}) is outside a text of length ${this.childLength}`);
    }
    if (this.segments.length === 0) return { start: 0, end: 0 };
    if (span.start === span.end) {
      // an empty span sits before the character at its position (or after the last one)
      if (span.start === this.childLength) {
        const p = this.endPosition();
        return { start: p, end: p };
      }
      const p = this.startOf(span.start);
      return { start: p, end: p };
    }
    return { start: this.startOf(span.start), end: this.endOf(span.end) };
  }

  /** Maps a parent span to the smallest child span whose parent ranges overlap it. */
  toChild(span: Span): Span {
    let start = -1;
    let end = -1;
    for (const s of this.segments) {
      if (s.childStart === s.childEnd) continue;
      if (s.parentEnd <= span.start || s.parentStart >= span.end) continue;
      const a = s.exact ? s.childStart + (Math.max(span.start, s.parentStart) - s.parentStart) : s.childStart;
      const b = s.exact ? s.childStart + (Math.min(span.end, s.parentEnd) - s.parentStart) : s.childEnd;
      if (start < 0 || a < start) start = a;
      if (b > end) end = b;
    }
    if (start < 0) {
      // nothing of the span survives: point at where it was
      const seg = this.segments.find((s) => s.parentEnd > span.start) ?? null;
      const p = seg ? seg.childStart : this.childLength;
      return { start: p, end: p };
    }
    return { start, end };
  }

  /** Index of the segment holding child character `pos` (the first with childEnd > pos). */
  private indexAt(pos: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.childEnd <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Parent position of a span starting at child character `pos`. */
  private startOf(pos: number): number {
    const s = this.segments[this.indexAt(pos)]!;
    return s.exact ? s.parentStart + (pos - s.childStart) : s.parentStart;
  }

  /** Parent position of a span ending just after child character `pos - 1`. */
  private endOf(pos: number): number {
    const s = this.segments[this.indexAt(pos - 1)]!;
    return s.exact ? s.parentStart + (pos - s.childStart) : s.parentEnd;
  }

  /** Parent position just after the last child character. */
  private endPosition(): number {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const s = this.segments[i]!;
      if (s.childEnd > s.childStart) return s.parentEnd;
    }
    return 0;
  }

  /** this: B -> A, inner: C -> B; returns C -> A. */
  compose(inner: OffsetMap): OffsetMap {
    if (inner.parentLength !== this.childLength) throw new Error("cannot compose maps of different texts");
    const out: Segment[] = [];
    for (const s of inner.segments) {
      // deletions are not carried over: whatever of the parent no kept text stands for becomes a
      // deletion again in normalise(), so a deleted range never widens a neighbouring kept span
      if (s.childStart === s.childEnd) continue;
      if (s.exact) {
        // split the exact run along this map's segments
        let pos = s.parentStart;
        while (pos < s.parentEnd) {
          const outer = this.segments[this.indexAt(pos)]!;
          const stop = Math.min(s.parentEnd, outer.childEnd);
          const childStart = s.childStart + (pos - s.parentStart);
          const childEnd = s.childStart + (stop - s.parentStart);
          if (outer.exact) {
            pushSegment(out, {
              childStart,
              childEnd,
              parentStart: outer.parentStart + (pos - outer.childStart),
              parentEnd: outer.parentStart + (stop - outer.childStart),
              exact: true,
            });
          } else {
            // part of an outer replacement: the whole outer replacement stands behind it
            pushReplaced(out, childStart, childEnd, outer.parentStart, outer.parentEnd);
          }
          pos = stop;
        }
      } else {
        let p = this.toParent({ start: s.parentStart, end: s.parentEnd });
        if (s.parentStart === s.parentEnd && s.parentStart < this.childLength) {
          // an insertion inside an outer replacement stands for that whole replacement, as any text in it does
          const outer = this.segments[this.indexAt(s.parentStart)]!;
          if (!outer.exact && outer.childStart < s.parentStart) p = { start: outer.parentStart, end: outer.parentEnd };
        }
        pushReplaced(out, s.childStart, s.childEnd, p.start, p.end);
      }
    }
    return new OffsetMap(normalise(out, inner.childLength, this.parentLength), inner.childLength, this.parentLength);
  }
}

function pushSegment(out: Segment[], s: Segment): void {
  const last = out[out.length - 1];
  if (last && last.exact && s.exact && last.childEnd === s.childStart && last.parentEnd === s.parentStart) {
    last.childEnd = s.childEnd;
    last.parentEnd = s.parentEnd;
    return;
  }
  out.push({ ...s });
}

/** Adjacent replaced pieces that stand for overlapping parent ranges merge into one replacement. */
function pushReplaced(out: Segment[], childStart: number, childEnd: number, parentStart: number, parentEnd: number): void {
  const last = out[out.length - 1];
  if (last && !last.exact && last.childEnd === childStart && parentStart < last.parentEnd) {
    last.childEnd = childEnd;
    last.parentEnd = Math.max(last.parentEnd, parentEnd);
    return;
  }
  if (last && parentStart < last.parentEnd) {
    // an overlap with an exact segment cannot happen for monotone maps; clamp to keep order
    parentStart = last.parentEnd;
    parentEnd = Math.max(parentEnd, parentStart);
  }
  out.push({ childStart, childEnd, parentStart, parentEnd, exact: false });
}

/** Fills gaps in the parent coverage with empty-child replacements so the map covers both texts. */
function normalise(segs: Segment[], childLength: number, parentLength: number): Segment[] {
  const out: Segment[] = [];
  let parentPos = 0;
  for (const s of segs) {
    if (s.parentStart > parentPos) out.push({ childStart: s.childStart, childEnd: s.childStart, parentStart: parentPos, parentEnd: s.parentStart, exact: false });
    out.push(s);
    parentPos = Math.max(parentPos, s.parentEnd);
  }
  if (parentPos < parentLength) out.push({ childStart: childLength, childEnd: childLength, parentStart: parentPos, parentEnd: parentLength, exact: false });
  return out;
}

/**
 * Builds a derived text from a parent text, one piece at a time, recording the offset map.
 * Pieces must be appended in parent order.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private childPos = 0;
  private parentPos = 0;

  constructor(private readonly parent: string) {}

  /** Copies parent[start, end) unchanged. Skipped parent text before `start` is recorded as deleted. */
  keep(start: number, end: number): this {
    this.skipTo(start);
    if (end <= start) return this;
    this.parts.push(this.parent.slice(start, end));
    pushSegment(this.segments, { childStart: this.childPos, childEnd: this.childPos + (end - start), parentStart: start, parentEnd: end, exact: true });
    this.childPos += end - start;
    this.parentPos = end;
    return this;
  }

  /**
   * Writes `text` in place of parent[start, end) character for character (same length): positions map
   * exactly, as when a traditional character is folded to its simplified form.
   */
  substitute(start: number, end: number, text: string): this {
    if (text.length !== end - start) return this.replace(start, end, text);
    this.skipTo(start);
    if (end <= start) return this;
    this.parts.push(text);
    pushSegment(this.segments, { childStart: this.childPos, childEnd: this.childPos + text.length, parentStart: start, parentEnd: end, exact: true });
    this.childPos += text.length;
    this.parentPos = end;
    return this;
  }

  /** Writes `text` in place of parent[start, end). */
  replace(start: number, end: number, text: string): this {
    this.skipTo(start);
    this.parts.push(text);
    this.segments.push({ childStart: this.childPos, childEnd: this.childPos + text.length, parentStart: start, parentEnd: end, exact: false });
    this.childPos += text.length;
    this.parentPos = end;
    return this;
  }

  /** Inserts text that stands for no parent text (e.g. a paragraph separator), at the current parent position. */
  insert(text: string): this {
    return this.replace(this.parentPos, this.parentPos, text);
  }

  /** Drops parent text up to `pos`. */
  skipTo(pos: number): this {
    if (pos < this.parentPos) throw new Error(`TextBuilder: pieces out of order (${pos} < ${this.parentPos})`);
    if (pos > this.parentPos) {
      this.segments.push({ childStart: this.childPos, childEnd: this.childPos, parentStart: this.parentPos, parentEnd: pos, exact: false });
      this.parentPos = pos;
    }
    return this;
  }

  get length(): number {
    return this.childPos;
  }

  /** Keeps the rest of the parent and returns the text and its map. */
  finish(keepRest = true): { text: string; map: OffsetMap } {
    if (keepRest) this.keep(this.parentPos, this.parent.length);
    else this.skipTo(this.parent.length);
    return { text: this.parts.join(""), map: new OffsetMap(this.segments, this.childPos, this.parent.length) };
  }
}

/** An edit proposed by a repair: replace parent[start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** the repair family that proposed it, when a rule has several (e.g. mojibake:utf-8-as-windows-1252) */
  kind?: string;
}

/** Applies non-overlapping edits (any order) to a text. Overlapping edits are a programming error. */
export function applyEdits(parent: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const b = new TextBuilder(parent);
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    b.keep(pos, e.start);
    b.replace(e.start, e.end, e.text);
    pos = e.end;
  }
  return b.finish();
}
