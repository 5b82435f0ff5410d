"""Reading visits and adoptions out of an Indonesian news article.

The extractor is a set of linguistic rules over one pass of each matcher:

1. **Regions**: the gazetteer finds every region mention in one pass; mentions are resolved with
   the article as context (a prefix decides "Kota Malang"; an earlier decided mention or a
   province qualifier decides a bare "Malang"). A province right after a regency it contains
   (", Provinsi Bali", "(Kalsel)") qualifies it and is never a party of its own. Islands, ports
   and mountains ("Pulau Bali", "Pelabuhan Ketapang") are places, not governments.
2. **Direction cues**, one compiled alternation over the whole text, each with the side its
   grammatical slots stand for:

   - *go* — the visitor acts: "melakukan studi tiru ke X", "belajar ke/dari X", "bertandang ke X",
     "menyambangi X"; the host follows the preposition, the visitor is the subject before the
     cue; "studi tiru ke X dilakukan Y" (object fronted) puts the visitor after a passive verb.
   - *receive* — the host acts: "menerima kunjungan ... dari X", "menyambut rombongan X",
     "menjadi tujuan studi banding bagi X"; the host is the subject, the visitor follows.
   - *passive* — "diterima oleh", "disambut", "ditemui", "dijamu": the host follows, the visitor
     is the subject (often "rombongan", resolved from the context).
   - *reversed* — "menulari ilmu ke X": the host acts, the learner follows.

3. **Guards** drop what is not a learning visit: plans ("akan", "berencana", "pekan depan"),
   bans and cancellations, non-government agents (mahasiswa, wisatawan, PT, universitas,
   kementerian), hosts that are not governments (a university, a company, a ministry), a
   province inspecting its own regency, a region visiting itself.
4. **Dates** near the visit's evidence win; a date in a speech attribution ("ujarnya, Senin
   (4/3/2019)") is the statement day and loses to a date of the visit itself; relative dates
   resolve against the statement date or the publication date.
5. **Officials** take their side from their title's region, else from the reception or
   leadership cue before them ("dipimpin", "diterima oleh"); the same name on both sides stays two
   people.
6. **Programs** come from the SKOS scheme (one pass); an acronym defined in the text with a
   program-like head ("Sistem ... (SIMANTAP)") is kept as a candidate program.

Every fact carries evidence: the sentence and its offsets in the original text, a confidence
and the method (``tiru:PatternExtraction``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from itertools import compress
from typing import Any

import ahocorasick

from graph import aliases
from graph.article import Article, Span, non_ascii_chars
from graph.chars import ascii_alnum_only
from graph.dates import NUMBER_WORDS, DateMention, find_dates, format_date
from graph.gazetteer import split_words
from graph.officials import (
    LIST_BULLETS,
    LIST_MARK,
    OfficialMention,
    find_officials,
    local_place,
    same_person,
)
from graph.patterns import capitalised_before, trie_regex
from graph.vocab import candidate_program_iri

__all__ = [
    "RegionRef",
    "Party",
    "ProgramRef",
    "OfficialRef",
    "Evidence",
    "Visit",
    "Adoption",
    "Extraction",
    "Extractor",
    "extract",
    "METHOD",
]

METHOD = "PatternExtraction"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class RegionRef:
    """A resolved region mention in the article text."""

    start: int
    end: int
    code: str
    text: str
    unit: str | None = None
    decided: bool = True  # False when context, not the text itself, picked the region
    governed: bool = False  # named with a word of government: "Pemprov", "Provinsi", "DPRD"


@dataclass(frozen=True)
class Party:
    """A visitor or host of a visit: a region code, its label and an optional unit."""

    code: str
    label: str
    unit: str | None = None


@dataclass(frozen=True)
class ProgramRef:
    """A program of the vocabulary, or a candidate program found in the text."""

    id: str
    label: str
    notation: str | None
    alt_labels: tuple[str, ...] = ()
    candidate: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "notation": self.notation,
                "alt_labels": list(self.alt_labels)}


def _merged_candidates(refs: list[ProgramRef]) -> list[ProgramRef]:
    """One candidate program for a name told both bare and with its region: "Bela Beli" and
    "Bela Beli Kulon Progo" are one program, its longer name kept as an alternative label."""
    candidates = [r for r in refs if r.candidate]
    if len(candidates) < 2:
        return refs
    longer: dict[str, list[str]] = {}
    dropped: set[str] = set()
    for short in candidates:
        for long in candidates:
            if long is not short and long.label.startswith(short.label + " ") \
                    and long.id not in dropped and short.id not in dropped:
                longer.setdefault(short.id, []).append(long.label)
                dropped.add(long.id)
    return [replace(r, alt_labels=(*r.alt_labels, *longer[r.id])) if r.id in longer else r
            for r in refs if r.id not in dropped]


@dataclass
class OfficialRef:
    """An official taking part in a visit."""

    name: str
    title: str
    side: str
    region: str | None
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "side": self.side, "region": self.region}


@dataclass(frozen=True)
class Evidence:
    """A sentence supporting a fact, with offsets into the original text."""

    text: str
    start: int
    end: int
    confidence: float
    method: str = METHOD

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Visit:
    """A visit found in an article: learners (visitors) went to, or learned from, hosts."""

    visitors: list[Party]
    hosts: list[Party]
    start: str | None = None
    end: str | None = None
    programs: list[ProgramRef] = field(default_factory=list)
    officials: list[OfficialRef] = field(default_factory=list)
    recommended_by: list[str] = field(default_factory=list)
    delegation_size: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    sentence_ids: list[int] = field(default_factory=list)
    strong: bool = False

    @property
    def visitor_codes(self) -> list[str]:
        return [p.code for p in self.visitors]

    @property
    def host_codes(self) -> list[str]:
        return [p.code for p in self.hosts]

    def to_json(self) -> dict[str, Any]:
        return {
            "visitors": [{"code": p.code, "label": p.label, "unit": p.unit} for p in self.visitors],
            "hosts": [{"code": p.code, "label": p.label, "unit": p.unit} for p in self.hosts],
            "start": self.start,
            "end": self.end,
            "programs": [p.to_json() for p in self.programs],
            "officials": [o.to_json() for o in self.officials],
            "recommended_by": list(self.recommended_by),
            "delegation_size": self.delegation_size,
            "evidence": [e.to_json() for e in self.evidence],
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Adoption:
    """A region adopting a program (planned, under construction, launched, inaugurated ...)."""

    region: str
    program: ProgramRef
    status: str
    date: str | None
    evidence: list[Evidence]
    confidence: float
    learned_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "program": self.program.to_json(), "date": self.date,
                "status": self.status, "evidence": [e.to_json() for e in self.evidence]}


@dataclass
class Extraction:
    """What one article says: its source, visits and adoptions."""

    article: Article
    visits: list[Visit]
    adoptions: list[Adoption]

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "source": {"path": a.path, "url": a.url, "title": a.title,
                       "published": a.published.isoformat() if a.published else None},
            "visits": [v.to_json() for v in self.visits],
            "adoptions": [x.to_json() for x in self.adoptions],
        }


# --------------------------------------------------------------------------------------------
# Patterns

_EVENT_STRONG = (
    r"stud[iy][\s-]*(?:kaji\s+)?(?:tiru|banding|komparasi|lapangan|eksplorasi|visit)|kaji\s+(?:tiru|banding|"
    r"belajar)|stuban|benchmarking|kunjungan\s+(?:studi|belajar|benchmarking)"
    r"(?:\s+(?:tiru|banding|komparasi))?|study\s+tour|studi\s+tur|ATM"
)
_EVENT_MEDIUM = r"kunjungan\s+kerja|kunker|kunja|kunjungan\s+dinas|lawatan|kunjungan\s+silaturahmi"
_EVENT_WEAK = r"kunjungan|silaturahmi"
_GO_VERBS = (
    r"belajar|berguru|menimba\s+ilmu|mencari\s+ilmu|ngangsu\s+ka(?:we|w)?ruh|mempelajari|berkunjung|"
    r"bertandang|menyambangi|mendatangi|mengunjungi|menyerbu|terbang|bertolak|datang|tiba|"
    r"berangkat|"
    # "Ferdiansyah memimpin rombongan Pemkab Belitung Timur ke Lumajang": the delegation named
    # after the verb, the host after "ke".
    r"(?:memimpin|membawa|memboyong)\s+(?:\w+\s+){0,1}?(?:rombongan|tim|delegasi|jajaran)(?:nya)?|"
    # "DPMD Kabupaten Wonogiri memboyong 20 kepala desa ke DIY": the people taken along.
    r"(?:membawa|memboyong)\s+(?:\w+\s+){0,2}?(?:kepala\s+desa|kades|camat|lurah|pejabat"
    r"|perangkat\s+desa|pegawai|staf)(?:nya)?|"
    # Headlines drop the verb's prefix: "Pemkab X Sambangi Kota Y", "Timba Ilmu ke Y".
    r"sambangi|kunjungi|datangi|pelajari|timba\s+ilmu|"
    # "menyerap ilmu dari X", "gali ilmu ke X": the same learning trip in other words.
    r"menyerap\s+ilmu|serap\s+ilmu|menggali\s+(?:ilmu|informasi|pengalaman)|gali\s+ilmu"
    r"|menimba\s+pengalaman|"
    # The next stop of a trip: "Keesokan harinya, rombongan bergeser ke Kabupaten Tabanan".
    r"bergeser|beranjak|berpindah|beralih|melanjutkan\s+perjalanan|menuju|berlanjut|"
    # "Kamis (24/10), perjalanan dilanjutkan ke Kabupaten Kulon Progo"
    r"dilanjutkan(?=\s+(?:dengan\s+kunjungan\s+)?ke\s)|"
    # "Persinggahan pertama dilakukan di Kota Kendari, Senin (20/10)"
    r"persinggahan\s+(?:pertama|kedua|ketiga|terakhir|berikutnya)(?=\s+(?:(?:dilakukan|adalah"
    r"|yakni|ialah)\s+)?(?:di|ke)\s)|"
    # "memilih Pemprov Jatim sebagai tempat belajar": the model named as the object.
    r"memilih|menjadikan|"
    # The host shows the guests around: "rombongan dibawa meninjau posyandu di Kabupaten X".
    r"(?:dibawa|diajak)\s+(?:meninjau|melihat|mengunjungi|berkeliling)|"
    # "rombongan juga singgah di Kota Surabaya untuk mempelajari ...": a stop on the way.
    r"singgah|menyinggahi|mampir|"
    # "rombongan Pemkab Berau berada di Wates, ibu kota Kulon Progo, untuk studi tiru ...": being
    # somewhere is a visit only when the sentence says it was to learn.
    r"berada(?=\s+di\s+[^.;]{0,60}?\b(?:untuk|guna|dalam\s+rangka)\s+(?:\w+\s+){0,2}?"
    r"(?:mempelajari|mendalami|belajar|studi|kaji|menimba|kunjungan|melihat)\b)|"
    # "Pemkab X mengirim tim Diskominfo ke Kabupaten Y": the sender learns.
    r"mengirim(?:kan)?\s+(?:\w+\s+){0,2}?(?:tim|rombongan|delegasi|utusan|pejabat|perwakilan)"
    # An interview's answer without a verb: "Kami ke Kabupaten Enrekang hari Senin" (read only
    # in a story that speaks of learning; see _WE_WENT_BARE).
    r"|(?:kami|kita)(?=\s+(?:(?:sudah|telah|juga|sempat|pernah|langsung|lalu|kemudian)\s+)?ke\s)"
)
# What a region "became" for its guests: "menjadi tujuan studi banding", "jadi percontohan".
_MODEL_NOUNS = (r"tujuan|jujugan|jujukan|lokus|kiblat|tuan\s+rumah|percontohan|lokasi|sasaran"
                r"|persinggahan")
_RECEIVE = (
    r"menerima\s+(?:\w+\s+){0,2}?(?:kunjungan|rombongan|kedatangan|tamu|delegasi|studi|tim)"
    r"|menyambut\s+(?:\w+\s+){0,2}?(?:rombongan|kedatangan|kunjungan|delegasi|tamu)"
    r"|mendapat(?:kan)?\s+(?:\w+\s+){0,1}?kunjungan"
    r"|kedatangan\s+(?:\w+\s+){0,2}?(?:rombongan|tamu|delegasi|pejabat|tim|perwakilan)"
    r"|dikunjungi|disambangi|didatangi|diserbu"
    # "Inovasi Samsat milik Pemprov Bengkulu dipelajari oleh tim Bapenda Babel"
    r"|dipelajari(?:\s+(?:secara\s+)?langsung)?\s+oleh"
    r"|dipelajari(?=\s+(?:para\s+)?(?:rombongan|tim|delegasi|jajaran|pejabat)\b)"
    # "Pengelolaan sampah Kota Probolinggo ... dipelajari Pemerintah Kabupaten Lumajang" (in
    # lower case: the case-sensitive form of this pattern reads the lower-cased text)
    r"|dipelajari(?=\s+(?:pemerintah|pemkab|pemkot|pemprov|kabupaten|kota|provinsi|dprd)\b)"
    # "Pengelolaan sampah ... di Kabupaten Gianyar menarik perhatian Pemerintah Kabupaten
    # Sumbawa Barat", "Inovasi SI-DAMAI Milik Sumedang Menarik Minat Pemkab Bone Bolango"
    r"|menarik\s+(?:minat|perhatian)(?=\s+(?:pemerintah|pemkab|pemkot|pemprov|pemko|kabupaten"
    r"|kota|provinsi|dprd)\b)"
    # A headline drops the prefix: "Bontang Terima Dua Rombongan Studi Banding".
    r"|[Tt]erima\s+(?!kasih)(?:\w+\s+){0,2}?(?:[Kk]unjungan|[Rr]ombongan|[Dd]elegasi|[Tt]amu)"
    r"|(?:menjadi|dijadikan|dipilih\s+(?:menjadi|sebagai)|[Jj]adi)\s+(?:\w+\s+){0,2}?"
    r"(?:" + _MODEL_NOUNS + r"|locus|objek|rujukan|referensi"
    # "Layanan SIPAKATAU milik Pemkab Bantaeng menjadi bahan pembelajaran bagi jajaran Dinkes
    # Kabupaten Kepulauan Selayar"
    r"|bahan\s+(?:pembelajaran|pelajaran|belajar)(?=\s+(?:bagi|untuk)\s))"
    r"(?:\s+(?:studi|kunjungan|kaji|belajar)(?:\s+\w+)?)?"
)
# A region that "became the destination" of a trip told after it in the same sentence: the host,
# not a learner ("Kota Cimahi menjadi persinggahan terakhir rombongan Pemkab Pessel dalam
# rangkaian studi tiru ...").
# "pengelola desa wisata dari Kabupaten Samosir yang tergabung dalam Asosiasi Desa Wisata":
# members of a civil body, not the regency's delegation.
_JOINED_BODY = re.compile(r"[^.;]{0,10}?\byang\s+tergabung\s+dalam\s+(?:[Aa]sosiasi|[Kk]omunitas"
                          r"|[Pp]aguyuban|[Kk]elompok|[Ff]orum|[Hh]impunan|[Ii]katan)\b")
# ... and the region in that body's own name: "... dalam Asosiasi Desa Wisata (Asidewi) Samosir"
# (not a body of village governments: "Asosiasi Pemerintah Desa Seluruh Indonesia (APDESI)
# Kabupaten Tulungagung" is the villages' own delegation).
_IN_JOINED_BODY = re.compile(r"\btergabung\s+dalam\s+(?:[Aa]sosiasi(?!\s+[Pp]emerintah)"
                             r"|[Kk]omunitas|[Pp]aguyuban|[Kk]elompok|[Ff]orum|[Hh]impunan|[Ii]katan)\b"
                             r"[^.;,]{0,40}$")
_BECOMES_HOST = re.compile(r"\s+(?:menjadi|dijadikan|jadi)\s+(?:\w+\s+){0,2}?(?:"
                           + _MODEL_NOUNS + r")\b")
_PASSIVE = r"diterima|disambut|ditemui|dijamu"
_BECAME = re.compile(r"(?:menjadi|dijadikan|dipilih)\b", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*[,:]?\s*(?:yakni|yaitu|antara\s+lain|seperti|di\s*antaranya|adalah)"
                           r"\s*:?\s*", re.IGNORECASE)
_REVERSED = r"menulari\s+ilmu|menularkan\s+ilmu|membagikan\s+ilmu|menjadi\s+narasumber"

_CUE_RE = re.compile(
    rf"(?:(?P<strong>{_EVENT_STRONG})|(?P<medium>{_EVENT_MEDIUM})|(?P<receive>{_RECEIVE})"
    rf"|(?P<reversed>{_REVERSED})|(?P<passive>{_PASSIVE})|(?P<go>{_GO_VERBS})|(?P<weak>{_EVENT_WEAK}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# First words of every cue: only words in this set are tried against the cue pattern, which keeps
# the pass over an article cheap (one dictionary lookup per word).
_CUE_FIRST = _words("""
    studi study studitiru studibanding kaji stuban benchmarking kunjungan atm kunker kunja lawatan
    silaturahmi menerima
    menyambut mendapat mendapatkan kedatangan menjadi dijadikan dipilih dikunjungi disambangi terima
    dipelajari
    didatangi diserbu menulari menularkan membagikan diterima disambut ditemui dijamu belajar
    berguru menimba mencari ngangsu mempelajari berkunjung bertandang menyambangi mendatangi
    mengunjungi menyerbu terbang bertolak datang tiba sambangi kunjungi datangi timba pelajari
    menyerap serap menggali gali bergeser beranjak berpindah beralih berlanjut menuju mengirim
    mengirimkan
    singgah menyinggahi
    memilih menjadikan
    melanjutkan dilanjutkan dibawa diajak persinggahan
    mampir berangkat memimpin membawa memboyong jadi berada menarik kami kita
""")
_STATUS_FIRST = _words("""
    soft diresmikan meresmikan peresmian diluncurkan meluncurkan peluncuran launching me sedang
    tengah masih yang pembangunannya merancang merencanakan berencana akan mempersiapkan menargetkan
    menyiapkan tahap mulai telah sudah beroperasi integrasi terintegrasi mengintegrasikan
    diintegrasikan
""")
_RECOMMEND_FIRST = _words("""
    rekomendasi merekomendasikan direkomendasikan rujukan referensi disarankan saran arahan
    ditunjuk percontohan menyarankan atas
""")
_WORD_RE = re.compile(r"[A-Za-z]+")


def _anchored(rx: re.Pattern[str], text: str, words: list[tuple[int, str]],
              firsts: frozenset[str]) -> list[re.Match[str]]:
    """Matches of ``rx`` that start at a word of ``firsts``, without overlaps, in order."""
    out: list[re.Match[str]] = []
    last = -1
    for start, word in words:
        if start < last or word not in firsts:
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue
        m = rx.match(text, start)
        if m is not None and (m.end() >= len(text) or not (text[m.end()].isalnum()
                                                           or text[m.end()] == "-")):
            out.append(m)
            last = m.end()
    return out


# Words before the name of a local program: "aplikasi SI-CANTIK", "gerakan Jogo Tonggo".
_BRAND_FIRST = _words("aplikasi program gerakan inovasi kanal layanan platform")
_ALL_FIRST = _CUE_FIRST | _STATUS_FIRST | _RECOMMEND_FIRST | _BRAND_FIRST


_LETTERS = re.compile(r"[a-z]+")
# ASCII letters become "a", digits "0", anything else a space: a letter touching a digit is then
# a two-byte substring, found at C speed.
_LETTER_DIGIT = bytes(97 if 97 <= c <= 122 or 65 <= c <= 90 else 48 if 48 <= c <= 57 else 32
                      for c in range(256))


def _plain_words(text: str, low: str) -> bool:
    """Whether every run of letters and digits of ``low`` (``text`` in lower case) is all a-z
    or all digits.

    Curly quotes and dashes, common in news, are not letters and do not count. No character
    but a letter or digit has a letter or digit in its lower case, so when every letter and
    digit of ``text`` is ASCII (an answer kept from the passes before), so is every one of
    ``low``, and its characters outside ASCII need no look.
    """
    if not ascii_alnum_only(text) and any(c.isalnum() for c in non_ascii_chars(low)):
        return False
    shape = low.encode("ascii", "replace").translate(_LETTER_DIGIT)
    return b"a0" not in shape and b"0a" not in shape


def _interesting_words(text: str) -> list[tuple[int, str]]:
    """Positions of the words that can start a cue, a status or a recommendation.

    These are the runs of a-z in the lower-cased text that are such words. The gazetteer has
    already split the text into runs of letters and digits; a run of a-z alone is a whole
    word, and only the rare runs mixing in digits or other letters ("2studi") need a look.
    """
    split = split_words(text)
    words, starts = split.words, split.starts
    plain = split.plain if split.plain is not None else _plain_words(text, split.low)
    if plain:
        # Every word is all letters or all digits: a membership test per word is enough, and
        # only the few words that pass are paired with their offsets.
        flags = list(map(_ALL_FIRST.__contains__, words))
        return list(zip(compress(starts, flags), compress(words, flags), strict=True))
    out: list[tuple[int, str]] = []
    for start, word in zip(starts, words, strict=True):
        if word in _ALL_FIRST:
            out.append((start, word))
        elif not (word.isascii() and word.isalpha()):
            out.extend((start + m.start(), m.group(0)) for m in _LETTERS.finditer(word)
                       if m.group(0) in _ALL_FIRST)
    return out


# Words that bring more learners along on a delegation's trip (see Extractor._add_companions).
_COMPANIONS = re.compile(
    r"\b(?:ikut\s+serta|turut\s+serta|mengajak\s+serta|membawa\s+serta|juga\s+diikuti"
    # "Pemprov Kaltara turut membawa perwakilan dari seluruh kabupaten dan kota, yakni ..."
    r"|(?:turut|ikut)\s+(?:membawa|memboyong|mengajak)"
    r"|(?:membawa|memboyong|mengajak)\s+(?:perwakilan|utusan)"
    r"|diikuti\s+(?:oleh\s+)?(?:perwakilan|utusan|rombongan)|beranggotakan"
    r"|terdiri\s+(?:atas|dari)\s+(?:perwakilan|utusan|rombongan)?"
    r"|peserta(?:nya)?\s+(?:terdapat|adalah|yakni|yaitu|antara\s+lain|berasal\s+dari))\b",
    re.IGNORECASE)
# Where a delegation went, before a region: "ke Daerah Istimewa Yogyakarta", "menuju Makassar".
_TO_PLACE = re.compile(r"\b(?:ke|menuju)\s+(?:(?:Provinsi|Kabupaten|Kota|Daerah\s+Istimewa"
                       r"|Pemerintah|Pemkab|Pemkot|Pemprov)\s+)*$")
# What follows a city that only places the office before it: the end of the clause.
_IN_PLACE = re.compile(r"\bdi\s+(?:(?:Provinsi|Kabupaten|Kota|provinsi|kabupaten|kota)\s+)?$")
_PLACE_END = re.compile(r"\s*(?:[.;)]|,\s+(?!dan\b|serta\b)[a-z])")
_PLACE_PREFIXES = frozenset({"provinsi", "propinsi", "prov", "kabupaten", "kab", "kota"})
_CENTRAL_BODY = re.compile(r"\b(?:Kementerian|Kemen[A-Z]\w*|Direktorat\s+Jenderal|Ditjen|DPR\s+RI"
                           r"|Bappenas)\b")
_BOTH_GROUPS = re.compile(r"\b(?:[Kk]edua|[Kk]etiga|[Ss]eluruh)\s+(?:rombongan|delegasi|tim)\b")
_GROUPS = re.compile(r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[234])\s+(?:[Rr]ombongan|[Dd]elegasi)\b"
                     r"|\b[Rr]ombongan\s+(?:kedua|ketiga)\b")
# Civil words inside the names of government bodies ("Dinas Pemberdayaan Masyarakat dan Desa").
_BODY_NAMES = re.compile(r"(?:berdayaan|lindungan|sehatan|umum\s+dan)\s+masyarakat",
                         re.IGNORECASE)  # the window read may cut "pem|berdayaan"


def _civil(case: int, piece: str) -> bool:
    """Whether ``piece`` names a non-government agent (see _CIVIL_AGENT), not counting the
    civil words of a government body's name."""
    m = _CIVIL_AGENT_[case].search(piece)
    if m is None:
        return False
    if "masyarakat" in piece.lower():
        piece = _BODY_NAMES.sub(" ", piece)
        return _CIVIL_AGENT_[case].search(piece) is not None
    return True


_QUOTE_MARKS = frozenset("\"“”'‘’")


def _abbreviation_pair(left: str, right: str, quoted: bool = False) -> tuple[str, str] | None:
    """``(short, long)`` when one of two names told together abbreviates the other.

    The long form is the shortest run of its last words (at least two) that starts with the
    short name's first letter and holds its letters in order ("Paradig": "Pasar Rakyat
    Digital", "SIPERPAS": "Sistem Pengelolaan Retribusi Pasar Elektronik"). A short name that
    is the long one's first word is a person's nickname ("Abdul Rahman (Abdul)"); one with a
    single capital ("Aman") must be quoted (``quoted``) or have a long form of program words.
    """
    for short, long in ((left, right), (right, left)):
        letters = "".join(ch for ch in short.lower() if ch.isalpha())
        words = long.split()
        if len(letters) < 3 or len(words) < 2 or len(short.split()) >= len(words):
            continue
        for i in range(len(words) - 2, -1, -1):
            tail = words[i:]
            if tail[0] in _PAIR_LINKS or tail[0][0].lower() != letters[0] \
                    or tail[0].lower().startswith(letters):
                continue
            flat = iter("".join(tail).lower())
            if len(letters) >= len("".join(tail)) or not all(ch in flat for ch in letters):
                continue
            capitals = sum(ch.isupper() for ch in short)
            if capitals < 2 and "-" not in short and not quoted \
                    and not _PROGRAMMISH.intersection(tail) \
                    and not any(w in _PROGRAM_HEADS for w in tail):
                break
            return short.strip(), " ".join(tail)
    return None


# A receiving verb right after an official's name (and degrees): "Nama, S.E., menyambut ...".
_HOST_VERB_AFTER = re.compile(
    r"(?:\s*,?\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.)*)*\s*,?\s*(?:yang\s+)?(?:langsung\s+)?"
    r"(?:menerima|menyambut|menjamu|didatangi|dikunjungi|memperagakan|mendemonstrasikan"
    r"|memandu)\b")
_BUSY_BEFORE = re.compile(r"\b(?:ramai|banyak|sering|kerap|padat)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "studi tiru ke dua daerah di Bali, yakni A dan B": the stops of a trip, each its own visit.
_PLACES_COUNTED = re.compile(r"\b(?:dua|tiga|empat|[234])\s+(?:daerah|kabupaten|kota|lokasi"
                             r"|kabupaten/kota|provinsi|tempat)\b"
                             # "menyambangi Kota Kendari dan Kabupaten Kolaka dengan agenda
                             # berbeda": stops of their own
                             r"|\bdengan\s+(?:agenda|materi|fokus|tujuan)\s+(?:yang\s+)?berbeda\b",
                             re.IGNORECASE)
# The delegation as the subject of a passive welcome: "rombongan diterima di ...".
_GUESTS_WORD = re.compile(r"\b(?:[Rr]ombongan|[Mm]ereka|[Dd]elegasi|[Tt]im)\b")
_TRAVEL_ONLY = re.compile(r"(?:melanjutkan|dilanjutkan|dibawa|diajak)\s", re.IGNORECASE)
# Stopping by is a visit only when the sentence says it was to learn.
_STOP_BY = frozenset({"singgah", "menyinggahi", "mampir"})
_TO_LEARN = re.compile(r"\b(?:untuk|guna|dalam\s+rangka|sekaligus)\s+(?:\w+\s+){0,2}?"
                       r"(?:mempelajari|belajar|melihat|studi|menimba|menggali|meninjau|mengetahui"
                       r"|menyerap)\b", re.IGNORECASE)
# Where a delegation only passes, sleeps or changes planes: "sempat transit di Kota Tual sebelum
# tiba di Langgur", "bergeser ke Kota Jayapura untuk bermalam", "menginap di Caruban karena
# penerbangan dari Kendari tiba larut malam di Surabaya".
_LOGISTICS = re.compile(r"\b(?:transit|menginap|bermalam|penerbangan|beristirahat"
                        r"|terbang\s+kembali|pesawat\s+(?:lanjutan|transit)|menempuh"
                        r"|(?:jalan|jalur|perjalanan)\s+(?:darat|udara|laut)"
                        # "berangkat dari Bula ke Ambon dengan kapal, lalu terbang ke Makassar",
                        # "menggunakan kapal cepat menuju Kota Sorong"
                        r"|(?:dengan|menggunakan|menumpang|naik)\s+(?:kapal|pesawat|bus"
                        r"|speedboat|feri)|lalu\s+terbang"
                        # "bertolak dari Bandara Wamena menuju Sentani": a flight's leg
                        r"|(?:bertolak|berangkat|terbang)\s+dari\s+(?:bandara|bandar\s+udara"
                        r"|pelabuhan)"
                        r")\b",
                        re.IGNORECASE)
# ("singgah di X untuk mempelajari" is a stop to learn: see _STOP_BY.)
_PASSED_AT = re.compile(r"\b(?:(?:transit|menginap|bermalam)(?:\s+(?:sejenak|sebentar|semalam"
                        r"|dulu))?\s+(?:di|ke)|yang\s+(?:tiba|mendarat)\s+di|yang\s+berangkat"
                        r"\s+dari)\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
# "Rombongan tiba di Kota Kupang sehari sebelumnya, kemudian ... ke Oelamasi": where the
# delegation landed the day before the visit.
_ARRIVED_AT = re.compile(r"\b(?:tiba|mendarat)\s+di\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"[^.;]{0,60}?\b(?:sehari|semalam|malam|sore|siang|pagi)\s+sebelumnya\b",
                         re.IGNORECASE)
# "belajar cara Banyumas membangun Zona Integritas": the region whose way is learned.
_WAY_OF = re.compile(r"\b(?:belajar|mempelajari|meniru|mencontoh)\s+(?:langsung\s+)?(?:cara"
                     r"|bagaimana|kiat|strategi|keberhasilan|kesuksesan)\s+(?=(?:Pemerintah\s+"
                     r"|Pemkab\s+|Pemkot\s+|Pemprov\s+|Kabupaten\s+|Kota\s+|Provinsi\s+)?[A-Z])")
_NEXT_FROM = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*[,;]\s*(?:dan\s+|serta\s+)?(?:(?:Senin"
                        r"|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+(?:\([^()]{1,12}\)\s+)?)?"
                        r"dari\s+")
_COLON_LIST = re.compile(r"\s*(?:sekaligus|bersama|bersamaan|berturut-turut)?\s*:\s*")
_CONTRAST = re.compile(r"\b(?:sedangkan|adapun|namun|tetapi)\b", re.IGNORECASE)
_ANY_COMER = re.compile(r"\b(?:daerah|tamu|pihak|instansi)(?:\s+lain)?\s+yang\s+(?:ingin\s+)?$",
                        re.IGNORECASE)
_INVITED = re.compile(r"\s+(?:untuk\s+)?(?:memenuhi\s+undangan|atas\s+undangan|sebagai\s+tamu"
                      r"\s+undangan)\b", re.IGNORECASE)
_HERE = re.compile(r"\s*sini\b", re.IGNORECASE)
# "menjadi tuan rumah Rapat Koordinasi ... se-Sulawesi": host of a meeting or an event that
# governments attend, not of guests who came to learn.
_HOSTED_EVENT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:rapat|rakor|rakorda|rakornas|rakerda|rakernas|raker|rakorwil"
    r"|konferensi|kongres|musyawarah|musrenbang|munas|musda|muswil|forum|pertemuan|sidang"
    r"|festival|pesta|lomba|kompetisi|kejuaraan|turnamen|pertandingan|MTQ|STQ|pameran|expo"
    r"|peringatan|perayaan|puncak|seminar|simposium|lokakarya|workshop|jambore|pekan|apel"
    r"|upacara|perhelatan|event|acara|gelaran|penyelenggaraan|HUT|bimtek|pelatihan"
    r"|sosialisasi|penilaian|pemilihan)\b", re.IGNORECASE)
# "dalam rangka konsultasi dan asistensi": guidance between a province and its own regency.
_CONSULTATION = re.compile(r"\b(?:konsultasi|asistensi|pembinaan|supervisi|pendampingan)\b",
                           re.IGNORECASE)
# A visit to bring aid to disaster victims, not to learn.
_RELIEF = re.compile(r"\bkorban\s+(?:banjir|bencana|gempa|kebakaran|longsor|erupsi|kekeringan)\b"
                     r"|\b(?:menyerahkan|menyalurkan|serahkan|salurkan)\s+bantuan\b"
                     r"|\bkonvoi\s+bantuan\b"
                     # "Berangkatkan Tim Reaksi Cepat dan Bantuan Logistik ke Lokasi Banjir"
                     r"|\bbantuan\s+logistik\b|\bdilanda\s+(?:banjir|bencana|gempa|longsor)\b"
                     r"|\btitik\s+pengungsian\b", re.IGNORECASE)
# Occasions that take officials to another region without learning: matches and contests,
# weddings and mourning.
_SOCIAL_EVENT = re.compile(r"\b(?:laga|pertandingan|liga|turnamen|kejuaraan|tandang|MTQ|STQ"
                           r"|porprov|pernikahan|resepsi|mempelai|walimah|takziah|melayat)\b",
                           re.IGNORECASE)
# The preposition that opens the host slot after a go cue.
_PREP_RE = re.compile(r"(?<![\w-])(?:ke|di|kepada|dari|dengan|pada)(?![\w-])", re.IGNORECASE)
_TRANSITIVE = _words("menyambangi mendatangi mengunjungi menyerbu mempelajari pelajari sambangi "
                     "kunjungi datangi menuju memilih menjadikan")
_STUDY_VERBS = _words("mempelajari pelajari")
# Verbs of learning: "belajar dari X" names the model; with a motion verb "dari X" is the origin.
_LEARNING_VERBS = _words("belajar berguru menimba mencari ngangsu mempelajari timba menyerap "
                         "serap menggali gali")
# What ends a clause: the host slot never runs past it.
_CLAUSE_END = re.compile(
    # A "!" with words going on after it in the same sentence is part of a name: "Kelola
    # SP4N-LAPOR! di Biro Organisasi Pemprov Jatim".
    r"[;:.?“”\"]|!(?!\s+\w)|,\s*(?:yang|untuk|guna|dalam|sebagai|sehingga|karena|namun|serta|dan|agar|"
    r"di\s+mana|dimana|ujar|kata|tutur|jelas)\b|\b(?:untuk|guna|dalam\s+rangka|agar|supaya|"
    r"sehingga|karena)\b",
    re.IGNORECASE,
)
_ABBREVIATED = re.compile(r"\b(?:kab|prov|kec|kel|kota|h|hj|dr|drs|ir)$", re.IGNORECASE)
_OBJECT_FRONTED = re.compile(
    r"\b(?:dilakukan|digelar|dilaksanakan|diikuti|diadakan)\s+(?:langsung\s+)?(?:oleh\s+)?",
    re.IGNORECASE,
)
_ALT_PIECE = re.compile(r"\\[sw]\+|\[[^\]]*\]\+|.")


def _any_of(alternatives: str) -> str:
    """The ``|``-separated ``alternatives`` as one trie-factored alternation (regex source).

    A flat alternation of dozens of words is tried word by word at every position, which made
    these searches cost tens of microseconds per sentence. The trie matches the same strings
    but tries them in another order, so at one position another alternative may be the one
    that matches: only for patterns used as yes/no tests. Pieces are single characters,
    ``\\s+``, ``\\w+`` or a class with ``+`` ("[ivx]+").
    """
    return trie_regex((_ALT_PIECE.findall(alt), len(alt)) for alt in alternatives.split("|"))


# Heads of non-government destinations between the preposition and a region.
_BLOCK_HOST_WORDS = (
    r"universitas|univ|university|kampus|institut|politeknik|sekolah|sma|smk|smp|pesantren|pt|cv|"
    r"perusahaan|pabrik|bank|hotel|kementerian|kemen\w+|kantor\s+staf|istana|dpr\s+ri|mpr|"
    r"direktorat|ditjen|lembaga|kbri|luar\s+negeri|negara|bumn|koperasi|pasar|pantai|objek\s+wisata"
    r"|destinasi|festival|stadion|bandara|pelabuhan|rumah\s+makan|restoran|pln|pertamina|telkom"
    r"|bpjs|pelindo|kawasan\s+industri"
    # national agencies, whose offices stand in regions: "Kunjungi BSSN di Depok"
    r"|bssn|bkn|bnpb|bnn|bpom|brin|lkpp|bpkp|kpk|ombudsman|anri|bmkg|basarnas|bps|bkkbn"
    # universities by their short names: "studi banding ke Unhas Makassar"
    r"|ugm|itb|ipb|its|unhas|unair|undip|unpad|unand|unsri|unram|unud|unila|untan|unmul|unsrat"
    r"|uny|unesa|unimed|usu|uncen|unpatti|unsyiah|usk|untad|uho|unsoed|unej|unib|unja|unri|upi"
    r"|uii|umy|umm|uin"
)
_BLOCK_HOST_ALT = _any_of(_BLOCK_HOST_WORDS)
# ("ke Gedung Negara Sumedang": the regent's residence, where guests are received.)
_BLOCK_HOST = re.compile(r"\b(?:" + _BLOCK_HOST_ALT + r")\b(?<!\bgedung\snegara)", re.IGNORECASE)
# The town of an airport, a port or a station the delegation reached, set off by a comma.
_PLACE_OF_ARRIVAL = re.compile(r"\b(?:[Bb]andara|[Bb]andar\s+[Uu]dara|[Pp]elabuhan|[Tt]erminal"
                               r"|[Ss]tasiun)\s+[^,.;]{1,40},\s+(?:(?:[Kk]ota|[Kk]abupaten)\s+)?$")
# The weather or the mood of a place, not its government: "Udara sejuk Kota Bandung".
_WEATHER_OF = re.compile(r"\b(?:[Uu]dara|[Cc]uaca|[Hh]ujan|[Ss]uasana|[Ll]angit|[Tt]erik|[Gg]erimis"
                         r"|[Hh]awa|[Kk]abut|[Aa]ngin)(?:\s+[a-z]+)?\s+(?:[Kk]ota\s+|[Kk]abupaten\s+)?$")
# A time clause set before a sentence's subject: "Seusai rakor di Palangka Raya, ...".
_FRONTED_TIME = re.compile(r"\s*[\"“]?(?:Seusai|Usai|Setelah|Sesudah|Selepas|Sebelum|Di\s+sela"
                           r"|Disela)\b[^,.;\"”]*,")
# Trips that were only claimed: "SPPD fiktif", "perjalanan dinas fiktif", "kunker fiktif".
_FICTITIOUS = re.compile(r"\b(?:SPPD|perjalanan\s+dinas|kunjungan(?:\s+kerja)?|kunker|studi\s+"
                         r"(?:banding|tiru)|perjalanan)\s+(?:\w+\s+){0,2}?fiktif\b", re.IGNORECASE)
# The head or the seat of a government named without its region, as the subject of a welcome.
_BARE_HOST_HEAD = re.compile(r"(?:^|[\s,(])(?:[Bb]upati|[Ww]ali\s*[Kk]ota|[Gg]ubernur|[Pp]emkab"
                             r"|[Pp]emkot|[Pp]emko|[Pp]emprov|[Pp]endopo(?:\s+[Kk]abupaten)?"
                             r"|[Bb]alai\s+[Kk]ota)\s+(?:(?:langsung|juga|pun|kembali)\s+)?$")
# Coming (to the place the story is told from) to learn: "datang untuk belajar ...".
_CAME_TO_LEARN = re.compile(r"\b(?:datang|hadir|berkunjung|bertandang)\s+(?:\w+\s+){0,3}?(?:untuk"
                            r"|guna|dalam\s+rangka)\s+(?:\w+\s+){0,2}?(?:belajar|mempelajari|studi"
                            r"|menimba|melihat|menggali|kaji)\b")
# A facility that a regional government owns: "ke Bank Sampah Induk milik Pemerintah Kota
# Palangka Raya" visits the city's government, whatever the facility's head word.
_GOV_OWNED = re.compile(r"\bmilik\s+(?:(?:Pemerintah|Pemerintahan)(?:\s+(?:Kota|Kabupaten|Provinsi"
                        r"|Daerah))?|Pemkab|Pemkot|Pemko|Pemprov|Pemda)\s*$", re.IGNORECASE)
# A trip to such a destination, and the region where it stands ("... di Surabaya").
_INSTITUTION_AT = re.compile(r"\b(?:ke|kunjungi|mengunjungi|menyambangi)\s+(?:\w+\s+){0,2}?(?:"
                             + _BLOCK_HOST_ALT + r")\b[^.;\n]{0,60}?\bdi\s+"
                             r"(?:(?:kota|kabupaten|kab\.)\s+)?$"
                             # the agency's office of a region: "Perwakilan BKKBN DIY"
                             # ("Gedung Negara Sumedang" is a regent's residence, no agency)
                             r"|(?<![Gg]edung\s)\b(?:" + _BLOCK_HOST_ALT + r")\s+$",
                             re.IGNORECASE)
# Agents that are not regional governments: their trips are not government learning visits.
_CIVIL_AGENT_WORDS = (
    r"mahasiswa|siswa|pelajar|murid|santri|guru|dosen|wisatawan|turis|pengunjung|investor|"
    r"atlet|kontingen|kafilah|jemaah|jamaah|warga|masyarakat|pedagang|peserta\s+didik|perusahaan|pt|"
    r"universitas|kampus|menteri|kementerian|kemen\w+|presiden|wapres|wakil\s+presiden|dpr\s+ri|"
    r"komisi\s+[ivx]+\s+dpr|kpk|bpk|ombudsman|tim\s+penilai|juri|asesor|pengusaha|wartawan|"
    r"jurnalis|komunitas|klub|ormas|partai|lsm|yayasan|nelayan|"
    # central agencies, whose teams visit regions to check, not to learn
    r"bkkbn|bnpb|bpkp|bkn|bappenas|basarnas|bmkg|bpom|bpjs|bps"
)
_CIVIL_AGENT = re.compile(r"\b(?:" + _any_of(_CIVIL_AGENT_WORDS) + r")\b", re.IGNORECASE)
# The next three are yes/no tests, so their word lists can be tries (see _any_of).
_FUTURE_WORDS = (
    r"akan|berencana|rencananya|direncanakan|menjadwalkan|dijadwalkan|hendak|bakal|"
    r"merencanakan|rencana|ingin|mengusulkan|diusulkan|mengajak|bersiap|"
    # "Komisi II membuka kemungkinan melakukan kunjungan kerja ke Surabaya"
    r"kemungkinan|mewacanakan|diwacanakan|mempertimbangkan|dipertimbangkan|"
    # invitations and promises: "monggo kapan-kapan mampir ke Sleman", "Nanti kami atur waktunya
    # untuk datang ke Suwawa"
    r"kapan-kapan|nanti|monggo|silakan|silahkan|"
    # wishes and conditions: '"Lho, kalau Bantul mau belajar data, monggo ..."'
    r"mau|kalau|seandainya|andaikan"
)
# "Dinas ... Keluarga Berencana" is a body, not a plan: no future word right after "Keluarga".
_NOT_FAMILY = r"(?<!eluarga )"
_FUTURE = re.compile(r"\b" + _NOT_FAMILY + r"(?:" + _any_of(_FUTURE_WORDS) + r")\b",
                     re.IGNORECASE)
_AGREEMENT = re.compile(
    r"\b(?:nota\s+kesepahaman|MoU|memorandum\s+of\s+understanding|perjanjian\s+kerja\s*sama"
    r"|kesepakatan\s+bersama|penandatanganan\s+kerja\s*sama"
    # a boundary settled between two regions: "kesepakatan batas daerah", "tapal batas"
    r"|kesepakatan\s+(?:tapal\s+)?batas|tapal\s+batas)\b", re.IGNORECASE)
_LEARNING_WORD = re.compile(
    r"\b(?:belajar|mempelajari|mendalami|studi|study|kaji|menimba|meniru|mencontoh"
    r"|benchmarking)\b",
    re.IGNORECASE)
# Words of everyday village and economic talk that also name a program: "dana desa" funds
# nearly every village story and "UMKM" fills every market story. They name the visit's program
# only where a sentence speaks of learning or of a topic ("belajar pengelolaan dana desa",
# "membahas pemberdayaan UMKM"), or the visit's own sentences or the headline name them.
_BACKGROUND_LABELS = frozenset({"dana desa", "umkm"})
# Programs that are also a room the guests sat in or the body that runs something else:
# "diterima Sekda di Command Center Diskominfo", "hasil penjualan sampah dikelola BUMDes".
_PLACES_OR_BODIES = frozenset({"Command center", "Badan Usaha Milik Desa"})
_NOT_THE_TOPIC = re.compile(r"\b(?:di(?:\s+(?:ruang|gedung|aula))?|dikelola(?:\s+oleh)?|oleh|milik"
                            r"|melalui)\s+$", re.IGNORECASE)
# A local law named with its subject: "Peraturan Daerah tentang Kawasan Tanpa Rokok", "ranperda
# pengelolaan sampah". The subject is what the visit is about, not law-making itself.
_LAW_WORDS = frozenset({"peraturan daerah", "ranperda", "raperda"})
_LAW_SUBJECT = re.compile(r"\s+(?:\(\w+\)\s+)?(?:tentang|mengenai|terkait)\b", re.IGNORECASE)
_TOPIC_CUE = re.compile(
    r"\b(?:belajar|mempelajari|pelajari|studi|kaji|menimba|meniru|mencontoh|tertarik|membahas"
    r"|bahas|terkait|berkaitan|tentang|soal|mengenai|materi|penerapan|menerapkan|diskusi"
    r"|ingin)\b", re.IGNORECASE)
# Words that name a seat as its own city's or regency's government (see _seats_for_provinces).
_SEAT_OWN_WORD = re.compile(r"\b(?:Kota|Pemkot|Pemko|Walikota|Wali\s+Kota|Kabupaten|Kab|Pemkab"
                            r"|Bupati)\b", re.IGNORECASE)
_ORIGIN_RANGE = re.compile(r"\b(?:hingga|sampai|sampai\s+ke|s\.?d\.?)\b", re.IGNORECASE)
# Things a region receives that are not guests: awards, aid, funds, documents.
_GIVEN_THING = re.compile(
    r"\b(?:penghargaan|anugerah|piala|trofi|tropi|predikat|sertifikat|plakat|bantuan|hibah|dana"
    r"|insentif|DAK|DAU|DID|laporan|usulan|proposal|surat|dokumen|berkas|aspirasi|hadiah)\b",
    re.IGNORECASE)
# An intention or a preparation right before the cue: "tertarik untuk belajar ke X",
# "Siapkan Studi Tiru ke X" (said of a visit yet to come, unlike "akan" anywhere before it).
_INTENT_BEFORE = re.compile(
    r"\b(?:tertarik|berminat|berniat|berkeinginan|siapkan|persiapkan|menyiapkan|mempersiapkan"
    r"|rencanakan|agendakan|mengagendakan|jadwalkan|bisa|perlu|sebaiknya|seharusnya|hendaknya"
    r"|patut|layak)\s+(?:untuk\s+)?(?:(?:melakukan|menggelar|mengadakan)\s+)?"
    # "menyiapkan agenda studi tiru ke ...": a trip on the calendar, not made yet
    r"(?:(?:agenda|rencana|jadwal)\s+)?$", re.IGNORECASE)
# "KPK menyarankan Lombok Timur belajar dari Kabupaten Lombok Barat": advice, not a trip made.
_ADVISED = re.compile(r"\b(?:menyarankan|disarankan|menganjurkan|dianjurkan|mengimbau|diimbau"
                      r"|mendorong|didorong)\s+(?:agar\s+|supaya\s+)?(?:[\w.-]+\s+){0,4}?"
                      r"(?:untuk\s+)?$", re.IGNORECASE)
# A trip still to come ("ingin", "mengajak" of _FUTURE also say why guests came).
_PLANNED = re.compile(r"\b" + _NOT_FAMILY + r"(?:akan|berencana|rencananya|direncanakan"
                      r"|merencanakan|dijadwalkan|menjadwalkan|hendak|bakal)\b", re.IGNORECASE)
_FUTURE_TIME = re.compile(r"\b(?:pekan|minggu|bulan|tahun)\s+depan\b|\bmendatang\b", re.IGNORECASE)
_NEGATION_WORDS = (
    r"tidak|tak|belum|bukan|dilarang|larangan|melarang|batal|dibatalkan|membatalkan|ditunda|"
    r"menunda|menolak|ditolak|moratorium|menghentikan|dihentikan|stop|tanpa|jangan"
)
# ("belum lama ini", "tak lama kemudian": recently, soon after; no negation)
_NEGATION = re.compile(r"\b(?:" + _any_of(_NEGATION_WORDS) + r")\b(?!\s+lama\b)", re.IGNORECASE)
# A ban anywhere before the cue in the sentence: "melarang kepala desa melakukan studi banding".
_BAN_WORDS = (r"melarang|dilarang|larangan|larang|moratorium|menghentikan|dihentikan|batalkan"
              r"|membatalkan|dibatalkan|batal|tunda|menunda|ditunda")
_BAN = re.compile(r"\b(?:" + _any_of(_BAN_WORDS) + r")\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\bsaling\s+(?:belajar|tukar|berbagi|mengunjungi)\b", re.IGNORECASE)
# The word before a name that makes it a place named after a region, not its government
# (_GEO_PAIRS: the two words before it).
_GEO_WORDS = _words("""
    pulau selat gunung sungai danau pantai teluk pelabuhan bandara jalan jl jl. kawah hutan
    jalur lintas rute poros
    universitas univ univ. politeknik institut stasiun terminal bank hotel polres polda kodim
    korem kejari kejati pn bpk bps rri tvri pt pdam perumda bpr bpd suku pln pertamina telkom bpjs
    pelindo uid uiw (uid) (uiw) dapil rs pemekaran
    luar orang tanah via
""")  # "tamu dari luar Jawa Barat", "Orang Papua itu ...", "di tanah Papua": places and people
_GEO_PAIRS = _words("bandar_udara taman_nasional pengadilan_negeri daerah_pemilihan swasta_di "
                    "ujung_barat ujung_timur ujung_utara ujung_selatan di_selatan di_utara "
                    "di_barat di_timur daerah-daerah_di "
                    "kabupaten/kota_di")
# A hospital's own name ending with its town ("RS Mitra Medika Pontianak"), not the town's
# government; a regional hospital says so ("RSUD Sidoarjo").
_HOSPITAL_NAME = re.compile(r"\b(?:RS|Rumah\s+Sakit)\s+(?:[A-Z][a-z]+\s+){1,3}$")
# A football club named after its town: "Persibo Bojonegoro", "PSIS Semarang", "PS Barito". A
# list, not a pattern: "Persandian Banyuwangi" and "Persidangan Kota X" are units.
_CLUB = re.compile(r"(?:persib|persija|persebaya|persibo|persela|persipura|persiba|persik|persis"
                   r"|persiraja|persita|persikabo|persijap|persiku|persipa|persiwa|persewar"
                   r"|persekat|persikota|psis|pss|psm|psim|psms|psps|psbs|ps)$")
_UNIT_KEYS = ("DPRD", "Setwan", "DPMPTSP", "Dis", "Din", "Bap", "Insp", "Dukcapil", "BK", "BPBD",
              "RSUD", "Set", "Sekretariat", "Bagian", "Desa", "Kelurahan", "PKK", "Badan")
# Any of them as a substring, in one pass (the same test as ``any(k in window ...)``).
_UNIT_KEY_RE = re.compile("|".join(re.escape(k) for k in _UNIT_KEYS))


def _future_time(text: str, span: Span) -> bool:
    """Whether the sentence ``span`` speaks of next week, month or year ("pekan depan")."""
    # The letters of "depan" and "mendatang" match no other character when the case is
    # ignored (unlike i, k and s), so without them in the lower-cased sentence there is no
    # match; most sentences are passed over without running the pattern.
    low = split_words(text).low
    if low.find("depan", span.start, span.end) < 0 \
            and low.find("mendatang", span.start, span.end) < 0:
        return False
    return _FUTURE_TIME.search(text[span.start:span.end]) is not None


_COMPANY_BEFORE = re.compile(r"\bPT\.?\s+(?:\(Persero\)\s+)?"
                             r"(?P<brand>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+$")


_HEADER_VISITOR = re.compile(r"(?:ikut|turut|tergabung)(?:\s+serta)?(?:\s+dalam)?\s+rombongan"
                             r"|anggota\s+rombongan|rombongan\s+terdiri|dalam\s+rombongan"
                             r"|(?:dengan|beserta)\s+anggota|beranggotakan|terdiri\s+(?:atas|dari)"
                             r"|rombongan\s+yang\s+(?:berangkat|hadir)|(?:tim|delegasi)\b[^:]*"
                             r"\byang\s+(?:berangkat|hadir)"
                             r"|yang\s+(?:ikut|turut)(?:\s+serta)?(?:\s+dalam\s+kunjungan)?",
                             re.IGNORECASE)


def _list_item(text: str, sent: Span) -> bool:
    """Whether ``sent`` is an item of a list: its line opens with a list's mark, which the
    splitter leaves apart ("1." then "Nama, S.Pd") or inside ("- Anggota, Nama (Fraksi PAN)")."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if line_start == sent.start:
        mark = _LIST_MARK.match(text, sent.start)
        return mark is not None and mark.end() > sent.start and text[sent.start] in _MARK_CHARS
    return _LIST_MARK.fullmatch(text, line_start, sent.start) is not None


def _list_header(text: str, sents: list[Span], sid: int) -> str:
    """The line that opens the list sentence ``sid`` belongs to ("Ikut dalam rombongan antara
    lain:" over "1. Kepala Bappeda, Nama;"), or "" when it is no list item."""
    for k in range(sid - 1, max(-1, sid - 40), -1):
        piece = text[sents[k].start:sents[k].end].strip()
        if piece.endswith(":"):
            return piece
        if _list_item(text, sents[k]):
            continue  # "1. Tgk Muhammad Amin SHI (Ketua Komisi III)": an item without a stop
        if not (piece.endswith((";", ".")) and (len(piece) <= 4 or piece.endswith(";")
                                                 or k == sid - 1)):
            return ""
    return ""


def _merged(visits: list[Visit]) -> list[Visit]:
    """One visit per learner and host set: dropping a place may make two readings one."""
    out: dict[tuple[frozenset[str], frozenset[str]], Visit] = {}
    for v in visits:
        key = (frozenset(v.visitor_codes), frozenset(v.host_codes))
        if key in out:
            kept = out[key]
            kept.sentence_ids = sorted(set(kept.sentence_ids) | set(v.sentence_ids))
            kept.confidence = max(kept.confidence, v.confidence)
            kept.strong = kept.strong or v.strong
        else:
            out[key] = v
    return list(out.values())


def _visit_topics(text: str, hits: list[tuple[int, int, ProgramRef]]
                  ) -> list[tuple[int, int, ProgramRef]]:
    """The program mentions that can be a visit's topic, the same for every visit of an article:
    not a local law told with its subject, a room the guests sat in or a body that runs
    something else."""
    starts = {h[0] for h in hits}
    out = []
    for s, e, ref in hits:
        if text[s:e].lower() in _LAW_WORDS and (_LAW_SUBJECT.match(text, e) or e + 1 in starts):
            continue
        if ref.label in _PLACES_OR_BODIES and _NOT_THE_TOPIC.search(text, max(0, s - 25), s):
            continue  # "diterima di ruang Command Center", "dikelola BUMDes"
        out.append((s, e, ref))
    return out


# (No "\b" in front: the engine then skips to the names' first letters in a fast loop; the
# character before a match is checked in Python.)
_WHERE_AFTER = re.compile(r"\s*(?:,|di\b)")
_MODEL_VILLAGE = re.compile(r"(?:" + "|".join(
    re.escape(v).replace(r"\ ", r"\s+")
    for v in sorted(aliases.MODEL_VILLAGES, key=len, reverse=True)) + r")\b")


def _share_delegation(visits: list[Visit]) -> None:
    """Give the stops of one trip whose story names no delegate of their own the delegates
    named at another stop: "Rombongan dipimpin Ketua Komisi I, Nama, bersama anggota ..." told
    at the first of two hosts went on to the second. A stop that names delegates of its own
    ("Sekda kembali lebih dulu; di Gowa, tim dipimpin ...") keeps them."""
    if len(visits) < 2:
        return
    trips: dict[frozenset[str], list[Visit]] = {}
    for v in visits:
        trips.setdefault(frozenset(v.visitor_codes), []).append(v)
    for stops in trips.values():
        if len(stops) < 2:
            continue
        named = [v for v in stops if any(o.side == "visitor" for o in v.officials)]
        if len(named) != 1:
            continue  # none to share, or each stop its own
        delegates = [o for o in named[0].officials if o.side == "visitor"]
        for v in stops:
            if v is not named[0]:
                v.officials = [replace(o) for o in delegates] + v.officials


def _within_local_names(text: str, hits: list[tuple[int, int, ProgramRef]]
                        ) -> list[tuple[int, int, ProgramRef]]:
    """``hits`` without the vocabulary names that are words of a local program's own name,
    wherever that name is written: "Kartu Petani Berjaya (KPB)" is no "kartu petani", in its
    headline either."""
    labels = {ref.label.lower() for _s, _e, ref in hits if ref.candidate and " " in ref.label}
    if not labels:
        return hits
    low = text.lower()
    spans: list[tuple[int, int]] = []
    for label in labels:
        at = low.find(label)
        while at >= 0:
            spans.append((at, at + len(label)))
            at = low.find(label, at + 1)
    return [h for h in hits if h[2].candidate or not any(
        a <= h[0] and h[1] <= b and h[1] - h[0] < b - a for a, b in spans)]


def _with_model_villages(text: str, refs: list[RegionRef]) -> list[RegionRef]:
    """``refs`` with a reference to its regency for each village of aliases.MODEL_VILLAGES
    named alone ("studi banding ke Desa Ponggok"): the place of a visit, never a government
    of its own. A village with a region named right after it ("Desa Wisata Pentingsari di
    Kabupaten Sumedang") is where the text puts it."""
    extra: list[RegionRef] = []
    for m in _MODEL_VILLAGE.finditer(text):
        code = aliases.MODEL_VILLAGES[" ".join(m.group().split())]
        if text[m.start() - 1:m.start()].isalnum() or any(
                r.start < m.end() and m.start() < r.end
                # another regency named right after it says where the village is
                or m.end() <= r.start <= m.end() + 80 and r.code != code
                and "." not in text[m.end():r.start]
                and _WHERE_AFTER.match(text, m.end()) is not None for r in refs):
            continue
        extra.append(RegionRef(m.start(), m.end(), code, m.group(), None, True, False))
    return sorted([*refs, *extra], key=lambda r: r.start) if extra else refs


def _without_places(parties: list[RegionRef], governed: frozenset[str] = frozenset()
                    ) -> list[RegionRef]:
    """``parties`` without a province named only as where the others are: "rombongan dari
    tiga kabupaten di Kalimantan Barat, yakni Kabupaten Bengkayang, ..." (its government,
    "Pemprov Kalbar", named with them or in another sentence of the visit, ``governed``, stays
    a party: "kunjungan kerja ke DIY dan Sleman ... diterima di Gedung DPRD DIY")."""
    return [r for r in parties if "." in r.code or r.governed or r.code in governed or not any(
        o.code.startswith(r.code + ".") for o in parties)]


_REGIONS_OF = re.compile(r"\b(?:kabupaten|kota|daerah|wilayah|provinsi|kab/kota|kabupaten/kota"
                         r"|kabupaten-kota)\s+se-$", re.IGNORECASE)


def _geo_before(before: str) -> bool:
    """True when the words right before a name make it a place, not a government."""
    words = before.split()
    if _DISTRICTS_BEFORE.search(before[-60:]):
        return True  # "di Kecamatan Embaloh Hulu dan Batang Lupar": another district
    if before.endswith("se-") and _REGIONS_OF.search(before[-40:]):
        # "kafilah dari 19 kabupaten dan kota se-Sumatera Barat": the regions within one, not
        # it ("Kades se-Lombok Utara" are its people)
        return True
    if before[-1:] in "–-" and len(words) > 1 and words[-2].lower() in _GEO_WORDS:
        return True  # "di jalur Medan–Siantar": both ends of a route
    if not words or not before[-1:].isspace() and before[-1:] not in {"", "."}:
        return False
    last = words[-1].lower().lstrip("\"“‘")
    if last in _GEO_WORDS or _CLUB.match(last) or ("RS " in before or "Sakit " in before) \
            and _HOSPITAL_NAME.search(before) is not None:
        return True
    if len(words) > 2 and last in {"kota", "kabupaten", "kab.", "provinsi"} \
            and f"{words[-3].lower()}_{words[-2].lower()}" in _GEO_PAIRS:
        return True  # "swasta di Kota Pontianak": the words before the region's own word
    return len(words) > 1 and f"{words[-2].lower()}_{last}" in _GEO_PAIRS


# "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": a program name inside a unit's name.
# "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": one inside a ministry's.
_INSIDE_UNIT = re.compile(r"\b(?:Dinas|Badan|Kantor|Bagian|Unit|Bidang|Seksi|Kementerian|Deputi"
                          r"|Direktorat|Biro)(?:,?\s+(?:[A-Z][\w-]*|dan))*,?\s+$")
# Its head words alone: the engine skips to their capitals in a fast loop.
_UNIT_HEAD = re.compile(r"Dinas|Badan|Kantor|Bagian|Unit|Bidang|Seksi|Kementerian|Deputi"
                        r"|Direktorat|Biro")


# A degree after a name, written like an acronym of the vocabulary ("SKM" for Sarjana Kesehatan
# Masyarakat): a name and a comma before it, another degree or the end of the name after it.
_NAME_BEFORE_DEGREE = re.compile(r"[A-Z][a-z]+,\s*$")
_DEGREE_AFTER_NAME = re.compile(r"\s*(?:,\s*[A-Z][A-Za-z]{0,3}\.\s?[A-Z]?[A-Za-z]{0,4}\.?|\))")


def _inside_unit(text: str, at: int) -> bool:
    """``_INSIDE_UNIT.search(text, max(0, at - 60), at)``, skipped where it cannot match.

    The pattern is tried at every position of the window, and needs one of its head words
    there; most windows hold none.
    """
    lo = max(0, at - 60)
    return _UNIT_HEAD.search(text, lo, at) is not None \
        and _INSIDE_UNIT.search(text, lo, at) is not None


_ATTRIBUTION_WORDS = (
    r"ujar|kata|tutur|ungkap|jelas|terang|tegas|sebut|ucap|imbuh|pungkas|tandas|papar|harap|"
    r"lanjut|tambah|sambung|kata\s+dia|ujar\s+dia|jelasnya|katanya|ujarnya|tuturnya|ungkapnya|"
    r"tegasnya|terangnya|imbuhnya|pungkasnya|tandasnya|harapnya|paparnya|lanjutnya|tambahnya|"
    r"sebutnya|ucapnya|ditemui|dikonfirmasi|dihubungi|disadur\s+dari|dikutip\s+dari|"
    r"jumpa\s+pers|konferensi\s+pers|keterangan\s+pers|"
    r"saat\s+ditemui|kepada\s+wartawan|kepada\s+media"
)
_ATTRIBUTION = re.compile(r"(?:" + _any_of(_ATTRIBUTION_WORDS) + r")[^.\n]{0,60}$", re.IGNORECASE)
_PAST_MARKER = re.compile(
    r"\b(?:lalu|kemarin|sebelumnya|beberapa\s+waktu\s+lalu|belum\s+lama\s+ini)\b", re.IGNORECASE
)
# A welcome of "the delegation" without saying whose: "yang menerima rombongan,".
_BARE_WELCOME = re.compile(r"\b(?:menerima|menyambut)\s+(?:rombongan|tamu|delegasi)"
                           r"(?:\s+(?:tersebut|itu|ini))?\s*[,.]")
# A province's team judging or checking a regency of its own: a contest, a verification.
_ASSESSMENT = re.compile(r"\b(?:[Tt]im\s+penilai|[Pp]enilaian\s+lapangan|[Vv]erifikasi\s+lapangan"
                         r"|[Ll]omba\s+[A-Z]?\w+|[Mm]onitoring\s+dan\s+evaluasi|[Mm]onev)\b")
# A ranking's domain, not a place gone to: "paling efisien di Jawa Barat", "terbaik se-".
_BEST_IN = re.compile(r"\b(?:paling\s+\w+|terbaik|tertinggi|terbesar|terbersih|tercepat|termaju"
                      r"|terbanyak|terdepan|teratas|terlengkap|terluas|satu-satunya)"
                      r"(?:\s+\w+)?\s+(?:di|se-?)\s*$")
# "X dipilih Y sebagai lokasi studi banding": the chooser learns from the chosen.
_CHOSEN_AS = re.compile(r"\bdipilih\s+(?:oleh\s+)?(?P<agent>[^.;]{3,90}?)\s+(?:sebagai|menjadi)"
                        r"\s+(?:lokasi|tempat|tujuan|lokus|destinasi)\s*$")
# Who keeps coming, after "kerap didatangi": "daerah lain", "berbagai pemerintah daerah".
_OTHER_REGIONS = re.compile(r"\s+(?:oleh\s+)?(?:berbagai\s+|banyak\s+)?(?:daerah"
                            r"|pemerintah\s+daerah|pemda|kabupaten/kota|kabupaten|kota)"
                            r"(?:\s+lain(?:nya)?)?\b")
# A room named after a program or award: "Ruang Adipura", "Aula SAKIP".
_ROOM_BEFORE = re.compile(r"\b(?:[Rr]uang(?:an)?|RUANG|[Aa]ula)\s+$")
# An award or a contest that the host's program won: "masuk jajaran Top 45 Kompetisi Inovasi
# Pelayanan Publik (KIPP)", "meraih Innovative Government Award" tell why guests came, not what
# they learned.
_CONTESTS = frozenset({"kipp", "iga", "adipura"})
_WON_BEFORE = re.compile(r"\b(?:[Tt]op\s*\d+|TOP\s*\d+|[Mm]eraih|[Pp]eraih|[Mm]enyabet|[Jj]uara"
                         r"|[Pp]enghargaan|[Pp]emenang|[Ff]inalis|[Nn]ominasi|[Tt]erbaik)\b[^.;]{0,30}$")
# "bagian dari monitoring": a "dari" that names no origin.
_PART_OF = re.compile(r"\b(?:bagian|salah\s+satu|sebagian|rangkaian)\s+$", re.IGNORECASE)
# "di Kecamatan Embaloh Hulu dan Batang Lupar": a district's name after another's.
_DISTRICTS_BEFORE = re.compile(r"\b[Kk]ecamatan\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                               r"\s+(?:dan|serta)\s+$")
# What a host went on to say: "..., menjelaskan bahwa ...".
_SAID_AFTER = re.compile(r",\s*(?:\w+\s+){0,2}?(?:menjelaskan|mengatakan|menyebut(?:kan)?"
                         r"|menuturkan|mengungkapkan|menerangkan|menyampaikan)\s+bahwa\b")
# What a regional law is about: "Peraturan Daerah (Perda) Kota Padang Nomor 3 Tahun 2019
# tentang Pendidikan Diniyah Takmiliyah", "Raperda tentang Bantuan Hukum bagi Warga Miskin".
_REGULATION_ABOUT = re.compile(
    r"\b(?:(?:Rancangan\s+)?Peraturan\s+Daerah|Perda|Raperda|Ranperda)(?:\s+\([A-Za-z]+\))?"
    r"(?:\s+(?:Kota|Kabupaten|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?:\s+(?:Nomor|No\.)\s*\d+\s+Tahun\s+\d{4})?\s+tentang\s+(?P<subject>[^,.;:()\n\"“”]{3,90})")
_SUBJECT_WORD = re.compile(r"[^\s]+")
_SUBJECT_JOINERS = frozenset({"dan", "serta", "&"})
_SUBJECT_STOPS = frozenset({"DPRD", "Kabupaten", "Kota", "Provinsi", "Pemerintah", "Pemkab",
                            "Pemkot", "Pemprov", "Pemko", "Nomor", "Tahun", "Nagari", "Desa"})


# Words that end a law's matter written in lower case.
_SUBJECT_FUNCTION = frozenset({"yang", "di", "bagi", "untuk", "agar", "sebagai", "dengan", "ke",
                               "dari", "pada", "oleh", "itu", "ini", "tersebut", "sudah", "telah",
                               "akan", "sedang", "masih", "kini", "secara", "serta", "dan", "atau",
                               "baru-baru", "datang"})


def _subject_end(text: str, start: int, end: int) -> int:
    """Where the matter of a law's title that starts at ``start`` ends: a run of capitalised
    words ("Penyelenggaraan Bantuan Hukum" before "bagi"), with "dan" between two of them, or,
    written in lower case, up to four words ("retribusi parkir" before "yang")."""
    stop = start
    lower = None
    for count, w in enumerate(_SUBJECT_WORD.finditer(text, start, end)):
        word = w.group(0)
        if lower is None:
            lower = word[:1].islower()
        if word in _SUBJECT_STOPS:
            break
        if lower:
            if word.lower() in _SUBJECT_FUNCTION or count == 4 or not word[:1].islower():
                break
        elif not word[:1].isupper():
            nxt = _SUBJECT_WORD.search(text, w.end(), end)
            if word not in _SUBJECT_JOINERS or nxt is None or not nxt.group(0)[:1].isupper():
                break
        stop = w.end()
    return stop


# The work a law's title opens with, before its matter: "Pelestarian Cagar Budaya".
_LAW_PROCESS = frozenset({"penyelenggaraan", "pengelolaan", "pelestarian", "perlindungan",
                          "pengaturan", "penataan", "pelaksanaan", "pemberdayaan", "pengendalian",
                          "pembinaan", "pengembangan", "penanggulangan", "pencegahan",
                          "penyusunan", "pembentukan", "penerapan"})
# Setting off, whose day is the eve of the visit's.
_SET_OFF = re.compile(r"\b(?:bertolak|berangkat|diberangkatkan|terbang|dilepas)\b")
_NEXT_DAY = re.compile(r"\b(?:[Kk]eesokan(?:\s+hari(?:nya)?|nya|\s+(?:pagi|siang|sore)(?:nya)?)"
                       r"|[Ee]sok(?:\s+)?harinya|[Ee]soknya|[Ee]sok\s+(?:pagi|siang)(?:nya)?|[Ss]ehari"
                       r"\s+(?:kemudian|setelahnya|berikutnya)|[Hh]ari\s+(?:berikutnya|kedua)"
                       r"|(?P<n>[Dd]ua|[Tt]iga|[23])\s+hari\s+(?:kemudian|setelahnya|berikutnya)"
                       r"|(?P<same>[Ss]iang|[Ss]ore|[Mm]alam)\s+harinya)\b")


def _days_later(m: re.Match[str]) -> int:
    """How many days after the day told before a _NEXT_DAY phrase is: 1, "dua hari
    kemudian" 2, "siang harinya" 0."""
    if m.group("same"):
        return 0  # "Siang harinya, giliran rombongan X": later the same day
    n = (m.group("n") or "1").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS[n]


# Each rare rule's name, and the lower-case pieces one of which every match of its pattern holds.
_HINT_WORDS = {
    "intent": ("tertarik", "minat", "niat", "keinginan", "iapkan", "rencanakan", "agendakan",
               "jadwalkan", "bisa", "perlu", "sebaiknya", "seharusnya", "hendaknya", "patut",
               "layak", "arankan", "anjurkan", "imbau", "dorong"),  # me-nyiapkan, me-nyarankan
    "agreement": ("kesepahaman", "mou", "memorandum", "kerja sama", "kerjasama", "kesepakatan",
                  "tapal batas"),
    "next_day": ("esok", "sehari", "hari berikutnya", "hari kedua", "hari kemudian",
                 "hari setelahnya", "harinya"),
    "first_day": ("hari pertama",),
    "day_ordinal": ("hari pertama", "hari kedua", "hari ketiga", "hari keempat", "hari terakhir"),
    "cancel": ("batal", "tunda", "urung", "fiktif", "tidak pernah"),
    "online": ("video", "vicon", "zoom", "daring", "virtual", "online", "diskusi", "forum",
               "telepon", "whatsapp", "webinar"),
    "companions": ("ikut serta", "turut serta", "mengajak serta", "membawa serta", "diikuti",
                   "beranggotakan", "terdiri", "peserta", "turut membawa", "ikut membawa",
                   "turut memboyong", "ikut memboyong", "turut mengajak", "ikut mengajak",
                   "membawa perwakilan", "membawa utusan", "memboyong perwakilan",
                   "memboyong utusan", "mengajak perwakilan", "mengajak utusan"),
    # a return visit, or two governments taking turns as guests and hosts
    "return": ("balasan", "bergantian", "saling berkunjung", "saling mengunjungi",
               "saling menyambangi", "pertukaran"),
    # every word of _LOGISTICS and _RELIEF ("erahkan bantuan": menyerahkan and serahkan)
    "logistics": ("transit", "menginap", "bermalam", "penerbangan", "beristirahat",
                  "terbang", "pesawat", "menempuh", "jalan darat", "jalur", "korban",
                  "erahkan bantuan", "alurkan bantuan", "konvoi", "kapal", "speedboat",
                  "feri", "bus", "dari bandara", "dari bandar udara",
                  "dari pelabuhan", "bantuan logistik", "dilanda", "titik pengungsian"),
    # every opening of _PASSED_AT, and the "sebelumnya" that _DAY_BEFORE needs
    "passage": ("transit", "menginap", "bermalam", "yang tiba", "yang mendarat",
                "yang berangkat", "sebelumnya"),
    "consultation": ("konsultasi", "asistensi", "pembinaan", "supervisi", "pendampingan"),
    "invited": ("undangan",),
    "assessment": ("penilai", "penilaian", "verifikasi", "lomba", "monitoring", "monev"),
    "contrast": ("sedangkan", "adapun", "namun", "tetapi"),
    # every word of _SOCIAL_EVENT
    "social": ("laga", "pertandingan", "liga", "turnamen", "kejuaraan", "tandang", "mtq", "stq",
               "porprov", "pernikahan", "resepsi", "mempelai", "walimah", "takziah", "melayat"),
    # every opening of _REPORT_BACK
    "report": ("sepulang", "laporan hasil", "hasil studi", "hasil kunjungan", "hasil kaji",
               "hasil kunker", "hasil stuban", "tindak lanjut", "rtl", "ekspose hasil",
               "paparan hasil", "memaparkan hasil"),
}


def _hint_automaton() -> Any:
    """One Aho-Corasick automaton over every phrase of _HINT_WORDS, each phrase keyed to the
    names that list it."""
    automaton = ahocorasick.Automaton()
    names: dict[str, list[str]] = {}
    for name, phrases in _HINT_WORDS.items():
        for phrase in phrases:
            names.setdefault(phrase, []).append(name)
    for phrase, of in names.items():
        automaton.add_word(phrase, frozenset(of))
    automaton.make_automaton()
    return automaton


_HINT_AUTOMATON = _hint_automaton()


class _Hints:
    """The names of _HINT_WORDS whose phrases ``low`` (an article's lower-cased text) contains.

    Rare phrases that some rules read: one pass of an Aho-Corasick automaton over the text
    finds them all at C speed, so that the rules' patterns run only where they can match. (A
    substring test per phrase, asked lazily, cost twelve per cent of reading a generated
    article: a name is asked in nearly every article, and each of its phrases is absent.)
    """

    __slots__ = ("_names",)

    def __init__(self, low: str) -> None:
        self._names: set[str] = set()
        for _end, names in _HINT_AUTOMATON.iter(low) if low else ():
            self._names.update(names)

    def __contains__(self, name: str) -> bool:
        return name in self._names


# The words between a program and the host it is told of: "SPBE di Kota Makassar", "Mal
# Pelayanan Publik (MPP) Sidrap", "MPP milik Pemkot Surabaya".
_PROGRAM_PLACE = re.compile(r"(?:\s*\([^()\n]{1,15}\))?\s+(?:(?:yang\s+)?(?:ada\s+)?(?:di|milik"
                            r"|dari|ala)\s+)?(?:Pemerintah\s+|Pemkab\s+|Pemkot\s+)?"
                            r"(?:Kabupaten\s+|Kota\s+|Kab\.\s*)?")
_AND_ANOTHER = re.compile(r"\s*(?:,|dan|serta)\s+(?:Kabupaten\s+|Kota\s+)?[A-Z]")
_LAW_MAKING = "https://w3id.org/tiru/id/program/produk-hukum-daerah"
# A fair's stand as what was visited: "Stan Sintang juga sempat dikunjungi Wali Kota ...".
_BOOTH_BEFORE = re.compile(r"\b(?:[Ss]tan|[Ss]tand|[Bb]ooth|[Pp]aviliun|[Aa]njungan)\s+"
                           r"(?:[\w-]+\s+){0,4}$")
# Verbs of going somewhere to learn, not only of travel.
_VISIT_VERBS = frozenset({"berkunjung", "bertandang", "menyambangi", "mendatangi", "mengunjungi",
                          "belajar", "mempelajari", "berguru", "menimba", "sambangi", "kunjungi"})
# The count of a host's guests in a roundup's opening: "empat pemerintah daerah datang",
# "Tiga Rombongan Daerah", "Empat Daerah Bergantian Studi Tiru".
_GUESTS_COUNTED_AT_START = re.compile(
    r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[2-9])\s+(?:[Pp]emerintah\s+)?"
    r"(?:[Dd]aerah|[Rr]ombongan|[Dd]elegasi|[Kk]abupaten|[Pp]emda)\b")
# A delegation named with its government, and the region after it: "rombongan Dinas
# Kesehatan Kabupaten Mamuju", "tim Pemkab Buton Tengah".
_NAMED_GUESTS = re.compile(
    r"\b(?:rombongan|tim|delegasi)\s+(?:(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|DPRD"
    r"|Dinas(?:\s+(?!Kabupaten|Kota|Provinsi)[A-Z]\w+){1,3}|Komisi\s+\w+(?:\s+DPRD)?)\s+)+"
    r"(?:(?:Kabupaten|Kota|Provinsi)\s+)?")
_VISIT_HELD = re.compile(r"\b(?:[Kk]unjungan|[Ss]tudi\s+(?:tiru|banding)|[Kk]aji\s+tiru"
                         r"|[Pp]ertemuan\s+resmi)\b[^.;]{0,40}?\b(?:berlangsung|digelar"
                         r"|dilaksanakan|diadakan)\b")
# A meeting at home where the delegation reported its trip: "Sepulang dari studi tiru ke
# Banyuwangi, Bupati ... mengumpulkan kepala OPD dalam rapat ..., Senin (9/6/2025)", "menyampaikan
# laporan hasil kunjungan kerja dalam rapat paripurna, Jumat (25/7)", "Rencana tindak lanjut
# (RTL) dari studi tiru ke Badung ... dibahas di ruang rapat Bappeda, Jumat (12/9)".
_REPORT_BACK = re.compile(r"\b(?:[Ss]epulang(?:nya)?\s+dari|[Ll]aporan\s+hasil|[Hh]asil\s+(?:studi"
                          r"|kunjungan|kaji|kunker|stuban)\b[^.;]{0,200}?\b(?:dilaporkan"
                          r"|dipaparkan|disampaikan|dibahas|diekspos)|[Rr]encana\s+[Tt]indak\s+"
                          r"[Ll]anjut|RTL|[Ee]kspose\s+hasil|[Pp]aparan\s+hasil|memaparkan\s+"
                          r"hasil)\b")
# A launch told before a day, with no trip told between them: the launch's day.
_LAUNCH_BEFORE = re.compile(r"\b(?:soft\s*launch(?:ing)?|diresmikan|meresmikan|peresmian"
                            r"|diluncurkan|meluncurkan|peluncuran|launching)\b(?![^.;]*\b(?:studi"
                            r"|kunjungan|kunker|belajar|kaji|berkunjung|bertandang|menyambangi"
                            r"|mengunjungi)\b)[^.;]*$", re.IGNORECASE)
# The trip's own day told in such a sentence: "dari kunjungan ke Banyuwangi pada Kamis (5/6) lalu".
_ON_DAY = re.compile(r"\bpada\s+(?:hari\s+)?$")
_FIRST_DAY = re.compile(r"\b[Hh]ari\s+pertama\b")
# The day of a trip a stop was on: "Hari kedua giliran Kota Denpasar", "Pada hari terakhir".
_DAY_ORDINAL = re.compile(r"\b[Hh]ari\s+(?P<n>pertama|kedua|ketiga|keempat|terakhir)\b")
_ORDINAL_DAYS = {"pertama": 0, "kedua": 1, "ketiga": 2, "keempat": 3}
_EARLIER_TIME = re.compile(
    r"\b(?:[Ss]ebelumnya|[Tt]ahun\s+lalu|[Bb]ulan\s+lalu|[Aa]wal\s+tahun|[Bb]eberapa\s+(?:waktu"
    r"|bulan|tahun)\s+(?:yang\s+)?lalu"
    # "studi tiru ke Kabupaten Tapin pada Februari lalu", "ke Banyuwangi pada 2022"
    r"|(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
    r"|Desember)\s+lalu|pada\s+(?:tahun\s+)?20\d\d(?![\d/-]))\b")
_SIDE_VISITOR_CUE = re.compile(
    r"(?:(?:dipimpin|dikomandoi|diketuai|dipandu)(?:\s+langsung)?(?:\s+oleh)?"
    r"|(?:ikut|turut|tergabung)(?:\s+serta)?(?:\s+dalam)?\s+(?:rombongan|tim|delegasi)"
    r"|anggota\s+rombongan"
    r"(?:\s+(?:antara\s+lain|yakni|yaitu))?|(?:[Ii]a|[Mm]ereka)\s+(?:membawa|mengajak)"
    r"|dalam\s+(?:rombongan|tim|delegasi)(?:\s+\w+)?\s+(?:juga\s+)?(?:terdapat|tampak|ada|turut"
    r"|ikut)(?:\s+(?:serta|pula|juga|hadir))?"
    r"|ikut\s+pula|dengan\s+anggota|beranggotakan|terdiri\s+(?:atas|dari)"
    # "Bersamanya ikut Kepala Dinas ...", "Ikut dalam rombongan Barut antara lain ..."
    r"|bersamanya\s+(?:ikut|turut)(?:\s+serta|\s+pula)?"
    r"|(?:ikut|turut)(?:\s+serta)?\s+dalam\s+rombongan\s+(?:\w+\s+){0,3}?"
    r"(?:antara\s+lain|di\s*antaranya|yakni|yaitu)"
    r"|(?:ikut|turut)(?:\s+serta)?\s+dalam\s+(?:rombongan|tim|delegasi)(?:\s+\w+){0,3}\s*,"
    r"|(?:ikut|turut)\s+mendampingi\s*,"
    # "Anggota tim yang ikut dalam kunjungan tersebut adalah ...", "rombongan diikuti ..."
    r"|(?:ikut|turut)(?:\s+serta)?(?:\s+\w+){0,3}?\s*,?\s*(?:adalah|ialah|yakni|yaitu"
    r"|antara\s+lain|di\s*antaranya)|rombongan\s+(?:juga\s+)?diikuti(?:\s+oleh)?"
    r"|beserta\s+anggota)\s*:?\s*$",
    re.IGNORECASE
)
# Members named after a word of listing in a sentence about the delegation: "Rombongan HST yang
# beranggotakan enam orang, di antaranya Sekretaris Inspektorat ...".
_MEMBERS_OF_DELEGATION = re.compile(r"(?:termasuk|di\s*antaranya|antara\s+lain)\s*:?\s*$",
                                    re.IGNORECASE)
_WELCOMING = rf"{_PASSIVE}|menyambut|menerima"
_SIDE_HOST_CUE = re.compile(
    rf"(?:{_WELCOMING}|didampingi\s+tuan\s+rumah)"
    r"(?:\s+(?:baik|hangat|langsung))*(?:\s+oleh)?\s*$",
    re.IGNORECASE,
)
_SIDE_HOST_CUE_ANY = re.compile(rf"\b(?:{_WELCOMING})\b", re.IGNORECASE)
_CAME_HOME = re.compile(r"\b(?:kembali|pulang|tiba\s+kembali)\s+(?:ke\s+)?(?:[\w.-]+\s+){0,3}?"
                        r"(?:pada\s+)?(?:hari\s+)?$", re.IGNORECASE)
# "Mereka diterima di Kantor Dinas Pariwisata Kabupaten Gianyar oleh Kepala Dinas, Nama"
_HOST_AT_PLACE = re.compile(rf"\b(?:{_PASSIVE})\s+(?:\w+\s+){{0,2}}?di\s+"
                            r"[^.;]{0,110}?\boleh\s*$", re.IGNORECASE)
# A first-person learner in a quote: "Kemarin kami belajar ke Kota Tangerang".
# ("saya bersama Dinas Perdagangan dan Bapenda belajar ke ...": the speaker's company between)
# ("kami sengaja belajar dulu ke Metro": an adverb after the verb)
_WE_LEARNED = re.compile(r"\b(?:kami|kita|saya)\s+(?:\w+\s+){0,5}?(?:belajar|berguru|menimba)"
                         r"(?:\s+(?:dulu|dahulu|terlebih\s+dahulu|lebih\s+dulu|langsung|juga"
                         r"|pula))?\s+(?:ke|di|dari|bagaimana|cara)\b", re.IGNORECASE)
# Who stood in for a region: "Adapun Lanny Jaya diwakili Sekretaris Daerah, Nama".
_REPRESENTED = re.compile(r"\bdiwakili(?:\s+oleh)?\s*$", re.IGNORECASE)
_STOOD_IN_FOR = re.compile(r"\b(?:mewakili|atas\s+nama)\s*$", re.IGNORECASE)
_THIRD_PARTY = re.compile(r"\b(?:Kementerian|Kemen[A-Z]\w*|Direktorat|Ditjen|Universitas|Fakultas"
                          r"|Ombudsman|BPKP|KPK|BPK\s+RI|DPR\s+RI|DPD\s+RI)\b")
_SENT_OFF = re.compile(r"\b(?:dilepas(?:kan)?|melepas(?:kan)?|diberangkatkan|memberangkatkan)"
                       r"(?:\s+(?:langsung|secara\s+resmi))?(?:\s+oleh)?\s*$", re.IGNORECASE)
# (a degree's dots do not end the stretch: "Dr. Frans, M.Si., yang tidak ikut dalam perjalanan")
_STAYED = re.compile(r"(?:[^.;]|\.(?!\s+[A-Z])){0,25}?\b(?:yang\s+)?(?:tidak|tak|belum)\s+"
                     r"(?:ikut|turut|hadir)\b|[^.;]{0,25}?\bberhalangan\b", re.IGNORECASE)
# Who chaired the meeting at home where a trip was reported, or was told of it there: "rapat
# paripurna yang dipimpin Ketua DPRD Nama", "Ekspose dipimpin Wakil Bupati Nama", "dilaporkan
# kepada Bupati Kaur, Nama", "Nama, yang memimpin jalannya rapat", "Nama, menerima laporan hasil".
_CHAIRED_BEFORE = re.compile(r"\b(?:(?:[Rr]apat|[Pp]aripurna|[Pp]ertemuan|[Ee]kspose|RTL)\b"
                             r"[^.;]{0,60}?\b(?:dipimpin|dibuka)(?:\s+oleh)?|(?:dilaporkan|disampaikan|"
                             r"dipaparkan)\s+kepada)\s+(?:langsung\s+)?$")
_CHAIRED_AFTER = re.compile(r"(?:[^.;]|\.(?!\s+[A-Z])){0,25}?(?:\b(?:yang|selaku)\s+"
                            r"(?:me)?mimpin\s+(?:jalannya\s+)?(?:rapat|paripurna|pertemuan|ekspose)"
                            r"|,\s*(?:langsung\s+)?menerima\s+laporan)\b")
# "Paparan teknis disampaikan Kepala Bagian Organisasi Setda, Nama": the host presents.
_PRESENTER = re.compile(r"\b(?:[Pp]aparan|[Mm]ateri|[Pp]enjelasan|[Pp]resentasi)\b[^.,;]{0,30}?"
                        r"\b(?:disampaikan|dibawakan|diberikan|dipaparkan)(?:\s+(?:langsung\s+)?"
                        r"oleh)?\s*$")
# Between two officials of one list: commas, "dan"/"serta", and the first one's degrees.
_LIST_GAP = re.compile(r"(?:[\s,;]|\bdan\b|\bserta\b|(?:[A-Z][A-Za-z]{0,4}\.)+[A-Za-z]{0,5}\.?)*")
_ACCOMPANY = re.compile(r"(?:didampingi|bersama|beserta|berserta|dan|serta|turut\s+hadir"
                        r"|hadir\s+pula|tampak\s+hadir)(?:\s+oleh)?\s*,?\s*$", re.IGNORECASE)
_DELEGATION = re.compile(
    r"(?:sebanyak|berjumlah|beranggotakan|terdiri\s+(?:atas|dari)|membawa|memboyong|diikuti)\s+"
    r"(?:sekitar\s+|kurang\s+lebih\s+|±\s*)?(?P<n>\d{1,3})\s+(?:orang|pejabat|peserta|anggota|"
    r"personel|asn|pegawai|perwakilan|kepala|camat|lurah|rombongan)",
    re.IGNORECASE,
)
# The words every _DELEGATION match opens with, in lower case.
_DELEGATION_VERBS = ("sebanyak", "berjumlah", "beranggotakan", "terdiri", "membawa", "memboyong",
                     "diikuti")


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` occurs in ``text`` (str.find runs at C speed)."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


_RECOMMEND = re.compile(
    r"rekomendasi|merekomendasikan|direkomendasikan|rujukan|referensi|disarankan|saran\s+dari|"
    # "merupakan saran Kementerian PANRB": the adviser right after the noun.
    r"saran(?=\s+(?:kemen|menpan|mendagri|pemerintah\s+pusat|ombudsman|kpk|bappenas|bpkp))|"
    r"arahan|ditunjuk|percontohan|menyarankan|atas\s+petunjuk",
    re.IGNORECASE,
)
_RECOMMENDER = re.compile(
    r"\b(?P<org>Kementerian(?:\s+(?:dan\s+(?!Kementerian|Kemen))?[A-Z][\w-]*)+|Kemen[A-Z]?[\w]*(?:[-\s]?RB)?|"
    r"Kemendagri|KemenPAN-?RB|Menpan-?RB|pemerintah\s+pusat|Ombudsman(?:\s+RI)?|KPK|LAN|"
    r"Lembaga\s+Administrasi\s+Negara|Bappenas|BPKP|Kemenkeu|Kemenkes|Mendagri|MenPAN-?RB|"
    r"Pemerintah\s+Provinsi\s+[A-Z][\w ]{2,30}?(?=[,.\s]))",
)
# Short and long names of the same central body, to one key.
_BODY_KEYS = {
    "kemendagri": "kementerian dalam negeri", "mendagri": "kementerian dalam negeri",
    "kemenpanrb": "kementerian panrb", "kemenpan-rb": "kementerian panrb",
    "menpanrb": "kementerian panrb", "menpan-rb": "kementerian panrb",
    "kemenpan rb": "kementerian panrb",
    "kementerian pendayagunaan aparatur negara dan reformasi birokrasi": "kementerian panrb",
    "kementerian pan-rb": "kementerian panrb", "kementerian pan rb": "kementerian panrb",
    "kemenkeu": "kementerian keuangan", "kemenkes": "kementerian kesehatan",
    "lan": "lembaga administrasi negara", "ombudsman ri": "ombudsman",
}


def _body_key(org: str) -> str:
    key = " ".join(org.lower().split())
    return _BODY_KEYS.get(key, key)


_UNIT_BEFORE = re.compile(
    r"(?P<unit>Sekretariat\s+DPRD|Setwan|DPRD|DPMPTSP|Diskominfo|Dinkes|Dinas\s+Kesehatan|Bappeda|"
    r"Bapenda|Inspektorat|Disdukcapil|Dukcapil|BKPSDM|BKD|BPBD|RSUD|Setda|Sekretariat\s+Daerah|"
    r"Bagian\s+(?:Organisasi|Humas|Hukum|Tata\s+Pemerintahan|Umum)|Dinas\s+[A-Z][\w]+(?:\s+(?:dan\s+)?[A-Z][\w]+){0,5}|"
    # "Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Nusa Tenggara Barat"
    r"Badan\s+[A-Z][\w]+(?:\s+(?:dan\s+)?[A-Z][\w]+){0,5}|"
    r"Desa\s+[A-Z][\w]+(?:\s+[A-Z][\w]+)?|Kelurahan\s+[A-Z][\w]+|TP\s*PKK|PKK)"
    r"(?:\s*\([A-Za-z]+\))?\s*(?:Kabupaten|Kota|Provinsi|Kab\.?|Pemkab|Pemkot|Pemprov)?\s*$",
)
_PROGRAM_HEADS = _words("""
    Sistem Aplikasi Program Gerakan Layanan Gerai Mal Mall Kartu Smart Command Inovasi Sekolah
    Standar Indeks Monitoring Pusat Rumah Kampung Desa Satu Pojok Klinik Portal Dashboard Wajar
    Teknologi Platform Bank Bursa Jaringan Integrasi E-Government Electronic Elektronik Sentra
    Tempat
""")
_GOV_WORDS = _words("""
    Pemerintah Pemkab Pemkot Pemprov Kabupaten Kota Provinsi Dinas Badan Kementerian Kepala
    Sekretaris Bupati Gubernur Walikota Wali DPRD Bagian Kantor
""")
_NOT_PROGRAM_ACRONYMS = _words("""
    PPU DPRD OPD SKPD ASN PNS BUMN BUMD APBD APBN RI NKRI IKN PKK TP DPMPTSP WIB WITA WIT
    UMKM PAD DAK DAU CPNS PPPK THL TKD ATK BBM PDAM RSUD CSR PUSPEM Puspem
""")
_CANDIDATE_RE = re.compile(
    r"(?P<label>(?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|dan|untuk|bagi|&|di|for|of|and|the|on)){1,8})"
    r"\s*\((?P<acr>[A-Z][A-Za-z-]{1,12})\)"
)
# A local program's own name after its kind: capitalised words, an acronym with a hyphen
# ("SI-CANTIK") or an e-word ("e-Retribusi", "e-office"), after at most one plain word of kind
# ("kanal pengaduan Lapor Mas Bup").
_BRAND_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|e-[A-Za-z]+)"
_BRAND_RE = re.compile(
    r"(?i:aplikasi|program|gerakan|inovasi|kanal|layanan|platform)[ \t]+"
    r"(?:(?:pengaduan|daring|online|digital|unggulan|bernama|berbasis|andalan)[ \t]+"
    # "layanan kegawatdaruratan terpadu bernama Sigap Butta Toa"
    r"|(?:[a-z]+[ \t]+){1,3}?(?:bernama|bertajuk|dinamai|dinamakan)[ \t]+)?"
    rf"(?P<label>{_BRAND_WORD}(?:[ \t]+{_BRAND_WORD}){{0,3}})(?![\w-])")
# The same words with the name in quotes, after a few words of description: 'aplikasi
# layanan warga "Sipakatau Digital"', 'gerakan "Sapa Bumil"'. Quotes mark even one word a name.
_QUOTED_BRAND_RE = re.compile(
    r"(?i:aplikasi|program|gerakan|inovasi|kanal|layanan|platform)[ \t]+(?:[a-z]+[ \t]+){0,4}?"
    r"(?:[\"“](?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}!?)[\"”]"
    # 'inovasi ... bernama 'Gerai Si Cantik'': single quotes, which are also apostrophes, only
    # around capitalised words
    r"|['‘](?P<single>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,4}!?)['’])(?![\w])")
# A local program's short name and its long form, told together: "SIANTO, singkatan dari
# Sistem Antrean Online Puskesmas", "Paradig (Pasar Rakyat Digital)", "Rumah Makan Balita Sehat
# (Rumba Sehat)", "Cimahi Smart Kelurahan atau CISMAKEL". Each key (_pair_keys) is where a
# pair meets; the two names are read on either side of it and kept only when the short one
# abbreviates the long one (see _abbreviation_pair).
_SHORT_FOR = re.compile(r",?[ \t](?:yang[ \t]+merupakan[ \t]+)?(?:singkatan|kependekan|akronim)"
                        r"[ \t]+dari[ \t]")


def _pair_keys(text: str) -> list[tuple[int, int, bool]]:
    """Where a short name and a long one may meet, in text order: ``(start, end, bracket)`` of
    an opening bracket before a capital with two words or a hyphen inside ("Label (ACR)" is
    read by _CANDIDATE_RE), of " atau ", and of ", singkatan dari " . Found
    with ``str.find``: a pattern of the three, tried at every space of the text, cost more."""
    keys: list[tuple[int, int, bool]] = []
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at, at + 120)
        inner = text[at + 1:close] if close > 0 else ""
        if inner[:1].isupper() and (" " in inner.strip() or "-" in inner):
            keys.append((at, at + 1, True))
        at = text.find("(", at + 1)
    at = text.find(" atau ")
    while at >= 0:
        keys.append((at, at + 6, False))
        at = text.find(" atau ", at + 5)
    if "dari" in text and ("singkatan" in text or "kependekan" in text or "akronim" in text):
        keys.extend((m.start(), m.end(), False) for m in _SHORT_FOR.finditer(text))
    keys.sort()
    return keys
_LONG_NAME = r"[A-Z][\w-]*(?:[ \t]+(?:(?:dan|untuk|bagi|&|di)[ \t]+)?[A-Z][\w-]*){1,8}"
_SHORT_NAME = r"[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)*(?:[ \t]+[A-Z][A-Za-z]*)?!?"
_NAME_BEFORE = re.compile(rf"(?P<name>{_LONG_NAME}|{_SHORT_NAME})[\"”'’]?[ \t]*$")
_NAME_AFTER = re.compile(rf"[\"“'‘]?(?P<name>{_LONG_NAME}|{_SHORT_NAME})")
_PAIR_LINKS = frozenset({"dan", "untuk", "bagi", "&", "di"})
# Words of bodies and groups, whose names are no program's ("Satuan Polisi Pamong Praja (Satpol
# PP)", "Tim Penggerak PKK"); a vocabulary name whose notation begins the short one
# ("PLUT-KUMKM", "OSS RBA") is that program, named with its scope.
_BODY_WORDS = _words("Satuan Tim Penggerak Forum Komisi Fraksi Ikatan Asosiasi Persatuan Polisi")
# Words that make a long form a program's, when its short name is no acronym by its letters.
_PROGRAMMISH = _words("""
    Digital Online Daring Terpadu Terintegrasi Elektronik Sehat Pintar Cerdas Mandiri Pasar
    Cepat Mudah Aman Bersih Hijau Smart Gizi Informasi Data Antrean Sampah Layanan Pelayanan
""")
_UNIT_WORDS = ("Bidang", "Seksi", "Bagian", "Kabid", "Kasi", "Sub", "Subbagian")
# Words that end a local program's name ("gerakan Lumbung Desa") but never start one.
_LAST_OK = frozenset({"Desa", "Kampung", "Nagari"})
# Names after those words that are no local program.
_NOT_BRANDS = _words("""
    WhatsApp Whatsapp WA Zoom Google Instagram Facebook YouTube Youtube TikTok Tiktok Telegram
    Excel Android iOS Twitter Microsoft Canva Presiden Nasional Pemerintah Kementerian Bupati
    Wali Gubernur Kabupaten Kota Provinsi Pemkab Pemkot Pemprov Pemko Dinas Badan Desa Ini
    Itu Tersebut Yang Dan Di Ke Dari
""")
# "rombongan ... berjumlah 25" in any case. The first letter as a class lets the engine skip to
# the next "r" in a fast loop; with the whole pattern case-insensitive it tries every position.
_DIGIT = re.compile(r"\d")
_DELEGATION_ANYWHERE = re.compile(
    r"[Rr](?i:ombongan\s+(?:\w+\s+){0,4}?(?:berjumlah|sebanyak)\s+(\d{1,3}))")
_CANDIDATE_KEY = re.compile(r"\([A-Z]")
# A character that no _CANDIDATE_RE label (nor the space before its parenthesis) holds.
_NOT_IN_LABEL = re.compile(r"[^\w\s&-]")
# Adoption statuses, in priority order (a sentence with two statuses takes the first).
_STATUS_RE = re.compile(
    r"(?P<soft_launch>soft\s*launch(?:ing)?)|(?P<inaugurated>diresmikan|meresmikan|peresmian)|"
    r"(?P<launched>diluncurkan|meluncurkan|peluncuran|launching|me-launching)|"
    r"(?P<under_construction>(?:sedang|tengah|masih)\s+(?:\w+\s+)?(?:dibangun|membangun|"
    r"dalam\s+(?:tahap\s+)?pembangunan)|yang\s+(?:sedang|tengah)\s+dibangun|pembangunannya)|"
    r"(?P<planned>merancang\s+pembentukan|merencanakan|menargetkan|berencana\s+(?:membangun|"
    r"membentuk|menerapkan|menghadirkan|membuka|mengadopsi|mereplikasi|meniru|mengembangkan)|"
    r"akan\s+(?:segera\s+|mulai\s+)?(?:membangun|membentuk|memiliki|menerapkan|menghadirkan|"
    r"membuka|mengadopsi|mereplikasi|meniru|memakai|menggunakan)|"
    r"mempersiapkan\s+(?:pembentukan|pembangunan)|menyiapkan\s+(?:pembentukan|pembangunan)|"
    r"sedang\s+dalam\s+proses\s+mempersiapkan|tahap\s+persiapan)|"
    r"(?P<operating>(?:mulai|telah|sudah)\s+beroperasi|beroperasi\s+sejak)|"
    r"(?P<integrated>integrasi|terintegrasi|mengintegrasikan|diintegrasikan)",
    re.IGNORECASE,
)
_INTEGRATED_AFTER = re.compile(r"[\s)]*(?:yang\s+)?(?:(?:sudah|telah|kini|akan)\s+)?",
                               re.IGNORECASE)
_ANAPHORIC_PROGRAM = re.compile(r"^\W*(?:Mal|Mall|Gedung|Layanan|Aplikasi|Program|Inovasi)\b"
                                r"\s+(?:yang|ini|itu|tersebut)\b")


# --------------------------------------------------------------------------------------------
# Adapters to the gazetteer and the program scheme (their modules are owned elsewhere)


def _mention_fields(m: Any) -> tuple[int, int, str, list[str], str | None]:
    """Start, end, text, candidate codes and decided code of a gazetteer mention."""
    cands = getattr(m, "candidates", None) or []
    codes = [c if isinstance(c, str) else getattr(c, "code", str(c)) for c in cands]
    code = getattr(m, "code", None)
    if code is not None and not isinstance(code, str):
        code = getattr(code, "code", str(code))
    return m.start, m.end, m.text, codes, code


def _program_ref(program: Any) -> ProgramRef:
    alts = tuple(getattr(program, "alt_labels", ()) or ())
    return ProgramRef(str(program.iri), str(program.label), getattr(program, "notation", None),
                      alts)


# --------------------------------------------------------------------------------------------
# The extractor


@dataclass
class _Cue:
    kind: str  # strong | medium | weak | go | receive | passive | reversed
    start: int
    end: int
    text: str


@dataclass
class _Finding:
    """One sentence's reading of a visit: may lack a side, which context then supplies."""

    sid: int
    visitors: list[RegionRef]
    hosts: list[RegionRef]
    confidence: float
    strong: bool
    kind: str = "strong"


@dataclass
class _Doc:
    text: str
    sents: list[Span]
    regions: dict[int, list[RegionRef]]
    # Provinces whose own government or council received guests in a sentence of the story.
    received: frozenset[str] = frozenset()


_ORIGIN_BEFORE = re.compile(r"\b[Dd]ari\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*,?\s+"
                            r"(?:hadir|datang|turut|ikut|tampak|yaitu|yakni)\b[^,.]*$")
_LEGISLATIVE_TITLE = re.compile(r"\b(?:DPRD|[Kk]omisi|[Ff]raksi|[Pp]ansus|Banggar|Bapemperda"
                                r"|[Dd]ewan)\b")
# What may stand between two regions of one slot: "X dan Y", "X, Y", "X serta Kota Y".
_JOINED = re.compile(r"[\s,/]*(?:,?\s*(?:dan|serta|&|maupun|juga)\b)?[\s\w.()]{0,30}")
# (an official's title starts a new phrase: "Sepulang dari studi tiru ke Kabupaten Sragen,
# Bupati Kapuas, Nama, ..." names the learner's regent, not a second host)
_OWNER_TITLE = re.compile(r"\s+(?:Bupati|Wakil\s+Bupati|Wali\s?[Kk]ota|Wakil\s+Wali\s?[Kk]ota"
                          r"|Gubernur|Wakil\s+Gubernur|Sekda|Sekretaris\s+Daerah|Ketua|Kepala)\b")
_COMMA_ONLY = re.compile(r"\s*,\s*(?:(?:[Kk]ini|[Aa]khirnya|[Ss]ekarang)\s+)?(?:Pemerintah|Pemkab"
                         r"|Pemkot|Pemprov|Pemko|DPRD)?[\s\w]{0,12}")
_BACK_FROM = re.compile(r"\b(?:[Ss]epulang|[Uu]sai|[Ss]eusai|[Ss]elepas|[Ss]etelah|[Pp]ulang)\s+"
                        r"(?:dari\s+)?(?:melakukan\s+|melaksanakan\s+|mengikuti\s+)?$")
_SLOT_BREAK = re.compile(r"\b(?:ke|dari|di|oleh|untuk|yang|bupati|wali\s*kota|gubernur|sekda"
                         r"|sekretaris|ketua|kepala|wakil|camat|asisten)\b", re.IGNORECASE)
_SPLIT_NAME = re.compile(r"\s*\([A-Z]{2,6}\)\s+(?P<word>Timur|Barat|Utara|Selatan|Tengah|Raya|"
                         r"Laut|Darat|Ilir|Ulu|Hulu|Hilir)\b")
# Small tests of the direction rules, compiled once: a call to re.search() with a pattern's
# source looks the compiled pattern up in re's cache every time, which cost more than the
# search on these short strings.
_LIST_WORD = re.compile(r"\b(?:dan|serta|ke|dari|di)\b")
_CALLED_OFF_AFTER = re.compile(r"\W*(?:akan|batal|tidak)\b")
_YANG_BEFORE = re.compile(r"\byang\s+$")
_GOV_IN_GAP = re.compile(r"\b(?:pemerintah|pemkab|pemkot|dprd|rombongan|dinas|badan)\b", re.I)
# A government's own body before the region, whatever civil word its name holds ("Dinas
# Pemberdayaan Masyarakat dan Desa Kabupaten Purbalingga").
_GOV_IN_LEAD = re.compile(
    r"\b(?:pemerintah|pemkab|pemkot|pemprov|dprd|bupati|wali|rombongan|delegasi|dinas|badan"
    r"|kantor|sekretariat|setda|bappeda|inspektorat)\b", re.I)
# ("di" also with the region's own word between: "di Kabupaten Kaur")
_FROM_WORD = re.compile(r"\bdari\b", re.I)
_WE_AFTER = re.compile(r"\s+(?:kami|kita|saya)\b")
_LAST_STOP = re.compile(r"\s+(?:(?:itu|tersebut)\s+)?(?:ditutup|diakhiri|berakhir|dilanjutkan"
                        r"|berlanjut)\s+(?:di|ke)\s")
_COUNTED_IN = re.compile(r"\b(?:dua|tiga|empat|lima|enam|[2-9])\s+(?:kabupaten|kota|daerah"
                         r"|kabupaten/kota)\s+(?:di|se-?)\b[^.;]{0,45}$", re.IGNORECASE)
_ACCOMPANIED_BEFORE = re.compile(r"\bmendampingi\s+(?:kunjungan\s+(?:kerja\s+)?)?(?:[Gg]ubernur"
                                 r"|[Ww]akil\s+[Gg]ubernur|[Mm]enteri|[Pp]residen)\s+$")
_NICKNAMED = re.compile(r"\b(?:berjuluk|dijuluki|julukan)\s+$")
_PARTICIPANTS = re.compile(r"\b(?:[Pp]eserta|[Pp]elari|[Pp]engunjung|[Ww]isatawan)\b")
# A list item that opens a sentence, with the day of a schedule: "- Senin (3/2): Pemkab Bone".
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-\u2022*])\s+(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu"
                        r"|Minggu)\s*(?:\([^()\n]{1,12}\))?\s*:)?\s")
_QUOTE_CLOSED = re.compile(r"[\"\u201d]\s*,?\s*(?:ujar|kata|ucap|tutur|jelas|tegas|imbuh|ungkap"
                           r"|terang|sebut)")
_HEAD_ENTOURAGE = re.compile(r"\b[Rr]ombongan\s+(?:[Gg]ubernur|[Ww]akil\s+[Gg]ubernur|[Mm]enteri"
                             r"|[Ww]amen|[Pp]residen|[Ww]apres|[Kk]apolda|[Pp]angdam)\b")
_ATTEND_AFTER = re.compile(r"\b(?:untuk|guna)\s+(?:menghadiri|mengikuti|membuka|meresmikan"
                           r"|melantik|memimpin\s+rapat|menandatangani)\b")
_GOING_HOME = re.compile(r"\s+(?:pulang|kembali)\b")
_HOME_AFTER = re.compile(r"\buntuk\s+(?:kembali|pulang)\s+ke\b")
# "tidak melakukan studi banding ataupun kunjungan ke Denpasar": the negation reaches on.
_OR_BEFORE = re.compile(r"\b(?:ataupun|maupun|atau|apalagi)\s+$")
_AT_BUILDING = re.compile(r"\b[Dd]i\s+(?:[Gg]edung|[Kk]antor|[Aa]ula|[Bb]alai|[Rr]uang|[Pp]endop?a"
                          r"|[Kk]ompleks|[Pp]usat\s+[Pp]emerintahan|[Rr]umah\s+[Dd]inas"
                          r"|[Ss]ekretariat|[Gg]raha)\b[^,.;]{0,40}$")
_PREP_AT_END = re.compile(r"\b(?:(?P<prep>dari|ke|di)\s*|(?P<at>di)\s+(?:kabupaten|kota|provinsi"
                          r"|kab\.)\s*)$", re.I)
# "Studi banding ke Bali kami batalkan": called off after the fact is told.
_CANCELLED = re.compile(
    r"\b(?:batalkan|dibatalkan|membatalkan|ditunda|tunda|diurungkan|urungkan)\b", re.IGNORECASE)
# "laporan studi banding ke Badung ... yang ternyata tidak pernah dilaksanakan": a trip on paper.
_FICTITIOUS = re.compile(r"\bfiktif\b|\btidak\s+pernah\s+(?:dilaksanakan|dilakukan|terlaksana"
                         r"|berangkat|ada)\b", re.IGNORECASE)
# Learning over a video call is no visit.
_ONLINE = re.compile(
    r"\b(?:konferensi\s+video|video\s*conference|vicon|zoom\s+meeting|melalui\s+zoom"
    r"|secara\s+(?:daring|virtual|online)|via\s+zoom|lewat\s+zoom|pertemuan\s+virtual"
    r"|pertemuan\s+daring"
    # "Kami juga belajar dari Kabupaten Indragiri Hilir ..., tapi lewat diskusi di forum
    # provinsi saja": learned from afar, without a trip
    r"|(?:lewat|melalui|via)\s+(?:diskusi|forum|telepon|sambungan\s+telepon|grup\s+whatsapp"
    r"|whatsapp|webinar))\b", re.IGNORECASE)
# "layanan akta yang bisa diurus secara daring", "pendaftaran secara online": the service the
# guests came to learn about is online, not their meeting.
_ONLINE_SERVICE = re.compile(
    r"\b(?:diurus|mengurus|dilayani|melayani|diakses|mengakses|diajukan|mengajukan|didaftarkan"
    r"|mendaftar|dibayar|membayar|layanan|pelayanan|pendaftaran|perizinan|pembayaran|pengaduan"
    r"|permohonan|pengajuan|terintegrasi|tersedia|dikelola|dipantau|memantau)\b[^,.;]{0,25}$",
    re.IGNORECASE)
_HELD = re.compile(r"\b(?:dilaksanakan|dilakukan|digelar|diadakan|berlangsung|dihelat)\b", re.I)


_QUOTES = ';"”“'


# What a region is chosen as when it is chosen to learn from.
_LIST_MARK = re.compile(rf"\s*{LIST_MARK}\s*")
_MARK_CHARS = frozenset(LIST_BULLETS)
_AS_MODEL = re.compile(r"\bsebagai\s+(?:tempat|lokasi|tujuan|lokus|kiblat|rujukan|referensi"
                       r"|percontohan)\s+(?:belajar|studi|kunjungan|kaji|benchmarking|pembelajaran"
                       r"|menimba)", re.IGNORECASE)
# A visit only asked for or written about: "surat permohonan kunjungan", "proposal studi banding".
_REQUESTED = re.compile(r"\b(?:permohonan|proposal|surat|usulan|pengajuan)\s+(?:izin\s+)?$",
                        re.IGNORECASE)
_AFTER_STEP = re.compile(r"\b(?:setelah|usai|seusai|sesudah|selepas)\s+$", re.IGNORECASE)


def _logistics(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a stop to sleep or change planes (see _LOGISTICS);
    "Setelah bermalam di Medan, rombongan bergeser ke Kota Binjai" tells the night before."""
    return any(not _AFTER_STEP.search(text, max(start, m.start() - 12), m.start())
               for m in _LOGISTICS.finditer(text, start, end))


def _clause_start(text: str, start: int, end: int, marks: str = ',;"”“') -> int:
    """Where the clause that ends at ``end`` begins, looking back no further than ``start``:
    "Aduan Warga Itu Bukan Beban, Toraja Utara Belajar ..." negates nothing of the learning.

    ``marks`` end a clause; a comma may only set off an apposition ("30 warga Desa X,
    Kabupaten Y, melakukan ...")."""
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in marks))


def _only_in(title: Span, visit: Visit, sents: list[Span]) -> bool:
    """Whether every sentence of ``visit`` lies in the headline ``title``."""
    return all(title.start <= sents[i].start < title.end for i in visit.sentence_ids)


def _online_meeting(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says the learning took place online (see _ONLINE)."""
    for m in _ONLINE.finditer(text, start, end):
        if not _ONLINE_SERVICE.search(text, max(start, m.start() - 60), m.start()) \
                or _HELD.search(text, max(start, m.start() - 25), m.start()):
            return True
    return False
# What a trip told only in the headline may be instead of a learning visit, said in the lead.
_NOT_STUDY = re.compile(
    r"\b(?:rekreasi|liburan|piknik|tamasya|MTQ|musabaqah|kafilah|kontingen|porprov|porda|popda"
    r"|pekan\s+olahraga|turnamen|pertandingan|jambore|perkemahan|ziarah)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:sering|kerap|acap|puluhan|ratusan|belasan|setiap\s+tahun"
                       r"|tiap\s+tahun|setiap\s+bulan|rutin|banyak\s+didatangi|banyak\s+dikunjungi)\b",
                       re.IGNORECASE)
_OUTSIDE = re.compile(r"\s*luar\b", re.I)  # "ke luar daerah": anywhere, not hosts to come
_PARTY_FROM_AT_END = re.compile(r"\b(?:rombongan|delegasi|tim|tamu|pejabat|perwakilan|utusan)"
                                r"\s+(?:\w+\s+){0,2}?dari\s*$", re.I)
# "Setelah dari Balikpapan, rombongan melanjutkan kunjungan ke Berau": a region the delegation
# came from on an earlier stop of the same trip, not the learner.
_EARLIER_STOP = re.compile(r"\b(?:setelah|sesudah|usai|seusai|selepas|sepulang|sebelumnya)\s+"
                           r"(?:\w+\s+){0,2}?dari\s+(?:\w+\s+){0,2}?$", re.I)
# The guests a host spoke to: "berbagi pengalaman ... kepada rombongan X yang berkunjung".
_TOLD_TO_GUESTS = re.compile(r"\b(?:kepada|bagi|untuk)\s+(?:para\s+)?(?:rombongan|tamu|delegasi"
                             r"|tim)\b")
# "rombongan mendatangi Kabupaten Magelang ..., lalu melanjutkan perjalanan ke Kabupaten
# Bantul": the object of an earlier visit in the sentence is a stop, not who travels on.
_VISITED_BEFORE = re.compile(r"\b(?:mendatangi|mengunjungi|menyambangi|menyinggahi)\s+"
                             r"(?:(?:Pemerintah|Pemkab|Pemkot|Kabupaten|Kota|Provinsi)\s+){0,2}$")
# "berkunjung ke MPP Siola Kota Surabaya ..., lalu melanjutkan studi tiru ke ...": a place the
# delegation went to earlier in the sentence, behind a facility's name, is no subject.
_DESTINATION_BEFORE = re.compile(r"\b(?:ke|menuju)\s+(?:[A-Z][\w.'-]*\s+){1,4}$"
                                 # "berkunjung ke RSUD milik Pemerintah Kabupaten Sikka"
                                 r"|\b(?:ke|menuju)\s+(?:[A-Z][\w.'-]*\s+){1,3}milik\s+"
                                 r"(?:[A-Z][\w.'-]*\s+){0,2}$")
# "melanjutkan kunjungan ke Berau": the next stop of the trip told before, by the same delegation.
_NEXT_STOP = re.compile(r"\b(?:melanjutkan|meneruskan|lanjut)\s+(?:\w+\s+)?$", re.I)
_GOV_NEAR_SUBJECT = re.compile(r"\b(?:pemerintah|pemkab|pemkot|pemprov|pemko|pemda|dprd|bupati|"
                               r"wali|gubernur|sekda|rombongan|delegasi|dinas|badan|kantor"
                               r"|sekretariat|setda|bappeda|inspektorat)\b", re.I)
_OWNER_BREAK = re.compile(r"[,.;]|\b(?:ke|di|dari)\b")
_BUILT = re.compile(r"\b(?:dibangun|diresmikan|diluncurkan)\b", re.I)
# The opening of a sentence that introduces the guests a host received in the one before.
_GUESTS_OPENING = re.compile(
    r"\W*(?:(?:Kali\s+ini|Kedatangan|Mereka(?:\s+adalah|\s+merupakan)?|Yakni|Yaitu|Adalah|Tamu"
    r"(?:\s+tersebut)?(?:\s+adalah)?)\s+)?(?:para\s+)?(?:rombongan|delegasi|tamu|tim|jajaran)\b"
    r"(?:\s+(?:pertama|kesatu))?"
    # "Kali ini dari jauh, yakni Dinas Penanaman Modal dan PTSP Kabupaten Seram Bagian Timur"
    r"|\W*Kali\s+ini(?:\s+(?:datang\s+)?dari\s+jauh)?\s*,?(?:\s+(?:yakni|yaitu))?(?=\s+dari\s"
    r"|\s+[A-Z])",
    re.IGNORECASE)
# Between two groups of guests: "..., Kalimantan Selatan, dan rombongan kedua dari Pemkot Y".
# The words that name a region's government before its name.
_GOV_WORD = r"(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Pemda|DPRD|Kabupaten|Kota|Provinsi)"
_GUESTS_MORE = re.compile(
    r"(?:,\s*[A-Z][\w ]{2,30})?,?\s*(?:dan|serta|sedangkan|lalu)\s+(?:rombongan|delegasi|tamu|tim)"
    r"\s+(?:kedua|ketiga|keempat|berikutnya|lainnya|lain)\s+(?:berasal\s+)?(?:dari|asal)"
    rf"(?:\s+{_GOV_WORD})*\s+")
# Who the guests of a host told before were, a few sentences on: "Dua rombongan itu
# masing-masing berasal dari", "Tamu yang dimaksud adalah rombongan", "Pagi hari, yang datang
# adalah", "Mereka adalah anggota", "Siang harinya, giliran X yang datang".
_GUESTS_LATER = re.compile(
    r"\W*(?:[A-Z][\w ]{0,25},\s*)?(?:kali\s+ini\s*,?\s*)?(?:"
    r"(?:(?:dua|tiga|empat|kedua|ketiga|para|adapun)\s+)?(?:rombongan|tamu|delegasi|tim)"
    r"(?:\s+(?:pertama|kedua|ketiga|itu|tersebut|yang\s+dimaksud|sendiri|masing-masing))*"
    r"\s+(?:(?:adalah|merupakan|yakni|yaitu|ialah)(?:\s+(?:rombongan|delegasi|tim|anggota))?"
    r"|(?:berasal|datang)(?=\s+(?:dari|asal)\s))"
    r"|mereka\s+(?:adalah|merupakan|ialah)\s+(?:rombongan|delegasi|tim|anggota|jajaran)"
    r"|yang\s+datang\s+(?:adalah|ialah|yakni|yaitu)"
    r"|giliran(?=[^.]{0,120}\byang\s+(?:datang|bertandang|berkunjung|hadir)\b)"
    # "Keempat daerah itu adalah Kabupaten Ende, Kabupaten Sikka, ..."
    r"|(?:kedua|ketiga|keempat|kelima)\s+(?:daerah|kabupaten|kota|pemerintah\s+daerah)"
    r"(?:\s+(?:itu|tersebut))?\s+(?:adalah|yakni|yaitu|ialah)"
    # "Paparan tersebut ditujukan kepada rombongan Pemerintah Kabupaten X": whom the host's
    # talk was for.
    r"|(?:paparan|materi|penjelasan|presentasi)\s+(?:itu|tersebut)\s+(?:(?:ditujukan|disampaikan"
    r"|diberikan)\s+kepada|disimak(?:\s+\w+)?\s+oleh)\s+(?:para\s+)?(?:rombongan|tamu"
    r"|delegasi|tim|anggota))",
    re.IGNORECASE)
# "A, Kalimantan Selatan, dan Pemerintah Kabupaten B": the first one's province between two.
_AFTER_PROVINCE = re.compile(r",\s*[A-Z][\w ]{2,30},?\s*(?:dan|serta)\s+[\s\w.()]{0,30}")
_GUESTS_COUNTED = re.compile(
    r"\s+(?:dari|asal)\s+(?:\w+\s+){0,2}(?:kabupaten|kota|daerah|kabupaten/kota|provinsi)\b"
    r"[^.]{0,60}?\b(?:yakni|yaitu|antara\s+lain|masing-masing)\s*:?(?=\s)",
    re.IGNORECASE)
# What may stand between that opening and the guests' region: a unit or the government's name.
_GUESTS_GAP = re.compile(
    r"\s+(?:(?:(?:berasal|datang)\s+)?dari\s+|asal\s+)?(?:(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Pemda|DPRD|Kabupaten"
    r"|Kota|Provinsi|Kab\.|Prov\.|Sekretariat\s+Daerah|Setda|Dinas|Badan|Bappeda|Inspektorat"
    r"|[A-Z][A-Za-z]*|[IVX]{1,4})\s*(?:\([A-Za-z]+\)\s*)?(?:dan\s+(?=[A-Z]))?){0,9}")
# A government named as the object of a preposition: "berkoordinasi dengan Pemprov X".
_GOV_OBJECT = re.compile(rf"\b(?:dengan|ke|kepada|dari|oleh|bersama)\s+{_GOV_WORD}"
                         r"[\s()A-Za-z]{0,25}$")
# A delegation named with its government: "rombongan Pemerintah Kabupaten", "tim Pemkot".
_NAMED_DELEGATION = re.compile(r"\b(?:rombongan|delegasi|tim)\s+(?:Pemerintah\s+(?:Kabupaten|Kota"
                               r"|Provinsi)|Pemkab|Pemkot|Pemprov|Pemko|DPRD(?:\s+(?:Kabupaten"
                               r"|Kota|Provinsi))?)")
_GOV_LEAD = re.compile(rf"{_GOV_WORD}[\s()A-Za-z]{{0,25}}$")
# The speaker of a quote, named after it: '..." kata Fathorrahman.'
_SAID_BY = re.compile(r"[\"”]\s*,?\s*(?:kata|ujar|ungkap|tutur|jelas|tegas|imbuh)(?:nya)?\s+"
                      r"(?P<name>[A-Z][a-z]{2,})\b")
# The office a quote's speaker is named with, up to his region: "ujar Sekretaris Daerah
# Kabupaten Wonogiri, Nama", "kata Kepala Bappeda Kota Bima, Nama".
_SPEAKER_OFFICE = re.compile(r"(?:Bupati|Wakil\s+Bupati|Wali\s?[Kk]ota|Wakil\s+Wali\s?[Kk]ota"
                             r"|Gubernur|Wakil\s+Gubernur|Sekda|Sekretaris\s+Daerah|Asisten\s+\w+"
                             r"|Kepala\s+[\w ]{1,40}?|Ketua\s+[\w ]{1,30}?)\s+(?:(?:Pemerintah\s+)?"
                             r"(?:Kabupaten|Kota|Provinsi|Kab\.)\s+)?")
_WE_RECEIVED = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:\w+\s+){0,2}?(?:kedatangan|menerima"
                          r"|menyambut|dikunjungi|didatangi)\b")
_FIRST_PERSON = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\b")
# The speaker went there: "saya membawa tim ke", "kami berkunjung ke".
_WE_WENT = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:\w+\s+){0,3}?(?:(?:membawa|mengajak)"
                      r"\s+(?:tim|rombongan)|berkunjung|bertandang|datang|pergi)\s+ke\b")
# Learning told anywhere in a story, in any form: "Yang kami pelajari itu Dashat".
_LEARNED_ANYWHERE = re.compile(r"\b(?:belajar|(?:mem|di)?pelajari|mendalami|studi|study|kaji"
                               r"|(?:me)?nimba|timba|(?:me)?niru|tiru|mencontoh|benchmarking"
                               r"|kunjungan\s+kerja|kunker)\b", re.IGNORECASE)
# "Kami ke Kabupaten Enrekang hari Senin": a trip told without a verb (see _GO_VERBS).
_WE_WENT_BARE = re.compile(r"\b(?:[Kk]ami|[Kk]ita)\s+(?:(?:sudah|telah|juga|sempat|pernah|langsung"
                           r"|lalu|kemudian)\s+)?ke\s")
# An official named right after his office's region: "(DPMPTSP) Pringsewu, Dra. Sulastri
# Handayani" (up to the name looked for, which may be his second).
_NAME_AFTER_REGION = re.compile(r"\s*,\s*(?:[A-Z][a-z]{0,3}\.\s*)*(?:[A-Z][\w']*\s+){0,2}")
# A receiving official named by one name: "Fauzan menerima rombongan ...".
_NAME_RECEIVES = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})\s+(?:yang\s+)?(?:langsung\s+)?"
                            r"(?:menerima|menyambut)\b")
# A speaker's office before the region: "Bupati Pesisir Barat, Nama, ..." says "kami".
_HEAD_LEAD = re.compile(r"(?:Bupati|Wali\s?[Kk]ota|Gubernur|Sekda|Sekretaris\s+Daerah|Kepala\s+\w+"
                        r"(?:\s+\w+)?)\s+$")


def _beside(cue: _Cue, regs: list[RegionRef]) -> bool:
    """Whether a region of the sentence lies wholly before or after ``cue``.

    Every side :meth:`Extractor._read_cue` finds is one of these regions, so without one it
    finds nothing; its guard patterns need not run.
    """
    return any(r.end <= cue.start or r.start >= cue.end for r in regs)


def _case_forms(rx: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``rx`` (which ignores case) and its case-sensitive form for lower-cased text.

    Only for patterns whose letters are all written in lower case (see Extractor._view).
    """
    return rx, re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


_FUTURE_ = _case_forms(_FUTURE)
_BAN_ = _case_forms(_BAN)
_NEGATION_ = _case_forms(_NEGATION)
_MUTUAL_ = _case_forms(_MUTUAL)
_PREP_ = _case_forms(_PREP_RE)
_OBJECT_FRONTED_ = _case_forms(_OBJECT_FRONTED)
_CLAUSE_END_ = _case_forms(_CLAUSE_END)
_BLOCK_HOST_ = _case_forms(_BLOCK_HOST)
_CIVIL_AGENT_ = _case_forms(_CIVIL_AGENT)
_GOV_IN_GAP_ = _case_forms(_GOV_IN_GAP)
_SLOT_BREAK_ = _case_forms(_SLOT_BREAK)
_GOV_IN_LEAD_ = _case_forms(_GOV_IN_LEAD)
_PREP_AT_END_ = _case_forms(_PREP_AT_END)
_EARLIER_STOP_ = _case_forms(_EARLIER_STOP)
_NEXT_STOP_ = _case_forms(_NEXT_STOP)
_GOV_NEAR_SUBJECT_ = _case_forms(_GOV_NEAR_SUBJECT)
_ATTRIBUTION_ = _case_forms(_ATTRIBUTION)
_PAST_MARKER_ = _case_forms(_PAST_MARKER)
_RECOMMEND_ = _case_forms(_RECOMMEND)
_DELEGATION_ = _case_forms(_DELEGATION)
_STATUS_ = _case_forms(_STATUS_RE)
_FUTURE_TIME_ = _case_forms(_FUTURE_TIME)
_CONSULTATION_ = _case_forms(_CONSULTATION)
_LEARNING_WORD_ = _case_forms(_LEARNING_WORD)
# The cue pattern's one upper-case word, "ATM", in lower case for its case-sensitive form.
_CUE_ = (_CUE_RE, re.compile(_CUE_RE.pattern.replace("|ATM", "|atm"),
                             _CUE_RE.flags & ~re.IGNORECASE))
_CASE_FORMS = (_FUTURE_, _BAN_, _NEGATION_, _MUTUAL_, _PREP_, _OBJECT_FRONTED_, _CLAUSE_END_,
               _BLOCK_HOST_, _CIVIL_AGENT_, _GOV_IN_GAP_, _SLOT_BREAK_, _GOV_IN_LEAD_,
               _PREP_AT_END_, _EARLIER_STOP_, _NEXT_STOP_, _GOV_NEAR_SUBJECT_, _ATTRIBUTION_,
               _PAST_MARKER_, _RECOMMEND_, _DELEGATION_, _STATUS_, _FUTURE_TIME_, _CUE_,
               _CONSULTATION_, _LEARNING_WORD_)


class Extractor:
    """Visits and adoptions from articles, with the gazetteer and the program scheme loaded once.

    Parameters
    ----------
    gazetteer
        A :class:`graph.gazetteer.Gazetteer`; loaded on first use when ``None``.
    programs
        A :class:`graph.programs.ProgramScheme`; loaded on first use when ``None``.
    min_confidence
        Visits below this confidence are dropped.
    """

    def __init__(self, gazetteer: Any = None, programs: Any = None,
                 min_confidence: float = 0.5) -> None:
        if gazetteer is None:
            from graph.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        if programs is None:
            try:
                from graph.programs import load_programs

                programs = load_programs()
            except Exception:  # noqa: BLE001 - the program vocabulary is optional for visits
                programs = None
        self.gaz = gazetteer
        self.programs = programs
        # Top concepts ("Pelayanan publik", "Pertanian") are fields, not programs a region
        # copies; a visit names them only through their programs. A concept below one is a
        # program even when it groups others: "smart city", "desa digital", "pengelolaan
        # sampah" are what delegations say they came to learn.
        self._fields: set[str] = set()
        if programs is not None:
            for p in getattr(programs, "all", lambda: [])():
                if not getattr(p, "broader", None):
                    self._fields.add(str(p.iri))
        self.min_confidence = min_confidence
        self._all_refs: list[RegionRef] = []
        self._region_names: set[str] = set()  # the region names written in the article
        self._words_cache: list[tuple[int, str]] = []
        self._hints: _Hints = _Hints("")
        self._title: Span | None = None
        self._dateline: str | None = None
        self._view_of: str | None = None
        self._stories_of: str | None = None
        self._stories: dict[str, bool] = {}
        self._places_of: str | None = None
        self._places: frozenset[str] = frozenset()
        self._view_at: tuple[str, int] = ("", 0)
        # The reference of each program found so far: a program's fields do not change.
        self._refs: dict[Any, ProgramRef] = {}
        by_label = {r.label: r.code for r in gazetteer}
        self._seats = {by_label[city]: by_label[province]
                       for province, city in aliases.PROVINCE_SEATS.items()
                       if city in by_label and province in by_label}

    def _institution_places(self, text: str) -> frozenset[str]:
        """Codes of the regions ``text`` names only as where a visited non-government body
        stands, "ke Institut Teknologi Sepuluh Nopember (ITS) di Surabaya", or as its office's
        region, "Perwakilan BKKBN DIY"."""
        if self._places_of is not text:
            self._places_of = text
            self._places = frozenset(
                r.code for r in self._all_refs
                if _INSTITUTION_AT.search(text, max(0, r.start - 100), r.start))
        return self._places

    def _lead_story(self, text: str, pattern: re.Pattern[str]) -> bool:
        """Whether the headline or the lead of ``text`` (its first 800 characters) matches
        ``pattern`` and nothing in the article speaks of learning: "Pemkab Gowa Kirim Bantuan
        untuk Korban Banjir Luwu" over "memimpin rombongan ke Luwu" is a convoy of aid (_RELIEF),
        "Persebas Bertolak ke Lubuklinggau" over "laga tandang" an away game (_SOCIAL_EVENT).
        Answered once per article and pattern."""
        if self._stories_of is not text:
            self._stories_of = text
            self._stories = {}
        told = self._stories.get(pattern.pattern)
        if told is None:
            told = self._stories[pattern.pattern] = bool(
                pattern.search(text, 0, min(len(text), 800))) \
                and not _LEARNING_WORD.search(text) and not _TO_LEARN.search(text)
        return told

    def _view(self, text: str) -> tuple[str, int]:
        """The text the direction rules' case-blind patterns read, and which form to use.

        When every letter and digit of ``text`` is ASCII, no character matches a letter only
        when the case is ignored (no long s, Kelvin sign or dotted capital I), so the
        lower-cased text (same offsets) with the patterns' case-sensitive forms (index 1)
        finds what the text finds with the case-blind ones (index 0), which compare every
        character in both cases and cost up to twice as much.
        """
        if self._view_of is not text:
            self._view_of = text
            self._view_at = (split_words(text).low, 1) if ascii_alnum_only(text) else (text, 0)
        return self._view_at

    # ---- regions ----------------------------------------------------------------------------

    def _region(self, code: str) -> Any:
        try:
            return self.gaz.get(code)
        except Exception:  # noqa: BLE001 - an unknown code is simply not labelled
            return None

    def _label(self, code: str) -> str:
        r = self._region(code)
        return str(getattr(r, "label", code)) if r is not None else code

    def _province_of(self, code: str) -> str:
        return code.split(".")[0]

    def _regions(self, text: str) -> list[RegionRef]:
        """Resolve every gazetteer mention of ``text`` with the article as context."""
        mentions = self.gaz.find_mentions(text)
        if "juluk" in text:
            # "berkunjung ke kota berjuluk Serambi Mekkah itu": a nickname that points back to
            # the city just named (Padang Panjang), whichever region it names elsewhere (Aceh).
            mentions = [m for m in mentions if not (
                _NICKNAMED.search(text, max(0, m.start - 12), m.start)
                and text.startswith(" itu", m.end))]
        disambiguate = getattr(self.gaz, "disambiguate", None)
        if disambiguate is not None:
            mentions = disambiguate(mentions)
        raw = [_mention_fields(m) for m in mentions]
        # Named as a government ("Pemerintah Provinsi", "Pemprov", "DPRD Kota"), not only as a
        # place ("di Provinsi Lampung").
        governed = {m.start for m in mentions if not _PLACE_PREFIXES.issuperset(
            str(getattr(m, "prefix", "") or "").lower().replace(".", "").split())}
        decided: dict[str, str] = {}
        for _s, _e, t, _c, code in raw:
            if code:
                decided.setdefault(t.lower(), code)
        provinces_named = {code for *_x, code in raw if code and "." not in code}
        provinces_named |= {c for *_x, cands, code in raw if not code for c in cands if "." not in c
                            and len(cands) == 1}
        # Provinces of unambiguous regencies and cities also hint at bare ambiguous names.
        context_provinces = provinces_named | {self._province_of(code) for *_x, code in raw
                                               if code and "." in code}
        refs: list[RegionRef] = []
        brands: set[str] = set()  # "Pupuk" of "PT Pupuk Kalimantan Timur"
        for i, (s, e, t, cands, code) in enumerate(raw):
            before = text[max(0, s - 30):s]
            if _geo_before(before):
                continue
            company = _COMPANY_BEFORE.search(before) if "PT" in before else None
            if company is not None:
                # "PT Pupuk Kalimantan Timur (Pupuk Kaltim)", "PT Semen Padang": a company
                # named after a region, and so is its short name elsewhere in the story.
                brands.add(company.group("brand"))
                continue
            if brands and any(before.endswith(f"{b} ") for b in brands):
                continue
            ok = True
            tail = _SPLIT_NAME.match(text, e)
            if tail is not None:
                # "Ogan Komering Ulu (OKU) Timur": the abbreviation splits the region's name.
                try:
                    whole = self.gaz.resolve(f"{t} {tail.group('word')}")
                    if getattr(whole, "code", None) and whole.code != code:
                        code, cands, e = whole.code, [whole.code], tail.end()
                except Exception:  # noqa: BLE001 - no such longer name: keep the mention
                    pass
            if code is None:
                if len(cands) == 1:
                    code = cands[0]
                elif t.lower() in decided:
                    code, ok = decided[t.lower()], False
                else:
                    # A qualifier right after: "Malang, Jawa Timur" or "Bandung (Jabar)".
                    nxt = raw[i + 1] if i + 1 < len(raw) else None
                    hint = None
                    if nxt is not None and nxt[0] - e <= 12:
                        hint = nxt[4] or (nxt[3][0] if len(nxt[3]) == 1 else None)
                    pool = [c for c in cands if hint and self._province_of(c) == hint]
                    provinces = [c for c in cands if "." not in c]
                    if len(pool) != 1 and len(cands) == 2 and len(provinces) == 1 and any(
                            c and "." in c and c not in cands
                            and self._province_of(c) == provinces[0] for *_x, c in raw):
                        # "pejabat dari Jambi" in a story about Kabupaten Merangin: the
                        # province, not its capital of the same name, which the story
                        # never names as a city.
                        pool = provinces
                    if len(pool) != 1:
                        pool = [c for c in cands if self._province_of(c) in context_provinces
                                and "." in c]
                    if len(pool) != 1:
                        # Regencies and cities sharing a name: prefer neither without context.
                        continue
                    code, ok = pool[0], False
            unit_m = _UNIT_BEFORE.search(text, max(0, s - 80), s) if _UNIT_KEY_RE.search(
                text, max(0, s - 80), s) else None
            unit = None
            if unit_m is not None and unit_m.end() == s or (
                unit_m is not None and not text[unit_m.end():s].strip()
            ):
                unit = " ".join(unit_m.group("unit").split())
            refs.append(RegionRef(s, e, code, t, unit, ok, s in governed or unit is not None))
        refs = _with_model_villages(text, refs)
        self._all_refs = refs
        self._region_names = {t for _s, _e, t, _c, _code in raw}
        return self._drop_qualifiers(text, refs)

    @staticmethod
    def _headline_only_else(visit: Visit, article: Article, sents: list[Span]) -> bool:
        """Whether ``visit`` is told only in the headline, and the lead says the trip was
        something else: "Lewat Zoom, X Belajar ... dari Y" over "benchmarking secara virtual",
        "Kafilah X Tiba di Y" over an MTQ, "DWP X Kunjungi Kota Y" over "rekreasi bersama"."""
        title = article.title_span
        if title is None or not _only_in(title, visit, sents):
            return False
        body = [s for s in sents if s.start >= title.end][:3]
        text = article.clean
        return any(_online_meeting(text, s.start, s.end) or _NOT_STUDY.search(text, s.start, s.end)
                   for s in body)

    @staticmethod
    def _headline_only_planned(visit: Visit, article: Article, sents: list[Span],
                               reg_by_sent: dict[int, list[RegionRef]]) -> bool:
        """Whether ``visit`` is told only in the headline, and the lead tells the trip to its
        host as a plan: "Butur Anggarkan Studi Tiru ke Bantaeng" over "berencana mengirim tim
        ... ke Kabupaten Bantaeng", or as called off ("... ke Kabupaten Sumedang ... akhirnya
        dibatalkan")."""
        title = article.title_span
        if title is None or not _only_in(title, visit, sents):
            return False
        hosts = set(visit.host_codes)
        text = article.clean
        first = bisect.bisect_left([span.start for span in sents], title.end)
        for sid in range(first, min(first + 4, len(sents))):  # the lead
            span = sents[sid]
            for ref in reg_by_sent.get(sid, []):
                if ref.code in hosts and (_PLANNED.search(text, max(span.start, ref.start - 90),
                                                          ref.start)
                                          or _future_time(text, span)
                                          or _CANCELLED.search(text, ref.end, span.end)) \
                        and _LEARNING_WORD.search(text, span.start, span.end):
                    return True
        return False

    @staticmethod
    def _add_companions(visits: list[Visit], text: str, sents: list[Span],
                        reg_by_sent: dict[int, list[RegionRef]],
                        places: frozenset[str]) -> None:
        """Regions that came along with a delegation told before join it as learners.

        "Rombongan provinsi mengajak serta tiga kabupaten, yaitu Kabupaten A, B dan C", "Tiga
        daerah yang ikut serta adalah ...", "Rombongan juga diikuti perwakilan Kabupaten ...":
        each region listed after the words went on the trip, to every host of it. A region
        named only as where a visited agency stands (``places``) went nowhere.
        """
        for sid, regs in sorted(reg_by_sent.items()):
            span = sents[sid]
            low = text[span.start:span.end].lower()
            if not any(w in low for w in _HINT_WORDS["companions"]):
                continue  # the pattern runs only in the sentences that hold its words
            cue = _COMPANIONS.search(text, span.start, span.end)
            if cue is None or cue.group(0)[:7].lower() == "terdiri" and not _GUESTS_WORD.search(
                    text, span.start, cue.start()):
                # "Tual, yang terdiri dari gugusan pulau kecil ... mirip dengan ... Nias": what
                # a place consists of; a delegation's members follow "Rombongan ... terdiri".
                continue
            before = [v for v in visits if min(v.sentence_ids) <= sid]
            # Else the trip told after the lead that summed it up ("studi tiru ke DIY").
            lead = max(before, key=lambda v: min(v.sentence_ids)) if before else min(
                visits, key=lambda v: min(v.sentence_ids))
            party = set(lead.visitor_codes)
            trip = [v for v in visits if set(v.visitor_codes) == party]
            hosts = {c for v in trip for c in v.host_codes}
            # (not a place the trip went to: "ke dua daerah di Provinsi Jawa Timur, yakni ...")
            # (nor where the trip went: "memboyong perwakilan empat kabupaten, yakni ..., dalam
            # rangkaian studi tiru ... ke Daerah Istimewa Yogyakarta")
            joined = [r for r in regs if r.start >= cue.end() and r.code not in hosts
                      and r.code not in party and r.code not in places
                      and not _IN_PLACE.search(text, max(0, r.start - 15), r.start)
                      and not _TO_PLACE.search(text, max(0, r.start - 25), r.start)]
            if not joined:
                continue
            for v in trip:
                v.visitors.extend(joined)  # type: ignore[arg-type]
                v.sentence_ids.append(sid)

    def _drop_headline_words(self, text: str, title: Span,
                             refs: list[RegionRef]) -> list[RegionRef]:
        """Drop a bare region name that is also a word ("Puncak", "Batu") from a Title Case
        headline when the story never names that region: there every word has a capital."""
        inside = [r for r in refs if title.start <= r.start < title.end
                  and r.text in aliases.COMMON_WORDS]
        if not inside or not self._is_headline(text[title.start:title.end]):
            return refs
        drop = set()
        for r in inside:
            before = text[title.start:r.start].split()[-1:]
            if before and before[0].lower().strip(".,") in aliases.GOVERNMENT_WORDS:
                continue  # "Pemkab Batu", "Kota Padang": named as a region
            if not any(o.code == r.code and not title.start <= o.start < title.end
                       for o in refs):
                drop.add(r.start)
        return [r for r in refs if r.start not in drop] if drop else refs

    def _drop_qualifiers(self, text: str, refs: list[RegionRef]) -> list[RegionRef]:
        """Remove provinces qualifying a regency and repeated abbreviations ("(PPU)")."""
        out: list[RegionRef] = []
        for ref in refs:
            if out:
                prev = out[-1]
                gap = text[prev.end:ref.start]
                # (not across a line: a headline's region and the lead's are two mentions)
                close = len(gap) <= 14 and not _LIST_WORD.search(gap) and "\n" not in gap
                if close and ref.code == prev.code:
                    continue  # "Penajam Paser Utara (PPU)"
                if close and "." not in ref.code and prev.code.startswith(ref.code + "."):
                    continue  # "Kabupaten Balangan, Provinsi Kalimantan Selatan"
                if prev.governed and "." not in prev.code and ref.code.startswith(
                        prev.code + ".") and not ref.governed and gap == ", " \
                        and _PLACE_END.match(text, ref.end):
                    # "diterima di Kantor DPMPTSP Provinsi Jawa Timur, Surabaya.": the city
                    # where the province's office is, not a host of its own.
                    continue
                province = self._province_of(ref.code)
                if close and not ref.decided and "." in ref.code and gap.strip() == "," \
                        and "." in prev.code and prev.code != ref.code \
                        and self._province_of(prev.code) == province \
                        and ref.text.lower() == self._label(province).lower():
                    # "Kabupaten Tebo, Jambi,": the province both share a name with its
                    # capital, qualifying the regency before it.
                    continue
            out.append(ref)
        return out

    # ---- main --------------------------------------------------------------------------------

    def extract(self, article: Article) -> Extraction:
        """Find the visits and adoptions of ``article``."""
        text = article.clean
        sents = article.sentences
        starts = [s.start for s in sents]
        self._title = article.title_span
        self._dateline = article.dateline
        regions = self._regions(text)
        if article.title_span is not None:
            regions = self._drop_headline_words(text, article.title_span, regions)
        reg_by_sent: dict[int, list[RegionRef]] = {}
        for r in regions:
            sid = bisect.bisect_right(starts, r.start) - 1
            if sid >= 0:
                reg_by_sent.setdefault(sid, []).append(r)
        cues_by_sent: dict[int, list[_Cue]] = {}
        words = _interesting_words(text)
        self._words_cache = words
        self._hints = _Hints(split_words(text).low)
        hay, case = self._view(text)
        for m in _anchored(_CUE_[case], hay, words, _CUE_FIRST):
            kind = m.lastgroup or "weak"
            word = text[m.start():m.end()]  # as written: the lower-cased text may have matched
            if kind != "strong" and word.isupper() and len(word) > 4:
                continue  # "ATM" only in capitals as amati-tiru-modifikasi; shouted words skip
            sid = bisect.bisect_right(starts, m.start()) - 1
            if sid >= 0:
                cues_by_sent.setdefault(sid, []).append(_Cue(kind, m.start(), m.end(), word))

        findings: list[_Finding] = []
        for sid, cues in sorted(cues_by_sent.items()):
            findings.extend(self._read_sentence(text, sents[sid], sid, cues,
                                                reg_by_sent.get(sid, [])))
        received = frozenset(h.code for f in findings if f.kind in {"receive", "passive"}
                             for h in f.hosts if "." not in h.code and h.governed)
        visits = self._assemble(findings, _Doc(text, sents, reg_by_sent, received))
        visits = [v for v in visits if v.confidence >= self.min_confidence
                  and not self._signing_trip(v, text, sents)]
        if visits and "iktif" in text and _FICTITIOUS.search(text, 0, min(len(text), 800)):
            # "Kejari Tetapkan Dua Tersangka SPPD Fiktif, Kunker ke Makassar dan Gowa Ternyata
            # Tak Pernah Ada": trips claimed on paper, none made.
            visits = []
        visits = [v for v in visits if not self._headline_only_else(v, article, sents)
                  and not self._headline_only_planned(v, article, sents, reg_by_sent)]
        if visits and "companions" in self._hints:
            self._add_companions(visits, text, sents, reg_by_sent, self._institution_places(text))
        for v in visits:
            v.visitors = _without_places(v.visitors)  # type: ignore[arg-type,assignment]
            governed = frozenset(r.code for sid in v.sentence_ids
                                 for r in reg_by_sent.get(sid, []) if r.governed)
            v.hosts = _without_places(v.hosts, governed)  # type: ignore[arg-type,assignment]
            if "31" in v.host_codes and _CENTRAL_BODY.search(text):
                # "kunjungan kerja ke Jakarta dan Banten" in a story of a consultation at a
                # ministry: Jakarta is where the ministry is, Banten the host; with Jakarta
                # alone, the ministries were the trip (a visit to the province's own
                # government names it: "Pemprov DKI Jakarta").
                v.hosts = [h for h in v.hosts if not (  # type: ignore[assignment]
                    h.code == "31" and not getattr(h, "governed", True))]
        if visits and self._seats:
            self._seats_for_provinces(visits, text)
        for v in visits:
            # A government learns from no one by visiting itself: a region on both sides was
            # misread on one of them.
            if set(v.host_codes) & set(v.visitor_codes):
                v.hosts = [h for h in v.hosts  # type: ignore[assignment]
                           if h.code not in set(v.visitor_codes)]
        visits = _merged([v for v in visits if v.hosts])

        # Officials and dates matter only to the visits and adoptions found: an article
        # without any (most news) skips finding them.
        all_refs = self._all_refs
        officials = [o for o in find_officials(text, {r.start: r.end for r in all_refs})
                     if not self._headline_case(text, sents, starts, o.start)] if visits else []
        program_hits = self._programs(text)
        topics = _visit_topics(text, program_hits) if visits else []
        dates = self._dates(text, article) if visits or program_hits else []
        first_told = min((min(v.sentence_ids) for v in visits), default=0)
        told_in_passing = {id(v) for v in visits if self._in_passing(v, text, sents, first_told)
                           or any(set(w.visitor_codes) == set(v.host_codes) and set(
                               w.host_codes) == set(v.visitor_codes) and min(
                               w.sentence_ids) < min(v.sentence_ids) for w in visits)}
        main = [v for v in visits if id(v) not in told_in_passing]
        stops = self._program_stops(visits, topics, starts, text) if len(visits) > 1 else None
        recommenders = self._recommenders(text, sents) if visits else []
        for v in visits:
            passing = id(v) in told_in_passing
            others = {i for w in visits if w is not v for i in w.sentence_ids}
            self._date_visit(v, text, sents, dates, passing, others)
            self._officials_for(v, visits if passing else main, text, sents, [
                o for o in officials if any(
                sents[i].start <= o.start < sents[i].end for i in v.sentence_ids)]
                if passing else officials, all_refs)
            self._programs_for(v, stops, topics, text, sents, starts)
            v.recommended_by = list(recommenders)
            v.delegation_size = self._delegation(text, sents, v)
            v.evidence = [
                Evidence(" ".join(article.text[sents[i].start:sents[i].end].split()),
                         sents[i].start, sents[i].end, v.confidence)
                for i in sorted(set(v.sentence_ids))
            ]
            v.visitors = [self._party(r, regions) for r in v.visitors]  # type: ignore[arg-type]
            v.hosts = [self._party(r, regions) for r in v.hosts]  # type: ignore[arg-type]
        _share_delegation(main)
        adoptions = self._adoptions(article, text, sents, reg_by_sent, regions, program_hits, dates)
        return Extraction(article, visits, adoptions)

    # ---- sentences ---------------------------------------------------------------------------

    def _read_sentence(self, text: str, span: Span, sid: int, cues: list[_Cue],
                       regs: list[RegionRef]) -> list[_Finding]:
        """The best reading of one sentence (none when it states no visit), and a second
        trip's host the sentence tells by another cue: "setelah tim RSUD berkunjung ke RSUD
        milik Pemerintah Kabupaten Sikka ..., dan setelah Kepala Dinas Kesehatan SBD ...
        belajar ... ke Pemerintah Kota Kupang" (its learner comes from the context)."""
        best: _Finding | None = None
        readings: list[_Finding] = []
        for cue in cues:
            if not _beside(cue, regs):
                continue  # _read_cue reads both sides from these regions: nothing to read
            f = self._read_cue(text, span, sid, cue, regs)
            if f is None or not f.hosts and text.endswith("hasil ", 0, cue.start):
                # "Asidewi Samosir ... membagikan hasil studi tur kepada ...": the results of a
                # trip, told without where it went, say nothing of who went.
                continue
            if f.visitors and any(r.text in aliases.MODEL_VILLAGES for r in f.visitors):
                # "Selain Nglanggeran, DPMD juga ...": a village stands for where a trip went
                f.visitors = [r for r in f.visitors if r.text not in aliases.MODEL_VILLAGES]
                if not f.visitors and not f.hosts:
                    continue
            if f.kind in {"strong", "medium"} or cue.text.lower().split()[0] in _VISIT_VERBS:
                readings.append(f)  # (not a leg of travel: "melanjutkan perjalanan ke X")
            if best is None or (bool(f.visitors) and bool(f.hosts), f.confidence) > (
                    bool(best.visitors) and bool(best.hosts), best.confidence):
                best = f
        if best is None:
            return []
        hay, case = self._view(text)
        if _MUTUAL_[case].search(hay[span.start:span.end]):
            best.confidence -= 0.15
        told = {r.code for r in (*best.visitors, *best.hosts)}
        learners = {r.code for r in best.visitors}
        other = [f for f in readings if best.visitors and best.hosts and f.hosts
                 and {r.code for r in f.visitors} <= learners
                 and not told & {h.code for h in f.hosts}]
        return [best, *other[:1]]

    def _read_cue(self, text: str, span: Span, sid: int, cue: _Cue,
                  regs: list[RegionRef]) -> _Finding | None:
        hay, case = self._view(text)
        before = text[span.start:cue.start]
        # Plans, bans and cancellations are not visits that happened.
        clause_after = self._clause(text, cue.end, span.end)
        # Windows are searched in place (pos, endpos), never sliced: a slice starting inside
        # a word would give "\b" a false word start ("mengatAKAN" read as "akan").
        if _FUTURE_[case].search(hay, max(span.start, cue.start - 60), cue.start) \
                or "intent" in self._hints and (_INTENT_BEFORE.search(
                    text, max(span.start, cue.start - 45), cue.start) or _ADVISED.search(
                    text, max(span.start, cue.start - 60), cue.start)) \
                or _future_time(text, span):
            return None
        if "?" in text[cue.end:span.end]:
            return None  # "Kapan Kutim belajar ke Balikpapan?": a question reports no visit
        if _BAN_[case].search(hay[span.start:cue.start]) \
                or _NEGATION_[case].search(hay, _clause_start(text, max(span.start,
                                                                         cue.start - 30),
                                                           cue.start), cue.start) \
                or _OR_BEFORE.search(text, max(span.start, cue.start - 12), cue.start) \
                and _NEGATION_[case].search(hay, _clause_start(text, max(span.start,
                                                                         cue.start - 80),
                                                           cue.start), cue.start) \
                or _CALLED_OFF_AFTER.match(text[cue.end:cue.end + 12]) \
                or "cancel" in self._hints and (_CANCELLED.search(text, cue.end, clause_after)
                                                or _FICTITIOUS.search(text, span.start, span.end)) \
                or "online" in self._hints and _online_meeting(text, span.start, span.end):
            return None
        kind = cue.kind
        if kind in {"go", "weak"} and (text.endswith("yang ", 0, cue.start) and _ANY_COMER.search(
                text, max(span.start, cue.start - 30), cue.start) or "invited" in self._hints
                and _INVITED.match(text, cue.end, min(span.end, cue.end + 40))):
            # "tidak memungut biaya dari daerah yang datang": whoever comes; "yang datang
            # memenuhi undangan Pemkot": a guest at a ceremony
            return None
        if kind in {"medium", "weak"} and text.endswith("mendampingi ", 0, cue.start):
            return None  # "mendampingi kunjungan kerja Gubernur ...": someone else's visit
        if kind in {"go", "weak"} and _HEAD_ENTOURAGE.search(
                text, max(span.start, cue.start - 40), cue.start):
            return None  # "rombongan gubernur melanjutkan perjalanan ke Katingan": his tour
        if kind in {"go", "weak", "medium"} and _ATTEND_AFTER.search(
                text, cue.end, min(span.end, cue.end + 120)) and not _LEARNING_WORD.search(
                text, span.start, span.end):
            # "Wakil Bupati Kotim bertolak ke Palangka Raya untuk menghadiri Musrenbang ...":
            # a meeting or a ceremony elsewhere, not a trip to learn
            return None
        if kind == "go" and (_GOING_HOME.match(text, cue.end, span.end) or _HOME_AFTER.search(
                text, cue.end, min(span.end, cue.end + 60))):
            # "melanjutkan perjalanan pulang ke Sinjai melalui Makassar", "melanjutkan
            # perjalanan ke Surabaya untuk kembali ke NTT": the way home
            return None
        if _REQUESTED.search(text, max(span.start, cue.start - 25), cue.start):
            return None  # "surat permohonan kunjungan telah dikirim ke Pemkab Banyuwangi"
        if kind == "receive" and cue.text.lower().endswith("rumah") and _HOSTED_EVENT.match(
                text, cue.end, span.end) and not _LEARNING_WORD.search(
                text, cue.end, min(span.end, cue.end + 60)):
            return None  # "menjadi tuan rumah Rapat Koordinasi ...": a meeting, not guests
        if kind == "receive" and cue.text.lower().endswith("rumah") and _civil(
                case, hay[max(span.start, cue.start - 30):cue.start]):
            return None  # "warga menjadi tuan rumah di kampungnya sendiri": no government
        if kind == "go" and cue.text.lower() in _STOP_BY and not _TO_LEARN.search(
                text, cue.end, span.end):
            return None  # "singgah di Kabupaten Buru sebelum menyeberang": a port of transit
        if kind == "go" and cue.text.lower() in {"memilih", "menjadikan"} and not _AS_MODEL.search(
                text, cue.end, min(span.end, cue.end + 120)):
            return None  # chosen as something else than a place to learn
        if kind == "go" and cue.text.lower() == "menuju" and not _TO_LEARN.search(
                text, cue.end, span.end) and not _GUESTS_WORD.search(text, span.start, cue.start):
            # "Hari kedua, rombongan menuju Kabupaten Sleman": the next stop of a delegation;
            # "menuju Kabupaten Layak Anak", "perjalanan menuju Kota X" are none.
            return None
        if kind in {"weak", "go"} and _NEXT_STOP_[case].search(
                hay, max(span.start, cue.start - 30), cue.start):
            kind = "medium"  # the next stop of a trip already told, by the same delegation
        elif kind == "weak" and _LAST_STOP.match(text, cue.end, span.end):
            kind = "medium"  # "Kunjungan ditutup di Kota Tangerang Selatan": the last stop
        if kind in {"go", "weak", "medium"} and "logistics" in self._hints and (
                _logistics(text, span.start, span.end)
                or _RELIEF.search(text, span.start, span.end) or self._lead_story(text, _RELIEF)) \
                and not _LEARNING_WORD.search(text, span.start, span.end) \
                and not _TO_LEARN.search(text, span.start, span.end):
            return None  # a stop to sleep, change planes or bring aid, not to learn
        if kind in {"passive", "receive"} and "logistics" in self._hints \
                and self._lead_story(text, _RELIEF) \
                and not _LEARNING_WORD.search(text, span.start, span.end) \
                and not _TO_LEARN.search(text, span.start, span.end):
            return None  # "rombongan Sidrap disambut Sekda Luwu ... ke titik pengungsian": aid
        if kind != "strong" and "social" in self._hints and (
                _SOCIAL_EVENT.search(text, span.start, span.end)
                or self._lead_story(text, _SOCIAL_EVENT)) \
                and not _LEARNING_WORD.search(text, span.start, span.end + 200) \
                and not _TO_LEARN.search(text, span.start, span.end + 200):
            # (the next sentence may say why: "... bertandang ke Bagian Kesra Setda Balangan.
            # Tujuannya mempelajari ...", between two rounds of a contest)
            # "disambut tuan rumah ... beserta keluarga besar mempelai": a wedding; "bertolak
            # menuju Kota Lubuklinggau ... untuk menjalani laga tandang": a match, not learning
            return None
        if kind == "receive" and _BOOTH_BEFORE.search(text, max(span.start, cue.start - 40),
                                                       cue.start):
            return None  # "Stan Sintang juga sempat dikunjungi Wali Kota Pontianak": a fair
        if "passage" in self._hints:
            regs = [r for r in regs if not _PASSED_AT.search(text, max(span.start, r.start - 40),
                                                              r.start)
                    and not (_ARRIVED_AT.search(text, max(span.start, r.start - 30), r.start)
                             and _DAY_BEFORE.match(text, r.end, span.end))]
        before_regs = [r for r in regs if r.end <= cue.start]
        after_regs = [r for r in regs if r.start >= cue.end]
        visitors: list[RegionRef] = []
        hosts: list[RegionRef] = []
        conf = {"strong": 0.9, "medium": 0.8, "go": 0.75, "weak": 0.65, "receive": 0.85,
                "passive": 0.6, "reversed": 0.75}[kind]
        strong = kind in {"strong", "receive"}
        if cue.text[:1] in "mdMD" and _TRAVEL_ONLY.match(cue.text):
            # "melanjutkan perjalanan ke Kandangan untuk belajar ke Pemkab X": where the trip
            # went is weaker than whom it learned from, told in the same sentence.
            conf -= 0.05
        listed = _COLON_LIST.match(text, cue.end, span.end) if kind in {"go", "weak"} else None
        if listed is not None:
            # "giliran tiga kabupaten yang datang sekaligus: Katingan, Gunung Mas, dan Pulang
            # Pisau": the learners listed after the verb, at the host of the story.
            learners = self._slot(text, listed.end(), span.end, after_regs)
            if learners:
                return _Finding(sid, learners, [], conf - 0.05, strong, kind)
        if kind in {"strong", "medium", "weak", "go"}:
            word = cue.text.lower().split()[0]
            learning = word in _LEARNING_VERBS
            slot_start = cue.end
            clause = min(span.end, clause_after)
            if word not in _TRANSITIVE:
                prep = _PREP_[case].search(hay, cue.end, clause)
                if prep is None:
                    return self._fronted_or_subject_only(text, span, sid, cue, before_regs, conf,
                                                         strong, kind)
                between = text[cue.end:prep.start()]
                if len(between.split()) > 8 and not (kind in {"strong", "medium"} and len(
                        between.split()) <= 20 and _OWNER_TITLE.match(between)):
                    # (the visit noun's owner and companions, by their titles, may be long:
                    # "kunjungan kerja Wali Kota Kendari bersama Kepala Dinas ..., Nama, ke")
                    return None
                p_word = prep.group(0).lower()
                if word in {"memimpin", "membawa", "memboyong"}:
                    if p_word != "ke":
                        return None  # "memimpin delegasi Flotim, mengapresiasi undangan dari"
                    led = [r for r in after_regs if cue.end <= r.start and r.end <= prep.start()]
                    if led:
                        hosts = self._slot(text, prep.end(), min(span.end, clause), after_regs)
                        hosts = [h for h in hosts if h.code not in {r.code for r in led}]
                        return _Finding(sid, led, hosts, conf, strong, kind) if hosts else None
                if p_word == "dari" and word == "berangkat":
                    return None  # "berangkat bersama dari Kota Palu": where they set off
                if p_word == "dari" and _PART_OF.search(text, max(span.start, prep.start() - 20),
                                                         prep.start()):
                    return None  # "Kunjungan ini merupakan bagian dari monitoring ...": no origin
                if p_word == "dari" and not learning:
                    # "datang dari X", "rombongan studi tiru dari X": X is where the learners
                    # come from; the host is a later "ke/di" or the subject (host headline).
                    visitors = self._slot(text, prep.end(), clause, after_regs)
                    if not visitors or len(visitors) > 1 and _ORIGIN_RANGE.search(
                            text, visitors[0].end, visitors[-1].start):
                        # "tamu yang datang dari Medan hingga Pekanbaru": where visitors
                        # come from in general, not a delegation.
                        return None
                    nxt = _PREP_[case].search(hay, visitors[-1].end, span.end)
                    if nxt is not None and nxt.group(0).lower() in {"ke", "di"}:
                        hosts = self._slot(text, nxt.end(), span.end, after_regs)
                    elif word not in {"datang", "berkunjung", "bertandang", "terbang",
                                      "bertolak"}:
                        hosts = self._subject(text, span, cue, before_regs)
                    if not hosts:
                        hosts = self._way_of(text, visitors[-1].end, span.end, after_regs)
                    hosts = [h for h in hosts if h.code not in {v.code for v in visitors}]
                    return _Finding(sid, visitors, hosts, conf - 0.05, strong, kind)
                if p_word in {"dengan", "pada"} and not learning:
                    if kind == "go" and not any(prep.end() <= r.start < clause
                                                for r in after_regs):
                        # "giliran Pemkab Bone Bolango yang datang dengan agenda berbeda": how
                        # they came, not whom they met; the host is the story's.
                        return self._fronted_or_subject_only(text, span, sid, cue, before_regs,
                                                             conf, strong, kind)
                    return None
                if p_word == "ke" and _HERE.match(text, prep.end()):
                    # "Tahun lalu Kabupaten Boalemo dan Lombok Utara juga belajar ke sini": a
                    # host's own words; the host is the one the story is about.
                    visitors = self._subject(text, span, cue, before_regs)
                    if not visitors or _FIRST_PERSON.search(text, visitors[-1].end, cue.start):
                        # '"Kotim sudah jauh lebih maju ..., jadi kami pilih belajar ke sini,"
                        # ucap Yohanes': the speaker learns, not the region he praises
                        return None
                    return _Finding(sid, visitors, [], conf - 0.05, strong, kind)
                slot_start = prep.end()
            hosts = self._slot(text, slot_start, clause, after_regs)
            if not hosts and learning:
                hosts = self._way_of(text, cue.start, clause, after_regs)
            if not hosts and word in _STUDY_VERBS:
                # "mempelajari penerapan SPBE di Kabupaten Sumedang": the host after the thing
                # studied.
                at = _PREP_[case].search(hay, cue.end, clause)
                if at is not None and at.group(0).lower() == "di" \
                        and len(text[cue.end:at.start()].split()) <= 8 \
                        and not _BEST_IN.search(text, cue.end, at.end()):
                    hosts = self._slot(text, at.end(), clause, after_regs)
            if not hosts:
                if slot_start > cue.end and kind in {"strong", "medium"} \
                        and not _OUTSIDE.match(text, slot_start):
                    # "studi banding ke dua kabupaten tetangga": the hosts come later, each in
                    # its own sentence; the delegation is known now.
                    return self._fronted_or_subject_only(text, span, sid, cue, before_regs, conf,
                                                         strong, kind)
                return None
            fr = _OBJECT_FRONTED_[case].search(hay[hosts[-1].end:span.end])
            if fr is not None and not before_regs:
                visitors = self._slot(text, hosts[-1].end + fr.end(), span.end, after_regs)
            if not visitors:
                visitors = self._subject(text, span, cue, before_regs)
            if not visitors and len(hosts) > 1 and _BACK_FROM.search(
                    text, span.start, cue.start) and _COMMA_ONLY.fullmatch(
                    text, hosts[-2].end, hosts[-1].start):
                # "Setelah belajar ke Kota Surabaya, Pemerintah Kota Kendari meluncurkan ...":
                # the comma closes the clause of the trip; the next region is its subject.
                visitors, hosts = hosts[-1:], hosts[:-1]
            if not visitors and _BACK_FROM.search(text, span.start, cue.start):
                # "Sepulang dari studi tiru ke Kabupaten Sragen, Bupati Kapuas, Nama, ...":
                # the clause about the trip comes first, its subject after the comma.
                comma = text.find(",", hosts[-1].end, span.end)
                if comma >= 0:
                    visitors = self._slot(text, comma + 1, span.end, after_regs, gap_words=3)
            if not visitors and slot_start > cue.end and cue.kind in {"strong", "medium", "weak"}:
                # "Kunjungan kerja Bupati Tabalong ke Sragen": the event noun's owner, named
                # between the noun and its preposition, is the delegation.
                visitors = [r for r in after_regs
                            if r.end <= slot_start and r.start < hosts[0].start]
        elif kind == "receive" and _YANG_BEFORE.search(before[-8:]) and cue.text.lower() in {
                "dikunjungi", "disambangi", "didatangi", "diserbu"}:
            # "Dua daerah yang didatangi adalah Kota X dan Kabupaten Y": X and Y are hosts.
            hosts = self._slot(text, cue.end, span.end, after_regs, gap_words=14)
            if not hosts and before_regs and text[before_regs[-1].end:cue.start].strip() == "yang":
                # "Selasa (20/5), giliran Kabupaten Purwakarta yang didatangi": the one visited.
                hosts = before_regs[-1:]
            if not hosts:
                return None
        elif kind == "receive" and (_BECAME.match(cue.text) or cue.text.lower() in {
                "dikunjungi", "disambangi", "didatangi"}) and _LISTED_AFTER.match(text, cue.end):
            # "ada tiga daerah yang menjadi sasaran, yakni Kabupaten Banyuwangi, ...", "Dua tuan
            # rumah disambangi, yakni Pemprov Jateng dan Pemkot Semarang": the regions listed
            # are the destinations, not guests.
            listed = _LISTED_AFTER.match(text, cue.end)
            assert listed is not None
            hosts = self._slot(text, listed.end(), span.end, after_regs, gap_words=14)
            if not hosts:
                return None
        elif kind == "receive" and not before_regs and text.startswith(",", cue.end) \
                and cue.text.lower() in {"dikunjungi", "disambangi", "didatangi", "diserbu"}:
            # "Lagi-lagi Didatangi, Sumedang Bagikan Resep ...": a headline's fronted predicate;
            # the region after the comma is its subject, the one visited.
            hosts = self._slot(text, cue.end + 1, span.end, after_regs, gap_words=3)
            if not hosts:
                return None
        elif kind == "receive":
            if cue.text.lower().startswith("kedatangan") and not before_regs \
                    and not _BARE_HOST_HEAD.search(text, span.start, cue.start):
                return None
            if _BUSY_BEFORE.search(text, max(span.start, cue.start - 25), cue.start) \
                    and not _OTHER_REGIONS.match(text, cue.end, span.end):
                # "MPP yang paling ramai dikunjungi di Jawa Timur": busy, no guests ("kerap
                # didatangi daerah lain" has guests, named in the sentences after)
                return None
            hosts = self._subject(text, span, cue, before_regs)
            if not hosts and cue.text[:1] in "mM" and cue.text.lower().startswith("menarik"):
                return None  # "Model hemat inilah yang menarik perhatian Kota Tegal": whose?
            dateline_code = self._dateline_region(self._dateline) if not hosts and (
                "setempat" in text[span.start:cue.start].lower()
                or _BARE_HOST_HEAD.search(text, span.start, cue.start)) else None
            if dateline_code is not None:
                # "BANYUWANGI – Dinas Kominfo setempat menerima kunjungan ...": the dateline's;
                # so are a bare "Bupati" and "Pendopo Kabupaten" in a digest of the regent's
                # week ("Pukul 15.30 WIB, Bupati menerima kunjungan kerja Komisi II ...").
                hosts = [RegionRef(cue.start, cue.start, dateline_code, "setempat",
                                   None, True, True)]
            # "..., yang menerima rombongan, menjelaskan bahwa aduan dari Kota Batu ...": the
            # guests are named before what the host went on to say.
            said = _SAID_AFTER.search(text, cue.end, span.end)
            # (nor after the quote the cue stands in closes: '"... sudah lama jadi rujukan,"
            # ujar Sekretaris Daerah Kabupaten Boyolali' names the speaker, not guests)
            quote = _QUOTE_CLOSED.search(text, cue.end, span.end)
            visitors = [r for r in after_regs if r.start < min(
                said.start() if said else span.end, quote.start() if quote else span.end)]
            visitors = self._slot(text, cue.end, span.end, visitors, gap_words=14)
            while visitors:
                # "kedatangan tiga rombongan: Senin dari Kabupaten A, Rabu dari Kota B, dan
                # Jumat dari Kabupaten C": each day's delegation of the list.
                more_at = _NEXT_FROM.match(text, visitors[-1].end, span.end)
                more = self._slot(text, more_at.end(), span.end, after_regs) \
                    if more_at is not None else []
                if not more:
                    break
                visitors = [*visitors, *more]
        elif kind == "reversed":
            hosts = self._subject(text, span, cue, before_regs)
            prep = _PREP_[case].search(hay, cue.end, span.end)
            if prep is None:
                return None
            visitors = self._slot(text, prep.end(), span.end, after_regs)
        elif kind == "passive":
            if _GIVEN_THING.search(text, max(span.start, cue.start - 80), cue.start):
                return None  # "penghargaan ... juga diterima Kabupaten X": an award, not guests
            hosts = self._slot(text, cue.end, min(span.end, self._clause(text, cue.end, span.end)),
                               after_regs, gap_words=10)
            if not hosts:
                return None
            visitors = self._subject(text, span, cue, before_regs)
        if kind == "go" and hosts \
                and not _LEARNING_WORD_[case].search(hay, span.start, span.end) \
                and all(h.code in self._institution_places(text) for h in hosts):
            # "studi banding ke Institut Teknologi Sepuluh Nopember (ITS) di Surabaya ...
            # Mereka tiba di Surabaya": the city where the campus stands, reached.
            return None
        lead_end = min(len(text), max(span.end, 800))
        if hosts and visitors and "consultation" in self._hints \
                and _CONSULTATION_[case].search(hay, 0, lead_end) \
                and not _LEARNING_WORD_[case].search(hay, 0, lead_end) and any(
                ("." not in v.code or "." not in h.code)
                and self._province_of(v.code) == self._province_of(h.code)
                for v in visitors for h in hosts):
            return None  # a regency consulting its own province, or a province its regency
        if hosts and visitors and "assessment" in self._hints \
                and _ASSESSMENT.search(text, 0, lead_end) \
                and not _LEARNING_WORD_[case].search(hay, 0, lead_end) and all(
                ("." in v.code) != ("." in h.code)
                and self._province_of(v.code) == self._province_of(h.code)
                for v in visitors for h in hosts):
            return None  # "Tim penilai Provinsi Jatim ... disambut Wakil Bupati Ngawi": judging
        shared = {h.code for h in hosts} & {v.code for v in visitors}
        if shared and len({v.code for v in visitors}) > len(shared):
            # "Badung, Bali (ANTARA) - Pemkab Banyuwangi studi tiru ke Kabupaten Badung": the
            # host after "ke" is surer than a place read among the subjects.
            visitors = [v for v in visitors if v.code not in shared]
        if hosts and visitors and kind in {"go", "weak"} \
                and {h.code for h in hosts} <= {v.code for v in visitors}:
            # "Di Gedung DPRD Jawa Timur, tim ini diterima ..., kemudian berlanjut ke Dinas
            # Sosial Provinsi Jawa Timur": a move inside the host, no learner named.
            return None
        hosts = [h for h in hosts if h.code not in {v.code for v in visitors}]
        if not hosts and not visitors:
            return None
        if hosts and not visitors and kind != "receive" \
                and _civil(case, hay[span.start:cue.start]) and not any(
                    r.governed for r in before_regs):
            # "Usai panen, rombongan menteri melanjutkan perjalanan ke Kabupaten Jember": the
            # traveller is named, and is no regional government; the story's own delegation
            # is not the one going.
            return None
        return _Finding(sid, visitors, hosts, conf, strong, kind)

    def _fronted_or_subject_only(self, text: str, span: Span, sid: int, cue: _Cue,
                                 before_regs: list[RegionRef], conf: float,
                                 strong: bool, kind: str) -> _Finding | None:
        """A cue without a host slot: only the visitor side is known (if any)."""
        if cue.kind not in {"strong", "medium"} and cue.text.lower() not in {
                "datang", "tiba", "berkunjung", "bertandang"}:
            return None
        chosen = _CHOSEN_AS.search(text, max(span.start, cue.start - 120), cue.start)
        if chosen is not None and cue.kind == "strong":
            # "Kota Metro dipilih Pemerintah Kabupaten Lampung Timur sebagai lokasi studi
            # banding": the one chosen is the host, the one who chose learns.
            hosts = [r for r in before_regs if r.end <= chosen.start()]
            learners = [r for r in before_regs if chosen.start("agent") <= r.start
                        and r.end <= chosen.end("agent")]
            if hosts and learners:
                return _Finding(sid, learners[:1], hosts[-1:], conf - 0.05, strong, kind)
        visitors = self._subject(text, span, cue, before_regs)
        if not visitors:
            return None
        told_to = _TOLD_TO_GUESTS.search(text, span.start, cue.start)
        if told_to is not None and len(visitors) > 1:
            # "Wali Kota Pontianak ... berbagi pengalaman ... kepada rombongan Pemerintah Kota
            # Palangka Raya, Kalimantan Tengah, yang berkunjung": the guests are the ones the
            # host spoke to; the official the sentence opens with is the host.
            guests = [r for r in visitors if r.start >= told_to.end()]
            hosts = [r for r in visitors if r.end <= told_to.start()
                     and r.code not in {g.code for g in guests}]
            if guests and hosts:
                return _Finding(sid, guests[:1], hosts[:1], conf - 0.1, strong, kind)
        return _Finding(sid, visitors, [], conf - 0.1, strong, kind)

    def _clause(self, text: str, start: int, end: int) -> int:
        hay, case = self._view(text)
        m = _CLAUSE_END_[case].search(hay, start, end)
        while m is not None and hay[m.start()] == "." and _ABBREVIATED.search(
                hay, max(0, m.start() - 5), m.start()):
            # "ke Kab. Wakatobi", "Prov.", "H.", "Dr.": an abbreviation's stop ends no clause.
            m = _CLAUSE_END_[case].search(hay, m.end(), end)
        return m.start() if m else end

    def _slot(self, text: str, start: int, end: int, regs: Sequence[RegionRef],
              gap_words: int = 7) -> list[RegionRef]:
        """Regions filling the slot that starts at ``start``: the first, and those joined to it."""
        hay, case = self._view(text)
        out: list[RegionRef] = []
        pos = start
        for r in regs:
            if r.start < start or r.start >= end:
                continue
            gap = text[pos:r.start]
            either = hay[pos:r.start]  # the gap in the case the patterns below are for
            if not out:
                if len(gap.split()) > gap_words or _BLOCK_HOST_[case].search(either) \
                        and not _GOV_OWNED.search(gap) \
                        or "contrast" in self._hints and _CONTRAST.search(gap) \
                        or _BEST_IN.search(gap):
                    # "..., sedangkan DPRD Tapanuli Utara mempelajari ...": a new clause; "unit
                    # yang dinilai paling efisien di Jawa Barat": a ranking, not a place gone to
                    break
                if _civil(case, either) and not _GOV_IN_GAP_[case].search(either):
                    break
            else:
                if not _JOINED.fullmatch(gap) or _SLOT_BREAK_[case].search(either) \
                        or len(gap.split()) > 4 or "contrast" in self._hints \
                        and _CONTRAST.search(gap):
                    break
                after = r.end + len(text[r.end:r.end + 3]) - len(text[r.end:r.end + 3].lstrip())
                if after > r.end and _CUE_[case].match(hay, after):
                    break  # "ke Surabaya dan Pemkab Banyumas Belajar ke Bantul": a new subject
            out.append(r)
            pos = r.end
        return out

    def _subject(self, text: str, span: Span, cue: _Cue,
                 before_regs: list[RegionRef]) -> list[RegionRef]:
        """Regions in subject position before the cue (not hidden behind a civilian agent)."""
        hay, case = self._view(text)
        out: list[RegionRef] = []
        # "Seusai rakor yang dipimpin Gubernur Kalteng ..., Darwis bersama Kepala DLH Kabupaten
        # Kapuas ... berkunjung ke ...": a fronted time clause names no subject when one follows.
        fronted = _FRONTED_TIME.match(text, span.start, cue.start)
        fronted_end = fronted.end() if fronted is not None and any(
            r.start >= fronted.end() for r in before_regs) and not _CUE_[case].search(
            hay, span.start, fronted.end()) else -1
        for r in before_regs:
            if r.end <= fronted_end:
                continue
            lead = hay[max(span.start, r.start - 40):r.start]
            # A quoted remark before the subject is not the subject: '"Aduan Warga Itu Bukan
            # Beban", Toraja Utara Belajar ...'.
            own = hay[_clause_start(text, max(span.start, r.start - 40), r.start, _QUOTES):
                      r.start]
            # (A region with a body of its own before it, "Dinas Pemberdayaan Masyarakat dan
            # Desa (DPMD) Kabupaten X", is named as a government, whatever civil word the
            # body's long name holds.)
            if r.unit is None and _civil(case, own) and not _GOV_IN_LEAD_[case].search(lead):
                continue
            at = _PREP_AT_END_[case].search(lead)
            prep = (at.group("prep") or at.group("at")).lower() if at is not None else None
            if at is not None and at.group("at") and _FROM_WORD.search(lead):
                prep = None  # "dari sejumlah desa di Kabupaten Sigi": whose people, not where
            if prep is not None and (out or prep == "ke" or (
                    prep == "dari" and not _PARTY_FROM_AT_END.search(lead)) or (
                    prep == "di" and (r is not before_regs[-1]
                                      or text.startswith(",", r.end)
                                      # '"Di Magelang kami belajar ...": where "we" learned
                                      or _WE_AFTER.match(text, r.end)))):
                # "Sementara itu di Solo, Komisi D ... menyambangi ...": a place set off by a
                # comma before the subject.
                # ... "Dua Hari di Jawa Timur, Pemkab X Kaji Tiru ke ...": where, not who.
                # "perjalanan ke Kandangan untuk belajar", "Dari Gianyar kami belajar ...":
                # where, not who ("rombongan dari Paringin" is who).
                continue
            if _PLACE_OF_ARRIVAL.search(text, max(span.start, r.start - 60), r.start):
                continue  # "Setelah mendarat di Bandara El Tari, Kota Kupang, rombongan ..."
            if _WEATHER_OF.search(text, max(span.start, r.start - 25), r.start):
                continue  # "Udara sejuk Kota Bandung menyambut rombongan ...": the city's air
            if _ACCOMPANIED_BEFORE.search(text, max(span.start, r.start - 45), r.start):
                continue  # "mendampingi kunjungan kerja Gubernur Kalteng ... hingga menerima"
            if _BECOMES_HOST.match(text, r.end, cue.start) or _JOINED_BODY.match(
                    text, r.end, cue.start) or _IN_JOINED_BODY.search(
                    text, max(span.start, r.start - 80), r.start):
                continue
            if text.startswith(",", r.end) and _AT_BUILDING.search(
                    text, max(span.start, r.start - 50), r.start):
                continue  # "Di Gedung DPRD Jawa Timur, tim ini diterima ...": where, not who
            if _EARLIER_STOP_[case].search(lead) or _DESTINATION_BEFORE.search(
                    text, max(span.start, r.start - 40), r.start) or _VISITED_BEFORE.search(
                    text, max(span.start, r.start - 40), r.start):
                continue
            out.append(r)
        # A province that contains another subject region is its qualifier or its superior.
        codes = {r.code for r in out}
        # "Pemerintah Provinsi Jambi bersama Pemerintah Kabupaten Muaro Jambi": a province named
        # as a government travels with its regency.
        out = [r for r in out if r.governed or not (
            "." not in r.code and any(c.startswith(r.code + ".") for c in codes))]
        if out and _civil(case, hay[_clause_start(text, span.start, cue.start, _QUOTES):
                                    cue.start]) and not any(
                _GOV_NEAR_SUBJECT_[case].search(hay, max(span.start, r.start - 40), r.end)
                for r in out):
            return []
        # Keep one subject group: the regions joined together closest to the cue.
        unique: list[RegionRef] = []
        for r in out:
            if r.code not in {u.code for u in unique}:
                unique.append(r)
        return unique

    # ---- assembling visits ---------------------------------------------------------------------

    def _assemble(self, findings: list[_Finding], doc: _Doc) -> list[Visit]:
        """Join sentence findings into visits; fill a missing side from the context."""
        visits: list[Visit] = []
        by_key: dict[tuple[frozenset[str], frozenset[str]], Visit] = {}

        def add(vs: list[RegionRef], hs: list[RegionRef], f: _Finding, conf: float
                ) -> Visit | None:
            """The visit the reading joined (new or merged), or None when a side is empty."""
            vcodes = [r.code for r in vs]
            hcodes = [r.code for r in hs if r.code not in vcodes]
            hs = [r for r in hs if r.code in hcodes]
            if not vs or not hs:
                return None
            key = (frozenset(vcodes), frozenset(hcodes))
            visit = by_key.get(key)
            if visit is None:
                # A finding that repeats a known visit with one side extended merges into it.
                for other in visits:
                    ov, oh = set(other.visitor_codes), set(other.host_codes)
                    if (set(vcodes) == ov and set(hcodes) <= oh) or (
                            set(hcodes) == oh and set(vcodes) <= ov):
                        visit = other
                        break
            if visit is None:
                visit = Visit(visitors=list(vs), hosts=list(hs))  # type: ignore[arg-type]
                visits.append(visit)
                by_key[key] = visit
            visit.sentence_ids.append(f.sid)
            visit.confidence = max(visit.confidence, conf)
            visit.strong = visit.strong or f.strong
            return visit

        def add_guests(guests: list[RegionRef], f: _Finding) -> None:
            # "Dua rombongan ... Rombongan pertama dari A, sedangkan rombongan kedua dari B":
            # each group its own visit.
            hcodes = {h.code for h in f.hosts}
            if all(any(g.code in v.visitor_codes and hcodes <= set(v.host_codes)
                       for v in visits) for g in guests):
                return  # every guest is known at this host already (a list told twice)
            starts = [s.start for s in doc.sents]
            told = max(f.sid + 1, bisect.bisect_right(starts, guests[0].start) - 1)
            both = [doc.sents[f.sid], doc.sents[told]]
            split = any(_GROUPS.search(doc.text, s.start, s.end) for s in both)
            # (guests named in sentences of their own, as the items of a list, came apart)
            split = split or len(guests) > 1 and len(
                {bisect.bisect_right(starts, g.start) for g in guests}) == len(guests)
            for group in ([[g] for g in guests] if split else [guests]):
                joined = add(group, f.hosts, f, f.confidence - 0.1)
                if joined is not None:
                    # each item of a list with its own sentence (and its own day)
                    joined.sentence_ids.append(max(
                        f.sid + 1, bisect.bisect_right(starts, group[0].start) - 1)
                        if split else told)

        complete = [f for f in findings if f.visitors and f.hosts]
        for f in complete:
            vcodes = {v.code for v in f.visitors}
            own = [h for h in f.hosts if "." not in h.code
                   and any(c.startswith(h.code + ".") for c in vcodes)]
            if own and len(own) < len(f.hosts):
                # "ke DPRD Kota Pontianak dan Komisi Informasi Provinsi Kalimantan Barat": the
                # visitor's own province among other hosts is a call on its superior, not a
                # model; the other hosts stay.
                f.hosts = [h for h in f.hosts if h not in own]
            if all("." not in v.code for v in f.visitors) and any(
                    _COUNTED_IN.search(doc.text, max(doc.sents[f.sid].start, v.start - 60),
                                       v.start) for v in f.visitors):
                # "pejabat dari empat kabupaten di Pulau Flores, Nusa Tenggara Timur ...
                # Keempat daerah itu adalah Kabupaten Ende, ...": the regencies named after.
                named = [g for g in self._guests_later(f, doc, set()) if any(
                    g.code.startswith(v.code + ".") for v in f.visitors)]
                if named:
                    f.visitors = named
            if not self._plausible(f.visitors, f.hosts, f.strong):
                continue
            span = doc.sents[f.sid]
            if len(f.hosts) > 1 and (self._is_headline(doc.text[span.start:span.end])
                                     or _PLACES_COUNTED.search(doc.text, span.start, span.end)):
                # "Pemkot X Sambangi A dan B": a headline sums up the stops of a trip that the
                # body tells one by one, each on its own day; one visit per host lets each
                # take its own date (a body sentence naming both hosts still makes one visit).
                for h in f.hosts:
                    add(f.visitors, [h], f, f.confidence)
            elif len(f.visitors) > 1 and _GROUPS.search(doc.text, span.start, span.end):
                # "Terima Dua Rombongan dari Sumsel dan Halmahera Utara": two delegations,
                # each a visit of its own.
                for v in f.visitors:
                    add([v], f.hosts, f, f.confidence)
            else:
                add(f.visitors, f.hosts, f, f.confidence)
        visits[:] = self._drop_coarse(visits, doc)
        by_key = {(frozenset(v.visitor_codes), frozenset(v.host_codes)): v for v in visits}
        for f in findings:
            if f.visitors and f.hosts:
                continue
            # The nearest visit before (else after) this sentence gives the missing side.
            ctx = self._context(visits, f.sid)
            guests = self._guests_next(f, doc) if f.hosts else []
            if f.hosts and not guests and not f.visitors:
                here = {h.code for h in f.hosts}
                # (A sentence whose only "learner" is this host itself, "Pemkab Sragen
                # mencatat empat rombongan ... datang untuk studi tiru", tells no other story.)
                guests = self._guests_later(f, doc, {
                    g.sid for g in findings if g.sid != f.sid and (
                        g.visitors and not ({v.code for v in g.visitors} <= here and not g.hosts)
                        or g.hosts and {h.code for h in g.hosts} != here)})
            if ctx is not None and guests and not {g.code for g in guests} <= set(
                    ctx.visitor_codes) and self._plausible(guests, f.hosts, f.strong):
                # "MPP Kendari kembali kedatangan tamu. Kali ini dari Kabupaten Seram Bagian
                # Timur": new guests of a host already told, not the last visit again.
                add_guests(guests, f)
                continue
            if ctx is None:
                told = self._delegation_told(findings, f) if f.hosts and not guests else None
                if told is None and f.hosts and not guests and f.kind in {"passive", "receive"}:
                    told = self._delegation_before(findings, f, doc)
                if told is None and f.hosts and not guests and f.kind == "receive" \
                        and _BARE_WELCOME.search(doc.text, doc.sents[f.sid].start,
                                                 doc.sents[f.sid].end):
                    # "Mereka adalah rombongan Pemkab Probolinggo yang datang untuk
                    # mempelajari ... Kepala Diskominfo Kota Malang, yang menerima rombongan,
                    # menjelaskan ...": the one delegation the story told, at the host who
                    # received "the delegation".
                    earlier = [g for g in findings if g.sid < f.sid and g.visitors and not g.hosts]
                    if len({frozenset(v.code for v in g.visitors) for g in earlier}) == 1:
                        told = earlier[-1]
                if guests and self._plausible(guests, f.hosts, f.strong):
                    add_guests(guests, f)
                elif told is not None and self._plausible(told.visitors, f.hosts, True):
                    # "DPMPTSP HSU melakukan studi banding ke dua kabupaten tetangga. ... Pada
                    # Senin, rombongan mendatangi MPP Barabai dan diterima Kepala DPMPTSP HST":
                    # the delegation the story opened with, at each host it names.
                    joined = add(told.visitors, f.hosts, f,
                                 min(f.confidence, told.confidence) - 0.1)
                    if joined is not None:
                        joined.sentence_ids.append(told.sid)
                elif f.hosts and (f.kind in {"strong", "medium"} or f.kind == "go"
                                  and (_TO_LEARN.search(doc.text, doc.sents[f.sid].start,
                                                        doc.sents[f.sid].end)
                                       or _WE_LEARNED.search(doc.text, doc.sents[f.sid].start,
                                                             doc.sents[f.sid].end)
                                       # '"... saya membawa tim ke Surabaya. ...," kata Aswin'
                                       or _WE_WENT.search(doc.text, doc.sents[f.sid].start,
                                                          doc.sents[f.sid].end)
                                       and self._speaker_region(f, doc) is not None
                                       or self._bare_trip(f, doc))):
                    # "Salah satu langkahnya adalah kunjungan kerja ke Kota X", "rombongan
                    # dinas itu menyambangi X untuk mempelajari ...": the learner is the
                    # government the paragraph is about. '"Kemarin kami belajar ke Kota
                    # Tangerang," ...': the speaker's, told a few sentences before.
                    we = f.kind == "go" and (_WE_LEARNED.search(
                        doc.text, doc.sents[f.sid].start, doc.sents[f.sid].end) is not None
                        or self._bare_trip(f, doc))
                    subject = self._speaker_region(f, doc) \
                        or self._protagonist(f.sid, doc, back=4 if we else 2, speaker=we,
                                             skip=frozenset(h.code for h in f.hosts)) \
                        or self._lead_delegation(f.sid, doc) \
                        or (self._lead_subject(f, doc) if f.kind in {"strong", "medium"}
                            or we else None)
                    if we and subject is not None and not self._plausible(
                            [subject], f.hosts, f.strong):
                        # "Bupati Tanah Datar ... baru saja kembali dari Pulau Dewata. Kami
                        # mewawancarainya ...": the interview's guest, not the island he left.
                        subject = self._lead_subject(f, doc)
                    if subject is None and we:
                        # '"... kami belajar bagaimana Pemkab Kulon Progo ...," kata Syamsul'
                        # in a story datelined where the speaker governs: the dateline's region.
                        code = self._dateline_region(self._dateline)
                        at = doc.sents[f.sid].start
                        subject = RegionRef(at, at, code, self._dateline or "", None, False,
                                            True) if code is not None else None
                    if subject is not None and self._plausible([subject], f.hosts, f.strong):
                        add([subject], f.hosts, f, f.confidence - 0.2)
                elif f.visitors and not f.hosts and f.confidence >= 0.65:
                    # "Pemkot Semarang menerima dua rombongan studi tiru pekan ini. ...
                    # Rombongan pertama datang dari Pemerintah Kota Salatiga": guests of the
                    # host told a few sentences before.
                    host = next((g for g in reversed(findings) if g.hosts and not g.visitors
                                 and g.kind == "receive" and 0 < f.sid - g.sid <= 4), None)
                    if host is None:
                        # "Pemkab Sumedang lagi-lagi kedatangan tamu ...", the program told
                        # for paragraphs, then "Paparan itu disimak oleh anggota Komisi IV
                        # DPRD Lombok Timur, yang hari itu datang ...": no other host between.
                        before = [g for g in findings if g.hosts and 0 < f.sid - g.sid <= 10]
                        if before and not before[-1].visitors and before[-1].kind == "receive":
                            host = before[-1]
                    if host is not None and self._plausible(f.visitors, host.hosts, f.strong):
                        add(f.visitors, host.hosts, f, f.confidence - 0.15)
                    elif host is None and f.kind == "go" and all(
                            v.governed for v in f.visitors) and _CAME_TO_LEARN.search(
                            doc.text, doc.sents[f.sid].start, doc.sents[f.sid].end):
                        # "WONOSOBO – ... Rombongan Pemerintah Kabupaten Lebong ... datang
                        # untuk belajar tata kelola desa wisata": came here, to the dateline's.
                        code = self._dateline_region(self._dateline)
                        at = doc.sents[f.sid].start
                        place = RegionRef(at, at, code, self._dateline or "", None, False,
                                          True) if code is not None else None
                        if place is not None and place.code not in {v.code for v in f.visitors} \
                                and self._plausible(f.visitors, [place], f.strong):
                            add(f.visitors, [place], f, f.confidence - 0.1)
                    elif host is None and f.kind == "receive":
                        # "Tapping box milik Pemkot Makassar kembali menjadi rujukan. Kali
                        # ini, sistem tersebut dipelajari oleh tim Bapenda Maros": the host
                        # is the government the sentences before are about.
                        owner = self._protagonist(f.sid, doc, back=2) \
                            or self._official_host(f, doc) or self._hosting_speaker(f, doc)
                        if owner is not None and owner.code not in {
                                v.code for v in f.visitors} and self._plausible(
                                f.visitors, [owner], f.strong):
                            add(f.visitors, [owner], f, f.confidence - 0.2)
                continue
            if f.hosts and not f.visitors:
                speaker = self._speaker_region(f, doc)
                if speaker is not None and speaker.code not in ctx.visitor_codes \
                        and self._plausible([speaker], f.hosts, f.strong):
                    # '"Sekarang giliran kami yang belajar ke Surabaya," kata Fathorrahman':
                    # the speaker's region learned, not the delegation told just before.
                    add([speaker], f.hosts, f, f.confidence - 0.2)
                    continue
                same = set(r.code for r in f.hosts) & set(ctx.host_codes)
                if same:
                    if f.kind not in {"go", "weak"} or f.kind == "go" and _GUESTS_WORD.search(
                            doc.text, doc.sents[f.sid].start, f.hosts[0].start):
                        # "Sehari kemudian, tim melanjutkan perjalanan ke Yogyakarta": the
                        # delegation going to the host is the visit's own sentence (and day).
                        ctx.sentence_ids.append(f.sid)
                    continue
                span = doc.sents[f.sid]
                if (f.confidence >= 0.7 and f.kind not in {"weak"} or f.kind == "passive"
                        and _GUESTS_WORD.search(doc.text, span.start, f.hosts[0].start)) \
                        and not self._habitual(f, doc) \
                        and self._plausible(ctx.visitors, f.hosts, f.strong):
                    # "Pada Selasa, rombongan diterima di Kantor DPMPTSP Provinsi Jawa Timur":
                    # the delegation the story is about, received at another host.
                    add(ctx.visitors, f.hosts, f,  # type: ignore[arg-type]
                        max(f.confidence, 0.7) - 0.15)
            elif f.visitors and not f.hosts:
                if set(r.code for r in f.visitors) & set(ctx.visitor_codes):
                    if f.kind not in {"go", "weak"}:
                        ctx.sentence_ids.append(f.sid)
                    others = [r for r in f.visitors
                              if r.code not in ctx.visitor_codes and r.code not in ctx.host_codes]
                    if others and f.confidence >= 0.65 and self._plausible(
                            others, ctx.hosts, f.strong):
                        # "Setelah Pemkab Maluku Tengah berkunjung pada Februari lalu, kini
                        # giliran Buru Selatan yang datang": another learner at the same host.
                        add(others, ctx.hosts, f, f.confidence - 0.15)  # type: ignore[arg-type]
                elif f.confidence >= 0.65 and self._plausible(f.visitors, ctx.hosts, f.strong) \
                        and not _PARTICIPANTS.search(doc.text, doc.sents[f.sid].start,
                                                     f.visitors[0].start):
                    # "Rombongan kedua datang dari X": another learner at the same host (not
                    # "Selain warga lokal, peserta datang dari Kabupaten A, B ...": an event's).
                    add(f.visitors, ctx.hosts, f, f.confidence - 0.15)  # type: ignore[arg-type]
        for one in visits:
            # "Kedua rombongan disambut Bupati Siak": a sentence of both groups at one host is
            # each group's visit's (its people and programs).
            for sid in one.sentence_ids:
                if _BOTH_GROUPS.search(doc.text, doc.sents[sid].start, doc.sents[sid].end):
                    for w in visits:
                        if w is not one and set(w.host_codes) == set(one.host_codes) \
                                and sid not in w.sentence_ids:
                            w.sentence_ids.append(sid)
        self._roundup_guests(findings, doc, add)
        return self._drop_reversed(self._drop_coarse(visits, doc))

    def _roundup_guests(self, findings: list[_Finding], doc: _Doc,
                        add: Callable[[list[RegionRef], list[RegionRef], _Finding, float],
                                      Visit | None]) -> None:
        """The delegations a host's roundup names one by one, with a verb of their own or
        none: "Empat Daerah Bergantian Studi Tiru ke Gowa ... Kamis, 3 Oktober 2024, rombongan
        Dinas Kesehatan Kabupaten Mamuju ... mengawali rangkaian ... dihabiskan rombongan
        Pemkab Morowali Utara ... untuk menelusuri GESIT". Only in a story whose first
        sentences count the guests ("empat pemerintah daerah", "tiga rombongan") and whose
        every host is one region."""
        hosted = [f for f in findings if f.hosts and not f.visitors]
        hosts = {h.code for f in findings for h in f.hosts}
        if not hosted or len(hosts) != 1 or not any(
                _GUESTS_COUNTED_AT_START.search(doc.text, doc.sents[i].start, doc.sents[i].end)
                for i in range(min(4, len(doc.sents)))):
            return
        host = hosted[0].hosts[:1]
        for sid in range(len(doc.sents)):
            span = doc.sents[sid]
            m = _NAMED_GUESTS.search(doc.text, span.start, span.end)
            if m is None:
                continue
            # (the body's words may have run into the region's name: "Dinas Kesehatan Mamuju")
            guest = next((r for r in doc.regions.get(sid, []) if m.start() < r.start <= m.end()),
                         None)
            if guest is None or guest.code in hosts or not self._plausible([guest], host, True):
                continue
            add([guest], host, _Finding(sid, [guest], host, 0.6, True, "receive"), 0.6)

    def _drop_reversed(self, visits: list[Visit]) -> list[Visit]:
        """Of two readings with opposite directions between the same regions keep the surer.

        In a story of a return visit ("kunjungan balasan") both directions stand when each is
        told in sentences of its own: "Setahun setelah rombongan Siak belajar ke Badung, kini
        Badung melakukan kunjungan balasan".
        """
        out: list[Visit] = []
        returned = "return" in self._hints
        for v in visits:
            rivals = [w for w in visits if w is not v and set(w.visitor_codes) == set(
                v.host_codes) and set(w.host_codes) == set(v.visitor_codes)
                and not (returned and not set(w.sentence_ids) & set(v.sentence_ids))]
            if any((w.confidence, len(w.sentence_ids)) > (v.confidence, len(v.sentence_ids))
                   or ((w.confidence, len(w.sentence_ids)) == (v.confidence, len(v.sentence_ids))
                       and min(w.sentence_ids) < min(v.sentence_ids)) for w in rivals):
                continue
            out.append(v)
        return out

    def _drop_coarse(self, visits: list[Visit], doc: _Doc | None = None) -> list[Visit]:
        """Drop a visit that only restates another at province level.

        "Dua rombongan dari Sumatera Selatan" (16 -> 32.11) next to "OKU Timur -> Sumedang";
        "studi banding di Kalimantan Selatan" next to the two regencies visited there.
        """
        out: list[Visit] = []
        for v in visits:
            coarse = False
            # "diterima Pemerintah Provinsi Sumatera Barat ... Pada hari kedua, Pemerintah Kota
            # Padang": a province's own government as host is a stop of its own, not a summary
            # of its regencies' ("studi banding di Kalimantan Selatan").
            # A province's legislature or government that received guests anywhere in the
            # story is such a stop too ("diterima di Gedung DPRD DIY" under a headline "ke
            # DIY dan Sleman").
            own_stop = doc is not None and all(any(
                r.code == h.code and r.governed for sid in v.sentence_ids
                for r in doc.regions.get(sid, [])) or h.code in doc.received
                for h in v.hosts)
            for w in visits:
                if w is v:
                    continue
                if own_stop and set(v.visitor_codes) == set(w.visitor_codes):
                    continue
                if self._within(v.visitor_codes, w.visitor_codes) and self._within(
                        v.host_codes, w.host_codes) and (set(v.visitor_codes) != set(
                            w.visitor_codes) or set(v.host_codes) != set(w.host_codes)):
                    # A summary sentence ("two groups from Sumatera Selatan") supports no
                    # single visit: its evidence and dates stay out.
                    coarse = True
                    break
            if not coarse and len(v.hosts) > 1 and doc is not None:
                # "kunjungan kerja ke Jawa Barat dan Jakarta" over stops at Kota Bandung and
                # Purwakarta: the province only sums up the stops told one by one.
                # (A province told as a government in any sentence of these learners' trip,
                # "diterima di Gedung DPRD DIY", is a stop of its own.)
                told = {r.code for w in visits if set(w.visitor_codes) == set(v.visitor_codes)
                        for sid in w.sentence_ids for r in doc.regions.get(sid, []) if r.governed}
                summed = {h.code for h in v.hosts if "." not in h.code and h.code not in told
                          and any(w is not v and set(w.visitor_codes) == set(v.visitor_codes)
                                  and any(c.startswith(h.code + ".") for c in w.host_codes)
                                  for w in visits)}
                if summed and len(summed) < len(v.hosts):
                    v.hosts = [h for h in v.hosts if h.code not in summed]  # type: ignore
            if not coarse:
                out.append(v)
        return out

    def _way_of(self, text: str, start: int, end: int, after_regs: list[RegionRef]
                ) -> list[RegionRef]:
        """The host in "belajar cara Banyumas membangun ...", "mempelajari bagaimana Sumedang
        menata ...": the region whose way is learned, right after the learning verb."""
        m = _WAY_OF.search(text, start, end)
        if m is None:
            return []
        return self._slot(text, m.end(), end, after_regs)

    def _dateline_region(self, dateline: str | None) -> str | None:
        """The one region a dateline names ("BANYUWANGI", "Tenggarong"), or None.

        Read only where a sentence needs it: scanning the dateline replaces the article's
        words that :func:`graph.gazetteer.split_words` keeps, which the next scan of the
        article would split again.
        """
        if not dateline:
            return None
        found = self.gaz.find_mentions(dateline.title())
        codes = {m.code for m in found if m.code is not None}
        # ("SUNGAI RAYA, Kubu Raya": a capital town and its regency name one region)
        return next(iter(codes)) if len(codes) == 1 and all(
            m.code is not None for m in found) else None

    def _seats_for_provinces(self, visits: list[Visit], text: str) -> None:
        """A province's seat stands for the province where another visit has it as host.

        "Pemprov Kaltim menerima rombongan Pemprov Kaltara ... Sebelumnya, Pemerintah Provinsi
        Sulawesi Barat juga melakukan studi tiru SAKIP ke Samarinda": a province's government
        learning at the seat of the province the story is about learned from that province,
        not from the city's own government.
        """
        hosts = {h.code for v in visits for h in v.hosts}
        # A city the story names as a city anywhere ("Balai Kota Bandung", "Sekretaris Daerah
        # Kota Bandung") is its own government there too.
        as_city = {r.code for r in self._all_refs if r.code in self._seats and (
            r.governed or _SEAT_OWN_WORD.search(text, max(0, r.start - 12), r.start))}
        hosts -= as_city
        # "Rombongan dari Pangkalpinang yang terdiri atas pejabat Diskominfo Provinsi Babel":
        # a bare seat among the learners is the province the story names as a government.
        governed = {r.code for r in self._all_refs if "." not in r.code and r.governed}
        for v in visits:
            seen: set[str] = set()
            learners = []
            for p in v.visitors:
                if self._seats.get(p.code) in governed and p.code not in as_city \
                        and not getattr(p, "governed", True) \
                        and not _SEAT_OWN_WORD.search(getattr(p, "text", "Kota")):
                    p = replace(p, code=self._seats[p.code])
                if p.code not in seen:
                    seen.add(p.code)
                    learners.append(p)
            v.visitors = learners
            provinces = hosts
            if any("." in p.code for p in v.visitors):
                # A regency learning at a bare seat learned from the province only where the
                # story has the same learners at the province: "BPKAD PPU bertandang ke
                # Pemerintah Provinsi Jawa Timur ... Kunjungan kerja ke Surabaya itu ...".
                provinces = {h.code for w in visits if set(w.visitor_codes) == set(
                    v.visitor_codes) for h in w.hosts if "." not in h.code}
                if not provinces:
                    continue
            # Only the bare name: "Pemkot Surabaya", "Kota Samarinda" name the city's own.
            models = [replace(h, code=self._seats[h.code])
                      if self._seats.get(h.code) in provinces - {h.code}
                      and h.code not in as_city
                      and not getattr(h, "governed", True)
                      and not _SEAT_OWN_WORD.search(getattr(h, "text", "Kota")) else h
                      for h in v.hosts]
            v.hosts = [h for i, h in enumerate(models)
                       if h.code not in {m.code for m in models[:i]}]

    def _signing_trip(self, visit: Visit, text: str, sents: list[Span]) -> bool:
        """Whether ``visit`` is a trip to sign an agreement, not to learn.

        "Gowa dan Makassar menandatangani nota kesepahaman ... Rombongan Pemkab Gowa ... tiba
        dan disambut Wali Kota Makassar", "menyambut kedatangan Wali Kota Bengkulu ... menjadi
        tuan rumah penandatanganan nota kesepahaman": the story is about the signing and no
        sentence of the visit speaks of learning. A study visit that also signs an agreement
        says "studi" or "belajar" in its own sentences.
        """
        if "agreement" not in self._hints:
            return False
        lead = sorted({0, 1, 2, *visit.sentence_ids})
        if not any(_AGREEMENT.search(text, sents[i].start, sents[i].end)
                   for i in lead if i < len(sents)):
            return False
        return not any(_LEARNING_WORD.search(text, sents[i].start, sents[i].end)
                       for i in visit.sentence_ids)

    @staticmethod
    def _habitual(f: _Finding, doc: _Doc) -> bool:
        """Whether a host-only sentence tells of guests in general, not of one visit.

        "Kota Banjarbaru, Kabupaten Sleman dan Kota Denpasar juga cukup sering menerima tamu":
        several hosts, or guests who come often, are no visit of the delegation told before.
        """
        span = doc.sents[f.sid]
        return len(f.hosts) >= 3 or _HABITUAL.search(doc.text, span.start, span.end) is not None

    @staticmethod
    def _delegation_told(findings: list[_Finding], f: _Finding) -> _Finding | None:
        """The study trip told before ``f`` without a host: a strong or medium cue whose only
        side is the visitor ("X melakukan studi banding ke dua kabupaten tetangga")."""
        before = [g for g in findings if g.sid < f.sid and g.visitors and not g.hosts
                  and g.kind in {"strong", "medium"}]
        return before[-1] if before else None

    @staticmethod
    def _delegation_before(findings: list[_Finding], f: _Finding, doc: _Doc) -> _Finding | None:
        """The delegation of the sentence just before a welcome that has it as subject.

        "Rombongan Pemkab Sumbawa Barat ... mempelajari program Smart Kampung. Mereka diterima
        Sekda Banyuwangi ...": the learners were told without their host, the host is told in
        the welcome that follows.
        """
        span = doc.sents[f.sid]
        if not _GUESTS_OPENING.match(doc.text, span.start, span.end) \
                and not _GUESTS_WORD.match(doc.text, span.start):
            return None
        before = [g for g in findings if f.sid - 2 <= g.sid < f.sid and g.visitors and not g.hosts]
        if before:
            return before[-1]
        # A delegation named as the sentence's subject, learning with no place after the verb.
        prev = f.sid - 1
        if prev < 0:
            return None
        hosts = {h.code for h in f.hosts}
        lead = [r for r in doc.regions.get(prev, []) if r.code not in hosts][:1]
        pspan = doc.sents[prev]
        if lead and lead[0].governed and _GUESTS_WORD.search(doc.text, pspan.start, lead[0].start) \
                and _LEARNING_WORD.search(doc.text, lead[0].end, pspan.end):
            return _Finding(prev, lead, [], 0.6, False, "go")
        return None

    @staticmethod
    def _guests_next(f: _Finding, doc: _Doc) -> list[RegionRef]:
        """The guests of a host-only sentence, introduced at the start of the next one.

        "Pemkab X kembali kedatangan tamu. Kali ini rombongan Pemerintah Kabupaten Y ...":
        news names the host first and the guests in the sentence after, which opens with the
        delegation (after "Kali ini", "Mereka adalah" or the like) and has no visit cue of its
        own to read. Only regions joined to the first one count.
        """
        nxt = f.sid + 1
        if nxt >= len(doc.sents):
            return []
        span = doc.sents[nxt]
        opening = _GUESTS_OPENING.match(doc.text, span.start, span.end) \
            if f.kind == "receive" else None
        if opening is not None:
            return Extractor._guests_at(f, doc, nxt, opening.end())
        return []

    @staticmethod
    def _guests_later(f: _Finding, doc: _Doc, told: set[int]) -> list[RegionRef]:
        """The guests of a host-only sentence, named a few sentences on in one that says who
        they were and reads no visit of its own.

        "Pemkot Madiun menyambut dua rombongan dari luar Pulau Jawa. ... Dua rombongan itu
        masing-masing berasal dari Pemkab A dan Pemkab B"; "Pagi hari, yang datang adalah
        Komisi I DPRD Kabupaten Kampar"; "giliran Pemkab Lampung Tengah yang bertandang".
        """
        listed: list[RegionRef] = []
        for nxt in range(f.sid + 1, min(len(doc.sents), f.sid + 30)):
            span = doc.sents[nxt]
            item = _LIST_ITEM.match(doc.text, span.start, span.end)
            if nxt in told:
                if item is not None:
                    continue  # an item read on its own; the list goes on
                break  # another reading owns the story from here
            mark = doc.sents[nxt - 1]
            if _LIST_MARK.fullmatch(doc.text, span.start, span.end):
                continue
            if _LIST_MARK.fullmatch(doc.text, mark.start, mark.end) or item is not None:
                # "Berikut daftar tamu ...: 1. Pemkab Kutai Timur, dipimpin ... 2. Pemkot Palu,
                # ...", "- Senin (3/2): Pemkab Bone, ...": each item opens with its delegation.
                at = mark.end if item is None else item.end() - 1
                listed.extend(g for g in Extractor._guests_at(f, doc, nxt, at)[:1]
                              if g.code not in {x.code for x in listed})
                continue
            if listed:
                if any(_LIST_ITEM.match(doc.text, doc.sents[k].start, doc.sents[k].end)
                       for k in range(nxt + 1, min(len(doc.sents), nxt + 4))):
                    continue  # an item of several sentences: "... Diterima Asisten ..."
                return listed
            opening = _GUESTS_LATER.match(doc.text, span.start, span.end)
            if opening is None:
                continue
            pos = opening.end()
            counted = _GUESTS_COUNTED.match(doc.text, pos, span.end)
            if counted is not None:
                pos = counted.end()  # "dari tiga kabupaten di Kalbar, yakni A, B dan C"
            guests = Extractor._guests_at(f, doc, nxt, pos)
            if guests:
                return guests
        return listed

    @staticmethod
    def _guests_at(f: _Finding, doc: _Doc, sid: int, pos: int) -> list[RegionRef]:
        """The regions joined one to another from ``pos`` on in sentence ``sid``, the first
        one right after the opening, without the hosts and the provinces of guests."""
        hosts = {h.code for h in f.hosts}
        out: list[RegionRef] = []
        for r in doc.regions.get(sid, []):
            if r.start < pos:
                continue
            gap = doc.text[pos:r.start]
            if not out:
                if not _GUESTS_GAP.fullmatch(gap) or _CIVIL_AGENT.search(gap):
                    break  # "Tim dari Universitas X Surabaya": not the city's delegation
            elif not _JOINED.fullmatch(gap) and not _GUESTS_MORE.fullmatch(gap) \
                    and not _AFTER_PROVINCE.fullmatch(gap):
                break
            if r.code not in hosts and r.code not in {o.code for o in out} and not any(
                    o.code.startswith(r.code + ".") for o in out):
                out.append(r)  # "Kabupaten Tanah Bumbu, Kalimantan Selatan": not the province
            pos = r.end
        return out

    @staticmethod
    def _protagonist(sid: int, doc: _Doc, back: int = 2, speaker: bool = False,
                     skip: frozenset[str] = frozenset()) -> RegionRef | None:
        """The government the ``back`` sentences before ``sid`` are about, if one stands out;
        with ``speaker``, also the region of an official named with it ("Bupati Pesisir Barat,
        Nama, ..." before his '"... kami belajar ..."')."""
        for prev in range(sid - 1, sid - 1 - back, -1):
            if prev < 0:
                break
            span = doc.sents[prev]
            for r in doc.regions.get(prev, []):
                if r.code in skip:
                    continue  # (the host of the trip looked for: "milik Pemerintah Kota X")
                lead = doc.text[max(span.start, r.start - 35):r.start]
                if r.start - span.start < 3 or _GOV_LEAD.search(lead) \
                        and not _GOV_OBJECT.search(lead) or speaker and _HEAD_LEAD.search(lead):
                    return r
        return None

    @staticmethod
    def _official_host(f: _Finding, doc: _Doc) -> RegionRef | None:
        """The region of the official who received the guests of ``f`` by name alone, from
        where the story introduced him: "Bupati Tabalong, H. Ahmad Fauzan Rasyidi, ..."
        paragraphs before "Fauzan menerima rombongan Disdukcapil Kabupaten Balangan"."""
        span = doc.sents[f.sid]
        m = _NAME_RECEIVES.search(doc.text, span.start, f.visitors[0].start)
        return None if m is None else Extractor._official_region(m.group("name"), f.sid, doc)

    def _lead_subject(self, f: _Finding, doc: _Doc) -> RegionRef | None:
        """The government the story's lead sentence opens with, for a trip told later with no
        learner of its own: "DPRD Kabupaten Dompu menggelar rapat paripurna ..." and, four
        sentences on, "pansus yang dipimpinnya juga melakukan kunjungan kerja ke DPRD
        Kabupaten Lombok Timur". A host the lead names already is a trip the lead told, and
        found no visit in: a plan or one called off ("membatalkan rencana studi tiru ke
        Kabupaten Siak ... Selain studi tiru ke Siak, ...")."""
        title = self._title
        lead = 0 if title is None else bisect.bisect_left([s.start for s in doc.sents],
                                                          title.end)
        hosts = {h.code for h in f.hosts}
        if not lead < f.sid or any(r.code in hosts for sid in range(lead, lead + 3)
                                   for r in doc.regions.get(sid, [])):
            return None
        return self._protagonist(lead + 1, doc, back=1, speaker=True)

    @staticmethod
    def _speaker_region(f: _Finding, doc: _Doc) -> RegionRef | None:
        """The region of who says "kami" in the sentence of ``f``, when the quote
        names him after it ('..." kata Fathorrahman') and the story introduced him with his
        office before."""
        span = doc.sents[f.sid]
        if not _FIRST_PERSON.search(doc.text, span.start, span.end):
            return None
        # A quote of several sentences names its speaker after the last of them.
        last = doc.sents[min(f.sid + 3, len(doc.sents) - 1)]
        said = _SAID_BY.search(doc.text, span.start, last.end)
        if said is None:
            return None
        at = said.start("name")
        for sid in range(f.sid, min(f.sid + 4, len(doc.sents))):
            for r in doc.regions.get(sid, []):
                if at <= r.start <= at + 60 and _SPEAKER_OFFICE.fullmatch(doc.text, at,
                                                                           r.start):
                    # '"... kami datang ke Sragen ...," ujar Sekretaris Daerah Kabupaten
                    # Wonogiri, Nama': the office named with the speaker.
                    return r
        return Extractor._official_region(said.group("name"), f.sid, doc)

    def _hosting_speaker(self, f: _Finding, doc: _Doc) -> RegionRef | None:
        """The host who says "kami kedatangan tim ..." or "kami menerima rombongan ...": the
        speaker's region when the quote names him after it, else the official the story's lead
        introduces (an interview: "Kami berbincang dengan Kepala Bapenda Kota Palu, Nama")."""
        span = doc.sents[f.sid]
        if not _WE_RECEIVED.search(doc.text, span.start, f.visitors[0].start):
            return None
        return self._speaker_region(f, doc) or self._lead_subject(f, doc)

    @staticmethod
    def _bare_trip(f: _Finding, doc: _Doc) -> bool:
        """Whether ``f`` is a first-person trip told without a verb ("Kami ke Kabupaten
        Enrekang hari Senin") in a story that speaks of learning elsewhere."""
        span = doc.sents[f.sid]
        return _WE_WENT_BARE.search(doc.text, span.start, span.end) is not None \
            and _LEARNED_ANYWHERE.search(doc.text) is not None

    @staticmethod
    def _official_region(name: str, sid: int, doc: _Doc) -> RegionRef | None:
        """The region of the official ``name`` (one of his names), from the nearest sentence
        before ``sid`` that introduced him with his office: "Kepala Diskominfo Pamekasan,
        Fathorrahman Hasyim"."""
        for prev in range(sid - 1, -1, -1):
            pspan = doc.sents[prev]
            for r in doc.regions.get(prev, []):
                after = doc.text[r.end:min(pspan.end, r.end + 60)]
                at = after.find(name)
                office = doc.text[max(pspan.start, r.start - 35):r.start]
                if at >= 0 and (_HEAD_LEAD.search(office)
                                or _NAME_AFTER_REGION.fullmatch(after, 0, at)):
                    # "Ketua Kontingen Kukar, H. Rusdiansyah": no government's official
                    return None if _CIVIL_AGENT.search(office) else r
        return None

    @staticmethod
    def _lead_delegation(sid: int, doc: _Doc) -> RegionRef | None:
        """The government whose delegation the story's first sentences name ("memimpin
        rombongan Pemerintah Kabupaten Tolitoli berkonsultasi ke Kemendagri"), for a bare
        "rombongan" later on ("Keesokan harinya, rombongan bergeser ke Kota Tangerang")."""
        span = doc.sents[sid]
        if not _GUESTS_WORD.search(doc.text, span.start, min(span.end, span.start + 60)):
            return None
        for prev in range(0, min(sid, 4)):
            pspan = doc.sents[prev]
            for m in _NAMED_DELEGATION.finditer(doc.text, pspan.start, pspan.end):
                for r in doc.regions.get(prev, []):
                    if m.end() <= r.start <= m.end() + 2:
                        return r
        return None

    @staticmethod
    def _within(coarse: list[str], fine: list[str]) -> bool:
        """Every code of ``coarse`` equals or contains (as a province) a code of ``fine``."""
        return all(any(f == c or f.startswith(c + ".") for f in fine) for c in coarse)

    @staticmethod
    def _context(visits: list[Visit], sid: int) -> Visit | None:
        before = [v for v in visits if min(v.sentence_ids) <= sid]
        if before:
            return max(before, key=lambda v: max(i for i in v.sentence_ids if i <= sid))
        return min(visits, key=lambda v: min(v.sentence_ids)) if visits else None

    def _plausible(self, visitors: Sequence[RegionRef | Party], hosts: Sequence[RegionRef | Party],
                   strong: bool) -> bool:
        vcodes = {r.code for r in visitors}
        hcodes = {r.code for r in hosts} - vcodes
        if not vcodes or not hcodes:
            return False
        if not strong:
            # A governor touring a regency of the province (or a regent reporting to the
            # province) on a plain "kunjungan kerja" is supervision, not learning.
            for v in vcodes:
                for h in hcodes:
                    if self._province_of(v) == self._province_of(h) and ("." not in v
                                                                          or "." not in h):
                        return False
        return True

    # ---- dates -------------------------------------------------------------------------------

    def _dates(self, text: str, article: Article) -> list[DateMention]:
        hay, case = self._view(text)
        lowered = hay if case else None
        found = find_dates(text, reference=article.published, lowered=lowered)
        explicit = [d for d in found if d.precision == "day" and not d.relative and d.resolved]
        out: list[DateMention] = []
        for d in found:
            if d.relative:
                # "Kamis lalu" is relative to the statement's own date when the sentence has one.
                near = [x for x in explicit if abs(x.start - d.start) < 200]
                if d.bare and not near:
                    # A trip told day by day names its first day once, paragraphs before.
                    near = [x for x in explicit if 0 < d.start - x.start < 800][-1:]
                elif not near and not d.resolved and article.published is None:
                    # "Selasa (1/10), tim bergeser ke Purwakarta" without a year, in a story
                    # with no publication date: the year of the trip's dates told before.
                    near = [x for x in explicit if 0 < d.start - x.start < 1500][-1:]
                if near:
                    anchor = min(near, key=lambda x: abs(x.start - d.start))
                    # A weekday alone next to a written date is a day of the same trip, at
                    # most three days before or after it ("Senin (2/9) ... Selasa dan Rabu").
                    reference = anchor.first + timedelta(days=3) \
                        if d.bare and anchor.first is not None else anchor.first
                    again = find_dates(text, reference=reference, start=d.start, end=d.end,
                                       lowered=lowered)
                    if again:
                        d = again[0]
            out.append(d)
        return out

    def _next_day_after_host(self, visit: Visit, text: str, sents: list[Span], starts: list[int],
                             dates: list[DateMention], ids: list[int]) -> bool:
        """Date ``visit`` by a stop told after another stop's day and before "keesokan harinya"
        in one sentence, when its own sentences name no day: "Rombongan lebih dulu menyambangi
        Kabupaten Siak pada Senin (15/9/2025), lalu melanjutkan perjalanan ke Kota Pekanbaru
        keesokan harinya"."""
        if any(d.resolved and d.precision == "day" and any(
                sents[i].start <= d.start < sents[i].end for i in ids) for d in dates):
            return False
        hcodes = set(visit.host_codes)
        for m in _NEXT_DAY.finditer(text):
            sid = bisect.bisect_right(starts, m.start()) - 1
            if sid < 0:
                continue
            at = [r.start for r in self._all_refs
                  if r.code in hcodes and sents[sid].start <= r.start < m.start()]
            if not at:
                continue
            told = [d for d in dates if d.resolved and d.precision == "day" and d.last is not None
                    and sents[sid].start <= d.start < min(at)]
            if told and told[-1].last is not None:
                visit.start = visit.end = format_date(
                    told[-1].last + timedelta(days=_days_later(m)), "day")
                return True
        return False

    @staticmethod
    def _in_passing(visit: Visit, text: str, sents: list[Span], first_told: int) -> bool:
        """Whether ``visit`` is an earlier visit told in passing.

        "Sebelumnya, Garut dan Ciamis juga telah berkunjung" after the article's own visit, or
        "Pada tahun lalu, rombongan Dinkes sempat studi banding ke Makassar" well after the
        lead of a story about something else: the days and people around it are not its own.
        A visit in the headline or the lead is the article's subject even when its sentence
        says "tahun lalu" of something else.
        """
        first = min(visit.sentence_ids)
        if first <= first_told and first < 3:
            return False
        return _EARLIER_TIME.search(text, sents[first].start, sents[first].end) is not None

    def _date_visit(self, visit: Visit, text: str, sents: list[Span],
                    dates: list[DateMention], own_only: bool = False,
                    others: frozenset[int] | set[int] = frozenset()) -> None:
        """Give ``visit`` its days; with ``own_only`` only from its own sentences.

        ``others`` are the sentences of the article's other visits: a later day told there is
        their day, not this visit's last.
        """
        ids = sorted(set(visit.sentence_ids))
        first = ids[0]
        starts = [s.start for s in sents]
        hay, case = self._view(text)
        scored: list[tuple[float, int, DateMention]] = []
        if others:
            # "rombongan pertama dari X, Senin (8/9), sedangkan rombongan kedua dari Y, Rabu
            # (10/9)": a day written right after the learner's name is its visit's day.
            vcodes = set(visit.visitor_codes)
            # Only in sentences of the story's visits: "kata Juaini setibanya di Selong, Jumat
            # (14/6)" names the learner's seat and the day the delegation came home.
            own_spans = [(sents[i].start, sents[i].end) for i in {*ids, *others}
                         if 0 <= i < len(sents)]
            tagged = {(d.first, d.last) for d in dates if d.resolved and d.precision == "day"
                      and any(a <= d.start < b for a, b in own_spans)
                      and any(r.code in vcodes and 0 <= d.start - r.end <= 3
                              and text[r.end:d.start].strip() in {"", ","}
                              # ("kata Rusdi di Indralaya, Kamis": where and when he spoke)
                              and text[max(0, r.start - 3):r.start] != "di "
                              for r in self._all_refs)}
            if len(tagged) == 1:
                day_one, day_last = next(iter(tagged))
                visit.start, visit.end = format_date(day_one), format_date(day_last)
                return
        if others and "day_ordinal" in self._hints and self._ordinal_day(
                visit, text, sents, dates, ids, others):
            return
        if others and "next_day" in self._hints and self._next_day_after_host(
                visit, text, sents, starts, dates, ids):
            return
        nxt_m = next((m for m in (_NEXT_DAY.search(text, sents[i].start, sents[i].end)
                                  for i in ids) if m is not None),
                     None) if "next_day" in self._hints else None
        nxt = bisect.bisect_right(starts, nxt_m.start()) - 1 if nxt_m is not None else None
        if nxt is not None and nxt_m is not None:
            # "Keesokan harinya, rombongan melanjutkan kunjungan ke Y": the day after the last
            # day told before, unless the visit's sentences name its own day.
            own = [d for d in dates if d.resolved and d.precision == "day" and any(
                sents[i].start <= d.start < sents[i].end for i in ids)]
            # After a range ("Kamis-Jumat (10-11/10)") the next day is its second.
            before = [d.first if d.first is not None and d.last is not None and d.first < d.last
                      else d.last for d in dates if d.start < sents[nxt].start and d.resolved
                      and d.precision == "day" and d.last is not None]
            last = before[-1] if before else None
            if not own and last is not None:
                visit.start = visit.end = format_date(
                    last + timedelta(days=_days_later(nxt_m)), "day")
                return
        for d in dates:
            if not d.resolved or d.precision == "year":
                continue
            sid = bisect.bisect_right(starts, d.start) - 1
            if sid < 0:
                continue
            if not others and not own_only and _VISIT_HELD.search(text, sents[sid].start,
                                                                   d.start):
                # "Kunjungan resmi berlangsung Senin (12/5/2025)": the day of the story's one
                # visit, told in a sentence of its own (over a launch's day in the lead).
                score = 5.5
            elif sid in ids:
                score = 5.0
            elif own_only:
                continue
            elif 0 < sid - first <= 1:
                score = 3.5
            elif 0 < sid - first <= 3:
                score = 2.0
            elif 0 < first - sid <= 1:
                score = 1.5
            else:
                score = 0.0
            if _ATTRIBUTION_[case].search(hay, max(sents[sid].start, d.start - 90), d.start):
                score -= 3.0 if _PAST_MARKER_[case].search(
                    hay[sents[first].start:sents[first].end]) \
                    else 1.0
            if _LAUNCH_BEFORE.search(text, sents[sid].start, d.start):
                continue  # "setelah belajar ke X, Pemkot Y meluncurkan ..., Senin": the launch's
            if "report" in self._hints and _REPORT_BACK.search(text, sents[sid].start, d.start) \
                    and not _ON_DAY.search(text, max(sents[sid].start, d.start - 12), d.start):
                continue  # the day of the meeting at home where the trip was reported
            if _CAME_HOME.search(text, max(sents[sid].start, d.start - 50), d.start):
                score -= 4.0  # "telah kembali ke Tidore pada Sabtu (23/11)": the day home
            elif _SET_OFF.search(text, sents[sid].start, d.start):
                score -= 1.0  # "bertolak ... menuju Makassar, Minggu (13/10)": the day before
            if d.precision == "month":
                score -= 2.5
            if d.bare:
                score -= 1.0  # a written date in the same sentence says more than a weekday
            if score > 0:
                scored.append((score, -d.start, d))
        if not scored:
            return
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        best = scored[0][2]
        if best.precision == "day" and best.first is not None:
            months = [d for d in dates if d.resolved and d.precision == "month" and any(
                sents[i].start <= d.start < sents[i].end for i in ids)]
            if months and not any(m.first is not None and m.last is not None
                                  and m.first <= best.first <= m.last for m in months):
                # "studi tiru ke Sumedang pada Oktober 2024 lalu" in a story of a launch on
                # "Rabu (15/1/2025)": the visit's own month, not another event's day.
                visit.start = format_date(months[0].first, "month")
                visit.end = format_date(months[0].last, "month")
                return
        # A range that starts on the chosen day ("Rabu – Kamis (9 – 10/10)") gives the end.
        for _score, _pos, d in scored:
            if d.first == best.first and d.last and best.last and d.last > best.last:
                best = d
                break
        visit.start = format_date(best.first, best.precision)
        visit.end = format_date(best.last, best.precision)
        if best.precision == "day" and best.first is not None and best.last is not None \
                and best.first < best.last and others and "first_day" in self._hints and any(
                    _FIRST_DAY.search(text, sents[i].start, sents[i].end)
                    for i in range(first, min(first + 4, len(sents))) if i not in others):
            # "Senin-Selasa (10-11/3). Pada hari pertama, rombongan berkunjung ke Surabaya":
            # of a trip with several stops, this one had the range's first day (a single
            # host's two days told day by day keep both).
            visit.end = visit.start
            return
        if best.precision == "day" and best.last is not None and not own_only \
                and "next_day" in self._hints:
            # "Keesokan harinya, Jumat (22/8/2025), rombongan diajak meninjau ...": the trip's
            # next day, told in a later sentence, is its last.
            last = best.last
            for d in dates:
                if d.start <= best.start or d.precision != "day" or d.first is None \
                        or d.last is None or d.first != last + timedelta(days=1):
                    continue
                sid = bisect.bisect_right(starts, d.start) - 1
                if sid >= first and sid not in others and _NEXT_DAY.search(
                        text, sents[sid].start, d.start):
                    last = d.last
            visit.end = format_date(last, "day")

    @staticmethod
    def _ordinal_day(visit: Visit, text: str, sents: list[Span], dates: list[DateMention],
                     ids: list[int], others: frozenset[int] | set[int]) -> bool:
        """Date a stop of a trip told day by day ("Rabu hingga Jumat, 9-11 Oktober ... Hari
        kedua giliran Kota Denpasar") as that day of the range told before; False when the
        stop's sentences name no such day, or a day of their own."""
        for i in ids:
            if i in others:
                continue  # a sentence shared with another stop (a lead naming them all)
            m = _DAY_ORDINAL.search(text, sents[i].start, sents[i].end)
            if m is None:
                continue
            own = [d for d in dates if d.resolved and d.precision == "day" and not d.bare
                   and sents[i].start <= d.start < sents[i].end]
            if own:
                return False
            ranges = [d for d in dates if d.resolved and d.precision == "day"
                      and d.first is not None and d.last is not None and d.first < d.last
                      and d.start < m.start() and m.start() - d.start < 3000]
            if not ranges:
                return False
            trip = ranges[-1]
            assert trip.first is not None and trip.last is not None
            n = m.group("n").lower()
            day = trip.last if n == "terakhir" else trip.first + timedelta(days=_ORDINAL_DAYS[n])
            if day > trip.last:
                return False
            visit.start = visit.end = format_date(day, "day")
            return True
        return False

    # ---- officials ---------------------------------------------------------------------------

    @staticmethod
    def _headline_case(text: str, sents: list[Span], starts: list[int], pos: int) -> bool:
        """True inside a Title Case headline, where capitals do not mark names."""
        sid = bisect.bisect_right(starts, pos) - 1
        if sid < 0 or not Extractor._is_headline(text[sents[sid].start:sents[sid].end]):
            return False
        # An item of a list of people ("Dalam rombongan itu terdapat:\n1. Kepala Dinas Sosial
        # Kota Palu, Nama") has no final stop either, and its capitals do mark names.
        if _list_item(text, sents[sid]):
            return False
        line_start = text.rfind("\n", 0, sents[sid].start) + 1
        before = text[:line_start].rstrip()
        return not before.endswith(":")

    @staticmethod
    def _is_headline(sentence: str) -> bool:
        """Whether ``sentence`` is a Title Case headline."""
        end = sentence.rstrip()
        while end and (end[-1].isspace() or unicodedata.category(end[-1]).startswith("S")):
            end = end[:-1]  # an emoji or a symbol after the stop: "... Kota Balikpapan. 🏢"
        if end[-1:] in {".", "!", "?", '"', "”", ";", ":"}:
            # headlines carry no final stop; sentences, list items and a list's header do
            return False
        words = [w for w in sentence.split() if w[:1].isalpha()]
        if len(words) < 4:
            return False
        return sum(1 for w in words if w[0].isupper()) / len(words) > 0.7

    def _officials_for(self, visit: Visit, visits: list[Visit], text: str, sents: list[Span],
                       officials: list[OfficialMention], regions: list[RegionRef]) -> None:
        vcodes = set(visit.visitor_codes)
        hcodes = set(visit.host_codes)
        region_at = {r.start: r for r in regions}
        starts = [s.start for s in sents]
        out: list[OfficialRef] = []
        pending: list[tuple[OfficialMention, str | None]] = []
        # Who stayed at home, told at any mention: "Bupati Gusril yang tidak ikut berangkat".
        home = [o.name for o in officials if self._stayed_home(o, text)]
        for o in officials:
            if o.name in self._region_names:
                continue  # "... Ekonomi Desa DPMD Kepahiang, Rini": a place read as the name
            if home and any(same_person(o.name, name) for name in home):
                continue
            if _STOOD_IN_FOR.search(text, max(0, o.start - 20), o.start) \
                    or _THIRD_PARTY.search(o.title):
                # "hadir mewakili Wali Kota Ternate Nama": the one represented was not there;
                # "Direktur ... Kementerian Desa PDTT Nama": a third party, on neither side.
                continue
            if _SENT_OFF.search(text, max(0, o.start - 40), o.start):
                continue  # "rombongan dilepas Pj. Bupati X": who stayed
            code = None
            for s, _e in o.region_spans:
                ref = region_at.get(s)
                if ref is not None:
                    code = ref.code
                    break
            side: str | None = None
            if code is not None:
                if code in vcodes:
                    side = "visitor"
                elif code in hcodes:
                    side = "host"
                    others = [w for w in visits if w is not visit and code in w.host_codes
                              and set(w.visitor_codes) != vcodes]
                    if others and self._nearest_visit(
                            [visit, *others], bisect.bisect_right(starts, o.start) - 1
                    ) is not visit:
                        # One host, two delegations on their own days: each was received by
                        # the officials told with it.
                        continue
                else:
                    continue  # an official of another region (or a province above a party)
            else:
                sid = bisect.bisect_right(starts, o.start) - 1
                lead = text[sents[sid].start if sid >= 0 else 0:o.start]
                tail = len(lead)
                origin = _ORIGIN_BEFORE.search(lead, max(0, tail - 60))
                origin_ref = None
                if origin is not None:
                    o_start = origin.start("name") + (sents[sid].start if sid >= 0 else 0)
                    origin_ref = region_at.get(o_start)
                represented = _REPRESENTED.search(lead, max(0, tail - 20))
                if represented is not None and origin_ref is None:
                    # "Adapun Lanny Jaya diwakili Sekretaris Daerah, Nama": the one who stood in
                    # for the region named before, on its side.
                    sent_start = sents[sid].start if sid >= 0 else 0
                    named = [r for r in regions if sent_start <= r.start
                             and r.end <= sent_start + represented.start()]
                    origin_ref = named[-1] if named else None
                if origin_ref is not None and origin_ref.code in vcodes | hcodes:
                    # "sedangkan dari Kepahiang hadir Kepala Dinas ...": the region said before.
                    code = origin_ref.code
                    side = "visitor" if code in vcodes else "host"
                elif _SIDE_VISITOR_CUE.search(lead, max(0, tail - 40)) or (
                        _MEMBERS_OF_DELEGATION.search(lead, max(0, tail - 25))
                        and _GUESTS_WORD.search(lead) and not _SIDE_HOST_CUE_ANY.search(lead)
                ) or (
                        sid > 0 and (not lead.strip() or _LIST_MARK.fullmatch(lead))
                        and _HEADER_VISITOR.search(_list_header(text, sents, sid))):
                    # also "Ikut dalam rombongan antara lain:" over a numbered list
                    side = "visitor"
                elif _SIDE_HOST_CUE.search(lead, max(0, tail - 40)) or _HOST_AT_PLACE.search(
                        lead, max(0, tail - 140)) or _HOST_VERB_AFTER.match(
                        text, o.end, min(len(text), o.end + 60)) or _PRESENTER.search(
                        lead, max(0, tail - 70)):
                    # "... diterima Kepala Desa X, Nama" or "Kepala Desa Ponggok, Nama,
                    # menerima rombongan": the one who receives is the host.
                    side = "host"
                elif o.title.lower().startswith("anggota") and not o.region_spans:
                    # "bersama sejumlah anggota, yakni Nama, S.E., Nama ...": members go with
                    # the leader told before them in the sentence ("diterima Ketua Komisi A
                    # bersama anggota ..." are the host's), else with the delegation.
                    leader = next((r for r in reversed(out) if bisect.bisect_right(
                        starts, r.start) - 1 == sid), None)
                    side = leader.side if leader is not None else "visitor"
                elif _ACCOMPANY.search(lead, max(0, tail - 25)) and out \
                        and out[-1].end > o.start - 200:
                    side = out[-1].side
                elif out and 0 <= o.start - out[-1].end <= 40 and _LIST_GAP.fullmatch(
                        text, out[-1].end, o.start) and bisect.bisect_right(
                        starts, out[-1].start) - 1 == sid:
                    # "Kepala Bappeda, Ir. Rudi, M.T., Kepala Diskominfo, Fransiska": a list of
                    # the same delegation, one after another.
                    side = out[-1].side
                else:
                    side = self._village_side(o, text, officials, sents[sid])
                if side is not None and len(visits) > 1:
                    near = self._nearest_visit(visits, sid)
                    if near is not visit:
                        continue
            if side is None and _LEGISLATIVE_TITLE.search(o.title) and any(
                    p.unit and "DPRD" in p.unit for p in visit.visitors):
                # A council member in a council's visit belongs to the visiting council.
                side = "visitor"
            if side is None:
                pending.append((o, code))
                continue
            self._add_official(out, o, side, code)
        # A bare title ("Bupati Anas") belongs to whoever carries that name already.
        for o, _code in pending:
            for known in out:
                if same_person(o.name, known.name):
                    self._add_official(out, o, known.side, known.region)
                    break
        for off in out:
            if off.region is None:
                codes = visit.visitor_codes if off.side == "visitor" else visit.host_codes
                off.region = codes[0] if len(codes) == 1 else None
        visit.officials = out

    def _stayed_home(self, o: OfficialMention, text: str) -> bool:
        """Whether the text tells at ``o`` that this official did not travel: "X, yang tidak
        ikut", or in a story of a trip reported at home, the one who chaired that meeting or
        was told of the trip there."""
        if _STAYED.match(text, o.end, min(len(text), o.end + 60)):
            return True
        return "report" in self._hints and (
            _CHAIRED_BEFORE.search(text, max(0, o.start - 90), o.start) is not None
            or _CHAIRED_AFTER.match(text, o.end, min(len(text), o.end + 80)) is not None)

    def _village_side(self, o: OfficialMention, text: str, officials: list[OfficialMention],
                      own: Span) -> str | None:
        """The side of a village's or a district's official that no cue places, or ``None``.

        The story tells the place the delegation went to ("ke Desa Wisata Pentingsari", "BUMDes
        Ponggok"), so a head of a village named elsewhere in the text is the host's ("Ketua Desa
        Wisata Pentingsari, Nama, menjelaskan"); the villages and districts of a delegation are
        named only in their heads' titles ("Kepala Desa Way Urang, Nama, mengaku terinspirasi").
        """
        place = local_place(o.title)
        if place is None or any(m.start == 0 and m.end == len(place)
                                for m in self.gaz.find_mentions(place)):
            return None  # "Ketua Forum BPD Sragen": a region's body, which the regions place
        # Not the official's own sentence ("Wali Nagari Koto Malintang, Nama, menilai Koto
        # Malintang bisa ..."), nor another title. A business's name ends with its village:
        # "BUMDes Tirta Mandiri Ponggok".
        skip = [(p.start, p.end) for p in officials] + [(own.start, own.end)]
        words = place.split()
        keys = [place, words[-1]] if len(words) >= 3 else [place]
        for key in keys:
            for m in re.finditer(r"\b" + re.escape(key) + r"\b", text):
                if not any(s <= m.start() < e for s, e in skip):
                    return "host"
        return "visitor"

    @staticmethod
    def _nearest_visit(visits: list[Visit], sid: int) -> Visit:
        return min(visits, key=lambda v: min(abs(i - sid) for i in v.sentence_ids))

    @staticmethod
    def _add_official(out: list[OfficialRef], o: OfficialMention, side: str,
                      code: str | None) -> None:
        for known in out:
            if known.side == side and same_person(o.name, known.name) and (
                    code is None or known.region is None or code == known.region):
                if len(o.name) > len(known.name):
                    known.name = o.name
                if len(o.title) > len(known.title):
                    known.title = o.title
                known.region = known.region or code
                return
        out.append(OfficialRef(o.name, o.title, side, code, o.start, o.end))

    # ---- programs ----------------------------------------------------------------------------

    def _programs(self, text: str) -> list[tuple[int, int, ProgramRef]]:
        hits: list[tuple[int, int, ProgramRef]] = []
        known_notations: set[str] = set()
        won: list[tuple[int, int]] = []
        if self.programs is not None:
            for s, e, p in self.programs.find(text):
                if str(p.iri) in self._fields or _inside_unit(text, s) \
                        or _DEGREE_AFTER_NAME.match(text, e) and _NAME_BEFORE_DEGREE.search(
                            text, max(0, s - 40), s) \
                        or p.slug != "command-center" and _ROOM_BEFORE.search(
                            text, max(0, s - 12), s):
                    # "Nor Hidayah Rahmi, SKM, M.Kes": a degree, not the survey; "di Ruang
                    # Adipura Balai Kota": a room named after an award (a command center is a
                    # room that is itself what guests come to see)
                    continue
                ref = self._refs.get(p.iri)
                if ref is None:
                    ref = self._refs[p.iri] = _program_ref(p)
                if p.slug in _CONTESTS and (_WON_BEFORE.search(text, max(0, s - 40), s) or any(
                        0 <= s - we <= 3 for _ws, we in won)):  # "... Publik (KIPP)"
                    # (still known: its words and acronym are no candidate program either)
                    won.append((s, e))
                    known_notations.add(ref.label.lower())
                    if ref.notation:
                        known_notations.add(ref.notation.lower())
                    continue
                hits.append((s, e, ref))
                if ref.notation:
                    known_notations.add(ref.notation.lower())
                known_notations.add(ref.label.lower())
        covered = [(s, e) for s, e, _p in hits] + won
        for m in capitalised_before(_CANDIDATE_RE, _CANDIDATE_KEY, text, outside=_NOT_IN_LABEL):
            label = " ".join(m.group("label").split())
            words = label.split()
            # The acronym's expansion starts at the last program-like head word.
            heads = [i for i, w in enumerate(words) if w in _PROGRAM_HEADS]
            if not heads or any(w in _GOV_WORDS for w in words[heads[0]:]):
                continue
            label = " ".join(words[heads[0]:])
            acr = m.group("acr")
            if acr.upper() in _NOT_PROGRAM_ACRONYMS or acr.lower() in known_notations or \
                    label.lower() in known_notations or len(label.split()) < 2:
                continue
            if any(s <= m.start("acr") < e or s <= m.end("label") - 1 < e for s, e in covered):
                continue
            ref = ProgramRef(candidate_program_iri(label), label, acr, (), True)
            hits.append((m.start(), m.end(), ref))
            known_notations.add(acr.lower())
        laws = self._regulations(text, hits)
        if laws:
            # "Peraturan Daerah tentang Bantuan Hukum": the law's matter is what was learned;
            # the generic law-making the words also name says nothing more.
            hits = [h for h in hits if h[2].id != _LAW_MAKING]
        hits.extend(laws)
        hits.extend(self._expansions(text, hits, known_notations))
        hits.extend(self._brands(text, hits, known_notations))
        hits = _within_local_names(text, hits)
        if won:
            hits = [h for h in hits if not any(ws <= h[0] < we or h[0] <= ws < h[1]
                                               for ws, we in won)]
        hits.sort(key=lambda h: h[0])
        return hits

    @staticmethod
    def _regulations(text: str, hits: list[tuple[int, int, ProgramRef]]
                     ) -> list[tuple[int, int, ProgramRef]]:
        """What a regional law is about, as a candidate program: "Raperda tentang Pelestarian
        Cagar Budaya" is about "Pelestarian Cagar Budaya" (also "Perda Pelestarian Cagar Budaya"
        and "Cagar Budaya"), when the vocabulary has no name there already."""
        if "tentang" not in text:
            return []
        out: list[tuple[int, int, ProgramRef]] = []
        seen: set[str] = set()
        for m in _REGULATION_ABOUT.finditer(text):
            s, e = m.span("subject")
            e = _subject_end(text, s, e)
            subject = " ".join(text[s:e].split()).strip(" -–")
            words = subject.split()
            if not 1 <= len(words) <= 8 or not subject[:1].isalpha() \
                    or any(hs <= s < he or s <= hs < e for hs, he, _p in hits):
                continue  # a name of the vocabulary, which says more
            key = subject.lower()
            if key in seen:
                continue
            seen.add(key)
            core = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _LAW_PROCESS \
                else ""
            alts = tuple(dict.fromkeys(a for a in (f"Perda {subject}", f"Raperda {subject}",
                                                   core, f"Perda {core}" if core else "") if a))
            ref = ProgramRef(candidate_program_iri(f"Perda {subject}"), subject, None, alts, True)
            out.append((m.start(), e, ref))
        return out

    def _expansions(self, text: str, hits: list[tuple[int, int, ProgramRef]],
                    known: set[str]) -> list[tuple[int, int, ProgramRef]]:
        """Local programs told with their short name and its long form (see _pair_keys): a
        candidate labelled with the long form, the short one as its notation."""
        out: list[tuple[int, int, ProgramRef]] = []
        regions = {(r.start, r.end) for r in self._all_refs}
        for k_start, k_end, bracket in _pair_keys(text):
            before = _NAME_BEFORE.search(text, max(0, k_start - 90), k_start)
            after = _NAME_AFTER.match(text, k_end)
            if before is None or after is None:
                continue
            s, e = before.start("name"), after.end("name")
            left, right = before.group("name"), after.group("name")
            if bracket:
                if text[e:e + 1] != ")":
                    continue
                e += 1
            quoted = any(text[i:i + 1] in _QUOTE_MARKS
                         for i in (s - 1, k_start - 1, after.start()) if i >= 0)
            pair = _abbreviation_pair(left, right, quoted)
            if pair is None:
                continue
            short, long = pair
            # A vocabulary name inside the long form is a word of the local program's name
            # ("Paradig (Pasar Rakyat Digital)" is no "pasar rakyat"): it does not stand in the
            # pair's way (_within_local_names drops it once all candidates are known).
            inside = [h for h in hits if s <= h[0] and h[1] <= e and not h[2].candidate]
            if short.lower() in known or long.lower() in known \
                    or short.rstrip("!").upper() in _NOT_PROGRAM_ACRONYMS \
                    or any(w in _GOV_WORDS or w in _BODY_WORDS
                           or w in _NOT_BRANDS and w not in _LAST_OK for w in long.split()) \
                    or any(h[2].notation and short.upper().startswith(h[2].notation.upper())
                           for h in inside) \
                    or any(r0 <= s and e <= r1 for r0, r1 in regions) \
                    or any(h0 < e and s < h1 for h0, h1, _p in [*hits, *out]
                           if (h0, h1, _p) not in inside):
                continue
            out.append((s, e, ProgramRef(candidate_program_iri(long), long, short, (), True)))
            known.update((short.lower(), long.lower()))
        return out

    def _brands(self, text: str, hits: list[tuple[int, int, ProgramRef]],
                known: set[str]) -> list[tuple[int, int, ProgramRef]]:
        """Local programs named after their kind, without an acronym in brackets.

        "aplikasi SI-CANTIK", "gerakan Jogo Tonggo", "program Kampung Tematik", "aplikasi
        e-Retribusi": kept as candidates when the name is distinctive (two capitalised words,
        an acronym, a hyphen) and is neither a region, a government body nor a common app.
        """
        out: list[tuple[int, int, ProgramRef]] = []
        regions = {(r.start, r.end) for r in self._all_refs}
        quoted = _anchored(_QUOTED_BRAND_RE, text, self._words_cache, _BRAND_FIRST) \
            if '"' in text or "“" in text or "'" in text or "‘" in text else []
        for m in sorted([*quoted, *_anchored(_BRAND_RE, text, self._words_cache, _BRAND_FIRST)],
                        key=lambda m: m.start()):
            group = "single" if m.re is _QUOTED_BRAND_RE and m.group("label") is None \
                else "label"
            s = m.start(group)
            # A region's name may be part of the program's ("Bela Beli Kulon Progo"); a body
            # of government ends it ("layanan DPMPTSP Sleman" is no program).
            if text[max(0, m.start() - 8):m.start()].rstrip().endswith(_UNIT_WORDS):
                continue  # "Kepala Bidang Inovasi Bappeda Sumedang": a unit, not a program
            title = self._title
            if title is not None and title.start <= m.start() < title.end \
                    and self._is_headline(text[title.start:title.end]) \
                    and text.count(m.group(group)) < 2:
                continue  # "Pelajari Aplikasi Perencanaan Desa": every headline word has a capital
            words = m.group(group).split()
            for i, w in enumerate(words):
                if w in _NOT_BRANDS and not (i > 0 and i == len(words) - 1 and w in _LAST_OK) \
                        or w in _NOT_PROGRAM_ACRONYMS:
                    words = words[:i]
                    break
            if not words:
                continue
            label = " ".join(words)
            e = s + len(label)
            distinct = len(words) >= 2 or "-" in label or m.re is _QUOTED_BRAND_RE or (
                label.isupper() and len(label) >= 3 and label not in _NOT_PROGRAM_ACRONYMS)
            if not distinct or label.lower() in known or (s, e) in regions \
                    or any(r0 <= s < r1 for r0, r1 in regions) and len(words) == 1 \
                    or any(h0 < e and s < h1 for h0, h1, _p in [*hits, *out]):
                continue
            out.append((s, e, ProgramRef(candidate_program_iri(label), label, None, (), True)))
            known.add(label.lower())
        return out

    def _program_stops(self, visits: list[Visit], hits: list[tuple[int, int, ProgramRef]],
                       starts: list[int], text: str) -> list[set[int]]:
        """For each program hit of an article with several visits, the ids of the visits it
        may go to: those whose sentences are nearest to it, and of those, when it is named
        near several, the ones whose own sentences name it again ("Pelajari MPP hingga Smart
        City" over two stops: each program goes to the stop that tells it)."""
        nearest: list[set[int]] = []
        owners: dict[str, set[int]] = {}
        title = self._title
        for s, _e, ref in hits:
            sid = bisect.bisect_right(starts, s) - 1
            dist = {id(v): min(abs(i - sid) for i in v.sentence_ids) for v in visits}
            best = min(dist.values())
            near = {k for k, d in dist.items() if d == best}
            if len(near) > 1 and sid > 0:
                # A detail between two stops' sentences belongs to the stop told before it.
                told = {id(v) for v in visits if id(v) in near
                        and any(0 <= sid - i == best for i in v.sentence_ids)}
                near = told if len(told) == 1 and best > 0 else near
            placed = self._program_place(text, _e, visits) if not (
                title is not None and title.start <= s < title.end) else set()
            if len(placed) == 1:
                # "mempelajari SPBE di Kota Makassar dan MPP di Kabupaten Gowa", "MPP Siola
                # ... Surabaya": the program of the stop named right after it.
                near = placed
            if len(near) == 1 and best <= 1 and not (
                    title is not None and title.start <= s < title.end):
                # (The headline names the story's programs, and its stops, only once.)
                owners.setdefault(ref.id, set()).update(near)
            nearest.append(near)
        return [near if len(near) == 1 or ref.id not in owners else near & owners[ref.id]
                for near, (_s, _e, ref) in zip(nearest, hits, strict=True)]

    def _program_place(self, text: str, end: int, visits: list[Visit]) -> set[int]:
        """The visits whose host is named right after a program ending at ``end`` ("MPP di
        Kabupaten Gowa", "Mal Pelayanan Publik (MPP) Sidrap"), when that host is one stop's."""
        m = _PROGRAM_PLACE.match(text, end, min(len(text), end + 45))
        if m is None:
            return set()
        ref = next((r for r in self._all_refs if r.start == m.end()), None)
        if ref is None or _AND_ANOTHER.match(text, ref.end):
            return set()  # "MPP dan SPBE di Yogyakarta dan Sleman": one for each, in turn
        owners = {id(v) for v in visits if ref.code in v.host_codes}
        return owners if 0 < len(owners) < len(visits) else set()

    @staticmethod
    def _programs_for(visit: Visit, stops: list[set[int]] | None,
                      hits: list[tuple[int, int, ProgramRef]], text: str, sents: list[Span],
                      starts: list[int]) -> None:
        """Give ``visit`` the programs of ``hits`` that are its own (``stops``, from
        :meth:`_program_stops`, when the article has several visits)."""
        seen: dict[str, ProgramRef] = {}
        for k, (s, e, ref) in enumerate(hits):
            sid = bisect.bisect_right(starts, s) - 1
            if text[s:e].lower() in _BACKGROUND_LABELS and sid > 0 \
                    and sid not in visit.sentence_ids \
                    and not _TOPIC_CUE.search(text, sents[sid].start, sents[sid].end):
                continue
            if stops is not None and id(visit) not in stops[k]:
                continue
            seen.setdefault(ref.id, ref)
        visit.programs = _merged_candidates(list(seen.values()))

    # ---- recommenders, delegation size ----------------------------------------------------------

    def _recommenders(self, text: str, sents: list[Span]) -> list[str]:
        out: list[str] = []
        starts = [s.start for s in sents]
        hay, case = self._view(text)
        hit = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _anchored(
            _RECOMMEND_[case], hay, self._words_cache, _RECOMMEND_FIRST)})
        for sid in hit:
            if sid < 0:
                continue
            span = sents[sid]
            sentence = text[span.start:span.end]
            for m in _RECOMMENDER.finditer(sentence):
                if sentence[max(0, m.start() - 1):m.start()] == "(":
                    continue  # "Kementerian Dalam Negeri (Kemendagri)": the same body again
                org = " ".join(m.group("org").split())
                if org.lower() == "pemerintah pusat":
                    org = "pemerintah pusat"
                if not any(_body_key(org) == _body_key(o) for o in out):
                    out.append(org)  # as first named; "Kemendagri" later is the same body
        return out

    def _delegation(self, text: str, sents: list[Span], visit: Visit) -> int | None:
        ids = set(visit.sentence_ids)
        lo, hi = min(ids), max(ids) + 2
        low = split_words(text).low
        hay, case = self._view(text)
        keys: list[int] | None = None
        if ascii_alnum_only(text):
            # Each match starts with one of the verbs, and with every letter and digit ASCII
            # they match only themselves in the lower-cased text (no "ſ" for "s", no Kelvin
            # sign for "k"): a sentence without one of them is not searched.
            keys = sorted(at for word in _DELEGATION_VERBS for at in _find_all(low, word))
        for sid in range(lo, min(hi + 1, len(sents))):
            span = sents[sid]
            if keys is not None and bisect.bisect_left(keys, span.start) == bisect.bisect_left(
                    keys, span.end):
                continue
            # The count is a number: a sentence without a digit is not searched.
            if _DIGIT.search(text, span.start, span.end) is None:
                continue
            m = _DELEGATION_[case].search(hay, span.start, span.end)
            if m:
                return int(m.group("n"))
        # "rombongan" has no letter that matches another character when the case is ignored
        # (unlike i, k and s), so the lower-cased text holds it wherever the pattern matches,
        # and no match starts before the first. Without one of the count's verbs (for
        # "sebanyak", which has an s and a k, only in a text whose letters are all ASCII)
        # there is no match either.
        first = low.find("rombongan")
        if first < 0 or keys is not None and "berjumlah" not in low and "sebanyak" not in low:
            return None
        m = _DELEGATION_ANYWHERE.search(text, first)
        return int(m.group(1)) if m else None

    def _party(self, ref: RegionRef, regions: list[RegionRef]) -> Party:
        # Only the unit named with the party itself counts: "Sekretariat Daerah Kukar" inside an
        # official's title elsewhere does not make the secretariat the host.
        return Party(ref.code, self._label(ref.code), ref.unit)

    # ---- adoptions ---------------------------------------------------------------------------

    def _adoptions(self, article: Article, text: str, sents: list[Span],
                   reg_by_sent: dict[int, list[RegionRef]], regions: list[RegionRef],
                   hits: list[tuple[int, int, ProgramRef]],
                   dates: list[DateMention]) -> list[Adoption]:
        if not hits:
            return []
        starts = [s.start for s in sents]
        prog_by_sent: dict[int, list[tuple[int, int, ProgramRef]]] = {}
        for h in hits:
            if h[2].candidate:
                continue
            sid = bisect.bisect_right(starts, h[0]) - 1
            prog_by_sent.setdefault(sid, []).append(h)
        counts = Counter(r.code for r in regions if "." in r.code)
        protagonist = counts.most_common(1)[0][0] if counts else None
        out: dict[tuple[str, str, str], Adoption] = {}
        last_prog: tuple[ProgramRef, str | None] | None = None
        hay, case = self._view(text)
        status_sids = {bisect.bisect_right(starts, m.start()) - 1 for m in _anchored(
            _STATUS_[case], hay, self._words_cache, _STATUS_FIRST)}
        for sid in sorted(status_sids.union(prog_by_sent)):
            if not 0 <= sid < len(sents):
                continue
            span = sents[sid]
            sentence = text[span.start:span.end]
            progs = prog_by_sent.get(sid, [])
            regs = reg_by_sent.get(sid, [])
            if progs:
                owner = self._owner(text, progs[0], regs) or (regs[0].code if regs else None)
                last_prog = (progs[0][2], owner)
            elif last_prog is None or not _ANAPHORIC_PROGRAM.search(sentence):
                continue  # no program to adopt here, whatever the status
            status_m = _STATUS_[case].search(hay[span.start:span.end]) \
                if sid in status_sids else None
            while status_m is not None and status_m.lastgroup == "under_construction" \
                    and text[span.start + status_m.start()] == "T" \
                    and text[span.start:span.start + status_m.start()].strip():
                # "Lombok Tengah berencana membangun": the end of a region's name, not "tengah
                # membangun" (under construction). The status is further on.
                status_m = _STATUS_[case].search(hay[span.start:span.end], status_m.start() + 6)
            if status_m is None:
                continue
            if _FUTURE_TIME_[case].search(hay[span.start:span.end]) \
                    and status_m.lastgroup not in {"planned"}:
                continue
            status = status_m.lastgroup or "operating"
            chosen: tuple[ProgramRef, str | None] | None = None
            if progs:
                near = min(progs, key=lambda h: abs(h[0] - (span.start + status_m.start())))
                if abs(near[0] - (span.start + status_m.start())) > 160:
                    continue
                if status == "integrated" and near[1] <= span.start + status_m.start() and \
                        not _INTEGRATED_AFTER.fullmatch(
                            text, near[1], span.start + status_m.start()):
                    # "stunting turun berkat data desa yang terintegrasi": integration is of
                    # what comes after the word ("integrasi ke SIPPN"), or of the program
                    # right before it ("MPP yang terintegrasi"), not of one further back.
                    continue
                owner = self._owner(text, near, regs)
                if owner is None:
                    owner = self._status_subject(text, span, status_m, regs)
                chosen = (near[2], owner)
            elif last_prog is not None and _ANAPHORIC_PROGRAM.search(sentence):
                chosen = last_prog
            if chosen is None:
                continue
            prog, region = chosen
            region = region or protagonist
            if region is None:
                continue
            when = None
            for d in dates:
                if span.start <= d.start < span.end and d.resolved and d.precision != "year":
                    when = format_date(d.first, d.precision)
                    break
            key = (region, prog.id, status)
            ev = Evidence(" ".join(article.text[span.start:span.end].split()), span.start,
                          span.end, 0.7)
            if key in out:
                out[key].evidence.append(ev)
                out[key].date = out[key].date or when
                continue
            out[key] = Adoption(region, prog, status, when, [ev], 0.7)
        return list(out.values())

    @staticmethod
    def _owner(text: str, hit: tuple[int, int, ProgramRef], regs: list[RegionRef]) -> str | None:
        """The region a program mention belongs to: "MPP Kukar", "MPP Kabupaten Badung"."""
        for r in regs:
            if 0 <= r.start - hit[1] <= 14 and not _OWNER_BREAK.search(
                    text[hit[1]:r.start]):
                return r.code
        return None

    @staticmethod
    def _status_subject(text: str, span: Span, m: re.Match[str],
                        regs: list[RegionRef]) -> str | None:
        pos = span.start + m.start()
        before = [r for r in regs if r.end <= pos]
        after = [r for r in regs if r.start >= pos]
        if before:
            return before[-1].code if len(before) == 1 else before[0].code
        if after and _BUILT.search(m.group(0)):
            return after[0].code
        return None


_DEFAULT: Extractor | None = None


def extract(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Extract visits and adoptions from ``article`` with a shared default :class:`Extractor`."""
    global _DEFAULT
    if extractor is None:
        if _DEFAULT is None:
            _DEFAULT = Extractor()
        extractor = _DEFAULT
    return extractor.extract(article)


