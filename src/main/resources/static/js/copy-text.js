// "Copy" beside a read-only field (<button data-copy-text="the field's id" data-copied="Copied">): selects the field and
// copies its value to the clipboard, then says so on the button. Without JavaScript, or without clipboard access (a
// page not served over HTTPS), the field stays there to select and copy by hand.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-text]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy-text'));
  if (!field) {
    return;
  }
  field.focus();
  field.select();
  if (!navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(field.value).then(function () {
    button.textContent = button.getAttribute('data-copied') || button.textContent;
  }, function () {});
});
