/*
 * The Markdown editor of long admin texts, progressive enhancement of the textarea (which stays
 * the field: without this script it works as it is). For each `.field.markdown` of a form:
 * - shows the toolbar (the <markdown-toolbar> element of js/vendor, which applies bold, italic,
 *   heading, lists, link and quote to the selection) and adds Ctrl+B, Ctrl+I and Ctrl+K;
 * - a live preview made by the server (POST /admin/markdown/apercu, the public pages'
 *   sanitising), 400 ms after typing stops, announced politely; on a phone, "Écrire" / "Aperçu";
 * - "Image": a dialog listing the library's images (GET /admin/images/choix?q=) whose choice is
 *   inserted at the cursor.
 * Every change goes through the textarea and fires `input`, so autosaved drafts and the warning
 * before leaving see it. Texts come from the page (data-* attributes rendered from the bundles).
 */
(function () {
  'use strict';
  if (!window.fetch || !window.URLSearchParams) {
    return;
  }
  var DELAY = 400;
  var SHORTCUTS = { b: 'bold', i: 'italic', k: 'link' };

  function token(form) {
    var input = form && form.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  /* Inserts text at the selection as typing would (undo works), and fires `input`. */
  function insert(textarea, text) {
    textarea.focus();
    var done = false;
    try {
      done = document.execCommand('insertText', false, text);
    }
    catch (e) {
      done = false;
    }
    if (!done) {
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  /* An image stands in its own paragraph: blank lines around it where text touches it. */
  function asBlock(textarea, markdown) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var after = textarea.value.slice(textarea.selectionEnd);
    var lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    var tail = after === '' || /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
    return lead + markdown + tail;
  }

  function preview(field, textarea) {
    var pane = field.querySelector('.markdown-preview-pane');
    var output = pane.querySelector('.markdown-preview');
    var status = pane.querySelector('.markdown-preview-status');
    var url = field.getAttribute('data-preview-url');
    var timer = null;
    var sent = null;
    var shown = null;
    var ended = false;

    function say(text) {
      if (status.textContent !== text) {
        status.textContent = text;
      }
    }

    function show(html) {
      if (html === shown) {
        return;
      }
      shown = html;
      if (html.trim() === '') {
        output.textContent = '';
        var empty = document.createElement('p');
        empty.className = 'hint';
        empty.textContent = output.getAttribute('data-empty');
        output.appendChild(empty);
      }
      else {
        // sanitised by the server exactly as on the public pages
        output.innerHTML = html;
      }
    }

    function update() {
      timer = null;
      var text = textarea.value;
      if (text === sent || ended) {
        return;
      }
      sent = text;
      pane.setAttribute('aria-busy', 'true');
      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ texte: text, _csrf: token(textarea.form) }).toString()
      }).then(function (response) {
        return response.text().then(function (body) {
          if (text !== textarea.value) {
            return; // typed meanwhile: the next answer counts
          }
          if (response.ok) {
            show(body);
            say(status.getAttribute('data-updated'));
          }
          else if (response.status === 413) {
            say(body);
          }
          else if (response.status === 401 || response.type === 'opaqueredirect') {
            ended = true;
            say(status.getAttribute('data-session'));
          }
          else {
            sent = null;
            say(status.getAttribute('data-error'));
          }
        });
      }).catch(function () {
        sent = null;
        say(status.getAttribute('data-error'));
      }).then(function () {
        pane.removeAttribute('aria-busy');
      });
    }

    function later() {
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(update, DELAY);
    }

    textarea.addEventListener('input', later);
    // a draft taken back or a value set by another script fires no `input`: catch up
    setInterval(function () {
      if (!timer && textarea.value !== sent) {
        later();
      }
    }, 2000);
    pane.hidden = false;
    show('');
    update();
    return update;
  }

  /* On a phone the text and its preview take turns ("Écrire" / "Aperçu"); side by side on a wide screen. */
  function views(field, textarea, refresh) {
    var buttons = field.querySelectorAll('.markdown-views [data-view]');
    function select(view) {
      field.classList.toggle('shows-preview', view === 'preview');
      buttons.forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === view));
      });
      if (view === 'preview') {
        refresh();
      }
    }
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        select(button.getAttribute('data-view'));
      });
    });
    // a required text left empty: the browser must be able to show it
    textarea.addEventListener('invalid', function () { select('write'); });
  }

  function shortcuts(field, textarea) {
    textarea.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
        return;
      }
      var style = SHORTCUTS[(event.key || '').toLowerCase()];
      var button = style && field.querySelector('[data-md-button="' + style + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
  }

  function chooser(field, textarea) {
    var opener = field.querySelector('[data-md-button="image-library"]');
    var dialog = field.querySelector('dialog.image-chooser');
    if (!opener || !dialog || typeof dialog.showModal !== 'function') {
      if (opener) {
        opener.hidden = true;
      }
      return;
    }
    var search = dialog.querySelector('input[type="search"]');
    var status = dialog.querySelector('.image-chooser-status');
    var results = dialog.querySelector('.image-chooser-results');
    var inserted = false;
    var timer = null;
    var asked = 0;

    // the search box is no field of the form: its typing is not a change of the form
    ['input', 'change'].forEach(function (type) {
      search.addEventListener(type, function (event) { event.stopPropagation(); });
    });

    function load() {
      var query = search.value.trim();
      var ask = ++asked;
      status.textContent = dialog.getAttribute('data-loading');
      fetch(dialog.getAttribute('data-url') + '?' + new URLSearchParams({ q: query }).toString(), {
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { Accept: 'text/html' }
      }).then(function (response) {
        if (response.status === 401 || response.type === 'opaqueredirect') {
          throw { shown: dialog.getAttribute('data-session') };
        }
        if (!response.ok) {
          throw { shown: dialog.getAttribute('data-error') };
        }
        return response.text();
      }).then(function (html) {
        if (ask !== asked) {
          return;
        }
        var list = new DOMParser().parseFromString(html, 'text/html').querySelector('ul.image-choices');
        if (!list) {
          throw { shown: dialog.getAttribute('data-error') };
        }
        results.textContent = '';
        results.appendChild(document.importNode(list, true));
        var count = results.querySelectorAll('[data-markdown]').length;
        status.textContent = count === 0 ? dialog.getAttribute('data-none') : '';
      }).catch(function (error) {
        if (ask !== asked) {
          return;
        }
        results.textContent = '';
        status.textContent = (error && error.shown) || dialog.getAttribute('data-error');
      });
    }

    opener.addEventListener('click', function () {
      inserted = false;
      results.textContent = '';
      search.value = ''; // a search left from before would take the first Escape (it clears a search box)
      dialog.showModal();
      search.focus();
      load();
    });
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault(); // never submits the form around
        clearTimeout(timer);
        load();
      }
    });
    dialog.querySelector('[data-image-search]').addEventListener('click', load);
    dialog.querySelector('[data-image-close]').addEventListener('click', function () { dialog.close(); });
    results.addEventListener('click', function (event) {
      var choice = event.target.closest('[data-markdown]');
      if (!choice) {
        return;
      }
      event.preventDefault();
      inserted = true;
      dialog.close();
      insert(textarea, asBlock(textarea, choice.getAttribute('data-markdown')));
    });
    dialog.addEventListener('close', function () {
      (inserted ? textarea : opener).focus();
    });
  }

  document.querySelectorAll('form .field.markdown').forEach(function (field) {
    var textarea = field.querySelector('textarea');
    var tools = field.querySelector('.markdown-tools');
    if (!textarea || !tools) {
      return;
    }
    tools.hidden = false;
    field.classList.add('enhanced');
    var refresh = preview(field, textarea);
    views(field, textarea, refresh);
    shortcuts(field, textarea);
    chooser(field, textarea);
  });
}());
