// Fieldwise page script: the live Socket.IO connection for logged-in people.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const body = document.body;
  if (!body.dataset.user || typeof window.io !== "function") {
    return;
  }
  const socket = window.io({ transports: ["websocket", "polling"] });
  socket.on("connect", () => { body.dataset.live = "connected"; });
  socket.on("disconnect", () => { body.dataset.live = "disconnected"; });
  window.fieldwise = { socket };
});
