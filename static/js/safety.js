// Signaalwijzer safety shell: quick exit, harmless history, kiosk reset.
// Every page works without this file; it only makes leaving faster and leaves fewer traces.
// No storage of any kind (no cookies, localStorage, sessionStorage, IndexedDB): state lives in variables.
(function () {
  "use strict";
  var root = document.documentElement;
  var body = document.body;
  var exitLink = document.querySelector("[data-quick-exit]");
  var status = document.querySelector("[data-quick-exit-status]");
  var kiosk = body.hasAttribute("data-kiosk-idle");
  // The start page of the organisation or location this page is in ("/" or "/o/zorggroep/zuid/"): a kiosk in
  // Zuid that clears its screen must come back to Zuid, with Zuid's numbers.
  var home = new URL(body.getAttribute("data-home") || "/", location.href).href;
  var homePath = new URL(home).pathname;

  // A page reached by a form POST carries answers. Re-committing its history entry as a plain GET of
  // the same address means "back" or "reload" asks the server again, which only shows the start page,
  // instead of offering to send the answers once more.
  if (window.history && history.replaceState) {
    history.replaceState(null, "", location.href);
  }

  // Hide everything at once, then replace this history entry so "back" does not return to it.
  function leaveTo(url) {
    root.style.display = "none"; // CSSOM, allowed under the strict CSP (unlike a style attribute)
    // Stop any reading aloud (voice.js) at once: bystanders must not hear the rest of the advice.
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    document.title = "\u200b";
    location.replace(url);
  }

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    // On a kiosk, leaving means clearing the screen for the next person, never going to another site.
    leaveTo(kiosk || !exitLink ? home : exitLink.href);
  }

  if (exitLink) { exitLink.addEventListener("click", quickExit); }

  // Restored from the back-forward cache (some browsers do this even for no-store pages):
  // a conversation page must not come back with its answers.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && /\/gesprek$/.test(location.pathname)) { leaveTo(home); }
  });

  // Keyboard: Shift three times (like GOV.UK), or Esc twice within a second (like NSW).
  var shiftPresses = 0;
  var shiftTimer = null;
  var shiftUsedAsModifier = false;
  var lastEscape = 0;

  function announce(left) {
    if (status) { status.textContent = left > 0 ? (status.getAttribute("data-shift-" + left) || "") : ""; }
  }

  function resetShift() {
    shiftPresses = 0;
    clearTimeout(shiftTimer);
    announce(0);
  }

  function isTyping(element) {
    if (!element) { return false; }
    if (element.isContentEditable || element.tagName === "TEXTAREA" || element.tagName === "SELECT") { return true; }
    if (element.tagName !== "INPUT") { return false; }
    return !/^(button|submit|reset|radio|checkbox|image|hidden)$/i.test(element.type);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") { return; }
    if (event.shiftKey) { shiftUsedAsModifier = true; } // Shift+A is a capital letter, not a press
    resetShift();
    if (event.key === "Escape" || event.key === "Esc") {
      if (isTyping(document.activeElement)) { lastEscape = 0; return; }
      var now = Date.now();
      if (now - lastEscape < 1000) { quickExit(event); return; }
      lastEscape = now;
    } else {
      lastEscape = 0;
    }
    if (kiosk && (event.ctrlKey || event.metaKey) && (event.key === "p" || event.key === "P")) {
      event.preventDefault(); // a kiosk does not print
    }
  }, true);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    if (shiftUsedAsModifier) { shiftUsedAsModifier = false; return; }
    shiftPresses += 1;
    clearTimeout(shiftTimer);
    if (shiftPresses >= 3) { quickExit(null); return; }
    announce(3 - shiftPresses);
    shiftTimer = setTimeout(resetShift, 5000);
  }, true);

  if (!kiosk) { return; }

  // Kiosk: after a quiet while, announce a countdown that any touch or key cancels; then reset.
  var idleMs = parseInt(body.getAttribute("data-kiosk-idle"), 10) * 1000;
  var countdownFrom = parseInt(body.getAttribute("data-kiosk-countdown"), 10);
  var dialog = document.querySelector("[data-kiosk-dialog]");
  var seconds = dialog && dialog.querySelector("[data-kiosk-seconds]");
  var stay = dialog && dialog.querySelector("[data-kiosk-stay]");
  var idleTimer = null;
  var tickTimer = null;
  var left = 0;
  // The plain start page holds nothing of anyone, so it does not need a countdown.
  var clean = location.pathname === homePath && !location.search;

  function reset() { leaveTo(home); }

  function tick() {
    left -= 1;
    if (left <= 0) { clearInterval(tickTimer); reset(); return; }
    seconds.textContent = String(left);
  }

  function openCountdown() {
    left = countdownFrom;
    seconds.textContent = String(left);
    dialog.hidden = false;
    stay.focus();
    tickTimer = setInterval(tick, 1000);
  }

  function restartIdle() {
    clearTimeout(idleTimer);
    if (!clean && dialog) { idleTimer = setTimeout(openCountdown, idleMs); }
  }

  function activity() {
    if (dialog && !dialog.hidden) {
      clearInterval(tickTimer);
      dialog.hidden = true;
    }
    restartIdle();
  }

  ["pointerdown", "keydown", "touchstart", "wheel", "scroll", "input"].forEach(function (type) {
    document.addEventListener(type, activity, { capture: true, passive: true });
  });
  if (stay) { stay.addEventListener("click", activity); }
  Array.prototype.forEach.call(document.querySelectorAll("[data-kiosk-clear]"), function (clear) {
    clear.addEventListener("click", function (event) { event.preventDefault(); reset(); });
  });
  restartIdle();
})();
