"""The stance encoder: stances the rules leave open, read by the fine-tuned model."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.extract import extract_many
from graphkit.extract.encoder import RULE, load_encoder, marked
from graphkit.extract.pipeline import get_nlp
from graphkit.extract.resources import DEFAULT_DATA
from graphkit.load import load_items
from graphkit.model import Document

MODEL = DEFAULT_DATA / "models" / "stance-encoder"
# written here: each has a stance no rule reads (checked with encoder=False below)
CENTREPIECE = ("Mayor Karen Bass has made ending the immigration raids the centrepiece of her "
               "second year in office.")
GO_ON = ("Tom Homan told reporters that the immigration sweeps would go on in every city "
         "that shelters criminals.")
RULED = "Governor Gavin Newsom said the curfew was a sensible step to keep people safe."


def stances(text: str, encoder: bool = True) -> list[tuple[str, str, str, str, float]]:
    ex = next(extract_many([Document(text=text)], encoder=encoder))
    issues = {i.id for i in ex.issues}
    return [(r.source, r.type, r.target, r.rule, r.confidence) for r in ex.relations
            if r.target in issues]


def test_the_encoder_adds_stances_the_rules_miss():
    assert stances(CENTREPIECE, encoder=False) == []
    assert stances(GO_ON, encoder=False) == []
    assert stances(CENTREPIECE) == [("karen-bass", "OPPOSES", "immigration-raids", RULE, 0.6)]
    assert stances(GO_ON) == [("tom-homan", "SUPPORTS", "immigration-raids", RULE, 0.6)]


def test_a_model_stance_carries_its_sentence_and_mode():
    ex = next(extract_many([Document(text=f"Crowds gathered downtown. {CENTREPIECE}")]))
    (rel,) = [r for r in ex.relations if r.rule == RULE]
    assert rel.mode == "asserted" and rel.polarity == -1
    assert [e.sentence for e in rel.evidence] == [CENTREPIECE]


def test_pairs_the_rules_relate_are_left_to_the_rules():
    assert stances(RULED) == stances(RULED, encoder=False)
    assert stances(RULED) and all(not r[3].startswith("model:") for r in stances(RULED))


def test_a_document_reads_the_same_alone_and_among_others():
    docs = [Document(text=t) for t in (GO_ON, CENTREPIECE, RULED, f"{RULED} {GO_ON}")]
    together = [e.to_json() for e in extract_many(docs, batch_size=4)]
    alone = [next(extract_many([d])).to_json() for d in docs]
    assert together == alone
    assert [e.to_json() for e in extract_many(docs, jobs=2, batch_size=2)] == together


def test_marked_sentence_wraps_both_ends():
    doc = get_nlp()("Ana said the curfew hurt Bo.")
    sent = next(doc.sents)
    assert marked(doc, sent, [(0, 1, " << ", " >> "), (3, 4, " [[ ", " ]] ")]) == \
        "<< Ana >> said the [[ curfew ]] hurt Bo."


def test_a_broken_model_is_one_clear_error(tmp_path: Path):
    for f in MODEL.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(GraphkitError, match="cannot load the stance encoder from .*--no-encoder"):
        load_encoder(tmp_path)
    with pytest.raises(GraphkitError, match="cannot load the stance encoder"):
        load_encoder(tmp_path / "missing")


def test_a_load_with_a_broken_model_writes_nothing(tmp_path: Path):
    db = tmp_path / "g.db"
    env_model = tmp_path / "model"
    shutil.copytree(MODEL, env_model)
    (env_model / "model.onnx").write_bytes(b"\0" * 64)
    base = [sys.executable, "-m", "graphkit.cli"]
    doc = tmp_path / "a.txt"
    doc.write_text(CENTREPIECE, encoding="utf-8")
    env = {**os.environ, "GRAPHKIT_ENCODER": str(env_model)}
    proc = subprocess.run([*base, "--db", str(db), "load", str(doc)], capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"Error: cannot load the stance encoder from {env_model} (InvalidProtobuf): point "
        "GRAPHKIT_ENCODER at a model directory, restore data/models/stance-encoder from git, "
        "or use --no-encoder"]
    ok = subprocess.run([*base, "--db", str(db), "load", "--no-encoder", "--json", str(doc)],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert '"new": 1' in ok.stdout


def test_load_items_without_the_encoder_stores_the_rules_alone():
    from graphkit.documents import Item

    doc = Document(text=CENTREPIECE)
    with_model = load_items(None, [Item("a", doc)])
    rules = load_items(None, [Item("a", doc)], encoder=False)
    assert with_model.claims == rules.claims + 1


def test_the_extract_command_can_leave_the_encoder_out(tmp_path: Path):
    doc = tmp_path / "a.txt"
    doc.write_text(CENTREPIECE, encoding="utf-8")
    base = [sys.executable, "-m", "graphkit.cli", "extract", "--format", "table"]
    default = subprocess.run([*base, str(doc)], capture_output=True, text=True, check=True)
    rules = subprocess.run([*base, "--no-encoder", str(doc)], capture_output=True, text=True,
                           check=True)
    assert f"Karen Bass -[OPPOSES -1]-> Immigration raids  (asserted, 0.60, {RULE})" in default.stdout
    assert RULE not in rules.stdout and "RELATIONS (0)" in rules.stdout


def test_a_sentence_gets_the_same_answer_whatever_is_scored_beside_it():
    model = load_encoder()
    pair = ("<< Karen Bass >> has made ending the [[ raids ]] the centrepiece of her year.",
            "Immigration raids")
    others = [("<< Tom Homan >> said the [[ raids ]] would go on.", "Immigration raids"),
              ("A much longer sentence in which << Newsom >> spoke at length, and at very great "
               "length indeed, about the [[ curfew ]] and many other things besides.", "Curfew")]
    alone = model.probabilities([pair])[0]
    among = model.probabilities([others[0], pair, others[1]])[1]
    assert alone.tolist() == among.tolist()
