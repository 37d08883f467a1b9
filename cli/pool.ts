/**
 * A pool of worker threads (cli/worker.ts), one document at a time each. Used when the CLI runs from its
 * build (dist/), where the worker script exists as JavaScript; tests running the TypeScript sources
 * process documents in the main thread instead.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkerTask } from "./worker";
import type { InputResult } from "./extract-command";
import { SEGMENTER_BYTES, serveSegmentation } from "./segmenter";

export interface WorkerReply {
  id: number;
  result?: InputResult;
  text?: string | null;
  stageTimes?: Record<string, number>;
  error?: string;
}

export const WORKER_SCRIPT = join(__dirname, "worker.js");
export const workersAvailable = (): boolean => __filename.endsWith(".js") && existsSync(WORKER_SCRIPT);

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly all: Worker[] = [];
  /** the task each busy worker holds (one at a time) */
  private readonly held = new Map<Worker, (r: WorkerReply) => void>();
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const segmenter = new SharedArrayBuffer(SEGMENTER_BYTES + 8);
      const w = new Worker(WORKER_SCRIPT, { workerData: { segmenter } });
      w.on("message", (reply: WorkerReply | { segment: true }) => {
        if ("segment" in reply) return serveSegmentation(segmenter);
        this.held.get(w)?.(reply);
        this.held.delete(w);
        this.release(w);
      });
      w.on("error", (e) => {
        // a worker that dies fails the task it held, and only that one; the batch goes on with the others
        this.held.get(w)?.({ id: -1, error: `worker failed: ${e.message}` });
        this.held.delete(w);
      });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  private release(w: Worker): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(w);
    else this.idle.push(w);
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => this.waiting.push(resolve));
  }

  async run(task: Omit<WorkerTask, "id">): Promise<WorkerReply> {
    const w = await this.acquire();
    const id = this.next++;
    return new Promise((resolve) => {
      this.held.set(w, resolve);
      w.postMessage({ ...task, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
