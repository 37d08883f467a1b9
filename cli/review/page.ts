/**
 * The review page: one HTML file with the documents' outputs and decisions embedded as JSON and the
 * app (cli/review/app.js, style.css) inlined, so it works offline and from a file. Document text is
 * untrusted: it travels only inside a JSON block the browser never executes (with <, >, & and the line
 * separators escaped), the app writes it with textContent only, and a Content Security Policy allows
 * no script but the app's own (by hash).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../pipeline/version";
import type { Output } from "../../schemas/output";
import type { Review } from "../../schemas/review";

export interface PageDocument {
  stem: string;
  output: Output;
  review: Review;
}

export interface PageData {
  /** server: decisions are saved through the server; static: in the browser, with an export button */
  mode: "server" | "static";
  /** every document the page can switch to */
  index: { stem: string; title: string }[];
  /** the documents embedded (the current one in server mode, all in a static report) */
  docs: Record<string, PageDocument>;
  current: string;
}

let assets: { app: string; style: string } | null = null;
const loadAssets = (): { app: string; style: string } =>
  (assets ??= { app: readFileSync(join(PACKAGE_ROOT, "cli/review/app.js"), "utf8"), style: readFileSync(join(PACKAGE_ROOT, "cli/review/style.css"), "utf8") });

/** JSON safe inside a <script> element: no </script>, no <!--, no line separators that end a JS string. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("base64");

export function renderPage(data: PageData): string {
  const { app, style } = loadAssets();
  const title = data.index.find((d) => d.stem === data.current)?.title ?? data.current;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(app)}'`,
    `style-src 'sha256-${sha256(style)}'`,
    "img-src data:",
    data.mode === "server" ? "connect-src 'self'" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<script type="application/json" id="review-data">${embedJson(data)}</script>
<script>${app}</script>
</body>
</html>
`;
}
