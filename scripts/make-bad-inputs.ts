/**
 * Writes the bad-input corpus (`npm run bad-inputs [DIR]`, default fixtures/bad-inputs, git-ignored: it
 * holds a 21 MB file) and its manifest: what `bifacts extract` must say about each file. The test
 * test/bad-inputs.test.ts generates it into a temporary folder and runs the CLI over it.
 */
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { PACKAGE_ROOT } from "../pipeline/version";

export interface Expectation {
  status: "ok" | "warnings" | "failed";
  /** the failure code, for a failed file */
  code?: string;
  /** why the file is in the corpus */
  about: string;
}

const zh = "山西省与南非城市缔结友好城市关系，双方在2024年签署了合作协议。";
const en = "Shanxi Province and a South African city established a sister-city relationship and signed an agreement in 2024.";

export function makeBadInputs(dir: string): Record<string, Expectation> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, Expectation> = {};
  const put = (name: string, data: string | Uint8Array, expect: Expectation): void => {
    writeFileSync(join(dir, name), data);
    manifest[name] = expect;
  };
  const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");

  put("empty.txt", "", { status: "failed", code: "empty-file", about: "an empty file" });
  put("whitespace.txt", " \n\t\r\n\u3000\n", { status: "failed", code: "no-text", about: "whitespace only" });
  put("image.png", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]), { status: "failed", code: "binary-file", about: "a PNG image" });
  put("document.pdf", utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"), { status: "failed", code: "binary-file", about: "a PDF" });
  // a three-byte character cut after its first byte, in the middle and at the end
  put("truncated-utf8.txt", Buffer.concat([utf8(zh), Buffer.from([0xe5]), utf8("\n\n" + en + "\n\n" + zh), Buffer.from([0xe5, 0xb1])]), { status: "warnings", about: "UTF-8 sequences cut short" });
  put("truncated-gbk.txt", Buffer.concat([iconv.encode(zh + "\n\n" + zh, "gbk"), Buffer.from([0xc9])]), { status: "warnings", about: "GBK with a lead byte and no trail byte at the end" });
  put("mixed-encodings.txt", Buffer.concat([utf8(zh + "\n\n" + en + "\n\n"), iconv.encode(zh, "gbk")]), { status: "warnings", about: "a UTF-8 paragraph and a GBK paragraph in one file" });
  put("utf16-no-bom.txt", iconv.encode(zh + "\n\n" + en, "utf16-le"), { status: "ok", about: "UTF-16 LE without a byte order mark" });
  put("nul-bytes.txt", utf8(zh + "\u0000\u0000\n\n" + en + "\u0000"), { status: "ok", about: "NUL bytes inside the text: removed, each removal recorded as a repair" });
  put("huge.txt", Buffer.alloc(21 * 1024 * 1024, utf8(en + "\n")), { status: "failed", code: "input-too-large", about: "a 21 MB text, over the 20 MB default limit" });
  put("deep.html", "<html><body>" + "<div>".repeat(10_000) + `<p>${zh}</p><p>${en}</p>` + "</div>".repeat(10_000) + "</body></html>", { status: "failed", code: "html-too-deep", about: "HTML nested 10,000 deep" });
  put("english-only.txt", en + "\n\n" + en.replace("2024", "2023"), { status: "ok", about: "no Chinese" });
  put("chinese-only.txt", zh + "\n\n" + zh.replace("2024", "2023"), { status: "ok", about: "no English" });
  put("numbers-only.txt", "2024 36 110\n\n3.14 2,800 500000000\n", { status: "ok", about: "numbers and nothing else" });
  put("file with spaces.txt", zh + "\n\n" + en, { status: "ok", about: "a file name with spaces" });
  put("中文文件名.txt", zh + "\n\n" + en, { status: "ok", about: "a file name in Chinese characters" });
  put("unreadable.txt", zh, { status: "failed", code: "unreadable-file", about: "a file without read permission (root reads it anyway: then it is ok)" });
  chmodSync(join(dir, "unreadable.txt"), 0o000);
  symlinkSync(join(dir, "no-such-target.txt"), join(dir, "broken-link.txt"));
  manifest["broken-link.txt"] = { status: "failed", code: "broken-link", about: "a symbolic link to nothing" };
  writeFileSync(join(dir, "..", `${dir.split("/").pop()}.manifest.json`), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(PACKAGE_ROOT, "fixtures/bad-inputs");
  const manifest = makeBadInputs(dir);
  process.stdout.write(`wrote ${Object.keys(manifest).length} files to ${dir}\n`);
}
