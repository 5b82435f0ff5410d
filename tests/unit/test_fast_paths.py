"""Fast paths of the per-article extraction agree with the plain patterns they stand in for.

Each fast path (byte search, word look-ups, candidate positions) must give exactly what the
plain regular expression gives, on any text: these tests compare the two on random mixtures of
the pieces that matter (names, digits, cue words) and of characters that trip Unicode's classes
(a Kelvin sign, a long s, a dotted capital I, curly quotes, non-ASCII digits).
"""

from __future__ import annotations

import random
import re

import pytest

from graph.article import _STOPWORDS, _WORD_RE, indonesian_ratio
from graph.chars import ascii_alnum_only
from graph.dates import _ANCHOR, _DATE_RE, _anchors, _first_match
from graph.officials import _SELAKU_CORE, _SELAKU_KEY
from graph.patterns import literal_keys, prefiltered
from graph.programs import ProgramScheme, load_programs
from tests.unit.random_texts import random_texts

_TRICKY = ["\u212a", "\u017f", "\u0130", "\u0131", "\u201c", "\u201d", "\u2013", "\u00a0",
           "\u0661\u0662", "\u00b2", "\u24b6", "é", "_", "-", "/", "(", ")", ".", ",", " ", "  ",
           "\n", "\t", "?"]


def _texts(pieces: list[str], seed: int, count: int = 3000, most: int = 14) -> list[str]:
    return random_texts(pieces, _TRICKY, seed, count, most)


@pytest.fixture(scope="module")
def scheme() -> ProgramScheme:
    return load_programs()


def test_ascii_alnum_only_is_its_definition() -> None:
    for text in _texts(["Kota", "2024", "x"], seed=1):
        want = all(c.isascii() or not c.isalnum() for c in text)
        assert ascii_alnum_only(text) == want, text


def test_date_anchors_are_the_anchor_pattern_matches() -> None:
    pieces = ["kemarin", "KEMARIN", "Hari ini", "hari  ini", "tadi ", "TADI\t", "lalu", "lalulalu",
              "lalalu", "oo/", "O4/O7/2019", "0o/", "12", "3", "2024", "k", "h", "t", "l", "o"]
    for text in _texts(pieces, seed=2):
        for start, stop in ((0, len(text)), (len(text) // 3, len(text) * 2 // 3)):
            want = [m.span() for m in _ANCHOR.finditer(text, start, stop)]
            assert _anchors(text, start, stop) == want, (text, start, stop)


def test_first_date_match_is_the_search_cut_at_the_anchor() -> None:
    pieces = ["Senin", "SELASA", "rabu", "Jum'at", "(", "12", "/3", "/2024", "Juni", "Mei",
              "tanggal", "tahun", "bulan", "akhir", "kemarin", "hari ini", "2025-06-19", "s.d",
              "hingga", "\u017fenin", "\u212aamis", "Kota", "Senin (12/3/2024)", "tadi pagi",
              "Selasa, 19 Juni 2025", "tahun 2024", "tanggal 5 Mei 2023", "September 2022",
              "Sabtu lalu", "awal Oktober 2021", "pertengahan Desember 2020", "Ahad, 7 Juli"]
    rng = random.Random(3)
    for text in _texts(pieces, seed=3, most=18):
        lo = rng.randint(0, len(text))
        last = rng.randint(lo, len(text))
        endpos = rng.randint(last, len(text))
        found = _DATE_RE.search(text, lo, endpos)
        want = found.span() if found is not None and found.start() <= last else None
        got = _first_match(text, lo, last, endpos)
        assert (got.span() if got is not None else None) == want, (text, lo, last, endpos)


def test_program_matches_are_the_prefiltered_scan(scheme: ProgramScheme) -> None:
    names = sorted({n for n, _cs in scheme._compile()[0]})[:150]
    pieces = [*names, "MPP-nya", "mpp", "e budgeting", "ebudgeting", "kabupaten/kota", "x", "a"]
    for text in _texts(pieces, seed=4, most=10):
        low = text.lower()
        if len(low) == len(text):
            want = [m.span() for m in prefiltered(scheme._pattern, scheme._lower, text, low)]
        else:
            want = [m.span() for m in scheme._pattern.finditer(text)]
        assert [m.span() for m in scheme._matches(text)] == want, text


def test_literal_keys_are_the_key_matches() -> None:
    pieces = ["selaku", "sebagai", "Selaku", "seselaku", "sebagaimana", "se", "Budi", "x"]
    for text in _texts(pieces, seed=5):
        for start, stop in ((0, len(text)), (len(text) // 4, len(text) * 3 // 4)):
            want = [m.span() for m in _SELAKU_KEY.finditer(text, start, stop)]
            got = [m.span() for m in literal_keys(_SELAKU_KEY, _SELAKU_CORE, text, start, stop)]
            assert got == want, (text, start, stop)


def test_indonesian_ratio_is_its_definition() -> None:
    for text in _texts(["yang", "dan", "Yang", "DAN", "di", "ke", "kota", "2024"], seed=6):
        words = _WORD_RE.findall(text[:20000].lower())
        want = (sum(w in _STOPWORDS for w in words) / len(words), len(words)) if words \
            else (0.0, 0)
        assert indonesian_ratio(text) == pytest.approx(want), text


def test_regular_patterns_are_unchanged() -> None:
    # The fast paths lean on these shapes: a date expression cannot start inside a word, and
    # the key's words open with a literal the engine searches for.
    assert _DATE_RE.pattern.startswith(r"(?<![\w/])")
    assert _SELAKU_CORE.pattern.startswith("se") and re.fullmatch(_SELAKU_CORE, "selaku")


def test_hint_names_are_the_phrases_each_text_contains() -> None:
    from graph.cues import _HINT_WORDS, _Hints

    phrases = sorted({p for words in _HINT_WORDS.values() for p in words})
    # whole phrases, their pieces and overlaps ("transit" in two names, "bantuan" in three)
    pieces = [*phrases, *(p[: len(p) // 2] for p in phrases), *(p[len(p) // 2:] for p in phrases)]
    for text in _texts(pieces, seed=11, most=6):
        low = text.lower()
        hints = _Hints(low)
        for name, words in _HINT_WORDS.items():
            assert (name in hints) == any(w in low for w in words), (name, low)
