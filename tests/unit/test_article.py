"""Reading and cleaning articles (graph/article.py)."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from graph.article import (
    _BOUNDARY,
    _CONTROL,
    _STOPWORDS,
    _blanked,
    _decode,
    _word_before,
    expand_sources,
    indonesian_ratio,
    non_ascii_chars,
    parse_article,
    read_article,
    split_sentences,
)
from graph.errors import InputError
from graph.patterns import prefiltered, trie_regex

# Our own words, in the shape scraped regional news takes.
BODY = (
    "RANTAU – Dinas Komunikasi dan Informatika Kabupaten Tapin melakukan studi tiru ke "
    "Pemerintah Kota Banjarbaru, Rabu (11/9/2024). Rombongan dipimpin Kepala Diskominfo Tapin, "
    "H. Ahmad Fauzi, S.Kom."
)
SCRAPED = f"""Berita Pilihan

Harga Bawang Merah Turun di Pasar Induk
Pemkab Lain Studi Tiru ke Kota Lain soal Parkir Elektronik

Dinas Kominfo Tapin Belajar Statistik Sektoral ke Banjarbaru

Kamis, 12 September 2024 | 14:05 WITA

{BODY}

Baca Juga: Jembatan Gantung Desa Hiyung Rampung Dikerjakan

Kunjungan itu diterima Sekretaris Diskominfo Banjarbaru di ruang rapat. (adv)

Penulis: Rina | Editor: Fajar

BERITA TERKAIT
Festival Budaya Digelar di Rantau
Pemkot Sebelah Kunjungi Kota Seberang
"""


def _article(text: str = SCRAPED):
    return parse_article(text.encode("utf-8"), path="scraped.txt")


def test_clean_text_keeps_offsets_and_drops_boilerplate() -> None:
    a = _article()
    assert len(a.clean) == len(a.text)
    assert "Baca Juga" not in a.clean
    assert "Penulis" not in a.clean
    assert "(adv)" not in a.clean
    assert "Pasar Induk" not in a.clean  # headline list before the article
    assert "Kota Seberang" not in a.clean  # related stories after it
    assert "RANTAU –" not in a.clean  # dateline
    i = a.clean.index("Dinas Komunikasi")
    assert a.text[i:i + 16] == "Dinas Komunikasi"


def test_metadata_from_front_matter() -> None:
    a = _article()
    assert a.title == "Dinas Kominfo Tapin Belajar Statistik Sektoral ke Banjarbaru"
    assert a.published == date(2024, 9, 12)
    assert a.dateline == "RANTAU"
    span = a.title_span
    assert span is not None and a.text[span.start:span.end] == a.title


def test_publisher_from_an_outlet_dateline() -> None:
    text = ("KabarBanua.com – Pemerintah Kabupaten Tapin melakukan kunjungan kerja ke Kota "
            "Banjarmasin untuk mempelajari pengelolaan arsip dan dokumen daerah yang baik.\n")
    a = parse_article(text.encode(), path="x.txt")
    assert a.publisher == "KabarBanua.com"


def test_sentences_respect_honorifics_and_degrees() -> None:
    text = "Hadir Drs. H. Amir Hamzah, M.Si. dalam rapat itu. Ia pulang sore. Kab. Tapin tenang."
    spans = split_sentences(text)
    got = [text[s.start:s.end] for s in spans]
    assert got == ["Hadir Drs. H. Amir Hamzah, M.Si. dalam rapat itu.", "Ia pulang sore.",
                   "Kab. Tapin tenang."]


def test_sentences_go_on_past_short_forms_of_given_names_and_customary_titles() -> None:
    text = ("Sekda Palopo, Dr. Andi Muh. Yusri, tiba. Sekda, Zulkarnaini Dt. Rajo Mudo, hadir. "
            "Ketua Apdesi, Moh. Rizal, datang. Ketua komisi, H. Moch. Ridwan, pamit.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Sekda Palopo, Dr. Andi Muh. Yusri, tiba.",
                   "Sekda, Zulkarnaini Dt. Rajo Mudo, hadir.", "Ketua Apdesi, Moh. Rizal, datang.",
                   "Ketua komisi, H. Moch. Ridwan, pamit."]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7 binary", "binary"),
        (b"abc\x00\x01\x02def" * 10, "binary"),
        (b"The regency delegation visited the city to learn how the public service mall "
         b"works and what it costs to run every year.", "not Indonesian"),
        (b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>",
         "without an article body"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_article(data, path="bad")


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"yang dan di ke " * 400_000)
    with pytest.raises(InputError, match="too large"):
        read_article(str(big))


def test_html_body_is_extracted() -> None:
    paragraphs = "".join(
        f"<p>Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota Banjarbaru untuk belajar "
        f"tentang layanan publik yang terpadu, bagian {i} dari laporan ini.</p>" for i in range(4))
    html = (f"<html><head><title>Tapin Belajar ke Banjarbaru</title></head><body><article>"
            f"<h1>Tapin Belajar ke Banjarbaru</h1>{paragraphs}</article></body></html>")
    a = parse_article(html.encode(), url="http://example.test/berita/1")
    assert "studi tiru ke Kota Banjarbaru" in a.text
    assert "<p>" not in a.text
    assert a.title == "Tapin Belajar ke Banjarbaru"
    assert a.publisher


def test_expand_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / "notes.csv").write_text("x")
    got = expand_sources([str(tmp_path), "-", "https://example.test/a"])
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html"), "-",
                   "https://example.test/a"]
    with pytest.raises(InputError, match="no such file"):
        expand_sources([str(tmp_path / "missing.txt")])


def test_read_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nothing.txt"))


def test_trie_regex_finds_what_a_sorted_alternation_finds() -> None:
    rng = random.Random(7)
    # Short words over a small alphabet share many prefixes, and many are prefixes of others.
    words = sorted({"".join(rng.choice("abn") for _ in range(rng.randint(1, 5)))
                    for _ in range(60)})
    end = r"(?![a-z])"
    flat = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(words, key=len, reverse=True))
                      + ")" + end)
    trie = re.compile(r"(?<![a-z])"
                      + trie_regex([([re.escape(c) for c in w], len(w)) for w in words], end))
    for _ in range(200):
        text = " ".join("".join(rng.choice("abn -") for _ in range(rng.randint(1, 7)))
                        for _ in range(8))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_prefiltered_scans_like_finditer() -> None:
    exact = re.compile(r"(?<![a-z])(?:ab|abba|b)(?![a-z])")
    loose = re.compile(r"[ab]")  # matches wherever exact can, and more often
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("ab x") for _ in range(30))
        for start, stop in ((0, None), (4, 20)):
            want = exact.finditer(text, start, len(text) if stop is None else stop)
            got = prefiltered(exact, loose, text, start=start, stop=stop)
            assert [m.span() for m in got] == [m.span() for m in want]


def test_sentence_boundary_pattern_equals_the_plain_one() -> None:
    plain = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)")
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(['.', '!', '?', '\n', ' ', '"', '”', ')', '(', 'A', 'a', '7',
                                   '\t', '“']) for _ in range(40))
        assert [m.span() for m in _BOUNDARY.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], repr(text)


def test_word_before_equals_the_forward_search() -> None:
    plain = re.compile(r"[\w.]*$")
    rng = random.Random(13)
    for _ in range(500):
        text = "".join(rng.choice("ab.Ké \n,(") for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        found = plain.search(text, lo, hi)
        assert _word_before(text, lo, hi) == (found.group(0) if found else ""), (text, lo, hi)


def test_indonesian_ratio_counts_like_the_unicode_word_pattern() -> None:
    rng = random.Random(17)
    # Curly quotes and dashes take the ASCII path; "é", "²" and "Ⅻ" (letters and numbers
    # outside ASCII) must still count as the Unicode pattern counts them.
    pieces = ["yang", "Dan", "DI", "ke,", "rumah", "é", "x2y", "_", "  ", "\n", "ujar.",
              "kata-kata", "“kata”", "–", "di—ke", "x²y", "Ⅻ", "\u0130stanbul", "\u212a"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        words = re.findall(r"[^\W\d_]+", text.lower())
        want = (sum(w in _STOPWORDS for w in words) / len(words), len(words)) if words \
            else (0.0, 0)
        assert indonesian_ratio(text) == want, text


def test_blanked_is_blanking_character_by_character() -> None:
    rng = random.Random(23)
    for _ in range(300):
        text = "".join(rng.choice("ab \r\n“é") for _ in range(rng.randint(0, 40)))
        ranges = []
        for _ in range(rng.randint(0, 5)):
            s = rng.randint(0, len(text))
            ranges.append((s, rng.randint(s, len(text))))
        chars = list(text)
        for s, e in ranges:  # the plain way: every character but line breaks becomes a space
            for i in range(s, e):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        assert _blanked(text, ranges) == "".join(chars), (text, ranges)


def test_sentence_spans_are_trimmed_and_never_empty() -> None:
    rng = random.Random(29)
    for _ in range(300):
        text = "".join(rng.choice(["Ia datang. ", "Kota ", "\n", "  ", "\t", "Dr. ", "!"])
                       for _ in range(rng.randint(0, 20)))
        for span in split_sentences(text):
            piece = text[span.start:span.end]
            assert piece and piece == piece.strip(), (text, span)


def test_non_ascii_chars_are_the_characters_outside_ascii() -> None:
    for text in ["", "Kota Batu", "“Kota” – Bandung", "é\u0130\U0001f600x²", "a\ud800b"]:
        assert non_ascii_chars(text) == "".join(c for c in text if ord(c) > 127), text


def test_decode_counts_control_characters_as_the_text_has_them() -> None:
    rng = random.Random(37)
    pieces = [b"kata ", b"\x01", b"\x1b", b"\t", b"\n", b"\xe2\x80\x9c", b"\x93", b"\xc3\xa9",
              b"\x0e"]
    for _ in range(300):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        sample = text[:8192]
        unreadable = len(_CONTROL.findall(sample)) / len(sample) > 0.02 \
            or sample.count("\ufffd") / len(sample) > 0.05
        if unreadable:
            with pytest.raises(InputError):
                _decode(data, "x")
        else:
            assert _decode(data, "x") == text


def test_publication_date_printed_under_the_story() -> None:
    text = ("Pemkab Tapin Belajar Arsip ke Sumedang\n"
            "SUMEDANG - Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang "
            "pada Rabu pekan lalu untuk mempelajari arsip digital yang sudah berjalan.\n"
            "Diterbitkan: Selasa, 8 Oktober 2024\n")
    a = parse_article(text.encode("utf-8"), path="t.txt")
    assert a.published == date(2024, 10, 8)
    assert "Oktober" not in a.clean  # not read again as the day of the visit
    # A bare date after the story is no publication date
    b = parse_article(text.replace("Diterbitkan: ", "").encode("utf-8"), path="t.txt")
    assert b.published is None


def test_readers_comments_and_related_links_are_not_the_story() -> None:
    body = ("Pemkab Tapin Belajar Arsip ke Sumedang\n"
            "SUMEDANG - Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang "
            "pada Senin (3/3/2025) untuk mempelajari arsip digital yang sudah berjalan di sana "
            "sejak dua tahun lalu, dengan dukungan penuh dari pemerintah daerah setempat.\n")
    text = (body + "Baca juga artikel terkait:\nPemkab Banjar Studi Tiru ke Banyuwangi\n\n"
            "Komentar (2)\nWarga_Tapin: Dulu Kota Banjarbaru juga belajar ke Sumedang.\n")
    a = parse_article(text.encode("utf-8"), path="t.txt")
    assert "Banyuwangi" not in a.clean and "Banjarbaru" not in a.clean
    assert "studi tiru ke Kabupaten Sumedang" in a.clean
    # A line "Komentar" early in a page does not eat the story
    early = parse_article(("Komentar\n" + body).encode("utf-8"), path="t.txt")
    assert "studi tiru ke Kabupaten Sumedang" in early.clean


@pytest.mark.parametrize("header", ["Baca Berita Lainnya:", "Rekomendasi untuk Anda",
                                    "TERPOPULER HARI INI", "Berita Lainnya di Kaltimku"])
def test_headers_of_headline_lists_with_more_words(header: str) -> None:
    body = ("Pemkab Tapin Belajar Arsip ke Sumedang\n"
            "SUMEDANG - Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang "
            "pada Senin (3/3/2025) untuk mempelajari arsip digital yang sudah berjalan di sana "
            "sejak dua tahun lalu, dengan dukungan penuh dari pemerintah daerah setempat.\n\n")
    text = (body + header + "\nPemkab Donggala Studi Banding ke Kabupaten Badung\n"
            "DPRD Parigi Moutong Kunker ke Kota Palu\n\nRombongan diterima Sekda Sumedang.\n")
    a = parse_article(text.encode("utf-8"), path="t.txt")
    assert "Donggala" not in a.clean and "Parigi" not in a.clean
    assert "Rombongan diterima Sekda Sumedang." in a.clean
    # At the top of a page, a list item after the header is not the title.
    top = parse_article((header + "\n1. Pemkab Lombok Barat Studi Banding ke Lumajang\n\n"
                         + body).encode("utf-8"), path="t.txt")
    assert top.title == "Pemkab Tapin Belajar Arsip ke Sumedang"


@pytest.mark.parametrize(("line", "day"), [("Maret 5, 2025", date(2025, 3, 5)),
                                           ("Rabu, March 5, 2025 10:20 WIB", date(2025, 3, 5)),
                                           ("Maret 5, 2025 adalah hari yang baik bagi kita semua "
                                            "yang hadir", None)])
def test_publication_date_written_month_first(line: str, day: date | None) -> None:
    text = (line + "\nSUMEDANG - Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten "
            "Sumedang untuk mempelajari arsip digital yang sudah berjalan di sana.\n")
    assert parse_article(text.encode("utf-8"), path="t.txt").published == day


def test_a_press_release_signed_off_with_its_date() -> None:
    text = ("Komisi I DPRD KSB Kunker ke Gianyar\n"
            "SUMBAWA - Komisi I DPRD Kabupaten Sumbawa Barat melakukan kunjungan kerja ke "
            "Sekretariat DPRD Kabupaten Gianyar, Kamis (5/9), untuk mempelajari tata tertib.\n\n"
            "Humas Setwan KSB, 5 September 2024\n")
    a = parse_article(text.encode("utf-8"), path="t.txt")
    assert a.published == date(2024, 9, 5)
    assert "September" not in a.clean


def test_the_radio_dateline_and_a_site_label_above_the_headline() -> None:
    a = parse_article(b"RRI.co.id - Berita Daerah\n\nDLH Ternate Timba Ilmu di Makassar\n\n"
                      b"Selasa, 10 Jun 2025 09:05\n\nKBRN, Makassar: Dinas Lingkungan Hidup Kota "
                      b"Ternate melakukan kunjungan kerja ke Pemerintah Kota Makassar, pada Senin "
                      b"pagi.", path="t.txt")
    assert (a.published, a.title, a.dateline) == (
        date(2025, 6, 10), "DLH Ternate Timba Ilmu di Makassar", "Makassar")


@pytest.mark.parametrize(
    ("page", "published", "title"),
    [
        ("PEMERINTAH KOTA PADANG PANJANG\nHome | Profil | Berita | Galeri\nHome / Berita / Kominfo"
         "\n\nPemko Padang Panjang Studi Tiru SPBE ke Pemkot Surakarta\n\nDitulis oleh: Diskominfo "
         "| Senin, 09 Juni 2025 | 08:41 WIB | Dilihat: 318\n\n", date(2025, 6, 9),
         "Pemko Padang Panjang Studi Tiru SPBE ke Pemkot Surakarta"),
        # the site's tagline under its name, and a breadcrumb of one step
        ("PEMERINTAH KOTA PADANG PANJANG\nPortal Resmi Dinas Komunikasi dan Informatika\n\n"
         "Beranda / Berita Daerah\n\nPemko Padang Panjang Studi Tiru SPBE ke Pemkot Surakarta"
         "\n\nDiposting: Senin, 09 Juni 2025 | Kategori: Pemerintahan\n\nPADANG PANJANG – ",
         date(2025, 6, 9), "Pemko Padang Panjang Studi Tiru SPBE ke Pemkot Surakarta"),
        ("Padang Panjang Studi Tiru SPBE ke Surakarta\n\nGORONTALO, 28 November 2024 – ",
         date(2024, 11, 28), "Padang Panjang Studi Tiru SPBE ke Surakarta"),
        ("Padang Panjang Studi Tiru SPBE ke Surakarta\n\nJakarta, Rabu (18/12/2024) – ",
         date(2024, 12, 18), "Padang Panjang Studi Tiru SPBE ke Surakarta"),
    ],
)
def test_publication_dates_of_government_sites_and_datelines(page: str, published: date,
                                                             title: str) -> None:
    body = ("Pemerintah Kota Padang Panjang melaksanakan studi tiru penerapan SPBE ke "
            "Pemerintah Kota Surakarta untuk mempelajari tata kelola data pemerintahan.")
    a = parse_article((page + body).encode(), path="t.txt")
    assert (a.published, a.title) == (published, title)
    assert "Beranda" not in a.clean and "Home |" not in a.clean


def test_a_sentence_ending_with_kota_ends_there() -> None:
    text = ("Pemkot Semarang menerima dua rombongan studi tiru pekan ini untuk melihat ruang "
            "kendali yang ada di pusat kota. Rombongan pertama datang dari Kota Salatiga pada "
            "Selasa (3/9/2024) dan disambut langsung oleh para pejabat dinas di sana.\n")
    a = parse_article(text.encode("utf-8"), path="t.txt")
    assert [a.clean[s.start:s.end][:9] for s in a.sentences] == ["Pemkot Se", "Rombongan"]


def test_a_short_name_heavy_item_is_indonesian_and_english_is_not() -> None:
    text = ("Sumbar Timba Ilmu Desa Wisata ke Bali\n\nPADANG – Dinas Pariwisata Provinsi "
            "Sumatera Barat melakukan kunjungan kerja ke Dinas Pariwisata Provinsi Bali, "
            "Selasa–Rabu (6–7/8/2024). Rombongan dipimpin Kepala Dinas Pariwisata Provinsi "
            "Sumatera Barat, Luhur Budianda. Rombongan diterima Kepala Bidang Destinasi Dinas "
            "Pariwisata Provinsi Bali, Made Santha, di Denpasar. Materi: Desa Wisata "
            "Penglipuran, Desa Wisata Jatiluwih, Desa Wisata Pinggan. ... Selengkapnya\n")
    assert parse_article(text.encode("utf-8"), path="t.txt").title
    english = ("The tourism office of West Sumatra Province made a working visit to the Bali "
               "tourism office on Tuesday. The delegation was led by its head and received by "
               "the head of destinations, who showed them the village tourism programme.\n")
    with pytest.raises(InputError, match="not Indonesian"):
        parse_article(english.encode("utf-8"), path="t.txt")


def test_a_sites_name_and_slogans_are_no_dateline() -> None:
    a = parse_article("SUARA BUMI MORO — Tajam, Terpercaya, Tanpa Takut | Portal Berita Pulau "
                      "Morotai\nHome » Daerah » Morotai\n\nBelajar ke Manado, Diskominfo Morotai "
                      "Ingin Punya Command Center\n\nRabu, 19 Februari 2025 | 08:41 WIT | "
                      "Penulis: Redaksi SBM\n\nMANADO, suarabumimoro.com — Pemerintah Kabupaten "
                      "Pulau Morotai belajar ke Pemerintah Kota Manado soal pengelolaan command "
                      "center, kemarin.".encode(), path="t.txt")
    assert (a.published, a.title, a.dateline) == (
        date(2025, 2, 19), "Belajar ke Manado, Diskominfo Morotai Ingin Punya Command Center",
        "MANADO")


def test_a_sign_off_after_the_headline() -> None:
    page = ("Komisi II DPRD Babel Belajar Kelola Lumbung Pangan ke Gunungkidul (adv)\n\n"
            "25 April 2024\n\nWONOSARI – Komisi II DPRD Provinsi Kepulauan Bangka Belitung "
            "berkunjung ke Kabupaten Gunungkidul pada Rabu, 24 April 2024.")
    a = parse_article(page.encode(), path="t.txt")
    assert (a.title, a.published) == (
        "Komisi II DPRD Babel Belajar Kelola Lumbung Pangan ke Gunungkidul", date(2024, 4, 25))


def test_a_lead_told_before_the_dateline_stays_and_a_caption_goes() -> None:
    page = ("Pelaihari Tiru Bank Sampah Kota Blitar\nDiterbitkan 03/09/2024\n\n"
            "\"Sampah di pasar kami menumpuk setiap hari.\" Begitu kata Kepala Dinas Lingkungan "
            "Hidup Kabupaten Tanah Laut, Rusdiansyah, saat memimpin rombongannya menyambangi "
            "Dinas Lingkungan Hidup Kota Blitar, kemarin.\n\n"
            "Kepala DLH Tanah Laut berbincang dengan pengelola bank sampah di Blitar. "
            "(Foto: Humas)\n\n"
            "BLITAR – Rombongan dari Kalimantan Selatan itu terdiri atas sembilan orang yang "
            "ingin melihat cara warga menabung sampah di bank sampah kelurahan.")
    a = parse_article(page.encode(), path="t.txt")
    assert "memimpin rombongannya menyambangi" in a.clean
    assert "Foto: Humas" not in a.clean
    assert a.dateline == "BLITAR"


@pytest.mark.parametrize("header", ["Pilihan Redaksi", "TERKAIT", "Related Posts",
                                    "You may also like", "Artikel Pilihan", "Baca berikutnya",
                                    "Berita Selanjutnya"])
def test_more_headers_of_headline_lists(header: str) -> None:
    page = ("Pemkab Malinau Kaji Tiru ke Balikpapan\n\nMALINAU – DPMPTSP Malinau menggelar kaji "
            "tiru ke Kota Balikpapan, Selasa (4/3/2025), untuk mempelajari perizinan daring.\n"
            f"{header}\nPemkab Nunukan Studi Banding ke Kabupaten Sambas\n"
            "Pemkab Bulungan Terima Kunjungan Kerja DPRD Kabupaten Berau\n")
    a = parse_article(page.encode(), path="t.txt")
    assert "Sambas" not in a.clean and "Berau" not in a.clean
    assert "perizinan daring" in a.clean


def test_hard_wrapped_text_is_joined_with_its_offsets_kept() -> None:
    body = ("BADUNG – Pemerintah Kabupaten Tapin melalui Bagian Organisasi Setda dan\n"
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) mela-\n"
            "kukan studi tiru ke Mal Pelayanan Publik (MPP) Kabupaten Badung, Selasa\n"
            "(11/3/2025). Rombongan dipimpin Sekretaris Daerah Kabupaten Tapin, H.\n"
            "Sufiansyah Noor, S.Sos., M.Si., dan diterima Asisten Administrasi Umum\n"
            "Setda Badung, I Gusti Ngurah Bagus Wiratama, S.H., M.H., di lantai dua\n"
            "gedung MPP di kawasan Pusat Pemerintahan Mangupraja Mandala yang baru\n"
            "selesai dibangun dan kini melayani ratusan jenis layanan dalam satu atap\n"
            "mulai dari perizinan, administrasi kependudukan, perpajakan hingga layanan\n"
            "perbankan yang dibuka setiap hari kerja sejak pagi hingga sore hari.\n")
    page = "Pemkab Tapin Studi Tiru MPP ke Badung\n\n" + body
    a = parse_article(page.encode(), path="t.txt")
    assert len(a.clean) == len(a.text)
    assert "melakukan" in a.clean and "Selasa (11/3/2025)" in a.clean
    assert "H. Sufiansyah" in a.clean
    # One-line paragraphs of a scraped page keep their breaks.
    plain = parse_article(("Pemkab Tapin Studi Tiru MPP ke Badung\n\n" + body.replace("\n", " ")
                           + "\nBaca Juga: Jalan Rusak Diperbaiki\n").encode(), path="t.txt")
    assert "Baca Juga" not in plain.clean


@pytest.mark.parametrize("header", ["\U0001f4ac 14 Komentar", "=== 13 Tanggapan ===",
                                    "— KOMENTAR —", "17 komentar | Urutkan: Terbaru",
                                    "Komentar Facebook", "KOMENTAR PEMBACA (12)"])
def test_more_headers_of_readers_comments(header: str) -> None:
    page = ("Pemkab Gowa Terima Tim Kemendagri\n\nSUNGGUMINASA – Tim Kementerian Dalam Negeri "
            "memantau penerapan standar pelayanan minimal di Kabupaten Gowa, Selasa (8/4/2025). "
            "Tim diterima Sekretaris Daerah Gowa di ruang rapat kantor bupati dan meninjau "
            "puskesmas serta sekolah di dua kecamatan.\n\n"
            f"{header}\n\ndaeng_rewa · 3 jam yang lalu\nGowa harus belajar ke Makassar dulu.\n")
    a = parse_article(page.encode(), path="t.txt")
    assert "Makassar" not in a.clean


def test_a_marked_item_ending_like_a_sentence_stays_in_its_list() -> None:
    page = ("Pemkab Bantaeng Terima DPRD Konawe Selatan\n\nBANTAENG – Pemerintah Kabupaten "
            "Bantaeng menerima kunjungan kerja Komisi III DPRD Kabupaten Konawe Selatan, Kamis "
            "(19/6/2025), yang mempelajari Brigade Siaga Bencana.\n\nBerita Terbaru\n"
            "\u203a Bupati Bantaeng Buka Lomba Perahu Tradisional di Pantai Seruni\n"
            "\u203a Pemkab Sinjai Belajar Pengelolaan Irigasi ke Bantaeng (arsip 2023)\n")
    a = parse_article(page.encode(), path="t.txt")
    assert "Sinjai" not in a.clean


def test_an_author_box_is_no_article_text() -> None:
    text = ("Dua Rombongan Belajar ke Siak\n\nSIAK - Pemkab Siak menerima rombongan Kampar, "
            "Senin (12/5/2025).\n\nTENTANG PENULIS\nSyahrul Ramadhan, wartawan sejak 2017. "
            "Pernah meliput kunjungan DPRD Riau ke Jawa Barat.\n\nKomentar")
    article = parse_article(text.encode("utf-8"), path="t.txt")
    assert "Jawa Barat" not in article.clean
    assert "rombongan Kampar" in article.clean


def test_the_pages_date_printed_last_under_the_credits() -> None:
    text = ("Komisi I DPRD Riau Kunker ke Pemprov Sumbar\n\nPadang (ANTARA) - Komisi I DPRD "
            "Provinsi Riau berkunjung ke Pemerintah Provinsi Sumatera Barat, kemarin, untuk "
            "mempelajari Perda Nagari.\n\nPewarta: Miko\nEditor: Ahmad\nCOPYRIGHT © ANTARA 2024\n\n"
            "Kamis, 28 November 2024 15:48 WIB\n")
    a = parse_article(text.encode(), path="x.txt")
    assert a.published == date(2024, 11, 28)
    assert "15:48" not in a.clean


def test_a_date_printed_last_after_the_body_is_no_publication() -> None:
    text = ("Komisi I DPRD Riau Kunker ke Pemprov Sumbar\n\nPadang - Komisi I DPRD Provinsi Riau "
            "berkunjung ke Pemerintah Provinsi Sumatera Barat untuk mempelajari Perda Nagari.\n\n"
            "Kamis, 28 November 2024 15:48 WIB\n")
    assert parse_article(text.encode(), path="x.txt").published is None


def test_a_title_case_headline_ending_with_a_quoted_phrase() -> None:
    text = ("Belajar SPBE, Pemkab Garut Sambangi Sumedang: \"Kami Tidak Malu Mengejar\"\n"
            "Rabu, 15 Mei 2024 09:40 WIB\n\nGARUT – Rombongan Pemerintah Kabupaten Garut "
            "melakukan studi tiru tentang penerapan SPBE di Kabupaten Sumedang, Selasa "
            "(14/5/2024).\n")
    a = parse_article(text.encode(), path="x.txt")
    assert a.title == "Belajar SPBE, Pemkab Garut Sambangi Sumedang: \"Kami Tidak Malu Mengejar\""
    assert a.published == date(2024, 5, 15)
