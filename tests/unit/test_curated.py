"""The curated files: bad rows are reported with file and line, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from graph.curated import curated_graph, parse_date, read_curated
from graph.errors import DataError
from graph.store import open_store
from graph.vocab import DATA_DIR, SCHEMA, TIRU, article_iri, visit_iri

VISITS_HEADER = (
    "event_id,visitors,visitor_names,visitor_units,hosts,host_names,host_units,delegation,"
    "start,end,programs,topics,recommended_by,delegation_size,officials,note\n"
)
SOURCES_HEADER = "event_id,url,publisher,published,title,content_sha1,record_id,note\n"
ADOPTIONS_HEADER = (
    "event_id,region,region_name,program,status,date,date_precision,learned_from,"
    "inaugurated_by,url,publisher,published,title,content_sha1,note\n"
)
GOOD_VISITS = (
    "T1,63.11,,DPRD,64.09,,,legislative,2025-12-03,2025-12-03,SAKIP,tata kelola,,12,"
    "Hj. Hasmiati|Asisten III|visitor||lead; Ainie|Asisten III|host||receiver,a note\n"
    "T2,64.01,Kabupaten Paser,,51.03,Kabupaten Badung,DPMPTSP,executive,2024-05-29,,mpp,,"
    "Kementerian PANRB,,,\n"
)
GOOD_SOURCES = (
    "T1,https://example.org/a,Contoh News,2025-12-04,,,,\n"
    "T1,https://example.org/b,Contoh Dua,2025-12,,,,\n"
    "T2,,Seed outlet,,A title,0123456789abcdef0123456789abcdef01234567,,seed\n"
)
GOOD_ADOPTIONS = (
    "A1,64.09,,mpp,inaugurated,2023-05-12,day,35.10,Menteri,https://example.org/c,X,,,,\n"
    "A1,64.09,,MPP,inaugurated,2023-05-12,day,,,https://example.org/d,Y,2023-05-13,,,\n"
    "A2,64.09,,mpp,planned,2022,year,,,https://example.org/e,Y,,,,\n"
)


def write(folder: Path, visits: str = GOOD_VISITS, sources: str = GOOD_SOURCES,
          adoptions: str = GOOD_ADOPTIONS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "visits.csv").write_text(VISITS_HEADER + visits, encoding="utf-8")
    (folder / "visit_sources.csv").write_text(SOURCES_HEADER + sources, encoding="utf-8")
    (folder / "adoptions.csv").write_text(ADOPTIONS_HEADER + adoptions, encoding="utf-8")
    return folder


def test_good_files_become_the_design_graph(tmp_path: Path) -> None:
    data = read_curated(write(tmp_path))
    assert [v.event_id for v in data.visits] == ["T1", "T2"]
    assert len(data.adoptions) == 2  # two rows of A1 are one adoption with two sources
    g = curated_graph(data)
    visit = URIRef(visit_iri(["63.11"], ["64.09"], "2025-12-03"))
    assert (visit, RDF.type, TIRU.Visit) in g
    assert (visit, SCHEMA.startDate, Literal("2025-12-03", datatype=XSD.date)) in g
    assert (visit, TIRU.visitorUnit, URIRef("https://w3id.org/tiru/id/unit/63.11/dprd")) in g
    assert (visit, TIRU.delegationType, TIRU.LegislativeDelegation) in g
    assert (visit, TIRU.program, URIRef("https://w3id.org/tiru/id/program/sakip")) in g
    assert len(list(g.objects(visit, PROV.wasDerivedFrom))) == 2
    for ev in g.objects(visit, TIRU.evidence):
        assert (ev, TIRU.extractionMethod, TIRU.ManualCuration) in g
        assert g.value(ev, TIRU.confidence).toPython() == 1
        assert g.value(ev, TIRU.quote) is None  # curated data keeps no quotes
    person = URIRef("https://w3id.org/tiru/id/person/63.11/hasmiati")
    assert (person, RDF.type, TIRU.Official) in g
    paser = URIRef(visit_iri(["64.01"], ["51.03"], "2024-05-29"))
    assert (paser, TIRU.recommendedBy,
            URIRef("https://w3id.org/tiru/id/org/kementerian-panrb")) in g
    seed_article = URIRef("https://w3id.org/tiru/id/article/0123456789abcdef")
    assert (paser, PROV.wasDerivedFrom, seed_article) in g
    assert (URIRef(article_iri("https://example.org/a")), SCHEMA.url,
            URIRef("https://example.org/a")) in g
    adoption = URIRef("https://w3id.org/tiru/id/adoption/64.09/mpp/inaugurated/2023-05-12")
    assert (adoption, TIRU.status, TIRU.Inaugurated) in g
    assert (adoption, TIRU.learnedFrom, URIRef("https://w3id.org/tiru/id/region/35.10")) in g
    assert len(list(g.objects(adoption, PROV.wasDerivedFrom))) == 2


@pytest.mark.parametrize(
    ("file", "visits", "sources", "adoptions", "line", "message"),
    [
        ("visits.csv", GOOD_VISITS.replace("64.01,", "64.99,"), GOOD_SOURCES, GOOD_ADOPTIONS,
         3, "unknown region code '64.99'"),
        ("visits.csv", GOOD_VISITS.replace("2024-05-29", "29/05/2024"), GOOD_SOURCES,
         GOOD_ADOPTIONS, 3, "malformed date"),
        ("visits.csv", GOOD_VISITS.replace("2025-12-03,2025-12-03", "2025-12-03,2025-02-30"),
         GOOD_SOURCES, GOOD_ADOPTIONS, 2, "malformed date"),
        ("visits.csv", GOOD_VISITS, GOOD_SOURCES.replace("T2,", "T1,"), GOOD_ADOPTIONS,
         3, "missing source"),
        ("visit_sources.csv", GOOD_VISITS,
         GOOD_SOURCES.replace("0123456789abcdef0123456789abcdef01234567", ""), GOOD_ADOPTIONS,
         4, "missing source"),
        ("visits.csv", GOOD_VISITS.replace("Kabupaten Badung", "Kabupaten Bangli"), GOOD_SOURCES,
         GOOD_ADOPTIONS, 3, "code 51.03 is"),
        ("visits.csv", GOOD_VISITS.replace("mpp", "no-such-program"), GOOD_SOURCES,
         GOOD_ADOPTIONS, 3, "unknown program"),
        ("adoptions.csv", GOOD_VISITS, GOOD_SOURCES,
         GOOD_ADOPTIONS.replace("2022,year", "2022,day"), 4, "does not fit"),
        ("adoptions.csv", GOOD_VISITS, GOOD_SOURCES,
         GOOD_ADOPTIONS.replace("planned", "opened"), 4, "status must be"),
        ("adoptions.csv", GOOD_VISITS, GOOD_SOURCES,
         GOOD_ADOPTIONS.replace("https://example.org/e", ""), 4, "missing source"),
        ("adoptions.csv", GOOD_VISITS, GOOD_SOURCES,
         GOOD_ADOPTIONS.replace("A2,64.09", "A2,99.01"), 4, "unknown region"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, file: str, visits: str, sources: str,
                                     adoptions: str, line: int, message: str) -> None:
    folder = write(tmp_path, visits, sources, adoptions)
    with pytest.raises(DataError) as info:
        read_curated(folder)
    err = info.value
    assert err.path is not None and Path(err.path).name == file
    assert err.line == line
    assert message in str(err)
    assert f"{file}:{line}:" in str(err)


def test_two_rows_for_one_visit_iri_are_refused(tmp_path: Path) -> None:
    twice = GOOD_VISITS + GOOD_VISITS.splitlines()[0].replace("T1,", "T3,") + "\n"
    sources = GOOD_SOURCES + "T3,https://example.org/z,Z,,,,,\n"
    with pytest.raises(DataError, match="same visitors, hosts and start as T1"):
        read_curated(write(tmp_path, twice, sources))


def test_a_bad_row_writes_nothing(tmp_path: Path) -> None:
    from graph.build import build_graph

    good = write(tmp_path / "good")
    store = open_store(":memory:")
    build_graph(store, data_dir=good, validate=False)
    before = store.counts()
    bad = write(tmp_path / "bad", GOOD_VISITS.replace("64.01,", "64.99,"))
    with pytest.raises(DataError):
        build_graph(store, data_dir=bad, validate=False)
    assert store.counts() == before  # not even the ontology or gazetteer was rewritten


def test_the_shipped_data_reads_cleanly(tmp_path: Path) -> None:
    # A copy, so that the test reads exactly the three files the build reads.
    for name in ("visits.csv", "visit_sources.csv", "adoptions.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    data = read_curated(tmp_path)
    assert len(data.visits) >= 140
    assert all(v.sources for v in data.visits)
    assert len({a.region for a in data.adoptions}) >= 280


def test_parse_date_precisions() -> None:
    assert parse_date("2019")[1] == "year"
    assert parse_date("2019-07")[0].isoformat() == "2019-07-01"
    with pytest.raises(ValueError):
        parse_date("2019-13")
