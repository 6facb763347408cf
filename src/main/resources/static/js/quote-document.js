// The quote document's preview: the Print button prints the page (the app's chrome is hidden for print by
// quote-document.css). Without JavaScript the browser's own Print menu does the same.
document.querySelectorAll('[data-relance-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
