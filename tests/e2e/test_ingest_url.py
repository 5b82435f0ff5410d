"""``tiru ingest URL`` against a real HTTP server on a free loopback port.

The page is an HTML article we wrote (tests/fixtures/html). The command runs as a user runs it,
in a subprocess, and the store it wrote is then read back.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from graph.store import SelectResult, open_store
from graph.vocab import sparql_prefixes

ROOT = Path(__file__).resolve().parents[2]
HTML_DIR = ROOT / "tests" / "fixtures" / "html"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        return


@pytest.fixture
def site() -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(HTML_DIR))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _tiru(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_ingest_url(site: str, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    url = f"{site}/kunjungan_tapin.html"
    first = _tiru("ingest", url, "--store", str(store_dir), "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["read"] == 1 and summary["visits_added"] == 1 and summary["skipped"] == []

    again = _tiru("ingest", url, "--store", str(store_dir), "--json")
    assert json.loads(again.stdout)["triples_added"] == 0

    missing = _tiru("ingest", f"{site}/tidak-ada.html", "--store", str(store_dir), "--json")
    assert missing.returncode == 0
    (skip,) = json.loads(missing.stdout)["skipped"]
    assert "404" in skip["reason"]

    store = open_store(store_dir)
    try:
        rows = store.query(sparql_prefixes() + """
            SELECT ?v ?url ?title ?issued WHERE { GRAPH tgraph:extracted {
              ?v a tiru:Visit ; tiru:visitor tid:region\\/63.05 ; tiru:host tid:region\\/63.72 ;
                 schema:startDate "2025-03-05"^^xsd:date ; prov:wasDerivedFrom ?a .
              ?a schema:url ?url ; dct:title ?title ; dct:issued ?issued } }""")
        assert isinstance(rows, SelectResult)
        (row,) = rows.rows
        assert str(row["url"]) == url
        assert "Tapin" in str(row["title"])
    finally:
        store.close()


def test_extract_url_json(site: str) -> None:
    done = _tiru("extract", "--format", "json", f"{site}/kunjungan_tapin.html")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["source"]["url"].endswith("/kunjungan_tapin.html")
    (visit,) = doc["visits"]
    assert visit["visitors"][0]["code"] == "63.05" and visit["hosts"][0]["code"] == "63.72"
    assert {(o["name"], o["side"]) for o in visit["officials"]} == {
        ("Ahmad Yani", "visitor"), ("Rusdi Hamzah", "host")}
    assert visit["delegation_size"] == 15
