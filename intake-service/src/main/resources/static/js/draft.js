// The form's draft: while the applicant types, this browser keeps the answers in localStorage (never
// the consent, never sent anywhere) so that a dropped connection or a closed tab loses nothing; the
// next visit offers them back (restore / discard); the confirmation page forgets them. The idempotency
// key is kept too, so sending restored answers again after a lost answer is the same application.
// Without JavaScript the form works the same, without a draft. One draft per form: the network's
// (intake-form-draft) and the partnership programme's (intake-form-draft-<call>), named by data-draft.
(function () {
  'use strict';
  var PREFIX = 'intake-form-draft';
  var MAX_AGE = 30 * 24 * 3600 * 1000;
  var NOT_KEPT = {consent: true, lang: true, noticeVersion: true, switchTo: true, callId: true};
  var store;
  try {
    store = window.localStorage;
    store.getItem(PREFIX);
  } catch (e) {
    return; // storage switched off: no draft
  }
  if (document.getElementById('reference')) {
    Object.keys(store).forEach(function (key) {
      if (key.indexOf(PREFIX) === 0) {
        store.removeItem(key); // the confirmation page: it was sent
      }
    });
    return;
  }
  var form = document.getElementById('application');
  if (!form) {
    return;
  }
  var KEY = form.getAttribute('data-draft') || PREFIX;
  var byId = function (id) { return document.getElementById(id); };

  function kept() {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && !NOT_KEPT[field.name] && field.type !== 'submit' && field.type !== 'button';
    });
  }
  function current() {
    var draft = {savedAt: Date.now(), values: {}, checked: []};
    kept().forEach(function (field) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.checked) {
          draft.checked.push(field.id);
        }
      } else {
        draft.values[field.id || field.name] = field.value;
      }
    });
    return draft;
  }
  function typed(draft) {
    return draft.checked.length > 0 || Object.keys(draft.values).some(function (name) {
      // the language and the reference come with the page (the reference from the acceptance email's link)
      return name !== 'idempotencyKey' && name !== 'preferredLanguage' && name !== 'networkReference'
          && String(draft.values[name]).trim() !== '';
    });
  }
  function stored() {
    try {
      var draft = JSON.parse(store.getItem(KEY));
      return draft && draft.values && draft.checked && Date.now() - draft.savedAt < MAX_AGE ? draft : null;
    } catch (e) {
      return null;
    }
  }
  function save() {
    var draft = current();
    try {
      if (typed(draft)) {
        store.setItem(KEY, JSON.stringify(draft));
      }
    } catch (e) {
      // storage full or refused: the form still works
    }
  }
  function restore(draft) {
    kept().forEach(function (field) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = draft.checked.indexOf(field.id) >= 0;
      } else if (Object.prototype.hasOwnProperty.call(draft.values, field.id || field.name)) {
        field.value = draft.values[field.id || field.name];
      }
    });
  }

  var offer = byId('draft');
  var saved = stored();
  var pending = false;
  if (saved && !typed(current()) && typed(saved)) {
    byId('draft-saved').textContent = new Date(saved.savedAt).toLocaleString(document.documentElement.lang,
        {dateStyle: 'long', timeStyle: 'short'}) + '.';
    offer.hidden = false;
    pending = true;
    byId('draft-restore').addEventListener('click', function () {
      restore(saved);
      offer.hidden = true;
      pending = false;
      byId('draft-restored').hidden = false;
      byId('draft-restored').setAttribute('tabindex', '-1');
      byId('draft-restored').focus();
    });
    byId('draft-discard').addEventListener('click', function () {
      store.removeItem(KEY);
      offer.hidden = true;
      pending = false;
      byId('fullName').focus();
    });
  } else {
    save(); // a page shown again (errors, another language) is the draft now
  }
  byId('draft-note').hidden = false;
  function changed() {
    if (pending) {
      // Typing before choosing starts a new draft: the offer of the old one goes.
      offer.hidden = true;
      pending = false;
    }
    save();
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
})();
