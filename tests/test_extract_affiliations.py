from graphkit import ontology
from tests.test_extract_helpers import run


def pairs(ex):
    return {frozenset((r.source, r.target)) for r in ex.relations
            if r.type in ontology.AFFILIATIONS}


def test_title_with_organisation():
    ex = run("FBI Deputy Director Dan Bongino spoke to reporters in Denver.")
    assert frozenset(("dan-bongino", "fbi")) in pairs(ex)
    assert any("Deputy Director" in r for r in ex.actor("dan-bongino").roles)


def test_possessive_title_is_appointment():
    ex = run("Trump's border czar Tom Homan visited Phoenix.")
    rs = [r for r in ex.relations if {r.source, r.target} == {"tom-homan", "donald-trump"}]
    assert rs and rs[0].type == "APPOINTED_BY" and rs[0].rule.startswith("pattern:")


def test_apposition():
    ex = run("Tom Homan, Trump's border czar, arrived in Phoenix on Monday.")
    assert frozenset(("tom-homan", "donald-trump")) in pairs(ex)


def test_x_of_y():
    ex = run("Rosa Jimenez of the American Civil Liberties Union spoke at the rally.")
    assert frozenset(("rosa-jimenez", "aclu")) in pairs(ex)


def test_unknown_organisation_in_title():
    ex = run("Acme Workers Union president Lena Ortiz condemned the layoffs.")
    ps = pairs(ex)
    assert any("lena-ortiz" in p and any("acme" in x for x in p) for p in ps)


def test_no_affiliation_without_a_title():
    ex = run("Donald Trump and Dan Bongino met in Miami.")
    assert pairs(ex) == set()
