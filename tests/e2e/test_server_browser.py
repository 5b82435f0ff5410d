"""Headless Chromium (Debian's, driven by Playwright) against a real ``tiru serve``: the network
view draws its nodes with no request leaving the server, the query page runs a library query,
an entity page links back to its sources, and a hostile label stays text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from server_harness import CHROMIUM, CHROMIUM_ARGS, fixture_store, require_chromium, running_server

pytestmark = pytest.mark.browser

# A function, not an expression string: the pages' CSP forbids eval, which a string predicate needs.
SETTLED = "() => document.getElementById('network').dataset.stabilized === 'true'"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("serve-browser")
    store = fixture_store(tmp / "store")
    with running_server(["--store", str(store)], log=tmp / "server.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, base: str) -> Iterator[Any]:
    context = browser.new_context()
    pg = context.new_page()
    pg.requests = []  # every URL the page asks for
    pg.dialogs = []  # an alert() here would mean a label was executed
    pg.errors = []
    pg.on("request", lambda req: pg.requests.append(req.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def _only_local(page: Any, base: str) -> None:
    outside = [u for u in page.requests if not u.startswith(base) and not u.startswith("data:")]
    assert outside == [], f"requests left the server: {outside}"


def test_graph_draws_nodes_and_stays_local(page: Any, base: str) -> None:
    page.goto(base + "/graph")
    page.wait_for_selector("#network canvas", timeout=20000)
    page.wait_for_function(SETTLED, timeout=30000)
    drawn = page.evaluate("""() => {
        const n = window.tiruNetworks[0];
        return {nodes: n.nodes.length, edges: n.edges.length,
                positioned: Object.keys(n.network.getPositions()).length,
                physics: n.network.physics.physicsEnabled};
    }""")
    assert drawn["nodes"] == 4 and drawn["edges"] == 3
    assert drawn["positioned"] == 4
    assert drawn["physics"] is False  # the layout settled and stopped moving
    assert int(page.inner_text("#node-count")) == 4
    assert page.dialogs == [] and page.errors == []
    _only_local(page, base)


def test_clicking_a_node_opens_its_page(page: Any, base: str) -> None:
    page.goto(base + "/graph")
    page.wait_for_function(SETTLED, timeout=30000)
    box = page.evaluate("""() => {
        const n = window.tiruNetworks[0].network;
        const p = n.canvasToDOM(n.getPositions(['64.09'])['64.09']);
        const r = document.querySelector('#network canvas').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
    }""")
    with page.expect_navigation(timeout=15000):
        page.mouse.click(box["x"], box["y"])
    assert page.url == base + "/id/region/64.09"
    assert "Penajam Paser Utara" in page.inner_text("h1")


def test_diffusion_slider_replays(page: Any, base: str) -> None:
    page.goto(base + "/graph/diffusion?program=MPP")
    page.wait_for_function("() => window.tiruDiffusion && window.tiruDiffusion.months.length > 0")
    months = page.evaluate("window.tiruDiffusion.months")
    assert months[0] == "2019-01" and months[-1] == "2024-06"
    page.fill("#month", "0")
    page.dispatch_event("#month", "input")
    assert page.inner_text("#month-label") == "2019-01"
    assert page.get_attribute("#diffusion", "data-visible") == "1"  # only Banyuwangi adopted
    page.evaluate(f"window.tiruDiffusion.show({len(months) - 1})")
    assert page.get_attribute("#diffusion", "data-visible") == "3"
    _only_local(page, base)


def test_query_page_runs_a_library_query(page: Any, base: str) -> None:
    page.goto(base + "/query")
    with page.expect_navigation():
        page.select_option("#library-name", "visit_sources")
    assert "visit_sources" in page.url
    assert page.input_value("#query-text").strip()
    run = "#run-library" if page.query_selector("#run-library") else "#run-query"
    with page.expect_navigation():
        page.click(run)
    page.wait_for_selector("#results tbody tr")
    rows = page.query_selector_all("#results tbody tr")
    assert len(rows) >= 1
    assert page.query_selector("#results a[href^='/id/']") is not None
    assert page.query_selector("#download-csv") is not None
    _only_local(page, base)


def test_entity_page_links_back_to_sources(page: Any, base: str) -> None:
    page.goto(base + "/id/region/64.09")
    link = page.query_selector("a[href='/id/article/a1b2c3d4e5f60718']")
    assert link is not None
    with page.expect_navigation():
        link.click()
    source = page.query_selector("a.source-url")
    assert source is not None
    assert source.get_attribute("href") == "https://news.example.id/2025/12/balangan-belajar-sakip"
    _only_local(page, base)


def test_hostile_label_stays_text(page: Any, base: str) -> None:
    page.goto(base + "/id/region/64.72")
    assert page.inner_text("h1") == "<script>alert(1)</script>"
    page.goto(base + "/graph")
    page.wait_for_function(SETTLED, timeout=30000)
    # Hover the hostile node: its tooltip must show the label as text.
    label = page.evaluate("window.tiruNetworks[0].nodes.get('64.72').title.textContent")
    assert "<script>alert(1)</script>" in label
    assert page.dialogs == []


@pytest.fixture(scope="module")
def national_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over seeded synthetic visits among all 514 real regencies and cities."""
    import sys

    from server_harness import ROOT

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # bench/ is a folder of the checkout, not installed
    from bench.synthetic import region_triples, visit_triples
    from graph.store import open_store

    tmp = tmp_path_factory.mktemp("serve-national")

    def load() -> None:
        # In a function of its own: the store object must be gone (its lock released) before
        # the server opens the same directory.
        store = open_store(tmp / "store")
        try:
            lines = list(region_triples()) + list(visit_triples(3000, seed=3))
            store.load("\n".join(lines) + "\n", "nt", "curated")
        finally:
            store.close()

    load()
    with running_server(["--store", str(tmp / "store")], log=tmp / "server.log") as url:
        yield url


def test_graph_settles_with_all_regions(browser: Any, national_base: str) -> None:
    context = browser.new_context()
    pg = context.new_page()
    requests: list[str] = []
    pg.on("request", lambda req: requests.append(req.url))
    try:
        pg.goto(national_base + "/graph", timeout=60000)
        pg.wait_for_function(SETTLED, timeout=120000)
        drawn = pg.evaluate("""() => {
            const n = window.tiruNetworks[0];
            return {nodes: n.nodes.length, physics: n.network.physics.physicsEnabled};
        }""")
        assert drawn["nodes"] >= 500  # nearly every one of the 514 regions takes part
        assert drawn["physics"] is False
        # Still interactive after settling: zooming answers at once.
        scale = pg.evaluate("""() => { const n = window.tiruNetworks[0].network;
            n.moveTo({scale: 2}); return n.getScale(); }""")
        assert scale == pytest.approx(2)
        assert [u for u in requests if not u.startswith(national_base)] == []
    finally:
        context.close()


def test_famous_hosts_page_pages_its_visits(browser: Any, national_base: str) -> None:
    from bench.synthetic import regions

    code = regions()[0][0]  # the Zipf law's top host: hundreds of the 3,000 visits
    context = browser.new_context()
    pg = context.new_page()
    try:
        pg.goto(f"{national_base}/id/region/{code}", timeout=60000)
        hosted = pg.locator("#visits-in")
        pager = hosted.locator("nav.pager span").inner_text()
        assert pager.startswith("page 1 of ")
        assert int(pager.split(" of ")[1].split(" ")[0]) >= 2
        first_dates = hosted.locator("tbody tr td:first-child").all_inner_texts()
        assert len(first_dates) == 100
        hosted.locator("a[rel=next]").click()
        pg.wait_for_url(f"**/id/region/{code}?in_page=2")
        hosted = pg.locator("#visits-in")
        assert hosted.locator("nav.pager span").inner_text().startswith("page 2 of ")
        next_dates = hosted.locator("tbody tr td:first-child").all_inner_texts()
        assert next_dates and max(next_dates) <= min(first_dates)  # newest first, across pages
        # The neighbourhood still draws the region's whole learning network.
        pg.wait_for_function(SETTLED, timeout=60000)
        nodes = pg.evaluate("() => window.tiruNetworks[0].nodes.length")
        assert nodes > 100
    finally:
        context.close()
