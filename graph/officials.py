"""Officials named in Indonesian news: title as written, the region it belongs to, the bare name.

News writes a title before the name, often with the region between them and a comma before the
name: "Asisten III Bidang Administrasi Umum Kabupaten Balangan, Hasmiati", "Sekda Badung, I Wayan
...", "Bupati Paser, dr Fahmi Fadli". The title runs over bureaucratic words (Bidang,
Administrasi, Dinas, acronyms in parentheses...) and region mentions; the name is the run of
capitalised words after it, without honorifics (H., Hj., dr., Ir., Drs. ...) and degrees
(S.Sos., M.Si. ...). "Hasmiati selaku Asisten III ..." (name first) is understood too.

One compiled pattern finds the title heads of a whole text; the walk after each head is a few
token steps, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, takewhile

from graph.chars import ascii_alnum_only
from graph.gazetteer import split_words
from graph.patterns import capitalised_before, literal_keys, prefiltered, trie_regex

__all__ = [
    "OfficialMention",
    "HONORIFICS",
    "LIST_BULLETS",
    "LIST_MARK",
    "find_officials",
    "local_place",
    "normalise_name",
    "same_person",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of a title; an optional acting marker and "Wakil" come before them.
_HEADS = [
    "Bupati", "Wabup", "Wali Kota", "Walikota", "Wali kota", "Walkot", "Wawali", "Wawako", "Wako",
    "Gubernur", "Wagub", "Sekda", "Sekdakab", "Sekdako", "Sekdakot", "Sekdaprov", "Sekkab",
    "Sekkot", "Sekprov", "Sekretaris", "Sekwan", "Sekdes", "Sekcam", "Asisten", "Staf Ahli",
    "Staff Ahli", "Kepala", "Kabag", "Kadis", "Kaban", "Kabid", "Kasubag", "Kasubbag", "Kasi",
    "Kadinkes", "Kalak", "Camat", "Lurah", "Kades", "Inspektur", "Direktur", "Ketua", "Anggota",
    "Koordinator", "Sangadi", "Keuchik", "Geuchik", "Wali Nagari", "Perbekel", "Arsiparis",
    "Widyaiswara", "Analis", "Plt", "Plh", "Pj", "Pjs", "Penghulu Kampung", "Bendesa Adat",
    "Bendesa", "Peratin", "Carik", "Kadispar", "Kadisdik", "Kadishub", "Kadinsos", "Kadisnaker",
    "Kadiskominfo", "Kadisdukcapil", "Kadisparbud", "Kadisbudpar", "Kadisperindag", "Kadistan",
    "Kalaksa", "Pustakawan", "Auditor", "Penyuluh", "Pranata",
]
_ACTING = ["Plt", "Plh", "Pj", "Pjs", "Pymt"]


def _head_atoms(head: str) -> list[str]:
    return [r"\s+" if ch == " " else re.escape(ch) for ch in head]


# Acting marker before the title, abbreviated or spelled out with the abbreviation after it:
# "Plt.", "Pj", "Penjabat (Pj)", "Pelaksana Tugas (Plt)", "Pelaksana Harian", "Penjabat Sementara".
_ACTING_MARK = (
    r"(?:(?:" + "|".join(_ACTING) + r")\.?"
    r"|(?:Penjabat(?:\s+Sementara)?|Pelaksana\s+(?:Tugas|Harian))"
    r"(?:\s+\((?:" + "|".join(_ACTING) + r")\.?\))?)\s+"
)
# A member or chair written in lower case, as news often writes them before a body of the
# council: "anggota pansus Yuliani Sari", "ketua Komisi I DPRD Paser".
_LOWER_HEAD = (r"(?:anggota|ketua)(?=\s+(?:[Pp]ansus|[Kk]omisi|DPRD|[Dd]ewan|[Ff]raksi|[Tt]im"
               r"|[Pp]anitia|[Bb]adan|BK|Bapemperda|Banggar)\b)"
               # "dipimpin kepala dinasnya, Nama": the head of the unit just named
               r"|kepala\s+(?:dinas|badan|bagian|bidang|kantor|desa)nya(?=\s*,)"
               # "dipimpin ketuanya, Nama", "dipimpin kepalanya, Nama": the head of the body
               # just named
               r"|(?<=dipimpin\s)(?:ketua|kepala|pimpinan)nya(?=\s*,)")
_HEAD_RE = re.compile(
    r"(?<![\w.])(?:(?:" + _ACTING_MARK + r")?(?:Wakil\s+)?"
    + trie_regex([(_head_atoms(h), len(h)) for h in _HEADS], r"\.?(?![\w])")
    + "|" + _LOWER_HEAD + ")"
)
# Every title starts with one of these words. Without a look-behind in front, the engine
# skips straight to their capital first letters, so finding the candidates is cheap and the
# full pattern runs only there.
_TITLE_OPENERS = [*_HEADS, *_ACTING, "Wakil", "Penjabat", "Pelaksana", "anggota", "ketua", "kepala",
                  "ketuanya", "kepalanya", "pimpinannya"]
_HEAD_START = re.compile(trie_regex([(_head_atoms(h), len(h)) for h in _TITLE_OPENERS]))

# The first word of every title head, acting marker and "Wakil", in lower case: a title
# starts only at a word that is one of these (see :func:`_head_matches`).
_HEAD_FIRST_WORDS = frozenset(h.split()[0].lower() for h in _TITLE_OPENERS)


def _head_matches(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``prefiltered(_HEAD_RE, _HEAD_START, text, start=start, stop=stop)``, found faster.

    The prefilter still tries every character against the capitals that open a head. A
    title starts at a word (not after a letter, digit, underscore or stop), and that word
    is the first word of a head, an acting marker or "Wakil". When every letter and digit
    of the text is ASCII, the words of the article are already split (the gazetteer split
    them), so a set look-up per word picks those few places at C speed, and the title
    pattern runs only there.
    """
    if not ascii_alnum_only(text):
        yield from prefiltered(_HEAD_RE, _HEAD_START, text, start=start, stop=stop)
        return
    split = split_words(text)
    heads = compress(split.starts, map(_HEAD_FIRST_WORDS.__contains__, split.words))
    at_words: Iterator[int] = takewhile(stop.__gt__, heads)
    # A word that ``stop`` cuts is a shorter word to the pattern ("Sekda|Kota"): try it too,
    # last, as no other word starts between it and ``stop``.
    cut = bisect_right(split.starts, stop) - 1
    if cut >= 0 and split.starts[cut] < stop < split.ends[cut]:
        at_words = chain(at_words, [split.starts[cut]])
    pos = start
    for at in at_words:
        if at < pos:
            continue
        m = _HEAD_RE.match(text, at, stop)
        if m is not None:
            yield m
            pos = m.end()


# Capitalised words that continue a title (portfolios, units, levels), never a name.
TITLE_WORDS = _words("""
    Bidang Administrasi Umum Pemerintahan Kesejahteraan Rakyat Kesra Perekonomian Pembangunan
    Ekbang Organisasi Tata Laksana Ortal Orta Hukum Humas Protokol Protokoler Dinas Badan Kantor
    Bagian Sub Subbagian Seksi Kesehatan Pendidikan Kebudayaan Pariwisata Perhubungan Sosial
    Kependudukan Pencatatan Sipil Penanaman Modal Pelayanan Terpadu Satu Pintu Komunikasi
    Informatika Statistik Persandian Perencanaan Penelitian Pengembangan Daerah Sekretariat Setda
    Keuangan Aset Pendapatan Kepegawaian Sumber Daya Manusia Aparatur Perindustrian Perdagangan
    Koperasi Usaha Kecil Menengah Mikro Pertanian Perikanan Kelautan Peternakan Ketahanan Pangan
    Lingkungan Hidup Pekerjaan Penataan Ruang Perumahan Permukiman Kawasan Pemberdayaan
    Masyarakat Perempuan Perlindungan Anak Pengendalian Penduduk Keluarga Berencana Tenaga Kerja
    Transmigrasi Pemuda Olahraga Kearsipan Perpustakaan Arsip Kesatuan Bangsa Politik Pemadam
    Kebakaran Penanggulangan Bencana Inspektorat Inspektur Pembantu Wilayah Staf Staff Ahli Bupati
    Walikota Wali Gubernur Sekretaris Kepala Ketua Wakil Anggota Komisi Fraksi Pansus Bapemperda
    Badan Anggaran Banggar Baperda Tim Penggerak Dharma Wanita Persatuan Reformasi Birokrasi
    Kinerja Akuntabilitas Infrastruktur Perizinan Investasi Teknologi Informasi Keistimewaan
    Kemasyarakatan Fungsional Madya Muda Pertama Utama Arsiparis Analis Kebijakan Pengadaan Barang
    Jasa Program Evaluasi Pelaporan Unit Kerja Rumah Sakit Direktur Camat Lurah Umum Keuangan
    Daerah Dewan Perwakilan Rakyat Pemerintah Layanan Publik Mal Mall Pajak Retribusi Kominfo
    Pertanahan Energi Sumber Mineral Kehutanan Perkebunan Hortikultura Tanaman Pangan Sekretaris
    Operasional Teknis Pelaksana Koordinator Bappeda Bapenda Dukcapil Disdukcapil Dinkes Disdik
    Kesbangpol Satpol Pamong Praja Protokol Pimpinan Kabupaten Kota Provinsi Kecamatan Kelurahan
    Desa Kampung Nagari Gampong Pemkab Pemkot Pemprov Pemko Pemda Setdakab Setdako Setdaprov
    Kabag Kabid Kadis Kasubag Bagian Perlengkapan Rumah Tangga Sandi Bina Mental Spiritual Dan
    Pemberdayaan Tertib Ketenteraman Ketertiban Pemadam Cipta Karya Bina Marga Sumber Air
    Pengairan Pengelolaan Kas Akuntansi Perbendaharaan Anggaran Pemuda Kepemudaan Industri
    Forum Setkab Setkot Setdakot Bappelitbangda Bappelitbang Bapperida Diskominfo Dinkes Disdik
    Kebersihan Pertamanan Pemakaman Penyelamatan Pertambangan Penyuluhan Irigasi Sungai Minum
    Sanitasi Persampahan Perparkiran Perkim Pemukiman Ekonomi Destinasi Pemasaran Promosi Biro
    Kemitraan Kreatif Pengawasan Pembinaan Budaya Hubungan Antar Lembaga Otonomi Kerjasama Sama
    Fasilitasi Regulasi Tata Kelola Data Publik Strategis Percepatan SDM Dasar Usaha Litbang
    Litbangda Balitbang Balitbangda Diklat Pembentukan Peraturan Musyawarah Kehormatan Legislasi
    Operasi Produksi Prokopim Prokompim Kopim Komunikasi Pimpinan Kalurahan Deputi Asdep
    Kelembagaan Analisis Jabatan Kompetensi Mutasi Karier Promosi Kepegawaian Aparatur
    Dispora Disparbud Disbudpar Dispar Dishub Dinsos Disnaker Diskes Disperindag DPMD DPMPD
    Bapemperda Kesekretariatan Persidangan Perundang-undangan Sekretariat Setwan Bagian
    Apdesi Asosiasi Pemerintahan Sarana Prasarana Kelembagaan Penggerak Perangkat
    Pokdarwis BUMDes Bumdes BUMKam BUMNag Rapat Risalah Distrik Bappedalitbang Bapedalitbang
    Barenlitbangda Bakeuda Diskominfotik Diskominfosandi Diskominfosanditik Dinkominfo Disnakertrans
    Disperkim Disporapar Disparpora Dispendukcapil Disdikbud Distan Disnak Dinpar Disperindagkop
    Ortala Baitul Bank Sampah Keistimewaan Pekon Lembang
    Adat Pemajuan Majelis Lembaga Kerapatan Tradisi Seni Pemeliharaan Pelestarian Cagar
""")
# Words that continue a title in lower case ("Kepala Bagian Organisasi dan Tata Laksana").
_TITLE_JOINERS = _words("dan & serta / - pada")
# Honorifics and degrees removed from names; compared without dots and case.
HONORIFICS = _words("""
    h hj hj. hi haji hajjah kh tgh ust ustadz habib dr drg dra drs ir prof bapak bpk ibu pak bu
    sdr sdri tn ny nn plt plh pj pjs tgk teungku kgs kms nyimas rd
""")
_DEGREES = _words("""
    ssos msos sstp mstp sip map mpa msi ssi sh mh llm se me mse mm st mt sp mp spd mpd sag mag
    shi mhi sei mei skm mkm mkes skep sked spog ak amd ca lc ma mba msc bsc phd ipu ip sik sth
    shum mhum skom mkom sikom ssn spi mpi stp sfarm apt ns mars mkn mtp spsi mpsi shut mhut
""")
# Capitalised words that end a name: a new clause or a place starts there.
# English words of units' names ("Jakarta Smart City", "Bidang E-Government"): never a name.
_UNIT_NAME_WORDS = _words("Smart City Government E-Government Center Centre Command")
_NAME_STOP = _words("""
    Di Ke Dari Dalam Pada Yang Dan Saat Ketika Sementara Menurut Menurutnya Selain Bersama Beserta
    Berserta Serta Dengan Untuk Melalui Selaku Sebagai Usai Setelah Sebelum Kabupaten Kota Provinsi
    Pemkab Pemkot Pemprov Pemko Pemda Pemerintah Kantor Ruang Gedung Aula Pendopo Balai Mal Mall
    Rabu Kamis Jumat Sabtu Minggu Senin Selasa Kami Kita Ia Dia Beliau Mereka Para Tim Rombongan
    Bapak Ibu Jl Jalan RI Indonesia DPRD Permusyawaratan Perwakilan
""") | _UNIT_NAME_WORDS
_TOKEN_RE = re.compile(r"\([^()\n]{1,60}\)|[^\s,;:()“”\"]+|[,;:“”\"]")
# Latin letters with accents count: "Faondragö", "Hélène".
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Þ][a-zA-Zß-ÿÀ-Þ'’`-]*[a-zß-ÿ][a-zA-Zß-ÿÀ-Þ'’`-]*\.?|[A-Z]\.?|[A-Z][a-z]?'"
    r"|(?:[A-Z]\.){2,3})$")
# Lower-case words inside a name: Batak "br" (boru), "bin", "binti".
_NAME_PARTICLES = _words("br br. boru bin binti")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X|[A-D]|[1-9])$")
_PLACE_WORDS = _words("Desa Kelurahan Kecamatan Nagari Kampung Gampong Kalurahan Pekon Lembang "
                      "Distrik")
# Bodies of a village whose village follows: "Ketua Pokdarwis Nglanggeran", "Ketua BPD Dermaji".
_VILLAGE_BODIES = _words("Pokdarwis BPD BUMDes Bumdes BUMKam BUMNag LPM")
_LOCAL_HEADS = _words("""
    Camat Lurah Kades Sangadi Keuchik Geuchik Perbekel Sekdes Sekcam Nagari Kampung Adat Bendesa
    Peratin Carik
""")
# Words that go on a place's name and never start a person's: "Camat Putussibau Utara".
_PLACE_TAILS = _words("Utara Selatan Barat Timur Tengah Hulu Hilir Ulu Ilir Raya Kidul Lor Wetan "
                      "Kulon")
# The first words of Balinese names: "Perbekel Kutuh I Wayan Mudita" (I is no numeral there).
_BALINESE = _words("Wayan Made Nyoman Ketut Putu Gede Komang Kadek Nengah Gusti Luh")
# "Kantor Bupati Lobar, Gerung": a building named after an office, not an official.
_BUILDING_BEFORE = re.compile(r"(?:Kantor|Ruang(?:\s+\w+)?|Gedung|Pendopo|Pendapa|Rumah\s+Dinas|"
                              r"Rujab|Aula|Rumah\s+Jabatan|Rapat)\s+$")
_SELAKU_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,4})"
    # the name's degrees: "Moh. Arif Lasaka, S.Sos., M.Si., selaku Asisten ..."
    r"(?:,\s*[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Za-z]{1,4}\.)*)*,?\s+(?:selaku|sebagai)\s+"
)


@dataclass(frozen=True)
class OfficialMention:
    """A titled person found in a text.

    Attributes
    ----------
    name
        The bare name (no honorifics or degrees).
    title
        The title as written, without the region ("Asisten III Bidang Administrasi Umum").
    start, end
        Span of the whole mention (title, region and name).
    name_start, name_end
        Span of the name as written.
    region_spans
        Spans of region mentions inside the title ("Kabupaten Balangan").
    """

    name: str
    title: str
    start: int
    end: int
    name_start: int
    name_end: int
    region_spans: tuple[tuple[int, int], ...] = ()


_NOT_KEY = re.compile(r"[^0-9a-z]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # the same titles, honorifics and names come back in every article
def _strip_key(token: str) -> str:
    return _NOT_KEY.sub("", token.lower())


def normalise_name(raw: str) -> str:
    """Drop honorifics, degrees and stray punctuation from a name.

    Examples
    --------
    >>> normalise_name("dr. H. Fahmi Fadli, S.Sos., M.Si")
    'Fahmi Fadli'
    """
    head = raw.split(",")[0]
    tokens = [t for t in _SPACES.split(head.strip()) if t]
    out: list[str] = []
    for i, tok in enumerate(tokens):
        key = _strip_key(tok)
        if not key:
            continue
        if (key in HONORIFICS and (i < len(tokens) - 1)) or (key in _DEGREES and out
                                                              and _written_as_degree(tok)):
            continue
        out.append(tok.strip(".,;:'\"()"))
    return " ".join(t for t in out if t)


def _written_as_degree(tok: str) -> bool:
    """Whether ``tok`` is written as a degree ("M.Si", "SH", "MSi"), not as a name ("Mei")."""
    # "Lc" (the Arabic licence) is written like a short name, but no name is.
    return "." in tok or tok.isupper() or tok[1:] != tok[1:].lower() or tok == "Lc"


def same_person(a: str, b: str) -> bool:
    """True when one name is the other or a whole-word part of it ("Anas" in "Azwar Anas"), or
    the other without a middle name ("Lalu Fathurrahman", "Lalu Muhammad Fathurrahman").

    Examples
    --------
    >>> same_person("Lalu Fathurrahman", "Lalu Muhammad Fathurrahman")
    True
    >>> same_person("Budi Santoso", "Budi Hartono")
    False
    """
    x, y = f" {a.lower()} ", f" {b.lower()} "
    if x in y or y in x:
        return True
    short, long = sorted((x.split(), y.split()), key=len)
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0] \
            or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)  # in order, skipping the middle names


_REGION_PREFIX = re.compile(
    r"(?:\s+(?:Kabupaten|Kota|Kab\.?|Provinsi|Prov\.?|Propinsi|Pemkab|Pemkot|Pemprov|Pemko|"
    r"Pemda|Pemerintah|Kabupaten/Kota))+\s*$"
)


def _trim_prefix(text: str, start: int, end: int) -> int:
    m = _REGION_PREFIX.search(text, start, end)
    return m.start() if m else end


_REGION_WORDS = frozenset({"Kabupaten", "Kota", "Kab.", "Provinsi", "Prov.", "Propinsi"})


def _prefixed_region(text: str, tok: re.Match[str], stop: int, regions: Mapping[int, int]
                     ) -> bool:
    """Whether ``tok`` is "Kota" or "Kabupaten" right before a region ("... Kota Batu")."""
    if tok.group(0) not in _REGION_WORDS:
        return False
    after = _TOKEN_RE.search(text, tok.end(), stop)
    return after is not None and after.start() in regions \
        and not text[tok.end():after.start()].strip()


def _acronym(tok: str) -> bool:
    """An agency's or portfolio's acronym: "UMKM", "DPMPTSP", "KB", "DP3AKB"."""
    return tok.isupper() and 2 <= len(tok) <= 10 and tok.isalnum() and tok[0].isalpha()


# The rest of a body's name after a comma, closed by its acronym: ", Riset dan Inovasi Daerah
# (Bapperida)".
_LISTED_PORTFOLIO = re.compile(r"\s*(?:[A-Z][a-z]+\s+){1,4}(?:dan|serta)\s+(?:[A-Z][a-z]+\s+){0,3}"
                               r"[A-Z][a-z]+\s*\([A-Z][A-Za-z0-9-]{1,14}\)")


_FACTION_IN_TITLE = re.compile(r"dari\s+Fraksi\s+(?:Partai\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                               r"(?=\s*,(?!\s*Fraksi))")


def _walk_title(text: str, pos: int, stop: int, regions: Mapping[int, int], local: bool = False
                ) -> tuple[int, int, list[tuple[int, int]]]:
    """Walk the rest of a title from ``pos``.

    Returns the end of the title proper (before regions), the end of the whole title (after
    regions and qualifiers) and the region spans crossed.
    """
    title_end = pos
    end = pos
    spans: list[tuple[int, int]] = []
    steps = 0
    seen_region = False
    # "Camat Sekampung", "Kepala Desa Sesela": the place name belongs to the title.
    after_place_word = local
    prev_tok = ""
    field_next = False  # inside the name of a field after "Bidang" (see _field_goes_on)
    while steps < 30:
        steps += 1
        m = _TOKEN_RE.search(text, end, stop)
        if m is None:
            break
        gap = text[end:m.start()]
        if "\n" in gap:
            break
        if m.start() in regions and prev_tok == "Keistimewaan":
            # "Asisten Pemerintahan dan Keistimewaan Aceh Setdakab ...": Aceh's special status is
            # the portfolio, not the region the title belongs to.
            end = title_end = regions[m.start()]
            prev_tok = text[m.start():end]
            continue
        if m.start() in regions:
            r_end = regions[m.start()]
            spans.append((m.start(), r_end))
            end = r_end
            if not seen_region:
                # "... Umum Kabupaten Balangan": the region's own prefix is not the title.
                title_end = _trim_prefix(text, pos, title_end)
            seen_region = True
            after = _TOKEN_RE.search(text, r_end, stop)
            if after is not None and after.group(0) == "Bidang" \
                    and not text[r_end:after.start()].strip():
                # "Staf Ahli Wali Kota Surakarta Bidang Pemerintahan": the portfolio after.
                seen_region = False
                end = title_end = after.end()
            continue
        tok = m.group(0)
        if tok == "dari":
            faction = _FACTION_IN_TITLE.match(text, m.start(), stop)
            if faction is not None:
                # "Anggota Banggar dari Fraksi Demokrat, Dra. Hj. Maryam Ulfa": the member's
                # faction, between the title and the name.
                end = faction.end()
                continue
        if tok.startswith("("):
            # "(Sekda)", "(Ortal)", "(DPMPTSP)", "(Kalsel)": part of the title or its region.
            end = m.end()
            if not seen_region:
                title_end = end
            continue
        if tok == ",":
            nxt = _TOKEN_RE.search(text, m.end(), stop)
            if nxt is None:
                break
            word = nxt.group(0)
            if word in {"Provinsi", "Prov.", "Propinsi"} or nxt.start() in regions:
                # ", Provinsi Kalimantan Selatan," or ", Lampung Timur,": a qualifying region,
                # when another comma closes it and a name follows.
                r_start = nxt.start()
                if word in {"Provinsi", "Prov.", "Propinsi"}:
                    after = _TOKEN_RE.search(text, nxt.end(), stop)
                    r_start = after.start() if after is not None else r_start
                if r_start in regions:
                    close = _TOKEN_RE.search(text, regions[r_start], stop)
                    if close is not None and close.group(0) in {",", "("} or seen_region:
                        spans.append((r_start, regions[r_start]))
                        end = regions[r_start]
                        seen_region = True
                        continue
                break
            if not seen_region and (word in TITLE_WORDS or _acronym(word)) \
                    and word not in _NAME_STOP:
                # "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi ...": a list of portfolios.
                end = m.end()
                continue
            listed = _LISTED_PORTFOLIO.match(text, m.end(), stop) if not seen_region else None
            if listed is not None:
                # "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida)":
                # the body's name goes on to its acronym.
                end = title_end = listed.end()
                continue
            if not seen_region and word in {"dan", "serta"}:
                after = _TOKEN_RE.search(text, nxt.end(), stop)
                if after is not None and after.group(0) in TITLE_WORDS \
                        and after.group(0) not in _NAME_STOP:
                    # "Dinas Komunikasi, Informatika, dan Persandian": the list's last portfolio.
                    end = nxt.end()
                    continue
            break
        if tok in _UNIT_NAME_WORDS:
            # "Kepala Unit Pengelola Jakarta Smart City, Nama", "Kepala Bidang E-Government"
            end = title_end = m.end()
            continue
        if seen_region:
            break
        if after_place_word and _NAME_WORD.match(tok) and (
                prev_tok not in _VILLAGE_BODIES or _body_place(text, m, stop)):
            # "Kepala Desa Sesela": the village name belongs to the title, and so do all the
            # words of a longer one that a comma closes ("Camat Lintau Buo Utara, Nama").
            end = title_end = _place_name_end(text, m, stop)
            after_place_word = False
            continue
        if _anak_agung(text, m, stop):
            break
        nxt_tok = _TOKEN_RE.search(text, m.end(), stop)
        unit_before_region = (
            tok[:1].isupper() and nxt_tok is not None
            and not text[m.end():nxt_tok.start()].strip()
            and (nxt_tok.start() in regions or _prefixed_region(text, nxt_tok, stop, regions))
        )
        # A portfolio word in lower case ("Kepala dinas Sosial", "anggota pansus Nama"), right
        # after the head or before more of the title.
        lower_title = tok.islower() and tok not in _TITLE_JOINERS \
            and tok.capitalize() in TITLE_WORDS and tok.capitalize() not in _NAME_STOP \
            and (steps == 1 or nxt_tok is not None and (
                nxt_tok.group(0) in TITLE_WORDS or _acronym(nxt_tok.group(0))))
        if tok == "setempat":
            # "Kepala Dinas Pariwisata setempat Nama": of the region the story is about.
            end = title_end = m.end()
            continue
        if prev_tok in _FIELD_HEADS and _NAME_WORD.match(tok):
            joined = _joined_field_end(text, m, stop, regions)
            if joined is not None:
                # "Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan, Nama": a field whose
                # name joins two with "dan", the person after the comma.
                end = title_end = joined
                prev_tok = ""
                continue
        field = (field_next or prev_tok in _FIELD_HEADS) and _field_goes_on(text, m, stop, regions)
        field_next = field
        prev_tok = tok
        # "Kepala Bidang Pengembangan Kompetensi, Teguh Raharjo": the unit's last word, with
        # the name after the comma.
        last_unit_word = not field and prev_tok in TITLE_WORDS and end == title_end \
            and _NAME_WORD.match(tok) is not None and _name_after_comma(text, m, stop)
        balinese = tok in {"I", "Ni"} and nxt_tok is not None and nxt_tok.group(0) in _BALINESE
        if (tok in TITLE_WORDS or _ROMAN.match(tok) or unit_before_region or _acronym(tok)
                or lower_title or field or last_unit_word) and not balinese:
            # A capitalised word right before a region is a unit of it ("Setkab Kutai Barat",
            # "Bappelitbangda Mahulu"), not a name.
            end = title_end = m.end()
            after_place_word = tok in _PLACE_WORDS or tok in _VILLAGE_BODIES
            continue
        if tok in _TITLE_JOINERS or tok.lower() in _TITLE_JOINERS:
            nxt = _TOKEN_RE.search(text, m.end(), stop)
            if nxt is not None and (nxt.group(0) in TITLE_WORDS or _acronym(nxt.group(0))
                                    or _field_goes_on(text, nxt, stop, regions)):
                # "Kepala Dinas Koperasi dan UMKM Bandung Barat": the portfolio goes on;
                # "... Pengelolaan Sampah dan Limbah B3 Nama": the field goes on to its acronym.
                end = m.end()
                field_next = field_next or not (nxt.group(0) in TITLE_WORDS
                                                or _acronym(nxt.group(0)))
                continue
        break
    return title_end, end, spans


# Units whose own name (the field) follows: "Kepala Bidang Pengurangan Sampah DLH".
_FIELD_HEADS = _words("Bidang Bagian Seksi Subbagian Subbidang Sub Kabid Kabag Kasi Kasubag")


def _field_goes_on(text: str, tok: re.Match[str], stop: int, regions: Mapping[int, int]) -> bool:
    """Whether the capitalised words from ``tok`` name a field that the title goes on after:
    within three words an agency's acronym, a word of titles or a region follows ("Bidang
    Pengurangan Sampah DLH Kota Makassar, Nama"), not a comma and a name. The words that join
    two fields ("Bidang Geologi dan Air Tanah Dinas ESDM") do not count."""
    if not _NAME_WORD.match(tok.group(0)):
        return False
    nxt: re.Match[str] | None = tok
    words = 0
    while words < 3:
        assert nxt is not None
        nxt = _TOKEN_RE.search(text, nxt.end(), stop)
        if nxt is None or "\n" in text[tok.end():nxt.start()]:
            return False
        word = nxt.group(0)
        if nxt.start() in regions or word in TITLE_WORDS and word not in _NAME_STOP \
                or _acronym(word):
            return True
        if word in _FIELD_JOINERS:
            continue  # "Bidang Pencegahan dan Kesiapsiagaan BPBD Cilacap, Nama"
        if not _NAME_WORD.match(word):
            return False
        words += 1
    return False


_FIELD_JOINERS = frozenset({"dan", "serta", "&"})


def _joined_field_end(text: str, tok: re.Match[str], stop: int, regions: Mapping[int, int]
                      ) -> int | None:
    """The end of a field's name from ``tok`` that joins words with "dan" or "&" up to a comma
    and a person's name ("Pemanfaatan Data dan Inovasi Pelayanan, Siti"), else None."""
    last: re.Match[str] = tok
    joined = False
    for _ in range(8):
        nxt = _TOKEN_RE.search(text, last.end(), stop)
        if nxt is None or "\n" in text[last.end():nxt.start()]:
            return None
        word = nxt.group(0)
        if word == ",":
            return last.end() if joined and _name_after_comma(text, last, stop) else None
        if word in {"dan", "&"}:
            joined = True
        elif not _NAME_WORD.match(word) or word in _NAME_STOP or nxt.start() in regions \
                or _acronym(word):
            return None  # a region or an acronym after the field: the usual walk reads them
        last = nxt
    return None


_NOT_NAMES = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})


def _name_after_comma(text: str, tok: re.Match[str], stop: int) -> bool:
    """Whether ``tok`` is followed by a comma and a person's name: an honorific, or two
    capitalised words that are not a weekday ("Kompetensi, Teguh Raharjo")."""
    comma = _TOKEN_RE.search(text, tok.end(), stop)
    if comma is None or comma.group(0) != "," or text[tok.end():comma.start()].strip():
        return False
    first = _TOKEN_RE.search(text, comma.end(), stop)
    if first is None or "\n" in text[comma.end():first.start()]:
        return False
    if _strip_key(first.group(0)) in HONORIFICS and first.group(0)[0].isalpha():
        return True
    second = _TOKEN_RE.search(text, first.end(), stop)
    return second is not None and first.group(0) not in _NOT_NAMES \
        and first.group(0) not in _NAME_STOP and first.group(0) not in TITLE_WORDS \
        and _NAME_WORD.match(first.group(0)) is not None \
        and _NAME_WORD.match(second.group(0)) is not None \
        and not text[first.end():second.start()].strip()


def _body_place(text: str, tok: re.Match[str], stop: int) -> bool:
    """Whether ``tok``, after a village body ("Ketua Pokdarwis"), is the body's village: a
    comma closes the place ("Pokdarwis Nglanggeran, Nama"), or three capitalised words follow
    where a name would take two ("Pokdarwis Nglanggeran Suryo Widagdo"); not "Ketua BPD
    Sugeng Prihatin", whose village is not said."""
    words = 0
    nxt: re.Match[str] | None = tok
    while nxt is not None and words < 3:
        word = nxt.group(0)
        if word == ",":
            return True
        if not _NAME_WORD.match(word) or word in _NAME_STOP:
            break
        words += 1
        nxt = _TOKEN_RE.search(text, nxt.end(), stop)
    return words >= 3


def _place_name_end(text: str, tok: re.Match[str], stop: int) -> int:
    """The end of a place name that starts at ``tok``: up to three capitalised words when a
    comma follows them, else ``tok`` alone."""
    end = tok.end()
    nxt: re.Match[str] | None = tok
    tails = end  # the name with its directions ("Putussibau Utara"), when no comma closes it
    for _ in range(3):
        nxt = _TOKEN_RE.search(text, end, stop)
        if nxt is None or "\n" in text[end:nxt.start()]:
            return tails
        if nxt.group(0) == ",":
            return end
        if not _NAME_WORD.match(nxt.group(0)) or nxt.group(0) in _NAME_STOP:
            return tails
        if nxt.group(0) in _PLACE_TAILS and tails == end:
            tails = nxt.end()
        end = nxt.end()
    return tails


# Shortened first names written with a stop inside a name ("Moch. Ilham").
_NAME_ABBREVIATIONS = frozenset({"moch", "muhd", "mohd", "mochd", "achm"})


def _anak_agung(text: str, tok: re.Match[str], stop: int) -> bool:
    """Whether ``tok`` opens the Balinese "Anak Agung" that starts a name (not "Anak" of a
    portfolio, "Perlindungan Anak")."""
    if tok.group(0) != "Anak":
        return False
    nxt = _TOKEN_RE.search(text, tok.end(), stop)
    return nxt is not None and nxt.group(0) == "Agung"


def _read_name(text: str, pos: int, stop: int, regions: Mapping[int, int]
               ) -> tuple[int, int] | None:
    """The span of a name starting at ``pos`` (after an optional comma and honorifics)."""
    m = _TOKEN_RE.search(text, pos, stop)
    if m is None or "\n" in text[pos:m.start()]:
        return None
    if m.group(0) == ",":
        m = _TOKEN_RE.search(text, m.end(), stop)
        if m is None or "\n" in text[pos:m.start()]:
            return None
    # Honorifics before the name.
    while m is not None and _strip_key(m.group(0)) in HONORIFICS and m.group(0)[0].isalpha():
        nxt = _TOKEN_RE.search(text, m.end(), stop)
        if nxt is None:
            return None
        m = nxt
    start = m.start()
    end = start
    count = 0
    while m is not None and count < 5:
        tok = m.group(0)
        if m.start() in regions or tok in _NAME_STOP or tok in TITLE_WORDS and count == 0 \
                and not _anak_agung(text, m, stop):
            break
        if count == 0 and _HEAD_RE.match(text, m.start(), stop):
            break  # "Mewakili Bupati Paser, Asisten Administrasi ...": another title, no name
        if count > 0 and tok in _NAME_PARTICLES:
            nxt = _TOKEN_RE.search(text, m.end(), stop)
            if nxt is None or not _NAME_WORD.match(nxt.group(0)):
                break
            m = nxt  # "Rosmawati br Sihombing": the particle and the clan name
            continue
        if "\n" in text[end:m.start()] or not _NAME_WORD.match(tok):
            break
        if _strip_key(tok) in _DEGREES and count > 0 and (tok.isupper() or "." in tok):
            break
        if count > 0 and tok in {"Dt.", "Dt"}:
            break  # "Zulkarnaini Dt. Rajo Mudo": a Minangkabau customary title follows the name
        end = m.end()
        count += 1
        if tok.endswith(".") and len(tok) > 4 and tok[:-1].lower() not in _NAME_ABBREVIATIONS:
            break  # "Nurlaila Sari. Turut hadir ...": a full word before a stop ends a sentence
        m = _TOKEN_RE.search(text, end, stop)
    if count == 0:
        return None
    # A lone initial is not a name.
    if count == 1 and len(text[start:end].strip(".")) < 2:
        return None
    return start, end


_TAIL_COMMA = re.compile(r"\s*,\s*")
# Capitalised words, then a comma or a space and something written like a degree.
_CAPITALS_THEN_DEGREE = re.compile(r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,4}(?:\s*,\s*|\s+)"
                                   r"(?:[A-Z][A-Za-z]{0,4}\.|[A-Z]{2,4}\b|S[A-Z][a-z]{1,3}\b)")


def _skip_honorifics(text: str, pos: int, stop: int) -> tuple[int, bool]:
    """Where a name after ``pos`` starts past its honorifics ("Hj.", "dr."), and whether there
    were any."""
    honorific = False
    while (tok := _TOKEN_RE.match(text, pos, stop)) is not None \
            and _strip_key(tok.group(0)) in HONORIFICS and tok.group(0)[0].isalpha():
        honorific = True
        pos = tok.end()
        while pos < stop and text[pos] in " \t":
            pos += 1
    return pos, honorific


def _name_after_tail(text: str, end: int, stop: int, regions: Mapping[int, int]
                     ) -> tuple[int, int, int] | None:
    """Where a person named after a comma that follows a title's last words begins, and the
    span of the name; or ``None``. The person is marked as one by an honorific before or a
    degree after ("Statistik Sektoral, Nurmala Husain, S.E.", "Pelayanan Medik, dr. Ani"), so
    that a list of people named without titles is left as it is."""
    if end in regions:
        end = regions[end]  # "... Konservasi Perairan Raja Ampat, Syafri Tamher, S.Pi."
    comma = _TAIL_COMMA.match(text, end, stop)
    if comma is None or "," not in comma.group(0):
        return None
    opening = comma.end()
    pos, honorific = _skip_honorifics(text, opening, stop)
    first = _TOKEN_RE.match(text, pos, stop)
    if first is None or _DEGREE_TOKEN.match(first.group(0)) \
            and _strip_key(first.group(0)) in _DEGREES:
        return None
    if not honorific and _CAPITALS_THEN_DEGREE.match(text, pos, stop) is None:
        return None  # (read the name only where a degree can follow it)
    name = _read_name(text, pos, stop, regions)
    if name is None:
        return None
    _after, degree = _item_degrees(text, name[1], stop)
    if not (honorific or degree):
        return None
    return opening, name[0], name[1]


# Members named after their leader, without titles: ", beranggotakan Nama, Nama dan Nama".
_MEMBERS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*)*\s*,?\s*"
                            r"(?:beranggotakan|(?:dengan|beserta|serta)\s+anggota(?:nya)?)\s*:?\s+")
_MEMBERS_LEAD = re.compile(r"\s*,?\s*(?:lainnya\s*,?\s*)?(?:yang\s+(?:ikut|turut|hadir)"
                           r"(?:\s+serta)?\s+)?(?:masing-masing|yakni|yaitu|antara\s+lain"
                           r"|di\s*antaranya)\s+")
# Between two members' names: a comma or "dan", after the first one's degrees.
_MEMBER_GAP = re.compile(r"(?:\s*,\s*[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,4}\.?)*)*"
                         # a member's faction: "H. Sumardi (Fraksi Partai Golkar)", "Ika dari
                         # Fraksi PKB"
                         r"(?:\s*\((?:Fraksi|F-)[^()]{1,40}\)|\s+dari\s+Fraksi\s+[A-Z][\w-]*"
                         r"(?:\s+[A-Z][\w-]*){0,2})?"
                         # (a semicolon between members whose names carry degrees)
                         r"\s*(?:[,;]\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


_OPEN_BRACKET = re.compile(r"[ \t]*\(")


def _bracketed_names(text: str, pos: int, stop: int, regions: Mapping[int, int]
                     ) -> list[tuple[int, int]]:
    """The names in the bracket that opens at ``pos`` after a title, one or a list of them,
    each closed by a degree or the bracket ("Camat Barabai (Rahmadi Noor, S.STP.)")."""
    m = _OPEN_BRACKET.match(text, pos, stop)
    if m is None:
        return []
    close = text.find(")", m.end(), min(stop, m.end() + 160))
    if close < 0 or "(" in text[m.end():close]:
        return []
    out: list[tuple[int, int]] = []
    name = _read_name(text, m.end(), close, regions)
    while name is not None:
        rest = text[name[1]:close]
        if not (rest.strip() == "" or rest.lstrip().startswith((",", ";"))):
            return []  # "(Fraksi Partai Golkar)", "(OPD)": no list of names
        if len(text[name[0]:name[1]].split()) == 1 and not (
                _LONE_NAME_END.match(text, name[1], close) or text[m.end():name[0]].strip()):
            return []  # "(Bappeda)": one word without honorific or degree is the unit's
        out.append(name)
        name = _next_member(text, name[1], close, regions)
    return out


# Members after a lower-case "anggota", which opens no title of its own: "bersama sejumlah
# anggota, yakni Nama, S.E., Nama ...", "datang bersama anggota Nama, Nama, dan Hj. Nama",
# "Anggota pansus yang ikut, yakni Kgs. Nama, S.E.; Nama, S.Kep.; ...".
_MEMBERS_OPEN = re.compile(
    r"\b(?:[Aa]nggota)(?:nya)?(?:\s+(?:komisi|pansus|dewan|fraksi|tim|rombongan|DPRD|Komisi|Pansus)"
    r"(?:\s+[IVX\d]+)?)?(?:\s+lain(?:nya)?)?(?:\s+yang\s+(?:ikut|turut|hadir)(?:\s+serta)?)?"
    r"\s*,?\s*(?:(?:yakni|yaitu|ialah|adalah|antara\s+lain|di\s*antaranya|masing-masing)"
    r"\s*:?\s*)?(?=[A-Z])")


def _anggota_members(text: str, start: int, stop: int, regions: Mapping[int, int],
                     found: list[OfficialMention]) -> list[OfficialMention]:
    """The members named after "anggota" that the title reader left (see _MEMBERS_OPEN): two
    words or more for the first, or a name closed by a degree or the list's end."""
    if "nggota" not in text[start:stop]:
        return []
    taken = [(o.name_start, o.name_end) for o in found]
    out: list[OfficialMention] = []
    for m in _MEMBERS_OPEN.finditer(text, start, stop):
        member = _read_name(text, m.end(), stop, regions)
        if member is None or any(a <= member[0] < b for a, b in taken):
            continue
        words = text[member[0]:member[1]].split()
        if not (len(words) >= 2 or _LONE_NAME_END.match(text, member[1], stop)):
            continue
        out.extend(_member_chain(text, member, stop, regions, taken))
    return out


def _member_chain(text: str, member: tuple[int, int] | None, stop: int,
                  regions: Mapping[int, int], taken: list[tuple[int, int]]
                  ) -> list[OfficialMention]:
    """``member`` and the members named after it one by one (see _next_member), titled
    "Anggota", up to a title word or a name already ``taken`` (which grows with them)."""
    out: list[OfficialMention] = []
    while member is not None:
        clean = normalise_name(text[member[0]:member[1]])
        if not clean or clean in TITLE_WORDS or any(a <= member[0] < b for a, b in taken):
            break
        out.append(OfficialMention(clean, "Anggota", member[0], member[1], member[0],
                                   member[1], ()))
        taken.append(member)
        member = _next_member(text, member[1], stop, regions)
    return out


_FACTION_OPEN = re.compile(r"\((?:Fraksi|F-)")
_TRAILING_DEGREE = re.compile(r"\s*,?\s*(?P<deg>[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*)\s*$")
_WORD_TOKEN = re.compile(r"[^\s,;:()]+")


def _faction_members(text: str, start: int, stop: int, regions: Mapping[int, int],
                     found: list[OfficialMention]) -> list[OfficialMention]:
    """Council members named with their faction in brackets and no title of their own: "Di
    antaranya Yudi Hermawan (Fraksi PDI Perjuangan), Hj. Fitriani Saleh (Fraksi Golkar), Rizki
    Aprianto, S.T. (Fraksi Gerindra) ..." (the name before the bracket, its degrees skipped)."""
    if "(Fraksi" not in text and "(F-" not in text:
        return []
    taken = [(o.name_start, o.name_end) for o in found]
    out: list[OfficialMention] = []
    for m in _FACTION_OPEN.finditer(text, start, stop):
        base = max(start, m.start() - 80)
        end = m.start()
        # Degrees after the name ("Rizki Aprianto, S.T. (Fraksi ...)") come off first; the name
        # then starts after the last mark before it (the previous member's bracket or comma).
        while (deg := _TRAILING_DEGREE.search(text, base, end)) is not None \
                and _strip_key(deg.group("deg")) in _DEGREES:
            end = deg.start()
        base = max(base, *(text.rfind(c, base, end) + 1 for c in ",;():"))
        _opening, a, b, count = _name_words_before(text, base, end, regions)
        if not count:
            continue
        clean = normalise_name(text[a:b])
        if not clean or clean in TITLE_WORDS or any(x <= a < y or a <= x < b for x, y in taken):
            continue
        out.append(OfficialMention(clean, "Anggota", a, b, a, b, ()))
        taken.append((a, b))
    return out


# What opens a name told before its title: a verb or word of company, a list's comma, a number.
_BEFORE_NAME_CUE = re.compile(
    r"(?:\b(?:dipimpin|didampingi|mendampingi|diterima|disambut|oleh|bersama|beserta|dan|serta"
    r"|yakni|yaitu|lain|antaranya|termasuk|rombongan|hadir|ikut)|[,;:(]|^|\n\s*\d{1,2}[.)])\s*$",
    re.IGNORECASE)
_DEGREE_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*"
                           r"|[A-Z]{1,2}[a-z]?[A-Z][a-z]{0,3}|[A-Z]{2,4}|Lc)$")


def _name_words_before(text: str, base: int, end: int, regions: Mapping[int, int]
                       ) -> tuple[int, int, int, int]:
    """The capitalised name that ends ``text[base:end]``, read back from ``end``: degrees after
    it skipped ("SE MSi", "S.Sos., M.Si."), up to five words of a name, honorifics before it
    left out. Returns where the name opens (with its honorifics), its first and last offsets and
    its number of words (0 when there is none)."""
    words = list(_WORD_TOKEN.finditer(text, base, end))
    while words and _DEGREE_TOKEN.match(words[-1].group(0)) \
            and _strip_key(words[-1].group(0)) in _DEGREES:
        words.pop()
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        if len(taken) == 5 or not _NAME_WORD.match(w.group(0)) or w.group(0) in _NAME_STOP \
                or w.group(0) in TITLE_WORDS or w.start() in regions:
            break
        taken.append(w)
    opening = taken[-1].start() if taken else end
    while taken and _strip_key(taken[-1].group(0)) in HONORIFICS:
        taken.pop()
    if not taken:
        return opening, end, end, 0
    return opening, taken[-1].start(), taken[0].end(), len(taken)


def _name_before(text: str, head: int, start: int, regions: Mapping[int, int]
                 ) -> tuple[int, int, int] | None:
    """Where a person told right before a title at ``head`` (after a comma or an opening
    bracket) begins with any honorific, and the span of the name; or ``None``. The name is two
    to five capitalised words (degrees after them allowed), no region among them, opened by a
    word of company or a list's mark."""
    i = head
    while i > start and text[i - 1] in " \t":
        i -= 1
    if i <= start or text[i - 1] not in ",(":
        return None
    end = i - 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    base = max(start, end - 120)
    # An honorific or a first capital of a name may be dropped by the checks of the walk; the
    # name needs two words of its own and its opening.
    opening, first, last, count = _name_words_before(text, base, end, regions)
    if count < 2:
        return None
    if not _BEFORE_NAME_CUE.search(text, max(start, opening - 30), opening):
        return None
    if any(first <= r < last for r in regions):
        return None
    return opening, first, last


# What closes a one-word name as a member's: a faction, a degree or the sentence's end
# ("Raking (Fraksi Gerindra)", "Zulkifli, S.Ag.", "... dan Ardiansyah.").
_DEGREE_AFTER = re.compile(r",\s*[A-Z][A-Za-z]{0,4}\.")
_LONE_NAME_END = re.compile(r"\s*(?:\((?:Fraksi|F-)|[.;](?:\s|$)|" + _DEGREE_AFTER.pattern + ")")


def _next_member(text: str, end: int, stop: int, regions: Mapping[int, int]
                 ) -> tuple[int, int] | None:
    """The name of the next member in a list after one title, or ``None``: two words or more,
    or one after an honorific ("Hj. Rabiatul"), so that a weekday or a place is not taken."""
    gap = _MEMBER_GAP.match(text, end, stop)
    if gap is None:
        return None
    name = _read_name(text, gap.end(), stop, regions)
    if name is None:
        return None
    words = text[name[0]:name[1]].split()
    honorific = text[gap.end():name[0]].strip() != ""
    if _DEGREE_TOKEN.match(words[0]) and _strip_key(words[0]) in _DEGREES:
        # "Teguh Santoso, S.E. (Fraksi Golkar)", "Hairil Anwar, S.E. Ikut mendampingi ...":
        # his degree, no one else
        return None
    if len(words) < 2 and not honorific and not words[0].endswith(".") \
            and not _LONE_NAME_END.match(text, name[1], stop) \
            or words[0] in _NAME_STOP:
        return None
    return name


# The marks that open a list's item: a number, or a bullet of LIST_BULLETS.
LIST_BULLETS = "-•*·–"
LIST_MARK = rf"(?:\d{{1,2}}[.)]|[{LIST_BULLETS}])"
# An item of a list under a header line: "1. Nama, S.T. – Kepala Dinas;", "- Nama (Anggota)".
# (Matched from the newline before the item: a literal first character lets the engine skip to
# the text's newlines instead of trying every position.)
_ITEM_MARK = re.compile(rf"\n[ \t]*{LIST_MARK}[ \t]+(?=\S)")
# A header that names a party of people ("Rombongan terdiri atas:", "Anggota pansus yang ikut
# antara lain:"), not a list of topics ("Hal yang dipelajari tim antara lain:").
_PARTY_HEADER = re.compile(r"\b(?:rombongan|tim|delegasi|anggota|peserta|beranggotakan|terdiri"
                           r"|pejabat|personel|hadir|ikut|turut|didampingi)\b", re.IGNORECASE)
_TOPIC_HEADER = re.compile(r"\b(?:dipelajari|mempelajari|belajar|materi|program|hal|inovasi"
                           r"|aspek|poin|topik|fokus|agenda|lokasi|tempat|kegiatan)\b",
                           re.IGNORECASE)
_ITEM_DEGREE = re.compile(r"\s*,?\s*([A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*|[A-Z][A-Za-z]{1,4}"
                          r"(?=[\s,;()]|$))")
_ITEM_TITLE = re.compile(r"\s*(?:\((?P<bracket>[^()\n]{1,80})\)|[–—-]\s*(?P<dash>[^;\n]{1,80})"
                         r"|,\s*(?P<comma>[^;\n]{1,80}))?\s*[;.,]?[ \t]*$", re.MULTILINE)
_FACTION = re.compile(r"\s*,?\s*\b(?:Fraksi|F-)\b.*$")


# A line (from its start) that opens with a list's mark: "1. Nama", "- Nama (Kepala Desa)".
ITEM_LINE = re.compile(rf"[ \t]*{LIST_MARK}[ \t]+(?=\S)")


def _region_subheader(line: str, line_start: int, text: str, regions: Mapping[int, int]) -> bool:
    """Whether a stripped line is a subheader naming one region ("Kabupaten Ngada",
    "Kota Bima:"): a few words, a region among them, no sentence's stop."""
    if len(line) > 60 or line.endswith((".", ",", ";")) or len(line.split()) > 5:
        return False
    at = text.find(line, line_start)
    return at >= 0 and any(at <= s < at + len(line) for s in regions)


def _item_degrees(text: str, pos: int, stop: int) -> tuple[int, bool]:
    """Where the degrees after a listed name end, and whether there were any: a dotted
    abbreviation after a name in a list is a degree ("M.Eng.", "M.Ec.Dev.") even when
    ``_DEGREES`` does not know it."""
    seen = False
    while (m := _ITEM_DEGREE.match(text, pos, stop)) is not None:
        tok = m.group(1)
        if "." not in tok and _strip_key(tok) not in _DEGREES:
            break
        pos, seen = m.end(), True
    return pos, seen


# A delegation's leader named without a title: "Pansus yang diketuai H. Zulfan Effendi, S.Ag.",
# "di bawah pimpinan Ir. Hendra Gunawan Saputra".
_LED_BY_BARE = re.compile(r"\b(?:[Dd]ipimpin|[Dd]iketuai|[Dd]ikomandoi)(?:\s+langsung)?"
                          r"(?:\s+oleh)?\s+|\b[Dd]i\s+bawah\s+pimpinan\s+")


# Its matches, one character after the "D" or "d", found fast by a pattern that opens with a
# letter (_LED_BY_BARE tried at every position cost 5% of reading an article): see
# patterns.literal_keys.
_LED_BY_CORE = re.compile(r"i(?:pimpin|ketuai|komandoi|\s+bawah\s+pimpinan)")


def _leaders_named_alone(text: str, start: int, stop: int, regions: Mapping[int, int],
                         found: list[OfficialMention]) -> list[OfficialMention]:
    """Leaders named right after "dipimpin", "diketuai" or "di bawah pimpinan" without a
    title of their own (a titled leader is found with his title). The name needs an honorific,
    a degree or two words, so that a bare word is not read as a person; the title is empty."""
    out: list[OfficialMention] = []
    for m in literal_keys(_LED_BY_BARE, _LED_BY_CORE, text, start, stop, before=1):
        at = m.end()
        if any(o.start <= at < o.end for o in found) or _HEAD_RE.match(text, at, stop):
            continue
        span = _read_name(text, at, stop, regions)
        if span is not None and text[span[0]:span[1]].split()[0].endswith("nya"):
            # "Komisi yang dipimpin Ketuanya, Ir. Zulfahmi Rasyid": the name after the comma
            span = _read_name(text, span[1], stop, regions)
        if span is None or any(o.name_start < span[1] and span[0] < o.name_end for o in found):
            continue
        clean = normalise_name(text[span[0]:span[1]])
        words = clean.split()
        marked = span[0] > at or _DEGREE_AFTER.match(text, span[1], stop) is not None
        if not clean or clean in TITLE_WORDS or not (marked or len(words) >= 2):
            continue
        out.append(OfficialMention(clean, "", at, span[1], span[0], span[1], ()))
    return out


def _list_members(text: str, start: int, stop: int, regions: Mapping[int, int],
                  found: list[OfficialMention]) -> list[OfficialMention]:
    """The people of lists under a header that names a party, one per item, that the titled
    readings did not find: "Rombongan terdiri atas:" over "1. Hj. Siti Jamilah, S.Pd" or
    "2. Umar Al Habsyi, S.T., M.Eng. – Kepala Dinas Lingkungan Hidup;".

    A list counts only when at least half its items read as a person with some mark of one
    (an honorific, a degree, a title or a finding of the titled readings), so that a list of
    headlines or of topics under a loose header gives nobody."""
    if text.find(":\n", start, stop) < 0 and text.find(": \n", start, stop) < 0:
        return []  # no line ends with the colon of a header
    taken = [(o.start, o.end) for o in found]
    blocks: list[list[tuple[int, int]]] = []
    last_line_end = -2
    for m in _ITEM_MARK.finditer(text, start, stop):
        line_end = text.find("\n", m.end(), stop)
        line_end = stop if line_end < 0 else line_end
        gap = text[last_line_end + 1:m.start()] if last_line_end >= 0 else None
        if gap is not None and not gap.strip():
            blocks[-1].append((m.end(), line_end))
        else:
            head_end = m.start()
            header_start = text.rfind("\n", start, max(start, head_end - 1)) + 1
            header = text[header_start:max(header_start, head_end)].strip()
            for _ in range(40):
                # Past blank lines, and past the subheaders of a list of several regions'
                # people and the items under them ("Kabupaten Ngada" over "- Nama (...)").
                if header and not ITEM_LINE.match(header) \
                        and not _region_subheader(header, header_start, text, regions):
                    break
                if header_start <= start:
                    break
                head_end = header_start - 1
                header_start = text.rfind("\n", start, max(start, head_end - 1)) + 1
                header = text[header_start:max(header_start, head_end)].strip()
            if header.endswith(":") and _PARTY_HEADER.search(header) \
                    and not _TOPIC_HEADER.search(header):
                blocks.append([(m.end(), line_end)])
            else:
                blocks.append([])  # a list under no party header: its items are skipped
        last_line_end = line_end
    out: list[OfficialMention] = []
    for items in blocks:
        people: list[OfficialMention] = []
        marked = 0
        for item_start, item_end in items:
            if any(item_start <= s < item_end or s <= item_start < e for s, e in taken):
                marked += 1  # a titled reading found this member already
                continue
            pos, honorific = _skip_honorifics(text, item_start, item_end)
            name = _read_name(text, pos, item_end, regions)
            if name is None:
                continue
            words = text[name[0]:name[1]].split()
            after, degree = _item_degrees(text, name[1], item_end)
            tail = _ITEM_TITLE.match(text, after, item_end)
            if tail is None or len(words) == 1 and len(words[0]) < 3:
                continue
            title = (tail.group("bracket") or tail.group("dash") or tail.group("comma") or "")
            title = _FACTION.sub("", title).strip(" .,;")
            clean = normalise_name(text[name[0]:name[1]])
            if not clean or clean in TITLE_WORDS:
                continue
            marked += honorific or degree or bool(title)
            people.append(OfficialMention(clean, title, item_start, tail.end(), name[0],
                                          name[1]))
        if people and marked * 2 >= len(items):
            out.extend(people)
    return out


# The keyword every "<name> selaku <title>" holds.
_SELAKU_KEY = re.compile(r"\s(?:selaku|sebagai)\s")
# Its words alone: a literal prefix ("se") that the engine finds fast.
_SELAKU_CORE = re.compile(r"se(?:laku|bagai)")


# A title that names a village or a district: its head, then the place ("Kepala Desa Dermaji",
# "Lurah Panggungharjo", "Wali Nagari Pariangan", "Ketua Pokdarwis Nglanggeran", "Camat Kejajar").
_LOCAL_PLACE_RE = re.compile(
    r"(?:\b(?:Desa|Kelurahan|Kalurahan|Nagari|Kampung|Gampong|Pekon|Lembang|Kecamatan|Distrik)|Camat"
    r"|Lurah|Kades|Sangadi|Keuchik|Geuchik|Perbekel|Peratin|Carik|Bendesa(?:\s+Adat)?|Sekdes"
    r"|Sekcam|Pokdarwis|BPD|BUMDes|Bumdes|BUMKam|BUMNag)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def local_place(title: str) -> str | None:
    """The village or district a title names, or ``None``.

    Examples
    --------
    >>> local_place("Kepala Desa Tete Batu"), local_place("Ketua Pokdarwis Nglanggeran")
    ('Tete Batu', 'Nglanggeran')
    >>> local_place("Kepala Dinas Pemberdayaan Masyarakat dan Desa") is None
    True
    """
    m = _LOCAL_PLACE_RE.search(title)
    if m is None:
        return None
    words = m.group("place").split()
    while words and words[0] in _PLACE_WORDS:
        words = words[1:]  # "Keuchik Gampong Lhok Mee"
    place = " ".join(words)
    if not words or any(w in TITLE_WORDS or _acronym(w) for w in words):
        return None  # "Ekonomi Desa DPMD Lotim": a unit and its region, not a village
    return place


def find_officials(
    text: str, regions: Mapping[int, int] | None = None, *, start: int = 0, end: int | None = None
) -> list[OfficialMention]:
    """Find titled officials in ``text[start:end]``.

    Parameters
    ----------
    text
        The (cleaned) article text.
    regions
        Region mentions as ``{start: end}``, so that a title can cross "Kabupaten Balangan" and a
        name never starts with a region.
    start, end
        The span to search.

    Returns
    -------
    list of OfficialMention
        In text order; a title without a name ("Bupati Paser mengatakan") gives nothing.

    Examples
    --------
    >>> [(o.title, o.name) for o in find_officials("Kepala Bagian Umum, Budi Santoso, hadir.")]
    [('Kepala Bagian Umum', 'Budi Santoso')]
    """
    regions = regions or {}
    stop = len(text) if end is None else end
    found: list[OfficialMention] = []
    last_end = -1
    for m in _head_matches(text, start, stop):
        if m.start() < last_end or _BUILDING_BEFORE.search(text, max(0, m.start() - 25),
                                                            m.start()):
            continue
        local = m.group(0).split()[-1].rstrip(".") in _LOCAL_HEADS
        title_end, walk_end, spans = _walk_title(text, m.end(), stop, regions, local)
        title_end = max(title_end, m.end())
        members = m.group(0).lower() == "anggota"
        if members:
            # "anggota komisi masing-masing Lalu Wirajaya, H. Sahabuddin dan ...": the names
            # of several members follow one title.
            lead = _MEMBERS_LEAD.match(text, walk_end, stop)
            walk_end = lead.end() if lead is not None else walk_end
        bracketed = text[max(0, m.start() - 2):m.start()].rstrip().endswith("(")
        if bracketed:
            # "Slamet Riyadi ST (Kepala Dinas Kominfo), Ny Endang (...)": the title closes at
            # its bracket; the name after it is the next person's.
            close = text.find(")", m.start(), stop)
            if close < 0:
                continue
            title_end = min(title_end, close)
            walk_end = close + 1
        name = None if bracketed else _read_name(text, walk_end, stop, regions)
        inside = None
        if not bracketed:
            # (The title's walk may have taken the bracket in, as it does a unit's short name,
            # and read a name after it: "Camat Barabai (Rahmadi Noor, S.STP.) dan Camat ...".)
            opened = text.find("(", m.end(), walk_end)
            at = opened if opened >= 0 and text.find(")", opened, walk_end) >= 0 \
                else walk_end if name is None else -1
            inside = _bracketed_names(text, at, stop, regions) if at >= 0 else None
            if inside and at < walk_end:
                title_end = at
        if inside:
            # "Kepala Bappeda HST (Ir. H. Muhammad Fauzi Rahman, M.T.)", "tiga kepala bidang
            # (Ahmad Rifani, S.T.; Hj. Masliana, S.E.; dan Muhammad Ridha, S.Kom.)"
            title = " ".join(text[m.start():title_end].split()).rstrip(",")
            for a, b in inside:
                found.append(OfficialMention(normalise_name(text[a:b]), title, m.start(), b, a,
                                             b, tuple(spans)))
            last_end = inside[-1][1]
            continue
        if name is not None and (not (first := normalise_name(text[name[0]:name[1]]))
                                 or first in TITLE_WORDS):
            # "Kepala Bappeda.": the walk stopped at the unit, which is no name
            title_end = walk_end = max(title_end, name[1])
            name = None
        if name is not None and not bracketed and not members \
                and "," not in text[walk_end:name[0]]:
            later = _name_after_tail(text, name[1], stop, regions)
            if later is not None:
                # "Kepala Bidang Perencanaan Makro, Bambang Widyatmoko, S.T.": the walk stopped
                # at a word of the unit it did not know; the person is the one after the comma.
                title_end = walk_end = later[0]
                while title_end > m.end() and text[title_end - 1] in " ,":
                    title_end -= 1
                name = later[1:]
        if name is None:
            # "dipimpin Hendrikus Sudarman SE MSi, Kepala Bappeda Kapuas Hulu", "Slamet Riyadi ST
            # (Kepala Dinas Kominfo)": the name before the title.
            before = _name_before(text, m.start(), start, regions)
            if before is not None and before[0] >= last_end:
                clean = normalise_name(text[before[1]:before[2]])
                if clean and clean not in TITLE_WORDS:
                    title = " ".join(text[m.start():title_end].split()).rstrip(",.")
                    found.append(OfficialMention(clean, title, before[0], walk_end, before[1],
                                                 before[2], tuple(spans)))
                    last_end = walk_end
            continue
        title = " ".join(text[m.start():title_end].split()).rstrip(",")
        while name is not None:
            clean = normalise_name(text[name[0]:name[1]])
            if not clean or clean in TITLE_WORDS:
                break
            found.append(OfficialMention(clean, title, m.start(), name[1], name[0], name[1],
                                         tuple(spans)))
            last_end = name[1]
            name = _next_member(text, name[1], stop, regions) if members else None
        after = _MEMBERS_AFTER.match(text, last_end, stop) if found and not members else None
        if after is not None:
            # "dipimpin Ketua Komisi A, Nama, beranggotakan Hengky Ohee, Maria Yoku dan ...":
            # the members are named without titles of their own.
            member = _read_name(text, after.end(), stop, regions)
            if member is not None and (member[1] - member[0] > 4
                                       and len(text[member[0]:member[1]].split()) >= 2
                                       or member[1] - member[0] > 3
                                       and _LONE_NAME_END.match(text, member[1], stop)):
                chain = _member_chain(text, member, stop, regions, [])
                found.extend(chain)
                if chain:
                    last_end = chain[-1].end
    # "Hasmiati selaku Asisten III ...": the name comes first.
    keys = literal_keys(_SELAKU_KEY, _SELAKU_CORE, text, start, stop)
    for m in capitalised_before(_SELAKU_RE, _SELAKU_KEY, text, start, stop, keys=keys):
        head = _HEAD_RE.match(text, m.end(), stop)
        if head is None:
            continue
        title_end, walk_end, spans = _walk_title(text, head.end(), stop, regions)
        clean = normalise_name(m.group("name"))
        if not clean or any(o.start <= m.start() < o.end for o in found):
            continue
        title = " ".join(text[head.start():max(title_end, head.end())].split())
        found.append(OfficialMention(clean, title, m.start(), walk_end, m.start("name"),
                                     m.end("name"), tuple(spans)))
    found.extend(_leaders_named_alone(text, start, stop, regions, found))
    found.extend(_list_members(text, start, stop, regions, found))
    found.extend(_anggota_members(text, start, stop, regions, found))
    found.extend(_faction_members(text, start, stop, regions, found))
    found = [o for o in found if not _not_a_person(o.name)]
    found.sort(key=lambda o: o.start)
    return found


# Words that make a "name" a body, a bill or a title read in a name's place: "Panitia Khusus
# Ranperda", "Satuan Polisi Pamong Praja Drs", "Wakil Ketua DPRD Bontang", "Corruption Watch".
_BODY_FIRST = _words("""
    Ranperda Raperda Perda Pansus Panitia Satuan Perumda Perusda PDAM Banleg Bapemperda Banggar
    Corruption Forum Fraksi Komisi Dinas Badan DPRD DPRK Ketua Wakil Kelompok Pelajari Belajar
    Kunjungi Sambangi Timba Bappeda-Litbang Pendaftaran
""")
_BODY_ANYWHERE = _words("DPRD DPRK DPRA Ranperda Raperda Watch Pamong Dinas Bidang Penyakit")
_COMPASS = _words("Utara Selatan Timur Barat Tengah")


# A body's word closing a "name": "Tanah Dinas" read out of "Bidang Geologi dan Air Tanah Dinas
# ESDM".
_BODY_LAST = _words("Dinas Badan Bagian Bidang Kantor Dinkes Dishub Disdik Setda Setdakab Setdako "
                    "Disdukcapil Bappeda Bappeda-Litbang Litbang Bersejarah")


def _not_a_person(name: str) -> bool:
    words = name.split()
    return not words or words[0] in _BODY_FIRST or any(w in _BODY_ANYWHERE for w in words) \
        or all(w in _COMPASS for w in words) or len(words) > 1 and words[-1] in _BODY_LAST
