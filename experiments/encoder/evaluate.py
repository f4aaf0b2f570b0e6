"""Score the rules alone and the rules plus the encoder's relations, with score.py's own
``score_doc``, pooled over the articles that have probabilities.

    .venv/bin/python experiments/encoder/evaluate.py DATA.json PROBS.json T1,T2,...

A pair the rules already relate (same direction; any type) is left as the rules have it;
otherwise the model's best label is added when its probability reaches the threshold.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from collect import RES, score

from graphkit import ontology

# a representative type for each interaction label (the scorer reads only the sign)
TYPES = {1: "CRITICIZES", 2: "ORDERS", 3: "SUPPORTS", 5: "SUPPORTS", 6: "OPPOSES"}
CATS = ("actors", "affiliations", "interactions", "stances")
ISSUES = set(RES.issues)


def augment(art: dict, probs: dict[int, list[float]], threshold: float) -> dict:
    pred = copy.deepcopy(art["pred"])
    have = {(r["source"], r["target"]) for r in pred["relations"]
            if r["type"] not in ontology.AFFILIATIONS}
    best: dict[tuple[str, str], tuple[float, int]] = {}
    for n, c in enumerate(art["cands"]):
        p = probs.get(n)
        if p is None:
            continue
        k = max(range(1, len(p)), key=p.__getitem__)
        label = k + 4 if c["stance"] else k
        if p[k] > best.get((c["source"], c["target"]), (0.0, 0))[0]:
            best[(c["source"], c["target"])] = (p[k], label)
    actors = {a["id"] for a in pred["actors"]}
    named = {i["id"] for i in pred["issues"]}
    for (s, t), (p, label) in best.items():
        if p < threshold or (s, t) in have:
            continue
        typ = TYPES[label]
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
    for t in map(float, argv[2].split(",")):
        preds = [augment(arts[k], probs[k], t) for k in keys]
        print(f"{'+ model ' + str(t):<12}{pooled(sel, preds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
