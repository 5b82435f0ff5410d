"""Region and program pages list their visits a page at a time, newest first, with the totals,
and the learning neighbourhood still counts every visit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from graph.store import Store
from server.pagedata import VISITS_PER_PAGE

pytestmark = pytest.mark.anyio

TID = "https://w3id.org/tiru/id/"
PPU = TID + "region/64.09"
EXTRA = 2 * VISITS_PER_PAGE + 30  # three pages with the fixture's own two hosted visits
UNDATED = 5


def _many_visits() -> str:
    """EXTRA visits from Balangan (63.11) to PPU (64.09) about MPP; the last UNDATED undated."""
    lines = ["@prefix tiru: <https://w3id.org/tiru/ontology#> .",
             "@prefix schema: <http://schema.org/> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."]
    for i in range(EXTRA):
        day = date(2015, 1, 1) + timedelta(days=7 * i)
        iri = f"<{TID}visit/test/{i:04d}>"
        dated = "" if i >= EXTRA - UNDATED else f' ; schema:startDate "{day}"^^xsd:date'
        lines.append(f"{iri} a tiru:Visit ; tiru:visitor <{TID}region/63.11> ; "
                     f"tiru:host <{PPU}> ; tiru:program <{TID}program/mpp>{dated} .")
    return "\n".join(lines)


@pytest.fixture
async def paged(store: Store, make_client: Callable[..., httpx.AsyncClient]
                ) -> AsyncIterator[httpx.AsyncClient]:
    store.load(_many_visits(), "ttl", "extracted")
    async with make_client() as c:
        yield c


async def test_hosted_visits_come_a_page_at_a_time_newest_first(paged: httpx.AsyncClient) -> None:
    first = (await paged.get("/id/region/64.09.json")).json()["region"]
    info = first["paging"]["visits_in"]
    total = EXTRA + 2
    assert (info["total"], info["pages"], info["page"]) == (total, 3, 1)
    assert info["prev"] is None and info["next"] == "/id/region/64.09.json?in_page=2"
    seen: list[dict[str, Any]] = []
    url: str | None = "/id/region/64.09.json"
    while url:
        page = (await paged.get(url)).json()["region"]
        seen += page["visits_in"]
        url = page["paging"]["visits_in"]["next"]
    assert len(seen) == total and len({v["iri"] for v in seen}) == total
    dates = [v["date"] for v in seen]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-UNDATED:] == [None] * UNDATED  # undated visits come last
    # Each listed visit keeps all its parties and programs (the row cap used to cut them).
    assert all(v["visitors"] and v["hosts"] for v in seen)
    # The other list keeps its own page, and the fact line counts every visit.
    assert first["paging"]["visits_out"] == {"total": 1, "page": 1, "pages": 1,
                                             "per_page": VISITS_PER_PAGE,
                                             "prev": None, "next": None}


async def test_neighbourhood_counts_every_visit_not_only_the_page(paged: httpx.AsyncClient) -> None:
    ego = (await paged.get("/id/region/64.09.json")).json()["region"]["ego"]
    weights = {(e["from"], e["to"]): e["visits"] for e in ego["edges"]}
    assert weights[(TID + "region/63.11", PPU)] == EXTRA + 1
    assert weights[(PPU, TID + "region/35.10")] == 1
    labels = {n["id"]: n["label"] for n in ego["nodes"]}
    assert labels[TID + "region/63.11"] == "Kabupaten Balangan"


async def test_html_pager_links_keep_the_other_lists_page(paged: httpx.AsyncClient) -> None:
    r = await paged.get("/id/region/64.09?in_page=2&out_page=1",
                        headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "page 2 of 3" in r.text
    assert f"visits hosted <strong>{EXTRA + 2}</strong>" in r.text
    assert 'rel="next" href="/id/region/64.09?out_page=1&amp;in_page=3"' in r.text
    assert 'rel="prev" href="/id/region/64.09?out_page=1"' in r.text


async def test_program_page_pages_its_visits(paged: httpx.AsyncClient) -> None:
    data = (await paged.get("/id/program/mpp.json?page=2")).json()["program"]
    info = data["paging"]["visits"]
    assert (info["total"], info["page"], info["pages"]) == (EXTRA + 2, 2, 3)
    assert len(data["visits"]) == VISITS_PER_PAGE
    assert info["next"] == "/id/program/mpp.json?page=3"


@pytest.mark.parametrize("query", ["in_page=0", "in_page=abc", "out_page=-1", "in_page=4",
                                   "in_page=1e3"])
async def test_bad_page_numbers_are_a_clear_400(paged: httpx.AsyncClient, query: str) -> None:
    r = await paged.get(f"/id/region/64.09.json?{query}")
    assert r.status_code == 400
    body = r.json()
    assert "page" in body["error"]["message"] and "Traceback" not in r.text
    html = await paged.get(f"/id/region/64.09?{query}", headers={"Accept": "text/html"})
    assert html.status_code == 400 and "Traceback" not in html.text


async def test_diffusion_replay_says_when_its_lists_were_cut(
        paged: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = (await paged.get("/graph/diffusion?program=MPP&format=json")).json()["events"]
    assert whole["truncated"] is False
    assert len(whole["visits"]) == EXTRA - UNDATED + 2  # every dated MPP visit, fixture's too
    assert all(set(v) >= {"visitors", "hosts", "date"} and not v["sources"]
               for v in whole["visits"])  # the replay reads no programs or sources
    from server import pagedata

    monkeypatch.setattr(pagedata, "_LIST_ROWS", 10)
    cut = (await paged.get("/graph/diffusion?program=MPP&format=json")).json()["events"]
    assert cut["truncated"] is True and len(cut["visits"]) < len(whole["visits"])
    html = await paged.get("/graph/diffusion?program=MPP", headers={"Accept": "text/html"})
    assert "shows only part of them" in html.text
