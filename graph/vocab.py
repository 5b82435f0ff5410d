"""Namespaces and IRI builders: the identifiers every other module shares.

See ``docs/design.md``. An IRI built here is a promise to researchers' saved queries.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, XSD

__all__ = [
    "software_version",
    "TIRU",
    "TID",
    "TGRAPH",
    "SCHEMA",
    "WDT",
    "DCTERMS",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SKOS",
    "TIME",
    "XSD",
    "PREFIXES",
    "GRAPHS",
    "ROOT",
    "ONTOLOGY_DIR",
    "QUERIES_DIR",
    "DATA_DIR",
    "sparql_prefixes",
    "slugify",
    "short_hash",
    "region_iri",
    "island_iri",
    "unit_iri",
    "org_iri",
    "visit_iri",
    "adoption_iri",
    "person_iri",
    "program_iri",
    "candidate_program_iri",
    "article_iri",
    "evidence_iri",
    "graph_iri",
]

TIRU = Namespace("https://w3id.org/tiru/ontology#")
TID = Namespace("https://w3id.org/tiru/id/")
TGRAPH = Namespace("https://w3id.org/tiru/graph/")
SCHEMA = Namespace("http://schema.org/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "tiru": str(TIRU),
    "tid": str(TID),
    "tgraph": str(TGRAPH),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "time": str(TIME),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
    "wdt": str(WDT),
}

GRAPHS: tuple[str, ...] = (
    "ontology", "vocabulary", "gazetteer", "curated", "extracted", "analytics",
)

# Tiru runs from a checkout (an editable install): the ontology, queries and curated data are
# files beside the packages, so that researchers edit and review them in pull requests.
ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
DATA_DIR = ROOT / "data"


def sparql_prefixes() -> str:
    """Return the PREFIX block for every namespace Tiru uses."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def slugify(text: str) -> str:
    """Lower-case ASCII slug: ``"Mal Pelayanan Publik"`` -> ``"mal-pelayanan-publik"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x"


def short_hash(*parts: object, length: int = 16) -> str:
    """A stable hex digest of ``parts``."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


def graph_iri(name: str) -> str:
    """IRI of a named graph: ``graph_iri("curated")``."""
    if name not in GRAPHS:
        raise ValueError(f"unknown named graph {name!r}; expected one of {', '.join(GRAPHS)}")
    return str(TGRAPH[name])


def region_iri(code: str) -> str:
    return f"{TID}region/{code}"


def island_iri(slug: str) -> str:
    return f"{TID}island/{slug}"


def unit_iri(region_code: str, unit: str) -> str:
    return f"{TID}unit/{region_code}/{slugify(unit)}"


def org_iri(name: str) -> str:
    return f"{TID}org/{slugify(name)}"


def visit_iri(visitors: Iterable[str], hosts: Iterable[str], start: str | None) -> str:
    """Deterministic visit IRI from visitor codes, host codes and start date."""
    v = "+".join(sorted(set(visitors)))
    h = "+".join(sorted(set(hosts)))
    return f"{TID}visit/{start or 'undated'}/{v}_to_{h}"


def adoption_iri(region_code: str, program_slug: str, status_slug: str, date: str | None) -> str:
    return f"{TID}adoption/{region_code}/{program_slug}/{status_slug}/{date or 'undated'}"


def person_iri(region_code: str | None, name: str) -> str:
    return f"{TID}person/{region_code or 'unknown'}/{slugify(name)}"


def program_iri(slug: str) -> str:
    return f"{TID}program/{slug}"


def candidate_program_iri(label: str) -> str:
    return f"{TID}program/candidate/{slugify(label)}"


def article_iri(url: str | None, content: str | None = None) -> str:
    if url:
        return f"{TID}article/{short_hash(url)}"
    if content is None:
        raise ValueError("an article needs a URL or its content")
    return f"{TID}article/{short_hash(content)}"


def evidence_iri(article: str, fact: str, start: int | None, end: int | None) -> str:
    return f"{TID}evidence/{short_hash(article, fact, start, end)}"


@functools.cache  # a metadata look-up (about 0.5 ms); an ingest run asks once per article
def software_version() -> str:
    """The installed version of Tiru (``0.0.0`` when run from an uninstalled checkout): the
    ``tiru:softwareVersion`` of every analytics and ingest run."""
    try:
        return metadata.version("tiru")
    except metadata.PackageNotFoundError:  # pragma: no cover - the checkout is installed
        return "0.0.0"
