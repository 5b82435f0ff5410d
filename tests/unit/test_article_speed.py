"""Fast paths of article parsing agree with the plain code they stand in for.

The plain versions below are the line-by-line cleaning, the one-pattern sentence split and the
language check by the whole ratio that graph.article used before; each test runs both on
random mixtures of the pieces that matter (boilerplate openings in odd cases, dashes, dates,
periods after abbreviations, line breaks) and of characters that trip Unicode's classes.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from graph import article
from graph.article import (
    _ABBREV,
    _BOILER_LINE,
    _BOUNDARY,
    _BYLINE_BITS,
    _COMMENTS,
    _COMMENTS_AFTER,
    _CONTROL,
    _DATELINE,
    _DOMAIN,
    _INLINE_BACA,
    _ITEM_MARKS,
    _LIST_HEADER,
    _OPENINGS,
    _PHOTO_CREDIT,
    _PUBLISHED_LINE,
    _SENTENCE_END,
    _SITE_LABEL,
    _SITE_TAGLINE,
    _TAIL_CHARS,
    _TIME,
    _TRAILING_SIGNOFF,
    Span,
    _add_trimmed,
    _blanked,
    _check_language,
    _clean_text,
    _decode,
    _is_paragraph,
    _lines,
    _signed_off_date,
    _word_before,
    indonesian_ratio,
    split_sentences,
)
from graph.dates import find_dates
from graph.errors import InputError
from tests.unit.test_fast_paths import _texts

# The sign-off pattern as it was written before it was cut in two.
_PLAIN_SIGNOFF = re.compile(
    r"\((?:adv|advertorial)(?:/[\w]+)*\)|\(\*+\)|\[\s*\]|\((?:[a-z]{2,5}/)+[a-z]{2,5}\)",
    re.IGNORECASE,
)


def _plain_decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    control = len(_CONTROL.findall(sample))
    if sample and (control / len(sample) > 0.02 or sample.count("\ufffd") / len(sample) > 0.05):
        raise InputError("x: binary file (unreadable as text)")
    return text


def _plain_is_date_line(line: str) -> date | None:
    found = find_dates(line, alone=False)
    if not found or found[0].first is None or found[0].precision != "day":
        return None
    rest = line[:found[0].start] + line[found[0].end:]
    rest = _TIME.sub(" ", _BYLINE_BITS.sub(" ", rest)).strip()
    if len(rest) > 40 or rest.endswith("."):
        return None
    return found[0].first


def _plain_clean_text(
    text: str,
) -> tuple[str, str | None, Span | None, date | None, str | None, str | None]:
    # Every line read with every pattern, as before.
    blanks: list[tuple[int, int]] = []
    lines = list(_lines(text))
    title: str | None = None
    title_span: Span | None = None
    published: date | None = None
    dateline: str | None = None
    publisher: str | None = None
    in_list = False
    items = 0
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            if in_list and items:
                in_list = False
            continue
        if _LIST_HEADER.match(line):
            blanks.append((s, e))
            in_list, items = True, 0
            continue
        if in_list:
            if line.lstrip()[:1] not in _ITEM_MARKS and (
                    _is_paragraph(line) or _DATELINE.match(line)):
                in_list = False
            else:
                blanks.append((s, e))
                items += 1
                continue
        if _BOILER_LINE.match(line):
            blanks.append((s, e))
            continue
        inline = _INLINE_BACA.search(line) if ":" in line else None
        if inline:
            blanks.append((s + inline.start(), e))
        if "(" in line or "[" in line:
            for m in _PLAIN_SIGNOFF.finditer(line):
                blanks.append((s + m.start(), s + m.end()))
    cleaned = _blanked(text, blanks)
    content = [(s, e) for s, e in lines if cleaned[s:e].strip()]
    body_index = None
    for i, (s, e) in enumerate(content[:25]):
        dm = _DATELINE.match(text, s, e)
        rest = text[dm.end():e] if dm else ""
        if dm and len(rest) > 40 and not ("|" in rest and not _SENTENCE_END.search(rest)):
            body_index = i
            dl = dm.group("dl").strip()
            dom = _DOMAIN.search(dl)
            if dom:
                publisher = (dom.group(1) or dom.group(0)).strip()
                place = _DOMAIN.sub("", dl).strip(" ,")
                dateline = place or None
            else:
                dateline = dl.strip(" ,")
            blanks.append((s, dm.end()))
            day = find_dates(dl, alone=False) if published is None else []
            if day and day[0].precision == "day" and day[0].first is not None:
                published = day[0].first
                dateline = dl[:day[0].start].strip(" ,") or None
            break
    front = content[:body_index] if body_index is not None else content[:6]
    labels = 0
    for i, (s, e) in enumerate(front):
        line = text[s:e].strip()
        d = _plain_is_date_line(line)
        if d is not None:
            published = published or d
            if body_index is None:
                blanks.append((s, e))
            continue
        if i == 0 and "|" in line and len(front) > 2 and not _SENTENCE_END.search(line):
            nxt = text[front[1][0]:front[1][1]].strip()
            if nxt and not _is_paragraph(nxt) and _plain_is_date_line(nxt) is None:
                labels += 1
                continue
        if i <= labels + 1 and title is None and _SITE_TAGLINE.match(line):
            labels += 1
            continue
        if i == 0 and len(content) >= 3 and (len(line) <= 40 and _SITE_LABEL.search(line) or (
                line.isupper() and len(line) <= 80 and not _is_paragraph(line)
                and len(front) > 1 and not _is_paragraph(text[front[1][0]:front[1][1]]))):
            labels += 1
            continue
        # A sign-off after the headline ("... ke Gunungkidul (adv)") is no sentence's end.
        line = _TRAILING_SIGNOFF.sub("", line)
        if title is None and i <= labels + 1 and 15 <= len(line) <= 220 \
                and not line.endswith(".") \
                and len(content) >= 2 and not _is_paragraph(line):
            offset = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            title, title_span = line, Span(offset, offset + len(line))
            continue
        if body_index is None and (i >= 3 or _is_paragraph(line)):
            break
    if body_index is not None:
        lead = False  # paragraphs after the title are the story's lead, unless captions
        for s, e in front:
            if title_span is not None and s <= title_span.start < e:
                lead = True
            elif not (lead and _is_paragraph(text[s:e]) and not _PHOTO_CREDIT.search(text[s:e])):
                blanks.append((s, e))
    comments = _COMMENTS.search(text)
    readers = []
    if comments is not None and comments.start() >= _COMMENTS_AFTER:
        readers = [(comments.start(), len(text))]
        blanks.append((comments.start(), len(text)))
    if published is None:
        for s, e in lines:
            if s >= len(text) - _TAIL_CHARS and _PUBLISHED_LINE.fullmatch(cleaned, s, e):
                d = _plain_is_date_line(cleaned[s:e].strip())
                if d is not None:
                    published = d
                    blanks.append((s, e))
                    break
    if published is None:
        signed = _signed_off_date(_blanked(cleaned, readers), text)
        if signed is not None:
            published, span = signed
            blanks.append(span)
    return _blanked(text, blanks), title, title_span, published, dateline, publisher


def _plain_split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        j, k = m.span()
        if text[j] == ".":
            word = _word_before(text, max(start, j - 24), j).lower().replace(".", "")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        _add_trimmed(spans, text, start, j if text[j] == "\n" else k)
        start = k
    _add_trimmed(spans, text, start, len(text))
    return spans


def _plain_check_language(text: str) -> str | None:
    ratio, words = indonesian_ratio(text)
    if words < 5:
        return f"x: too short to be an article ({words} words)"
    if ratio < 0.06:
        return f"x: not Indonesian (only {ratio:.0%} of the words are common Indonesian words)"
    return None


# Lines that are boilerplate, open like it, or decide where the body starts.
_LINES = [
    "BERITA TERKAIT", "Berita Terkait :", "berita  lainnya", "  Terpopuler", "\tPILIHAN:",
    "Baca Juga: Harga Cabai Naik", "baca juga", "BACA JUGA : x", "Baca  5 menit",
    "Penulis: Rina | Editor: Fajar", "pewarta :Budi", "Editor:", "Tags: kota, desa",
    "Tag : x", "Sumber: ANTARA", "©2024 Kabar Banua", "Copyright 2024", "Bagikan artikel:",
    "Share", "KOMENTAR", "Follow us on X", "Advertisement", "Scroll to continue with content",
    "Ilustrasi rapat di kantor bupati", "Jangan Lewatkan", "Most Popular", "Headline",
    "Lainnya", "Trending", "Rekomendasi", "Topik Terkait",
    # Openings the patterns take only ignoring case the Unicode way.
    "\u017fumber: x", "\u0130lustrasi foto", "\u212aOMENTAR", "\u212aontributor: Ani",
    "Bacaan ringan", "Penerapan aplikasi di desa", "Bersama warga, bupati meninjau.",
    "Terkait itu, ia menambahkan.", "Komisi III menerima rombongan.", "Tagihan listrik",
    # Datelines, dates and titles.
    "TENGGARONG – Pemerintah Kabupaten Kutai Kartanegara menerima kunjungan kerja dari "
    "Kabupaten Tapin, Senin.",
    "SuaraKaltim.id - Rombongan DPRD Kota Balikpapan belajar pengelolaan sampah ke Kota "
    "Surabaya pekan ini.",
    "Samarinda (ANTARA) — Dinas Kominfo Kaltim mempelajari satu data ke Jawa Barat, kata dia.",
    "JAKARTA, KOMPAS.com -- Kunjungan itu berlangsung dua hari di kantor wali kota setempat.",
    "Selasa, 16 Januari 2024 17:24 WIB", "Diterbitkan 22/05/2019", "Rabu (11/9/2024)",
    "Kamis, 12 September 2024 | 14:05 WITA", "Oleh Rina, 3 Maret 2025",
    "Selasa, \u0661\u0666 Januari \u0662\u0660\u0662\u0664",
    "Pemkab Tapin Studi Tiru Statistik Sektoral ke Banjarbaru",
    "Dinas Kominfo Belajar ke Kota Lain - Catatan",
    # Body text with inline boilerplate and sign-offs.
    "Kunjungan itu diterima sekretaris dinas di ruang rapat. (adv)",
    "Rapat berlangsung lancar. Baca juga: Jalan Rusak Diperbaiki",
    "Ia menambahkan, baca  JUGA : berita lain (ant/ab) [ ] (*) (adv/mti)",
    "Jam 10:30 rapat dimulai: semua hadir (Pemkot) dan [catatan].",
    "Rombongan dipimpin Ketua DPRD, H. Ahmad, S.Kom., di Ruang Rapat Kantor Bupati yang baru "
    "selesai dibangun tahun lalu oleh pemerintah kabupaten setempat.",
    "", " ", "\t", "\u00a0", "\u2003Baca juga: x", "x", "–", "- ", "—",
]


def _articles(seed: int, count: int, breaks: list[str]) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(0, 14))]
        text = ""
        for line in lines:
            text += line + rng.choice(breaks)
        if rng.random() < 0.3:
            text = text.rstrip("\n")
        out.append(text)
    return out


def _compare_clean(text: str) -> None:
    got = _clean_text(text)
    want = _plain_clean_text(text)
    assert got == want, text


def test_clean_text_is_the_line_by_line_cleaning() -> None:
    for text in _articles(61, 3000, ["\n", "\n\n", "\n", "\n \n", "\n\t\n"]):
        _compare_clean(text)


def test_clean_text_with_other_line_breaks_is_the_line_by_line_cleaning() -> None:
    for text in _articles(67, 800, ["\n", "\r\n", "\n\n", "\u2028", "\x0b"]):
        _compare_clean(text)


def test_clean_text_on_mixed_pieces() -> None:
    pieces = ["Baca", "juga", "JUGA", ":", " ", "\n", "\n\n", "(", ")", "adv", "[", "]", "ant/ab",
              "Penulis", "BERITA TERKAIT\n", "Berita", "Terkait", "TAPIN", " – ", "-", "©",
              "Selasa, 16 Januari 2024", "12/3/2024", "Kota.", "\t", "Ilustrasi", "ſ", "K",
              "[ \n ]", "[\n]", "[]", "(adv\n)"]
    for text in _texts(pieces, seed=71, count=3000, most=24):
        _compare_clean(text)


def test_openings_cover_what_the_patterns_open_with() -> None:
    # The first three letters of every alternative of both patterns, read out of the parsed
    # patterns: a new alternative that opens otherwise must be added to _OPENINGS.
    parser = re._parser  # type: ignore[attr-defined]

    def openings(pattern: re.Pattern[str]) -> set[str]:
        found: set[str] = set()

        def walk(items: list[tuple[object, object]], prefix: str) -> None:
            if len(prefix) >= 3 or not items:
                found.add(prefix)
                return
            op, av = items[0]
            rest = list(items[1:])
            name = str(op)
            if name == "AT" or (name == "MAX_REPEAT" and not prefix):
                walk(rest, prefix)  # "^" and the spaces and tabs before the words
            elif name == "LITERAL":
                walk(rest, prefix + chr(av))  # type: ignore[arg-type]
            elif name == "SUBPATTERN":
                walk(list(av[-1]) + rest, prefix)  # type: ignore[index]
            elif name == "BRANCH":
                for branch in av[1]:  # type: ignore[index]
                    walk(list(branch) + rest, prefix)
            else:
                found.add(prefix + "*")

        walk(list(parser.parse(pattern.pattern, pattern.flags)), "")
        return found

    for pattern in (_BOILER_LINE, _LIST_HEADER):
        for opening in openings(pattern):
            assert opening in _OPENINGS or opening == "©*", opening


def test_line_openings_in_any_case() -> None:
    # Every character that matches a letter of an opening when case is ignored opens a line
    # that the opening pattern takes.
    letters = {c for w in _OPENINGS for c in w}
    for cp in range(0x2FF):
        c = chr(cp)
        for letter in letters:
            if re.fullmatch(letter, c, re.IGNORECASE):
                assert c in article._any_case(letter), (c, letter)
    for c in "\u0130\u0131\u017f\u212a":
        for letter in letters:
            if re.fullmatch(letter, c, re.IGNORECASE):
                assert c in article._any_case(letter), (c, letter)


def test_sentences_are_the_one_pattern_split() -> None:
    pieces = ["Drs.", "M.Si.", "Kab.", "Kota.", "kerja.", "Bupati.", "x.", "H.", "2025.", "A",
              "ia", " ", "  ", " Dia", " Kota", "\n", "\n\n", "\n \n", ".", "..", "!", "?", "?!",
              "!.", "?.", "\u201d", "\u201c", "\u2019", ")", "(", '"', "'", "\t", "Ab", "c"]
    for text in _texts(pieces, seed=73, count=6000, most=20):
        got = [(s.start, s.end) for s in split_sentences(text)]
        want = [(s.start, s.end) for s in _plain_split_sentences(text)]
        assert got == want, text


def test_sentence_split_shortcut_keeps_abbreviations() -> None:
    pieces = ["Drs.", "M.Si.", "S.Sos.", "Kab.", "Prof.", "SSTP.", "Kota.", "kerja.", "Bupati.",
              "Tapin.", "x.", "\u0130stanbul.", " ", " ", " Dia", " Kota", "\n", "2025.", "H.",
              "“Ya.”", "Ab", "c", "."]
    for text in _texts(pieces, seed=59, count=4000, most=16):
        assert split_sentences(text) == _plain_split_sentences(text), text


def test_sentences_of_articles_are_the_one_pattern_split() -> None:
    for text in _articles(79, 1500, ["\n", "\n\n", "\n \n", " \n", ".\n", "! ", "? "]):
        cleaned = _clean_text(text)[0]
        for t in (text, cleaned):
            got = [(s.start, s.end) for s in split_sentences(t)]
            want = [(s.start, s.end) for s in _plain_split_sentences(t)]
            assert got == want, t


@pytest.mark.parametrize("seed", [83, 89])
def test_language_check_says_what_the_whole_ratio_says(seed: int) -> None:
    pieces = ["yang", "dan", "Yang", "DI", "ke", "kota", "the", "of", "and", "rumah", "2024",
              "é", "x²y", " ", "  ", ",", "."]
    rng = random.Random(seed)
    for text in _texts(pieces, seed=seed, count=1500, most=40):
        # Long texts too, so that the check stops early or counts every chunk.
        text = text * rng.choice([1, 1, 3, 12])
        want = _plain_check_language(text)
        try:
            _check_language(text, "x")
        except InputError as exc:
            assert str(exc) == want, text
        else:
            assert want is None, text


def test_language_check_near_the_threshold() -> None:
    # 6 % exactly and just below it, with the stop words first or last.
    for hits, count in ((6, 100), (5, 100), (3, 50), (2, 50), (130, 2000), (119, 2000)):
        for order in (1, -1):
            words = (["yang"] * hits + ["kota"] * (count - hits))[::order]
            text = " ".join(words)
            want = _plain_check_language(text)
            try:
                _check_language(text, "x")
            except InputError as exc:
                assert str(exc) == want
            else:
                assert want is None


def test_decoding_is_the_plain_decoding() -> None:
    # Replacement characters from bad bytes (cp1252 has five undefined ones) or written out in
    # UTF-8, control bytes, and plain text around them.
    pieces = [b"kota ", b"\xef\xbf\xbd", b"\x81", b"\x9d", b"\xe2\x80\x9c", b"\x01", b"\x1f",
              b"\t", b"\n", b"\xff", b"\xc3\xa9", b"abc" * 5]
    rng = random.Random(97)
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        try:
            want: str | None = _plain_decode(data)
        except InputError:
            want = None
        try:
            got: str | None = _decode(data, "x")
        except InputError:
            got = None
        assert got == want, data
