// The console's only script (CSP: script-src 'self'): the pending queue follows the approver's
// events live, and each request's time left counts down. Every page works without it.
"use strict";

function tick() {
  const now = Date.now() / 1000;
  for (const el of document.querySelectorAll(".countdown[data-expires]")) {
    const left = Math.max(0, Math.round(Number(el.dataset.expires) - now));
    el.textContent = left > 0 ? `${Math.floor(left / 60)} min ${left % 60} s left` : "expired";
  }
}

function follow(pending) {
  const live = document.getElementById("live");
  let refreshing = Promise.resolve();
  const refresh = () => {
    refreshing = refreshing.then(async () => {
      const focused = document.activeElement && document.activeElement.closest(".approval");
      if (focused && pending.contains(focused)) return; // never pull a form away from someone typing in it
      const answer = await fetch(pending.dataset.source, { headers: { Accept: "text/html-fragment" }, credentials: "same-origin" });
      if (answer.ok) { pending.innerHTML = await answer.text(); tick(); }
    }).catch(() => {});
  };
  const events = new EventSource(pending.dataset.events);
  events.addEventListener("ready", () => { live.textContent = "live"; refresh(); });
  events.addEventListener("approval", refresh);
  events.onerror = () => { live.textContent = "reconnecting…"; };
}

document.addEventListener("DOMContentLoaded", () => {
  const pending = document.getElementById("pending");
  if (pending) follow(pending);
  tick();
  setInterval(tick, 1000);
});
