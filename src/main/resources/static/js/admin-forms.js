/*
 * Admin forms, progressive enhancement (the forms work without it):
 * - a warning before leaving a page whose form was changed and not submitted;
 * - the address (slug) proposed from the name while it was not edited by hand;
 * - on the preview of an unsaved form opened in its own tab, "back to the form" closes that tab.
 */
(function () {
  'use strict';

  /* Lower-case letters and digits in words joined by hyphens, as AdminForms.SLUG requires. */
  function slugify(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').replace(/ß/g, 'ss')
      .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
      .slice(0, 120).replace(/-+$/, '');
  }

  var changed = new Set();
  var leaving = false;

  function watch(form) {
    form.addEventListener('input', function () { changed.add(form); });
    form.addEventListener('change', function () { changed.add(form); });
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      var target = (submitter && submitter.getAttribute('formtarget')) || form.getAttribute('target');
      if (!target || target === '_self') {
        leaving = true;
      }
    });
  }

  function proposeSlug(form) {
    var name = form.querySelector('input[name="name"]') || form.querySelector('input[name="title"]');
    var slug = form.querySelector('input[name="slug"]');
    if (!name || !slug) {
      return;
    }
    var isNew = /\/nouveau(\/apercu)?$/.test(new URL(form.action, location.href).pathname);
    var auto = slug.value === '' || (isNew && slug.value === slugify(name.value));
    name.addEventListener('input', function () {
      if (auto) {
        slug.value = slugify(name.value);
      }
    });
    slug.addEventListener('input', function () {
      auto = slug.value === '';
    });
  }

  document.querySelectorAll('main form[method="post"]:not(.inline)').forEach(function (form) {
    watch(form);
    proposeSlug(form);
  });

  window.addEventListener('beforeunload', function (event) {
    if (!leaving && changed.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  /* Back from the browser's cache: the page is live again. */
  window.addEventListener('pageshow', function () { leaving = false; });

  document.querySelectorAll('[data-preview-back]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (history.length === 1) {
        event.preventDefault();
        window.close();
        setTimeout(function () { button.form.submit(); }, 300);
      }
    });
  });
}());
