/* graphkit: the interactive actor map (vis-network, positions computed in Python). */
(function () {
  'use strict';
  var C = window.graphkitCommon;
  var el = C.el;
  var data = C.loadData();
  var large = !!data.large;
  var nodeById = {};
  var edgeById = {};
  var edgesOf = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    edgesOf[e.from].push(e);
    if (e.to !== e.from) { edgesOf[e.to].push(e); }
  });
  var enabledTypes = {};
  data.types.forEach(function (t) { enabledTypes[t] = true; });
  var focused = null;
  var labelShown = {};
  var SCALE = { min: large ? 5 : 8, max: large ? 30 : 42, fmin: 12, fmax: 22, draw: 5, maxVisible: 26 };

  function nodeLabel(n) {
    return (labelShown[n.id] || n.id === focused) ? n.label : '';
  }

  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: nodeLabel(n), shape: n.shape, color: n.color,
      value: Math.max(n.value, 0.5), x: n.x, y: n.y };
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, dashes: e.dashes,
      width: large ? Math.min(e.width, 4) : e.width,
      color: { color: e.color, highlight: e.color, hover: e.color, opacity: large ? 0.35 : 0.85 },
      arrows: e.symmetric ? 'to, from' : 'to',
      smooth: e.parallel ? { enabled: true, type: 'curvedCW', roundness: 0.18 + 0.14 * e.nth }
        : false
    };
  }));

  var options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: { hover: !large, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
      tooltipDelay: 200, keyboard: false, multiselect: false },
    nodes: {
      borderWidth: 1,
      scaling: { min: SCALE.min, max: SCALE.max,
        label: { enabled: true, min: SCALE.fmin, max: SCALE.fmax, drawThreshold: SCALE.draw,
          maxVisible: SCALE.maxVisible } },
      font: { face: 'system-ui, Arial, sans-serif', strokeWidth: 3, strokeColor: '#ffffff' }
    },
    edges: { selectionWidth: 2, arrowStrikethrough: false,
      arrows: { to: { enabled: true, scaleFactor: 0.55 }, from: { scaleFactor: 0.55 } } }
  };

  var container = document.getElementById('view');
  var network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, options);

  function markReady() {
    if (window.graphkitReady) { return; }
    window.graphkitReadyMs = performance.now();
    window.graphkitReady = true;
    document.body.setAttribute('data-ready', '1');
  }

  if (!large && data.nodes.length > 1) {
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: false });
      network.fit();
      declutter();
      network.once('afterDrawing', markReady);
      network.redraw();
    });
    network.setOptions({ physics: { enabled: true, solver: 'barnesHut',
      barnesHut: { gravitationalConstant: -5000, springLength: 130, springConstant: 0.03,
        avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 200, updateInterval: 50, fit: true } } });
    network.stabilize(200);
  } else {
    network.once('afterDrawing', function () {
      declutter();
      network.once('afterDrawing', markReady);
      network.redraw();
    });
  }

  /* Labels that do not pile up: after each zoom or move, the most prominent actors get
     their labels first, and a label is drawn only where it overlaps none already placed. */
  var byProminence = data.nodes.slice().sort(function (a, b) {
    return (b.value - a.value) || (b.major - a.major);
  });
  var vmin = Infinity;
  var vmax = -Infinity;
  data.nodes.forEach(function (n) {
    var v = Math.max(n.value, 0.5);
    vmin = Math.min(vmin, v);
    vmax = Math.max(vmax, v);
  });
  function unit(n) {  /* vis-network's default scaling function */
    return vmax === vmin ? 0.5 : Math.max(0, (Math.max(n.value, 0.5) - vmin) / (vmax - vmin));
  }

  function declutter() {
    var scale = network.getScale();
    var centre = network.getViewPosition();
    var w = container.clientWidth;
    var h = container.clientHeight;
    var pos = network.getPositions();
    var cell = 60;
    var grid = {};
    var next = {};
    function hits(b) {
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
          var list = grid[gx + ',' + gy];
          if (!list) { continue; }
          for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return true; }
          }
        }
      }
      return false;
    }
    function put(b) {
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
          (grid[gx + ',' + gy] = grid[gx + ',' + gy] || []).push(b);
        }
      }
    }
    var order = focused ? [nodeById[focused]].concat(byProminence) : byProminence;
    order.forEach(function (n) {
      var p = pos[n.id];
      if (!p || next[n.id] !== undefined) { return; }
      var sx = (p.x - centre.x) * scale + w / 2;
      var sy = (p.y - centre.y) * scale + h / 2;
      var u = unit(n);
      var fs = Math.min(SCALE.maxVisible, (SCALE.fmin + u * (SCALE.fmax - SCALE.fmin)) * scale);
      var r = (SCALE.min + u * (SCALE.max - SCALE.min)) * scale;
      if (fs < SCALE.draw || sx < -200 || sy < -100 || sx > w + 200 || sy > h + 100) {
        next[n.id] = false;
        return;
      }
      var half = n.label.length * fs * 0.3 + 3;
      var box = [sx - half, sy + r, sx + half, sy + r + fs * 1.25];
      var ok = n.id === focused || !hits(box);
      if (ok) { put(box); }
      next[n.id] = ok;
    });
    var upd = [];
    data.nodes.forEach(function (n) {
      var v = !!next[n.id];
      if (v !== !!labelShown[n.id]) { labelShown[n.id] = v; upd.push(n); }
    });
    if (upd.length) {
      visNodes.update(upd.map(function (n) { return { id: n.id, label: nodeLabel(n) }; }));
    }
    return upd.length;
  }
  var declutterTimer = null;
  function declutterSoon() {
    if (declutterTimer) { clearTimeout(declutterTimer); }
    declutterTimer = setTimeout(function () { declutterTimer = null; declutter(); }, 120);
  }
  network.on('zoom', declutterSoon);
  network.on('dragEnd', declutterSoon);
  network.on('animationFinished', declutterSoon);
  window.addEventListener('resize', declutterSoon);

  /* ---------------- evidence panel ---------------- */

  function nameOf(id) { return nodeById[id] ? nodeById[id].label : id; }

  function edgeTitle(e) {
    return nameOf(e.from) + ' ' + e.type + ' ' + nameOf(e.to);
  }

  function relButton(e, fromId) {
    var arrow = e.from === fromId ? '\u2192 ' + e.type + ' ' + nameOf(e.to)
      : '\u2190 ' + nameOf(e.from) + ' ' + e.type;
    var b = el('button', 'rel pol-' + e.polarity,
      arrow + ' \u00b7 ' + e.weight + ' claim' + (e.weight === 1 ? '' : 's'));
    b.type = 'button';
    b.addEventListener('click', function () { selectEdge(e.id); });
    return b;
  }

  function openNode(id) {
    var n = nodeById[id];
    if (!n) { return false; }
    var body = C.openPanel('node', id);
    body.appendChild(el('h2', '', n.label));
    var camp = null;
    if (n.kind !== 'Issue') {
      camp = el('span');
      var sw = el('span', 'swatch');
      sw.style.background = n.color.background;
      camp.appendChild(sw);
      camp.appendChild(document.createTextNode(' ' + (n.camp >= 0 ? 'camp ' + (n.camp + 1)
        : 'unaligned')));
    }
    body.appendChild(C.dl([
      ['kind', n.kind], ['camp', camp], ['aliases', n.aliases.join(', ')],
      ['roles', n.roles.join('; ')], ['mentions', n.mentions], ['documents', n.documents]
    ]));
    var rels = edgesOf[id].slice().sort(function (a, b) { return b.weight - a.weight; });
    body.appendChild(el('h3', '', 'Relations (' + rels.length + ')'));
    rels.slice(0, 100).forEach(function (e) { body.appendChild(relButton(e, id)); });
    if (rels.length > 100) { body.appendChild(el('p', 'more', (rels.length - 100) + ' more')); }
    var items = [];
    rels.forEach(function (e) {
      e.claims.forEach(function (c) { items.push({ claim: c, label: edgeTitle(e) }); });
    });
    items.sort(function (a, b) {
      return a.claim.published < b.claim.published ? -1 : (a.claim.published > b.claim.published ? 1 : 0);
    });
    body.appendChild(el('h3', '', 'Evidence (' + items.length + ')'));
    C.claimList(body, items, 60);
    return true;
  }

  function openEdge(id) {
    var e = edgeById[id];
    if (!e) { return false; }
    var body = C.openPanel('edge', id);
    body.appendChild(el('h2', 'pol-' + e.polarity, edgeTitle(e)));
    body.appendChild(C.dl([
      ['relation', e.type + ' (' + C.polarityWord(e.polarity) + ', ' + e.category + ')'],
      ['claims', e.weight], ['documents', e.documents],
      ['sources', e.sources + (e.sources === 1 ? ' (single source: dashed)' : '')],
      ['seen', (e.first_seen || '?') + ' to ' + (e.last_seen || '?')]
    ]));
    body.appendChild(el('h3', '', 'Evidence (' + e.claims_total + ')'));
    C.claimList(body, e.claims.map(function (c) { return { claim: c }; }), 1000);
    if (e.claims_total > e.claims.length) {
      body.appendChild(el('p', 'more', (e.claims_total - e.claims.length) +
        ' more claims are in the store'));
    }
    return true;
  }

  function selectEdge(id) {
    network.selectEdges([id]);
    openEdge(id);
  }

  function onClick(params) {
    if (params.nodes && params.nodes.length) { return openNode(params.nodes[0]); }
    if (params.edges && params.edges.length) { return openEdge(params.edges[0]); }
    C.closePanel();
    return false;
  }
  network.on('click', onClick);

  /* ---------------- toolbar: search, type filter, counts ---------------- */

  var toolbar = document.getElementById('toolbar');
  var search = el('input');
  search.type = 'search';
  search.id = 'search';
  search.placeholder = 'Find an actor\u2026';
  search.setAttribute('list', 'actor-names');
  search.setAttribute('aria-label', 'Find an actor');
  var names = el('datalist');
  names.id = 'actor-names';
  data.nodes.slice().sort(function (a, b) { return b.value - a.value; }).forEach(function (n) {
    var o = document.createElement('option');
    o.value = n.label;
    names.appendChild(o);
  });
  var msg = el('span', 'msg');
  msg.id = 'search-msg';
  toolbar.appendChild(search);
  toolbar.appendChild(names);
  toolbar.appendChild(msg);

  function findNode(q) {
    q = String(q || '').trim().toLowerCase();
    if (!q) { return null; }
    var exact = null;
    var partial = null;
    data.nodes.forEach(function (n) {
      var all = [n.label].concat(n.aliases);
      all.forEach(function (s) {
        s = String(s).toLowerCase();
        if (s === q && !exact) { exact = n; }
        if (!partial && s.indexOf(q) >= 0) { partial = n; }
      });
    });
    return exact || partial;
  }

  function focusNode(id) {
    if (!nodeById[id]) { return false; }
    var prev = focused;
    focused = id;
    var upd = [{ id: id, label: nodeById[id].label }];
    if (prev && prev !== id) { upd.push({ id: prev, label: nodeLabel(nodeById[prev]) }); }
    visNodes.update(upd);
    declutterSoon();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
      animation: large ? false : { duration: 400, easingFunction: 'easeInOutQuad' } });
    openNode(id);
    return true;
  }

  function doSearch() {
    var n = findNode(search.value);
    msg.textContent = n ? '' : (search.value ? 'no actor matches' : '');
    if (n) { focusNode(n.id); }
    return n ? n.id : null;
  }
  search.addEventListener('change', doSearch);
  search.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { doSearch(); } });

  var types = el('span', 'types');
  types.id = 'type-filter';
  types.appendChild(el('span', '', 'Relations: '));
  data.types.forEach(function (t) {
    var lab = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = t;
    box.setAttribute('data-type', t);
    box.addEventListener('change', function () { setType(t, box.checked); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(' ' + t));
    types.appendChild(lab);
  });
  toolbar.appendChild(types);
  var conf = C.confidenceSelect('Hide relations whose surest claim is less confident',
    function (c) { setMinConfidence(c); });
  var confSel = conf.select;
  toolbar.appendChild(conf.label);
  var stats = el('span', 'stats');
  stats.id = 'stats';
  toolbar.appendChild(stats);

  var graphkitStats = window.graphkitStats = { nodes: 0, edges: 0, visibleEdges: 0, camps: 0 };
  function updateStats() {
    var visible = 0;
    data.edges.forEach(function (e) { if (edgeShown(e)) { visible += 1; } });
    graphkitStats.nodes = visNodes.length;
    graphkitStats.edges = visEdges.length;
    graphkitStats.visibleEdges = visible;
    graphkitStats.camps = data.camps.length;
    document.body.setAttribute('data-visible-edge-count', String(visible));
    stats.textContent = visNodes.length + ' actors and issues \u00b7 ' + visible + ' of ' +
      visEdges.length + ' relations shown';
  }

  var minConfidence = 0;
  function edgeShown(e) { return enabledTypes[e.type] && e.confidence >= minConfidence; }
  function refreshEdges(edges) {
    visEdges.update(edges.map(function (e) { return { id: e.id, hidden: !edgeShown(e) }; }));
    updateStats();
  }

  function setType(t, on) {
    enabledTypes[t] = !!on;
    refreshEdges(data.edges.filter(function (e) { return e.type === t; }));
  }

  function setMinConfidence(c) {
    minConfidence = Number(c) || 0;
    confSel.value = String(minConfidence);
    refreshEdges(data.edges);
  }
  updateStats();

  /* ---------------- legend ---------------- */

  var legend = document.getElementById('legend');
  var tog = el('button', 'toggle', 'Legend \u25be');
  tog.type = 'button';
  tog.addEventListener('click', function () { legend.classList.toggle('collapsed'); });
  legend.appendChild(tog);
  var lb = el('div', 'body');
  legend.appendChild(lb);
  function row(parent, mark, text) {
    var r = el('div', 'row');
    r.appendChild(mark);
    r.appendChild(el('span', '', text));
    parent.appendChild(r);
  }
  var symbols = { dot: '\u25cf', square: '\u25a0', triangle: '\u25b2', diamond: '\u25c6',
    hexagon: '\u2b22', star: '\u2605' };
  lb.appendChild(el('h4', '', 'Shape: kind \u00b7 size: mentions'));
  Object.keys(data.shapes).forEach(function (k) {
    row(lb, el('span', 'shape', symbols[data.shapes[k]] || '\u25cf'), k);
  });
  if (data.camps.length) {
    lb.appendChild(el('h4', '', 'Colour: camp (allies inside, adversaries across)'));
    data.camps.slice(0, 12).forEach(function (c) {
      var sw = el('span', 'swatch');
      sw.style.background = c.colour;
      row(lb, sw, 'camp ' + (c.id + 1) + ' (' + c.size + '): ' + c.members.join(', ') +
        (c.size > c.members.length ? '\u2026' : ''));
    });
    if (data.camps.length > 12) { lb.appendChild(el('div', 'more', (data.camps.length - 12) + ' more camps')); }
  }
  var usw = el('span', 'swatch');
  usw.style.background = data.colours.unaligned;
  row(lb, usw, 'unaligned');
  var isw = el('span', 'swatch');
  isw.style.background = data.colours.issue;
  row(lb, isw, 'issue');
  lb.appendChild(el('h4', '', 'Lines: relations'));
  [['-1', 'hostile'], ['1', 'supportive'], ['0', 'neutral (orders, affiliations)']].forEach(function (p) {
    var ln = el('span', 'line');
    ln.style.borderTopColor = data.colours.polarity[p[0]];
    row(lb, ln, p[1]);
  });
  var dash = el('span', 'line dashed');
  row(lb, dash, 'dashed: a single source');
  row(lb, el('span', 'shape', '\u2192'), 'arrow: direction \u00b7 width: claims');

  window.graphkit = {
    network: network, nodes: visNodes, edges: visEdges, data: data,
    openNode: openNode, openEdge: openEdge, onClick: onClick, focusNode: focusNode,
    search: function (q) { search.value = q; return doSearch(); }, setType: setType,
    setMinConfidence: setMinConfidence,
    declutter: declutter, labelShown: labelShown
  };
}());
