"""Exports of the graph for other tools: GraphML, GEXF (Gephi), node-link JSON, CSV of edges.

GraphML and GEXF hold only scalar attributes, so lists and dicts are flattened: aliases and
roles are joined with ``"; "``, an edge's claims become ``claims`` (their count) and
``verbs`` (the distinct verbs, joined). In GEXF the relation type is written as ``relation``
(``type`` is GEXF's own directed/undirected flag) and each node's ``label`` is its name.
JSON keeps everything, claims included.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from .camps import camps

FORMATS = ("graphml", "gexf", "json", "csv")
EXTENSIONS = {".graphml": "graphml", ".xml": "graphml", ".gexf": "gexf", ".json": "json",
              ".csv": "csv"}
CSV_COLUMNS = ("source", "target", "type", "polarity", "weight", "documents", "sources",
               "first_seen", "last_seen")
SEP = "; "


def format_for(path: str | Path) -> str | None:
    """The export format implied by the file extension, or None."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def export_graph(g: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``g`` to ``path`` as ``fmt`` (one of FORMATS; inferred from the extension)."""
    fmt = (fmt or format_for(path) or "").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    p = Path(path)
    if not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(flat_graph(g), p, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(flat_graph(g, gexf=True), p, encoding="utf-8", prettyprint=True)
    elif fmt == "json":
        data = nx.node_link_data(g, edges="edges")
        with p.open("w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1, default=str)
            f.write("\n")
    else:
        with p.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(CSV_COLUMNS)
            for s, t, k, e in g.edges(keys=True, data=True):
                w.writerow([s, t, e.get("type", k), e.get("polarity", 0), e.get("weight", 0),
                            e.get("documents", 0), e.get("sources", 0),
                            e.get("first_seen", ""), e.get("last_seen", "")])
    return p


def flat_graph(g: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy of ``g`` with only str/int/float/bool attributes (for GraphML and GEXF)."""
    camp_of = camps(g)
    h = nx.MultiDiGraph()
    docs = g.graph.get("documents") or []
    h.graph.update({"documents": len(docs), "first_seen": str(g.graph.get("first_seen") or ""),
                    "last_seen": str(g.graph.get("last_seen") or "")})
    for n, d in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in d.items()}
        attrs["camp"] = camp_of.get(n, -1)
        if gexf:
            attrs["label"] = str(d.get("name") or n)
        h.add_node(n, **attrs)
    for s, t, k, e in g.edges(keys=True, data=True):
        attrs = {key: _scalar(v) for key, v in e.items() if key != "claims"}
        claims = e.get("claims") or []
        attrs["claims"] = len(claims)
        attrs["verbs"] = SEP.join(sorted({str(c.get("verb")) for c in claims if c.get("verb")}))
        if gexf:
            attrs["relation"] = attrs.pop("type", k)
            attrs["label"] = attrs["relation"]
        h.add_edge(s, t, key=k, **attrs)
    return h


def _scalar(v: Any) -> str | int | float | bool:
    if isinstance(v, bool | int | float | str):
        return v
    if v is None:
        return ""
    if isinstance(v, list | tuple | set | frozenset):
        return SEP.join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)
