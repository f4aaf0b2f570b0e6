"""Hand-written store rows for the map tests, with hostile text in every field a document feeds."""

from __future__ import annotations

import networkx as nx

from graphkit.graph import build_graph

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_END = "</script><script>alert(2)</script>\u2028\u2029"

ACTORS = [
    {"id": "newsom", "name": "Gavin Newsom", "kind": "Person", "aliases": ["Newsom"]},
    {"id": "bass", "name": "Karen Bass", "kind": "Person", "aliases": ["Bass"]},
    {"id": "chirla", "name": "CHIRLA", "kind": "Organization"},
    {"id": "trump", "name": "Donald Trump", "kind": "Person", "aliases": ["Trump"]},
    {"id": "hegseth", "name": "Pete Hegseth", "kind": "Person"},
    {"id": "ice", "name": "ICE", "kind": "Organization", "aliases": ["Immigration and Customs"]},
    {"id": "guard", "name": "National Guard", "kind": "Organization"},
    {"id": "protesters", "name": "protesters " + XSS_IMG, "kind": "Group",
     "aliases": [XSS_SCRIPT]},
    {"id": "la", "name": "Los Angeles", "kind": "Location"},
]
ISSUES = [
    {"id": "deployment", "name": "Guard deployment"},
    {"id": "raids", "name": "immigration raids " + XSS_SCRIPT},
]
DOCUMENTS = [
    {"id": "d1", "title": "Newsom sues " + XSS_SCRIPT, "source": "Outlet A",
     "url": "https://example.org/a", "published": "2025-06-08"},
    {"id": "d2", "title": "Raids " + XSS_IMG, "source": "Outlet B",
     "url": "javascript:alert(1)", "published": "2025-06-10"},
    {"id": "d3", "title": "Guard " + XSS_END, "source": "Outlet C",
     "url": "http://example.com/c", "published": "2025-06-12"},
]
_DOC = {d["id"]: d for d in DOCUMENTS}

# (source, target, type, polarity, verb, sentence, quote, document)
_CLAIMS = [
    ("newsom", "trump", "CRITICIZES", -1, "called",
     "Newsom called the order " + XSS_SCRIPT, "a dictator " + XSS_IMG, "d1"),
    ("newsom", "trump", "SUES", -1, "sued", "California sued the administration.", "", "d1"),
    ("newsom", "trump", "CRITICIZES", -1, "slammed", "Newsom slammed Trump again.",
     "reckless " + XSS_END, "d3"),
    ("trump", "newsom", "CRITICIZES", -1, "mocked", "Trump mocked Newscum.", "", "d2"),
    ("bass", "trump", "OPPOSES", -1, "opposed", "Bass opposed the raids.", "", "d2"),
    ("bass", "newsom", "SUPPORTS", 1, "backed", "Bass backed Newsom.", "", "d1"),
    ("chirla", "bass", "COOPERATES_WITH", 1, "worked with", "CHIRLA worked with Bass.", "", "d2"),
    ("chirla", "ice", "CRITICIZES", -1, "denounced", "CHIRLA denounced ICE.", "", "d2"),
    ("trump", "guard", "ORDERS", 0, "deployed", "Trump deployed the Guard.", "", "d1"),
    ("hegseth", "trump", "SUPPORTS", 1, "backed", "Hegseth backed Trump.", "", "d3"),
    ("hegseth", "guard", "LEADS", 0, "commands", "Hegseth commands the troops.", "", "d3"),
    ("ice", "trump", "COOPERATES_WITH", 1, "worked with", "ICE worked with Trump.", "", "d2"),
    ("ice", "protesters", "COERCES", -1, "arrested", "ICE arrested protesters.", "", "d2"),
    ("protesters", "ice", "CLASHES_WITH", -1, "clashed", "Protesters clashed with ICE "
     + XSS_IMG, "", "d3"),
    ("guard", "la", "PART_OF", 0, "stationed", "The Guard was stationed in LA.", "", "d3"),
    ("newsom", "deployment", "OPPOSES", -1, "opposed", "Newsom opposed the deployment.",
     "", "d1"),
    ("trump", "deployment", "SUPPORTS", 1, "defended", "Trump defended the deployment.",
     "", "d1"),
    ("bass", "raids", "OPPOSES", -1, "condemned", "Bass condemned the raids.", "", "d2"),
    ("chirla", "raids", "OPPOSES", -1, "protested", "CHIRLA protested the raids.", "", "d2"),
    ("ice", "raids", "SUPPORTS", 1, "defended", "ICE defended the raids.", "", "d2"),
    ("hegseth", "raids", "SUPPORTS", 1, "praised", "Hegseth praised the raids.", "", "d3"),
]


def claim_rows():
    rows = []
    for i, (s, t, typ, pol, verb, sentence, quote, doc) in enumerate(_CLAIMS):
        d = _DOC[doc]
        rows.append({
            "id": f"c{i}", "source": s, "target": t, "type": typ, "polarity": pol,
            "verb": verb, "sentence": sentence, "quote": quote, "confidence": 0.9,
            "mode": "asserted", "rule": "test", "document": doc, "title": d["title"],
            "url": d["url"], "published": d["published"], "outlet": d["source"],
        })
    return rows


def hostile_graph() -> nx.MultiDiGraph:
    """A small LA-raids-shaped graph whose document texts try to inject script."""
    return build_graph(ACTORS, ISSUES, claim_rows(), DOCUMENTS)
