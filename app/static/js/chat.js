// Fieldwise chat page: the open channel's history (latest page first, older pages on scroll),
// its live messages, edits, deletes and typing, the composer, and the thread beside it.
// Messages are sent over the page's one Socket.IO connection (app.js) and saved before anyone
// gets them; message HTML comes sanitised from the server, names are set as text.
"use strict";

document.addEventListener("DOMContentLoaded", () => {  // after app.js has connected
  const room = document.querySelector("[data-chat-room]");
  if (!room || !window.fieldwise) { return; }
  const { socket } = window.fieldwise;
  const channelId = Number(room.dataset.chatRoom);
  const me = Number(room.dataset.chatMe);
  const myProfile = room.dataset.chatMyProfile;  // where an @mention of me links to
  const member = room.dataset.chatMember === "yes";
  const open = room.dataset.chatArchived !== "yes";
  const url = room.dataset.chatMessagesUrl;
  const list = room.querySelector("[data-chat-list]");
  const older = room.querySelector("[data-chat-older]");
  const empty = room.querySelector("[data-chat-empty]");
  const typingLine = room.querySelector("[data-chat-typing]");
  const thread = document.querySelector("[data-chat-thread]");
  const threadId = thread ? Number(thread.dataset.chatThread) : null;
  const threadList = thread ? thread.querySelector("[data-chat-thread-list]") : null;
  let oldest = null;
  let newest = 0;

  window.fieldwise.openChannel = channelId;
  if (!member) { window.fieldwise.watching = channelId; }

  function time(iso) {
    const at = new Date(iso);
    return at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  }

  function render(message) {
    const item = document.createElement("article");
    item.className = "chat-message";
    item.id = `message-${message.id}`;
    item.dataset.chatMessage = message.id;
    const avatar = document.createElement("span");
    avatar.className = `avatar avatar-${message.author.colour} avatar-small`;
    avatar.setAttribute("aria-hidden", "true");
    avatar.textContent = message.author.initials;
    const head = document.createElement("p");
    head.className = "chat-meta";
    const name = document.createElement("strong");
    name.textContent = message.author.name;
    const when = document.createElement("small");
    when.textContent = ` ${time(message.created_at)}`;
    head.append(avatar, " ", name, when);
    const body = document.createElement("div");
    body.className = "chat-body";
    item.append(head, body);
    fill(item, message);
    return item;
  }

  // The parts of a message that change: its text, the edited/deleted marks, replies, actions.
  function fill(item, message) {
    const body = item.querySelector(".chat-body");
    item.classList.toggle("is-deleted", message.deleted);
    let mentionsMe = false;
    if (message.deleted) {
      body.textContent = "This message was deleted.";
    } else {
      body.innerHTML = message.html;  // sanitised on the server (app/markdown.py)
      body.querySelectorAll("a.mention").forEach((link) => {
        if (link.getAttribute("href") === myProfile && message.author.id !== me) {
          link.classList.add("is-me");
          mentionsMe = true;
        }
      });
      if (message.edited) {
        const mark = document.createElement("small");
        mark.className = "chat-edited";
        mark.textContent = " (edited)";
        body.append(mark);
      }
    }
    item.classList.toggle("mentions-me", mentionsMe);
    item.querySelector(".chat-mentions-me")?.remove();
    if (mentionsMe) {
      const mark = document.createElement("small");
      mark.className = "chat-mentions-me";
      mark.textContent = " · mentions you";
      item.querySelector(".chat-meta").append(mark);
    }
    item.dataset.body = message.body || "";
    item.querySelectorAll(".chat-actions").forEach((el) => el.remove());
    if (message.deleted) { return; }
    const actions = document.createElement("p");
    actions.className = "chat-actions";
    if (message.parent_id === null && !threadList?.contains(item)) {
      const replies = document.createElement("a");
      replies.href = `?thread=${message.id}`;
      replies.dataset.replies = message.reply_count;
      replies.textContent = message.reply_count ? `${message.reply_count} ${message.reply_count === 1 ? "reply" : "replies"}` : "Reply in thread";
      actions.append(replies);
    }
    if (message.promoted_url) {
      const link = document.createElement("a");
      link.href = message.promoted_url;
      link.className = "chat-promoted";
      link.textContent = "In Q&A →";
      actions.append(link);
    } else if (message.promotable && member && open) {
      const link = document.createElement("a");
      link.href = `/chat/messages/${message.id}/promote`;
      link.textContent = "Make this a question";
      actions.append(link);
    }
    if (message.author.id === me && open) {
      actions.append(button("Edit", () => startEdit(item)), button("Delete", () => {
        if (window.confirm("Delete this message?")) {
          socket.emit("chat_delete", { message_id: Number(item.dataset.chatMessage) }, showAck(null));
        }
      }));
    }
    if (actions.childNodes.length) { item.append(actions); }
  }

  function button(label, action) {
    const el = document.createElement("button");
    el.type = "button";
    el.className = "link-button";
    el.textContent = label;
    el.addEventListener("click", action);
    return el;
  }

  function startEdit(item) {
    const body = item.querySelector(".chat-body");
    const form = document.createElement("form");
    form.className = "chat-edit";
    const box = document.createElement("textarea");
    box.value = item.dataset.body;
    box.maxLength = 4000;
    box.setAttribute("aria-label", "Edit the message");
    const error = document.createElement("small");
    error.className = "field-error";
    form.append(box, button("Cancel", () => { form.remove(); body.hidden = false; }));
    const save = document.createElement("button");
    save.type = "submit";
    save.textContent = "Save";
    form.append(save, error);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      socket.emit("chat_edit", { message_id: Number(item.dataset.chatMessage), body: box.value },
        showAck(error, () => { form.remove(); body.hidden = false; }));
    });
    body.hidden = true;
    body.after(form);
    box.focus();
  }

  function showAck(errorEl, done) {
    return (ack) => {
      if (ack && ack.error) {
        if (errorEl) { errorEl.textContent = ack.error.message; } else { window.alert(ack.error.message); }
        return;
      }
      if (errorEl) { errorEl.textContent = ""; }
      if (done) { done(ack); }
    };
  }

  function place(target, message, atEnd) {
    if (document.getElementById(`message-${message.id}`)) { return; }
    const item = render(message);
    if (atEnd) { target.append(item); } else { target.insertBefore(item, older ? older.nextSibling : target.firstChild); }
  }

  function markRead() {
    if (member && newest && !document.hidden) {
      socket.emit("chat_read", { channel_id: channelId, message_id: newest });
    }
  }

  async function load(before) {
    const query = new URLSearchParams();
    if (before) { query.set("before", before); }
    const response = await fetch(`${url}?${query}`, { headers: { Accept: "application/json" } });
    if (!response.ok) { return; }
    const page = await response.json();
    const keep = list.scrollHeight - list.scrollTop;
    page.messages.slice().reverse().forEach((message) => place(list, message, false));
    if (page.messages.length) {
      oldest = page.messages[0].id;
      newest = Math.max(newest, page.messages[page.messages.length - 1].id);
    }
    older.hidden = !page.older;
    empty.hidden = list.querySelector("[data-chat-message]") !== null;
    if (before) { list.scrollTop = list.scrollHeight - keep; } else { list.scrollTop = list.scrollHeight; }
    markRead();
  }

  async function loadThread() {
    if (!threadList) { return; }
    const response = await fetch(`${url}?thread=${threadId}&limit=100`, { headers: { Accept: "application/json" } });
    if (!response.ok) { return; }
    const page = await response.json();
    page.messages.forEach((message) => place(threadList, message, true));
    threadList.scrollTop = threadList.scrollHeight;
  }

  // Live updates paused, or the connection dropped: fetch what came since the newest message
  // shown (and the open thread), each placed once and in order.
  async function catchUp() {
    if (!newest) { await load(null); await loadThread(); return; }
    let more = true;
    while (more) {
      const response = await fetch(`${url}?after=${newest}&limit=100`, { headers: { Accept: "application/json" } });
      if (!response.ok) { return; }
      const page = await response.json();
      const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      page.messages.forEach((message) => place(list, message, true));
      if (page.messages.length) {
        newest = Math.max(newest, page.messages[page.messages.length - 1].id);
        empty.hidden = true;
        if (atBottom) { list.scrollTop = list.scrollHeight; }
      }
      more = page.newer && page.messages.length > 0;
    }
    markRead();
    await loadThread();
  }
  document.addEventListener("fieldwise:resync", catchUp);

  socket.on("chat_message", (message) => {
    if (message.channel_id !== channelId) { return; }
    if (message.parent_id === null) {
      const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      place(list, message, true);
      empty.hidden = true;
      newest = Math.max(newest, message.id);
      if (atBottom || message.author.id === me) { list.scrollTop = list.scrollHeight; }
      markRead();
    } else if (message.parent_id === threadId) {
      place(threadList, message, true);
      threadList.scrollTop = threadList.scrollHeight;
    }
    if (message.parent_id !== null) {
      const root = document.getElementById(`message-${message.parent_id}`);
      if (root && list.contains(root)) {
        const link = root.querySelector(".chat-actions a");
        if (link) {
          const n = Number(link.dataset.replies || 0) + 1;
          link.dataset.replies = n;
          link.textContent = `${n} ${n === 1 ? "reply" : "replies"}`;
        }
      }
    }
    clearTyping(message.author.id);
  });

  socket.on("chat_message_changed", (message) => {
    const item = document.getElementById(`message-${message.id}`);
    if (item) { fill(item, message); }
  });

  // Typing: who is writing here now (each name fades after a few seconds without news).
  const typing = new Map();
  function showTyping() {
    const names = [...typing.values()].map((t) => t.name);
    typingLine.textContent = names.length === 0 ? "" :
      names.length === 1 ? `${names[0]} is typing…` : `${names.join(", ")} are typing…`;
  }
  function clearTyping(userId) {
    const entry = typing.get(userId);
    if (entry) { window.clearTimeout(entry.timer); typing.delete(userId); showTyping(); }
  }
  socket.on("chat_typing", (news) => {
    if (news.channel_id !== channelId || news.user.id === me) { return; }
    clearTyping(news.user.id);
    typing.set(news.user.id, { name: news.user.name, timer: window.setTimeout(() => clearTyping(news.user.id), 5000) });
    showTyping();
  });

  document.querySelectorAll("[data-chat-composer]").forEach((form) => {
    const box = form.querySelector("textarea");
    const error = form.querySelector("[data-chat-error]");
    const parent = form.dataset.chatParent ? Number(form.dataset.chatParent) : null;
    let lastTyping = 0;
    const send = () => {
      if (!box.value.trim()) { return; }
      socket.emit("chat_send", { channel_id: channelId, body: box.value, parent_id: parent },
        showAck(error, () => { box.value = ""; }));
    };
    form.addEventListener("submit", (event) => { event.preventDefault(); send(); });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        send();
      }
    });
    box.addEventListener("input", () => {
      const now = Date.now();
      if (now - lastTyping > 3000) {
        lastTyping = now;
        socket.emit("chat_typing", { channel_id: channelId, parent_id: parent });
      }
    });
  });

  older.querySelector("button").addEventListener("click", () => load(oldest));
  list.addEventListener("scroll", () => {
    if (list.scrollTop < 20 && !older.hidden && oldest) { older.hidden = true; load(oldest); }
  });
  document.addEventListener("visibilitychange", markRead);
  // Receive the channel live (a member's page is in its room already; a public channel's
  // reader joins it here), again after every reconnection.
  const subscribe = () => socket.emit("chat_subscribe", { channel_id: channelId });
  socket.on("connect", subscribe);
  if (socket.connected) { subscribe(); }
  // Taken out of this channel (left in another tab, removed), or it became private while
  // this page reads it from outside: the server sends nothing more, so show the page anew.
  // (Not while this page sends a form: its own "Leave" leads elsewhere.)
  let sending = false;
  document.addEventListener("submit", (event) => { sending ||= !event.defaultPrevented; });
  const showAnew = () => { if (!sending) { location.reload(); } };
  socket.on("chat_left", (left) => { if (left.channel_id === channelId) { showAnew(); } });
  socket.on("chat_channel", (news) => {
    if (news.channel_id === channelId && news.private && !member) { showAnew(); }
  });
  load(null);
  loadThread();
});
