"""Analytics commands: ``tiru network``, ``tiru diffusion`` and ``tiru export``."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from graph.cli import EndpointOpt, StoreOpt, app, cli_store, console, handle_errors
from graph.errors import TiruError
from graph.export import NETWORK_FORMATS, RDF_EXPORT_FORMATS, network_bytes, rdf_bytes
from graph.measures import MEASURES, compute_measures, top
from graph.network import learning_network, network_summary

__all__ = ["network", "diffusion", "export"]

LevelOpt = Annotated[str, typer.Option("--level", help="region | province | island")]
ProgramOpt = Annotated[str | None, typer.Option(
    "--program", help="Program notation, slug or IRI (narrower concepts included), e.g. MPP.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", help="Earliest visit date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", help="Latest visit date (YYYY[-MM[-DD]]).")]
DelegationOpt = Annotated[str | None, typer.Option(
    "--delegation", help="executive | legislative | village")]
LayerOpt = Annotated[str, typer.Option("--layer", help="both | curated | extracted")]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of Louvain and sampled betweenness.")]


def _short_sources(urls: list[str], keep: int = 3) -> str:
    shown = "\n".join(urls[:keep])
    return shown + (f"\n(+{len(urls) - keep} more)" if len(urls) > keep else "")


def _ranking_table(title: str, rows: list[dict[str, Any]], cols: list[tuple[str, str]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("region")
    for _, header in cols:
        table.add_column(header, justify="right")
    table.add_column("partners", overflow="fold")
    table.add_column("sources", overflow="fold")
    for i, row in enumerate(rows, start=1):
        values = []
        for key, _ in cols:
            v = row.get(key, 0.0)
            values.append(f"{v:.0f}" if key.endswith(("degree", "visits")) else f"{v:.4f}")
        table.add_row(str(i), f"{row['name']} ({row['node']})", *values,
                      ", ".join(row.get("partners", [])[:6])
                      + (" …" if len(row.get("partners", [])) > 6 else ""),
                      _short_sources(row.get("sources", [])))
    return table


@app.command()
@handle_errors
def network(
    level: LevelOpt = "region",
    program: ProgramOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    delegation: DelegationOpt = None,
    layer: LayerOpt = "both",
    measure: Annotated[list[str] | None, typer.Option(
        "--measure", help=f"Measure(s) to rank by: {', '.join(MEASURES)}.")] = None,
    top_n: Annotated[int, typer.Option("--top", help="How many nodes per ranking.")] = 10,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
    write: Annotated[bool, typer.Option(
        "--write", help="Store the measures in the analytics named graph.")] = False,
    seed: SeedOpt = 0,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Who learns from whom: the models, learners and brokers of the learning network."""
    if fmt not in ("table", "csv", "json"):
        raise TiruError(f"unknown format {fmt!r}; choose table, csv or json")
    wanted = list(measure) if measure else None
    if wanted:
        bad = [m for m in wanted if m not in MEASURES]
        if bad:
            raise TiruError(f"unknown measure {', '.join(bad)}; choose from {', '.join(MEASURES)}")
    st = cli_store(store, endpoint)
    try:
        G = learning_network(st, level=level, program=program, since=since, until=until,
                             delegation=delegation, layer=layer)
        measures = compute_measures(G, seed=seed)
        run = None
        if write:
            from graph.analytics import write_measures

            run = write_measures(st, G, measures, seed=seed)
    finally:
        st.close()
    summary = network_summary(G, top=top_n, measures=measures)
    rankings = {m: [{"node": n, "label": G.nodes[n].get("name", n), "value": v}
                    for n, v in top(measures, m, top_n)] for m in (wanted or [])}
    if fmt == "json":
        out = {"slice": {k: v for k, v in G.graph.items() if k != "program_closure"},
               "summary": summary, "rankings": rankings}
        if run is not None:
            out["analytics_run"] = {"iri": run.iri, "measurements": run.measurements}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        cols = wanted or list(MEASURES)
        order = top(measures, cols[0], top_n if top_n > 0 else G.number_of_nodes())
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["node", "label", "kind", "province", "island", *cols])
        for n, _ in order:
            a = G.nodes[n]
            writer.writerow([n, a.get("label"), a.get("kind"), a.get("province") or "",
                             a.get("island") or "", *[measures[c].get(n, "") for c in cols]])
        typer.echo(buf.getvalue(), nl=False)
        return
    console.print(f"[bold]Learning network[/] ({level}; program={program or 'all'}, "
                  f"since={since or '-'}, until={until or '-'}, "
                  f"delegation={delegation or 'all'}, layer={layer}): {summary['nodes']} nodes, "
                  f"{summary['edges']} learner→model ties, {summary['visits']} visits, "
                  f"reciprocity {summary['reciprocity']:.3f}", highlight=False)
    if not summary["edges"]:
        console.print("No visits match this slice.")
    if summary["models"]:
        console.print(_ranking_table(
            "Models (learned from; ranked by PageRank)", summary["models"],
            [("in_degree", "learners"), ("in_visits", "visits"), ("pagerank", "PageRank"),
             ("authority", "authority")]))
    if summary["learners"]:
        console.print(_ranking_table(
            "Learners (ranked by visits made)", summary["learners"],
            [("out_degree", "models"), ("out_visits", "visits"), ("hub", "hub")]))
    if summary["brokers"]:
        console.print(_ranking_table(
            "Brokers (ranked by betweenness)", summary["brokers"],
            [("betweenness", "betweenness"), ("in_degree", "learners"),
             ("out_degree", "models")]))
    for name, rows in rankings.items():
        table = Table(title=f"Top {top_n} by {name}", title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("region")
        table.add_column(name, justify="right")
        for i, row in enumerate(rows, start=1):
            table.add_row(str(i), f"{row['label']} ({row['node']})", f"{row['value']:.4g}")
        console.print(table)
    if run is not None:
        console.print(f"Wrote {run.measurements} measurements to the analytics graph "
                      f"(run {run.iri}).", highlight=False)


@app.command()
@handle_errors
def diffusion(
    program: Annotated[str, typer.Argument(help="Program notation, slug or IRI, e.g. MPP.")],
    infer: Annotated[bool, typer.Option(
        "--infer", help="Infer the latent diffusion network with NetInf.")] = False,
    edges: Annotated[int | None, typer.Option(
        "--edges", help="NetInf: edges to infer (default: one per non-first adopter).")] = None,
    top_n: Annotated[int, typer.Option("--top", help="Rows per table.")] = 15,
    any_visit: Annotated[bool, typer.Option(
        "--any-visit", help="Count visits about any program before an adoption.")] = False,
    layer: LayerOpt = "both",
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """How a program spread: adoption cascade, learning chains, innovativeness (and NetInf)."""
    from graph.diffusion import (
        adoption_cascade,
        adoption_times,
        cascade_summary,
        innovativeness,
        learning_chains,
    )

    if fmt not in ("table", "json"):
        raise TiruError(f"unknown format {fmt!r}; choose table or json")
    st = cli_store(store, endpoint)
    try:
        events = adoption_cascade(st, program, layer=layer, any_program=any_visit)
        G = learning_network(st, program=program, layer=layer)
        chains = learning_chains(G)
        scores = innovativeness(st, [program], layer=layer)
        inferred: dict[str, Any] | None = None
        if infer:
            from graph.netinf import edge_overlap, netinf

            cascades = list(adoption_times(st, [program], layer=layer).values())
            # Default budget: one parent per adopter that is not a cascade's first.
            budget = edges if edges is not None else sum(max(len(c) - 1, 0) for c in cascades)
            result = netinf(cascades, k=budget)
            inferred = {"edges": [{"source": u, "target": w, "gain": d["gain"]}
                                  for u, w, d in result.graph.edges(data=True)],
                        "objective": result.objective,
                        "overlap_with_visits": edge_overlap(result.graph, G)}
    finally:
        st.close()
    summary = cascade_summary(events)
    if fmt == "json":
        typer.echo(json.dumps({
            "program": G.graph.get("program"), "summary": summary,
            "cascade": [asdict(e) for e in events],
            "chains": [asdict(c) for c in chains],
            "innovativeness": scores.get("overall", {}),
            "netinf": inferred}, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]Adoption cascade of {program}[/]: {summary['adopters']} adopters, "
                  f"first {summary['first']}, last {summary['last']}; "
                  f"{summary['with_preceding_visit']} visited an earlier adopter before adopting"
                  + (f" (median {summary['median_days_visit_to_adoption']:.0f} days from visit "
                     "to adoption)" if summary["median_days_visit_to_adoption"] is not None
                     else "")
                  + f"; {summary['stated_learned_from']} name whom they learned from.",
                  highlight=False)
    if summary["by_year"]:
        console.print("Adoptions per year: " + ", ".join(
            f"{y}: {n}" for y, n in summary["by_year"].items()), highlight=False)
    visited = [e for e in events if e.preceding_visits]
    if visited:
        table = Table(title="Adopters who visited an earlier adopter first", title_justify="left")
        for col in ("#", "adopter", "adopted", "visited (date, host adopted)", "days",
                    "sources"):
            table.add_column(col, overflow="fold")
        for e in visited[:top_n]:
            table.add_row(str(e.order), f"{e.label} ({e.region})", f"{e.date} {e.status}",
                          "\n".join(f"{v.host} on {v.date} (adopted {v.host_adopted})"
                                    for v in e.preceding_visits),
                          str(e.days_from_last_visit),
                          _short_sources(sorted({s for v in e.preceding_visits
                                                 for s in v.sources}), 2))
        console.print(table)
    console.print(f"Time-respecting learning chains about {program}: {len(chains)}")
    for c in chains[:top_n]:
        console.print("  " + " → ".join(str(r) for r in c.regions)
                      + "   (" + ", ".join(c.dates) + ")", highlight=False)
    overall = scores.get("overall", {})
    if overall:
        best = sorted(overall.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
        console.print("Most innovative (Walker score, 1 = first adopter): " + ", ".join(
            f"{r} {s:.2f}" for r, s in best), highlight=False)
    if inferred is not None:
        ov = inferred["overlap_with_visits"]
        console.print(f"NetInf: {len(inferred['edges'])} inferred edges; "
                      f"{ov['shared']} also observed as visits (precision vs visits "
                      f"{ov['precision']:.2f}, recall {ov['recall']:.2f}).", highlight=False)
        for e in inferred["edges"][:top_n]:
            console.print(f"  {e['source']} → {e['target']}  gain {e['gain']:.3f}",
                          highlight=False)


@app.command()
@handle_errors
def export(
    fmt: Annotated[str | None, typer.Option(
        "--format", help=f"RDF: {', '.join(RDF_EXPORT_FORMATS)} (default trig); with --network: "
        f"{', '.join(NETWORK_FORMATS)} (default gexf).")] = None,
    graph: Annotated[str | None, typer.Option(
        "--graph", help="Only this named graph (curated, gazetteer, ... or an IRI).")] = None,
    as_network: Annotated[bool, typer.Option(
        "--network", help="Export the learning network instead of RDF.")] = False,
    level: LevelOpt = "region",
    program: ProgramOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    delegation: DelegationOpt = None,
    layer: LayerOpt = "both",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write to this file instead of standard output.")] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Export the graph as RDF, or the learning network for Gephi, Cytoscape and pandas."""
    st = cli_store(store, endpoint)
    try:
        if as_network:
            fmt = fmt or "gexf"
            if fmt not in NETWORK_FORMATS:
                raise TiruError(f"unknown network format {fmt!r}; choose from "
                                f"{', '.join(NETWORK_FORMATS)}")
            G = learning_network(st, level=level, program=program, since=since, until=until,
                                 delegation=delegation, layer=layer)
            data = network_bytes(G, fmt)
        else:
            fmt = fmt or ("ttl" if graph else "trig")
            data = rdf_bytes(st, fmt, graph)
    finally:
        st.close()
    if output is None:
        typer.echo(data.decode("utf-8"), nl=False)
    else:
        try:
            output.write_bytes(data)
        except OSError as exc:
            raise TiruError(f"cannot write {output}: {exc}") from exc
        console.print(f"Wrote {len(data)} bytes to {output}", highlight=False)
