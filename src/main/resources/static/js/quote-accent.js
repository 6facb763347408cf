// The workspace's accent colour on a quote document shown in a page (public page, preview): the server puts it in
// data-accent (#rrggbb, already darkened to stay readable on white); a style attribute would break the page's
// Content-Security-Policy, a CSS variable set from here does not.
(function () {
  'use strict';
  document.querySelectorAll('.quote-document[data-accent]').forEach(function (doc) {
    var accent = doc.getAttribute('data-accent');
    if (/^#[0-9a-f]{6}$/.test(accent)) {
      doc.style.setProperty('--qd-accent', accent);
    }
  });
})();
