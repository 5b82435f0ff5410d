"""The curated dataset in ``data/``: read, check and convert to RDF (``tgraph:curated``).

Files (see ``data/README.md``):

``visits.csv``
    one visit a row, keyed by ``event_id``.
``visit_sources.csv``
    one source a row; rows sharing an ``event_id`` are several sources of one visit.
``adoptions.csv``
    one source of an adoption event a row; rows sharing an ``event_id`` are one adoption.

Every row is checked before anything is converted: an unknown region, a malformed date, an
unknown program or a missing source raises :class:`~graph.errors.DataError` naming the file and
the line, so a build never writes half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, TIME, XSD

from graph.errors import DataError, TiruError
from graph.vocab import (
    DATA_DIR,
    SCHEMA,
    TID,
    TIRU,
    adoption_iri,
    article_iri,
    evidence_iri,
    org_iri,
    person_iri,
    region_iri,
    slugify,
    unit_iri,
    visit_iri,
)

__all__ = [
    "VISITS_FILE",
    "SOURCES_FILE",
    "ADOPTIONS_FILE",
    "DELEGATIONS",
    "STATUSES",
    "Official",
    "Source",
    "VisitRecord",
    "AdoptionRecord",
    "CuratedData",
    "parse_date",
    "normalise_person_name",
    "read_curated",
    "curated_graph",
    "load_curated",
]

VISITS_FILE = "visits.csv"
SOURCES_FILE = "visit_sources.csv"
ADOPTIONS_FILE = "adoptions.csv"

DELEGATIONS: dict[str, URIRef] = {
    "executive": TIRU.ExecutiveDelegation,
    "legislative": TIRU.LegislativeDelegation,
    "village": TIRU.VillageDelegation,
}
STATUSES: dict[str, URIRef] = {
    "planned": TIRU.Planned,
    "under_construction": TIRU.UnderConstruction,
    "soft_launch": TIRU.SoftLaunch,
    "launched": TIRU.Launched,
    "inaugurated": TIRU.Inaugurated,
    "operating": TIRU.Operating,
    "integrated": TIRU.Integrated,
}
PRECISIONS: dict[str, URIRef] = {"day": TIME.unitDay, "month": TIME.unitMonth,
                                 "year": TIME.unitYear}
ROLES: dict[str, URIRef] = {"lead": TIRU.DelegationLead, "receiver": TIRU.Receiver,
                            "member": TIRU.Member}
SIDES: dict[str, URIRef] = {"visitor": TIRU.VisitorSide, "host": TIRU.HostSide}

VISIT_COLUMNS = ("event_id", "visitors", "hosts", "delegation", "start", "end", "programs",
                 "topics", "officials")
SOURCE_COLUMNS = ("event_id", "url", "publisher", "published")
ADOPTION_COLUMNS = ("event_id", "region", "program", "status", "date", "date_precision",
                    "learned_from", "url", "publisher", "published")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Official:
    """One official in a visit: ``name|title|side|region|role`` in ``visits.csv``."""

    name: str
    title: str
    side: str
    region: str | None
    role: str


@dataclass(frozen=True)
class Source:
    """One source article (a URL, or a seed's content hash when there is no URL)."""

    url: str | None
    publisher: str
    published: str | None
    title: str
    content_sha1: str | None

    @property
    def iri(self) -> str:
        if self.url:
            return article_iri(self.url)
        # design.md: article/{sha1(content)[:16]} for a source without a URL; the curated file
        # stores the sha1 of the seed's text because the text itself is not ours to keep.
        return f"{TID}article/{(self.content_sha1 or '')[:16]}"


@dataclass
class VisitRecord:
    """A checked row of ``visits.csv`` with its sources."""

    line: int
    event_id: str
    visitors: list[str]
    hosts: list[str]
    visitor_units: list[str]
    host_units: list[str]
    delegation: str
    start: str | None
    end: str | None
    programs: list[str]
    topics: list[str]
    recommended_by: list[str]
    delegation_size: int | None
    officials: list[Official]
    note: str
    sources: list[Source] = field(default_factory=list)

    @property
    def iri(self) -> str:
        return visit_iri(self.visitors, self.hosts, self.start)


@dataclass
class AdoptionRecord:
    """One adoption event (rows of ``adoptions.csv`` sharing an ``event_id``)."""

    line: int
    event_id: str
    region: str
    program: str
    status: str
    date: str | None
    precision: str | None
    learned_from: list[str]
    inaugurated_by: str
    notes: list[str]
    sources: list[Source] = field(default_factory=list)

    @property
    def iri(self) -> str:
        return adoption_iri(self.region, self.program, slugify(self.status), self.date)


@dataclass
class CuratedData:
    """Everything in ``data/`` after checking."""

    visits: list[VisitRecord]
    adoptions: list[AdoptionRecord]
    region_labels: dict[str, str] = field(default_factory=dict)
    program_iris: dict[str, str] = field(default_factory=dict)


# --- helpers -------------------------------------------------------------------------------


def parse_date(text: str) -> tuple[dt.date, str]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, precision).

    Raises
    ------
    ValueError
        When the text is not one of those forms or not a calendar date.

    Examples
    --------
    >>> parse_date("2019-07")
    (datetime.date(2019, 7, 1), 'month')
    """
    m = _DATE.match(text.strip())
    if not m:
        raise ValueError(f"malformed date {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        first = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"malformed date {text!r}: {exc}") from None
    precision = "day" if day else "month" if month else "year"
    return first, precision


def normalise_person_name(name: str) -> str:
    """A person's name without honorifics or degrees, for stable person IRIs.

    Delegates to :func:`graph.officials.normalise_name` so that curated and extracted officials
    get the same person IRI.

    Examples
    --------
    >>> normalise_person_name("Hj. Noormiliyani, S.Sos")
    'Noormiliyani'
    """
    from graph.officials import normalise_name

    return normalise_name(re.sub(r"\(.*?\)", "", name)) or name.strip()


def _split(cell: str | None, sep: str = ";") -> list[str]:
    return [c.strip() for c in (cell or "").split(sep) if c.strip()]


def _unit_type(unit: str) -> str:
    head = unit.split()[0].lower()
    if "dprd" in unit.lower():
        return "DPRD"
    return {"desa": "Desa", "kelurahan": "Kelurahan", "nagari": "Nagari",
            "kecamatan": "Kecamatan", "tp": "PKK"}.get(head, "Perangkat Daerah")


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers (the header is line 1)."""
    if not path.exists():
        raise DataError("file not found", str(path))
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(f"missing column(s): {', '.join(missing)}", str(path), 1)
            for row in reader:
                if None in row:
                    raise DataError("more cells than columns (an unquoted comma?)",
                                    str(path), reader.line_num)
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text: {exc}", str(path)) from None
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", str(path)) from None


class _Checker:
    """Shared lookups (gazetteer, programs) with errors that name the file and line."""

    def __init__(self, gazetteer: Any, programs: Any) -> None:
        self.gaz = gazetteer
        self.programs = programs
        self.labels: dict[str, str] = {}
        self.program_iris: dict[str, str] = {}

    def region(self, code: str, path: Path, line: int) -> str:
        try:
            region = self.gaz.get(code)
        except (TiruError, KeyError, ValueError):
            region = None
        if region is None:
            raise DataError(f"unknown region code {code!r}", str(path), line)
        self.labels[code] = str(region.label)
        return code

    def program(self, key: str, path: Path, line: int) -> str:
        try:
            program = self.programs.get(key)
        except (TiruError, KeyError, ValueError):
            program = None
        if program is None:
            raise DataError(f"unknown program {key!r} (not in ontology/programs.ttl)",
                            str(path), line)
        self.program_iris[program.slug] = str(program.iri)
        return str(program.slug)

    @staticmethod
    def date(text: str, path: Path, line: int, what: str) -> str | None:
        if not text:
            return None
        try:
            parse_date(text)
        except ValueError as exc:
            raise DataError(f"{what}: {exc}", str(path), line) from None
        return text

    def source(self, row: dict[str, str], path: Path, line: int) -> Source:
        url = row.get("url") or None
        content = row.get("content_sha1") or None
        if not url and not content:
            raise DataError("missing source: a row needs a url (or a content_sha1 for a seed)",
                            str(path), line)
        if url and not re.match(r"^https?://\S+$", url):
            raise DataError(f"malformed source URL {url!r}", str(path), line)
        if content and not re.fullmatch(r"[0-9a-f]{40}", content):
            raise DataError("content_sha1 must be 40 hex digits", str(path), line)
        published = self.date(row.get("published", ""), path, line, "published")
        return Source(url, row.get("publisher", ""), published, row.get("title", ""), content)


def _check_names(codes: list[str], names: str, checker: _Checker, path: Path, line: int) -> None:
    """The optional *_names columns must agree with the codes (they exist for reviewers)."""
    given = _split(names)
    if not given:
        return
    if len(given) != len(codes):
        raise DataError(f"{len(codes)} code(s) but {len(given)} name(s)", str(path), line)
    for code, name in zip(codes, given, strict=True):
        label = checker.labels[code]
        if name.casefold() != label.casefold():
            raise DataError(f"code {code} is {label}, but the row names {name!r}", str(path), line)


def _officials(cell: str, path: Path, line: int) -> list[Official]:
    result = []
    for entry in _split(cell):
        parts = [p.strip() for p in entry.split("|")]
        if len(parts) < 3 or len(parts) > 5 or not parts[0]:
            raise DataError(f"official {entry!r} is not name|title|side[|region][|role]",
                            str(path), line)
        parts += [""] * (5 - len(parts))
        name, title, side, region, role = parts
        if side not in SIDES:
            raise DataError(f"official {name!r}: side must be visitor or host, not {side!r}",
                            str(path), line)
        role = role or ("member" if side == "visitor" else "receiver")
        if role not in ROLES:
            raise DataError(f"official {name!r}: role must be one of {', '.join(ROLES)}",
                            str(path), line)
        result.append(Official(normalise_person_name(name), title, side, region or None, role))
    return result


# --- reading -------------------------------------------------------------------------------


def read_curated(
    data_dir: Path = DATA_DIR, *, gazetteer: Any = None, programs: Any = None
) -> CuratedData:
    """Read and check the curated files.

    Parameters
    ----------
    data_dir : folder holding ``visits.csv``, ``visit_sources.csv`` and ``adoptions.csv``.
    gazetteer, programs : defaults are :func:`graph.gazetteer.load_gazetteer` and
        :func:`graph.programs.load_programs`.

    Raises
    ------
    DataError
        On the first bad row, with its file and line.
    """
    if gazetteer is None:
        from graph.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    if programs is None:
        from graph.programs import load_programs

        programs = load_programs()
    checker = _Checker(gazetteer, programs)
    data_dir = Path(data_dir)
    visits = _read_visits(data_dir / VISITS_FILE, checker)
    _read_sources(data_dir / SOURCES_FILE, data_dir / VISITS_FILE, visits, checker)
    adoptions = _read_adoptions(data_dir / ADOPTIONS_FILE, checker)
    return CuratedData(list(visits.values()), adoptions, checker.labels, checker.program_iris)


def _read_visits(path: Path, checker: _Checker) -> dict[str, VisitRecord]:
    visits: dict[str, VisitRecord] = {}
    iris: dict[str, str] = {}
    for line, row in _rows(path, VISIT_COLUMNS):
        event_id = row["event_id"]
        if not event_id:
            raise DataError("empty event_id", str(path), line)
        if event_id in visits:
            raise DataError(f"event_id {event_id} appears twice (line {visits[event_id].line})",
                            str(path), line)
        visitors = [checker.region(c, path, line) for c in _split(row["visitors"])]
        hosts = [checker.region(c, path, line) for c in _split(row["hosts"])]
        if not visitors or not hosts:
            raise DataError("a visit needs at least one visitor and one host region",
                            str(path), line)
        if set(visitors) & set(hosts):
            raise DataError("a region cannot visit itself", str(path), line)
        _check_names(visitors, row.get("visitor_names", ""), checker, path, line)
        _check_names(hosts, row.get("host_names", ""), checker, path, line)
        visitor_units = _split(row.get("visitor_units"))
        host_units = _split(row.get("host_units"))
        # A unit belongs to one region; with several regions on a side it would be ambiguous.
        if (visitor_units and len(visitors) > 1) or (host_units and len(hosts) > 1):
            raise DataError("units need exactly one region on their side", str(path), line)
        delegation = row["delegation"] or "executive"
        if delegation not in DELEGATIONS:
            raise DataError(f"delegation must be one of {', '.join(DELEGATIONS)}, "
                            f"not {delegation!r}", str(path), line)
        start = checker.date(row["start"], path, line, "start")
        end = checker.date(row["end"], path, line, "end")
        if end and not start:
            raise DataError("an end date without a start date", str(path), line)
        if start and end and parse_date(end)[0] < parse_date(start)[0]:
            raise DataError(f"end {end} is before start {start}", str(path), line)
        programs = [checker.program(p, path, line) for p in _split(row["programs"])]
        size_text = row.get("delegation_size", "")
        if size_text and not size_text.isdigit():
            raise DataError(f"delegation_size must be a whole number, not {size_text!r}",
                            str(path), line)
        officials = _officials(row["officials"], path, line)
        for o in officials:
            if o.region:
                checker.region(o.region, path, line)
        record = VisitRecord(
            line=line, event_id=event_id, visitors=visitors, hosts=hosts,
            visitor_units=visitor_units, host_units=host_units, delegation=delegation,
            start=start, end=end, programs=programs, topics=_split(row["topics"]),
            recommended_by=_split(row.get("recommended_by")),
            delegation_size=int(size_text) if size_text else None,
            officials=officials, note=row.get("note", ""),
        )
        # Two rows with one IRI would merge two visits silently: make the curator decide.
        if record.iri in iris:
            raise DataError(f"same visitors, hosts and start as {iris[record.iri]}; "
                            "merge the rows or correct the date", str(path), line)
        iris[record.iri] = event_id
        visits[event_id] = record
    return visits


def _read_sources(path: Path, visits_path: Path, visits: dict[str, VisitRecord],
                  checker: _Checker) -> None:
    for line, row in _rows(path, SOURCE_COLUMNS):
        event_id = row["event_id"]
        if event_id not in visits:
            raise DataError(f"source for unknown event_id {event_id!r}", str(path), line)
        visits[event_id].sources.append(checker.source(row, path, line))
    for record in visits.values():
        if not record.sources:
            raise DataError(f"missing source: visit {record.event_id} has no row in "
                            f"{SOURCES_FILE}", str(visits_path), record.line)


def _read_adoptions(path: Path, checker: _Checker) -> list[AdoptionRecord]:
    events: dict[str, AdoptionRecord] = {}
    for line, row in _rows(path, ADOPTION_COLUMNS):
        event_id = row["event_id"]
        if not event_id:
            raise DataError("empty event_id", str(path), line)
        region = checker.region(row["region"], path, line)
        _check_names([region], row.get("region_name", ""), checker, path, line)
        program = checker.program(row["program"], path, line)
        status = row["status"]
        if status not in STATUSES:
            raise DataError(f"status must be one of {', '.join(STATUSES)}, not {status!r}",
                            str(path), line)
        date = checker.date(row["date"], path, line, "date")
        precision = row["date_precision"] or None
        if date:
            granularity = parse_date(date)[1]
            precision = precision or granularity
            order = ["day", "month", "year"]
            if precision not in PRECISIONS or order.index(precision) < order.index(granularity):
                raise DataError(f"date_precision {precision!r} does not fit date {date}",
                                str(path), line)
        elif precision:
            raise DataError("date_precision without a date", str(path), line)
        learned = [checker.region(c, path, line) for c in _split(row["learned_from"])]
        source = checker.source(row, path, line)
        record = events.get(event_id)
        if record is None:
            record = AdoptionRecord(line, event_id, region, program, status, date, precision,
                                    learned, row.get("inaugurated_by", ""), [])
            events[event_id] = record
        else:
            if (record.region, record.program, record.status) != (region, program, status):
                raise DataError(f"rows of event {event_id} disagree on region, program or "
                                f"status (see line {record.line})", str(path), line)
            # Outlets state one date more or less precisely; the event keeps the most precise
            # one, and the others must be that date's year or month.
            if date and record.date:
                short, long_ = sorted((date, record.date), key=len)
                if not long_.startswith(short):
                    raise DataError(f"rows of event {event_id} give different dates "
                                    f"({record.date} and {date}, see line {record.line})",
                                    str(path), line)
            if date and (not record.date or len(date) > len(record.date)):
                record.date, record.precision = date, precision
            record.learned_from += [c for c in learned if c not in record.learned_from]
            record.inaugurated_by = record.inaugurated_by or row.get("inaugurated_by", "")
        if row.get("note") and row["note"] not in record.notes:
            record.notes.append(row["note"])
        if source not in record.sources:
            record.sources.append(source)
    return list(events.values())


# --- conversion ----------------------------------------------------------------------------


def curated_graph(data: CuratedData) -> Graph:
    """The triples of ``tgraph:curated`` for checked data (see ``docs/design.md``)."""
    g = Graph()
    g.bind("tiru", TIRU)
    g.bind("schema", SCHEMA)
    written_articles: set[str] = set()

    def article(src: Source) -> URIRef:
        iri = URIRef(src.iri)
        if str(iri) not in written_articles:
            written_articles.add(str(iri))
            g.add((iri, RDF.type, TIRU.SourceArticle))
            if src.url:
                g.add((iri, SCHEMA.url, URIRef(src.url)))
            if src.content_sha1:
                g.add((iri, TIRU.contentHash, Literal(src.content_sha1)))
            if src.title:
                g.add((iri, DCTERMS.title, Literal(src.title)))
            if src.publisher:
                g.add((iri, DCTERMS.publisher, Literal(src.publisher)))
            if src.published:
                g.add((iri, DCTERMS.issued, _date_literal(src.published)))
        return iri

    def provenance(fact: URIRef, sources: list[Source], note: str) -> None:
        for src in sources:
            art = article(src)
            g.add((fact, PROV.wasDerivedFrom, art))
            ev = URIRef(evidence_iri(str(art), str(fact), None, None))
            g.add((fact, TIRU.evidence, ev))
            g.add((ev, RDF.type, TIRU.Evidence))
            g.add((ev, PROV.wasQuotedFrom, art))
            g.add((ev, TIRU.confidence, Literal("1.0", datatype=XSD.decimal)))
            g.add((ev, TIRU.extractionMethod, TIRU.ManualCuration))
            if note:
                g.add((ev, RDFS.comment, Literal(note, lang="en")))

    def unit(code: str, name: str) -> URIRef:
        iri = URIRef(unit_iri(code, name))
        g.add((iri, RDF.type, TIRU.OrganisationalUnit))
        g.add((iri, RDFS.label, Literal(f"{name} {data.region_labels[code]}", lang="id")))
        g.add((iri, ORG.unitOf, URIRef(region_iri(code))))
        g.add((iri, TIRU.unitType, Literal(_unit_type(name))))
        return iri

    for v in data.visits:
        visit = URIRef(v.iri)
        g.add((visit, RDF.type, TIRU.Visit))
        g.add((visit, DCTERMS.identifier, Literal(v.event_id)))
        for code in v.visitors:
            g.add((visit, TIRU.visitor, URIRef(region_iri(code))))
        for code in v.hosts:
            g.add((visit, TIRU.host, URIRef(region_iri(code))))
        for name in v.visitor_units:
            g.add((visit, TIRU.visitorUnit, unit(v.visitors[0], name)))
        for name in v.host_units:
            g.add((visit, TIRU.hostUnit, unit(v.hosts[0], name)))
        g.add((visit, TIRU.delegationType, DELEGATIONS[v.delegation]))
        if v.start:
            first, _precision = parse_date(v.start)
            # The first day of the stated period. tiru:datePrecision has tiru:Adoption as its
            # domain, so a visit does not state it; its IRI keeps the date as precise as known.
            g.add((visit, SCHEMA.startDate, Literal(first.isoformat(), datatype=XSD.date)))
        if v.end and parse_date(v.end)[1] == "day":
            g.add((visit, SCHEMA.endDate, Literal(v.end, datatype=XSD.date)))
        for slug in v.programs:
            g.add((visit, TIRU.program, URIRef(data.program_iris[slug])))
        for topic in v.topics:
            g.add((visit, TIRU.topic, Literal(topic, lang="id")))
        if v.delegation_size is not None:
            g.add((visit, TIRU.delegationSize,
                   Literal(str(v.delegation_size), datatype=XSD.integer)))
        for body in v.recommended_by:
            org = URIRef(org_iri(body))
            g.add((visit, TIRU.recommendedBy, org))
            g.add((org, RDF.type, TIRU.NationalBody))
            g.add((org, RDFS.label, Literal(body, lang="id")))
        for o in v.officials:
            side_regions = v.visitors if o.side == "visitor" else v.hosts
            region = o.region or (side_regions[0] if len(side_regions) == 1 else None)
            person = URIRef(person_iri(region, o.name))
            g.add((person, RDF.type, TIRU.Official))
            g.add((person, SCHEMA.name, Literal(o.name)))
            if region:
                g.add((person, ORG.memberOf, URIRef(region_iri(region))))
            part = URIRef(f"{visit}/participant/{o.side}/{slugify(o.name)}")
            g.add((visit, PROV.qualifiedAssociation, part))
            g.add((part, RDF.type, TIRU.Participation))
            g.add((part, PROV.agent, person))
            g.add((part, TIRU.side, SIDES[o.side]))
            g.add((part, PROV.hadRole, ROLES[o.role]))
            if o.title:
                g.add((part, TIRU.title, Literal(o.title, lang="id")))
        g.add((visit, TIRU.confidence, Literal("1.0", datatype=XSD.decimal)))
        provenance(visit, v.sources, v.note)

    for a in data.adoptions:
        adoption = URIRef(a.iri)
        g.add((adoption, RDF.type, TIRU.Adoption))
        g.add((adoption, DCTERMS.identifier, Literal(a.event_id)))
        g.add((adoption, TIRU.adopter, URIRef(region_iri(a.region))))
        g.add((adoption, TIRU.program, URIRef(data.program_iris[a.program])))
        g.add((adoption, TIRU.status, STATUSES[a.status]))
        if a.date and a.precision:
            first, _ = parse_date(a.date)
            g.add((adoption, SCHEMA.startDate, Literal(first.isoformat(), datatype=XSD.date)))
            g.add((adoption, TIRU.datePrecision, PRECISIONS[a.precision]))
        for code in a.learned_from:
            g.add((adoption, TIRU.learnedFrom, URIRef(region_iri(code))))
        if a.inaugurated_by:
            # The ontology has no property for who inaugurated; keep it readable as a comment.
            g.add((adoption, RDFS.comment, Literal(f"diresmikan oleh {a.inaugurated_by}",
                                                   lang="id")))
        provenance(adoption, a.sources, "; ".join(a.notes))
    return g


def _date_literal(text: str) -> Literal:
    """``dct:issued`` as precise as the source states it."""
    _first, precision = parse_date(text)
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[precision]
    return Literal(text, datatype=datatype)


def load_curated(
    data_dir: Path = DATA_DIR,
    *,
    gazetteer: Any = None,
    programs: Any = None,
    progress: Callable[[str], None] | None = None,
) -> Graph:
    """Read, check and convert ``data/`` in one call."""
    data = read_curated(data_dir, gazetteer=gazetteer, programs=programs)
    if progress is not None:
        progress(f"{len(data.visits)} visits, {len(data.adoptions)} adoptions checked")
    return curated_graph(data)

