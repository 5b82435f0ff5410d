"""Reading news articles: files, folders, standard input and URLs, as scraped.

An :class:`Article` keeps the text exactly as read (``text``; for HTML, the body text that
trafilatura takes out of the page) and a *cleaned* copy of the same length (``clean``) in which
boilerplate — datelines, "Baca Juga:" lines, "BERITA TERKAIT" blocks, lists of unrelated
headlines, author and editor lines, "(adv)" — is overwritten with spaces. Because the two strings
have the same length, every offset the extractor finds in ``clean`` is an offset into the
original text, which is what evidence records.

Bad input raises :class:`graph.errors.InputError` with the reason: binary data, empty files,
files over 5 MB, text that is not Indonesian, HTML without an article body, unreachable URLs.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path
from urllib.parse import urlparse

from graph.chars import ascii_alnum_only, non_ascii_chars
from graph.dates import MONTHS, find_dates
from graph.errors import InputError

__all__ = [
    "Article",
    "Span",
    "MAX_BYTES",
    "ARTICLE_SUFFIXES",
    "read_article",
    "parse_article",
    "fetch_url",
    "expand_sources",
    "split_sentences",
    "indonesian_ratio",
    "non_ascii_chars",
]

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
_USER_AGENT = "Tiru/0.1 (+https://w3id.org/tiru; research crawler)"


@dataclass(frozen=True)
class Span:
    """A sentence (or any span) of an article: ``clean[start:end]``."""

    start: int
    end: int


@dataclass
class Article:
    """One news article as read, plus its cleaned text and metadata.

    Attributes
    ----------
    text
        The text as read: the decoded file, or for HTML the extracted body text.
    clean
        ``text`` with boilerplate overwritten by spaces (same length, same offsets).
    title, published, publisher
        Metadata found in the page or in the text's front matter; ``None`` when unknown.
    path, url
        Where the article came from (``path`` is ``"-"`` for standard input).
    content_hash
        SHA-1 of the bytes read.
    dateline
        The place of a dateline ("TENGGARONG –"), without the dash.
    title_span
        Where the title sits in ``text`` when it is part of it.
    """

    text: str
    clean: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    path: str | None = None
    url: str | None = None
    content_hash: str = ""
    dateline: str | None = None
    title_span: Span | None = None
    sentences: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.clean) != len(self.text):
            raise ValueError("clean text must keep the offsets of the original")
        if not self.sentences:
            self.sentences = split_sentences(self.clean)


# --------------------------------------------------------------------------------------------
# Bad-input checks


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
)

# Very frequent Indonesian function words, and the words of government that fill short,
# name-heavy items ("Dinas Pariwisata Provinsi Sumatera Barat melakukan kunjungan kerja ke Dinas
# Pariwisata Provinsi Bali"): their share of the tokens separates Indonesian (and Malay) news,
# typically 15-25 %, from English or other languages, near 0 %.
_STOPWORDS = _words("""
    yang dan di ke dari untuk dengan ini itu dalam pada tidak akan juga telah oleh para sebagai
    bahwa karena atau kami kita serta ada lebih bisa sudah agar saat tersebut adalah secara dapat
    hingga kepada menjadi mereka ia dia pun masih harus antara tentang terhadap setelah sejak
    namun tetapi jika bagi sangat dinilai melalui yaitu yakni sehingga akan kata ujar
    melakukan mempelajari belajar kunjungan rombongan dipimpin diterima disambut pemerintah
    kabupaten provinsi dinas kepala daerah bupati gubernur
""")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# ASCII text: every byte that is not a letter becomes a space and every letter a lower-case
# one, so that splitting gives the runs of letters in lower case, several times faster than
# a regex over any Unicode letter.
_ASCII_LOWER_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32
                             for c in range(256))
_STOPWORDS_ASCII = frozenset(w.encode("ascii") for w in _STOPWORDS)


def _word_tokens(text: str) -> tuple[list[str] | list[bytes], frozenset[str] | frozenset[bytes]]:
    """The word tokens of the head of ``text`` in lower case, and the stop words to match."""
    head = text[:20000]
    if ascii_alnum_only(head):
        # Non-ASCII characters that are neither letters nor digits (curly quotes, dashes) are
        # word separators to the Unicode pattern too; encoded as "?" they become spaces. Such
        # characters stay non-ASCII non-letters in lower case, so lower-casing the bytes gives
        # what lower-casing the text would, without Unicode's case tables.
        return head.encode("ascii", "replace").translate(_ASCII_LOWER_LETTERS).split(), \
            _STOPWORDS_ASCII
    return _WORD_RE.findall(head.lower()), _STOPWORDS


def indonesian_ratio(text: str) -> tuple[float, int]:
    """Share of Indonesian function words among the word tokens of ``text``, and the token count."""
    words, stop = _word_tokens(text)
    if not words:
        return 0.0, 0
    hits = sum(map(stop.__contains__, words))
    return hits / len(words), len(words)


def _check_bytes(data: bytes, where: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(f"{where}: too large ({len(data) / 1048576:.1f} MB; the limit is 5 MB)")
    if not data.strip():
        raise InputError(f"{where}: empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{where}: binary file ({what}), not a text or HTML article")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{where}: binary file (contains NUL bytes), not a text or HTML article")


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# Every byte but those control characters: deleting them leaves the control bytes. In UTF-8 and
# in cp1252 each control byte decodes to the same control character and nothing else does, so
# bytes without any also give a text without any.
_NOT_CONTROL_BYTES = bytes(c for c in range(256) if not (c <= 8 or 14 <= c <= 31))


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _decode(data: bytes, where: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older regional sites still serve Windows-1252 / Latin-1 pages.
        text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    control = len(_CONTROL.findall(sample)) if data.translate(None, _NOT_CONTROL_BYTES) else 0
    # Most texts hold no replacement character: looking for one is cheaper than counting.
    unreadable = sample.count("\ufffd") if "\ufffd" in sample else 0
    if sample and (control / len(sample) > 0.02 or unreadable / len(sample) > 0.05):
        raise InputError(f"{where}: binary file (unreadable as text)")
    return text


# Words whose share of stop words is counted at a time by the language check.
_CHUNK = 64


def _check_language(text: str, where: str) -> None:
    """Raise InputError unless ``indonesian_ratio(text)`` is that of an Indonesian article.

    The share only grows with the words after: once the stop words among the first words
    make 6 % of all the words, the rest need not be looked up (in news, after a third).
    """
    words, stop = _word_tokens(text)
    count = len(words)
    if count < 5:
        raise InputError(f"{where}: too short to be an article ({count} words)")
    hits = 0
    for i in range(0, count, _CHUNK):
        hits += sum(map(stop.__contains__, words[i:i + _CHUNK]))
        if hits / count >= 0.06:
            return
    ratio = hits / count  # all words are counted now: indonesian_ratio(text)[0]
    raise InputError(
        f"{where}: not Indonesian (only {ratio:.0%} of the words are common Indonesian words)"
    )


# --------------------------------------------------------------------------------------------
# HTML


_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4096]))


def _from_html(html: str, where: str, url: str | None) -> tuple[str, dict[str, str | None]]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    raw = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=True,
    )
    if not raw:
        raise InputError(f"{where}: HTML page without an article body")
    doc = json.loads(raw)
    body = (doc.get("text") or "").strip()
    if not body:
        raise InputError(f"{where}: HTML page without an article body")
    meta = {k: doc.get(k) for k in ("title", "date", "sitename", "hostname")}
    return body, meta


# --------------------------------------------------------------------------------------------
# Cleaning plain text

# Lines that are never article text.
_BOILER_LINE = re.compile(
    r"""^[ \t]*(?:
        baca\s+juga\b.* | lihat\s+juga\s*:.* | simak\s+juga\s*:.* |
        (?:penulis|pewarta|reporter|editor|penyunting|redaktur|sumber|foto|caption|tags?|
           kontributor|publisher|copyright|uploader)\s*:.* |
        baca\s+\d+\s+(?:detik|menit) | ©.* | copyright\b.* |
        bagikan(?:\s+artikel)?\s*:? | share\s*:? | komentar | follow\s+us.* |
        advertisement | scroll\s+to\s+continue.* | ilustrasi\b.{0,80} |
        (?:beranda|home)\b(?:[ \t]*(?:[|>»/•›]|[ \t]{2})[ \t]*[^|>»/•›\n]{1,40}?){2,} |
        (?:beranda|home)[ \t]*[|>»/•›][ \t]*[^|>»/•›\n]{1,40} |
        anda\s+berada\s+di\s*:.*
    )[ \t]*$""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
# A photo or video story's headline on the first line, tagged like a photo credit: it names
# five words or more after the tag ("Foto: Humas Pemkab Gowa" is a credit).
_TAGGED_HEADLINE = re.compile(r"[ \t]*(?:FOTO|Foto|VIDEO|Video)[ \t]*:[ \t]*\S+(?:[ \t]+\S+){4,}"
                              r"[ \t]*$")
# Headers of headline lists; the short lines after them are other stories.
_LIST_HEADER = re.compile(
    r"""^[ \t]*(?:baca\s+)?(?:berita\s+terkait|artikel\s+terkait|berita\s+terbaru|berita\s+lainnya|
        berita\s+populer|terpopuler|terkini|rekomendasi|pilihan\s+editor|baca\s+juga|
        berita\s+pilihan|berita\s+utama|pilihan|artikel\s+lainnya|lihat\s+juga|topik\s+terkait|
        baca\s+lainnya|berita\s+lain|jangan\s+lewatkan|
        (?:baca|simak|lihat)\s+juga\s+(?:artikel|berita)(?:\s+(?:terkait|lainnya|berikut))?|
        populer|trending|terbaru|headline|lainnya|most\s+popular|terkait|
        # "Pilihan Redaksi", "Related Posts", "Baca Berita Lainnya", "Artikel Pilihan"
        pilihan\s+redaksi|rekomendasi\s+redaksi|artikel\s+pilihan|berita\s+rekomendasi|
        baca\s+berita\s+lainnya|related(?:\s+(?:posts?|articles?|news|stories))?|
        baca\s+berikutnya|baca\s+selanjutnya|berita\s+selanjutnya|artikel\s+selanjutnya|
        more\s+(?:news|stories)|read\s+more|you\s+may\s+also\s+like|editor'?s\s+picks?)
        # "Rekomendasi untuk Anda", "TERPOPULER HARI INI", "Berita Lainnya di Kaltimku"
        (?:\s+(?:untuk\s+anda|untukmu|buat\s+anda|hari\s+ini|minggu\s+ini|pekan\s+ini|
            saat\s+ini|lainnya|terkait|terbaru|(?:dari|di)\s+\S+(?:\s+\S+)?))?
        \s*:?[ \t]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_BACA = re.compile(r"\bbaca\s+juga\s*:", re.IGNORECASE)
# "(adv)", "(adv/mti)", "(*)", "[]", "(ant/ab)" sign-offs.
_SIGNOFF_PAREN = re.compile(
    r"\((?:adv|advertorial)(?:/[\w]+)*\)|\(\*+\)|\((?:[a-z]{2,5}/)+[a-z]{2,5}\)", re.IGNORECASE)
_SIGNOFF = re.compile(rf"{_SIGNOFF_PAREN.pattern}|\[\s*\]", re.IGNORECASE)
_TRAILING_SIGNOFF = re.compile(rf"\s*(?:{_SIGNOFF_PAREN.pattern})\s*$", re.IGNORECASE)
_SPAN = re.Match.span
# A dateline at the start of the first body line: "TENGGARONG –", "SuaraKaltim.id -",
# "Samarinda (ANTARA) -", "JAKARTA, KOMPAS.com —".
_DATELINE = re.compile(
    r"""[^\S\r\n•*]*(?P<dl>
        (?:[A-Z][A-Z.'’]+(?:[ ][A-Z][A-Z.'’]+){0,4}
          | [\w-]+(?:\.[\w-]+)*\.(?:com|id|co\.id|net|org|news|tv)
          | [A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ]?[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?
            [ ]\([A-Za-z .]+\)
          | (?!Senin|Selasa|Rabu|Kamis|Jum|Sabtu|Minggu)
            [A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?=,[ ]?(?:Senin|Selasa|Rabu|Kamis|Jum|Sabtu
                                                      |Minggu|\d))
          # "Denpasar, BaliNews –": the place, then an outlet written in one CamelCase word
          | [A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?=,[ ]?[A-Z][a-z]+[A-Z][A-Za-z]*[ ]?[-–—])
          # "Denpasar - Komisi IV ...": a place in title case, then the dash (older pages)
          | (?!(?:Bupati|Wali|Walikota|Gubernur|Pemkab|Pemkot|Pemprov|Kabupaten|Kota|Provinsi
                |Baca|Foto|Editor|Reporter|Penulis|Sumber|Oleh|Berita|Video|Info)\b)
            [A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=[ ][-–—][ ]))
        (?:[ ]?\([A-Za-z .]+\))?
        (?:[ ]?,[ ]?[\w.()/ ]{2,40}?)?
    )[^\S\r\n]*[-–—]{1,2}[^\S\r\n]+(?=\S)""",
    re.VERBOSE,
)
_DASHES = ("-", "–", "—")


def _dateline_match(text: str, s: int, e: int) -> re.Match[str] | None:
    """``_DATELINE.match(text, s, e)``, looked for only in a line with a dash (few have one).

    The pattern needs a dash and can cost much to fail without one, trying ways to cut the
    capitals of a headline into words.
    """
    line = text[s:e]
    if "KBRN" in line:
        m = _RADIO_DATELINE.match(text, s, e)
        if m is not None:
            return m
    return _DATELINE.match(text, s, e) if any(map(line.__contains__, _DASHES)) else None


# The public radio's dateline: "KBRN, Makassar: ..." (a colon, no dash).
_RADIO_DATELINE = re.compile(
    r"[^\S\r\n]*KBRN[ ]?,[ ]?(?P<dl>[A-Z][A-Za-z .'-]{1,30}?):[^\S\r\n]+(?=\S)")


_SITE_LABEL = re.compile(r"[\w-]+\.(?:com|id|net|org|news|tv)\b", re.IGNORECASE)
# A site's tagline under its name: "Portal Resmi Dinas Komunikasi dan Informatika".
_SITE_TAGLINE = re.compile(r"^(?:(?:portal|situs|website|laman|media)\s+(?:resmi|informasi"
                           r"|berita)|official\s+website)\b", re.IGNORECASE)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|id|co\.id|net|org|news|tv)\b|\(([A-Za-z .]+)\)",
                     re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\b|\bWIB\b|\bWITA\b|\bWIT\b|[|,/\s]+")


def _headline_at(text: str, s: int, e: int) -> tuple[str, Span]:
    """The headline written in ``text[s:e]`` and its span, without the white space around it
    and a sign-off after it ("... ke Gunungkidul (adv)" ends no sentence)."""
    raw = text[s:e]
    line = _TRAILING_SIGNOFF.sub("", raw.strip())
    offset = s + len(raw) - len(raw.lstrip())
    return line, Span(offset, offset + len(line))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped)
        pos += len(line)


# Every character that str.splitlines() breaks a line at, but "\n".
_ODD_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


_LINE_BREAK_CHAR = re.compile(r"[^\r\n]")


def _blanked(text: str, ranges: list[tuple[int, int]], in_lines: bool = False) -> str:
    """``text`` with every character but line breaks in ``ranges`` (which may overlap) a space.

    Cutting the text at the ranges is much cheaper than writing a list of its characters one
    by one and joining them again. ``in_lines`` says that no range holds a line break.
    """
    if not ranges:
        return text
    out: list[str] = []
    pos = 0
    for s, e in sorted(ranges):
        if e <= pos:
            continue
        if s < pos:
            s = pos
        out.append(text[pos:s])
        if in_lines:
            out.append(" " * (e - s))
        else:
            seg = text[s:e]
            out.append(_LINE_BREAK_CHAR.sub(" ", seg) if "\n" in seg or "\r" in seg
                       else " " * len(seg))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _is_paragraph(line: str) -> bool:
    """A body paragraph rather than a headline: long enough and ends like a sentence.

    (Not a Title Case headline that ends with a quoted phrase: 'Belajar SPBE, Pemkab Garut
    Sambangi Sumedang: "Kami Tidak Malu Mengejar"'.)
    """
    s = line.strip()
    if len(s) >= 320:
        return True
    if len(s) < 60 or s[-1] not in ".!?\"”’)":
        return False
    if s[-1] in "\"”" and s[-2] not in ".!?,":
        words = _CAPITALISABLE.findall(s)
        return sum(w[0].isupper() for w in words) < 0.6 * len(words)
    return True


_CAPITALISABLE = re.compile(r"[^\W\d_][\w'’-]*")


_DIGIT = re.compile(r"\d")
# A photo's caption and its credit: "... di MPP Sleman. (Foto: Prokompim)", "(Ist)".
_PHOTO_CREDIT = re.compile(r"\((?:[Ff]oto|FOTO|[Dd]ok|[Ii]st|[Ii]stimewa)\b|\b(?:[Ff]oto|FOTO)\s*:")
_SENTENCE_END = re.compile(r"[.!?]")
# The weekdays a page's closing lines are written with.
_WEEKDAY_NAMES = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
# A sign-off: a newsroom or office, a comma and a full date, alone on the last line.
# (A bare weekday there is a date line, not a sign-off: "Selasa, 8 Oktober 2024" after a story
# may be the day of an update.)
_SIGNED_OFF = re.compile(
    r"[ \t]*(?:\(\s*)?(?!" + _WEEKDAY_NAMES + r"\b)"
    r"[A-Z][\w .&/-]{2,50},[ \t]*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})[ \t]*\)?[ \t]*")
_MONTH_FIRST = re.compile(
    r"\s*(?:(?:diterbitkan|dipublikasikan|published|posted|terbit)\s*:?\s*)?"
    r"(?:[A-Za-z'’]+,\s*)?(?P<m>[A-Za-z]{3,9}\.?)\s+(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE)
# A line giving the publication date with its label, and how far from the end it is looked for.
# The header of a comment section, and how far into the page it must be (a story comes first).
# (with a rule or an emoji around it and a sort menu after it: "💬 14 Komentar", "=== 13
# Tanggapan ===", "— KOMENTAR —", "17 komentar | Urutkan: Terbaru", "Komentar Facebook")
_COMMENTS = re.compile(
    r"^[ \t]*[^\w\n]{0,8}[ \t]*(?:(?:\d+\s+)?(?:komentar|comments?|tanggapan)(?:\s*\(\d+\))?"
    r"(?:\s+(?:anda|pembaca|facebook))?(?:\s*\(\d+\))?"
    r"|(?:tulis|kirim|beri|berikan|lihat\s+semua)\s+komentar(?:\s+anda)?|kolom\s+komentar"
    r"|komentar\s+pembaca)[ \t]*(?:\|[^\n]{0,40})?[^\w\n]{0,8}\s*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_COMMENTS_AFTER = 200
# Every _COMMENTS match holds one of these (in the case it is written in).
_COMMENT_HINTS = ("omentar", "OMENTAR", "omment", "OMMENT", "anggapan", "ANGGAPAN")
_PUBLISHED_WORDS = (r"diterbitkan|dipublikasikan|dipublikasi|dipublish|terbit|tayang|published"
                    r"|posted|tanggal\s+terbit")
_PUBLISHED_WORD = re.compile(rf"\b(?:{_PUBLISHED_WORDS})\b", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(rf"[ \t]*(?:{_PUBLISHED_WORDS})\b.{{4,80}}", re.IGNORECASE)
_TAIL_CHARS = 600
# Every word of _PUBLISHED_WORDS holds one of these.
_PUBLISHED_STEMS = ("terbit", "publi", "tayang", "posted")


def _says_published(text: str, start: int) -> bool:
    """``_PUBLISHED_WORD.search(text, start)`` found, looked for at C speed first.

    The case-blind search over the page's last characters cost 24 us where it ran; without
    one of the stems in the lower-cased tail it cannot match, unless a letter outside ASCII
    (a dotless i, a long s) stands for one of the pattern's.
    """
    tail = text[start:]
    if ascii_alnum_only(tail):
        low = tail.lower()
        if not any(stem in low for stem in _PUBLISHED_STEMS):
            return False
    return _PUBLISHED_WORD.search(text, start) is not None


def _signed_off_date(text: str, raw: str | None = None) -> tuple[date, tuple[int, int]] | None:
    """The date a press release is signed off with on its last line ("Humas Setwan KSB,
    5 September 2024"), and that line's span.

    Also a page's own date line printed last, with its weekday and hour, right under the
    story's credits ("Editor: Ahmad Wijaya / COPYRIGHT © ANTARA 2024 / Kamis, 28 November
    2024 15:48 WIB"): where some sites print the publication, and no day of the story.
    ``raw`` is ``text`` before its boilerplate (the credits) was blanked, at the same offsets.
    """
    end = len(text.rstrip())
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    m = _SIGNED_OFF.fullmatch(text, start, end)
    if m is None:
        if not _CLOSING_DATE_LINE.fullmatch(text, start, end):
            return None
        above = (text if raw is None else raw)[:start].rstrip()
        credit = above[max(above.rfind("\n"), above.rfind("\r")) + 1:]
        day = _is_date_line(text[start:end].strip()) if _CREDIT_LINE.match(credit) else None
        return (day, (start, end)) if day is not None else None
    day = _is_date_line(m.group("date"))
    return (day, (start, end)) if day is not None else None


# "Kamis, 28 November 2024 15:48 WIB": a weekday, a written date and an hour.
_CLOSING_DATE_LINE = re.compile(
    r"[ \t]*" + _WEEKDAY_NAMES + r",?[ \t]+\d{1,2}[ \t]+"
    r"[A-Za-z]{3,9}\.?[ \t]+\d{4}[ \t,|-]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:WIB|WITA|WIT))?[ \t]*")
# The last credit of a story: its copyright, editor, writer or reporter.
_CREDIT_LINE = re.compile(r"\s*(?:COPYRIGHT|Copyright|©|Editor|Pewarta|Reporter|Penulis"
                          r"|Redaktur)\b")


_DOTTED_DATE = re.compile(r"(?P<d>\d{1,2})[.-](?P<m>\d{1,2})[.-](?P<y>\d{4})")


def _dotted(line: str) -> date | None:
    """A date line written "26.07.2024" or "26-07-2024" (with a time, at most)."""
    m = _DOTTED_DATE.search(line)
    if m is None or len(_TIME.sub(" ", line[:m.start()] + line[m.end():]).strip()) > 20:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# "Published: 2025-03-03T10:15:00+08:00", "2025-03-07 09:12:45": a machine's timestamp.
_ISO_DATE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d(?::\d\d)?"
                       r"(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])")


_ISO_LABELS = re.compile(r"\b(?:published|dipublikasikan|diterbitkan|terbit|tanggal|date)\b\s*:?"
                         r"|[|•:]", re.IGNORECASE)


def _iso(line: str) -> date | None:
    """A date line holding an ISO timestamp (with a label or a category beside it, at most)."""
    m = _ISO_DATE.search(line)
    if m is None:
        return None
    rest = _ISO_LABELS.sub(" ", _BYLINE_BITS.sub(" ", line[:m.start()] + line[m.end():]))
    if len(rest.strip()) > 20:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _month_first(line: str) -> date | None:
    """A date line written month first, as some sites print it: "Maret 5, 2025 10:20 WIB"."""
    m = _MONTH_FIRST.match(line)
    if m is None:
        return None
    month = MONTHS.get(m.group("m").lower().rstrip("."))
    rest = _TIME.sub(" ", line[m.end():]).strip()
    if month is None or len(rest) > 40:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None


# Byline words around a date: "Diposting oleh Admin Diskominfo | 11 Juli 2025 | Dibaca 245 kali".
_BYLINE_BITS = re.compile(
    r"(?:diposting|dipublikasikan|ditulis|posted|dibuat)\s+(?:oleh|by)\s*:?\s*[^|•\n]{1,40}"
    r"|(?:dibaca|dilihat)\s*:?\s*\d+(?:\s+kali)?|\d+\s+(?:kali\s+dibaca|views|dilihat)|kategori\s*:\s*[^|•\n]{1,30}"
    r"|oleh\s*:\s*[^|•\n]{1,50}|(?:diperbarui|diupdate|updated?)\s*:?\s*[^|•\n]{1,40}"
    r"|(?:diterbitkan|diposting|dipublikasikan|tanggal)\s*:",
    re.IGNORECASE)


def _is_date_line(line: str) -> date | None:
    """The publication date when the line is just a date (with time, zone or an author)."""
    # Every expression that find_dates resolves to a day holds a digit (without a reference
    # date, "kemarin" and "Senin lalu" stay unresolved); a title mostly has none, and the
    # date search costs several times this look for one.
    if _DIGIT.search(line) is None:
        return None
    found = find_dates(line, alone=False)
    if not found or found[0].first is None or found[0].precision != "day":
        return _month_first(line) or _dotted(line) or _iso(line)
    rest = line[:found[0].start] + line[found[0].end:]
    rest = _TIME.sub(" ", _BYLINE_BITS.sub(" ", rest)).strip()
    # An author name may sit on the same line; a sentence may not.
    if len(rest) > 40 or rest.endswith("."):
        return None
    return found[0].first


# The first three letters (in lower case) of every word a _BOILER_LINE or a _LIST_HEADER can
# open with; the other openings are "©" and a space or tab before one of these. A line that
# opens otherwise matches neither (tests.unit.test_article_speed reads them out of both).
_OPENINGS = _words("""
    abo adv and art bac bag ber cap cop edi fol fot hea hom ilu jan kom kon lai lih mor mos pen pew
    pil pop pro pub rea red rek rel rep scr sha sim sum tag ten ter top tre upl you
""")
# An author box's header: it and the lines under it, to the next blank line, tell of the
# writer ("Pernah menulis liputan khusus tentang ... kunjungan DPRD Riau ke Jawa Barat").
_AUTHOR_BOX = re.compile(r"[ \t]*(?:(?:tentang|profil)\s+(?:penulis|wartawan|jurnalis|reporter)"
                         r"|about\s+the\s+author)[ \t]*:?[ \t]*$", re.IGNORECASE)
_AUTHOR_BOX_LINES = 6
# Ignoring case, the patterns take for "i", "k" and "s" more than the capital letter.
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _any_case(letter: str) -> list[str]:
    return [letter, letter.upper(), *_CASE_EXTRA.get(letter, "")]


def _opening_pattern() -> re.Pattern[str]:
    """A line break, then a space or tab, "©", or one of _OPENINGS in any case.

    A look at the character after the break first drops most lines (blank ones, and those
    that open with another letter); every alternative then starts with a plain character,
    which the engine tests before it tries the rest. The search itself skips from line break
    to line break in a fast loop.
    """
    tails: dict[str, list[str]] = {}
    for w in sorted(_OPENINGS):
        tails.setdefault(w[0], []).append(
            "".join(f"[{''.join(_any_case(c))}]" for c in w[1:]))
    alternatives = [" ", "\t", "©"]
    for first, rest in tails.items():
        alternatives += [f"{c}(?:{'|'.join(rest)})" for c in _any_case(first)]
    firsts = "".join(a[0] for a in alternatives)
    return re.compile(f"\n(?=[{firsts}])(?:{'|'.join(alternatives)})")


_OPENING = _opening_pattern()


# What marks the items of a headline list.
_ITEM_MARKS = frozenset("-\u2022*\u203a\u00bb\u25aa\u25b8\u25ba\u2013\u2014>")


def _line_rules(text: str, s: int, e: int, blanks: list[tuple[int, int]], in_list: bool,
                items: int, may_open: bool = True) -> tuple[bool, int]:
    """Blank the line ``text[s:e]`` if it is boilerplate or an item of a headline list.

    ``in_list`` and ``items`` say whether a list is open and how many items it has so far;
    the function returns both as they are after the line. A list ends at a body paragraph,
    or at a blank line once it has items. ``may_open`` is false for a line that no
    _OPENING starts, which can be neither a list header nor boilerplate.
    """
    line = text[s:e]
    if not line.strip():
        return in_list and not items, items
    if may_open and _LIST_HEADER.match(line):
        blanks.append((s, e))
        return True, 0
    if in_list and (line.lstrip()[:1] in _ITEM_MARKS
                    or not (_is_paragraph(line) or _dateline_match(text, s, e))):
        # (a marked item stays one however it ends: "› Pemkab Sinjai Belajar ... (arsip 2023)")
        blanks.append((s, e))
        return True, items + 1
    if may_open and _BOILER_LINE.match(line):
        blanks.append((s, e))
    return False, items


def _boilerplate_lines(text: str, blanks: list[tuple[int, int]]) -> None:
    """Blank boilerplate lines, and headline lists after their headers, into ``blanks``.

    For a text whose only line break is "\\n". Outside a list, a line that no _OPENING starts
    (most of them) is neither a header nor boilerplate: only the others are read, and the
    lines of each list after them.
    """
    stop = len(text)
    find = text.find
    first = [0] if _OPENING.match("\n" + text[:3]) else []
    resume = 0  # lines before this have been read
    for s in chain(first, (m.start() + 1 for m in _OPENING.finditer(text))):
        if s < resume:
            continue
        e = find("\n", s)
        e = stop if e < 0 else e
        if s == 0 and _TAGGED_HEADLINE.match(text, 0, e):
            resume = e + 1
            continue  # "FOTO: Kayong Utara Belajar ... ke Singkawang": a photo story's headline
        if _AUTHOR_BOX.match(text, s, e):
            for _ in range(_AUTHOR_BOX_LINES):
                blanks.append((s, e))
                s = e + 1
                if s >= stop or text[s] == "\n":
                    break
                e = find("\n", s)
                e = stop if e < 0 else e
            resume = s  # the first line not blanked
            continue
        in_list, items = _line_rules(text, s, e, blanks, False, 0)
        while in_list and e < stop - 1:  # a final line break opens no line
            s = e + 1
            e = find("\n", s)
            e = stop if e < 0 else e
            may_open = _OPENING.match(text, s - 1) is not None
            in_list, items = _line_rules(text, s, e, blanks, in_list, items, may_open)
        resume = e + 1


def _inline_boilerplate(text: str, lines: Iterable[tuple[int, int]],
                        blanks: list[tuple[int, int]]) -> None:
    """Blank a "Baca juga:" inside a line to the line's end, and "(adv)"-like sign-offs.

    Lines that are boilerplate as a whole are blanked whole anyway, so every line is read.
    """
    for s, e in lines:
        # Both need a character that few lines have; testing for it first is much cheaper.
        line = text[s:e]
        inline = _INLINE_BACA.search(line) if ":" in line else None
        if inline:
            blanks.append((s + inline.start(), e))
        if "(" in line or "[" in line:
            for m in _SIGNOFF.finditer(line):
                blanks.append((s + m.start(), s + m.end()))


def _inline_boilerplate_plain(text: str, blanks: list[tuple[int, int]]) -> None:
    """_inline_boilerplate for a text whose only line break is "\\n", without reading lines.

    No sign-off in parentheses spans lines, so one search of the whole text finds them; "[ ]"
    may hold white space, so it is matched at each "[" up to the line's end. "Baca juga:"
    ends at a colon after "juga" and white space; only the lines of such colons are searched.
    """
    find = text.find
    stop = len(text)
    blanks += map(_SPAN, _SIGNOFF_PAREN.finditer(text))
    at = find("[")
    while at >= 0:
        end = find("\n", at)
        bracket = _SIGNOFF.match(text, at, stop if end < 0 else end)
        if bracket:
            blanks.append(bracket.span())
        at = find("[", at + 1)
    at = find(":")
    searched = -1  # the start of the line searched last
    while at >= 0:
        # Only "a", "A" or white space precede the colon of a match: str.rstrip() drops what
        # \s matches, and ignoring case the letters of "juga" match no other characters.
        before = text[at - 1] if at else ""
        if before in "aA" or before.isspace():
            start = text.rfind("\n", 0, at) + 1
            if start != searched and text[start:at].rstrip()[-4:].lower() == "juga":
                searched = start
                end = find("\n", at)
                end = stop if end < 0 else end
                inline = _INLINE_BACA.search(text, start, end)
                if inline:
                    blanks.append((inline.start(), end))
        at = find(":", at + 1)


_NON_SPACE = re.compile(r"\S")


def _content_lines(cleaned: str, lines: list[tuple[int, int]] | None) -> Iterator[tuple[int, int]]:
    """The lines of ``cleaned`` that are not blank, as (start, end), in order.

    ``lines`` are all its lines, or ``None`` when "\\n" is the only line break: the next
    character that is not white space then finds the next such line.
    """
    if lines is not None:
        for s, e in lines:
            if cleaned[s:e].strip():
                yield s, e
        return
    stop = len(cleaned)
    pos = 0
    while (m := _NON_SPACE.search(cleaned, pos)) is not None:
        at = m.start()
        end = cleaned.find("\n", at)
        end = stop if end < 0 else end
        yield cleaned.rfind("\n", 0, at) + 1, end
        pos = end


def _clean_text(
    text: str,
) -> tuple[str, str | None, Span | None, date | None, str | None, str | None]:
    """Blank boilerplate; find title, publication date, dateline place and publisher."""
    blanks: list[tuple[int, int]] = []  # what is not article text
    title: str | None = None
    title_span: Span | None = None
    published: date | None = None
    dateline: str | None = None
    publisher: str | None = None

    # 1. Boilerplate lines, headline lists after their headers, sign-offs.
    lines: list[tuple[int, int]] | None = None
    if any(c in text for c in _ODD_BREAKS):
        lines = list(_lines(text))
        in_list, items = False, 0
        for s, e in lines:
            in_list, items = _line_rules(text, s, e, blanks, in_list, items)
        _inline_boilerplate(text, lines, blanks)
    else:
        _boilerplate_lines(text, blanks)
        _inline_boilerplate_plain(text, blanks)
    # No range holds a line break: each lies within a line.
    cleaned = _blanked(text, blanks, in_lines=True)

    # 2. The body starts at the first dateline within the first lines. Only so many content
    #    lines are read as are used: those up to the dateline, else the first 25.
    content: list[tuple[int, int]] = []
    more: list[tuple[int, int]] = []  # blanked over ``cleaned`` at the end
    body_index = None
    for i, (s, e) in enumerate(islice(_content_lines(cleaned, lines), 25)):
        content.append((s, e))
        dm = _dateline_match(text, s, e)
        rest = text[dm.end():e] if dm else ""
        if dm and i == 0 and title is None and _DOMAIN.fullmatch(dm.group("dl").strip(" ,")) \
                and 15 <= len(rest.strip()) <= 220 and not _SENTENCE_END.search(rest) \
                and not _is_paragraph(rest):
            # "RRI.co.id - Nabire dan Dogiyai Studi Tiru ke DPMPTSP Jatim": the site's name
            # before the headline, no dateline of a body line; the body comes after.
            publisher = dm.group("dl").strip(" ,")
            title, title_span = _headline_at(text, dm.end(), e)
            more.append((s, dm.end()))
            continue
        if dm and len(rest) > 40 and not ("|" in rest and not _SENTENCE_END.search(rest)):
            # ("SUARA BUMI MORO — Tajam, Terpercaya | Portal Berita ...": a site's name and
            # slogans, no dateline.)
            body_index = i
            dl = dm.group("dl").strip()
            dom = _DOMAIN.search(dl)
            if dom:
                publisher = (dom.group(1) or dom.group(0)).strip()
                place = _DOMAIN.sub("", dl).strip(" ,")
                dateline = place or None
            else:
                dateline = dl.strip(" ,")
            more.append((s, dm.end()))
            if published is None and _DIGIT.search(dl):
                # "GORONTALO, 28 November 2024 –", "Jakarta, Rabu (18/12/2024) –": the day
                # the story was filed.
                day = find_dates(dl, alone=False)
                if day and day[0].precision == "day" and day[0].first is not None:
                    published = day[0].first
                    dateline = dl[:day[0].start].strip(" ,") or None
            break

    # 3. Front matter before the body: keep the title, read the date, blank the rest.
    #    (With a dateline at index i, the content lines read are i + 1, two or more when
    #    there is front matter; without one, all of them up to 25: the title test below
    #    asks for two or more either way.)
    front = content[:body_index] if body_index is not None else content[:6]
    labels = 0  # the site's name and tagline lines above the headline
    for i, (s, e) in enumerate(front):
        line = text[s:e].strip()
        d = _is_date_line(line)
        if d is not None:
            published = published or d
            if body_index is None:
                more.append((s, e))  # the page's date, no day of the story
            continue
        if i == 0 and "|" in line and len(front) > 2 and not _SENTENCE_END.search(line) and (
                nxt := text[front[1][0]:front[1][1]].strip()) and not _is_paragraph(nxt) \
                and _is_date_line(nxt) is None:
            # "SUARA BUMI MORO — Tajam, Terpercaya | Portal Berita ..." over the headline
            labels += 1
            continue
        if i <= labels + 1 and title is None and _SITE_TAGLINE.match(line):
            labels += 1
            continue
        if i == 0 and len(content) >= 3 and (len(line) <= 40 and _SITE_LABEL.search(line) or (
                line.isupper() and len(line) <= 80 and not _is_paragraph(line)
                and len(front) > 1 and not _is_paragraph(text[front[1][0]:front[1][1]]))):
            # "RRI.co.id - Berita Daerah", "PEMERINTAH KOTA PADANG PANJANG": the site's label
            # above the headline.
            labels += 1
            continue
        line, line_span = _headline_at(text, s, e)
        if title is None and i <= labels + 1 and 15 <= len(line) <= 220 \
                and not line.endswith(".") \
                and len(content) >= 2 and not _is_paragraph(line):
            title, title_span = line, line_span
            continue
        if body_index is None and (i >= 3 or _is_paragraph(line)):
            break  # the body has begun: its dates are no publication date
    if body_index is not None:
        after_title = False
        for s, e in front:
            if title_span is not None and s <= title_span.start < e:
                after_title = True
                continue
            if after_title and _is_paragraph(text[s:e]) and not _PHOTO_CREDIT.search(text, s, e):
                # A lead told before the dateline ('"Di Pesisir Selatan, ..." Kalimat itu
                # dilontarkan Kepala Dinas ... saat memimpin rombongannya menyambangi ...',
                # then "INDRAMAYU – Rombongan itu ...") is the story's own first paragraph.
                continue
            more.append((s, e))
    # The header's words, looked for at C speed first: most pages have no comment section.
    comments = _COMMENTS.search(text) if any(k in text for k in _COMMENT_HINTS) else None
    if comments is not None and comments.start() >= _COMMENTS_AFTER:
        # Readers' comments close the page: their "Kapan Kutim belajar ke Balikpapan?" and
        # "Dulu Solok juga belajar ke Agam" are not the story's. Everything after the header
        # goes (a list of other headlines there is not the story either).
        readers = [(comments.start(), len(text))]
    else:
        readers = []
    if published is None:
        # Some sites print the date under the story ("Diterbitkan: Selasa, 8 Oktober 2024");
        # only a line that says so counts there, since a bare date after the body may be the
        # day of an update or of another story. The line is blanked: it is not a visit's day.
        tail = max(0, len(cleaned) - _TAIL_CHARS)
        if _says_published(cleaned, tail):
            for s, e in lines if lines is not None else _lines(cleaned):
                if s >= tail and _PUBLISHED_LINE.fullmatch(cleaned, s, e):
                    d = _is_date_line(cleaned[s:e].strip())
                    if d is not None:
                        published = d
                        more.append((s, e))
                        break
    if published is None:
        signed = _signed_off_date(_blanked(cleaned, readers), text)
        if signed is not None:
            published, span = signed
            more.append(span)
    # Blanking the rest over the text blanked so far blanks the union of both. The comments
    # run over several lines, whose breaks stay.
    cleaned = _blanked(_blanked(cleaned, more, in_lines=True), readers)
    return cleaned, title, title_span, published, dateline, publisher


# --------------------------------------------------------------------------------------------
# Sentences

# Abbreviations that end with a period inside a sentence: honorifics, degrees, "Kab.", "No.".
_ABBREV = _words("""
    h hj dr drs dra ir prof kh st s m se sh mh mm msi ssos sstp sip sp spd mpd skm mkes ak amd
    kab kec kel prov jl jln no tgl dkk dll dsb a.n an u.p yth bpk ny sdr pt cv tbk ri pj plt
    plh mt si kom sos stp ma phd ssi dll kp pdt sag mag hum sth sei dt tgk muh moh mhd abd moch
""")
# More letters than this right before a period make a word that is no abbreviation.
_LONGEST_ABBREV = max(map(len, _ABBREV))
_WORD_BEFORE = re.compile(r"[\w.]*$")
_WORD_RUN = re.compile(r"[\w.]*")
# The same as [.!?]+["”’)]*(?=\s+["“‘(]?[A-Z0-9]) | (?<=[a-z]{3})\.(?=[A-Z][a-z]) (a space left
# out, see _SENTENCE_ENDS) | \n\s*\n | \n(?=\s*\S), written to start with a
# character class: the engine then skips to the next candidate character in a fast loop
# instead of trying the three alternatives at every position.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=\s*\S))")


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of word characters and dots that ends at ``hi`` (not before ``lo``).

    Searching for the run forwards tries every start in the window; matching the reversed
    window from its start finds the same run in one step.
    """
    window = text[lo:hi]
    if window.endswith("\n"):  # "$" may match before a final line break; keep its meaning
        before = _WORD_BEFORE.search(text, lo, hi)
        return before.group(0) if before else ""
    run = _WORD_RUN.match(window[::-1])
    return run.group(0)[::-1] if run else ""


# The alternatives of _BOUNDARY by the character they start at, each led by that character,
# which the engine finds in a fast loop (a leading class is tested at every position).
# (Sloppy copy leaves out the space: "kembali di jadikan tempat belajar oleh daerah lain.Kamis
# 6 Maret 2025 giliran ..."; a period between a lower-case word and a capitalised one still ends
# the sentence. "Kab.Sleman" and "Prov.Kaltim" are abbreviations, checked as usual.)
_SENTENCE_ENDS = {c: re.compile(rf"{re.escape(c)}(?:[.!?]*[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])"
                                + (r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z])" if c == "." else "") + ")")
                  for c in ".!?"}
_LINE_END = re.compile(r"\n(?:\s*\n|(?=\s*\S))")
_SPACE_RUN = re.compile(r"\s*")


def _past_spaces(text: str, pos: int) -> int:
    """The first position from ``pos`` on that is not white space (or the end of ``text``)."""
    return _SPACE_RUN.match(text, pos).end()  # type: ignore[union-attr]  # \s* always matches


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BOUNDARY.finditer(text)``.

    No _BOUNDARY match holds a line break but those of _LINE_END, which hold nothing else.
    A match at ".", "!" or "?" that starts inside another one (after "?" in "?.", say) ends
    where that one ends, as both take the same run of punctuation and closing quotes that
    the look-ahead accepts: dropping the matches that start before the last one kept ends
    gives finditer's.
    """
    found = list(map(_SPAN, _LINE_END.finditer(text)))
    found += map(_SPAN, _SENTENCE_ENDS["."].finditer(text))
    more = [span for c in "!?" if c in text
            for span in map(_SPAN, _SENTENCE_ENDS[c].finditer(text))]
    found.sort()
    if not more:
        return found  # matches at periods and at line breaks cannot overlap
    found += more
    found.sort()
    kept = []
    end = 0
    for span in found:
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``).

    A period after an honorific or a degree (``H.``, ``Drs.``, ``M.Si.``, ``Kab.``) or after a
    single capital (an initial) does not end a sentence; a line break always does, because
    headlines, captions and paragraphs sit on their own lines.
    """
    starts: list[int] = []
    ends: list[int] = []
    start = 0  # where the text after the last boundary starts
    for j, k in _boundaries(text):
        first = text[j]  # one of . ! ? and a line break
        if first == "\n":
            if j > start and not text[start:j].isspace():
                # The span ends at the break; white space around it is left out.
                if text[start].isspace():
                    start = _past_spaces(text, start)
                starts.append(start)
                ends.append(start + len(text[start:j].rstrip()) if text[j - 1].isspace() else j)
            start = k
            continue
        longer = j - _LONGEST_ABBREV - 1
        if first == "." and not (longer >= start and text[longer:j].isalpha()):
            # The word before the period decides whether it is an abbreviation; letters
            # enough right before it make a longer word (most sentence ends), one that
            # lower-casing can only make longer.
            word = _word_before(text, max(start, j - 24), j).lower().replace(".", "")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        # The span ends at the period or the closing quote; it starts past white space.
        if text[start].isspace():
            start = _past_spaces(text, start)
        starts.append(start)
        ends.append(k)
        start = k
    spans = list(map(Span, starts, ends))
    _add_trimmed(spans, text, start, len(text))
    return spans


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` without its outer white space, unless nothing is left.

    str.strip() removes exactly the characters for which str.isspace() is true; measuring
    what it removed is cheaper than stepping over them one by one.
    """
    piece = text[start:end]
    body = piece.lstrip()
    if body:
        start += len(piece) - len(body)
        spans.append(Span(start, start + len(body.rstrip())))


# --------------------------------------------------------------------------------------------
# Reading


def parse_article(
    data: bytes, *, path: str | None = None, url: str | None = None,
    content_type: str | None = None,
) -> Article:
    """Turn the bytes of a text or HTML article into an :class:`Article`.

    Parameters
    ----------
    data
        The bytes as read from a file, standard input or an HTTP response.
    path, url
        Where the bytes came from (for messages and provenance).
    content_type
        The HTTP media type, if any; HTML is also recognised by its tags.

    Raises
    ------
    InputError
        For binary, empty, oversized, non-Indonesian or body-less input.
    """
    where = url or path or "input"
    _check_bytes(data, where)
    raw_text = _decode(data, where)
    meta: dict[str, str | None] = {}
    is_html = (content_type or "").lower().startswith(("text/html", "application/xhtml")) \
        or _looks_like_html(raw_text)
    text = raw_text
    if is_html:
        text, meta = _from_html(raw_text, where, url)
    elif "&" in text and _ENTITY.search(text):
        # A scraper's text with the page's entities left in ("SLEMAN&nbsp;–", "&amp;").
        text = html.unescape(text)
    if not text.strip():
        raise InputError(f"{where}: empty")
    clean, title, title_span, published, dateline, publisher = _clean_text(text)
    clean = _unwrapped(clean)
    if is_html and indonesian_ratio(clean)[1] < 20:
        raise InputError(f"{where}: HTML page without an article body")
    _check_language(clean, where)
    if meta.get("title"):
        title = meta["title"]
        title_span = None
    if meta.get("date") and published is None:
        published = _iso_date(meta["date"])
    if meta.get("sitename"):
        publisher = meta["sitename"]
    if publisher is None and url:
        publisher = urlparse(url).hostname
    return Article(
        text=text, clean=clean, title=title, published=published, publisher=publisher,
        path=path, url=url, content_hash=hashlib.sha1(data).hexdigest(), dateline=dateline,
        title_span=title_span,
    )


# A line that ends a sentence or a heading's colon: no wrap there ...
_WRAP_STOPS = frozenset('.!?:;"\u201d)')
# ... unless its point is a title's: "H.\nSufiansyah".
_TITLE_ABBREV_END = re.compile(r"(?:^|\s)[A-Z][a-z]{0,3}\.$")


def _unwrapped(clean: str) -> str:
    """``clean`` with the hard line breaks of text pasted from a PDF or an e-paper joined.

    Such text breaks every 60 to 90 characters in the middle of sentences, names and dates
    ("Selasa\\n(11/3/2025)", "H.\\nSufiansyah"), and hyphenates words across lines
    ("mela-\\nkukan"). Only a text whose lines mostly look like that is touched, so that a
    scraped page's one-line paragraphs and headline lists keep their breaks. A break inside a
    sentence becomes a space; a hyphenated word is closed up and the two characters it
    loses go after it as spaces, so that the text keeps its length and its offsets.
    """
    lines = clean.split("\n")
    body = [ln.rstrip() for ln in lines if len(ln.strip()) >= 40]
    wrapped = [ln for ln in body if len(ln) <= 95 and ln[-1] not in _WRAP_STOPS]
    if len(body) < 8 or len(wrapped) < 0.5 * len(body):
        return clean
    out = list(clean)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the "\n" after this line
        nxt = lines[i + 1]
        pos = end + 1
        tail = line.rstrip()
        if len(tail.strip()) < 25 or not nxt.strip():
            continue
        if tail[-1] in _WRAP_STOPS and not _TITLE_ABBREV_END.search(tail):
            continue  # a sentence's end, not a title's point ("H.\\nSufiansyah")
        if tail.endswith("-") and len(tail) >= 2 and tail[-2].isalpha() \
                and nxt[:1].islower():
            # "mela-\\nkukan": close the word up, keep the length
            cut = end - (len(line) - len(tail)) - 1  # index of the hyphen
            word_end = end + 1
            while word_end < len(clean) and clean[word_end].isalpha():
                word_end += 1
            moved = clean[end + 1:word_end]
            out[cut:word_end] = list(moved + " " * (word_end - cut - len(moved)))
            continue
        out[end] = " "
    return "".join(out)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def fetch_url(url: str, *, timeout: float = 20.0) -> Article:
    """Fetch an article over HTTP(S) with httpx and parse it.

    Raises
    ------
    InputError
        When the URL cannot be fetched, answers with an error status, or the page is bad input.
    """
    import httpx

    try:
        with httpx.Client(follow_redirects=True, timeout=timeout,
                          headers={"User-Agent": _USER_AGENT}) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {response.status_code}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InputError(f"{url}: too large (over 5 MB)")
                chunks.append(chunk)
            ctype = response.headers.get("content-type")
            final_url = str(response.url)
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.__class__.__name__}: {exc})") from None
    article = parse_article(b"".join(chunks), url=final_url, content_type=ctype)
    return article


def read_article(source: str | Path) -> Article:
    """Read one article from a file path, ``"-"`` (standard input) or an http(s) URL.

    Raises
    ------
    InputError
        When the source cannot be read or is bad input (see :func:`parse_article`).
    """
    name = str(source)
    if name == "-":
        return parse_article(sys.stdin.buffer.read(), path="-")
    if name.startswith(("http://", "https://")):
        return fetch_url(name)
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: too large ({size / 1048576:.1f} MB; the limit is 5 MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder; pass it as a source to read every article in it") \
            from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return parse_article(data, path=name)


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Expand folders into the article files they hold (recursively, sorted); keep the rest.

    Raises
    ------
    InputError
        When a named path does not exist.
    """
    out: list[str] = []
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")):
            out.append(source)
            continue
        path = Path(source)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*"))
                       if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.exists():
            out.append(source)
        else:
            raise InputError(f"{source}: no such file or folder")
    return out
