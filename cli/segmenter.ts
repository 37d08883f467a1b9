/**
 * One Chinese segmenter for the whole pool. nodejieba's dictionary takes about 230 MB in every thread
 * that loads it, so worker threads do not: each asks the main thread, synchronously, through a shared
 * buffer. The worker writes the text and waits (Atomics.wait); the main thread, whose event loop is free
 * while workers run, segments it and writes the words and tags back (Atomics.notify).
 *
 * Buffer layout: Int32 state (0 idle, 1 request, 2 reply), Int32 byte length, then the UTF-8 payload.
 * A reply is at most three times its request (one character, one tag, two separators per word), so
 * requests are cut to a third of the payload at a space or punctuation.
 */
import { tagLocally, type Tagged } from "../extractors/shared/zh-tokens";

export const SEGMENTER_BYTES = 8 * 1024 * 1024;
const HEADER = 8;
const IDLE = 0;
const REQUEST = 1;
const REPLY = 2;
const WORD = "\u0001";
const TAG = "\u0002";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Main thread: answers a worker's pending request in its buffer. */
export function serveSegmentation(buffer: SharedArrayBuffer): void {
  const state = new Int32Array(buffer, 0, 2);
  if (Atomics.load(state, 0) !== REQUEST) return;
  const payload = new Uint8Array(buffer, HEADER);
  const text = decoder.decode(payload.slice(0, Atomics.load(state, 1)));
  const reply = encoder.encode(tagLocally(text).map((t) => t.word + TAG + t.tag).join(WORD));
  payload.set(reply);
  Atomics.store(state, 1, reply.length);
  Atomics.store(state, 0, REPLY);
  Atomics.notify(state, 0);
}

/** Worker thread: a segmenter that asks the main thread; `ask` posts the message that wakes it. */
export function remoteSegmenter(buffer: SharedArrayBuffer, ask: () => void): (text: string) => Tagged[] {
  const state = new Int32Array(buffer, 0, 2);
  const payload = new Uint8Array(buffer, HEADER);
  const limit = Math.floor(payload.length / 3 / 3); // characters of up to 3 bytes, replies up to 3x
  const one = (text: string): Tagged[] => {
    const bytes = encoder.encode(text);
    payload.set(bytes);
    Atomics.store(state, 1, bytes.length);
    Atomics.store(state, 0, REQUEST);
    ask();
    Atomics.wait(state, 0, REQUEST);
    const reply = decoder.decode(payload.slice(0, Atomics.load(state, 1)));
    Atomics.store(state, 0, IDLE);
    if (!reply) return [];
    return reply.split(WORD).map((w) => {
      const [word, tag] = w.split(TAG);
      return { word: word!, tag: tag ?? "x" };
    });
  };
  return (text) => {
    const out: Tagged[] = [];
    // a text longer than the buffer goes in pieces, cut where a word cannot continue
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + limit);
      if (end < text.length) {
        const cut = Math.max(text.lastIndexOf("。", end), text.lastIndexOf("，", end), text.lastIndexOf(" ", end), text.lastIndexOf("\n", end));
        if (cut > start) end = cut + 1;
      }
      out.push(...one(text.slice(start, end)));
      start = end;
    }
    return out;
  };
}
