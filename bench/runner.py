"""``bench/run``: run Tiru's benchmarks and write ``bench/results/<YYYY-MM-DD>.md`` + PNG.

Usage::

    bench/run                          # load 100k,1M,5M; queries 100k,1M; everything else
    bench/run --quick                  # small sizes, a few minutes
    bench/run --sizes 100k,1M --only load,queries --out bench/results

Benchmarks: ``load``, ``queries``, ``server``, ``views``, ``analytics``, ``extraction``. Each one
compares Tiru with the engine a user would pick instead, inside the same run, and the report
gives ratios; absolute times hold for the machine the report names, nothing more.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.report import Table, fmt_rate, fmt_seconds, write_report

__all__ = ["BENCHMARKS", "parse_size", "bench_analytics", "bench_extraction", "run", "main"]

BENCHMARKS = ("load", "queries", "server", "views", "analytics", "extraction")


def parse_size(text: str) -> int:
    """``"100k"`` -> 100000, ``"1M"`` -> 1000000, ``"2500"`` -> 2500.

    Examples
    --------
    >>> parse_size("1.5M"), parse_size("10k"), parse_size("700")
    (1500000, 10000, 700)
    """
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        value = int(float(number) * scale)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use 100k, 1M, ...)") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a size must be positive: {text!r}")
    return value


def bench_analytics(sizes: Sequence[tuple[int, int]], *, seed: int = 0) -> Table:
    """The measure suite's growth curve, from :mod:`bench.analytics` (one run per size)."""
    from bench.analytics import synthetic_network, time_suite

    steps = ["degrees", "pagerank", "hits", "betweenness", "reciprocity", "community", "total"]
    table = Table("Analytics: the measure suite as the network grows",
                  ["nodes", "visits", "edges", *steps], xlabel="visits")
    for n, visits in sizes:
        G = synthetic_network(n, visits, seed=seed)
        t = time_suite(G, seed=seed)
        table.rows.append([f"{n:,}", f"{visits:,}", f"{G.number_of_edges():,}",
                           *(fmt_seconds(t[s]) for s in steps)])
        table.series.setdefault("total", []).append((visits, t["total"]))
        table.series.setdefault("betweenness", []).append((visits, t["betweenness"]))
    table.notes.append("Seeded Zipf-skewed synthetic networks (bench/analytics.py); one run per "
                       "size; betweenness is sampled from 32 seeded pivots above 2,000 nodes.")
    return table


def bench_extraction(n: int, *, seed: int = 0, repeat: int = 3) -> Table:
    """Articles per second on one core, from :mod:`bench.extraction`."""
    from bench.extraction import run as run_extraction

    # bench.extraction pins this process to one core; put the affinity back afterwards so that
    # the benchmarks after it (and their child processes) keep every core.
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    try:
        r = run_extraction(n, seed, repeat)
    finally:
        if affinity is not None:
            os.sched_setaffinity(0, affinity)
    table = Table("Extraction: articles per second on one core",
                  ["articles", "mean size", "best of", "seconds", "articles/s", "visits found"])
    table.rows.append([f"{int(r['articles']):,}", f"{r['mean_bytes'] / 1024:.1f} KB",
                       str(repeat), fmt_seconds(r["seconds"]), fmt_rate(r["articles_per_second"]),
                       f"{int(r['visits_found']):,}"])
    table.notes.append("Synthetic Indonesian news (bench/articles.py) through the whole "
                       "per-article path of `tiru extract`; no peer: the target is 1,000/s.")
    return table


def _plan(args: argparse.Namespace) -> dict[str, Callable[[Path], list[Table]]]:
    from bench.analytics import SIZES as ANALYTIC_SIZES
    from bench.load import bench_load
    from bench.queries import bench_queries
    from bench.server import bench_server
    from bench.views import bench_views

    quick = args.quick
    load_sizes = args.sizes or ([10_000, 50_000] if quick else [100_000, 1_000_000, 5_000_000])
    query_sizes = args.sizes or ([10_000, 50_000] if quick else [100_000, 1_000_000])
    server_size = min(query_sizes)
    views = [1_000, 5_000] if quick else [1_000, 10_000, 30_000]
    analytics = ANALYTIC_SIZES[:2] if quick else ANALYTIC_SIZES
    virt = not args.no_virtuoso
    return {
        "load": lambda w: [bench_load(load_sizes, workdir=w, seed=args.seed,
                                      runs=3 if quick else 1, rdflib_cap=args.cap * 20,
                                      virtuoso=virt)],
        "queries": lambda w: bench_queries(query_sizes, workdir=w, seed=args.seed,
                                           runs=args.runs, cap=args.cap, virtuoso=virt),
        "server": lambda w: [bench_server(server_size, workdir=w, seed=args.seed,
                                          concurrency=args.concurrency,
                                          duration=5.0 if quick else args.duration)],
        "views": lambda w: [bench_views(views, seed=args.seed, runs=3 if quick else 5)],
        "analytics": lambda w: [bench_analytics(analytics, seed=args.seed)],
        "extraction": lambda w: [bench_extraction(200 if quick else 2_000, seed=args.seed)],
    }


def run(args: argparse.Namespace, argv: Sequence[str]) -> Path:
    """Run the selected benchmarks in order and write the report; return its path."""
    plan = _plan(args)
    tables: list[Table] = []
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)  # a new folder is fine to name
    with tempfile.TemporaryDirectory(prefix="tiru-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        for name in args.only:
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            try:
                tables += plan[name](work)
            except Exception as exc:  # one broken benchmark must not lose the others' results
                tables.append(Table(f"{name}: failed", ["error"],
                                    rows=[[f"{type(exc).__name__}: {exc}".replace("|", "/")]]))
            print(f"[bench] {name} done in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
    return write_report(tables, args.out, args=" ".join(argv))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench/run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=lambda s: [parse_size(x) for x in s.split(",") if x],
                        help="synthetic triples for load and queries, e.g. 100k,1M")
    parser.add_argument("--quick", action="store_true", help="small sizes (minutes)")
    parser.add_argument("--only", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
                        default=list(BENCHMARKS),
                        help=f"comma-separated subset of {','.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results",
                        help="folder of the report (default bench/results)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=10, help="timed runs per query and engine")
    parser.add_argument("--cap", type=float, default=30.0,
                        help="seconds per query and engine before '> cap' (load: 20x)")
    parser.add_argument("--concurrency", type=int, default=8, help="server benchmark clients")
    parser.add_argument("--duration", type=float, default=15.0,
                        help="seconds of load per server target")
    parser.add_argument("--no-virtuoso", action="store_true", help="leave Virtuoso out")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where datasets and stores go (default: the system temp folder)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``bench/run`` and ``python -m bench.runner``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = sorted(set(args.only) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from "
                     f"{', '.join(BENCHMARKS)}")
    path = run(args, argv)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
