"""Cheap gates in front of the reader's guard patterns never skip a match.

Each gate (a word before a place, a hint phrase in a window, a substring before a search) lets
a pattern run only where it can match; these tests run the pattern everywhere on random
mixtures of its words and of characters that trip Unicode's classes and case rules, and check
that wherever it matches, its gate was open (or, for the gates that answer alone, that they
answer as the pattern does).
"""

from __future__ import annotations

import random
import re

import pytest

from graph.article import _PUBLISHED_WORD, _says_published
from graph.chars import ascii_alnum_only
from graph.cues import (
    _BOTH_GROUPS,
    _ENDS_OR,
    _ENDS_REQUESTED,
    _ENDS_SCHEDULE,
    _ENDS_VISITS_COUNTED,
    _HINT_WORDS,
    _INSTITUTION_AT,
    _LAUNCH_BEFORE,
    _OR_BEFORE,
    _REQUESTED,
    _SCHEDULE_BEFORE,
    _STAYED,
    _STAYED_WORDS,
    _VISIT_HELD,
    _VISITS_COUNTED,
    _both_groups,
    _Hints,
    _institution_at,
    _launch_before,
    _visit_held,
)
from graph.extraction import Extractor
from graph.gazetteer import split_words
from tests.unit.random_texts import random_texts

_TRICKY = ["\u212a", "\u017f", "\u0130", "\u0131", "\u201c", "\u201d", "\u2013", "\u00a0",
           "\u00b2", "é", "_", "-", "/", "(", ")", ".", ",", " ", "  ", "\n", "\t", "?", "x"]


def _texts(pieces: list[str], seed: int, count: int = 2000, most: int = 12) -> list[str]:
    return random_texts(pieces, _TRICKY, seed, count, most)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_institution_gate_answers_as_the_search() -> None:
    pieces = ["ke ", "KE ", "kunjungi ", "Universitas ", "ITS", "DPR RI", "dpr  ri ", "kemenkes",
              "Kemen_x", "Gedung ", "negara", "di ", "DI ", "kota ", "kab. ", "Kabupaten ",
              "Surabaya", "BKKBN ", "luar negeri ", "kantor staf ", "\u0130TB ", "\u017fma "]
    for text in _texts(pieces, seed=21):
        for at in range(len(text) + 1):
            want = _INSTITUTION_AT.search(text, max(0, at - 100), at) is not None
            assert _institution_at(text, at) == want, (text, at)


def test_hint_spans_are_the_phrases_inside_each_window() -> None:
    phrases = sorted({p for words in _HINT_WORDS.values() for p in words})
    pieces = [*phrases, *(p[: len(p) // 2] for p in phrases)]
    rng = random.Random(22)
    for text in _texts(pieces, seed=22, count=1500):
        low = split_words(text).low
        exact = ascii_alnum_only(text)
        hints = _Hints(low, exact)
        for _ in range(3):
            i = rng.randint(0, len(text))
            j = rng.randint(i, len(text))
            for name, words in _HINT_WORDS.items():
                want = any(w in low[i:j] for w in words) if exact else name in hints
                assert hints.within(name, i, j) == want, (name, low, i, j)


@pytest.mark.parametrize(("pattern", "ends", "back"), [
    (_SCHEDULE_BEFORE, _ENDS_SCHEDULE, 10), (_OR_BEFORE, _ENDS_OR, 12),
    (_VISITS_COUNTED, _ENDS_VISITS_COUNTED, 12), (_REQUESTED, _ENDS_REQUESTED, 25),
])
def test_guards_before_a_cue_match_only_after_one_of_their_words(
        extractor: Extractor, pattern: re.Pattern[str], ends: frozenset[str], back: int) -> None:
    pieces = [*ends, *(w.upper() for w in ends), *(w.capitalize() for w in ends), "izin ",
              "IZIN", " ", "  ", "\t", "studi", "ke"]
    for text in _texts(pieces, seed=23, count=1500):
        for at in range(len(text) + 1):
            if pattern.search(text, max(0, at - back), at):
                last = extractor._word_before(text, at)
                assert last is None or last in ends, (text, at, last)


def test_text_gates_answer_as_their_patterns() -> None:
    pieces = ["kunjungan ", "Kunjungan ", "studi tiru ", "berlangsung", "digelar", "DIGELAR",
              "diadakan", "meresmikan ", "Peluncuran ", "soft  launching", "LAUNCHING",
              "studi", "kedua ", "Kedua ", "KEDUA ", "seluruh ", "rombongan", "tim", "delegasi",
              "diterbitkan", "Posted", "tayang", "PUBLISHED", "po\u017fted", "d\u0131terbitkan",
              ".", ";"]
    for text in _texts(pieces, seed=24):
        hay = split_words(text).low
        case = 1 if ascii_alnum_only(text) else 0
        view = hay if case else text
        for i in range(0, len(text) + 1, 3):
            for j in (i, (i + len(text)) // 2, len(text)):
                assert _visit_held(text, i, j) == (_VISIT_HELD.search(text, i, j) is not None)
                assert _launch_before(text, view, case, i, j) == (
                    _LAUNCH_BEFORE.search(text, i, j) is not None), (text, i, j)
                assert _both_groups(text, i, j) == (_BOTH_GROUPS.search(text, i, j) is not None)
            assert _says_published(text, i) == (_PUBLISHED_WORD.search(text, i) is not None)


def test_stayed_needs_one_of_its_words() -> None:
    pieces = ["yang ", "tidak ", "TAK ", "belum ", "ikut", "hadir", "Berhalangan", "turut",
              ". Dia", "."]
    for text in _texts(pieces, seed=25):
        if not ascii_alnum_only(text):
            continue
        low = split_words(text).low
        for at in range(len(text) + 1):
            end = min(len(text), at + 60)
            if _STAYED.match(text, at, end):
                assert any(low.find(w, at, end) >= 0 for w in _STAYED_WORDS), (text, at)


def test_hinted_patterns_match_only_around_their_phrases() -> None:
    from graph.cues import _ADVISED, _INTENT_BEFORE, _ONLINE, _SOCIAL_EVENT

    pieces = ["secara ", "daring", "melalui ", "zoom", "Video ", "conference", "lewat ",
              "sambungan  telepon", "diskusi ", "virtual", "Mempertimbangkan ", "menimbang ",
              "bisa ", "untuk ", "melakukan ", "agenda ", "menyarankan ", "agar ", "MTQ",
              "laga", "Pernikahan", "x ", "secara daring", "Melalui Zoom", "via  webinar",
              "lewat sambungan telepon", "rapat online", "videoconference", "ada opsi ",
              "menimbang untuk ", "perlu melakukan "]
    rng = random.Random(26)
    for text in _texts(pieces, seed=26, count=1500):
        if not ascii_alnum_only(text):
            continue
        low = split_words(text).low
        hints = _Hints(low, True)
        for _ in range(4):
            i = rng.randint(0, len(text))
            j = rng.randint(i, len(text))
            if _ONLINE.search(text, i, j):
                assert hints.within("online", i, j), (text, i, j)
            if _SOCIAL_EVENT.search(text, i, j):
                assert hints.within("social", i, j), (text, i, j)
            if _INTENT_BEFORE.search(text, i, j) or _ADVISED.search(text, i, j):
                assert hints.within("intent", i, j) or low.find("nimbang", i, j) >= 0, (text, i, j)
