// The client's page of a quote: an optional signature drawn with a finger or the mouse, kept as a PNG in the accept
// form. Without this script the form still works (typed name and consent only).
(function () {
  'use strict';
  var box = document.querySelector('[data-signature]');
  if (!box) {
    return;
  }
  var canvas = box.querySelector('canvas');
  var field = box.querySelector('input[name=signature]');
  var context = canvas.getContext && canvas.getContext('2d');
  if (!context) {
    return;
  }
  box.hidden = false;
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.strokeStyle = '#1f2328';
  var drawing = false;
  var drawn = false;

  function point(e) {
    var r = canvas.getBoundingClientRect();
    return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
  }

  canvas.addEventListener('pointerdown', function (e) {
    drawing = true;
    canvas.setPointerCapture(e.pointerId);
    var p = point(e);
    context.beginPath();
    context.moveTo(p.x, p.y);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!drawing) {
      return;
    }
    var p = point(e);
    context.lineTo(p.x, p.y);
    context.stroke();
    drawn = true;
  });
  function end() {
    if (drawing && drawn) {
      field.value = canvas.toDataURL('image/png');
    }
    drawing = false;
  }
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  box.querySelector('[data-signature-clear]').addEventListener('click', function () {
    context.clearRect(0, 0, canvas.width, canvas.height);
    field.value = '';
    drawn = false;
  });
  // a double click or a second tap sends the form once
  var form = box.closest('form');
  form.addEventListener('submit', function () {
    var button = form.querySelector('button[type=submit]');
    window.setTimeout(function () { button.disabled = true; }, 0);
  });
})();
