"""Officials: titles before names, regions inside titles, honorifics and degrees stripped."""

from __future__ import annotations

import re

import pytest

from graph.officials import (
    _ACTING_MARK,
    _HEAD_RE,
    _HEAD_START,
    _HEADS,
    _LOWER_HEAD,
    _SELAKU_KEY,
    _SELAKU_RE,
    find_officials,
    local_place,
    normalise_name,
    same_person,
)
from graph.patterns import capitalised_before, prefiltered


def _regions(text: str, *names: str) -> dict[int, int]:
    out = {}
    for name in names:
        i = text.index(name)
        out[i] = i + len(name)
    return out


def test_title_region_comma_name() -> None:
    text = ("Rombongan dipimpin Asisten II Bidang Perekonomian Kabupaten Tapin, Hj. Siti Aminah, "
            "S.E.")
    (o,) = find_officials(text, _regions(text, "Tapin"))
    assert o.name == "Siti Aminah"
    assert o.title == "Asisten II Bidang Perekonomian"
    assert [text[s:e] for s, e in o.region_spans] == ["Tapin"]


def test_region_then_name_without_comma() -> None:
    text = "didampingi Sekretaris Daerah (Sekda) Kabupaten Tapin Budi Hartono beserta staf"
    (o,) = find_officials(text, _regions(text, "Tapin"))
    assert (o.title, o.name) == ("Sekretaris Daerah (Sekda)", "Budi Hartono")


def test_portfolio_goes_on_after_and_with_an_acronym() -> None:
    text = "Kepala Dinas Koperasi dan UMKM Bandung Barat, Hendra Gunawan, menyebut hal itu."
    (o,) = find_officials(text, _regions(text, "Bandung Barat"))
    assert (o.title, o.name) == ("Kepala Dinas Koperasi dan UMKM", "Hendra Gunawan")


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        # a portfolio after "Bidang" is no name
        ("dipimpin Staf Ahli Bupati Bidang Ekonomi dan Pembangunan, Lalu Muhammad Saparwadi, "
         "S.E., M.M., tiba.", "Staf Ahli Bupati Bidang Ekonomi dan Pembangunan",
         "Lalu Muhammad Saparwadi"),
        # Balinese names that open with "A.A." or "Anak Agung"
        ("Kepala Dinas Pariwisata A.A. Gde Raka Sudarma, S.E. hadir.", "Kepala Dinas Pariwisata",
         "A.A Gde Raka Sudarma"),
        ("Kepala Dinas Pariwisata Anak Agung Gde Raka Sudarma hadir.", "Kepala Dinas Pariwisata",
         "Anak Agung Gde Raka Sudarma"),
        # a district of several words, closed by a comma
        ("Camat Lintau Buo Utara, Zulkifli Datuak Sati, S.STP. hadir.", "Camat Lintau Buo Utara",
         "Zulkifli Datuak Sati"),
        # "Mei" is a name, not the degree M.E.I.; "br" joins a Batak clan name; "Tgk" is an
        # honorific
        ("Kepala Bagian Tata Pemerintahan Lie Mei Ling, S.H. hadir.",
         "Kepala Bagian Tata Pemerintahan", "Lie Mei Ling"),
        ("Kepala Dinas Kesehatan Ir. Rosmawati br Sihombing hadir.", "Kepala Dinas Kesehatan",
         "Rosmawati br Sihombing"),
        ("Kepala Dinas Kesehatan Tgk Abdul Hamid Usman hadir.", "Kepala Dinas Kesehatan",
         "Abdul Hamid Usman"),
        ("Kepala Bappeda dan Litbang, Ir. Hendrik Tandiarrang, M.T. tiba.",
         "Kepala Bappeda dan Litbang", "Hendrik Tandiarrang"),
        # a full word before a stop ends the sentence, and the name
        ("Rombongan diterima Sekretaris Dewan, Nurlaila Sari. Turut hadir pula staf.",
         "Sekretaris Dewan", "Nurlaila Sari"),
        ("diterima Kepala Biro Hukum Setda, Dr. Iwan Prasetya Adi, S.H., M.H.",
         "Kepala Biro Hukum Setda", "Iwan Prasetya Adi"),
    ],
)
def test_names_and_titles_across_indonesia(text: str, title: str, name: str) -> None:
    (o,) = find_officials(text, {})
    assert (o.title, o.name) == (title, name)


def test_province_qualifier_and_unit_words() -> None:
    text = "Bupati Tapin, Provinsi Kalimantan Selatan, Arifin Arpan hadir."
    (o,) = find_officials(text, _regions(text, "Tapin", "Kalimantan Selatan"))
    assert o.name == "Arifin Arpan"
    text = "dipimpin Kepala Bapperida Tapin, Ir. Yusuf Kamal, M.T., bersama staf"
    (o,) = find_officials(text, _regions(text, "Tapin"))
    assert (o.title, o.name) == ("Kepala Bapperida", "Yusuf Kamal")


def test_no_name_no_official() -> None:
    text = "Bupati Tapin mengatakan kunjungan itu bermanfaat."
    assert find_officials(text, _regions(text, "Tapin")) == []


def test_building_named_after_an_office_is_not_a_person() -> None:
    text = "Pertemuan di Kantor Bupati Tapin, Rantau, berlangsung hangat."
    assert find_officials(text, _regions(text, "Tapin")) == []


def test_local_heads_keep_their_place_in_the_title() -> None:
    text = "Camat Lokpaikat, Tapin, Rahmadi, menyambut rombongan."
    (o,) = find_officials(text, _regions(text, "Tapin"))
    assert o.name == "Rahmadi"
    assert o.title.startswith("Camat Lokpaikat")


def test_name_first_with_selaku() -> None:
    text = "Rahmat Hidayat selaku Kepala Bagian Organisasi menjelaskan alur layanan."
    (o,) = find_officials(text)
    assert (o.name, o.title) == ("Rahmat Hidayat", "Kepala Bagian Organisasi")


def test_normalise_and_same_person() -> None:
    assert normalise_name("Dr. H. Ahmad Fauzi, S.Kom., M.Si.") == "Ahmad Fauzi"
    assert normalise_name("Moh. Rizal") == "Moh Rizal"
    assert same_person("Fauzi", "Ahmad Fauzi")
    assert not same_person("Fauzan", "Ahmad Fauzi")


# Sentences written for these tests; each puts titles and "selaku" names in awkward places:
# glued to other words, after dots and hyphens, acting markers, "Wakil", line breaks.
_SCAN_TEXTS = [
    "Plt. Kepala Dinas Kominfo, Rudi Hartono, hadir. Wakil Bupati Sigi dan Pj Wali  Kota Batu.",
    "KepalaDinas bukan judul; e-Bupati juga bukan. Pjs. Gubernur Riau, H. Amin, membuka acara.",
    "Sekdakab.Lurah, Camat-Lurah, dan Staf Ahli Bupati bidang hukum, Dewi, mendampingi.",
    "Rahmat Hidayat selaku Kepala Bappeda dan Siti, sebagai Ketua TP PKK, hadir.\nBudi selaku",
    "McKenzie Rahman selaku Wali Kota; aDi sebagai Camat. Plh Kabag Umum, Yusuf, sebagai Camat.",
    "Rombongan A B C D E F selaku Kades, serta tamu sebagai Camat, dan Ahmad  selaku\tLurah.",
    "Penjabat (Pj) Bupati Sigi, Pelaksana Harian Sekda, Pelaksana Tugas (Plt.) Kepala Dinas dan "
    "Penjabat Sementara Wali Kota; penjabat bupati, Pelaksana kegiatan, Penjabat (Pj.) Camat.",
]


def test_unit_before_a_region_with_its_prefix() -> None:
    # "Kepala Dispendukcapil Kota Batu, Dian": the agency is part of the title, not a name.
    text = "Mereka diterima Kepala Dispendukcapil Kota Batu, Dian Kusuma, di kantornya."
    (o,) = find_officials(text, _regions(text, "Batu"))
    assert (o.title, o.name) == ("Kepala Dispendukcapil", "Dian Kusuma")


def test_acting_titles_spelled_out() -> None:
    # The acting marker is part of the title as written, its abbreviation in brackets too.
    cases = [
        ("Rombongan dipimpin Penjabat (Pj) Bupati Tapin, Dr. H. Rahmat Hidayat, M.Si., tiba.",
         "Tapin", ("Penjabat (Pj) Bupati", "Rahmat Hidayat")),
        ("Mereka diterima Penjabat Wali Kota Batu, Andi Saputra, di balai kota.",
         "Batu", ("Penjabat Wali Kota", "Andi Saputra")),
        ("Hadir pula Pelaksana Tugas (Plt) Kepala Dinas Kominfo Tapin, Budi Santoso, di sana.",
         "Tapin", ("Pelaksana Tugas (Plt) Kepala Dinas Kominfo", "Budi Santoso")),
        ("Tamu disambut Pelaksana Harian (Plh) Sekda Tapin, I Made Sudana, kemarin.",
         "Tapin", ("Pelaksana Harian (Plh) Sekda", "I Made Sudana")),
    ]
    for text, region, want in cases:
        (o,) = find_officials(text, _regions(text, region))
        assert (o.title, o.name) == want
    assert find_officials("Pelaksana kegiatan, Budi, menjelaskan jadwalnya.") == []


def test_title_heads_match_the_plain_pattern() -> None:
    # The pattern before the trie and the prefilter: heads longest first in one alternation.
    plain = re.compile(
        r"(?<![\w.])(?:" + _ACTING_MARK + r")?(?:Wakil\s+)?(?:"
        + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEADS, key=len,
                                                                        reverse=True))
        + r")\.?(?![\w])|(?<![\w.])" + _LOWER_HEAD)
    texts = [*_SCAN_TEXTS, " ".join(_HEADS), "-".join(_HEADS), ".".join(_HEADS),
             "serta anggota pansus Nama dan ketua Komisi II, anggota rombongan, ketua DPRD"]
    for text in texts:
        want = [m.span() for m in plain.finditer(text)]
        assert want, text
        assert [m.span() for m in prefiltered(_HEAD_RE, _HEAD_START, text)] == want


def test_selaku_scan_matches_the_plain_scan() -> None:
    found = 0
    for text in _SCAN_TEXTS:
        for start in (0, 5):
            want = [m.span() for m in _SELAKU_RE.finditer(text, start)]
            got = capitalised_before(_SELAKU_RE, _SELAKU_KEY, text, start)
            assert [m.span() for m in got] == want
            found += len(want)
    assert found >= 8


def test_titles_in_lower_case_and_with_pada() -> None:
    text = ("Rombongan dipimpin Ketua Pansus, Andi Rahmat, bersama anggota pansus Yuliani Sari dan "
            "Kepala dinas Sosial, Mulyadi. Mereka diterima Kepala Bidang Perlindungan Anak pada "
            "Dinas Sosial, Sri Wahyuni, S.Psi.")
    assert [(o.title, o.name) for o in find_officials(text)] == [
        ("Ketua Pansus", "Andi Rahmat"), ("anggota pansus", "Yuliani Sari"),
        ("Kepala dinas Sosial", "Mulyadi"),
        ("Kepala Bidang Perlindungan Anak pada Dinas Sosial", "Sri Wahyuni")]
    # Lower case alone is no title: "kepala dinas mengatakan". A lower-case "anggota" names
    # no title of its own, but the members named right after it (see _anggota_members).
    assert [(o.title, o.name) for o in find_officials(
        "Seorang anggota rombongan, Budi Santoso, dan kepala dinas Rudi.")] == [
        ("Anggota", "Budi Santoso")]


def test_several_members_after_one_title() -> None:
    text = ("Hadir anggota komisi masing-masing Lalu Wirajaya, H. Sahabuddin Amrullah, S.H., "
            "Hj. Rabiatul, dan I Wayan Sukarta. Rombongan tiba Kamis.")
    assert [o.name for o in find_officials(text)] == [
        "Lalu Wirajaya", "Sahabuddin Amrullah", "Rabiatul", "I Wayan Sukarta"]
    # A single name after a comma is not a member: a weekday, a place.
    text = "Hadir anggota Komisi II, Budi Santoso, Kamis (12/6), di aula."
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


def test_field_names_setempat_and_shortened_names() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Mereka diterima Kepala Bidang Pengurangan Sampah DLH, Andi Rezki Pratiwi, kemarin. "
        "Hadir Kepala Dinas Pariwisata setempat Nurlela Djafar Kasim, S.E., dan Kepala Bagian "
        "Prokopim, Rahmat Hidayat.")]
    assert got == [("Kepala Bidang Pengurangan Sampah DLH", "Andi Rezki Pratiwi"),
                   ("Kepala Dinas Pariwisata setempat", "Nurlela Djafar Kasim"),
                   ("Kepala Bagian Prokopim", "Rahmat Hidayat")]
    # Without an acronym, a region or a title word after them, capitalised words after
    # "Bidang" are the name.
    assert [o.name for o in find_officials("diterima Kepala Bidang Andi Rezki, kemarin.")] == [
        "Andi Rezki"]
    assert same_person("Lalu Fathurrahman", "Lalu Muhammad Fathurrahman")
    assert not same_person("Lalu Fathurrahman", "Lalu Muhammad Hidayat")
    assert not same_person("Budi Santoso", "Budi Hartono Santosa")


def test_a_list_of_portfolios_ending_with_dan() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "diterima Kepala Dinas Komunikasi, Informatika, dan Persandian, Fadli Rahman, kemarin. "
        "Hadir Asisten Deputi Akuntabilitas Kinerja, Erwin Prasetyo.")]
    assert got == [("Kepala Dinas Komunikasi, Informatika, dan Persandian", "Fadli Rahman"),
                   ("Asisten Deputi Akuntabilitas Kinerja", "Erwin Prasetyo")]


def test_a_units_last_word_a_region_inside_and_accented_names() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "didampingi Kepala Bidang Pengembangan Kompetensi, Teguh Raharjo, S.Kom., dan Kepala "
        "Bagian Kelembagaan dan Analisis Jabatan, Wa Ode Nurhaeni. Hadir Kepala Disdukcapil, "
        "Faondragö Halawa.")]
    assert got == [("Kepala Bidang Pengembangan Kompetensi", "Teguh Raharjo"),
                   ("Kepala Bagian Kelembagaan dan Analisis Jabatan", "Wa Ode Nurhaeni"),
                   ("Kepala Disdukcapil", "Faondragö Halawa")]
    text = "Staf Ahli Wali Kota Surakarta Bidang Pemerintahan, Hukum dan Politik, Drs. Bambang."
    (o,) = find_officials(text, _regions(text, "Surakarta"))
    assert o.name == "Bambang"
    # A one-word name before a weekday stays the name.
    assert [o.name for o in find_officials("Kepala Dinas Kesehatan Sumarno, Senin (3/3).")] == [
        "Sumarno"]


def test_name_with_degrees_before_selaku() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Tim dipimpin oleh Moh. Arif Lasaka, S.Sos., M.Si., selaku Asisten Pemerintahan Setda.")]
    assert got == [("Asisten Pemerintahan", "Arif Lasaka")]


def test_village_titles_keep_their_village() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Wali Nagari Sungai Pinang, Efendi Rajo Mudo, mengaku senang. Ketua Pokdarwis "
        "Nglanggeran, Suryo Widagdo, memaparkan omzet. Penghulu Kampung Buantan Besar, Sudirman "
        "Hasibuan, menerima tamu. Bendesa Adat Penglipuran, I Ketut Wirawan Jaya, bercerita. "
        "Carik Panggungharjo, Wulan Setyaningrum, menjelaskan layanan.")]
    assert got == [("Wali Nagari Sungai Pinang", "Efendi Rajo Mudo"),
                   ("Ketua Pokdarwis Nglanggeran", "Suryo Widagdo"),
                   ("Penghulu Kampung Buantan Besar", "Sudirman Hasibuan"),
                   ("Bendesa Adat Penglipuran", "I Ketut Wirawan Jaya"),
                   ("Carik Panggungharjo", "Wulan Setyaningrum")]
    # A village body's village only where a comma closes it or a name of two words follows.
    got = [(o.title, o.name) for o in find_officials(
        "Ketua BPD Sugeng Prihatin menambahkan. Ketua Pokdarwis Nglanggeran Suryo Widagdo "
        "menjelaskan. Direktur BUMDes Tirta Mandiri Ponggok, Joko Susilo, memaparkan.")]
    assert got == [("Ketua BPD", "Sugeng Prihatin"),
                   ("Ketua Pokdarwis Nglanggeran", "Suryo Widagdo"),
                   ("Direktur BUMDes Tirta Mandiri Ponggok", "Joko Susilo")]


def test_directions_end_a_place_and_balinese_i_opens_a_name() -> None:
    # "Utara" goes on the district's name; a title without a name gives nobody.
    assert find_officials("Camat Putussibau Utara menjelaskan jadwal kunjungan.") == []
    got = [(o.title, o.name) for o in find_officials(
        "Perbekel Kutuh I Wayan Mudita Arsana menjelaskan unit usaha desa. Asisten I Bidang "
        "Pemerintahan, Budi Hartono, hadir.")]
    assert got == [("Perbekel Kutuh", "I Wayan Mudita Arsana"),
                   ("Asisten I Bidang Pemerintahan", "Budi Hartono")]


def test_local_place_of_a_title() -> None:
    assert local_place("Kepala Desa Tete Batu") == "Tete Batu"
    assert local_place("Keuchik Gampong Lhok Mee") == "Lhok Mee"
    assert local_place("Camat Kejajar") == "Kejajar"
    assert local_place("Ketua Pokdarwis Nglanggeran") == "Nglanggeran"
    assert local_place("Kepala Dinas Pemberdayaan Masyarakat dan Desa") is None
    assert local_place("Kepala Bidang Pengembangan Ekonomi Desa DPMD Lotim") is None
    assert local_place("Sekretaris Daerah") is None


def test_council_lists_agency_words_and_short_heads() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Hadir pula anggota Komisi II lainnya, di antaranya Moh. Rizal Lasahido dan Fadli "
        "Tombolotutu. Ia didampingi anggota BK, Hj. Nur Aini Hasibuan, dan Kepala Subbagian Rapat "
        "dan Risalah Setwan, Budi Santoso. Hadir Sekretaris Bappedalitbang, Hj. Aji Fatimah, "
        "S.E., Kepala Diskominfosanditik, Yogi Prasetya, dan Kepala Distrik Oksibil, Benny "
        "Kalakmabin. Rombongan dipimpin Kadispar, I Wayan Sukarta.")]
    assert got == [("anggota Komisi II", "Moh Rizal Lasahido"),
                   ("anggota Komisi II", "Fadli Tombolotutu"),
                   ("anggota BK", "Nur Aini Hasibuan"),
                   ("Kepala Subbagian Rapat dan Risalah Setwan", "Budi Santoso"),
                   ("Sekretaris Bappedalitbang", "Aji Fatimah"),
                   ("Kepala Diskominfosanditik", "Yogi Prasetya"),
                   ("Kepala Distrik Oksibil", "Benny Kalakmabin"),
                   ("Kadispar", "I Wayan Sukarta")]


def test_lists_of_portfolios_with_acronyms_and_functional_titles() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Hadir Kepala Dinas Koperasi, UKM dan Perdagangan, Drs. Haryanto, serta Kepala DP3AKB, "
        "Drs. Zulkarnain. Ia didampingi Pustakawan Ahli Madya, Norhayati, S.IP., Kabag Ortala "
        "Setda, Muhammad Asri, dan Direktur Bank Sampah, Ratna Kusumawati. Anggota Komisi I yang "
        "ikut antara lain Hj. Nurhayati Beddu, S.Pd., dan Andi Irwan Hamid.")]
    assert got == [("Kepala Dinas Koperasi, UKM dan Perdagangan", "Haryanto"),
                   ("Kepala DP3AKB", "Zulkarnain"),
                   ("Pustakawan Ahli Madya", "Norhayati"),
                   ("Kabag Ortala Setda", "Muhammad Asri"),
                   ("Direktur Bank Sampah", "Ratna Kusumawati"),
                   ("Anggota Komisi I", "Nurhayati Beddu"),
                   ("Anggota Komisi I", "Andi Irwan Hamid")]


def test_aceh_special_status_in_a_portfolio() -> None:
    text = ("Rombongan dipimpin Asisten Pemerintahan dan Keistimewaan Aceh Setdakab Aceh Tengah, "
            "Zulfikar Ahmad, S.STP., M.Si., tiba.")
    aceh, tengah = text.index("Aceh"), text.index("Aceh Tengah")
    (o,) = find_officials(text, {aceh: aceh + 4, tengah: tengah + 11})
    assert (o.title, o.name) == ("Asisten Pemerintahan dan Keistimewaan Aceh Setdakab",
                                 "Zulfikar Ahmad")


def test_a_bodys_name_listed_with_commas_up_to_its_acronym() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Turut serta Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida), "
        "Muhammad Ilham Pakanna, dan Kepala Dinas Sosial, Andi Rahman.")]
    assert got == [("Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida)",
                    "Muhammad Ilham Pakanna"), ("Kepala Dinas Sosial", "Andi Rahman")]


def test_a_field_joining_two_names_with_dan() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Kunjungan diterima Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan, Siti Nur "
        "Aisyah, S.Kom., dan Kepala Bidang Informasi dan Komunikasi Publik Diskominfo, Dyah "
        "Ayu Pratiwi.")]
    assert got == [("Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan", "Siti Nur Aisyah"),
                   ("Kepala Bidang Informasi dan Komunikasi Publik Diskominfo",
                    "Dyah Ayu Pratiwi")]


def test_english_words_of_a_units_name_are_no_name() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Mereka disambut Kepala UPT Smart City, Yudhistira Ardiansyah, bersama Kepala "
        "Bidang E-Government, Dyah Ayu Larasati, S.Kom.")]
    assert got == [("Kepala UPT Smart City", "Yudhistira Ardiansyah"),
                   ("Kepala Bidang E-Government", "Dyah Ayu Larasati")]


def test_members_named_without_titles_after_their_leader() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Rombongan dipimpin Ketua Komisi A, Yance Wenda, S.IP., beranggotakan Hengky Ohee, Maria "
        "Yoku, S.Pd., dan Samuel Kaigere, tiba di Merauke.")]
    assert got == [("Ketua Komisi A", "Yance Wenda"), ("Anggota", "Hengky Ohee"),
                   ("Anggota", "Maria Yoku"), ("Anggota", "Samuel Kaigere")]


def test_a_title_after_a_comma_is_no_name() -> None:
    text = ("Mewakili Bupati Paser, Asisten Administrasi Umum Setkab Andi Makkasau Pallawa "
            "menyampaikan selamat datang.")
    at = text.index("Paser")
    got = [(o.title, o.name) for o in find_officials(text, {at: at + len("Paser")})]
    assert got == [("Asisten Administrasi Umum Setkab", "Andi Makkasau Pallawa")]


def test_names_told_before_their_titles() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Delegasi itu dipimpin Hendrikus Sudarman SE MSi, Kepala Bappeda. Ikut mendampingi, Yosef "
        "Ngadiman ST MT, Sekretaris Bappeda. Ikut dalam rombongan, Slamet Riyadi ST (Kepala Dinas "
        "Komunikasi dan Informatika) dan Ny Endang Sulistyowati SH (Kepala Bagian Organisasi).")]
    assert got == [("Kepala Bappeda", "Hendrikus Sudarman"),
                   ("Sekretaris Bappeda", "Yosef Ngadiman"),
                   ("Kepala Dinas Komunikasi dan Informatika", "Slamet Riyadi"),
                   ("Kepala Bagian Organisasi", "Endang Sulistyowati")]


def test_a_leader_named_as_the_bodys_head() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Pansus dipimpin ketuanya, Rita Kartini, S.Pd., tiba di Bogor. Tim DLH dipimpin "
        "kepalanya, Lalu Syamsul Hadi ST MT.")]
    assert got == [("ketuanya", "Rita Kartini"), ("kepalanya", "Lalu Syamsul Hadi")]


def test_council_members_listed_with_their_factions() -> None:
    got = [o.name for o in find_officials(
        "Anggota Komisi I masing-masing Rahmawati (Fraksi PKS), H. Sumardi (Fraksi Partai "
        "Golkar), serta Abdul Khalik Jamil dari Fraksi PKB.")]
    assert got == ["Rahmawati", "Sumardi", "Abdul Khalik Jamil"]


def test_degrees_written_like_short_names() -> None:
    assert normalise_name("Lalu Muhammad Fathurrahman Lc") == "Lalu Muhammad Fathurrahman"
    assert normalise_name("Baiq Nurhidayah Rahmani SHut") == "Baiq Nurhidayah Rahmani"
    assert normalise_name("Mei Lestari") == "Mei Lestari"


def test_a_field_joined_by_dan_up_to_its_acronym() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3 Iwan Setiawan hadir.")]
    assert got == [("Kepala Bidang Pengelolaan Sampah dan Limbah B3", "Iwan Setiawan")]


def test_members_listed_under_a_header_without_titles_of_their_own() -> None:
    text = ("Tim yang berangkat terdiri atas:\n"
            "1. Hj. Ratna Dewi Kusuma, S.Pd\n"
            "2. Yoga Pratama Sitepu, S.T., M.Eng. – Kepala Bidang Tata Ruang;\n"
            "3. Marlinda (Anggota, Fraksi Hanura)\n"
            "4. Bagus Hendrawan\n\n"
            "Mereka diterima Sekda setempat.")
    got = [(o.name, o.title) for o in find_officials(text)]
    assert got == [("Ratna Dewi Kusuma", ""), ("Yoga Pratama Sitepu", "Kepala Bidang Tata Ruang"),
                   ("Marlinda", "Anggota"), ("Bagus Hendrawan", "")]
    first = find_officials(text)[0]
    assert text[first.start:].startswith("Hj. Ratna")  # the item, honorific and all


@pytest.mark.parametrize("text", [
    "Baca juga:\n- Harga Cabai Rawit Turun Jelang Lebaran\n- Jembatan Gantung Putus Diterjang "
    "Banjir\n",
    "Hal yang dipelajari tim antara lain:\n- Retribusi Parkir\n- Pajak Hiburan\n",
    "Peserta rapat membahas:\n1. Penataan Pasar\n2. Terminal Tipe C\n",
])
def test_lists_of_headlines_or_topics_name_nobody(text: str) -> None:
    assert find_officials(text) == []


def test_a_unit_word_the_title_walk_did_not_know_is_no_name() -> None:
    got = [(o.title, o.name) for o in find_officials(
        "Ia didampingi Kepala Bidang Perencanaan Makro, Hendra Wiratmaja, S.T., M.T., dan "
        "Kepala Seksi Pelayanan Medik, dr. Rini Anggraeni.")]
    assert got == [("Kepala Bidang Perencanaan Makro", "Hendra Wiratmaja"),
                   ("Kepala Seksi Pelayanan Medik", "Rini Anggraeni")]
    # A name right after the title, then its degree: nothing moves.
    got = [(o.title, o.name) for o in find_officials("Kepala Dinas Kominfo Teguh Wiratama, "
                                                     "S.Kom., menjelaskan.")]
    assert got == [("Kepala Dinas Kominfo", "Teguh Wiratama")]


def test_one_word_members_at_the_end_of_a_list() -> None:
    got = [o.name for o in find_officials(
        "Rombongan dipimpin Ketua Komisi B Darmaji Saputra, serta anggota Lukas Hendrawan "
        "dan Mardiyanto. Anggota Pansus Rohani (Fraksi PKB), Jumadi (Fraksi PAN) ikut.")]
    assert got == ["Darmaji Saputra", "Lukas Hendrawan", "Mardiyanto", "Rohani", "Jumadi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rombongan dipimpin Ketua Komisi I, Ir. H. Syahrial Mappaseng, M.M., bersama sejumlah "
         "anggota, yakni Rusdiana Lestari, S.E., Agustinus Lejau, H. Ramli Kadir, S.H., dan Fitri "
         "Handayani, S.Sos. Mereka diterima.",
         ["Syahrial Mappaseng", "Rusdiana Lestari", "Agustinus Lejau", "Ramli Kadir",
          "Fitri Handayani"]),
        ("Pansus itu datang bersama anggota Nurul Aini Hidayati, Muhammad Akbar Syarifuddin, dan "
         "Hj. Sri Wahyuni Rahman, S.Pd. Kedatangan mereka disambut.",
         ["Nurul Aini Hidayati", "Muhammad Akbar Syarifuddin", "Sri Wahyuni Rahman"]),
        # semicolons between members with degrees, and honorifics of Palembang
        ("Anggota pansus yang ikut, yakni Kgs. Abdul Rahman, S.E.; Sri Rejeki Handayani, S.Kep.; "
         "Nyimas Siti Aminah, S.H.; dan Muhammad Toyib, S.Ag. Mereka didampingi.",
         ["Abdul Rahman", "Sri Rejeki Handayani", "Siti Aminah", "Muhammad Toyib"]),
        # names in the bracket after a title; a unit's short name in one is no name
        ("Ikut pula Kepala Bappeda HST (Ir. H. Muhammad Fauzi Rahman, M.T.) dan Camat Barabai "
         "(Rahmadi Noor, S.STP.).", ["Muhammad Fauzi Rahman", "Rahmadi Noor"]),
        ("Mereka diterima Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Surakarta, "
         "Taufik Hidayat, S.STP.", ["Taufik Hidayat"]),
        # a degree after the last member opens no other member
        ("Ikut pula anggota antara lain Rusmini, S.Pd., M. Yamani dan Hairil Anwar, S.E. Ikut "
         "mendampingi rombongan.", ["Rusmini", "M Yamani", "Hairil Anwar"]),
        # a member of a council spoken of, with no name after
        ("Menurut anggota DPRD itu, rapat digelar Senin depan.", []),
    ],
)
def test_members_in_prose_lists(text: str, names: list[str]) -> None:
    assert [o.name for o in find_officials(text)] == names


def test_members_named_with_their_faction() -> None:
    text = ("Rombongan dipimpin Wakil Ketua DPRD, H. Iskandar Syahrianto, S.H. Di antaranya Yudi "
            "Hermawan (Fraksi PDI Perjuangan), Hj. Fitriani Saleh (Fraksi Golkar), Rizki "
            "Aprianto, S.T. (Fraksi Gerindra), dan Sumarni, S.Pd. (Fraksi Demokrat).")
    assert [o.name for o in find_officials(text)] == [
        "Iskandar Syahrianto", "Yudi Hermawan", "Fitriani Saleh", "Rizki Aprianto", "Sumarni"]
    # a body's name after "anggota" is no one's
    assert find_officials("Puluhan anggota Badan Permusyawaratan Desa (BPD) datang.") == []


def test_a_field_of_two_joined_by_dan_before_its_agency() -> None:
    # "dan" between two fields does not end the title: the name is after the agency's comma.
    text = ("Mereka didampingi Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Cilacap, Wahyu "
            "Tri Lestiono, S.T., menuju lokasi.")
    assert [(o.title, o.name) for o in find_officials(text)] == [
        ("Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Cilacap", "Wahyu Tri Lestiono")]


def test_a_name_that_ends_with_a_bodys_word_is_no_person() -> None:
    text = "Rombongan diterima Kepala Bidang Geologi dan Air Tanah Dinas ESDM Sulut, Noldy Rumagit."
    names = [o.name for o in find_officials(text)]
    assert not {w for n in names for w in n.split()} & {"Geologi", "Air", "Tanah", "Dinas"}


def test_the_head_of_a_pekon_is_titled_by_it() -> None:
    # "Pekon" is Lampung's word for a village: the village's name is the title's, not a name.
    text = ("Rombongan itu antara lain Kepala Pekon Sukamaju, Hartono, serta Kepala Pekon "
            "Margodadi Barat, Nyoman Sukadana.")
    assert [(o.title, o.name) for o in find_officials(text)] == [
        ("Kepala Pekon Sukamaju", "Hartono"), ("Kepala Pekon Margodadi Barat", "Nyoman Sukadana")]



@pytest.mark.parametrize(("text", "name"), [
    ("Pansus yang diketuai H. Rahmat Hidayat, S.Ag. itu tiba pagi.", "Rahmat Hidayat"),
    ("Komisi III di bawah pimpinan Ir. Bambang Kuncoro bertolak ke Solo.", "Bambang Kuncoro"),
    ("Rombongan dipimpin Yohanes Sumanto dan tiba sore.", "Yohanes Sumanto"),
    ("Komisi yang dipimpin Ketuanya, Ir. Zulfahmi Rasyid, itu tiba.", "Zulfahmi Rasyid"),
])
def test_a_leader_named_without_a_title(text: str, name: str) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == [(name, "")]


def test_a_titled_leader_is_read_once_with_the_title() -> None:
    found = find_officials("Rombongan dipimpin oleh Moh. Arif Lasaka, S.Sos., selaku Asisten "
                           "Administrasi Umum, tiba. Tim dipimpin langsung oleh Sekda.")
    assert [o.name for o in found] == ["Arif Lasaka"]


@pytest.mark.parametrize(("text", "found"), [
    ("Anggota Banggar dari Fraksi Demokrat, Dra. Hj. Maryam Ulfa, menilai sistem itu baik.",
     [("Maryam Ulfa", "Anggota Banggar")]),
    ("Anggota Komisi I dari Fraksi Partai Golkar, H. Sumardi, hadir.",
     [("Sumardi", "Anggota Komisi I")]),
    # factions listed, no name
    ("Turut hadir anggota Komisi II dari Fraksi Golkar, Fraksi PAN, Fraksi NasDem, dan Fraksi "
     "PDI Perjuangan.", []),
])
def test_a_members_faction_between_title_and_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Rombongan disambut Kepala Dinas Pemajuan Masyarakat Adat Provinsi Bali, Dr. Anak Agung "
     "Ngurah Gede Wibawa, S.H.", [("Anak Agung Ngurah Gede Wibawa",
                                   "Kepala Dinas Pemajuan Masyarakat Adat Provinsi Bali")]),
    ("Rombongan disambut Kepala Bidang Pemeliharaan dan Pengembangan Adat, Tradisi, Lembaga "
     "Budaya dan Seni Dinas Kebudayaan DIY, Sri Wahyuni Kusumaningrum, S.Sn.",
     [("Sri Wahyuni Kusumaningrum", "Kepala Bidang Pemeliharaan dan Pengembangan Adat, Tradisi, "
       "Lembaga Budaya dan Seni Dinas Kebudayaan DIY")]),
])
def test_customary_bodies_in_a_title(text: str, found: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text, {})] == found
