/* graphkit: the stance matrix, actors against issues, with evidence on click. */
(function () {
  'use strict';
  var C = window.graphkitCommon;
  var el = C.el;
  var data = C.loadData();
  var cellsByKey = {};
  var maxAbs = 1;
  data.cells.forEach(function (c) {
    var k = c.actor + '\u0000' + c.issue;
    (cellsByKey[k] = cellsByKey[k] || []).push(c);
  });
  Object.keys(cellsByKey).forEach(function (k) {
    var net = 0;
    cellsByKey[k].forEach(function (c) { net += c.polarity * c.weight; });
    maxAbs = Math.max(maxAbs, Math.abs(net));
  });
  var actorName = {};
  data.actors.forEach(function (a) { actorName[a.id] = a.label; });
  var issueName = {};
  data.issues.forEach(function (i) { issueName[i.id] = i.label; });

  function openCell(actor, issue) {
    var cs = cellsByKey[actor + '\u0000' + issue];
    if (!cs) { return false; }
    var body = C.openPanel('cell', actor + ' / ' + issue);
    body.appendChild(el('h2', '', actorName[actor] + ' on ' + issueName[issue]));
    var items = [];
    cs.forEach(function (c) {
      body.appendChild(el('p', 'pol-' + c.polarity, c.type + ': ' + c.weight + ' claim' +
        (c.weight === 1 ? '' : 's') + ', ' + c.documents + ' document' + (c.documents === 1 ? '' : 's') +
        ', ' + (c.first_seen || '?') + ' to ' + (c.last_seen || '?')));
      c.claims.forEach(function (cl) { items.push({ claim: cl, label: c.type }); });
    });
    body.appendChild(el('h3', '', 'Evidence (' + items.length + ')'));
    C.claimList(body, items, 1000);
    return true;
  }

  var view = document.getElementById('view');
  var table = el('table', 'stances');
  table.id = 'stance-table';
  var empty = el('p', '', 'No stances in this graph.');
  var minConfidence = 0;

  function visibleCells(actor, issue) {
    return (cellsByKey[actor + '\u0000' + issue] || []).filter(function (c) {
      return c.confidence >= minConfidence;
    });
  }

  function cellNode(a, i, cs) {
    var td = el('td');
    if (!cs.length) { return td; }
    var net = 0;
    var pos = 0;
    var neg = 0;
    cs.forEach(function (c) {
      net += c.polarity * c.weight;
      if (c.polarity > 0) { pos += c.weight; } else if (c.polarity < 0) { neg += c.weight; }
    });
    td.className = 'has';
    td.tabIndex = 0;
    td.textContent = (pos && neg) ? ('+' + pos + ' / \u2212' + neg)
      : (net > 0 ? '+' + net : (net < 0 ? '\u2212' + (-net) : '0'));
    var alpha = 0.15 + 0.6 * Math.abs(net) / maxAbs;
    td.style.background = net > 0 ? 'rgba(44,160,44,' + alpha + ')'
      : (net < 0 ? 'rgba(214,39,40,' + alpha + ')' : '#eee');
    td.setAttribute('data-actor', a.id);
    td.setAttribute('data-issue', i.id);
    td.addEventListener('click', function () { openCell(a.id, i.id); });
    td.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { openCell(a.id, i.id); }
    });
    return td;
  }

  /* The table of the stances whose surest claim reaches the cut: the actors and issues
     left without any are left out. */
  function build() {
    var issues = data.issues.filter(function (i) {
      return data.actors.some(function (a) { return visibleCells(a.id, i.id).length; });
    });
    var actors = data.actors.filter(function (a) {
      return issues.some(function (i) { return visibleCells(a.id, i.id).length; });
    });
    while (table.firstChild) { table.removeChild(table.firstChild); }
    var thead = el('thead');
    var hr = el('tr');
    hr.appendChild(el('th', '', 'actor \\ issue'));
    issues.forEach(function (i) { hr.appendChild(el('th', '', i.label)); });
    thead.appendChild(hr);
    table.appendChild(thead);
    var tbody = el('tbody');
    var cellCount = 0;
    actors.forEach(function (a) {
      var tr = el('tr');
      var th = el('th');
      var sw = el('span', 'swatch');
      sw.style.background = a.colour;
      th.appendChild(sw);
      th.appendChild(document.createTextNode(' ' + a.label));
      tr.appendChild(th);
      issues.forEach(function (i) {
        var cs = visibleCells(a.id, i.id);
        cellCount += cs.length;
        tr.appendChild(cellNode(a, i, cs));
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    window.graphkitStats = { actors: actors.length, issues: issues.length, cells: cellCount };
    empty.hidden = actors.length > 0;
    empty.textContent = data.actors.length ? 'No stance is that sure.' : 'No stances in this graph.';
    document.body.setAttribute('data-visible-cell-count', String(cellCount));
    stats.textContent = actors.length + ' actors \u00b7 ' + issues.length + ' issues \u00b7 ' +
      cellCount + ' stances';
  }

  function setMinConfidence(c) {
    minConfidence = Number(c) || 0;
    conf.select.value = String(minConfidence);
    build();
  }

  var toolbar = document.getElementById('toolbar');
  var conf = C.confidenceSelect('Hide stances whose surest claim is less confident',
    setMinConfidence);
  toolbar.appendChild(conf.label);
  var stats = el('span', 'stats');
  stats.id = 'stats';
  toolbar.appendChild(stats);
  view.appendChild(table);
  view.appendChild(empty);
  build();

  var legend = document.getElementById('legend');
  legend.appendChild(el('h4', '', 'Cells: net stance (claims for \u2212 claims against)'));
  data.camps.slice(0, 12).forEach(function (c) {
    var r = el('div', 'row');
    var sw = el('span', 'swatch');
    sw.style.background = c.colour;
    r.appendChild(sw);
    r.appendChild(el('span', '', 'camp ' + (c.id + 1) + ': ' + c.members.join(', ')));
    legend.appendChild(r);
  });
  legend.style.position = 'fixed';
  legend.style.left = 'auto';
  legend.style.right = '8px';

  window.graphkit = { data: data, openCell: openCell, setMinConfidence: setMinConfidence };
  window.graphkitReady = true;
  document.body.setAttribute('data-ready', '1');
}());
