"""``tiru network``, ``tiru diffusion`` and ``tiru export`` on a store holding the fixtures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli import app, console
from graph.store import open_store
from graph.vocab import sparql_prefixes
from tests.unit.network_fixtures import LAYERS, TTL

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rich wraps tables to the terminal; a wide console keeps names and URLs on one line.
    monkeypatch.setattr(console, "width", 250)


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    path = tmp_path / "store"
    store = open_store(path)
    for layer in LAYERS:
        store.load((TTL / f"network_{layer}.ttl").read_bytes(), "ttl", layer)
    store.close()
    return str(path)


def test_network_prints_models_learners_brokers_with_sources(store_dir: str) -> None:
    result = runner.invoke(app, ["network", "--store", store_dir])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Models" in out and "Learners" in out and "Brokers" in out
    assert "Penajam Paser Utara (64.09)" in out
    assert "https://example.org/news/balangan-ppu" in out


def test_network_json_and_csv(store_dir: str) -> None:
    result = runner.invoke(app, ["network", "--store", store_dir, "--format", "json",
                                 "--measure", "betweenness", "--top", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["rankings"]["betweenness"][0]["node"] == "64.09"
    assert data["summary"]["brokers"][0]["node"] == "64.09"
    assert data["slice"]["level"] == "region"
    result = runner.invoke(app, ["network", "--store", store_dir, "--format", "csv",
                                 "--level", "province", "--measure", "in_visits",
                                 "--measure", "pagerank", "--top", "0"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0]["node"] == "35" and rows[0]["in_visits"] == "2.0"
    assert {r["node"] for r in rows} == {"35", "51", "62", "63", "64"}


def test_network_write_is_queryable(store_dir: str) -> None:
    result = runner.invoke(app, ["network", "--store", store_dir, "--program", "MPP",
                                 "--since", "2020", "--write"])
    assert result.exit_code == 0, result.output
    assert "measurements to the analytics graph" in result.output
    store = open_store(store_dir)
    rows = store.query(sparql_prefixes() + """
        SELECT ?r WHERE { ?m tiru:measure tiru:authority ; tiru:subject ?r ; tiru:value ?v }
        ORDER BY DESC(?v) ?r LIMIT 1""")
    store.close()
    assert str(rows.rows[0]["r"]).endswith("/51.03")  # type: ignore[union-attr]


@pytest.mark.parametrize("args", [["--level", "village"], ["--program", "NOPE"],
                                  ["--since", "yesterday"], ["--measure", "charisma"],
                                  ["--format", "xml"]])
def test_bad_input_is_a_message_not_a_traceback(store_dir: str, args: list[str]) -> None:
    result = runner.invoke(app, ["network", "--store", store_dir, *args])
    assert result.exit_code == 1
    assert "error" in result.output and "Traceback" not in result.output


def test_diffusion(store_dir: str) -> None:
    result = runner.invoke(app, ["diffusion", "MPP", "--store", store_dir, "--infer"])
    assert result.exit_code == 0, result.output
    assert "4 adopters" in result.output and "Seruyan (62.07)" in result.output
    assert "NetInf" in result.output
    result = runner.invoke(app, ["diffusion", "SAKIP", "--store", store_dir, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"]["adopters"] == 0
    all_chains = runner.invoke(app, ["diffusion", "mpp", "--store", store_dir, "--format", "json",
                                     "--infer"])
    data = json.loads(all_chains.output)
    assert [e["region"] for e in data["cascade"]] == ["35.10", "51.03", "62.07", "64.01"]
    assert len(data["netinf"]["edges"]) == 3


def test_export_network_and_rdf(store_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    result = runner.invoke(app, ["export", "--store", store_dir, "--network", "--format",
                                 "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    H = nx.read_graphml(out)
    assert H.is_directed() and H.has_edge("63.11", "64.09")
    result = runner.invoke(app, ["export", "--store", store_dir, "--format", "nt",
                                 "--graph", "gazetteer"])
    assert result.exit_code == 0 and "kemendagriCode" in result.output
    result = runner.invoke(app, ["export", "--store", store_dir, "--network", "--format", "ttl"])
    assert result.exit_code == 1 and "unknown network format" in result.output
