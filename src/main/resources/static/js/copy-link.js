// "Copy link" on a quote's Send page: copies the private link to the clipboard, then lets the form post (which marks
// the quote sent). Without JavaScript, or without clipboard access, the form posts and the page shows the link.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-from]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy-from'));
  if (!field || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  var form = button.form;
  navigator.clipboard.writeText(field.value).finally(function () {
    form.submit();
  });
});
