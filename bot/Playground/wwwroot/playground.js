// The ChatPhone playground: talks to the bot through the real Bot Framework protocol. Activities are
// POSTed to /api/messages with a serviceUrl pointing at this host's local connector; the bot's replies,
// card updates and proactive messages come back from that connector over server-sent events.
// Cards are rendered by the official Adaptive Cards renderer; clicks are sent as Teams sends them.
"use strict";

(() => {
  const connectorPath = "/playground/connector/";
  const cardType = "application/vnd.microsoft.card.adaptive";
  const messageType = "application/vnd.microsoft.activity.message";
  const bot = { id: "28:chatphone", name: "ChatPhone", role: "bot" };

  const $ = (id) => document.getElementById(id);
  const ui = {
    person: $("person"), locale: $("locale"), transcript: $("transcript"), notice: $("notice"),
    composer: $("composer"), message: $("message"), csv: $("csv"), newConversation: $("new-conversation"),
  };

  const state = {
    strings: {}, people: [], tenantId: "", person: null, locale: "en-US",
    conversationId: newId(), events: null, seen: new Set(), queue: Promise.resolve(),
  };

  function newId() {
    return crypto.randomUUID().replaceAll("-", "");
  }

  function t(name, ...args) {
    const text = state.strings[name] ?? name;
    return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ""));
  }

  function notice(text, reason = "") {
    ui.notice.textContent = text ?? "";
    ui.notice.hidden = !text;
    ui.notice.dataset.reason = reason;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  async function loadStrings() {
    state.strings = await getJson(`/playground/strings?lang=${encodeURIComponent(state.locale)}`);
    document.documentElement.lang = state.locale.slice(0, 2);
    document.title = t("Title");
    for (const element of document.querySelectorAll("[data-text]")) element.textContent = t(element.dataset.text);
    for (const element of document.querySelectorAll("[data-placeholder]")) element.placeholder = t(element.dataset.placeholder);
    if (typeof AdaptiveCards === "undefined") notice(t("RendererMissing"));
    renderPeople();
  }

  async function loadPeople() {
    const directory = await getJson("/playground/people");
    state.tenantId = directory.tenantId;
    state.people = directory.people;
    const wanted = state.person?.aadObjectId ?? localStorage.getItem("chatphone.person");
    state.person = state.people.find((p) => p.aadObjectId === wanted)
      ?? state.people.find((p) => p.role === "admin") ?? state.people[0] ?? null;
    renderPeople();
  }

  function renderPeople() {
    const roles = { admin: t("RoleAdmin"), helpdesk: t("RoleHelpdesk"), user: t("RoleUser") };
    ui.person.replaceChildren(...state.people.map((p) => {
      const option = new Option(`${p.displayName} — ${roles[p.role] ?? p.role}`, p.aadObjectId);
      option.title = p.upn;
      return option;
    }));
    if (state.person) ui.person.value = state.person.aadObjectId;
  }

  // Events of this conversation, plus conversations the bot opened with the chosen person (proactive).
  function listen() {
    state.events?.close();
    const user = state.person?.aadObjectId ?? "";
    const source = new EventSource(`/playground/events?conversation=${encodeURIComponent(state.conversationId)}&user=${encodeURIComponent(user)}`);
    const handle = (kind) => (event) => {
      if (state.seen.has(event.lastEventId)) return;
      state.seen.add(event.lastEventId);
      const data = JSON.parse(event.data);
      if (kind === "delete") showDeleted(data.activityId);
      else if (data.activity?.type === "message") showBotActivity(data.activity, data.conversationId);
    };
    for (const kind of ["activity", "update", "delete"]) source.addEventListener(kind, handle(kind));
    source.onopen = () => { if (ui.notice.dataset.reason === "stream") notice(""); };
    source.onerror = () => notice(t("Reconnecting"), "stream");
    state.events = source;
  }

  function baseActivity(type, conversationId = state.conversationId) {
    const person = state.person;
    const now = new Date();
    return {
      type, id: newId(), channelId: "msteams", serviceUrl: location.origin + connectorPath,
      timestamp: now.toISOString(), localTimestamp: now.toISOString(), locale: state.locale,
      from: { id: `29:${person.aadObjectId}`, aadObjectId: person.aadObjectId, name: person.displayName, role: "user" },
      recipient: bot,
      conversation: { id: conversationId, tenantId: state.tenantId },
      channelData: { tenant: { id: state.tenantId } },
    };
  }

  // Posts one activity; activities go one after another, as a person's messages would. Resolves to the
  // response body (the invoke response for invokes), or null when the bot refused or could not be reached.
  function post(activity) {
    const sent = state.queue.then(async () => {
      try {
        const response = await fetch("/api/messages", {
          method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity),
        });
        if (response.status === 401 || response.status === 403) { notice(t("NeedsToken")); return null; }
        if (!response.ok) { notice(t("SendFailed", response.status)); return null; }
        const body = await response.text();
        return body ? JSON.parse(body) : {};
      } catch {
        notice(t("Unreachable"));
        return null;
      }
    });
    state.queue = sent.catch(() => null);
    return sent;
  }

  function bubble(kind, author, id) {
    const item = document.createElement("article");
    item.className = `bubble ${kind}`;
    if (id) item.dataset.activityId = id;
    const header = document.createElement("header");
    header.textContent = author;
    item.append(header);
    return item;
  }

  function append(item) {
    ui.transcript.append(item);
    item.scrollIntoView({ block: "end" });
  }

  function showOwn(text) {
    const item = bubble("me", state.person.displayName);
    const body = document.createElement("div");
    body.className = "text";
    body.textContent = text;
    item.append(body);
    append(item);
  }

  function showBotActivity(activity, conversationId) {
    const existing = ui.transcript.querySelector(`[data-activity-id="${CSS.escape(activity.id)}"]`);
    const item = bubble("bot", activity.from?.name || bot.name, activity.id);
    if (conversationId !== state.conversationId) {
      item.classList.add("other");
      item.querySelector("header").textContent += ` · ${t("OtherConversation")}`;
    }
    if (activity.text) {
      const text = document.createElement("div");
      text.className = "text";
      const rendered = {};
      markdown(activity.text, rendered);
      text.innerHTML = rendered.outputHtml;
      item.append(text);
    }
    for (const attachment of activity.attachments ?? []) {
      const host = document.createElement("div");
      host.className = "card";
      item.append(host);
      if (attachment.contentType === cardType) renderCard(attachment.content, host, { conversationId, activityId: activity.id });
      else host.textContent = attachment.name ?? attachment.contentType;
    }
    if (existing) existing.replaceWith(item); else append(item);
  }

  function showDeleted(activityId) {
    const existing = ui.transcript.querySelector(`[data-activity-id="${CSS.escape(activityId)}"]`);
    if (!existing) return;
    existing.replaceChildren(existing.querySelector("header"), Object.assign(document.createElement("div"), { className: "text deleted", textContent: t("Deleted") }));
  }

  // The small markdown subset Teams renders in messages and TextBlocks: **bold**, _italic_, [links](https://…), line
  // breaks, and backslash escapes (the bot escapes every character of people's text that markdown would read).
  function markdown(text, result) {
    const literals = [];
    const protectedText = text.replace(/\u0000/g, "").replace(/\\([!-\/:-@[-`{-~])/g, (_, c) => `\u0000${literals.push(c) - 1}\u0000`);
    const escaped = protectedText.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    result.outputHtml = escaped
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|\s)_(.+?)_(?=\s|[.,;:!?]|$)/g, "$1<em>$2</em>")
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
      .replace(/\n/g, "<br>")
      .replace(/\u0000(\d+)\u0000/g, (_, i) => `&#${literals[Number(i)].charCodeAt(0)};`);
    result.didProcess = true;
  }

  function renderCard(payload, host, context) {
    if (typeof AdaptiveCards === "undefined") {
      host.textContent = t("RendererMissing");
      return;
    }
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = markdown;
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: "system-ui, 'Segoe UI', sans-serif" });
    card.onExecuteAction = (action) => runAction(action, host, context);
    card.parse(payload);
    host.replaceChildren(card.render());
  }

  // What Teams sends for a click: Action.Execute is an adaptiveCard/action invoke whose HTTP response
  // carries a card (replaces the clicked one) or a message; Action.Submit is a message with a value.
  async function runAction(action, host, context) {
    const type = action.getJsonTypeName();
    if (type === "Action.OpenUrl") {
      window.open(action.url, "_blank", "noopener");
      return;
    }
    if (type !== "Action.Execute" && type !== "Action.Submit") return;
    const activity = baseActivity(type === "Action.Execute" ? "invoke" : "message", context.conversationId);
    activity.replyToId = context.activityId;
    if (type === "Action.Execute") {
      activity.name = "adaptiveCard/action";
      activity.value = { action: { type, id: action.id, title: action.title, verb: action.verb, data: action.data ?? {} }, trigger: "manual" };
    } else {
      activity.value = action.data ?? {};
    }
    host.classList.add("busy");
    host.setAttribute("aria-busy", "true");
    const response = await post(activity);
    host.classList.remove("busy");
    host.removeAttribute("aria-busy");
    if (response?.type === cardType && response.value) renderCard(response.value, host, context);
    else if (response?.type === messageType && response.value) showNote(host, String(response.value));
  }

  // Teams shows a message-type invoke response as a short-lived note by the card.
  function showNote(host, text) {
    host.parentElement.querySelector(".note")?.remove();
    const note = Object.assign(document.createElement("p"), { className: "note", textContent: text });
    host.after(note);
    setTimeout(() => note.remove(), 8000);
  }

  function sendText(text) {
    showOwn(text);
    const activity = baseActivity("message");
    activity.text = text;
    activity.textFormat = "plain";
    return post(activity);
  }

  function sendCsv(file) {
    const reader = new FileReader();
    reader.onload = () => {
      const base64 = String(reader.result).slice(String(reader.result).indexOf(",") + 1);
      const text = ui.message.value.trim();
      ui.message.value = "";
      showOwn([text, t("Attached", file.name)].filter(Boolean).join("\n"));
      const activity = baseActivity("message");
      if (text) activity.text = text;
      activity.attachments = [{ contentType: "text/csv", contentUrl: `data:text/csv;base64,${base64}`, name: file.name }];
      post(activity).then(loadPeople);
    };
    reader.readAsDataURL(file);
  }

  function startConversation() {
    loadPeople().catch(() => notice(t("Unreachable")));
    state.conversationId = newId();
    state.seen.clear();
    ui.transcript.replaceChildren(Object.assign(document.createElement("p"), { className: "intro", textContent: t("Intro") }));
    ui.transcript.firstChild.dataset.text = "Intro";
    listen();
  }

  async function main() {
    state.locale = localStorage.getItem("chatphone.locale") ?? (navigator.language.startsWith("fr") ? "fr-FR" : "en-US");
    ui.locale.value = state.locale;
    await loadPeople();
    await loadStrings();
    listen();

    ui.composer.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = ui.message.value.trim();
      if (!text || !state.person) return;
      ui.message.value = "";
      sendText(text);
    });
    ui.csv.addEventListener("change", () => {
      if (ui.csv.files.length > 0 && state.person) sendCsv(ui.csv.files[0]);
      ui.csv.value = "";
    });
    ui.person.addEventListener("change", () => {
      state.person = state.people.find((p) => p.aadObjectId === ui.person.value) ?? state.person;
      localStorage.setItem("chatphone.person", state.person.aadObjectId);
      listen();
    });
    ui.locale.addEventListener("change", () => {
      state.locale = ui.locale.value;
      localStorage.setItem("chatphone.locale", state.locale);
      loadStrings();
    });
    ui.newConversation.addEventListener("click", startConversation);
    document.body.dataset.ready = "true";
  }

  main().catch(() => notice(t("Unreachable")));
})();
