"""Camps: blocs of actors found from signed interactions (allies inside, adversaries across).

Method, in two steps over an undirected signed weight between each pair of actors:

1. Louvain community detection on the *positive* part of that signed graph;
2. a structural-balance refinement: each actor moves to the camp where its net signed
   tie is strongest (positive ties pull, negative ties push), and two camps merge when the
   net tie between them is positive, until nothing changes. This lowers the *frustration*
   (positive ties across camps plus negative ties inside one), the measure of structural
   balance.

The signed weight between two actors sums, over the edges between them in both directions,
``polarity * weight`` for interactions, ``+AFFILIATION_PULL * weight`` for affiliations
(a member sides with its organisation) and, through issues, up to ``±STANCE_PULL`` for each
issue both take a stance on (same side pulls, opposite sides push; scaled down when many
actors take a stance on the issue).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

import networkx as nx

UNALIGNED = -1
AFFILIATION_PULL = 0.5
STANCE_PULL = 0.5
# Only the actors with the most stance claims on an issue tie to each other through it.
MAX_STANCE_ACTORS = 200


def signed_ties(g: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable], float]:
    """The net signed weight between each pair of actors (pairs sorted by ``str``)."""
    ties: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    stance: dict[Hashable, dict[Hashable, float]] = defaultdict(lambda: defaultdict(float))
    issues = {n for n, k in g.nodes(data="kind") if k == "Issue"}
    for s, t, e in g.edges(data=True):
        if s == t:
            continue
        w = float(e.get("weight") or 1)
        pol = int(e.get("polarity") or 0)
        cat = e.get("category", "interaction")
        if t in issues:
            if s not in issues and pol:
                stance[t][s] += pol * w
            continue
        if s in issues:
            continue
        if cat == "affiliation":
            val = AFFILIATION_PULL * w
        else:
            val = pol * w
        if val:
            ties[_pair(s, t)] += val
    for by_actor in stance.values():
        sides = sorted(((a, 1 if v > 0 else -1, abs(v)) for a, v in by_actor.items() if v),
                       key=lambda x: (-x[2], str(x[0])))[:MAX_STANCE_ACTORS]
        # Each actor's total pull from one issue is about STANCE_PULL * 2, however many
        # actors take a stance on it, so a crowded issue cannot outweigh direct interactions.
        pull = STANCE_PULL * min(1.0, 2.0 / max(len(sides) - 1, 1))
        for i, (a, sa, _) in enumerate(sides):
            for b, sb, _ in sides[i + 1:]:
                ties[_pair(a, b)] += pull * sa * sb
    return {p: v for p, v in ties.items() if v}


def _pair(a: Hashable, b: Hashable) -> tuple[Hashable, Hashable]:
    return (a, b) if str(a) <= str(b) else (b, a)


def camps(g: nx.MultiDiGraph, seed: int = 0, max_rounds: int = 30) -> dict[Hashable, int]:
    """Camp number for every node: 0 for the largest bloc, 1 for the next, and so on.

    Issues, and actors that end up alone (no bloc of two or more), get ``UNALIGNED`` (-1).
    Deterministic for a given graph and ``seed``.
    """
    actors = [n for n, k in g.nodes(data="kind") if k != "Issue"]
    result: dict[Hashable, int] = {n: UNALIGNED for n in g}
    ties = signed_ties(g)
    if not ties:
        return result
    adj: dict[Hashable, dict[Hashable, float]] = defaultdict(dict)
    for (a, b), w in ties.items():
        adj[a][b] = w
        adj[b][a] = w
    pos = nx.Graph()
    pos.add_nodes_from(sorted(adj, key=str))
    pos.add_weighted_edges_from((a, b, w) for (a, b), w in ties.items() if w > 0)
    communities = nx.community.louvain_communities(pos, weight="weight", seed=seed)
    label: dict[Hashable, int] = {}
    for i, com in enumerate(communities):
        for n in com:
            label[n] = i
    label = _refine(adj, label, max_rounds)
    members: dict[int, list[Hashable]] = defaultdict(list)
    for n, c in label.items():
        members[c].append(n)
    # Largest camps first; ties broken by total prominence then by name for stability.
    order = sorted(
        (ms for ms in members.values() if len(ms) > 1),
        key=lambda ms: (-len(ms), -sum(g.nodes[m].get("mentions", 0) for m in ms),
                        min(str(m) for m in ms)),
    )
    for i, ms in enumerate(order):
        for m in ms:
            result[m] = i
    for n in actors:
        result.setdefault(n, UNALIGNED)
    return result


def _refine(adj: dict[Hashable, dict[Hashable, float]], label: dict[Hashable, int],
            max_rounds: int) -> dict[Hashable, int]:
    """Structural-balance local moves and merges until stable (or ``max_rounds``)."""
    label = dict(label)
    next_label = max(label.values(), default=-1) + 1
    nodes = sorted(label, key=str)
    for _ in range(max_rounds):
        changed = False
        for n in nodes:
            score: dict[int, float] = defaultdict(float)
            for m, w in adj[n].items():
                score[label[m]] += w
            own = label[n]
            best, best_score = own, score.get(own, 0.0)
            for c, s in sorted(score.items()):
                if s > best_score + 1e-9:
                    best, best_score = c, s
            if best_score < -1e-9 or (best == own and score.get(own, 0.0) < -1e-9):
                # Better alone than among adversaries.
                best = next_label
                next_label += 1
            if best != own:
                label[n] = best
                changed = True
        # Merge camps whose net tie is positive, strongest first.
        between: dict[tuple[int, int], float] = defaultdict(float)
        for n in nodes:
            for m, w in adj[n].items():
                a, b = label[n], label[m]
                if a < b:
                    between[(a, b)] += w
        merged: set[int] = set()
        remap: dict[int, int] = {}
        for (a, b), w in sorted(between.items(), key=lambda kv: (-kv[1], kv[0])):
            if w <= 0 or a in merged or b in merged:
                continue
            remap[b] = a
            merged.update((a, b))
        if remap:
            label = {n: remap.get(c, c) for n, c in label.items()}
            changed = True
        if not changed:
            break
    return label


def frustration(g: nx.MultiDiGraph, camp_of: dict[Hashable, int]) -> float:
    """Sum of positive ties across camps and negative ties inside camps (lower is better)."""
    total = 0.0
    for (a, b), w in signed_ties(g).items():
        ca, cb = camp_of.get(a, UNALIGNED), camp_of.get(b, UNALIGNED)
        same = ca == cb and ca != UNALIGNED
        if (w > 0 and not same) or (w < 0 and same):
            total += abs(w)
    return total
