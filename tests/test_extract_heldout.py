"""Scores the held-out proxy set (tests/fixtures/heldout: own-written articles, keys written
before the extractor was run on them) with score.py's logic; a drop below the floors fails.

The floors are the figures reached when the test was written minus a small margin; raise
them when the extractor improves.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from graphkit.documents import read_inputs
from graphkit.extract import extract_many

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout"
# F1 reached: actors 0.98, affiliations 0.96, interactions 0.83, stances 0.82
FLOORS = {"actors": 0.95, "affiliations": 0.88, "interactions": 0.76, "stances": 0.72}


def _score_module():
    if not SCORE.exists():
        pytest.skip(f"no {SCORE}")
    spec = importlib.util.spec_from_file_location("graphkit_eval_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# tests/fixtures/heldout2: six more articles keyed before the rules that followed them; not
# tuned on in session 1 (0.92, 0.60, 0.48, 0.38), tuned on in session 2.
# F1 reached: actors 0.94, affiliations 0.88, interactions 0.60, stances 0.64
FIXTURES2 = FIXTURES.with_name("heldout2")
FLOORS2 = {"actors": 0.88, "affiliations": 0.80, "interactions": 0.53, "stances": 0.57}

# tests/fixtures/heldout3: ten new-style articles, keyed before the extractor ran on them,
# then tuned on. F1 reached: actors 0.97, affiliations 0.90, interactions 0.71, stances 0.80
FIXTURES3 = FIXTURES.with_name("heldout3")
FLOORS3 = {"actors": 0.92, "affiliations": 0.84, "interactions": 0.65, "stances": 0.73}

# tests/fixtures/heldout4 (never tuned on) and heldout5 (tuned on): one batch of eight
# mainstream-style articles keyed before the extractor ran, split in two. F1 reached:
# heldout4 (session 3) actors 0.90, affiliations 0.71, interactions 0.35, stances 0.32;
# heldout5 actors 0.90, affiliations 0.80, interactions 0.56, stances 0.63
FIXTURES4 = FIXTURES.with_name("heldout4")
FLOORS4 = {"actors": 0.85, "affiliations": 0.64, "interactions": 0.29, "stances": 0.26}
FIXTURES5 = FIXTURES.with_name("heldout5")
FLOORS5 = {"actors": 0.85, "affiliations": 0.72, "interactions": 0.50, "stances": 0.55}

# tests/fixtures/heldout6: eight mainstream-style articles keyed before the extractor ran;
# first run 0.92 / 0.78 / 0.44 / 0.41, then tuned on. F1 reached: actors 0.95,
# affiliations 0.83, interactions 0.65, stances 0.63
FIXTURES6 = FIXTURES.with_name("heldout6")
FLOORS6 = {"actors": 0.90, "affiliations": 0.76, "interactions": 0.58, "stances": 0.57}

# tests/fixtures/heldout7 (tuned on) and heldout8 (never looked at): one batch of eight
# articles keyed before the extractor ran, split in two before anyone read them; and
# tests/fixtures/heldout9, eight more keyed to the dev set's conventions, never looked at.
# F1 reached (session 3): heldout7 0.94 / 0.49 / 0.64 / 0.66 (first run 0.90 / 0.40 /
# 0.47 / 0.55); heldout8 0.91 / 0.70 / 0.38 / 0.61; heldout9 0.94 / 0.84 / 0.50 / 0.54
FIXTURES7 = FIXTURES.with_name("heldout7")
FLOORS7 = {"actors": 0.88, "affiliations": 0.36, "interactions": 0.57, "stances": 0.59}
FIXTURES8 = FIXTURES.with_name("heldout8")
FLOORS8 = {"actors": 0.85, "affiliations": 0.56, "interactions": 0.32, "stances": 0.55}
FIXTURES9 = FIXTURES.with_name("heldout9")
FLOORS9 = {"actors": 0.89, "affiliations": 0.77, "interactions": 0.44, "stances": 0.47}


def test_heldout_proxy_scores_stay_above_floors():
    _check(FIXTURES, 8, FLOORS)


def test_heldout2_proxy_scores_stay_above_floors():
    _check(FIXTURES2, 6, FLOORS2)


def test_heldout3_proxy_scores_stay_above_floors():
    _check(FIXTURES3, 10, FLOORS3)


def test_heldout4_and_5_proxy_scores_stay_above_floors():
    _check(FIXTURES4, 4, FLOORS4)
    _check(FIXTURES5, 4, FLOORS5)


def test_heldout6_proxy_scores_stay_above_floors():
    _check(FIXTURES6, 8, FLOORS6)


def test_heldout7_to_9_proxy_scores_stay_above_floors():
    _check(FIXTURES7, 4, FLOORS7)
    _check(FIXTURES8, 4, FLOORS8)
    _check(FIXTURES9, 8, FLOORS9)


def _check(fixtures: Path, n: int, floors: dict[str, float]) -> None:
    score = _score_module()
    golds = sorted(fixtures.glob("*.gold.json"))
    assert len(golds) == n
    docs = [next(iter(read_inputs([str(g.with_name(g.name[: -len(".gold.json")] + ".txt"))]))).doc
            for g in golds]
    totals = {k: [0, 0, 0] for k in floors}
    for g, ex in zip(golds, extract_many(docs), strict=True):
        res = score.score_doc(json.loads(g.read_text()), ex.to_json())
        for k, v in res["counts"].items():
            for i in range(3):
                totals[k][i] += v[i]
    f1 = {k: score.prf(*v)[2] for k, v in totals.items()}
    low = {k: round(f, 3) for k, f in f1.items() if f < floors[k]}
    assert not low, f"{fixtures.name} F1 below floor: {low} (all: {f1})"
