import { randomBytes } from "node:crypto";
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so a reader never sees half.
 * Synchronous on purpose. A worker thread writes its own outputs and has nothing else to do meanwhile,
 * and each awaited file operation waits for a libuv thread to get a core: with every core busy with a
 * worker, the asynchronous open, write, close and rename took 3.5 s of each worker's 27 s on the
 * benchmark (1,000 outputs each), against 1.4 s written synchronously.
 *
 * The data may come in pieces (serialisedPieces), written a few at a time: see there for why.
 */
export function writeAtomic(path: string, data: string | Iterable<string>): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, "w");
    if (typeof data === "string") writeAll(fd, data);
    else writeInChunks(fd, data);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never written */
    }
    throw e;
  }
}

/** characters a chunk gathers before it is written: 32 K characters of Chinese are 64 KB in V8, under its large-object size */
const CHUNK_CHARACTERS = 32 * 1024;

function writeInChunks(fd: number, pieces: Iterable<string>): void {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARACTERS) {
      writeAll(fd, chunk);
      chunk = "";
    }
  }
  if (chunk) writeAll(fd, chunk);
}

/** a write may take fewer bytes than it was given (writeFileSync loops too) */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** The one serialisation of an output: stable key order (the schema's), two-space indent, final newline. */
export function serialise(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/**
 * serialise(value) in pieces whose concatenation is the same text, byte for byte: an object's members
 * one by one, and an array member's elements one by one. An output is about 15 bytes of JSON per input
 * byte (150 KB for a 10 KB release), and V8 puts a string that large in its large-object space, in pages
 * of its own, fresh from the kernel: the first read of JSON.stringify's result (to write it) cost about
 * 1.5 ms a document on the bench machine, mostly page faults (75 per output). Pieces stay small.
 * JSON.stringify writes a newline only between members and elements (a newline inside a string is
 * escaped), so a piece is indented one level deeper by indenting after each of its newlines.
 */
export function* serialisedPieces(value: unknown): Generator<string> {
  if (!isPlainObject(value)) {
    yield serialise(value);
    return;
  }
  type Member = { key: string; json: string } | { key: string; elements: readonly unknown[] };
  const members = Object.keys(value).flatMap((key): Member[] => {
    const member = value[key];
    return Array.isArray(member) && !hasToJson(member) ? [{ key, elements: member }] : stringified(member, "\n  ").map((json) => ({ key, json }));
  });
  if (!members.length) {
    yield "{}\n";
    return;
  }
  yield "{";
  for (const [i, member] of members.entries()) {
    yield `${i ? "," : ""}\n  ${JSON.stringify(member.key)}: `;
    if ("json" in member) yield member.json;
    else if (!member.elements.length) yield "[]";
    else {
      for (const [k, element] of member.elements.entries()) yield `${k ? "," : "["}\n    ${stringified(element, "\n    ")[0] ?? "null"}`;
      yield "\n  ]";
    }
  }
  yield "\n}\n";
}

/** JSON.stringify's text of a value indented to a depth, or nothing for what it leaves out (undefined, functions) */
function stringified(value: unknown, newline: string): string[] {
  const json = JSON.stringify(value, null, 2) as string | undefined;
  return json === undefined ? [] : [json.replaceAll("\n", newline)];
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === "function";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || hasToJson(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
