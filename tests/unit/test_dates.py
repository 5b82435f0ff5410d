"""Dates as Indonesian news writes them (graph/dates.py)."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from graph.dates import _ANCHOR, find_dates, format_date, parse_date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Senin (14/10/2024)", "2024-10-14", "2024-10-14"),
        ("Jumat, (7/3/2025) pagi", "2025-03-07", "2025-03-07"),
        ("Sabtu.(8/6/2024)", "2024-06-08", "2024-06-08"),
        ("pada (5/11/23)", "2023-11-05", "2023-11-05"),
        ("tanggal (O3/O2/2022)", "2022-02-03", "2022-02-03"),
        ("Senin-Selasa (21-22/7/2025)", "2025-07-21", "2025-07-22"),
        ("Rabu – Kamis (16 – 17/4/2-25)", "2025-04-16", "2025-04-17"),
        ("Selasa, 11 Februari 2025", "2025-02-11", "2025-02-11"),
        ("Jum'at, 3 Pebruari 2023", "2023-02-03", "2023-02-03"),
        ("27-28 Agustus 2024", "2024-08-27", "2024-08-28"),
        ("10 s.d. 12 Nopember 2022", "2022-11-10", "2022-11-12"),
        ("tanggal 12 s/d 14 Juni 2024", "2024-06-12", "2024-06-14"),
        ("pada 4 dan 5 Maret 2025", "2025-03-04", "2025-03-05"),
        ("Senin (3/3) hingga Rabu (5/3/2025)", "2025-03-03", "2025-03-05"),
        ("sejak 3 Mei hingga 6 Mei 2023", "2023-05-03", "2023-05-06"),
        ("29 Februari - 1 Maret 2024", "2024-02-29", "2024-03-01"),
        ("Rabu (2/4/2025) hingga Jumat (4/4/2025)", "2025-04-02", "2025-04-04"),
        ("sekitar 2021-09-30 lalu", "2021-09-30", "2021-09-30"),
    ],
)
def test_explicit_dates(text: str, first: str, last: str) -> None:
    found = find_dates(text)
    assert len(found) == 1, found
    assert found[0].iso_first() == first
    assert found[0].iso_last() == last


def test_month_and_year_precision() -> None:
    month = parse_date("diresmikan pada Agustus 2021")
    assert month is not None and month.precision == "month" and month.iso_first() == "2021-08"
    year = parse_date("pernah datang tahun 2011 silam")
    assert year is not None and year.precision == "year" and year.iso_first() == "2011"


def test_relative_dates_need_a_reference() -> None:
    unresolved = parse_date("rombongan tiba kemarin")
    assert unresolved is not None and unresolved.first is None and unresolved.relative
    ref = date(2024, 5, 16)  # a Thursday
    assert parse_date("kemarin", reference=ref).iso_first() == "2024-05-15"  # type: ignore[union-attr]
    # "Senin lalu" is the Monday before the reference.
    assert parse_date("Senin lalu", reference=ref).iso_first() == "2024-05-13"  # type: ignore[union-attr]
    assert parse_date("Kamis lalu", reference=ref).iso_first() == "2024-05-09"  # type: ignore[union-attr]


def test_year_less_dates_take_the_reference_year() -> None:
    assert parse_date("Selasa (3/9)", reference=date(2024, 9, 5)).iso_first() == "2024-09-03"  # type: ignore[union-attr]
    # A day weeks after publication belongs to the year before.
    assert parse_date("Jumat (27/12)", reference=date(2025, 1, 6)).iso_first() == "2024-12-27"  # type: ignore[union-attr]
    assert parse_date("Selasa (3/9)").first is None  # type: ignore[union-attr]


def test_not_dates() -> None:
    assert find_dates("sekitar 1/3 anggaran dan 20:45 WIB, nomor 12") == []
    assert find_dates("bulan (13/2025)") == []
    assert find_dates("(31/2/2024)") == []


def test_offsets_point_into_the_text() -> None:
    text = "Kunjungan berlangsung di aula, Kamis (6/6/2024), dan ditutup sore."
    (m,) = find_dates(text)
    assert text[m.start:m.end] == m.text
    assert "(6/6/2024)" in m.text


def test_format_date() -> None:
    assert format_date(date(2022, 12, 1), "month") == "2022-12"
    assert format_date(None) is None


def test_anchor_pattern_equals_the_plain_one() -> None:
    plain = re.compile(r"\d+|kemarin|hari\s+ini|tadi\s|lalu\b|[Oo](?=[\dOo]?/)", re.IGNORECASE)
    pieces = ["KEMARIN", "kemarin", "Hari  ini", "hari\nini", "tadi ", "TADI\t", "lalu", "Lalux",
              "O/", "o0/", "OO/", "oo", "12", "3", " ", "x", "/", "0", "Kamis"]
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(8))
        assert [m.span() for m in _ANCHOR.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("text", ["\u017fenin lalu", "Rabu (3/12/2025)", "19 O\u212atober 2025",
                                  "\u017felasa-Rabu (12-13/3/2024)", "Kamis, 19 Juni 2025"])
def test_unicode_case_variants_of_names_do_not_crash(text: str) -> None:
    # Case-insensitive patterns match a long s or a Kelvin sign as "s" or "k": such a name is
    # read as the plain one, never a KeyError reaching the user.
    plain = text.replace("\u017f", "s").replace("\u212a", "k")
    found = find_dates(text, reference=date(2025, 1, 1))
    expected = find_dates(plain, reference=date(2025, 1, 1))
    assert [(m.first, m.last) for m in found] == [(m.first, m.last) for m in expected]


@pytest.mark.parametrize(("text", "iso"), [("Pada September lalu, tim belajar", "2024-09"),
                                           ("bulan Juni lalu", "2024-06"),
                                           ("Januari lalu", "2024-01")])
def test_a_month_gone_by_needs_the_reference(text: str, iso: str) -> None:
    (m,) = find_dates(text, reference=date(2025, 1, 6))
    assert (m.precision, format_date(m.first, m.precision)) == ("month", iso)
    (bare,) = find_dates(text)
    assert bare.first is None


def test_a_weekday_of_last_week_is_in_the_week_before() -> None:
    friday = date(2025, 1, 31)
    assert find_dates("Kamis pekan lalu", reference=friday)[0].iso_first() == "2025-01-23"
    assert find_dates("Kamis lalu", reference=friday)[0].iso_first() == "2025-01-30"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # Published on Thursday 12 June 2025: "Rabu" is the day before, "Kamis" the same day.
        ("melakukan studi tiru ke Banyuwangi, Rabu.", "2025-06-11", "2025-06-11"),
        ("kata Sekda di Pendopo, Kamis.", "2025-06-12", "2025-06-12"),
        ("diterima di Balai Kota, Senin pagi, oleh Wali Kota", "2025-06-09", "2025-06-09"),
        ("Rombongan tiba pada Selasa dan langsung", "2025-06-10", "2025-06-10"),
        ("pada hari Jumat (6/6) lalu", "2025-06-06", "2025-06-06"),
        ("Pada Jum'at, rombongan berangkat", "2025-06-06", "2025-06-06"),
        ("studi banding selama tiga hari sejak Senin untuk", "2025-06-09", "2025-06-11"),
    ],
)
def test_a_weekday_alone_is_the_last_such_day_before_publication(
        text: str, first: str, last: str) -> None:
    (m,) = find_dates(text, reference=date(2025, 6, 12))
    assert (m.iso_first(), m.iso_last()) == (first, last)


@pytest.mark.parametrize("text", [
    "dua minggu, kemudian",          # a week, not Sunday
    "usai salat Jumat berjamaah",    # no date position
    "Senin Kamis puasa sunah",       # a weekday starting a clause is not the event's day
    "setiap Senin, pegawai apel",    # a habit
    "setiap hari Senin pegawai apel",
])
def test_a_weekday_elsewhere_is_no_date(text: str) -> None:
    assert find_dates(text, reference=date(2025, 6, 12)) == []


def test_a_weekday_alone_needs_the_reference() -> None:
    (m,) = find_dates("tiba di Banyuwangi, Rabu.")
    assert (m.bare, m.weekday, m.first) == (True, 2, None)
    # "Selasa dan Rabu": two days, ending by the reference.
    (pair,) = find_dates("berada di Banyuwangi, Selasa dan Rabu, untuk", reference=date(2024, 9, 5))
    assert (pair.iso_first(), pair.iso_last()) == ("2024-09-03", "2024-09-04")


@pytest.mark.parametrize(("text", "iso"), [("Sepanjang Juni, Pemkab Siak menerima tamu", "2025-06"),
                                           ("pada awal Mei, rombongan berangkat", "2025-05"),
                                           ("selama bulan Desember itu", "2024-12")])
def test_a_month_without_its_year_is_the_last_such_month(text: str, iso: str) -> None:
    (m,) = find_dates(text, reference=date(2025, 6, 30))
    assert (m.precision, m.iso_first()) == ("month", iso)
    assert find_dates(text) == []  # unresolved without a publication date: not reported


def test_days_counted_back_from_the_publication() -> None:
    ref = date(2024, 6, 7)
    got = [(d.text, d.first) for d in find_dates(
        "Dua hari lalu, rombongan tiba. Tim lain datang 3 hari yang lalu.", reference=ref)]
    assert got == [("Dua hari lalu", date(2024, 6, 5)), ("3 hari yang lalu", date(2024, 6, 4))]
    # Without a publication date the day stays unknown; "dua hari kemudian" is no date.
    (d,) = find_dates("Dua hari lalu, rombongan tiba.")
    assert d.first is None and d.relative
    assert find_dates("dua hari kemudian", reference=ref) == []


def test_dotted_and_month_first_dates() -> None:
    got = [(d.text, d.first) for d in find_dates("Selasa 27.08.2024 dan Maret 3, 2025.")]
    assert got == [("Selasa 27.08.2024", date(2024, 8, 27)), ("Maret 3, 2025", date(2025, 3, 3))]
    # Decimals, prices and version-like numbers without a full year are no dates.
    assert find_dates("naik 2.5 persen, Rp 1.200.000, versi 3.10") == []


def test_a_weekday_opening_a_sentence_with_a_time_of_day() -> None:
    ref = date(2025, 8, 8)  # a Friday
    text = "BANJARBARU – Jumat pagi, bus rombongan tiba. Senin siang rombongan berangkat."
    got = [(text[d.start:d.end], d.first) for d in find_dates(text, reference=ref)]
    assert got == [("Jumat", date(2025, 8, 8)), ("Senin", date(2025, 8, 4))]
    # ... but not a Friday prayer.
    assert find_dates("Usai salat Jumat, bus tiba.", reference=ref) == []


@pytest.mark.parametrize(("text", "reference", "first", "last"), [
    ("sejak Senin hingga Rabu kemarin", date(2025, 11, 6), date(2025, 11, 3), date(2025, 11, 5)),
    ("Sabtu hingga Minggu akhir pekan lalu", date(2025, 8, 25), date(2025, 8, 23),
     date(2025, 8, 24)),
    ("pada Senin-Rabu lalu", date(2025, 11, 6), date(2025, 11, 3), date(2025, 11, 5)),
    ("Jumat hingga Senin lalu", date(2025, 11, 6), date(2025, 10, 31), date(2025, 11, 3)),
    # from a weekday to yesterday
    ("Sejak Senin hingga kemarin", date(2025, 1, 29), date(2025, 1, 27), date(2025, 1, 28)),
    ("Kamis sampai kemarin", date(2025, 1, 29), date(2025, 1, 23), date(2025, 1, 28)),
    # the day before yesterday
    ("kemarin lusa", date(2025, 12, 5), date(2025, 12, 3), date(2025, 12, 3)),
])
def test_a_range_of_weekdays_told_back_from_the_reference(
        text: str, reference: date, first: date, last: date) -> None:
    (m,) = find_dates(text, reference=reference)
    assert (m.first, m.last) == (first, last)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Selama dua hari, Senin dan Selasa (20/5), tim berdiskusi.", date(2025, 5, 19),
     date(2025, 5, 20)),
    ("Rombongan berada di sana Senin-Rabu (21/5/2025).", date(2025, 5, 19), date(2025, 5, 21)),
    # a range across months keeps its own first day
    ("Kunjungan berlangsung Senin-Selasa (30/9-1/10/2024).", date(2024, 9, 30),
     date(2024, 10, 1)),
])
def test_a_range_of_weekdays_before_the_last_day(text: str, first: date, last: date) -> None:
    got = [(d.first, d.last) for d in find_dates(text, reference=date(2025, 5, 22))]
    assert got[0] == (first, last)
