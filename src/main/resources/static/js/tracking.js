// Relance's own page beacon (no third-party code): tells the server how long the page was visible and whether
// someone interacted, so that only a person who really saw the page counts as an open (docs/tracking.md).
// The page names its visit and where to report: <body data-tracking-visit="…" data-tracking-events="/q/…/events">.
(function () {
  'use strict';
  var root = document.querySelector('[data-tracking-visit]');
  if (!root || !window.JSON) {
    return;
  }
  var visitId = root.getAttribute('data-tracking-visit');
  var url = root.getAttribute('data-tracking-events');
  var THRESHOLD_MS = 3000;
  var HEARTBEAT_MS = 15000;
  var INTERACTION_EVERY_MS = 10000;
  var device = deviceId();
  var visibleMs = 0;
  var visibleSince = document.visibilityState === 'visible' ? now() : null;
  var seenSent = false;
  var lastInteraction = -Infinity;
  var timer = null;

  function now() {
    return window.performance && performance.now ? performance.now() : Date.now();
  }

  // A random id kept in this browser's storage: the same device within 30 minutes is one open. Without storage
  // (blocked, private mode) the server falls back on the address and the browser's name.
  function deviceId() {
    try {
      var id = window.localStorage.getItem('relance.device');
      if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        window.localStorage.setItem('relance.device', id);
      }
      return id;
    } catch (e) {
      return null;
    }
  }

  function visibleSoFar() {
    return Math.round(visibleMs + (visibleSince !== null ? now() - visibleSince : 0));
  }

  function send(type, leaving, retried) {
    var body = JSON.stringify({
      visitId: visitId,
      device: device,
      type: type,
      visibleMs: visibleSoFar(),
      webdriver: navigator.webdriver === true
    });
    if (leaving && navigator.sendBeacon) {
      try {
        if (navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }))) {
          return;
        }
      } catch (e) {
        // falls through to fetch
      }
    }
    if (window.fetch) {
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body,
        keepalive: true,
        credentials: 'omit'
      }).then(function (response) {
        // busy (503) or too many (429): the server took nothing; try once more when it says
        if ((response.status === 503 || response.status === 429) && !retried && !leaving) {
          var after = parseInt(response.headers.get('Retry-After'), 10);
          setTimeout(function () { send(type, false, true); }, (after > 0 && after < 60 ? after : 5) * 1000);
        }
      }).catch(function () {});
    }
  }

  // While visible: once 3 seconds of visibility are reached say "visible", then a heartbeat every 15 seconds.
  function schedule() {
    clearTimeout(timer);
    if (visibleSince === null) {
      return;
    }
    var wait = seenSent ? HEARTBEAT_MS : Math.max(0, THRESHOLD_MS - visibleSoFar());
    timer = setTimeout(function () {
      if (visibleSince === null) {
        return;
      }
      send(seenSent ? 'heartbeat' : 'visible', false);
      seenSent = true;
      schedule();
    }, wait);
  }

  function hidden() {
    if (visibleSince === null) {
      return;
    }
    visibleMs += now() - visibleSince;
    visibleSince = null;
    clearTimeout(timer);
    send('hidden', true);
  }

  function interaction() {
    var t = now();
    if (t - lastInteraction < INTERACTION_EVERY_MS) {
      return;
    }
    lastInteraction = t;
    send('interaction', false);
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      if (visibleSince === null) {
        visibleSince = now();
      }
      schedule();
    } else {
      hidden();
    }
  });
  window.addEventListener('pagehide', hidden);
  ['scroll', 'pointerdown', 'keydown', 'touchstart'].forEach(function (name) {
    window.addEventListener(name, interaction, { passive: true, capture: true });
  });
  schedule();
})();
