// Signaalwijzer: small enhancements only; every page works without this file.
(function () {
  "use strict";
  var exitLink = document.querySelector("[data-quick-exit]");
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    document.title = "";
    window.location.replace(exitLink ? exitLink.href : "https://www.google.nl/");
  }
  if (exitLink) { exitLink.addEventListener("click", quickExit); }
})();
