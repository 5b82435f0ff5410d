"""How Indonesian news tells a study visit: the patterns and word lists the reader applies.

Direction cues, the slots around them, and the guards that tell a learning visit from
other trips, each with the sentences it was written for. Everything here is internal to
:mod:`graph.extraction`, whose ``Extractor`` applies these patterns: the rules of reading
stay in one module and the vocabulary of the news in this one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import compress
from typing import Any

import ahocorasick

from graph import aliases
from graph.article import Span, non_ascii_chars
from graph.chars import ascii_alnum_only
from graph.dates import NUMBER_WORDS
from graph.findings import OfficialRef, ProgramRef, RegionRef, Visit
from graph.gazetteer import split_words
from graph.officials import (
    ITEM_LINE,
    LIST_BULLETS,
    LIST_MARK,
)
from graph.patterns import trie_regex

__all__: list[str] = []  # internal to graph.extraction

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EVENT_STRONG = (
    r"stud[iy][\s-]*(?:kaji\s+)?(?:tiru|banding|komparasi|komparatif|lapangan|eksplorasi|visit)"
    r"|kaji\s+(?:tiru|banding|belajar)|stuban|benchmarking|kunjungan\s+(?:studi|belajar"
    r"|benchmarking|komparatif)(?:\s+(?:tiru|banding|komparasi))?|study\s+tour|studi\s+tur|ATM"
)
# ("site visit": the English words of the same working visit)
_EVENT_MEDIUM = (r"kunjungan\s+kerja|kunker|kunja|kunjungan\s+dinas|lawatan|kunjungan\s+silaturahmi"
                 r"|site\s+visit")
_EVENT_WEAK = r"kunjungan(?:nya)?|silaturahmi"
# Words between "kami" and "ke" in a trip told without a verb: "Kami kemarin ke Kabupaten
# Banyuwangi", "kami sempat ke Sleman".
_BARE_TRIP_WORDS = (r"(?:sudah|telah|juga|sempat|pernah|langsung|lalu|kemudian|kemarin|dulu"
                    r"|memang|baru|saja)")
# Verbs of a delegation moving on to its next stop ("Keesokan harinya, rombongan bergeser ke
# Kabupaten Tabanan"; in "berpindah dari Banyumas ke Purbalingga" the place after "dari" is the
# stop before, not the learners).
_MOVE_ON_WORDS = ("bergeser", "beranjak", "berpindah", "beralih", "bergerak", "berlanjut")
_MOVE_ON = frozenset(_MOVE_ON_WORDS)
_GO_VERBS = (
    r"belajar|berguru|nyantri|menimba\s+ilmu|mencari\s+ilmu|ngangsu\s+ka(?:we|w)?ruh|mempelajari|berkunjung|"
    # ("bertamu ke Pemkab Temanggung": called on it as guests)
    r"bertandang|bertamu|menyambangi|mendatangi|mengunjungi|menyerbu|terbang|bertolak|datang|tiba|"
    r"berangkat|"
    # "Ferdiansyah memimpin rombongan Pemkab Belitung Timur ke Lumajang": the delegation named
    # after the verb, the host after "ke".
    r"(?:memimpin|membawa|memboyong|pimpin)\s+(?:\w+\s+){0,2}?(?:rombongan|tim|delegasi|jajaran)"
    r"(?:nya)?|"
    # "DPMD Kabupaten Wonogiri memboyong 20 kepala desa ke DIY": the people taken along.
    r"(?:membawa|memboyong)\s+(?:\w+\s+){0,2}?(?:kepala\s+desa|kades|camat|lurah|pejabat"
    r"|perangkat\s+desa|pegawai|staf"
    # village heads by their local names: "memboyong sepuluh wali nagari ... ke Kabupaten Sleman"
    r"|wali\s+nagari|wali\s+nagori|keuchik|geuchik|perbekel|kepala\s+(?:kampung|lembang|pekon"
    r"|tiyuh|gampong)|pambakal|petinggi"
    # "Dinas Pendidikan Kabupaten Mimika memboyong belasan kepala sekolah dan pengawas ke Kota
    # Surakarta", "memboyong sejumlah kepala OPD"
    r"|kepala\s+sekolah|pengawas|kepala\s+OPD|kepala\s+dinas|kader|pengurus"
    # "Gubernur memboyong Bupati Mamuju ... dan Bupati Polewali Mandar ... ke Bantaeng"
    r"|bupati|wali\s*kota)(?:nya)?|"
    # Taken along, in the passive: "Tujuh lurah ... Kota Pekanbaru, diboyong ke Kota Surabaya".
    r"(?:diboyong|diberangkatkan)(?=\s+(?:\w+\s+){0,2}?ke\s)|"
    # A day of an itinerary spent at a stop: "Hari terakhir dihabiskan di Sidoarjo".
    r"hari\s+(?:pertama|kedua|ketiga|keempat|kelima|terakhir)\s+(?:dihabiskan|diisi)"
    r"(?=\s+(?:dengan\s+\w+\s+)?(?:di|ke)\s)|"
    # Headlines drop the verb's prefix: "Pemkab X Sambangi Kota Y", "Timba Ilmu ke Y".
    r"sambangi|kunjungi|datangi|pelajari|timba\s+(?:ilmu|pengalaman)|"
    # "menyerap ilmu dari X", "gali ilmu ke X": the same learning trip in other words.
    r"menyerap\s+ilmu|serap\s+ilmu|menggali\s+(?:ilmu|informasi|pengalaman)|gali\s+ilmu"
    r"|menimba\s+pengalaman|"
    # "Banggar DPRD Sumenep Berkaca ke Kudus": to look at oneself in another's mirror.
    r"(?:berkaca|bercermin)(?=\s+ke\s|\s+(?:pada|dari)\s+(?:pemkab|pemkot|pemko|pemprov|pemerintah"
    r"|kabupaten|kota|provinsi|dprd)\b)|"
    # The next stop of a trip.
    + "|".join(_MOVE_ON_WORDS) + r"|melanjutkan\s+perjalanan|menuju|"
    # "Kamis (24/10), perjalanan dilanjutkan ke Kabupaten Kulon Progo"
    r"dilanjutkan(?=\s+(?:dengan\s+kunjungan\s+)?ke\s)|"
    # "rombongan SBD menyeberang ke Kabupaten Gianyar" (not "menyeberang ke daratan Sumatera",
    # "ke Jawa Barat": a sea crossed, an island or a province reached on the way)
    r"menyeberang(?=\s+ke\s+(?:kabupaten|kota|pemkab|pemkot|pemko|pemerintah)\s)|"
    # "Persinggahan pertama dilakukan di Kota Kendari, Senin (20/10)"
    r"persinggahan\s+(?:pertama|kedua|ketiga|terakhir|berikutnya)(?=\s+(?:(?:dilakukan|adalah"
    r"|yakni|ialah)\s+)?(?:di|ke)\s"
    # "Persinggahan pertama adalah Pemerintah Kabupaten Sleman pada Senin (3/3/2025)"
    r"|\s+(?:adalah|yakni|ialah)\s+(?:pemerintah|pemkab|pemkot|pemko|pemprov|kabupaten|kota"
    r"|provinsi|dprd|dinas|balai\s+kota)\b)|"
    # "Perjalanan pertama dilakukan pada 18 hingga 19 Februari lalu ke Kota Surabaya"
    r"perjalanan\s+(?:pertama|kedua|ketiga|terakhir|berikutnya)(?=\s+(?:dilakukan|berlangsung"
    r"|digelar)\b[^.;]{0,50}?\s(?:di|ke)\s)|"
    # "memilih Pemprov Jatim sebagai tempat belajar": the model named as the object.
    r"memilih|menjadikan|"
    # The host shows the guests around: "rombongan dibawa meninjau posyandu di Kabupaten X".
    r"(?:dibawa|diajak)\s+(?:meninjau|melihat|mengunjungi|berkeliling)|"
    # "rombongan juga singgah di Kota Surabaya untuk mempelajari ...": a stop on the way.
    r"singgah|menyinggahi|mampir|"
    # "rombongan Pemkab Berau berada di Wates, ibu kota Kulon Progo, untuk studi tiru ...": being
    # somewhere is a visit only when the sentence says it was to learn.
    # ("menghabiskan dua hari di Kota Surabaya untuk mempelajari ...": the same)
    r"(?:berada|menghabiskan\s+(?:\w+\s+){0,2}?(?:hari|malam|waktu|pekan))"
    # ("menghabiskan tiga hari, 16 hingga 18 September 2025, di Kabupaten Kulon Progo ...")
    r"(?=(?:,[^,.;]{1,40},)?\s+di\s+[^.;]{0,60}?\b(?:untuk|guna|dalam\s+rangka)\s+(?:\w+\s+){0,2}?"
    r"(?:mempelajari|mendalami|belajar|studi|kaji|menimba|kunjungan|melihat)\b)|"
    # "Pemkab X mengirim tim Diskominfo ke Kabupaten Y": the sender learns.
    # ("Dinkes X memberangkatkan tim Puskesmas Selong ke Kabupaten Y": the same)
    r"(?:mengirim(?:kan)?|memberangkatkan)\s+(?:\w+\s+){0,2}?(?:tim|rombongan|delegasi|utusan"
    r"|pejabat|perwakilan)(?:nya)?"
    # "Pemerintah Kabupaten Tabalong ... mengutus Sekretaris Daerah ... bersama Kepala DLH"
    r"|mengutus\s+(?:\w+\s+){0,2}?(?:tim|rombongan|delegasi|pejabat|perwakilan|[Ss]ekretaris"
    r"|[Kk]epala|[Aa]sisten|[Ww]akil|[Ss]ekda)"
    # An interview's answer without a verb: "Kami ke Kabupaten Enrekang hari Senin" (read only
    # in a story that speaks of learning; see _WE_WENT_BARE).
    r"|(?:kami|kita)(?=\s+(?:" + _BARE_TRIP_WORDS + r"\s+){0,2}ke\s)"
)
# What a region "became" for its guests: "menjadi tujuan studi banding", "jadi percontohan".
_MODEL_NOUNS = (r"tujuan|jujugan|jujukan|lokus|kiblat|tuan\s+rumah|percontohan|lokasi|sasaran"
                r"|persinggahan")
_RECEIVE = (
    r"menerima\s+(?:\w+\s+){0,2}?(?:kunjungan|rombongan|kedatangan|tamu|delegasi|studi|tim)"
    # "Pemkab Banyumas menerima 18 anggota Panitia Khusus ... DPRD Kabupaten Pemalang"
    r"|menerima\s+(?:\d+|belasan|puluhan|[a-z]+\s+puluh(?:\s+\w+)?)\s+(?:orang\s+)?"
    r"(?:anggota|pejabat|kepala\s+desa|perwakilan|peserta|legislator|wakil\s+rakyat)"
    r"|menyambut\s+(?:\w+\s+){0,2}?(?:rombongan|kedatangan|kunjungan|delegasi|tamu|jajaran"
    r"|perwakilan|utusan)"
    # "Pemerintah Kabupaten Raja Ampat menjamu rombongan Pemerintah Kabupaten Pulau Morotai"
    r"|(?:menjamu|[Jj]amu)\s+(?:\w+\s+){0,1}?(?:rombongan|tamu|delegasi)"
    r"|mendapat(?:kan)?\s+(?:\w+\s+){0,1}?kunjungan"
    r"|kedatangan\s+(?:\w+\s+){0,2}?(?:rombongan|tamu|delegasi|pejabat|tim|perwakilan)"
    # "Pemkot Madiun Kebanjiran Tamu: HST Pelajari ..., Magetan Dalami ..."
    r"|(?:kebanjiran|dibanjiri)\s+(?:\w+\s+){0,1}?(?:tamu|kunjungan|rombongan)"
    r"|dikunjungi|disambangi|didatangi|diserbu"
    # "Inovasi Samsat milik Pemprov Bengkulu dipelajari oleh tim Bapenda Babel"
    r"|dipelajari(?:\s+(?:secara\s+)?langsung)?\s+oleh"
    # "Inovasi SIGAP BUMIL Puskesmas di Banyumas Dilirik Pesisir Barat": eyed by a learner
    r"|dilirik(?!\s+(?:sebagai|menjadi|untuk|karena|oleh\s+banyak))"
    r"|dipelajari(?=\s+(?:para\s+)?(?:rombongan|tim|delegasi|jajaran|pejabat|legislator"
    # "Cakupan JKN 100 Persen Bontang Dipelajari Legislator Bone", "... Dipelajari Wakil Rakyat
    # Morowali Utara"
    r"|wakil\s+rakyat|anggota\s+dewan|anggota\s+dprd)\b)"
    # "Pengelolaan sampah Kota Probolinggo ... dipelajari Pemerintah Kabupaten Lumajang" (in
    # lower case: the case-sensitive form of this pattern reads the lower-cased text)
    r"|dipelajari(?=\s+(?:pemerintah|pemkab|pemkot|pemprov|kabupaten|kota|provinsi|dprd)\b)"
    # "Pengelolaan sampah ... di Kabupaten Gianyar menarik perhatian Pemerintah Kabupaten
    # Sumbawa Barat", "Inovasi SI-DAMAI Milik Sumedang Menarik Minat Pemkab Bone Bolango"
    r"|menarik\s+(?:minat|perhatian)(?=\s+(?:pemerintah|pemkab|pemkot|pemprov|pemko|kabupaten"
    r"|kota|provinsi|dprd)\b)"
    # A headline drops the prefix: "Bontang Terima Dua Rombongan Studi Banding".
    r"|[Tt]erima\s+(?!kasih)(?:\w+\s+){0,2}?(?:[Kk]unjungan|[Rr]ombongan|[Dd]elegasi|[Tt]amu)"
    # ("jadi harus tepat sasaran": on target, an idiom)
    r"|(?:menjadi|dijadikan|dipilih\s+(?:menjadi|sebagai)|[Jj]adi)\s+(?:\w+\s+){0,2}?"
    r"(?<!tepat\s)(?:" + _MODEL_NOUNS + r"|locus|objek|rujukan|referensi"
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
# "Dua daerah di Riau bergantian menimba ilmu ke Kabupaten Siak": regions inside a province
# are the learners, the province only where they lie.
_REGIONS_IN = re.compile(r"\b(?:daerah|kabupaten|kabupaten/kota|pemda|pemerintah\s+daerah)"
                         r"\s+(?:\w+\s+)?di\s*$", re.I)
# "Dedi didampingi ...": an official named by one of his names, accompanied.
_NAME_ACCOMPANIED = re.compile(r"(?:^|[\s,.;])(?P<name>[A-Z][a-z]+)\s+(?:didampingi|bersama)"
                               r"(?:\s+oleh)?\s*,?\s*$")
# The host's hall where guests were welcomed, told after them: "... di Balai Kota Banda Aceh".
_RECEIVED_AT_HALL = re.compile(r"\bdi\s+(?:Balai\s+Kota|Kantor\s+(?:Bupati|Wali\s*[Kk]ota"
                               r"|Gubernur)|Pendopo|Pendapa|Rumah\s+Jabatan|Gedung\s+Negara)\b")
# A town a delegation passed through, not who it was: "Tim bertolak pulang Jumat (7/11) melalui
# Makassar dan Sorong, lalu tiba di Waisai".
_VIA_BEFORE = re.compile(r"\b(?:melalui|via|lewat|transit\s+di)\s+(?:(?:Bandara|Pelabuhan|Kota"
                         r"|Kabupaten)\s+)?$")
# Where a delegation stayed, not who it was: "mereka berada di Padang Panjang".
# (or landed: "tim mendarat di Labuan Bajo dan langsung menuju Kantor Bupati Manggarai Barat")
_STAYED_AT = re.compile(r"\b(?:berada|singgah|bermalam|menginap|mendarat|transit)\s+di\s*$",
                        re.IGNORECASE)
# A pronoun for the official who received the guests: "Hal itu ia sampaikan saat menerima ...".
_HE_RECEIVED = re.compile(r"\b(?:ia|dia|beliau)\b[^.;]{0,40}\bmenerima\b", re.IGNORECASE)
# First words of a body's or a region's name, which an acronym of all its initials names too.
_BODY_HEADS = _words("""Komisi Komite Lembaga Kelompok Dewan Badan Dinas Kementerian Partai
    Daerah Majelis Ikatan Persatuan Asosiasi Organisasi Perusahaan Bank Kantor Pengadilan
    Kejaksaan Kepolisian Universitas Institut Sekolah Yayasan Koperasi Tim Satgas Pokja Arsip""")
# First words of an association's name: "Asosiasi Pemerintah Desa Seluruh Indonesia (APDESI)"
# names a body even where a program's head word ("Desa") stands inside it.
_ASSOCIATION_HEADS = _words("Asosiasi Ikatan Persatuan Perkumpulan Himpunan Gabungan Serikat")
# A region's public office or village named without its region after "ke".
_PUBLIC_PLACE = re.compile(r"\s*(?:Puskesmas|RSUD|Kantor|Mal\s+Pelayanan|MPP|Balai\s+Kota|Desa"
                           r"|Kelurahan|Kalurahan|Dinas|Sekretariat|Pendopo|Pendapa|Posyandu"
                           r"|Pekon|Nagari|Gampong)\b")
# A launch's or a tour's verb before a region in its clause: the region is its object.
_LAUNCHED_OBJECT = re.compile(r"\b(?:[Rr]esmikan|[Mm]eresmikan|[Ll]uncurkan|[Mm]eluncurkan"
                              r"|[Bb]uka|[Mm]embuka|[Tt]injau|[Mm]eninjau)\b")
# A verb of becoming between a region and a comma: the region heads a clause of its own.
_BECAME_CLAUSE = re.compile(r"\b(?:[Mm]enjadi|[Jj]adi)\b")
# A subject named without a region right after a fronted time clause: "Setelah menyapa petani
# di Kabupaten Wajo pada Senin, gubernur bergeser ke Kabupaten Bone" (the clause's region is
# where it was before, not who goes).
_BARE_SUBJECT = re.compile(r"\s*(?:para\s+)?(?:rombongan|tim|mereka|delegasi|gubernur|bupati"
                           r"|wali\s*kota|sekda|ia|beliau)\b", re.IGNORECASE)
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
    studi study studitiru studibanding kaji stuban benchmarking kunjungan kunjungannya atm kunker
    kunja lawatan
    site
    silaturahmi menerima menjamu jamu
    menyambut mendapat mendapatkan kedatangan menjadi dijadikan dipilih dikunjungi disambangi terima
    dipelajari dilirik kebanjiran dibanjiri
    didatangi diserbu menulari menularkan membagikan diterima disambut ditemui dijamu belajar
    berguru nyantri menimba mencari ngangsu mempelajari berkunjung bertandang bertamu menyambangi
    mendatangi
    mengunjungi menyerbu terbang bertolak datang tiba sambangi kunjungi datangi timba pelajari
    menyerap serap menggali gali menuju berkaca bercermin
    mengirim mengirimkan memberangkatkan mengutus
    singgah menyinggahi
    memilih menjadikan
    melanjutkan dilanjutkan dibawa diajak persinggahan perjalanan diboyong diberangkatkan
    menyeberang
    mampir berangkat memimpin pimpin membawa memboyong jadi berada menghabiskan menarik kami kita
    hari
""") | _MOVE_ON
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
_BRAND_FIRST = _words("aplikasi program gerakan inovasi kanal layanan platform cara penerapan "
                      "implementasi berfokus mempelajari")
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
# Regions that sent their people along, named first: "Kabupaten Bangka, Kabupaten Belitung dan
# Kabupaten Bangka Tengah ikut mengirim kepala bappeda ...".
# ("Kota Batu ikut serta dalam festival" sent no one on the trip)
_SENT_ALONG = re.compile(r"\b(?:juga\s+)?(?:ikut|turut)\s+(?:mengirim(?:kan)?\b|(?:serta|bergabung)"
                         r"\s+(?:dalam\s+)?(?:rombongan|kunjungan|studi|delegasi)\b)")
_GOV_PREFIX_ONLY = re.compile(r"\s*(?:(?:Pemerintah|Pemkab|Pemkot|Kabupaten|Kota|Provinsi)\s+)?")
# Where a delegation went, before a region: "ke Daerah Istimewa Yogyakarta", "menuju Makassar";
# or what its villages border on ("kampung-kampung yang berbatasan langsung dengan Sumatera
# Utara").
_TO_PLACE = re.compile(r"\b(?:ke|menuju|berbatasan(?:\s+langsung)?\s+dengan)\s+"
                       r"(?:(?:Provinsi|Kabupaten|Kota|Daerah\s+Istimewa"
                       r"|Pemerintah|Pemkab|Pemkot|Pemprov)\s+)*$")
# What follows a city that only places the office before it: the end of the clause.
_IN_PLACE = re.compile(r"\bdi\s+(?:(?:Provinsi|Kabupaten|Kota|provinsi|kabupaten|kota)\s+)?$")
_PLACE_END = re.compile(r"\s*(?:[.;)]|,\s+(?!dan\b|serta\b)[a-z])")
_PLACE_PREFIXES = frozenset({"provinsi", "propinsi", "prov", "kabupaten", "kab", "kota"})
# (and the national agencies a council consults in Jakarta: "Arsip Nasional Republik Indonesia
# (ANRI) di Jakarta", "Perpustakaan Nasional", BPK, KPK, BKN, LAN, BNPB, BPS)
_CENTRAL_BODY = re.compile(r"\b(?:Kementerian|Kemen[A-Z]\w*|Direktorat\s+Jenderal|Ditjen|DPR\s+RI"
                           r"|Bappenas|Arsip\s+Nasional|ANRI|Perpustakaan\s+Nasional|Perpusnas|BPK\s+RI"
                           r"|KPK|BKN|LAN\s+RI|Lembaga\s+Administrasi\s+Negara|BNPB|BPS\s+RI)\b")
_BOTH_GROUPS = re.compile(r"\b(?:[Kk]edua|[Kk]etiga|[Ss]eluruh)\s+(?:rombongan|delegasi|tim)\b")


def _both_groups(text: str, start: int, end: int) -> bool:
    """Whether ``_BOTH_GROUPS.search(text, start, end)`` matches; the pattern takes its
    counting words only as written after the first letter, looked for at C speed first."""
    return (text.find("edua", start, end) >= 0 or text.find("etiga", start, end) >= 0
            or text.find("eluruh", start, end) >= 0) \
        and _BOTH_GROUPS.search(text, start, end) is not None
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
    r"(?:turut\s+|juga\s+)?"
    r"(?:menerima|menyambut|menjamu|didatangi|dikunjungi|memperagakan|mendemonstrasikan"
    r"|memandu|memaparkan|mempresentasikan)\b")
# ... and the one who led the delegation, told after the name: "ungkap Kepala Biro Organisasi,
# Rahmat Pakaya, S.IP., M.Si., yang memimpin tim", "selaku ketua rombongan".
_LEADER_AFTER = re.compile(
    r"(?:\s*,?\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.)*)*\s*,?\s*(?:yang|selaku|sebagai)\s+"
    r"(?:(?:juga|sekaligus|langsung)\s+)?(?:memimpin|mengetuai|ketua|pimpinan|pemimpin)\s+"
    r"(?:tim|rombongan|delegasi|kunjungan|studi)\b", re.IGNORECASE)
_BUSY_BEFORE = re.compile(r"\b(?:ramai|banyak|sering|kerap|padat)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "studi tiru ke dua daerah di Bali, yakni A dan B": the stops of a trip, each its own visit.
_PLACES_COUNTED = re.compile(r"\b(?:dua|tiga|empat|[234])\s+(?:daerah|kabupaten|kota|lokasi"
                             r"|kabupaten/kota|provinsi|tempat)\b"
                             # "menyambangi Kota Kendari dan Kabupaten Kolaka dengan agenda
                             # berbeda": stops of their own
                             r"|\bdengan\s+(?:agenda|materi|fokus|tujuan)\s+(?:yang\s+)?berbeda\b",
                             re.IGNORECASE)
# The delegation as the subject of a passive welcome: "rombongan diterima di ...".
_GUESTS_WORD = re.compile(r"\b(?:[Rr]ombongan|[Mm]ereka|[Dd]elegasi|[Tt]im)(?:nya)?\b")
_TRAVEL_ONLY = re.compile(r"(?:melanjutkan|dilanjutkan|dibawa|diajak)\s", re.IGNORECASE)
# Stopping by is a visit only when the sentence says it was to learn.
_STOP_BY = frozenset({"singgah", "menyinggahi", "mampir"})
_TO_LEARN = re.compile(r"\b(?:untuk|guna|dalam\s+rangka|sekaligus)\s+(?:\w+\s+){0,2}?"
                       r"(?:mempelajari|belajar|melihat|studi|menimba|menggali|meninjau|mengetahui"
                       r"|menyerap)\b", re.IGNORECASE)
# The first stop of a trip that goes on in the same sentence: "lebih dulu singgah di Kabupaten
# Kudus pada Rabu (19/2), kemudian bergeser ke Kota Semarang" (a stop, not a port of transit).
_FIRST_STOP_BEFORE = re.compile(r"\b(?:lebih\s+dulu|lebih\s+dahulu|terlebih\s+dahulu)\s+$")
_THEN_MOVES_ON = re.compile(r"\b(?:kemudian|lalu|selanjutnya)\s+(?:bergeser|melanjutkan|berlanjut"
                            r"|bertolak|menuju|berpindah)\b")
# Learning told inside the visit the story is about: "Dalam kunjungan kerja yang berlangsung
# Selasa lalu, para wakil rakyat itu mempelajari gerakan Bela Beli Kulon Progo".
_LEARNED_DURING = re.compile(r"\b[Dd]alam\s+(?:kunjungan|kunker|studi\s+(?:tiru|banding)"
                             r"|kaji\s+tiru)"
                             r"\b[^.;]{0,90}?\b(?:mempelajari|belajar|menimba|mendalami)\b")
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
                        # "kapal berkapasitas 1.600 penumpang itu akan singgah di ... Tual, dan
                        # Dobo sebelum tiba di Merauke": a ship's or a plane's ports of call
                        # "berangkat dari Batam melalui Jakarta sebelum tiba di Praya"
                        r"|berangkat\s+dari\b[^.;]{0,60}\b(?:melalui|via|lewat|transit)"
                        r"|(?:kapal|pesawat|feri|speedboat)(?:\s+[\w.,-]+){0,6}?\s+"
                        r"(?:(?:akan|juga|kini|lalu)\s+)?(?:singgah|berlabuh|bersandar|mendarat)"
                        r")\b",
                        re.IGNORECASE)
# ("singgah di X untuk mempelajari" is a stop to learn: see _STOP_BY; "sempat singgah di Kota
# Bandung sebelum melanjutkan perjalanan darat ke Sumedang" is one on the way: _STOPPED_AT then
# _ON_THE_WAY.)
_STOPPED_AT = re.compile(r"\bsinggah\s+(?:sejenak\s+|sebentar\s+)?di\s+(?:[\w.-]+\s+){0,2}$",
                         re.IGNORECASE)
_ON_THE_WAY = re.compile(r"[^.;]{0,30}?\bsebelum\s+(?:\w+\s+)?(?:melanjutkan|bertolak|menuju"
                         r"|bergeser|berangkat|terbang)\b", re.IGNORECASE)
_PASSED_AT = re.compile(r"\b(?:(?:transit|menginap|bermalam)(?:\s+(?:sejenak|sebentar|semalam"
                        r"|dulu))?\s+(?:di|ke)|yang\s+(?:tiba|mendarat)\s+di|yang\s+berangkat"
                        r"\s+dari)\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
# "Rombongan tiba di Kota Kupang sehari sebelumnya, kemudian ... ke Oelamasi": where the
# delegation landed the day before the visit.
_ARRIVED_AT = re.compile(r"\b(?:tiba|mendarat)\s+di\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"[^.;]{0,60}?\b(?:sehari|semalam|malam|sore|siang|pagi)\s+sebelumnya\b",
                         re.IGNORECASE)
# "belajar cara Banyumas membangun Zona Integritas": the region whose way is learned.
_WAY_OF = re.compile(r"\b(?:belajar|mempelajari|meniru|mencontoh|melihat)\s+(?:langsung\s+)?(?:cara"
                     r"|bagaimana|kiat|strategi|keberhasilan|kesuksesan)\s+(?=(?:Pemerintah\s+"
                     r"|Pemkab\s+|Pemkot\s+|Pemprov\s+|Kabupaten\s+|Kota\s+|Provinsi\s+)?[A-Z])")
_NEXT_FROM = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*[,;]\s*(?:dan\s+|serta\s+)?(?:(?:Senin"
                        r"|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+(?:\([^()]{1,12}\)\s+)?)?"
                        r"dari\s+")
_COLON_LIST = re.compile(r"\s*(?:sekaligus|bersama|bersamaan|berturut-turut)?\s*:\s*")
# (", sementara bulan lalu Pemkab Kolaka Timur menyambangi ...", ", disusul Pemkab Gowa yang
# mempelajari ...": the next clause's subject, another guest, not a host)
_CONTRAST = re.compile(r"\b(?:sedangkan|adapun|namun|tetapi|sementara|disusul|diikuti)\b",
                       re.IGNORECASE)
_ANY_COMER = re.compile(r"\b(?:daerah|tamu|pihak|instansi)(?:\s+lain)?\s+yang\s+(?:ingin\s+)?$",
                        re.IGNORECASE)
_INVITED = re.compile(r"\s+(?:untuk\s+)?(?:memenuhi\s+undangan|atas\s+undangan|sebagai\s+tamu"
                      r"\s+undangan)\b", re.IGNORECASE)
# A delegation whose trip the sentence plans: "rombongan direncanakan berada di Badung pada
# hari pertama ..., kemudian bergeser ke Denpasar" (every stop after it is planned too).
_PLANNED_PARTY = re.compile(r"\b(?:[Rr]ombongan|[Dd]elegasi|[Tt]im|[Mm]ereka)\s+"
                            r"(?:[A-Z][\w.]*\s+){0,6}(?:juga\s+)?"
                            r"(?:direncanakan|dijadwalkan|berencana|rencananya)\b")
# A stop at a government's own body: "rombongan yang sama singgah di DPRD Kota Pekanbaru" (a
# call on that government, not a port of transit).
_STOP_AT_BODY = re.compile(r"\s+(?:(?:sebentar|juga|pula|sejenak)\s+)?(?:di|ke)\s+(?:DPRD|DPRK"
                           r"|Pemerintah|Pemkab|Pemkot|Pemko|Pemprov"
                           r"|Dinas|Sekretariat\s+DPRD|Bappeda|Kantor\s+(?:Bupati|Wali\s*[Kk]ota"
                           r"|Gubernur))\b")
# ("mengirim tim Diskominfo ke ruang yang sama": the story's host, as "ke sini")
_HERE = re.compile(r"\s*(?:sini\b|(?:kota|kabupaten|daerah|ruang|ruangan|tempat|lokasi|kantor"
                   r"|gedung)\s+yang\s+sama\b)", re.IGNORECASE)
# "menjadi tuan rumah Rapat Koordinasi ... se-Sulawesi": host of a meeting or an event that
# governments attend, not of guests who came to learn.
_HOSTED_EVENT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:rapat|rakor|rakorda|rakornas|rakerda|rakernas|raker|rakorwil"
    r"|konferensi|kongres|musyawarah|musrenbang|munas|musda|muswil|forum|pertemuan|sidang"
    # a summit ("KTT", also Tana Tidung's short name, which a summit never follows "tuan rumah")
    r"|KTT|summit"
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
                     r"|\btitik\s+pengungsian\b"
                     # "mengirimkan bantuan kemanusiaan bagi warga terdampak banjir"
                     r"|\bbantuan\s+kemanusiaan\b|\bterdampak\s+(?:banjir|bencana|gempa|longsor"
                     r"|erupsi)\b|\b(?:mengirim(?:kan)?|kirim)\s+(?:\d+\s+)?relawan\b",
                     re.IGNORECASE)
# Occasions that take officials to another region without learning: matches and contests,
# weddings and mourning.
_SOCIAL_EVENT = re.compile(r"\b(?:laga|pertandingan|liga|turnamen|kejuaraan|tandang|MTQ|STQ"
                           r"|porprov|pernikahan|resepsi|mempelai|walimah|takziah|melayat)\b",
                           re.IGNORECASE)
# Where a delegation came back from, right before a region: "Disambut Meriah Sepulang dari
# Surabaya".
_CAME_BACK_FROM = re.compile(r"\b(?:[Ss]epulang|[Pp]ulang|[Kk]embali|[Bb]alik)\s+dari\s+"
                             r"(?:(?:[Kk]ota|[Kk]abupaten|[Pp]rovinsi)\s+)?$"
                             # "meninjau Danau Linow ... sebelum kembali ke Manado": going home
                             r"|\bsebelum\s+(?:kembali|pulang|balik|bertolak)\s+(?:lagi\s+)?ke\s+"
                             r"(?:(?:[Kk]ota|[Kk]abupaten|[Pp]rovinsi)\s+)?$")
# Indonesian month and weekday names, for the patterns that look for a time told in words.
_MONTH_NAMES = (r"Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
                r"|November|Desember")
_WEEKDAY_NAMES = r"Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu"
# A day or a range of days before its month, without a year: "2–3 Juli", "12 Maret", "Mei".
_DAY_MONTH = r"(?:\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+)?(?:" + _MONTH_NAMES + r")"
# A time after "pada": "pada 5-6 November 2024", "pada Senin (3/3)", "pada awal Mei".
_TIME_AFTER = re.compile(r"\s+(?:\d|(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b"
                         r"|(?:tanggal|awal|akhir|pertengahan|pekan|minggu|bulan|tahun)\s"
                         r"|(?:" + _MONTH_NAMES + r")\b)")
# A learner back home: "... baru saja pulang dari Kota Surabaya".
_RETURNED_FROM = re.compile(r"\bbaru\s+(?:saja\s+)?(?:kembali|pulang)\s+dari\s+"
                            r"(?:(?:Pemerintah\s+)?(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot)\s+)?")
# A trip for trade, not for learning: "Pemkot Medan Jemput Pasokan ke Brebes".
_TRADE_TRIP = re.compile(r"\b(?:pasokan|business\s+matching|misi\s+dagang|temu\s+bisnis"
                         r"|roadshow\s+(?:promosi\s+)?investasi|promosi\s+investasi"
                         r"|kerja\s+sama\s+(?:dagang|perdagangan)|kontrak\s+dagang)\b",
                         re.IGNORECASE)
# A neighbour's ceremony attended: "Hadiri Paripurna Istimewa Usai Pelantikan Bupati Talaud".
_CEREMONY = re.compile(r"\b(?:[Mm]eng)?[Hh]adiri\s+(?:[\w-]+\s+){0,3}?(?:[Pp]aripurna|[Pp]elantikan"
                       r"|HUT|[Hh]ari\s+[Jj]adi|[Pp]isah\s+[Ss]ambut|[Uu]pacara|[Pp]engukuhan"
                       r"|[Ss]ertijab|[Ss]erah\s+[Tt]erima\s+[Jj]abatan)\b")
# The preposition that opens the host slot after a go cue.
_PREP_RE = re.compile(r"(?<![\w-])(?:ke|di|kepada|dari|dengan|pada)(?![\w-])", re.IGNORECASE)
# ("Persinggahan pertama adalah Pemerintah Kabupaten Sleman": the stop named as the predicate)
_TRANSITIVE = _words("menyambangi mendatangi mengunjungi menyerbu mempelajari pelajari sambangi "
                     "kunjungi datangi menuju memilih menjadikan persinggahan")
_STUDY_VERBS = _words("mempelajari pelajari")
# Verbs of learning: "belajar dari X" names the model; with a motion verb "dari X" is the origin.
_LEARNING_VERBS = _words("belajar berguru nyantri menimba mencari ngangsu mempelajari timba "
                         "menyerap serap menggali gali berkaca bercermin")
# What ends a clause: the host slot never runs past it.
_CLAUSE_END = re.compile(
    # A "!" with words going on after it in the same sentence is part of a name: "Kelola
    # SP4N-LAPOR! di Biro Organisasi Pemprov Jatim".
    r"[;:.?“”\"]|!(?!\s+\w)|,\s*(?:yang|untuk|guna|dalam|sebagai|sehingga|karena|namun|serta|dan|agar|"
    r"di\s+mana|dimana|ujar|kata|tutur|jelas)\b|\b(?:untuk|guna|dalam\s+rangka|agar|supaya|"
    r"sehingga|karena|sebelum)\b",
    re.IGNORECASE,
)
_ABBREVIATED = re.compile(r"\b(?:kab|prov|kec|kel|kota|h|hj|dr|drs|ir)$", re.IGNORECASE)
_OBJECT_FRONTED = re.compile(
    r"\b(?:dilakukan|digelar|dilaksanakan|diikuti|diadakan)\s+(?:langsung\s+)?"
    # "kunjungan kerja dilakukan secara bersamaan oleh DPRD Kabupaten Sumba Barat dan ..."
    r"(?:secara\s+(?:bersamaan|bersama|serentak|langsung)\s+)?(?:oleh\s+)?",
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
    # schools by their abbreviations: "SD Negeri Ungaran 1" (a school named after a place)
    r"sd|sdn|smpn|sman|smkn|mts|mtsn|madrasah|paud|"
    r"perusahaan|pabrik|bank|hotel|kementerian|kemen\w+|kantor\s+staf|istana|dpr\s+ri|mpr|"
    r"direktorat|ditjen|lembaga|kbri|luar\s+negeri|negara|bumn|koperasi|pasar|pantai|objek\s+wisata"
    r"|destinasi|festival|stadion|bandara|pelabuhan|rumah\s+makan|restoran|pln|pertamina|telkom"
    r"|bpjs|pelindo|kawasan\s+industri"
    # research institutes, national or private: "ke Pusat Penelitian Kelapa Sawit di Medan"
    r"|pusat\s+penelitian|pusat\s+riset|balai\s+penelitian|balai\s+besar|kantor\s+pertanahan"
    # places of a tour: "rombongan mengunjungi Museum Tsunami Aceh"; a trade's centre
    r"|museum|monumen|sentra"
    # national agencies, whose offices stand in regions: "Kunjungi BSSN di Depok"
    r"|bssn|bkn|bnpb|bnn|bpom|brin|lkpp|bpkp|kpk|ombudsman|anri|bmkg|basarnas|bps|bkkbn"
    # universities by their short names: "studi banding ke Unhas Makassar"
    r"|ugm|itb|ipb|its|unhas|unair|undip|unpad|unand|unsri|unram|unud|unila|untan|unmul|unsrat"
    r"|uny|unesa|unimed|usu|uncen|unpatti|unsyiah|usk|untad|uho|unsoed|unej|unib|unja|unri|upi"
    r"|uii|umy|umm|uin"
)
_BLOCK_HOST_ALT = _any_of(_BLOCK_HOST_WORDS)
# ("ke Gedung Negara Sumedang": the regent's residence, where guests are received; "Kepala
# Dinas Koperasi ... Kota Surabaya": a government's office, whatever its field.)
_BLOCK_HOST = re.compile(r"\b(?<!dinas\s)(?:" + _BLOCK_HOST_ALT + r")\b(?<!\bgedung\snegara)",
                         re.IGNORECASE)
# A stop whose purpose is to meet a non-government body: "melanjutkan perjalanan ke Palu untuk
# bertemu pimpinan Politeknik Palu" (the town where the college stands).
_TO_MEET_BLOCKED = re.compile(r"[\s,]+(?:untuk|guna)\s+(?:bertemu|menemui|mengunjungi|berdiskusi"
                              r"\s+dengan|beraudiensi\s+dengan)\s+(?:\w+\s+){0,3}?(?:"
                              + _BLOCK_HOST_ALT + r")\b", re.IGNORECASE)
# A headline's trip to a private or non-government place: "Disperin Lotim Studi Banding ke
# Pabrik Tas di Sidoarjo dan Kampus ITS" (a bare province the body names is where they lie).
# (not a ministry's: "Konsultasi ke Kemenhub, Lanjut Pelajari JakLingko" goes on to a province)
_TRIP_TO_BLOCKED = re.compile(r"\b(?:ke|di)\s+(?:pabrik|perusahaan|PT|kampus|universitas|institut"
                              r"|politeknik|sentra|kawasan\s+industri)\b", re.IGNORECASE)
# The town of an airport, a port or a station the delegation reached, set off by a comma.
# ("Bandara Djalaluddin di Kabupaten Gorontalo": the town it stands in, said with "di")
_PLACE_OF_ARRIVAL = re.compile(r"\b(?:[Bb]andara|[Bb]andar\s+[Uu]dara|[Pp]elabuhan|[Tt]erminal"
                               r"|[Ss]tasiun)\s+[^,.;]{1,40}(?:,|\s+di)\s+(?:(?:[Kk]ota|[Kk]abupaten)"
                               r"\s+)?$")
# The weather or the mood of a place, not its government: "Udara sejuk Kota Bandung".
_WEATHER_OF = re.compile(r"\b(?:[Uu]dara|[Cc]uaca|[Hh]ujan|[Ss]uasana|[Ll]angit|[Tt]erik|[Gg]erimis"
                         r"|[Hh]awa|[Kk]abut|[Aa]ngin)(?:\s+[a-z]+)?\s+(?:[Kk]ota\s+|[Kk]abupaten\s+)?$")
# A time clause set before a sentence's subject: "Seusai rakor di Palangka Raya, ...".
_FRONTED_TIME = re.compile(r"\s*[\"“]?(?:Seusai|Usai|Setelah|Sesudah|Selepas|Sebelum|Di\s+sela"
                           r"|Disela)\b[^,.;\"”]*,")
# The head or the seat of a government named without its region, as the subject of a welcome.
_BARE_HOST_HEAD = re.compile(r"(?:^|[\s,(])([Bb]upati|[Ww]ali\s*[Kk]ota|[Gg]ubernur|[Pp]emkab"
                             r"|[Pp]emkot|[Pp]emko|[Pp]emprov|[Pp]endopo(?:\s+[Kk]abupaten)?"
                             r"|[Bb]alai\s+[Kk]ota)\s+(?:(?:langsung|juga|pun|kembali)\s+)?$")
# Coming (to the place the story is told from) to learn: "datang untuk belajar ...".
_CAME_TO_LEARN = re.compile(r"\b(?:datang|hadir|berkunjung|bertandang)\s+(?:\w+\s+){0,3}?(?:untuk"
                            r"|guna|dalam\s+rangka)\s+(?:\w+\s+){0,2}?(?:belajar|mempelajari|studi"
                            r"|menimba|melihat|menggali|kaji)\b")
# A facility that a regional government owns: "ke Bank Sampah Induk milik Pemerintah Kota
# Palangka Raya" visits the city's government, whatever the facility's head word.
_GOV_OWNED = re.compile(r"\bmilik\s+(?:(?:Pemerintah|Pemerintahan)(?:\s+(?:Kota|Kabupaten|Provinsi"
                        r"|Daerah))?|Pemkab|Pemkot|Pemko|Pemprov|Pemda)\s*$"
                        # a government's own agency named after its field: "Kantor Dinas
                        # Koperasi, UKM dan Perdagangan Kota Bukittinggi", "Dinas Pasar"
                        r"|^(?:\s*Kantor)?\s*Dinas\s+[A-Z][^.;]{0,60}$", re.IGNORECASE)
# A trip to such a destination, and the region where it stands ("... di Surabaya").
_INSTITUTION_AT = re.compile(r"\b(?:ke|kunjungi|mengunjungi|menyambangi)\s+(?:\w+\s+){0,2}?(?:"
                             + _BLOCK_HOST_ALT + r")\b[^.;\n]{0,60}?\bdi\s+"
                             r"(?:(?:kota|kabupaten|kab\.)\s+)?$"
                             # the agency's office of a region: "Perwakilan BKKBN DIY"
                             # ("Gedung Negara Sumedang" is a regent's residence, no agency)
                             # (a market the region runs is its own: "Pasar Gede Solo",
                             # "pedagang di pasar-pasar Solo"; "harga di pasar Pontianak" is
                             # trade)
                             r"|(?<![Gg]edung\s)(?<!pasar-)\b(?!(?-i:Pasar)\b)(?:"
                             + _BLOCK_HOST_ALT + r")\s+$",
                             re.IGNORECASE)
# The last word of each name of _BLOCK_HOST_WORDS ("ri" of "dpr\s+ri"); "kemen\w+" is any word
# that opens with "kemen".
_BLOCK_HOST_LAST = frozenset(alt.split(r"\s+")[-1] for alt in _BLOCK_HOST_WORDS.split("|")
                             if not alt.startswith("kemen"))
_GOVERNMENT_AFTER_DI = frozenset({"kota", "kabupaten", "kab"})


def _words_before(text: str, at: int) -> tuple[list[str], int] | None:
    """The article's split words (lower case) and how many of them end by ``at``, when every
    letter and digit of ``text`` is ASCII and no underscore joins words; else None.

    A pattern's ``\\w`` then reads the split's words: a pattern that must end at ``at`` in
    spaces after a given word matches only where the split's last word before ``at`` is that
    word, so the guards search only there (and run as before on other texts).
    """
    global _last_plain
    plain = _last_plain
    if plain is None or plain[0] is not text:
        plain = _last_plain = (text, ascii_alnum_only(text) and "_" not in text)
    if not plain[1]:
        return None
    split = split_words(text)
    return split.words, bisect_right(split.ends, at)


# Whether the article asked about last is plain (see _words_before): one answer per article.
_last_plain: tuple[str, bool] | None = None


def _institution_at(text: str, start: int) -> bool:
    """``_INSTITUTION_AT.search(text, max(0, start - 100), start)``, mostly without the search.

    Both branches of the pattern end at ``start`` in spaces after a word: "di" (or "di kota",
    "di kabupaten", "di kab.") or the last word of a host's name. The search over the hundred
    characters before each region cost more than the rest of the test; it runs only where the
    last word before ``start`` (see _words_before) is one of those.
    """
    before = _words_before(text, start)
    if before is not None:
        words, k = before
        last = words[k - 1] if k else ""
        if not (last == "di" or last in _BLOCK_HOST_LAST or last.startswith("kemen")
                or last in _GOVERNMENT_AFTER_DI and k >= 2 and words[k - 2] == "di"):
            return False
    return _INSTITUTION_AT.search(text, max(0, start - 100), start) is not None


# Agents that are not regional governments: their trips are not government learning visits.
_CIVIL_AGENT_WORDS = (
    r"mahasiswa|siswa|pelajar|murid|santri|guru|dosen|wisatawan|turis|pengunjung|investor|"
    # families on holiday: "rombongan keluarga dari Kota Malang ... yang datang" (not "Keluarga
    # Berencana", a government's office)
    r"rombongan\s+keluarga|"
    r"atlet|kontingen|kafilah|jemaah|jamaah|warga|masyarakat|pedagang|peserta\s+didik|perusahaan|pt|"
    r"universitas|kampus|menteri|kementerian|kemen\w+|presiden|wapres|wakil\s+presiden|dpr\s+ri|"
    r"komisi\s+[ivx]+\s+dpr|kpk|bpk|ombudsman|tim\s+penilai|juri|asesor|pengusaha|wartawan|"
    r"jurnalis|komunitas|klub|ormas|partai|lsm|yayasan|nelayan|petani|kkn|"
    # foreign missions: "kunjungan kehormatan Konsul Jenderal Australia di Makassar"
    r"konsul|konsulat|kedutaan|dubes|duta\s+besar|"
    # sports committees and the scouts: "Pengurus KONI Kabupaten Tabalong studi banding ke KONI
    # Kota Balikpapan"
    r"koni|komite\s+olahraga|pramuka|kwarcab|kwarda|"
    # craftspeople and their groups: "12 penenun dari Sanggar Tenun Ikat ... Kabupaten Sikka"
    r"penenun|perajin|pengrajin|sanggar|"
    # watchdogs that criticise trips: "FITRA Riau Soroti Studi Banding Pansus DPRD Rohil"
    r"fitra|icw|pattiro|"
    # central agencies, whose teams visit regions to check, not to learn
    r"bkkbn|bnpb|bpkp|bkn|bappenas|basarnas|bmkg|bpom|bpjs|bps|"
    # the police, the army, prosecutors and courts in the regions are no regional governments:
    # "Polres Lamongan Studi Banding ... ke Polresta Sidoarjo"
    r"polres|polresta|polrestabes|polda|polsek|kepolisian|kodim|korem|kodam|kejari|kejati|"
    r"pengadilan|lapas|rutan|imigrasi|"
    # the national land agency's offices: "Kantah Sintang Studi Banding ... ke Kantor
    # Pertanahan Kota Pontianak"
    r"kantah|kantor\s+pertanahan|bpn|"
    # the public a service serves: "pemohon dari daerah kepulauan ... yang kesulitan datang ke
    # Surabaya"
    r"pemohon|pasien|penumpang|nasabah"
)
_CIVIL_AGENT = re.compile(r"\b(?:" + _any_of(_CIVIL_AGENT_WORDS) + r")\b", re.IGNORECASE)
# The next three are yes/no tests, so their word lists can be tries (see _any_of).
_FUTURE_WORDS = (
    r"akan|berencana|rencananya|direncanakan|menjadwalkan|dijadwalkan|hendak|bakal|"
    r"merencanakan|rencanakan|rencana|ingin|mengusulkan|diusulkan|mengajak|bersiap|"
    # "SBD Matangkan Persiapan Studi Tiru ... ke Badung": a trip being prepared
    # ("Persiapan layanan 112 diawali dengan kunjungan kerja ...": the noun tells the past too)
    r"mempersiapkan|menyiapkan|siapkan|matangkan|mematangkan|"
    # "Komisi II membuka kemungkinan melakukan kunjungan kerja ke Surabaya"
    r"kemungkinan|mewacanakan|diwacanakan|mempertimbangkan|dipertimbangkan|"
    # "Pemkab Solok Selatan Bidik Studi Tiru ke Sumedang", "mengagendakan studi tiru ke ..."
    r"bidik|membidik|agendakan|mengagendakan|diagendakan|"
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
    # headlines drop the prefix: "Komisi I DPRD Tanjungpinang Pelajari Program ..."
    r"|benchmarking|pelajari|dipelajari|berguru|intip|mengintip)\b",
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
# A delegation going to see something where it went: "mengunjungi Mal Pelayanan Publik".
_SEEN_THERE = re.compile(r"\b(?:mengunjungi|meninjau|menyambangi|mendatangi|melihat\s+langsung"
                         r"|dikunjungi|ditinjau|disambangi)\b", re.IGNORECASE)
# A host's other programs, named beside the one studied: "inovasi lain Pemko Padang Panjang
# seperti ...", "program Kulon Progo lainnya", "Di samping itu, Sumedang juga dikenal dengan".
_OTHER_PROGRAMS = re.compile(
    r"\b(?:(?:inovasi|program|layanan|aplikasi|gerakan)(?:\s+[\w-]+){0,3}?\s+lain(?:nya)?"
    r"|[Dd]i\s+(?:luar|samping)\s+itu|juga\s+dikenal\s+(?:dengan|lewat|melalui))\b",
    re.IGNORECASE)
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
    r"|harus|mesti|wajib"
    r"|patut|layak|(?:membuka|ada)\s+opsi|mempertimbangkan|menimbang|menjajaki"
    r")\s+(?:untuk\s+)?(?:(?:melakukan|menggelar|mengadakan)\s+)?"
    # "menyiapkan agenda studi tiru ke ...": a trip on the calendar, not made yet
    r"(?:(?:agenda|rencana|jadwal)\s+)?$", re.IGNORECASE)
# "KPK menyarankan Lombok Timur belajar dari Kabupaten Lombok Barat": advice, not a trip made.
_ADVISED = re.compile(r"\b(?:menyarankan|disarankan|menganjurkan|dianjurkan|mengimbau|diimbau"
                      r"|mendorong|didorong)\s+(?:agar\s+|supaya\s+)?(?:[\w.-]+\s+){0,4}?"
                      r"(?:untuk\s+)?$", re.IGNORECASE)
# Asked to learn, not gone: "Syarifuddin lalu meminta kabupaten lain, termasuk Paser dan
# Penajam Paser Utara, untuk mempelajari pola yang dijalankan Berau".
_ASKED_TO = re.compile(r"\b(?:meminta|diminta)\s+(?:agar\s+|supaya\s+)?(?:[\w.,-]+\s+){0,10}?"
                       r"(?:untuk|agar|supaya)\s+$", re.IGNORECASE)
# A second clause with a subject of its own: ", sementara Bantaeng bertolak ke Banyumas".
_BOTH_SUBJECT = re.compile(r"\b(?:[Kk]eduanya|[Kk]edua\s+(?:rombongan|delegasi|tim|daerah)"
                           r"|[Mm]ereka)\b")
_CONTRAST_TURN = re.compile(r"[,;]\s*(?:sementara(?:\s+itu)?|sedangkan|adapun)\s")
# Reported speech opening a sentence: "Menurut dia, rombongan sudah tiba di Wates ...".
_REPORTED = re.compile(r"\s*(?:Menurut|Kata|Ujar|Dijelaskan)\s+(?:dia|ia|beliau|[A-Z][a-z]+)\s*,")
# A local government's unit named without its region: "UPT Puskesmas Bontang Utara I".
_LOCAL_UNIT = re.compile(r"\b(?:UPT|UPTD|Puskesmas|RSUD|Dinas|Kelurahan|Kecamatan|Sekretariat"
                         r"|Bagian|Bappeda|Diskominfo|DPMPTSP|Disdukcapil|Dispendukcapil)\b")
# A stop of a trip told by its order: "Persinggahan pertama dilakukan di Pemerintah Kota Batam",
# "Tujuan berikutnya adalah Pemkab Bintan".
_STOP_AT = re.compile(r"\b(?:[Pp]ersinggahan|[Ss]inggahan|[Tt]ujuan|[Dd]estinasi|[Ll]okasi|[Ss]top"
                      r"|[Pp]erjalanan)"
                      r"\s+(?:pertama|kedua|ketiga|berikutnya|selanjutnya|terakhir)\b")
# A trip in a budget's or a plan's proposals: "usulan anggaran perjalanan dinas untuk studi tiru
# ke tiga daerah" ("atas usulan Bupati" is who proposed a trip that was made).
_PROPOSED = re.compile(r"(?<!atas )\busulan\s+(?:anggaran|kegiatan|program|perjalanan|rencana)\b"
                       r"[^.;]{0,45}$", re.IGNORECASE)
# A trip still to come ("ingin", "mengajak" of _FUTURE also say why guests came).
_PLANNED = re.compile(r"\b" + _NOT_FAMILY + r"(?:akan|berencana|rencananya|direncanakan"
                      r"|merencanakan|dijadwalkan|menjadwalkan|hendak|bakal)\b", re.IGNORECASE)
_FUTURE_TIME = re.compile(r"\b(?:pekan|minggu|bulan|tahun)\s+depan\b|\bmendatang\b", re.IGNORECASE)
_NEGATION_WORDS = (
    r"tidak|tak|belum|bukan|dilarang|larangan|melarang|batal|dibatalkan|membatalkan|ditunda|"
    r"menunda|menolak|ditolak|moratorium|menghentikan|dihentikan|stop|tanpa|jangan"
)
# ("belum lama ini", "tak lama kemudian": recently, soon after; "tak lepas dari studi tiru",
# "tidak terlepas dari": owed to it; no negation)
_NEGATION = re.compile(r"\b(?:" + _any_of(_NEGATION_WORDS)
                       + r")\b(?!\s+(?:lama|(?:ter)?lepas\s+dari)\b)", re.IGNORECASE)
# A ban anywhere before the cue in the sentence: "melarang kepala desa melakukan studi banding".
_BAN_WORDS = (r"melarang|dilarang|larangan|larang|moratorium|menghentikan|dihentikan|batalkan"
              r"|membatalkan|dibatalkan|batal|tunda|menunda|ditunda")
_BAN = re.compile(r"\b(?:" + _any_of(_BAN_WORDS) + r")\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\bsaling\s+(?:belajar|tukar|berbagi|mengunjungi)\b", re.IGNORECASE)
# The word before a name that makes it a place named after a region, not its government
# (_GEO_PAIRS: the two words before it).
_GEO_WORDS = _words("""
    pulau selat gunung sungai danau pantai teluk pelabuhan bandara jalan jl jl. kawah hutan
    jalur lintas rute poros laut perairan kaldera geosite lembah
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
              "RSUD", "Set", "Sekretariat", "Bagian", "Desa", "Kelurahan", "PKK", "Badan", "BP",
              "Biro", "DLH", "DPM")
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


# A header that only points at the list ("Berikut susunan lengkapnya:", "Mereka antara lain:"):
# who the list is of was said in the sentence before it.
_POINTER_HEADER = re.compile(r"^(?:berikut|adapun|inilah|mereka|nama-nama)\b|\b(?:sebagai\s+berikut"
                             r"|berikut(?:\s+ini)?|antara\s+lain|yakni|yaitu)\s*:$", re.IGNORECASE)
_DELEGATION_LEAD = re.compile(r"^(?:rombongan|delegasi|tim|peserta|para\s+peserta)\b"
                              r"|\b(?:membawa|memboyong|memimpin)\b", re.IGNORECASE)
_HOST_WORDS = re.compile(r"\b(?:diterima|disambut|dijamu|menerima|menyambut|tuan\s+rumah)\b",
                         re.IGNORECASE)
# "Kabupaten Ngada", "Dari Kota Bima:", "Delegasi Nagekeo (6 orang)": a line over the items of
# one region's people in a list of several regions'.
_SUBHEADER_LEAD = re.compile(r"\s*(?:(?:peserta|rombongan|delegasi|tim|utusan)\s+)?(?:dari\s+)?"
                             r"(?:(?:pemerintah\s+)?(?:kabupaten|kab\.?|kota|provinsi|prov\.?"
                             r"|pemkab|pemkot|pemprov)\s+)?", re.IGNORECASE)
_SUBHEADER_TAIL = re.compile(r"\s*(?:\(\s*\d{1,3}\s+orang\s*\))?\s*:?\s*")


def _in_list_line(text: str, sent: Span) -> bool:
    """Whether ``sent`` lies on a line that opens with a list's mark: an item, or the part of
    one the splitter cut off ("- Emanuel, S.Fil." then "(Kepala Desa Kawa)")."""
    return ITEM_LINE.match(text, text.rfind("\n", 0, sent.start) + 1) is not None


def _subheader_region(text: str, sent: Span, regions: Sequence[RegionRef]) -> RegionRef | None:
    """The region a line names and nothing else ("Kabupaten Ngada", "Dari Kota Bima:")."""
    inside = [r for r in regions if sent.start <= r.start < sent.end]
    if len(inside) != 1:
        return None
    ref = inside[0]
    lead = _SUBHEADER_LEAD.match(text, sent.start, ref.start)
    if lead is None or lead.end() != ref.start:
        return None
    return ref if _SUBHEADER_TAIL.fullmatch(text, ref.end, sent.end) else None


def _list_context(text: str, sents: list[Span], sid: int, regions: Sequence[RegionRef] = ()
                  ) -> tuple[str, RegionRef | None]:
    """The line that opens the list sentence ``sid`` belongs to ("Ikut dalam rombongan antara
    lain:" over "1. Kepala Bappeda, Nama;"), or "" when it is no list item; and the region of
    the subheader its items stand under, if any ("Kabupaten Ngada" over "- Nama (Kepala Desa
    Bena)").

    A header that only points ("Berikut susunan lengkapnya:") comes with the sentence before it
    in its paragraph, which says whose list it is ("Rombongan dipimpin Asisten ...")."""
    sub: RegionRef | None = None
    for k in range(sid - 1, max(-1, sid - 40), -1):
        piece = text[sents[k].start:sents[k].end].strip()
        if piece.endswith(":") and (sub is None or _subheader_region(text, sents[k], regions)
                                    is None):
            if k > 0 and _POINTER_HEADER.search(piece) and not _HEADER_VISITOR.search(piece) \
                    and "\n\n" not in text[sents[k - 1].end:sents[k].start] \
                    and "\n" not in text[sents[k - 1].end:sents[k].start].strip(" \t"):
                before = text[sents[k - 1].start:sents[k - 1].end].strip()
                return before + " " + piece, sub
            return piece, sub
        if _list_item(text, sents[k]) or _in_list_line(text, sents[k]):
            continue  # "1. Tgk Muhammad Amin SHI (Ketua Komisi III)": an item without a stop
        if sub is None and regions:
            sub = _subheader_region(text, sents[k], regions)
            if sub is not None:
                continue
        if not (piece.endswith((";", ".")) and (len(piece) <= 4 or piece.endswith(";")
                                                 or k == sid - 1)):
            return "", sub
    return "", sub


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
    ("Sekda kembali lebih dulu; di Gowa, tim dipimpin ...") keeps them; stops whose delegates
    overlap share them all."""
    if len(visits) < 2:
        return
    trips: dict[frozenset[str], list[Visit]] = {}
    for v in visits:
        trips.setdefault(frozenset(v.visitor_codes), []).append(v)
    for stops in trips.values():
        if len(stops) < 2:
            continue
        named = [v for v in stops if any(o.side == "visitor" for o in v.officials)]
        if len(named) > 1:
            # Stops whose delegates overlap (the leader told at each) are one delegation: a
            # member told at one stop went to the others too.
            groups = [{o.name for o in v.officials if o.side == "visitor"} for v in named]
            if set.intersection(*groups):
                union: dict[str, OfficialRef] = {}
                for v in named:
                    for o in v.officials:
                        if o.side == "visitor":
                            union.setdefault(o.name, o)
                for v, have in zip(named, groups, strict=True):
                    v.officials = v.officials + [replace(o) for name, o in union.items()
                                                 if name not in have]
            continue
        if not named:
            continue
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
        word = text[max(0, m.start() - 12):m.start()].split()[-1:]
        province = aliases.VILLAGE_WORD_PROVINCE.get(word[0].lower()) if word else None
        if province is not None and not code.startswith(province + "."):
            continue  # "Kalurahan Candirejo": a DIY village of that name, not Magelang's
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
    if "ecamatan" in before and _DISTRICTS_BEFORE.search(before[-60:]):
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
    if last == "provinsi" and len(words) > 2 and words[-2].lower() == "kota" \
            and words[-3].lower() == "ibu":
        return True  # "ibu kota Provinsi Jawa Tengah itu": the host city told by description
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


# A team named after its task: "Tim Percepatan Penurunan Stunting (TPPS) Kota Cimahi" is the
# delegation, not what it studied. Only right after the word: a headline's capitals run on
# ("Tim Pemkab HST Timba Ilmu Command Center").
_TEAM_BEFORE = re.compile(r"\b(?:Tim|Satgas|Satuan\s+Tugas|Pokja|Kelompok\s+Kerja)\s+$")


def _inside_unit(text: str, at: int) -> bool:
    """``_INSIDE_UNIT.search(text, max(0, at - 60), at)``, skipped where it cannot match.

    The pattern is tried at every position of the window, and needs one of its head words
    there; most windows hold none.
    """
    lo = max(0, at - 60)
    return _UNIT_HEAD.search(text, lo, at) is not None \
        and _INSIDE_UNIT.search(text, lo, at) is not None \
        or _TEAM_BEFORE.search(text, max(0, at - 20), at) is not None


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
# (in a headline's or a team's capitals too: "Tim Penilai Adipura", "Tim Verifikasi Lapangan")
_ASSESSMENT = re.compile(r"\b(?:[Tt]im\s+[Pp]enilai|[Pp]enilaian\s+[Ll]apangan"
                         r"|[Vv]erifikasi\s+[Ll]apangan|[Ll]omba\s+[A-Z]?\w+"
                         r"|[Mm]onitoring\s+[Dd]an\s+[Ee]valuasi|[Mm]onev)\b")
# A welcome between a visit verb and a region opens a clause of its own: "Kunjungi Kalurahan
# Pendowoharjo, Sekaligus Sambut Rombongan Kades dari Ngawi" (Ngawi came; it was not visited).
_WELCOME_BETWEEN = re.compile(r"\b(?:[Ss]ambut|[Mm]enyambut|[Tt]erima|[Mm]enerima|[Jj]amu"
                              r"|[Mm]enjamu)\b")
# A ministry first in a list of stops, the regions after it: "Sambangi Kemenkes, Depok dan
# Bogor" (the ministry is no host; the cities are).
_MINISTRY_ITEM = re.compile(r"\s*(?:Kemen[a-z]+(?:\s+RI)?|Kementerian\s+[A-Z][\w-]*"
                            r"(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3})\s*(?:,|\s(?:dan|serta))\s+")
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
# A degree after a name and its comma, which headlines do not carry: ", S.H.", ", M.Si.".
_DEGREE_AFTER_COMMA = re.compile(r",\s*[SMD]\.\s?[A-Za-z]{1,5}\.")
# From a day to the host's name: ", melanjutkan perjalanan ke Pemerintah Kota " (see
# Extractor._date_visit).
_TRAVEL_TO = re.compile(r"[),]?\s*,?\s*(?:rombongan\s+)?(?:melanjutkan\s+perjalanan|bergeser"
                        r"|bertolak|berpindah|beranjak|menuju)\s+(?:ke\s+)?(?:(?:Pemerintah"
                        r"|Pemkot|Pemkab|Kabupaten|Kota|Provinsi|Pemprov)\s+)*")
# The story's host named again by a pronoun: "di kota yang sama", "di kabupaten ini".
_SAME_PLACE = re.compile(r"\b(?:di|ke)\s+(?:kota|kabupaten|provinsi|daerah)\s+(?:yang\s+sama|ini"
                         r"|tersebut|itu)\b")
# What a learner told after a visit also learned, with no place: "Pemkab Lombok Utara juga
# mengirim tim Bappeda untuk mempelajari hal serupa." (the story's host's, as "di kota yang sama")
_SAME_THING = re.compile(r"\s+(?:hal|program|inovasi)\s+(?:serupa|yang\s+sama)\s*[.,]")
_ALSO = re.compile(r"\bjuga\b")
# The place the story is told from, named as "here": "studi banding ke MPP di kota ini",
# "mempelajari ADM ... di kabupaten ini" (the dateline's region is the host).
_HERE_IN = re.compile(r"\b(?:di|ke)\s+(?:(?:kota|kabupaten|daerah)\s+ini|sini)\b")
# A step taken elsewhere before the visit, told in a fronted clause: "Setelah berkonsultasi ke
# Kementerian Dalam Negeri ..., rombongan melanjutkan studi banding ke Kota Bogor".
_CONSULTED_BEFORE = re.compile(r"\b(?:[Ss]etelah|[Uu]sai|[Ss]eusai|[Ss]esudah|[Ss]elepas)\s+"
                               r"(?:\w+\s+){0,2}?(?:berkonsultasi|konsultasi|bertemu|menghadiri"
                               r"|mengikuti|rapat|beraudiensi|audiensi)\b")
# A visit's year set before its sentence: "Pada 2017, Pemkab Tanah Datar memboyong ...".
_YEAR_TOLD = re.compile(r"\s*(?:Pada|Tahun)\s+(?:tahun\s+)?((?:19|20)\d{2})(?:\s+lalu)?\s*,")
# Guests said to come from their region: "datang dari Pemerintah Kabupaten Kutai Timur".
_CAME_FROM = re.compile(r"\b(?:datang|tiba|berasal)\s+dari\s+(?:(?:Pemerintah|Pemkab|Pemkot|Pemprov"
                        r"|Pemko)\s+)?(?:(?:Kabupaten|Kota|Provinsi)\s+)?$")
# Guests counted, then some named: "sudah enam rombongan daerah datang dengan topik serupa, di
# antaranya Pemkab Sinjai pada Februari dan DPRD Kota Palopo pada April lalu".
_GUESTS_AMONG = re.compile(r"\b(?:rombongan|daerah|tamu|delegasi)\b[^.;]{0,80}?\b(?:datang"
                           r"|berkunjung|bertandang)\b[^.;]{0,60}?,?\s*(?:di\s+antaranya"
                           r"|antara\s+lain|termasuk)\b")
# A time told between two guests of a list: "Pemkab Sinjai pada Februari dan DPRD ...".
_TIME_BETWEEN = re.compile(r"\b(?:pada|bulan|tanggal)\s+(?:\d|(?:awal\s+|akhir\s+)?(?:"
                           + _MONTH_NAMES + "|" + _WEEKDAY_NAMES + r")\b)")
# A stop of a trip and the day written right after it: "ke Pemerintah Kota Bukittinggi pada
# Selasa (18/11/2025)".
_DAY_AFTER_STOP = re.compile(r"\s*,?\s*(?:pada\s+)?")
_TO_STOP = re.compile(r"\bke\s+(?:(?:DPRD|Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Dinas|Kabupaten"
                      r"|Kota|Provinsi)\s+){0,3}$")
# A trip that a civil society body organised or paid for (Extractor._extract looks for its
# body words first, at C speed: most stories name none).
_NGO_LED = re.compile(r"\b(?:difasilitasi|diinisiasi|dibiayai|didanai|diselenggarakan|digagas"
                      r"|diprakarsai|disponsori)\s+(?:oleh\s+)?(?:sebuah\s+)?(?:Yayasan|LSM"
                      r"|[Ll]embaga\s+[Ss]wadaya|NGO|[Oo]rganisasi\s+[Nn]onpemerintah"
                      # "Studi banding ini sepenuhnya dibiayai dari dana CSR": a company's trip
                      r"|(?:dari\s+)?dana\s+CSR|program\s+CSR)\b"
                      r"|\b(?:dibiayai|didanai)\s+(?:sepenuhnya\s+)?(?:dari\s+)?dana\s+CSR\b")
# Visits in general, as the subject of stopping somewhere: "kunjungan yang juga singgah ke Kota
# Malang" (tourists' visits, not a delegation's).
_VISITS_STOPPING = re.compile(r"\s+yang\s+(?:juga\s+|biasanya\s+|kerap\s+|sering\s+)?(?:singgah"
                              r"|mampir)\b")
_VISITS_THAT = re.compile(r"\bkunjungan\s+yang\s+(?:juga\s+|biasanya\s+|kerap\s+|sering\s+)?$")
# A government named without its region sending its people: "pemerintah kabupaten mengutus
# tim lintas perangkat daerah ke Kabupaten Gianyar".
_BARE_GOV_SENT = re.compile(r"\b(?:[Pp]emerintah\s+(?:kabupaten|kota|provinsi)|[Pp]emkab|[Pp]emkot"
                            r"|[Pp]emprov|[Pp]emko)\s+(?:\w+\s+){0,2}?(?:mengutus|mengirim(?:kan)?"
                            r"|memberangkatkan)\b")
# A body named by "itu" as the one that went: "mendorong dinas itu bersama perwakilan gapoktan
# berkunjung ke Kabupaten Sragen" (the government the sentence before names).
_THAT_BODY_WENT = re.compile(r"\b(?:dinas|badan|bagian|pemkab|pemkot|pemerintah\s+daerah)\s+"
                             r"(?:itu|tersebut)\s+(?:[\w()]+\s+){0,8}?(?:berkunjung|bertandang"
                             r"|menyambangi|mendatangi)\s+ke\b")
# Guests told as civilians: "Kedatangan Tamu Mahasiswa FISIP", "menerima kunjungan siswa".
_CIVIL_GUESTS = re.compile(r"\b(?:[Tt]amu|[Kk]unjungan|[Rr]ombongan|[Kk]edatangan)\s+"
                           r"(?:[Tt]amu\s+)?(?:[Mm]ahasiswa|[Ss]iswa|[Pp]elajar|[Dd]osen|[Ii]nvestor"
                           r"|[Ww]isatawan)\b")
# A ranking's name before an app or innovation word: "Top 99 Inovasi Pelayanan Publik" is an
# award, not a program called "Pelayanan Publik".
_TOP_BEFORE = re.compile(r"\b(?:[Tt]op|TOP)(?:\s*\d+)?\s+$")
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
    r"(?:\s+(?:Nomor|No\.)\s*\d+\s+Tahun\s+\d{4})?\s+tentang\s+(?P<subject>[^,.;:()\n\"“”]{3,90}"
    # a title that lists its matters: "tentang Penghormatan, Pelindungan dan Pemenuhan Hak
    # Penyandang Disabilitas"
    r"(?:(?:,\s*[A-Z][^,.;:()\n\"“”]{2,40}?)*,?\s+dan\s+[A-Z][^,.;:()\n\"“”]{2,80})?)")
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
# A trip of several stops told as finished: "menuntaskan rangkaian kunjungan kerja ke dua daerah
# ..., Rabu kemarin" (its last day, not the first stop's).
_TRIP_ENDED = re.compile(r"\b(?:menuntaskan|mengakhiri|menutup|merampungkan|menyelesaikan)\s+"
                         r"(?:seluruh\s+)?(?:rangkaian|kunjungan|perjalanan|studi|agenda)\b")
_NEXT_DAY = re.compile(r"\b(?:[Kk]eesokan(?:\s+hari(?:nya)?|nya|\s+(?:pagi|siang|sore)(?:nya)?)"
                       r"|[Ee]sok(?:\s+)?harinya|[Ee]soknya|[Ee]sok\s+(?:pagi|siang)(?:nya)?|[Ss]ehari"
                       r"\s+(?:kemudian|setelahnya|berikutnya|berselang)|[Hh]ari\s+(?:berikutnya|kedua)"
                       r"|(?P<n>[Dd]ua|[Tt]iga|[23])\s+hari\s+(?:kemudian|setelahnya|berikutnya"
                       r"|berselang)"
                       # "Selang dua hari, giliran ...", "Selang sehari"
                       r"|[Ss]elang\s+(?:(?P<n2>[Dd]ua|[Tt]iga|[23])\s+hari|sehari)"
                       r"|(?P<same>[Ss]iang|[Ss]ore|[Mm]alam)\s+harinya"
                       # "Pada hari yang sama, ... rombongan bergeser ke Kota Bukittinggi"
                       r"|(?P<same_day>(?:[Pp]ada|[Dd]i)\s+hari\s+yang\s+sama)"
                       # "Sehari sebelumnya, delegasi yang sama singgah di Kabupaten Banyuwangi"
                       r"|(?P<before>[Ss]ehari\s+sebelum(?:nya)?))\b")


def _days_later(m: re.Match[str]) -> int:
    """How many days after the day told before a _NEXT_DAY phrase is: 1, "dua hari
    kemudian" 2, "siang harinya" 0, "sehari sebelumnya" -1."""
    if m.group("same") or m.group("same_day"):
        return 0  # "Siang harinya, giliran rombongan X": later the same day
    if m.group("before"):
        return -1  # "Sehari sebelumnya, delegasi yang sama singgah di ...": the day before
    n = (m.group("n") or m.group("n2") or "1").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS[n]


# Each rare rule's name, and the lower-case pieces one of which every match of its pattern holds.
_HINT_WORDS = {
    "intent": ("tertarik", "minat", "niat", "keinginan", "iapkan", "rencanakan", "agendakan",
               "jadwalkan", "bisa", "perlu", "sebaiknya", "harus", "hendaknya", "patut",
               "mesti", "wajib",
               "layak", "arankan", "anjurkan", "imbau", "dorong", "opsi", "timbang",
               "jajaki", "minta"),  # me-nyiapkan, me-nyarankan
    "agreement": ("kesepahaman", "mou", "memorandum", "kerja sama", "kerjasama", "kesepakatan",
                  "tapal batas"),
    "next_day": ("esok", "sehari", "hari berikutnya", "hari kedua", "hari kemudian",
                 "hari berselang", "selang",
                 "hari setelahnya", "harinya", "hari yang sama"),
    "first_day": ("hari pertama",),
    "day_ordinal": ("hari pertama", "hari kedua", "hari ketiga", "hari keempat", "hari terakhir"),
    "cancel": ("batal", "tunda", "urung", "fiktif", "tidak pernah", "terlaksana"),
    "online": ("video", "vicon", "zoom", "daring", "virtual", "online", "diskusi", "forum",
               "telepon", "whatsapp", "webinar", "meet"),
    # every opening of _PLACE_OF_ARRIVAL and of _WEATHER_OF
    "arrival": ("bandara", "bandar udara", "pelabuhan", "terminal", "stasiun"),
    "weather": ("udara", "cuaca", "hujan", "suasana", "langit", "terik", "gerimis", "hawa",
                "kabut", "angin"),
    "companions": ("ikut serta", "turut serta", "mengajak serta", "membawa serta", "diikuti",
                   "ikut mengirim", "turut mengirim", "ikut bergabung", "turut bergabung",
                   "beranggotakan", "terdiri", "peserta", "turut membawa", "ikut membawa",
                   "turut memboyong", "ikut memboyong", "turut mengajak", "ikut mengajak",
                   "membawa perwakilan", "membawa utusan", "memboyong perwakilan",
                   "memboyong utusan", "mengajak perwakilan", "mengajak utusan"),
    # a return visit, or two governments taking turns as guests and hosts
    "return": ("balasan", "bergantian", "gantian", "saling berkunjung", "saling mengunjungi",
               "saling menyambangi", "pertukaran"),
    # every word of _LOGISTICS and _RELIEF ("erahkan bantuan": menyerahkan and serahkan)
    "logistics": ("transit", "menginap", "bermalam", "penerbangan", "beristirahat",
                  "terbang", "pesawat", "menempuh", "jalan darat", "jalur", "korban",
                  "erahkan bantuan", "alurkan bantuan", "konvoi", "kapal", "speedboat",
                  "feri", "bus", "dari bandara", "dari bandar udara",
                  "dari pelabuhan", "bantuan logistik", "dilanda", "titik pengungsian",
                  "berangkat dari", "bantuan kemanusiaan", "terdampak", "relawan"),
    # every opening of _PASSED_AT, and the "sebelumnya" that _DAY_BEFORE needs
    "passage": ("transit", "menginap", "bermalam", "yang tiba", "yang mendarat",
                "yang berangkat", "sebelumnya", "singgah"),
    "consultation": ("konsultasi", "asistensi", "pembinaan", "supervisi", "pendampingan"),
    "invited": ("undangan",),
    "assessment": ("penilai", "penilaian", "verifikasi", "lomba", "monitoring", "monev"),
    "contrast": ("sedangkan", "adapun", "namun", "tetapi", "sementara", "disusul", "diikuti"),
    # every word of _SOCIAL_EVENT, and the verb of _CEREMONY
    "social": ("laga", "pertandingan", "liga", "turnamen", "kejuaraan", "tandang", "mtq", "stq",
               "porprov", "pernikahan", "resepsi", "mempelai", "walimah", "takziah", "melayat",
               "hadiri", "pasokan", "business matching", "misi dagang", "temu bisnis",
               "kerja sama dagang", "kerja sama perdagangan", "kontrak dagang",
               "promosi investasi", "roadshow investasi"),
    # the first word of every village of _MODEL_VILLAGE
    "villages": tuple(sorted({v.split()[0].lower() for v in aliases.MODEL_VILLAGES})),
    # every opening of _REPORT_BACK
    "report": ("sepulang", "laporan hasil", "hasil studi", "hasil kunjungan", "hasil kaji",
               "hasil kunker", "hasil stuban", "tindak lanjut", "rtl", "ekspose hasil",
               "paparan hasil", "memaparkan hasil"),
}


def _hint_automaton() -> Any:
    """One Aho-Corasick automaton over every phrase of _HINT_WORDS, each phrase keyed to the
    names that list it and its length."""
    automaton = ahocorasick.Automaton()
    names: dict[str, list[str]] = {}
    for name, phrases in _HINT_WORDS.items():
        for phrase in phrases:
            names.setdefault(phrase, []).append(name)
    for phrase, of in names.items():
        automaton.add_word(phrase, (frozenset(of), len(phrase)))
    automaton.make_automaton()
    return automaton


_HINT_AUTOMATON = _hint_automaton()


class _Hints:
    """The names of _HINT_WORDS whose phrases ``low`` (an article's lower-cased text) contains.

    Rare phrases that some rules read: one pass of an Aho-Corasick automaton over the text
    finds them all at C speed, so that the rules' patterns run only where they can match. (A
    substring test per phrase, asked lazily, cost twelve per cent of reading a generated
    article: a name is asked in nearly every article, and each of its phrases is absent.)

    ``exact`` says that a case-blind pattern matches the text only where ``low`` holds the
    same letters (every letter and digit of the text is ASCII: no dotless i or long s
    matches "i" or "s"); :meth:`within` then answers for a part of the text.
    """

    __slots__ = ("_names", "_hits", "_at", "exact")

    def __init__(self, low: str, exact: bool = False) -> None:
        # (index of the last character, (names, length)) of every phrase found, in one C call
        hits: list[tuple[int, tuple[frozenset[str], int]]] = \
            list(_HINT_AUTOMATON.iter(low)) if low else []
        self._names: set[str] = set().union(*(of for _end, (of, _n) in hits))
        self._hits = hits if exact else None
        self.exact = exact
        self._at: dict[str, list[tuple[int, int]]] | None = None

    def __contains__(self, name: str) -> bool:
        return name in self._names

    def within(self, name: str, start: int, end: int) -> bool:
        """Whether a phrase of ``name`` lies in ``low[start:end]`` (anywhere in ``low``
        unless ``exact``). A pattern that needs one inside its match cannot match in a window
        without one, which most windows are, even where the article has the phrase."""
        at = self._at
        if at is None:
            if self._hits is None:
                return name in self._names
            # the spans of each name's phrases, sorted out on the first question
            at = self._at = {}
            for last, (of, n) in self._hits:
                for one in of:
                    at.setdefault(one, []).append((last - n + 1, last + 1))
        return any(start <= s and e <= end for s, e in at.get(name, ()))


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
# Several delegations as one subject: "empat rombongan dari empat daerah berbeda datang silih
# berganti ke kota ...", none of them the delegation told before or after.
_GROUPS_COME = re.compile(r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[2-9]|[Ss]ejumlah"
                          r"|[Bb]eberapa)\s+(?:rombongan|delegasi)\b")
_GUESTS_COUNTED_AT_START = re.compile(
    r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[2-9]|[1-9]\d{1,2}|[Bb]elasan|[Pp]uluhan)\s+"
    r"(?:[Pp]emerintah\s+)?"
    r"(?:[Dd]aerah|[Rr]ombongan|[Dd]elegasi|[Kk]abupaten|[Pp]emda|[Kk]unjungan|[Tt]amu)\b")
# A delegation named with its government, and the region after it: "rombongan Dinas
# Kesehatan Kabupaten Mamuju", "tim Pemkab Buton Tengah".
_NAMED_GUESTS = re.compile(
    r"\b(?:rombongan|tim|delegasi)\s+(?:(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|DPRD"
    r"|Dinas(?:\s+(?!Kabupaten|Kota|Provinsi)[A-Z]\w+){1,3}|Komisi\s+\w+(?:\s+DPRD)?)\s+)+"
    r"(?:(?:Kabupaten|Kota|Provinsi)\s+)?")
# A government body opening a sentence, and its leader after it: "Komisi I DPRD Kabupaten
# Ciamis, dipimpin ketuanya H. Dadang ...".
_LED_BODY = re.compile(r"\s*(?:Komisi\s+\w+\s+)?(?:DPRD|Pemkab|Pemkot|Pemprov|Pemko|Pemerintah)\s+"
                       r"(?:(?:Kabupaten|Kota|Provinsi)\s+)?")
_LED_AFTER = re.compile(r"[^,.;]{0,30},\s*(?:yang\s+)?dipimpin\b")
# A roundup's item told by its order or its day: "Yang pertama adalah Pemerintah Kabupaten
# Natuna", "Kunjungan pertama dilakukan Dinas Pariwisata Provinsi Riau", "Ketiga, Jumat
# (2/5/2025), Komisi I DPRD Kota Dumai", "Senin, 22 Juli 2024 - Pemerintah Kabupaten ...",
# "Rabu (15/1), Komisi II DPRD Kabupaten Lampung Selatan menyusul".
# A sentence opening with the day or the month of what it tells: "Agustus lalu, ...", "Pada
# 6-7 Mei 2024, ...", "Sementara pada 21 Oktober 2024, ...".
_MONTH_OPENING_ALT = (
    r"(?:(?:Pada|Sementara(?:\s+pada)?|Lalu|Kemudian)\s+)?" + _DAY_MONTH
    + r"(?:\s+(?:lalu|\d{4}))?\s*,")
_MONTH_OPENING = re.compile(r"\s*" + _MONTH_OPENING_ALT)
_ORDINAL_GUEST = re.compile(
    # ("Sementara rombongan kedua berasal dari Pemkab Morowali Utara")
    r"\s*(?:(?:(?:Sementara(?:\s+itu)?,?|Adapun|Lalu|Kemudian)\s+(?:yang|tamu|rombongan|delegasi"
    r"|kunjungan|daerah|giliran)|Yang|Tamu|Rombongan|Delegasi|Kunjungan|Daerah|Giliran)\s+"
    r"(?:pertama|kedua|ketiga"
    r"|keempat|kelima|keenam|berikutnya|terakhir)\b"
    r"|(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Terakhir)\s*,"
    r"|(?:" + _WEEKDAY_NAMES + r")\b(?:[\w ,/()]{0,30}?\s[\u2013\u2014-]\s"
    r"|\s*\([\d/]{3,10}\)\s*,)"
    # "Agustus lalu, Pemerintah Kabupaten Kepulauan Sula ...", "Pada 6-7 Mei 2024, ..."
    r"|" + _MONTH_OPENING_ALT + r")")
# A roundup's heading line naming one guest and nothing else: "Kabupaten Mamuju, Sulawesi
# Barat", "DPRD Kabupaten Kapuas Hulu, Kalimantan Barat", "Provinsi Kalimantan Utara".
_GUEST_HEADING = re.compile(r"\s*(?:(?:DPRD|Pemerintah|Pemkab|Pemkot|Pemprov|Pemko)\s+)?"
                            r"(?:Kabupaten|Kota|Provinsi)\s+[A-Z][\w .'-]{1,40}"
                            r"(?:,\s*[A-Z][\w .'-]{1,40})?")
_HELD_VERBS = ("berlangsung", "digelar", "dilaksanakan", "diadakan")
_VISIT_HELD = re.compile(r"\b(?:[Kk]unjungan|[Ss]tudi\s+(?:tiru|banding)|[Kk]aji\s+tiru"
                         r"|[Pp]ertemuan\s+resmi)\b[^.;]{0,40}?\b(?:" + "|".join(_HELD_VERBS)
                         + r")\b")


def _visit_held(text: str, start: int, end: int) -> bool:
    """Whether ``_VISIT_HELD.search(text, start, end)`` matches; its verbs, which it takes only
    as written (in lower case), are looked for at C speed first, and most windows have none."""
    return any(text.find(verb, start, end) >= 0 for verb in _HELD_VERBS) \
        and _VISIT_HELD.search(text, start, end) is not None
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
# A launch's headline: "Bupati Resmikan MPP Tanah Bumbu, ...".
_LAUNCH_HEADLINE = re.compile(r"\b(?:[Rr]esmikan|[Mm]eresmikan|[Dd]iresmikan|[Ll]uncurkan"
                              r"|[Mm]eluncurkan|[Dd]iluncurkan|[Pp]eresmian|[Pp]eluncuran"
                              r"|[Ll]aunching|[Ss]oft\s*[Ll]aunch(?:ing)?)\b")
# The matter of a study between its noun and "ke": one phrase, no clause break, no relative
# clause ("terkait penerapan perda KTR yang sudah lebih dulu diterapkan di ibu kota provinsi").
_TOPIC_BETWEEN = re.compile(r"\s*(?:pengelolaan|penerapan|pengembangan|penanganan|penataan"
                            r"|pelaksanaan|penyelenggaraan|tata\s+kelola|tentang|terkait|soal"
                            r"|mengenai|bidang)\s(?:(?!\byang\b)[^,;.:\"\u201c\u201d])*$",
                            re.IGNORECASE)
# Every opening of _LAUNCH_BEFORE holds one of these.
_LAUNCH_STEMS = ("launch", "resmi", "luncur")


def _launch_before(text: str, hay: str, case: int, start: int, end: int) -> bool:
    """Whether ``_LAUNCH_BEFORE.search(text, start, end)`` matches. Over the lower-cased view
    (``case`` 1, see Extractor._view) a match needs one of its stems in the window, which is
    looked for at C speed first."""
    if case and not any(hay.find(stem, start, end) >= 0 for stem in _LAUNCH_STEMS):
        return False
    return _LAUNCH_BEFORE.search(text, start, end) is not None
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
    r"|(?:" + _MONTH_NAMES + r")\s+lalu|pada\s+(?:tahun\s+)?20\d\d(?![\d/-]))\b")
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
    r"|beserta\s+anggota"
    # "Salah satu peserta, Kepala Pekon Wates Selatan, Rudi Hartono, mengaku ..."
    r"|(?:salah\s+(?:satu|seorang)\s+)?peserta(?:\s+(?:studi\s+\w+|kunjungan(?:\s+kerja)?))?\s*,"
    # "Rombongan Polman turut membawa Kepala Dinas Kesehatan, ..."
    r"|rombongan(?:\s+\w+){0,3}?\s+(?:turut\s+|juga\s+)?(?:membawa|memboyong|mengajak)(?:\s+serta)?"
    r")\s*:?\s*$",
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
# ("pihaknya menimba pengalaman di Kota Metro", but not "kami menimba ilmu dari paparan Gowa
# di forum itu": what a forum's talk taught, not a trip)
_WE_LEARNED = re.compile(r"\b(?:kami|kita|saya|pihaknya)\s+(?:\w+\s+){0,5}?"
                         r"(?:(?:belajar|berguru|menimba)"
                         r"(?:\s+(?:dulu|dahulu|terlebih\s+dahulu|lebih\s+dulu|langsung|juga"
                         r"|pula))?\s+(?:ke|di|dari|bagaimana|cara)"
                         r"|menimba\s+(?:ilmu|pengalaman)\s+(?:ke|di))\b", re.IGNORECASE)
# Who stood in for a region: "Adapun Lanny Jaya diwakili Sekretaris Daerah, Nama".
_REPRESENTED = re.compile(r"\bdiwakili(?:\s+oleh)?\s*$", re.IGNORECASE)
_STOOD_IN_FOR = re.compile(r"\b(?:mewakili|atas\s+nama)\s*$", re.IGNORECASE)
_THIRD_PARTY = re.compile(r"\b(?:Kementerian|Kemen[A-Z]\w*|Direktorat|Ditjen|Universitas|Fakultas"
                          r"|Ombudsman|BPKP|KPK|BPK\s+RI|DPR\s+RI|DPD\s+RI)\b")
_SENT_OFF = re.compile(r"\b(?:dilepas(?:kan)?|melepas(?:kan)?|diberangkatkan|memberangkatkan)"
                       r"(?:\s+(?:langsung|secara\s+resmi))?(?:\s+oleh)?\s*$", re.IGNORECASE)
# ... or after the name: "Bupati Tanah Bumbu dr. Hasanuddin Arifin saat melepas peserta".
_SENT_OFF_AFTER = re.compile(r"(?:[^.;]|\.(?!\s+[A-Z])){0,30}?\b(?:saat|ketika|sewaktu|yang)\s+"
                             r"(?:secara\s+resmi\s+)?(?:melepas(?:kan)?|memberangkatkan)\b",
                             re.IGNORECASE)
# (a degree's dots do not end the stretch: "Dr. Frans, M.Si., yang tidak ikut dalam perjalanan")
# (nor a customary title's: "Yulizar Dt. Rajo Bungsu, yang tidak turut dalam rombongan")
_STAYED = re.compile(r"(?:[^.;]|\.(?!\s+[A-Z])|(?<=Dt)\.){0,25}?\b(?:yang\s+)?"
                     r"(?:tidak|tak|belum)\s+(?:ikut|turut|hadir)\b|[^.;]{0,25}?\bberhalangan\b",
                     re.IGNORECASE)
# Every match of _STAYED holds one of these.
_STAYED_WORDS = ("tidak", "tak", "belum", "berhalangan")
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
                        r"|hadir\s+pula|tampak\s+hadir"
                        # "Bersamanya hadir Kepala Dinas Perdagangan ... Nama"
                        r"|bersamanya\s+(?:hadir|turut|ikut)|ikut\s+serta|turut\s+serta)"
                        r"(?:\s+oleh)?"
                        # "datang bersama jajarannya, yakni Sekretaris Dinas Nama, ..."
                        r"(?:\s+(?:jajaran|jajarannya|timnya|stafnya|sejumlah\s+pejabat)"
                        r"\s*,?\s*(?:yakni|yaitu|antara\s+lain|di\s*antaranya)?)?"
                        r"\s*,?\s*$", re.IGNORECASE)
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
    # finance, planning and village offices by their acronyms: "BPKAD Provinsi Sulawesi Selatan"
    r"BPKAD|BPKD|BKAD|BPPKAD|Bapperida|Bappelitbangda|Bappedalitbang|DLH|DPMD|DPMPD|Dispar"
    r"|Disdik|Dishub|Diskominfotik|Biro\s+[A-Z][\w]+(?:\s+(?:dan\s+)?[A-Z][\w]+){0,3}|"
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
# (on one line: a headline's capitals do not run on into the paragraph under it)
_CANDIDATE_RE = re.compile(
    r"(?P<label>(?:[A-Z][\w-]*)(?:[^\S\n]+(?:[A-Z][\w-]*|dan|untuk|bagi|&|di|for|of|and|the|on))"
    r"{1,8})[^\S\n]*\((?P<acr>[A-Z][A-Za-z-]{1,12})\)"
)
# A local program's own name after its kind: capitalised words, an acronym with a hyphen
# ("SI-CANTIK") or an e-word ("e-Retribusi", "e-office"), after at most one plain word of kind
# ("kanal pengaduan Lapor Mas Bup"); or after words that make it the topic ("mempelajari Kios
# Pangan Rakyat", "cara kerja Brigade Alsintan", "penerapan Siskeudes Online": on the test
# corpus these found 32 more true programs against 13 false ones).
_BRAND_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|e-[A-Za-z]+)"
_BRAND_RE = re.compile(
    r"(?i:aplikasi|program|gerakan|inovasi|kanal|layanan|platform|cara[ \t]+kerja|penerapan"
    r"|implementasi|berfokus[ \t]+pada|mempelajari)[ \t]+"
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
# (and offices: "Asisten Pemerintahan dan Kesejahteraan Rakyat (Asisten I)" is a post)
_BODY_WORDS = _words("""
    Satuan Tim Penggerak Forum Komisi Fraksi Ikatan Asosiasi Persatuan Polisi Asisten Staf Ahli
    Wakil Ketua Camat Lurah Inspektur Inspektorat Biro Sekretariat Setda Bappeda Bapenda
""")
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
_NOT_IN_LABEL = re.compile(r"[^\w\s&-]|\n")
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

    @cached_property
    def learns_anywhere(self) -> bool:
        """Whether the story speaks of learning anywhere (see _LEARNED_ANYWHERE)."""
        return _LEARNED_ANYWHERE.search(self.text) is not None


def _party_told_last(refs: list[RegionRef], pos: int, parties: set[str]) -> bool:
    """Whether the region told last in the 120 characters before ``pos`` is one of
    ``parties`` or the province of one ("... tamu dari dua daerah di Provinsi Gorontalo
    sekaligus, Senin (10/2/2025)"), not another place ("di Jakarta, Selasa (3/6/2025)")."""
    near = [r for r in refs if 0 <= pos - r.end < 120]
    if not near:
        return False
    code = near[-1].code
    return code in parties or any(p.startswith(code + ".") for p in parties)


def _delegation_named(code: str, doc: _Doc, taken: set[str]) -> list[RegionRef]:
    """The regencies and cities of province ``code`` named together, two or more, as a
    delegation in one sentence ("Rombongan gabungan dari Kabupaten Balangan, Kabupaten Hulu
    Sungai Utara, dan Kabupaten Tabalong itu ..."), each once, or none."""
    for sid, regs in doc.regions.items():
        found: dict[str, RegionRef] = {}
        for r in regs:
            if r.code.startswith(code + ".") and r.code not in taken:
                found.setdefault(r.code, r)
        if len(found) > 1:
            first = min(r.start for r in found.values())
            if _GUESTS_WORD.search(doc.text, doc.sents[sid].start, first):
                return list(found.values())
    return []


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
# The trip's results or the way home before its noun: "Sepulang studi tiru dari Kabupaten
# Malang", "Oleh-oleh Kunker dari Bapenda Jatim", "hasil kunjungan kerja dari": "dari" names
# where the learners went, not where they came from.
_WENT_FROM = re.compile(r"\b(?:[Ss]epulang|[Pp]ulang|[Kk]embali|[Hh]asil|[Oo]leh-oleh|[Bb]uah)\s+"
                        r"(?:(?:dari|melakukan|melaksanakan|mengikuti)\s+)?$")
# (and the earlier or later stops: "Rombongan Pemkot Ternate Setelah Makassar dan Bantaeng")
_SLOT_BREAK = re.compile(r"\b(?:ke|dari|di|oleh|untuk|yang|bupati|wali\s*kota|gubernur|sekda"
                         r"|sekretaris|ketua|kepala|wakil|camat|asisten|setelah|sesudah|sebelum"
                         r"|usai|seusai)\b", re.IGNORECASE)
_SPLIT_NAME = re.compile(r"\s*\([A-Z]{2,6}\)\s+(?P<word>Timur|Barat|Utara|Selatan|Tengah|Raya|"
                         r"Laut|Darat|Ilir|Ulu|Hulu|Hilir)\b")
# Small tests of the direction rules, compiled once: a call to re.search() with a pattern's
# source looks the compiled pattern up in re's cache every time, which cost more than the
# search on these short strings.
_LIST_WORD = re.compile(r"\b(?:dan|serta|ke|dari|di)\b")
_CALLED_OFF_AFTER = re.compile(r"\W*(?:akan|batal|tidak|dijadwalkan|direncanakan|rencananya)\b")
_YANG_BEFORE = re.compile(r"\byang\s+$")
_GOV_IN_GAP = re.compile(r"\b(?:pemerintah|pemkab|pemkot|dprd|rombongan|dinas|badan)\b", re.I)
# A government's own body before the region, whatever civil word its name holds ("Dinas
# Pemberdayaan Masyarakat dan Desa Kabupaten Purbalingga").
# ("Rombongan mahasiswa dari Kabupaten Sleman": a delegation of students is no government's)
_GOV_IN_LEAD = re.compile(
    r"\b(?:pemerintah|pemkab|pemkot|pemprov|dprd|bupati|wali|dinas|badan"
    r"|kantor|sekretariat|setda|bappeda|inspektorat"
    r"|(?:rombongan|delegasi)(?!\s+(?:para\s+)?(?:keluarga|" + _CIVIL_AGENT_WORDS + r")\b))\b",
    re.I)
# ("di" also with the region's own word between: "di Kabupaten Kaur")
_FROM_WORD = re.compile(r"\bdari\b", re.I)
_WE_AFTER = re.compile(r"\s+(?:kami|kita|saya)\b")
_LAST_STOP = re.compile(r"\s+(?:(?:itu|tersebut)\s+)?(?:ditutup|diakhiri|berakhir|dilanjutkan"
                        r"|berlanjut)\s+(?:di|ke)\s")
# Regions counted in a province, up to the region named next: "dua kabupaten di", "beberapa
# daerah di" (_SOME_OF: counted without a number).
# ("sejumlah daerah pesisir di Maluku": a word may describe them)
_COUNTED_REGIONS = (r"\s+(?:kabupaten|kota|daerah|kabupaten/kota)(?:\s+[a-z]+)?\s+(?:di|se-?)\b"
                    r"[^.;]{0,45}$")
_VAGUE_COUNT = r"beberapa|sejumlah|berbagai|banyak"
# ("menerima dua rombongan dari Nusa Tenggara Timur sekaligus": the groups named after)
_COUNTED_IN = re.compile(r"\b(?:dua|tiga|empat|lima|enam|[2-9]|" + _VAGUE_COUNT + r")"
                         r"(?:" + _COUNTED_REGIONS + r"|\s+(?:rombongan|delegasi)\s+(?:dari|asal)"
                         r"\s+(?:provinsi\s+)?$)", re.IGNORECASE)
_ACCOMPANIED_BEFORE = re.compile(r"\bmendampingi\s+(?:kunjungan\s+(?:kerja\s+)?)?(?:[Gg]ubernur"
                                 r"|[Ww]akil\s+[Gg]ubernur|[Mm]enteri|[Pp]residen)\s+$")
_NICKNAMED = re.compile(r"\b(?:berjuluk|dijuluki|julukan)\s+$")
# The agent of a passive welcome, after its place: "diterima di Kompleks Kepatihan, Kota
# Yogyakarta, oleh Kepala Biro Organisasi Setda DIY".
_BY_AGENT = re.compile(r"[\s,]*oleh\b")
_WELCOMED_AT = re.compile(rf"\b(?:{_PASSIVE})\b")
# A fronted clause of who advised or helped, before the subject: "Disarankan Kementerian PANRB,
# Lebong Belajar ...", "Atas saran KemenPANRB, Pemkab ...".
_FRONTED_BY = re.compile(r"\s*(?:[Dd]i(?:sarankan|rekomendasikan|arahkan|dorong|fasilitasi"
                         r"|dampingi)|[Aa]tas\s+(?:[Ss]aran|[Rr]ekomendasi|[Aa]rahan)|[Bb]erkat|[Ss]esuai)"
                         r"\s+[^,;.]{1,60},\s*")
# A trip told with a verb of learning itself: "memilih berguru ke Kota Binjai".
_LEARN_TO = re.compile(r"\b(?:belajar|berguru|nyantri|menimba\s+ilmu)\s+(?:\w+\s+){0,3}?"
                       r"(?:ke|di)\b",
                       re.IGNORECASE)
# A council's or government's own unit as the subject, named without a region: "Pada 14-15 Mei
# 2025, Komisi A melakukan kunjungan kerja ke ...", "Pansus II ...".
_OWN_UNIT_SUBJECT = re.compile(
    r"\s*(?:(?:Pada|Sejak|Selama)\s+[^,]{3,40},\s*)?(?:Komisi\s+(?:[A-E]|[IV]{1,3}|\d)|Pansus"
    r"|Panitia\s+Khusus|Bapemperda|Badan\s+Anggaran|Banggar|Badan\s+Musyawarah|Bamus)\b")
# A list item that opens with what happened, a digest's topic: "3. Menerima DPRD Kebumen",
# "2. Kunjungan Kerja ke Bali".
_ITEM_TOPIC = re.compile(r"\s*(?:Menerima|Terima|Kunjungan|Kunker|Studi|Menyambut|Sambut"
                         r"|Rapat|Paripurna|Reses|Bimbingan|Bimtek)\b")
# A comma and a government word before a region: the subject of a fronted predicate ("Sambangi
# Banyuwangi dan Surabaya, Pemkab Lotim Bawa Pulang ...").
_COMMA_SUBJECT = re.compile(r",\s+(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|DPRD|DPRK|Bupati"
                            r"|Wali\s?[Kk]ota|Gubernur|Tim|Rombongan|Delegasi"
                            # an agency by its short name: "Disporapar Balikpapan"
                            r"|Dis[a-z]{3,}|Bapp?e[a-z]+|Bapenda|DPMPTSP|BPBD|BKPSDM)\s+"
                            r"(?:(?:Kabupaten|Kota|Provinsi)\s+)?")
# Between two regions of a headline, the start of another topic: ", Sampah " in "... di Ngada,
# Sampah Kota Kupang, Festival Maumere" (not a government's body: ", Dinas Pariwisata ").
_NEXT_TOPIC = re.compile(r"\s*[,;|]\s*(?!(?:Dinas|Badan|Bagian|Biro|DPRD|DPRK|Pemkab|Pemkot|Pemprov"
                         r"|Pemko|Pemerintah|Kabupaten|Kota|Provinsi|Kab|Inspektorat|Bappeda|Setda"
                         r"|Sekretariat|Kantor|Balai|Desa|Kecamatan)\b)([A-Z][A-Za-z]+)"
                         r"(?:\s+[A-Z]?[a-z]+)?"
                         r"\s+")
# Headline verbs of a trip's further stops, beside the cues' own first words.
_HEADLINE_STOPS = _words("singgahi lanjut berlanjut lanjutkan susul disusul")
# A government's own staff counted before "di" and their region: "59 lurah dan 10 camat di".
_STAFF_AT = re.compile(r"\b(?:lurah|camat|kepala\s+desa|kades|perangkat\s+desa|kepala\s+kampung"
                       r"|wali\s+nagari|keuchik|ASN|pegawai|pejabat)\s+(?:se)?di\s+"
                       r"(?:(?:kabupaten|kota|provinsi|kab\.)\s*)?$",
                       re.IGNORECASE)
# A mention pointing back at what was told before: "rombongan dari Sulawesi Selatan tersebut".
_THAT_ONE = re.compile(r"\s+(?:tersebut|itu)\b")
# Visits as traffic: "musim kunjungan", "angka kunjungan", "lonjakan kunjungan".
_VISITS_COUNTED_WORDS = ("musim", "arus", "angka", "jumlah", "tingkat", "data", "lonjakan",
                         "kenaikan", "penurunan", "target", "puncak")
_VISITS_COUNTED = re.compile(r"\b(?:" + "|".join(_VISITS_COUNTED_WORDS) + r")\s+$", re.IGNORECASE)
# An event a region's people speak at: "menjadi narasumber dalam forum nasional ... di Jakarta".
_AT_AN_EVENT = re.compile(r"\b(?:forum|rapat|seminar|webinar|acara|kegiatan|rakor|rakernas|rakornas"
                          r"|konferensi|lokakarya|workshop|bimtek|pelatihan|sosialisasi)\b",
                          re.IGNORECASE)
# Guests whose turn it was: "giliran Pemerintah Kabupaten Kolaka yang datang menimba ilmu".
_TURN_TO_COME = re.compile(r"\bgiliran\b[^.]{0,120}\byang\s+(?:datang|bertandang|berkunjung"
                           r"|hadir)\b", re.IGNORECASE)
# A national agency's office in a region, right before the region's name.
_NATIONAL_OFFICE = re.compile(r"\b(?:BKN|BPK|BPKP|BPS|BPOM|BMKG|BNN|BNPB|Kanreg|Kanwil|Kantor\s+"
                              r"(?:Regional|Wilayah)|Perwakilan)\b[^.;,]{0,40}$")
# A region compared with, before the subject: "Berbeda dengan Pahuwato yang ...".
_UNLIKE = re.compile(r"\b(?:[Bb]erbeda\s+dengan|[Tt]idak\s+seperti|[Tt]ak\s+seperti)\s+"
                     r"(?:(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|DPRD)\s+)?$")
# A headline's next clause after a comma: "..., Boalemo Lanjut ke Sragen".
_GOES_ON = re.compile(r"(?:[Ll]anjut|[Bb]erlanjut|[Kk]emudian|[Ll]alu|[Ss]etelah\s+itu)\b")
# A headline's next clause after a comma: "Belajar Bela Beli ke Kulon Progo, Agam Siapkan
# Gerakan Serupa", the region its subject and a verb after it ("-kan", "Me-", "Ber-", "Di-").
_HEADLINE_VERB = re.compile(r"\s+(?:[A-Z][a-z]+kan|Me[a-z]{3,}|Ber[a-z]{3,}|Di[a-z]{3,}"
                            r"|Ter[a-z]{3,})\b")
# A place set before a sentence's subject: "Di Banyumas, Senin (10/2), para kades ...".
_FRONTED_PLACE = re.compile(r"\s*Di\s+(?P<place>(?:Kabupaten\s+|Kota\s+|Pemkab\s+|Pemkot\s+"
                            r"|Pemko\s+)?[A-Z][\w-]*"
                            r"(?:\s+[A-Z][\w-]*)?)\s*,")
_PARTICIPANTS = re.compile(r"\b(?:[Pp]eserta|[Pp]elari|[Pp]engunjung|[Ww]isatawan)\b")
# A list item that opens a sentence, with the day of a schedule: "- Senin (3/2): Pemkab Bone".
_LIST_ITEM = re.compile(r"\s*(?:"
                        # a scraped table's row: "3 | 9 April 2025 | Biro Organisasi Setda ..."
                        r"\d{1,2}\s*\|\s*[^|\n]{1,30}?\s*\||"
                        r"(?:\d{1,2}[.)]|[-\u2022*])\s+(?:(?:" + _WEEKDAY_NAMES
                        + r")\s*(?:\([^()\n]{1,12}\))?\s*:"
                        # "• 2–3 Juli – Pemprov Kalimantan Utara ...", "• Mei – Pemkot ...": a
                        # roundup's item opening with its day or month
                        r"|" + _DAY_MONTH + r"(?:\s+\d{4})?\s*[-\u2013\u2014:])?)\s")
_QUOTE_CLOSED = re.compile(r"[\"\u201d]\s*,?\s*(?:ujar|kata|ucap|tutur|jelas|tegas|imbuh|ungkap"
                           r"|terang|sebut)")
_HEAD_ENTOURAGE = re.compile(r"\b[Rr]ombongan\s+(?:[Gg]ubernur|[Ww]akil\s+[Gg]ubernur|[Mm]enteri"
                             r"|[Ww]amen|[Pp]residen|[Ww]apres|[Kk]apolda|[Pp]angdam)\b")
# (or to sell: "datang ke Surabaya untuk membidik wisatawan Jawa Timur" at a travel fair; or
# a holiday: "berangkat ke Pulau Dewata untuk berwisata bersama")
_ATTEND_AFTER = re.compile(r"\b(?:untuk|guna)\s+(?:menghadiri|mengikuti|membuka|meresmikan"
                           r"|melantik|memimpin\s+rapat|menandatangani|membidik|menjaring"
                           r"|memikat|mempromosikan|memasarkan|berwisata|berlibur|bertamasya"
                           r"|berekreasi|rekreasi|piknik)\b")
# "gudang SRG di Jombang diresmikan pada Maret 2019": the month of something the host built or
# began, not of the visit.
_SINCE_MONTH = re.compile(r"\b(?:diresmikan|diluncurkan|dibangun|didirikan|berdiri|beroperasi"
                          r"|dioperasikan|dimulai|sejak|mulai)\s+(?:pada\s+|sejak\s+)?(?:bulan\s+)?$")
# A village or a district opening the sentence as the host, its region left to the dateline.
_LOCAL_HOST = re.compile(r"\s*(?:Kelurahan|Desa|Kecamatan|Kalurahan|Kapanewon|Nagari|Gampong|Pekon"
                         r"|Lembang|Distrik)\s+[A-Z]")
_RETURN_BEFORE = re.compile(r"\b(?:kembali|pulang|balik)\s+$", re.IGNORECASE)
# A body named by the bill it works on, before its council: "Pansus Rancangan Peraturan Daerah
# tentang Fasilitasi Penyelenggaraan Pesantren DPRD Kabupaten Lombok Timur" (the pesantren is
# the bill's matter, not a host).
_LAW_TITLE_GAP = re.compile(r"(?:Rancangan\s+Peraturan\s+Daerah|Ranperda|Raperda|Peraturan\s+Daerah"
                            r"|Perda)\s+tentang\s+[^,;.]*?(?:DPRD|DPRK|Pemerintah|Pemkab|Pemkot"
                            r"|Pemprov)(?:\s+(?:Kabupaten|Kota|Provinsi))?\s*$", re.IGNORECASE)
_COMPANY_PURPOSE = re.compile(r"\buntuk\s+(?:\w+\s+){0,6}?(?:milik\s+)?(?:sebuah\s+)?"
                              r"(?:perusahaan|pabrik|PT\b|industri\s+swasta)", re.IGNORECASE)
# A private place right after the cue, with no government named before its owner.
_PRIVATE_PLACE = re.compile(
    r"\s+(?:ke|di)\s+(?:sebuah\s+|salah\s+satu\s+)?(?:(?!Pem|Kabupaten|Kota|Dinas|DPRD|Provinsi"
    r"|Badan|Desa|Kelurahan)[\w'-]+,?\s+){1,9}?milik\s+(?:sebuah\s+)?(?:swasta|pengusaha"
    r"|perusahaan|keluarga|pribadi|perorangan|koperasi)\b")
# A story that says no government took part: "Kunjungan itu sepenuhnya inisiatif kelompok dan
# tidak melibatkan pemerintah daerah mana pun."
_NO_GOVERNMENT = re.compile(r"\b(?:tidak|tak|tanpa)\s+melibatkan\s+(?:pemerintah|pemda|pemkab"
                            r"|pemkot|dinas)\b", re.IGNORECASE)
_SCOPE_BEFORE = re.compile(r"\bdi\s+(?:lingkungan|wilayah|kawasan|tingkat)\b", re.IGNORECASE)
_GOES_ON_LATER = re.compile(r"(?:\s+\w+){0,2}?\s+akan\s+(?:berlanjut|dilanjutkan|diteruskan)\b")
# "Peresmian turut disaksikan Wali Kota Palu": a guest at a launch.
_LAUNCH_GUEST = re.compile(r"\b(?:[Pp]eresmian|[Pp]eluncuran|[Ll]aunching)\b[^.;]{0,40}"
                           r"\b(?:disaksikan|dihadiri)\b")
_COURTESY = re.compile(r"silaturahmi|silaturrahmi|silaturahim|kehormatan", re.IGNORECASE)
_GOING_HOME = re.compile(r"\s+(?:pulang|kembali)\b")
# "datang ke lokasi bersama petugas Dishub Ngawi": to the scene of an accident or a disaster, a
# house of mourning or a shelter, not to a region's government. (A regional hospital, RSUD, is
# a government's and a place to learn: "berkunjung ke RSUD milik Pemkab Sikka".)
_TO_SCENE = re.compile(r"\s+(?:langsung\s+)?ke\s+(?:lokasi(?!\s+(?:studi|kunjungan|belajar))"
                       r"|tempat\s+kejadian|TKP\b|rumah\s+duka|posko|pengungsian)",
                       re.IGNORECASE)
_HOME_AFTER = re.compile(r"\buntuk\s+(?:kembali|pulang)\s+ke\b")
# "tidak melakukan studi banding ataupun kunjungan ke Denpasar": the negation reaches on.
_OR_WORDS = ("ataupun", "maupun", "atau", "apalagi")
_OR_BEFORE = re.compile(r"\b(?:" + "|".join(_OR_WORDS) + r")\s+$")
_AT_BUILDING = re.compile(r"\b[Dd]i\s+(?:[Gg]edung|[Kk]antor|[Aa]ula|[Bb]alai|[Rr]uang|[Pp]endop?a"
                          r"|[Kk]ompleks|[Pp]usat\s+[Pp]emerintahan|[Rr]umah\s+[Dd]inas"
                          r"|[Ss]ekretariat|[Gg]raha)\b[^,.;]{0,40}$")
_PREP_AT_END = re.compile(r"\b(?:(?P<prep>dari|ke|di)\s*|(?P<at>di)\s+(?:kabupaten|kota|provinsi"
                          r"|kab\.)\s*)$", re.I)
# "Studi banding ke Bali kami batalkan": called off after the fact is told.
_CANCELLED = re.compile(
    r"\b(?:batalkan|dibatalkan|membatalkan|ditunda|tunda|diurungkan|urungkan"
    # "Rencana ... studi tiru ke Kabupaten Kulon Progo ... dipastikan tidak terlaksana"
    r"|(?:tidak|tak|batal|gagal)\s+(?:jadi\s+)?terlaksana)\b", re.IGNORECASE)
# Trips that were only claimed ("SPPD fiktif", "kunker fiktif"), or on paper: "laporan studi
# banding ke Badung ... yang ternyata tidak pernah dilaksanakan".
_FICTITIOUS = re.compile(r"\bfiktif\b|\btidak\s+pernah\s+(?:dilaksanakan|dilakukan|terlaksana"
                         r"|berangkat|ada)\b", re.IGNORECASE)
# Learning over a video call is no visit.
_ONLINE = re.compile(
    r"\b(?:konferensi\s+video|video\s*conference|vicon|zoom\s+meeting|melalui\s+zoom"
    r"|secara\s+(?:daring|virtual|online)|via\s+zoom|lewat\s+zoom|pertemuan\s+virtual"
    r"|pertemuan\s+daring|(?:rapat|pertemuan|diskusi)\s+(?:virtual|daring|online)"
    r"|(?:lewat|melalui|via)\s+(?:zoom|google\s+meet|video\s+call|panggilan\s+video)"
    # "Kami juga belajar dari Kabupaten Indragiri Hilir ..., tapi lewat diskusi di forum
    # provinsi saja": learned from afar, without a trip
    r"|(?:lewat|melalui|via)\s+(?:diskusi|forum|telepon|sambungan\s+telepon|grup\s+whatsapp"
    r"|whatsapp|webinar)"
    # the visit itself said to be virtual: "menerima kunjungan virtual dari Pemkab Bima",
    # "Kunjungan Kerja Virtual ke Tomohon", "studi tiru virtual", "kaji banding daring"
    r"|(?:kunjungan(?:\s+kerja)?|kunker|studi\s+(?:tiru|banding)|kaji\s+(?:banding|tiru)"
    r"|benchmarking)\s+(?:virtual|daring|online))\b", re.IGNORECASE)
# "layanan akta yang bisa diurus secara daring", "pendaftaran secara online": the service the
# guests came to learn about is online, not their meeting.
_ONLINE_SERVICE = re.compile(
    r"\b(?:diurus|mengurus|dilayani|melayani|diakses|mengakses|diajukan|mengajukan|didaftarkan"
    r"|mendaftar|dibayar|membayar|layanan|pelayanan|pendaftaran|perizinan|pembayaran|pengaduan"
    r"|permohonan|pengajuan|terintegrasi|tersedia|dikelola|dipantau|memantau"
    # "pengawasan pajak hotel dan restoran secara daring": the supervision the guests came to
    # see is online, told with what it supervises.
    r"|pengawasan|pemantauan|monitoring)\b[^,.;]{0,40}$",
    re.IGNORECASE)
_HELD = re.compile(r"\b(?:dilaksanakan|dilakukan|digelar|diadakan|berlangsung|dihelat)\b", re.I)


_QUOTES = ';"”“'


# What a region is chosen as when it is chosen to learn from.
_LIST_MARK = re.compile(rf"\s*{LIST_MARK}\s*")
_MARK_CHARS = frozenset(LIST_BULLETS)
_AS_MODEL = re.compile(r"\bsebagai\s+(?:tempat|lokasi|tujuan|lokus|kiblat|rujukan|referensi"
                       r"|percontohan)\s+(?:belajar|studi|kunjungan|kaji|benchmarking|pembelajaran"
                       r"|menimba)", re.IGNORECASE)
# A sentence that opens with a delegation of a government: "Rombongan Pemerintah Kabupaten ".
_GOV_DELEGATION_OPENS = re.compile(r"\W*(?:[Rr]ombongan|[Dd]elegasi|[Tt]im)\s+(?:(?:Pemerintah"
                                   r"|Pemkab|Pemkot|Pemprov|Pemko|DPRD)\s+)?"
                                   r"(?:(?:Kabupaten|Kota|Provinsi)\s+)?")
# A welcome's place set before its sentence: "Di Kantor Bupati Banyuwangi, rombongan diterima
# Kepala Dinas Kominfo ..." (the region there received them).
# ("Di Cimahi, rombongan Bener Meriah diterima ...": the place alone)
_FRONTED_VENUE = re.compile(r"\W*(?:Di|Bertempat\s+di)\s+(?:(?:[Kk]antor|[Gg]edung|[Bb]alai|[Aa]ula"
                            r"|[Pp]endopo|[Pp]endapa|[Rr]uang|[Rr]umah\s+[Dd]inas"
                            r"|[Rr]umah\s+[Jj]abatan)\b[^,.;]{0,80}|(?:Kota\s+|Kabupaten\s+)?"
                            r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),")
# A welcome's place right after its verb: "saat menerima tamu di Ruang Rapat Blambangan, Kantor
# Pemkab Banyuwangi" (the region there is the host's, not the guests').
_WELCOMED_AT_VENUE = re.compile(r"\s+di\s+(?:[Rr]uang|[Rr]uangan|[Aa]ula|[Kk]antor|[Gg]edung"
                                r"|[Pp]endopo|[Pp]endapa|[Bb]alai|[Rr]umah\s+[Dd]inas"
                                r"|[Rr]umah\s+[Jj]abatan|[Ll]obi|[Ll]obby)\b")
# A choice to go and learn: "memilih untuk melihat langsung cara Kota Makassar membenahi ...".
_CHOSE_TO_LEARN = re.compile(r"\s+untuk\s+(?:melihat\s+langsung|belajar|berguru|menimba"
                             r"|mempelajari|studi)\b")
# A visit only asked for or written about: "surat permohonan kunjungan", "proposal studi banding".
# ("Di rancangan ini ada pos studi banding ke Bali": a budget's line, not a trip)
_REQUEST_WORDS = ("permohonan", "proposal", "surat", "usulan", "pengajuan", "pos")
_REQUESTED = re.compile(r"\b(?:" + "|".join(_REQUEST_WORDS) + r")\s+(?:izin\s+)?$",
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


# Meetings online that came before the trip or fell short of it: "Setelah dua kali menggelar
# rapat virtual, ... memutuskan melihat sendiri", "Dua Kali Rapat Virtual Tak Cukup, ...".
_ONLINE_BEFORE = re.compile(r"\b(?:[Ss]etelah|[Uu]sai|[Ss]eusai|[Ss]esudah|[Ss]elepas)\b"
                            r"[^,.;]{0,40}$")
_ONLINE_SHORT = re.compile(r"[^,.;]{0,12}?\b(?:[Tt]ak|[Tt]idak|[Bb]elum)\s+[Cc]ukup\b")


def _online_meeting(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says the learning took place online (see _ONLINE)."""
    for m in _ONLINE.finditer(text, start, end):
        if _ONLINE_BEFORE.search(text, max(start, m.start() - 50), m.start()) \
                or _ONLINE_SHORT.match(text, m.end(), end):
            continue
        if not _ONLINE_SERVICE.search(text, max(start, m.start() - 60), m.start()) \
                or _HELD.search(text, max(start, m.start() - 25), m.start()):
            return True
    return False
_TO_WORD = re.compile(r"\bke\b")
# An exhortation right before the verb: "Kita Harus Berani Belajar dari Banyuwangi".
_MUST_BEFORE = re.compile(r"\b(?:harus|perlu|wajib)\s+(?:\w+\s+)?$", re.IGNORECASE)
# The city and the regency of one name told together: "Kota dan Kabupaten Tasikmalaya".
_CITY_AND_REGENCY = re.compile(r"\b(?:[Kk]ota|[Kk]abupaten|[Pp]emkot|[Pp]emkab)\s+dan\s+"
                               r"(?P<last>[Kk]abupaten|[Kk]ota|[Pp]emkab|[Pp]emkot)\s+$")
# A quote closed by a pronoun's verb: '...," ungkapnya', '...," katanya'.
_SAID_BY_PRONOUN = re.compile(r"[,.!?][\"”]\s*(?:ungkap|ujar|kata|tutur|jelas|terang|imbuh|tambah"
                              r"|sebut|papar|ucap|tegas)nya\b")
# A sentence that opens with someone speaking: "Asrul memaparkan bahwa ...".
_NAME_SPEAKS = re.compile(r"\W*(?P<name>[A-Z][a-z]{2,})\s+(?:pun\s+)?(?:memaparkan|mengatakan"
                          r"|menjelaskan|menuturkan|mengungkapkan|menyebut|menambahkan"
                          r"|menerangkan|mengakui|bercerita)\b")
# Guests counted, then named: "dari dua lembaga legislatif asal Provinsi Sulawesi Tenggara,
# yaitu DPRD Kabupaten Buton dan ...".
_NAMED_AFTER_COUNT = re.compile(r"\b(?:dua|tiga|empat|lima|[2-5])\s+[^.;]{0,80}?,?\s*"
                                r"\b(?:yaitu|yakni)\s+")
# A day told right before a ministry the delegation went to: "Hari Ini ke Kemenag", "Senin
# (12/5), rombongan mendatangi Kementerian Dalam Negeri".
_DAY_AT_MINISTRY = re.compile(r"[\s,]*(?:\([^()]{1,12}\)\s*,?\s*)?(?:\w+\s+){0,3}?(?:ke|di)\s+"
                              r"(?:Kementerian|Kemen\w+|Ditjen|Direktorat\s+Jenderal|Bappenas"
                              r"|BKN|LAN|KemenPAN-RB)\b", re.IGNORECASE)
# An event's verb right before its day: "yang digelar Rabu dan Kamis (14-15/8/2024)".
_HELD_ON = re.compile(r"\b(?:digelar|berlangsung|dilaksanakan|diadakan|dilakukan)\s+(?:pada\s+)?$")
# The story's visit named as its own: "kunjungannya", "kunjungan itu".
_THIS_VISIT = re.compile(r"\b[Kk]unjungan(?:nya|\s+(?:itu|tersebut|ini))\b")
# A bare delegation and who led it: "tim yang tetap dipimpin Hendra melanjutkan ...".
_LED_BY_NAME = re.compile(r"\b(?:[Tt]im|[Rr]ombongan|[Dd]elegasi)\s+(?:yang\s+)?(?:\w+\s+)?"
                          r"dipimpin\s+(?:oleh\s+)?(?:langsung\s+(?:oleh\s+)?)?(?P<name>[A-Z][a-z]{2,})\b")
# A day written in numbers: "(24-25/10/2024)", "(12/5)".
_WRITTEN_DAY = re.compile(r"\(\d{1,2}(?:\s*[-–]\s*\d{1,2})?/\d{1,2}(?:/\d{2,4})?\)")
# The future words of getting something ready (see _FUTURE_WORDS).
_PREPARING = frozenset({"mempersiapkan", "menyiapkan", "siapkan", "matangkan", "mematangkan"})
# A study told as online by its own name: "Studi Tiru Virtual", "studi banding secara daring".
_VIRTUAL_STUDY = re.compile(r"\b(?:[Ss]tudi\s+(?:[Tt]iru|[Bb]anding)|[Kk]aji\s+[Tt]iru|[Bb]elajar)"
                            r"\s+(?:[Ss]ecara\s+)?(?:[Vv]irtual|[Dd]aring|[Oo]nline)\b")
_STEP_BEFORE = re.compile(r"\b(?:[Uu]sai|[Ss]eusai|[Ss]etelah|[Ss]esudah|[Ss]ebelum|[Pp]asca)\b")
# What a trip told only in the headline may be instead of a learning visit, said in the lead.
_NOT_STUDY = re.compile(
    r"\b(?:rekreasi|liburan|piknik|tamasya|MTQ|musabaqah|kafilah|kontingen|porprov|porda|popda"
    r"|pekan\s+olahraga|turnamen|pertandingan|jambore|perkemahan|ziarah)\b", re.IGNORECASE)
# The speaker's own call: "Kami datang bukan untuk ...", "kedatangan kami bukan ..." ("kunjungan
# ini" may be another trip of the story: "kunjungan ini sifatnya konsultasi ke pusat").
_OUR_CALL = re.compile(r"\b(?:[Kk]ami|[Kk]ita)\s+(?:\w+\s+)?(?:datang|berkunjung|ke\s+sini)\b"
                       r"|\b[Kk](?:edatangan|unjungan)\s+kami\b")
# A visit the story says was no study: "bukan untuk belajar, melainkan mengajak".
# ("bukan sekadar belajar, tetapi juga ..." is a study and more)
# (or the other way round: "Kami datang untuk menjual, bukan untuk belajar")
_NOT_TO_LEARN = re.compile(r"\bbukan\s+(?:untuk\s+|dalam\s+rangka\s+)?(?:belajar"
                           r"|studi\s+(?:tiru|banding)|menimba\s+ilmu|berguru)\b[^.]{0,20}?"
                           r"\b(?:melainkan|tetapi|tapi|namun)\b(?!\s+juga)"
                           r"|\buntuk\s+\w+(?:\s+\w+)?\s*,\s*bukan\s+(?:untuk\s+)?(?:belajar"
                           r"|studi\s+(?:tiru|banding)|menimba\s+ilmu)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:sering|kerap|acap|puluhan|ratusan|belasan|setiap\s+tahun"
                       r"|tiap\s+tahun|setiap\s+bulan|rutin|banyak\s+didatangi|banyak\s+dikunjungi)\b",
                       re.IGNORECASE)
_OUTSIDE_TRIP = re.compile(r"\b(?:ke|di)\s+luar\s+(?:daerah|kota|provinsi|pulau|wilayah)\b",
                           re.IGNORECASE)
# (Its office-holders are a government's people too: "Belasan Raja Negeri dari Maluku Tengah
# Timba Ilmu ...", "kepala desa dari Kabupaten X belajar ...".)
_PARTY_FROM_AT_END = re.compile(r"\b(?:rombongan|delegasi|tim|tamu|pejabat|perwakilan|utusan"
                                r"|kepala\s+desa|kades|lurah|camat|perangkat\s+desa|perbekel"
                                r"|raja\s+negeri|kepala\s+kampung|aparatur"
                                # "Kedatangan para wakil rakyat dari Tamiang Layang itu disambut"
                                r"|wakil\s+rakyat|legislator|anggota\s+dewan)"
                                r"\s+(?:\w+\s+){0,2}?dari\s*$", re.I)
# A host's long title before its region: "disambut Kepala Bidang Layanan dan Pelestarian Bahan
# Pustaka Dinas Perpustakaan dan Kearsipan Kota Madiun" (capitalised words and "dan" only).
_TITLE_GAP = re.compile(r"\s*(?:(?:[A-Z][\w.]*|dan)\s+)+")
# A day kept vague: "belum lama ini", "beberapa waktu lalu", "pekan lalu", "baru-baru ini".
_VAGUE_TIME = re.compile(r"\b(?:belum\s+lama\s+ini|beberapa\s+(?:waktu|hari|pekan|minggu)\s+lalu"
                         r"|(?:pekan|minggu|bulan)\s+lalu|baru-baru\s+ini|akhir\s+pekan)\b",
                         re.IGNORECASE)
# A host named by what it is and "itu" as the object of a choice: "memilih kabupaten di ujung
# timur Pulau Lombok itu sebagai tujuan kunjungan kerjanya", "memilih provinsi itu sebagai
# rujukan" (the region of that kind told last before).
# The gazetteer's kind of region each word of "kabupaten ... itu" names ("daerah": any).
_KIND_OF_WORD = {"kabupaten": "regency", "kota": "city", "provinsi": "province"}
_THAT_PLACE_AS = re.compile(r"\s+(?P<kind>kabupaten|kota|provinsi|daerah)\b[^.;,]{0,50}?"
                            r"\b(?:itu|tersebut)\s+(?:sebagai|menjadi)\s+(?:\w+\s+)?"
                            r"(?:tujuan|lokasi|lokus|tempat|rujukan|acuan|contoh|model)\b")
# A time years back: "Setahun lalu, Pemkab Lombok Utara juga mengirim tim ..." (a visit long
# before the day the story tells, dated by none of its days).
_YEARS_AGO = re.compile(r"\b(?:setahun|(?:\w+\s+)?tahun)\s+(?:lalu|silam)\b", re.IGNORECASE)
# A delegation told by where it came from, anywhere before the cue: "rombongan dari NTT".
_PARTY_FROM = re.compile(r"\b(?:rombongan|delegasi|tamu|utusan)\s+(?:\w+\s+){0,2}?dari\s")
# "Setelah dari Balikpapan, rombongan melanjutkan kunjungan ke Berau": a region the delegation
# came from on an earlier stop of the same trip, not the learner.
# (and the stop after, told first: "Sebelum Pekanbaru, Komisi II telah mengunjungi Kota Medan")
_EARLIER_STOP = re.compile(r"\b(?:(?:setelah|sesudah|usai|seusai|selepas|sepulang|sebelumnya)\s+"
                           r"(?:\w+\s+){0,2}?dari\s+(?:\w+\s+){0,2}?"
                           r"|sebelum\s+(?:ke\s+)?(?:(?:kota|kabupaten|provinsi)\s+)?)$", re.I)
# The guests a host spoke to: "berbagi pengalaman ... kepada rombongan X yang berkunjung".
_TOLD_TO_GUESTS = re.compile(r"\b(?:kepada|bagi|untuk)\s+(?:para\s+)?(?:rombongan|tamu|delegasi"
                             r"|tim)\b")
# "rombongan mendatangi Kabupaten Magelang ..., lalu melanjutkan perjalanan ke Kabupaten
# Bantul": the object of an earlier visit in the sentence is a stop, not who travels on (also
# behind a body's name: "mendatangi DPRD Kota Semarang").
_VISITED_BEFORE = re.compile(r"\b(?:mendatangi|mengunjungi|menyambangi|menyinggahi)\s+"
                             r"(?:(?:Pemerintah|Pemkab|Pemkot|Kabupaten|Kota|Provinsi|DPRD|Dinas"
                             r"|Sekretariat|Balai|Kantor|[A-Z]{3,})\s+){0,3}$")
# "berkunjung ke MPP Siola Kota Surabaya ..., lalu melanjutkan studi tiru ke ...": a place the
# delegation went to earlier in the sentence, behind a facility's name, is no subject.
_DESTINATION_BEFORE = re.compile(r"\b(?:ke|menuju)\s+(?:[A-Z][\w.'-]*\s+){1,4}$"
                                 # "berkunjung ke RSUD milik Pemerintah Kabupaten Sikka"
                                 r"|\b(?:ke|menuju)\s+(?:[A-Z][\w.'-]*\s+){1,3}milik\s+"
                                 r"(?:[A-Z][\w.'-]*\s+){0,2}$")
# "melanjutkan kunjungan ke Berau": the next stop of the trip told before, by the same delegation.
_NEXT_STOP = re.compile(r"\b(?:melanjutkan|meneruskan|lanjut)\s+(?:\w+\s+)?$", re.I)
_GOV_NEAR_SUBJECT = re.compile(r"\b(?:pemerintah|pemkab|pemkot|pemprov|pemko|pemda|dprd|bupati|"
                               r"wali|gubernur|sekda|rombongan(?!\s+keluarga)|delegasi|dinas|badan|kantor"
                               r"|sekretariat|setda|bappeda|inspektorat)\b", re.I)
_OWNER_BREAK = re.compile(r"[,.;]|\b(?:ke|di|dari)\b")
_BUILT = re.compile(r"\b(?:dibangun|diresmikan|diluncurkan)\b", re.I)
# The opening of a sentence that introduces the guests a host received in the one before.
_GUESTS_OPENING = re.compile(
    # ("Kali ini giliran rombongan Pemerintah Kabupaten Sumba Timur ... yang diterima ...")
    r"\W*(?:(?:Kali\s+ini(?:\s+giliran)?|Kedatangan|Mereka(?:\s+adalah|\s+merupakan)?|Yakni|Yaitu"
    r"|Adalah|Tamu"
    r"(?:\s+tersebut)?(?:\s+adalah)?)\s+)?(?:para\s+)?(?:rombongan|delegasi|tamu|tim|jajaran)\b"
    r"(?:\s+(?:pertama|kesatu))?"
    # "Kali ini dari jauh, yakni Dinas Penanaman Modal dan PTSP Kabupaten Seram Bagian Timur"
    r"|\W*Kali\s+ini(?:\s+(?:datang\s+)?dari\s+jauh)?\s*,?(?:\s+(?:yakni|yaitu))?(?=\s+dari\s"
    r"|\s+[A-Z])",
    re.IGNORECASE)
# Between two groups of guests: "..., Kalimantan Selatan, dan rombongan kedua dari Pemkot Y".
# The words that name a region's government before its name.
# (DPRK, DPRA: Aceh's councils; DPRP: Papua's)
_GOV_WORD = (r"(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Pemda|DPRD|DPRK|DPRA|DPRP|Kabupaten|Kota"
             r"|Provinsi)")
_GUESTS_MORE = re.compile(
    r"(?:,\s*[A-Z][\w ]{2,30})?,?\s*(?:dan|serta|sedangkan|lalu)\s+(?:rombongan|delegasi|tamu|tim)"
    r"\s+(?:kedua|ketiga|keempat|berikutnya|lainnya|lain)\s+(?:berasal\s+)?(?:dari|asal)"
    rf"(?:\s+{_GOV_WORD})*\s+")
# Who the guests of a host told before were, a few sentences on: "Dua rombongan itu
# masing-masing berasal dari", "Tamu yang dimaksud adalah rombongan", "Pagi hari, yang datang
# adalah", "Mereka adalah anggota", "Siang harinya, giliran X yang datang".
_GUESTS_LATER = re.compile(
    r"\W*(?:[A-Z][\w ()/.-]{0,25},\s*)?(?:kali\s+ini\s*,?\s*)?(?:"
    # ("Rombongan tamu tersebut ternyata adalah jajaran Pemerintah Kabupaten Buru")
    r"(?:(?:dua|tiga|empat|kedua|ketiga|para|adapun)\s+)?(?:rombongan\s+)?(?:rombongan|tamu"
    r"|delegasi|tim)"
    r"(?:\s+(?:pertama|kedua|ketiga|itu|tersebut|yang\s+dimaksud|sendiri|masing-masing"
    # ("Tamu yang datang hari itu adalah rombongan Pemerintah Kabupaten Musi Banyuasin")
    r"|yang\s+datang(?:\s+(?:hari|pagi|siang|sore|kali)\s+(?:itu|ini))?))*"
    r"\s+(?:(?:ternyata\s+)?(?:adalah|merupakan|yakni|yaitu|ialah)"
    r"(?:\s+(?:rombongan|delegasi|tim|anggota|jajaran))?"
    r"|(?:berasal|datang)(?=\s+(?:dari|asal)\s))"
    r"|mereka\s+(?:adalah|merupakan|ialah)\s+(?:rombongan|delegasi|tim|anggota|jajaran)"
    # "Mereka adalah Komisi A DPRD Kabupaten Bulungan dan Komisi I DPRD Kabupaten Tana Tidung"
    r"|mereka\s+(?:adalah|merupakan|ialah)(?=\s+(?-i:[A-Z]))"
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
    # ("• 4 November – rombongan gabungan Pemkab Nunukan dan Pemkab Malinau")
    r"\s+(?:(?:rombongan|delegasi|tim)(?:\s+gabungan)?\s+)?"
    r"(?:(?:(?:berasal|datang)\s+)?dari\s+|asal\s+)?(?:(?:Pemerintah|Pemkab|Pemkot|Pemprov|Pemko|Pemda|DPRD|Kabupaten"
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
# A transcript's speaker label at the start of a line: "ARIF:", "RINA :".
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Za-z]{0,20})\s?:\s")
_SPEAKER_OFFICE = re.compile(r"(?:Bupati|Wakil\s+Bupati|Wali\s?[Kk]ota|Wakil\s+Wali\s?[Kk]ota"
                             r"|Gubernur|Wakil\s+Gubernur|Sekda|Sekretaris\s+Daerah|Asisten\s+\w+"
                             r"|Kepala\s+[\w ]{1,40}?|Ketua\s+[\w ]{1,30}?)\s+(?:(?:Pemerintah\s+)?"
                             r"(?:Kabupaten|Kota|Provinsi|Kab\.)\s+)?")
_WE_RECEIVED = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:\w+\s+){0,2}?(?:kedatangan|menerima"
                          r"|menyambut|dikunjungi|didatangi)\b")
# The speaker's delegation welcomed: "Kami diterima langsung oleh Asisten ...".
_WE_WELCOMED = re.compile(rf"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:\w+\s+){{0,2}}?(?:{_PASSIVE})\b")
_FIRST_PERSON = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\b")
# The speaker went there: "saya membawa tim ke", "kami berkunjung ke".
_WE_WENT = re.compile(r"\b(?:[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:\w+\s+){0,3}?(?:(?:membawa|mengajak)"
                      r"\s+(?:tim|rombongan)|(?:pimpin|memimpin)\s+(?:langsung\s+)?rombongan"
                      r"|berkunjung|bertandang|datang|pergi|berangkat)\s+ke\b")
# Learning told anywhere in a story, in any form: "Yang kami pelajari itu Dashat".
_LEARNED_ANYWHERE = re.compile(r"\b(?:belajar|(?:mem|di)?pelajari|mendalami|studi|study|kaji"
                               r"|(?:me)?nimba|timba|(?:me)?niru|tiru|mencontoh|benchmarking"
                               r"|kunjungan\s+kerja|kunker)\b", re.IGNORECASE)
# "Kami ke Kabupaten Enrekang hari Senin": a trip told without a verb (see _GO_VERBS).
_WE_WENT_BARE = re.compile(r"\b(?:[Kk]ami|[Kk]ita)\s+(?:" + _BARE_TRIP_WORDS + r"\s+){0,2}ke\s")
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
# The head of a regional government or of one of its units, named as a doer.
_HEAD_OFFICIAL_ = _case_forms(re.compile(
    r"\b(?:camat|bupati|wakil\s+bupati|wali\s*kota|wakil\s+wali\s*kota|gubernur|lurah|sekda"
    r"|sekretaris\s+daerah|asisten|kepala\s+(?:dinas|badan|bagian|bidang|desa))\b",
    re.IGNORECASE))
# (the pattern has no class escape that lower case would change: \s, \b only)
_FRONTED_TIME_ = _case_forms(re.compile(_FRONTED_TIME.pattern.lower(), re.IGNORECASE))
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
_TOPIC_CUE_ = _case_forms(_TOPIC_CUE)
# ("MoU" is the pattern's one word with capitals.)
_AGREEMENT_ = (_AGREEMENT, re.compile(_AGREEMENT.pattern.replace("MoU", "mou"),
                                      _AGREEMENT.flags & ~re.IGNORECASE))
# The cue pattern's one upper-case word, "ATM", in lower case for its case-sensitive form.
_CUE_ = (_CUE_RE, re.compile(_CUE_RE.pattern.replace("|ATM", "|atm"),
                             _CUE_RE.flags & ~re.IGNORECASE))
_CASE_FORMS = (_FUTURE_, _BAN_, _NEGATION_, _MUTUAL_, _PREP_, _OBJECT_FRONTED_, _CLAUSE_END_,
               _BLOCK_HOST_, _CIVIL_AGENT_, _GOV_IN_GAP_, _SLOT_BREAK_, _GOV_IN_LEAD_,
               _PREP_AT_END_, _EARLIER_STOP_, _NEXT_STOP_, _GOV_NEAR_SUBJECT_, _ATTRIBUTION_,
               _PAST_MARKER_, _RECOMMEND_, _DELEGATION_, _STATUS_, _FUTURE_TIME_, _CUE_,
               _CONSULTATION_, _LEARNING_WORD_, _TOPIC_CUE_, _AGREEMENT_)

# What opens a list item: a dash, a bullet or an asterisk.
_BULLETS = ("-", "\u2022", "*", "\u25aa", "\u2013")

# A delegation named by a bare noun right before its verb, after a conjunction that opens a new
# clause: "..., sebelum tim bergeser ke Kabupaten Kampar", "lalu rombongan menuju ...".
_BARE_AGENT = re.compile(r"\b(?:sebelum|setelah|sesudah|lalu|kemudian|selanjutnya|dan)\s+"
                         r"(?:tim|rombongan|delegasi|mereka)\s+(?:(?:juga|pun|langsung)\s+)?$")

# The delegation told before, named by its noun: "Selanjutnya, ... rombongan bergerak ke Semarang
# untuk mempelajari ..." goes on the trip of the government the lead introduced.
_DELEGATION_WORD = re.compile(r"\b(?:[Rr]ombongan|[Dd]elegasi)\b")
# A sentence whose subject is the delegation told before: "Rombongan disambut ...",
# "Rombongan tersebut diterima ...".
# A study trip by its name, whoever made it.
_TRIP_TOLD = re.compile(r"\b(?:studi\s+(?:tiru|banding|komparasi)|kaji\s+(?:banding|tiru)"
                        r"|kunjungan\s+kerja|kunker|benchmarking)\b", re.IGNORECASE)
_DELEGATION_OPENS = re.compile(r"\s*(?:Rombongan|Delegasi|Mereka)(?:\s+(?:itu|tersebut|ini))?"
                               r"\s+(?:lalu\s+|kemudian\s+|langsung\s+)?di[a-z]+\b")

# A trip's schedule, not the trip: "menjelaskan jadwal kunjungan ke Pangkalan Bun masih menunggu
# konfirmasi".
_SCHEDULE_BEFORE = re.compile(r"\b[Jj]adwal\s+$")
# The words that can end a match of each "... $" pattern above, right before a cue (in lower
# case): a pattern whose word is not the cue's last word before it cannot match there (see
# Extractor._word_before).
_ENDS_SCHEDULE = frozenset({"jadwal"})
_ENDS_OR = frozenset(_OR_WORDS)
_ENDS_REQUESTED = frozenset({*_REQUEST_WORDS, "izin"})
_ENDS_VISITS_COUNTED = frozenset(_VISITS_COUNTED_WORDS)

# Regions counted without a number and never named: "dari beberapa daerah di Kalimantan Timur".
# ("tujuan daerah lain di Sumatera Utara": the others, never named, in the province)
_SOME_OF = re.compile(r"\b(?:(?:" + _VAGUE_COUNT + r")" + _COUNTED_REGIONS
                      + r"|(?:daerah|kabupaten|kota|kabupaten/kota|pemda)\s+lain(?:nya)?\s+"
                        r"(?:di|se-?)\b[^.;]{0,45}$"
                      # ("tujuh rombongan dari kabupaten/kota di Lampung dan Sumatera Selatan")
                        r"|\bdari\s+(?:kabupaten/kota|kabupaten\s+dan\s+kota|daerah-daerah"
                        r"|kabupaten-kabupaten)\s+(?:di|se-?)\b[^.;]{0,45}$)", re.IGNORECASE)
