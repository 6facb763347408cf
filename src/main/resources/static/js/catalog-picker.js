// The product picker (templates/catalog/picker.html). A click on a found product sends "relance:product-picked" from
// the picker's box, its detail what a quote line takes from the product. When the items are submit buttons of the
// form around the box (pick=…) and an element around the box names a target (data-picker-target="#quote-form"),
// htmx posts that form with the item's action and swaps the answer into the target, instead of a full page;
// without JavaScript the button posts the form as any submit button does.
(function () {
  'use strict';
  // Enter in the picker's box searches (htmx's "search" trigger); it never submits the form around it
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.matches('[data-catalog-picker] input[type=search]')
        && event.target.form) {
      event.preventDefault();
    }
  });
  document.addEventListener('click', function (event) {
    var item = event.target.closest('[data-catalog-picker] .picker-item');
    if (!item) {
      return;
    }
    var box = item.closest('[data-catalog-picker]');
    box.dispatchEvent(new CustomEvent('relance:product-picked', {
      bubbles: true,
      detail: {
        id: item.dataset.productId,
        reference: item.dataset.reference,
        label: item.dataset.label,
        description: item.dataset.description || '',
        unit: item.dataset.unit || '',
        unitPrice: item.dataset.unitPrice,
        taxRate: item.dataset.taxRate
      }
    }));
    box.querySelectorAll('.picker-item[aria-pressed]').forEach(function (other) {
      other.removeAttribute('aria-pressed');
      other.classList.remove('active');
    });
    item.setAttribute('aria-pressed', 'true');
    item.classList.add('active');
    var host = box.closest('[data-picker-target]');
    if (item.type === 'submit' && item.form && host && window.htmx) {
      event.preventDefault();
      window.htmx.ajax('POST', item.form.getAttribute('action'), {
        source: item,
        target: host.dataset.pickerTarget,
        swap: 'outerHTML',
        values: {action: item.value}
      });
    }
  });
})();
