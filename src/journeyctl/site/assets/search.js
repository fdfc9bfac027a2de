/* journeyctl site: the search box. Plain JavaScript, no library, no
   network: the index is a script (search-index.js, setting
   window.JOURNEYCTL_SEARCH), loaded the first time the box is used, which
   works from file:// (where a page may not read a JSON file). Every word typed must appear
   in an entry (case and accents ignored); results are links, made with
   textContent (never HTML from the index). */
(function () {
  'use strict';
  var LIMIT = 50;
  var form = document.querySelector('form.search');
  if (!form) { return; }
  var input = form.querySelector('input[type=search]');
  var list = form.querySelector('.results');
  var status = form.querySelector('.search-status');
  var root = document.body.getAttribute('data-root') || '';
  var data = null;
  var haystacks = null;
  var loading = false;

  function fold(text) {
    return String(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function load() {
    if (data || loading) { return; }
    loading = true;
    var script = document.createElement('script');
    script.src = root + 'assets/search-index.js';
    script.onload = function () {
      data = window.JOURNEYCTL_SEARCH;
      haystacks = data.items.map(function (item) {
        return fold(item[1] + '\n' + item[2] + '\n' + item[4]);
      });
      search();
    };
    document.head.appendChild(script);
  }

  function span(className, text, lang) {
    var element = document.createElement('span');
    element.className = className;
    element.dir = 'auto';
    if (lang) { element.lang = lang; }
    element.textContent = text;
    return element;
  }

  function search() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = '';
    if (!words.length) {
      list.hidden = true;
      status.textContent = '';
      return;
    }
    if (!data) { load(); return; }
    var found = 0;
    for (var i = 0; i < haystacks.length; i++) {
      var hay = haystacks[i];
      var all = true;
      for (var w = 0; w < words.length; w++) {
        if (hay.indexOf(words[w]) < 0) { all = false; break; }
      }
      if (!all) { continue; }
      found += 1;
      if (found > LIMIT) { continue; }
      var item = data.items[i];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + item[3];
      a.appendChild(span('kind', data.labels.kinds[item[0]]));
      a.appendChild(span('title', item[1], item[5]));
      if (item[2]) { a.appendChild(span('context', item[2], item[5])); }
      li.appendChild(a);
      list.appendChild(li);
    }
    list.hidden = found === 0;
    status.textContent = found ? data.labels.results + ': ' + found : data.labels.none;
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', search);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var first = list.querySelector('a');
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape') {
      input.value = '';
      search();
    }
  });
  list.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === 'ArrowDown' && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = list.querySelector('a');
    if (first) { window.location.href = first.href; }
  });
  if (input.value) { load(); }
}());
