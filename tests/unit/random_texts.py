"""Random texts for tests that a fast path answers as the slow search it stands in for."""

from __future__ import annotations

import random


def random_texts(pieces: list[str], tricky: list[str], seed: int, count: int, most: int
                 ) -> list[str]:
    """``count`` texts of up to ``most`` pieces each, drawn with ``seed`` from ``pieces`` and
    ``tricky`` (characters that break case folding, ``\\w`` or ASCII assumptions)."""
    rng = random.Random(seed)
    pool = pieces + tricky
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, most))) for _ in range(count)]
