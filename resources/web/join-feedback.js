// Join page, feedback part: "How was today?" questions and optional equality monitoring.
// Sent once per phone; every text is placed with textContent, never as markup.
"use strict";

(function () {
  var page = window.WorkshopJoin;
  if (!page) return;

  page.addStrings("en", {
    "feedback.heading": "How was today?",
    "feedback.intro": "Tell us how the session went for you. Your answers are added up with everyone else's; nobody can see which answers are yours.",
    "feedback.send": "Send my feedback",
    "feedback.sending": "Sending…",
    "feedback.thanks": "Thank you. Your feedback has been sent.",
    "feedback.empty": "Answer at least one question first.",
    "feedback.skip": "You can leave out any question.",
    "monitoring.heading": "About you (you do not have to answer)",
    "monitoring.intro": "This helps us check whether we are hearing from everyone. It is kept apart from your other answers and is never linked to you or your phone.",
    "monitoring.none": "Choose an answer",
    "feedback.credit": "Faces: OpenMoji, CC BY-SA 4.0"
  });
  page.addStrings("cy", {
    "feedback.heading": "Sut oedd heddiw?",
    "feedback.intro": "Dywedwch wrthon ni sut aeth y sesiwn i chi. Mae eich atebion yn cael eu hadio at atebion pawb arall; does neb yn gallu gweld pa atebion yw'ch rhai chi.",
    "feedback.send": "Anfon fy adborth",
    "feedback.sending": "Yn anfon…",
    "feedback.thanks": "Diolch. Mae eich adborth wedi'i anfon.",
    "feedback.empty": "Atebwch o leiaf un cwestiwn yn gyntaf.",
    "feedback.skip": "Gallwch chi adael unrhyw gwestiwn allan.",
    "monitoring.heading": "Amdanoch chi (does dim rhaid i chi ateb)",
    "monitoring.intro": "Mae hyn yn ein helpu i weld a ydyn ni'n clywed gan bawb. Mae'n cael ei gadw ar wahân i'ch atebion eraill a dydy e byth yn cael ei gysylltu â chi na'ch ffôn.",
    "monitoring.none": "Dewiswch ateb",
    "feedback.credit": "Wynebau: OpenMoji, CC BY-SA 4.0"
  });

  // A face for each point of the scale and a rung for each step of the ladder: the answer is
  // told by picture and words, never by colour alone. The pictures are hidden from screen
  // readers, which read the words.
  // Faces from OpenMoji (CC BY-SA 4.0), shipped with the app in /static/face-N.svg.
  var FACES = { "1": true, "2": true, "3": true, "4": true, "5": true };
  var RUNGS = { "told": "1", "asked": "2", "influenced": "3", "designed": "4", "decided": "5" };

  var shownKey = null;
  var sent = false;

  function $(id) { return document.getElementById(id); }

  function choice(question, option, index) {
    var el = page.element;
    var row = el("div", "choice picture-choice");
    var input = el("input");
    input.type = "radio";
    input.name = "fb-" + question.id;
    input.value = option.value;
    input.id = "fb-" + question.id + "-" + index;
    row.appendChild(input);
    var label = el("label");
    label.htmlFor = input.id;
    var picture;
    if (question.kind === "scale") {
      picture = el("span", "picture");
      if (FACES[option.value]) {
        var image = el("img");
        image.src = "/static/face-" + option.value + ".svg";
        image.alt = "";
        picture.appendChild(image);
      }
    } else {
      picture = el("span", "picture rung rung-" + (RUNGS[option.value] || "0"), RUNGS[option.value] || "");
    }
    picture.setAttribute("aria-hidden", "true");
    label.appendChild(picture);
    label.appendChild(el("span", "words", option.text));
    row.appendChild(label);
    return row;
  }

  function questionField(question) {
    var el = page.element;
    if (question.kind === "text") {
      var field = el("div", "field");
      var label = el("label", "", question.text);
      label.htmlFor = "fb-" + question.id;
      field.appendChild(label);
      var area = el("textarea");
      area.id = "fb-" + question.id;
      area.rows = 3;
      area.maxLength = 1000;
      field.appendChild(area);
      return field;
    }
    var set = el("fieldset");
    set.appendChild(el("legend", "", question.text));
    (question.options || []).forEach(function (option, index) { set.appendChild(choice(question, option, index)); });
    return set;
  }

  function monitoringField(question) {
    var el = page.element;
    var field = el("div", "field");
    var label = el("label", "", question.text);
    label.htmlFor = "mon-" + question.id;
    field.appendChild(label);
    var select = el("select");
    select.id = "mon-" + question.id;
    var none = el("option", "", page.t("monitoring.none"));
    none.value = "";
    select.appendChild(none);
    question.options.forEach(function (option) {
      var item = el("option", "", option.text);
      item.value = option.value;
      select.appendChild(item);
    });
    field.appendChild(select);
    return field;
  }

  function build(block) {
    var el = page.element;
    var form = $("feedback-form");
    while (form.firstChild) form.removeChild(form.firstChild);
    form.appendChild(el("p", "hint", page.t("feedback.skip")));
    block.questions.forEach(function (question) { form.appendChild(questionField(question)); });
    if (block.monitoring && block.monitoring.length) {
      var details = el("details", "monitoring");
      details.appendChild(el("summary", "", page.t("monitoring.heading")));
      details.appendChild(el("p", "hint", page.t("monitoring.intro")));
      block.monitoring.forEach(function (question) { details.appendChild(monitoringField(question)); });
      form.appendChild(details);
    }
    var error = el("p", "error");
    error.id = "feedback-error";
    error.hidden = true;
    form.appendChild(error);
    var button = el("button", "", page.t("feedback.send"));
    button.type = "submit";
    button.id = "feedback-send";
    form.appendChild(button);
    form.appendChild(el("p", "hint credit", page.t("feedback.credit")));
  }

  function collect(block) {
    var answers = {};
    block.questions.forEach(function (question) {
      if (question.kind === "text") {
        var text = $("fb-" + question.id).value.trim();
        if (text) answers[question.id] = text;
      } else {
        var checked = document.querySelector("input[name='fb-" + question.id + "']:checked");
        if (checked) answers[question.id] = checked.value;
      }
    });
    var monitoring = {};
    (block.monitoring || []).forEach(function (question) {
      var value = $("mon-" + question.id).value;
      if (value) monitoring[question.id] = value;
    });
    return { answers: answers, monitoring: monitoring };
  }

  function showError(message) {
    var error = $("feedback-error");
    error.textContent = message;
    error.hidden = false;
    page.say(message, true);
  }

  function thank() {
    sent = true;
    $("feedback-form").hidden = true;
    $("feedback-thanks").hidden = false;
  }

  var current = null;

  function onSubmit(event) {
    event.preventDefault();
    if (!current || sent) return;
    var body = collect(current);
    if (!Object.keys(body.answers).length && !Object.keys(body.monitoring).length) {
      showError(page.t("feedback.empty"));
      return;
    }
    var button = $("feedback-send");
    button.disabled = true;
    button.textContent = page.t("feedback.sending");
    page.api("POST", "/feedback", body).then(function (result) {
      button.disabled = false;
      button.textContent = page.t("feedback.send");
      if (result.status === 201) {
        thank();
        page.say(page.t("feedback.thanks"), false);
      } else if (result.status === 400 || result.status === 409) {
        showError(result.data.error || page.t("error.general"));
        page.refresh();
      } else if (result.status === 0) {
        showError(page.t("error.connection"));
      } else {
        showError(result.data.error || page.t("error.general"));
      }
    });
  }

  page.onState(function (state) {
    var section = $("feedback-section");
    var block = state.feedback;
    section.hidden = !block;
    if (!block) { shownKey = null; current = null; return; }
    $("closed").hidden = true;
    current = block;
    if (block.answered) { thank(); return; }
    sent = false;
    $("feedback-form").hidden = false;
    $("feedback-thanks").hidden = true;
    var key = JSON.stringify([block.questions, block.monitoring]);
    if (key !== shownKey) {
      shownKey = key;
      build(block);
    }
  });

  // Deferred scripts run once the page is parsed, possibly after join.js translated it.
  var own = document.querySelectorAll("#feedback-section [data-t]");
  for (var i = 0; i < own.length; i++) own[i].textContent = page.t(own[i].getAttribute("data-t"));
  $("feedback-form").addEventListener("submit", onSubmit);
})();
