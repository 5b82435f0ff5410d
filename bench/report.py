"""Results of the benchmarks: timing statistics, the machine, and the Markdown + PNG report.

Every benchmark returns :class:`Table` objects: rows of already formatted cells, notes that say
what was skipped and why, and optional ``series`` (engine -> [(size, seconds)]) that become one
panel of the time-against-size plot. Numbers are compared as ratios inside one run; the report
states the machine and versions so that a reader can tell which run a ratio comes from.

Examples
--------
>>> s = summarise([0.3, 0.1, 0.2])
>>> round(s.median, 3), s.n
(0.2, 3)
>>> fmt_ratio(12.34), fmt_ratio(None)
('12.3x', 'n/a')
"""

from __future__ import annotations

import math
import os
import platform
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import metadata
from pathlib import Path

__all__ = [
    "Stats",
    "Table",
    "summarise",
    "repeat",
    "fmt_seconds",
    "fmt_ratio",
    "fmt_rate",
    "machine",
    "versions",
    "write_report",
]


@dataclass(frozen=True)
class Stats:
    """Median and 95th percentile (seconds) of ``n`` timed runs."""

    median: float
    p95: float
    n: int


@dataclass
class Table:
    """One benchmark's table, its notes and the series to plot.

    Parameters
    ----------
    title : str
        Heading of the section.
    columns : list of str
        Column headers.
    rows : list of list of str
        Formatted cells, one list per row.
    notes : list of str
        Sentences printed under the table (skipped peers, caps, targets).
    series : dict
        Engine name -> [(size, seconds)] for the time-against-size plot; empty for no plot.
    xlabel : str
        What the sizes of ``series`` count.
    """

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    series: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    xlabel: str = "triples"

    def markdown(self) -> str:
        """The section as GitHub Markdown."""
        lines = [f"## {self.title}", "", "| " + " | ".join(self.columns) + " |",
                 "|" + "|".join(" --- " for _ in self.columns) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        lines.append("")
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines).rstrip() + "\n"


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    # Nearest-rank percentile: with few runs it is an observed value, never an interpolation.
    rank = max(1, math.ceil(q * len(sorted_values)))
    return sorted_values[rank - 1]


def summarise(times: Sequence[float]) -> Stats:
    """Median and p95 of ``times`` (seconds).

    Raises
    ------
    ValueError
        When ``times`` is empty.
    """
    if not times:
        raise ValueError("no timings to summarise")
    ordered = sorted(times)
    return Stats(statistics.median(ordered), _percentile(ordered, 0.95), len(ordered))


def repeat(fn: Callable[[], object], *, runs: int, warmup: int = 1,
           budget: float | None = None) -> Stats:
    """Time ``fn`` ``runs`` times after ``warmup`` untimed calls.

    ``budget`` (seconds) stops early, after at least one timed run, so that a slow engine cannot
    hold the whole benchmark; the run count in the result says how many were made.
    """
    for _ in range(warmup):
        fn()
    times: list[float] = []
    started = time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if budget is not None and time.perf_counter() - started > budget:
            break
    return summarise(times)


def fmt_seconds(seconds: float | None) -> str:
    """Seconds with a unit that keeps three significant digits (``"n/a"`` for None)."""
    if seconds is None or math.isnan(seconds):
        return "n/a"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def fmt_ratio(ratio: float | None, *, lower_bound: bool = False) -> str:
    """A speed ratio such as ``"12.3x"``; ``lower_bound`` marks a peer that hit its cap."""
    if ratio is None or math.isnan(ratio):
        return "n/a"
    text = f"{ratio:.3g}x" if ratio < 100 else f"{ratio:.0f}x"
    return f"> {text}" if lower_bound else text


def fmt_rate(per_second: float) -> str:
    """A rate with thousands separators, e.g. ``"123,456/s"``."""
    return f"{per_second:,.0f}/s"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return None


def machine() -> dict[str, str]:
    """CPU model, usable cores, RAM and OS of this machine."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    ram = _ram_gib()
    return {"CPU": _cpu_model(), "cores": str(cores),
            "RAM": f"{ram:.1f} GiB" if ram else "unknown",
            "OS": f"{platform.system()} {platform.release()}"}


def _virtuoso_version() -> str | None:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        return None
    try:
        out = subprocess.run([binary, "-?"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "installed (version unknown)"
    for line in (out.stdout + out.stderr).splitlines():
        if "Version" in line:
            return line.strip()
    return "installed (version unknown)"


def versions() -> dict[str, str]:
    """Versions of Python and of the engines and libraries compared."""
    out = {"python": platform.python_version()}
    for dist in ("pyoxigraph", "rdflib", "networkx", "scipy", "rdflib-endpoint", "uvicorn",
                 "fastapi"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    out["virtuoso"] = _virtuoso_version() or "not installed"
    return out


def _plot(tables: Sequence[Table], path: Path) -> bool:
    """One log-log panel per table with series; False when there is nothing to draw."""
    plotted = [t for t in tables if t.series]
    if not plotted:
        return False
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and in CI
    import matplotlib.pyplot as plt

    cols = min(3, len(plotted))
    rows = math.ceil(len(plotted) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(5 * cols, 3.8 * rows), squeeze=False)
    for ax, table in zip(axes.flat, plotted, strict=False):
        for label, points in table.series.items():
            if points:
                xs, ys = zip(*sorted(points), strict=True)
                ax.plot(xs, ys, marker="o", label=label)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(table.title, fontsize=10)
        ax.set_xlabel(table.xlabel)
        ax.set_ylabel("seconds")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    for ax in list(axes.flat)[len(plotted):]:
        ax.set_visible(False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def write_report(tables: Sequence[Table], out_dir: Path, *, args: str = "",
                 day: date | None = None) -> Path:
    """Write ``<out_dir>/<YYYY-MM-DD>.md`` (and ``.png`` when a table has series).

    Returns
    -------
    Path
        The Markdown file.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = (day or date.today()).isoformat()
    md_path, png_path = out_dir / f"{stem}.md", out_dir / f"{stem}.png"
    lines = [f"# Tiru benchmarks, {stem}", ""]
    if args:
        lines += [f"Command: `bench/run {args}`".rstrip(), ""]
    lines += ["Speed is compared as ratios inside this run (higher is better for Tiru); "
              "absolute times describe this machine only.", "",
              "| machine | |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in machine().items()]
    lines += ["", "| version | |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in versions().items()]
    lines.append("")
    if _plot(tables, png_path):
        lines += [f"![time against size]({png_path.name})", ""]
    for table in tables:
        lines.append(table.markdown())
    md_path.write_text("\n".join(lines), encoding="utf-8")
    return md_path
