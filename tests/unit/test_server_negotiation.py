"""Unit tests of the server's pure helpers: content negotiation, safe JSON for script
elements, IRI links and settings parsing."""

from __future__ import annotations

import json

import pytest

from server.links import compact, href, script_json
from server.negotiation import NotAcceptableError, choose, parse_accept
from server.settings import Settings

SELECT = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
          "text/tab-separated-values"]


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
    ("text/*;q=0.9, text/csv;q=0.1", "text/tab-separated-values"),  # most specific range wins
    ("garbage, text/csv", "text/csv"),
])
def test_choose(accept: str | None, expected: str) -> None:
    assert choose(SELECT, accept) == expected


def test_format_overrides_and_lists() -> None:
    assert choose(SELECT, "text/csv", "json") == "application/sparql-results+json"
    graph = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
    assert choose(graph, None, "n3") == "text/turtle"
    assert choose(graph, None, "json-ld,application/ld+json") == "application/ld+json"
    assert choose(graph, None, "xml") == "application/rdf+xml"
    with pytest.raises(NotAcceptableError):
        choose(graph, None, "csv")
    with pytest.raises(NotAcceptableError):
        choose(SELECT, "image/png")


def test_parse_accept_clamps_q() -> None:
    ranges = parse_accept("text/html;q=2, text/plain;q=abc")
    assert [r.q for r in ranges] == [1.0, 0.0]


def test_script_json_cannot_close_a_script_element() -> None:
    value = {"label": "</script><script>alert(1)</script>", "amp": "a&b", "ls": "\u2028"}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_links() -> None:
    assert href("https://w3id.org/tiru/id/region/64.09") == "/id/region/64.09"
    assert href("https://example.id/a") == "https://example.id/a"
    assert href("javascript:alert(1)") is None
    assert compact("https://w3id.org/tiru/ontology#Visit") == "tiru:Visit"


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIRU_SERVICE_ALLOWLIST", "https://query.wikidata.org/sparql, http://x/s")
    monkeypatch.setenv("TIRU_UPDATE_TOKEN", "")
    monkeypatch.setenv("TIRU_QUERY_TIMEOUT", "2.5")
    s = Settings()
    assert s.service_allowlist == ["https://query.wikidata.org/sparql", "http://x/s"]
    assert s.update_token is None  # an empty token never unlocks updates
    assert s.query_timeout == 2.5
    monkeypatch.setenv("TIRU_QUERY_TIMEOUT", "0")
    with pytest.raises(ValueError):
        Settings()
