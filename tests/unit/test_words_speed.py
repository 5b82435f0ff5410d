"""The word split and its readers (the gazetteer's scan, the cue words) agree with the plain
definitions they stand in for.

The split of a text whose letters and digits are all ASCII takes a fast path (a byte
translation, ``str.split`` and numpy for the offsets); the texts below mix Indonesian news
pieces with the characters that could trip it: curly quotes, dashes, a real "?", symbols with
a case of their own, and letters outside ASCII, some of whose lower case changes length.
"""

from __future__ import annotations

import random
import re

import pytest

from bench.articles import generate_articles
from graph import gazetteer
from graph.chars import ascii_alnum_only
from graph.cues import _ALL_FIRST, _interesting_words
from graph.gazetteer import Gazetteer, load_gazetteer, split_words

# Pieces of news whose non-ASCII characters are no letters or digits: the fast path.
_NEWS = ["Pemkab", "Bogor", " Kota Batu", "Bau-Bau", "Bau\u2010Bau", "\u201cTapin\u201d", "(PPU)",
         "Kab.", "studi", "banding", "Studi Banding", "2studi", "x2", "2024", "kunjungan", "KUNKER",
         " ", "  ", ", ", ".\n\n", "\u201c", "\u201d", "\u2014", "\u2013", "\u00a0", "?", "??",
         "\u24b6", "-", "(", ")", "/", "\n", "_", "belajar ke", "Wali Kota", "Desa"]
# Letters outside ASCII: "é", "ß" (upper case "SS"), dotted capital I (lower case two
# characters), the Kelvin sign (lower case ASCII "k"), Arabic-Indic digits.
_UNICODE = ["Caf\u00e9", "Stra\u00dfe", "\u0130zmir", "\u212aota", "\u0661\u0662", "\u017f"]


def _texts(pieces: list[str], seed: int, count: int = 3000, most: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
            for _ in range(count)]


def _plain_split(text: str) -> tuple[str, list[str], list[int], list[int]]:
    """Lower-cased text (same length), its runs of letters and digits, their starts and ends."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    runs = list(re.finditer(r"[^\W_]+", low))
    return low, [m.group() for m in runs], [m.start() for m in runs], [m.end() for m in runs]


def _all_texts() -> list[str]:
    return _texts(_NEWS, seed=101) + _texts(_NEWS + _UNICODE, seed=102, count=1500)


def test_split_words_is_the_regex_split() -> None:
    fast = 0
    for text in _all_texts():
        gazetteer._last_split = None
        got = split_words(text)
        low, words, starts, ends = _plain_split(text)
        assert (got.low, got.words, list(got.starts), list(got.ends)) == \
            (low, words, starts, ends), text
        cuts = [0, *ends]
        assert [got.gap(t) for t in range(len(words) + 1)] == \
            [low[a:b] for a, b in zip(cuts, [*starts, len(low)], strict=True)], text
        plain = all(w.isascii() and (w.isalpha() or w.isdigit()) for w in words)
        assert got.plain in (None, plain), text
        fast += got.plain is not None
        assert split_words(text) is got  # the same text again: split once
    assert fast > 3000  # the fast path did run, on texts without letters outside ASCII


def test_ascii_texts_take_the_fast_path() -> None:
    for text in ["", "Kota Batu", "\u201cKota\u201d \u2013 Batu?", "\u24b6 x2 (PPU)"]:
        gazetteer._last_split = None
        assert ascii_alnum_only(text)
        assert split_words(text).plain is not None, text


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _mentions_by_both_splits(gaz: Gazetteer, text: str, monkeypatch: pytest.MonkeyPatch
                             ) -> tuple[list[gazetteer.Mention], list[gazetteer.Mention]]:
    gazetteer._last_split = None
    fast = gaz.find_mentions(text)
    with monkeypatch.context() as m:
        m.setattr(gazetteer, "_split_ascii_words", lambda _text: None)
        gazetteer._last_split = None
        plain = gaz.find_mentions(text)
    gazetteer._last_split = None
    return fast, plain


def test_find_mentions_reads_the_fast_split_as_the_regex_split(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = ["Pemkab Bogor", "Kota Batu", "Penajam Paser Utara (PPU)", "Ogan Komering Ulu",
              " (OKU) ", "Timur", "Desa Bukit", "Wali Kota Bogor Bima Arya", "Kab. Tapin",
              "Bau-Bau", "Bau\u2010Bau", "Gunung Kidul", "Gunungkidul", "DI Yogyakarta",
              "di Yogyakarta", "Provinsi", "Kalimantan Timur", "\u201cPemkot", "Bogor\u201d",
              " \u2014 ", ", ", ". ", " ", "\n", "(", ")", "?", "Jalan", "Danau Toba", "Samosir",
              "Kab.", "Prov.", "pemkab bogor", "2024"]
    seen = 0
    for text in _texts(pieces, seed=103, count=1500, most=12):
        fast, plain = _mentions_by_both_splits(gaz, text, monkeypatch)
        assert fast == plain, text
        seen += len(fast)
    assert seen > 2000
    for article in generate_articles(30, 7):
        fast, plain = _mentions_by_both_splits(gaz, article, monkeypatch)
        assert fast == plain and fast


def test_interesting_words_are_the_a_to_z_runs_that_can_start_a_cue() -> None:
    for text in _all_texts() + _texts(_NEWS + ["Studi", "tiru", "3kunjungan", "atm"], seed=104):
        gazetteer._last_split = None
        low = _plain_split(text)[0]
        want = [(m.start(), m.group()) for m in re.finditer(r"[a-z]+", low)
                if m.group() in _ALL_FIRST]
        assert _interesting_words(text) == want, text
