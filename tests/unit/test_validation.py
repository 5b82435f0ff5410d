"""SHACL validation: the valid fixture conforms, each fault we plant is reported with its
message and resource, broken files give a DataError, and the report reads well."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import PROV, RDF, SKOS

from graph.errors import DataError
from graph.validation import (
    ValidationReport,
    Violation,
    compact,
    format_report,
    load_shapes,
    validate,
)
from graph.vocab import ONTOLOGY_DIR, SCHEMA, TIRU

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ttl" / "validation"
TID = "https://w3id.org/tiru/id/"
VISIT = URIRef(TID + "visit/2025-12-03/63.11_to_64.09")
ADOPTION = URIRef(TID + "adoption/64.09/mpp/inaugurated/2023-05-01")
PPU = URIRef(TID + "region/64.09")
BALANGAN = URIRef(TID + "region/63.11")
PROVINCE = URIRef(TID + "region/64")
EVIDENCE = URIRef(TID + "evidence/00000000000000e1")
ARTICLE = URIRef(TID + "article/0000000000000001")


@pytest.fixture(scope="module")
def valid_graph() -> Graph:
    return Graph().parse(FIXTURES / "valid.ttl", format="turtle")


def test_valid_fixture_conforms(valid_graph: Graph) -> None:
    report = validate(valid_graph)
    assert report.violations == []
    assert report.conforms
    assert report.triples > len(valid_graph)  # the ontology was mixed in
    assert format_report(report).startswith("The data conforms")


def test_valid_fixture_from_its_path(valid_graph: Graph) -> None:
    assert validate(FIXTURES / "valid.ttl").conforms
    assert validate(str(FIXTURES / "valid.ttl")).conforms


def test_the_ontology_and_vocabulary_themselves_conform() -> None:
    assert validate(Graph(), ontology=True).conforms


def test_validate_does_not_change_the_callers_graph(valid_graph: Graph) -> None:
    before = set(valid_graph)
    validate(valid_graph)
    assert set(valid_graph) == before


def test_without_the_ontology_program_concepts_are_unknown(valid_graph: Graph) -> None:
    # The data alone knows neither the program concepts nor that a Regency is a Region.
    report = validate(valid_graph, ontology=False)
    assert not report.conforms
    values = {v.value for v in report.violations}
    assert {TID + "program/sakip", TID + "program/mpp", str(PPU)} <= values
    # with the vocabulary and the class hierarchy mixed in, the same data conforms
    g = Graph()
    g += valid_graph
    for name in ("tiru.ttl", "programs.ttl"):
        g.parse(ONTOLOGY_DIR / name, format="turtle")
    assert validate(g, ontology=False).conforms


def test_dataset_named_graphs_are_merged(valid_graph: Graph) -> None:
    ds = Dataset()
    regions = ds.graph(URIRef("https://w3id.org/tiru/graph/gazetteer"))
    facts = ds.graph(URIRef("https://w3id.org/tiru/graph/curated"))
    for s, p, o in valid_graph:
        target = regions if str(s).startswith((TID + "region/", TID + "island/")) else facts
        target.add((s, p, o))
    assert validate(ds).conforms
    # and a fault in one named graph is still found
    facts.remove((VISIT, PROV.wasDerivedFrom, None))
    assert not validate(ds).conforms


# ---- planted faults -------------------------------------------------------------------------

Mutation = Callable[[Graph], None]


def replace(s: URIRef, p: URIRef, o: object) -> Mutation:
    def apply(g: Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, o))  # type: ignore[arg-type]
    return apply


def drop(s: URIRef, p: URIRef) -> Mutation:
    def apply(g: Graph) -> None:
        g.remove((s, p, None))
    return apply


def add(s: URIRef, p: URIRef, o: object) -> Mutation:
    def apply(g: Graph) -> None:
        g.add((s, p, o))  # type: ignore[arg-type]
    return apply


def date(text: str) -> Literal:
    return Literal(text, datatype=ns.XSD.date)


FAULTS: list[tuple[str, Mutation, URIRef, str]] = [
    ("visit without source", drop(VISIT, PROV.wasDerivedFrom), VISIT,
     "A visit needs at least one source (prov:wasDerivedFrom a tiru:SourceArticle)."),
    ("source that is not an article", replace(VISIT, PROV.wasDerivedFrom, PPU), VISIT,
     "A visit's source (prov:wasDerivedFrom) must be a tiru:SourceArticle."),
    ("visit without host", drop(VISIT, TIRU.host), VISIT,
     "A visit needs at least one host region (tiru:host)."),
    ("visitor is also host", add(VISIT, TIRU.host, BALANGAN), VISIT,
     "A region cannot be both a visitor and a host of the same visit."),
    ("visitor is not a region", replace(VISIT, TIRU.visitor, URIRef(TID + "unit/63.11/dprd")),
     VISIT, "A visitor (tiru:visitor) must be a region of the gazetteer: a tiru:Province, "
            "tiru:Regency or tiru:City."),
    ("end before start", replace(VISIT, SCHEMA.endDate, date("2025-12-01")), VISIT,
     "A visit cannot end before it starts (schema:endDate is earlier than schema:startDate)."),
    ("date as plain string", replace(VISIT, SCHEMA.startDate, Literal("2025-12-03")), VISIT,
     "A visit has at most one start date (schema:startDate), an xsd:date such as "
     "\"2025-12-03\"^^xsd:date."),
    ("confidence above one",
     replace(VISIT, TIRU.confidence, Literal("1.5", datatype=ns.XSD.decimal)), VISIT,
     "A visit's confidence (tiru:confidence) is one xsd:decimal from 0 to 1."),
    ("negative evidence confidence",
     replace(EVIDENCE, TIRU.confidence, Literal("-0.1", datatype=ns.XSD.decimal)), EVIDENCE,
     "Evidence confidence (tiru:confidence) is one xsd:decimal from 0 to 1."),
    ("delegation of zero", replace(VISIT, TIRU.delegationSize, Literal(0)), VISIT,
     "The delegation size (tiru:delegationSize) is one whole number of at least 1."),
    ("delegation as text", replace(VISIT, TIRU.delegationSize, Literal("dua belas")), VISIT,
     "The delegation size (tiru:delegationSize) is one whole number of at least 1."),
    ("unknown delegation type", replace(VISIT, TIRU.delegationType, TIRU.Member), VISIT,
     "A visit has at most one delegation type: tiru:ExecutiveDelegation, "
     "tiru:LegislativeDelegation or tiru:VillageDelegation."),
    ("regency code without dot", replace(PPU, TIRU.kemendagriCode, Literal("6409")), PPU,
     "A regency's or city's Kemendagri code is PP.RR (two digits, a dot, two digits), "
     "such as \"64.09\"."),
    ("province code of three digits", replace(PROVINCE, TIRU.kemendagriCode, Literal("640")),
     PROVINCE, "A province's Kemendagri code has two digits, such as \"64\"."),
    ("code as a number", replace(PPU, TIRU.kemendagriCode, Literal(6409)), PPU,
     "A region needs exactly one Kemendagri code (tiru:kemendagriCode), a plain string such "
     "as \"64.09\"."),
    ("regency in another province's code", replace(PPU, TIRU.province, URIRef(TID + "region/63")),
     PPU, "A regency's or city's Kemendagri code must start with its province's code and a dot "
          "(64.09 lies in province 64)."),
    ("code that does not match the IRI", replace(PPU, TIRU.kemendagriCode, Literal("64.08")),
     PPU, "A region's IRI must be https://w3id.org/tiru/id/region/ followed by its Kemendagri "
          "code (tid:region/64.09 has code \"64.09\")."),
    ("regency without province", drop(PPU, TIRU.province), PPU,
     "A regency or city needs exactly one province (tiru:province) that is a tiru:Province."),
    ("regency that is also a city", add(PPU, RDF.type, TIRU.City), PPU,
     "A region cannot be both a regency and a city."),
    ("adoption date without precision", drop(ADOPTION, TIRU.datePrecision), ADOPTION,
     "An adoption with a date (schema:startDate) needs its precision (tiru:datePrecision: "
     "time:unitDay, time:unitMonth or time:unitYear)."),
    ("adoption status outside the scheme", replace(ADOPTION, TIRU.status, TIRU.HostSide),
     ADOPTION, "An adoption needs exactly one status (tiru:status) of "
               "tiru:AdoptionStatusScheme: tiru:Planned, tiru:UnderConstruction, "
               "tiru:SoftLaunch, tiru:Launched, tiru:Inaugurated, tiru:Operating or "
               "tiru:Integrated."),
    ("adoption without adopter", drop(ADOPTION, TIRU.adopter), ADOPTION,
     "An adoption needs exactly one adopting region of the gazetteer (tiru:adopter)."),
    ("adoption learned from itself", replace(ADOPTION, TIRU.learnedFrom, PPU), ADOPTION,
     "A region cannot have learned a program from itself (tiru:learnedFrom equals "
     "tiru:adopter)."),
    ("adoption of an unknown program",
     replace(ADOPTION, TIRU.program, URIRef(TID + "program/tidak-ada")), ADOPTION,
     "An adoption's program (tiru:program) must be a concept of the program scheme or a "
     "tiru:CandidateProgram."),
    ("pattern evidence without quote", drop(EVIDENCE, TIRU.quote), EVIDENCE,
     "Evidence found by pattern extraction needs its quote (tiru:quote) and character "
     "offsets (tiru:startOffset, tiru:endOffset)."),
    ("quote ending before it starts", replace(EVIDENCE, TIRU.endOffset, Literal(5)), EVIDENCE,
     "A quote must start before it ends (tiru:startOffset must be less than tiru:endOffset)."),
    ("article without url or hash", drop(ARTICLE, SCHEMA.url), ARTICLE,
     "A source article needs a URL (schema:url) or a content hash (tiru:contentHash)."),
    ("url as a string", replace(ARTICLE, SCHEMA.url, Literal("https://example.org/x")), ARTICLE,
     "An article's URL (schema:url) is an IRI such as <https://example.org/news/1>, not a "
     "string."),
    ("publication date as free text", replace(ARTICLE, URIRef("http://purl.org/dc/terms/issued"),
                                              Literal("4 Desember 2025")), ARTICLE,
     "An article has at most one publication date (dct:issued): an xsd:date, or "
     "xsd:gYearMonth / xsd:gYear when only the month or year is known."),
]


@pytest.mark.parametrize(("name", "mutate", "focus", "message"), FAULTS,
                         ids=[f[0] for f in FAULTS])
def test_planted_fault_is_reported(valid_graph: Graph, name: str, mutate: Mutation,
                                   focus: URIRef, message: str) -> None:
    g = Graph()
    g += valid_graph
    mutate(g)
    report = validate(g)
    assert not report.conforms, name
    assert message in report.messages(), sorted(report.messages())
    assert any(v.focus == str(focus) and v.message == message for v in report.violations)
    assert all(v.severity == "Violation" for v in report.violations)
    assert message in format_report(report)


def test_broken_fixture_names_every_fault() -> None:
    report = validate(FIXTURES / "broken.ttl")
    assert not report.conforms
    by_focus = {(compact(v.focus), v.message) for v in report.violations}
    assert by_focus == {
        ("tid:region/35.09", "A regency's or city's Kemendagri code is PP.RR (two digits, a dot, "
                             "two digits), such as \"64.09\"."),
        ("tid:region/35.09", "A region's IRI must be https://w3id.org/tiru/id/region/ followed "
                             "by its Kemendagri code (tid:region/64.09 has code \"64.09\")."),
        ("tid:region/35.09", "A regency's or city's Kemendagri code must start with its "
                             "province's code and a dot (64.09 lies in province 64)."),
        ("tid:visit/2024-01-10/35.09_to_35.10",
         "A visit needs at least one source (prov:wasDerivedFrom a tiru:SourceArticle)."),
        ("tid:visit/2024-02-01/35.10_to_35.10",
         "A region cannot be both a visitor and a host of the same visit."),
        ("tid:visit/2024-03-05/35.09_to_35.10",
         "A visit cannot end before it starts (schema:endDate is earlier than "
         "schema:startDate)."),
        ("tid:visit/2024-04-02/35.10_to_35",
         "A visit's confidence (tiru:confidence) is one xsd:decimal from 0 to 1."),
    }
    shapes = {v.shape.rsplit("#", 1)[-1] for v in report.violations}
    assert shapes == {"RegencyCityShape", "ProvinceCodeShape", "RegionIriShape", "VisitShape"}


def test_violation_fields_for_a_property_fault() -> None:
    report = validate(FIXTURES / "broken.ttl")
    same = next(v for v in report.violations if "both a visitor and a host" in v.message)
    assert same.path == str(TIRU.visitor)
    assert same.value == TID + "region/35.10"
    assert same.shape == "https://w3id.org/tiru/shapes#VisitShape"


# ---- candidate programs, analytics ---------------------------------------------------------

def test_candidate_program_is_accepted_with_a_label(valid_graph: Graph) -> None:
    g = Graph()
    g += valid_graph
    candidate = URIRef(TID + "program/candidate/gerakan-contoh")
    g.add((VISIT, TIRU.program, candidate))
    g.add((candidate, RDF.type, TIRU.CandidateProgram))
    assert not validate(g).conforms  # no label yet
    g.add((candidate, SKOS.prefLabel, Literal("Gerakan Contoh", lang="id")))
    assert validate(g).conforms


def test_measurement_needs_its_run(valid_graph: Graph) -> None:
    g = Graph()
    g += valid_graph
    m = URIRef(TID + "analytics/m/abc/pagerank/64.09")
    g.add((m, RDF.type, TIRU.Measurement))
    g.add((m, TIRU.subject, PPU))
    g.add((m, TIRU.measure, TIRU.pagerank))
    g.add((m, TIRU.value, Literal(0.25, datatype=ns.XSD.double)))
    g.add((m, TIRU.level, Literal("region")))
    report = validate(g)
    assert report.messages() == {
        "A measurement records the one analytics run that produced it (prov:wasGeneratedBy a "
        "tiru:AnalyticsRun)."}
    run = URIRef(TID + "analytics/run/abc")
    g.add((m, PROV.wasGeneratedBy, run))
    g.add((run, RDF.type, TIRU.AnalyticsRun))
    g.add((run, PROV.startedAtTime, Literal("2026-01-01T00:00:00", datatype=ns.XSD.dateTime)))
    g.add((run, TIRU.softwareVersion, Literal("0.1.0")))
    g.add((run, TIRU.level, Literal("region")))
    assert validate(g).conforms
    g.add((run, TIRU.level, Literal("desa")))
    assert "An analytics run's level (tiru:level) is \"region\", \"province\" or \"island\"." \
        in validate(g).messages()


# ---- bad input ------------------------------------------------------------------------------

def test_syntax_error_is_a_data_error_naming_the_file() -> None:
    with pytest.raises(DataError) as info:
        validate(FIXTURES / "broken_syntax.ttl")
    text = str(info.value)
    assert "broken_syntax.ttl" in text and "line 3" in text


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        validate(tmp_path / "tidak-ada.ttl")
    assert "not found" in str(info.value)


def test_trig_file_is_read_as_one_graph(tmp_path: Path, valid_graph: Graph) -> None:
    ds = Dataset()
    named = ds.graph(URIRef("https://w3id.org/tiru/graph/curated"))
    for triple in valid_graph:
        named.add(triple)
    path = tmp_path / "data.trig"
    ds.serialize(path, format="trig")
    assert validate(path).conforms


def test_unsupported_input_type_is_a_data_error() -> None:
    with pytest.raises(DataError):
        validate(42)  # type: ignore[arg-type]


# ---- the report -----------------------------------------------------------------------------

def test_format_report_groups_and_limits() -> None:
    violations = [Violation(focus=f"{TID}visit/{i}", path=str(TIRU.host), value=None,
                            message="A visit needs at least one host region (tiru:host).",
                            severity="Violation", shape="https://w3id.org/tiru/shapes#VisitShape")
                  for i in range(25)]
    violations.append(Violation(focus=f"{TID}region/64.09", path=str(TIRU.kemendagriCode),
                                value="6409", message="Bad code.", severity="Violation",
                                shape="https://w3id.org/tiru/shapes#RegencyCityShape"))
    text = format_report(ValidationReport(conforms=False, violations=violations, triples=99),
                         limit=3)
    lines = text.splitlines()
    assert lines[0] == ("The data does not conform to the Tiru shapes: 26 violations "
                        "(99 triples checked).")
    # the most frequent message first, with its count and shape, then three resources
    assert lines[2] == "A visit needs at least one host region (tiru:host). (25) [VisitShape]"
    assert lines[3:6] == ["  - tid:visit/0", "  - tid:visit/1", "  - tid:visit/2"]
    assert lines[6] == "  ... and 22 more"
    assert "  - tid:region/64.09  value: \"6409\"" in lines


def test_compact() -> None:
    assert compact(TID + "region/64.09") == "tid:region/64.09"
    assert compact(str(TIRU.Visit)) == "tiru:Visit"
    assert compact("https://example.org/x") == "https://example.org/x"
    assert compact(None) == ""


def test_shapes_are_cached() -> None:
    assert load_shapes() is load_shapes()


def test_docstring_examples_run() -> None:
    import doctest

    import graph.validation

    result = doctest.testmod(graph.validation)
    assert result.attempted > 0 and result.failed == 0
