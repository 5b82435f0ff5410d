"""Smoke test of ``bench/``: every benchmark runs on a tiny size, so that none of them rots.

Nothing here checks speed (speed is measured by ``bench/run``, never in tests); the tests check
that each benchmark produces its table with a row per size and sane cells, and that the report
is written. Virtuoso parts use the session's ``virtuoso`` fixture, which skips with the
``apt-get install`` command when Virtuoso is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load import bench_load, load_tiru, prepare_dataset  # noqa: E402
from bench.queries import (  # noqa: E402
    bench_queries,
    page_queries,
    rendered_queries,
    time_rdflib,
    time_stores,
)
from bench.report import Table, summarise, write_report  # noqa: E402
from bench.runner import bench_analytics, bench_extraction, main, parse_size  # noqa: E402
from bench.server import bench_server, load  # noqa: E402
from bench.views import STEPS, bench_views  # noqa: E402
from graph.store import SelectResult, open_store  # noqa: E402

TINY = 800  # synthetic triples: a few dozen visits, enough for every query to have data


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench")


def test_dataset_has_base_graphs_and_visits(workdir: Path) -> None:
    ds = prepare_dataset(workdir / "data", TINY)
    assert ds.triples >= TINY  # regions alone are 2,056 triples
    assert ds.total > ds.triples
    text = ds.quads.read_text("utf-8")
    for graph in ("gazetteer", "vocabulary", "ontology", "curated"):
        assert f"<https://w3id.org/tiru/graph/{graph}> ." in text


def test_curated_graph_repeats_no_gazetteer_triple(workdir: Path) -> None:
    # A triple in two graphs is matched twice by Oxigraph's union default graph, once by
    # Virtuoso and rdflib: the engines would answer over different data.
    import pyoxigraph as ox

    from bench.load import base_graphs

    ds = prepare_dataset(workdir / "data", TINY)
    gazetteer = set(ox.parse(base_graphs()["gazetteer"], format=ox.RdfFormat.N_TRIPLES))
    curated = set(ox.parse(path=str(ds.curated), format=ox.RdfFormat.N_TRIPLES))
    assert any(str(t.subject).startswith("<https://w3id.org/tiru/id/region/") for t in curated)
    assert not curated & gazetteer


def test_load_without_virtuoso(workdir: Path) -> None:
    table = bench_load([TINY], workdir=workdir, rdflib_cap=120, virtuoso=False)
    assert len(table.rows) == 1
    row = dict(zip(table.columns, table.rows[0], strict=True))
    assert row["Tiru (on disk)"].endswith("s)") and row["rdflib (memory)"].endswith("s)")
    assert row["Tiru vs rdflib"].endswith("x")
    assert set(table.series) == {"Tiru", "rdflib"}


@pytest.mark.virtuoso
def test_load_with_virtuoso(workdir: Path, virtuoso: Any) -> None:
    table = bench_load([TINY], workdir=workdir, rdflib_cap=120, virtuoso=virtuoso)
    row = dict(zip(table.columns, table.rows[0], strict=True))
    assert row["Virtuoso (bulk)"] != "n/a" and row["Tiru vs Virtuoso"].endswith("x")
    # The benchmark cleans up after itself on a shared server: no benchmark graph is left.
    import httpx

    answer = httpx.get(virtuoso.sparql_url, headers={"Accept": "application/sparql-results+json"},
                       params={"query": 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
                                        'FILTER(STRSTARTS(STR(?g), "urn:tiru-bench:load:")) }'})
    assert answer.json()["results"]["bindings"][0]["n"]["value"] == "0"


def test_queries_without_virtuoso(workdir: Path) -> None:
    names = ["most_visited", "top_learners"]
    tables = bench_queries([TINY], workdir=workdir, runs=2, cap=60, names=names, virtuoso=False)
    per_size, growth = tables
    assert [r[0] for r in per_size.rows] == [f"`{n}`" for n in names]
    for row in per_size.rows:
        assert "error" not in row[2] and row[2] != "n/a"  # Tiru answered
    assert "Tiru" in growth.series


def test_rdflib_gets_a_cap_of_its_own_per_query(workdir: Path) -> None:
    # A cap far below rdflib's time stops the query before one run; a query's own cap lets it
    # finish (the benchmark raises rdflib's cap to a little over 30x Tiru's median).
    ds = prepare_dataset(workdir / "data", TINY)
    queries = rendered_queries(["most_visited", "top_learners"])
    got = time_rdflib(ds, queries, runs=1, cap=1e-4, caps={"top_learners": 120.0})
    assert got["most_visited"].capped and got["most_visited"].stats is None
    assert not got["top_learners"].capped and got["top_learners"].stats is not None


def test_page_queries_are_recorded_from_the_server(workdir: Path) -> None:
    pages = page_queries()
    assert {name.rsplit(" (", 1)[0] for name in pages} == {
        "page /", "page /id/region/35.10", "page /graph"}  # Banyuwangi: the top synthetic host
    assert len(pages) >= 8 and len(set(pages.values())) == len(pages)
    ds = prepare_dataset(workdir / "data", TINY)
    store = open_store(":memory:")
    try:
        load_tiru(store, ds)
        answered = {name: store.query(q, timeout=60) for name, q in pages.items()}
    finally:
        store.close()
    assert all(isinstance(r, SelectResult) for r in answered.values())
    assert any(r.rows for r in answered.values() if isinstance(r, SelectResult))


def test_library_queries_all_render() -> None:
    queries = rendered_queries()
    assert len(queries) >= 10
    assert all("?_" not in text for text in queries.values())  # every parameter filled in


@pytest.mark.virtuoso
def test_queries_with_virtuoso(workdir: Path, virtuoso: Any) -> None:
    # The query benchmark needs an empty database, so it starts a fresh server of its own;
    # the fixture is what tells us Virtuoso is installed (and skips with the install command).
    tables = bench_queries([TINY], workdir=workdir, runs=1, cap=60, names=["most_visited"],
                           rdflib=False)
    row = tables[0].rows[0]
    assert row[4] != "n/a" and "error" not in row[4]


def test_server(workdir: Path) -> None:
    table = bench_server(TINY, workdir=workdir, concurrency=2, duration=1.0)
    servers = [(r[0], r[1]) for r in table.rows]
    assert ("SPARQL `most_visited`", "Tiru") in servers
    assert ("SPARQL `most_visited`", "rdflib-endpoint") in servers
    assert any(r[0].startswith("`/graph.json`") for r in table.rows)
    for row in table.rows:
        assert int(row[6].replace(",", "")) >= 1, row  # at least one request completed
        assert row[7] == "0", row


def test_load_generator_counts_errors() -> None:
    # Nothing listens on port 9 of loopback (discard, never served): every request fails.
    result = load("http://127.0.0.1:9/", concurrency=2, duration=0.3, timeout=1.0)
    assert result.requests == 0 and result.errors >= 2


def test_views() -> None:
    table = bench_views([60], runs=1)
    assert len(table.rows) == 1 and set(table.series) == set(STEPS)


def test_analytics() -> None:
    table = bench_analytics([(50, 400)])
    assert table.rows[0][:2] == ["50", "400"]


def test_extraction() -> None:
    import os

    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    table = bench_extraction(5, repeat=1)
    assert table.rows[0][0] == "5"
    if before is not None:
        assert os.sched_getaffinity(0) == before  # the one-core pin does not leak


def test_report(tmp_path: Path) -> None:
    table = Table("t", ["a"], rows=[["1"]], notes=["n"], series={"x": [(1, 0.1), (10, 1.0)]})
    path = write_report([table], tmp_path)
    text = path.read_text("utf-8")
    assert "## t" in text and "| CPU |" in text and "| pyoxigraph |" in text
    assert path.with_suffix(".png").stat().st_size > 0
    assert summarise([1.0, 2.0, 3.0, 100.0]).p95 == 100.0


def test_sizes_and_cli(tmp_path: Path) -> None:
    assert parse_size("100k") == 100_000 and parse_size("1M") == 1_000_000
    with pytest.raises(SystemExit):
        main(["--only", "nonsense"])
    work = tmp_path / "not" / "yet"  # a work folder that does not exist yet is made
    assert main(["--only", "analytics", "--quick", "--out", str(tmp_path),
                 "--workdir", str(work)]) == 0
    assert len(list(tmp_path.glob("*.md"))) == 1 and work.is_dir()


def test_answers_are_compared_as_row_multisets() -> None:
    from bench.queries import _digest

    rows = [{"a": "1", "b": "x"}, {"b": "y", "a": "2"}]
    assert _digest(rows) == _digest(list(reversed(rows)))  # order does not matter
    assert _digest(rows) != _digest([{"a": "1", "b": "x"}, {"a": "2", "b": "z"}])  # values do
    assert _digest(rows) != _digest(rows + rows[:1])  # and so do repeated rows
    # A number is its value: one engine writes the decimal 1 as "1", another as "1.0".
    from rdflib import Literal
    from rdflib.namespace import XSD

    one = Literal("1", datatype=XSD.decimal, normalize=False)
    one_point_zero = Literal("1.0", datatype=XSD.decimal, normalize=False)
    assert _digest([{"c": one}]) == _digest([{"c": one_point_zero}])
    assert _digest([{"c": one}]) != _digest([{"c": Literal("1.5", datatype=XSD.decimal)}])


def test_page_sums_add_up_each_pages_queries() -> None:
    from bench.queries import Timing, _page_sums
    from bench.report import summarise

    def timing(seconds: float | None) -> Timing:
        return Timing(summarise([seconds]) if seconds is not None else None, 1,
                      capped=seconds is None)

    queries = {"page / (1)": "", "page / (2)": "", "page /graph (1)": "", "most_visited": ""}
    tiru = {"page / (1)": timing(0.01), "page / (2)": timing(0.03), "page /graph (1)": timing(1.0),
            "most_visited": timing(0.5)}
    rdf = {"page / (1)": timing(0.5), "page / (2)": timing(1.5), "page /graph (1)": timing(None),
           "most_visited": timing(9.0)}
    table = _page_sums(queries, tiru, rdf, {}, 1000)
    rows = {r[0]: r for r in table.rows}
    assert set(rows) == {"`/`", "`/graph`"}  # library queries are not pages
    assert rows["`/`"][1:4] == ["2", "40 ms", "2 s"] and rows["`/`"][5] == "50x"
    # rdflib did not finish /graph: no sum, no ratio, rather than a sum of what finished.
    assert rows["`/graph`"][2:6] == ["1 s", "n/a", "n/a", "n/a"]


def test_stores_take_their_runs_in_turns() -> None:
    """Runs alternate between engines, and an engine past its cap drops out of that query only."""
    from graph.errors import QueryTimeoutError

    log: list[str] = []

    class Engine:
        def __init__(self, key: str, slow_on: str | None = None) -> None:
            self.key, self.slow_on = key, slow_on

        def query(self, sparql: str, *, timeout: float) -> SelectResult:
            log.append(f"{self.key}:{sparql}")
            if sparql == self.slow_on and log.count(f"{self.key}:{sparql}") > 1:
                raise QueryTimeoutError("over the cap")
            return SelectResult(["n"], [])

    got = time_stores({"a": Engine("a"), "b": Engine("b", slow_on="q2")},
                      {"one": "q1", "two": "q2"}, runs=3, cap=60)
    assert log[:8] == ["a:q1", "b:q1"] * 4
    # b answered q2 once untimed, then passed the cap: a goes on alone.
    assert log[8:] == ["a:q2", "b:q2", "a:q2", "b:q2", "a:q2", "a:q2"]
    assert got["a"]["two"].stats is not None and got["a"]["two"].stats.n == 3
    assert got["b"]["two"].capped and got["b"]["two"].stats is None
    assert got["b"]["one"].stats is not None and got["b"]["one"].rows == 0
