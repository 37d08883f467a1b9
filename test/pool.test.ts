/**
 * The worker pool's own duties, with stand-in worker scripts: a worker that never answers is stopped at
 * the task limit and its task fails as "time-limit"; a worker that dies fails only its task; either way
 * a new worker takes its place and the next task is answered.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkerPool } from "../cli/pool";
import type { WorkerTask } from "../cli/worker";

/** a worker that answers each task with its path, spins for ever on "hang" and throws on "crash" */
const SCRIPT = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (task) => {
  if (task.input.path === "hang") for (;;) {}
  if (task.input.path === "crash") throw new Error("stand-in crash");
  parentPort.postMessage({ id: task.id, result: { path: task.input.path } });
});
`;

const script = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), "bifacts-pool-")), "worker.js");
  writeFileSync(file, SCRIPT);
  return file;
};
const task = (path: string): Omit<WorkerTask, "id"> => ({ input: { path, stem: path }, options: {} }) as never;

describe("the worker pool", () => {
  it("stops a worker still running at the task limit, fails that task as time-limit, and answers the next", async () => {
    const pool = new WorkerPool(1, { script: script(), taskLimitMs: 300 });
    try {
      const stuck = await pool.run(task("hang"));
      expect(stuck.code).toBe("time-limit");
      expect(stuck.error).toMatch(/past the time limit \(--time-limit\): its worker was stopped/);
      expect((await pool.run(task("after"))).result).toEqual({ path: "after" });
    } finally {
      await pool.close();
    }
  });

  it("fails only the task of a worker that dies, and answers the next with a new worker", async () => {
    const pool = new WorkerPool(1, { script: script(), taskLimitMs: 10_000 });
    try {
      const [crashed, next] = await Promise.all([pool.run(task("crash")), pool.run(task("next"))]);
      expect(crashed.error).toMatch(/worker failed: stand-in crash/);
      expect(crashed.code).toBeUndefined();
      expect(next.result).toEqual({ path: "next" });
    } finally {
      await pool.close();
    }
  });
});
