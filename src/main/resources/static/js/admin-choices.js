/*
 * Back office, progressive enhancement only: every page works without this file.
 * - Long check-box lists: shows the filter field rendered hidden by the server and keeps only the
 *   items matching what is typed (case and accents ignored); ticked items always stay visible.
 * - The phone menu (<details>): Escape closes it and gives the focus back to its button.
 */
(function () {
  'use strict';

  function plain(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function enhance(fieldset) {
    var box = fieldset.querySelector('.choice-filter');
    var input = box && box.querySelector('input');
    if (!input) {
      return;
    }
    var status = fieldset.querySelector('.choice-none');
    var choices = Array.prototype.slice.call(fieldset.querySelectorAll('.choice'));
    function apply() {
      var wanted = plain(input.value);
      var hiddenUnticked = 0;
      var shownUnticked = 0;
      choices.forEach(function (choice) {
        var box = choice.querySelector('input');
        var label = choice.querySelector('label');
        var keep = box.checked || wanted === '' || plain(label.textContent).indexOf(wanted) !== -1;
        choice.hidden = !keep;
        if (!box.checked) {
          if (keep) { shownUnticked++; } else { hiddenUnticked++; }
        }
      });
      if (status) {
        status.textContent = (wanted !== '' && shownUnticked === 0 && hiddenUnticked > 0) ? status.dataset.empty : '';
      }
    }
    input.addEventListener('input', apply);
    input.addEventListener('keydown', function (event) {
      // Enter in the filter must not submit the whole form
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
    box.hidden = false;
    apply();
  }

  function closeMenuOnEscape(menu) {
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open && getComputedStyle(menu.querySelector('summary')).display !== 'none') {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('fieldset.choices'), enhance);
    var menu = document.getElementById('menu');
    if (menu) {
      closeMenuOnEscape(menu);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
