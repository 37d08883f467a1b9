/**
 * A worker thread of `bifacts extract`: it loads the pipeline (and with it the dictionaries) once, then
 * processes one input at a time as the pool sends them, reading, extracting and writing the output
 * itself, so documents never travel through the main thread (only a line of summary, or the JSON for
 * --jsonl, comes back). Its Chinese segmentation is asked of the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { useSegmenter } from "../extractors/shared/zh-tokens";
import { remoteSegmenter } from "./segmenter";
import { processOne, type ExtractCliOptions } from "./extract-command";
import { takeStageTimes } from "../pipeline/index";
import type { Input } from "./inputs";

export interface WorkerTask {
  id: number;
  input: Input;
  options: ExtractCliOptions;
}

// Chinese segmentation is the main thread's (cli/segmenter.ts): this thread never loads the dictionary
const shared = (workerData as { segmenter?: SharedArrayBuffer } | null)?.segmenter;
if (shared) useSegmenter(remoteSegmenter(shared, () => parentPort!.postMessage({ segment: true })));

parentPort?.on("message", (task: WorkerTask) => {
  processOne(task.input, task.options).then(
    ({ result, jsonLine }) => parentPort!.postMessage({ id: task.id, result, jsonLine, stageTimes: takeStageTimes() }),
    (e: unknown) => parentPort!.postMessage({ id: task.id, error: (e as Error).message }),
  );
});
