/*
 * The image upload form: a file can also be dragged and dropped onto the form's box. Without
 * this script the file picker works as usual; with it, the dropped file goes into that same
 * picker, and the name of the chosen file is announced.
 */
(function () {
  'use strict';
  document.querySelectorAll('[data-drop-zone]').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    var status = zone.querySelector('.drop-chosen');
    var hint = zone.querySelector('.drop-hint');
    if (!input) {
      return;
    }
    if (hint) {
      hint.hidden = false;
    }
    function announce() {
      if (status && input.files && input.files.length > 0) {
        status.textContent = (zone.dataset.chosen || '{0}').replace('{0}', input.files[0].name);
      }
    }
    input.addEventListener('change', announce);
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add('dragging');
      });
    });
    ['dragleave', 'dragend'].forEach(function (type) {
      zone.addEventListener(type, function () {
        zone.classList.remove('dragging');
      });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('dragging');
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length > 0) {
        input.files = files;
        announce();
        input.focus();
      }
    });
  });
}());
