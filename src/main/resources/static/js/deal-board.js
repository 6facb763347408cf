// The board of a pipeline: a card dragged onto another column is moved there by its own move form (the form a
// keyboard or a browser without script uses), so the server does the same whichever way it comes.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board) {
    return;
  }
  var dragged = null;
  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest ? event.target.closest('.deal-card') : null;
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-deal'));
  });
  board.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    board.querySelectorAll('.drop-target').forEach(function (c) { c.classList.remove('drop-target'); });
  });
  board.addEventListener('dragover', function (event) {
    var column = event.target.closest ? event.target.closest('.deal-column') : null;
    if (column && dragged) {
      event.preventDefault();
      column.classList.add('drop-target');
    }
  });
  board.addEventListener('dragleave', function (event) {
    var column = event.target.closest ? event.target.closest('.deal-column') : null;
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('drop-target');
    }
  });
  board.addEventListener('drop', function (event) {
    var column = event.target.closest ? event.target.closest('.deal-column') : null;
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    var form = dragged.querySelector('form.deal-move');
    var select = form.querySelector('select[name="phase"]');
    var phase = column.getAttribute('data-phase');
    if (select.value === phase) {
      return;
    }
    select.value = phase;
    column.querySelector('.deal-cards').appendChild(dragged);
    form.requestSubmit();
  });
})();
