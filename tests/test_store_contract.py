"""The store contract, run against the SQLite store and the real Neo4j."""

from __future__ import annotations

import pytest

from graphkit.model import Actor, Extraction, Relation

from .conftest import make_doc, make_extraction

ACTORS = [("ana-ruiz", "Ana Ruiz", "Person"), ("bo-lee", "Bo Lee", "Person"),
          ("city-council", "City Council", "Organization"), ("marchers", "marchers", "Group")]


def first(store):
    doc = make_doc("Ana Ruiz attacked Bo Lee. The council backed Ruiz.", source="Daily A",
                   published="2025-06-07", url="https://a.example/1", title="First")
    ext = make_extraction(doc, ACTORS, [
        ("ana-ruiz", "bo-lee", "CRITICIZES", -1, "asserted", "a disgrace"),
        ("city-council", "ana-ruiz", "SUPPORTS", 1),
        ("bo-lee", "marchers", "COERCES", -1, "negated"),
        ("ana-ruiz", "curfew", "OPPOSES", -1),
    ], issues=[("curfew", "curfew")])
    return doc, ext


def test_add_is_one_document_with_its_claims(store):
    doc, ext = first(store)
    res = store.add(doc, ext)
    assert (res.status, res.claims) == ("new", 4)
    s = store.stats()
    assert (s["documents"], s["actors"], s["issues"], s["claims"]) == (1, 4, 1, 4)
    # the negated claim is stored but makes no edge
    assert s["edges"] == 3
    assert s["single_source_edges"] == 3


def test_same_document_again_changes_nothing(store):
    doc, ext = first(store)
    store.add(doc, ext)
    before = store.stats()
    assert store.add(doc, ext).status == "unchanged"
    assert store.add(make_doc(doc.text + "\n\n"), ext).status == "unchanged"  # same normalised text
    assert store.stats() == before
    res = store.add(doc, ext, force=True)
    assert res.status == "replaced"
    assert store.stats() == before


def test_graph_carries_weights_and_evidence(store):
    doc, ext = first(store)
    store.add(doc, ext)
    g = store.graph()
    e = g.edges["ana-ruiz", "bo-lee", "CRITICIZES"]
    assert (e["weight"], e["documents"], e["sources"], e["polarity"]) == (1, 1, 1, -1)
    assert e["category"] == "interaction"
    assert e["first_seen"] == e["last_seen"] == "2025-06-07"
    [claim] = e["claims"]
    assert claim["quote"] == "a disgrace"
    assert claim["sentence"] == "ana-ruiz CRITICIZES bo-lee."
    assert claim["title"] == "First" and claim["outlet"] == "Daily A"
    assert g.edges["ana-ruiz", "curfew", "OPPOSES"]["category"] == "stance"
    assert g.nodes["curfew"]["kind"] == "Issue"
    assert not g.has_edge("bo-lee", "marchers")  # negated
    assert g.nodes["ana-ruiz"]["name"] == "Ana Ruiz"


def test_second_source_corroborates_an_edge(store):
    doc, ext = first(store)
    store.add(doc, ext)
    doc2 = make_doc("Ruiz again attacked Lee.", source="Daily B", published="2025-06-09")
    ext2 = make_extraction(doc2, ACTORS[:2], [("ana-ruiz", "bo-lee", "CRITICIZES", -1)])
    store.add(doc2, ext2)
    e = store.graph().edges["ana-ruiz", "bo-lee", "CRITICIZES"]
    assert (e["weight"], e["documents"], e["sources"]) == (2, 2, 2)
    assert (e["first_seen"], e["last_seen"]) == ("2025-06-07", "2025-06-09")
    assert store.stats()["single_source_edges"] == 2


def test_changed_text_under_same_url_replaces_old_version(store):
    doc, ext = first(store)
    store.add(doc, ext)
    doc2 = make_doc(doc.text + " Update: Lee answered.", url=doc.url, source="Daily A")
    ext2 = make_extraction(doc2, ACTORS[:2], [("bo-lee", "ana-ruiz", "CRITICIZES", -1)])
    res = store.add(doc2, ext2)
    assert res.status == "replaced" and res.replaced == [doc.id]
    s = store.stats()
    assert (s["documents"], s["claims"], s["actors"], s["issues"]) == (1, 1, 2, 0)
    g = store.graph()
    assert not g.has_edge("ana-ruiz", "bo-lee")
    assert g.has_edge("bo-lee", "ana-ruiz", "CRITICIZES")
    assert [d["id"] for d in store.documents()] == [doc2.id]


def test_same_actor_under_another_name_is_one_node(store):
    doc, ext = first(store)
    store.add(doc, ext)
    doc2 = make_doc("Councilwoman Ruiz spoke.")
    ext2 = Extraction(actors=[Actor("councilwoman-ruiz", "Councilwoman Ruiz", "Person",
                                    aliases=["Ana Ruiz"]), Actor("bo-lee", "Bo Lee", "Person")],
                      relations=[Relation("councilwoman-ruiz", "bo-lee", "THREATENS", -1)])
    store.add(doc2, ext2)
    actors = {a["id"]: a for a in store.actors()}
    assert "councilwoman-ruiz" not in actors
    assert "Councilwoman Ruiz" in actors["ana-ruiz"]["aliases"]
    assert actors["ana-ruiz"]["documents"] == 2
    assert store.graph().has_edge("ana-ruiz", "bo-lee", "THREATENS")


def test_lists_documents_and_actors(store):
    doc, ext = first(store)
    store.add(doc, ext)
    [d] = store.documents()
    assert (d["id"], d["title"], d["claims"], d["published"]) == (doc.id, "First", 4, "2025-06-07")
    names = sorted(a["name"] for a in store.actors())
    assert names == ["Ana Ruiz", "Bo Lee", "City Council", "marchers"]


def test_invalid_extraction_writes_nothing(store):
    doc, ext = first(store)
    ext.relations.append(Relation("ana-ruiz", "bo-lee", "LOVES", 1))
    with pytest.raises(ValueError):
        store.add(doc, ext)
    assert store.stats()["documents"] == 0


def test_reset_empties_the_store(store):
    doc, ext = first(store)
    store.add(doc, ext)
    store.reset()
    assert set(store.stats().values()) == {0}


def test_claims_are_made_by_actors(store):
    """A relation from an issue is not a claim: it is skipped on both stores alike, and a
    later replacement elsewhere cannot leave an edge the graph does not show."""
    doc, ext = first(store)
    ext.relations.append(Relation("curfew", "ana-ruiz", "CRITICIZES", -1))
    assert store.add(doc, ext).claims == 4
    other = make_doc("Bo Lee spoke.", url="https://b.example/1")
    store.add(other, make_extraction(other, ACTORS[1:2], []))
    again = make_doc("Bo Lee spoke again.", url="https://b.example/1")
    store.add(again, make_extraction(again, ACTORS[1:2], []))
    assert store.stats()["edges"] == store.graph().number_of_edges() == 3


def test_an_id_is_an_actor_or_an_issue_not_both(store):
    doc, ext = first(store)
    ext.actors.append(Actor("curfew", "Curfew", "Organization"))
    with pytest.raises(ValueError, match="both an actor and an issue"):
        store.add(doc, ext)
    assert store.stats()["documents"] == 0
