"""The store test-suite, run on every backend: pyoxigraph in memory, pyoxigraph on disk, and a
real Virtuoso through :class:`graph.store.RemoteStore` (the session ``virtuoso`` fixture).

Every test works in graphs and subjects under a prefix of its own, because the Virtuoso server
is shared by the whole session and its default graph is the union of all graphs.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreError
from graph.sparql import parse_operation
from graph.store import (
    RDF_FORMATS,
    RESULT_FORMATS,
    EmbeddedStore,
    RemoteStore,
    SelectResult,
    Store,
    _alive,
    _memory_copy,
    open_store,
)
from graph.vocab import graph_iri

SPARQL_NS = "{http://www.w3.org/2005/sparql-results#}"


@dataclass
class Env:
    """A store and the names one test may use in it."""

    store: Store
    backend: str
    ex: str  # namespace for subjects and predicates
    graph_base: str

    def g(self, name: str) -> str:
        return f"{self.graph_base}{name}"

    def prologue(self) -> str:
        return f"PREFIX ex: <{self.ex}>\n"


BACKENDS = [
    "memory",
    "disk",
    # Timed queries on disk read the disk itself instead of the workers' in-memory copy.
    "disk-unmirrored",
    pytest.param("virtuoso", marks=pytest.mark.virtuoso),
]


@pytest.fixture(params=BACKENDS)
def env(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Env]:
    token = uuid.uuid4().hex[:12]
    ex = f"http://example.org/{token}/"
    graph_base = f"https://w3id.org/tiru/graph/test-{token}/"
    store: Store
    if request.param == "memory":
        store = EmbeddedStore(None)
    elif request.param == "disk":
        store = EmbeddedStore(tmp_path / "store", query_workers=2)
    elif request.param == "disk-unmirrored":
        store = EmbeddedStore(tmp_path / "store", query_workers=2, query_mirror_mb=0)
    else:
        server = request.getfixturevalue("virtuoso")
        store = RemoteStore(server.sparql_url, graph_prefix=graph_base)
    try:
        yield Env(store, request.param, ex, graph_base)
    finally:
        if isinstance(store, RemoteStore):
            for name in store.counts():
                store.clear_graph(name)
        store.close()


def people_ttl(ex: str) -> str:
    return f"""
@prefix ex: <{ex}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:name "Penajam"@id ; ex:size 12 ; ex:knows ex:b .
ex:b ex:name "Balangan"@id ; ex:size 3 ; ex:knows ex:c .
ex:c ex:name "Paser" ; ex:size 7 .
"""


def load_people(env: Env, graph: str = "people") -> None:
    assert env.store.load(people_ttl(env.ex), "ttl", env.g(graph)) == 8


# --- loading and querying ----------------------------------------------------------------------


def test_select_gives_rdflib_terms(env: Env) -> None:
    load_people(env)
    result = env.store.query(
        env.prologue() + "SELECT ?s ?name ?size WHERE { ?s ex:name ?name ; ex:size ?size } "
        "ORDER BY ?s"
    )
    assert isinstance(result, SelectResult)
    assert result.variables == ["s", "name", "size"]
    assert [row["s"] for row in result] == [URIRef(env.ex + x) for x in "abc"]
    assert result.rows[0]["name"] == Literal("Penajam", lang="id")
    assert result.rows[2]["name"] == Literal("Paser")
    assert result.rows[1]["size"] == Literal("3", datatype=XSD.integer)
    assert not result.truncated


def test_unbound_variables_are_missing_from_the_row(env: Env) -> None:
    load_people(env)
    result = env.store.query(
        env.prologue()
        + "SELECT ?s ?friend WHERE { ?s ex:size ?n OPTIONAL { ?s ex:knows ?friend } }"
        " ORDER BY ?s"
    )
    assert isinstance(result, SelectResult)
    assert "friend" in result.rows[0] and "friend" not in result.rows[2]


@pytest.mark.parametrize("timeout", [None, 30.0])
def test_select_strings_gives_lexical_cells(env: Env, timeout: float | None) -> None:
    load_people(env)
    query = (env.prologue() + "SELECT ?s ?name ?size ?friend (LANG(?name) AS ?lang) WHERE { "
             "?s ex:name ?name ; ex:size ?size OPTIONAL { ?s ex:knows ?friend } } ORDER BY ?s")
    result = env.store.select_strings(query, timeout=timeout)
    assert result.variables == ["s", "name", "size", "friend", "lang"]
    assert result.rows == [
        (env.ex + "a", "Penajam", "12", env.ex + "b", "id"),
        (env.ex + "b", "Balangan", "3", env.ex + "c", "id"),
        (env.ex + "c", "Paser", "7", None, ""),
    ]
    assert not result.truncated
    capped = env.store.select_strings(query, timeout=timeout, limit=2)
    assert capped.truncated and capped.rows == result.rows[:2]
    # The generic path (through query() and rdflib terms) gives the same cells.
    assert Store.select_strings(env.store, query, timeout=timeout).rows == result.rows


def test_select_strings_refuses_other_forms(env: Env) -> None:
    with pytest.raises(StoreError):
        env.store.select_strings("ASK { ?s ?p ?o }")


def test_data_version_changes_with_every_write(env: Env) -> None:
    store = env.store
    before = store.data_version()
    assert before is not None and store.data_version() == before  # reading changes nothing
    load_people(env)
    after_load = store.data_version()
    assert after_load != before
    store.update(env.prologue() + f"INSERT DATA {{ GRAPH <{env.g('people')}> "
                 "{ ex:d ex:size 1 } }")
    assert store.data_version() != after_load
    before_clear = store.data_version()
    store.clear_graph(env.g("people"))
    assert store.data_version() != before_clear


def test_remote_data_version_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    store = RemoteStore("http://127.0.0.1:9/sparql")  # never contacted
    try:
        now = [100.0]
        monkeypatch.setattr(time, "monotonic", lambda: now[0])
        first = store.data_version()
        assert store.data_version() == first
        now[0] += store.version_ttl
        assert store.data_version() != first  # other clients may have written meanwhile
    finally:
        store.close()


def test_ask_and_construct(env: Env) -> None:
    load_people(env)
    assert env.store.query(env.prologue() + "ASK { ex:a ex:knows ex:b }") is True
    assert env.store.query(env.prologue() + "ASK { ex:b ex:knows ex:a }") is False
    triples = env.store.query(
        env.prologue() + "CONSTRUCT { ?o ex:knownBy ?s } WHERE { ?s ex:knows ?o }"
    )
    assert isinstance(triples, list)
    assert set(triples) == {
        (URIRef(env.ex + "b"), URIRef(env.ex + "knownBy"), URIRef(env.ex + "a")),
        (URIRef(env.ex + "c"), URIRef(env.ex + "knownBy"), URIRef(env.ex + "b")),
    }


def test_update_is_one_transaction(env: Env) -> None:
    load_people(env)
    graph = env.g("people")
    env.store.update(
        env.prologue() + f"DELETE {{ GRAPH <{graph}> {{ ex:c ex:size ?n }} }} "
        f"INSERT {{ GRAPH <{graph}> {{ ex:c ex:size 8 }} }} "
        f"WHERE {{ GRAPH <{graph}> {{ ex:c ex:size ?n }} }}"
    )
    assert env.store.query(env.prologue() + "ASK { ex:c ex:size 8 }") is True
    assert env.store.query(env.prologue() + "ASK { ex:c ex:size 7 }") is False
    # The second operation is broken: the first must not have been applied either.
    with pytest.raises(QuerySyntaxError):
        env.store.update(
            env.prologue() + f"INSERT DATA {{ GRAPH <{graph}> {{ ex:d ex:size 1 }} }} ;\n"
            "INSERT DATA { GRAPH <x:y> { ex:d ex:size } }"
        )
    assert env.store.query(env.prologue() + "ASK { ex:d ?p ?o }") is False


def test_syntax_error_carries_the_parser_message(env: Env) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        env.store.query("SELECT ?s WHERE { ?s ?p }")
    message = str(caught.value)
    assert message and "Traceback" not in message
    # pyoxigraph says "error at 1:24: expected ...", Virtuoso "SP030: ... syntax error at ...".
    assert "error" in message.lower()
    with pytest.raises(QuerySyntaxError):
        env.store.query_serialized("SELECT ?s WHERE { ?s ?p }", "json", timeout=5)
    with pytest.raises(QuerySyntaxError):
        env.store.update("INSERT DATA { <x:a> <x:b> }")


def test_broken_turtle_changes_nothing(env: Env) -> None:
    load_people(env)
    before = env.store.counts()
    broken = f'@prefix ex: <{env.ex}> .\nex:x ex:name "fine" .\nex:y ex:name "unterminated .'
    with pytest.raises(StoreError, match="cannot parse ttl"):
        env.store.load(broken, "ttl", env.g("people"))
    with pytest.raises(StoreError):
        env.store.replace_graph(env.g("people"), broken, "ttl")
    assert env.store.counts() == before
    assert env.store.query(env.prologue() + "ASK { ex:x ?p ?o }") is False


def test_replace_and_clear_graph(env: Env) -> None:
    load_people(env, "people")
    env.store.load(f'<{env.ex}z> <{env.ex}name> "other" .', "nt", env.g("other"))
    replaced = env.store.replace_graph(
        env.g("people"), f'<{env.ex}q> <{env.ex}name> "new" .\n', "nt"
    )
    assert replaced == 1
    assert env.store.counts() == {env.g("people"): 1, env.g("other"): 1}
    assert env.store.query(env.prologue() + "ASK { ex:a ?p ?o }") is False
    env.store.clear_graph(env.g("people"))
    assert env.store.counts() == {env.g("other"): 1}


def test_counts_per_named_graph(env: Env) -> None:
    load_people(env, "one")
    env.store.load(f"<{env.ex}z> <{env.ex}p> 1 .\n<{env.ex}z> <{env.ex}p> 2 .", "ttl", env.g("two"))
    assert env.store.counts() == {env.g("one"): 8, env.g("two"): 2}


def test_blank_nodes_survive_loading(env: Env) -> None:
    ttl = f"""@prefix ex: <{env.ex}> .
ex:visit ex:participant [ ex:name "Hasmiati" ; ex:role [ ex:label "lead" ] ] ,
                        [ ex:name "Other" ] .
"""
    env.store.load(ttl, "ttl", env.g("bn"))
    # The same document loaded twice gives new blank nodes, not the old ones again.
    env.store.load(ttl, "ttl", env.g("bn"))
    result = env.store.query(
        env.prologue() + "SELECT ?name ?label WHERE { ex:visit ex:participant ?p . "
        "?p ex:name ?name . OPTIONAL { ?p ex:role/ex:label ?label } } ORDER BY ?name"
    )
    assert isinstance(result, SelectResult)
    assert len(result) == 4
    assert [str(r["name"]) for r in result] == ["Hasmiati", "Hasmiati", "Other", "Other"]
    assert sum(1 for r in result if "label" in r) == 2


def test_dump_round_trip(env: Env) -> None:
    load_people(env, "people")
    ttl = f'@prefix ex: <{env.ex}> .\nex:v ex:participant [ ex:name "Hasmiati" ] .'
    env.store.load(ttl, "ttl", env.g("bn"))
    expected = Graph().parse(data=people_ttl(env.ex), format="turtle")
    for fmt, rdflib_format in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        dumped = env.store.dump(fmt, env.g("people"))
        assert isomorphic(Graph().parse(data=dumped, format=rdflib_format), expected), fmt
    whole = env.store.dump("nq")
    dataset = Dataset()
    dataset.parse(data=whole, format="nquads")
    graphs = {str(g) for _, _, _, g in dataset.quads((None, None, None, None))}
    assert graphs == {env.g("people"), env.g("bn")}
    copy = EmbeddedStore(None)
    copy.load(env.store.dump("trig"), "trig", "https://example.org/unused-default")
    assert copy.counts() == env.store.counts()
    bn_back = Graph().parse(data=copy.dump("ttl", env.g("bn")), format="turtle")
    assert isomorphic(bn_back, Graph().parse(data=ttl, format="turtle"))
    with pytest.raises(StoreError, match="several graphs"):
        env.store.dump("ttl")


def test_dataset_parameters(env: Env) -> None:
    load_people(env, "people")
    env.store.load(f'<{env.ex}z> <{env.ex}name> "other" .', "nt", env.g("other"))
    query = env.prologue() + "SELECT ?s WHERE { ?s ex:name ?n } ORDER BY ?s"
    everything = env.store.query(query)
    assert isinstance(everything, SelectResult) and len(everything) == 4
    only_other = env.store.query(query, default_graph_uris=[env.g("other")])
    assert isinstance(only_other, SelectResult)
    assert [row["s"] for row in only_other] == [URIRef(env.ex + "z")]
    named = env.store.query(
        env.prologue() + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ex:name ?n } }",
        named_graph_uris=[env.g("people")],
    )
    assert isinstance(named, SelectResult)
    assert [str(row["g"]) for row in named] == [env.g("people")]
    serialized = env.store.query_serialized(
        query, "json", default_graph_uris=[env.g("other")], timeout=10
    )
    bindings = json.loads(serialized.body)["results"]["bindings"]
    assert [b["s"]["value"] for b in bindings] == [env.ex + "z"]


def test_row_cap_is_flagged(env: Env) -> None:
    load_people(env)
    query = (
        env.prologue() + "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), STR(ex:))) }"
    )
    capped = env.store.query(query, limit=3)
    assert isinstance(capped, SelectResult)
    assert len(capped) == 3 and capped.truncated
    full = env.store.query(query, limit=8)
    assert isinstance(full, SelectResult)
    assert len(full) == 8 and not full.truncated
    for timeout in (None, 10):
        result = env.store.query_serialized(query, "json", limit=3, timeout=timeout)
        assert result.truncated
        assert len(json.loads(result.body)["results"]["bindings"]) == 3
        result = env.store.query_serialized(query, "csv", limit=100, timeout=timeout)
        assert not result.truncated
        assert len(list(csv.reader(io.StringIO(result.body.decode())))) == 1 + 8
    graph = env.store.query_serialized(
        env.prologue() + "CONSTRUCT WHERE { ?s ex:name ?o }", "nt", limit=2
    )
    assert graph.truncated and graph.kind == "graph"
    assert len(Graph().parse(data=graph.body, format="nt")) == 2


@pytest.mark.parametrize("timeout", [None, 10.0])
def test_query_serialized_in_every_format(env: Env, timeout: float | None) -> None:
    load_people(env)
    select = env.prologue() + "SELECT ?s ?name WHERE { ?s ex:name ?name } ORDER BY ?s"

    default = env.store.query_serialized(select, None, timeout=timeout)
    assert (default.kind, default.media_type) == ("select", RESULT_FORMATS["json"])
    data = json.loads(default.body)
    assert data["head"]["vars"] == ["s", "name"]
    assert data["results"]["bindings"][0]["name"] == {
        "type": "literal",
        "value": "Penajam",
        "xml:lang": "id",
    }

    xml = env.store.query_serialized(select, "xml", timeout=timeout)
    assert xml.media_type == RESULT_FORMATS["xml"]
    root = ET.fromstring(xml.body)
    assert len(root.findall(f"{SPARQL_NS}results/{SPARQL_NS}result")) == 3

    rows = list(csv.reader(io.StringIO(env.store.query_serialized(select, "csv").body.decode())))
    assert rows[0] == ["s", "name"] and rows[1] == [env.ex + "a", "Penajam"]

    tsv = env.store.query_serialized(select, "tsv", timeout=timeout)
    lines = tsv.body.decode().splitlines()
    assert lines[0] == "?s\t?name" and lines[1] == f'<{env.ex}a>\t"Penajam"@id'

    ask = env.prologue() + "ASK { ex:a ex:knows ex:b }"
    assert json.loads(env.store.query_serialized(ask, "json", timeout=timeout).body)["boolean"]
    ask_xml = env.store.query_serialized(ask, "xml", timeout=timeout)
    assert ask_xml.kind == "ask"
    assert ET.fromstring(ask_xml.body).find(f"{SPARQL_NS}boolean").text == "true"  # type: ignore[union-attr]

    construct = env.prologue() + "CONSTRUCT { ?s ex:name ?name } WHERE { ?s ex:name ?name }"
    expected = Graph()
    for x, name in (
        ("a", Literal("Penajam", lang="id")),
        ("b", Literal("Balangan", lang="id")),
        ("c", Literal("Paser")),
    ):
        expected.add((URIRef(env.ex + x), URIRef(env.ex + "name"), name))
    for fmt, rdflib_format in (
        (None, "turtle"),
        ("ttl", "turtle"),
        ("nt", "nt"),
        ("jsonld", "json-ld"),
        ("rdfxml", "xml"),
    ):
        result = env.store.query_serialized(construct, fmt, timeout=timeout)
        assert result.kind == "graph"
        assert result.media_type == RDF_FORMATS[fmt or "ttl"]
        assert isomorphic(Graph().parse(data=result.body, format=rdflib_format), expected), fmt


def test_format_must_fit_the_query(env: Env) -> None:
    with pytest.raises(StoreError, match="cannot hold"):
        env.store.query_serialized("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "ttl")
    with pytest.raises(StoreError, match="cannot hold"):
        env.store.query_serialized("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "json")
    media = env.store.query_serialized("ASK { ?s ?p ?o }", "application/sparql-results+xml")
    assert media.fmt == "xml"


def test_query_kind(env: Env) -> None:
    assert env.store.query_kind("PREFIX a: <x:> SELECT * { ?s ?p ?o }") == "select"
    assert env.store.query_kind("ask {}") == "ask"
    assert env.store.query_kind("DESCRIBE <x:a>") == "graph"
    assert env.store.query_kind("CLEAR ALL") == "update"


# --- time limits -------------------------------------------------------------------------------

# Every pair of a few thousand triples, counted: the work happens before the first row exists,
# which is exactly what a deadline checked between rows cannot stop.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def load_many(store: Store, ex: str, graph: str, n: int = 2000) -> None:
    nt = "\n".join(f'<{ex}s{i}> <{ex}p> "{i}" .' for i in range(n))
    store.load(nt, "nt", graph)


def test_on_disk_timeout_really_stops_the_query(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", query_workers=1)
    try:
        load_many(store, "http://example.org/t/", graph_iri("curated"))
        assert store.query("ASK { ?s ?p ?o }", timeout=30) is True  # a warm worker
        [pid] = store.worker_pids()
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="time limit"):
            store.query_serialized(HEAVY, "json", timeout=1)
        assert time.monotonic() - started < 8
        # The worker that ran the query is gone: its CPU work ended with it. (Gone or ending:
        # the kernel may still be releasing the process, its state already dead or zombie.)
        assert not _alive(pid)
        started = time.monotonic()
        result = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30)
        assert isinstance(result, SelectResult) and int(result.rows[0]["n"]) == 2000  # type: ignore[call-overload]
        assert time.monotonic() - started < 15
    finally:
        store.close()


def test_on_disk_other_queries_are_served_during_a_heavy_one(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", query_workers=2)
    try:
        load_many(store, "http://example.org/t/", graph_iri("curated"))
        store.start_workers()
        outcome: list[BaseException] = []

        def heavy() -> None:
            try:
                store.query(HEAVY, timeout=4)
            except BaseException as exc:
                outcome.append(exc)

        thread = threading.Thread(target=heavy)
        thread.start()
        time.sleep(0.5)
        answer = store.query("ASK { <http://example.org/t/s7> ?p ?o }", timeout=30)
        heavy_still_running = thread.is_alive()
        thread.join()
        assert answer is True
        assert heavy_still_running
        assert len(outcome) == 1 and isinstance(outcome[0], QueryTimeoutError)
    finally:
        store.close()


def test_timed_queries_see_later_writes(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", query_workers=2)
    try:
        ask = "ASK { <http://example.org/w/new> ?p ?o }"
        assert store.query(ask, timeout=30) is False
        store.load('<http://example.org/w/new> <http://example.org/w/p> "x" .', "nt", "extracted")
        assert store.query(ask, timeout=30) is True
        store.update("CLEAR GRAPH <https://w3id.org/tiru/graph/extracted>")
        assert store.query(ask, timeout=30) is False
        store.replace_graph(
            "curated", "<http://example.org/w/new> <http://example.org/w/p> 1 .", "ttl"
        )
        assert store.query(ask, timeout=30) is True
        store.clear_graph("curated")
        assert store.query(ask, timeout=30) is False
    finally:
        store.close()


def test_in_memory_timeout_stops_between_rows() -> None:
    store = EmbeddedStore(None)
    load_many(store, "http://example.org/t/", graph_iri("curated"), n=300)
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        # Streams 300^3 rows: the documented best effort stops it between rows.
        store.query_serialized("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert time.monotonic() - started < 10


@pytest.mark.virtuoso
@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, "Virtuoso S1T00 Error SR171: Transaction timed out", QueryTimeoutError),
        (500, "Virtuoso HY008 Error SR203: Async statement killed by SQLCancel.",
         QueryTimeoutError),
        (500, "Virtuoso S1TAT Error Anytime query result", QueryTimeoutError),
        (400, "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error",
         QuerySyntaxError),
        (500, "Virtuoso 42000 Error SR186: No permission", StoreError),
    ],
)
def test_remote_errors_are_sorted_by_virtuoso_code(status: int, body: str,
                                                   error: type[Exception]) -> None:
    # Narrow unit test of the mapping alone; the real time-outs are in test_virtuoso_timeout.
    response = httpx.Response(status, text=body + "\n\nSPARQL query:\nSELECT * {}")
    with pytest.raises(error) as caught:
        RemoteStore._raise_for(response, "http://127.0.0.1:1/sparql")
    assert type(caught.value) is error
    assert "SPARQL query:" not in str(caught.value)


def test_virtuoso_timeout(virtuoso: object) -> None:
    store = RemoteStore(virtuoso.sparql_url)  # type: ignore[attr-defined]
    graph = f"https://w3id.org/tiru/graph/test-{uuid.uuid4().hex[:12]}"
    try:
        load_many(store, "http://example.org/t/", graph)
        with pytest.raises(QueryTimeoutError):
            store.query(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
                "GRAPH ?g3 { ?g ?h ?i } }",
                timeout=1,
            )
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", timeout=30) is True
    finally:
        store.clear_graph(graph)
        store.close()


# --- embedded specifics ------------------------------------------------------------------------


def test_short_graph_names_and_open_store(tmp_path: Path) -> None:
    with open_store(":memory:") as store:
        store.load('<x:a> <x:b> "c" .', "nt", "curated")
        assert store.counts() == {graph_iri("curated"): 1}
        result = store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graph_uris=["curated"])
        assert isinstance(result, SelectResult) and len(result) == 1
    path = tmp_path / "store"
    with open_store(path) as store:
        store.load('<x:a> <x:b> "c" .', "nt", "gazetteer")
    with open_store(path, read_only=True) as store:
        assert store.counts() == {graph_iri("gazetteer"): 1}
        with pytest.raises(StoreError, match="read-only"):
            store.load('<x:a> <x:b> "d" .', "nt", "gazetteer")


def test_unknown_rdf_format_is_a_store_error() -> None:
    store = EmbeddedStore(None)
    with pytest.raises(StoreError, match="unknown RDF format"):
        store.load("x", "yaml", "curated")


def test_unreachable_endpoint_is_a_store_error() -> None:
    store = RemoteStore("http://127.0.0.1:9/sparql", timeout=5)
    with pytest.raises(StoreError, match="cannot reach"):
        store.query("ASK { ?s ?p ?o }")
    store.close()


# --- parse_operation ---------------------------------------------------------------------------


def test_parse_operation_kinds() -> None:
    assert parse_operation("select * { ?s ?p ?o }").kind == "select"
    assert parse_operation("BASE <http://x/> PREFIX a: <y> CONSTRUCT WHERE {}").kind == "construct"
    assert parse_operation("# a comment with SELECT\nDESCRIBE <x:a>").kind == "describe"
    update = parse_operation("PREFIX a: <x:> WITH <x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert update.is_update and update.result_kind == "update"
    assert parse_operation("LOAD <http://example.org/data.ttl>").is_update
    with pytest.raises(QuerySyntaxError):
        parse_operation("   # nothing here\n")
    with pytest.raises(QuerySyntaxError, match="found 'FOO'"):
        parse_operation("FOO BAR")


def test_parse_operation_finds_service_endpoints() -> None:
    query = """PREFIX wd: <https://query.wikidata.org/>
    PREFIX tiru: <https://w3id.org/tiru/ontology#>
    SELECT * WHERE {
      ?r tiru:kemendagriCode ?code .
      FILTER(?a < ?b)
      SERVICE <https://query.wikidata.org/sparql> { ?item ?p ?code }
      service silent wd:bigdata { ?x ?y ?z }
      SERVICE <https://query.wikidata.org/sparql> { ?item ?q ?code }
    }"""
    op = parse_operation(query)
    assert op.service_iris == (
        "https://query.wikidata.org/sparql",
        "https://query.wikidata.org/bigdata",
    )
    assert not op.dynamic_service and op.uses_service


def test_parse_operation_is_not_fooled_by_strings_comments_or_variables() -> None:
    quiet = parse_operation(
        'SELECT ?service WHERE { ?s ?p "SERVICE <http://a/>" . '
        "?s ?q '''SERVICE <http://b/>''' } # SERVICE <http://c/>\n"
    )
    assert quiet.service_iris == () and not quiet.uses_service
    dynamic = parse_operation("SELECT * { VALUES ?e { <http://a/> } SERVICE ?e { ?s ?p ?o } }")
    assert dynamic.dynamic_service and dynamic.service_iris == ()
    unknown_prefix = parse_operation("SELECT * { SERVICE nope:x { ?s ?p ?o } }")
    assert unknown_prefix.dynamic_service
    in_update = parse_operation(
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://remote/sparql> { ?s ?p ?o } }"
    )
    assert in_update.is_update and in_update.service_iris == ("http://remote/sparql",)


def test_parse_operation_on_blank_nodes_and_bnode_property_lists() -> None:
    op = parse_operation("SELECT * { [] <x:p> _:b . _:b <x:q> [ <x:r> 1 ] }")
    assert op.kind == "select" and not op.uses_service


def test_remote_chunks_keep_blank_node_components_together() -> None:
    # Small batch sizes so that a careless cut would split the chain of blank nodes.
    from graph import store as store_module

    doc = "\n".join(
        [f'<x:s{i}> <x:p> "{i}" .' for i in range(7)]
        + ["<x:root> <x:p> _:b0 ."]
        + [f"_:b{i} <x:next> _:b{i + 1} ." for i in range(5)]
        + ['_:other <x:p> "1" .']
    )
    quads = store_module._parse_quads(doc, "nt", "curated")
    batches = list(store_module._chunks(quads, 3, 2))
    assert sum(len(b) for b in batches) == len(quads)
    chain = [b for b in batches if any(str(q.predicate) == "<x:next>" for q in b)]
    assert len(chain) == 1 and len(chain[0]) == 6
    assert all(len(b) <= 3 for b in batches if b is not chain[0])


def test_typed_literals_keep_the_stores_lexical_form() -> None:
    # The endpoint serialises the store's form; the Python API must read the same characters.
    import json

    store = open_store(":memory:")
    double = "<http://www.w3.org/2001/XMLSchema#double>"
    store.load(f'<urn:a> <urn:b> "0.0"^^{double} .\n<urn:a> <urn:c> "2.5E-10"^^{double} .\n',
               "nt", "curated")
    q = "SELECT ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p"
    result = store.query(q)
    assert isinstance(result, SelectResult)
    in_python = [str(r["o"]) for r in result.rows]
    served = json.loads(store.query_serialized(q, "json").body)["results"]["bindings"]
    assert in_python == [b["o"]["value"] for b in served]
    assert [float(r["o"]) for r in result.rows] == [0.0, 2.5e-10]  # type: ignore[arg-type]


def test_large_loads_take_the_bulk_loader_and_bad_input_still_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.store as store_module

    monkeypatch.setattr(store_module, "BULK_LOAD_QUADS", 2)
    store = open_store(tmp_path / "bulk")
    try:
        triples = "".join(f"<urn:s{i}> <urn:p> <urn:o{i}> .\n" for i in range(5))
        assert store.load(triples, "nt", "curated") == 5
        with pytest.raises(StoreError):
            store.load(triples + "<urn:broken> <urn:p> .\n", "nt", "extracted")
        assert store.counts() == {graph_iri("curated"): 5}
    finally:
        store.close()


# --- the query workers' in-memory copy ----------------------------------------------------------


@pytest.mark.parametrize("mirror_mb", [None, 0])
def test_timed_answers_match_untimed_ones(tmp_path: Path, mirror_mb: int | None) -> None:
    # Timed queries run in workers that read a copy of the store (or the disk itself, with
    # mirror 0); blank node names, datatypes and language tags must come out as the store has them.
    store = EmbeddedStore(tmp_path / "store", query_workers=1, query_mirror_mb=mirror_mb)
    try:
        store.load(
            "@prefix ex: <http://example.org/m/> ."
            " @prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."
            ' ex:a ex:p [ ex:q "kota"@id ] ; ex:n "2.5"^^xsd:decimal, 7, "teks" .',
            "ttl",
            "curated",
        )
        query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY STR(?s) STR(?p) STR(?o)"
        untimed = store.query_serialized(query, "tsv").body
        timed = store.query_serialized(query, "tsv", timeout=30).body
        assert untimed == timed
        assert b"_:" in timed and b"\"kota\"@id" in timed and b"\t2.5\n" in timed
    finally:
        store.close()


def test_memory_copy_only_below_the_size_limit(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    load_many(store, "http://example.org/c/", graph_iri("curated"), n=50)
    store.close()
    copy = _memory_copy(str(tmp_path / "store"), 1024)
    assert copy is not None and len(copy) == 50
    assert _memory_copy(str(tmp_path / "store"), 0) is None


def test_start_workers_can_wait_for_a_ready_worker(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", query_workers=2)
    try:
        load_many(store, "http://example.org/w/", graph_iri("curated"), n=20)
        assert store.worker_pids() == []
        assert store.start_workers(wait=60) is True
        assert store.worker_pids()  # an idle worker with the store's copy, before any query
    finally:
        store.close()
    assert EmbeddedStore(None).start_workers(wait=1) is True


def test_queries_in_a_row_go_to_the_warm_worker(tmp_path: Path) -> None:
    # The worker that answered last is asked first: its caches (and the pages of the store's
    # copy it has touched) are warm. Taking the oldest idle one would alternate between them.
    store = EmbeddedStore(tmp_path / "store", query_workers=2)
    try:
        load_many(store, "http://example.org/l/", graph_iri("curated"), n=20)
        store.start_workers(wait=60)
        deadline = time.monotonic() + 60
        while len(store.worker_pids()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(store.worker_pids()) == 2
        answered = []
        for _ in range(6):
            assert store.query("ASK { ?s ?p ?o }", timeout=30) is True
            pids = store.worker_pids()
            assert len(pids) == 2
            answered.append(pids[-1])  # released last: the one that answered
        assert len(set(answered)) == 1
    finally:
        store.close()


def test_counts_are_remembered_until_the_next_write() -> None:
    store = open_store(":memory:")
    store.load("<http://a/s> <http://a/p> <http://a/o> .", "nt", "curated")
    assert store.counts() == {graph_iri("curated"): 1}
    calls: list[str] = []
    real = store.query

    def counting(sparql: str, **kwargs: object) -> object:
        calls.append(sparql)
        return real(sparql, **kwargs)  # type: ignore[arg-type]

    store.query = counting  # type: ignore[method-assign,assignment]
    first = store.counts()
    first[graph_iri("curated")] = 99  # the caller's copy; the store's memory is its own
    assert store.counts() == {graph_iri("curated"): 1} and calls == []
    store.load("<http://a/s> <http://a/p> <http://a/o2> .", "nt", "curated")
    assert store.counts() == {graph_iri("curated"): 2} and len(calls) == 1
    store.close()
