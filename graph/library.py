"""The SPARQL query library in ``queries/``: headers, parameters and rendering.

Each ``.rq`` file starts with comment lines that describe it::

    # title: Regions visited by the most distinct regions
    # title@id: Daerah yang paling banyak dikunjungi
    # description: ...
    # description@id: ...
    # param: program = MPP (program) The program, by notation or slug.
    # param: since = 2020-01-01  (kind: date) Start of the period.
    # graphs: curated, extracted, gazetteer

The body names a parameter as the variable ``?_name``. :func:`render` replaces it textually by
the validated RDF term (a program notation or slug becomes the program's IRI, a region code the
region's IRI, a date an ``xsd:date`` literal, a string an escaped literal), so a parameter can
never inject SPARQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from graph.errors import DataError, TiruError
from graph.vocab import PREFIXES, QUERIES_DIR, XSD, region_iri

__all__ = [
    "KINDS",
    "Param",
    "LibraryQuery",
    "parse_query",
    "list_queries",
    "load_query",
    "render",
    "to_term",
]

KINDS = ("program", "region", "date", "int", "decimal", "string", "iri")

_HEADER = re.compile(r"^#\s*(?P<key>[a-z]+)(?:@(?P<lang>[a-z-]+))?\s*:\s*(?P<value>.*)$")
# "name = default (kind) description" or "name = default  (kind: kind) description"
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(?P<default>.*?))?\s*"
    r"\((?:kind:\s*)?(?P<kind>[a-z]+)\)\s*(?P<description>.*)$"
)
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|^`\\]')


@dataclass(frozen=True)
class Param:
    """One parameter of a library query."""

    name: str
    kind: str
    default: str | None
    description: str


@dataclass
class LibraryQuery:
    """A parsed ``.rq`` file."""

    name: str
    path: Path | None
    text: str
    titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    params: list[Param] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The English title (or the first one given, or the name)."""
        return self.titles.get("en") or next(iter(self.titles.values()), self.name)

    @property
    def description(self) -> str:
        return self.descriptions.get("en") or next(iter(self.descriptions.values()), "")


def parse_query(text: str, *, name: str = "query", path: Path | None = None) -> LibraryQuery:
    """Parse the header of a query's text.

    Raises
    ------
    DataError
        When a ``# param:`` line is malformed or names an unknown kind.
    """
    query = LibraryQuery(name=name, path=path, text=text)
    where = str(path) if path else name
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the header ends with the first line of SPARQL
        m = _HEADER.match(stripped)
        if not m:
            continue
        key, lang, value = m.group("key"), m.group("lang") or "en", m.group("value").strip()
        if key == "title":
            query.titles[lang] = value
        elif key == "description":
            query.descriptions[lang] = value
        elif key == "graphs":
            query.graphs = [g.strip() for g in value.split(",") if g.strip()]
        elif key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise DataError(f"malformed param line {value!r}: expected "
                                "'name = default (kind) description'", where, number)
            kind = pm.group("kind")
            if kind not in KINDS:
                raise DataError(f"unknown parameter kind {kind!r} (one of {', '.join(KINDS)})",
                                where, number)
            default = (pm.group("default") or "").strip() or None
            query.params.append(Param(pm.group("name"), kind, default,
                                      pm.group("description").strip()))
    return query


def list_queries(directory: Path = QUERIES_DIR) -> list[LibraryQuery]:
    """Every query of the library, sorted by name."""
    return [load_query(p) for p in sorted(Path(directory).glob("*.rq"))]


def load_query(name_or_path: str | Path, directory: Path = QUERIES_DIR) -> LibraryQuery:
    """A query by library name (``most_visited``) or by path to an ``.rq`` file.

    Raises
    ------
    DataError
        When no such file or library query exists, or its header is malformed.
    """
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.exists():
        path = candidate
    else:
        path = Path(directory) / f"{name_or_path}.rq"
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(Path(directory).glob("*.rq")))
        raise DataError(f"no query file or library query named {str(name_or_path)!r}; "
                        f"library: {known}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read the query: {exc}", str(path)) from None
    return parse_query(text, name=path.stem, path=path)


def _escape_string(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def to_term(kind: str, value: str) -> str:
    """The SPARQL term for a parameter value of the given kind.

    Raises
    ------
    DataError
        When the value does not fit its kind (an unknown program or region, a bad date...).

    Examples
    --------
    >>> to_term("date", "2020-01-01")
    '"2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> to_term("string", 'a "quoted" word')
    '"a \\\\"quoted\\\\" word"'
    """
    value = value.strip()
    if kind == "program":
        from graph.programs import load_programs

        try:
            program = load_programs().get(value)
        except (TiruError, KeyError, ValueError):
            program = None
        if program is None:
            raise DataError(f"unknown program {value!r} (give a notation such as MPP or a slug)")
        return f"<{program.iri}>"
    if kind == "region":
        from graph.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        try:
            region = gaz.get(value)
        except (TiruError, KeyError, ValueError):
            region = None
        if region is None:
            try:
                region = gaz.resolve(value)
            except TiruError as exc:
                raise DataError(f"region {value!r}: {exc}") from None
        return f"<{region_iri(region.code)}>"
    if kind == "date":
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise DataError(f"malformed date {value!r} (expected YYYY-MM-DD)") from None
        return f'"{parsed.isoformat()}"^^<{XSD.date}>'
    if kind == "int":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise DataError(f"{value!r} is not a whole number")
        return str(int(value))
    if kind == "decimal":
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise DataError(f"{value!r} is not a number") from None
        if not number.is_finite():
            raise DataError(f"{value!r} is not a finite number")
        return f'"{number}"^^<{XSD.decimal}>'
    if kind == "string":
        return _escape_string(value)
    if kind == "iri":
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) or _IRI_FORBIDDEN.search(value):
            raise DataError(f"{value!r} is not an absolute IRI")
        return f"<{value}>"
    raise DataError(f"unknown parameter kind {kind!r}")


def _constant(term: str) -> Callable[[re.Match[str]], str]:
    def replace(_match: re.Match[str]) -> str:
        return term

    return replace


def render(query: LibraryQuery | str, params: Mapping[str, str] | None = None) -> str:
    """The query text with every ``?_name`` replaced by its parameter's term.

    Values in ``params`` override the header's defaults. Prefixes Tiru knows are declared when
    the query does not declare them itself.

    Raises
    ------
    DataError
        On an unknown parameter name, a parameter without value, or a value that does not fit.
    """
    if isinstance(query, str):
        query = parse_query(query)
    params = dict(params or {})
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        names = ", ".join(declared) or "none"
        raise DataError(f"unknown parameter(s) {', '.join(unknown)} for {query.name} "
                        f"(parameters: {names})")
    terms: dict[str, str] = {}
    for param in query.params:
        value = params.get(param.name, param.default)
        if value is None:
            raise DataError(f"parameter {param.name!r} of {query.name} needs a value "
                            f"(--param {param.name}=...)")
        terms[param.name] = to_term(param.kind, value)

    def substitute(line: str) -> str:
        if line.lstrip().startswith("#"):
            return line
        for name, term in terms.items():
            # The lookahead keeps ?_program from matching inside ?_programs; the replacement
            # is a function so that backslashes in a term are not read as group references.
            pattern = rf"[?$]_{re.escape(name)}(?![A-Za-z0-9_])"
            line = re.sub(pattern, _constant(term), line)
        return line

    body = "\n".join(substitute(line) for line in query.text.splitlines())
    declared_prefixes = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z0-9_-]*):",
                                                        body)}
    missing = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()
                      if p.lower() not in declared_prefixes and re.search(rf"\b{p}:", body))
    return missing + body + ("\n" if not body.endswith("\n") else "")
