// Relance's few lines of script: CSRF header for htmx, the collapsible menu. No inline scripts (CSP).
(function () {
  "use strict";
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // "/" or Ctrl+K jumps to the global search; Escape closes its results.
  document.addEventListener("keydown", function (event) {
    var search = document.getElementById("global-search");
    if (!search) {
      return;
    }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if ((event.key === "/" && !typing) || (event.key === "k" && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "Escape" && document.activeElement === search) {
      var results = document.getElementById("search-results");
      if (results) {
        results.innerHTML = "";
      }
      search.blur();
    }
  });
  // Forms that destroy something ask first: <form data-confirm="…">. A form htmx sends asks through its own
  // hx-confirm; htmx has taken (prevented) the submit by the time it reaches here, so it is not asked twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented) {
      return;
    }
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
  // A choice that saves itself: <select data-autosubmit> posts its form when changed (a button in <noscript> otherwise).
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (select.matches && select.matches("select[data-autosubmit]") && select.form) {
      select.form.requestSubmit();
    }
  });
  // A group shown only for some values of a type select: <div data-type-select="id" data-shown-for-types="A B">.
  // The page as sent shows the groups for its type; a change of the select shows and hides them, and disables the
  // fields of a hidden group so that they are not sent (the server ignores or refuses them anyway).
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select.id || !select.matches || !select.matches("select")) {
      return;
    }
    document.querySelectorAll("[data-shown-for-types]").forEach(function (group) {
      if (group.dataset.typeSelect !== select.id) {
        return;
      }
      var shown = group.dataset.shownForTypes.split(/\s+/).indexOf(select.value) >= 0;
      group.hidden = !shown;
      group.querySelectorAll("input, select, textarea").forEach(function (field) {
        field.disabled = !shown;
      });
    });
  });
  // A <details data-popover> (the list's "Columns") closes on a click outside it or on Escape.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details[data-popover][open]").forEach(function (popover) {
      if (!popover.contains(event.target)) {
        popover.removeAttribute("open");
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("details[data-popover][open]").forEach(function (popover) {
        popover.removeAttribute("open");
      });
    }
  });
  var KEY = "relance.nav.collapsed";
  try {
    if (window.localStorage.getItem(KEY) === "1") {
      document.body.classList.add("nav-collapsed");
    }
  } catch (e) { /* storage unavailable: keep the menu open */ }
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-relance-collapse]");
    if (!toggle) {
      return;
    }
    var collapsed = document.body.classList.toggle("nav-collapsed");
    try { window.localStorage.setItem(KEY, collapsed ? "1" : "0"); } catch (e) { /* ignore */ }
  });
})();
