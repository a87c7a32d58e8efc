// Signaalwijzer "Lees voor": reads the current question, its help and its options, or an outcome's first step,
// with the browser's own speech synthesis. Only a voice on this device (localService): a network voice
// would send what is read, the advice that tells someone's story, to a speech service. Never the default
// voice as a fallback, for the same reason. Without such a voice for the page's language the button
// stays hidden, as it does without JavaScript. Never on a kiosk: read out in a hall, bystanders hear it.
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var form = document.getElementById("chat");
  if (!synth || !window.SpeechSynthesisUtterance || !form || document.body.classList.contains("kiosk")) {
    return;
  }
  // "nl" matches "nl-NL", "nl-BE" and Android's "nl_NL"; the page's own lang, never a guess.
  var lang = primary(document.documentElement.lang);
  var voice = null;
  var speaking = null; // the button whose reading is under way

  function primary(tag) {
    return String(tag || "").toLowerCase().replace("_", "-").split("-")[0];
  }

  function chooseVoice() {
    var voices = synth.getVoices() || [];
    voice = null;
    for (var i = 0; i < voices.length && !voice; i++) {
      if (voices[i].localService === true && lang && primary(voices[i].lang) === lang) {
        voice = voices[i];
      }
    }
    offer();
  }

  // Shown only with a local voice; chat.js puts in new questions with the button hidden, so look again.
  function offer() {
    var buttons = form.querySelectorAll("[data-read-aloud]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = !voice;
    }
    if (!voice && speaking) {
      stop();
    }
  }

  function words(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  // What the button's own question or first step says, each part its own utterance: a pause between
  // them, and no long utterance that some browsers cut off.
  function parts(button) {
    var place = button.closest("#current, .with-urgent") || form;
    var question = place.querySelector(".bubble-question .question-text");
    var list = [];
    if (question) {
      // the help says what the question means: for someone who cannot read it, as much part of it
      list.push(words(question), words(place.querySelector(".bubble-question .help")));
      var options = place.querySelectorAll(".bubble-question button.option");
      for (var i = 0; i < options.length; i++) {
        list.push(words(options[i]));
      }
    } else {
      var first = place.querySelector(".first-action");
      list.push(words(first && first.querySelector("h3")));
      list.push(words(first && first.querySelector(":scope > p")));
    }
    return list.filter(function (text) { return text !== ""; });
  }

  function label(button, reading) {
    if (!button.hasAttribute("data-start")) {
      button.setAttribute("data-start", button.textContent);
    }
    button.textContent = button.getAttribute(reading ? "data-stop" : "data-start");
  }

  function stop() {
    if (speaking) {
      label(speaking, false);
      speaking = null;
    }
    synth.cancel();
  }

  function read(button) {
    var list = parts(button);
    stop();
    if (!voice || !list.length) {
      return;
    }
    speaking = button;
    label(button, true);
    list.forEach(function (text, index) {
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === list.length - 1) {
        utterance.onend = utterance.onerror = function () {
          if (speaking === button) {
            label(button, false);
            speaking = null;
          }
        };
      }
      synth.speak(utterance);
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-read-aloud]") : null;
    if (!button) {
      return;
    }
    if (speaking === button) {
      stop();
    } else {
      read(button);
    }
  });
  // An answer, a change or a language switch: what is being read is no longer the question on screen.
  form.addEventListener("submit", stop);
  window.addEventListener("pagehide", stop);
  if (window.MutationObserver) {
    new MutationObserver(function () {
      if (speaking && !document.contains(speaking)) {
        stop();
      }
      offer();
    }).observe(form, { childList: true, subtree: true });
  }
  if (synth.addEventListener) {
    synth.addEventListener("voiceschanged", chooseVoice);
  } else {
    synth.onvoiceschanged = chooseVoice;
  }
  chooseVoice();
})();
