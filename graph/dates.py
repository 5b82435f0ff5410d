"""Dates as Indonesian news writes them: numeric, long-form, ranges and relative expressions.

One compiled alternation finds every date expression of a text in a single pass; each match
becomes a :class:`DateMention` with the first and last day it covers and its precision.

Forms understood (weekday prefixes optional, weekday labels never override the numbers because
real articles often carry a wrong weekday):

- ``Rabu (03/12/2025)``, ``(29/5/2024)``, ``Kamis.(13/7/2023)``, ``(6/12/19)``, ``(O4/O7/2019)``
- ``Selasa-Rabu (12-13/3/2024)``, ``Rabu – Kamis (9 – 10/10/2-19)`` (a year typed ``2-19``)
- ``Kamis, 19 Juni 2025``, ``19-20 Juni 2025``, ``22 s.d 24 September 2016``,
  ``15 April hingga 21 April 2023``, ``30 Juni - 2 Juli 2025``
- ``Desember 2022`` (month precision), ``tahun 2006`` (year precision), ``2025-06-19``
- ``Selasa (17/12)`` without a year, ``kemarin``, ``Senin lalu``: resolved against a reference
  date (the publication date) when one is known, otherwise left unresolved.
- ``Jumat (18/07/2025) hingga Selasa (23/07/2025)``: two mentions joined into one range.
- A weekday alone where news agencies put the day of the event, at the end of a clause
  ("..., Rabu." or "pada Kamis pagi"): the last such day on or before the reference (a story
  published on Thursday says "Rabu" of the day before and "Kamis" of the same day).
  "selama tiga hari sejak Senin" gives the three days from that Monday.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain
from typing import Literal

from graph.chars import ascii_alnum_only
from graph.patterns import trie_regex

__all__ = [
    "DateMention",
    "Precision",
    "MONTHS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "find_dates",
    "parse_date",
    "format_date",
]

Precision = Literal["day", "month", "year"]

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
# Full month names only: a bare "Mar" or "Jan" without a year is too often something else.
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"mei", "juni", "juli"}]

WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
#: Small counts as words ("selama tiga hari", "dua hari kemudian").
NUMBER_WORDS: dict[str, int] = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5}
# A small count in words or digits: "dua hari lalu", "selama 3 hari sejak Senin".
_COUNT = r"(?:" + "|".join(NUMBER_WORDS) + r"|[2-5])"


def _count(word: str) -> int:
    """The number a small count names: "tiga" or "3" is 3."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _alt(words: list[str]) -> str:
    # Longest first so that "juni" is not cut to "jun". As a trie (one branch per distinct
    # next letter) rather than a flat alternation: the engine then compares a word that is
    # no month with a few branches instead of with each of some fifty names, at every number
    # it tries. The names that match at one place are prefixes of one another ("jun",
    # "juni"), so both forms try them in the same order, longest first.
    return trie_regex([([re.escape(c) for c in w], len(w)) for w in words])


_WD = rf"(?:{_alt(list(WEEKDAYS))})"
_MON = rf"(?:{_alt(list(MONTHS))})"
_MON_FULL = rf"(?:{_alt(_FULL_MONTHS)})"
_DIG = r"[0-9Oo]"  # a letter O typed for a zero happens in real articles
_YEAR_NUM = r"(?:\d{4}|\d[-]\d{2}|\d{2})"
_RANGE = r"\s*(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|sd)\s*"

_NUMERIC = (
    rf"(?:(?P<nwd>{_WD})(?:(?:\s*[-–—]\s*|\s+(?:dan|hingga|sampai)\s+)(?P<nwd2>{_WD}))?"
    rf"\s*[,.]?\s*)?"
    rf"(?P<nparen>\()?\s*"
    rf"(?P<nd1>{_DIG}{{1,2}})(?:\s*[-–—]\s*(?P<nd2>{_DIG}{{1,2}}))?"
    rf"\s*/\s*(?P<nm>{_DIG}{{1,2}})"
    rf"(?:\s*/\s*(?P<ny>{_YEAR_NUM})?)?(?![\d/])\s*\)?"
)
_LONG = (
    rf"(?:(?P<lwd>{_WD})(?:\s*[-–—]\s*{_WD})?\s*[,.]?\s*\(?\s*)?"
    r"(?:(?:tanggal|tgl\.?)\s+)?"
    rf"(?P<ld1>\d{{1,2}})(?:\s+(?P<lm1>{_MON})\.?)?"
    rf"(?:(?:{_RANGE}|\s+dan\s+)(?P<ld2>\d{{1,2}}))?"
    rf"\s+(?P<lm>{_MON})\.?\d?"
    rf"(?:\s*,?\s*(?P<ly>\d{{4}}))?\)?"
)
# "Maret 3, 2025": a site theme's month first, day, comma and year.
_MONTH_DAY = rf"(?P<um>{_MON_FULL})\s+(?P<ud>\d{{1,2}}),\s*(?P<uy>(?:19|20)\d{{2}})"
_MONTH_YEAR = rf"(?:(?:bulan|akhir|awal|pertengahan)\s+)?(?P<mm>{_MON_FULL})\d?\s+(?P<my>\d{{4}})"
_YEAR_ONLY = r"(?:tahun|thn\.?)\s+(?P<yy>(?:19|20)\d{2})"
_ISO = r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
# "Selasa 27.08.2024", "26.09.2024": day, month and a full year between stops (a full year,
# so that "2.5" or "1.200" is never a date).
_DOTTED = (rf"(?:{_WD}\s*,?\s*)?(?<![\d.])(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})"
           r"\.(?P<dy>(?:19|20)\d{2})(?![.\d])")
_RELATIVE = (
    # ("pekan kemarin", "bulan kemarin": last week or month, no day)
    # ("Sejak Senin hingga kemarin": from that weekday to yesterday)
    rf"(?P<rel>(?:(?P<kwd0>{_WD})\s*(?:-|\u2013|hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s*)?"
    rf"(?<!pekan\s)(?<!minggu\s)(?<!bulan\s)(?<!tahun\s)"
    rf"kemarin(?:\s+(?:lusa|sore|pagi|siang|malam))?|hari\s+ini|tadi\s+(?:pagi|siang|sore|malam)"
    # "Senin hingga Rabu kemarin", "Sabtu hingga Minggu akhir pekan lalu": a range of days
    rf"|(?:(?P<rwd0>{_WD})\s*(?:-|\u2013|hingga|sampai(?:\s+dengan)?|s\.?d\.?|dan)\s*)?"
    rf"(?P<rwd>{_WD})\s+(?:lalu|kemarin|(?:akhir\s+)?(?:pekan|minggu)\s+lalu)"
    rf"|(?:(?:bulan|pada)\s+)?(?P<rmon>{_MON_FULL})\s+lalu"
    # "dua hari lalu", "3 hari yang lalu": counted back from the reference
    rf"|(?P<ndays>{_COUNT})\s+hari\s+(?:yang\s+)?lalu)"
)

_DATE_RE = re.compile(
    rf"(?<![\w/])(?:{_ISO}|{_DOTTED}|{_NUMERIC}|{_LONG}|{_MONTH_DAY}|{_MONTH_YEAR}|{_YEAR_ONLY}|{_RELATIVE})(?![\w])",
    re.IGNORECASE,
)
_JOIN_RE = re.compile(rf"^{_RANGE}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    Attributes
    ----------
    start, end
        Character offsets of the expression in the searched text.
    text
        The expression as written.
    first, last
        First and last day covered; ``None`` when the expression needs a reference date that was
        not given (``Selasa (17/12)`` without a year, ``kemarin``).
    precision
        ``"day"``, ``"month"`` or ``"year"``.
    relative
        True for ``kemarin``, ``Senin lalu`` and years taken from the reference date.
    weekday
        The weekday written before the date (0 = Senin), if any.
    bare
        True for a weekday written alone ("..., Rabu."), resolved to the last such day on or
        before the reference.
    """

    start: int
    end: int
    text: str
    first: date | None
    last: date | None
    precision: Precision
    relative: bool = False
    weekday: int | None = None
    bare: bool = False

    @property
    def resolved(self) -> bool:
        """True when the mention names actual days."""
        return self.first is not None

    def iso_first(self) -> str | None:
        """The first day as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by precision."""
        return format_date(self.first, self.precision)

    def iso_last(self) -> str | None:
        """The last day as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by precision."""
        return format_date(self.last, self.precision)


def format_date(value: date | None, precision: Precision = "day") -> str | None:
    """Format a date at a precision: ``2022-12-01`` at month precision gives ``"2022-12"``."""
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    cleaned = text.replace("O", "0").replace("o", "0").replace("-", "0")
    return int(cleaned) if cleaned.isdigit() else None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    if "-" in text:
        # "2-19" is a typo for "2019": the dash sits where a zero belongs.
        return _num(text)
    value = int(text)
    if len(text) == 2:
        # Two-digit years in news are this century unless that puts them far in the future.
        value += 2000 if value <= date.today().year % 100 + 1 else 1900
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, reference: date | None) -> int | None:
    """Pick the year of a day-month written without one: the latest not long after the reference."""
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1):
        candidate = _safe_date(year, month, day)
        # News reports on events just past; a date weeks after publication belongs to last year.
        if candidate is not None and candidate <= reference + timedelta(days=14):
            return year
    return None


def _name(matched: str) -> str:
    """A month or weekday name as matched, in the form of the MONTHS and WEEKDAYS keys.

    The patterns ignore case the Unicode way, so "ſenin" (long s) or a Kelvin sign K match too;
    ``lower()`` keeps those, and folding them to ASCII letters is what finds the key.
    """
    low = matched.lower()
    if low.isascii():
        return low
    folded = unicodedata.normalize("NFKD", matched.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


_LAST_WEEK = re.compile(r"(?:pekan|minggu)\s+lalu$")


def _weekday_before(reference: date, weekday: int, *, strictly: bool = True) -> date:
    """The most recent ``weekday`` before ``reference`` ("Senin lalu"); with ``strictly``
    false, on or before it (a weekday alone: "Kamis" said on a Thursday is that day)."""
    delta = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=delta or 7 if strictly else delta)


def _month_mention(start: int, end: int, text: str, year: int, month: int,
                   relative: bool = False) -> DateMention:
    """A mention of the whole ``month`` of ``year``, at month precision."""
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return DateMention(start, end, text, date(year, month, 1), nxt - timedelta(days=1),
                       "month", relative)


def _mention(m: re.Match[str], offset: int, reference: date | None) -> DateMention | None:
    g = m.groupdict()
    start, end = m.start() + offset, m.end() + offset
    text = m.group(0)
    wd_text = g.get("nwd") or g.get("lwd")
    weekday = WEEKDAYS.get(_name(wd_text)) if wd_text else None

    # One written day with its full year: ISO, "Maret 3, 2025", "27.08.2024".
    ymd: tuple[int, int, int] | None = None
    if g["iy"]:
        ymd = (int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["ud"]:
        ymd = (int(g["uy"]), MONTHS[_name(g["um"])], int(g["ud"]))
    elif g["dd"]:
        ymd = (int(g["dy"]), int(g["dm"]), int(g["dd"]))
    if ymd is not None:
        d = _safe_date(*ymd)
        return DateMention(start, end, text, d, d, "day") if d else None

    if g["nd1"] is not None:
        if g["nparen"] is None and weekday is None and not g["ny"]:
            # A bare "1/3" is a fraction or a ratio, not a date; "10/12/2019" and "3/7/24" are.
            return None
        d1, d2, month = _num(g["nd1"]), _num(g["nd2"]), _num(g["nm"])
        if d1 is None or month is None or not 1 <= month <= 12:
            return None
        year = _year(g["ny"]) if g["ny"] else None
        relative = False
        if year is None:
            year = _year_for(month, d1, reference)
            relative = True
            if year is None:
                return DateMention(start, end, text, None, None, "day", True, weekday)
        first = _safe_date(year, month, d1)
        last = _safe_date(year, month, d2) if d2 is not None else first
        if first is None or last is None or last < first:
            return None
        if d2 is None and weekday is not None and g["nwd2"] and text.endswith(")"):
            # "Senin dan Selasa (20/5)": the written day is the last weekday's; the first is
            # the days between before it. (Not "Senin-Selasa (30/9-1/10/2024)", whose first
            # day opens a range across months joined later.)
            span = (WEEKDAYS[_name(g["nwd2"])] - weekday) % 7
            if 1 <= span <= 3:
                first = last - timedelta(days=span)
        return DateMention(start, end, text, first, last, "day", relative, weekday)

    if g["ld1"] is not None:
        month = MONTHS[_name(g["lm"])]
        month1 = MONTHS[_name(g["lm1"])] if g["lm1"] else month
        d1 = int(g["ld1"])
        d2 = int(g["ld2"]) if g["ld2"] else None
        relative = False
        year = int(g["ly"]) if g["ly"] else None
        if year is None:
            if len(g["lm"]) < 5 and g["lm"].lower() not in {"mei", "juni", "juli"}:
                # "12 Mar" without a year is too weak to be a date.
                return None
            year = _year_for(month, d2 or d1, reference)
            relative = True
            if year is None:
                return DateMention(start, end, text, None, None, "day", True, weekday)
        year1 = year - 1 if month1 > month else year
        first = _safe_date(year1, month1, d1)
        last = _safe_date(year, month, d2) if d2 is not None else _safe_date(year, month, d1)
        if first is None or last is None or last < first:
            return None
        return DateMention(start, end, text, first, last, "day", relative, weekday)

    if g["mm"]:
        return _month_mention(start, end, text, int(g["my"]), MONTHS[_name(g["mm"])])

    if g["yy"]:
        year = int(g["yy"])
        return DateMention(start, end, text, date(year, 1, 1), date(year, 12, 31), "year")

    if g["rel"]:
        if reference is None:
            return DateMention(start, end, text, None, None, "day", True)
        rel = g["rel"].lower()
        if g["rmon"]:
            # "September lalu": the last September before the reference, as a month; said in
            # January, "Januari lalu" is the January a year before (this one has not passed).
            month = MONTHS[_name(g["rmon"])]
            year = reference.year if month < reference.month else reference.year - 1
            return _month_mention(start, end, text, year, month, relative=True)
        if g["rwd"] and _LAST_WEEK.search(rel):
            # "Kamis pekan lalu": the Thursday of the week before the reference's week.
            monday = reference - timedelta(days=reference.weekday())
            d = monday - timedelta(days=7 - WEEKDAYS[_name(g["rwd"])])
        elif g["rwd"]:
            d = _weekday_before(reference, WEEKDAYS[_name(g["rwd"])])
        elif rel.startswith("kemarin") or g["kwd0"]:
            # ("kemarin lusa": the day before yesterday)
            d = reference - timedelta(days=2 if rel.endswith("lusa") else 1)
        elif g["ndays"]:
            d = reference - timedelta(days=_count(g["ndays"]))
        else:
            d = reference
        first = d
        if g["kwd0"]:
            first = _weekday_before(d, WEEKDAYS[_name(g["kwd0"])], strictly=False)
        if g["rwd0"]:
            # the range's first day: the last such weekday up to its last one
            first = d - timedelta(days=(WEEKDAYS[_name(g["rwd"])]
                                        - WEEKDAYS[_name(g["rwd0"])]) % 7)
        return DateMention(start, end, text, first, d, "day", True)
    return None


# A capitalised weekday alone: after "pada", "sejak" or "hari", or after a comma and before the
# end of the clause or a time of day ("..., Rabu." "..., Kamis pagi"). Capitals only: "minggu"
# in lower case is a week.
_WD_NAMES = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
_BARE_WEEKDAY = re.compile(
    rf"(?:(?<=\b[Pp]ada )|(?<=\b[Ss]ejak )|(?<=\b[Hh]ari ))(?P<bwd>{_WD_NAMES})\b(?!['’-])"
    rf"(?:\s+dan\s+(?P<bwd2>{_WD_NAMES})\b)?"
    rf"|(?<=, )(?P<cwd>{_WD_NAMES})(?:\s+dan\s+(?P<cwd2>{_WD_NAMES}))?"
    rf"(?=\s*(?:[.,;:)\"”]|$)|\s+(?:pagi|siang|sore|malam|ini)\b)"
    # Opening a sentence or the body after its dateline, with a time of day or a comma:
    # "BANJARBARU – Jumat pagi, ... rombongan tiba", "Senin siang rombongan tiba".
    rf"|(?:(?<=[.!?] )|(?<=[–—-] )|(?<=\n))(?P<swd>{_WD_NAMES})"
    rf"(?=\s*,|\s+(?:pagi|siang|sore|malam)\b)"
)
# "selama tiga hari sejak Senin": how many days the trip took, right before "sejak".
_DAYS_SINCE = re.compile(rf"selama\s+(?P<n>{_COUNT})\s+hari\s+sejak\s+$", re.IGNORECASE)
_EVERY = re.compile(r"\b(?:setiap|tiap)\s+(?:hari\s+)?$", re.IGNORECASE)  # a habit, not a day


def _tried_at_words(rx: re.Pattern[str], words: tuple[str, ...], text: str, start: int,
                    stop: int, taken: list[DateMention]) -> list[re.Match[str]]:
    """The matches of ``rx`` in ``text[start:stop]``, without overlaps, tried only where one of
    ``words`` (its openings) is and outside the mentions ``taken``: a pattern that opens with
    look-behinds or a word boundary is tried at every character by a scan, which costs as much
    as all the other date expressions together."""
    places = sorted({at for w in words for at in _finds(text, w, start, stop)})
    out: list[re.Match[str]] = []
    pos = start
    for at in places:
        if at < pos or any(t.start <= at < t.end for t in taken):
            continue
        m = rx.match(text, at, stop)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _finds(hay: str, word: str, start: int, stop: int) -> list[int]:
    out: list[int] = []
    at = hay.find(word, start, stop)
    while at >= 0:
        out.append(at)
        at = hay.find(word, at + 1, stop)
    return out


def _bare_weekdays(text: str, start: int, stop: int, reference: date | None,
                   taken: list[DateMention]) -> list[DateMention]:
    """The weekdays written alone in ``text[start:stop]`` outside the mentions ``taken``
    (unresolved without a reference)."""
    out: list[DateMention] = []
    for m in _tried_at_words(_BARE_WEEKDAY, _WEEKDAY_STEMS, text, start, stop, taken):
        if _EVERY.search(text, max(0, m.start() - 14), m.start()):
            continue
        weekday = WEEKDAYS[_name(m.group("bwd") or m.group("cwd") or m.group("swd"))]
        second = m.group("bwd2") or m.group("cwd2")
        # "Selasa dan Rabu": the second day is the later one, and the pair ends by the reference.
        last_weekday = WEEKDAYS[_name(second)] if second else weekday
        if reference is None:
            out.append(DateMention(m.start(), m.end(), m.group(0), None, None, "day", True,
                                   weekday, bare=True))
            continue
        last = _weekday_before(reference, last_weekday, strictly=False)
        first = last - timedelta(days=(last_weekday - weekday) % 7)
        days = _DAYS_SINCE.search(text, max(0, m.start() - 40), m.start())
        if days is not None:
            last = first + timedelta(days=_count(days.group("n")) - 1)
        out.append(DateMention(m.start(), m.end(), m.group(0), first, last, "day", True,
                               weekday, bare=True))
    return out


def find_dates(
    text: str, *, reference: date | None = None, start: int = 0, end: int | None = None,
    lowered: str | None = None, alone: bool = True,
) -> list[DateMention]:
    """Find every date expression in ``text[start:end]``, in order.

    Parameters
    ----------
    text
        The text to search.
    reference
        The date relative expressions and year-less dates are resolved against, usually the
        publication date. Without it they come back unresolved (``first is None``).
    start, end
        The span to search; offsets in the result are offsets into ``text``.
    lowered
        ``text`` in lower case (the same length), for a text whose letters and digits are all
        ASCII: where expressions start is then found over it with case-sensitive patterns,
        which cost less than case-blind ones, to the same effect.
    alone
        Whether to look for weekdays written alone ("..., Rabu."), which only a reference
        date or a written date nearby resolves.

    Returns
    -------
    list of DateMention
        Two day mentions joined by "hingga", "s.d." or a dash become one range.

    Examples
    --------
    >>> [m.iso_first() for m in find_dates("Rabu (03/12/2025) dan Kamis, 19 Juni 2025")]
    ['2025-12-03', '2025-06-19']
    """
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    for m in _matches(text, start, stop, lowered):
        mention = _mention(m, 0, reference)
        if mention is None:
            continue
        if found and found[-1].first is None and mention.first is not None \
                and mention.precision == "day" \
                and _JOIN_RE.match(text[found[-1].end:mention.start]):
            # "Senin (3/3) hingga Rabu (5/3/2025)": the range's end gives its start the year.
            found[-1] = _with_reference(found[-1], mention.first)
        if found and _joins(text, found[-1], mention):
            prev = found[-1]
            found[-1] = replace(prev, end=mention.end, text=text[prev.start:mention.end],
                                last=mention.last, relative=prev.relative and mention.relative)
            continue
        found.append(mention)
    # Weekdays alone ("..., Rabu.") where no other expression took them; found from their
    # names, which are written with a capital, looked for at C speed.
    if alone and any(text.find(w, start, stop) >= 0 for w in _WEEKDAY_STEMS):
        bare = _bare_weekdays(text, start, stop, reference, found)
        if bare:
            found = sorted(found + bare, key=lambda d: d.start)
    # A month without its year: "Sepanjang Juni", "awal Mei" (the last such month by then).
    if alone and reference is not None and any(
            text.find(m, start, stop) >= 0 for m in _MONTH_CAPITALS):
        months = [_month_alone(m, reference) for m in _tried_at_words(
            _MONTH_ALONE, _MONTH_ALONE_OPENERS, text, start, stop, [])
                  if not any(t.start <= m.start("m") < t.end for t in found)]
        if months:
            found = sorted(found + months, key=lambda d: d.start)
    return found


_MONTH_CAPITALS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                   "September", "Oktober", "November", "Desember")
_MONTH_ALONE_OPENERS = ("sepanjang", "Sepanjang", "selama", "Selama", "awal", "Awal", "akhir",
                        "Akhir", "pertengahan", "Pertengahan")
_MONTH_ALONE = re.compile(
    r"\b(?:[Ss]epanjang|[Ss]elama|[Aa]wal|[Aa]khir|[Pp]ertengahan)\s+(?:bulan\s+)?"
    r"(?P<m>" + "|".join(_MONTH_CAPITALS) + r")\b(?!\s*(?:\d|lalu\b))")


def _month_alone(m: re.Match[str], reference: date) -> DateMention:
    """The mention of a month named without a year: the last such month up to ``reference``."""
    month = _MONTH_CAPITALS.index(m.group("m")) + 1
    year = reference.year if month <= reference.month else reference.year - 1
    return _month_mention(m.start(), m.end(), m.group(0), year, month, relative=True)


_WEEKDAY_STEMS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum", "Sabtu", "Minggu", "Ahad")


# Every date expression holds a digit or a relative word; the full pattern is tried only in a
# short window around those anchors, which is much cheaper than scanning every position.
# The same as \d+|kemarin|hari\s+ini|tadi\s|lalu\b|[Oo](?=[\dOo]?/) in any case, written to start
# with a character class so that the engine skips to the next candidate character in a fast loop.
_ANCHOR = re.compile(r"[\dKkHhTtLlOo](?:(?<=\d)\d*|(?i:(?<=k)emarin|(?<=h)ari\s+ini|(?<=t)adi\s"
                     r"|(?<=l)alu\b|(?<=o)(?=[\do]?/)))")
_BEFORE = 40  # the longest prefix before the first digit: "Jumat – Sabtu, tanggal "
_AFTER = 60


# Digits become "0" and every other byte a space: runs of digits are then found by bytes.find.
_DIGIT_BYTES = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
# The anchor words, in lower case.
_ANCHOR_WORDS = (b"kemarin", b"hari", b"tadi", b"lalu")


def _anchors(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of ``_ANCHOR.finditer(text, start, stop)``.

    The anchor pattern tries every k, h, t, l and o of the text, and tests every character
    against Unicode's digits. When every letter and digit of the text is ASCII, the runs of
    digits and the places of the anchor words in the lower-cased bytes (one byte per
    character) are found by C loops, and the pattern itself runs only there, to confirm.
    Anchors of different kinds cannot overlap (digits, and words without another anchor's
    first letter inside), so sorting them gives ``finditer``'s order.
    """
    if not ascii_alnum_only(text):
        return [a.span() for a in _ANCHOR.finditer(text, start, stop)]
    raw = text.encode("ascii", "replace").lower()
    found: list[tuple[int, int]] = []
    digits = raw.translate(_DIGIT_BYTES)
    at = digits.find(b"0", start, stop)
    while at >= 0:
        end = digits.find(b" ", at, stop)
        end = stop if end < 0 else end
        found.append((at, end))
        at = digits.find(b"0", end, stop)
    tried: list[int] = []
    for word in _ANCHOR_WORDS:
        at = raw.find(word, start, stop)
        while at >= 0:
            tried.append(at)
            at = raw.find(word, at + 1, stop)
    slash = raw.find(b"/", start, stop)
    while slash >= 0:
        # "O4/O7/2019": an "o" typed for a zero right before a slash, or one before that.
        tried.extend(p for p in (slash - 2, slash - 1) if p >= start and raw[p] == 111)
        slash = raw.find(b"/", slash + 1, stop)
    for p in sorted(set(tried)):
        a = _ANCHOR.match(text, p, stop)
        if a is not None:
            found.append(a.span())
    if tried:
        found.sort()
        kept: list[tuple[int, int]] = []
        for span in found:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        found = kept
    return found


def _matches(text: str, start: int, stop: int, lowered: str | None = None
             ) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    pos = start
    for a_start, a_end in _anchors(text, start, stop):
        if a_start < pos:
            continue
        window_end = min(stop, a_end + _AFTER)
        m = _first_match(text, max(pos, a_start - _BEFORE), a_start, window_end, lowered)
        while m is not None:
            if m.end() > window_end - 1 and window_end < stop:
                # The expression may run past the window: match it again without the limit.
                full = _DATE_RE.match(text, m.start(), stop)
                m = full or m
            out.append(m)
            pos = m.end()
            if pos > a_start:
                break
            m = _first_match(text, pos, a_start, window_end, lowered)
    return out


# The words an alternative of _DATE_RE can open with (every one has three letters or more).
_OPENING_WORDS = [*WEEKDAYS, *MONTHS, "tanggal", "tgl", "bulan", "akhir", "awal", "pertengahan",
                  "tahun", "thn", "kemarin", "hari", "tadi", *NUMBER_WORDS]
# Where a date expression can start: not after a letter, digit or slash (the pattern's own
# look-behind), at a space, "(", a digit or a typed "O", or at the first three letters of one
# of those words (in any case, as the pattern ignores case). A look at the first letter alone
# let through most words of running text, each then tried against the whole pattern.
_DATE_START = re.compile(
    r"(?<![\w/])(?=[\s(\dOo]|"
    + "|".join(sorted({re.escape(w[:3]) for w in _OPENING_WORDS})) + ")",
    re.IGNORECASE,
)
# Both patterns without the case left out, for lower-cased text (their letters are all lower
# case but the "O" typed for a zero, which lower-casing turns into an "o" they also take).
_DATE_START_LOWER = re.compile(_DATE_START.pattern, _DATE_START.flags & ~re.IGNORECASE)
_DATE_RE_LOWER = re.compile(_DATE_RE.pattern, _DATE_RE.flags & ~re.IGNORECASE)
# _DATE_START_LOWER after the character before the start, which this takes instead of
# looking behind: a pattern that opens with a class lets the engine skip in a fast loop to
# the next character outside a word, where a look-behind first made it start a whole match
# attempt at every character. Each match is one character long, so finditer still tries
# every character in turn; a start is where a match ends.
_DATE_START_AFTER = re.compile(
    r"[^\w/]" + _DATE_START_LOWER.pattern.removeprefix(r"(?<![\w/])"), _DATE_START_LOWER.flags)


def _first_match(text: str, lo: int, last: int, endpos: int, lowered: str | None = None
                 ) -> re.Match[str] | None:
    """``_DATE_RE.search(text, lo, endpos)`` if that match starts at or before ``last``.

    The search would try every position up to ``endpos``, each against every alternative,
    though only matches starting by ``last`` count; trying the positions where an expression
    can start, up to ``last``, finds the same match (or none) for a fraction of the work.
    With ``lowered`` (see :func:`find_dates`) the positions are tried there, case-sensitively;
    the match found is made again over ``text``, where it takes the same course.
    """
    # The look-ahead reads up to three characters from a start, so the scan runs that far on
    # and stops at the first start past ``last``.
    scan_end = min(len(text), last + 3)
    if lowered is None:
        for at in _DATE_START.finditer(text, lo, scan_end):
            if at.start() > last:
                break
            m = _DATE_RE.match(text, at.start(), endpos)
            if m is not None:
                return m
        return None
    starts = (at.end() for at in _DATE_START_AFTER.finditer(lowered, lo - 1, scan_end)) \
        if lo > 0 else chain(  # nothing before the text's first character to take
            [0] if _DATE_START_LOWER.match(lowered, 0, scan_end) else [],
            (at.end() for at in _DATE_START_AFTER.finditer(lowered, 0, scan_end)))
    failed = -2  # the last start known to fail
    for start in starts:
        if start > last:
            break
        if start == failed + 1 and lowered[start].isspace() and lowered[failed].isspace():
            # Only the numeric form opens with a space (its "\s*" before the day), so a match
            # from here would match from the space before as well, which failed: in a run of
            # spaces only the first is worth a try (news pads lines with dozens of them).
            failed = start
            continue
        if _DATE_RE_LOWER.match(lowered, start, endpos) is not None:
            return _DATE_RE.match(text, start, endpos)
        failed = start
    return None


def _with_reference(a: DateMention, reference: date) -> DateMention:
    """``a`` resolved against ``reference`` when it needs one and it gives a day."""
    again = find_dates(a.text, reference=reference)
    if len(again) != 1 or again[0].first is None or again[0].precision != "day" \
            or again[0].first > reference:
        return a
    return replace(a, first=again[0].first, last=again[0].last)


def _joins(text: str, a: DateMention, b: DateMention) -> bool:
    """True when ``b`` closes a range opened by ``a``: "(18/07/2025) hingga (23/07/2025)"."""
    if a.precision != "day" or b.precision != "day" or a.first is None or b.first is None:
        return False
    if a.last is None or b.first < a.last or (b.first - a.last).days > 31:
        return False
    gap = text[a.end:b.start]
    return bool(_JOIN_RE.match(gap)) and bool(gap.strip())


def parse_date(text: str, *, reference: date | None = None) -> DateMention | None:
    """The first date expression in ``text``, or ``None``.

    Examples
    --------
    >>> parse_date("Kamis, 19 Juni 2025").iso_first()
    '2025-06-19'
    """
    found = find_dates(text, reference=reference)
    return found[0] if found else None
