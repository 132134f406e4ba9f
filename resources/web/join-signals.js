// Join page, jargon card: three buttons any phone can press at any time, anonymously.
"use strict";

(function () {
  var page = window.WorkshopJoin;
  if (!page) return;

  page.addStrings("en", {
    "signals.heading": "Tell the facilitator",
    "signals.jargon": "Jargon!",
    "signals.slow_down": "Slow down",
    "signals.speak": "I'd like to speak",
    "signals.sent": "The facilitator can see your card. Nobody knows it was you.",
    "signals.wait": "Your card was seen; wait a moment before pressing it again."
  });
  page.addStrings("cy", {
    "signals.heading": "Dweud wrth yr hwylusydd",
    "signals.jargon": "Jargon!",
    "signals.slow_down": "Arafwch",
    "signals.speak": "Hoffwn i siarad",
    "signals.sent": "Mae'r hwylusydd yn gallu gweld eich cerdyn. Does neb yn gwybod mai chi oedd e.",
    "signals.wait": "Mae eich cerdyn wedi'i weld; arhoswch ychydig cyn ei bwyso eto."
  });

  function press(kind) {
    page.api("POST", "/signals", { kind: kind }).then(function (result) {
      if (result.status === 201) page.say(page.t("signals.sent"), false);
      else if (result.status === 429) page.say(page.t("signals.wait"), true);
      else page.say(result.data.error || page.t("error.general"), true);
    });
  }

  var own = document.querySelectorAll("#signals-section [data-t]");
  for (var i = 0; i < own.length; i++) own[i].textContent = page.t(own[i].getAttribute("data-t"));
  var buttons = document.querySelectorAll("#signals-section button[data-kind]");
  for (var j = 0; j < buttons.length; j++) {
    (function (button) {
      button.addEventListener("click", function () { press(button.getAttribute("data-kind")); });
    })(buttons[j]);
  }
})();
