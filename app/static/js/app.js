// Fieldwise page script: the live Socket.IO connection, confirmations, votes without a reload,
// and the tag picker that shows each tag's guiding context. Pages work without it.
"use strict";

function connectLive() {
  const body = document.body;
  if (!body.dataset.user || typeof window.io !== "function") {
    return;
  }
  const socket = window.io({ transports: ["websocket", "polling"] });
  let connectedBefore = false;
  socket.on("connect", () => {
    body.dataset.live = "connected";
    if (connectedBefore) { resync(); }  // what was sent while the connection was down
    connectedBefore = true;
  });
  socket.on("disconnect", () => { body.dataset.live = "disconnected"; });
  // The message queue between the server processes failed (paused) or answers again
  // (resumed): what was sent meanwhile may not have come live, so the page asks for it.
  socket.on("live", (news) => {
    body.dataset.live = news.state === "paused" ? "paused" : "connected";
    if (news.state === "resumed") { resync(); }
  });
  socket.on("points", showPoints);
  socket.on("notifications", showNotifications);
  window.fieldwise = { socket, openChannel: null, watching: null };
  chatUnread(socket);
  presence(socket);
}

// Catch up after live updates paused: the header's counts and points from /live, and a
// "fieldwise:resync" event for the page's own parts (chat.js fetches the messages it missed).
async function resync() {
  document.dispatchEvent(new CustomEvent("fieldwise:resync"));
  const response = await fetch("/live", { headers: { Accept: "application/json" } });
  if (!response.ok) { return; }
  const state = await response.json();
  showNotifications({ unread: state.notifications, items: [] });
  showPoints({ total: state.points, points: 0, reasons: [], badges: [] });
  document.dispatchEvent(new CustomEvent("fieldwise:counts", { detail: state.chat }));
}

// Who is online (any open tab, on any server process): the page says it is still here every
// 30 seconds, and marks people as they come and go.
function presence(socket) {
  window.setInterval(() => { if (socket.connected) { socket.emit("chat_here", {}); } }, 30000);
  socket.on("presence", (news) => {
    document.querySelectorAll(`[data-presence="${news.user_id}"]`).forEach((el) => {
      el.classList.toggle("is-online", news.online);
      el.textContent = news.online ? "online" : "away";
    });
    // Counted from the list when it holds every member (a large channel's lists only some).
    document.querySelectorAll("[data-members-complete] [data-online-count]").forEach((el) => {
      el.textContent = el.closest("details").querySelectorAll(".presence.is-online").length;
    });
  });
}

// An unread count as its badge shows it: the server counts up to 100 (app/numbers.py).
function unreadLabel(count) {
  return count >= 100 ? "99+" : String(count);
}

// Unread chat messages per channel (from the page, then live): the header's total and the chat
// sidebar's counts. A message by someone else in a channel the person is in counts, unless its
// channel is open and in view (the chat page marks it read); reading elsewhere (another tab)
// sends the channel's new count.
function chatUnread(socket) {
  const counts = JSON.parse(document.body.dataset.chatCounts || "{}");
  const me = Number(document.body.dataset.user);
  const show = () => {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    document.querySelectorAll("[data-chat-unread-total]").forEach((el) => {
      el.textContent = unreadLabel(total);
      el.hidden = total === 0;
    });
    document.querySelectorAll("[data-chat-unread]").forEach((el) => {
      const n = counts[el.dataset.chatUnread] || 0;
      el.textContent = unreadLabel(n);
      el.hidden = n === 0;
      el.parentElement.classList.toggle("is-unread", n > 0);
    });
  };
  socket.on("chat_message", (message) => {
    const open = window.fieldwise.openChannel === message.channel_id && !document.hidden;
    const watched = window.fieldwise.watching === message.channel_id;  // public, not joined
    if (message.author.id === me || message.parent_id !== null || open || watched) { return; }
    counts[message.channel_id] = (counts[message.channel_id] || 0) + 1;
    show();
  });
  socket.on("chat_read", (read) => {
    counts[read.channel_id] = read.unread;
    show();
  });
  socket.on("chat_joined", (joined) => socket.emit("chat_subscribe", { channel_id: joined.channel_id }));
  document.addEventListener("fieldwise:counts", (event) => {
    Object.keys(counts).forEach((channel) => { delete counts[channel]; });
    Object.assign(counts, event.detail);
    show();
  });
  show();
}

// Points and badges just earned (sent after the commit that earned them): the totals of this
// person on the page are updated, and a toast says why, for a few seconds.
function showPoints(news) {
  const me = document.body.dataset.user;
  if (news.total !== null && news.total !== undefined) {
    document.querySelectorAll(`[data-points-total][data-points-user="${me}"]`).forEach((el) => {
      el.textContent = news.total;
    });
  }
  if (news.points) {
    const reason = news.reasons.length === 1 ? news.reasons[0].replace(/^[+-]\d+ /, "") : `${news.reasons.length} changes`;
    toast(`${news.points > 0 ? "+" : ""}${news.points} points: ${reason}`, news.points < 0);
  }
  news.badges.forEach((badge) => toast(`Badge earned: ${badge.name} (${badge.tier})`, false));
}

function toast(text, loss) {
  const toasts = document.querySelector("[data-toasts]");
  if (!toasts) { return; }
  const item = document.createElement("p");
  item.className = loss ? "toast toast-loss" : "toast";
  item.textContent = text;
  toasts.append(item);
  window.setTimeout(() => item.remove(), 8000);
}

// Notifications (sent after the commit that caused them, to every open tab of the person, and
// again when they are read elsewhere): the header's unread count, and a toast for each new one.
function showNotifications(news) {
  document.querySelectorAll("[data-unread-count]").forEach((el) => { el.textContent = unreadLabel(news.unread); });
  document.querySelectorAll("[data-notifications-link]").forEach((el) => {
    el.classList.toggle("has-unread", news.unread > 0);
  });
  news.items.forEach((item) => toast(item.text, false));
}

// Forms, or their buttons, with data-confirm ask before they are sent (delete buttons).
function confirmForms() {
  document.addEventListener("submit", (event) => {
    const asking = [event.submitter, event.target].find((el) => el && el.dataset && el.dataset.confirm);
    const message = asking && asking.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
}

// Vote buttons: send the vote with fetch and update the score in place.
function voteInPlace() {
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!form.matches("[data-vote-form]") || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    const button = event.submitter;
    const data = new FormData(form);
    data.set("value", button.value);
    const response = await fetch(form.action, {
      method: "POST", body: data, headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok) {
      window.alert((result.error && result.error.message) || "The vote was not counted.");
      return;
    }
    form.querySelector(".score").textContent = result.score;
    const [up, down] = form.querySelectorAll("button");
    up.value = result.my_vote === 1 ? "clear" : "up";
    down.value = result.my_vote === -1 ? "clear" : "down";
    up.classList.toggle("voted", result.my_vote === 1);
    down.classList.toggle("voted", result.my_vote === -1);
    up.setAttribute("aria-pressed", String(result.my_vote === 1));
    down.setAttribute("aria-pressed", String(result.my_vote === -1));
  });
}

// The tag picker: suggestions (with category and description) for the word being typed, and the
// guiding context of every tag already chosen.
function tagPickers() {
  const known = new Map();
  const suggest = async (text) => {
    const response = await fetch(`/tags/suggest?q=${encodeURIComponent(text)}`,
      { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) { return []; }
    const { tags } = await response.json();
    tags.forEach((tag) => {
      known.set(tag.name, tag);
      if (tag.synonym) { known.set(tag.synonym, tag); }
    });
    return tags;
  };

  document.querySelectorAll("input[data-tag-input]").forEach((input, index) => {
    const list = document.createElement("ul");
    list.className = "tag-suggestions";
    list.id = `tag-suggestions-${index}`;
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.after(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    const form = input.closest("form");
    const context = form && form.querySelector("[data-tag-context]");
    let active = -1;

    const words = () => input.value.split(/[\s,]+/).filter(Boolean);
    const showContext = async () => {
      if (!context) { return; }
      const chosen = words();
      await Promise.all(chosen.filter((w) => !known.has(w)).map((w) => suggest(w)));
      context.replaceChildren(...chosen.filter((w) => known.has(w)).map((w) => {
        const tag = known.get(w);
        const item = document.createElement("p");
        const name = document.createElement("strong");
        name.textContent = tag.name;
        item.append(name, ` (${tag.category})${w !== tag.name ? `, for “${w}”` : ""}: ${tag.description}`);
        return item;
      }));
    };
    const close = () => {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    };
    const pick = (name) => {
      const parts = input.value.split(/([\s,]+)/);
      parts[parts.length - 1] = name;
      input.value = `${parts.join("")} `;
      close();
      input.focus();
      showContext();
    };
    const highlight = (n) => {
      const options = list.querySelectorAll("li");
      if (!options.length) { return; }
      active = (n + options.length) % options.length;
      options.forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", options[active].id);
    };

    const typed = () => (input.value.endsWith(" ") ? "" : (input.value.split(/[\s,]+/).pop() || ""));
    input.addEventListener("input", async () => {
      const current = typed();
      if (!current) { close(); showContext(); return; }
      const tags = await suggest(current);
      // Answers can arrive out of order: one for an earlier keystroke must not replace the list.
      if (typed() !== current) { return; }
      // The option the person moved to stays chosen when a later answer refreshes the list:
      // else an Enter meant for it would submit the form instead.
      const kept = active >= 0 ? list.querySelectorAll("li")[active]?.dataset.name : null;
      list.replaceChildren(...tags.map((tag, i) => {
        const li = document.createElement("li");
        li.id = `${list.id}-${i}`;
        li.setAttribute("role", "option");
        li.dataset.name = tag.name;
        const name = document.createElement("strong");
        name.textContent = tag.name;
        const about = document.createElement("small");
        about.textContent = `${tag.synonym ? `for “${tag.synonym}” · ` : ""}${tag.category}: ${tag.description}`;
        li.append(name, about);
        li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(tag.name); });
        return li;
      }));
      list.hidden = tags.length === 0;
      input.setAttribute("aria-expanded", String(!list.hidden));
      active = -1;
      const again = tags.findIndex((tag) => tag.name === kept);
      if (again >= 0) { highlight(again); }
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(list.querySelectorAll("li")[active].dataset.name);
      } else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", () => { close(); showContext(); });
    showContext();
  });
}

// While a question's title is typed, show answered questions like it (debounced), so a rep
// finds the answer before asking again.
function similarQuestions() {
  const input = document.querySelector("input[data-similar]");
  const box = document.querySelector("[data-similar-list]");
  if (!input || !box) return;
  const list = box.querySelector("ul");
  let timer = null;
  let asked = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const title = input.value.trim();
      if (title.length < 8 || title === asked) return;
      asked = title;
      const response = await fetch(`/search/similar?title=${encodeURIComponent(title)}`,
                                   { headers: { Accept: "application/json" } });
      if (!response.ok || title !== input.value.trim()) return;
      const { questions } = await response.json();
      list.replaceChildren(...questions.map((question) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = question.url;
        link.textContent = question.title;
        link.target = "_blank";
        item.append(link);
        if (question.accepted) {
          const mark = document.createElement("small");
          mark.className = "badge badge-verified";
          mark.textContent = "accepted answer";
          item.append(" ", mark);
        }
        return item;
      }));
      box.hidden = questions.length === 0;
    }, 300);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  connectLive();
  confirmForms();
  voteInPlace();
  tagPickers();
  similarQuestions();
});
