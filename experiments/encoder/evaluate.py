"""Score the rules alone and the rules plus the encoder's relations, with score.py's own
``score_doc``, pooled over the articles that have probabilities.

    .venv/bin/python experiments/encoder/evaluate.py DATA.json PROBS.json T1,T2,... [TASK]

A pair the rules already relate (same direction; any type) is left as the rules have it;
otherwise the model's best label is added when its probability reaches the threshold. TASK
``interactions`` or ``stances`` adds only that task's relations (default: both).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from collect import INTERACTION_LABELS, RES, score

from graphkit import ontology

CATS = ("actors", "affiliations", "interactions", "stances")
ISSUES = set(RES.issues)
TYPES = INTERACTION_LABELS[1:]


def best_label(p: list[float], stance: bool) -> tuple[float, str]:
    """A row's surest answer: for a stance, SUPPORTS or OPPOSES; for an interaction, the sign
    whose types together are likeliest, and that sign's likeliest type."""
    if stance:
        return max((p[1], "SUPPORTS"), (p[2], "OPPOSES"))
    by_sign: dict[int, list[tuple[float, str]]] = {}
    for q, t in zip(p[1:], TYPES, strict=True):
        by_sign.setdefault(ontology.polarity(t), []).append((q, t))
    return max((sum(q for q, _ in v), max(v)[1]) for v in by_sign.values())


def augment(art: dict, probs: dict[int, list[float]], threshold: float,
            tasks: tuple[bool, ...] = (False, True)) -> dict:
    pred = copy.deepcopy(art["pred"])
    have = {(r["source"], r["target"]) for r in pred["relations"]
            if r["type"] not in ontology.AFFILIATIONS}
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for n, c in enumerate(art["cands"]):
        p = probs.get(n)
        if p is None or c["stance"] not in tasks:
            continue
        q, typ = best_label(p, c["stance"])
        if q > best.get((c["source"], c["target"]), (0.0, ""))[0]:
            best[(c["source"], c["target"])] = (q, typ)
    actors = {a["id"] for a in pred["actors"]}
    named = {i["id"] for i in pred["issues"]}
    for (s, t), (p, typ) in best.items():
        if p < threshold or (s, t) in have:
            continue
        pred["relations"].append({"source": s, "target": t, "type": typ, "mode": "asserted",
                                  "polarity": ontology.polarity(typ)})
        for a in [s] + ([] if t in ISSUES else [t]):
            if a not in actors:
                name, aliases, kind = art["actors"][a]
                pred["actors"].append({"id": a, "name": name, "aliases": aliases, "kind": kind})
                actors.add(a)
        if t in ISSUES and t not in named:
            i = RES.issues[t]
            pred["issues"].append({"id": t, "name": i.name, "aliases": list(i.aliases)})
            named.add(t)
    return pred


def pooled(arts: list[dict], preds: list[dict]) -> str:
    tot = {c: [0, 0, 0] for c in CATS}
    for a, p in zip(arts, preds, strict=True):
        for c, v in score.score_doc(a["gold"], p)["counts"].items():
            tot[c] = [x + y for x, y in zip(tot[c], v, strict=True)]
    return "  ".join(f"{c[:5]} {score.prf(*tot[c])[2]:.3f} ({'/'.join(map(str, tot[c]))})"
                     for c in CATS)


def main(argv: list[str]) -> int:
    arts = {(a["folder"], a["name"]): a for a in json.loads(Path(argv[0]).read_text())}
    probs: dict[tuple[str, str], dict[int, list[float]]] = {}
    for r in json.loads(Path(argv[1]).read_text()):
        probs.setdefault(tuple(r["doc"]), {})[r["n"]] = r["p"]
    keys = [k for k in arts if k in probs]
    sel = [arts[k] for k in keys]
    print(f"{len(sel)} articles")
    print(f"{'rules':<12}{pooled(sel, [a['pred'] for a in sel])}")
    tasks = {"interactions": (False,), "stances": (True,)}.get(argv[3] if len(argv) > 3
                                                               else "", (False, True))
    for t in map(float, argv[2].split(",")):
        preds = [augment(arts[k], probs[k], t, tasks) for k in keys]
        print(f"{'+ model ' + str(t):<12}{pooled(sel, preds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
