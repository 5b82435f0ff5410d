"""The foundation commands through typer's runner: build, stats, query, validate."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = runner.invoke(app, ["build", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    return path


def test_stats_counts_graphs_and_classes(store_dir: Path) -> None:
    result = runner.invoke(app, ["stats", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    for word in ("tgraph:curated", "tgraph:gazetteer", "tiru:Visit", "tiru:Adoption"):
        assert word in result.output


def test_most_visited_answers_on_the_real_data(store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "most_visited", "--store", str(store_dir),
                                 "--format", "csv", "--param", "min_learners=2"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows, result.output
    assert list(rows[0]) == ["host", "label", "learners", "visits", "sources"]
    counts = [int(r["learners"]) for r in rows]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 2
    assert rows[0]["sources"].startswith("http")
    # Banyuwangi drew more distinct learners than any other host in the curated data.
    assert rows[0]["label"] == "Kabupaten Banyuwangi"


def test_query_formats(store_dir: Path) -> None:
    for fmt, marker in (("json", '"bindings"'), ("tsv", "?host"), ("table", "row(s)")):
        result = runner.invoke(app, ["query", "most_visited", "--store", str(store_dir),
                                     "--format", fmt])
        assert result.exit_code == 0, result.output
        assert marker in result.output


def test_a_malformed_query_is_a_message_not_a_traceback(store_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(bad), "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "error" in result.output
    assert "Traceback" not in result.output


def test_a_bad_parameter_is_a_message(store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "most_visited", "--store", str(store_dir),
                                 "--param", "min_learners=many"])
    assert result.exit_code == 1
    assert "not a whole number" in result.output
    assert "Traceback" not in result.output


def test_validate_the_store_passes(store_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_a_broken_file_fails_readably(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix tiru: <https://w3id.org/tiru/ontology#> .\n"
        "@prefix schema: <http://schema.org/> .\n"
        "<https://w3id.org/tiru/id/visit/x> a tiru:Visit ; schema:startDate \"soon\" .\n",
        encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "violation" in result.output
    assert "Traceback" not in result.output


def test_validate_unparsable_rdf_is_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> ", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "broken.ttl" in result.output
    assert "Traceback" not in result.output


def test_query_list_shows_the_library() -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    assert "most_visited" in result.output
