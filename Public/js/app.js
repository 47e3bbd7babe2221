// Guyub's only script: a button marked data-print prints the page (receipts, statements, reports).
// Loaded from this site, as the Content-Security-Policy requires; the pages work without it.
document.addEventListener("click", function (event) {
  var target = event.target;
  if (target instanceof Element && target.closest("[data-print]")) {
    window.print();
  }
});
