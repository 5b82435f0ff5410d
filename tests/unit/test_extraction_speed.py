"""Fast paths of the extraction speed work agree with the general code they stand in for.

Each test compares a fast path with the plain definition on random mixtures of the pieces that
matter and of characters that trip Unicode's classes (see ``tests.unit.test_fast_paths``).
"""

from __future__ import annotations

import bisect
import random
import re
from datetime import date
from itertools import accumulate

import pytest

from bench.articles import generate_articles
from graph import gazetteer
from graph.article import (
    Span,
    parse_article,
)
from graph.chars import ascii_alnum_only, non_ascii_chars
from graph.cues import (
    _CANDIDATE_KEY,
    _CANDIDATE_RE,
    _CASE_FORMS,
    _CUE_FIRST,
    _CUE_RE,
    _DELEGATION,
    _DELEGATION_ANYWHERE,
    _DIGIT,
    _INSIDE_UNIT,
    _NOT_IN_LABEL,
    _anchored,
    _beside,
    _Cue,
    _inside_unit,
    _interesting_words,
    _plain_words,
)
from graph.dates import _first_match, find_dates
from graph.extraction import Extractor, Visit
from graph.gazetteer import _SPLIT, WordSplit, split_words
from graph.patterns import capitalised_before
from tests.unit.test_fast_paths import _texts


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _plain_split(text: str) -> tuple[str, list[str], list[int], list[int], list[str]]:
    """Lower-cased text, its words, their starts and ends, and the gaps, by the regex split."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    parts = _SPLIT.split(low)
    cum = list(accumulate(map(len, parts), initial=0))
    return low, parts[1::2], cum[1:-1:2], cum[2:-1:2], parts[0::2]


def _split_fields(split: WordSplit) -> tuple[str, list[str], list[int], list[int], list[str]]:
    return (split.low, split.words, list(split.starts), list(split.ends),
            [split.gap(t) for t in range(len(split.words) + 1)])


def test_split_words_is_the_unicode_split() -> None:
    # "?" next to curly quotes and dashes: the ASCII split replaces those by "?" and must put
    # the gaps back as they were, also where a real "?" stands beside them.
    pieces = ["Kota", "batu", "2024", "studi", "x2", "Bau-Bau", "Bau\u2010Bau", "“Tapin”", "?",
              "??", "“?”", "–", "Kab.", "(PPU)", "\u2028", "\r\n"]
    for text in _texts(pieces, seed=41, count=4000, most=18):
        gazetteer._last_split = None
        got = split_words(text)
        assert _split_fields(got) == _plain_split(text), text


def _plain_delegation(text: str, spans: list[Span], ids: list[int]) -> int | None:
    for sid in range(ids[0], min(ids[-1] + 3, len(spans))):
        span = spans[sid]
        m = _DELEGATION.search(text, span.start, span.end) \
            if _DIGIT.search(text, span.start, span.end) else None
        if m:
            return int(m.group("n"))
    m = _DELEGATION_ANYWHERE.search(text)
    return int(m.group(1)) if m else None


def test_delegation_keys_leave_the_size_unchanged(extractor: Extractor) -> None:
    # The verbs that open a _DELEGATION match decide which sentences are searched; a sentence
    # with only a look-alike ("ſebanyak", "Sebanyak" in capitals, a verb in another sentence)
    # must give what searching every sentence with a digit gives.
    pieces = ["sebanyak 25 orang", "SEBANYAK 12 pejabat", "\u017febanyak 9 orang", "berjumlah",
              "terdiri atas 30 pegawai", "Diikuti 7 camat", "membawa 40 ASN", "rombongan",
              " berjumlah 15", "Rombongan besar sebanyak 8", "memboyong", "\u212a", "12", ". ",
              "orang", " ", "\n", "beranggotakan 5 anggota", "Rombongan ", "rombongan kami ",
              "\u017febanyak 9 ", "sebanyak 4 ", "berjumlah 6 "]
    rng = random.Random(43)
    cases = [(["Rombongan \u017febanyak 9 x."], [0]),  # only the look-alike, outside a sentence
             (["Rombongan kami sebanyak 3 x.", "Lalu 5 orang."], [1])]
    for _ in range(1500):
        sentences = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
                     for _ in range(rng.randint(1, 5))]
        cases.append((sentences, sorted(rng.sample(range(len(sentences)),
                                                   rng.randint(1, len(sentences))))))
    for sentences, ids in cases:
        text, spans = "", []
        for sentence in sentences:
            spans.append(Span(len(text), len(text) + len(sentence)))
            text += sentence + " "
        visit = Visit(visitors=[], hosts=[], sentence_ids=ids)
        assert extractor._delegation(text, spans, visit) == _plain_delegation(text, spans, ids), \
            text


def test_inside_unit_is_the_window_search() -> None:
    pieces = ["Dinas", "Badan", "Kantor ", "Bagian", "Unit", "Bidang", "Seksi", "dinas", " dan ",
              "Penanaman", "Modal", "Pelayanan", " ", "  ", "\n", "x", "-", "DinasX"]
    rng = random.Random(47)
    for text in _texts(pieces, seed=47, count=3000, most=20):
        at = rng.randint(0, len(text))
        want = _INSIDE_UNIT.search(text, max(0, at - 60), at) is not None
        assert _inside_unit(text, at) == want, (text, at)


@pytest.mark.parametrize(("text", "want"), [
    # A program, then a sentence that names it only as "Mal yang ...": the status is its.
    ("Pemerintah Kabupaten Tapin terus berbenah. Pemkab Tapin membangun Mal Pelayanan Publik "
     "(MPP) di pusat kota sejak awal tahun. Mal yang sedang dibangun itu ditargetkan rampung "
     "Desember 2025, kata Bupati.", [("63.05", "MPP", "under_construction", "2025-12")]),
    # A status before any program adopts nothing, nor does a program without a status.
    ("Pemerintah Kota Banjarbaru meresmikan gedung baru pada Senin (3/3/2025). Sementara itu "
     "Kabupaten Tapin sudah memiliki Mal Pelayanan Publik (MPP) sejak 2023.", []),
    ("Kabupaten Tapin memiliki MPP. Layanan ini telah beroperasi sejak 2023. Mal tersebut "
     "diresmikan Gubernur pada Maret 2023.",
     [("63.05", "MPP", "operating", None), ("63.05", "MPP", "inaugurated", "2023-03")]),
    ("Mal itu diresmikan pada Maret 2023. Pemkab Tapin memiliki MPP yang kini melayani ratusan "
     "warga.", []),
])
def test_adoptions_skip_only_sentences_without_a_program(
        extractor: Extractor, text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    # Sentences without a program of their own are passed over unless one just named stands
    # in ("Mal yang ...", "Layanan ini ..."); those must still give their adoption.
    x = extractor.extract(parse_article(text.encode("utf-8"), path="t.txt"))
    assert [(a.region, a.program.notation, a.status, a.date) for a in x.adoptions] == want


def test_cues_without_a_region_beside_them_read_nothing(extractor: Extractor) -> None:
    # _read_sentence skips a cue with no region wholly before or after it; _read_cue, which
    # reads every side from those regions, must then find nothing either, for any subset of
    # a sentence's regions.
    rng = random.Random(61)
    texts = [t for t in generate_articles(60, 5)]
    texts.append("Kabupaten Tapin melakukan studi tiru dan kami juga ke sana. Kota Banjarbaru "
                 "menerima kunjungan yang ini dari mereka.")
    checked = 0
    for raw in texts:
        article = parse_article(raw.encode("utf-8"), path="t.txt")
        text, sents = article.clean, article.sentences
        starts = [s.start for s in sents]
        regions = extractor._regions(text)
        for m in _anchored(_CUE_RE, text, _interesting_words(text), _CUE_FIRST):
            sid = bisect.bisect_right(starts, m.start()) - 1
            if sid < 0:
                continue
            cue = _Cue(m.lastgroup or "weak", m.start(), m.end(), m.group(0))
            in_sentence = [r for r in regions if sents[sid].start <= r.start < sents[sid].end]
            for _ in range(4):
                regs = [r for r in in_sentence if rng.random() < 0.5]
                found = extractor._read_cue(text, sents[sid], sid, cue, regs)
                if not _beside(cue, regs):
                    assert found is None, (text[sents[sid].start:sents[sid].end], regs)
                    checked += 1
    assert checked > 50


def test_candidate_acronyms_start_after_the_last_character_outside_a_label() -> None:
    pieces = ["Sistem", "Informasi", "Manajemen", " ", "  ", "\n", "(SIM)", "(SIMANTAP)", "(x)",
              "(", ")", ",", ".", "dan", " dan ", "&", "-", "Mal Pelayanan Publik (MPP)", "di",
              "Aplikasi", "(Kota)", "e-Gov", "“", "Kab."]
    for text in _texts(pieces, seed=67, count=4000, most=16):
        want = [m.span() for m in _CANDIDATE_RE.finditer(text)]
        plain = [m.span() for m in capitalised_before(_CANDIDATE_RE, _CANDIDATE_KEY, text)]
        got = [m.span() for m in capitalised_before(_CANDIDATE_RE, _CANDIDATE_KEY, text,
                                                    outside=_NOT_IN_LABEL)]
        assert got == plain == want, text


def test_case_sensitive_forms_on_the_lowered_text_find_the_same(extractor: Extractor) -> None:
    # Where _view hands the rules the lower-cased text, each pattern's case-sensitive form
    # must find there what the case-blind one finds in the text; elsewhere (a long s, a
    # Kelvin sign, a dotted capital I) the text itself is read.
    pieces = ["Saling Belajar", "saling belajar", "\u017faling belajar", "AKAN", "Dilarang",
              "Mahasiswa", "KEMENTERIAN", "Komisi IV DPR", "ke", "KE ", " di ", "Dari",
              "dilakukan oleh", ", yang", ", Untuk", "dalam rangka", "Pemkab", "rombongan", "di",
              "Kampus", "universitas", "objek wisata", "\u212aampus", "Pemerintah", "  ", ";",
              "\u201cx\u201d", "Guna", "\u0130", "tidak", "batal", "Kota", " ujarnya", "Kemarin",
              "Rekomendasi", "sebanyak 20 orang", "Konsultasi", "BELAJAR", "Diresmikan",
              "pekan depan", "Soft Launching",
              "sedang dibangun", "Mulai Beroperasi", "\u017fudah beroperasi", "ATAS PETUNJUK",
              " ATM ", "Studi Tiru", "KUNJUNGAN KERJA", "Menerima kunjungan", "datang"]
    rng = random.Random(71)
    for text in _texts(pieces, seed=71, count=2500, most=12):
        hay, case = extractor._view(text)
        assert len(hay) == len(text)
        for rx, lower in _CASE_FORMS:
            i = rng.randint(0, len(text))
            j = rng.randint(i, len(text))
            want = rx.search(text[i:j])
            got = (rx, lower)[case].search(hay[i:j])
            assert (got and (got.span(), got.lastgroup)) == (
                want and (want.span(), want.lastgroup)), (rx.pattern, text[i:j])


def test_dates_found_over_the_lowered_text_are_the_same() -> None:
    pieces = ["Senin", "SELASA", "rabu", "Jum'at", "(", "12", "/3", "/2024", "Juni", "MEI",
              "tanggal", "Tahun", "bulan", "akhir", "Kemarin", "hari ini", "2025-06-19", "s.d",
              "hingga", "O4/O7/2019", "Kota", "Senin (12/3/2024)", "tadi pagi", "Sabtu lalu",
              "Selasa, 19 Juni 2025", "AWAL Oktober 2021", "Ahad, 7 Juli", "\u201c", "\u2013"]
    rng = random.Random(73)
    for text in _texts(pieces, seed=73, count=3000, most=16):
        if not ascii_alnum_only(text):
            continue  # lowered is only for texts whose letters and digits are all ASCII
        lowered = split_words(text).low
        lo = rng.randint(0, len(text))
        last = rng.randint(lo, len(text))
        endpos = rng.randint(last, len(text))
        want = _first_match(text, lo, last, endpos)
        got = _first_match(text, lo, last, endpos, lowered)
        assert (got and (got.span(), got.groupdict())) == (
            want and (want.span(), want.groupdict())), text
        ref = date(2025, 3, 5)
        assert find_dates(text, reference=ref, lowered=lowered) == find_dates(text, reference=ref)


def test_split_of_ascii_words_puts_back_the_other_characters_in_lower_case() -> None:
    # Characters outside ASCII that are no letter or digit, some with a lower case of their
    # own ("Ⓐ", "Ⅻ" is a number and takes the general path), beside real "?".
    pieces = ["Kota ", "batu", "2024", "?", "“", "”", "–", "\u24b6", "\u24d0", "\u2160",
              "\u00a0", "\u2028", "Bau-Bau", " "]
    for text in _texts(pieces, seed=47, count=4000, most=16):
        gazetteer._last_split = None
        got = split_words(text)
        assert _split_fields(got) == _plain_split(text), text


def test_no_character_but_a_letter_or_digit_lowers_to_one() -> None:
    # _plain_words skips the look at the lower-cased text's characters outside ASCII when the
    # text's own letters and digits are ASCII; that holds only while this does.
    for code in range(0x110000):
        ch = chr(code)
        if not ch.isalnum():
            assert not any(c.isalnum() for c in ch.lower()), hex(code)


def test_plain_words_is_its_definition() -> None:
    pieces = ["kota", "2024", "x2", "2x", "\u212a", "é", "\u0130", "\u24b6", "“", "–", " "]
    for text in _texts(pieces, seed=53, count=3000, most=10):
        low = split_words(text).low
        runs = re.findall(r"[^\W_]+", low)
        want = all(r.isdigit() and r.isascii() or r.isascii() and r.isalpha() for r in runs)
        assert _plain_words(text, low) == want, text


def test_kept_non_ascii_characters_are_those_of_the_text_asked_about() -> None:
    texts = _texts(["Kota", "“", "”", "–", "é", " "], seed=59, count=2000, most=8)
    for text, other in zip(texts, reversed(texts), strict=True):
        for asked in (text, other, other, text):
            assert non_ascii_chars(asked) == "".join(c for c in asked if not c.isascii()), asked
