"""graphkit stats: what the store holds, and how much of it the stance encoder found."""

from graphkit.cli.main import report_lines
from graphkit.summary import summarise

from .conftest import make_doc, make_extraction

PEOPLE = [("ana-ruiz", "Ana Ruiz", "Person"), ("bo-lee", "Bo Lee", "Person")]


def test_stats_count_the_stance_encoders_claims(sqlite_store):
    doc = make_doc("One.", title="One", published="2025-06-01")
    sqlite_store.add(doc, make_extraction(doc, PEOPLE, [
        ("ana-ruiz", "bo-lee", "CRITICIZES", -1),
        ("ana-ruiz", "curfew", "OPPOSES", -1, "asserted", "", 0.6, "model:stance-encoder"),
        ("bo-lee", "curfew", "SUPPORTS", 1, "asserted", "", 0.6, "model:stance-encoder"),
    ], issues=[("curfew", "Curfew")]))
    report = summarise(sqlite_store)
    assert report["model_claims"] == 2 and report["counts"]["claims"] == 3
    assert report_lines(report)[1] == ("2 of the 3 claims came from the stance encoder "
                                       "(rule model:stance-encoder), the rest from rules")


def test_stats_of_rules_alone_say_nothing_of_the_encoder(sqlite_store):
    doc = make_doc("One.", title="One")
    sqlite_store.add(doc, make_extraction(doc, PEOPLE, [("ana-ruiz", "bo-lee", "CRITICIZES", -1)]))
    report = summarise(sqlite_store)
    assert report["model_claims"] == 0
    assert not any("encoder" in line for line in report_lines(report))
