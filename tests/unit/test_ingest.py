"""Ingesting articles into the "extracted" graph: provenance, idempotence, merging, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.article import parse_article
from graph.errors import StoreError
from graph.extraction import Extractor
from graph.ingest import ingest_extraction, ingest_sources, source_iri
from graph.store import SelectResult, Store, open_store
from graph.vocab import graph_iri, sparql_prefixes, visit_iri

# Two outlets report the same visit in their own words (ours).
OUTLET_A = (
    "Tapin Belajar Arsip Digital ke Banjarbaru\n\n"
    "RANTAU – Pemerintah Kabupaten Tapin melakukan studi tiru ke Pemerintah Kota Banjarbaru, "
    "Rabu (5/3/2025), untuk mempelajari pengelolaan arsip digital. Rombongan dipimpin Asisten "
    "III Kabupaten Tapin, Ahmad Yani, dan diterima Asisten III Kota Banjarbaru, Rusdi Hamzah.\n"
)
OUTLET_B = (
    "BANJARBARU – Pemkot Banjarbaru menerima kunjungan kerja Pemerintah Kabupaten Tapin pada "
    "Rabu (5/3/2025) di Balai Kota. Kunjungan tersebut membahas arsip digital yang telah "
    "dijalankan kota itu selama tiga tahun terakhir.\n"
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _extract(extractor: Extractor, text: str, name: str):
    return extractor.extract(parse_article(text.encode("utf-8"), path=name))


def _count(store: Store) -> int:
    return store.counts().get(graph_iri("extracted"), 0)


def _select(store: Store, where: str) -> list[dict]:
    res = store.query(sparql_prefixes() + f"SELECT * WHERE {{ {where} }}")
    assert isinstance(res, SelectResult)
    return res.rows


def test_provenance_of_a_visit(extractor: Extractor) -> None:
    store = open_store(":memory:")
    x = _extract(extractor, OUTLET_A, "a.txt")
    r = ingest_extraction(store, x)
    assert r.visits_added == 1 and r.new_triples > 0
    visit = visit_iri(["63.05"], ["63.72"], "2025-03-05")
    art = source_iri(x.article)
    rows = _select(store, f"""GRAPH tgraph:extracted {{
        <{visit}> a tiru:Visit ; tiru:visitor tid:region\\/63.05 ; tiru:host ?h ;
            schema:startDate ?d ; prov:wasDerivedFrom <{art}> ; tiru:confidence ?c ;
            tiru:evidence ?e ; prov:qualifiedAssociation ?p .
        ?e tiru:quote ?q ; tiru:startOffset ?s ; tiru:endOffset ?end ;
            tiru:extractionMethod tiru:PatternExtraction ; prov:wasQuotedFrom <{art}> .
        ?p prov:agent ?person ; tiru:side ?side .
        ?person schema:name ?name .
        <{art}> a tiru:SourceArticle ; tiru:contentHash ?hash ; dct:title ?title . }}""")
    assert rows
    assert {str(r["name"]) for r in rows} == {"Ahmad Yani", "Rusdi Hamzah"}
    for row in rows:
        start, end = int(row["s"]), int(row["end"])
        assert " ".join(x.article.text[start:end].split()) == str(row["q"])


def test_idempotent(extractor: Extractor) -> None:
    store = open_store(":memory:")
    x = _extract(extractor, OUTLET_A, "a.txt")
    ingest_extraction(store, x)
    before = _count(store)
    again = ingest_extraction(store, _extract(extractor, OUTLET_A, "a.txt"))
    assert _count(store) == before
    assert again.new_triples == 0 and again.visits_unchanged == 1 and again.visits_added == 0


def test_two_outlets_one_visit(extractor: Extractor) -> None:
    store = open_store(":memory:")
    a = ingest_extraction(store, _extract(extractor, OUTLET_A, "a.txt"))
    b = ingest_extraction(store, _extract(extractor, OUTLET_B, "b.txt"))
    assert (a.visits_added, b.visits_merged) == (1, 1)
    rows = _select(store, "?v a tiru:Visit ; prov:wasDerivedFrom ?src")
    assert len({str(r["v"]) for r in rows}) == 1
    assert len({str(r["src"]) for r in rows}) == 2
    # The visit keeps one confidence: the highest of its evidence.
    conf = _select(store, "?v a tiru:Visit ; tiru:confidence ?c")
    assert len(conf) == 1


class _FailingStore(Store):
    """Reads like an empty store, fails on write (a full disk, a lost endpoint)."""

    def __init__(self) -> None:
        self.inner = open_store(":memory:")

    def query(self, sparql, **kwargs):  # type: ignore[no-untyped-def,override]
        return self.inner.query(sparql, **kwargs)

    def update(self, sparql, *, timeout=None):  # type: ignore[no-untyped-def,override]
        raise StoreError("disk full")


def test_atomic_per_article(extractor: Extractor, tmp_path: Path) -> None:
    store = _FailingStore()
    with pytest.raises(StoreError):
        ingest_extraction(store, _extract(extractor, OUTLET_A, "a.txt"))
    assert _count(store.inner) == 0
    # In a run, the failing article is reported and the run goes on.
    f = tmp_path / "a.txt"
    f.write_text(OUTLET_A)
    summary = ingest_sources(store, [str(f)], extractor=extractor)
    assert summary.read == 0 and len(summary.skipped) == 1
    assert "disk full" in summary.skipped[0][1]


def test_dry_run_writes_nothing(extractor: Extractor) -> None:
    store = open_store(":memory:")
    r = ingest_extraction(store, _extract(extractor, OUTLET_A, "a.txt"), dry_run=True)
    assert r.visits_added == 1 and r.new_triples > 0
    assert _count(store) == 0


def test_bad_files_are_skipped_with_reasons(extractor: Extractor, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(OUTLET_B)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    english = tmp_path / "english.txt"
    english.write_text("The council went to another city to study how archives are kept "
                       "and what the software costs every year for the whole government.")
    store = open_store(":memory:")
    summary = ingest_sources(store, [str(good), str(empty), str(english)], extractor=extractor)
    assert summary.read == 1 and summary.visits_added == 1
    reasons = dict(summary.skipped)
    assert reasons[str(empty)] == "empty"
    assert "not Indonesian" in reasons[str(english)]


class _Faulty(Extractor):
    """An extractor with a defect met only in articles that mention Banjarbaru's Balai Kota."""

    def _extract(self, article):  # type: ignore[no-untyped-def]
        if "Balai Kota" in article.clean:
            raise KeyError("balai")
        return super()._extract(article)


def test_a_defect_met_in_one_article_skips_it_and_the_run_goes_on(tmp_path: Path) -> None:
    from graph.errors import ExtractionError

    faulty = _Faulty()
    (tmp_path / "a.txt").write_text(OUTLET_A)
    (tmp_path / "b.txt").write_text(OUTLET_B)  # "... di Balai Kota."
    with pytest.raises(ExtractionError, match=r"b\.txt: could not be read \(KeyError"):
        faulty.extract(parse_article(OUTLET_B.encode(), path="b.txt"))
    store = open_store(":memory:")
    summary = ingest_sources(store, [str(tmp_path)], extractor=faulty)
    assert summary.read == 1 and summary.visits_added == 1
    (reason,) = dict(summary.skipped).values()
    assert "defect in Tiru" in reason
    assert len(_select(store, "GRAPH tgraph:extracted { ?a a tiru:SourceArticle }")) == 1


def test_a_run_that_writes_is_recorded_and_one_that_does_not_is_not(
        extractor: Extractor, tmp_path: Path) -> None:
    from graph.validation import validate

    for name, text in (("a.txt", OUTLET_A), ("b.txt", OUTLET_B)):
        (tmp_path / name).write_text(text)
    store = open_store(":memory:")
    first = ingest_sources(store, [str(tmp_path)], extractor=extractor)
    assert first.run is not None and first.run.startswith("https://w3id.org/tiru/id/run/ingest/")
    rows = _select(store, f"""GRAPH tgraph:extracted {{ <{first.run}> a tiru:IngestRun ;
        prov:startedAtTime ?start ; prov:endedAtTime ?end ; tiru:softwareVersion ?version ;
        prov:used ?article . ?article a tiru:SourceArticle }}""")
    assert {str(r["article"]) for r in rows} == {res.article_iri for res in first.results}
    assert len({str(r["article"]) for r in rows}) == 2
    assert all(str(r["start"]) <= str(r["end"]) for r in rows)
    from rdflib import Graph, URIRef
    from rdflib.namespace import PROV

    def run_violations(graph: Graph) -> list[str]:
        # Other shapes need the gazetteer (officials' regions); only the run's matter here.
        return [v.message for v in validate(graph).violations
                if v.shape.endswith("#IngestRunShape")]

    extracted = Graph().parse(data=store.dump("nt", graph="extracted"), format="nt")
    assert run_violations(extracted) == []
    extracted.remove((URIRef(first.run), PROV.used, None))  # the shape does look at runs
    assert run_violations(extracted) != []
    # Reading the same folder again writes nothing, not even a run.
    before = store.dump("nt", graph="extracted")
    second = ingest_sources(store, [str(tmp_path)], extractor=extractor)
    assert second.run is None and second.read == 2
    assert store.dump("nt", graph="extracted") == before
    assert len(_select(store, "?run a tiru:IngestRun")) == 1


def test_dry_run_records_no_run(extractor: Extractor, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(OUTLET_A)
    store = open_store(":memory:")
    summary = ingest_sources(store, [str(tmp_path)], extractor=extractor, dry_run=True)
    assert summary.run is None and _count(store) == 0


def test_a_visits_themes_are_written_as_topics_not_programs(extractor: Extractor) -> None:
    # Own-source revenue is a theme of the vocabulary (prog:themes), not a program: the visit
    # carries it as a tiru:topic literal beside its program.
    text = ("Bapenda Kabupaten Tapin melakukan studi tiru ke Pemerintah Kota Banjarbaru, Rabu "
            "(5/3/2025), untuk mempelajari optimalisasi PAD melalui aplikasi e-Retribusi.\n")
    x = _extract(extractor, text, "pad.txt")
    (v,) = x.visits
    assert v.topics == ["Peningkatan Pendapatan Asli Daerah"]
    assert "Peningkatan Pendapatan Asli Daerah" not in [p.label for p in v.programs]
    store = open_store(":memory:")
    ingest_extraction(store, x)
    visit = visit_iri(["63.05"], ["63.72"], "2025-03-05")
    rows = _select(store, f"GRAPH tgraph:extracted {{ <{visit}> tiru:topic ?t }}")
    assert [str(r["t"]) for r in rows] == ["Peningkatan Pendapatan Asli Daerah"]
    programs = _select(store, f"GRAPH tgraph:extracted {{ <{visit}> tiru:program ?p }}")
    assert not any(str(r["p"]).endswith("/pad") for r in programs)
