/**
 * `bifacts review`: serves the review page on 127.0.0.1 and saves decisions to `<stem>.review.json`
 * beside each output. Only the outputs named on the command line are served; nothing else on disk is
 * reachable through it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Output } from "../../schemas/output";
import { decide, readReview, reviewPathFor, writeReview, type DecisionInput } from "./decisions";
import { renderPage, type PageData } from "./page";

export interface ReviewedOutput {
  stem: string;
  path: string;
  output: Output;
}

const titleOf = (o: Output, stem: string): string => o.document.title.zh ?? o.document.title.en ?? stem;
const MAX_BODY = 64 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error("request too large"));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

export function pageData(outputs: ReviewedOutput[], current: ReviewedOutput, mode: PageData["mode"], embedAll: boolean): PageData {
  const docs: PageData["docs"] = {};
  for (const o of embedAll ? outputs : [current]) {
    const review = readReview(reviewPathFor(o.path), o.output);
    docs[o.stem] = { stem: o.stem, output: o.output, review };
  }
  return { mode, index: outputs.map((o) => ({ stem: o.stem, title: titleOf(o.output, o.stem) })), docs, current: current.stem };
}

export function reviewServer(outputs: ReviewedOutput[]): Server {
  const byStem = new Map(outputs.map((o) => [o.stem, o]));
  // one save at a time per document, so two quick decisions never overwrite each other
  const queues = new Map<string, Promise<unknown>>();
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const handle = async (): Promise<void> => {
      if (req.method === "GET" && url.pathname === "/") {
        const current = byStem.get(url.searchParams.get("doc") ?? "") ?? outputs[0]!;
        send(res, 200, "text/html", renderPage(pageData(outputs, current, "server", false)));
        return;
      }
      const m = /^\/api\/review\/([^/]+)$/.exec(url.pathname);
      if (m && req.method === "POST") {
        const o = byStem.get(decodeURIComponent(m[1]!));
        if (!o) return send(res, 404, "text/plain", "no such document");
        // the page is the only client: refuse requests from other origins
        if (req.headers.origin && req.headers.origin !== `http://${req.headers.host}`) return send(res, 403, "text/plain", "cross-origin request refused");
        const input = JSON.parse(await readBody(req)) as DecisionInput;
        if (typeof input.id !== "string" || !(input.status === null || ["accepted", "rejected", "corrected"].includes(input.status))) return send(res, 400, "text/plain", "bad decision");
        const path = reviewPathFor(o.path);
        const save = (queues.get(o.stem) ?? Promise.resolve()).then(() => {
          const review = decide(readReview(path, o.output), o.output, { id: input.id, status: input.status, note: typeof input.note === "string" ? input.note : null, correction: typeof input.correction === "string" ? input.correction : null }, new Date());
          writeReview(path, review);
          return review;
        });
        queues.set(o.stem, save.catch(() => undefined));
        send(res, 200, "application/json", JSON.stringify(await save));
        return;
      }
      send(res, 404, "text/plain", "not found");
    };
    handle().catch((e: unknown) => send(res, 500, "text/plain", (e as Error).message));
  });
}
