// The one script of the preview pages, served as a file (the Content-Security-Policy allows no
// inline script). It listens to the server-sent events of its page and swaps the body in place:
// no reload, the scroll position kept. A new stylesheet is loaded before the swap, so the page
// never shows unstyled. Kept as a string so that it ships in dist/ with the compiled server.

export const LIVE_JS = `// kehoach preview: live update of the page from server-sent events.
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-kh-events");
  if (!url || !window.EventSource) return;
  var root = document.documentElement;
  var token = body.getAttribute("data-kh-token");
  var seq = 0;

  function docLinks() {
    return Array.prototype.slice.call(document.querySelectorAll("link[data-kh-doc]"));
  }

  function swap(msg) {
    var x = window.scrollX;
    var y = window.scrollY;
    token = msg.token;
    body.innerHTML = msg.body;
    body.setAttribute("data-kh-token", msg.token);
    document.title = msg.title;
    // first the view the official chose (view.js), then the scroll position
    document.dispatchEvent(new CustomEvent("kehoach:updated", { detail: { token: msg.token } }));
    window.scrollTo(x, y);
  }

  function apply(msg) {
    var mine = ++seq;
    var want = msg.css || null;
    var finish = function () {
      if (mine !== seq) return;
      docLinks().forEach(function (l) {
        if (l.getAttribute("href") !== want) l.remove();
      });
      swap(msg);
    };
    var have = docLinks().some(function (l) {
      return l.getAttribute("href") === want;
    });
    if (!want || have) {
      finish();
      return;
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = want;
    link.setAttribute("data-kh-doc", "");
    link.addEventListener("load", finish, { once: true });
    link.addEventListener("error", finish, { once: true });
    document.head.appendChild(link);
  }

  var events = new EventSource(url);
  events.addEventListener("open", function () {
    root.classList.remove("kh-disconnected");
  });
  events.addEventListener("error", function () {
    root.classList.add("kh-disconnected");
  });
  events.addEventListener("update", function (ev) {
    root.classList.remove("kh-disconnected");
    var msg;
    try {
      msg = JSON.parse(ev.data);
    } catch (e) {
      return;
    }
    if (msg && typeof msg.body === "string" && msg.token !== token) apply(msg);
  });
})();
`;

/**
 * The view toggle of the preview and the workspace: the continuous view or the page view, remembered
 * in localStorage. The page comes with the continuous view shown and the page view in a <template>
 * (pages.ts docViews); the script swaps them when the page view is chosen, on load and after every
 * live update (the "kehoach:updated" event), and sets the class "kh-pages" on <html> (the button's
 * words). The click is caught on the document, so it survives the body swaps.
 */
export const VIEW_KEY = "kehoach.view";

export const VIEW_JS = `// kehoach preview: continuous view or page view.
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = ${JSON.stringify(VIEW_KEY)};
  function saved() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (e) {
      return null;
    }
  }
  function swap(pages) {
    var want = pages ? "pages" : "flow";
    var boxes = document.querySelectorAll("[data-kh-views]");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.getAttribute("data-shown") === want) continue;
      var shown = box.querySelector(":scope > .kh-view-shown");
      var other = box.querySelector(":scope > template.kh-view-other");
      if (!shown || !other) continue;
      var html = other.innerHTML;
      other.innerHTML = shown.innerHTML;
      shown.innerHTML = html;
      box.setAttribute("data-shown", want);
    }
  }
  function show(pages) {
    root.classList.toggle("kh-pages", pages);
    swap(pages);
    var buttons = document.querySelectorAll("[data-kh-view-toggle]");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", pages ? "true" : "false");
  }
  show(saved() === "pages");
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var button = t && t.closest ? t.closest("[data-kh-view-toggle]") : null;
    if (!button) return;
    var pages = !root.classList.contains("kh-pages");
    try {
      window.localStorage.setItem(KEY, pages ? "pages" : "flow");
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
    show(pages);
  });
  document.addEventListener("DOMContentLoaded", function () {
    show(root.classList.contains("kh-pages"));
  });
  document.addEventListener("kehoach:updated", function () {
    show(root.classList.contains("kh-pages"));
  });
})();
`;

/**
 * Monospace fonts that have every Vietnamese letter, precomposed ("ế", "ở", "ự"): a font without
 * them (ui-monospace is one on some systems) leaves Chromium drawing the accents apart ("Kê ́hoạch").
 * Liberation Mono and DejaVu Sans Mono (Linux), Consolas (Windows), Menlo (macOS).
 */
export const MONO_FONTS = `"Liberation Mono", "DejaVu Sans Mono", Consolas, Menlo, "Noto Mono", "Courier New", monospace`;

/** The look of the preview's own parts (bar, panel, index); the document has its own stylesheet. */
export const APP_CSS = `.kh-where, .kh-frame { font-family: ${MONO_FONTS}; }
[hidden] { display: none !important; }
html { background: #7f7f7f; }
body.kh-body { margin: 0; padding: 0 0 10mm; }
.kh-bar, .kh-panel, .kh-index, .kh-offline, .kh-empty {
  font-family: system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 14px; line-height: 1.45; font-style: normal; font-weight: 400;
}
.kh-bar {
  position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; align-items: center;
  gap: 6px 10px; padding: 8px 16px; background: #1f2a37; color: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45);
}
.kh-bar a { color: #fff; }
.kh-app { font-weight: 700; }
.kh-file { font-weight: 700; overflow-wrap: anywhere; }
.kh-spacer { flex: 1 1 auto; }
.kh-btn {
  display: inline-block; padding: 4px 12px; border: 1px solid #8fa3b8; border-radius: 4px;
  background: #2d3b4c; text-decoration: none; white-space: nowrap;
}
.kh-btn:hover, .kh-btn:focus-visible { background: #3f5570; }
button.kh-btn { color: #fff; font: inherit; cursor: pointer; }
.kh-btn[disabled] { opacity: 0.5; cursor: not-allowed; }
.kh-dl-why { font-size: 13px; color: #fecaca; }
.kh-edit { font-size: 13px; font-weight: 400 !important; margin-left: 6px; }
.kh-create { margin-top: 18px; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.kh-create h2 { font-size: 16px; margin: 0 0 6px; }
.kh-create-error { color: #991b1b; font-weight: 600; }
.kh-btn.kh-on { background: #92400e; border-color: #f59e0b; }
.kh-status {
  display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 13px;
  font-weight: 600; white-space: nowrap;
}
.kh-ok { background: #d1fae5; color: #065f46; }
.kh-warn { background: #fef3c7; color: #92400e; }
.kh-bad { background: #fee2e2; color: #991b1b; }
.kh-panel {
  box-sizing: border-box; width: 210mm; max-width: calc(100% - 16px); margin: 8mm auto 0;
  padding: 10px 16px; background: #fff; color: #111; border-left: 6px solid #059669;
  box-shadow: 0 0 1.5mm rgba(0, 0, 0, 0.5);
}
.kh-panel + .kh-doc, .kh-panel + .kh-empty { margin-top: 8mm; }
.kh-panel.kh-panel-bad { border-left-color: #dc2626; }
.kh-panel.kh-panel-warn { border-left-color: #d97706; }
.kh-panel h2 { margin: 0 0 4px; font-size: 16px; }
.kh-panel p { margin: 4px 0; }
.kh-diags { margin: 6px 0 0; padding: 0; list-style: none; }
.kh-diag { padding: 8px 0; border-top: 1px solid #e5e7eb; }
.kh-sev { font-weight: 700; text-transform: uppercase; font-size: 12px; margin-right: 6px; }
.kh-sev-error .kh-sev { color: #b91c1c; }
.kh-sev-warning .kh-sev { color: #b45309; }
.kh-sev-info .kh-sev { color: #1d4ed8; }
.kh-where { font-size: 13px; margin-right: 6px; }
.kh-hint { color: #374151; }
.kh-hint b { font-weight: 600; }
.kh-frame {
  margin: 6px 0; padding: 6px 0; background: #f6f8fa; border-radius: 4px; overflow-x: auto;
  font-size: 12.5px; line-height: 1.5; white-space: pre;
}
.kh-frame > span { display: block; padding: 0 10px; }
.kh-frame .kh-hit { background: #fde8e8; }
.kh-frame .kh-caret { color: #b91c1c; font-weight: 700; line-height: 1.1; }
.kh-ln { display: inline-block; vertical-align: top; min-width: 3ch; padding-right: 1ch; margin-right: 1ch; border-right: 1px solid #d1d5db; color: #6b7280; text-align: right; user-select: none; }
.kh-stale-note { font-weight: 600; color: #991b1b; }
html.kh-pages .kh-to-pages, html:not(.kh-pages) .kh-to-flow { display: none; }
.kh-drop-on { outline: 4px dashed #f59e0b; outline-offset: -4px; }
.kh-import {
  box-sizing: border-box; width: 210mm; max-width: calc(100% - 16px); margin: 4mm auto; padding: 10px 16px;
  background: #fff; color: #111; border-left: 6px solid #2563eb; box-shadow: 0 0 1.5mm rgba(0, 0, 0, 0.5);
  font: 14px/1.45 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
}
.kh-import.kh-import-bad { border-left-color: #dc2626; }
.kh-import h2 { margin: 0 0 4px; font-size: 16px; }
.kh-import ul { margin: 4px 0; padding-left: 20px; }
.kh-doc.kh-stale main { opacity: 0.72; }
.kh-empty { width: 210mm; max-width: calc(100% - 16px); margin: 8mm auto; color: #fff; text-align: center; }
.kh-offline {
  position: fixed; bottom: 12px; left: 50%; transform: translateX(-50%); z-index: 20;
  display: none; padding: 6px 14px; border-radius: 4px; background: #991b1b; color: #fff;
}
html.kh-disconnected .kh-offline { display: block; }
.kh-index {
  box-sizing: border-box; width: 1100px; max-width: calc(100% - 16px); margin: 8mm auto;
  padding: 16px 24px; background: #fff; color: #111; box-shadow: 0 0 1.5mm rgba(0, 0, 0, 0.5);
}
.kh-index h1 { font-size: 20px; margin: 0 0 12px; }
.kh-plans { width: 100%; border-collapse: collapse; }
.kh-plans th, .kh-plans td { padding: 8px 10px; border-bottom: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
.kh-plans th { font-size: 13px; color: #4b5563; white-space: nowrap; }
.kh-plans a { font-weight: 600; color: #1d4ed8; overflow-wrap: anywhere; }
.kh-summary { color: #374151; font-size: 13px; }
@media print {
  .kh-bar, .kh-panel, .kh-offline { display: none !important; }
  html, body.kh-body { background: none; padding: 0; }
  .kh-doc.kh-stale main { opacity: 1; }
}
`;
