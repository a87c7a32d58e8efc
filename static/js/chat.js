// Signaalwijzer chat: with JavaScript an answer is posted with fetch, and the server's HTML fragment
// (rendered by the same Mustache partials as the full page) is added as new chat bubbles: no page
// load, no history entry. Without this file every page works with plain form posts.
// Changing an answer, "previous question" and switching language stay normal form posts.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var form = document.getElementById("chat");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.Promise) {
    return;
  }
  var status = document.getElementById("chat-status");
  var motion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;
  var TYPING_MS = 600;   // a short, calm "typing" pause, only when motion is welcome
  // Without the pause the next question still waits this long, so that the second tap of a
  // double tap (shaky hands) lands on the old, busy question and not on the new one.
  var STEADY_MS = 300;
  var busy = false;
  var lastButton = null;

  // Back keeps its promise (see /privacy): one question back, not out of the conversation. The page
  // holds one extra history entry of the same address; Back lands on the entry below it, where we
  // show the previous question (the same page "Vorige vraag" gives) and put the extra entry back.
  // At the first question there is nothing to go back to: Back then goes on to the start page.
  if (window.history && history.pushState) {
    history.replaceState({ signaalwijzer: "base" }, "", location.href);
    history.pushState({ signaalwijzer: "step" }, "", location.href);
    window.addEventListener("popstate", function (event) {
      if (!event.state || event.state.signaalwijzer !== "base") {
        return; // e.g. back from the skip link's #main to the page itself
      }
      var previous = form.querySelector(".conversation-nav button[name=edit]");
      if (!previous) {
        history.back();
        return;
      }
      history.pushState({ signaalwijzer: "step" }, "", location.href);
      if (!busy) {
        busy = true;
        stepBack(previous);
      }
    });
  }

  // Browsers without SubmitEvent.submitter: remember the button that was pressed.
  form.addEventListener("click", function (event) {
    lastButton = event.target.closest ? event.target.closest("button") : null;
  });

  form.addEventListener("submit", function (event) {
    var button = event.submitter || lastButton;
    if (!button || button.name !== "a") {
      return; // change, previous question, language: a normal page load
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    send(button);
  });

  function send(button) {
    var current = document.getElementById("current");
    form.setAttribute("aria-busy", "true");
    button.classList.add("chosen");
    if (current) {
      current.classList.add("sending");
    }
    var reduceMotion = motion !== null && motion.matches; // asked each time: the setting can change
    var typing = reduceMotion || !current ? null : showTyping(current);
    var request = postForm(fields(button), true);
    var pause = new Promise(function (resolve) {
      setTimeout(resolve, reduceMotion ? STEADY_MS : TYPING_MS);
    });
    Promise.all([request, pause]).then(function (results) {
      show(results[0], current, typing, reduceMotion);
    }).catch(function () {
      fallback(button);
    });
  }

  // The hidden answers plus the pressed option: exactly what a plain form post would send.
  function fields(button) {
    var data = new URLSearchParams();
    var inputs = form.querySelectorAll("input[type=hidden]");
    for (var i = 0; i < inputs.length; i++) {
      data.append(inputs[i].name, inputs[i].value);
    }
    data.append(button.name, button.value);
    return data;
  }

  function showTyping(current) {
    var typing = document.createElement("p");
    typing.className = "bubble bubble-question typing";
    typing.setAttribute("aria-hidden", "true");
    for (var i = 0; i < 3; i++) {
      typing.appendChild(document.createElement("span"));
    }
    current.parentNode.insertBefore(typing, current.nextSibling);
    return typing;
  }

  function show(html, current, typing, reduceMotion) {
    var fragment = new DOMParser().parseFromString(html, "text/html").querySelector(".fragment");
    var answer = fragment && fragment.querySelector("input[name=a]");
    var turn = fragment && fragment.querySelector(".transcript > .turn");
    var next = fragment && fragment.querySelector("#current");
    var nav = fragment && fragment.querySelector(".conversation-nav");
    var transcript = form.querySelector(".transcript");
    var oldNav = form.querySelector(".conversation-nav");
    if (!answer || !turn || !next || !nav || !transcript || !oldNav || !current) {
      throw new Error("unexpected fragment");
    }
    form.insertBefore(document.adoptNode(answer), transcript);
    transcript.appendChild(document.adoptNode(turn));
    next = document.adoptNode(next);
    current.parentNode.replaceChild(next, current);
    if (typing && typing.parentNode) {
      typing.parentNode.removeChild(typing);
    }
    oldNav.parentNode.replaceChild(document.adoptNode(nav), oldNav);
    document.title = fragment.getAttribute("data-title") || document.title;

    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "start", behavior: reduceMotion ? "auto" : "smooth" });
    announce(next);
    datesForm();
    form.removeAttribute("aria-busy");
    busy = false;
  }

  // The days a checklist's deadlines count from. Their fields belong to the separate form "dates"
  // (conversation.mustache), so that Enter in a field sends the days and never changes an answer. An
  // outcome that came as a fragment brings the fields but not that form, and without it the fields and
  // their button do nothing: so it is made here, with the chat's own hidden fields. Sent by fetch, only the
  // outcome is replaced: no page load and no history entry, so the day is never in the browser's history.
  function datesForm() {
    if (!document.querySelector("[form=dates]")) {
      return;
    }
    var dates = document.getElementById("dates");
    if (!dates) {
      dates = document.createElement("form");
      dates.id = "dates";
      dates.method = "post";
      // the chat's own address keeps the organisation or location the page is in (/o/.../gesprek)
      dates.action = form.action.split("#")[0] + "#termijnen";
      form.parentNode.insertBefore(dates, form.nextSibling);
    }
    if (!dates.hasAttribute("data-enhanced")) {
      dates.setAttribute("data-enhanced", "");
      dates.addEventListener("submit", sendDays);
    }
  }

  // The answers as the chat form holds them now (a fragment or "previous question" may have changed them).
  function answersInto(dates) {
    var old = dates.querySelectorAll("input[type=hidden]");
    for (var i = 0; i < old.length; i++) {
      dates.removeChild(old[i]);
    }
    var inputs = form.querySelectorAll("input[type=hidden]");
    for (var j = 0; j < inputs.length; j++) {
      var copy = document.createElement("input");
      copy.type = "hidden";
      copy.name = inputs[j].name;
      copy.value = inputs[j].value;
      dates.appendChild(copy);
    }
  }

  function sendDays(event) {
    var dates = event.target;
    answersInto(dates);
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    var data = new URLSearchParams();
    for (var i = 0; i < dates.elements.length; i++) {
      var field = dates.elements[i];
      if (field.name && field.tagName === "INPUT") {
        data.append(field.name, field.value);
      }
    }
    data.append("dates", "1");
    var focused = document.activeElement && document.activeElement.name;
    postForm(data, false).then(function (html) {
      var outcome = new DOMParser().parseFromString(html, "text/html").getElementById("current");
      var current = document.getElementById("current");
      if (!outcome || !current || !outcome.querySelector("#termijnen")) {
        throw new Error("unexpected page");
      }
      current.parentNode.replaceChild(document.adoptNode(outcome), current);
      var block = document.getElementById("termijnen");
      var field = (focused && block.querySelector("[name='" + focused + "']")) || block.querySelector("input");
      field.focus({ preventScroll: true });
      block.scrollIntoView({ block: "nearest" });
      var result = block.querySelector(".day-error, .due-list");
      if (status && result) {
        status.textContent = "";
        setTimeout(function () {
          status.textContent = result.textContent.replace(/\s+/g, " ").trim();
        }, 50);
      }
      busy = false;
    }).catch(function () {
      // the plain way, as without this file (submit() sends no button: say which one it was)
      var button = document.createElement("input");
      button.type = "hidden";
      button.name = "dates";
      button.value = "1";
      dates.appendChild(button);
      dates.removeEventListener("submit", sendDays);
      dates.submit();
    });
  }

  datesForm();

  // The form's fields, posted as the form itself would post them; the answer as HTML text. With
  // `fragment`, the server sends only the new bubbles instead of the whole page.
  function postForm(params, fragment) {
    var headers = { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" };
    if (fragment) {
      headers["X-Signaalwijzer-Fragment"] = "1";
    }
    return fetch(form.getAttribute("action").split("#")[0], {
      method: "POST",
      headers: headers,
      body: params.toString(),
      credentials: "same-origin",
      cache: "no-store",
      redirect: "error"
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok || type.indexOf("text/html") !== 0) {
        throw new Error("not available: " + response.status);
      }
      return response.text();
    });
  }

  // The page "Vorige vraag" would load, fetched and put in place of the conversation: no page load.
  function stepBack(previous) {
    form.setAttribute("aria-busy", "true");
    postForm(fields(previous), false).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var chat = page.getElementById("chat");
      if (!chat || !chat.querySelector("#current")) {
        throw new Error("unexpected page");
      }
      while (form.firstChild) {
        form.removeChild(form.firstChild);
      }
      while (chat.firstChild) {
        form.appendChild(document.adoptNode(chat.firstChild));
      }
      document.title = page.title || document.title;
      var next = document.getElementById("current");
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: "start" });
      announce(next);
      form.removeAttribute("aria-busy");
      busy = false;
    }).catch(function () {
      fallback(previous);
    });
  }

  // The new question (or the outcome's heading) for screen readers, through the polite live region.
  function announce(next) {
    if (!status) {
      return;
    }
    var source = next.querySelector("legend") || next.querySelector("h2") || next;
    var text = source.textContent.replace(/\s+/g, " ").trim();
    // after an answer that signals danger the urgent actions come first: say them before the question
    var urgent = next.querySelectorAll(".urgent-now h2, .urgent-now .action h3");
    var first = [];
    for (var i = 0; i < urgent.length; i++) {
      first.push(urgent[i].textContent.replace(/\s+/g, " ").trim());
    }
    if (first.length) {
      text = first.join(". ") + ". " + text;
    }
    status.textContent = "";
    setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  // Anything unexpected (an error page, no network, an old browser): send the same form the plain way.
  function fallback(button) {
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = button.name;
    hidden.value = button.value;
    form.appendChild(hidden);
    form.submit();
  }
})();
