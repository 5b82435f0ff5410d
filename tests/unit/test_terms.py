"""graph.terms.rows_from_tsv reads TSV results exactly as pyoxigraph plus to_rdflib do."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib.term import Node

from graph.terms import rows_from_tsv, strings_from_tsv, to_rdflib

XSD = "http://www.w3.org/2001/XMLSchema#"


def _plain(body: bytes) -> tuple[list[str], list[dict[str, Node]]]:
    """The definition: pyoxigraph's parser, then to_rdflib cell by cell."""
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
    assert isinstance(parsed, ox.QuerySolutions)
    names = [v.value for v in parsed.variables]
    return names, [{n: to_rdflib(s[n]) for n in names if s[n] is not None} for s in parsed]


def _same(body: bytes) -> None:
    names, rows = rows_from_tsv(body)
    want_names, want_rows = _plain(body)
    assert names == want_names

    def typed(row: dict[str, Node]) -> dict[str, tuple[str, str, object, object]]:
        # rdflib's == on literals compares values; the type, lexical form, datatype and
        # language must all be the same here.
        return {k: (type(v).__name__, str(v), getattr(v, "datatype", None),
                    getattr(v, "language", None)) for k, v in row.items()}

    assert [typed(r) for r in rows] == [typed(r) for r in want_rows]


def _objects() -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
    def lit(value: str, dt: str) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(XSD + dt))

    return [
        ox.NamedNode("https://w3id.org/tiru/id/region/35.10"),
        ox.NamedNode("http://contoh.id/berita/é?q=1&r=2#bagian"),
        ox.BlankNode("b0"),
        ox.Literal("Kabupaten Banyuwangi"),
        ox.Literal(""),
        ox.Literal("tab\there, \"quoted\", back\\slash,\nnew line"),
        ox.Literal("Jawa", language="id"),
        ox.Literal("Java", language="EN-gb"),
        ox.Literal("surel@contoh.id"),
        ox.Literal("ends with a quote \""),
        lit("2025-12-03", "date"),
        lit("2024-05-01T08:00:00Z", "dateTime"),
        lit("42", "integer"),
        lit("-0.5", "decimal"),
        lit("1.5E0", "double"),
        lit("true", "boolean"),
        ox.Literal("x", datatype=ox.NamedNode("https://w3id.org/tiru/ontology#code")),
    ]


def _store(seed: int) -> ox.Store:
    rng = random.Random(seed)
    store = ox.Store()
    objects = _objects()
    for i in range(60):
        subject = ox.NamedNode(f"https://w3id.org/tiru/id/visit/{i % 13}")
        predicate = ox.NamedNode(f"https://w3id.org/tiru/ontology#p{rng.randrange(3)}")
        store.add(ox.Quad(subject, predicate, rng.choice(objects), ox.DefaultGraph()))
    return store


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("query", [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT ?s ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?missing } }",
    "SELECT ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?missing } }",
    "SELECT * WHERE { }",
    "SELECT ?x WHERE { FILTER(false) }",
    "SELECT (COUNT(*) AS ?n) (1.5 AS ?d) (true AS ?b) (STRLEN(\"a\") AS ?l) WHERE { ?s ?p ?o }",
])
def test_same_rows_as_pyoxigraph(seed: int, query: str) -> None:
    result = _store(seed).query(query)
    assert isinstance(result, ox.QuerySolutions)
    body = bytes(result.serialize(format=ox.QueryResultsFormat.TSV) or b"")
    _same(body)
    # The lexical reading: each cell's value, as pyoxigraph's terms give it.
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
    assert isinstance(parsed, ox.QuerySolutions)
    names = [v.value for v in parsed.variables]
    want = [tuple(None if s[n] is None else s[n].value for n in names) for s in parsed]
    assert strings_from_tsv(body) == (names, want)


def test_language_tags_come_out_in_lower_case_like_pyoxigraphs() -> None:
    _same(b'?l\n"Java"@EN-GB\n"Jawa"@id\n')
    assert str(rows_from_tsv(b'?l\n"Java"@EN-GB\n')[1][0]["l"].language) == "en-gb"  # type: ignore[attr-defined]


@pytest.mark.parametrize("body", [
    b"",
    b"?x",  # no newline at the end
    b"x\n<http://a/b>\n",  # a header without ?
    b"?x\t?y\n<http://a/b>\n",  # one cell for two variables
    b'?x\n"unterminated\n',
    b"?x\n<not an iri>\n",
    b"?x\n\xff\xfe\x00\n",
])
def test_malformed_documents_raise_value_error(body: bytes) -> None:
    with pytest.raises((ValueError, SyntaxError)):
        rows_from_tsv(body)
    with pytest.raises((ValueError, SyntaxError)):
        strings_from_tsv(body)
