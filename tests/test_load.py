"""The loader and ``graphkit load``: summaries, failures isolated, dry runs, corroboration."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.documents import Item
from graphkit.load import load_items
from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation


def fake_extractor(docs, jobs):
    """Actors from capitalised words; the first criticizes the others. 'BOOM' raises."""
    for d in docs:
        if "BOOM" in d.text:
            raise RuntimeError("parser exploded")
        names = sorted({w.strip(".,") for w in d.text.split() if w[:1].isupper()})
        actors = [Actor(n.lower(), n, "Person") for n in names]
        rels = [Relation(actors[0].id, a.id, "CRITICIZES", -1, 0.8, "asserted", "t", "hit",
                         [Evidence(d.id, d.text)]) for a in actors[1:]]
        yield Extraction(actors=actors, relations=rels, documents=[d.meta()])


def doc_items(*texts, **meta):
    return [Item(f"d{i}", Document(text=t, **meta)) for i, t in enumerate(texts)]


def test_extraction_error_fails_one_document_only(store):
    got = []
    s = load_items(store, doc_items("Ana hit Bo.", "BOOM Cy.", "Cy hit Dee."),
                   extractor=fake_extractor, on_item=lambda i, st: got.append((i.path, st)))
    assert (s.new, s.failed) == (2, 1)
    assert s.failures == [{"path": "d1", "reason": "extraction failed: RuntimeError: parser exploded"}]
    assert sorted(got) == [("d0", "new"), ("d1", "failed"), ("d2", "new")]
    assert store.stats()["documents"] == 2


def test_reload_unchanged_and_replaced_by_url(store):
    load_items(store, doc_items("Ana hit Bo.", url="https://x/1", source="AP"),
               extractor=fake_extractor)
    s = load_items(store, doc_items("Ana hit Bo.", url="https://x/1"), extractor=fake_extractor)
    assert (s.new, s.unchanged) == (0, 1)
    s = load_items(store, doc_items("Ana hit Cy.", url="https://x/1"), extractor=fake_extractor)
    assert (s.replaced, s.new) == (1, 0)
    g = store.graph()
    assert g.has_edge("ana", "cy") and not g.has_edge("ana", "bo")
    assert "bo" not in g.nodes


def test_corroboration_counts_documents_and_outlets(store):
    a = doc_items("Ana hit Bo.", "Ana hit Bo again.", source="AP", published="2025-06-08")
    b = doc_items("Ana hit Bo once more.", source="Reuters", published="2025-06-10")
    c = doc_items("Ana hit Bo, anonymously.", published="2025-06-05")
    for batch in (a, b, c):
        load_items(store, batch, extractor=fake_extractor)
    e = store.graph().edges["ana", "bo", "CRITICIZES"]
    assert (e["weight"], e["documents"], e["sources"]) == (4, 4, 3)
    assert (e["first_seen"], e["last_seen"]) == ("2025-06-05", "2025-06-10")
    s = store.stats()
    assert s["edges"] == len([1 for *_, k in store.graph().edges(keys=True, data="weight") if k])
    if hasattr(store, "driver"):  # the typed edge analysts query carries the same counts
        [r] = store._read("MATCH (:Actor {id:'ana'})-[r:CRITICIZES]->(:Actor {id:'bo'}) "
                          "RETURN r.weight AS w, r.documents AS d, r.sources AS s, "
                          "r.first_seen AS f, r.last_seen AS l, r.outlets AS o")
        assert (r["w"], r["d"], r["s"], r["f"], r["l"]) == (4, 4, 3, "2025-06-05", "2025-06-10")
        assert sorted(r["o"]) == ["AP", "Reuters"]


def test_dry_run_writes_nothing(store):
    s = load_items(None, doc_items("Ana hit Bo."), extractor=fake_extractor)
    assert (s.new, s.claims) == (1, 1)
    assert store.stats()["documents"] == 0


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Governor Gavin Newsom criticized President Donald Trump.")
    (d / "sub" / "b.md").write_text("# Raids\n\nMayor Karen Bass condemned the ICE raids.")
    (d / "c.jsonl").write_text(json.dumps({"text": "Tom Homan threatened Gavin Newsom.",
                                           "source": "AP", "date": "2025-06-09"}) + "\n{oops\n")
    (d / "d.txt").write_bytes(b"\x00\x01binary")
    return d


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_cli_load_summary_failures_and_exit_status(tmp_path, corpus):
    db = str(tmp_path / "g.db")
    r = run("--db", db, "load", str(corpus), "--source", "LA Times", "--date", "2025-06-08")
    assert r.exit_code == 1
    assert "loaded 5 documents: 3 new, 0 unchanged, 0 replaced, 2 failed" in r.stdout
    assert f"failed: {corpus / 'c.jsonl'}#2: malformed JSON" in r.stderr
    assert f"failed: {corpus / 'd.txt'}: binary file" in r.stderr
    assert "\r" not in r.stderr and "loading:" not in r.stderr  # no progress when piped
    r = run("--db", db, "load", str(corpus / "a.txt"), str(corpus / "sub"), "--json")
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert (out["unchanged"], out["new"], out["failed"], out["documents"]) == (2, 0, 0, 2)
    r = run("--db", db, "stats")
    assert "single source" in r.stdout or "one source" in r.stdout


def test_cli_dry_run_and_bad_options(tmp_path, corpus):
    db = tmp_path / "g.db"
    r = run("--db", str(db), "load", str(corpus / "a.txt"), "--dry-run")
    assert r.exit_code == 0 and r.stdout.startswith("would load 1 document: 1 new")
    assert not db.exists()
    r = run("--db", str(db), "load", str(corpus), "--date", "someday")
    assert r.exit_code == 2 and "Traceback" not in r.output and "--date" in r.output
    r = run("--db", str(db), "load", str(corpus), "--field", "body")
    assert r.exit_code == 2 and "OURS=THEIRS" in r.output
    r = run("--db", str(db), "load", str(corpus), "--jobs", "0")
    assert r.exit_code == 2


def test_cli_stdin_and_field_mapping(tmp_path):
    db = str(tmp_path / "g.db")
    data = json.dumps({"story": "Pete Hegseth ordered the National Guard to Los Angeles.",
                       "outlet_name": "Reuters"}) + "\n"
    r = run("--db", db, "load", "-", "--format", "jsonl", "--field", "text=story",
            "--field", "source=outlet_name", "--json", input=data)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["new"] == 1
    r = run("--db", db, "load", "-", "--source", "AP", input="Karen Bass spoke to reporters.")
    assert r.exit_code == 0 and "1 new" in r.stdout


def test_summary_counts_distinct_actors(store):
    s = load_items(store, doc_items("Ana hit Bo.", "Ana hit Cy.", "Bo hit Cy."),
                   extractor=fake_extractor)
    assert (s.new, s.actors, s.claims) == (3, 3, 3)  # not 6: each actor once
    assert "actor_ids" not in s.to_json() and s.to_json()["actors"] == 3
    dry = load_items(None, doc_items("Ana hit Bo.", "Ana hit Cy."), extractor=fake_extractor)
    assert dry.actors == 3


def test_other_relation_type_towards_an_issue(store):
    """A type that is not a stance, aimed at an issue, still makes its typed edge."""
    doc = Document(text="Ana leads the curfew.", source="AP", published="2025-06-08")
    ext = Extraction(actors=[Actor("ana", "Ana", "Person")], issues=[Issue("curfew", "curfew")],
                     relations=[Relation("ana", "curfew", "LEADS", 0, 0.8, "asserted", "t",
                                         "leads", [Evidence(doc.id, doc.text)])])
    assert store.add(doc, ext).status == "new"
    e = store.graph().edges["ana", "curfew", "LEADS"]
    assert (e["weight"], e["documents"], e["sources"]) == (1, 1, 1)
