"""``tiru build``: load ontology, vocabulary, gazetteer and curated data, then validate.

Each part goes into its own named graph with :meth:`Store.replace_graph`, so building twice
gives the same store. Every part is parsed and checked before the first graph is written: a bad
curated row or broken Turtle leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.exceptions import ParserError

from graph.errors import DataError
from graph.store import Store
from graph.vocab import DATA_DIR, ONTOLOGY_DIR, graph_iri

__all__ = ["BuildReport", "build_graph", "read_rdf_file", "validate_graph", "Progress",
           "build_steps", "upgrade_vocabulary"]

Progress = Callable[[str], None]
"""Called with a short description as each step starts (a CLI advances a progress bar)."""


def build_steps(*, validate: bool = True, analytics: bool = True) -> int:
    """How many times :func:`build_graph` calls ``progress`` with these options (for a bar).

    Examples
    --------
    >>> build_steps(), build_steps(validate=False, analytics=False)
    (7, 5)
    """
    # parse ontology, vocabulary, gazetteer, curated; write; then measures and validation
    return 5 + int(analytics) + int(validate)


@dataclass
class BuildReport:
    """What a build wrote and whether the result conforms to the shapes."""

    triples: dict[str, int] = field(default_factory=dict)
    visits: int = 0
    adoptions: int = 0
    validated: bool = False
    conforms: bool = True
    violations: int = 0
    report_text: str = ""
    analytics_runs: int = 0

    @property
    def total(self) -> int:
        return sum(self.triples.values())


def read_rdf_file(path: Path, fmt: str | None = None) -> Graph:
    """Parse a Turtle/TriG/N-Triples file into one graph (a TriG file's graphs are merged).

    Raises
    ------
    DataError
        When the file is missing or not valid RDF; the message is the parser's.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError("file not found", str(path))
    suffix = path.suffix.lower()
    fmt = fmt or {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                  ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}.get(suffix, "turtle")
    try:
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(path, format=fmt)
            merged = Graph()
            for s, p, o, _g in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
            return merged
        g = Graph()
        g.parse(path, format=fmt)
        return g
    except (ParserError, SyntaxError, ValueError, UnicodeDecodeError) as exc:
        raise DataError(f"not valid {fmt}: {exc}", str(path)) from None
    except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        raise DataError(f"not valid {fmt}: {type(exc).__name__}: {exc}", str(path)) from None


def _nt(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def upgrade_vocabulary(store: Store) -> bool:
    """Add the ``skos:broaderTransitive`` links to a vocabulary graph written without them.

    Stores built before the links existed answer program queries with the program alone,
    leaving out its narrower programs; the server calls this at start-up. Returns True when the
    graph was rewritten, False when it already had the links or has no hierarchy at all.
    """
    from graph.programs import with_broader_transitive

    vocabulary = graph_iri("vocabulary")
    stale = store.query(f"""
        ASK {{ GRAPH <{vocabulary}> {{
          ?c <http://www.w3.org/2004/02/skos/core#broader> ?b
          FILTER NOT EXISTS {{ ?c <http://www.w3.org/2004/02/skos/core#broaderTransitive> ?b }}
        }} }}""")
    if stale is not True:
        return False
    g = Graph()
    g.parse(data=store.dump("nt", vocabulary), format="nt")
    store.replace_graph("vocabulary", _nt(with_broader_transitive(g)), "nt")
    return True


def build_graph(
    store: Store,
    *,
    data_dir: Path = DATA_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
    progress: Progress | None = None,
    validate: bool = True,
    analytics: bool = True,
) -> BuildReport:
    """Build the default graph into ``store``.

    Parameters
    ----------
    store : the store to write (embedded or remote).
    data_dir : the curated files (``data/`` by default).
    ontology_dir : ``tiru.ttl``, ``programs.ttl`` and ``shapes.ttl``.
    progress : called with a description as each step starts.
    validate : run the SHACL shapes over the result.
    analytics : compute the default network measures into the ``analytics`` graph
        (:func:`graph.analytics.write_default_analytics`).

    Returns
    -------
    BuildReport
        Triples per named graph, counts of visits and adoptions, and the validation outcome.

    Raises
    ------
    DataError
        On a bad curated row or unparsable RDF; nothing is written then.
    """
    from graph.curated import curated_graph, read_curated
    from graph.gazetteer import gazetteer_graph, load_gazetteer
    from graph.programs import load_programs, vocabulary_graph

    def step(text: str) -> None:
        if progress is not None:
            progress(text)

    ontology_dir = Path(ontology_dir)
    report = BuildReport()
    step("reading the ontology")
    parts: dict[str, Graph] = {"ontology": read_rdf_file(ontology_dir / "tiru.ttl")}
    step("reading the program vocabulary")
    parts["vocabulary"] = vocabulary_graph(ontology_dir / "programs.ttl")
    step("building the gazetteer")
    gaz = load_gazetteer()
    parts["gazetteer"] = gazetteer_graph(gaz)
    step("checking the curated data")
    data = read_curated(Path(data_dir), gazetteer=gaz, programs=load_programs())
    parts["curated"] = curated_graph(data)
    report.visits, report.adoptions = len(data.visits), len(data.adoptions)

    step("writing the named graphs")
    for name, graph in parts.items():
        report.triples[graph_iri(name)] = store.replace_graph(name, _nt(graph), "nt")

    if analytics:
        from graph.analytics import write_default_analytics

        step("computing the network measures")
        report.analytics_runs = len(write_default_analytics(store))

    if validate:
        step("validating against the shapes")
        union = Graph()
        for graph in parts.values():
            union += graph
        outcome = validate_graph(union)
        report.validated = True
        report.conforms = bool(outcome["conforms"])
        report.violations = int(outcome["violations"])
        report.report_text = str(outcome["text"])
    return report


def validate_graph(graph: Graph) -> dict[str, Any]:
    """Run :func:`graph.validation.validate` and summarise its report.

    A thin adapter: the validation module belongs to the ontology work; this keeps the build and
    the CLI independent of the report's exact fields.
    """
    from graph.validation import format_report, validate

    result = validate(graph)
    violations: Any = getattr(result, "violations", [])
    count = len(violations) if hasattr(violations, "__len__") else int(violations)
    return {"conforms": bool(result.conforms), "violations": count,
            "text": format_report(result), "report": result}

