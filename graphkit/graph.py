"""The networkx view of a store: one function builds it from plain rows, others cut views.

The graph is an ``nx.MultiDiGraph`` (the contract for maps and exports):

* graph attributes: ``documents`` (list of document meta dicts), ``first_seen``,
  ``last_seen`` (ISO dates or "").
* nodes, keyed by id: ``name``, ``kind`` (Person, Organization, Group, Location or
  Issue), ``aliases`` and ``roles`` (lists), ``mentions`` (claims it takes part in),
  ``documents`` (how many documents it appears in).
* edges, keyed by relation type: ``type``, ``polarity``, ``category`` (interaction,
  affiliation or stance), ``weight`` (counted claims), ``documents`` and ``sources``
  (distinct documents and outlets behind it), ``first_seen``, ``last_seen``, and
  ``claims``: a list of dicts with ``id, type, polarity, verb, sentence, quote,
  confidence, mode, rule, document, title, url, published, outlet`` (``outlet``
  is the document's source, the news outlet).

Only claims whose mode is in ``ontology.COUNTED_MODES`` make edges unless asked.
"""


from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from .ontology import COUNTED_MODES, category

CLAIM_FIELDS = (
    "id", "type", "polarity", "verb", "sentence", "quote", "confidence", "mode", "rule",
    "document", "title", "url", "published", "outlet",
)


def build_graph(
    actors: Iterable[Mapping[str, Any]],
    issues: Iterable[Mapping[str, Any]],
    claims: Iterable[Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]],
    mentions: Mapping[str, set[str]] | None = None,
    modes: Iterable[str] = COUNTED_MODES,
) -> nx.MultiDiGraph:
    """Build the graph from rows. Each claim row has ``source`` and ``target`` ids
    besides the CLAIM_FIELDS; ``mentions`` maps actor id to the documents naming it."""
    modes = set(modes)
    g = nx.MultiDiGraph()
    docs = [dict(d) for d in documents]
    g.graph["documents"] = docs
    dates = sorted(d["published"] for d in docs if d.get("published"))
    g.graph["first_seen"] = dates[0] if dates else ""
    g.graph["last_seen"] = dates[-1] if dates else ""
    mentions = mentions or {}
    for a in actors:
        g.add_node(a["id"], name=a["name"], kind=a["kind"], aliases=list(a.get("aliases") or []),
                   roles=list(a.get("roles") or []), mentions=0,
                   documents=len(mentions.get(a["id"], ())))
    for i in issues:
        g.add_node(i["id"], name=i["name"], kind="Issue", aliases=list(i.get("aliases") or []),
                   roles=[], mentions=0, documents=0)
    node_docs: dict[str, set[str]] = {n: set(mentions.get(n, ())) for n in g}
    for c in claims:
        if c.get("mode", "asserted") not in modes:
            continue
        s, t, typ = c["source"], c["target"], c["type"]
        if s not in g or t not in g:
            continue
        row = {k: c.get(k, "") for k in CLAIM_FIELDS}
        if g.has_edge(s, t, key=typ):
            e = g.edges[s, t, typ]
        else:
            g.add_edge(s, t, key=typ, type=typ, polarity=int(c.get("polarity") or 0),
                       category=category(typ, g.nodes[t]["kind"] == "Issue"), claims=[])
            e = g.edges[s, t, typ]
        e["claims"].append(row)
        for n in (s, t):
            g.nodes[n]["mentions"] += 1
            node_docs[n].add(row["document"])
    for _, _, e in g.edges(data=True):
        _summarise_edge(e)
    for n, d in node_docs.items():
        g.nodes[n]["documents"] = len(d)
    return g


def _summarise_edge(e: dict[str, Any]) -> None:
    claims = e["claims"]
    e["weight"] = len(claims)
    e["documents"] = len({c["document"] for c in claims})
    e["sources"] = len({c["outlet"] or c["document"] for c in claims})
    dates = sorted(c["published"] for c in claims if c.get("published"))
    e["first_seen"] = dates[0] if dates else ""
    e["last_seen"] = dates[-1] if dates else ""


def filter_graph(
    g: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    min_weight: int = 1,
    min_confidence: float = 0.0,
    actor: str | None = None,
    depth: int = 1,
    issue: str | None = None,
) -> nx.MultiDiGraph:
    """A view of ``g`` cut by date range, relation types, weight, claim confidence, an ego
    actor or an issue.

    ``actor`` is an id or a name/alias (case-insensitive). Nodes left without edges are
    dropped unless they are the ego actor or the issue. ``min_confidence`` keeps the claims
    whose confidence is at least that (a claim without one counts as 0).
    """
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    h.add_nodes_from(g.nodes(data=True))
    wanted = set(types) if types else None
    for s, t, k, e in g.edges(keys=True, data=True):
        if wanted and k not in wanted:
            continue
        claims = [c for c in e["claims"]
                  if (not since or (c["published"] or "9999") >= since)
                  and (not until or (c["published"] or "0000") <= until)
                  and (min_confidence <= 0 or claim_confidence(c) >= min_confidence)]
        if len(claims) < max(min_weight, 1):
            continue
        ne = {**e, "claims": claims}
        _summarise_edge(ne)
        h.add_edge(s, t, key=k, **ne)
    keep: set[str] | None = None
    if actor is not None:
        ego = find_node(h, actor)
        keep = set(nx.ego_graph(h.to_undirected(as_view=True), ego, radius=depth))
    if issue is not None:
        inode = find_node(h, issue)
        around = {inode, *h.predecessors(inode)}
        keep = around if keep is None else keep & around
    if keep is not None:
        h = h.subgraph(keep).copy()
    if issue is not None:
        h.remove_edges_from([(s, t, k) for s, t, k in h.edges(keys=True) if t != inode])
    pinned = {find_node(h, x) for x in (actor, issue) if x is not None}
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and n not in pinned])
    return h


def claim_confidence(claim: Mapping[str, Any]) -> float:
    """A claim's confidence as a number; 0 when it has none or it is not a number."""
    try:
        return float(claim.get("confidence") or 0)
    except (TypeError, ValueError):
        return 0.0


def find_node(g: nx.MultiDiGraph, ref: str) -> str:
    """The node whose id, name or alias is ``ref`` (case-insensitive); KeyError if none."""
    if ref in g:
        return ref
    low = ref.strip().lower()
    for n, d in g.nodes(data=True):
        names = [d.get("name", ""), *d.get("aliases", [])]
        if any(low == x.lower() for x in names):
            return n
    raise KeyError(f"no actor or issue named {ref!r} in the graph")
