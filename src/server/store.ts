// The server's memory of each plan: the latest pipeline result and the last valid rendering, per
// draft mode. A plan is re-run only when one of its inputs really changed (content hash of the plan,
// of the template folders it uses and of the data files), so a request never waits for the pipeline
// unless the plan is new or has changed since it was last seen.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DocumentModel } from "../document/types.js";
import { type PipelineResult, templateDirsFor } from "../pipeline.js";
import { listPlans, type PlanRef } from "./paths.js";
import type { DraftMode, PreviewJob, PreviewOutcome } from "./preview-run.js";

export { CSS_PREFIX, type DraftMode, FONT_BASE } from "./preview-run.js";

/** A valid version of a plan, ready to show. */
export interface Rendering {
  /** `<main class="document">…</main>` from the HTML renderer. */
  main: string;
  /**
   * The page view: `<main class="document paged">` with the PDF's pages (pdfLayout's blockPages);
   * absent when the layout failed (a bug: the continuous view still shows).
   */
  paged?: string;
  /** How many pages the PDF has, with `paged`. */
  pageCount?: number;
  /** Name of the model's stylesheet, served at CSS_PREFIX + cssHash + ".css". */
  cssHash: string;
  title: string;
  model: DocumentModel;
  /** Inputs it was made from: the key of the download cache. */
  inputsHash: string;
  at: Date;
}

export interface PlanState {
  key: string;
  ref: PlanRef;
  draft: DraftMode;
  inputsHash: string;
  /** mtime and size of the plan file: a cheap check that the watcher missed nothing. */
  stamp: string;
  /** Grows by one each time the plan is re-run with different inputs. */
  version: number;
  result: PipelineResult;
  /** An exception from the pipeline or the renderer: a bug, shown as such. */
  crash?: string;
  /** The rendering of `result` when it is valid, else the last valid one (possibly none). */
  good?: Rendering;
  /** True when `good` is the rendering of `result` itself. */
  current: boolean;
}

export type StoreEvent = { type: "plan"; state: PlanState } | { type: "index" };

export interface StoreOptions {
  /** Real path of the served folder. */
  root: string;
  builtinTemplatesDir: string;
  dataDir: string;
  /** Whether a page is watching this state: those are re-run at once after a change, first. */
  interest?: (key: string) => boolean;
  /** Whether an index page is watching: then every plan's own ("plan" mode) state is re-run too. */
  indexWatched?: () => boolean;
  /** Runs a plan and renders it (preview-run.ts), on the preview worker. */
  run: (job: PreviewJob) => Promise<PreviewOutcome>;
}

const MAX_CSS = 200;

export class PlanStore {
  private readonly states = new Map<string, PlanState>();
  private readonly cssByHash = new Map<string, string>();
  private readonly listeners = new Set<(ev: StoreEvent) => void>();
  /** The last preview of unsaved text, per state key: the editor's (see preview). */
  private readonly previews = new Map<string, PlanState>();
  /** Digests of folders, valid for one batch of changes. */
  private digests = new Map<string, string>();
  /** Runs under way, by state key: two requests for one plan share one run. */
  private readonly running = new Map<string, { inputsHash: string; run: Promise<PlanState> }>();

  constructor(private readonly opts: StoreOptions) {}

  /** Plans being run on the preview worker now. */
  get runs(): number {
    return this.running.size;
  }

  on(listener: (ev: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listed afresh each time (a few readdir calls): a new file shows without waiting for the watcher. */
  plans(): PlanRef[] {
    return listPlans(this.opts.root);
  }

  /** The state of a plan in a draft mode, run now if never run or if its file changed unseen. */
  async state(ref: PlanRef, draft: DraftMode): Promise<PlanState> {
    const key = stateKey(ref, draft);
    const known = this.states.get(key);
    if (known && known.stamp === stampOf(ref.abs)) return known;
    this.digests.clear();
    return this.refresh(known, ref, draft);
  }

  /**
   * The plan as the editor has it, not saved: run and rendered like the file, never stored as the
   * file's state nor announced to the pages. Its `good` is the last valid preview (or the file's).
   */
  async preview(ref: PlanRef, text: string, draft: DraftMode): Promise<PlanState> {
    const saved = await this.state(ref, draft);
    const inputsHash = sha256(`${saved.inputsHash}\0${text}`);
    const last = this.previews.get(saved.key);
    if (last && last.inputsHash === inputsHash) return last;
    const state: PlanState = {
      key: saved.key,
      ref,
      draft,
      inputsHash,
      stamp: saved.stamp,
      version: Math.max(last?.version ?? 0, saved.version) + 1,
      result: { file: ref.abs, diagnostics: [] },
      current: false,
    };
    const good = last?.good ?? saved.good;
    if (good) state.good = good;
    await this.run(state, text);
    // a later keystroke's preview may have finished first: keep the newest
    const now = this.previews.get(saved.key);
    if (!now || now.version < state.version) this.previews.set(saved.key, state);
    return state;
  }

  css(hash: string): string | undefined {
    return this.cssByHash.get(hash);
  }

  /**
   * After the watcher saw files change: re-run whatever depends on them, most wanted first. Which
   * files changed does not matter: each state's inputs hash (plan, templates, data) says whether it
   * must run again.
   */
  async changed(_paths?: ReadonlySet<string>): Promise<void> {
    this.digests.clear();
    const interest = this.opts.interest ?? (() => false);
    const index = this.opts.indexWatched?.() ?? false;
    const all = [...this.states.values()].sort(
      (a, b) => Number(interest(b.key)) - Number(interest(a.key)),
    );
    for (const known of all) {
      if (!interest(known.key) && !(index && known.draft === "plan")) {
        // nobody is looking: checked again when next asked for
        known.stamp = "";
        continue;
      }
      await this.refresh(known, known.ref, known.draft);
    }
    this.emit({ type: "index" });
  }

  private emit(ev: StoreEvent): void {
    for (const l of this.listeners) l(ev);
  }

  /**
   * The same object when nothing changed, else a new state (with the next version), announced to
   * the pages once when it replaces a known one (however many asked for it).
   */
  private refresh(
    known: PlanState | undefined,
    ref: PlanRef,
    draft: DraftMode,
  ): Promise<PlanState> {
    const key = stateKey(ref, draft);
    const stamp = stampOf(ref.abs);
    const inputsHash = this.inputsHash(ref);
    if (known && known.inputsHash === inputsHash) {
      known.stamp = stamp;
      return Promise.resolve(known);
    }
    const under = this.running.get(key);
    // the same inputs: that run's result; newer ones (saved again meanwhile): run again after it
    if (under?.inputsHash === inputsHash) return under.run;
    if (under) return under.run.then(() => this.refresh(this.states.get(key), ref, draft));
    const state: PlanState = {
      key,
      ref,
      draft,
      inputsHash,
      stamp,
      version: (known?.version ?? 0) + 1,
      result: { file: ref.abs, diagnostics: [] },
      current: false,
    };
    if (known?.good) state.good = known.good;
    const run = this.run(state)
      .then(() => {
        this.states.set(key, state);
        if (known) this.emit({ type: "plan", state });
        return state;
      })
      .finally(() => {
        if (this.running.get(key)?.run === run) this.running.delete(key);
      });
    this.running.set(key, { inputsHash, run });
    return run;
  }

  /** Runs the plan (its file, or `text` in its place) into the state, rendering it when valid. */
  private async run(state: PlanState, text?: string): Promise<void> {
    let outcome: PreviewOutcome;
    try {
      outcome = await this.opts.run({
        file: state.ref.abs,
        ...(text === undefined ? {} : { text }),
        draft: state.draft,
        standardsDir: this.opts.dataDir,
        dataDigest: this.digest(this.opts.dataDir, isDataFile),
      });
    } catch (err) {
      // the worker ran out of memory or time, or died: said as a crash of this plan alone
      state.crash = err instanceof Error ? err.message : String(err);
      return;
    }
    state.result = outcome.result;
    if (outcome.crash !== undefined) state.crash = outcome.crash;
    const { html } = outcome;
    const model = outcome.result.model;
    if (html && model) {
      this.cssByHash.delete(html.cssHash);
      this.cssByHash.set(html.cssHash, html.css);
      // Oldest first in a Map: drop those, a page still showing one reloads its stylesheet anyway.
      for (const old of this.cssByHash.keys()) {
        if (this.cssByHash.size <= MAX_CSS) break;
        this.cssByHash.delete(old);
      }
      const rendering: Rendering = {
        main: html.main,
        cssHash: html.cssHash,
        title: html.title,
        model,
        inputsHash: state.inputsHash,
        at: new Date(),
      };
      if (html.paged !== undefined) rendering.paged = html.paged;
      if (html.pageCount !== undefined) rendering.pageCount = html.pageCount;
      state.good = rendering;
      state.current = true;
    }
  }

  private inputsHash(ref: PlanRef): string {
    const h = createHash("sha256");
    h.update(readOrEmpty(ref.abs));
    for (const dir of [this.opts.builtinTemplatesDir, ...templateDirsFor(ref.abs)]) {
      h.update(`\0templates:${this.digest(dir, isTemplateFile)}`);
    }
    h.update(`\0data:${this.digest(this.opts.dataDir, isDataFile)}`);
    return h.digest("hex");
  }

  private digest(dir: string, keep: (name: string) => boolean): string {
    const hit = this.digests.get(dir);
    if (hit !== undefined) return hit;
    const h = createHash("sha256");
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter(keep).sort();
    } catch {
      // no such folder: the usual case for a plan without templates of its own
    }
    for (const name of names) {
      h.update(`\0${name}\0`);
      h.update(readOrEmpty(join(dir, name)));
    }
    const value = h.digest("hex");
    this.digests.set(dir, value);
    return value;
  }
}

export function stateKey(ref: PlanRef, draft: DraftMode): string {
  return `${draft}:${ref.rel}`;
}

function isTemplateFile(name: string): boolean {
  return name.endsWith(".hbs") || name === "labels.yaml";
}

function isDataFile(name: string): boolean {
  return name.endsWith(".yaml") || name.endsWith(".yml");
}

function readOrEmpty(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return "\0missing";
  }
}

function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return "missing";
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
