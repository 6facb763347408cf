// The custom-field settings page: the key follows the label as the admin types (until the admin types a key of
// their own). "Choices" shows only for the types that have choices through app.js's data-shown-for-types. Without
// script the form still works: the server derives an empty key from the label and ignores choices for other types.
// No inline script (CSP).
(function () {
  "use strict";
  // the same rule as CustomFieldForm.keyFrom on the server
  function keyFrom(label) {
    var plain = label.normalize("NFD").replace(/[\u0300-\u036f]+/g, "")
      .replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae")
      .toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    if (/^[0-9]/.test(plain)) {
      plain = "f_" + plain;
    }
    return plain.length > 40 ? plain.substring(0, 40).replace(/_+$/, "") : plain;
  }

  function setUp() {
    document.querySelectorAll("input[data-key-from]").forEach(function (key) {
      var label = document.getElementById(key.dataset.keyFrom);
      if (!label) {
        return;
      }
      // a key already there (a form shown again after an error) is the admin's own unless it is the derived one
      var own = key.value !== "" && key.value !== keyFrom(label.value);
      key.addEventListener("input", function () {
        own = key.value !== "";
      });
      label.addEventListener("input", function () {
        if (!own) {
          key.value = keyFrom(label.value);
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
