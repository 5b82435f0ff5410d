"""SHACL validation of Tiru's data against ``ontology/shapes.ttl``, with a readable report.

The shapes say in plain English what is wrong (a visit without a source, a region that visits
itself, a code that is not ``PP.RR``); this module runs them with pyshacl and turns pyshacl's
report graph into :class:`Violation` records and a grouped text for ``tiru validate``.

Examples
--------
>>> from rdflib import Graph
>>> report = validate(Graph().parse(data='''
...     @prefix tiru: <https://w3id.org/tiru/ontology#> .
...     <https://w3id.org/tiru/id/visit/x> a tiru:Visit .''', format="turtle"))
>>> report.conforms
False
>>> sorted({v.message for v in report.violations})[0]
'A visit needs at least one host region (tiru:host).'
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph.errors import DataError
from graph.vocab import ONTOLOGY_DIR, PREFIXES

__all__ = [
    "Violation",
    "ValidationReport",
    "validate",
    "format_report",
    "load_shapes",
    "compact",
]

_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nt": "nt",
            ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
            ".xml": "xml", ".owl": "xml", ".n3": "n3"}
_QUAD_FORMATS = {"trig", "nquads"}
# Longest namespace first so that tid: does not swallow tid:...'s more specific prefixes.
_PREFIX_ORDER = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@dataclass(frozen=True)
class Violation:
    """One result of the SHACL report.

    Attributes
    ----------
    focus : IRI (or blank node id) of the resource that breaks the constraint.
    path : IRI of the property concerned, or None for a constraint on the resource itself.
    value : the offending value when there is one.
    message : the shape's plain-English message.
    severity : ``"Violation"``, ``"Warning"`` or ``"Info"``.
    shape : IRI of the named shape (``https://w3id.org/tiru/shapes#VisitShape``), or ``""``
        when the shape is anonymous and has no named parent.
    """

    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str
    shape: str


@dataclass
class ValidationReport:
    """Whether the data conforms, and every violation, sorted by message then focus.

    Attributes
    ----------
    conforms : True when no result of severity Violation was found.
    violations : every result (warnings included, should a shape ever use them).
    triples : how many triples were checked (the data plus, by default, the ontology).
    seconds : how long pyshacl took.
    """

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0

    def by_message(self) -> dict[str, list[Violation]]:
        """The violations grouped by message, most frequent first."""
        grouped: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            grouped[v.message].append(v)
        return dict(sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def messages(self) -> set[str]:
        """The distinct messages; handy in tests and scripts."""
        return {v.message for v in self.violations}


@cache
def load_shapes(path: str | Path | None = None) -> Graph:
    """The shapes graph, ``ontology/shapes.ttl`` unless ``path`` is given (cached).

    Raises
    ------
    DataError
        When the shapes file is missing or not valid Turtle.
    """
    return _parse_file(Path(path) if path is not None else ONTOLOGY_DIR / "shapes.ttl")


@cache
def _ontology() -> Graph:
    # The data graph needs the ontology's individuals (statuses, measures) and the program
    # concepts for sh:class / sh:in checks when it does not carry them itself.
    g = Graph()
    for name in ("tiru.ttl", "programs.ttl"):
        g += _parse_file(ONTOLOGY_DIR / name)
    return g


def _parse_file(path: Path) -> Graph:
    if not path.is_file():
        raise DataError("file not found", str(path))
    fmt = _FORMATS.get(path.suffix.lower(), "turtle")
    try:
        if fmt in _QUAD_FORMATS:
            ds = Dataset()
            ds.parse(path, format=fmt)
            return _union(ds)
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        raise DataError(f"not valid RDF ({fmt}): {exc}", str(path)) from None


def _union(ds: Dataset) -> Graph:
    # Every named graph and the default graph, as one graph: shapes look at the whole store.
    merged = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _working_copy(data: Graph | Dataset | str | Path, ontology: bool) -> Graph:
    # pyshacl runs in place on our own copy: cheaper than letting it clone, and never mutates
    # the caller's graph. (Passing the ontology as ont_graph instead was orders of magnitude
    # slower on the national graph.)
    if isinstance(data, Dataset):
        work = _union(data)
    elif isinstance(data, Graph):
        work = Graph()
        for triple in data:
            work.add(triple)
    elif isinstance(data, str | Path):
        work = _parse_file(Path(data))
    else:
        raise DataError(f"cannot validate a {type(data).__name__}; give a graph or a file path")
    if ontology:
        for triple in _ontology():
            work.add(triple)
    return work


def validate(data: Graph | Dataset | str | Path, *, ontology: bool = True) -> ValidationReport:
    """Validate ``data`` against Tiru's SHACL shapes.

    Parameters
    ----------
    data : an rdflib graph or dataset (all graphs are merged), or the path of an RDF file
        (Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML, chosen by suffix).
    ontology : add ``ontology/tiru.ttl`` and ``ontology/programs.ttl`` to the data before
        checking, so that the statuses, measures and program concepts that the data points at
        are known. Turn off to check a graph that must be complete on its own.

    Returns
    -------
    ValidationReport
        ``conforms`` and the violations, sorted by message then focus node.

    Raises
    ------
    DataError
        When a file is missing or cannot be parsed (the message is the parser's), or when the
        shapes cannot be applied.

    Notes
    -----
    No inference is run: Tiru's data states its types explicitly, and RDFS inference over a
    national graph costs minutes. The shapes are written so that they need none.
    """
    work = _working_copy(data, ontology)
    shapes = load_shapes()
    started = time.perf_counter()
    try:
        conforms, results, _text = shacl_validate(
            # advanced: SHACL-AF SPARQL targets, used for the one check that compares two codes.
            work, shacl_graph=shapes, inference="none", advanced=True, inplace=True,
            allow_warnings=True)
    except Exception as exc:  # noqa: BLE001 - pyshacl reports broken shapes with many types
        raise DataError(f"the SHACL shapes could not be applied: {exc}") from None
    seconds = time.perf_counter() - started
    if not isinstance(results, Graph):  # pragma: no cover - pyshacl always gives a graph here
        raise DataError("pyshacl returned no report graph")
    # Only the report's own results: pyshacl also types the nested results of sh:node / sh:or
    # (linked by sh:detail) as ValidationResults, and those repeat a parent's finding.
    violations = [_violation(results, shapes, r)
                  for report in results.subjects(RDF.type, SH.ValidationReport)
                  for r in results.objects(report, SH.result)]
    violations.sort(key=lambda v: (v.message, v.focus, v.path or "", v.value or ""))
    return ValidationReport(conforms=bool(conforms), violations=violations,
                            triples=len(work), seconds=seconds)


def _violation(results: Graph, shapes: Graph, result: Node) -> Violation:
    def one(pred: URIRef) -> Node | None:
        return results.value(result, pred)

    def text(node: Node | None) -> str | None:
        return None if node is None else str(node)

    severity = (text(one(SH.resultSeverity)) or "").rsplit("#", 1)[-1] or "Violation"
    source = one(SH.sourceShape)
    message = text(one(SH.resultMessage))
    if message is None:
        # A constraint without sh:message: say which component failed rather than nothing.
        component = (text(one(SH.sourceConstraintComponent)) or "").rsplit("#", 1)[-1]
        message = f"constraint {component or 'unknown'} not met"
    return Violation(focus=text(one(SH.focusNode)) or "", path=text(one(SH.resultPath)),
                     value=text(one(SH.value)), message=message, severity=severity,
                     shape=_named_shape(shapes, source))


def _named_shape(shapes: Graph, shape: Node | None) -> str:
    # Property shapes are blank nodes; the node shape that holds them names the check.
    seen: set[Node] = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        parent = next(iter(shapes.subjects(SH.property, shape)), None)
        if parent is None:
            break
        shape = parent
    return "" if shape is None or isinstance(shape, BNode) else str(shape)


def compact(iri: str | None) -> str:
    """``https://w3id.org/tiru/id/region/64.09`` -> ``tid:region/64.09`` (for display)."""
    if not iri:
        return ""
    for prefix, ns in _PREFIX_ORDER:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def format_report(report: ValidationReport, *, limit: int = 20) -> str:
    """A readable text for the CLI: one block per message with the resources at fault.

    Parameters
    ----------
    report : the result of :func:`validate`.
    limit : at most this many resources are listed under one message.

    Examples
    --------
    >>> print(format_report(ValidationReport(conforms=True, triples=12)))
    The data conforms to the Tiru shapes (12 triples checked).
    """
    if report.conforms and not report.violations:
        return f"The data conforms to the Tiru shapes ({report.triples} triples checked)."
    severities = Counter(v.severity for v in report.violations)
    summary = ", ".join(f"{n} {s.lower()}{'s' if n != 1 else ''}"
                        for s, n in sorted(severities.items()))
    head = "The data does not conform" if not report.conforms else "The data conforms, with notes"
    lines = [f"{head} to the Tiru shapes: {summary} "
             f"({report.triples} triples checked)."]
    for message, items in report.by_message().items():
        shapes = sorted({v.shape.rsplit("#", 1)[-1] for v in items if v.shape})
        where = f" [{', '.join(shapes)}]" if shapes else ""
        lines.append("")
        lines.append(f"{message} ({len(items)}){where}")
        for v in items[:limit]:
            detail = ""
            if v.value is not None and v.value != v.focus:
                shown = compact(v.value) if "://" in v.value else f'"{v.value}"'
                detail = f"  value: {shown}"
            lines.append(f"  - {compact(v.focus)}{detail}")
        if len(items) > limit:
            lines.append(f"  ... and {len(items) - limit} more")
    return "\n".join(lines)
