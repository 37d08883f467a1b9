/**
 * The pool's shared segmenter (cli/segmenter.ts), served in this thread: a worker's batch of paragraphs
 * must come back exactly as jieba segments each paragraph alone, in fewer round trips than paragraphs,
 * with texts longer than the buffer cut into pieces and no character lost.
 */
import { remoteSegmenter, segmenterBuffer, serveSegmentation } from "../cli/segmenter";
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import nodejieba from "nodejieba";
import { tagLocally, UNUSED_IDF_TABLE } from "../extractors/shared/zh-tokens";

/** a small buffer (about 44 characters a request) so batching and cutting both happen */
function segmenterWithBuffer(payloadBytes: number): { segment: ReturnType<typeof remoteSegmenter>; trips: () => number } {
  const buffer = segmenterBuffer(payloadBytes);
  let trips = 0;
  const segment = remoteSegmenter(buffer, () => {
    trips++;
    serveSegmentation(buffer); // the main thread's answer, given before the worker waits
  });
  return { segment, trips: () => trips };
}

const SHORT = ["两国签署了友好城市协议。", "", "双方同意加强经贸合作", "代表团访问了三个城市。"];

describe("remote segmentation", () => {
  it("answers a batch exactly as jieba answers each text, in one round trip", () => {
    const { segment, trips } = segmenterWithBuffer(400);
    expect(segment(SHORT)).toEqual(SHORT.map(tagLocally));
    expect(trips()).toBe(1);
  });

  it("splits a batch that does not fit into several requests, keeping the order", () => {
    const { segment, trips } = segmenterWithBuffer(200); // 22 characters a request
    expect(segment(SHORT)).toEqual(SHORT.map(tagLocally));
    expect(trips()).toBeGreaterThan(1);
    expect(trips()).toBeLessThan(SHORT.length);
  });

  it("cuts a text longer than the buffer at punctuation and loses no character", () => {
    const { segment, trips } = segmenterWithBuffer(400);
    const long = "代表团访问了三个城市，签署了合作备忘录。".repeat(6);
    const [words] = segment([long]);
    expect(words!.map((w) => w.word).join("")).toBe(long);
    expect(trips()).toBeGreaterThan(1);
  });

  it("sends a text holding the record separator alone, without the separator splitting it", () => {
    const { segment } = segmenterWithBuffer(400);
    const odd = "两国签署\u001e协议";
    const [before, words, after] = segment(["开头", odd, "结尾"]);
    expect(words!.map((w) => w.word).join("")).toBe("两国签署协议");
    expect(before).toEqual(tagLocally("开头"));
    expect(after).toEqual(tagLocally("结尾"));
  });
});

describe("the dictionary load", () => {
  it("finds the one-word TF-IDF table it gives jieba in place of the 6 MB one", () => {
    // without it the load falls back, silently, to the default table (cppjieba aborts on a table it cannot open)
    expect(readFileSync(UNUSED_IDF_TABLE, "utf8")).toMatch(/^\S+ \d+(?:\.\d+)?\n$/);
  });

  it("runs nodejieba as patched (patches/): the TextRank extractor shares the segmenter's dictionary, the dictionary builds without copies, rebuilt after the patch", () => {
    // without the patch load() builds the dictionary twice (about 110 MB more in the main thread, see README)
    const root = dirname(require.resolve("nodejieba/package.json"));
    const source = join(root, "lib/nodejieba.cpp");
    expect(readFileSync(source, "utf8")).toContain("new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)");
    // and cppjieba's dictionary builds without copying every unit again (reserved room, weights alone, no word copies)
    const dictTrie = join(root, "submodules/cppjieba/include/cppjieba/DictTrie.hpp");
    expect(readFileSync(dictTrie, "utf8")).toContain("static_node_infos_.reserve(lines + SHRINK_SLACK)");
    // patched after nodejieba's own build, so `npm rebuild` must have compiled it again
    for (const patched of [source, dictTrie]) {
      expect(statSync(join(root, "build/Release/nodejieba.node")).mtimeMs).toBeGreaterThanOrEqual(statSync(patched).mtimeMs);
    }
    tagLocally("预热"); // the pipeline's own load (the one-word TF-IDF table), not nodejieba's default one
    expect(nodejieba.textRankExtract("两国签署友好城市协议，双方同意加强友好城市之间的经贸合作和人文交流。", 2).map((k) => k.word)).toHaveLength(2);
  });
});
