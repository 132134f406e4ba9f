// Join page: join with a role, add notes, vote. Follows the session over a stream the server
// pushes changes on (GET /events, Server-Sent Events read with fetch): one plain GET /state first,
// then each change arrives as the same small delta /state would answer; a change too large for
// one event is fetched with /state (compressed) and the stream opened again. Where the stream does
// not work (no streaming fetch, a reply that is not a stream, nothing within 10 s, or two quick
// failures while /state answers), the page falls back for good to long polling /state (the server
// holds the question until something changes), and from that to plain polling every 1.5 s where
// holding a request open does not work either.
// Every piece of text from people or the server is placed with textContent, never as markup.
"use strict";

(function () {
  var POLL_MS = 1500;
  var REQUEST_TIMEOUT_MS = 8000;
  var WAIT_S = 25; // how long the server may hold a question open (its limit is 25 s)

  var STRINGS = {
    en: {
      "title": "Join the workshop",
      "skip": "Skip to main content",
      "join.heading": "Join the workshop",
      "join.host": "I am this table's host: I write down what people at the table say",
      "join.facilitator": "This is the facilitator's own link. From this phone you can send photos of sticky notes and flipcharts to your computer, as well as notes.",
      "join.facilitatorWrong": "That facilitator link is not valid; scan the one on the facilitator's computer again.",
      "join.hostHint": "You choose who spoke for each note; Enter adds it (Shift+Enter for a new line). Their words are saved under their role, not your name.",
      "table.name": "Your table: {name}",
      "add.speaker": "Who said it?",
      "speaker.byName": "By name (people who agreed to be named)",
      "speaker.byRole": "By role",
      "speaker.lived_experience": "Someone who uses the service, or has lived experience",
      "speaker.carer": "A carer",
      "speaker.community": "A community member",
      "speaker.professional": "Someone who works in or with the service",
      "speaker.observer": "An observer",
      "speaker.facilitator": "The facilitator",
      "join.intro": "Share your ideas from your phone. What you write goes only to the facilitator's computer in this room.",
      "join.role": "How are you taking part? (you must choose one)",
      "join.roleMissing": "Choose how you are taking part.",
      "join.name": "Your name (you can leave this empty)",
      "join.consent": "You can use my name in the written record of this workshop",
      "join.consentHint": "If you leave this unticked, the record shows your role only, not your name.",
      "join.access": "Is there anything we should know to help you take part? (you can leave this empty)",
      "join.accessHint": "Only the organisers see your answer. It never goes on the board or in the record.",
      "join.button": "Join",
      "join.joining": "Joining…",
      "role.lived_experience": "I use the service, or have lived experience",
      "role.carer": "I am a carer",
      "role.community": "I am a community member",
      "role.professional": "I work in or with the service",
      "role.observer": "I am here to watch and listen",
      "work.heading": "Your ideas",
      "stage.now": "Now: {name}",
      "stage.changed": "The facilitator has moved on to: {name}",
      "add.heading": "Add a note",
      "add.column": "Which question is your note about?",
      "add.text": "Your note",
      "add.button": "Send note",
      "add.empty": "Write your note first.",
      "add.count": "{n} of {max} characters",
      "add.closed": "Adding notes is closed at the moment. Listen to the facilitator for what happens next.",
      "add.sent": "Your note was sent.",
      "add.queued": "No connection. Your note is kept and will be sent when the connection is back.",
      "harvest.heading": "Take to the plenary",
      "harvest.intro": "Tick the notes your table wants to share with the whole room.",
      "harvest.none": "There are no notes at your table yet.",
      "harvest.mark": "Take this note to the plenary",
      "harvest.in": "Already in the plenary",
      "harvest.marked": "Marked for the plenary.",
      "harvest.unmarked": "No longer marked for the plenary.",
      "vote.heading": "Vote for the ideas that matter most",
      "vote.left": "You have {n} of {max} dots left.",
      "vote.none": "You have used all your dots. Thank you.",
      "vote.button": "Give a dot",
      "vote.yours": "Your dots on this note: {n}",
      "vote.mine": "Your note",
      "vote.done": "Your dot was added.",
      "vote.empty": "There are no notes to vote on yet.",
      "mine.heading": "Your notes",
      "mine.none": "You have not added any notes yet.",
      "mine.waiting": "Waiting for the facilitator to approve it",
      "mine.sending": "Sending…",
      "mine.said": "Said by: {who}",
      "mine.column": "Question: {title}",
      "ended.heading": "This live session has closed",
      "ended.body": "Thank you for taking part. Your notes are saved on the facilitator's computer.",
      "error.connection": "Cannot reach the facilitator's computer. Trying again…",
      "error.back": "Connected again.",
      "error.slow": "Too many requests at once. Trying again in a moment.",
      "error.blocked": "The facilitator has stopped this phone from taking part.",
      "error.general": "Something went wrong. Please try again."
    },
    cy: {
      "title": "Ymuno â'r gweithdy",
      "skip": "Neidio i'r prif gynnwys",
      "join.heading": "Ymuno â'r gweithdy",
      "join.host": "Fi yw gwesteiwr y bwrdd hwn: rwy'n ysgrifennu'r hyn y mae pobl wrth y bwrdd yn ei ddweud",
      "join.facilitator": "Dyma ddolen yr hwylusydd ei hun. O'r ffôn hwn gallwch anfon lluniau o nodiadau gludiog a siartiau troi i'ch cyfrifiadur, yn ogystal â nodiadau.",
      "join.facilitatorWrong": "Nid yw'r ddolen hwylusydd honno'n ddilys; sganiwch yr un ar gyfrifiadur yr hwylusydd eto.",
      "join.hostHint": "Rydych chi'n dewis pwy a siaradodd ar gyfer pob nodyn; mae Enter yn ei ychwanegu (Shift+Enter am linell newydd). Caiff eu geiriau eu cadw o dan eu rôl, nid o dan eich enw chi.",
      "table.name": "Eich bwrdd: {name}",
      "add.speaker": "Pwy a'i dywedodd?",
      "speaker.byName": "Wrth eu henw (pobl a gytunodd i gael eu henwi)",
      "speaker.byRole": "Wrth eu rôl",
      "speaker.lived_experience": "Rhywun sy'n defnyddio'r gwasanaeth, neu sydd â phrofiad bywyd",
      "speaker.carer": "Gofalwr",
      "speaker.community": "Aelod o'r gymuned",
      "speaker.professional": "Rhywun sy'n gweithio yn y gwasanaeth neu gydag ef",
      "speaker.observer": "Arsylwr",
      "speaker.facilitator": "Yr hwylusydd",
      "join.intro": "Rhannwch eich syniadau o'ch ffôn. Mae'r hyn rydych chi'n ei ysgrifennu yn mynd i gyfrifiadur yr hwylusydd yn yr ystafell hon yn unig.",
      "join.role": "Sut ydych chi'n cymryd rhan? (rhaid i chi ddewis un)",
      "join.roleMissing": "Dewiswch sut rydych chi'n cymryd rhan.",
      "join.name": "Eich enw (gallwch adael hwn yn wag)",
      "join.consent": "Cewch ddefnyddio fy enw yng nghofnod ysgrifenedig y gweithdy hwn",
      "join.consentHint": "Os na fyddwch chi'n ticio hwn, bydd y cofnod yn dangos eich rôl yn unig, nid eich enw.",
      "join.access": "Oes unrhyw beth y dylen ni ei wybod i'ch helpu i gymryd rhan? (gallwch adael hwn yn wag)",
      "join.accessHint": "Dim ond y trefnwyr sy'n gweld eich ateb. Nid yw byth yn mynd ar y bwrdd nac yn y cofnod.",
      "join.button": "Ymuno",
      "join.joining": "Yn ymuno…",
      "role.lived_experience": "Rwy'n defnyddio'r gwasanaeth, neu mae gen i brofiad bywyd",
      "role.carer": "Rwy'n ofalwr",
      "role.community": "Rwy'n aelod o'r gymuned",
      "role.professional": "Rwy'n gweithio yn y gwasanaeth neu gydag ef",
      "role.observer": "Rwyf yma i wylio a gwrando",
      "work.heading": "Eich syniadau",
      "stage.now": "Nawr: {name}",
      "stage.changed": "Mae'r hwylusydd wedi symud ymlaen i: {name}",
      "add.heading": "Ychwanegu nodyn",
      "add.column": "Am ba gwestiwn mae eich nodyn?",
      "add.text": "Eich nodyn",
      "add.button": "Anfon nodyn",
      "add.empty": "Ysgrifennwch eich nodyn yn gyntaf.",
      "add.count": "{n} o {max} nod",
      "add.closed": "Does dim modd ychwanegu nodiadau ar hyn o bryd. Gwrandewch ar yr hwylusydd i glywed beth sy'n digwydd nesaf.",
      "add.sent": "Mae eich nodyn wedi'i anfon.",
      "add.queued": "Dim cysylltiad. Mae eich nodyn yn cael ei gadw a bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.",
      "harvest.heading": "Mynd â nhw i'r sesiwn lawn",
      "harvest.intro": "Ticiwch y nodiadau mae eich bwrdd am eu rhannu gyda'r ystafell gyfan.",
      "harvest.none": "Does dim nodiadau wrth eich bwrdd eto.",
      "harvest.mark": "Mynd â'r nodyn hwn i'r sesiwn lawn",
      "harvest.in": "Eisoes yn y sesiwn lawn",
      "harvest.marked": "Wedi'i farcio ar gyfer y sesiwn lawn.",
      "harvest.unmarked": "Dim wedi'i farcio ar gyfer y sesiwn lawn mwyach.",
      "vote.heading": "Pleidleisiwch dros y syniadau sydd bwysicaf",
      "vote.left": "Mae gennych {n} o {max} dot ar ôl.",
      "vote.none": "Rydych chi wedi defnyddio eich holl ddotiau. Diolch.",
      "vote.button": "Rhoi dot",
      "vote.yours": "Eich dotiau ar y nodyn hwn: {n}",
      "vote.mine": "Eich nodyn chi",
      "vote.done": "Mae eich dot wedi'i ychwanegu.",
      "vote.empty": "Does dim nodiadau i bleidleisio arnyn nhw eto.",
      "mine.heading": "Eich nodiadau",
      "mine.none": "Dydych chi ddim wedi ychwanegu unrhyw nodiadau eto.",
      "mine.waiting": "Yn aros i'r hwylusydd ei gymeradwyo",
      "mine.sending": "Yn anfon…",
      "mine.said": "Dywedwyd gan: {who}",
      "mine.column": "Cwestiwn: {title}",
      "ended.heading": "Mae'r sesiwn fyw hon wedi cau",
      "ended.body": "Diolch am gymryd rhan. Mae eich nodiadau wedi'u cadw ar gyfrifiadur yr hwylusydd.",
      "error.connection": "Methu cyrraedd cyfrifiadur yr hwylusydd. Yn rhoi cynnig arall arni…",
      "error.back": "Wedi ailgysylltu.",
      "error.slow": "Gormod o geisiadau ar unwaith. Yn rhoi cynnig arall arni mewn munud.",
      "error.blocked": "Mae'r hwylusydd wedi atal y ffôn hwn rhag cymryd rhan.",
      "error.general": "Aeth rhywbeth o'i le. Rhowch gynnig arall arni."
    }
  };

  function pickLanguage() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i] || "").toLowerCase().split("-")[0];
      if (Object.prototype.hasOwnProperty.call(STRINGS, base)) return base;
    }
    return "en";
  }

  var lang = pickLanguage();

  function t(key, values) {
    var text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
    if (values) {
      Object.keys(values).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(values[name]));
      });
    }
    return text;
  }

  function $(id) { return document.getElementById(id); }

  function translatePage() {
    document.documentElement.lang = lang;
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-t"));
    document.title = t("title");
  }

  // ----- storage (may be unavailable in private browsing) ------------------------------------

  var code = decodeURIComponent((location.pathname.split("/")[2] || "")).toUpperCase();
  // A table's own code (?table=ID) joins at that table; the server checked the id already.
  var tableParam = new URLSearchParams(location.search).get("table");
  var table = tableParam && /^[0-9]{1,18}$/.test(tableParam) ? parseInt(tableParam, 10) : null;
  // The facilitator's own link (shown only on their laptop) ends in #facilitator=KEY: after the
  // "#", so the key never travels in a page request, only in the join request's body.
  var keyMatch = /^#facilitator=([A-Za-z0-9_-]{1,200})$/.exec(location.hash);
  var facilitatorKey = keyMatch ? keyMatch[1] : null;
  var place = code + (table === null ? "" : ":" + table) + (facilitatorKey ? ":facilitator" : "");
  var tokenKey = "workshop-live-token:" + place;
  var outboxKey = "workshop-live-outbox:" + place;
  // A host's notes are other people's words, filed under nobody's name, so the server's list of
  // this phone's own notes leaves them out: the page keeps what it sent, to show the host.
  var scribedKey = "workshop-live-scribed:" + place;

  function load(key, fallback) {
    try { var raw = window.localStorage.getItem(key); return raw ? JSON.parse(raw) : fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* kept in memory only */ }
  }
  function forget(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing stored */ }
  }

  var token = load(tokenKey, null);
  var outbox = load(outboxKey, []); // notes typed but not yet acknowledged: retried with their client_id
  var scribed = load(scribedKey, []); // a host's notes the server acknowledged (newest last)
  var lastState = null;
  var lastStateText = "";
  var lastStageName = null;
  var connectionProblem = false;
  var ended = false;
  var pollTimer = null;

  function newClientId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes); // randomUUID needs https; this works on a local address
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // ----- HTTP --------------------------------------------------------------------------------

  function api(method, path, body, ifNoneMatch, timeoutMs) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, timeoutMs || REQUEST_TIMEOUT_MS);
    var headers = { "Accept": "application/json" };
    // A Blob (a photo) goes as it is, with its own type; anything else as JSON.
    var raw = typeof Blob !== "undefined" && body instanceof Blob;
    if (body !== undefined) headers["Content-Type"] = raw ? body.type : "application/json";
    if (token) headers["Authorization"] = "Bearer " + token;
    if (ifNoneMatch) headers["If-None-Match"] = ifNoneMatch;
    return fetch("/api/" + encodeURIComponent(code) + path, {
      method: method,
      headers: headers,
      body: body === undefined || raw ? body : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      signal: controller.signal
    }).then(function (response) {
      clearTimeout(timer);
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data, etag: response.headers.get("ETag") };
      });
    }, function (error) {
      clearTimeout(timer);
      return { status: 0, data: {}, error: error };
    });
  }

  function say(message, problem) {
    var status = $("status");
    status.textContent = message;
    status.className = problem ? "status problem" : "status";
  }

  function handleCommon(result) {
    // Statuses that mean the same thing whatever was asked.
    if (result.status === 0) {
      if (!connectionProblem) { connectionProblem = true; say(t("error.connection"), true); }
      return true;
    }
    if (connectionProblem) { connectionProblem = false; say(t("error.back"), false); }
    if (result.status === 404) { showEnded(); return true; }
    if (result.status === 401) { token = null; forget(tokenKey); showJoin(); return true; }
    if (result.status === 403) { say(t("error.blocked"), true); stopPolling(); return true; }
    if (result.status === 429) { say(t("error.slow"), true); return true; }
    return false;
  }

  // ----- views -------------------------------------------------------------------------------

  function show(viewId, headingId) {
    ["join-view", "work-view", "ended-view"].forEach(function (id) { $(id).hidden = id !== viewId; });
    if (headingId) $(headingId).focus();
  }

  function showJoin() {
    stopPolling();
    show("join-view", null);
  }

  function showEnded() {
    ended = true;
    stopPolling();
    forget(tokenKey);
    forget(outboxKey);
    forget(scribedKey);
    show("ended-view", "ended-heading");
    say("", false);
  }

  // Stop following the session (the page left the work view, or this phone was blocked).
  function stopPolling() {
    clearPollTimer();
    stopStream();
    if (resumeTimer !== null) { clearTimeout(resumeTimer); resumeTimer = null; }
  }

  function clearPollTimer() {
    if (pollTimer !== null) { clearTimeout(pollTimer); pollTimer = null; }
  }

  // Following: the ETag and version of what this page holds, and whether long polling works.
  var etag = null;
  var pushWorks = true;
  var pushFailures = 0;
  var polling = false;

  function schedulePoll(delay) {
    clearPollTimer();
    if (!ended && token) pollTimer = setTimeout(poll, delay === undefined ? POLL_MS : delay);
  }

  // What this page holds, for the server to answer with only what changed since.
  function stateQuery() {
    var query = ["lang=" + lang];
    if (lastState && typeof lastState.version === "number") query.push("since=" + lastState.version);
    return query;
  }

  // Start following the session: by the stream where it works, else by polling.
  function follow() {
    if (streaming) resume();
    else poll();
  }

  // Called after every action (and by the page's parts) to bring the change the action made.
  function poll() {
    if (streaming) {
      // The stream brings it; while the stream is being reopened, ask once instead.
      if (!stream) ask(null);
      return;
    }
    clearPollTimer();
    if (polling) return; // the question in flight will bring the change
    polling = true;
    var wait = pushWorks ? WAIT_S : 0;
    var query = stateQuery();
    if (wait) query.push("wait=" + wait);
    var asked = Date.now();
    var path = "/state?" + query.join("&");
    api("GET", path, undefined, lastState ? etag : null, (wait + 10) * 1000).then(function (result) {
      polling = false;
      if (result.status === 200 || result.status === 304) {
        if (connectionProblem) { connectionProblem = false; say(t("error.back"), false); }
        if (result.status === 200) {
          etag = result.etag;
          render(merge(result.data));
        }
        flushOutbox();
        // An unchanged answer that came back at once means something on the way does not
        // hold questions open: poll at a steady pace instead.
        if (wait && result.status === 304 && Date.now() - asked < 1000) pushWorks = false;
        pushFailures = 0;
        schedulePoll(pushWorks ? 0 : POLL_MS);
        return;
      }
      if (result.status === 0 && pushWorks && ++pushFailures >= 2) pushWorks = false;
      if (handleCommon(result) && (result.status === 404 || result.status === 401 || result.status === 403)) {
        return;
      }
      schedulePoll();
    });
  }

  // ----- following by the stream ------------------------------------------------------------

  var STREAM_OPEN_MS = 10000; // nothing at all this long after opening: the stream does not work here
  var STREAM_SILENT_MS = 40000; // the server says something every 15 s: this is a dead stream
  var STREAM_STALE_MS = 20000; // a keepalive missed
  var RETRY_FIRST_MS = 1000;
  var RETRY_MAX_MS = 15000;
  var FAILURES_APART_MS = 60000; // two failures further apart than this are not "in a row"

  var streaming = canStream(); // following by the stream; false once fallen back to polling
  var stream = null; // the stream open or opening now
  var resumeTimer = null;
  var retryMs = RETRY_FIRST_MS;
  var streamFailures = 0; // streams in a row that ended having sent nothing but their opening
  var lastFailureAt = 0;
  var asking = false; // a plain GET /state in flight
  var askWaiters = [];

  function canStream() {
    return typeof fetch === "function" && typeof ReadableStream !== "undefined" &&
      typeof TextDecoder !== "undefined" && typeof AbortController !== "undefined" &&
      typeof Response !== "undefined" && "body" in Response.prototype;
  }

  // One plain GET /state (compressed; how a change too large for an event comes), then each
  // waiter is told whether it was answered. A refusal that stops the page tells no one.
  function ask(then) {
    if (then) askWaiters.push(then);
    if (asking) return;
    asking = true;
    api("GET", "/state?" + stateQuery().join("&"), undefined, lastState ? etag : null).then(function (result) {
      asking = false;
      var waiters = askWaiters;
      askWaiters = [];
      var answered = result.status === 200 || result.status === 304;
      if (answered) {
        if (connectionProblem) { connectionProblem = false; say(t("error.back"), false); }
        if (result.status === 200) {
          etag = result.etag;
          render(merge(result.data));
        }
        flushOutbox();
      } else if (handleCommon(result) && (result.status === 404 || result.status === 401 || result.status === 403)) {
        return;
      }
      waiters.forEach(function (waiter) { waiter(answered); });
    });
  }

  // Get up to date with a plain question, then open the stream (or try again later).
  function resume() {
    resumeTimer = null;
    ask(function (answered) {
      if (answered) openStream();
      else retryLater(resume);
    });
  }

  function retryLater(action) {
    if (resumeTimer !== null || !streaming || ended || !token) return;
    // Spread out, so a room's phones do not all come back in the same instant.
    var delay = Math.min(retryMs * (0.8 + Math.random() * 0.4), RETRY_MAX_MS);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    resumeTimer = setTimeout(function () { resumeTimer = null; action(); }, delay);
  }

  function stopStream() {
    var current = stream;
    if (!current) return;
    stream = null; // first: what the abort rejects is then ignored
    clearTimeout(current.timer);
    current.controller.abort();
  }

  // Follow by polling for the rest of this page's life.
  function fallBack() {
    streaming = false;
    stopStream();
    if (resumeTimer !== null) { clearTimeout(resumeTimer); resumeTimer = null; }
    poll();
  }

  function openStream() {
    if (stream || !streaming || ended || !token) return;
    var current = { controller: new AbortController(), timer: null, heard: false, heardAt: 0, frames: 0, delivered: false };
    stream = current;
    current.timer = setTimeout(function () { streamEnded(current, "silent"); }, STREAM_OPEN_MS);
    var headers = { "Accept": "text/event-stream", "Authorization": "Bearer " + token };
    if (lastState && etag) headers["If-None-Match"] = etag;
    fetch("/api/" + encodeURIComponent(code) + "/events?" + stateQuery().join("&"), {
      method: "GET",
      headers: headers,
      cache: "no-store",
      credentials: "omit",
      signal: current.controller.signal
    }).then(function (response) {
      if (stream !== current) return;
      var type = response.headers.get("Content-Type") || "";
      if (response.status === 200 && type.indexOf("text/event-stream") === 0 &&
          response.body && typeof response.body.getReader === "function") {
        readStream(current, response.body.getReader());
        return;
      }
      var status = response.status;
      if (status === 401 || status === 403 || status === 404 || status === 429 || status === 503) {
        // Refused like any question (503: the server is full for now; the stream will do later).
        response.json().catch(function () { return {}; }).then(function (data) {
          if (stream !== current) return;
          stopStream();
          handleCommon({ status: status, data: data });
          if (status === 429 || status === 503) retryLater(resume);
        });
        return;
      }
      fallBack(); // something on the way does not let a stream through
    }, function () { streamEnded(current, "dropped"); });
  }

  function readStream(current, reader) {
    var decoder = new TextDecoder();
    var buffer = "";
    var carry = "";
    function next() {
      reader.read().then(function (chunk) {
        if (stream !== current) return;
        if (chunk.done) { streamEnded(current, "dropped"); return; }
        heard(current);
        var text = carry + decoder.decode(chunk.value, { stream: true });
        // A "\r" at the end may be the first half of a "\r\n" still on its way.
        carry = text.charAt(text.length - 1) === "\r" ? "\r" : "";
        buffer += text.slice(0, text.length - carry.length).replace(/\r\n?/g, "\n");
        var end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          var frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          onFrame(current, frame);
          if (stream !== current) return;
        }
        next();
      }, function () { streamEnded(current, "dropped"); });
    }
    next();
  }

  // Bytes arrived: the stream is alive (a dead one is noticed after a silence).
  function heard(current) {
    current.heardAt = Date.now();
    clearTimeout(current.timer);
    current.timer = setTimeout(function () { streamEnded(current, "dropped"); }, STREAM_SILENT_MS);
    if (current.heard) return;
    current.heard = true;
    retryMs = RETRY_FIRST_MS;
    if (connectionProblem) { connectionProblem = false; say(t("error.back"), false); }
    flushOutbox(); // the connection works: send what waits
  }

  // The stream has shown it works here: an event, or a keepalive after its opening.
  function delivered(current) {
    current.delivered = true;
    streamFailures = 0;
  }

  function onFrame(current, frame) {
    current.frames += 1;
    var type = "message";
    var id = null;
    var data = [];
    frame.split("\n").forEach(function (line) {
      if (!line || line.charAt(0) === ":") return; // a comment (": open", ": keepalive")
      var colon = line.indexOf(":");
      var field = colon < 0 ? line : line.slice(0, colon);
      var value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.charAt(0) === " ") value = value.slice(1);
      if (field === "event") type = value;
      else if (field === "id") id = value;
      else if (field === "data") data.push(value);
    });
    if (current.frames > 1 && type !== "state") delivered(current);
    if (type === "state" && data.length) {
      var state;
      try { state = JSON.parse(data.join("\n")); } catch (e) { streamEnded(current, "dropped"); return; }
      delivered(current);
      if (id) etag = id;
      render(merge(state));
      flushOutbox();
    } else if (type === "fetch") {
      // Too large for an event: the server ends this stream; ask (compressed), then reopen.
      stopStream();
      resume();
    }
  }

  // A phone whose screen was off may have lost the stream without a word: one that missed a
  // keepalive is opened again as the page comes back into view, not after the full silence.
  function onVisible() {
    var current = stream;
    if (document.visibilityState !== "visible" || !current || !current.heard) return;
    if (Date.now() - current.heardAt > STREAM_STALE_MS) streamEnded(current, "dropped");
  }

  // The stream ended or failed. One plain question brings what it may have missed and tells
  // a network that is down (say so, try again later) from a stream that does not get through.
  function streamEnded(current, how) {
    if (stream !== current) return;
    stopStream();
    var counted = !current.delivered;
    if (counted) {
      var now = Date.now();
      streamFailures = now - lastFailureAt < FAILURES_APART_MS ? streamFailures + 1 : 1;
      lastFailureAt = now;
    }
    ask(function (answered) {
      if (!streaming) return;
      if (!answered) {
        if (counted) streamFailures -= 1; // the network's fault, not the stream's
        retryLater(resume);
      } else if ((how === "silent" && !current.heard) || streamFailures >= 2) {
        fallBack();
      } else {
        retryLater(openStream);
      }
    });
  }

  // The server sends only what changed since our version: fold it into what we hold.
  function merge(data) {
    var base = lastState || {};
    var state = {};
    Object.keys(data).forEach(function (key) { state[key] = data[key]; });
    if (!Object.prototype.hasOwnProperty.call(data, "notes")) {
      state.notes = base.notes || [];
      state.votes_left = base.votes_left;
      state.my_dots = base.my_dots || {};
    }
    var ballot = data.ballot || [];
    if (data.delta) {
      var byId = {};
      (base.ballot || []).forEach(function (n) { byId[n.id] = n; });
      ballot.forEach(function (n) { byId[n.id] = n; });
      (data.ballot_removed || []).forEach(function (id) { delete byId[id]; });
      ballot = Object.keys(byId).map(function (id) { return byId[id]; });
      ballot.sort(function (a, b) { return a.id - b.id; });
    }
    var mine = {};
    (state.notes || []).forEach(function (n) { mine[n.id] = true; });
    var dots = state.my_dots || {};
    state.ballot = ballot.map(function (n) {
      return { id: n.id, column: n.column, text: n.text, mine: !!mine[n.id], my_dots: dots[String(n.id)] || 0 };
    });
    return state;
  }

  // ----- join --------------------------------------------------------------------------------

  function chosenRole() {
    var checked = document.querySelector("input[name=role]:checked");
    return checked ? checked.value : null;
  }

  function onJoin(event) {
    event.preventDefault();
    // The facilitator's phone is the facilitator's: no role to choose.
    var role = facilitatorKey ? "facilitator" : chosenRole();
    var error = $("role-error");
    if (!role) {
      error.textContent = t("join.roleMissing");
      error.hidden = false;
      document.querySelector("input[name=role]").focus();
      return;
    }
    error.hidden = true;
    var name = $("name").value.trim();
    var button = $("join-button");
    button.disabled = true;
    button.textContent = t("join.joining");
    var body = { role: role, name: name, consent_named: $("consent").checked && name !== "" };
    var access = $("access").value.trim();
    if (access) { body.access_needs = access; }
    if (table !== null) {
      body.table = table;
      body.host = $("host").checked;
    }
    if (facilitatorKey) body.facilitator_key = facilitatorKey;
    api("POST", "/join", body).then(function (result) {
      button.disabled = false;
      button.textContent = t("join.button");
      if (result.status === 201 && result.data.token) {
        token = result.data.token;
        lastState = null;
        etag = null;
        save(tokenKey, token);
        startWork();
      } else if (result.status === 403 && facilitatorKey) {
        say(t("join.facilitatorWrong"), true);
      } else if (result.status === 400) {
        say(result.data.error || t("error.general"), true);
      } else if (!handleCommon(result)) {
        say(t("error.general"), true);
      }
    });
  }

  function startWork() {
    show("work-view", "work-heading");
    follow();
  }

  // ----- notes -------------------------------------------------------------------------------

  function updateCount() {
    $("text-count").textContent = t("add.count", { n: $("text").value.length, max: 2000 });
  }

  function onNoteKey(event) {
    // A table's host writes fast as people talk: Enter adds the note (Shift+Enter: a new line).
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    if (!lastState || !lastState.host) return;
    onSendNote(event);
  }

  function onSendNote(event) {
    event.preventDefault();
    var text = $("text").value;
    var error = $("text-error");
    if (!text.trim()) {
      error.textContent = t("add.empty");
      error.hidden = false;
      $("text").focus();
      return;
    }
    error.hidden = true;
    var column = parseInt($("column").value, 10);
    var entry = { client_id: newClientId(), column: column, text: text };
    // The phone's own language (not only the page's): the record marks the note with it.
    if (navigator.language) entry.language = navigator.language;
    var chosen = lastState && lastState.host ? $("speaker").value : "";
    if (chosen.indexOf("person:") === 0) {
      entry.speaker = parseInt(chosen.slice(7), 10);
      entry.name = $("speaker").selectedOptions[0].textContent;
    } else if (chosen.indexOf("role:") === 0) {
      entry.role = chosen.slice(5);
    }
    outbox.push(entry);
    save(outboxKey, outbox);
    $("text").value = "";
    updateCount();
    renderMine();
    sendEntry(entry, true);
  }

  var sending = {};

  function sendEntry(entry, announce) {
    if (sending[entry.client_id]) return;
    sending[entry.client_id] = true;
    api("POST", "/notes", entry).then(function (result) {
      delete sending[entry.client_id];
      if (result.status === 201) {
        if (entry.role || entry.speaker) {
          scribed = scribed.filter(function (n) { return n.id !== result.data.id; });
          scribed.push({ id: result.data.id, column: entry.column, text: entry.text, role: entry.role, name: entry.name });
          save(scribedKey, scribed);
        }
        removeFromOutbox(entry.client_id);
        if (announce) say(t("add.sent"), false);
        poll();
      } else if (result.status === 400 || result.status === 409) {
        // Refused for a reason retrying cannot fix: give the text back to the person.
        removeFromOutbox(entry.client_id);
        if (!$("text").value) { $("text").value = entry.text; updateCount(); }
        var error = $("text-error");
        error.textContent = result.data.error || t("error.general");
        error.hidden = false;
        say(result.data.error || t("error.general"), true);
      } else if (result.status === 0) {
        if (announce) say(t("add.queued"), true);
      } else {
        handleCommon(result);
      }
    });
  }

  function removeFromOutbox(clientId) {
    outbox = outbox.filter(function (e) { return e.client_id !== clientId; });
    save(outboxKey, outbox);
    renderMine();
  }

  function flushOutbox() {
    outbox.forEach(function (entry) { sendEntry(entry, false); });
  }

  // ----- rendering ---------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(state) {
    var text = JSON.stringify(state);
    if (text === lastStateText) return;
    lastStateText = text;
    lastState = state;

    $("session-title").textContent = state.session || "";
    var stageName = state.stage ? state.stage.name : "";
    $("stage").textContent = stageName ? t("stage.now", { name: stageName }) : "";
    if (lastStageName !== null && stageName !== lastStageName && stageName) {
      say(t("stage.changed", { name: stageName }), false);
    }
    lastStageName = stageName;

    var tableName = $("table-name");
    tableName.hidden = !state.table;
    tableName.textContent = state.table ? t("table.name", { name: state.table.name }) : "";
    renderSpeakers(state.host ? state.roles || [] : [], state.host ? state.speakers || [] : []);

    renderColumns(state.columns || []);
    $("add-section").hidden = !state.can_add_notes;
    $("closed").hidden = !!state.can_add_notes || !!state.voting_open;
    renderBallot(state);
    renderHarvest(state);
    renderMine();
    parts.forEach(function (part) { part(state); });
  }

  var speakersShown = "";

  function renderSpeakers(roles, people) {
    // A table's host writes down what others say: whose words, on each note. By name only for
    // people the server lists (in the room and agreed to be named); anyone else by role.
    $("speaker-field").hidden = roles.length === 0;
    var select = $("speaker");
    var shown = JSON.stringify([roles, people]);
    if (shown === speakersShown) return;
    speakersShown = shown;
    var current = select.value;
    select.textContent = "";
    function group(label, options) {
      var parent = select;
      if (people.length) {
        parent = document.createElement("optgroup");
        parent.label = label;
        select.appendChild(parent);
      }
      options.forEach(function (pair) {
        var option = document.createElement("option");
        option.value = pair[0];
        option.textContent = pair[1];
        parent.appendChild(option);
      });
    }
    group(t("speaker.byRole"), roles.map(function (role) { return ["role:" + role, t("speaker." + role)]; }));
    if (people.length) {
      group(t("speaker.byName"), people.map(function (p) { return ["person:" + p.id, p.name]; }));
    }
    if (current && Array.prototype.some.call(select.options, function (o) { return o.value === current; })) {
      select.value = current;
    }
  }

  function renderColumns(columns) {
    var select = $("column");
    var current = select.value;
    var same = select.options.length === columns.length && columns.every(function (c, i) {
      return select.options[i].value === String(c.id) && select.options[i].textContent === c.title;
    });
    if (same) return;
    while (select.firstChild) select.removeChild(select.firstChild);
    columns.forEach(function (column) {
      var option = element("option", "", column.title);
      option.value = String(column.id);
      select.appendChild(option);
    });
    if (current) select.value = current;
    if (!select.value && columns.length) select.value = String(columns[0].id);
  }

  function renderBallot(state) {
    var section = $("vote-section");
    section.hidden = !state.voting_open;
    if (!state.voting_open) return;
    $("dots-left").textContent = state.votes_left > 0
      ? t("vote.left", { n: state.votes_left, max: state.votes_per_participant })
      : t("vote.none");
    var list = $("ballot");
    var focused = document.activeElement && document.activeElement.getAttribute("data-note");
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!state.ballot.length) list.appendChild(element("li", "", t("vote.empty")));
    state.ballot.forEach(function (note) {
      var item = element("li");
      var textId = "ballot-text-" + note.id;
      var paragraph = element("p", "text", note.text);
      paragraph.id = textId;
      item.appendChild(paragraph);
      if (note.mine) item.appendChild(element("p", "meta", t("vote.mine")));
      var row = element("div", "row");
      var button = element("button", "secondary", t("vote.button"));
      button.type = "button";
      button.setAttribute("data-note", String(note.id));
      button.setAttribute("aria-describedby", textId + " dots-" + note.id);
      button.disabled = state.votes_left <= 0;
      button.addEventListener("click", function () { vote(note.id); });
      row.appendChild(button);
      var dots = element("span", "meta", t("vote.yours", { n: note.my_dots }));
      dots.id = "dots-" + note.id;
      row.appendChild(dots);
      item.appendChild(row);
      list.appendChild(item);
      if (focused === String(note.id)) button.focus();
    });
  }

  // A table's host chooses which of the table's notes go to the plenary (one tick each).
  function renderHarvest(state) {
    var notes = state.host ? state.table_notes : undefined;
    $("harvest-section").hidden = notes === undefined;
    if (notes === undefined) return;
    $("harvest-none").hidden = notes.length > 0;
    var list = $("harvest-notes");
    var focused = document.activeElement && document.activeElement.getAttribute("data-mark");
    while (list.firstChild) list.removeChild(list.firstChild);
    notes.forEach(function (note) {
      var item = element("li");
      var textId = "harvest-text-" + note.id;
      var paragraph = element("p", "text", note.text);
      paragraph.id = textId;
      item.appendChild(paragraph);
      var choice = element("div", "choice");
      var box = element("input");
      box.type = "checkbox";
      box.id = "mark-" + note.id;
      box.checked = !!(note.marked || note.harvested);
      box.disabled = !!note.harvested;
      box.setAttribute("data-mark", String(note.id));
      box.setAttribute("aria-describedby", textId);
      box.addEventListener("change", function () { markForPlenary(note.id, box.checked); });
      var label = element("label", "", t(note.harvested ? "harvest.in" : "harvest.mark"));
      label.htmlFor = box.id;
      choice.appendChild(box);
      choice.appendChild(label);
      item.appendChild(choice);
      list.appendChild(item);
      if (focused === String(note.id)) box.focus();
    });
  }

  function markForPlenary(noteId, marked) {
    api("POST", "/notes/" + noteId + "/plenary", { marked: marked }).then(function (result) {
      if (result.status === 200) {
        say(t(marked ? "harvest.marked" : "harvest.unmarked"), false);
      } else if (result.status === 400 || result.status === 409 || result.status === 403) {
        // Refused (the record is final, the note moved): say why; the tick follows the server.
        say(result.data.error || t("error.general"), true);
        lastStateText = "";
        if (lastState) render(lastState);
      } else {
        handleCommon(result);
      }
      poll();
    });
  }

  function renderMine() {
    var list = $("my-notes");
    while (list.firstChild) list.removeChild(list.firstChild);
    var notes = (lastState && lastState.notes) || [];
    var titles = {};
    ((lastState && lastState.columns) || []).forEach(function (c) { titles[c.id] = c.title; });
    notes.forEach(function (note) {
      var item = element("li");
      item.appendChild(element("p", "text", note.text));
      if (note.column_title) item.appendChild(element("p", "meta", t("mine.column", { title: note.column_title })));
      if (note.waiting_approval) item.appendChild(element("p", "meta", t("mine.waiting")));
      list.appendChild(item);
    });
    scribed.forEach(function (note) {
      var item = element("li");
      item.appendChild(element("p", "text", note.text));
      if (titles[note.column]) item.appendChild(element("p", "meta", t("mine.column", { title: titles[note.column] })));
      var who = note.name || t("speaker." + note.role);
      item.appendChild(element("p", "meta", t("mine.said", { who: who })));
      list.appendChild(item);
    });
    outbox.forEach(function (entry) {
      var item = element("li");
      item.appendChild(element("p", "text", entry.text));
      if (titles[entry.column]) item.appendChild(element("p", "meta", t("mine.column", { title: titles[entry.column] })));
      item.appendChild(element("p", "meta", t("mine.sending")));
      list.appendChild(item);
    });
    $("no-notes").hidden = notes.length + scribed.length + outbox.length > 0;
  }

  function vote(noteId) {
    api("POST", "/votes", { note: noteId }).then(function (result) {
      if (result.status === 201) {
        say(t("vote.done"), false);
        poll();
      } else if (result.status === 400 || result.status === 409) {
        say(result.data.error || t("error.general"), true);
        poll();
      } else {
        handleCommon(result);
      }
    });
  }

  // ----- parts of the page in their own files (feedback, signals) ----------------------------

  // Each part adds its strings and is handed every new state after the page has drawn it.
  var parts = [];
  window.WorkshopJoin = {
    api: api,
    t: t,
    say: say,
    element: element,
    language: function () { return lang; },
    refresh: function () { poll(); },
    addStrings: function (language, table) {
      if (!STRINGS[language]) return;
      Object.keys(table).forEach(function (key) { STRINGS[language][key] = table[key]; });
    },
    onState: function (part) { parts.push(part); }
  };
  // How the page follows the session now: "stream", "poll" (long polling) or "interval".
  Object.defineProperty(window.WorkshopJoin, "following", {
    enumerable: true,
    get: function () { return streaming ? "stream" : pushWorks ? "poll" : "interval"; }
  });

  // ----- start -------------------------------------------------------------------------------

  function start() {
    translatePage();
    $("host-choice").hidden = table === null || facilitatorKey !== null;
    $("host-hint").hidden = table === null || facilitatorKey !== null;
    $("facilitator-note").hidden = facilitatorKey === null;
    $("role-group").hidden = facilitatorKey !== null;
    $("access-field").hidden = facilitatorKey !== null;
    $("join-form").addEventListener("submit", onJoin);
    $("note-form").addEventListener("submit", onSendNote);
    $("text").addEventListener("input", updateCount);
    $("text").addEventListener("keydown", onNoteKey);
    document.addEventListener("visibilitychange", onVisible);
    updateCount();
    if (token) {
      show("work-view", null);
      follow();
    } else {
      show("join-view", null);
    }
    document.body.dataset.ready = "true";  // handlers attached: taps now reach them
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
