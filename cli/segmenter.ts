/**
 * One Chinese segmenter for the whole pool. nodejieba's dictionary takes about 115 MB in every thread
 * that loads it (230 MB before patches/nodejieba+3.5.8.patch), so worker threads do not: each asks the
 * main thread, synchronously, through a shared buffer. The worker writes the texts and waits
 * (Atomics.wait); the main thread, whose event loop is free while workers run, segments them and writes
 * the words and tags back (Atomics.notify). A worker sends
 * a document's Chinese paragraphs together (extractors/shared/zh-tokens.ts: prefetchSegmentation): one
 * round trip per document, where one per paragraph cost more than the segmentation itself.
 *
 * Buffer layout: Int32 state (0 idle, 1 request, 2 reply), Int32 byte length, then the UTF-8 payload:
 * texts separated by RECORD, and in the reply, per text, words separated by WORD, each word then TAG
 * and its tag. A reply is at most three times its request (one character, one tag, two separators per
 * word), so requests are cut to a third of the payload, and a longer text at a space or punctuation.
 */
import { tagLocally, type Segmenter, type Tagged } from "../extractors/shared/zh-tokens";

/** payload bytes of a worker's buffer */
const PAYLOAD_BYTES = 8 * 1024 * 1024;
const HEADER = 8;
const IDLE = 0;
const REQUEST = 1;
const REPLY = 2;
const WORD = "\u0001";
const TAG = "\u0002";
const RECORD = "\u001e";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A worker's segmenter buffer: the header (state, length) and the payload (tests give a small one). */
export const segmenterBuffer = (payloadBytes = PAYLOAD_BYTES): SharedArrayBuffer => new SharedArrayBuffer(HEADER + payloadBytes);

/** Main thread: answers a worker's pending request in its buffer. */
export function serveSegmentation(buffer: SharedArrayBuffer): void {
  const state = new Int32Array(buffer, 0, 2);
  if (Atomics.load(state, 0) !== REQUEST) return;
  const payload = new Uint8Array(buffer, HEADER);
  const texts = decoder.decode(payload.slice(0, Atomics.load(state, 1))).split(RECORD);
  const reply = encoder.encode(texts.map((text) => tagLocally(text).map((t) => t.word + TAG + t.tag).join(WORD)).join(RECORD));
  payload.set(reply);
  Atomics.store(state, 1, reply.length);
  Atomics.store(state, 0, REPLY);
  Atomics.notify(state, 0);
}

/** Worker thread: a segmenter that asks the main thread; `ask` posts the message that wakes it. */
export function remoteSegmenter(buffer: SharedArrayBuffer, ask: () => void): Segmenter {
  const state = new Int32Array(buffer, 0, 2);
  const payload = new Uint8Array(buffer, HEADER);
  const limit = Math.floor(payload.length / 3 / 3); // characters of up to 3 bytes, replies up to 3x
  /** one round trip: texts that together fit the limit and hold no RECORD */
  const request = (texts: readonly string[]): Tagged[][] => {
    const bytes = encoder.encode(texts.join(RECORD));
    payload.set(bytes);
    Atomics.store(state, 1, bytes.length);
    Atomics.store(state, 0, REQUEST);
    ask();
    Atomics.wait(state, 0, REQUEST);
    const reply = decoder.decode(payload.slice(0, Atomics.load(state, 1)));
    Atomics.store(state, 0, IDLE);
    return reply.split(RECORD).map((words) =>
      words
        ? words.split(WORD).map((w) => {
            const [word, tag] = w.split(TAG);
            return { word: word!, tag: tag ?? "x" };
          })
        : [],
    );
  };
  /** a text longer than the buffer (or holding a RECORD) goes alone, in pieces cut where a word cannot continue */
  const alone = (text: string): Tagged[] => {
    const out: Tagged[] = [];
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + limit);
      if (end < text.length) {
        const cut = Math.max(text.lastIndexOf("。", end), text.lastIndexOf("，", end), text.lastIndexOf(" ", end), text.lastIndexOf("\n", end));
        if (cut > start) end = cut + 1;
      }
      // a RECORD inside a text would split it in two on the other side: it is a separate piece of its own
      const piece = text.slice(start, end);
      for (const part of piece.split(RECORD)) if (part) out.push(...request([part])[0]!);
      start = end;
    }
    return out;
  };
  return (texts) => {
    const out: Tagged[][] = new Array(texts.length);
    let batch: number[] = [];
    let size = 0;
    const flush = (): void => {
      if (!batch.length) return;
      request(batch.map((i) => texts[i]!)).forEach((tagged, k) => (out[batch[k]!] = tagged));
      batch = [];
      size = 0;
    };
    texts.forEach((text, i) => {
      if (text.length > limit || text.includes(RECORD)) return void (out[i] = alone(text));
      if (size + text.length + 1 > limit) flush();
      batch.push(i);
      size += text.length + 1;
    });
    flush();
    return out;
  };
}
