"""Benchmark of reading news: articles per second on one core for ~3 KB articles.

The articles come from :func:`bench.articles.generate_articles` (seeded synthetic Indonesian
news with real region names, direction cues, dates, officials, programs and boilerplate). Each
article goes through the whole per-article path of ``tiru extract``: bad-input checks, cleaning,
sentence splitting, gazetteer and program matching, the direction rules, dates, officials and
the JSON document. Loading the gazetteer and the program scheme happens once, before timing.

Run ``python -m bench.extraction`` (``--n 2000 --seed 1``). Target: 1,000 articles/s or more.
``--profile 25`` runs the same loop once under cProfile and prints the 25 most expensive
functions instead, to see where the time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from bench.articles import generate_articles
from graph.article import parse_article
from graph.extraction import Extractor

__all__ = ["run", "profile", "main"]


def run(n: int = 1000, seed: int = 0, repeat: int = 3) -> dict[str, float]:
    """Time extraction of ``n`` generated articles; the best of ``repeat`` runs counts.

    Returns
    -------
    dict
        ``articles``, ``mean_bytes``, ``seconds`` and ``articles_per_second``, plus the number
        of visits found (a sanity check that the work was done).
    """
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as promised
    texts = [t.encode("utf-8") for t in generate_articles(n, seed)]
    extractor = Extractor()
    best = float("inf")
    visits = 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = 0
        for data in texts:
            doc = extractor.extract(parse_article(data, path="bench")).to_json()
            found += len(doc["visits"])
            json.dumps(doc, ensure_ascii=False)
        best = min(best, time.perf_counter() - start)
        visits = found
    return {
        "articles": float(n),
        "mean_bytes": sum(len(t) for t in texts) / max(n, 1),
        "seconds": best,
        "articles_per_second": n / best if best > 0 else float("inf"),
        "visits_found": float(visits),
    }


def profile(n: int = 300, seed: int = 0, top: int = 25) -> None:
    """Print the ``top`` functions by own time over one pass of ``n`` generated articles."""
    import cProfile
    import pstats

    texts = [t.encode("utf-8") for t in generate_articles(n, seed)]
    extractor = Extractor()
    extractor.extract(parse_article(texts[0], path="bench"))  # compile and cache outside
    prof = cProfile.Profile()
    prof.enable()
    for data in texts:
        json.dumps(extractor.extract(parse_article(data, path="bench")).to_json(),
                   ensure_ascii=False)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="TOP",
                        help="print the TOP functions by own time instead of timing")
    args = parser.parse_args(argv)
    if args.profile:
        profile(args.n, args.seed, args.profile)
        return 0
    r = run(args.n, args.seed, args.repeat)
    print(f"{int(r['articles'])} articles of {r['mean_bytes'] / 1024:.1f} KB on average: "
          f"{r['seconds']:.2f} s, {r['articles_per_second']:.0f} articles/s on one core "
          f"({int(r['visits_found'])} visits found)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
