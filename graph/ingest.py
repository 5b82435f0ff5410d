"""Writing what the extractor reads into the store's ``extracted`` named graph.

Every article becomes a ``tiru:SourceArticle`` (URL or content hash, title, publisher,
``dct:issued``); every visit and adoption is ``prov:wasDerivedFrom`` it and carries
``tiru:Evidence`` nodes (quote, offsets into the original text, confidence, method). Officials
become ``tiru:Official`` persons with a ``tiru:Participation`` per visit; programs outside the
vocabulary become ``tiru:CandidateProgram`` concepts.

- **Idempotent**: every IRI and literal is a function of the article and what it says, so
  ingesting an article again adds no triple.
- **Merging**: visit IRIs depend only on visitors, hosts and start date
  (:func:`graph.vocab.visit_iri`), so two outlets reporting one visit give one visit with two
  sources. A visit's confidence is the maximum over its evidence.
- **Atomic per article**: an article's triples are built completely first, then written in one
  store update; a failure before or during the write leaves nothing of that article.
- **Provenance of the reading**: a run that writes anything is recorded as a ``tiru:IngestRun``
  (a ``prov:Activity``) with its start and end time, the Tiru version that read the articles and
  ``prov:used`` to each article it wrote. Each article's link to the run goes in the article's
  own update; the end time is written last, so a run cut short keeps no end time. A run that
  writes nothing records nothing, so ingesting again still changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from graph.article import Article, expand_sources, read_article
from graph.errors import InputError, TiruError
from graph.extraction import Evidence, Extraction, Extractor, ProgramRef, Visit
from graph.store import SelectResult, Store
from graph.vocab import (
    SCHEMA,
    TID,
    TIRU,
    adoption_iri,
    evidence_iri,
    graph_iri,
    org_iri,
    person_iri,
    region_iri,
    slugify,
    software_version,
    unit_iri,
    visit_iri,
)

__all__ = [
    "ArticleResult",
    "IngestRun",
    "IngestSummary",
    "source_iri",
    "article_graph",
    "ingest_extraction",
    "ingest_sources",
]

_STATUSES = {
    "planned": TIRU.Planned, "under_construction": TIRU.UnderConstruction,
    "soft_launch": TIRU.SoftLaunch, "launched": TIRU.Launched, "inaugurated": TIRU.Inaugurated,
    "operating": TIRU.Operating, "integrated": TIRU.Integrated,
}
_SIDES = {"visitor": TIRU.VisitorSide, "host": TIRU.HostSide}
_PRECISION = {10: TIME.unitDay, 7: TIME.unitMonth, 4: TIME.unitYear}


@dataclass
class ArticleResult:
    """What one article did to the store."""

    source: str
    article_iri: str
    visits_added: int = 0
    visits_merged: int = 0
    visits_unchanged: int = 0
    adoptions_added: int = 0
    adoptions_merged: int = 0
    adoptions_unchanged: int = 0
    triples: int = 0
    new_triples: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class IngestRun:
    """One ``tiru ingest`` run, recorded as a ``tiru:IngestRun`` once it writes something.

    Attributes
    ----------
    iri : str
        ``tid:run/ingest/{start time}-{random}``: runs never share an IRI.
    started : str
        The start time, ISO 8601 in UTC.
    articles : int
        Articles this run has written so far.
    """

    iri: str = ""
    started: str = field(default_factory=_now)
    articles: int = 0

    def __post_init__(self) -> None:
        if not self.iri:
            stamp = self.started.replace("-", "").replace(":", "").replace("+0000", "Z")
            self.iri = f"{TID}run/ingest/{stamp}-{uuid.uuid4().hex[:8]}"

    def used(self, article: str) -> list[str]:
        """N-Triples lines that record the run and its use of ``article``."""
        run = f"<{self.iri}>"
        return [
            f"{run} <{RDF.type}> <{TIRU.IngestRun}> .",
            f"{run} <{PROV.startedAtTime}> {Literal(self.started, datatype=XSD.dateTime).n3()} .",
            f"{run} <{TIRU.softwareVersion}> {Literal(software_version()).n3()} .",
            f"{run} <{PROV.used}> <{article}> .",
        ]

    def finish(self, store: Store) -> None:
        """Write the end time, if the run wrote anything."""
        if self.articles:
            ended = Literal(_now(), datatype=XSD.dateTime).n3()
            store.update(f"INSERT DATA {{ GRAPH <{graph_iri('extracted')}> {{ "
                         f"<{self.iri}> <{PROV.endedAtTime}> {ended} . }} }}")


@dataclass
class IngestSummary:
    """The closing summary of a run."""

    read: int = 0
    visits_added: int = 0
    visits_merged: int = 0
    visits_unchanged: int = 0
    adoptions_added: int = 0
    adoptions_merged: int = 0
    adoptions_unchanged: int = 0
    triples_added: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)
    run: str | None = None

    def add(self, r: ArticleResult) -> None:
        self.read += 1
        self.visits_added += r.visits_added
        self.visits_merged += r.visits_merged
        self.visits_unchanged += r.visits_unchanged
        self.adoptions_added += r.adoptions_added
        self.adoptions_merged += r.adoptions_merged
        self.adoptions_unchanged += r.adoptions_unchanged
        self.triples_added += r.new_triples
        self.results.append(r)

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read, "visits_added": self.visits_added,
            "visits_merged": self.visits_merged, "visits_unchanged": self.visits_unchanged,
            "adoptions_added": self.adoptions_added, "adoptions_merged": self.adoptions_merged,
            "adoptions_unchanged": self.adoptions_unchanged, "triples_added": self.triples_added,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
            "run": self.run,
        }


def source_iri(article: Article) -> str:
    """``tid:article/{sha1(url)[:16]}``, or ``sha1(content)[:16]`` for an article without URL."""
    if article.url:
        from graph.vocab import article_iri

        return article_iri(article.url)
    return f"{TID}article/{article.content_hash[:16]}"


def _dec(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=XSD.decimal)


def _date(g: Graph, subject: URIRef, value: str | None, with_precision: bool = True) -> None:
    if not value:
        return
    first = value if len(value) == 10 else (value + "-01" if len(value) == 7 else value + "-01-01")
    g.add((subject, SCHEMA.startDate, Literal(first, datatype=XSD.date)))
    if with_precision:
        g.add((subject, TIRU.datePrecision, _PRECISION.get(len(value), TIME.unitDay)))


def _evidence(g: Graph, article: URIRef, fact: URIRef, ev: Evidence) -> None:
    node = URIRef(evidence_iri(str(article), str(fact), ev.start, ev.end))
    g.add((fact, TIRU.evidence, node))
    g.add((node, RDF.type, TIRU.Evidence))
    g.add((node, PROV.wasQuotedFrom, article))
    g.add((node, TIRU.quote, Literal(ev.text, lang="id")))
    g.add((node, TIRU.startOffset, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, TIRU.endOffset, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, TIRU.confidence, _dec(ev.confidence)))
    g.add((node, TIRU.extractionMethod, TIRU[ev.method]))


def _program(g: Graph, ref: ProgramRef) -> URIRef:
    node = URIRef(ref.id)
    if ref.candidate:
        # A program the vocabulary does not know yet: kept for a curator to review.
        g.add((node, RDF.type, TIRU.CandidateProgram))
        g.add((node, SKOS.prefLabel, Literal(ref.label, lang="id")))
        if ref.notation:
            g.add((node, SKOS.notation, Literal(ref.notation)))
    return node


def _visit_iri(v: Visit) -> str:
    return visit_iri(v.visitor_codes, v.host_codes, v.start)


def article_graph(extraction: Extraction) -> tuple[Graph, list[str], list[str]]:
    """The triples of one article: its source node, visits, adoptions and their evidence.

    Returns
    -------
    graph, visit IRIs, adoption IRIs
    """
    a = extraction.article
    g = Graph()
    art = URIRef(source_iri(a))
    g.add((art, RDF.type, TIRU.SourceArticle))
    if a.url:
        g.add((art, SCHEMA.url, URIRef(a.url)))
    g.add((art, TIRU.contentHash, Literal(a.content_hash)))
    if a.title:
        g.add((art, DCTERMS.title, Literal(a.title, lang="id")))
    if a.publisher:
        g.add((art, DCTERMS.publisher, Literal(a.publisher)))
    if a.published:
        g.add((art, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date)))

    visit_iris: list[str] = []
    for v in extraction.visits:
        iri = _visit_iri(v)
        visit_iris.append(iri)
        node = URIRef(iri)
        g.add((node, RDF.type, TIRU.Visit))
        for p in v.visitors:
            g.add((node, TIRU.visitor, URIRef(region_iri(p.code))))
        for p in v.hosts:
            g.add((node, TIRU.host, URIRef(region_iri(p.code))))
        legislative = any(p.unit and "DPRD" in p.unit for p in v.visitors)
        village = any(p.unit and p.unit.lower().startswith(("desa", "kelurahan"))
                      for p in v.visitors)
        g.add((node, TIRU.delegationType, TIRU.LegislativeDelegation if legislative else
               TIRU.VillageDelegation if village else TIRU.ExecutiveDelegation))
        for side, parties in (("visitorUnit", v.visitors), ("hostUnit", v.hosts)):
            for p in parties:
                if p.unit:
                    unit = URIRef(unit_iri(p.code, p.unit))
                    g.add((node, TIRU[side], unit))
                    g.add((unit, RDF.type, TIRU.OrganisationalUnit))
                    g.add((unit, RDFS.label, Literal(f"{p.unit} {p.label}", lang="id")))
                    g.add((unit, ORG.unitOf, URIRef(region_iri(p.code))))
                    g.add((unit, TIRU.unitType, Literal(p.unit.split()[0])))
        _date(g, node, v.start)
        if v.end and len(v.end) == 10:
            g.add((node, SCHEMA.endDate, Literal(v.end, datatype=XSD.date)))
        for prog in v.programs:
            g.add((node, TIRU.program, _program(g, prog)))
        for topic in v.topics:
            g.add((node, TIRU.topic, Literal(topic, lang="id")))
        if v.delegation_size is not None:
            g.add((node, TIRU.delegationSize, Literal(v.delegation_size, datatype=XSD.integer)))
        for body in v.recommended_by:
            org = URIRef(org_iri(body))
            g.add((node, TIRU.recommendedBy, org))
            g.add((org, RDF.type, TIRU.NationalBody))
            g.add((org, RDFS.label, Literal(body, lang="id")))
        for o in v.officials:
            person = URIRef(person_iri(o.region, o.name))
            g.add((person, RDF.type, TIRU.Official))
            g.add((person, SCHEMA.name, Literal(o.name)))
            if o.region:
                g.add((person, ORG.memberOf, URIRef(region_iri(o.region))))
            part = URIRef(f"{iri}/participant/{o.side}/{slugify(o.name)}")
            g.add((node, PROV.qualifiedAssociation, part))
            g.add((part, RDF.type, TIRU.Participation))
            g.add((part, PROV.agent, person))
            g.add((part, TIRU.side, _SIDES[o.side]))
            role = TIRU.Member
            if o.side == "host" and o is next((x for x in v.officials if x.side == "host"), None):
                role = TIRU.Receiver
            elif o.side == "visitor" and o is next(
                    (x for x in v.officials if x.side == "visitor"), None):
                role = TIRU.DelegationLead
            g.add((part, PROV.hadRole, role))
            if o.title:
                g.add((part, TIRU.title, Literal(o.title, lang="id")))
        g.add((node, PROV.wasDerivedFrom, art))
        for ev in v.evidence:
            _evidence(g, art, node, ev)

    adoption_iris: list[str] = []
    for ad in extraction.adoptions:
        slug = ad.program.id.rstrip("/").rsplit("/", 1)[-1]
        iri = adoption_iri(ad.region, slug, ad.status.replace("_", "-"), ad.date)
        adoption_iris.append(iri)
        node = URIRef(iri)
        g.add((node, RDF.type, TIRU.Adoption))
        g.add((node, TIRU.adopter, URIRef(region_iri(ad.region))))
        g.add((node, TIRU.program, _program(g, ad.program)))
        g.add((node, TIRU.status, _STATUSES.get(ad.status, TIRU.Operating)))
        _date(g, node, ad.date)
        if ad.learned_from:
            g.add((node, TIRU.learnedFrom, URIRef(region_iri(ad.learned_from))))
        g.add((node, PROV.wasDerivedFrom, art))
        for ev in ad.evidence:
            _evidence(g, art, node, ev)
    return g, visit_iris, adoption_iris


def _known(store: Store, iris: Iterable[str], article: str) -> dict[str, str]:
    """For each fact IRI: ``"new"``, ``"same"`` (already from this article) or ``"other"``."""
    out: dict[str, str] = {}
    for iri in iris:
        res = store.query(
            f"SELECT ?src WHERE {{ <{iri}> ?p ?o . "
            f"OPTIONAL {{ <{iri}> <{PROV.wasDerivedFrom}> ?src }} }}",
            limit=50,
        )
        rows = res.rows if isinstance(res, SelectResult) else []
        if not rows:
            out[iri] = "new"
        elif any(str(r.get("src")) == article for r in rows):
            out[iri] = "same"
        else:
            out[iri] = "other"
    return out


def _old_confidence(store: Store, iri: str) -> float | None:
    res = store.query(
        f"SELECT ?c WHERE {{ GRAPH <{graph_iri('extracted')}> "
        f"{{ <{iri}> <{TIRU.confidence}> ?c }} }}"
    )
    values = [float(str(r["c"])) for r in res.rows] if isinstance(res, SelectResult) else []
    return max(values) if values else None


def ingest_extraction(store: Store, extraction: Extraction, *, dry_run: bool = False,
                      source: str | None = None, run: IngestRun | None = None) -> ArticleResult:
    """Write one article's findings in one store update (or only count them with ``dry_run``).

    With ``run``, the update also records that the run used the article, when the article
    brings anything new.

    Raises
    ------
    StoreError
        When the store cannot be written; nothing of the article is then written.
    """
    g, visit_iris, adoption_iris = article_graph(extraction)
    art = source_iri(extraction.article)
    result = ArticleResult(source or extraction.article.path or extraction.article.url or "-",
                           art, triples=len(g))
    states = _known(store, visit_iris + adoption_iris, art)
    deletes: list[str] = []
    for v, iri in zip(extraction.visits, visit_iris, strict=True):
        state = states[iri]
        if state == "new":
            result.visits_added += 1
        elif state == "other":
            result.visits_merged += 1
        else:
            result.visits_unchanged += 1
        old = _old_confidence(store, iri) if state != "new" else None
        best = max(v.confidence, old or 0.0)
        if old is not None and old != best:
            deletes.append(f"<{iri}> <{TIRU.confidence}> {_dec(old).n3()} .")
        g.add((URIRef(iri), TIRU.confidence, _dec(best)))
    for iri in adoption_iris:
        state = states[iri]
        if state == "new":
            result.adoptions_added += 1
        elif state == "other":
            result.adoptions_merged += 1
        else:
            result.adoptions_unchanged += 1
    nt = g.serialize(format="nt")
    lines = [line for line in nt.splitlines() if line.strip()]
    graph = graph_iri("extracted")
    if dry_run:
        result.new_triples = _count_new(store, lines, graph)
        return result
    result.new_triples = _count_new(store, lines, graph)
    if not result.new_triples and not deletes:
        return result  # nothing to write: the store, run records included, stays as it was
    if run is not None:
        lines += run.used(art)
    update = ""
    if deletes:
        update += "DELETE DATA { GRAPH <" + graph + "> {\n" + "\n".join(deletes) + "\n} } ;\n"
    update += "INSERT DATA { GRAPH <" + graph + "> {\n" + "\n".join(lines) + "\n} }"
    store.update(update)
    if run is not None:
        run.articles += 1
    return result


def _count_new(store: Store, lines: list[str], graph: str) -> int:
    """How many of the article's triples the extracted graph does not hold yet."""
    if not lines:
        return 0
    values = "\n".join(f"({line.rstrip(' .')})" for line in lines)
    # VALUES rows are the N-Triples terms themselves, so one query answers for all of them.
    res = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { VALUES (?s ?p ?o) {\n" + values + "\n} "
        "FILTER NOT EXISTS { GRAPH <" + graph + "> { ?s ?p ?o } } }"
    )
    if isinstance(res, SelectResult) and res.rows:
        return int(res.rows[0]["n"])  # type: ignore[call-overload]
    return 0


def ingest_sources(
    store: Store, sources: Iterable[str], *, extractor: Extractor | None = None,
    dry_run: bool = False, on_article: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, extract and write every source; bad input is skipped with its reason.

    Parameters
    ----------
    store
        The store to write (``extracted`` named graph).
    sources
        File paths, folders (read recursively), ``"-"`` or URLs.
    extractor
        A loaded :class:`Extractor` (one is made when ``None``).
    dry_run
        Count what would be written, write nothing.
    on_article
        Called after each source (for a progress bar).
    """
    extractor = extractor or Extractor()
    summary = IngestSummary()
    run = None if dry_run else IngestRun()
    for src in expand_sources(sources):
        try:
            article = read_article(src)
            extraction = extractor.extract(article)
            summary.add(ingest_extraction(store, extraction, dry_run=dry_run, source=src,
                                          run=run))
        except InputError as exc:
            summary.skipped.append((src, str(exc).removeprefix(f"{src}: ")))
        except TiruError as exc:
            summary.skipped.append((src, f"not written: {exc}"))
        if on_article is not None:
            on_article(src)
    if run is not None and run.articles:
        try:
            run.finish(store)
        except TiruError as exc:  # the articles are written; only the end time is missing
            summary.skipped.append(("(run record)", f"end time not written: {exc}"))
        summary.run = run.iri
    return summary
