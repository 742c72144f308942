// Rashomon web app: highlight a claim's evidence in the accounts. No inline script (CSP).
"use strict";

function clearHighlights() {
  document.querySelectorAll(".ev.hl").forEach(function (el) { el.classList.remove("hl"); });
  document.querySelectorAll(".claim-button[aria-pressed='true']").forEach(function (b) {
    b.setAttribute("aria-pressed", "false");
  });
}

function highlightClaim(button) {
  var wasPressed = button.getAttribute("aria-pressed") === "true";
  clearHighlights();
  if (wasPressed) { return; }
  button.setAttribute("aria-pressed", "true");
  var first = null;
  (button.dataset.evidence || "").split(" ").filter(Boolean).forEach(function (key) {
    document.querySelectorAll(".ev").forEach(function (el) {
      if ((el.dataset.ev || "").split(" ").indexOf(key) >= 0) {
        el.classList.add("hl");
        if (!first) { first = el; }
      }
    });
  });
  if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
}

document.addEventListener("click", function (event) {
  var button = event.target.closest(".claim-button");
  if (button) { highlightClaim(button); }
});
