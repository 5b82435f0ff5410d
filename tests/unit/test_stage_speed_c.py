"""Fast paths of programs, dates and officials agree with the plain patterns they stand in for.

Each test compares a fast path with the general code on random mixtures of the pieces that
matter (names, title words, numbers, runs of spaces) and of characters that trip Unicode's
classes (see ``tests.unit.test_fast_paths``).
"""

from __future__ import annotations

import random
import re

import pytest

from graph import dates
from graph.chars import ascii_alnum_only
from graph.dates import _DATE_RE, MONTHS, WEEKDAYS, _first_match
from graph.officials import _HEAD_RE, _HEAD_START, _head_matches
from graph.patterns import Trie, prefiltered, trie_regex
from graph.programs import ProgramScheme, load_programs
from tests.unit.test_fast_paths import _texts


@pytest.fixture(scope="module")
def scheme() -> ProgramScheme:
    return load_programs()


def test_part_of_a_trie_keeps_the_order_of_the_whole() -> None:
    # "dana desa" outranks "dan" through the shared "dan"; kept alone with "dan", the
    # shared branch must still come first, as it does in the whole pattern.
    names = ["dan", "dana desa", "desa", "da"]
    trie = Trie([([re.escape(c) for c in n], len(n)) for n in names])
    assert trie.regex("$") == trie_regex([([re.escape(c) for c in n], len(n)) for n in names],
                                         "$")
    assert trie.regex("$", keep={0, 1}) == "dan(?:a\\ desa$|$)"
    assert trie.regex("$", keep={3}) == "da$"


def test_program_word_patterns_find_what_the_whole_pattern_finds(scheme: ProgramScheme) -> None:
    # Only texts whose letters and digits are ASCII take the word path; every name of the
    # scheme, in other cases, glued to other words and split by hyphens or spaces.
    names = sorted({n for n, _cs in scheme._compile()[0]})
    pieces = [*names, *(n.upper() for n in names[::7]), *(n.lower() for n in names[::5]),
              "MPP-nya", "e budgeting", "ebudgeting", "kabupaten/kota", "Kabupaten", "Kota",
              "Desa", "desa", "x", "a", "e", "_", "-", " ", "  ", "(", ")", ".", "/", "\u201c",
              "\u2013", "\u00a0", "2024", "layanan", "Mal", "Pelayanan", "Publik", "Digital"]
    checked = 0
    for text in _texts(pieces, seed=101, count=3000, most=9):
        if not ascii_alnum_only(text) or len(text.lower()) != len(text):
            continue
        want = [m.span() for m in prefiltered(scheme._pattern, scheme._lower, text,
                                              text.lower())]
        assert [m.span() for m in scheme._at_words(text)] == want, text
        assert [m.span() for m in scheme._pattern.finditer(text)] == want, text
        checked += 1
    assert checked > 1000


def test_title_heads_are_found_at_their_words_only() -> None:
    pieces = ["Bupati", "bupati", "BUPATI", "Wakil", "Wakil Bupati", "Wali Kota", "Wali  kota",
              "Walikota", "Plt.", "Plt", "Pj", "Pymt.", "Sekda", "Sekdakab", "Kepala", "Kepala.",
              "Staf Ahli", "Kades", "Asisten", "x", "Budi", "Kota", ".", "_", "-", " ", "  ", "\n",
              ",", "(", "2", "\u201c", "\u2013", "Kantor", "Camat", "Lurah"]
    rng = random.Random(102)
    # A head that the end of the span cuts out of a longer word, with heads after the end.
    for text, lo, hi in (("2 Wakil Bupati  SekdaKota Bupati Budi", 10, 21),
                         ("Kepala Bupati", 0, 9), ("Bupati", 0, 3)):
        want = [m.span() for m in prefiltered(_HEAD_RE, _HEAD_START, text, start=lo, stop=hi)]
        assert [m.span() for m in _head_matches(text, lo, hi)] == want, (text, lo, hi)
    checked = 0
    for text in _texts(pieces, seed=102, count=3000, most=12):
        start = rng.randint(0, len(text))
        stop = rng.randint(start, len(text))
        for lo, hi in ((0, len(text)), (start, stop)):
            want = [m.span() for m in prefiltered(_HEAD_RE, _HEAD_START, text, start=lo,
                                                  stop=hi)]
            assert [m.span() for m in _head_matches(text, lo, hi)] == want, (text, lo, hi)
        checked += ascii_alnum_only(text)
    assert checked > 1000


def test_first_date_match_over_the_lowered_text_is_the_cut_search() -> None:
    # Runs of spaces and line breaks (only the first of a run is tried), a "(" or a digit
    # after them, and dates right at the start of the text.
    pieces = ["Senin", "SELASA", "rabu", "(", "12", "/3", "/2024", " / ", "Juni", "Mei", "jun",
              "tanggal", "tahun", "kemarin", "hari ini", "2025-06-19", "s.d", "hingga", " ",
              "   ", "\n", "\n\n", "\t", "\u00a0", ",", ".", "O4/O7/2019", "85 persen", "x",
              "Selasa, 19 Juni 2025", "Sabtu lalu", "awal Oktober 2021", "/", "_", "\u201c"]
    rng = random.Random(103)
    checked = 0
    for text in _texts(pieces, seed=103, count=4000, most=16):
        if not ascii_alnum_only(text) or len(text.lower()) != len(text):
            continue
        lo = rng.choice([0, 0, rng.randint(0, len(text))])
        last = rng.randint(lo, len(text))
        endpos = rng.randint(last, len(text))
        found = _DATE_RE.search(text, lo, endpos)
        want = found.span() if found is not None and found.start() <= last else None
        got = _first_match(text, lo, last, endpos, text.lower())
        assert (got.span() if got is not None else None) == want, (text, lo, last, endpos)
        checked += 1
    assert checked > 1500


def test_month_and_weekday_tries_match_like_the_flat_alternations() -> None:
    def flat(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    source = _DATE_RE.pattern
    for words in (list(WEEKDAYS), list(MONTHS), dates._FULL_MONTHS):
        source = source.replace(f"(?:{dates._alt(words)})", f"(?:{flat(words)})")
    assert source != _DATE_RE.pattern
    plain = re.compile(source, _DATE_RE.flags)
    # Every month and weekday name in the forms that read them, then random mixtures.
    rng = random.Random(104)
    texts = []
    for month in MONTHS:
        for form in (month, month.upper(), month.title(), month[:-1], month + "x"):
            day = rng.choice(list(WEEKDAYS))
            texts += [f"{day}, 12 {form} 2024", f"12 {form}", f"awal {form} 2023",
                      f"19-20 {form}.", f"3 {form} - 5 {form} 2022", f"({day} 7 {form}2)"]
    pieces = [*MONTHS, *(m.upper() for m in MONTHS), *WEEKDAYS, "Juni2", "Agus.", "Sept.",
              "12", "3", "2024", " ", ", ", "-", " s.d ", " hingga ", "(", ")", "/", "tahun",
              "bulan", "\u017f", "\u212a", "tanggal", "12 Juni", " 2025", "Senin, 3 "]
    for text in texts + _texts(pieces, seed=104, count=3000, most=10):
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _DATE_RE.finditer(text)] == want, text
