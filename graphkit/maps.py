"""Reporter maps: one self-contained, offline HTML file per map.

``render_map`` draws the actor graph with vis-network (vendored in ``graphkit/assets``,
inlined into the page: the file makes no request to any other host); ``render_stance_matrix``
draws actors against issues. Both open a side panel with the sentences and quotes behind
every node, edge or cell.

Everything that comes from documents is untrusted. It reaches the page only as JSON inside
a ``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and U+2028/2029
escaped, and the page builds its DOM from it with ``textContent``; URLs become links only
when they are http(s). A Content-Security-Policy allows only the page's own inline scripts
(by hash) and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from .camps import UNALIGNED, camps
from .graph import claim_confidence

SHAPES = {
    "Person": "dot",
    "Organization": "square",
    "Group": "triangle",
    "Location": "diamond",
    "Issue": "hexagon",
}
CAMP_COLOURS = (
    "#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7",
    "#86bcb6", "#d37295", "#a0cbe8", "#ffbe7d", "#d4a6c8",
)
UNALIGNED_COLOUR = "#bab0ac"
ISSUE_COLOUR = "#ffffff"
POLARITY_COLOURS = {-1: "#d62728", 0: "#8c8c8c", 1: "#2ca02c"}
# Above this many nodes the page skips physics entirely and simplifies edge drawing.
LARGE = 300
# At most this many claims per edge are embedded (the panel says how many were left out).
MAX_CLAIMS_PER_EDGE = 200


def render_map(g: nx.MultiDiGraph, path: str | Path, *, title: str = "",
               caption: str = "") -> Path:
    """Write the interactive map of ``g`` to ``path`` (one HTML file) and return the path."""
    camp_of = camps(g)
    pos = layout(g, camp_of)
    nodes, index = _vis_nodes(g, camp_of, pos)
    edges = _vis_edges(g, index)
    meta = _meta(g, title or "Actor map", caption)
    data = {
        "meta": meta,
        "nodes": nodes,
        "edges": edges,
        "camps": _camp_legend(g, camp_of),
        "types": sorted({e["type"] for e in edges}),
        "large": len(nodes) > LARGE,
        "colours": {"polarity": {str(k): v for k, v in POLARITY_COLOURS.items()},
                    "unaligned": UNALIGNED_COLOUR, "issue": ISSUE_COLOUR},
        "shapes": SHAPES,
    }
    page = _page(
        meta, data, scripts=("vis-network.min.js", "common.js", "map.js"),
        body_class="map", counts={"node-count": len(nodes), "edge-count": len(edges)},
    )
    return _write(path, page)


def render_stance_matrix(g: nx.MultiDiGraph, path: str | Path, *, title: str = "") -> Path:
    """Write the actor-by-issue stance matrix of ``g`` to ``path`` and return the path."""
    camp_of = camps(g)
    issues = [n for n, k in g.nodes(data="kind") if k == "Issue"]
    cells = []
    rows: dict[Hashable, float] = defaultdict(float)
    cols: dict[Hashable, float] = defaultdict(float)
    for s, t, e in g.edges(data=True):
        if g.nodes[t].get("kind") != "Issue" or g.nodes[s].get("kind") == "Issue":
            continue
        cells.append({"actor": str(s), "issue": str(t), "type": e.get("type", ""),
                      "polarity": int(e.get("polarity") or 0), "weight": int(e.get("weight") or 0),
                      **_edge_summary(e)})
        rows[s] += e.get("weight") or 0
        cols[t] += e.get("weight") or 0
    row_ids = sorted(rows, key=lambda n: (camp_of.get(n, UNALIGNED) == UNALIGNED,
                                          camp_of.get(n, UNALIGNED), -rows[n], _name(g, n)))
    col_ids = sorted((i for i in issues if i in cols), key=lambda n: (-cols[n], _name(g, n)))
    meta = _meta(g, title or "Stances on issues", "")
    data = {
        "meta": meta,
        "actors": [{"id": str(n), "label": _name(g, n), "kind": _text(g.nodes[n].get("kind")),
                    "camp": camp_of.get(n, UNALIGNED), "colour": _camp_colour(camp_of.get(n))}
                   for n in row_ids],
        "issues": [{"id": str(n), "label": _name(g, n)} for n in col_ids],
        "cells": cells,
        "camps": _camp_legend(g, camp_of),
        "colours": {"polarity": {str(k): v for k, v in POLARITY_COLOURS.items()}},
    }
    page = _page(
        meta, data, scripts=("common.js", "matrix.js"), body_class="matrix",
        counts={"actor-count": len(row_ids), "issue-count": len(col_ids),
                "cell-count": len(cells)},
    )
    return _write(path, page)


# ---------------------------------------------------------------- layout


def layout(g: nx.Graph, camp_of: Mapping[Hashable, int] | None = None, *,
           iterations: int | None = None, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions for every node, computed once (the page runs no or little physics).

    Fruchterman-Reingold with numpy on the undirected weighted graph, started from camps
    placed around a circle so that blocs sit together. Dense O(n^2) per iteration with few
    iterations for large graphs (about 2 s for 2,000 nodes).
    """
    import numpy as np

    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    camp_of = camp_of or {}
    if iterations is None:
        iterations = 120 if n <= 100 else 60 if n <= LARGE else 30
    idx = {v: i for i, v in enumerate(nodes)}
    rng = random.Random(seed)
    groups: dict[int, list[int]] = defaultdict(list)
    for v in nodes:
        groups[camp_of.get(v, UNALIGNED)].append(idx[v])
    pos = np.zeros((n, 2))
    real = sorted(c for c in groups if c != UNALIGNED)
    for j, c in enumerate(real):
        ang = 2 * math.pi * j / max(len(real), 1)
        cx, cy = (0.5 * math.cos(ang), 0.5 * math.sin(ang)) if len(real) > 1 else (0.0, 0.0)
        spread = 0.15 + 0.35 * math.sqrt(len(groups[c]) / n)
        for i in groups[c]:
            pos[i] = (cx + rng.uniform(-spread, spread), cy + rng.uniform(-spread, spread))
    for i in groups.get(UNALIGNED, []):
        pos[i] = (rng.uniform(-1, 1), rng.uniform(-1, 1))
    w = np.zeros((n, n), dtype=np.float32)
    for s, t, e in g.edges(data=True):
        if s == t:
            continue
        a, b = idx[s], idx[t]
        val = 1.0 + math.log1p(float(e.get("weight") or 1))
        w[a, b] += val
        w[b, a] += val
    x = pos[:, 0].astype(np.float32)
    y = pos[:, 1].astype(np.float32)
    k = np.float32(1.0 / math.sqrt(n))
    k2 = k * k
    temp = 0.1
    cool = temp / (iterations + 1)
    dx = np.empty((n, n), dtype=np.float32)
    dy = np.empty((n, n), dtype=np.float32)
    d2 = np.empty((n, n), dtype=np.float32)
    f = np.empty((n, n), dtype=np.float32)
    gravity = np.float32(0.05 * n * k)
    for _ in range(iterations):
        np.subtract(x[:, None], x[None, :], out=dx)
        np.subtract(y[:, None], y[None, :], out=dy)
        np.multiply(dx, dx, out=d2)
        d2 += dy * dy
        np.maximum(d2, 1e-4, out=d2)
        # force / distance: repulsion k^2/d^2, attraction w*d/k
        np.divide(k2, d2, out=f)
        f -= w * np.sqrt(d2) / k
        ddx = (dx * f).sum(axis=1) - gravity * x
        ddy = (dy * f).sum(axis=1) - gravity * y
        length = np.sqrt(ddx * ddx + ddy * ddy)
        np.maximum(length, 0.01, out=length)
        x += ddx * (temp / length)
        y += ddy * (temp / length)
        temp -= cool
    pos = np.stack([x, y], axis=1).astype(np.float64)
    pos -= pos.mean(axis=0)
    extent = float(np.abs(pos).max()) or 1.0
    scale = max(300.0, 45.0 * math.sqrt(n)) / extent
    return {v: (round(float(pos[idx[v], 0]) * scale, 1), round(float(pos[idx[v], 1]) * scale, 1))
            for v in nodes}


# ---------------------------------------------------------------- nodes and edges


def prominence(g: nx.MultiDiGraph, n: Hashable) -> float:
    """Mentions, or weighted degree when the node has no counted mentions."""
    m = g.nodes[n].get("mentions") or 0
    return float(m or g.degree(n, weight="weight") or 0)


def _vis_nodes(g: nx.MultiDiGraph, camp_of: Mapping[Hashable, int],
               pos: Mapping[Hashable, tuple[float, float]]) -> tuple[list[dict], dict]:
    net = Network(directed=True)
    index: dict[Hashable, str] = {}
    ranked = sorted(g, key=lambda n: -prominence(g, n))
    top = set(ranked[: max(40, len(ranked) // 20)])
    for i, n in enumerate(g):
        d = g.nodes[n]
        vid = f"n{i}"
        index[n] = vid
        kind = _text(d.get("kind")) or "Person"
        camp = camp_of.get(n, UNALIGNED)
        colour = ISSUE_COLOUR if kind == "Issue" else _camp_colour(camp)
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(
            vid, label=_name(g, n), shape=SHAPES.get(kind, "dot"),
            color={"background": colour, "border": "#444444" if kind == "Issue" else "#333333",
                   "highlight": {"background": colour, "border": "#000000"},
                   "hover": {"background": colour, "border": "#000000"}},
            value=round(prominence(g, n), 2), x=x, y=y,
            key=str(n), kind=kind, camp=camp, major=n in top,
            aliases=[_text(a) for a in d.get("aliases") or []],
            roles=[_text(r) for r in d.get("roles") or []],
            mentions=int(d.get("mentions") or 0), documents=int(d.get("documents") or 0),
        )
    return net.nodes, index


def _vis_edges(g: nx.MultiDiGraph, index: Mapping[Hashable, str]) -> list[dict]:
    pair_count: Counter = Counter()
    pairs: list[frozenset] = []
    edges = []
    for i, (s, t, k, e) in enumerate(g.edges(keys=True, data=True)):
        pair = frozenset((s, t))
        pairs.append(pair)
        nth = pair_count[pair]
        pair_count[pair] += 1
        pol = int(e.get("polarity") or 0)
        weight = int(e.get("weight") or 0)
        edges.append({
            "id": f"e{i}", "from": index[s], "to": index[t],
            "type": _text(e.get("type") or k), "polarity": pol,
            "category": _text(e.get("category")), "weight": weight,
            "color": POLARITY_COLOURS.get(max(-1, min(1, pol)), POLARITY_COLOURS[0]),
            "width": round(min(1 + 1.5 * math.log2(max(weight, 1)), 10), 2),
            "dashes": int(e.get("sources") or 0) == 1,
            "symmetric": (e.get("type") or k) == "CLASHES_WITH",
            "nth": nth,
            **_edge_summary(e),
        })
    # Parallel edges (same pair, either direction) curve apart; lone edges stay straight.
    for ed, pair in zip(edges, pairs, strict=True):
        ed["parallel"] = pair_count[pair] > 1
    return edges


def _edge_summary(e: Mapping[str, Any]) -> dict[str, Any]:
    claims = list(e.get("claims") or [])
    claims.sort(key=lambda c: (_text(c.get("published")), _text(c.get("id"))))
    return {
        "documents": int(e.get("documents") or 0),
        "sources": int(e.get("sources") or 0),
        "first_seen": _text(e.get("first_seen")),
        "last_seen": _text(e.get("last_seen")),
        "claims_total": len(claims),
        "claims": [_claim(c) for c in claims[:MAX_CLAIMS_PER_EDGE]],
        # the surest claim behind the edge or cell: the page's confidence filter reads it
        "confidence": round(max((claim_confidence(c) for c in claims), default=0.0), 3),
    }


def _claim(c: Mapping[str, Any]) -> dict[str, Any]:
    conf = round(claim_confidence(c), 3)
    return {
        "sentence": _text(c.get("sentence")), "quote": _text(c.get("quote")),
        "verb": _text(c.get("verb")), "mode": _text(c.get("mode")), "confidence": conf,
        "rule": _text(c.get("rule")),
        "title": _text(c.get("title")), "published": _text(c.get("published")),
        "url": safe_url(c.get("url")), "outlet": _text(c.get("outlet")),
    }


def _camp_legend(g: nx.MultiDiGraph, camp_of: Mapping[Hashable, int]) -> list[dict]:
    members: dict[int, list[Hashable]] = defaultdict(list)
    for n, c in camp_of.items():
        if c != UNALIGNED:
            members[c].append(n)
    out = []
    for c in sorted(members):
        ms = sorted(members[c], key=lambda n: -prominence(g, n))
        out.append({"id": c, "colour": _camp_colour(c), "size": len(ms),
                    "members": [_name(g, m) for m in ms[:4]]})
    return out


def _camp_colour(c: int | None) -> str:
    if c is None or c == UNALIGNED:
        return UNALIGNED_COLOUR
    return CAMP_COLOURS[c % len(CAMP_COLOURS)]


def _meta(g: nx.MultiDiGraph, title: str, caption: str) -> dict[str, Any]:
    docs = g.graph.get("documents") or []
    outlets = Counter(_text(d.get("source")) for d in docs if d.get("source"))
    return {
        "title": _text(title), "caption": _text(caption),
        "documents": len(docs),
        "outlets": [s for s, _ in outlets.most_common()],
        "first_seen": _text(g.graph.get("first_seen")),
        "last_seen": _text(g.graph.get("last_seen")),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _name(g: nx.Graph, n: Hashable) -> str:
    return _text(g.nodes[n].get("name")) or str(n)


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def safe_url(u: Any) -> str:
    """``u`` if it is an http(s) URL without control characters, else ""."""
    s = _text(u).strip()
    low = s.lower()
    if not (low.startswith("http://") or low.startswith("https://")):
        return ""
    if any(ord(ch) < 32 or ch in "\"'<>`" for ch in s):
        return ""
    return s


# ---------------------------------------------------------------- page


def json_for_script(obj: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in, nor break a JS parser."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    return resources.files("graphkit").joinpath("assets", name).read_text(encoding="utf-8")


def _page(meta: Mapping[str, Any], data: Any, *, scripts: tuple[str, ...], body_class: str,
          counts: Mapping[str, int]) -> str:
    e = html.escape
    code = []
    for name in scripts:
        src = _asset(name)
        if "</script" in src.lower() or "<!--" in src:
            raise ValueError(f"asset {name} cannot be inlined in a <script> element")
        code.append(src)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(c.encode("utf-8")).digest()).decode() + "'"
        for c in code
    )
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
           "img-src data: blob:; font-src data:; connect-src 'none'; frame-src 'none'; "
           "object-src 'none'; base-uri 'none'; form-action 'none'")
    css = _asset("graphkit.css")
    sub = []
    if meta["documents"]:
        sub.append(f"{meta['documents']} document{'s' if meta['documents'] != 1 else ''}")
    if meta["outlets"]:
        shown = meta["outlets"][:6]
        more = len(meta["outlets"]) - len(shown)
        sub.append("sources: " + ", ".join(shown) + (f" and {more} more" if more > 0 else ""))
    if meta["first_seen"] or meta["last_seen"]:
        sub.append(f"{meta['first_seen'] or '?'} to {meta['last_seen'] or '?'}")
    attrs = " ".join(f'data-{k}="{int(v)}"' for k, v in counts.items())
    scripts_html = "\n".join(f"<script>{c}</script>" for c in code)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(csp, quote=False)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="graphkit">
<title>{e(meta['title'])}</title>
<style>{css}</style>
</head>
<body class="{body_class}" {attrs}>
<header id="head">
<h1 id="title">{e(meta['title'])}</h1>
<p id="caption">{e(meta['caption'])}</p>
<p id="provenance">{e(' · '.join(sub))} · generated {e(meta['generated'])} by graphkit</p>
</header>
<div id="toolbar"></div>
<main id="main"><div id="view"></div>
<aside id="panel" hidden><button type="button" id="panel-close" aria-label="Close">×</button>
<div id="panel-body"></div></aside>
<aside id="legend"></aside></main>
<noscript>This map needs JavaScript.</noscript>
<script type="application/json" id="graphkit-data">{json_for_script(data)}</script>
{scripts_html}
</body>
</html>
"""


def _write(path: str | Path, page: str) -> Path:
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(page, encoding="utf-8")
    return p
