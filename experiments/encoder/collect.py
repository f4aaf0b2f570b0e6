"""Candidates for the encoder experiment: every actor pair, and every actor-issue pair, named
in one sentence, written out with the two ends marked, labelled from the article's key.

    .venv/bin/python experiments/encoder/collect.py OUT.json DIR... [--sentence-labels TSV]

For each keyed article (NAME.txt + NAME.gold.json) it runs the normal extraction and keeps
the rules' output, the key and the actors, so that ``evaluate.py`` can score rules plus
model with score.py's own ``score_doc``. The rule state is read by wrapping the last two
rule calls of ``extract_doc`` (an experiment's shortcut, not an API).

Keys have no sentences, so a keyed interaction marks every sentence that names the pair.
``--sentence-labels TSV`` (``folder/name<TAB>0|1<TAB>marked sentence``, e.g.
``labels/interactions.tsv``) clears the sentences judged not to say it themselves.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graphkit import ontology  # noqa: E402
from graphkit.documents import read_inputs  # noqa: E402
from graphkit.extract import extract_many, merge, pipeline  # noqa: E402
from graphkit.extract.encoder import marked, occurrences  # noqa: E402
from graphkit.extract.resources import data_dir, load_resources  # noqa: E402

_spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared/eval/score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

RES = load_resources(str(data_dir()))
ISSUE_KEY = {i.id: score.issue_key({"id": i.id, "name": i.name, "aliases": list(i.aliases)})
             for i in RES.issues.values()}
# label indices: 0 no interaction, 1-9 the key's interaction type (in the ontology's order);
# 10-12 a stance's none, for, against (train.py, export.py and evaluate.py read them so)
INTERACTION_LABELS = ("none", *ontology.INTERACTIONS)
STANCE = len(INTERACTION_LABELS)
_state: dict = {}


def _candidates(da, idx) -> list[dict]:
    doc, occ, issues = da.doc, occurrences(da), {}
    for i, iss in idx.mentions:
        issues.setdefault(da.sent(i).start, []).append((i, i + 1, iss))
    out = []
    for start, here in occ.items():
        sent = da.sent(start)
        for a0, a1, a in here:
            others = [(b0, b1, b, False) for b0, b1, b in here if b != a]
            others += [(i0, i1, iss, True) for i0, i1, iss in issues.get(start, [])]
            for b0, b1, b, stance in others:
                if a1 <= b0 or b1 <= a0:
                    out.append({"source": a, "target": b, "stance": stance,
                                "text": marked(doc, sent, [(a0, a1, " << ", " >> "),
                                                           (b0, b1, " [[ ", " ]] ")]),
                                "seg": RES.issues[b].name if stance else "interaction"})
    return out


def _wrap() -> None:
    esc, app = pipeline.escalation_stances, pipeline.appeals

    def escalation_stances(da, idx, sink):
        _state["idx"] = idx
        return esc(da, idx, sink)

    def appeals(da, quotes, sink):
        _state["cands"] = _candidates(da, _state.pop("idx"))
        _state["actors"] = {a: [x.name, list(x.aliases), x.kind] for a, x in da.actors.items()}
        return app(da, quotes, sink)

    pipeline.escalation_stances, pipeline.appeals = escalation_stances, appeals


def key_answers(gold: dict) -> tuple[dict, dict]:
    """The key's stance signs by (actor, issue) and interaction types by (source, target)."""
    signs = {(x["actor"], x["issue"]): score.sign(x["polarity"])
             for k in ("stances", "optional_stances") for x in gold.get(k, [])}
    types = {}
    for k in ("interactions", "optional_interactions"):
        for x in gold.get(k, []):
            types[(x["source"], x["target"])] = x["type"]
            if x["type"] == "CLASHES_WITH":
                types[(x["target"], x["source"])] = x["type"]
    return signs, types


def label(cand: dict, answers: tuple[dict, dict], gid: dict) -> int:
    signs, types = answers
    a = gid.get(cand["source"])
    if cand["stance"]:
        p = signs.get((a, ISSUE_KEY.get(cand["target"]))) if a else None
        return STANCE if p is None else STANCE + (1 if p > 0 else 2)
    b = gid.get(cand["target"])
    t = types.get((a, b)) if a and b else None
    return INTERACTION_LABELS.index(t) if t in ontology.INTERACTIONS else 0


def sentence_labels(path: Path) -> dict[tuple[str, str], int]:
    """Judgements of single sentences: (folder/name, marked sentence) -> 1 if the sentence
    itself says the keyed relation, 0 if the pair is only named there."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc, y, text = line.split("\t", 2)
        out[(doc, text)] = int(y)
    return out


def main(argv: list[str]) -> int:
    judged: dict[tuple[str, str], int] = {}
    if "--sentence-labels" in argv:
        i = argv.index("--sentence-labels")
        judged = sentence_labels(Path(argv[i + 1]))
        argv = argv[:i] + argv[i + 2:]
    _wrap()
    out, cleared = [], 0
    for d in map(Path, argv[1:]):
        for f in sorted(d.glob("*.txt")):
            gpath = f.with_suffix(".gold.json")
            if not gpath.exists():
                continue
            ext = next(extract_many([next(iter(read_inputs([str(f)]))).doc], encoder=False))
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            key = score.Key(gold)
            gid = {a: key.match({"name": n, "aliases": al, "kind": k})
                   for a, (n, al, k) in _state["actors"].items()}
            cands, answers = _state.pop("cands"), key_answers(gold)
            for c in cands:
                c["y"] = label(c, answers, gid)
                # the key's relation is named in this sentence but said in another one
                if 0 < c["y"] < STANCE and judged.get((f"{d.name}/{f.stem}", c["text"])) == 0:
                    c["y"], cleared = 0, cleared + 1
            out.append({"folder": d.name, "name": f.stem, "cands": cands,
                        "actors": _state.pop("actors"), "pred": merge([ext]).to_json(),
                        "gold": gold})
    Path(argv[0]).write_text(json.dumps(out), encoding="utf-8")
    print(f"{len(out)} articles, {sum(len(x['cands']) for x in out)} candidates -> {argv[0]}"
          f" ({cleared} keyed interactions cleared by sentence labels)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
