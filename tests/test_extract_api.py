import json
import shutil
from pathlib import Path

import pytest

from graphkit import ontology
from graphkit.extract import extract_many, merge
from graphkit.extract.resources import DEFAULT_DATA, load_resources
from graphkit.model import Document, Extraction

TEXTS = [
    "Governor Gavin Newsom criticized Donald Trump.",
    "Nothing happened at all today.",
    "Karen Bass praised the LAPD. Tom Homan threatened Karen Bass.",
]


def test_extract_many_one_per_document_in_order():
    docs = [Document(text=t) for t in TEXTS]
    out = list(extract_many(iter(docs), batch_size=2))
    assert [e.documents[0]["id"] for e in out] == [d.id for d in docs]
    assert out[1].relations == []


def test_merge_and_json_contract():
    docs = [Document(text=t) for t in TEXTS]
    merged = merge(list(extract_many(docs)))
    data = json.loads(json.dumps(merged.to_json()))
    assert set(data) >= {"actors", "issues", "relations", "documents"}
    assert len(data["documents"]) == 3
    ids = [a["id"] for a in data["actors"]]
    assert len(ids) == len(set(ids)) and "karen-bass" in ids
    for r in data["relations"]:
        assert r["type"] in ontology.RELATION_TYPES
        assert r["mode"] in ontology.MODES
        assert r["rule"] and r["evidence"]
    assert Extraction.from_json(data).to_json() == data


def test_parallel_matches_serial():
    docs = [Document(text=t) for t in TEXTS * 2]
    a = [e.to_json() for e in extract_many(docs)]
    b = [e.to_json() for e in extract_many(docs, jobs=2, batch_size=2)]
    assert a == b


def test_data_folder_is_overridable(tmp_path: Path, monkeypatch):
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "gazetteer.yaml").write_text(
        "actors:\n  - id: acme\n    name: Acme Corporation\n    kind: Organization\n"
        "    aliases: [Acme, ACMEX]\n", encoding="utf-8")
    load_resources.cache_clear()
    monkeypatch.setenv("GRAPHKIT_DATA", str(tmp_path))
    try:
        ex = next(extract_many([Document(text="ACMEX sued the Widget Guild on Friday.")]))
        assert ex.actor("acme") is not None and ex.actor("donald-trump") is None
    finally:
        monkeypatch.delenv("GRAPHKIT_DATA")
        load_resources.cache_clear()


def test_the_same_text_gives_the_same_output_in_every_process(tmp_path: Path):
    # Python salts str hashes per process; iterating a set of ids once made the issue a
    # "deployment" names, and the order of relations, change from one run to the next.
    import os
    import subprocess
    import sys

    fixtures = Path(__file__).parent / "fixtures"
    texts = sorted(fixtures.glob("heldout/*.txt")) + sorted(fixtures.glob("heldout7/*.txt"))
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "graphkit.extract", *map(str, texts)],
                             env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1



def test_a_gazetteer_actor_may_not_take_an_issue_id(tmp_path: Path):
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "gazetteer.yaml").write_text(
        "actors:\n  - id: curfew\n    name: Curfew Watch\n    kind: Organization\n", encoding="utf-8")
    with pytest.raises(ValueError, match="actor id 'curfew' is also an issue id"):
        load_resources(str(tmp_path))


def test_an_issue_may_only_escalate_a_known_issue(tmp_path: Path):
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    text = (tmp_path / "issues.yaml").read_text(encoding="utf-8")
    (tmp_path / "issues.yaml").write_text(
        text.replace("escalates: [national-guard-deployment]", "escalates: [guard]"),
        encoding="utf-8")
    with pytest.raises(ValueError, match="'marines-deployment' escalates 'guard', which is not"):
        load_resources(str(tmp_path))


def test_an_issue_may_only_stand_in_for_a_known_issue(tmp_path: Path):
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    text = (tmp_path / "issues.yaml").read_text(encoding="utf-8")
    (tmp_path / "issues.yaml").write_text(
        text.replace("otherwise: national-guard-deployment", "otherwise: guard"),
        encoding="utf-8")
    with pytest.raises(ValueError, match="'marines-deployment' otherwise 'guard', which is not"):
        load_resources(str(tmp_path))


def test_a_broken_data_file_is_named_in_the_error(tmp_path: Path):
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "lexicon.yaml").write_text("verbs: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon\.yaml: not valid YAML at line 2; fix the file"):
        load_resources(str(tmp_path))
    (tmp_path / "lexicon.yaml").write_text("- a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon\.yaml: expected a mapping"):
        load_resources(str(tmp_path))


def test_a_discovered_actor_never_takes_an_issue_id():
    res = load_resources()
    assert res.new_actor_id("Curfew") == "curfew-actor"
    assert res.new_actor_id("Curfew Watch") == "curfew-watch"


def test_yaml_words_on_off_no_stay_words(tmp_path: Path):
    # YAML 1.1 reads on/off/yes/no as booleans: "crack down on" had silently lost its "on"
    for f in DEFAULT_DATA.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    res = load_resources(str(tmp_path))
    [crack] = res.phrasal["crack"]
    assert "on" in crack.preps
    assert any("off" in r.with_ for r in res.phrasal["face"])
    assert all(isinstance(w, str) for w in res.negation | res.name_connectors)
    assert [i.policy for i in res.issues.values()].count(False) == 1  # true/false still booleans


def test_the_agreement_script_compares_two_keys_and_the_extractor(tmp_path: Path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    name = "wave-six-days-unrest-curfew"
    for suffix in (".txt", ".gold.json"):
        shutil.copy(root / "tests/fixtures/real21" / f"{name}{suffix}", first)
    shutil.copy(root / "tests/fixtures/second-keys/real21" / f"{name}.gold.json", second)
    run = subprocess.run([sys.executable, str(root / "scripts/agreement"), str(first),
                          str(second)], capture_output=True, text=True, check=True)
    assert run.stdout.startswith("1 articles with two keys")
    rows = [x for x in run.stdout.splitlines() if x.startswith(("second key", "extractor"))]
    assert len(rows) == 3 and all(x.count("(") == 4 for x in rows)
    bad = subprocess.run([sys.executable, str(root / "scripts/agreement"), str(first)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "usage:" in bad.stderr


def test_score_sets_pools_folders_and_applies_a_confidence_cut():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    folder = str(root / "tests/fixtures/heldout5")

    def pooled(*extra: str) -> dict[str, list[int]]:
        run = subprocess.run([sys.executable, str(root / "scripts/score-sets"), *extra, folder],
                             capture_output=True, text=True, check=True)
        assert run.stdout.splitlines()[1].startswith("heldout5")
        rows = [x.split() for x in run.stdout.splitlines() if x.startswith("  ")]
        return {r[0]: [int(n) for n in r[-1].split("/")] for r in rows if r[0] != "P"}

    every, sure = pooled(), pooled("--min-confidence", "0.8")
    assert set(every) == {"actors", "affiliations", "interactions", "stances"}
    assert every["actors"] == sure["actors"]  # a cut drops relations, never actors
    kept = sum(sure[c][0] + sure[c][1] for c in ("interactions", "stances"))
    assert 0 < kept < sum(every[c][0] + every[c][1] for c in ("interactions", "stances"))


@pytest.mark.parametrize(("make", "env", "message"), [
    (lambda d: d / "missing.txt", {}, "cannot read {path} (FileNotFoundError): give UTF-8 text files"),
    (lambda d: (d / "bin.txt").write_bytes(b"\xff\xfe\x00") and d / "bin.txt", {},
     "cannot read {path} (UnicodeDecodeError): give UTF-8 text files"),
    (lambda d: (d / "ok.txt").write_text("Ana met Bo.") and d / "ok.txt",
     {"GRAPHKIT_ENCODER": "/nonexistent"}, "cannot load the stance encoder from /nonexistent"),
])
def test_module_entry_point_fails_in_one_line(tmp_path: Path, make, env, message):
    import os
    import subprocess
    import sys

    path = make(tmp_path)
    run = subprocess.run([sys.executable, "-m", "graphkit.extract", str(path)],
                         env={**os.environ, **env}, capture_output=True, text=True)
    assert run.returncode == 1 and run.stdout == ""
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith("Error: " + message.format(path=path))
