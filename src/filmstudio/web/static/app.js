// AI Film Studio web studio: a small single-page app over /api/v1. No framework, no CDN.
// Every piece of user or API text goes into the page through textContent (see h()), never as markup.
"use strict";

const API = "/api/v1";
const main = document.getElementById("main");
const nav = document.getElementById("nav");
const toast = document.getElementById("toast");
let streamAbort = null; // the progress stream of the film page, closed when leaving it

// ---------- helpers ----------
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "style") el.style.cssText = value; // CSSOM: the CSP allows no style attributes
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function say(message) {
  toast.textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => (toast.textContent = ""), 4000);
}

class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || `Request failed (${status})`);
    this.status = status;
    this.code = error.code || "ERROR";
    this.details = error.details || {};
  }
}

const auth = {
  get access() { return localStorage.getItem("fs.access"); },
  get refresh() { return localStorage.getItem("fs.refresh"); },
  save(access, refresh) {
    localStorage.setItem("fs.access", access);
    if (refresh) localStorage.setItem("fs.refresh", refresh);
  },
  clear() { localStorage.removeItem("fs.access"); localStorage.removeItem("fs.refresh"); },
};

async function api(path, { method = "GET", body, raw = false, retry = true, headers: extra = {} } = {}) {
  const headers = { ...extra };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth.access) headers.Authorization = `Bearer ${auth.access}`;
  const response = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && retry && auth.refresh) {
    const renewed = await fetch(`${API}/auth/refresh`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: auth.refresh }),
    });
    if (renewed.ok) {
      const tokens = await renewed.json();
      auth.save(tokens.access_token, tokens.refresh_token);
      return api(path, { method, body, raw, retry: false, headers: extra });
    }
    auth.clear();
  }
  if (raw && response.ok) return response;
  if (response.status === 204) return null;
  let data = null;
  try { data = await response.json(); } catch { data = null; }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/auth/")) { auth.clear(); go("#/signin"); }
    throw new ApiError(response.status, data);
  }
  return data;
}

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function cap(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : "";
}

function fmtDate(iso) {
  if (!iso) return "";
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

// Show an API error next to what caused it: a field when the API names one, else the form's message.
function showError(form, error) {
  form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  form.querySelectorAll(".field-error").forEach((el) => (el.textContent = ""));
  const general = form.querySelector(".form-error");
  const fields = (error.details && error.details.fields) || (error.details && error.details.field ? [{ field: error.details.field, message: error.message }] : []);
  let placed = false;
  for (const item of fields) {
    const name = String(item.field).split(".").pop();
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      const slot = form.querySelector(`#err-${CSS.escape(name)}`);
      if (slot) slot.textContent = fields.length === 1 ? error.message : item.message;
      if (!placed) input.focus();
      placed = true;
    }
  }
  if (general) general.textContent = placed ? "" : error.message;
  if (!placed && general) general.focus();
}

function field(label, name, attrs = {}) {
  const id = `f-${name}`;
  return h("div", {},
    h("label", { for: id }, label),
    attrs.tag === "textarea"
      ? h("textarea", { id, name, ...attrs, tag: null, "aria-describedby": `err-${name}` }, attrs.value || "")
      : h("input", { id, name, ...attrs, "aria-describedby": `err-${name}` }),
    h("p", { class: "field-error", id: `err-${name}` }),
  );
}

function select(label, name, options, value) {
  const id = `f-${name}`;
  return h("div", {},
    h("label", { for: id }, label),
    h("select", { id, name }, options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))),
    h("p", { class: "field-error", id: `err-${name}` }),
  );
}

// ---------- navigation ----------
let me = null;

async function loadMe() {
  if (!auth.access) { me = null; return null; }
  try { me = await api("/users/me"); } catch { me = null; }
  return me;
}

function renderNav(active) {
  nav.replaceChildren();
  const link = (hash, text) => h("a", { href: hash, "aria-current": active === hash ? "page" : null }, text);
  if (me) {
    nav.append(
      link("#/", "My films"), link("#/new", "New film"), link("#/credits", "Credits"), link("#/plans", "Plans"),
      link("#/account", "Account"),
      ...(me.role === "admin" ? [link("#/admin", "Admin")] : []),
      h("span", { class: `plan-pill plan-${me.tier}`, id: "plan-pill", title: "Your plan" }, cap(me.tier)),
      h("span", { class: "credits-pill", "aria-label": `${plural(me.credits, "credit")} left` }, plural(me.credits, "credit")),
      h("button", { type: "button", onclick: signOut }, "Sign out"),
    );
  } else {
    nav.append(link("#/plans", "Plans"), link("#/signin", "Sign in"), link("#/signup", "Sign up"));
  }
}

async function signOut() {
  try { if (auth.refresh) await api("/auth/logout", { method: "POST", body: { refresh_token: auth.refresh } }); } catch { /* signed out anyway */ }
  auth.clear();
  me = null;
  say("You are signed out.");
  go("#/signin");
}

// ---------- pages ----------
function authPage(kind) {
  const isUp = kind === "signup";
  const form = h("form", { class: "card narrow", novalidate: true, "aria-labelledby": "auth-title" },
    h("h1", { id: "auth-title" }, isUp ? "Create your studio account" : "Sign in"),
    isUp ? field("Your name", "full_name", { autocomplete: "name" }) : null,
    field("Email", "email", { type: "email", autocomplete: "email", required: true }),
    field("Password", "password", { type: "password", autocomplete: isUp ? "new-password" : "current-password", required: true }),
    isUp ? h("p", { class: "muted" }, "At least 10 characters, with three of: lower case, upper case, digits, symbols.") : null,
    h("p", { class: "form-error", tabindex: "-1", role: "alert" }),
    h("div", { class: "actions" },
      h("button", { class: "primary", type: "submit" }, isUp ? "Sign up — 3 free credits" : "Sign in"),
      h("a", { href: isUp ? "#/signin" : "#/signup" }, isUp ? "I have an account" : "Create an account")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      if (isUp) await api("/auth/register", { method: "POST", body: data });
      const tokens = await api("/auth/login", { method: "POST", body: { email: data.email, password: data.password } });
      auth.save(tokens.access_token, tokens.refresh_token);
      await loadMe();
      say(isUp ? "Welcome! You have 3 free credits." : "Signed in.");
      go("#/");
    } catch (error) {
      showError(form, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function dashboardPage(params) {
  const status = params.get("status") || "";
  const sort = params.get("sort") || "created_at";
  const query = new URLSearchParams({ per_page: "50", sort, order: "desc" });
  if (status) query.set("status", status);
  const list = await api(`/projects?${query}`);
  const filters = h("form", { class: "row", "aria-label": "Filter films" },
    select("Status", "status", [["", "All"], ["draft", "Draft"], ["queued", "Queued"], ["processing", "Processing"],
      ["completed", "Completed"], ["failed", "Failed"], ["cancelled", "Cancelled"]], status),
    select("Sort by", "sort", [["created_at", "Newest"], ["updated_at", "Recently changed"]], sort),
  );
  filters.addEventListener("change", () => {
    const data = new URLSearchParams(new FormData(filters));
    go(`#/?${data}`);
  });
  const header = h("div", { class: "row" }, h("h1", {}, "My films"), h("div", { style: "text-align:right" }, h("a", { class: "primary", href: "#/new" }, "New film")));
  if (!list.projects.length && !status) {
    return h("section", {}, header, h("div", { class: "card empty" },
      h("h2", {}, "Your first film is one script away"),
      h("p", {}, "Paste a story, a dialogue or a screenplay — or start from an example — and watch it become a film."),
      h("a", { class: "primary", href: "#/new" }, "Make your first film")));
  }
  const cards = list.projects.map((p) => h("a", { class: "card project-card", href: `#/projects/${p.project_id}` },
    p.thumbnail_url ? h("img", { src: p.thumbnail_url, alt: "" }) : h("div", { class: "thumb-empty" }),
    h("div", { class: "body" },
      h("h3", {}, p.title),
      h("p", { class: "muted" }, h("span", { class: `badge ${p.status}` }, p.status), ` · ${Math.round(p.duration)} s · ${p.credits_used} credits`),
      h("p", { class: "muted" }, fmtDate(p.created_at)))));
  return h("section", {}, header, filters,
    list.projects.length ? h("div", { class: "grid", style: "margin-top:16px" }, cards) : h("p", { class: "card" }, "No films match this filter."));
}

// The languages come from the studio (GET /languages): one list for every page.
let languageList = null;
async function loadLanguages() {
  if (!languageList) languageList = await api("/languages");
  return languageList;
}
function languageName(code) {
  const all = languageList ? [...languageList.spoken, ...languageList.subtitles] : [];
  return (all.find((l) => l.code === code) || { name: code }).name;
}

async function newProjectPage() {
  const { examples } = await api("/examples");
  const langs = await loadLanguages();
  const LANGUAGES = langs.spoken.map((l) => [l.code, l.clear ? l.name : `${l.name} (voice hard to understand)`]);
  const SUBTITLES = langs.subtitles.map((l) => [l.code, l.name]);
  const draft = JSON.parse(sessionStorage.getItem("fs.draft") || "{}");
  // the engines a project may choose (GET /engines): shown only where the studio offers more than one
  const offered = await api("/engines");
  const ENGINE_LABELS = { image: "Pictures", lipsync: "Lip-sync", music: "Music made by", tts: "Voices" };
  const engineChoices = Object.entries(ENGINE_LABELS).map(([kind, label]) => {
    const choices = offered[kind].engines.filter((e) => e.offered);
    if (choices.length < 2) return null;
    return select(label, `${kind}_engine`, [["", `Studio default (${offered[kind].default})`],
      ...choices.map((e) => [e.name, `${e.name}: ${e.description}${e.gpu ? " (GPU)" : ""}`])], draft[`${kind}_engine`] || "");
  }).filter(Boolean);
  const form = h("form", { class: "card", novalidate: true, "aria-labelledby": "new-title" },
    h("h1", { id: "new-title" }, "New film"),
    field("Title", "title", { value: draft.title || "", required: true, maxlength: 255 }),
    h("div", { class: "actions", role: "group", "aria-label": "Start from an example" },
      h("span", { class: "muted" }, "Start from an example:"),
      examples.map((ex) => h("button", { type: "button", class: "secondary", onclick: () => {
        form.elements.script.value = ex.script;
        if (!form.elements.title.value) form.elements.title.value = ex.title;
        say(`Loaded “${ex.title}”.`);
      } }, ex.title))),
    ideaBox(),
    field("Script", "script", { tag: "textarea", value: draft.script || "", required: true,
      placeholder: "A story, dialogue lines like NAME: text, or a Fountain screenplay" }),
    h("fieldset", {}, h("legend", {}, "Length"),
      h("div", { class: "choices" }, ["30", "60", "90", "custom"].map((v) => h("label", {},
        h("input", { type: "radio", name: "duration_choice", value: v, checked: (draft.duration_choice || "30") === v }), v === "custom" ? "Custom" : `${v} s`))),
      field("Custom length (seconds)", "duration", { type: "number", min: 5, max: 3600, value: draft.duration || "" }),
      select("If the story is longer", "fit", [["refuse", "Tell me what to cut"], ["abridge", "Abridge it to this length"], ["episodes", "Make a series of episodes"]], draft.fit || "refuse")),
    h("div", { class: "row" },
      select("Style", "style", [["cinematic", "Cinematic"], ["cartoon", "Cartoon"], ["watercolor", "Watercolor"], ["minimal", "Minimal"]], draft.style || "cinematic"),
      select("Language", "language", [["", "Detect from the script"], ...LANGUAGES], draft.language || ""),
      select("Music", "music_genre", [["", "Choose for me"], ["devotional", "Devotional"], ["classical_indian", "Indian classical"], ["cinematic", "Cinematic"], ["ambient", "Ambient"], ["pop", "Pop"], ["jazz", "Jazz"], ["epic", "Epic"]], draft.music_genre || ""),
    ),
    h("div", { class: "row" },
      select("Resolution", "resolution", [["720p", "720p"], ["1080p", "1080p (Standard plan)"], ["4k", "4K (Pro plan)"]], draft.resolution || "720p"),
      select("Aspect", "aspect", [["16:9", "16:9 landscape"], ["9:16", "9:16 vertical"], ["1:1", "1:1 square"]], draft.aspect || "16:9"),
    ),
    h("fieldset", {}, h("legend", {}, "Subtitles"),
      h("div", { class: "choices" }, SUBTITLES.map(([code, name]) => h("label", {},
        h("input", { type: "checkbox", name: "subtitles", value: code, checked: (draft.subtitles || ["en"]).includes(code) }), name)))),
    h("details", { class: "dubbing", open: (draft.dub || []).length > 0 },
      h("summary", {}, "Dub into other languages"),
      h("fieldset", {}, h("legend", {}, "Also make the film in (each is a film of its own, re-voiced, with subtitles in its language)"),
        h("div", { class: "choices" }, LANGUAGES.map(([code, name]) => h("label", {},
          h("input", { type: "checkbox", name: "dub", value: code, checked: (draft.dub || []).includes(code) }), name))))),
    engineChoices.length ? h("details", { class: "engines", open: engineChoices.some((c) => c.querySelector("select").value) },
      h("summary", {}, "Engines"), h("div", { class: "row" }, engineChoices)) : null,
    h("fieldset", {}, h("legend", {}, "YouTube"),
      me && me.youtube && me.youtube.connected
        ? h("div", {}, h("div", { class: "choices" },
          h("label", {}, h("input", { type: "checkbox", name: "youtube_upload", id: "f-youtube_upload", checked: !!draft.youtube_upload }),
            `Publish to ${me.youtube.channel_title || "my channel"} when ready`)), h("div", { class: "row" },
          select("Privacy", "youtube_privacy", [["private", "Private"], ["unlisted", "Unlisted"], ["public", "Public"]], draft.youtube_privacy || "private"),
          field("Playlist (optional)", "youtube_playlist", { value: draft.youtube_playlist || "", maxlength: 150 })))
        : h("p", { class: "muted" }, h("a", { href: "#/account" }, "Connect your YouTube channel"), " to publish films as soon as they are made.")),
    h("p", { class: "form-error", tabindex: "-1", role: "alert" }),
    h("div", { class: "actions" }, h("button", { class: "secondary", type: "submit", name: "preview" }, "Preview storyboard")),
  );
  const board = h("section", { id: "storyboard", "aria-live": "polite" });
  let lastPreview = null;
  let written = {}; // the characters a model wrote, by name: their age and gender are the preview's defaults

  // "Start from an idea": a language model writes the script into the form, to edit before the preview.
  function ideaBox() {
    const status = h("p", { class: "muted", "aria-live": "polite", id: "idea-status" });
    const button = h("button", { class: "secondary", type: "button", id: "write-script" }, "Write the script");
    button.addEventListener("click", async () => {
      const data = new FormData(form);
      const choice = data.get("duration_choice");
      const duration = choice === "custom" ? Number(data.get("duration")) : Number(choice);
      button.disabled = true;
      status.textContent = "Writing…";
      try {
        const result = await api("/scripts/write", { method: "POST", body: { idea: data.get("idea"), duration,
          language: data.get("language") || "en", characters: Number(data.get("idea_characters")), form: data.get("idea_form") } });
        form.elements.script.value = result.script;
        if (!form.elements.title.value) form.elements.title.value = result.title;
        written = Object.fromEntries(result.characters.map((c) => [c.name.toUpperCase(), c]));
        status.textContent = `Written by ${result.engine}: ${result.words} words for ${duration} seconds. Edit it as you like, then preview.`;
      } catch (error) {
        status.textContent = error.message;
      } finally { button.disabled = false; }
    });
    return h("details", { class: "idea", open: !draft.script },
      h("summary", {}, "Start from an idea"),
      field("Your idea", "idea", { tag: "textarea", rows: 3, maxlength: 2000, placeholder: "A 60-second explainer on the monsoon for children, two characters" }),
      h("div", { class: "row" },
        select("Form", "idea_form", [["dialogue", "Dialogue"], ["narration", "Narration"], ["screenplay", "Screenplay"]], "dialogue"),
        select("Characters", "idea_characters", [1, 2, 3, 4].map((n) => [String(n), String(n)]), "2")),
      h("div", { class: "actions" }, button), status);
  }

  function collect() {
    const data = new FormData(form);
    const choice = data.get("duration_choice");
    const duration = choice === "custom" ? Number(data.get("duration")) : Number(choice);
    const state = { title: data.get("title"), script: data.get("script"), duration_choice: choice, duration: data.get("duration"),
      style: data.get("style"), language: data.get("language"), music_genre: data.get("music_genre"),
      resolution: data.get("resolution"), aspect: data.get("aspect"), subtitles: data.getAll("subtitles"), dub: data.getAll("dub"),
      youtube_upload: data.get("youtube_upload") === "on", youtube_privacy: data.get("youtube_privacy"), youtube_playlist: data.get("youtube_playlist"),
      fit: data.get("fit") || "refuse" };
    const engines = {};
    for (const kind of ["image", "lipsync", "music", "tts"]) {
      state[`${kind}_engine`] = data.get(`${kind}_engine`) || "";
      if (state[`${kind}_engine`]) engines[`${kind}_engine`] = state[`${kind}_engine`];
    }
    sessionStorage.setItem("fs.draft", JSON.stringify(state));
    const characters = [...board.querySelectorAll("[data-character]")].map((row) => ({
      name: row.dataset.character, age: row.querySelector("select[name=age]").value, gender: row.querySelector("select[name=gender]").value,
      voice: row.querySelector("select[name=voice]").value || null }));
    const publish = state.youtube_upload ? { youtube_upload: true, youtube_playlist: state.youtube_playlist || null,
      youtube_settings: { privacy: state.youtube_privacy || "private" } } : {};
    return { title: state.title, script: state.script, publish, settings: { duration, style: state.style, language: state.language || null,
      music_genre: state.music_genre || null, subtitle_language: state.subtitles, dub_languages: state.dub, resolution: state.resolution, aspect: state.aspect,
      fit: state.fit, characters, ...engines } };
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = collect();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      if (!body.title) throw new ApiError(422, { error: { code: "INVALID_INPUT", message: "Give your film a title.", details: { field: "title" } } });
      lastPreview = await api("/storyboard/preview", { method: "POST", body: { script: body.script, title: body.title, settings: body.settings } });
      showError(form, { details: {}, message: "" });
      renderStoryboard(lastPreview, body);
    } catch (error) {
      showError(form, error.details && error.details.fields ? error : Object.assign(error, { details: { field: error.code === "INVALID_INPUT" && !error.details.field ? "script" : error.details.field } }));
    } finally {
      button.disabled = false;
    }
  });

  function renderStoryboard(preview, body) {
    const characters = preview.characters.map((c) => {
      const chosen = written[c.name.toUpperCase()];
      if (chosen) c = { ...c, age: chosen.age || c.age, gender: chosen.gender || c.gender };
      const row = h("div", { class: "character", "data-character": c.name },
        c.portrait ? h("img", { class: "portrait", src: c.portrait, alt: `How ${c.name} is drawn`, width: 80, height: 90 }) : h("span", { class: "portrait-none", "aria-hidden": "true" }),
        h("div", {}, h("strong", {}, c.name), h("div", { class: "muted" }, c.voice ? `voice: ${c.voice.engine} ${c.voice.voice}` : ""),
          h("div", { class: "muted evidence" }, `read as ${c.gender}${c.gender_words.length ? ` (${c.gender_words.join(", ")})` : ""}, ${c.age.replace("_", " ")}${c.age_words.length ? ` (${c.age_words.join(", ")})` : ""}`)),
        select("Age", "age", [["child", "Child"], ["young_adult", "Young adult"], ["middle_aged", "Middle-aged"], ["elderly", "Elderly"]], c.age),
        select("Gender", "gender", [["female", "Female"], ["male", "Male"], ["neutral", "Unspecified"]], c.gender),
        select("Voice", "voice", [["", "Automatic"], ...preview.voices.map((v) => [v.id, v.label])], c.voice_preference || ""),
        h("button", { type: "button", class: "secondary", "aria-label": `Play a sample of ${c.name}'s voice`, onclick: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          try {
            const q = new URLSearchParams({ language: c.language, age: row.querySelector("select[name=age]").value, gender: row.querySelector("select[name=gender]").value });
            const chosen = row.querySelector("select[name=voice]").value;
            if (chosen) q.set("voice", chosen);
            const response = await api(`/voices/preview?${q}`, { raw: true });
            const audio = new Audio(URL.createObjectURL(await response.blob()));
            audio.dataset.sample = c.name;
            document.body.append(audio);
            await audio.play().catch(() => say("Press play again to hear the sample."));
          } catch (error) { say(error.message); } finally { button.disabled = false; }
        } }, "▶ Voice"));
      return row;
    });
    const names = Object.fromEntries(preview.characters.map((c) => [c.id, c.name]));
    const scenes = preview.scenes.map((s, i) => h("div", { class: "scene" },
      h("p", {}, h("strong", {}, `Scene ${i + 1}: `), s.description),
      h("p", { class: "reading" }, h("span", { class: "tag" }, s.setting.replaceAll("_", " ")),
        s.setting_words.length ? ` from “${s.setting_words.join("”, “")}”` : " (no place named)",
        s.things.length ? h("span", {}, " · things: ", s.things.map((t) => h("span", { class: "thing", title: t.words.join(", ") }, t.key.replaceAll("_", " ")))) : "",
        s.people.length ? ` · people: ${s.people.map((p) => names[p] || p).join(", ")}` : ""),
      s.lines.map((ln) => h("p", { class: "muted" }, `${ln.character_id}: ${ln.text}`))));
    const problems = preview.plan_problems.map((p) => h("p", { class: "warning", role: "alert" }, p));
    const dubs = (collect().settings.dub_languages || []).length;
    const parts = preview.fit ? preview.fit.parts : 1;
    const what = parts > 1 ? `These ${parts} episodes of ${Math.round(preview.duration)} seconds` : `This ${Math.round(preview.duration)}-second film`;
    const cost = h("p", { class: "cost" }, `${what}${dubs ? ` and ${parts > 1 ? "their" : "its"} ${dubs} dubbed version${dubs === 1 ? "" : "s"}` : ""} will cost ${preview.estimated_credits} credit${preview.estimated_credits === 1 ? "" : "s"}. You have ${me ? me.credits : "?"}.`);
    const fitted = preview.fit && preview.fit.abridged ? h("details", { class: "abridged", open: true },
      h("summary", {}, `Abridged: ${preview.fit.abridged}`),
      h("p", { class: "muted" }, "Cut from the story:"),
      h("ul", {}, preview.fit.cut.map((line) => h("li", { class: "cut" }, line)))) :
      parts > 1 ? h("p", { class: "episodes" }, `The story is told in ${parts} episodes; the storyboard shows the first.`) : null;
    const error = h("p", { class: "form-error", tabindex: "-1", role: "alert" });
    const generate = h("button", { class: "primary", type: "button", disabled: preview.plan_problems.length > 0 }, `Generate film (${preview.estimated_credits} credits)`);
    generate.addEventListener("click", async () => {
      generate.disabled = true;
      const final = collect();
      try {
        const project = await api("/projects", { method: "POST", body: { title: final.title, script: final.script, settings: final.settings } });
        await api(`/projects/${project.project_id}/generate`, { method: "POST", body: { settings: { subtitle_languages: final.settings.subtitle_language, dub_languages: final.settings.dub_languages, characters: final.settings.characters, fit: final.settings.fit, ...final.publish } } });
        sessionStorage.removeItem("fs.draft");
        go(`#/projects/${project.project_id}`);
      } catch (err) {
        error.textContent = err.message;
        error.focus();
        generate.disabled = false;
      }
    });
    const editButton = h("button", { class: "secondary", type: "button" }, "Edit storyboard");
    editButton.addEventListener("click", async () => {
      editButton.disabled = true;
      const final = collect();
      try {
        const project = await api("/projects", { method: "POST", body: { title: final.title, script: final.script, settings: final.settings } });
        sessionStorage.removeItem("fs.draft");
        go(`#/projects/${project.project_id}/storyboard`);
      } catch (err) { error.textContent = err.message; error.focus(); editButton.disabled = false; }
    });
    board.replaceChildren(h("div", { class: "card", style: "margin-top:16px" },
      h("h2", {}, `Storyboard: ${preview.title}`),
      h("h3", {}, "Characters"), characters,
      h("h3", {}, "Scenes"), scenes, fitted,
      cost, preview.watermark ? h("p", { class: "muted" }, "Free plan films carry a watermark.") : null, problems, error,
      h("div", { class: "actions" }, generate, editButton, h("a", { href: "#/plans" }, "Compare plans"))));
    board.querySelector("h2").setAttribute("tabindex", "-1");
    board.querySelector("h2").focus();
  }

  return h("section", {}, form, board);
}

async function projectPage(projectId) {
  const project = await api(`/projects/${projectId}`);
  const job = project.latest_job;
  const section = h("section", {}, h("h1", {}, project.title),
    h("p", { class: "muted" }, h("span", { class: `badge ${project.status}` }, project.status), ` · created ${fmtDate(project.created_at)}`));
  if (job && (job.status === "queued" || job.status === "processing")) {
    section.append(progressCard(projectId, job.job_id));
  } else if (job && job.status === "completed" && project.assets.video_url) {
    section.append(await filmCard(project, job.job_id));
  } else if (job && job.status === "failed") {
    section.append(h("div", { class: "card" }, h("h2", {}, "This film could not be made"),
      h("p", { class: "form-error", role: "alert" }, job.error || "Something went wrong."), rerender(projectId, "Try again")));
  } else {
    section.append(h("div", { class: "card" }, h("p", {}, job && job.status === "cancelled" ? "This render was cancelled." : "Not rendered yet."), rerender(projectId, "Generate film")));
  }
  return section;
}

function rerender(projectId, text) {
  const error = h("p", { class: "form-error", role: "alert" });
  const edit = h("a", { class: "button secondary", href: `#/projects/${projectId}/storyboard` }, "Edit storyboard");
  const button = h("button", { class: "primary", type: "button" }, text);
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await api(`/projects/${projectId}/generate`, { method: "POST", body: { settings: {} } });
      await loadMe();
      route();
    } catch (err) { error.textContent = err.message; button.disabled = false; }
  });
  return h("div", { class: "actions" }, button, edit, error);
}

function progressCard(projectId, jobId) {
  const bar = h("div", { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": "0", "aria-label": "Film progress" });
  const percent = h("span", { id: "percent" }, "0%");
  const steps = h("ul", { class: "steps" });
  const eta = h("p", { class: "muted" });
  const cancel = h("button", { class: "danger", type: "button" }, "Cancel");
  cancel.addEventListener("click", async () => {
    cancel.disabled = true;
    try { await api(`/jobs/${jobId}/cancel`, { method: "POST" }); say("Cancelled; your credits are back."); } catch (err) { say(err.message); cancel.disabled = false; }
  });
  const card = h("div", { class: "card", "aria-live": "polite" }, h("h2", {}, "Making your film… ", percent),
    h("div", { class: "progress" }, bar), eta, steps, h("div", { class: "actions" }, cancel));
  const show = (state) => {
    const badge = document.querySelector("p .badge");
    if (badge) { badge.textContent = state.status; badge.className = `badge ${state.status}`; }
    bar.style.width = `${state.progress}%`;
    bar.setAttribute("aria-valuenow", String(state.progress));
    percent.textContent = `${state.progress}%`;
    eta.textContent = state.estimated_time_remaining ? `About ${state.estimated_time_remaining} left` : state.status === "queued" ? "Waiting for a worker…" : "";
    steps.replaceChildren(...state.steps.map((s) => h("li", { class: `st-${s.status}` },
      h("span", {}, s.name.replace(/_/g, " ")),
      h("span", {}, s.status === "processing" ? `${s.progress || 0}%` : s.status === "completed" ? `done${s.duration !== undefined ? ` in ${s.duration} s` : ""}` : s.status))));
  };
  streamProgress(jobId, show, async () => { await loadMe(); renderNav(""); route(); });
  return card;
}

// Server-sent events over fetch, so the access token travels in a header, not in the URL.
async function streamProgress(jobId, onState, onEnd) {
  if (streamAbort) streamAbort.abort();
  const controller = new AbortController();
  streamAbort = controller;
  try {
    const response = await fetch(`${API}/jobs/${jobId}/events`, { headers: { Authorization: `Bearer ${auth.access}` }, signal: controller.signal });
    if (!response.ok) throw new Error(`stream ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const name = (block.match(/^event: (.*)$/m) || [])[1];
        const data = JSON.parse((block.match(/^data: (.*)$/m) || [])[1] || "{}");
        if (name === "progress") onState(data);
        if (name === "end") { controller.abort(); onEnd(data); return; }
      }
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    setTimeout(() => streamProgress(jobId, onState, onEnd), 2000); // reconnect
  }
}

async function filmCard(project, jobId) {
  await loadLanguages();
  const video = h("video", { controls: true, preload: "metadata", src: project.assets.video_url, poster: project.assets.thumbnail_url, crossorigin: "anonymous" },
    Object.entries(project.assets.subtitle_tracks || {}).map(([lang, url], i) =>
      h("track", { kind: "subtitles", srclang: lang, label: languageName(lang), src: url, default: i === 0 })));
  const film = await api(`/jobs/${jobId}/download`);
  const downloads = h("ul", {},
    h("li", {}, h("a", { href: film.download_url, download: `${project.title}.mp4` }, `Film (MP4, ${film.resolution}, ${Math.round(film.duration)} s, ${(film.file_size / 1e6).toFixed(1)} MB)`)),
    Object.entries(project.assets.subtitle_urls || {}).map(([lang, url]) => h("li", {}, h("a", { href: url, download: `${project.title}.${lang}.srt` }, `Subtitles: ${lang} (SRT)`))),
    project.assets.thumbnail_url ? h("li", {}, h("a", { href: project.assets.thumbnail_url, download: `${project.title}.jpg` }, "Thumbnail (JPEG)")) : null,
    Object.entries(project.assets.dubs || {}).map(([lang, dub]) => h("li", { class: "dub", "data-dub": lang },
      h("a", { href: dub.video_url, download: `${project.title}.${lang}.mp4` }, `Film in ${languageName(lang)} (MP4)`),
      Object.entries(dub.subtitle_urls || {}).flatMap(([sub, url]) => [" · ", h("a", { href: url, download: `${project.title}.${lang}.${sub}.srt` }, `Subtitles: ${sub} (SRT)`)]),
      " · ", h("button", { type: "button", class: "link", onclick: () => {
        video.src = dub.video_url; video.poster = dub.thumbnail_url || "";
        video.querySelectorAll("track").forEach((t) => t.remove());
        Object.entries(dub.subtitle_tracks || {}).forEach(([sub, url], i) => video.append(h("track", { kind: "subtitles", srclang: sub, label: languageName(sub), src: url, default: i === 0 })));
        say(`Playing the film in ${languageName(lang)}.`);
      } }, "Play"))));
  return h("div", {}, h("div", { class: "card" }, video, h("h2", {}, "Download"), downloads, rerender(project.project_id, "Render again")),
    await publishCard(project));
}

// ---------- YouTube ----------
async function publishCard(project) {
  const card = h("div", { class: "card", id: "publish", "aria-labelledby": "publish-title" }, h("h2", { id: "publish-title" }, "Publish to YouTube"));
  const published = project.youtube ? h("p", { class: "published" }, "On YouTube: ", h("a", { href: project.youtube.url, target: "_blank", rel: "noopener", id: "youtube-link" }, project.youtube.url)) : null;
  if (!me || !me.youtube || !me.youtube.connected) {
    card.append(published || "", h("p", {}, h("a", { href: "#/account" }, "Connect your YouTube channel"), " to publish this film."));
    return card;
  }
  const { uploads } = await api(`/youtube/uploads?project_id=${project.project_id}`);
  const last = uploads[0];
  let meta;
  try { meta = await api(`/youtube/metadata?project_id=${project.project_id}`); } catch (error) { card.append(h("p", { class: "form-error" }, error.message)); return card; }
  if (last && last.metadata) meta = { ...meta, ...last.metadata };
  const playlists = h("datalist", { id: "playlists" });
  api("/youtube/playlists").then(({ playlists: items }) => playlists.replaceChildren(...items.map((p) => h("option", { value: p.title })))).catch(() => {});
  const form = h("form", { novalidate: true, "aria-label": "Publish to YouTube" },
    h("p", { class: "muted" }, `Channel: ${me.youtube.channel_title || me.youtube.channel_id}`),
    field("YouTube title", "yt_title", { value: meta.title, maxlength: 100, required: true }),
    field("Description", "yt_description", { tag: "textarea", value: meta.description, rows: 8 }),
    field("Tags (comma separated)", "yt_tags", { value: (meta.tags || []).join(", ") }),
    h("div", { class: "row" },
      select("Privacy", "yt_privacy", [["private", "Private"], ["unlisted", "Unlisted"], ["public", "Public"]], meta.privacy_status || "private"),
      field("Playlist", "yt_playlist", { value: meta.playlist_title || "", list: "playlists", maxlength: 150 })),
    h("div", { class: "choices" }, h("label", {}, h("input", { type: "checkbox", name: "yt_kids", checked: !!meta.made_for_kids }), "Made for kids")),
    playlists,
    h("p", { class: "form-error", tabindex: "-1", role: "alert" }),
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit" }, last && last.status === "failed" ? "Try publishing again" : "Publish")));
  const bar = h("div", { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": "0", "aria-label": "Upload progress" });
  const progress = h("div", { class: "progress", hidden: true }, bar);
  const result = h("div", { "aria-live": "polite" }, published || "");
  if (last && last.status === "failed" && last.error) result.append(h("p", { class: "form-error" }, `Last try: ${last.error.message}`));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    progress.hidden = false;
    let finished = false;
    const poll = setInterval(async () => {
      try {
        const { uploads: now } = await api(`/youtube/uploads?project_id=${project.project_id}`);
        if (!finished && now[0] && now[0].status === "uploading") { bar.style.width = `${now[0].progress}%`; bar.setAttribute("aria-valuenow", String(now[0].progress)); }
      } catch { /* the next poll will tell */ }
    }, 500);
    try {
      const body = { project_id: project.project_id, title: data.get("yt_title"), description: data.get("yt_description"),
        tags: String(data.get("yt_tags") || "").split(",").map((t) => t.trim()).filter(Boolean),
        privacy_status: data.get("yt_privacy"), playlist_title: data.get("yt_playlist") || null, made_for_kids: data.get("yt_kids") === "on" };
      const done = await api("/youtube/upload", { method: "POST", body });
      finished = true;
      progress.hidden = true;
      result.replaceChildren(h("p", { class: "published" }, "Published: ", h("a", { href: done.url, target: "_blank", rel: "noopener", id: "youtube-link" }, done.url)));
      say("Your film is on YouTube.");
    } catch (error) {
      showError(form, error.details && error.details.fields ? { ...error, details: { fields: error.details.fields.map((f) => ({ ...f, field: `yt_${f.field === "privacy_status" ? "privacy" : f.field}` })) } } : error);
    } finally {
      finished = true;
      clearInterval(poll);
      button.disabled = false;
    }
  });
  card.append(form, progress, result);
  return card;
}

async function accountPage() {
  await loadMe();
  const yt = me.youtube || {};
  const error = h("p", { class: "form-error", role: "alert" });
  const connectButton = h("button", { class: "primary", type: "button", id: "connect-youtube" }, "Connect YouTube");
  connectButton.addEventListener("click", async () => {
    connectButton.disabled = true;
    try {
      const { authorization_url } = await api("/youtube/authorize", { method: "POST" });
      location.assign(authorization_url); // Google's consent page; it sends the user back to /youtube/callback
    } catch (err) { error.textContent = err.message; connectButton.disabled = false; }
  });
  const disconnectButton = h("button", { class: "danger", type: "button" }, "Disconnect");
  disconnectButton.addEventListener("click", async () => {
    disconnectButton.disabled = true;
    try { await api("/youtube/disconnect", { method: "POST" }); await loadMe(); say("YouTube disconnected."); route(); }
    catch (err) { error.textContent = err.message; disconnectButton.disabled = false; }
  });
  return h("section", {}, h("h1", {}, "Account"),
    h("div", { class: "card" }, h("h2", {}, "You"), h("p", {}, `${me.full_name || ""} · ${me.email}`), h("p", {}, `Plan: ${me.tier}`)),
    h("div", { class: "card", id: "youtube-account" }, h("h2", {}, "YouTube"),
      yt.connected
        ? [h("p", {}, "Connected to ", h("strong", { id: "channel-title" }, yt.channel_title || yt.channel_id)), h("div", { class: "actions" }, disconnectButton)]
        : [h("p", {}, "Connect a channel to publish films with one click, with their thumbnail, subtitles and playlist."), h("div", { class: "actions" }, connectButton)],
      error),
    await apiKeysCard());
}

// API keys (Pro and Enterprise): made with scopes, shown once, listed by their first characters, revoked.
const SCOPES = [["projects:read", "Read films"], ["projects:write", "Create and edit films"], ["jobs:read", "Follow jobs"],
  ["jobs:write", "Generate films (spends credits)"], ["credits:read", "Read credits"]];
async function apiKeysCard() {
  const card = h("div", { class: "card", id: "api-keys" }, h("h2", {}, "API keys"));
  if (!["pro", "enterprise"].includes(me.tier)) {
    card.append(h("p", {}, "API keys come with the Pro and Enterprise plans. ", h("a", { href: "#/plans" }, "See the plans")));
    return card;
  }
  const { api_keys: keys } = await api("/api-keys");
  const error = h("p", { class: "form-error", role: "alert" });
  const shown = h("div", { id: "new-key", "aria-live": "polite" });
  const form = h("form", { id: "new-api-key" }, field("Name", "key_name", { required: true, maxlength: 100 }),
    h("fieldset", {}, h("legend", {}, "Scopes"), h("div", { class: "choices" }, SCOPES.map(([value, label]) =>
      h("label", {}, h("input", { type: "checkbox", name: "scopes", value, checked: value.endsWith(":read") }), label)))),
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit" }, "Create key")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const made = await api("/api-keys", { method: "POST", body: { name: form.elements.key_name.value, scopes: new FormData(form).getAll("scopes") } });
      const refreshed = await apiKeysCard();
      refreshed.querySelector("#new-key").replaceChildren(h("p", { class: "warning" }, "Copy this key now: it is not shown again."),
        h("code", { id: "api-key-secret" }, made.key));
      card.replaceWith(refreshed);
    } catch (err) { error.textContent = err.message; }
  });
  const rows = keys.map((k) => h("tr", {}, h("td", {}, k.name), h("td", {}, h("code", {}, `${k.prefix}…`)), h("td", {}, k.scopes.join(", ")),
    h("td", {}, k.last_used_at ? new Date(k.last_used_at).toLocaleString() : "never"),
    h("td", {}, k.revoked_at ? "revoked" : h("button", { type: "button", class: "danger", onclick: async () => {
      try { await api(`/api-keys/${k.key_id}`, { method: "DELETE" }); say(`Key “${k.name}” revoked.`); card.replaceWith(await apiKeysCard()); }
      catch (err) { error.textContent = err.message; }
    } }, "Revoke"))));
  card.append(h("p", { class: "muted" }, "Send a key as Authorization: Bearer <key> or X-API-Key: <key>."), shown,
    keys.length ? h("div", { class: "scroll" }, h("table", { id: "api-key-list" }, h("thead", {}, h("tr", {}, ["Name", "Key", "Scopes", "Last used", ""].map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, rows))) : null,
    form, error);
  return card;
}

// Google sends the user back to /youtube/callback?code=…&state=…: finish the connection, then show the account.
async function finishYoutubeConnection() {
  const params = new URLSearchParams(location.search);
  history.replaceState(null, "", "/#/account");
  if (params.get("error")) { say(`YouTube was not connected: ${params.get("error")}`); return; }
  try {
    const done = await api("/youtube/callback", { method: "POST", body: { code: params.get("code") || "", state: params.get("state") || "" } });
    say(`Connected to ${done.channel_title}.`);
  } catch (error) {
    say(error.message);
  }
}

async function creditsPage() {
  const credits = await api("/users/me/credits");
  const billing = await api("/billing/config");
  const invoices = billing.enabled ? (await api("/billing/invoices")).invoices : [];
  return h("section", {}, h("h1", {}, "Credits"),
    h("div", { class: "card" },
      h("p", { class: "cost" }, plural(credits.balance, "credit")),
      h("p", {}, `Plan: ${cap(credits.tier)} · ${credits.monthly_limit} credits a month · ${credits.reset_date ? `next reset ${credits.reset_date}` : "renewed with each paid month"}`),
      h("p", { class: "muted" }, "A film costs one credit per 20 seconds. Unused credits do not roll over.")),
    billing.enabled ? buyCreditsCard(billing) : null,
    invoices.length ? h("div", {}, h("h2", {}, "Invoices"), h("div", { class: "card", style: "overflow-x:auto" }, h("table", { id: "invoices" },
      h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "Invoice"), h("th", {}, "For"), h("th", { class: "num" }, "Amount"), h("th", {}, "Status"))),
      h("tbody", {}, invoices.map((i) => h("tr", {}, h("td", {}, fmtDate(i.created)),
        h("td", {}, i.url ? h("a", { href: i.url, target: "_blank", rel: "noopener" }, i.number || i.invoice_id) : (i.number || i.invoice_id)),
        h("td", {}, `${cap(i.plan)} ${(i.reason || "").replace("subscription_", "").replace("create", "first month").replace("cycle", "renewal").replace("update", "upgrade")}`),
        h("td", { class: "num" }, `$${i.amount_usd.toFixed(2)}`), h("td", {}, i.status))))))) : null,
    h("h2", {}, "History"),
    h("div", { class: "card", style: "overflow-x:auto" }, h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "When"), h("th", {}, "What"), h("th", { class: "num" }, "Change"), h("th", { class: "num" }, "Balance"))),
      h("tbody", {}, credits.history.map((e) => h("tr", {},
        h("td", {}, fmtDate(e.created_at)), h("td", {}, e.description || e.type),
        h("td", { class: "num" }, e.amount > 0 ? `+${e.amount}` : String(e.amount)), h("td", { class: "num" }, String(e.balance_after))))))));
}

async function plansPage() {
  const { plans } = await api("/subscriptions/plans");
  const billing = me ? await api("/billing/config") : { enabled: false };
  const current = me && billing.enabled ? await api("/subscriptions/current") : null;
  const subscribed = current && current.subscription_id;
  const error = h("p", { class: "form-error", role: "alert", tabindex: "-1" });
  const pay = billing.enabled ? paymentChooser(billing, "plan") : null;

  async function act(path, body, done) {
    error.textContent = "";
    try {
      const result = await api(path, { method: "POST", body });
      if (result.status === "requires_action") {
        await finishAuthentication(billing, result);
        await api("/subscriptions/confirm", { method: "POST", body: { subscription_id: result.subscription_id } });
      }
      await loadMe();
      say(done);
      route();
    } catch (err) { error.textContent = err.message; error.focus(); }
  }

  const cards = plans.map((p) => {
    const mine = me && me.tier === p.plan_id;
    let action = null;
    if (me && billing.enabled && p.price && !mine) {
      const label = subscribed ? `Change to ${p.name}` : `Subscribe to ${p.name}`;
      action = h("button", { class: "primary", type: "button", "data-plan": p.plan_id }, label);
      action.addEventListener("click", async () => {
        action.disabled = true;
        if (subscribed) await act("/subscriptions/change", { plan_id: p.plan_id }, `Your plan changes to ${p.name}.`);
        else await act("/subscriptions/subscribe", { plan_id: p.plan_id, payment_method_id: await pay.method() }, `Welcome to ${p.name}!`);
        action.disabled = false;
      });
    }
    return h("div", { class: `card plan${mine ? " current" : ""}` },
      h("h2", {}, p.name, mine ? " (your plan)" : ""),
      h("p", { class: "price" }, p.price ? `$${p.price}/month` : "Free"),
      h("p", {}, `${p.credits_per_month} credits a month`),
      h("ul", {}, p.features.map((f) => h("li", {}, f)),
        h("li", {}, `Films up to ${p.limits.max_duration ? `${p.limits.max_duration} s` : "any length"}`),
        h("li", {}, `${p.limits.max_characters ? `${p.limits.max_characters} speaking character${p.limits.max_characters > 1 ? "s" : ""}` : "Any number of characters"}`),
        h("li", {}, `Up to ${p.limits.quality}`)),
      action ? h("div", { class: "actions" }, action) : null);
  });

  let status = null;
  if (subscribed) {
    const end = fmtDate(current.current_period_end);
    const line = current.status === "past_due" ? `Your last payment failed: your plan stays until ${fmtDate(current.grace_until)} while Stripe tries again.`
      : current.cancel_at_period_end ? `Your ${cap(current.paid_plan)} plan ends on ${end}; you will be on Free after that.`
      : current.pending_plan ? `Your plan changes to ${cap(current.pending_plan)} on ${end}.` : `Your ${cap(current.paid_plan)} plan renews on ${end}.`;
    const toggle = h("button", { class: current.cancel_at_period_end ? "primary" : "danger", type: "button", id: "cancel-plan" },
      current.cancel_at_period_end ? "Keep my plan" : "Cancel at the end of the period");
    toggle.addEventListener("click", () => act(current.cancel_at_period_end ? "/subscriptions/resume" : "/subscriptions/cancel", undefined,
      current.cancel_at_period_end ? "Your plan continues." : "Your plan ends with this period."));
    status = h("div", { class: "card", id: "subscription" }, h("h2", {}, "Your subscription"), h("p", {}, line), h("div", { class: "actions" }, toggle));
  }
  return h("section", {}, h("h1", {}, "Plans"), status,
    me && billing.enabled && !subscribed ? h("div", { class: "card" }, h("h2", {}, "Payment"), pay.element) : null,
    error, h("div", { class: "grid" }, cards));
}

// How the user pays: Stripe.js's card form in production; in development (no Stripe.js offline) Stripe's
// own test payment methods, charged from the server — and the page says so.
function paymentChooser(billing, name) {
  if (billing.mode === "test") {
    const chooser = select("Test payment method", `${name}_payment_method`, billing.test_payment_methods.map((m) => [m.id, m.label]), "pm_card_visa");
    const element = h("div", {}, h("p", { class: "warning test-mode" }, "Test mode: this development studio charges Stripe's test cards from the server, because Stripe.js cannot load offline. No real card is used."), chooser);
    return { element, method: async () => element.querySelector("select").value };
  }
  const mount = h("div", { class: "card-element", id: `${name}-card` });
  const element = h("div", {}, h("label", {}, "Card"), mount);
  let stripe = null;
  let card = null;
  loadStripe(billing.publishable_key).then((s) => { stripe = s; card = s.elements().create("card"); card.mount(mount); }).catch(() => mount.replaceChildren("Stripe could not be loaded."));
  return { element, method: async () => {
    if (!stripe) throw new Error("The card form is still loading.");
    const { paymentMethod, error } = await stripe.createPaymentMethod({ type: "card", card });
    if (error) throw new Error(error.message);
    return paymentMethod.id;
  } };
}

let stripePromise = null;
function loadStripe(key) {
  stripePromise = stripePromise || new Promise((resolve, reject) => {
    const script = h("script", { src: "https://js.stripe.com/v3/" });
    script.addEventListener("load", () => resolve(window.Stripe(key)));
    script.addEventListener("error", reject);
    document.head.append(script);
  });
  return stripePromise;
}

async function finishAuthentication(billing, result) {
  if (billing.mode === "test") throw new Error("This test card asks for 3-D Secure, which needs Stripe.js; choose the test Visa that pays.");
  const stripe = await loadStripe(billing.publishable_key);
  const { error } = await stripe.handleCardAction(result.client_secret);
  if (error) throw new Error(error.message);
}

function buyCreditsCard(billing) {
  const pay = paymentChooser(billing, "credits");
  const packs = select("Packs", "packs", [1, 2, 5, 10].map((n) => [String(n), `${n * billing.credit_pack.credits} credits — $${n * billing.credit_pack.price_usd}`]), "1");
  const error = h("p", { class: "form-error", role: "alert" });
  const button = h("button", { class: "primary", type: "button", id: "buy-credits" }, "Buy credits");
  button.addEventListener("click", async () => {
    button.disabled = true;
    error.textContent = "";
    try {
      const result = await api("/credits/purchase", { method: "POST", body: { packs: Number(packs.querySelector("select").value), payment_method_id: await pay.method(), request_id: crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}` } });
      if (result.status === "requires_action") { await finishAuthentication(billing, result); say("Paid: your credits arrive in a moment."); }
      else say(`${result.credits_added} credits added.`);
      await loadMe();
      route();
    } catch (err) { error.textContent = err.message; } finally { button.disabled = false; }
  });
  return h("div", { class: "card", id: "buy" }, h("h2", {}, "Buy credits"), pay.element, packs, error, h("div", { class: "actions" }, button));
}

// ---------- router ----------
// ---------- admin ----------
function adminTabs(active) {
  return h("div", { class: "tabs", role: "navigation", "aria-label": "Admin" },
    [["#/admin", "Users and failed jobs"], ["#/admin/analytics", "Analytics"]].map(([hash, text]) =>
      h("a", { href: hash, "aria-current": active === hash ? "page" : null }, text)));
}

async function adminPage(params) {
  const q = params.get("q") || "";
  const [found, failed] = await Promise.all([api(`/admin/users?q=${encodeURIComponent(q)}`), api("/admin/jobs")]);
  const search = h("form", { class: "row", role: "search" }, field("Find users (email or name)", "q", { value: q }),
    h("div", { class: "actions" }, h("button", { class: "secondary", type: "submit" }, "Search")));
  search.addEventListener("submit", (event) => { event.preventDefault(); location.hash = `#/admin?q=${encodeURIComponent(search.elements.q.value)}`; });
  const users = h("table", { id: "admin-users" }, h("thead", {}, h("tr", {}, ["Email", "Name", "Plan", "Credits", "Films", "Joined"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, found.users.map((u) => h("tr", {}, h("td", {}, h("a", { href: `#/admin/users/${u.user_id}` }, u.email)),
      h("td", {}, u.full_name || ""), h("td", {}, cap(u.tier) + (u.role === "admin" ? " · admin" : "")), h("td", {}, String(u.credits)),
      h("td", {}, String(u.projects)), h("td", {}, new Date(u.created_at).toLocaleDateString())))));
  const jobs = failed.jobs.length
    ? h("table", { id: "failed-jobs" }, h("thead", {}, h("tr", {}, ["Film", "User", "Error", ""].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, failed.jobs.map((j) => h("tr", {}, h("td", {}, j.project_title), h("td", {}, j.email), h("td", {}, j.error || ""),
        h("td", {}, h("button", { type: "button", class: "secondary", onclick: async (event) => {
          event.target.disabled = true;
          try { await api(`/admin/jobs/${j.job_id}/retry`, { method: "POST" }); say("Queued again."); route(); } catch (err) { say(err.message); event.target.disabled = false; }
        } }, "Retry"))))))
    : h("p", { class: "muted" }, "No failed jobs.");
  return h("section", {}, h("h1", {}, "Admin"), adminTabs("#/admin"),
    h("div", { class: "card" }, search, h("p", { class: "muted" }, `${found.total_count} user${found.total_count === 1 ? "" : "s"}`), h("div", { class: "scroll" }, users)),
    h("div", { class: "card" }, h("h2", {}, "Failed jobs"), h("div", { class: "scroll" }, jobs)));
}

async function adminUserPage(userId) {
  const data = await api(`/admin/users/${userId}`);
  const u = data.user;
  const error = h("p", { class: "form-error", role: "alert" });
  const adjust = h("form", { class: "row", id: "adjust-credits" }, field("Credits to add (negative to take)", "amount", { type: "number", required: true }),
    field("Reason", "reason", { required: true, minlength: 3, maxlength: 500 }),
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit" }, "Adjust credits")));
  adjust.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api(`/admin/users/${userId}/credits`, { method: "POST", body: { amount: Number(adjust.elements.amount.value), reason: adjust.elements.reason.value } });
      say("Credits adjusted."); route();
    } catch (err) { error.textContent = err.message; }
  });
  const plan = select("Plan", "tier", ["free", "standard", "pro", "enterprise"].map((p) => [p, cap(p)]), u.tier);
  plan.querySelector("select").addEventListener("change", async (event) => {
    try { await api(`/admin/users/${userId}`, { method: "PATCH", body: { tier: event.target.value } }); say(`Plan changed to ${cap(event.target.value)}.`); }
    catch (err) { error.textContent = err.message; }
  });
  const table = (id, heads, rows) => h("div", { class: "scroll" }, h("table", { id }, h("thead", {}, h("tr", {}, heads.map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, rows)));
  return h("section", {}, h("h1", {}, u.email), adminTabs(""),
    h("div", { class: "card" }, h("p", {}, `${u.full_name || "No name"} · ${cap(u.tier)} · `, h("strong", { id: "admin-balance" }, plural(u.credits, "credit")), ` · joined ${new Date(u.created_at).toLocaleDateString()}`),
      plan, adjust, error),
    h("div", { class: "card" }, h("h2", {}, "Films"), table("admin-projects", ["Title", "Status", "Credits"], data.projects.map((p) => h("tr", {}, h("td", {}, p.title + (p.deleted ? " (deleted)" : "")), h("td", {}, p.status), h("td", {}, String(p.credits_used)))))),
    h("div", { class: "card" }, h("h2", {}, "Jobs"), table("admin-jobs", ["Film", "Status", "Error"], data.jobs.map((j) => h("tr", {}, h("td", {}, j.project_title), h("td", {}, j.status), h("td", {}, j.error || ""))))),
    h("div", { class: "card" }, h("h2", {}, "Ledger"), table("admin-ledger", ["When", "Type", "Amount", "Balance", "Why"], data.ledger.map((t) => h("tr", {}, h("td", {}, new Date(t.created_at).toLocaleString()), h("td", {}, t.type), h("td", {}, String(t.amount)), h("td", {}, String(t.balance_after)), h("td", {}, t.description || ""))))));
}

// Charts drawn here as SVG (no library, nothing from the internet): bars for a series, a labelled value each.
const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children.flat());
  return el;
}

function barChart(title, points, { unit = "" } = {}) {
  const width = 640, height = 180, pad = 28;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = (width - pad) / Math.max(1, points.length);
  const bars = points.map((p, i) => {
    const barHeight = (height - pad) * (p.value / max);
    return svg("rect", { class: "bar", x: pad + i * step + 1, y: height - pad - barHeight, width: Math.max(1, step - 2), height: barHeight },
      svg("title", {}, `${p.label ?? p.bucket}: ${p.value}${unit}`));
  });
  const axis = [svg("line", { x1: pad, y1: height - pad, x2: width, y2: height - pad, class: "axis" }),
    svg("text", { x: 0, y: 12, class: "tick" }, String(max)), svg("text", { x: 0, y: height - pad, class: "tick" }, "0")];
  const first = points[0], last = points[points.length - 1];
  if (first) axis.push(svg("text", { x: pad, y: height - 8, class: "tick" }, first.label ?? first.bucket),
    svg("text", { x: width - 80, y: height - 8, class: "tick" }, last.label ?? last.bucket));
  return h("figure", { class: "chart" }, h("figcaption", {}, title),
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${title}: ${points.map((p) => `${p.label ?? p.bucket} ${p.value}`).join(", ")}` }, axis, bars));
}

async function analyticsPage(params) {
  const period = params.get("period") || "day";
  const days = Number(params.get("days") || (period === "day" ? 30 : period === "week" ? 90 : 365));
  const r = await api(`/admin/analytics?period=${period}&days=${days}`);
  const choose = h("div", { class: "actions", role: "group", "aria-label": "Period" }, ["day", "week", "month"].map((p) =>
    h("a", { class: p === period ? "primary" : "secondary", href: `#/admin/analytics?period=${p}` }, `By ${p}`)));
  const money = (n) => `$${n.toLocaleString()}`;
  const figure = (label, value, id) => h("div", { class: "stat", id }, h("strong", {}, value), h("span", { class: "muted" }, label));
  const stats = h("div", { class: "stats" },
    figure("MRR", money(r.revenue.mrr), "stat-mrr"), figure("ARR", money(r.revenue.arr), "stat-arr"),
    figure("paying subscriptions", String(r.revenue.paying_subscriptions)),
    figure("completion rate", r.projects.completion_rate === null ? "–" : `${Math.round(r.projects.completion_rate * 100)}%`),
    figure("churn", `${Math.round(r.users.churn.rate * 100)}%`),
    figure("film p95", r.projects.processing_seconds.p95 === null ? "–" : `${r.projects.processing_seconds.p95} s`));
  const dict = (obj) => Object.entries(obj).map(([label, value]) => ({ label, value }));
  const steps = Object.entries(r.projects.step_seconds).map(([name, s]) => h("tr", {}, h("td", {}, name.replaceAll("_", " ")),
    h("td", {}, String(s.p50)), h("td", {}, String(s.p95)), h("td", {}, String(s.p99)), h("td", {}, String(s.count))));
  return h("section", {}, h("h1", {}, "Analytics"), adminTabs("#/admin/analytics"),
    h("p", { class: "muted" }, `${r.from} to ${r.to}`), choose, stats,
    h("div", { class: "charts" },
      barChart("Signups", r.users.signups), barChart("Active users", r.users.active), barChart("Users by plan", dict(r.users.by_tier)),
      barChart("Films started", r.projects.created), barChart("Credits consumed", r.credits.consumed), barChart("Credits purchased", r.credits.purchased),
      barChart("Revenue by plan (MRR)", dict(r.revenue.by_plan), { unit: " $" }),
      barChart("Failures by cause", r.projects.failures_by_cause.map((f) => ({ label: f.cause, value: f.count })))),
    h("div", { class: "card" }, h("h2", {}, "Processing time per step (seconds)"), h("div", { class: "scroll" },
      h("table", { id: "step-times" }, h("thead", {}, h("tr", {}, ["Step", "p50", "p95", "p99", "runs"].map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, steps)))),
    h("div", { class: "card" }, h("h2", {}, "Top users by credits consumed"), h("ol", {}, r.credits.top_users.map((u) => h("li", {}, `${u.email}: ${u.consumed}`)))));
}

// ---------- the storyboard editor: the project's storyboard, corrected before any credit is spent ----------
const TIMES = [["dawn", "Dawn"], ["day", "Day"], ["sunset", "Sunset"], ["night", "Night"]];
const WEATHERS = [["clear", "Clear"], ["rain", "Rain"], ["storm", "Storm"], ["snow", "Snow"], ["fog", "Fog"], ["wind", "Wind"]];
const MOODS = ["calm", "joyful", "tense", "melancholic", "mysterious", "epic", "devotional"].map((m) => [m, cap(m)]);
const DELIVERIES = [["", "Spoken"], ["chant", "Chanted"], ["whisper", "Whispered"], ["shout", "Shouted"]];

async function storyboardPage(projectId) {
  const project = await api(`/projects/${projectId}`);
  let doc = await api(`/projects/${projectId}/storyboard`);
  let board = structuredClone(doc.storyboard);
  const places = (await api(`/storyboard/settings?language=${encodeURIComponent(board.language)}`)).settings;
  const voices = (await api(`/storyboard/voices?language=${encodeURIComponent(board.language)}`)).voices;
  const stills = new Map(); // moment id -> object URL of its still, for the version shown
  const section = h("section", { class: "storyboard-editor" });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });
  const error = h("p", { class: "form-error", tabindex: "-1", role: "alert" });
  let dirty = false;
  const cost = h("p", { class: "cost", "aria-live": "polite" });
  const problems = h("div", { class: "plan-problems" });
  let estimating = null;

  function showEstimate(estimate) {
    cost.textContent = `Generating this film costs ${plural(estimate.estimated_credits, "credit")}; ${plural(estimate.speaking_characters, "speaking character")}. You have ${me ? me.credits : "?"}.`;
    problems.replaceChildren(...estimate.plan_problems.map((p) => h("p", { class: "warning", role: "alert" }, p)));
  }
  function estimate() {
    // the cost and the plan's limits of the storyboard as it is now, saved or not
    clearTimeout(estimating);
    estimating = setTimeout(async () => {
      try { showEstimate(await api(`/projects/${projectId}/storyboard/estimate`, { method: "POST", body: { storyboard: board } })); }
      catch (err) { status.textContent = err.message; }
    }, 250);
  }

  function changed(message) {
    dirty = true;
    status.textContent = message || "Changes not saved yet.";
    estimate();
  }
  const chars = () => board.characters.filter((c) => c.id !== "narrator");
  const nameOf = (id) => (board.characters.find((c) => c.id === id) || { name: id }).name;

  function removeCharacter(id, into) {
    // a character that is not a person (or the same person twice): its lines go to the narrator (or the other)
    const to = into || "narrator";
    if (!board.characters.some((c) => c.id === to)) board.characters.push({ id: "narrator", name: "Narrator", style: "narrator", language: board.language });
    for (const scene of board.scenes) {
      scene.lines.forEach((line) => { if (line.character_id === id) line.character_id = to; });
      scene.people = [...new Set(scene.people.map((p) => (p === id ? into : p)).filter(Boolean))];
      scene.cast = (scene.cast || []).filter((p) => p !== id);
      (scene.moments || []).forEach((m) => { m.who = [...new Set(m.who.map((p) => (p === id ? into : p)).filter(Boolean))]; });
      (scene.shots || []).forEach((s) => { s.actors = s.actors.filter((a) => a !== id); if (s.subject === id) s.subject = null; });
    }
    board.characters = board.characters.filter((c) => c.id !== id);
  }

  async function portraitOf(character, img) {
    try {
      const drawn = await api("/storyboard/portrait", { method: "POST", body: { character } });
      img.src = drawn.portrait;
    } catch (err) { say(err.message); }
  }

  function characterRow(c) {
    const img = h("img", { class: "portrait", alt: `How ${c.name} is drawn`, width: 80, height: 90 });
    if (!c.animal) portraitOf(c, img);
    const look = c.look || {};
    const colour = (label, key, fallback) => h("label", { class: "colour" }, label, h("input", { type: "color", value: look[key] || fallback, "aria-label": `${label} of ${c.name}`, onchange: (event) => {
      c.look = { ...(c.look || {}), [key]: event.target.value };
      changed();
      portraitOf(c, img);
    } }));
    const others = chars().filter((o) => o.id !== c.id);
    const choose = (label, options, value, set) => h("label", {}, label, h("select", { "aria-label": `${label} of ${c.name}`, onchange: (event) => { set(event.target.value); c.voice = null; changed(); } },
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));
    return h("div", { class: "character", "data-character-id": c.id },
      c.animal ? h("span", { class: "tag" }, c.animal) : img,
      h("div", { class: "fields" },
        h("label", {}, "Name", h("input", { value: c.name, "aria-label": `Name of ${c.name}`, onchange: (event) => { c.name = event.target.value.trim() || c.name; changed(); } })),
        choose("Age", [["child", "Child"], ["young_adult", "Young adult"], ["middle_aged", "Middle-aged"], ["elderly", "Elderly"]], c.age, (v) => { c.age = v; c.age_words = []; }),
        choose("Gender", [["female", "Female"], ["male", "Male"], ["neutral", "Unspecified"]], c.gender, (v) => { c.gender = v; c.gender_words = []; c.look = null; portraitOf(c, img); }),
        c.animal ? null : h("div", { class: "colours" }, colour("Skin", "skin", "#c68c5a"), colour("Hair", "hair_color", "#2b1d14"), colour("Clothes", "attire_color", "#3f6fb0")),
        choose("Voice", [["", "Automatic"], ...voices.map((v) => [v.id, v.label])], c.voice_preference || "", (v) => { c.voice_preference = v || null; }),
        h("button", { type: "button", class: "secondary", "aria-label": `Play a sample of ${c.name}'s voice`, onclick: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          try {
            const q = new URLSearchParams({ language: c.language || board.language, age: c.age, gender: c.gender });
            if (c.voice_preference) q.set("voice", c.voice_preference);
            const audio = new Audio(URL.createObjectURL(await (await api(`/voices/preview?${q}`, { raw: true })).blob()));
            audio.dataset.sample = c.name;
            document.body.append(audio);
            await audio.play().catch(() => say("Press play again to hear the sample."));
          } catch (err) { say(err.message); } finally { button.disabled = false; }
        } }, "▶ Voice"),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "secondary", "data-action": "remove", onclick: () => { removeCharacter(c.id); changed(`${c.name} removed: their lines go to the narrator.`); render(); } }, `Not a person: remove ${c.name}`),
          others.length ? h("label", {}, "Merge into ", h("select", { "aria-label": `Merge ${c.name} into`, onchange: (event) => {
            if (!event.target.value) return;
            removeCharacter(c.id, event.target.value);
            changed(`${c.name} merged into ${nameOf(event.target.value)}.`);
            render();
          } }, h("option", { value: "" }, "—"), others.map((o) => h("option", { value: o.id }, o.name)))) : null)));
  }

  function thingsEditor(scene) {
    const list = h("ul", { class: "things" }, scene.things.map((t, i) => h("li", { class: "thing", "data-thing": t.key },
      t.key.replaceAll("_", " "),
      h("input", { type: "color", value: t.colour && t.colour.startsWith("#") ? t.colour : "#888888", "aria-label": `Colour of the ${t.key.replaceAll("_", " ")}`, onchange: (event) => { t.colour = event.target.value; changed(); } }),
      h("button", { type: "button", class: "link", "aria-label": `Remove the ${t.key.replaceAll("_", " ")}`, onclick: () => { scene.things.splice(i, 1); changed(); render(); } }, "×"))));
    const results = h("ul", { class: "results", role: "listbox" });
    const search = h("input", { type: "search", placeholder: "Add a thing: boat, lamp, dog…", "aria-label": `Add a thing to scene ${scene.id}`, oninput: async (event) => {
      const q = event.target.value.trim();
      if (!q) { results.replaceChildren(); return; }
      try {
        const found = (await api(`/storyboard/things?q=${encodeURIComponent(q)}&language=${encodeURIComponent(board.language)}`)).things;
        if (event.target.value.trim() !== q) return;  // a later keystroke's answer is the one to show, whatever order they come in
        results.replaceChildren(...found.slice(0, 8).map((t) => h("li", {}, h("button", { type: "button", class: "link", "data-add": t.key, onclick: () => {
          if (!scene.things.some((x) => x.key === t.key)) scene.things.push({ key: t.key, words: [] });
          changed(`Added the ${t.name}.`);
          render();
        } }, `${t.name} (${t.key.replaceAll("_", " ")})`))));
      } catch (err) { say(err.message); }
    } });
    return h("div", {}, h("strong", {}, "Things: "), list, search, results);
  }

  function stillOf(id) {
    const img = h("img", { class: "still", alt: "", width: 320, height: 180, "data-still": id });
    if (stills.has(id)) img.src = stills.get(id);
    else api(`/projects/${projectId}/storyboard/shots/${encodeURIComponent(id)}/still?version=${doc.version}`, { raw: true })
      .then((response) => response.blob()).then((blob) => { const url = URL.createObjectURL(blob); stills.set(id, url); img.src = url; })
      .catch(() => { img.alt = "No picture yet"; });
    return img;
  }

  const FRAMINGS = [["establishing", "Establishing"], ["wide", "Wide"], ["closeup", "Close-up"], ["over_shoulder", "Over the shoulder"], ["insert", "Insert"]];
  const VIEW = ["kind", "subject", "actors", "shows", "moment"];

  function moveShot(scene, i, by) {
    // the pictures change places; the lines stay where they are spoken
    const a = scene.shots[i], b = scene.shots[i + by];
    for (const key of VIEW) [a[key], b[key]] = [b[key], a[key]];
    changed(`Shot ${i + 1} moved ${by < 0 ? "earlier" : "later"}.`);
    render();
  }

  function dropShot(scene, i) {
    // its lines are seen in the shot before it (or after, for the first)
    const [shot] = scene.shots.splice(i, 1);
    const into = scene.shots[Math.max(0, i - 1)];
    into.line_ids = i > 0 ? [...into.line_ids, ...shot.line_ids] : [...shot.line_ids, ...into.line_ids];
    if (shot.moment) scene.moments = scene.moments.filter((m) => m.id !== shot.moment);
    changed(`Shot ${i + 1} dropped.`);
    render();
  }

  function shotControls(scene, shot, i) {
    const n = scene.shots.length;
    return h("div", { class: "shot-controls" },
      h("select", { "aria-label": `Framing of shot ${shot.id}`, onchange: (event) => { shot.kind = event.target.value; changed(); } },
        FRAMINGS.map(([v, text]) => h("option", { value: v, selected: v === shot.kind }, text))),
      h("button", { type: "button", class: "link", "aria-label": `Move shot ${shot.id} earlier`, disabled: i === 0, onclick: () => moveShot(scene, i, -1) }, "←"),
      h("button", { type: "button", class: "link", "aria-label": `Move shot ${shot.id} later`, disabled: i === n - 1, onclick: () => moveShot(scene, i, 1) }, "→"),
      h("button", { type: "button", class: "link", "aria-label": `Drop shot ${shot.id}`, disabled: n < 2, onclick: () => dropShot(scene, i) }, "Drop"));
  }

  function sceneCard(scene, index) {
    const place = places.find((p) => p.key === scene.setting);
    const thumb = h("img", { class: "thumb", src: `/api/v1/storyboard/settings/${scene.setting}.png`, alt: `The ${place ? place.label : scene.setting} as drawn`, width: 192, height: 108 });
    const pick = (label, options, value, set) => h("label", {}, label, h("select", { "aria-label": `${label} of scene ${index + 1}`, onchange: (event) => { set(event.target.value); changed(); render(); } },
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));
    const speakers = board.characters.map((c) => [c.id, c.name]);
    const lines = scene.lines.map((line) => h("div", { class: "line", "data-line": line.id },
      h("select", { "aria-label": `Speaker of line ${line.id}`, onchange: (event) => { line.character_id = event.target.value; changed(); } },
        speakers.map(([v, text]) => h("option", { value: v, selected: v === line.character_id }, text))),
      h("input", { class: "text", value: line.text, "aria-label": `Text of line ${line.id}`, onchange: (event) => { line.text = event.target.value; changed(); } }),
      h("select", { "aria-label": `Delivery of line ${line.id}`, onchange: (event) => {
        const how = event.target.value;
        line.chant = how === "chant";
        line.parenthetical = how && how !== "chant" ? how : "";
        changed();
      } }, DELIVERIES.map(([v, text]) => h("option", { value: v, selected: line.chant ? v === "chant" : v === (line.parenthetical || "") }, text)))));
    // a still of each shot: the sentence it stages (a narrated or acted scene), or its framing (dialogue)
    const moments = (scene.shots || []).map((shot, i) => {
      const m = (scene.moments || []).find((x) => x.id === shot.moment);
      const caption = m ? (m.text.length > 140 ? `${m.text.slice(0, 140)}…` : m.text) : `${cap(shot.kind.replace("_", " "))}${shot.subject ? ` on ${nameOf(shot.subject)}` : ""}`;
      return h("figure", { class: "moment", "data-shot": shot.id, "data-moment": m ? m.id : null }, stillOf(m ? m.id : shot.id),
        h("figcaption", {}, caption), shotControls(scene, shot, i));
    });
    const present = h("fieldset", { class: "people" }, h("legend", {}, "People present"), chars().map((c) => h("label", {},
      h("input", { type: "checkbox", checked: scene.people.includes(c.id), onchange: (event) => {
        scene.people = event.target.checked ? [...scene.people, c.id] : scene.people.filter((p) => p !== c.id);
        changed();
      } }), c.name)));
    return h("div", { class: "scene card", "data-scene": scene.id },
      h("h3", {}, `Scene ${index + 1}`),
      h("div", { class: "scene-place" }, thumb, h("div", { class: "fields" },
        pick("Place", places.map((p) => [p.key, p.label]), scene.setting, (v) => { scene.setting = v; const pl = places.find((p) => p.key === v); scene.interior = !!(pl && pl.interior); scene.setting_words = []; }),
        pick("Time", TIMES, scene.time_of_day, (v) => { scene.time_of_day = v; }),
        pick("Weather", WEATHERS, scene.weather, (v) => { scene.weather = v; }),
        pick("Mood", MOODS, scene.mood, (v) => { scene.mood = v; }))),
      thingsEditor(scene), present,
      moments.length ? h("div", { class: "moments" }, moments) : null,
      lines.length ? h("div", { class: "lines" }, h("strong", {}, "Lines"), lines) : null);
  }

  async function save() {
    const saved = await api(`/projects/${projectId}/storyboard`, { method: "PUT", body: { storyboard: board }, headers: { "If-Match": `"${doc.version}"` } });
    doc = saved;
    board = structuredClone(doc.storyboard);
    stills.clear();
    dirty = false;
    status.textContent = `Saved as version ${doc.version}.`;
  }

  const saveButton = h("button", { class: "secondary", type: "button", onclick: async () => {
    saveButton.disabled = true;
    try { await save(); render(); } catch (err) { error.textContent = err.message; error.focus(); } finally { saveButton.disabled = false; }
  } }, "Save storyboard");
  const generate = h("button", { class: "primary", type: "button", onclick: async () => {
    generate.disabled = true;
    try {
      if (dirty) await save();
      await api(`/projects/${projectId}/generate`, { method: "POST", body: { settings: {} } });
      await loadMe();
      go(`#/projects/${projectId}`);
    } catch (err) { error.textContent = err.message; error.focus(); generate.disabled = false; }
  } }, "Generate film");

  function banner() {
    if (!doc.script_changed) return null;
    const lost = doc.edits_since_reading;
    return h("div", { class: "card warning", role: "alert" },
      h("p", {}, "The script changed since this storyboard was read from it. Read it again?"),
      lost.length ? h("p", { class: "muted" }, `These edits would be lost: ${lost.join(", ")} (an older version keeps them).`) : null,
      h("button", { type: "button", class: "secondary", onclick: async () => {
        try {
          doc = await api(`/projects/${projectId}/storyboard/reread`, { method: "POST", headers: { "If-Match": `"${doc.version}"` } });
          board = structuredClone(doc.storyboard); stills.clear(); dirty = false; render();
        } catch (err) { error.textContent = err.message; error.focus(); }
      } }, "Read the script again"));
  }

  function render() {
    section.replaceChildren(...[
      h("h1", {}, `Storyboard: ${project.title}`),
      h("p", { class: "muted" }, `Version ${doc.version} (${doc.source === "read" ? "read from the script" : doc.source === "restore" ? "restored" : "edited"}). `,
        h("a", { href: `#/projects/${projectId}` }, "Back to the film")),
      banner(),
      cost, problems,
      h("div", { class: "card" }, h("h2", {}, "Characters"), chars().length ? chars().map(characterRow) : h("p", { class: "muted" }, "Only the narrator.")),
      h("h2", {}, "Scenes"), ...board.scenes.map(sceneCard),
      h("div", { class: "actions sticky" }, saveButton, generate, status), error].filter(Boolean));
  }
  render();
  showEstimate({ estimated_credits: doc.estimated_credits, plan_problems: doc.plan_problems, speaking_characters: speakingCount(board) });
  return section;
}

function speakingCount(board) {
  const speaking = new Set(board.scenes.flatMap((s) => s.lines.map((l) => l.character_id)));
  return board.characters.filter((c) => c.id !== "narrator" && speaking.has(c.id)).length || 1;
}

async function route() {
  if (streamAbort) { streamAbort.abort(); streamAbort = null; }
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  if (me === null && auth.access) await loadMe();
  const publicPages = ["/signin", "/signup", "/plans"];
  if (!me && !publicPages.includes(path)) { location.hash = "#/signin"; return; }
  renderNav(`#${path}`);
  main.setAttribute("aria-busy", "true");
  try {
    let view;
    if (path === "/signin") view = authPage("signin");
    else if (path === "/signup") view = authPage("signup");
    else if (path === "/new") view = await newProjectPage();
    else if (path === "/credits") view = await creditsPage();
    else if (path === "/plans") view = await plansPage();
    else if (path === "/account") view = await accountPage();
    else if (path === "/admin") view = await adminPage(params);
    else if (path.startsWith("/admin/users/")) view = await adminUserPage(path.split("/")[3]);
    else if (path === "/admin/analytics") view = await analyticsPage(params);
    else if (path.startsWith("/projects/") && path.endsWith("/storyboard")) view = await storyboardPage(path.split("/")[2]);
    else if (path.startsWith("/projects/")) view = await projectPage(path.split("/")[2]);
    else view = await dashboardPage(params);
    main.replaceChildren(view);
    document.title = `${(main.querySelector("h1") || {}).textContent || "Studio"} · AI Film Studio`;
  } catch (error) {
    main.replaceChildren(h("div", { class: "card" }, h("h1", {}, "Something went wrong"), h("p", { class: "form-error", role: "alert" }, error.message), h("a", { href: "#/" }, "Back to my films")));
  } finally {
    main.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", route);
if (location.pathname === "/youtube/callback") finishYoutubeConnection().then(() => { me = null; route(); });
else route();
