// The third-party list's selection: "select all" ticks the rows shown, the bar of bulk actions shows while a row is
// ticked with how many are ("3 selected", in the page's language and plural forms), and a row that htmx replaces
// (a status changed in place) or adds ("More") keeps or joins the selection. No inline scripts (CSP).
(function () {
  "use strict";

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll("input[name='ids'][form='bulk-form']"));
  }

  function ticked() {
    return boxes().filter(function (box) { return box.checked; });
  }

  function counted(bar, n) {
    var lang = document.documentElement.lang || "en";
    var form = "other";
    try {
      form = new Intl.PluralRules(lang).select(n);
    } catch (e) { /* unknown language: the general form */ }
    var pattern = form === "one" ? bar.dataset.selectedOne : bar.dataset.selectedOther;
    return pattern.replace("{0}", new Intl.NumberFormat(lang).format(n));
  }

  function update() {
    var bar = document.getElementById("bulk-form");
    if (!bar) {
      return;
    }
    var all = boxes();
    var n = ticked().length;
    bar.hidden = n === 0;
    var selectAll = document.getElementById("select-all");
    if (selectAll) {
      selectAll.checked = n > 0 && n === all.length;
      selectAll.indeterminate = n > 0 && n < all.length;
    }
    var text = n === 0 ? "" : counted(bar, n);
    document.getElementById("bulk-count").textContent = text;
    var live = document.getElementById("bulk-live");
    if (live && live.textContent !== text) {
      live.textContent = text;
    }
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.id === "select-all") {
      boxes().forEach(function (box) { box.checked = target.checked; });
      update();
    } else if (target.matches && target.matches("input[name='ids'][form='bulk-form']")) {
      update();
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("#bulk-clear")) {
      boxes().forEach(function (box) { box.checked = false; });
      update();
      var selectAll = document.getElementById("select-all");
      if (selectAll) {
        selectAll.focus();
      }
    }
  });

  // a row swapped by htmx comes back unticked: tick again what was ticked
  var kept = [];
  document.addEventListener("htmx:beforeSwap", function () {
    kept = ticked().map(function (box) { return box.value; });
  });
  document.addEventListener("htmx:afterSettle", function () {
    boxes().forEach(function (box) {
      if (kept.indexOf(box.value) >= 0) {
        box.checked = true;
      }
    });
    update();
  });

  // the browser may restore ticks on "back"
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
  window.addEventListener("pageshow", update);
})();
