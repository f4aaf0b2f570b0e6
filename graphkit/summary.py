"""A short report of what a store holds: counts, prominent actors, strongest conflicts."""

from __future__ import annotations

from typing import Any

from .model import MODEL_RULE_PREFIX
from .store.base import Store


def summarise(store: Store, top: int = 5) -> dict[str, Any]:
    """Counts (and how many claims the stance encoder found), the ``top`` most prominent
    actors, hostile edges and stances by weight."""
    g = store.graph()
    name = lambda n: g.nodes[n]["name"]  # noqa: E731
    actors = sorted((n for n, d in g.nodes(data=True) if d["kind"] != "Issue"),
                    key=lambda n: (-g.nodes[n]["mentions"], name(n)))
    edges = [(s, t, e) for s, t, e in g.edges(data=True)]
    conflicts = sorted((x for x in edges if x[2]["polarity"] < 0 and x[2]["category"] == "interaction"),
                       key=lambda x: (-x[2]["weight"], -x[2]["documents"], name(x[0]), name(x[1])))
    stances = sorted((x for x in edges if x[2]["category"] == "stance"),
                     key=lambda x: (-x[2]["weight"], name(x[0]), name(x[1])))
    row = lambda s, t, e: {"source": name(s), "target": name(t), "type": e["type"],  # noqa: E731
                           "weight": e["weight"], "documents": e["documents"], "sources": e["sources"]}
    model = sum(1 for _s, _t, e in edges for c in e.get("claims") or ()
                if str(c.get("rule") or "").startswith(MODEL_RULE_PREFIX))
    return {
        "counts": store.stats(),
        "model_claims": model,  # found by the stance encoder rather than a rule
        "top_actors": [{"id": n, "name": name(n), "kind": g.nodes[n]["kind"],
                        "mentions": g.nodes[n]["mentions"]} for n in actors[:top]],
        "conflicts": [row(*x) for x in conflicts[:top]],
        "stances": [{"actor": name(s), "issue": name(t), "type": e["type"], "weight": e["weight"]}
                    for s, t, e in stances[:top]],
    }
