"""Every query in ``queries/`` is parsed, rendered with its defaults and run on a fixture world
whose answers we know (``tests/fixtures/ttl/queries_fixture.trig``)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from rdflib.plugins.sparql import prepareQuery

from graph.library import list_queries, load_query, render
from graph.store import EmbeddedStore, SelectResult, open_store
from graph.vocab import PREFIXES

FIXTURE = Path(__file__).parent.parent / "fixtures" / "ttl" / "queries_fixture.trig"
ID = "https://w3id.org/tiru/id/"
ID_ = "<" + ID  # an IRI in Turtle, to be closed with ">"
LIBRARY = list_queries()


@pytest.fixture(scope="module")
def store() -> Iterator[EmbeddedStore]:
    s = world()
    yield s
    s.close()


def run(store: EmbeddedStore, name: str, **params: str) -> list[dict[str, str]]:
    result = store.query(render(load_query(name), params))
    assert isinstance(result, SelectResult)
    return [{k: str(v) for k, v in row.items()} for row in result.rows]


def short(iri: str) -> str:
    return iri.removeprefix(ID)


TTL_PREFIXES = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())


def world(*turtle: str, fixture: bool = True) -> EmbeddedStore:
    """An in-memory store with the fixture (unless told not to) and Turtle written for a test
    (Tiru's prefixes declared)."""
    s = open_store(":memory:")
    assert isinstance(s, EmbeddedStore)
    if fixture:
        s.load(FIXTURE.read_bytes(), "trig", "curated")
    for text in turtle:
        s.load((TTL_PREFIXES + text).encode(), "ttl", "extracted")
    return s


def test_library_is_complete() -> None:
    names = {q.name for q in LIBRARY}
    assert len(names) >= 15
    for q in LIBRARY:
        assert q.titles.get("en") and q.titles.get("id"), q.name
        assert q.descriptions.get("en") and q.descriptions.get("id"), q.name
        assert q.graphs, q.name


@pytest.mark.parametrize("query", LIBRARY, ids=lambda q: q.name)
def test_every_query_parses_with_rdflib_and_runs(query: Any, store: EmbeddedStore) -> None:
    text = render(query)
    prepareQuery(text)  # a second, independent SPARQL parser
    if query.name == "wikidata_regions":
        return  # its SERVICE call is exercised against a stand-in endpoint below
    result = store.query(text)
    assert isinstance(result, SelectResult)
    if query.name == "learning_chains":
        return  # the fixture has no chain of one program; its own test below adds some
    assert result.rows, f"{query.name} found nothing on the fixture"


def test_most_visited(store: EmbeddedStore) -> None:
    rows = run(store, "most_visited")
    assert [short(r["host"]) for r in rows] == [
        "region/35.10", "region/51.03", "region/64.09", "region/53.71", "region/64.02"]
    top = rows[0]
    assert (top["label"], top["learners"], top["visits"]) == ("Kabupaten Banyuwangi", "3", "3")
    # Bounded: the smallest of its three sources, then how many more.
    assert top["sources"] == "https://berita.example.id/a5 (+2 more)"
    assert "learnerNames" not in top  # names are host_learners' job
    # Badung: V7's source has no URL and counts with its article IRI.
    assert rows[1]["sources"] == "https://berita.example.id/a4 (+1 more)"
    assert rows[2]["sources"] == "https://berita.example.id/a10 (+2 more)"  # PPU
    assert rows[3]["sources"] == "https://berita.example.id/a11"  # Kupang: a single source
    assert len(run(store, "most_visited", min_learners="2")) == 3


def _busy_host_world() -> EmbeddedStore:
    """A host visited by 23 regions, each visit with its own source."""
    lines = [f"{ID_}region/35.10> rdfs:label \"Kabupaten Tuan Rumah\"@id ."]
    for i in range(23):
        visit, region = f"{ID_}visit/v{i}>", f"{ID_}region/00.{i:02d}>"
        lines += [f"{visit} a tiru:Visit ; tiru:host {ID_}region/35.10> ; tiru:visitor {region} ;",
                  f"  prov:wasDerivedFrom {ID_}article/s{i:02d}> .",
                  f"{ID_}article/s{i:02d}> schema:url <https://example.id/s{i:02d}> .",
                  f"{region} rdfs:label \"Kabupaten {chr(ord('Z') - i)}\"@id ."]
    return world("\n".join(lines), fixture=False)


def test_most_visited_sources_are_bounded() -> None:
    s = _busy_host_world()
    try:
        (row,) = run(s, "most_visited")
    finally:
        s.close()
    assert (row["learners"], row["visits"]) == ("23", "23")
    assert row["sources"] == "https://example.id/s00 (+22 more)"


def test_host_learners_lists_every_learner() -> None:
    s = _busy_host_world()
    try:
        rows = run(s, "host_learners", region="35.10")
    finally:
        s.close()
    # One visit each, so in name order: Kabupaten D (the 23rd region) to Kabupaten Z.
    expected = [f"Kabupaten {chr(c)}" for c in range(ord("D"), ord("Z") + 1)]
    assert [r["label"] for r in rows] == expected
    assert rows[0]["sources"] == "https://example.id/s22"  # Kabupaten D, the 23rd region


def test_host_learners(store: EmbeddedStore) -> None:
    rows = run(store, "host_learners")  # Banyuwangi by default
    assert [(short(r["learner"]), r["visits"]) for r in rows] == [
        ("region/64.01", "1"), ("region/62.07", "1"), ("region/53.71", "1")]
    paser, seruyan = rows[0], rows[1]
    # Paser's visit is undated and about a program without notation: empty, not a voided row.
    assert (paser["programs"], paser["firstVisit"], paser["lastVisit"]) == ("", "", "")
    assert paser["sources"] == "https://kabar.example.id/a7"
    assert (seruyan["programs"], seruyan["firstVisit"], seruyan["lastVisit"]) == (
        "MPP", "2019-10-09", "2019-10-09")
    balangan = run(store, "host_learners", region="64.09")[0]
    assert (balangan["label"], balangan["sources"]) == (
        "Kabupaten Balangan", "https://berita.example.id/a2 (+1 more)")


def test_models_by_program(store: EmbeddedStore) -> None:
    rows = run(store, "models_by_program", program="MPP")
    assert [(short(r["host"]), r["learners"]) for r in rows] == [
        ("region/35.10", "2"), ("region/51.03", "1"), ("region/64.02", "1")]
    sakip = run(store, "models_by_program", program="SAKIP")
    assert {short(r["host"]) for r in sakip} == {"region/64.09", "region/51.03"}


def test_top_learners(store: EmbeddedStore) -> None:
    rows = run(store, "top_learners")
    assert [short(r["learner"]) for r in rows[:2]] == ["region/63.11", "region/64.01"]
    assert len(rows) == len({r["learner"] for r in rows}) == 7  # one row each, one label each
    balangan, paser = rows[0], rows[1]
    assert (balangan["label"], balangan["models"], balangan["visits"]) == (
        "Kabupaten Balangan", "2", "2")
    assert balangan["programs"] == "SAKIP"
    # Three sources (one without URL counts with its article IRI): the first, then how many more.
    assert balangan["sources"] == "https://berita.example.id/a2 (+2 more)"
    # Paser's label is stored twice; its desa wisata visit has a program without notation.
    assert (paser["label"], paser["programs"]) == ("Kabupaten Paser", "MPP")
    assert paser["sources"] == "https://berita.example.id/a4 (+1 more)"


def test_program_visits_in_time_order(store: EmbeddedStore) -> None:
    rows = run(store, "program_visits", program="MPP")
    assert [r["start"] for r in rows] == ["2019-10-09", "2023-03-01", "2024-05-29", "2025-06-19"]
    assert rows[0]["end"] == "2019-10-10"
    assert all(r["url"].startswith("https://") for r in rows)
    # Banyuwangi has an English label too and Paser's label is stored twice: still one row each.
    assert rows[0]["hostLabel"] == "Kabupaten Banyuwangi"
    assert rows[2]["learnerLabel"] == "Kabupaten Paser"


def test_program_visits_one_row_per_source(store: EmbeddedStore) -> None:
    rows = run(store, "program_visits", program="SAKIP")
    assert rows[0]["hostLabel"] == "Kabupaten Penajam Paser Utara"  # the smaller of two names
    got = [(r["start"], r.get("url", "-"), r["publisher"]) for r in rows]
    assert got == [("2022-06-01", "https://berita.example.id/a10", "Warta Jatim"),
                   ("2024-02-02", "-", "Warta Kalsel"),
                   ("2025-12-03", "https://berita.example.id/a2", "Warta Kaltim"),
                   ("2025-12-03", "https://kabar.example.id/a3", "Kabar Banua")]


def test_visits_per_year_island(store: EmbeddedStore) -> None:
    rows = run(store, "visits_per_year_island")
    got = {(r["year"], short(r["island"])): r["visits"] for r in rows}
    assert got == {("2019", "island/kalimantan"): "1", ("2022", "island/java"): "1",
                   ("2023", "island/bali-nusa-tenggara"): "1",
                   ("2024", "island/kalimantan"): "2", ("2025", "island/kalimantan"): "3"}


def test_cross_island_flows(store: EmbeddedStore) -> None:
    rows = run(store, "cross_island_flows")
    got = {(short(r["fromIsland"]), short(r["toIsland"])): (r["visits"], r["flow"]) for r in rows}
    assert got[("island/bali-nusa-tenggara", "island/java")] == ("1", "across")
    assert got[("island/kalimantan", "island/kalimantan")] == ("2", "within")
    assert got[("island/java", "island/kalimantan")] == ("1", "across")
    assert sum(int(v) for v, _ in got.values()) == 9


def test_province_scope(store: EmbeddedStore) -> None:
    rows = run(store, "province_scope")
    same = sum(int(r["visits"]) for r in rows if r["scope"] == "same province")
    across = sum(int(r["visits"]) for r in rows if r["scope"] == "across provinces")
    assert (same, across) == (1, 8)


CHAIN_VISITS = f"""
# Paser learns the MPP from Kupang, which had learned it from Banyuwangi (V5, 2023); Banyuwangi
# had learned a narrower program from Badung long before.
{ID_}visit/2024-01-10/64.01_to_53.71> a tiru:Visit ;
    tiru:visitor {ID_}region/64.01> ; tiru:host {ID_}region/53.71> ;
    schema:startDate "2024-01-10"^^xsd:date ; tiru:program {ID_}program/mpp> ;
    prov:wasDerivedFrom {ID_}article/a12> .
{ID_}visit/2018-05-05/35.10_to_51.03> a tiru:Visit ;
    tiru:visitor {ID_}region/35.10> ; tiru:host {ID_}region/51.03> ;
    schema:startDate "2018-05-05"^^xsd:date ; tiru:program {ID_}program/mpp-digital> ;
    prov:wasDerivedFrom {ID_}article/a12> .
"""


def _brute_force_chains(visits: list[tuple[str, str, str]]) -> set[tuple[str, ...]]:
    """Chains of (learner, host, date) steps, each no later than the one before it."""
    out: set[tuple[str, ...]] = set()
    for a, b, later in visits:
        for b2, c, earlier in visits:
            if b2 != b or earlier > later or a == c:
                continue
            longer = {(a, b, c, earlier, later, d, earliest) for c2, d, earliest in visits
                      if c2 == c and earliest <= earlier and d not in (a, b)}
            out |= longer or {(a, b, c, earlier, later, "-", "-")}
    return out


def test_learning_chains_follow_one_program_in_time_order() -> None:
    s = world(NARROWER, CHAIN_VISITS)
    try:
        rows = run(s, "learning_chains", program="MPP")
        visits = [(short(r["learner"]), short(r["host"]), r["start"])
                  for r in run(s, "program_visits", program="MPP")]
        sakip = run(s, "learning_chains", program="SAKIP")
    finally:
        s.close()
    got = [(short(r["a"]), short(r["b"]), short(r["c"]), r["earlier"], r["later"],
            short(r.get("d", "-")), r.get("earliest", "-")) for r in rows]
    assert len(got) == len(set(got)) and set(got) == _brute_force_chains(visits)
    # Paser -> Kupang (2024) -> Banyuwangi (2023) -> Badung (2018, a narrower program).
    assert ("region/64.01", "region/53.71", "region/35.10", "2023-03-01", "2024-01-10",
            "region/51.03", "2018-05-05") in got
    # Kupang -> Banyuwangi (MPP, 2023) -> PPU (SAKIP, 2022) mixes programs: no chain.
    assert not any(r[:3] == ("region/53.71", "region/35.10", "region/64.09") for r in got)
    assert [r["bLabel"] for r in rows if short(r["b"]) == "region/35.10"][:1] == [
        "Kabupaten Banyuwangi"]  # one row per chain, though Banyuwangi has two labels
    assert sakip == []  # no region learned SAKIP from a region that had learned it before


def test_recommended_hosts(store: EmbeddedStore) -> None:
    rows = run(store, "recommended_hosts")
    assert len(rows) == 1
    assert short(rows[0]["host"]) == "region/51.03"
    assert rows[0]["recommendedBy"] == "Kementerian PANRB"
    assert (rows[0]["allLearners"], rows[0]["rankAmongHosts"]) == ("2", "2")


def test_visit_then_adoption(store: EmbeddedStore) -> None:
    rows = run(store, "visit_then_adoption", program="MPP")
    assert len(rows) == 1  # Kupang opened its MPP before its visit, so it does not count
    assert short(rows[0]["learner"]) == "region/64.01"
    assert rows[0]["days"] == "156"  # 2024-05-29 to 2024-11-01
    assert (rows[0]["learnerLabel"], rows[0]["hostLabel"]) == (
        "Kabupaten Paser", "Kabupaten Badung")


def test_adoption_without_visit(store: EmbeddedStore) -> None:
    rows = run(store, "adoption_without_visit", program="MPP")
    assert [short(r["region"]) for r in rows] == ["region/64.02"]
    assert (rows[0]["label"], rows[0]["firstAdoption"], rows[0]["adoptionEvents"]) == (
        "Kabupaten Kutai Kartanegara", "2021-05-01", "2")


def test_adoption_without_visit_keeps_an_undated_adopter_without_a_date() -> None:
    # Balangan, which learned SAKIP and not the MPP, only plans an MPP: no date at all, so no first
    # adoption date (not the stand-in the query uses inside MIN). SPARQL sorts unbound first.
    s = world(f"""{ID_}adoption/63.11/mpp/planned/undated> a tiru:Adoption ;
        tiru:adopter {ID_}region/63.11> ; tiru:program {ID_}program/mpp> ;
        tiru:status tiru:Planned .""")
    try:
        rows = run(s, "adoption_without_visit", program="MPP")
    finally:
        s.close()
    assert [(short(r["region"]), r.get("firstAdoption"), r["adoptionEvents"]) for r in rows] == [
        ("region/63.11", None, "1"), ("region/64.02", "2021-05-01", "2")]


def test_top_officials(store: EmbeddedStore) -> None:
    rows = run(store, "top_officials")
    assert (rows[0]["official"], rows[0]["visits"]) == ("Hasmiati", "2")
    assert rows[0]["titles"] == "Asisten III Bidang Administrasi Umum"
    assert rows[0]["region"] == "Kabupaten Balangan"
    assert "Ainie" not in {r["official"] for r in rows}  # host side is not a leader
    assert len(rows) == 3  # Hasmiati, Ahmad Fauzi and Rahmat, once each
    assert [(r["official"], r["titles"]) for r in rows[1:]] == [
        ("Ahmad Fauzi", "Asisten I"), ("Rahmat", "")]  # a participation without title


def test_ranked_by_measure(store: EmbeddedStore) -> None:
    rows = run(store, "ranked_by_measure", measure="authority", program="MPP", since="2020-01-01")
    assert [short(r["region"]) for r in rows] == ["region/35.10", "region/51.03"]
    assert run(store, "ranked_by_measure", since="2021-01-01") == []


def test_visit_sources(store: EmbeddedStore) -> None:
    rows = run(store, "visit_sources")
    assert {r["url"] for r in rows} == {"https://berita.example.id/a2", "https://kabar.example.id/a3"}
    extracted = run(store, "visit_sources", visit=f"{ID}visit/undated/64.01_to_35.10")
    assert extracted[0]["quote"].startswith("Rombongan Pemkab Paser")
    assert (extracted[0]["start"], extracted[0]["end"]) == ("0", "70")


def test_data_quality(store: EmbeddedStore) -> None:
    rows = run(store, "data_quality")
    assert len(rows) == 8  # every visit but the one with two sources
    worst = rows[0]
    assert short(worst["visit"]) == "visit/undated/64.01_to_35.10"
    for reason in ("single source", "no date", "low confidence"):
        assert reason in worst["reasons"]
    assert len(run(store, "data_quality", threshold="0.4")) == 8


class _WikidataStandIn(BaseHTTPRequestHandler):
    """Answers every query like Wikidata would for one region: item and population."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        vars_ = ["item", "code", "population"]
        body = json.dumps({"head": {"vars": vars_}, "results": {"bindings": [
            {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q5"},
             "code": {"type": "literal", "value": "64.09"},
             "population": {"type": "literal", "value": "178681",
                            "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


def test_wikidata_join_through_kemendagri_code(store: EmbeddedStore) -> None:
    server = HTTPServer(("127.0.0.1", 0), _WikidataStandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_port}/sparql"
        rows = run(store, "wikidata_regions", wikidata=endpoint)
    finally:
        server.shutdown()
    assert [(short(r["region"]), r["item"], r["population"]) for r in rows] == [
        ("region/64.09", "http://www.wikidata.org/entity/Q5", "178681")]
    assert "wdt:P2588 ?code" in load_query("wikidata_regions").text


NARROWER = f"""
{ID_}program/mpp-digital> a tiru:Program ; skos:notation "MPP-D" ;
    skos:broader {ID_}program/mpp> ; skos:broaderTransitive {ID_}program/mpp> .
{ID_}program/mpp-digital-desa> a tiru:Program ;
    skos:broader {ID_}program/mpp-digital> ;
    skos:broaderTransitive {ID_}program/mpp-digital>, {ID_}program/mpp> .
# Kabupaten Badung learns a program two levels below the MPP from Banyuwangi, then adopts the
# one in between.
{ID_}visit/2024-02-02/51.03_to_35.10> a tiru:Visit ;
    tiru:visitor {ID_}region/51.03> ; tiru:host {ID_}region/35.10> ;
    schema:startDate "2024-02-02"^^xsd:date ; tiru:program {ID_}program/mpp-digital-desa> ;
    prov:wasDerivedFrom {ID_}article/a12> .
{ID_}article/a12> a tiru:SourceArticle ; schema:url <https://berita.example.id/a12> .
{ID_}adoption/51.03/mpp-digital/launched/2024-09-09> a tiru:Adoption ;
    tiru:adopter {ID_}region/51.03> ; tiru:program {ID_}program/mpp-digital> ;
    tiru:status tiru:Launched ; schema:startDate "2024-09-09"^^xsd:date ;
    prov:wasDerivedFrom {ID_}article/a12> .
"""


def test_program_queries_include_narrower_programs_at_any_depth() -> None:
    s = world(NARROWER)
    try:
        visits = run(s, "program_visits", program="MPP")
        assert f"{ID}visit/2024-02-02/51.03_to_35.10" in {r["visit"] for r in visits}
        assert len(visits) == 5  # the four MPP visits of the fixture and this one
        models = {short(r["host"]): r for r in run(s, "models_by_program", program="MPP")}
        assert (models["region/35.10"]["learners"], models["region/35.10"]["visits"]) == ("3", "3")
        chains = run(s, "visit_then_adoption", program="MPP")
        assert [(short(r["learner"]), r["days"]) for r in chains
                if short(r["learner"]) == "region/51.03"] == [("region/51.03", "220")]
        # Asked for the program in between, the visit two levels down still counts.
        narrower = run(s, "program_visits", program="mpp-digital")
        assert [short(r["visit"]) for r in narrower] == ["visit/2024-02-02/51.03_to_35.10"]
    finally:
        s.close()
