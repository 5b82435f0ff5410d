"""Foundation commands: ``build``, ``stats``, ``query`` and ``validate``.

``export`` and ``network`` live with the analytics commands; ``serve`` with the server.
"""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.cli import (
    EndpointOpt,
    StoreOpt,
    UpdateEndpointOpt,
    app,
    cli_store,
    console,
    handle_errors,
)
from graph.errors import DataError
from graph.store import SelectResult, Store
from graph.vocab import DATA_DIR, PREFIXES

__all__ = ["build", "stats", "query", "validate", "format_result", "shorten"]


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TimeElapsedColumn(), console=console, transient=True)


def shorten(term: Node | str) -> str:
    """A compact form of an IRI using Tiru's prefixes (``tiru:Visit``), for tables."""
    text = str(term)
    if isinstance(term, URIRef) or text.startswith(("http://", "https://")):
        for prefix, iri in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(iri) and len(text) > len(iri):
                return f"{prefix}:{text[len(iri):]}"
    return text


def _nt_term(term: Node) -> str:
    """A term in N-Triples syntax (SPARQL TSV results)."""
    return str(term.n3())


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: SelectResult, fmt: str) -> str:
    """Serialise SELECT results as SPARQL 1.1 CSV, TSV or JSON results."""
    if fmt == "json":
        body = {"head": {"vars": result.variables},
                "results": {"bindings": [{k: _json_term(v) for k, v in row.items()}
                                         for row in result.rows]}}
        return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        for row in result.rows:
            lines.append("\t".join(_nt_term(row[v]) if v in row else "" for v in result.variables))
        return "\n".join(lines) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([str(row[v]) if v in row else "" for v in result.variables])
    return buf.getvalue()


_DataOpt = Annotated[Path, typer.Option("--data", help="Folder of the curated files.")]
_NoValidateOpt = Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")]
_NoAnalyticsOpt = Annotated[bool, typer.Option(
    "--no-analytics", help="Skip the default network measures (the analytics graph).")]


@app.command()
@handle_errors
def build(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    data_dir: _DataOpt = DATA_DIR,
    no_validate: _NoValidateOpt = False,
    no_analytics: _NoAnalyticsOpt = False,
) -> None:
    """Load ontology, vocabulary, gazetteer and curated data, each in its named graph; compute
    the default network measures; validate."""
    from graph.build import build_graph, build_steps

    st = cli_store(store, endpoint, update_endpoint)
    try:
        with _progress() as bar:
            task = bar.add_task("building", total=build_steps(validate=not no_validate,
                                                               analytics=not no_analytics))

            def advance(text: str) -> None:
                bar.update(task, description=text, advance=1)

            report = build_graph(st, data_dir=data_dir, progress=advance, validate=not no_validate,
                                 analytics=not no_analytics)
    finally:
        st.close()
    table = Table(title="tiru build")
    table.add_column("named graph")
    table.add_column("triples", justify="right")
    for graph, n in report.triples.items():
        table.add_row(shorten(graph), str(n))
    console.print(table)
    console.print(f"{report.visits} visits and {report.adoptions} adoptions from {data_dir}")
    if report.validated:
        if report.conforms:
            console.print("[green]the graph conforms to the shapes[/]")
        else:
            console.print(report.report_text, highlight=False, markup=False)
            console.print(f"[red]{report.violations} violation(s) of the shapes[/]")
            raise typer.Exit(1)


def _class_counts(st: Store) -> list[tuple[str, str, int]]:
    result = st.query(
        "SELECT ?g ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } "
        "GROUP BY ?g ?c ORDER BY ?g DESC(?n)"
    )
    assert isinstance(result, SelectResult)
    return [(str(r["g"]), str(r["c"]), int(r["n"])) for r in result.rows]  # type: ignore[call-overload]


@app.command()
@handle_errors
def stats(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Counts per named graph and per class."""
    st = cli_store(store, endpoint, read_only=False)
    try:
        counts = st.counts()
        classes = _class_counts(st)
    finally:
        st.close()
    if not counts:
        console.print("the store is empty: run [bold]tiru build[/] first")
        return
    graphs = Table(title="triples per named graph")
    graphs.add_column("named graph")
    graphs.add_column("triples", justify="right")
    for graph, n in sorted(counts.items()):
        graphs.add_row(shorten(graph), str(n))
    graphs.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
    console.print(graphs)
    per_class = Table(title="resources per class")
    per_class.add_column("named graph")
    per_class.add_column("class")
    per_class.add_column("resources", justify="right")
    for graph, cls, n in classes:
        per_class.add_row(shorten(graph), shorten(cls), str(n))
    console.print(per_class)


def _parse_params(items: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise DataError(f"--param needs name=value, not {item!r}")
        name, value = item.split("=", 1)
        params[name.strip()] = value
    return params


_NameArg = Annotated[str, typer.Argument(help="A .rq file, or the name of a library query.",
                                         metavar="FILE_OR_LIBRARY_NAME")]
_ParamOpt = Annotated[list[str] | None,
                      typer.Option("--param", "-p", help="Parameter as name=value (repeatable).")]
_FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
_ShowOpt = Annotated[bool, typer.Option("--show", help="Print the rendered SPARQL; do not run it.")]


@app.command()
@handle_errors
def query(
    name: _NameArg = "",
    param: _ParamOpt = None,
    fmt: _FormatOpt = OutputFormat.table,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    timeout: Annotated[float, typer.Option(help="Time limit in seconds.")] = 60.0,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    show: _ShowOpt = False,
    list_: Annotated[bool, typer.Option("--list", help="List the library's queries.")] = False,
) -> None:
    """Run a SPARQL query from a file or from the library in queries/."""
    from graph.library import list_queries, load_query, render

    if list_ or not name:
        table = Table(title="query library (tiru query NAME)")
        table.add_column("name")
        table.add_column("title")
        table.add_column("parameters")
        for q in list_queries():
            params = ", ".join(f"{p.name}={p.default or ''}" for p in q.params)
            table.add_row(q.name, q.title, params)
        console.print(table)
        return
    q = load_query(name)
    sparql = render(q, _parse_params(param or []))
    if show:
        typer.echo(sparql)
        return
    st = cli_store(store, endpoint, read_only=False)
    try:
        result = st.query(sparql, timeout=timeout, limit=limit)
    finally:
        st.close()
    if isinstance(result, bool):
        typer.echo(json.dumps({"head": {}, "boolean": result}) if fmt is OutputFormat.json
                   else str(result).lower())
        return
    if isinstance(result, list):
        g = Graph()
        for triple in result:
            g.add(triple)  # type: ignore[arg-type]
        for p, iri in PREFIXES.items():
            g.bind(p, iri)
        typer.echo(g.serialize(format="json-ld" if fmt is OutputFormat.json else "turtle"))
        return
    if fmt is not OutputFormat.table:
        typer.echo(format_result(result, fmt.value), nl=False)
        return
    table = Table(title=q.title, show_lines=False)
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*[shorten(row[v]) if v in row else "" for v in result.variables])
    console.print(table)
    suffix = " (truncated by --limit)" if result.truncated else ""
    console.print(f"{len(result.rows)} row(s){suffix}")


_FileArg = Annotated[Path | None, typer.Argument(
    help="A Turtle/TriG/N-Triples file to validate instead of the store.")]


@app.command()
@handle_errors
def validate(
    file: _FileArg = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Check the data against the SHACL shapes; exit 1 on violations."""
    from graph.build import read_rdf_file, validate_graph

    with _progress() as bar:
        task = bar.add_task("reading", total=2)
        if file is not None:
            data = read_rdf_file(file)
        else:
            st = cli_store(store, endpoint, read_only=False)
            try:
                triples = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            finally:
                st.close()
            data = Graph()
            for triple in triples if isinstance(triples, list) else []:
                data.add(triple)  # type: ignore[arg-type]
            if len(data) == 0:
                raise DataError("the store is empty: run `tiru build` first")
        bar.update(task, description="validating", advance=1)
        outcome = validate_graph(data)
        bar.update(task, advance=1)
    if outcome["conforms"]:
        console.print(f"[green]conforms[/]: {len(data)} triples checked against the shapes")
        return
    console.print(outcome["text"], highlight=False, markup=False)
    console.print(f"[red]{outcome['violations']} violation(s)[/]")
    raise typer.Exit(1)
