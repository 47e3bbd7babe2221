// Guyub's only script. Loaded from this site, as the Content-Security-Policy requires; every page
// works without it (the server reads amounts however they are typed).
(function () {
  "use strict";

  // A button marked data-print prints the page (receipts, statements, reports).
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest("[data-print]")) {
      window.print();
    }
  });

  // Money fields group thousands with dots as they are typed: "1250000" reads "1.250.000". A comma
  // starts the decimals; anything else typed ("Rp", spaces) is dropped. The caret stays after the
  // same digit it was after.
  function grouped(text) {
    var parts = text.replace(/[^0-9,]/g, "").split(",");
    var whole = parts[0].replace(/^0+(?=[0-9])/, "").replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ".");
    return parts.length > 1 ? whole + "," + parts.slice(1).join("") : whole;
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-money")) return;
    var caret = field.selectionStart === null ? field.value.length : field.selectionStart;
    var before = field.value.slice(0, caret).replace(/[^0-9,]/g, "").length;
    var text = grouped(field.value);
    if (text === field.value) return;
    field.value = text;
    var position = 0;
    for (var seen = 0; position < text.length && seen < before; position++) {
      if (/[0-9,]/.test(text.charAt(position))) seen++;
    }
    field.setSelectionRange(position, position);
  });

  // A date typed as digits, dots or dashes is written back day first with slashes, so the eye can check
  // what will be read: "05082026" and "5-8-2026" read "05/08/2026". Month names are left as typed.
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-date")) return;
    var value = field.value.trim();
    var parts = /^([0-9]{2})([0-9]{2})([0-9]{4})$/.exec(value) || /^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$/.exec(value);
    if (!parts) return;
    var pad = function (n) { return n.length < 2 ? "0" + n : n; };
    field.value = pad(parts[1]) + "/" + pad(parts[2]) + "/" + parts[3];
  });

  // Fields asked only for one kind of savings (the term of a term deposit) show when that kind is chosen.
  function showForKind(form) {
    var kind = form.querySelector('select[name="kind"]');
    form.querySelectorAll("[data-for-kind]").forEach(function (part) {
      part.hidden = !kind || kind.value !== part.getAttribute("data-for-kind");
    });
  }
  document.querySelectorAll("form").forEach(function (form) {
    if (form.querySelector("[data-for-kind]")) showForKind(form);
  });
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field instanceof HTMLSelectElement && field.name === "kind" && field.form) showForKind(field.form);
  });

  // A form sent back with an error: its first marked field takes the focus (and comes into view).
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid instanceof HTMLElement) invalid.focus();

  // A page brought back by the Back button shows what is true now (a balance after a deposit), and its
  // forms get keys of their own again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });

  // Amounts already in a form (settings, a refused form's values) read the same way.
  document.querySelectorAll("input[data-money]").forEach(function (field) {
    if (/^[0-9]+(,[0-9]*)?$/.test(field.value)) field.value = grouped(field.value);
  });
})();
