"""The map and the stance matrix in a real headless Chromium, offline, with hostile documents.

Needs Debian's chromium and chromium-driver and selenium (the ``browser`` extra). Skipped
when they are missing, unless GRAPHKIT_REQUIRE_BROWSER is set (scripts/test sets it): then
missing pieces fail the suite. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphkit.maps import render_map, render_stance_matrix
from tests import _browser
from tests._map_samples import XSS_END, XSS_IMG, XSS_SCRIPT, hostile_graph

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# Elements a successful injection would leave behind, and proof that our own page is intact.
DOM_AUDIT = """
return {
  scripts: Array.from(document.scripts).map(function (s) {
    return (s.type || 'js') + (s.src ? ' src=' + s.src : ''); }),
  imgs: document.querySelectorAll('img').length,
  handlers: Array.from(document.querySelectorAll('*')).filter(function (e) {
    return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); });
  }).length,
  iframes: document.querySelectorAll('iframe, object, embed').length,
  badLinks: Array.from(document.querySelectorAll('a[href]')).filter(function (a) {
    return !/^https?:/i.test(a.href); }).map(function (a) { return a.href; }),
  dialogs: window.__dialogs,
  pwned: window.pwned === true
};
"""


@pytest.fixture(scope="module")
def browser():
    why = _browser.available()
    if why:
        if os.environ.get("GRAPHKIT_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests required but {why}")
        pytest.skip(why)
    with _browser.chromium() as driver:
        yield driver


def open_page(driver, path: Path) -> None:
    _browser.requests_made(driver)  # drain what happened before
    driver.get_log("browser")
    driver.get(path.resolve().as_uri())
    _browser.wait_ready(driver, timeout=60)


def assert_offline_and_clean(driver, page: Path) -> None:
    urls = _browser.requests_made(driver)
    assert page.resolve().as_uri() in urls
    assert _browser.outside_requests(urls) == [], urls
    assert _browser.severe_console(driver) == []
    audit = driver.execute_script(DOM_AUDIT)
    assert audit["dialogs"] == [] and not audit["pwned"], audit
    assert audit["imgs"] == 0 and audit["handlers"] == 0 and audit["iframes"] == 0, audit
    assert audit["badLinks"] == [], audit
    assert audit["scripts"] == ["application/json"] + ["js"] * (len(audit["scripts"]) - 1)


def screenshot(driver, name: str) -> tuple[Path, bytes]:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    png = driver.get_screenshot_as_png()
    path.write_bytes(png)
    print(f"screenshot: {path}")
    return path, png


def assert_not_blank(driver, png: bytes) -> None:
    stats = _browser.screenshot_stats(driver, png)  # leaves the page
    assert stats.get("width", 0) > 500, stats
    assert stats["variance"] > 100 and stats["levels"] > 30, stats


def test_map_in_chromium(browser, tmp_path):
    g = hostile_graph()
    page = render_map(g, tmp_path / "map.html", title="LA raids " + XSS_SCRIPT,
                      caption="Hostile caption " + XSS_IMG)
    open_page(browser, page)

    stats = browser.execute_script("return window.graphkitStats")
    assert stats["nodes"] == g.number_of_nodes() == 11
    assert stats["edges"] == g.number_of_edges() == 20
    body = browser.find_element("tag name", "body")
    assert body.get_attribute("data-node-count") == "11"
    assert body.get_attribute("data-edge-count") == "20"
    assert browser.find_element("id", "title").text == "LA raids " + XSS_SCRIPT
    assert "3 documents" in browser.find_element("id", "provenance").text
    assert "camp 1" in browser.find_element("id", "legend").text

    # A real click at Newsom's place on the canvas opens Newsom's evidence.
    newsom = browser.execute_script(
        "return graphkit.data.nodes.filter(function (n) { return n.key === 'newsom'; })[0].id")
    click_node(browser, newsom)
    panel = browser.find_element("id", "panel")
    assert panel.is_displayed() and panel.get_attribute("data-kind") == "node"
    assert panel.get_attribute("data-id") == newsom
    text = panel.text
    assert "Gavin Newsom" in text and "Newsom called the order " + XSS_SCRIPT in text
    assert "\u201ca dictator " + XSS_IMG + "\u201d" in text

    # An edge (through the same handler vis calls on click) shows its sentences.
    eid = browser.execute_script("""
        var k = {}; graphkit.data.nodes.forEach(function (n) { k[n.id] = n.key; });
        return graphkit.data.edges.filter(function (e) {
          return k[e.from] === 'newsom' && k[e.to] === 'trump' && e.type === 'CRITICIZES';
        })[0].id;""")
    assert browser.execute_script(
        "return graphkit.onClick({nodes: [], edges: [arguments[0]]})", eid)
    assert panel.get_attribute("data-kind") == "edge"
    text = panel.text
    assert "reckless " + XSS_END.replace("\u2028\u2029", "").strip() in text.replace("\n", "")
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('#panel a')).map(function (a) {"
        " return [a.href, a.textContent, a.rel]; })")
    assert links and all(h.startswith(("https://", "http://")) for h, _, _ in links)
    assert all("noopener" in rel for _, _, rel in links)

    # The hostile protesters node: name and alias shown as text; javascript: URL not a link.
    browser.execute_script("""graphkit.openNode(graphkit.data.nodes.filter(function (n) {
        return n.key === 'protesters'; })[0].id)""")
    assert "protesters " + XSS_IMG in panel.text and XSS_SCRIPT in panel.text
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('#panel a')).map(function (a) {"
        " return a.getAttribute('href'); })")
    assert all(h.startswith("http") for h in hrefs)

    # Search focuses an actor by alias; the type filter hides edges and updates the counts.
    assert browser.execute_script("return graphkit.search('trump')") is not None
    assert browser.find_element("id", "panel").text.startswith("×\nDonald Trump")
    assert browser.execute_script("return graphkit.network.getSelectedNodes()") != []
    box = browser.find_element("css selector", "#type-filter input[data-type='CRITICIZES']")
    box.click()
    crit = sum(1 for _, _, k in g.edges(keys=True) if k == "CRITICIZES")
    assert browser.execute_script("return graphkitStats.visibleEdges") == 20 - crit
    hidden = browser.execute_script(
        "return graphkit.edges.get({filter: function (e) { return e.hidden; }}).length")
    assert hidden == crit
    box.click()

    assert_offline_and_clean(browser, page)
    _, png = screenshot(browser, "map.png")
    assert_not_blank(browser, png)


def test_map_confidence_filter_in_chromium(browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    from graphkit.graph import build_graph
    from tests._map_samples import ACTORS, DOCUMENTS, ISSUES, claim_rows

    rows = claim_rows()
    for r in rows:  # Newsom's "slammed" beside his sure "called"; his suit and Trump's mockery
        if r["verb"] in ("slammed", "sued", "mocked"):
            r["confidence"] = 0.4
    page = render_map(build_graph(ACTORS, ISSUES, rows, DOCUMENTS), tmp_path / "map.html")
    open_page(browser, page)
    visible = 'return graphkitStats.visibleEdges'
    assert browser.execute_script(visible) == 20
    Select(browser.find_element("id", "confidence-filter")).select_by_visible_text("0.8")
    assert browser.execute_script(visible) == 18  # the suit and the mockery; "called" stays
    assert "18 of 20 relations shown" in browser.find_element("id", "stats").text
    hidden = browser.execute_script("""
        var k = {}; graphkit.data.nodes.forEach(function (n) { k[n.id] = n.key; });
        return graphkit.edges.get({filter: function (e) { return e.hidden; }}).map(function (e) {
          return k[e.from] + ' ' + graphkit.data.edges.filter(function (d) {
            return d.id === e.id; })[0].type + ' ' + k[e.to]; }).sort();""")
    assert hidden == ["newsom SUES trump", "trump CRITICIZES newsom"]
    box = browser.find_element("css selector", "#type-filter input[data-type='CRITICIZES']")
    box.click()  # the two filters combine
    assert browser.execute_script(visible) == 16
    Select(browser.find_element("id", "confidence-filter")).select_by_visible_text("any")
    assert browser.execute_script(visible) == 17
    box.click()
    assert browser.execute_script(visible) == 20
    assert_offline_and_clean(browser, page)


def test_matrix_confidence_filter_in_chromium(browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    from graphkit.graph import build_graph
    from tests._map_samples import ACTORS, DOCUMENTS, ISSUES, claim_rows

    rows = claim_rows()
    unsure = {"CHIRLA protested the raids.", "Newsom opposed the deployment.",
              "Trump defended the deployment."}
    for r in rows:
        if r["sentence"] in unsure:
            r["confidence"] = 0.4
        if r["sentence"] == "Bass condemned the raids.":
            r["rule"] = "model:stance-encoder"
    page = render_stance_matrix(build_graph(ACTORS, ISSUES, rows, DOCUMENTS),
                                tmp_path / "matrix.html")
    open_page(browser, page)
    stats = "return window.graphkitStats"
    assert browser.execute_script(stats) == {"actors": 6, "issues": 2, "cells": 6}
    Select(browser.find_element("id", "confidence-filter")).select_by_visible_text("0.8")
    # the deployment's two stances were both unsure: its column goes, with Newsom and Trump
    assert browser.execute_script(stats) == {"actors": 3, "issues": 1, "cells": 3}
    assert browser.find_element("id", "stats").text == "3 actors \u00b7 1 issues \u00b7 3 stances"
    headers = [th.text for th in browser.find_elements("css selector", "#stance-table thead th")]
    assert headers == ["actor \\ issue", "immigration raids " + XSS_SCRIPT]
    cells = browser.find_elements("css selector", "#stance-table td.has")
    assert sorted(c.get_attribute("data-actor") for c in cells) == ["bass", "hegseth", "ice"]
    # a cell of the rebuilt table still opens its evidence, with each claim's rule
    browser.find_element("css selector", "td[data-actor='bass'][data-issue='raids']").click()
    panel = browser.find_element("id", "panel")
    assert panel.is_displayed() and "Bass condemned the raids." in panel.text
    assert "confidence 0.9 \u00b7 rule: model:stance-encoder" in panel.text
    browser.execute_script("graphkit.setMinConfidence(0.95)")
    assert browser.execute_script(stats) == {"actors": 0, "issues": 0, "cells": 0}
    assert "No stance is that sure." in browser.find_element("id", "view").text
    Select(browser.find_element("id", "confidence-filter")).select_by_visible_text("any")
    assert browser.execute_script(stats) == {"actors": 6, "issues": 2, "cells": 6}
    assert_offline_and_clean(browser, page)


def click_node(driver, node_id: str) -> None:
    """Centre the node and click there with the mouse (vis's own click handling)."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("""
        var net = graphkit.network;
        net.moveTo({position: net.getPosition(arguments[0]), scale: 1.2, animation: false});
        net.redraw();""", node_id)
    x, y = driver.execute_script("""
        var net = graphkit.network, p = net.canvasToDOM(net.getPosition(arguments[0]));
        var r = document.getElementById('view').getBoundingClientRect();
        return [Math.round(p.x + r.left), Math.round(p.y + r.top)];""", node_id)
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def test_stance_matrix_in_chromium(browser, tmp_path):
    g = hostile_graph()
    page = render_stance_matrix(g, tmp_path / "matrix.html", title="Stances " + XSS_SCRIPT)
    open_page(browser, page)
    stats = browser.execute_script("return window.graphkitStats")
    stance = [(s, t) for s, t, e in g.edges(data=True) if e["category"] == "stance"]
    assert stats == {"actors": len({s for s, _ in stance}), "issues": 2, "cells": len(stance)}
    headers = [th.text for th in browser.find_elements("css selector", "#stance-table thead th")]
    assert "immigration raids " + XSS_SCRIPT in headers
    cell = browser.find_element("css selector", "td[data-actor='bass'][data-issue='raids']")
    assert cell.text == "\u22121"
    cell.click()
    panel = browser.find_element("id", "panel")
    assert panel.is_displayed() and "Karen Bass on immigration raids" in panel.text
    assert "Bass condemned the raids." in panel.text
    assert_offline_and_clean(browser, page)
    _, png = screenshot(browser, "matrix.png")
    assert_not_blank(browser, png)
