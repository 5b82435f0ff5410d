"""The query library: headers, parameter kinds and safe substitution."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery

from graph.errors import DataError
from graph.library import list_queries, load_query, parse_query, render, to_term

HEADER = """# title: Visits about a program
# title@id: Kunjungan tentang suatu program
# description: Visits with a program since a date.
# param: program = MPP (program) The program.
# param: since = 2020-01-01  (kind: date) Start of the period.
# param: who = nobody (string) A name.
# param: top = 5 (int) How many.
# graphs: curated, extracted
SELECT ?v WHERE {
  ?v <https://w3id.org/tiru/ontology#program> ?_program ;
     <http://schema.org/startDate> ?d ; <http://schema.org/name> ?_who .
  FILTER(?d >= ?_since)
  FILTER(?_programs = 1)
} LIMIT ?_top
"""


def test_header_is_parsed() -> None:
    q = parse_query(HEADER, name="t")
    assert q.title == "Visits about a program"
    assert q.titles["id"] == "Kunjungan tentang suatu program"
    assert [p.name for p in q.params] == ["program", "since", "who", "top"]
    assert [p.kind for p in q.params] == ["program", "date", "string", "int"]
    assert q.params[1].default == "2020-01-01"
    assert q.graphs == ["curated", "extracted"]


def test_render_substitutes_terms() -> None:
    text = render(parse_query(HEADER, name="t"), {"since": "2021-06-30", "top": "3"})
    assert "<https://w3id.org/tiru/id/program/mpp>" in text
    assert '"2021-06-30"^^<http://www.w3.org/2001/XMLSchema#date>' in text
    assert "LIMIT 3" in text
    assert "?_programs" in text  # a longer variable name is not a parameter
    assert "# param: program = MPP" in text  # comments are left alone


def test_a_string_cannot_inject_sparql() -> None:
    evil = 'x" } ; DROP ALL ; SELECT * { "'
    text = render(parse_query(HEADER, name="t"), {"who": evil})
    assert to_term("string", evil) in text
    # The whole value stays inside one literal: the query still parses as one SELECT.
    prepareQuery(text)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2021-13-01"}, "malformed date"),
        ({"top": "five"}, "not a whole number"),
        ({"program": "no-such-thing"}, "unknown program"),
        ({"nope": "1"}, "unknown parameter"),
    ],
)
def test_bad_values_are_data_errors(params: dict[str, str], message: str) -> None:
    with pytest.raises(DataError, match=message):
        render(parse_query(HEADER, name="t"), params)


def test_a_parameter_without_value() -> None:
    q = parse_query("# param: region (region) Where.\nSELECT * { ?s ?p ?_region }", name="t")
    with pytest.raises(DataError, match="needs a value"):
        render(q)
    assert "<https://w3id.org/tiru/id/region/64.09>" in render(q, {"region": "64.09"})


def test_iri_and_decimal_kinds() -> None:
    assert to_term("iri", "https://example.org/x") == "<https://example.org/x>"
    with pytest.raises(DataError):
        to_term("iri", "https://example.org/x> } DROP ALL {")
    assert to_term("decimal", "0.7").startswith('"0.7"^^')
    with pytest.raises(DataError):
        to_term("decimal", "NaN")


def test_malformed_param_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# param: x = 1 (colour) What.\nSELECT * {}\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown parameter kind") as info:
        load_query(bad)
    assert f"{bad}:1:" in str(info.value)


def test_unknown_library_name() -> None:
    with pytest.raises(DataError, match="most_visited"):
        load_query("no_such_query")


def test_every_library_query_renders_and_parses() -> None:
    queries = list_queries()
    assert "most_visited" in {q.name for q in queries}
    for q in queries:
        assert q.title and q.titles.get("id"), q.name
        prepareQuery(render(q))  # rdflib's parser: a syntax error fails the test
