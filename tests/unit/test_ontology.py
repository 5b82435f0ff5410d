"""The ontology files: they parse, every term is defined and documented in English and
Indonesian, standard vocabularies are reused, and the shapes cover every class.

(TIME and XSD are reached through ``ns`` because pytest probes module attributes and rdflib's
closed namespaces warn about unknown names.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import prepareQuery

from graph.vocab import ONTOLOGY_DIR, ROOT, SCHEMA, TIRU, WDT, sparql_prefixes

ONTOLOGY_IRI = URIRef("https://w3id.org/tiru/ontology")
TERM_RE = re.compile(r"\btiru:([A-Za-z][A-Za-z0-9]*)")
PY_TERM_RE = re.compile(r"\bTIRU\.([A-Za-z][A-Za-z0-9]*)")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "tiru.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def defined_terms(g: Graph) -> set[str]:
    return {str(s)[len(str(TIRU)):] for s in g.subjects() if str(s).startswith(str(TIRU))}


@pytest.mark.parametrize("name", ["tiru.ttl", "shapes.ttl", "programs.ttl"])
def test_every_ontology_file_parses(name: str) -> None:
    g = Graph().parse(ONTOLOGY_DIR / name, format="turtle")
    assert len(g) > 50


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    for pred in (DCTERMS.title, DCTERMS.description):
        langs = {lit.language for lit in ontology.objects(ONTOLOGY_IRI, pred)
                 if isinstance(lit, Literal)}
        assert {"en", "id"} <= langs, pred
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) is not None


def test_every_term_has_english_and_indonesian_label_and_comment(ontology: Graph) -> None:
    missing = []
    for term in sorted(defined_terms(ontology)):
        node = TIRU[term]
        for pred in (RDFS.label, RDFS.comment):
            langs = {lit.language for lit in ontology.objects(node, pred)
                     if isinstance(lit, Literal)}
            if not {"en", "id"} <= langs:
                missing.append(f"tiru:{term} {pred.n3()} has {sorted(map(str, langs))}")
    assert not missing, "\n".join(missing)


def test_every_term_is_typed_and_defined_by_the_ontology(ontology: Graph) -> None:
    for term in defined_terms(ontology):
        node = TIRU[term]
        assert set(ontology.objects(node, RDF.type)), f"tiru:{term} has no rdf:type"
        assert (node, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, f"tiru:{term}"


def test_terms_of_the_design_document_are_defined(ontology: Graph) -> None:
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    used = set(TERM_RE.findall(design))
    assert len(used) > 40  # the pattern really reads the design's examples
    assert sorted(used - defined_terms(ontology)) == []


def test_terms_of_the_shapes_are_defined(ontology: Graph, shapes: Graph) -> None:
    used = {str(t)[len(str(TIRU)):] for triple in shapes for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(TIRU))}
    assert used
    assert sorted(used - defined_terms(ontology)) == []


def test_terms_used_by_code_and_queries_are_defined(ontology: Graph) -> None:
    # Every module and saved query that names a tiru: term must find it in the ontology.
    used: dict[str, set[str]] = {}
    files = [*(ROOT / "graph").glob("*.py"), *(ROOT / "server").rglob("*.py"),
             *(ROOT / "queries").glob("*.rq")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for term in {*TERM_RE.findall(text), *PY_TERM_RE.findall(text)}:
            used.setdefault(term, set()).add(path.name)
    undefined = {t: sorted(where) for t, where in used.items()
                 if t not in defined_terms(ontology)}
    assert undefined == {}


REQUIRED_CLASSES = [
    "Region", "Province", "Regency", "City", "IslandGroup", "Visit", "Adoption", "Program",
    "CandidateProgram", "Official", "Participation", "OrganisationalUnit", "NationalBody",
    "SourceArticle", "Evidence", "AnalyticsRun", "Measurement", "Measure", "AdoptionStatus",
    "DelegationType", "Side", "Role", "ExtractionMethod",
]
REQUIRED_PROPERTIES = [
    "visitor", "host", "visitorUnit", "hostUnit", "delegationType", "program", "topic",
    "delegationSize", "recommendedBy", "evidence", "confidence", "side", "title", "adopter",
    "status", "datePrecision", "learnedFrom", "kemendagriCode", "province", "islandGroup",
    "unitType", "quote", "startOffset", "endOffset", "extractionMethod", "contentHash",
    "softwareVersion", "parameters", "level", "sliceProgram", "sliceSince", "sliceUntil",
    "layer", "subject", "measure", "value",
]
REQUIRED_INDIVIDUALS = {
    "Side": ["VisitorSide", "HostSide"],
    "Role": ["DelegationLead", "Receiver", "Member"],
    "DelegationType": ["ExecutiveDelegation", "LegislativeDelegation", "VillageDelegation"],
    "AdoptionStatus": ["Planned", "UnderConstruction", "SoftLaunch", "Launched", "Inaugurated",
                       "Operating", "Integrated"],
    "ExtractionMethod": ["PatternExtraction", "ManualCuration"],
    "Measure": ["inDegree", "outDegree", "inVisits", "outVisits", "pagerank", "authority", "hub",
                "betweenness", "community", "innovativeness", "reciprocity"],
}


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_required_class(ontology: Graph, name: str) -> None:
    assert (TIRU[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", REQUIRED_PROPERTIES)
def test_required_property_has_kind_and_range_or_domain(ontology: Graph, name: str) -> None:
    kinds = set(ontology.objects(TIRU[name], RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
    assert (ontology.value(TIRU[name], RDFS.domain) is not None
            or ontology.value(TIRU[name], RDFS.range) is not None), name


@pytest.mark.parametrize("cls", sorted(REQUIRED_INDIVIDUALS))
def test_required_individuals(ontology: Graph, cls: str) -> None:
    members = {str(s)[len(str(TIRU)):] for s in ontology.subjects(RDF.type, TIRU[cls])}
    assert set(REQUIRED_INDIVIDUALS[cls]) <= members


def test_object_properties_point_at_defined_or_standard_terms(ontology: Graph) -> None:
    for prop in defined_terms(ontology):
        for pred in (RDFS.domain, RDFS.range):
            target = ontology.value(TIRU[prop], pred)
            if isinstance(target, URIRef) and str(target).startswith(str(TIRU)):
                assert str(target)[len(str(TIRU)):] in defined_terms(ontology), (prop, target)


@pytest.mark.parametrize(("sub", "sup"), [
    (TIRU.Province, TIRU.Region), (TIRU.Regency, TIRU.Region), (TIRU.City, TIRU.Region),
    (TIRU.Region, SCHEMA.AdministrativeArea),
    (TIRU.Visit, SCHEMA.Event), (TIRU.Visit, PROV.Activity),
    (TIRU.Adoption, PROV.Activity), (TIRU.AnalyticsRun, PROV.Activity),
    (TIRU.Program, SKOS.Concept), (TIRU.CandidateProgram, TIRU.Program),
    (TIRU.Official, SCHEMA.Person), (TIRU.Participation, PROV.Association),
    (TIRU.OrganisationalUnit, ORG.OrganizationalUnit), (TIRU.NationalBody, ORG.FormalOrganization),
    (TIRU.SourceArticle, SCHEMA.NewsArticle), (TIRU.SourceArticle, PROV.Entity),
    (TIRU.Evidence, PROV.Entity), (TIRU.Measurement, PROV.Entity),
])
def test_standard_superclasses(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(("sub", "sup"), [
    (TIRU.province, SCHEMA.containedInPlace), (TIRU.program, SCHEMA.about),
    (TIRU.extractionMethod, PROV.hadPlan),
])
def test_standard_superproperties(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in ontology


def test_date_precision_uses_owl_time(ontology: Graph) -> None:
    assert ontology.value(TIRU.datePrecision, RDFS.range) == ns.TIME.TemporalUnit


def test_region_classes_are_disjoint(ontology: Graph) -> None:
    groups = []
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = ontology.value(node, OWL.members)
        assert members is not None
        groups.append(set(ontology.items(members)))
    assert {TIRU.Province, TIRU.Regency, TIRU.City} in groups


def test_kemendagri_code_is_a_string_joined_with_wikidata_p2588(ontology: Graph) -> None:
    code = TIRU.kemendagriCode
    assert ontology.value(code, RDFS.range) == ns.XSD.string
    assert (code, RDFS.seeAlso, WDT.P2588) in ontology
    comment = " ".join(str(c) for c in ontology.objects(code, RDFS.comment))
    assert "P2588" in comment and "not P1588" in comment
    examples = [str(e) for e in ontology.objects(code, SKOS.example)]
    pattern = next(e for e in examples if "SERVICE" in e)
    assert "wdt:P2588" in pattern
    # The documented one-line pattern is real SPARQL with Tiru's prefixes.
    prepareQuery(sparql_prefixes() + "SELECT ?r ?item WHERE { " + pattern + " }")


def test_adoption_statuses_form_a_scheme_with_slug_notations(ontology: Graph) -> None:
    statuses = set(ontology.subjects(RDF.type, TIRU.AdoptionStatus))
    assert len(statuses) == 7
    notations = set()
    for status in statuses:
        assert (status, SKOS.inScheme, TIRU.AdoptionStatusScheme) in ontology
        assert (TIRU.AdoptionStatusScheme, SKOS.hasTopConcept, status) in ontology
        notation = str(ontology.value(status, SKOS.notation))
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", notation)
        notations.add(notation)
    assert len(notations) == 7
    assert {"soft-launch", "under-construction", "inaugurated"} <= notations


# ---- shapes ---------------------------------------------------------------------------------

def test_every_class_has_a_shape(ontology: Graph, shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    assert sorted(classes - targeted) == []


def test_every_constraint_has_a_message(shapes: Graph) -> None:
    node_level = {SH["or"], SH["and"], SH["not"], SH.sparql}
    silent = []
    for prop_shape in shapes.objects(None, SH.property):
        if shapes.value(prop_shape, SH.message) is None:
            silent.append(f"property shape on {shapes.value(prop_shape, SH.path)}")
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        has_target = shapes.value(shape, SH.targetClass) is not None
        constrained = any(shapes.value(shape, p) is not None for p in node_level)
        if has_target and constrained and shapes.value(shape, SH.message) is None:
            silent.append(str(shape))
    assert silent == []


def test_messages_are_english_sentences(shapes: Graph) -> None:
    for message in shapes.objects(None, SH.message):
        text = str(message)
        assert text[0].isupper() and text.rstrip().endswith((".", ")")), text


def test_named_shapes_have_no_blank_targets(shapes: Graph) -> None:
    for shape in shapes.subjects(SH.targetClass, None):
        assert not isinstance(shape, BNode)


def test_design_named_graph_files_exist() -> None:
    for name in ("tiru.ttl", "programs.ttl", "shapes.ttl"):
        assert Path(ONTOLOGY_DIR / name).is_file()
