/**
 * A pool of worker threads (cli/worker.ts), one document at a time each. Used when the CLI runs from its
 * build (dist/), where the worker script exists as JavaScript; tests running the TypeScript sources
 * process documents in the main thread instead.
 *
 * Each worker's heap is bounded (WORKER_HEAP): left to itself V8 lets a busy heap grow far past what it
 * keeps alive, and two unbounded workers beside the main thread's segmenter passed 800 MB on the
 * benchmark. A document that needs more than the bound (a text of megabytes) is not failed: the worker
 * that ran out is replaced, and the document runs again in a worker of its own without the bound.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { WorkerTask } from "./worker";
import type { InputResult } from "./extract-command";
import { segmenterBuffer, serveSegmentation } from "./segmenter";
import { tagLocally } from "../extractors/shared/zh-tokens";

export interface WorkerReply {
  id: number;
  result?: InputResult;
  /** the output as one line of JSON, for --jsonl */
  jsonLine?: string | null;
  stageTimes?: Record<string, number>;
  error?: string;
  /** the failure's code when the pool, not the pipeline, failed the task */
  code?: string;
}

export const WORKER_SCRIPT = join(__dirname, "worker.js");
export const workersAvailable = (): boolean => __filename.endsWith(".js") && existsSync(WORKER_SCRIPT);

/** The bound of a pooled worker's heap (MB): on the benchmark, peak RSS about 560 MB instead of 810, for about 10% of the time. */
export const WORKER_HEAP: ResourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

export interface PoolOptions {
  /** a pooled worker's heap bound (default WORKER_HEAP) */
  heap?: ResourceLimits;
  /** what the pool did that the user should know (a document run again without the bound) */
  notice?: (message: string) => void;
  /**
   * how long a task may hold its worker before the worker is stopped and the task fails ("time-limit"):
   * the pipeline checks its budget between stages, this catches a stage that never ends
   */
  taskLimitMs?: number;
  /** the worker script (tests give their own) */
  script?: string;
}

/** A stage that outlives the per-document budget by half again is stopped: the pipeline's own check had its chance. */
export const hardLimitMs = (budgetMs: number): number => budgetMs * 1.5 + 1000;

const timedOut = (task: WorkerTask, ms: number): WorkerReply => ({
  id: task.id,
  code: "time-limit",
  error: `still running after ${(ms / 1000).toFixed(1)} s, past the time limit (--time-limit): its worker was stopped`,
});

interface Held {
  task: WorkerTask;
  done: (r: WorkerReply) => void;
}

type Handlers = { reply: (r: WorkerReply) => void; error: (e: Error & { code?: string }) => void };

/** Starts a worker with its own segmenter buffer, served by this (the main) thread. */
function startWorker(script: string, limits: ResourceLimits | undefined, on: Handlers): Worker {
  const segmenter = segmenterBuffer();
  const w = new Worker(script, { workerData: { segmenter }, ...(limits ? { resourceLimits: limits } : {}) });
  w.on("message", (reply: WorkerReply | { segment: true }) => ("segment" in reply ? serveSegmentation(segmenter) : on.reply(reply)));
  w.on("error", on.error);
  return w;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker | null) => void)[] = [];
  private readonly all = new Set<Worker>();
  /** the task each busy worker holds (one at a time) */
  private readonly held = new Map<Worker, Held>();
  private next = 0;
  private closed = false;
  private deathsAtStart = 0;

  private readonly limits: ResourceLimits | undefined;
  private readonly notice: (message: string) => void;
  private readonly taskLimitMs: number | null;
  private readonly script: string;

  constructor(
    private readonly size: number,
    options: PoolOptions = {},
  ) {
    this.limits = options.heap ?? WORKER_HEAP;
    this.notice = options.notice ?? (() => undefined);
    this.taskLimitMs = options.taskLimitMs ?? null;
    this.script = options.script ?? WORKER_SCRIPT;
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
    // the segmenter's dictionary loads here while the workers load the pipeline, not after the first request
    if (this.script === WORKER_SCRIPT) setImmediate(() => tagLocally("预热"));
  }

  private spawn(): Worker {
    const w: Worker = startWorker(this.script, this.limits, {
      reply: (reply) => {
        this.held.get(w)?.done(reply);
        this.held.delete(w);
        this.release(w);
      },
      error: (e) => this.failed(w, e),
    });
    this.all.add(w);
    return w;
  }

  /** A worker died: its task runs again without the bound if the bound killed it, else fails alone; a new worker takes the dead one's place. */
  private failed(w: Worker, e: Error & { code?: string }): void {
    if (!this.all.has(w)) return; // already stopped at the time limit and replaced
    const held = this.retire(w);
    if (held) {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
        this.notice(`${held.task.input.path}: needed more than a worker's heap bound (${this.limits?.maxOldGenerationSizeMb ?? "?"} MB, --worker-heap); ran again in a worker of its own`);
        void runUnbounded(this.script, held.task, this.taskLimitMs).then(held.done);
      } else held.done({ id: held.task.id, error: `worker failed: ${e.message}` });
    }
    if (this.closed) return;
    // a worker that dies before any task (it cannot even load) is replaced a few times, not for ever:
    // then the pool runs what is left one unbounded worker at a time
    if (!held && ++this.deathsAtStart > 2 * this.size) {
      if (this.all.size === 0) for (const waiter of this.waiting.splice(0)) waiter(null);
      return;
    }
    this.release(this.spawn());
  }

  /** Takes a dead or stopped worker out of the pool; returns the task it held. */
  private retire(w: Worker): Held | undefined {
    const held = this.held.get(w);
    this.held.delete(w);
    this.all.delete(w);
    const at = this.idle.indexOf(w);
    if (at >= 0) this.idle.splice(at, 1);
    return held;
  }

  private release(w: Worker): void {
    if (!this.all.has(w)) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(w);
    else this.idle.push(w);
  }

  /** an idle worker, or null when the pool has none left to give */
  private acquire(): Promise<Worker | null> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.all.size === 0) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async run(task: Omit<WorkerTask, "id">): Promise<WorkerReply> {
    const w = await this.acquire();
    const full: WorkerTask = { ...task, id: this.next++ };
    if (!w) return runUnbounded(this.script, full, this.taskLimitMs);
    return new Promise((done) => {
      const timer = this.taskLimitMs === null ? null : setTimeout(() => this.overran(w, full), this.taskLimitMs);
      this.held.set(w, {
        task: full,
        done: (reply) => {
          if (timer) clearTimeout(timer);
          done(reply);
        },
      });
      w.postMessage(full);
    });
  }

  /** A task past the hard limit: its worker is stopped, the task fails, a new worker takes the place. */
  private overran(w: Worker, task: WorkerTask): void {
    if (this.held.get(w)?.task !== task) return;
    const held = this.retire(w)!;
    void w.terminate();
    held.done(timedOut(task, this.taskLimitMs!));
    if (!this.closed) this.release(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

/** One task in a worker of its own, with V8's default heap limits; the worker ends with the task. */
function runUnbounded(script: string, task: WorkerTask, limitMs: number | null): Promise<WorkerReply> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | null = null;
    const done = (reply: WorkerReply): void => {
      if (timer) clearTimeout(timer);
      resolve(reply);
      void w.terminate();
    };
    const w = startWorker(script, undefined, { reply: done, error: (e) => done({ id: task.id, error: `worker failed: ${e.message}` }) });
    if (limitMs !== null) timer = setTimeout(() => done(timedOut(task, limitMs)), limitMs);
    w.postMessage(task);
  });
}
