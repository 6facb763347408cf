// The product picker (templates/catalog/picker.html): a click on a found product sends "relance:product-picked"
// from the picker's box, its detail what a quote line takes from the product. The quote editor listens for it.
(function () {
  'use strict';
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
  });
})();
