// The workspace's script (bundled by scripts/bundle-client.mjs into dist/client/editor.js): the
// plan's YAML in CodeMirror 6, with completion and hover from the plan schema, kehoach's own
// diagnostics underlined and listed, the document beside it updated as the official types, saving
// with Ctrl+S, the button or autosave, and the choice when the file changed on disk meanwhile.

import { isolateHistory } from "@codemirror/commands";
import { yaml, yamlLanguage } from "@codemirror/lang-yaml";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorSelection, type Extension, type Text } from "@codemirror/state";
import { hoverTooltip, keymap } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { schemaCompletion, schemaHover } from "./schema-help.js";

/** Wait after the last keystroke before the document is updated. */
const PREVIEW_DEBOUNCE_MS = 200;
/** Wait after the last keystroke before an autosave. */
const AUTOSAVE_MS = 1500;
const AUTOSAVE_KEY = "kehoach.autosave";

interface Mark {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  severity: "error" | "warning" | "info";
  message: string;
}

interface PreviewData {
  version: number;
  status: string;
  diagnostics: string;
  marks: Mark[];
  doc: string;
  css: string | null;
  stale: boolean;
  downloads: string;
  toggle: string;
}

interface ImportAnswer {
  ok: boolean;
  text: string;
  title: string;
  report: string[];
  diagnostics: string[];
}

interface Words {
  saved: string;
  saving: string;
  unsaved: string;
  failed: string;
  diskChanged: string;
  importUnsaved: string;
  close: string;
}

const body = document.body;
const plan = body.dataset.khPlan ?? "";
const pageQuery = body.dataset.khQuery ?? "";
const words = JSON.parse(body.dataset.khWords ?? "{}") as Words;
const token = document.querySelector<HTMLMetaElement>('meta[name="kh-token"]')?.content ?? "";
const planPath = plan.split("/").map(encodeURIComponent).join("/");
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let view: EditorView | undefined;
/** The version of the file the text is based on: a save over another version is a conflict. */
let base = "";
/** The text as last saved (or opened): unsaved changes are the difference. */
let savedText = "";
let shownVersion = Number(body.dataset.khVersion ?? 0);
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
let saving = false;
let theirs: { text: string; version: string } | undefined;

function post(path: string, data: unknown): Promise<Response> {
  return fetch(`${path}${pageQuery}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Kehoach-Token": token },
    body: JSON.stringify(data),
  });
}

// ---------------------------------------------------------------- the document beside

function schedulePreview(): void {
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void preview(), PREVIEW_DEBOUNCE_MS);
}

/**
 * One preview asked of the server at a time: text typed while one runs is asked for when it has
 * answered, the newest only, so a long plan never has a queue of old texts to run on the server.
 */
let previewing = false;
let previewAgain = false;

async function preview(): Promise<void> {
  if (!view) return;
  if (previewing) {
    previewAgain = true;
    return;
  }
  previewing = true;
  try {
    do {
      previewAgain = false;
      const text = view.state.doc.toString();
      let data: PreviewData | undefined;
      try {
        const res = await post(`/api/preview/${planPath}`, { text });
        if (res.ok) data = (await res.json()) as PreviewData;
      } catch {
        // the server went away: the next keystroke tries again
      }
      // a newer text waiting: its answer is the one to show
      if (data && !previewAgain && view) await show(data);
    } while (previewAgain && view);
  } finally {
    previewing = false;
  }
}

async function show(data: PreviewData): Promise<void> {
  if (!view) return;
  byId("kh-ws-status").innerHTML = data.status;
  byId("kh-ws-list").innerHTML = data.diagnostics;
  byId("kh-ws-downloads").innerHTML = data.downloads;
  byId("kh-ws-toggle").innerHTML = data.toggle;
  byId("kh-ws-stale").hidden = !(data.stale && data.css);
  const doc = view.state.doc;
  view.dispatch(
    setDiagnostics(
      view.state,
      data.marks.map((m) => toDiagnostic(doc, m)),
    ),
  );
  if (data.version === shownVersion) return;
  shownVersion = data.version;
  await stylesheet(data.css);
  const right = document.querySelector<HTMLElement>(".kh-ws-right");
  const y = right?.scrollTop ?? 0;
  const shown = byId("kh-ws-doc");
  shown.innerHTML = data.doc;
  shown.classList.toggle("kh-stale", data.stale);
  // first the view the official chose (view.js), then the scroll position
  document.dispatchEvent(new CustomEvent("kehoach:updated", { detail: { version: data.version } }));
  if (right) right.scrollTop = y;
}

/** The document's stylesheet, loaded before the swap so that the page never shows unstyled. */
function stylesheet(href: string | null): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>("link[data-kh-doc]")];
  if (!href || links.some((l) => l.getAttribute("href") === href)) return Promise.resolve();
  return new Promise((done) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.setAttribute("data-kh-doc", "");
    const finish = () => {
      for (const l of links) l.remove();
      done();
    };
    link.addEventListener("load", finish, { once: true });
    link.addEventListener("error", finish, { once: true });
    document.head.appendChild(link);
  });
}

function toDiagnostic(doc: Text, m: Mark): Diagnostic {
  const line = doc.line(Math.min(Math.max(m.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(m.col - 1, 0), line.to);
  let to = line.to;
  if (m.endLine !== undefined && m.endLine >= 1 && m.endLine <= doc.lines) {
    const end = doc.line(m.endLine);
    to = Math.min(end.from + Math.max((m.endCol ?? 1) - 1, 0), end.to);
  }
  if (to <= from) to = Math.min(from + 1, doc.length);
  return { from, to: Math.max(to, from), severity: m.severity, message: m.message };
}

/** A click (or Enter) on a diagnostic moves the cursor to its line, and shows it. */
function goToDiagnostic(ev: Event): void {
  const item = (ev.target as Element).closest<HTMLElement>("[data-line]");
  if (!item || !view) return;
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(Number(item.dataset.line), 1), doc.lines));
  const pos = Math.min(line.from + Math.max(Number(item.dataset.col ?? 1) - 1, 0), line.to);
  view.dispatch({
    selection: EditorSelection.cursor(pos),
    effects: EditorView.scrollIntoView(pos, { y: "center" }),
  });
  view.focus();
}

// ---------------------------------------------------------------- saving

function setState(text: string, cls = ""): void {
  const el = byId("kh-ws-state");
  el.textContent = text;
  el.className = `kh-ws-state${cls ? ` ${cls}` : ""}`;
}

function dirty(): boolean {
  return view !== undefined && view.state.doc.toString() !== savedText;
}

function showDirty(): void {
  const d = dirty();
  setState(d ? words.unsaved : words.saved, d ? "kh-ws-dirty" : "");
  byId<HTMLButtonElement>("kh-ws-save").disabled = !d && !saving;
}

async function save(): Promise<void> {
  if (!view || saving) return;
  if (autosaveTimer) clearTimeout(autosaveTimer);
  saving = true;
  const text = view.state.doc.toString();
  setState(words.saving);
  try {
    const res = await post(`/api/save/${planPath}`, { text, base });
    const data = (await res.json()) as {
      version?: string;
      conflict?: boolean;
      theirs?: string;
      error?: string;
    };
    if (res.status === 200 && data.version) {
      base = data.version;
      savedText = text;
      showDirty();
    } else if (res.status === 409 && data.conflict && data.theirs !== undefined && data.version) {
      theirs = { text: data.theirs, version: data.version };
      byId("kh-ws-conflict").hidden = false;
      setState(words.unsaved, "kh-ws-dirty");
    } else {
      setState(words.failed.replace("{reason}", data.error ?? String(res.status)), "kh-ws-failed");
    }
  } catch (err) {
    setState(words.failed.replace("{reason}", String(err)), "kh-ws-failed");
  } finally {
    saving = false;
  }
}

/** The official's choice after a conflict; neither text is lost. */
function choose(choice: string): void {
  if (!view || !theirs) return;
  const disk = theirs;
  byId("kh-ws-conflict").hidden = true;
  theirs = undefined;
  // whatever the choice, the next save is over the version now on disk
  base = disk.version;
  view.focus();
  if (choice === "mine") {
    void save();
  } else if (choice === "theirs") {
    // one transaction: Ctrl+Z brings the official's own text back
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: disk.text },
      annotations: isolateHistory.of("full"),
    });
    savedText = disk.text;
    showDirty();
  } else {
    byId("kh-ws-theirs").textContent = disk.text;
    byId("kh-ws-theirs-box").hidden = false;
    showDirty();
  }
}

/**
 * The file changed on disk (the plan's event stream says so): without unsaved edits the editor
 * takes the new text (one undo step); with some, the official is told, and asked at the next save.
 */
async function checkDisk(): Promise<void> {
  if (!view || saving) return;
  let disk: { text: string; version: string };
  try {
    disk = (await (await fetch(`/api/source/${planPath}`)).json()) as typeof disk;
  } catch {
    return;
  }
  if (!view || disk.version === base || saving) return;
  if (dirty()) {
    setState(words.diskChanged, "kh-ws-dirty");
    return;
  }
  base = disk.version;
  savedText = disk.text;
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: disk.text },
    annotations: isolateHistory.of("full"),
  });
  showDirty();
}

function autosaveOn(): boolean {
  return byId<HTMLInputElement>("kh-ws-autosave").checked;
}

// ---------------------------------------------------------------- a dropped file's figures

/** The dropped workbook goes to the server with the text; the merged text comes back, unsaved. */
async function importFile(file: File): Promise<void> {
  if (!view) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const text = view.state.doc.toString();
  let answer: ImportAnswer;
  try {
    const res = await post(`/api/import/${planPath}`, {
      text,
      name: file.name,
      data: btoa(binary),
    });
    const data = (await res.json()) as Partial<ImportAnswer> & { error?: string };
    if (!res.ok) {
      showImport(false, file.name, [], [data.error ?? String(res.status)]);
      return;
    }
    answer = data as ImportAnswer;
  } catch (err) {
    showImport(false, file.name, [], [String(err)]);
    return;
  }
  if (answer.ok && answer.text !== text) {
    // one undo step: Ctrl+Z gives the text before the import back
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: answer.text },
      annotations: isolateHistory.of("full"),
    });
  }
  showImport(answer.ok, answer.title, answer.report, answer.diagnostics);
}

function showImport(ok: boolean, title: string, report: string[], problems: string[]): void {
  const box = byId("kh-ws-import");
  box.textContent = "";
  box.classList.toggle("kh-import-bad", !ok);
  const h = document.createElement("h2");
  h.textContent = title;
  box.append(h);
  const list = (lines: string[], cls: string): void => {
    if (lines.length === 0) return;
    const ul = document.createElement("ul");
    ul.className = cls;
    for (const line of lines) {
      const li = document.createElement("li");
      li.textContent = line;
      ul.append(li);
    }
    box.append(ul);
  };
  list(report, "kh-import-report");
  list(problems, "kh-diags kh-import-problems");
  if (ok) {
    const p = document.createElement("p");
    p.textContent = words.importUnsaved;
    box.append(p);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.className = "kh-btn";
  close.textContent = words.close;
  close.addEventListener("click", () => {
    box.hidden = true;
  });
  box.append(close);
  box.hidden = false;
}

function dropTarget(): void {
  const hasFile = (ev: DragEvent) => [...(ev.dataTransfer?.types ?? [])].includes("Files");
  body.addEventListener("dragover", (ev) => {
    if (!hasFile(ev)) return;
    ev.preventDefault();
    body.classList.add("kh-drop-on");
  });
  body.addEventListener("dragleave", (ev) => {
    if (ev.target === body || !ev.relatedTarget) body.classList.remove("kh-drop-on");
  });
  body.addEventListener(
    "drop",
    (ev) => {
      body.classList.remove("kh-drop-on");
      const file = ev.dataTransfer?.files[0];
      if (!file) return;
      // before CodeMirror: a dropped workbook is figures to import, not text to paste
      ev.preventDefault();
      ev.stopPropagation();
      void importFile(file);
    },
    true,
  );
}

// ---------------------------------------------------------------- start

async function start(): Promise<void> {
  const [source, schema] = await Promise.all([
    fetch(`/api/source/${planPath}`).then(
      (r) => r.json() as Promise<{ text: string; version: string }>,
    ),
    fetch("/_/plan.schema.json")
      .then((r) => r.json())
      .catch(() => undefined),
  ]);
  base = source.version;
  savedText = source.text;
  const parent = byId("kh-editor");
  parent.textContent = "";
  const extensions: Extension[] = [
    EditorView.cspNonce.of(body.dataset.khNonce ?? ""),
    basicSetup,
    EditorView.lineWrapping,
    yaml(),
    lintGutter(),
    keymap.of([
      {
        key: "Mod-s",
        preventDefault: true,
        run: () => {
          void save();
          return true;
        },
      },
    ]),
    EditorView.updateListener.of((u) => {
      if (!u.docChanged) return;
      schedulePreview();
      showDirty();
      if (autosaveOn() && dirty()) {
        if (autosaveTimer) clearTimeout(autosaveTimer);
        autosaveTimer = setTimeout(() => void save(), AUTOSAVE_MS);
      }
    }),
  ];
  if (schema) {
    extensions.push(
      yamlLanguage.data.of({ autocomplete: schemaCompletion(schema) }),
      hoverTooltip(schemaHover(schema)),
    );
  }
  view = new EditorView({ doc: source.text, extensions, parent });
  (window as unknown as { khEditor: EditorView }).khEditor = view;
  showDirty();
  // the diagnostics of the text as opened, underlined (the list came with the page)
  await preview();
  const events = body.dataset.khEvents;
  if (events && window.EventSource) {
    new EventSource(events).addEventListener("update", () => void checkDisk());
  }
  body.classList.add("kh-ws-ready");
}

byId("kh-ws-save").addEventListener("click", () => void save());
byId("kh-ws-list").addEventListener("click", goToDiagnostic);
byId("kh-ws-list").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter") goToDiagnostic(ev);
});
byId("kh-ws-conflict").addEventListener("click", (ev) => {
  const choice = (ev.target as Element).closest<HTMLElement>("[data-choice]")?.dataset.choice;
  if (choice) choose(choice);
});
byId("kh-ws-theirs-close").addEventListener("click", () => {
  byId("kh-ws-theirs-box").hidden = true;
});
const auto = byId<HTMLInputElement>("kh-ws-autosave");
auto.checked = localStorage.getItem(AUTOSAVE_KEY) === "1";
auto.addEventListener("change", () => {
  localStorage.setItem(AUTOSAVE_KEY, auto.checked ? "1" : "0");
  if (auto.checked && dirty()) void save();
});
window.addEventListener("beforeunload", (ev) => {
  if (dirty()) ev.preventDefault();
});
dropTarget();
void start();
