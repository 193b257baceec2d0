/*
 * Admin forms: nothing typed is lost.
 * - Every 20 seconds, the fields of a form that changed are sent as a draft (POST /admin/brouillons).
 * - On opening a form, an unsaved draft different from what the form shows is offered back.
 * - While someone has typed in the last hour, the session is kept alive (a light call every 5 minutes).
 * - If the session has ended, a message says that the text is still kept when saving.
 * Texts and the address come from the page (<template id="admin-drafts">); without this script
 * the forms work the same, and a save refused for an ended session is kept by the server.
 */
(function () {
  'use strict';
  var config = document.getElementById('admin-drafts');
  if (!config || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = config.getAttribute('data-url');
  var AUTOSAVE = 20 * 1000;
  var KEEP_ALIVE = 5 * 60 * 1000;
  var RECENT = 60 * 60 * 1000;
  var SKIPPED = ['submit', 'button', 'reset', 'file', 'password', 'image'];
  var lastInput = 0;
  var warned = false;

  function piece(selector) {
    return config.content.querySelector(selector).cloneNode(true);
  }

  function pathOf(form) {
    return new URL(form.getAttribute('action') || location.href, location.href).pathname;
  }

  function token(form) {
    var input = form.querySelector('input[name="_csrf"]');
    return input ? input.value : null;
  }

  function kept(element) {
    return element.name && element.name !== '_csrf' && !element.disabled && SKIPPED.indexOf(element.type) < 0;
  }

  function serialize(form) {
    var data = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element) || ((element.type === 'checkbox' || element.type === 'radio') && !element.checked)) {
        return;
      }
      if (element.type === 'select-multiple') {
        Array.prototype.forEach.call(element.selectedOptions, function (option) {
          data.append(element.name, option.value);
        });
      }
      else {
        data.append(element.name, element.value);
      }
    });
    return data.toString();
  }

  function fill(form, fields) {
    var data = new URLSearchParams(fields);
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element)) {
        return;
      }
      var values = data.getAll(element.name);
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.indexOf(element.value) >= 0;
      }
      else if (element.type === 'select-multiple') {
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = values.indexOf(option.value) >= 0;
        });
      }
      else if (element.type !== 'hidden' || values.length > 0) {
        element.value = values.length > 0 ? values[0] : '';
      }
    });
  }

  function sessionEnded() {
    if (warned) {
      return;
    }
    warned = true;
    var main = document.querySelector('main');
    main.insertBefore(piece('.session-ended'), main.firstChild);
  }

  function send(body, path) {
    return fetch(url + (path || ''), {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body
    }).then(function (response) {
      if (response.status === 401) {
        sessionEnded();
      }
      return response;
    });
  }

  function offer(form, path) {
    fetch(url + '?' + new URLSearchParams({ chemin: path }).toString(), { credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        return response.ok ? response.json() : {};
      })
      .then(function (draft) {
        if (!draft.fields || draft.fields === serialize(form)) {
          return;
        }
        var box = piece('.draft-offer');
        box.querySelector('.draft-offer-text').textContent = draft.message;
        box.querySelector('[data-draft="resume"]').addEventListener('click', function () {
          fill(form, draft.fields);
          var done = piece('.draft-resumed');
          box.parentNode.replaceChild(done, box);
          var first = form.querySelector('textarea, input[type="text"]');
          if (first) {
            first.focus();
          }
        });
        box.querySelector('[data-draft="ignore"]').addEventListener('click', function () {
          var body = new URLSearchParams({ chemin: path, _csrf: token(form) || '' });
          send(body.toString(), '/supprimer');
          box.parentNode.removeChild(box);
        });
        form.parentNode.insertBefore(box, form);
      })
      .catch(function () { /* no draft offered: the form works as it is */ });
  }

  function watch(form) {
    var path = pathOf(form);
    var saved = serialize(form);
    var submitting = false;
    form.addEventListener('input', function () { lastInput = Date.now(); });
    form.addEventListener('change', function () { lastInput = Date.now(); });
    form.addEventListener('submit', function () { submitting = true; });
    setInterval(function () {
      var fields = serialize(form);
      if (submitting || fields === saved || !token(form)) {
        return;
      }
      var body = new URLSearchParams({ chemin: path, champs: fields, _csrf: token(form) });
      send(body.toString()).then(function (response) {
        if (response.ok) {
          saved = fields;
        }
      }).catch(function () { /* offline for a moment: tried again at the next turn */ });
    }, AUTOSAVE);
    offer(form, path);
  }

  var forms = Array.prototype.filter.call(document.querySelectorAll('main form[method="post"]'), function (form) {
    return form.querySelector('textarea, input[type="text"]') && !form.querySelector('input[type="password"]');
  });
  if (forms.length === 0) {
    return;
  }
  forms.forEach(watch);
  setInterval(function () {
    if (Date.now() - lastInput < RECENT) {
      fetch(url, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
        if (response.status === 401) {
          sessionEnded();
        }
      }).catch(function () { /* tried again later */ });
    }
  }, KEEP_ALIVE);
}());
