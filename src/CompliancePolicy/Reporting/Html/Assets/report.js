// The check report's records: search, filters by outcome, policy and clause, paging, and each record's details,
// over the data the page embeds (script.cp-rows, script.cp-details). The state lives in the address's hash
// (#q=...&outcome=...&policy=...&clause=...&page=...&open=...), so a filtered view can be linked, and the clause
// chart's links are plain links. Nothing is fetched; text from the data is only ever set as text.
(function () {
  'use strict';
  var PAGE = 50;
  var OUTCOMES = ['compliant', 'non-compliant', 'error', 'not-applicable'];
  var SYMBOLS = ['\u2713', '\u2717', '!', '\u2013'];
  var DISGUISING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
  var meta = JSON.parse(document.getElementById('cp-meta').textContent);
  var app = document.getElementById('cp-app');
  var files = [];
  var rows = [];
  var chunks = [];
  document.querySelectorAll('script.cp-rows').forEach(function (element) {
    var data = JSON.parse(element.textContent);
    var chunk = { first: rows.length, source: element.nextElementSibling, details: null };
    chunks.push(chunk);
    data.rows.forEach(function (row) { row.push(chunk); rows.push(row); });
    Array.prototype.push.apply(files, data.files);
  });
  if (!app || rows.length === 0) return;

  // Text with the characters that could disguise it (bidi controls, invisible and control characters) shown as code points.
  function text(parent, value) {
    value = String(value);
    var last = 0;
    String(value).replace(DISGUISING, function (c, at) {
      parent.appendChild(document.createTextNode(value.slice(last, at)));
      var mark = el('span', 'cc', 'U+' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4));
      mark.title = 'an invisible or control character in the data';
      parent.appendChild(mark);
      last = at + 1;
      return c;
    });
    parent.appendChild(document.createTextNode(value.slice(last)));
    return parent;
  }
  function el(tag, cls, content) {
    var element = document.createElement(tag);
    if (cls) element.className = cls;
    if (content !== undefined) text(element, content);
    return element;
  }
  function badge(code) { return el('span', 'badge o-' + OUTCOMES[code], SYMBOLS[code] + ' ' + OUTCOMES[code]); }
  function clauseName(index) { var c = meta.clauses[index]; return c[1] + ' ' + c[2] + ' (' + meta.policies[c[0]] + ')'; }

  // The controls: built here, so a page without JavaScript does not show controls that do nothing.
  var controls = el('div', 'controls');
  controls.setAttribute('role', 'search');
  function labelled(caption, control) { var label = el('label', null, caption); label.appendChild(control); controls.appendChild(label); return control; }
  function select(caption, name, options) {
    var control = document.createElement('select');
    control.name = name;
    options.forEach(function (option) { var o = el('option', null, option[1]); o.value = option[0]; control.appendChild(o); });
    return labelled(caption, control);
  }
  var search = labelled('Search ID, file or clause (press /)', document.createElement('input'));
  search.type = 'search';
  search.name = 'q';
  var outcome = select('Outcome', 'outcome', [['', 'Any outcome']].concat([1, 2, 0].map(function (i) { return [OUTCOMES[i], OUTCOMES[i]]; })));
  var policy = select('Policy', 'policy', [['', 'Any policy']].concat(meta.policies.map(function (name, i) { return [String(i), name]; })));
  var clause = select('Failed clause', 'clause', [['', 'Any clause']].concat(meta.clauses.map(function (c, i) { return [String(i), clauseName(i)]; })));
  var reset = el('button', null, 'Clear filters');
  reset.type = 'button';
  controls.appendChild(reset);
  var status = el('p', 'status');
  status.setAttribute('aria-live', 'polite');
  var table = el('table', 'records');
  var head = table.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
  ['Record', 'Where', 'Outcome', 'Failed clauses', 'Policies'].forEach(function (name) { var th = el('th', null, name); th.scope = 'col'; head.appendChild(th); });
  var pager = el('nav', 'pager');
  pager.setAttribute('aria-label', 'Pages of records');
  var previous = pager.appendChild(el('button', null, '\u2190 Previous'));
  var pageText = pager.appendChild(el('span'));
  var next = pager.appendChild(el('button', null, 'Next \u2192'));
  previous.type = next.type = 'button';
  [controls, status, table, pager].forEach(function (part) { app.appendChild(part); });
  var fallback = document.getElementById('cp-static');
  if (fallback) fallback.remove();
  app.hidden = false;

  var state = read();
  function read() {
    var found = { q: '', outcome: '', policy: '', clause: '', page: 1, open: [] };
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at < 0) return;
      var key = decodeURIComponent(pair.slice(0, at));
      var value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
      if (key === 'page') found.page = Math.max(1, parseInt(value, 10) || 1);
      else if (key === 'open') found.open = value.split(',').map(Number).filter(function (n) { return n >= 0 && n < rows.length; });
      else if (key in found) found[key] = value;
    });
    return found;
  }
  function write() {
    var parts = [];
    ['q', 'outcome', 'policy', 'clause'].forEach(function (key) { if (state[key]) parts.push(key + '=' + encodeURIComponent(state[key])); });
    if (state.page > 1) parts.push('page=' + state.page);
    if (state.open.length) parts.push('open=' + state.open.join(','));
    history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
  }

  function matches(row) {
    if (state.outcome && OUTCOMES[row[3]] !== state.outcome) return false;
    if (state.policy && !row[4].some(function (p) { return String(p >> 2) === state.policy && (p & 3) !== 3; })) return false;
    if (state.clause && row[5].indexOf(Number(state.clause)) < 0) return false;
    if (state.q) {
      var q = state.q.toLowerCase();
      if (row[0].toLowerCase().indexOf(q) < 0 && files[row[1]].toLowerCase().indexOf(q) < 0
        && !row[5].some(function (c) { return meta.clauses[c][1].toLowerCase().indexOf(q) >= 0; })) return false;
    }
    return true;
  }

  function render() {
    search.value = state.q;
    outcome.value = state.outcome;
    policy.value = state.policy;
    clause.value = state.clause;
    var found = [];
    for (var i = 0; i < rows.length; i++) if (matches(rows[i])) found.push(i);
    var pages = Math.max(1, Math.ceil(found.length / PAGE));
    state.page = Math.min(state.page, pages);
    var shown = found.slice((state.page - 1) * PAGE, state.page * PAGE);
    Array.prototype.slice.call(table.tBodies).forEach(function (body) { body.remove(); });
    shown.forEach(function (index) { table.appendChild(recordBody(index)); });
    var scope = meta.failuresOnly ? ' non-compliant or in-error records' : ' records';
    status.textContent = found.length === rows.length
      ? rows.length + scope + (pages > 1 ? ', ' + PAGE + ' a page.' : '.')
      : found.length + ' of ' + rows.length + scope + ' match.';
    pageText.textContent = 'Page ' + state.page + ' of ' + pages;
    previous.disabled = state.page <= 1;
    next.disabled = state.page >= pages;
    write();
  }

  function recordBody(index) {
    var row = rows[index];
    var body = document.createElement('tbody');
    body.dataset.record = index;
    var tr = body.appendChild(document.createElement('tr'));
    var th = tr.appendChild(document.createElement('th'));
    th.scope = 'row';
    var open = th.appendChild(el('button', 'open', row[0]));
    open.type = 'button';
    open.setAttribute('aria-expanded', 'false');
    tr.appendChild(el('td', 'where', files[row[1]] + ':' + row[2]));
    tr.appendChild(document.createElement('td')).appendChild(badge(row[3]));
    var fails = tr.appendChild(el('td', 'fails'));
    row[5].forEach(function (c) { var code = fails.appendChild(el('code', null, meta.clauses[c][1])); code.title = clauseName(c); });
    var names = tr.appendChild(el('td'));
    row[4].forEach(function (p) {
      if ((p & 3) === 3) return;
      var line = names.appendChild(el('div', null, SYMBOLS[p & 3] + ' ' + meta.policies[p >> 2]));
      line.title = OUTCOMES[p & 3];
    });
    open.addEventListener('click', function () { toggle(index, body, open); });
    if (state.open.indexOf(index) >= 0) show(index, body, open);
    return body;
  }

  function toggle(index, body, button) {
    var at = state.open.indexOf(index);
    if (at >= 0) {
      state.open.splice(at, 1);
      var detail = body.querySelector('tr.detail');
      if (detail) detail.remove();
      button.setAttribute('aria-expanded', 'false');
    } else {
      state.open.push(index);
      show(index, body, button);
    }
    write();
  }

  function show(index, body, button) {
    button.setAttribute('aria-expanded', 'true');
    var cell = body.appendChild(el('tr', 'detail')).appendChild(el('td', null, 'Opening\u2026'));
    cell.colSpan = 5;
    var row = rows[index];
    details(row[6]).then(function (list) {
      // Markup written by the tool itself, every piece of data in it escaped when the report was written.
      cell.innerHTML = list[index - row[6].first];
      document.dispatchEvent(new CustomEvent('cp-opened', { detail: index }));
    }, function () {
      cell.textContent = 'This browser cannot unpack the record\u2019s details (it lacks DecompressionStream); use --format json, or a current browser.';
    });
  }

  // A chunk's details: Base64 of gzipped JSON, unpacked once by the browser's own decompressor and kept.
  function details(chunk) {
    if (!chunk.details) {
      chunk.details = new Promise(function (resolve, reject) {
        if (typeof DecompressionStream !== 'function') { reject(new Error('no DecompressionStream')); return; }
        var binary = atob(chunk.source.textContent.trim());
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        new Response(stream).text().then(function (json) { resolve(JSON.parse(json)); }, reject);
      });
    }
    return chunk.details;
  }

  function filter(key, value) { state[key] = value; state.page = 1; render(); }
  search.addEventListener('input', function () { filter('q', search.value); });
  outcome.addEventListener('change', function () { filter('outcome', outcome.value); });
  policy.addEventListener('change', function () { filter('policy', policy.value); });
  clause.addEventListener('change', function () { filter('clause', clause.value); });
  reset.addEventListener('click', function () { state = { q: '', outcome: '', policy: '', clause: '', page: 1, open: [] }; render(); search.focus(); });
  previous.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('=') < 0) return; // a plain anchor such as #summary, not a state of the list
    state = read();
    render();
    document.getElementById('records').scrollIntoView();
  });
  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) { event.preventDefault(); search.focus(); }
  });
  // Printing shows every open section's content: the details of the records on the page, the inputs, the explanations.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });
  render();
  if (/(clause|open)=/.test(location.hash)) document.getElementById('records').scrollIntoView();
}());
