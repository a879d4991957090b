// The index's script (bundled into dist/client/create.js): the buttons that make a new plan from
// the sample or as next year's plan of another, then open it in the workspace. Listens on the
// document, since the index's body is replaced by its live updates.

function createError(text: string): void {
  const el = document.getElementById("kh-create-error");
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
}

document.addEventListener("click", (ev) => {
  const button = (ev.target as Element).closest<HTMLElement>("[data-kh-create]");
  if (!button) return;
  const kind = button.dataset.khCreate;
  const from = document.querySelector<HTMLSelectElement>("#kh-create-from")?.value;
  const token = document.querySelector<HTMLMetaElement>('meta[name="kh-token"]')?.content ?? "";
  fetch(`/api/new${location.search}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Kehoach-Token": token },
    body: JSON.stringify(kind === "next" ? { kind, from } : { kind }),
  })
    .then(async (res) => {
      const data = (await res.json()) as { url?: string; error?: string };
      if (res.status === 201 && data.url) location.href = data.url + location.search;
      else createError(data.error ?? String(res.status));
    })
    .catch((err: unknown) => createError(String(err)));
});
