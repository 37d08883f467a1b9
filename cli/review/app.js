/*
 * The review page's app (plain browser JavaScript, inlined by cli/review/page.ts). Everything from the
 * document is written with textContent: nothing in a release can become markup or script.
 *
 * Layout: a header (document, view toggle, filters), the text (aligned paragraphs side by side, each
 * with its cleaned and original text, repairs and warnings marked) and the facts panel. Selecting a fact
 * highlights every span it cites, in both languages, in the cleaned and in the original text.
 * Keys: j / ArrowDown next fact, k / ArrowUp previous, a accept, r reject, c correct, o original text.
 */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const storageKey = (doc) => "bifacts-review:" + doc.output.document.sha256;

  let doc = data.docs[data.current];
  let selected = null; // fact id
  let showOriginal = false;
  const filters = { kind: "", corroboration: "", status: "" };

  // ---- small DOM helpers (text only, never HTML) ----
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("data-")) node.setAttribute(k, String(v));
      else if (k === "title" || k === "id" || k === "type" || k === "value" || k === "for" || k === "lang" || k === "placeholder" || k === "role" || k === "tabindex" || k === "aria-pressed" || k === "aria-label") node.setAttribute(k, String(v));
    }
    for (const c of children || []) if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  }
  const clear = (node) => {
    while (node.firstChild) node.removeChild(node.firstChild);
  };

  // ---- decisions ----
  function decisionsOf(d) {
    if (data.mode === "static") {
      try {
        const saved = JSON.parse(localStorage.getItem(storageKey(d)) || "null");
        if (saved && saved.decisions) return saved;
      } catch (e) {
        /* storage unavailable: keep the embedded decisions */
      }
    }
    return d.review;
  }
  function currentDecisions() {
    return decisionsOf(doc).decisions;
  }

  async function decide(id, status, note, correction) {
    const fact = doc.output.facts.find((f) => f.id === id);
    if (!fact) return;
    if (data.mode === "server") {
      const res = await fetch("/api/review/" + encodeURIComponent(doc.stem), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id, status, note, correction }),
      });
      if (!res.ok) {
        setMessage("could not save: " + (await res.text()));
        return;
      }
      doc.review = await res.json();
    } else {
      const review = decisionsOf(doc);
      const decisions = Object.assign({}, review.decisions);
      if (status === null) delete decisions[id];
      else decisions[id] = { status, note: note || null, correction: status === "corrected" ? correction || null : null, at: new Date().toISOString(), fact };
      doc.review = Object.assign({}, review, { decisions });
      try {
        localStorage.setItem(storageKey(doc), JSON.stringify(doc.review));
      } catch (e) {
        setMessage("decisions are kept in this page only (browser storage is off): export them before closing");
      }
    }
    renderFacts();
    setMessage("saved: " + status + " " + id);
  }

  // ---- fact summaries ----
  function factValue(f) {
    if (f.kind === "count") {
      const unit = f.unit ? [f.unit.zh, f.unit.en].filter(Boolean).join(" / ") : "";
      return (f.qualifier ? f.qualifier + " " : "") + f.value + (unit ? " " + unit : "");
    }
    if (f.kind === "date") return (f.relation !== "on" ? f.relation + " " : "") + f.value + (f.until ? " – " + f.until : "") + (f.resolved ? "" : " (unresolved)");
    if (f.kind === "place") return [f.name.en, f.name.zh].filter(Boolean).join(" / ") + " · " + f.placeType + (f.code ? " · " + f.code.value : "");
    if (f.kind === "agreement") {
      const parties = f.parties.map((p) => [p.en, p.zh].filter(Boolean).join(" / ")).join(" + ");
      return f.type + ": " + parties + (f.level ? " · " + f.level : "") + (f.date ? " · " + f.date : "") + " · " + f.status;
    }
    return "";
  }

  // ---- the text: paragraphs, segmented at every span that must be marked ----
  function paragraphRows(output) {
    const byId = new Map(output.paragraphs.map((p) => [p.id, p]));
    const rows = [];
    const placed = new Set();
    for (const a of output.alignments) {
      const zh = a.zh.map((id) => byId.get(id));
      const en = a.en.map((id) => byId.get(id));
      rows.push({ at: Math.min(...zh.concat(en).map((p) => p.index)), zh, en, alignment: a });
      for (const p of zh.concat(en)) placed.add(p.id);
    }
    for (const p of output.paragraphs) {
      if (placed.has(p.id)) continue;
      rows.push(p.lang === "en" ? { at: p.index, zh: [], en: [p] } : { at: p.index, zh: [p], en: [] });
    }
    return rows.sort((x, y) => x.at - y.at);
  }

  /** marks: [{start, end, facts: [id], repair, warning}] over a text; returns the text cut into marked pieces */
  function segments(text, marks) {
    const cuts = new Set([0, text.length]);
    for (const m of marks) {
      cuts.add(Math.max(0, Math.min(text.length, m.start)));
      cuts.add(Math.max(0, Math.min(text.length, m.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === b) continue;
      const covering = marks.filter((m) => m.start <= a && b <= m.end && m.start < m.end);
      out.push({ text: text.slice(a, b), marks: covering });
    }
    return out;
  }

  function renderSegments(container, text, marks) {
    for (const s of segments(text, marks)) {
      const facts = s.marks.flatMap((m) => m.facts || []);
      const repairs = s.marks.filter((m) => m.repair);
      const warnings = s.marks.filter((m) => m.warning);
      const classes = ["seg"];
      if (facts.length) classes.push("cited");
      if (repairs.length) classes.push("repair");
      if (warnings.length) classes.push("warning");
      const title = repairs.map((m) => "repair (" + m.repair.kind + "): " + JSON.stringify(m.repair.before) + " → " + JSON.stringify(m.repair.after)).concat(warnings.map((m) => "warning (" + m.warning.code + "): " + m.warning.message)).join("\n");
      container.appendChild(el("span", { class: classes.join(" "), "data-facts": facts.length ? " " + facts.join(" ") + " " : null, title: title || null, text: s.text }));
    }
  }

  function renderParagraph(output, p) {
    const cleanedMarks = [];
    const originalMarks = [];
    for (const f of output.facts) {
      for (const e of f.evidence) {
        if (e.paragraph !== p.id) continue;
        cleanedMarks.push({ start: e.start, end: e.end, facts: [f.id] });
        originalMarks.push({ start: e.source.start - p.source.start, end: e.source.end - p.source.start, facts: [f.id] });
      }
    }
    const within = (s) => s && s.start < p.source.end && p.source.start < s.end;
    for (const r of output.repairs) if (within(r.source)) originalMarks.push({ start: r.source.start - p.source.start, end: r.source.end - p.source.start, repair: r });
    const warnings = output.warnings.filter((w) => w.paragraph === p.id || within(w.source));
    for (const w of warnings) if (w.source) originalMarks.push({ start: w.source.start - p.source.start, end: w.source.end - p.source.start, warning: w });
    const repairs = output.repairs.filter((r) => within(r.source));

    const cleaned = el("div", { class: "text cleaned", lang: p.lang === "zh" ? "zh-Hans" : p.lang === "en" ? "en" : null });
    renderSegments(cleaned, p.text, cleanedMarks);
    const original = el("div", { class: "text original" });
    renderSegments(original, output.source.text.slice(p.source.start, p.source.end), originalMarks);

    const toggle = el("button", { class: "toggle", type: "button", title: "show the original text of this paragraph", text: "original" });
    const box = el("div", { class: "paragraph" + (p.damaged ? " damaged" : ""), "data-pid": p.id, "data-lang": p.lang }, [
      el("div", { class: "meta" }, [
        el("span", { class: "pid", text: p.id }),
        el("span", { class: "role", text: p.role }),
        repairs.length ? el("span", { class: "badge repair-badge", title: repairs.map((r) => r.kind + ": " + JSON.stringify(r.before) + " → " + JSON.stringify(r.after)).join("\n"), text: repairs.length + " repair" + (repairs.length > 1 ? "s" : "") }) : null,
        warnings.length ? el("span", { class: "badge warning-badge", title: warnings.map((w) => w.code + ": " + w.message).join("\n"), text: warnings.length + " warning" + (warnings.length > 1 ? "s" : "") }) : null,
        toggle,
      ]),
      cleaned,
      original,
    ]);
    toggle.addEventListener("click", () => {
      box.classList.toggle("show-original");
      toggle.textContent = box.classList.contains("show-original") ? "cleaned" : "original";
    });
    return box;
  }

  function renderText() {
    const pane = document.getElementById("text");
    clear(pane);
    const output = doc.output;
    pane.appendChild(el("div", { class: "row head" }, [el("div", { class: "col", text: "中文" }), el("div", { class: "col", text: "English" })]));
    for (const row of paragraphRows(output)) {
      const zh = el("div", { class: "col zh" }, row.zh.map((p) => renderParagraph(output, p)));
      const en = el("div", { class: "col en" }, row.en.map((p) => renderParagraph(output, p)));
      pane.appendChild(el("div", { class: "row" + (row.alignment ? " aligned" : ""), title: row.alignment ? row.alignment.type + " · score " + row.alignment.score + (row.alignment.anchors.length ? " · anchors: " + row.alignment.anchors.map((a) => a.zh + "=" + a.en).join(", ") : "") : null }, [zh, en]));
    }
    document.body.classList.toggle("original-all", showOriginal);
  }

  // ---- the facts panel ----
  function visibleFacts() {
    const decisions = currentDecisions();
    return doc.output.facts.filter((f) => {
      const status = decisions[f.id] ? decisions[f.id].status : "open";
      return (!filters.kind || f.kind === filters.kind) && (!filters.corroboration || f.corroboration === filters.corroboration) && (!filters.status || status === filters.status);
    });
  }

  function renderFacts() {
    const list = document.getElementById("facts");
    clear(list);
    const decisions = currentDecisions();
    const facts = visibleFacts();
    document.getElementById("fact-count").textContent = facts.length + " of " + doc.output.facts.length + " facts";
    for (const kind of ["count", "date", "place", "agreement"]) {
      const ofKind = facts.filter((f) => f.kind === kind);
      if (!ofKind.length) continue;
      list.appendChild(el("h3", { text: kind + "s (" + ofKind.length + ")" }));
      for (const f of ofKind) {
        const d = decisions[f.id];
        const item = el("li", { class: "fact " + f.corroboration + (d ? " " + d.status : "") + (f.id === selected ? " selected" : ""), "data-id": f.id, tabindex: "0", role: "button", "aria-pressed": f.id === selected ? "true" : "false" }, [
          el("div", { class: "value", text: factValue(f) }),
          el("div", { class: "info" }, [
            el("span", { class: "badge corroboration " + f.corroboration, text: f.corroboration }),
            el("span", { class: "badge", text: "confidence " + f.confidence }),
            el("span", { class: "badge status", text: d ? d.status + (d.correction ? ": " + d.correction : "") : "open" }),
            el("span", { class: "fid", text: f.id }),
          ]),
          f.conflicts.length ? el("div", { class: "conflicts", text: f.conflicts.map((c) => c.field + ": 中文 " + JSON.stringify(c.zh) + " ≠ English " + JSON.stringify(c.en)).join("; ") }) : null,
          d && d.note ? el("div", { class: "note", text: "note: " + d.note }) : null,
        ]);
        item.addEventListener("click", () => select(f.id));
        list.appendChild(item);
      }
    }
    renderDecisionBox();
    renderUnmatched();
  }

  function renderDecisionBox() {
    const box = document.getElementById("decision");
    clear(box);
    const f = doc.output.facts.find((x) => x.id === selected);
    if (!f) {
      box.appendChild(el("p", { class: "hint", text: "Select a fact (j / k) to see its spans and decide on it." }));
      return;
    }
    const d = currentDecisions()[f.id];
    const note = el("textarea", { id: "note", placeholder: "note (optional)", "aria-label": "note" });
    note.value = d && d.note ? d.note : "";
    const correction = el("input", { id: "correction", type: "text", placeholder: "corrected value", "aria-label": "corrected value" });
    correction.value = d && d.correction ? d.correction : "";
    const button = (label, status, key) => {
      const b = el("button", { type: "button", class: "decide " + (status || "clear"), id: "decide-" + (status || "clear"), title: key ? "key: " + key : null, text: label });
      b.addEventListener("click", () => decide(f.id, status, note.value, correction.value));
      return b;
    };
    box.appendChild(el("div", { class: "evidence" }, f.evidence.map((e) => el("div", { class: "quote " + e.lang }, [el("span", { class: "badge", text: e.lang + " · " + e.paragraph + " · " + e.rule }), el("span", { text: e.quote })]))));
    box.appendChild(el("div", { class: "buttons" }, [button("Accept", "accepted", "a"), button("Reject", "rejected", "r"), button("Correct", "corrected", "c"), button("Clear", null)]));
    box.appendChild(correction);
    box.appendChild(note);
  }

  function renderUnmatched() {
    const box = document.getElementById("unmatched");
    clear(box);
    const ids = Object.keys(currentDecisions()).filter((id) => !doc.output.facts.some((f) => f.id === id));
    if (!ids.length) return;
    box.appendChild(el("h3", { text: "Decisions that no longer match a fact (" + ids.length + ")" }));
    for (const id of ids) {
      const d = currentDecisions()[id];
      box.appendChild(el("div", { class: "stale", text: id + ": " + d.status + " · was " + factValue(d.fact) }));
    }
  }

  function select(id) {
    selected = id;
    for (const node of document.querySelectorAll(".seg.hl")) node.classList.remove("hl");
    const hits = [...document.querySelectorAll(".seg[data-facts]")].filter((n) => n.getAttribute("data-facts").includes(" " + id + " "));
    for (const node of hits) node.classList.add("hl");
    renderFacts();
    const visible = hits.find((n) => n.offsetParent !== null);
    if (visible) visible.scrollIntoView({ block: "center" });
    const item = document.querySelector('.fact[data-id="' + CSS.escape(id) + '"]');
    if (item) item.scrollIntoView({ block: "nearest" });
  }

  function step(delta) {
    const facts = visibleFacts();
    if (!facts.length) return;
    const i = facts.findIndex((f) => f.id === selected);
    const next = facts[(i < 0 ? (delta > 0 ? 0 : facts.length - 1) : (i + delta + facts.length) % facts.length)];
    select(next.id);
  }

  function setMessage(text) {
    document.getElementById("message").textContent = text;
  }

  // ---- header: documents, filters, view ----
  function renderHeader() {
    const header = document.getElementById("header");
    clear(header);
    const picker = el("select", { id: "doc", "aria-label": "document" }, data.index.map((d) => el("option", { value: d.stem, text: d.title + " (" + d.stem + ")" })));
    picker.value = doc.stem;
    picker.addEventListener("change", () => {
      if (data.docs[picker.value]) {
        doc = data.docs[picker.value];
        selected = null;
        renderAll();
      } else location.search = "?doc=" + encodeURIComponent(picker.value);
    });
    const filter = (name, values) => {
      const s = el("select", { id: "filter-" + name, "aria-label": name }, [el("option", { value: "", text: "all " + name })].concat(values.map((v) => el("option", { value: v, text: v }))));
      s.value = filters[name];
      s.addEventListener("change", () => {
        filters[name] = s.value;
        renderFacts();
      });
      return s;
    };
    const view = el("button", { id: "view", type: "button", text: showOriginal ? "show cleaned text" : "show original text" });
    view.addEventListener("click", () => toggleView());
    const exportButton = data.mode === "static" ? el("button", { id: "export", type: "button", text: "export decisions" }) : null;
    if (exportButton)
      exportButton.addEventListener("click", () => {
        const blob = new Blob([JSON.stringify(decisionsOf(doc), null, 2) + "\n"], { type: "application/json" });
        const a = el("a", {});
        a.href = URL.createObjectURL(blob);
        a.download = doc.stem + ".review.json";
        a.click();
      });
    const info = doc.output.document;
    header.appendChild(el("div", { class: "title" }, [el("strong", { text: [info.title.zh, info.title.en].filter(Boolean).join(" · ") || doc.stem }), el("span", { class: "sub", text: info.path + " · " + info.encoding.name + (info.publishedAt ? " · published " + info.publishedAt : "") })]));
    header.appendChild(el("div", { class: "controls" }, [picker, filter("kind", ["count", "date", "place", "agreement"]), filter("corroboration", ["both", "zh-only", "en-only", "conflict"]), filter("status", ["open", "accepted", "rejected", "corrected"]), view, exportButton, el("span", { id: "message", role: "status" })]));
  }

  function toggleView() {
    showOriginal = !showOriginal;
    document.body.classList.toggle("original-all", showOriginal);
    for (const box of document.querySelectorAll(".paragraph")) box.classList.toggle("show-original", showOriginal);
    document.getElementById("view").textContent = showOriginal ? "show cleaned text" : "show original text";
  }

  function renderAll() {
    renderHeader();
    renderText();
    renderFacts();
  }

  document.body.appendChild(el("header", { id: "header" }));
  document.body.appendChild(
    el("main", {}, [
      el("section", { id: "text", "aria-label": "text" }),
      el("aside", { id: "panel", "aria-label": "facts" }, [el("div", { id: "fact-count" }), el("div", { id: "decision" }), el("ul", { id: "facts" }), el("div", { id: "unmatched" })]),
    ]),
  );
  document.addEventListener("keydown", (e) => {
    if (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    if (e.key === "j" || e.key === "ArrowDown") step(1);
    else if (e.key === "k" || e.key === "ArrowUp") step(-1);
    else if (e.key === "a" && selected) decide(selected, "accepted", document.getElementById("note").value, null);
    else if (e.key === "r" && selected) decide(selected, "rejected", document.getElementById("note").value, null);
    else if (e.key === "c" && selected) document.getElementById("correction").focus();
    else if (e.key === "o") toggleView();
    else return;
    e.preventDefault();
  });
  renderAll();
})();
