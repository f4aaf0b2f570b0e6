"""Maps, camps and exports without a browser: escaping, self-containment, camps, round trips."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from types import SimpleNamespace

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.camps import UNALIGNED, camps, frustration
from graphkit.cli.map_cmd import export_cmd, map_cmd, matrix_cmd
from graphkit.export import CSV_COLUMNS, export_graph, flat_graph
from graphkit.graph import build_graph, filter_graph
from graphkit.maps import json_for_script, layout, render_map, render_stance_matrix, safe_url
from tests._map_samples import (
    ACTORS,
    DOCUMENTS,
    ISSUES,
    XSS_END,
    XSS_IMG,
    XSS_SCRIPT,
    claim_rows,
    hostile_graph,
)

DATA_RE = re.compile(
    r'<script type="application/json" id="graphkit-data">(.*?)</script>', re.S)


def page_data(text: str) -> dict:
    m = DATA_RE.search(text)
    assert m, "no embedded data"
    return json.loads(m.group(1))


@pytest.fixture
def g() -> nx.MultiDiGraph:
    return hostile_graph()


@pytest.fixture
def map_html(g, tmp_path) -> str:
    path = render_map(g, tmp_path / "map.html", title="LA <b>raids</b> " + XSS_SCRIPT,
                      caption="cap " + XSS_IMG)
    return path.read_text(encoding="utf-8")


# ------------------------------------------------------------------ escaping


def test_json_for_script_cannot_end_the_script_element():
    obj = {"a": XSS_END, "b": XSS_IMG, "c": "x & y", "d": "\u2028\u2029", "e": "<!--"}
    s = json_for_script(obj)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in s
    assert json.loads(s) == obj


def test_hostile_text_never_appears_raw_in_the_page(map_html):
    for raw in ("<script>alert", "<img src=x", "</script><script>alert(2)", "<b>raids"):
        assert raw not in map_html
    # exactly our scripts: the data block plus vis-network, common.js and map.js
    assert len(re.findall(r"<script\b", map_html, re.I)) == 4
    assert "&lt;b&gt;raids&lt;/b&gt;" in map_html  # title escaped, not dropped
    data = page_data(map_html)
    names = [n["label"] for n in data["nodes"]]
    assert "protesters " + XSS_IMG in names  # kept as text for textContent
    quotes = [c["quote"] for e in data["edges"] for c in e["claims"]]
    assert "reckless " + XSS_END in quotes


def test_only_http_urls_survive():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.com") == "http://example.com"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>",
                "vbscript:x", "//evil.example", "https://x\"onmouseover=alert(1)", None, ""):
        assert safe_url(bad) == ""


def test_javascript_urls_are_dropped_from_the_page(map_html):
    data = page_data(map_html)
    urls = {c["url"] for e in data["edges"] for c in e["claims"]}
    assert "" in urls and all(u == "" or u.startswith(("http://", "https://")) for u in urls)
    assert "javascript:" not in map_html.lower()


# ------------------------------------------------------------------ self-containment


def test_map_is_self_contained(map_html):
    for pat in (r"<script[^>]*\ssrc\s*=", r"<link\b", r"<iframe\b", r"@import",
                r"url\(\s*['\"]?(https?:)?//", r"(src|href)\s*=\s*['\"]?(https?:)?//"):
        assert not re.search(pat, map_html, re.I), pat
    assert "cdn" not in re.sub(r"<script>.*?</script>", "", map_html, flags=re.S).lower()


def test_csp_allows_only_the_inlined_scripts(map_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', map_html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for code in re.findall(r"<script>(.*?)</script>", map_html, re.S):
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_counts_title_caption_and_provenance(g, map_html):
    assert f'data-node-count="{g.number_of_nodes()}"' in map_html
    assert f'data-edge-count="{g.number_of_edges()}"' in map_html
    data = page_data(map_html)
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    meta = data["meta"]
    assert meta["documents"] == 3 and meta["first_seen"] == "2025-06-08"
    assert meta["last_seen"] == "2025-06-12"
    assert set(meta["outlets"]) == {"Outlet A", "Outlet B", "Outlet C"}
    assert "3 documents" in map_html and "2025-06-08 to 2025-06-12" in map_html


def test_edge_styles_follow_polarity_weight_and_sources(g, tmp_path):
    g.edges["newsom", "trump", "SUES"]["sources"] = 2
    data = page_data(render_map(g, tmp_path / "m.html").read_text(encoding="utf-8"))
    key = {n["id"]: n["key"] for n in data["nodes"]}
    by = {(key[e["from"]], key[e["to"]], e["type"]): e for e in data["edges"]}
    hostile = by[("newsom", "trump", "CRITICIZES")]
    friendly = by[("bass", "newsom", "SUPPORTS")]
    neutral = by[("trump", "guard", "ORDERS")]
    assert (hostile["color"], friendly["color"], neutral["color"]) == (
        "#d62728", "#2ca02c", "#8c8c8c")
    assert hostile["width"] > friendly["width"]  # 2 claims against 1
    assert hostile["sources"] == 2 and not hostile["dashes"]
    assert friendly["dashes"] and not by[("newsom", "trump", "SUES")]["dashes"]
    assert hostile["parallel"] and not friendly["parallel"]
    assert by[("protesters", "ice", "CLASHES_WITH")]["symmetric"]
    shapes = {key[n["id"]]: n["shape"] for n in data["nodes"]}
    assert shapes["newsom"] == "dot" and shapes["ice"] == "square"
    assert shapes["protesters"] == "triangle" and shapes["raids"] == "hexagon"


def test_layout_spreads_nodes_and_is_deterministic(g):
    a, b = layout(g, camps(g)), layout(g, camps(g))
    assert a == b and set(a) == set(g)
    assert len({(round(x), round(y)) for x, y in a.values()}) == len(g)


def test_large_graph_is_flagged_and_laid_out(tmp_path):
    actors = [{"id": f"a{i}", "name": f"Actor {i}", "kind": "Person"} for i in range(320)]
    claims = [{"id": f"c{i}", "source": f"a{i}", "target": f"a{(i * 7 + 1) % 320}",
               "type": "CRITICIZES" if i % 2 else "SUPPORTS", "polarity": -1 if i % 2 else 1,
               "document": "d", "published": "2025-06-08"} for i in range(640)]
    g = build_graph(actors, [], claims, [{"id": "d", "published": "2025-06-08"}])
    data = page_data(render_map(g, tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["large"] and len(data["nodes"]) == 320
    assert sum(n["major"] for n in data["nodes"]) >= 40


def test_empty_graph_renders(tmp_path):
    g = build_graph([], [], [], [])
    html_ = render_map(g, tmp_path / "e.html").read_text(encoding="utf-8")
    assert 'data-node-count="0"' in html_
    assert render_stance_matrix(g, tmp_path / "s.html").exists()


def test_stance_matrix_page(g, tmp_path):
    text = render_stance_matrix(g, tmp_path / "s.html", title=XSS_SCRIPT).read_text("utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text
    data = page_data(text)
    stances = [(s, t) for s, t, e in g.edges(data=True) if e["category"] == "stance"]
    assert len(data["cells"]) == len(stances) == 6
    assert {i["id"] for i in data["issues"]} == {"deployment", "raids"}
    assert f'data-cell-count="{len(stances)}"' in text


# ------------------------------------------------------------------ camps


def signed(edges, issues=()):
    names = sorted({x for e in edges for x in e[:2]} - set(issues))
    claims = [{"id": f"c{i}", "source": s, "target": t, "type": typ,
               "polarity": {"SUPPORTS": 1, "COOPERATES_WITH": 1}.get(typ, -1 if typ in (
                   "CRITICIZES", "OPPOSES", "SUES") else 0),
               "document": "d", "published": "2025-06-08"}
              for i, (s, t, typ) in enumerate(edges)]
    return build_graph([{"id": n, "name": n.upper(), "kind": "Person"} for n in names],
                       [{"id": i, "name": i} for i in issues], claims,
                       [{"id": "d", "published": "2025-06-08"}])


def test_camps_split_allies_from_adversaries():
    g = signed([("a", "b", "SUPPORTS"), ("b", "c", "COOPERATES_WITH"), ("c", "a", "SUPPORTS"),
                ("x", "y", "SUPPORTS"), ("y", "z", "SUPPORTS"), ("z", "x", "SUPPORTS"),
                ("a", "x", "CRITICIZES"), ("y", "b", "SUES"), ("c", "z", "OPPOSES")])
    c = camps(g)
    assert c["a"] == c["b"] == c["c"] != UNALIGNED
    assert c["x"] == c["y"] == c["z"] != UNALIGNED
    assert c["a"] != c["x"]
    assert frustration(g, c) == 0
    assert camps(g) == c  # deterministic


def test_balance_refinement_moves_a_frustrated_actor():
    # "m" is tied positively to a and b but hostile to both x and y, and its one weak
    # positive tie is with x: it belongs with a and b.
    g = signed([("a", "b", "SUPPORTS"), ("x", "y", "SUPPORTS"), ("a", "x", "CRITICIZES"),
                ("m", "a", "SUPPORTS"), ("m", "b", "SUPPORTS"), ("m", "x", "SUPPORTS"),
                ("m", "y", "CRITICIZES"), ("m", "y", "OPPOSES"), ("b", "y", "SUES")])
    c = camps(g)
    assert c["m"] == c["a"] == c["b"] and c["x"] == c["y"] and c["a"] != c["x"]


def test_camps_ignore_issues_and_use_shared_stances():
    g = signed([("a", "b", "SUPPORTS"), ("c", "a", "CRITICIZES"),
                ("a", "war", "OPPOSES"), ("d", "war", "OPPOSES"),
                ("c", "war", "SUPPORTS"), ("e", "war", "SUPPORTS")], issues=("war",))
    c = camps(g)
    assert c["war"] == UNALIGNED
    assert c["a"] == c["b"] == c["d"] and c["c"] == c["e"] and c["a"] != c["c"]


def test_camps_on_the_sample(g):
    c = camps(g)
    assert c["newsom"] == c["bass"] == c["chirla"]
    assert c["trump"] == c["hegseth"] == c["ice"]
    assert c["newsom"] != c["trump"]
    assert c["deployment"] == c["raids"] == UNALIGNED


# ------------------------------------------------------------------ exports


def test_graphml_round_trip(g, tmp_path):
    p = export_graph(g, tmp_path / "g.graphml", "graphml")
    h = nx.read_graphml(p, force_multigraph=True)
    assert h.number_of_nodes() == g.number_of_nodes()
    assert h.number_of_edges() == g.number_of_edges()
    assert h.nodes["ice"]["aliases"] == "Immigration and Customs"
    assert h.nodes["protesters"]["name"] == "protesters " + XSS_IMG
    e = h.get_edge_data("newsom", "trump")["CRITICIZES"]
    assert (e["type"], e["weight"], e["claims"], e["polarity"]) == ("CRITICIZES", 2, 2, -1)
    assert e["verbs"] == "called; slammed"


def test_gexf_round_trip(g, tmp_path):
    p = export_graph(g, tmp_path / "g.gexf")
    h = nx.read_gexf(p)
    assert h.number_of_nodes() == g.number_of_nodes()
    assert h.number_of_edges() == g.number_of_edges()
    assert h.nodes["newsom"]["label"] == "Gavin Newsom"
    rels = sorted(d["relation"] for _, _, d in h.edges(data=True))
    assert rels == sorted(k for _, _, k in g.edges(keys=True))


def test_json_round_trip_keeps_claims(g, tmp_path):
    p = export_graph(g, tmp_path / "g.json")
    h = nx.node_link_graph(json.loads(p.read_text("utf-8")), edges="edges")
    assert h.number_of_edges() == g.number_of_edges()
    assert h.edges["newsom", "trump", "CRITICIZES"]["claims"][0]["sentence"].endswith(XSS_SCRIPT)
    assert h.graph["documents"][0]["id"] == "d1"


def test_csv_edges(g, tmp_path):
    p = export_graph(g, tmp_path / "edges.csv")
    rows = list(csv.DictReader(p.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == g.number_of_edges()
    r = next(r for r in rows if (r["source"], r["target"], r["type"]) ==
             ("newsom", "trump", "CRITICIZES"))
    assert (r["polarity"], r["weight"], r["documents"], r["first_seen"], r["last_seen"]) == (
        "-1", "2", "2", "2025-06-08", "2025-06-12")


def test_flat_graph_has_only_scalars(g):
    h = flat_graph(g)
    for _, d in h.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    for _, _, d in h.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown export format"):
        export_graph(hostile_graph(), "x.txt")


# ------------------------------------------------------------------ CLI


class FakeStore:
    def __init__(self, g):
        self._g = g

    def graph(self):
        return self._g


def run(cmd, args, g=None):
    obj = SimpleNamespace(open_store=lambda: FakeStore(g if g is not None else hostile_graph()))
    return CliRunner().invoke(cmd, args, obj=obj)


def test_map_command_writes_and_reports_counts(tmp_path):
    out = tmp_path / "m.html"
    r = run(map_cmd, ["-o", str(out), "--title", "LA"])
    assert r.exit_code == 0, r.output
    assert out.exists() and str(out) in r.output and "11 nodes, 20 edges" in r.output


def test_map_command_views(tmp_path):
    out = tmp_path / "m.html"
    r = run(map_cmd, ["-o", str(out), "--actor", "Newsom", "--depth", "1",
                      "--types", "criticizes,sues", "--since", "2025-06", "--until", "2025-06-10"])
    assert r.exit_code == 0, r.output
    data = page_data(out.read_text("utf-8"))
    assert {e["type"] for e in data["edges"]} == {"CRITICIZES", "SUES"}
    assert all(c["published"] <= "2025-06-10" for e in data["edges"] for c in e["claims"])
    r = run(map_cmd, ["-o", str(out), "--issue", "raids", "--matrix"])
    assert r.exit_code == 0 and "stance matrix" in r.output
    assert len(page_data(out.read_text("utf-8"))["cells"]) == 4


def test_min_confidence_drops_guesses_and_edges_left_without_claims(tmp_path):
    rows = claim_rows()
    for r in rows:  # the Newsom -> Trump criticisms: one sure, one a guess
        r["confidence"] = 0.4 if r["verb"] == "slammed" else 0.3 if r["verb"] == "sued" else 0.9
        if r["verb"] == "mocked":
            r["confidence"] = ""  # a claim without one counts as 0
    g = build_graph(ACTORS, ISSUES, rows, DOCUMENTS)
    out = tmp_path / "m.html"
    r = run(map_cmd, ["-o", str(out), "--actor", "Newsom", "--min-confidence", "0.5"], g=g)
    assert r.exit_code == 0, r.output
    data = page_data(out.read_text("utf-8"))
    key = {n["id"]: n["key"] for n in data["nodes"]}
    edges = {(key[e["from"]], key[e["to"]], e["type"]): e for e in data["edges"]}
    assert ("newsom", "trump", "SUES") not in edges
    crit = edges[("newsom", "trump", "CRITICIZES")]
    assert [c["verb"] for c in crit["claims"]] == ["called"] and crit["weight"] == 1
    assert crit["confidence"] == 0.9  # the surest claim: what the page's own filter reads
    h = filter_graph(g, min_confidence=0.35)
    assert h.has_edge("newsom", "trump", "CRITICIZES") and not h.has_edge("newsom", "trump", "SUES")
    assert h.edges["newsom", "trump", "CRITICIZES"]["weight"] == 2
    assert not h.has_edge("trump", "newsom", "CRITICIZES")
    assert filter_graph(g).number_of_edges() == g.number_of_edges()
    render_map(g, out)
    claims = [c for e in page_data(out.read_text("utf-8"))["edges"] for c in e["claims"]]
    assert sorted({c["confidence"] for c in claims}) == [0.0, 0.3, 0.4, 0.9]


@pytest.mark.parametrize("args, message", [
    (["--actor", "Nobody"], "no actor or issue named"),
    (["--issue", "nothing"], "no actor or issue named"),
    (["--since", "June"], "is not a date"),
    (["--until", "2025-13-01"], "is not a date"),
    (["--since", "2025-06-12", "--until", "2025-06-01"], "is after"),
    (["--types", "HUGS"], "unknown relation type"),
    (["--min-weight", "0"], "--min-weight"),
    (["--min-confidence", "1.5"], "1.5 is not in the range 0<=x<=1"),
    (["--min-confidence", "high"], "'high' is not a valid float"),
])
def test_map_command_bad_input_is_one_line(tmp_path, args, message):
    r = run(map_cmd, ["-o", str(tmp_path / "m.html"), *args])
    assert r.exit_code == 2 and message in r.output
    assert "Traceback" not in r.output and isinstance(r.exception, SystemExit)


def test_matrix_and_export_commands(tmp_path):
    r = run(matrix_cmd, ["-o", str(tmp_path / "s.html")])
    assert r.exit_code == 0 and "stance matrix" in r.output
    for name, fmt in (("g.graphml", None), ("g.gexf", None), ("g.json", None),
                      ("edges.csv", None), ("g.dat", "gexf")):
        args = ["-o", str(tmp_path / name)] + (["--format", fmt] if fmt else [])
        r = run(export_cmd, args)
        assert r.exit_code == 0, r.output
        assert "11 nodes, 20 edges" in r.output
    assert nx.read_gexf(tmp_path / "g.dat").number_of_nodes() == 11
    r = run(export_cmd, ["-o", str(tmp_path / "g.txt")])
    assert r.exit_code == 2 and "--format" in r.output
    r = run(export_cmd, ["-o", str(tmp_path / "g.csv"), "--actor", "ghost"])
    assert r.exit_code == 2 and "ghost" in r.output


def test_write_error_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run(map_cmd, ["-o", str(blocker / "sub" / "m.html")])
    assert r.exit_code == 1 and "cannot write" in r.output and "Traceback" not in r.output
