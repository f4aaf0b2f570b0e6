"""Benchmark: a synthetic 2,000-actor, 10,000-edge graph drawn as a map in headless Chromium.

Prints figures only (no assertions): time to build the graph, to generate the HTML, the
file size, and the time until the page has drawn the map (``window.graphkitReady``, set after
vis-network's first ``afterDrawing``), plus the cost of a few interactions.

    .venv/bin/python bench/maps.py [--actors 2000] [--edges 10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.graph import build_graph  # noqa: E402
from graphkit.maps import render_map, render_stance_matrix  # noqa: E402
from graphkit.ontology import INTERACTIONS  # noqa: E402

FRIENDLY = [t for t, p in INTERACTIONS.items() if p > 0]
HOSTILE = [t for t, p in INTERACTIONS.items() if p < 0]
KINDS = ("Person", "Person", "Person", "Organization", "Group", "Location")


def synthetic_rows(n_actors: int, n_edges: int, n_issues: int = 12, blocs: int = 8,
                   seed: int = 1):
    """Rows for build_graph: blocs of allies, hostility across, heavy-tailed prominence."""
    rng = random.Random(seed)
    actors = [{"id": f"a{i}", "name": f"Actor {i}", "kind": KINDS[i % len(KINDS)],
               "aliases": [f"A{i}"]} for i in range(n_actors)]
    issues = [{"id": f"i{j}", "name": f"Issue {j}"} for j in range(n_issues)]
    docs = [{"id": f"d{k}", "title": f"Report {k}", "source": f"Outlet {k % 9}",
             "url": f"https://news.example/{k}", "published": f"2025-06-{1 + k % 28:02d}"}
            for k in range(400)]
    bloc = [rng.randrange(blocs) for _ in range(n_actors)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_actors)]  # a few hubs
    by_bloc: dict[int, list[int]] = {}
    for i, b in enumerate(bloc):
        by_bloc.setdefault(b, []).append(i)
    claims, seen = [], set()
    n_stances = n_edges // 10
    while len(seen) < n_edges - n_stances:
        s = rng.choices(range(n_actors), weights)[0]
        if rng.random() < 0.7:
            t = rng.choice(by_bloc[bloc[s]])
            typ = rng.choice(FRIENDLY) if rng.random() < 0.9 else "ORDERS"
        else:
            t = rng.choices(range(n_actors), weights)[0]
            typ = rng.choice(HOSTILE)
        if s == t or (s, t, typ) in seen:
            continue
        seen.add((s, t, typ))
        for _ in range(1 + int(rng.expovariate(0.8))):
            claims.append(_claim(rng, len(claims), f"a{s}", f"a{t}", typ, INTERACTIONS[typ], docs))
    while len(seen) < n_edges:
        s = rng.randrange(n_actors)
        j = rng.randrange(n_issues)
        typ = "SUPPORTS" if (bloc[s] + j) % 2 else "OPPOSES"
        if (s, j, typ) in seen:
            continue
        seen.add((s, j, typ))
        claims.append(_claim(rng, len(claims), f"a{s}", f"i{j}", typ,
                             1 if typ == "SUPPORTS" else -1, docs))
    return actors, issues, claims, docs


def _claim(rng, i, s, t, typ, pol, docs):
    d = rng.choice(docs)
    return {"id": f"c{i}", "source": s, "target": t, "type": typ, "polarity": pol,
            "verb": typ.lower(), "sentence": f"{s} {typ.lower()} {t} in a sentence of some length.",
            "quote": "a short quote" if rng.random() < 0.3 else "",
            "confidence": round(rng.uniform(0.4, 0.95), 2),
            "mode": "asserted", "rule": "bench", "document": d["id"], "title": d["title"],
            "url": d["url"], "published": d["published"], "outlet": d["source"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=10000)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--keep", type=Path, help="Write the map here instead of a temp file.")
    args = ap.parse_args()

    t0 = time.perf_counter()
    rows = synthetic_rows(args.actors, args.edges)
    g = build_graph(*rows)
    t1 = time.perf_counter()
    out_dir = Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    path = args.keep or out_dir / "bench-map.html"
    t2 = time.perf_counter()
    render_map(g, path, title="Synthetic benchmark", caption="bench/maps.py")
    t3 = time.perf_counter()
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"{len(rows[2])} claims")
    print(f"build_graph: {t1 - t0:.2f} s (rows and graph)")
    print(f"render_map (generation): {t3 - t2:.2f} s")
    print(f"file: {path} {path.stat().st_size / 1e6:.2f} MB")
    if args.no_browser:
        return

    from tests import _browser

    why = _browser.available()
    if why:
        print(f"browser: skipped ({why})")
        return
    with _browser.chromium() as d:
        d.set_script_timeout(120)
        _browser.requests_made(d)
        t4 = time.perf_counter()
        d.get(path.resolve().as_uri())
        t5 = time.perf_counter()
        _browser.wait_ready(d, timeout=300)
        t6 = time.perf_counter()
        in_page = d.execute_script("return window.graphkitReadyMs")
        stats = d.execute_script("return window.graphkitStats")
        print(f"chromium: page loaded (parse + scripts) {t5 - t4:.2f} s, map drawn after "
              f"{t6 - t4:.2f} s wall ({in_page / 1000:.2f} s since navigation start, in page)")
        print(f"page counts: {stats['nodes']} nodes, {stats['edges']} edges")
        ms = d.execute_async_script("""
            var done = arguments[arguments.length - 1], net = graphkit.network;
            var t = performance.now();
            net.once('afterDrawing', function () {
              var redraw = performance.now() - t;
              var t2 = performance.now();
              graphkit.search('Actor 0');
              var search = performance.now() - t2;
              var t3 = performance.now();
              graphkit.setType('CRITICIZES', false);
              graphkit.setType('CRITICIZES', true);
              var filter = performance.now() - t3;
              var t4 = performance.now();
              graphkit.setMinConfidence(0.8);
              graphkit.setMinConfidence(0);
              var conf = performance.now() - t4;
              done([redraw, search, filter, conf]);
            });
            net.redraw();""")
        print(f"interaction: full redraw {ms[0]:.0f} ms, search+focus+panel {ms[1]:.0f} ms, "
              f"type filter off+on {ms[2]:.0f} ms, confidence filter 0.8+any {ms[3]:.0f} ms")
        outside = _browser.outside_requests(_browser.requests_made(d))
        print(f"requests outside the file: {len(outside)}; "
              f"console errors: {len(_browser.severe_console(d))}")
        shot = ROOT / "tests" / "artifacts" / "bench-map.png"
        shot.parent.mkdir(exist_ok=True)
        d.save_screenshot(str(shot))
        print(f"screenshot: {shot}")
        matrix = path.with_name("bench-matrix.html")
        t7 = time.perf_counter()
        render_stance_matrix(g, matrix, title="Synthetic benchmark")
        t8 = time.perf_counter()
        d.get(matrix.resolve().as_uri())
        _browser.wait_ready(d, timeout=300)
        t9 = time.perf_counter()
        cells = d.execute_script("return window.graphkitStats")["cells"]
        ms = d.execute_script("""
            var t = performance.now(); graphkit.setMinConfidence(0.8);
            var cut = window.graphkitStats.cells, t2 = performance.now();
            graphkit.setMinConfidence(0);
            return [t2 - t, performance.now() - t2, cut];""")
        print(f"stance matrix: generated in {t8 - t7:.2f} s, {matrix.stat().st_size / 1e6:.2f} MB, "
              f"shown after {t9 - t8:.2f} s; {cells} stances; confidence cut 0.8 "
              f"{ms[0]:.0f} ms ({ms[2]} stances left), back to any {ms[1]:.0f} ms")


if __name__ == "__main__":
    main()
