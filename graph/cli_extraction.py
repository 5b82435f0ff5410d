"""Reading news: ``tiru extract``, ``tiru ingest`` and ``tiru evaluate``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.article import expand_sources, read_article
from graph.cli import (
    EndpointOpt,
    StoreOpt,
    UpdateEndpointOpt,
    app,
    cli_store,
    console,
    err_console,
    handle_errors,
)
from graph.errors import InputError, TiruError

__all__ = ["extract_cmd", "ingest_cmd", "evaluate_cmd"]


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


SourcesArg = Annotated[
    list[str],
    typer.Argument(help="Article files (.txt, .html), folders of them, URLs, or - for stdin.",
                   show_default=False),
]


def _party(parties: list[dict[str, Any]]) -> str:
    return ", ".join(f"{p['label']} ({p['code']})" + (f" [{p['unit']}]" if p.get("unit") else "")
                     for p in parties)


def _print_table(obj: dict[str, Any]) -> None:
    src = obj["source"]
    console.rule(f"[bold]{src.get('title') or src.get('path') or src.get('url')}")
    if src.get("published"):
        console.print(f"published {src['published']}")
    if obj.get("skipped"):
        console.print(f"[yellow]skipped:[/] {obj['skipped']}")
        return
    if not obj["visits"]:
        console.print("no visits found")
    for i, v in enumerate(obj["visits"], 1):
        t = Table(title=f"visit {i} (confidence {v['confidence']})", show_header=False,
                  title_justify="left")
        t.add_column("field", style="bold")
        t.add_column("value", overflow="fold")
        t.add_row("learners (visitors)", _party(v["visitors"]))
        t.add_row("models (hosts)", _party(v["hosts"]))
        when = v.get("period") or v  # a month when no day is told
        dates = when["start"] or "?"
        if when["end"] and when["end"] != when["start"]:
            dates += f" – {when['end']}"
        t.add_row("date", dates)
        t.add_row("programs", ", ".join(
            (p.get("notation") + " " if p.get("notation") else "") + p["label"]
            for p in v["programs"]))
        if v.get("topics"):
            t.add_row("topics", ", ".join(v["topics"]))
        t.add_row("officials", "\n".join(f"{o['name']} — {o['title']} ({o['side']})"
                                         for o in v["officials"]))
        if v["recommended_by"]:
            t.add_row("recommended by", ", ".join(v["recommended_by"]))
        if v["delegation_size"]:
            t.add_row("delegation", str(v["delegation_size"]))
        t.add_row("evidence", "\n".join(f"[{e['start']}:{e['end']}] {e['text']}"
                                        for e in v["evidence"]))
        console.print(t)
    for a in obj["adoptions"]:
        console.print(f"adoption: {a['region']} {a['program']['label']} {a['status']}"
                      + (f" {a['date']}" if a["date"] else ""))


@app.command("extract")
@handle_errors
def extract_cmd(
    sources: SourcesArg,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f",
                                               help="json (one object per article; an array "
                                                    "for several), jsonl, or a table.")]
    = ExtractFormat.json,
) -> None:
    """Read articles and print the visits, officials, programs and adoptions they report."""
    from graph.extraction import Extractor

    paths = expand_sources(sources)
    if not paths:
        raise InputError("no articles found in the given sources")
    extractor = Extractor()
    objects: list[dict[str, Any]] = []
    read = 0
    for src in paths:
        try:
            obj = extractor.extract(read_article(src)).to_json()
            read += 1
        except TiruError as exc:  # bad input, or a defect met in this one article
            err_console.print(f"[yellow]skipped[/] {exc}", highlight=False)
            obj = {"source": {"path": None if src.startswith(("http://", "https://")) else src,
                              "url": src if src.startswith(("http://", "https://")) else None,
                              "title": None, "published": None},
                   "skipped": str(exc), "visits": [], "adoptions": []}
        if fmt is ExtractFormat.jsonl:
            print(json.dumps(obj, ensure_ascii=False), flush=True)
        elif fmt is ExtractFormat.table:
            _print_table(obj)
        objects.append(obj)
    if fmt is ExtractFormat.json:
        out: Any = objects[0] if len(objects) == 1 else objects
        print(json.dumps(out, ensure_ascii=False, indent=1))
    if read == 0:
        raise typer.Exit(1)


@app.command("ingest")
@handle_errors
def ingest_cmd(
    sources: SourcesArg,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run",
                                          help="Read and count, write nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read articles into the store's "extracted" graph, with provenance and evidence."""
    from graph.extraction import Extractor
    from graph.ingest import ingest_sources

    paths = expand_sources(sources)
    if not paths:
        raise InputError("no articles found in the given sources")
    extractor = Extractor()
    st = cli_store(store, endpoint, update_endpoint)
    try:
        if len(paths) > 1 and not as_json:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=err_console, transient=True) as bar:
                task = bar.add_task("reading articles", total=len(paths))
                summary = ingest_sources(st, paths, extractor=extractor, dry_run=dry_run,
                                         on_article=lambda _s: bar.advance(task))
        else:
            summary = ingest_sources(st, paths, extractor=extractor, dry_run=dry_run)
    finally:
        st.close()
    if as_json:
        print(json.dumps(dict(summary.to_json(), dry_run=dry_run), ensure_ascii=False))
        return
    verb = "would add" if dry_run else "added"
    console.print(
        f"{'[dry run] ' if dry_run else ''}read {summary.read} article(s): "
        f"visits {verb} {summary.visits_added}, merged {summary.visits_merged}, "
        f"unchanged {summary.visits_unchanged}; adoptions {verb} {summary.adoptions_added}, "
        f"merged {summary.adoptions_merged}, unchanged {summary.adoptions_unchanged}; "
        f"{summary.triples_added} new triple(s); skipped {len(summary.skipped)}",
        highlight=False,
    )
    for src, reason in summary.skipped:
        console.print(f"  skipped {src}: {reason}", highlight=False)
    if summary.run:
        console.print(f"  recorded as {summary.run}", highlight=False)


@app.command("evaluate")
@handle_errors
def evaluate_cmd(
    folder: Annotated[Path, typer.Argument(
        help="Folder of NAME.txt articles with NAME.json gold.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score the extractor on annotated articles: edges, dates, programs, officials, negatives."""
    from graph.evaluate import evaluate_dir

    report = evaluate_dir(folder)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return
    t = Table(title="per article", title_justify="left")
    for col in ("article", "edges tp/fp/fn", "start", "programs tp/fp/fn", "officials tp/fp/fn",
                "notes"):
        t.add_column(col, overflow="fold")
    for a in report.articles:
        notes = []
        if a.error:
            notes.append(f"error: {a.error}")
        if a.false_edges:
            notes.append("false: " + ", ".join(f"{v}>{h}" for v, h in a.false_edges))
        if a.missed_edges:
            notes.append("missed: " + ", ".join(f"{v}>{h}" for v, h in a.missed_edges))
        notes += [f"date {d}" for d in a.wrong_dates]
        if a.missed_programs:
            notes.append("missed programs: " + ", ".join(a.missed_programs))
        if a.false_programs:
            notes.append("extra programs: " + ", ".join(a.false_programs))
        if a.missed_officials:
            notes.append("missed officials: " + ", ".join(a.missed_officials))
        if a.false_officials:
            notes.append("extra officials: " + ", ".join(a.false_officials))
        t.add_row(a.id + (" (neg)" if a.negative else ""),
                  f"{a.edges_tp}/{a.edges_fp}/{a.edges_fn}",
                  f"{a.start_ok}/{a.dates_n}" if a.dates_n else "-",
                  f"{a.prog_tp}/{a.prog_fp}/{a.prog_fn}" if a.dates_n else "-",
                  f"{a.off_tp}/{a.off_fp}/{a.off_fn}" if a.dates_n else "-",
                  "\n".join(notes))
    console.print(t)
    s = report.summary()

    def line(m: dict[str, Any] | None) -> str:
        if m is None:
            return "n/a"
        return (f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                f"(TP={m['tp']} FP={m['fp']} FN={m['fn']})")

    console.print(f"articles   {s['articles']}", highlight=False)
    console.print(f"edges      {line(s['edges'])}", highlight=False)
    d = s["dates"]
    if d["tp_edges"]:
        console.print(f"dates      start {d['start_correct']}/{d['tp_edges']} = "
                      f"{d['start_accuracy']:.3f}  end {d['end_correct']}/{d['tp_edges']} = "
                      f"{d['end_accuracy']:.3f}", highlight=False)
    console.print(f"programs   {line(s['programs'])}", highlight=False)
    console.print(f"officials  {line(s['officials'])}", highlight=False)
    n = s["negatives"]
    share = f"{n['share']:.3f}" if n["share"] is not None else "n/a"
    console.print(f"negatives  {n['correct']}/{n['total']} = {share}", highlight=False)
    if s["errors"]:
        console.print(f"errors     {', '.join(s['errors'])}", highlight=False)
