/* graphkit: helpers shared by the map and the stance matrix.
   All text from documents is untrusted: the DOM is built with textContent only,
   and links are made only for http(s) URLs. */
(function () {
  'use strict';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function safeHref(u) {
    if (typeof u !== 'string' || !u) { return null; }
    try {
      var p = new URL(u);
      if (p.protocol === 'http:' || p.protocol === 'https:') { return p.href; }
    } catch (err) { /* not a URL */ }
    return null;
  }

  function link(url, text, cls) {
    var href = safeHref(url);
    if (!href) { return el('span', cls || '', text || ''); }
    var a = el('a', cls || '', text || href);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer nofollow';
    return a;
  }

  function loadData() {
    return JSON.parse(document.getElementById('graphkit-data').textContent);
  }

  var panel = document.getElementById('panel');
  var panelBody = document.getElementById('panel-body');
  document.getElementById('panel-close').addEventListener('click', function () { closePanel(); });

  function openPanel(kind, id) {
    panelBody.replaceChildren();
    panel.hidden = false;
    panel.setAttribute('data-kind', kind);
    panel.setAttribute('data-id', id);
    return panelBody;
  }

  function closePanel() {
    panel.hidden = true;
    panel.removeAttribute('data-kind');
    panel.removeAttribute('data-id');
  }

  function dl(pairs) {
    var d = el('dl');
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') { return; }
      d.appendChild(el('dt', '', p[0]));
      var dd = el('dd');
      if (p[1] instanceof Node) { dd.appendChild(p[1]); } else { dd.textContent = String(p[1]); }
      d.appendChild(dd);
    });
    return d;
  }

  function polarityWord(p) {
    return p > 0 ? 'supportive' : (p < 0 ? 'hostile' : 'neutral');
  }

  /* One claim: quote, sentence, and where it comes from. */
  function claimNode(c, label) {
    var box = el('div', 'claim');
    if (label) { box.appendChild(el('div', 'edge-label', label)); }
    if (c.quote) { box.appendChild(el('blockquote', '', '\u201c' + c.quote + '\u201d')); }
    if (c.sentence) { box.appendChild(el('p', 'sentence', c.sentence)); }
    var meta = el('div', 'meta');
    var bits = [];
    if (c.verb) { bits.push('verb: ' + c.verb); }
    if (c.mode) { bits.push(c.mode); }
    if (c.confidence) { bits.push('confidence ' + c.confidence); }
    if (c.rule) { bits.push('rule: ' + c.rule); }
    if (c.published) { bits.push(c.published); }
    if (c.outlet) { bits.push(c.outlet); }
    meta.appendChild(document.createTextNode(bits.join(' \u00b7 ')));
    if (c.title || c.url) {
      if (bits.length) { meta.appendChild(document.createTextNode(' \u00b7 ')); }
      meta.appendChild(link(c.url, c.title || c.url, 'doc-title'));
    }
    box.appendChild(meta);
    return box;
  }

  function claimList(parent, items, limit) {
    /* items: [{claim, label}] */
    var shown = items.slice(0, limit);
    shown.forEach(function (it) { parent.appendChild(claimNode(it.claim, it.label)); });
    if (items.length > shown.length) {
      parent.appendChild(el('p', 'more', (items.length - shown.length) + ' more not shown'));
    }
  }

  /* "Confidence >= [any|0.5|...|0.8]": calls onChange with the cut as a number. */
  function confidenceSelect(title, onChange) {
    var label = el('label', 'confidence');
    label.appendChild(document.createTextNode('Confidence \u2265 '));
    var sel = el('select');
    sel.id = 'confidence-filter';
    sel.setAttribute('aria-label', title);
    [['0', 'any'], ['0.5', '0.5'], ['0.6', '0.6'], ['0.7', '0.7'], ['0.8', '0.8']].forEach(function (o) {
      var opt = document.createElement('option');
      opt.value = o[0];
      opt.textContent = o[1];
      sel.appendChild(opt);
    });
    sel.addEventListener('change', function () { onChange(Number(sel.value) || 0); });
    label.appendChild(sel);
    return { label: label, select: sel };
  }

  window.graphkitCommon = {
    el: el, safeHref: safeHref, link: link, loadData: loadData, openPanel: openPanel,
    closePanel: closePanel, dl: dl, polarityWord: polarityWord, claimNode: claimNode,
    claimList: claimList, confidenceSelect: confidenceSelect
  };
}());
