from pathlib import Path

from graphkit.extract import extract
from graphkit.model import Document

SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "la-national-guard.txt"


def test_seed_article_key_facts():
    doc = Document(text=SEED.read_text(encoding="utf-8"), path=str(SEED))
    ex = extract(doc)
    crit = [r for r in ex.relations if (r.source, r.type, r.target) ==
            ("gavin-newsom", "CRITICIZES", "donald-trump")]
    assert crit and "Newsom criticized Trump" in crit[0].evidence[0].sentence
    assert crit[0].evidence[0].document == doc.id
    assert [r for r in ex.relations if (r.source, r.type, r.target) ==
            ("donald-trump", "ORDERS", "national-guard")]
    assert [r for r in ex.relations if {r.source, r.target} == {"dan-bongino", "fbi"}
            and r.polarity == 0]
    assert ex.documents == [doc.meta()]
    assert all(e.document == doc.id for r in ex.relations for e in r.evidence)
