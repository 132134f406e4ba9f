// Join page, photos of paper: a table's host (or any phone the facilitator allows) photographs
// sticky notes; the laptop finds and reads them, and the facilitator reviews each one.
"use strict";

(function () {
  var page = window.WorkshopJoin;
  if (!page) return;

  // The laptop keeps at most 2,400 px; shrinking here first makes the upload about 1 MB.
  var MAX_SIDE = 2400;
  var SEND_TIMEOUT_MS = 120000;
  var SENT_TYPES = ["image/jpeg", "image/png", "image/webp"];

  page.addStrings("en", {
    "photo.heading": "Add a photo",
    "photo.intro": "Photograph the sticky notes on your table or wall. They go to the question chosen above, and the facilitator checks each note before it goes on the board. Faces in the photo are blurred.",
    "photo.choose": "Take or choose a photo",
    "photo.button": "Send photo",
    "photo.none": "Choose or take a photo first.",
    "photo.sending": "Sending the photo. Reading it takes a few seconds…",
    "photo.sent": "The photo is with the facilitator: {count} notes found. They check each one before it goes on the board.",
    "photo.wait": "You have sent several photos just now; wait a little, then send the next."
  });
  page.addStrings("cy", {
    "photo.heading": "Ychwanegu llun",
    "photo.intro": "Tynnwch lun o'r nodiadau gludiog ar eich bwrdd neu'r wal. Maen nhw'n mynd i'r cwestiwn a ddewiswyd uchod, ac mae'r hwylusydd yn gwirio pob nodyn cyn iddo fynd ar y bwrdd. Caiff wynebau yn y llun eu pylu.",
    "photo.choose": "Tynnu neu ddewis llun",
    "photo.button": "Anfon y llun",
    "photo.none": "Dewiswch neu tynnwch lun yn gyntaf.",
    "photo.sending": "Yn anfon y llun. Mae ei ddarllen yn cymryd ychydig eiliadau…",
    "photo.sent": "Mae'r llun gyda'r hwylusydd: daethpwyd o hyd i {count} nodyn. Maen nhw'n gwirio pob un cyn iddo fynd ar y bwrdd.",
    "photo.wait": "Rydych chi newydd anfon sawl llun; arhoswch ychydig, yna anfonwch yr un nesaf."
  });

  var section = document.getElementById("photo-section");
  var input = document.getElementById("photo-file");
  var button = document.getElementById("photo-button");
  var own = section.querySelectorAll("[data-t]");
  for (var i = 0; i < own.length; i++) own[i].textContent = page.t(own[i].getAttribute("data-t"));

  function shrunk(file) {
    // A smaller JPEG drawn from the photo; the file itself where the browser cannot.
    var asIs = Promise.resolve(file);
    if (typeof createImageBitmap !== "function" || !document.createElement("canvas").toBlob) {
      return asIs;
    }
    return createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) { resolve(blob || file); }, "image/jpeg", 0.88);
      });
    }, function () { return file; });
  }

  function send() {
    var file = input.files && input.files[0];
    if (!file) { page.say(page.t("photo.none"), true); return; }
    var column = document.getElementById("column").value;
    button.disabled = true;
    page.say(page.t("photo.sending"), false);
    shrunk(file).then(function (photo) {
      if (SENT_TYPES.indexOf(photo.type) < 0) photo = new Blob([photo], { type: "image/jpeg" });
      var path = "/photos" + (column ? "?column=" + encodeURIComponent(column) : "");
      return page.api("POST", path, photo, null, SEND_TIMEOUT_MS);
    }).then(function (result) {
      button.disabled = false;
      if (result.status === 201) {
        input.value = "";
        page.say(page.t("photo.sent", { count: result.data.notes_found }), false);
      } else if (result.status === 429) {
        page.say(page.t("photo.wait"), true);
      } else if (result.status === 0) {
        page.say(page.t("error.connection"), true);
      } else {
        page.say(result.data.error || page.t("error.general"), true);
      }
    });
  }

  button.addEventListener("click", send);
  page.onState(function (state) {
    section.hidden = !(state.photos && state.can_add_notes);
  });
})();
