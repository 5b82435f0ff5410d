"""Every library question answered four ways on the default data, and the answers agree.

A researcher may ask from the CLI (``tiru query NAME``), the query page (its JSON twin), a
notebook through the running server (SPARQLWrapper) or a notebook on the embedded store (the
Python API). Each library query is run all four ways on the real default graph, rendered with its
default parameters; the four answers must be the same multiset of rows.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import ROOT, running_server
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from graph.build import build_graph
from graph.library import list_queries, load_query, render
from graph.store import SelectResult, open_store

# Its SERVICE call needs Wikidata (off the default allow-list); tested with a stand-in endpoint.
NAMES = [q.name for q in list_queries() if q.name != "wikidata_regions"]
Row = tuple[tuple[str, str], ...]


def _binding_rows(data: dict[str, Any]) -> Counter[Row]:
    """SPARQL 1.1 JSON results as a multiset of rows (variable, value), unbound left out."""
    return Counter(tuple(sorted((k, str(v["value"])) for k, v in b.items()))
                   for b in data["results"]["bindings"])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agree") / "store"
    store = open_store(path)
    try:
        build_graph(store, validate=False)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def cli_answers(store_path: Path) -> dict[str, Counter[Row]]:
    # Before the server starts: the CLI opens the store for writing, which takes its lock.
    answers = {}
    for name in NAMES:
        done = subprocess.run(
            [sys.executable, "-m", "server", "query", name, "--store", str(store_path),
             "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"tiru query {name}: {done.stderr}"
        answers[name] = _binding_rows(json.loads(done.stdout))
    return answers


@pytest.fixture(scope="module")
def base(store_path: Path, cli_answers: dict[str, Counter[Row]],
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("agree-log") / "server.log"
    with running_server(["--store", str(store_path)], log=log) as url:
        yield url


@pytest.mark.parametrize("name", NAMES)
def test_cli_page_server_and_python_agree(name: str, base: str, store_path: Path,
                                          cli_answers: dict[str, Counter[Row]]) -> None:
    text = render(load_query(name))

    page = httpx.get(f"{base}/query.json", params={"name": name, "run": "1"}, timeout=120)
    assert page.status_code == 200, page.text
    result = page.json()["result"]
    assert result is not None and result["kind"] == "select", page.text
    assert not result["truncated"], f"{name}: more rows than the query page shows"
    on_page = Counter(tuple(sorted((k, str(v["value"])) for k, v in row.items() if v))
                      for row in result["rows"])

    client = SPARQLWrapper(f"{base}/sparql")
    client.setMethod(POST)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    remote = _binding_rows(client.query().convert())  # type: ignore[arg-type]

    local_store = open_store(store_path, read_only=True)
    try:
        local = local_store.query(text)
    finally:
        local_store.close()
    assert isinstance(local, SelectResult)
    in_python = Counter(tuple(sorted((k, str(v)) for k, v in row.items() if v is not None))
                        for row in local.rows)

    assert cli_answers[name] == remote == on_page == in_python, name
