"""Visits, direction, dates, officials and guards (graph/extraction.py), on sentences we wrote."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from graph.article import Span, parse_article
from graph.cues import (
    _ALL_FIRST,
    _ATTRIBUTION,
    _ATTRIBUTION_WORDS,
    _BAN,
    _BAN_WORDS,
    _BLOCK_HOST,
    _BLOCK_HOST_WORDS,
    _CIVIL_AGENT,
    _CIVIL_AGENT_WORDS,
    _DELEGATION_ANYWHERE,
    _FUTURE,
    _FUTURE_TIME,
    _FUTURE_WORDS,
    _NEGATION,
    _NEGATION_WORDS,
    _future_time,
    _interesting_words,
)
from graph.extraction import Extraction, Extractor
from graph.gazetteer import split_words


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(parse_article(text.encode("utf-8"), path="t.txt"))


def _edges(x: Extraction) -> set[tuple[str, str]]:
    return {(v, h) for visit in x.visits for v in visit.visitor_codes for h in visit.host_codes}


def test_active_visitor_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Pemerintah Kota "
                        "Banjarbaru, Senin (3/3/2025), untuk mempelajari tata kelola arsip daerah.")
    assert _edges(x) == {("63.05", "63.72")}
    (v,) = x.visits
    assert (v.start, v.end) == ("2025-03-03", "2025-03-03")
    ev = v.evidence[0]
    assert x.article.text[ev.start:ev.end].startswith("Pemerintah Kabupaten Tapin")
    assert 0.5 <= v.confidence <= 1.0


def test_host_subject_receives(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Banjarbaru menerima kunjungan kerja rombongan Pemerintah Kabupaten "
                        "Tapin di Balai Kota, Selasa (4/3/2025). Kunjungan itu membahas arsip "
                        "digital yang sudah diterapkan di kota tersebut.")
    assert _edges(x) == {("63.05", "63.72")}


def test_passive_reception_and_context_visitor(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan DPRD Kabupaten Tapin tiba pada Rabu (5/3/2025) pagi dan "
                        "diterima oleh Sekretaris DPRD Kota Banjarbaru, Ahmad Riduan. Mereka "
                        "berdiskusi tentang pembentukan peraturan daerah yang baik.")
    assert _edges(x) == {("63.05", "63.72")}
    (v,) = x.visits
    assert v.visitors[0].unit == "DPRD"
    assert [(o.name, o.side) for o in v.officials] == [("Ahmad Riduan", "host")]


def test_object_fronted(extractor: Extractor) -> None:
    x = _run(extractor, "Studi banding ke Kabupaten Banyuwangi dilakukan Pemerintah Kabupaten "
                        "Tapin selama dua hari untuk mempelajari inovasi pelayanan yang ada.")
    assert _edges(x) == {("63.05", "35.10")}


def test_several_visitors_one_host(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin dan Pemerintah Kabupaten Balangan bertandang "
                        "ke Kabupaten Kulon Progo, Kamis (6/3/2025), untuk belajar tentang badan "
                        "usaha milik desa yang dikelola dengan baik.")
    assert _edges(x) == {("63.05", "34.01"), ("63.11", "34.01")}


def test_origin_with_dari_is_the_visitor(extractor: Extractor) -> None:
    x = _run(extractor, "Kabupaten Sumedang kembali menjadi tujuan studi tiru. Senin (10/3/2025) "
                        "rombongan studi tiru dari Kabupaten Tapin datang ke Sumedang untuk "
                        "melihat layanan digital yang mereka kembangkan.")
    assert ("63.05", "32.11") in _edges(x)
    assert ("32.11", "63.05") not in _edges(x)


def test_next_stop_of_a_trip_keeps_the_delegation(extractor: Extractor) -> None:
    # The region the delegation came from is an earlier stop, not the learner of the next one;
    # the headline's two hosts become two visits, each with its own day.
    x = _run(extractor, "Pemkab Tapin Sambangi Banjarbaru dan Sumedang\n\n"
                        "Rombongan Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota "
                        "Banjarbaru, Senin (3/3/2025), untuk mempelajari arsip digital. "
                        "Setelah dari Banjarbaru, rombongan melanjutkan kunjungan ke Kabupaten "
                        "Sumedang, Rabu (5/3/2025), untuk melihat layanan perizinan.")
    assert _edges(x) == {("63.05", "63.72"), ("63.05", "32.11")}
    assert {(v.host_codes[0], v.start) for v in x.visits} == {("63.72", "2025-03-03"),
                                                              ("32.11", "2025-03-05")}


def test_owner_of_the_visit_noun_is_the_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Kunjungan kerja Bupati Tapin, Budi Hartono, ke Kabupaten Sumedang, "
                        "Kamis (6/3/2025), membahas arsip digital yang sudah berjalan di sana.")
    assert _edges(x) == {("63.05", "32.11")}


def test_guests_named_in_the_sentence_after_the_host(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Sumedang kembali kedatangan tamu. Kali ini rombongan Pemerintah "
                        "Kabupaten Tapin yang dipimpin Sekda Tapin, Budi Hartono, Senin "
                        "(3/3/2025). Mereka ingin belajar tentang arsip digital.")
    assert _edges(x) == {("63.05", "32.11")}
    (v,) = x.visits
    assert v.start == "2025-03-03"
    assert len(v.evidence) == 2
    # Two groups, the second after the first one's province
    y = _run(extractor, "Kabupaten Sumedang kedatangan dua rombongan sekaligus, Senin (3/3/2025). "
                        "Rombongan pertama dari Pemerintah Kabupaten Tapin, Kalimantan Selatan, "
                        "dan rombongan kedua dari Pemerintah Kota Tidore Kepulauan, Maluku Utara.")
    assert _edges(y) == {("63.05", "32.11"), ("82.72", "32.11")}
    # A team of a university is not the city's delegation
    z = _run(extractor, "Pemkab Sumedang kembali kedatangan tamu pada hari ini. Tim dari "
                        "Universitas Airlangga Surabaya datang untuk meneliti arsip digital, "
                        "Senin (3/3/2025).")
    assert _edges(z) == set()


def test_absorbing_knowledge_from_a_host(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin menyerap ilmu tentang arsip digital dari "
                        "Kabupaten Sumedang dalam kunjungan pada 20-21 Mei 2024.")
    assert _edges(x) == {("63.05", "32.11")}
    assert (x.visits[0].start, x.visits[0].end) == ("2024-05-20", "2024-05-21")


def test_integration_is_of_the_program_it_names(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin terus menekan angka stunting. Bupati Tapin "
                        "menjelaskan bahwa stunting turun berkat pemanfaatan data desa yang "
                        "terintegrasi di seluruh kecamatan.")
    assert [a.status for a in x.adoptions] == []
    y = _run(extractor, "Pemerintah Kabupaten Tapin mengintegrasikan seluruh kanal pengaduan ke "
                        "dalam SP4N-LAPOR! pada Senin (3/3/2025) agar aduan warga tertangani.")
    assert [(a.region, a.status) for a in y.adoptions] == [("63.05", "integrated")]


def test_an_acronym_of_a_new_facility_is_a_candidate(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025), untuk mempelajari Tempat Olah Kompos Terpadu "
                        "(TOKT) berbasis masyarakat.")
    (v,) = x.visits
    assert [(p.notation, p.label, p.candidate) for p in v.programs] == [
        ("TOKT", "Tempat Olah Kompos Terpadu", True)]


def test_a_joined_region_with_its_own_verb_starts_a_new_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Bekasi Studi Tiru ke Surabaya dan Pemkab Banyumas Belajar ke "
                        "Bantul\n\nPemerintah Kota Bekasi melakukan studi tiru ke Kota "
                        "Surabaya, Selasa (18/2/2025). Sementara itu, Pemerintah Kabupaten "
                        "Banyumas belajar pengelolaan bank sampah ke Kabupaten Bantul.")
    assert _edges(x) == {("32.75", "35.78"), ("33.02", "34.02")}


def test_earlier_visitors_at_the_same_host_take_no_borrowed_day(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Pandeglang melakukan studi tiru ke Kota Sukabumi, "
                        "Senin (10/3/2025). Sebelumnya, Kabupaten Garut dan Kabupaten Ciamis juga "
                        "telah berkunjung untuk hal yang sama pada awal tahun ini.")
    assert _edges(x) == {("36.01", "32.72"), ("32.05", "32.72"), ("32.07", "32.72")}
    days = {v.visitor_codes[0]: v.start for v in x.visits}
    assert days == {"36.01": "2025-03-10", "32.05": None}


def test_officials_of_the_story_are_not_those_of_a_visit_told_in_passing(
        extractor: Extractor) -> None:
    x = _run(extractor, "Kota Banjarbaru Luncurkan Antrean Daring Puskesmas\n\n"
                        "Pemerintah Kota Banjarbaru meluncurkan sistem antrean daring di "
                        "puskesmas, Jumat (15/11/2024). Peluncuran dilakukan Wali Kota "
                        "Banjarbaru, Budi Hartono, di Puskesmas Cempaka. Kepala Dinas Kesehatan "
                        "Banjarbaru, Siti Aminah, mengatakan aplikasi dibuat sendiri oleh tim "
                        "dinas. Pada tahun "
                        "lalu, rombongan Dinkes Banjarbaru sempat studi banding ke Kota Makassar "
                        "yang lebih dulu menerapkan layanan serupa.")
    (v,) = x.visits
    assert _edges(x) == {("63.72", "73.71")}
    assert (v.officials, v.start) == ([], None)


def test_the_next_day_of_a_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi I DPRD Provinsi Kalimantan Utara melakukan konsultasi ke "
                        "Kementerian Dalam Negeri, Selasa (4/2/2025). Keesokan harinya, rombongan "
                        "melanjutkan kunjungan kerja ke DPRD Provinsi DKI Jakarta untuk membahas "
                        "tata tertib dewan.")
    assert _edges(x) == {("65", "31")}
    assert (x.visits[0].start, x.visits[0].end) == ("2025-02-05", "2025-02-05")


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # "menerima tim" of an agency whose name holds "Masyarakat"
        ("Pada Selasa (4/6/2024), Pemkab Sumedang menerima tim Dinas Pemberdayaan Masyarakat dan "
         "Desa Kabupaten Tapin yang ingin mempelajari pengelolaan BUMDes.", {("63.05", "32.11")}),
        # officials arriving, counted
        ("Pemerintah Kota Banjarbaru kedatangan 30 pejabat dari Pemkab Tapin, kemarin, untuk "
         "mempelajari pengelolaan arsip digital.", {("63.05", "63.72")}),
        ("Desa Wisata Pentingsari di Kabupaten Sumedang menjadi lokasi studi tiru Pemerintah "
         "Kabupaten Tapin, Sabtu (21/9/2024).", {("63.05", "32.11")}),
        ("Bappeda Kabupaten Tapin melakukan study visit ke Pemerintah Kabupaten Sumedang tanggal "
         "12 s/d 14 Juni 2024 untuk mempelajari perencanaan.", {("63.05", "32.11")}),
        # "Dari X kami belajar ..., dari Y kami belajar ...": sources, not learners
        ("Rombongan Pemkab Tapin studi tiru ke Kabupaten Sumedang dan Kabupaten Banjar. "
         "\"Dari Sumedang kami belajar mengemas produk, dari Banjar kami belajar mengorganisasi "
         "petani,\" kata ketua rombongan.", {("63.05", "32.11"), ("63.05", "63.03")}),
        # not visits: an award received, an interest, a trip being prepared, guests in general,
        # a trip to sign an agreement
        ("Selain Tapin, penghargaan kategori kabupaten juga diterima Kabupaten Sumedang dan "
         "Kabupaten Banjar dalam acara di Jakarta, Selasa (22/7/2025).", set()),
        ("Bupati Tapin mengaku tertarik untuk belajar ke Kabupaten Sumedang. Namun hingga kini "
         "belum ada jadwal kunjungan yang ditetapkan.", set()),
        ("Dilantik Jadi Sekda Tapin, Budi Hartono Siapkan Studi Tiru ke Sumedang\n\nBudi "
         "dilantik sebagai sekretaris daerah pada Selasa (12/8/2025) di aula kantor bupati.",
         set()),
        ("Pemkab Tapin studi tiru ke Kabupaten Sumedang, Senin (3/3/2025). Kepala Desa "
         "Sukamaju menunjukkan homestay milik BUMDes yang ramai, dengan tamu yang datang dari "
         "Medan hingga Pekanbaru.", {("63.05", "32.11")}),
        ("Pemkab Tapin dan Pemkot Banjarbaru menandatangani nota kesepahaman air bersih, Senin "
         "(4/8/2025). Rombongan Pemkab Tapin tiba di balai kota dan disambut Wali Kota "
         "Banjarbaru, Budi Hartono.", set()),
    ],
)
def test_more_visit_forms_and_traps(extractor: Extractor, text: str,
                                    edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_the_next_day_told_later_is_the_last_day(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Kamis (21/8/2025), untuk mempelajari desa wisata. Keesokan harinya, "
                        "Jumat (22/8/2025), rombongan diajak meninjau desa wisata di Kecamatan "
                        "Tanjungsari.")
    (v,) = x.visits
    assert (v.start, v.end) == ("2025-08-21", "2025-08-22")


def test_one_body_named_twice_recommends_once(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang "
                        "atas rekomendasi Kementerian Dalam Negeri, Senin (3/3/2025). Rekomendasi "
                        "Kemendagri itu berdasarkan nilai SPBE Sumedang.")
    assert x.visits[0].recommended_by == ["Kementerian Dalam Negeri"]


def test_a_program_that_groups_others_is_still_a_program(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025), untuk mempelajari pengembangan smart city.")
    assert "Kota cerdas" in [p.label for p in x.visits[0].programs]


def test_a_question_reports_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Warga bertanya di media sosial. Kapan Pemkab Tapin studi tiru ke "
                        "Kabupaten Sumedang soal arsip digital?")
    assert _edges(x) == set()


def test_the_first_day_of_a_trip_with_two_stops(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Tapin Kaji Tiru ke Sumedang dan Banjar\n\n"
                        "Pemkab Tapin melakukan kaji tiru ke dua daerah, Senin-Selasa "
                        "(10-11/3/2025). Pada hari pertama, rombongan berkunjung ke Kabupaten "
                        "Sumedang untuk melihat arsip digital. Keesokan harinya, rombongan "
                        "bergeser ke Kabupaten Banjar untuk melihat layanan perizinan.")
    days = {v.host_codes[0]: (v.start, v.end) for v in x.visits}
    assert days == {"32.11": ("2025-03-10", "2025-03-10"),
                    "63.03": ("2025-03-11", "2025-03-11")}


def test_local_programs_named_after_their_kind(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025), untuk mempelajari aplikasi SI-CANTIK, gerakan Jogo "
                        "Tonggo dan layanan DPMPTSP Sumedang, serta program CSR perusahaan.")
    labels = {p.label for p in x.visits[0].programs if p.candidate}
    assert labels == {"SI-CANTIK", "Jogo Tonggo"}


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the delegation named first, the hosts one by one later
        ("DPMPTSP Kabupaten Tapin melakukan studi banding ke dua kabupaten tetangga. Pada Senin "
         "(2/12/2024), rombongan mendatangi MPP Barabai dan diterima Kepala DPMPTSP Kabupaten "
         "Hulu Sungai Tengah, Budi Santoso.", {("63.05", "63.07")}),
        # sending a team is a visit
        ("Ketika Pemkab Tapin mengirim tim Diskominfo ke Kabupaten Sumedang pada Agustus 2023, "
         "mereka pulang dengan cetak biru SPBE.", {("63.05", "32.11")}),
        # not visits: shoppers from three places, a trip called off, a video call, what one
        # could do
        ("Pemkab Tapin studi tiru ke Kabupaten Kudus, Senin (3/3/2025). \"Banyak yang datang "
         "dari Demak, Jepara, sampai Pati untuk kulakan,\" kata pedagang.", {("63.05", "33.19")}),
        ("Studi banding DPRD Kabupaten Garut ke Provinsi Bali kami batalkan karena efisiensi "
         "anggaran, kata ketua dewan.", set()),
        ("Bulan lalu, Pemkab Tapin belajar tentang MPP dari Kabupaten Sumedang melalui konferensi "
         "video bersama pejabat kedua daerah.", set()),
        ("Kabupaten Tapin bisa belajar pengelolaan pasar dari Kabupaten Sumedang, kata pengamat "
         "kebijakan publik itu.", set()),
        # "ke Kandangan" says where the delegation went, not who learned
        ("Rombongan Pemkab Tapin melanjutkan perjalanan ke Kandangan untuk belajar ke Pemkab "
         "Sumedang, Selasa (3/12/2024).", {("63.05", "32.11")}),
    ],
)
def test_delegations_told_in_long_stories(extractor: Extractor, text: str,
                                          edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_hosts_in_general_take_no_delegation_from_context(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025). Di luar itu, Kota Banjarbaru, Kabupaten Sleman, dan "
                        "Kota Denpasar juga cukup sering menerima kunjungan dari daerah lain.")
    assert _edges(x) == {("63.05", "32.11")}


def test_the_visitors_own_province_among_hosts_keeps_the_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi A DPRD Kabupaten Sintang melaksanakan kunjungan kerja ke DPRD Kota "
                        "Pontianak dan Komisi Informasi Provinsi Kalimantan Barat, Rabu "
                        "(5/3/2025), untuk membahas keterbukaan informasi.")
    assert _edges(x) == {("61.05", "61.71")}


def test_officials_listed_one_after_another_share_a_side(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025). Rombongan dipimpin Sekda Tapin, Budi Hartono, "
                        "didampingi Kepala Bappeda, Ir. Rudi Sinaga, M.T., Kepala Dinas "
                        "Komunikasi dan Informatika, Fransiska Lestari, dan Kepala Dinas "
                        "Kesehatan Tapin, Siti Aminah.")
    sides = {o.name: o.side for o in x.visits[0].officials}
    assert sides == {"Budi Hartono": "visitor", "Rudi Sinaga": "visitor",
                     "Fransiska Lestari": "visitor", "Siti Aminah": "visitor"}


def test_headline_verb_without_its_prefix(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Tapin Kunjungi Kabupaten Sumedang\n\nKegiatan itu membahas "
                        "arsip digital yang sudah berjalan dua tahun di sana.")
    assert _edges(x) == {("63.05", "32.11")}


def test_advice_of_a_ministry_is_a_recommendation(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025). Studi tiru itu merupakan saran Kementerian PANRB agar "
                        "Tapin belajar dari daerah yang sudah berhasil.")
    (v,) = x.visits
    assert v.recommended_by == ["Kementerian PANRB"]
    y = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025). Saran dan masukan Kementerian PANRB dibahas bersama.")
    assert y.visits[0].recommended_by == []


@pytest.mark.parametrize(
    "text",
    [
        # a plan, not a visit that happened
        "Pemerintah Kabupaten Tapin akan melakukan studi tiru ke Kota Banjarbaru pekan depan "
        "untuk mempelajari pengelolaan sampah yang dinilai berhasil.",
        # a ban
        "Bupati Tapin melarang kepala desa melakukan studi banding ke luar daerah, termasuk ke "
        "Kabupaten Badung, karena anggaran desa harus dipakai untuk hal yang lebih penting.",
        # a ministry monitoring a region
        "Tim Kementerian Dalam Negeri melakukan kunjungan kerja ke Kabupaten Tapin untuk "
        "memantau penyaluran dana desa dan meninjau kantor desa yang baru dibangun.",
        # students, not a government
        "Mahasiswa dari Kota Banjarbaru melakukan studi banding ke Kabupaten Sleman untuk "
        "mempelajari pengelolaan desa wisata bersama dosen pembimbing mereka.",
        # a university as destination
        "Pemerintah Kabupaten Tapin melakukan kunjungan kerja ke Universitas Gadjah Mada di "
        "Kabupaten Sleman untuk menjajaki kerja sama beasiswa bagi aparatur daerah.",
        # a governor inspecting a regency of the province
        "Gubernur Kalimantan Selatan melakukan kunjungan kerja ke Kabupaten Tapin untuk "
        "meninjau pembangunan jalan dan jembatan yang rusak akibat banjir.",
        # a region launching its own program
        "Pemerintah Kabupaten Tapin meluncurkan aplikasi layanan kependudukan daring pada "
        "Senin (3/3/2025) di halaman kantor bupati yang dihadiri ratusan warga.",
        # a festival naming several regions
        "Festival budaya di Kota Banjarbaru diikuti kontingen Kabupaten Tapin, Kabupaten "
        "Balangan dan Kabupaten Banjar dengan penampilan tari dan musik tradisional.",
    ],
)
def test_negatives(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).visits == []


def test_statement_date_loses_to_visit_date(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota Banjarbaru pada "
                        "Kamis (6/3/2025). Hasilnya akan dibahas bersama seluruh dinas, ujar "
                        "Sekda Tapin, Senin (10/3/2025), kepada wartawan di Rantau.")
    (v,) = x.visits
    assert v.start == "2025-03-06"


def test_same_first_name_on_both_sides_stays_two_people(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota Banjarbaru, "
                        "Rabu (5/3/2025). Rombongan dipimpin Asisten I Kabupaten Tapin, Ahmad "
                        "Yani. Mereka diterima Asisten I Kota Banjarbaru, Ahmad Fauzi.")
    (v,) = x.visits
    assert sorted((o.name, o.side) for o in v.officials) == [("Ahmad Fauzi", "host"),
                                                            ("Ahmad Yani", "visitor")]


def test_json_contract(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Paser melakukan studi tiru ke Pemkab Badung untuk "
                        "mempelajari Mal Pelayanan Publik (MPP), Rabu (29/5/2024), atas "
                        "rekomendasi Kementerian PANRB.")
    doc = x.to_json()
    assert set(doc) == {"source", "visits", "adoptions"}
    assert set(doc["source"]) == {"path", "url", "title", "published"}
    (v,) = doc["visits"]
    assert set(v) == {"visitors", "hosts", "start", "end", "period", "programs", "topics",
                      "officials", "recommended_by", "delegation_size", "evidence", "confidence"}
    assert v["visitors"][0]["code"] == "64.01" and v["hosts"][0]["code"] == "51.03"
    assert any(p["notation"] == "MPP" for p in v["programs"])
    assert v["recommended_by"] == ["Kementerian PANRB"]
    assert set(v["evidence"][0]) == {"text", "start", "end"}


def test_adoption_without_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin meresmikan Mal Pelayanan Publik (MPP) pada "
                        "Desember 2023 setelah pembangunan selama satu tahun di pusat kota.")
    assert x.visits == []
    assert [(a.region, a.program.notation, a.status, a.date) for a in x.adoptions] == [
        ("63.05", "MPP", "inaugurated", "2023-12")]


def test_official_named_like_a_region_is_not_a_party(extractor: Extractor) -> None:
    # Kabupaten Bima named elsewhere would decide a bare "Bima" as that region.
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota Bogor, Kamis "
                        "(6/3/2025). Rombongan disambut Wali Kota Bogor Bima Arya di balai kota. "
                        "Bulan lalu Kabupaten Bima juga belajar ke Bogor.")
    assert ("63.05", "32.71") in _edges(x)
    hosts = {h for v in x.visits for h in v.host_codes}
    assert "52.06" not in hosts
    (v,) = [v for v in x.visits if "63.05" in v.visitor_codes]
    assert ("Bima Arya", "host") in {(o.name, o.side) for o in v.officials}


def test_region_split_by_its_abbreviation(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Ogan Komering Ulu (OKU) Selatan melakukan studi "
                        "tiru ke Kabupaten Tapin, Selasa (4/3/2025), untuk belajar tata kelola "
                        "arsip.")
    assert _edges(x) == {("16.09", "63.05")}


def test_delegation_pattern_equals_the_case_insensitive_one() -> None:
    plain = re.compile(r"rombongan\s+(?:\w+\s+){0,4}?(?:berjumlah|sebanyak)\s+(\d{1,3})", re.I)
    pieces = ["Rombongan ", "ROMBONGAN ", "rombongan", "  yang ", "BERJUMLAH ", "sebanyak ",
              "25 ", "1234", "x ", "\n"]
    rng = random.Random(2)
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(10))
        want, got = plain.search(text), _DELEGATION_ANYWHERE.search(text)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


def test_interesting_words_are_the_letter_runs_that_are_cue_words() -> None:
    # The plain definition: a run of a-z in the lower-cased text, not inside a longer run.
    plain = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_ALL_FIRST, key=len, reverse=True))
                       + r")(?![a-z])")
    rng = random.Random(31)
    pieces = ["studi", "Studi", "tiru", "kunjungan", "2studi", "studi2", "kunjungan_kerja",
              "ékunjungan", "kunjunganmu", "-datang", "Menerima", "\u0130", "x", " ", "  ", "\n",
              ".", "MENYAMBUT", "tiba-tiba", "“belajar”"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        low = split_words(text).low
        want = [(m.start(), m.group(0)) for m in plain.finditer(low)]
        assert _interesting_words(text) == want, text


def test_split_words_keeps_offsets_and_the_last_split() -> None:
    text = "Wali Kota Bogor, \u0130brahim, studi tiru"
    first = split_words(text)
    assert len(first.low) == len(text)
    assert split_words(text) is first  # the same article again: split once
    assert all(first.low[first.starts[t]:].startswith(w) for t, w in enumerate(first.words))
    other = split_words("Kota Batu")
    assert other.words == ["kota", "batu"]


def test_interesting_words_with_letters_next_to_digits() -> None:
    # Both ways through _interesting_words: all-ASCII words of letters or digits, and not.
    assert _interesting_words("studi tiru 2025 ke Kota") == [(0, "studi")]
    assert _interesting_words("x2studi tiru") == [(2, "studi")]
    assert _interesting_words("studi9 datang") == [(0, "studi"), (7, "datang")]
    assert _interesting_words("“studi” tiru – datang") == [(1, "studi"), (15, "datang")]
    assert _interesting_words("é studi") == [(2, "studi")]


def test_delegation_size_in_the_visit_sentences_or_anywhere(extractor: Extractor) -> None:
    # The per-sentence search runs only where a digit is; the whole-text one only where the
    # lower-cased text holds "ombongan". Both ways still find the size.
    base = ("Pemerintah Kabupaten Tapin melakukan studi tiru ke Kota Banjarbaru, Rabu "
            "(5/3/2025). Kunjungan itu untuk mempelajari pelayanan perizinan di sana. ")
    near = _run(extractor, base + "Tim yang dibawa sebanyak 12 orang pejabat daerah.")
    far = _run(extractor, base + "Kegiatan berjalan lancar dan penuh keakraban hingga siang.\n\n"
               "Ada pula cerita lain di sini.\n\nSelain itu ada hal lain.\n\n"
               "ROMBONGAN dari daerah itu berjumlah 30 orang.")
    none = _run(extractor, base + "Tidak ada angka di kalimat ini.")
    assert [v.delegation_size for v in near.visits] == [12]
    assert [v.delegation_size for v in far.visits] == [30]
    assert [v.delegation_size for v in none.visits] == [None]


@pytest.mark.parametrize(("pattern", "words", "before", "after"), [
    (_BLOCK_HOST, _BLOCK_HOST_WORDS, r"\b(?:", r")\b"),
    (_CIVIL_AGENT, _CIVIL_AGENT_WORDS, r"\b(?:", r")\b"),
    (_ATTRIBUTION, _ATTRIBUTION_WORDS, "(?:", r")[^.\n]{0,60}$"),
    (_FUTURE, _FUTURE_WORDS, r"\b(?:", r")\b"),
    (_NEGATION, _NEGATION_WORDS, r"\b(?:", r")\b"),
    (_BAN, _BAN_WORDS, r"\b(?:", r")\b"),
])
def test_trie_word_patterns_find_what_the_flat_alternations_find(
        pattern: re.Pattern[str], words: str, before: str, after: str) -> None:
    flat = re.compile(before + words + after, re.IGNORECASE)
    pieces = ["kata", "nya", " dia", "ujar", "Kementerian", "kemenpan", "kemen", "pt", "PT.",
              "peserta  didik", "komisi IV dpr", "komisi dpr", "wakil presiden", "dpr ri", "Warga",
              "kampus", "univ", "universitas", "x", " ", ", ", ".", "\n", "ditemui", "saat",
              "akan", "rencana", "nya", "tak", "tidak", "di", "larang", "an", "Batal", "stop"]
    rng = random.Random(41)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert bool(pattern.search(text)) == bool(flat.search(text)), text


def test_future_time_is_the_pattern_over_the_sentence() -> None:
    pieces = ["pekan ", "Minggu  ", "DEPAN", "depan ", "mendatang", "Mendatangkan ", "tahun",
              "x", ". ", "\n", "bulan depannya "]
    rng = random.Random(43)
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        want = _FUTURE_TIME.search(text[lo:hi]) is not None
        assert _future_time(text, Span(lo, hi)) == want, (text, lo, hi)


def test_a_weekday_alone_dates_the_visit(extractor: Extractor) -> None:
    # A news agency's style: the day of the event as a bare weekday at the end of the lead,
    # against the publication date (Thursday 12 June 2025).
    x = _run(extractor, "Sleman Belajar Kelola Sampah ke Banyuwangi\n\nKamis, 12 Juni 2025\n\n"
                        "BANYUWANGI - Rombongan Pemerintah Kabupaten Sleman melakukan studi tiru "
                        "pengelolaan sampah ke Kabupaten Banyuwangi, Rabu. Rombongan diterima "
                        "Wakil Bupati Banyuwangi di pendopo kabupaten.")
    assert _edges(x) == {("34.04", "35.10")}
    assert (x.visits[0].start, x.visits[0].end) == ("2025-06-11", "2025-06-11")


def test_a_weekday_alone_after_a_written_date_goes_on_in_the_same_week(
        extractor: Extractor) -> None:
    x = _run(extractor, "Tapin Studi Tiru ke Dua Daerah\n\nSenin, 30 Juni 2025\n\n"
                        "BANJARBARU - Pemerintah Kabupaten Tapin melakukan studi tiru ke "
                        "Pemerintah Kota Banjarbaru, Selasa (24/6/2025), untuk mempelajari arsip "
                        "digital. "
                        "Pada Kamis, rombongan bergeser ke Pemerintah Kota Balikpapan untuk "
                        "melihat layanan perizinan.")
    days = {v.host_codes[0]: (v.start, v.end) for v in x.visits}
    assert days == {"63.72": ("2025-06-24", "2025-06-24"),
                    "64.71": ("2025-06-26", "2025-06-26")}



def test_a_common_word_in_a_title_case_headline_is_no_region(extractor: Extractor) -> None:
    # "Puncak" (a peak) in a headline where every word has a capital; the story never names
    # Kabupaten Puncak.
    x = _run(extractor, "Pemkab Sigi Studi Tiru ke Puncak Layanan Publik Kota Makassar\n\n"
                        "SIGI - Pemerintah Kabupaten Sigi melakukan studi tiru ke Pemerintah Kota "
                        "Makassar, Rabu (11/6/2025), untuk mempelajari layanan publik terpadu.")
    assert _edges(x) == {("72.10", "73.71")}
    # Named in the story too, the same word in the headline stays a region.
    y = _run(extractor, "Pemkab Sigi Studi Tiru ke Malang\n\nSIGI - Pemerintah Kabupaten Sigi "
                        "melakukan studi tiru ke Pemerintah Kota Malang, Rabu (11/6/2025), untuk "
                        "mempelajari layanan publik terpadu.")
    assert _edges(y) == {("72.10", "35.73")}



def test_planned_adoptions_and_a_region_named_tengah(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Lombok Tengah melakukan studi tiru ke Pemerintah "
                        "Kabupaten Badung, Senin (2/6/2025), untuk mempelajari Mal Pelayanan "
                        "Publik. Lombok Tengah berencana membangun MPP pada tahun depan. Pemkab "
                        "Lombok Tengah juga menargetkan SIPPN mulai dipakai pada Januari 2026.")
    got = {(a.region, a.program.notation, a.status, a.date) for a in x.adoptions}
    # Not "tengah membangun" (under construction): "Tengah" ends the region's name.
    assert got == {("52.02", "MPP", "planned", None), ("52.02", "SIPPN", "planned", "2026-01")}


def test_studying_a_thing_at_a_host_and_a_company_named_after_a_region(
        extractor: Extractor) -> None:
    x = _run(extractor, "Penjabat Bupati Buru memimpin rombongan Pemerintah Kabupaten Buru "
                        "mempelajari penerapan SPBE di Kabupaten Sumedang, Rabu (4/6/2025).")
    assert _edges(x) == {("81.04", "32.11")}
    y = _run(extractor, "Pemerintah Kabupaten Kutai Timur melakukan kunjungan kerja ke PT Pupuk "
                        "Kalimantan Timur (Pupuk Kaltim) di Kota Bontang, Rabu (11/6/2025). "
                        "Mereka diterima Direktur Operasi dan Produksi Pupuk Kaltim, Bayu "
                        "Setiawan.")
    assert _edges(y) == set()



def test_a_provinces_own_government_is_a_stop_beside_its_regency(extractor: Extractor) -> None:
    # The province's office on one day, a regency of it the next: two hosts. "studi tiru ke
    # dua daerah di Jawa Timur" only sums them up, and "Surabaya" only places the office.
    x = _run(extractor, "DPMPTSP Provinsi Nusa Tenggara Barat melakukan studi tiru ke dua daerah "
                        "di Jawa Timur pekan ini. Pada Selasa (10/6/2025), rombongan diterima di "
                        "Kantor DPMPTSP Provinsi Jawa Timur, Surabaya. Keesokan harinya, Rabu "
                        "(11/6/2025), rombongan NTB bergeser ke Kabupaten Sidoarjo untuk melihat "
                        "langsung Mal Pelayanan Publik.")
    days = {v.host_codes[0]: v.start for v in x.visits}
    assert _edges(x) == {("52", "35"), ("52", "35.15")}
    assert days == {"35": "2025-06-10", "35.15": "2025-06-11"}
    # Named as a place only ("di Jawa Timur", "di Provinsi Lampung"), the province still sums
    # up the regencies' visits.
    y = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi banding di Jawa Timur. Pada "
                        "Selasa (10/6/2025), rombongan berkunjung ke Kabupaten Sidoarjo.")
    assert _edges(y) == {("63.05", "35.15")}
    z = _run(extractor, "Pemkab Pringsewu studi tiru ke dua daerah di Provinsi Lampung. Pada "
                        "Selasa (10/6/2025), rombongan berkunjung ke Kabupaten Lampung Selatan.")
    assert _edges(z) == {("18.10", "18.01")}


def test_regions_brought_along_join_the_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Provinsi Bengkulu memimpin studi tiru ke Kabupaten Bantul, "
                        "Rabu (18/6/2025). Rombongan provinsi mengajak serta dua kabupaten, yaitu "
                        "Kabupaten Kepahiang dan Kabupaten Seluma. Keesokan harinya, rombongan "
                        "bergeser ke Kabupaten Gunungkidul.")
    assert _edges(x) == {(v, h) for v in ("17", "17.08", "17.05") for h in ("34.02", "34.03")}
    # Participants counted, not named, add no one; nor does a list before any visit is told.
    y = _run(extractor, "Pemerintah Provinsi Bengkulu melakukan studi tiru ke Kabupaten Bantul, "
                        "Rabu (18/6/2025). Rombongan juga diikuti delapan anggota komisi.")
    assert _edges(y) == {("17", "34.02")}



def test_a_local_program_named_in_quotes(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Donggala melakukan studi tiru ke Pemerintah Kota "
                        "Makassar, Rabu (4/6/2025). Makassar memaparkan aplikasi layanan warga "
                        "\"Sipakatau Digital\" dan gerakan “Sampurasun” kepada rombongan.")
    labels = {p.label for v in x.visits for p in v.programs}
    assert {"Sipakatau Digital", "Sampurasun"} <= labels


def test_the_delegation_going_on_to_the_host_gives_the_day(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Provinsi Gorontalo studi tiru SAKIP ke DIY. Pada Senin "
                        "(19/5/2025), tim Pemprov Gorontalo berkonsultasi ke Kementerian PANRB di "
                        "Jakarta. Sehari kemudian, Selasa (20/5/2025), tim melanjutkan perjalanan "
                        "ke Yogyakarta untuk studi tiru.")
    assert _edges(x) == {("75", "34")}
    assert x.visits[0].start == "2025-05-20"


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # stopping by on the way is a visit only to learn; a port of transit is no host
        ("Rombongan Pemkab Tanah Laut melakukan studi tiru ke Kabupaten Malang, Kamis "
         "(12/6/2025). Dalam perjalanan pulang, rombongan juga singgah di Kota Surabaya untuk "
         "mempelajari pengelolaan sampah.", {("63.01", "35.07"), ("63.01", "35.78")}),
        ("Rombongan Pemkab Buru Selatan melakukan studi tiru ke Pemerintah Kota Ambon, Senin "
         "(9/6/2025). Dalam perjalanan, rombongan sempat singgah di Kabupaten Buru sebelum "
         "menyeberang ke Ambon.", {("81.09", "81.71")}),
        # the host shows the guests around
        ("Pemerintah Provinsi Kalimantan Selatan studi tiru penurunan stunting ke Pemprov Jawa "
         "Tengah, Rabu (24/7/2024). Pada hari kedua, Kamis (25/7/2024), rombongan dibawa "
         "meninjau posyandu di Kabupaten Kendal.", {("63", "33"), ("63", "33.24")}),
        # "pejabat dari Jambi" in a story about a regency of Jambi: the province, which only
        # sums up the regency's visit; ", Jambi," after the regency qualifies it
        ("Desa di Kulon Progo Ini Didatangi Pejabat dari Jambi\n\nRombongan Pemerintah Kabupaten "
         "Merangin, Jambi, menyambangi Desa Wisata Nglinggo, Kabupaten Kulon Progo, Kamis "
         "(23/1/2025).", {("15.02", "34.01")}),
        ("Pemerintah Kabupaten Tebo, Jambi, melakukan studi tiru ke Pemerintah Kota Bengkulu, "
         "Selasa (10/6/2025), untuk mempelajari arsip digital.", {("15.09", "17.71")}),
        # a province that only places the delegation is no party beside its regencies
        ("Pemerintah Kabupaten Siak kedatangan rombongan dari dua kabupaten di Kalimantan Barat, "
         "yakni Kabupaten Bengkayang dan Kabupaten Sambas, pada Kamis, 12 Juni 2025, untuk "
         "belajar penurunan stunting.", {("61.07", "14.08"), ("61.01", "14.08")}),
        # not visits: a sister-city signing hosted with a welcome, a minister's party going on,
        # a headline trip that the lead calls a video call or a recreation
        ("Pemerintah Kota Bukittinggi menyambut kedatangan Wali Kota Bengkulu beserta "
         "rombongan, Senin (2/6/2025). Bukittinggi menjadi tuan rumah penandatanganan nota "
         "kesepahaman kerja sama kota kembar dengan Pemerintah Kota Bengkulu.", set()),
        ("Menteri Pertanian meninjau panen raya di Kabupaten Lumajang bersama Bupati Lumajang. "
         "Usai panen, rombongan menteri melanjutkan perjalanan ke Kabupaten Jember.", set()),
        ("Lewat Zoom, Bone Bolango Belajar Tata Kelola Pengaduan dari Makassar\n\nPemerintah "
         "Kabupaten Bone Bolango mengikuti benchmarking secara virtual dengan Pemerintah Kota "
         "Makassar, Rabu (27/11/2024).", set()),
        # a delegation taken somewhere as "jajaran"; a night told as the step before the next
        # stop; a visit only asked for in a letter
        ("Kamis (6/3/2025), Wakil Bupati Kotabaru, H. Ahmad Fauzan Noor, S.Ag., memboyong "
         "jajaran Disdukcapil dan Diskominfo Kotabaru ke Tanjung, ibu kota Tabalong.",
         {("63.02", "63.09")}),
        ("Rombongan Pemkab Dairi studi tiru ke MPP Kota Medan, Selasa (12/11/2024). Setelah "
         "bermalam di Medan, rombongan bergeser ke Kota Binjai keesokan harinya.",
         {("12.11", "12.71"), ("12.11", "12.75")}),
        ("Rombongan Pemkab Dairi studi tiru ke MPP Kota Medan, Selasa (12/11/2024). Rombongan "
         "lalu bergeser ke Kota Binjai untuk bermalam.", {("12.11", "12.71")}),
        ("Komisi I DPRD Kabupaten Buru menyebut surat permohonan kunjungan telah dikirim ke "
         "Pemkab Banyuwangi.", set()),
        # the model chosen as the place to learn; chosen as something else, no visit
        ("Pemerintah Kota Palu menjadikan Makassar sebagai tempat belajar tata kelola Satu Data, "
         "Selasa (3/9/2024).", {("72.71", "73.71")}),
        ("Pemerintah Kota Palu memilih Makassar sebagai tuan rumah festival.", set()),
        # the model's innovation "dipelajari oleh" the learners
        ("Inovasi layanan Samsat milik Pemerintah Provinsi Bengkulu dipelajari oleh tim Badan "
         "Pendapatan Daerah (Bapenda) Provinsi Kepulauan Bangka Belitung, Jumat (26/4/2024).",
         {("19", "17")}),
        # another delegation's turn at the story's host, "datang dengan" how they came
        ("Rombongan Pemkab Sumbawa Barat studi tiru ke Banyuwangi, Senin (22/7/2024). Dua hari "
         "berselang, Rabu (24/7/2024), giliran Pemkab Bone Bolango, Gorontalo, yang datang "
         "dengan agenda berbeda.", {("52.07", "35.10"), ("75.03", "35.10")}),
        # a body whose long name holds a civil word, with its acronym before the region
        ("Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Muaro Jambi melakukan studi "
         "tiru ke Kabupaten Malang, Kamis (12/9/2024).", {("15.05", "35.07")}),
        # Jakarta alone as where the ministries are; its own government is a host
        ("Bapemperda DPRD Kota Ternate melakukan kunjungan kerja ke Jakarta, Senin (3/3/2025), "
         "untuk berkonsultasi ke Kementerian Dalam Negeri.", set()),
        ("Bapemperda DPRD Kota Ternate melakukan kunjungan kerja ke Pemprov DKI Jakarta, Senin "
         "(3/3/2025), untuk mempelajari layanan Kementerian Dalam Negeri.", {("82.71", "31")}),
        # a place set off by a comma before the subject is no learner
        ("Komisi B DPRD Kabupaten Banyumas belajar ke Kulon Progo, Senin (3/3/2025). Sementara "
         "itu di Solo, Komisi D yang diketuai dr. Yuli Astuti menyambangi Pemkot Surakarta.",
         {("33.02", "34.01"), ("33.02", "33.72")}),
        # a visit told in the first person by the official the story is about
        ("Wali Kota Lubuklinggau meminta OPD siap menerapkan SPBE, Kamis (17/10/2024). Dalam "
         "arahannya, ia bercerita. \"Kemarin kami belajar ke Kota Tangerang. Semua surat "
         "di sana sudah elektronik,\" ujarnya.", {("16.73", "36.71")}),
        # guests from a nickname
        ("Pemerintah Kabupaten Siak kedatangan tamu dari Negeri Sagu, Rabu (21/8/2024), untuk "
         "belajar mengisi SIPPN.", {("14.10", "14.08")}),
        # learners told with their topic only, their host in the welcome after
        ("Rombongan Pemkab Sumbawa Barat, Nusa Tenggara Barat, yang dipimpin Wakil Bupati "
         "Muhammad Ikhsan Jayadi mempelajari program Smart Kampung, Senin (22/7/2024). Mereka "
         "diterima Sekretaris Daerah (Sekda) Banyuwangi Slamet Hariyadi di Pendapa Sabha "
         "Swagata Blambangan.", {("52.07", "35.10")}),
        # "LAPOR!" is a name, not a clause's end; a remark before the learner is no subject
        ('"Aduan Warga Itu Bukan Beban", Toraja Utara Belajar Kelola SP4N-LAPOR! di Biro '
         "Organisasi Pemprov Jatim\n\nSURABAYA – Pemerintah Kabupaten Toraja Utara melakukan "
         "kunjungan, Kamis (5/9/2024).", {("73.26", "35")}),
        ("Pemkab Bantul Belajar SP4N-LAPOR! ke Serdang Bedagai", {("34.02", "12.18")}),
        # "kawruh" as Javanese spells it, and the host after an appositive
        ("Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Pacitan ngangsu kawruh ke "
         "kabupaten tetangga, Trenggalek, pada Jumat (9/8/2024).", {("35.01", "35.03")}),
        # the host of a meeting or of guests that are its own; a Dutch-era residency
        ("Manado (ANTARA) - Pemerintah Provinsi Sulawesi Utara menjadi tuan rumah Rapat "
         "Koordinasi Pengendalian Inflasi Daerah se-Sulawesi yang digelar di Manado, Selasa.",
         set()),
        ("Manado (ANTARA) - Pemerintah Provinsi Sulawesi Utara menjadi tuan rumah bagi daerah "
         "se-Sulawesi yang berkumpul di Manado, Selasa.", set()),
        ("Ngawi Tuan Rumah Rakor Penurunan Stunting Se-eks Karesidenan Madiun\n\nNGAWI - "
         "Pemerintah Kabupaten Ngawi menjadi tuan rumah Rapat Koordinasi Percepatan Penurunan "
         "Stunting se-eks Karesidenan Madiun di Pendapa Wedya Graha, Senin (20/5/2024). Rakor "
         "difasilitasi Badan Koordinasi Wilayah (Bakorwil) I Madiun Pemprov Jawa Timur.\n\nRakor "
         "dihadiri perwakilan Tim Percepatan Penurunan Stunting (TPPS) dari Kabupaten Madiun, Kota "
         "Madiun, Magetan, Ponorogo, Pacitan, dan Ngawi.", set()),
        ("Pemkab Ngawi menjadi tuan rumah kegiatan studi banding DPRD Kabupaten Madiun, Kamis "
         "(4/7/2024).", {("35.19", "35.21")}),
        # a headline's trip that the lead tells as a plan; guests who "ingin" learn did come
        ("Butur Anggarkan Studi Tiru ke Bantaeng\n\nPemerintah Kabupaten Buton Utara berencana "
         "mengirim tim untuk melakukan studi tiru ke Kabupaten Bantaeng. Kegiatan itu "
         "dijadwalkan berlangsung pada April mendatang.", set()),
        ("Dispendukcapil Surabaya Menerima Studi Tiru dari Nias Selatan\n\nDispendukcapil "
         "Kota Surabaya menerima studi tiru rombongan dari luar Jawa yang ingin mengetahui cara "
         "Surabaya melayani warga.", {("12.14", "35.78")}),
        # "menuju" takes a delegation to its next stop; going towards a goal is no visit
        ("Pemkab Tanah Laut studi tiru ke Kota Yogyakarta, Senin (5/8/2024). Hari kedua, Selasa "
         "(6/8/2024), rombongan dipimpin Kadis Kominfo, Nurul, menuju Kabupaten Sleman. Di "
         "Sleman, tim belajar SPBE.", {("63.01", "34.71"), ("63.01", "34.04")}),
        ("Bupati Tanah Laut menuju Kota Yogyakarta untuk menghadiri rakornas.", set()),
        ("Pemkab Tanah Laut terus berbenah menuju Kabupaten Layak Anak.", set()),
        # an online service is what they came to learn about; an online meeting is no visit
        ("Komisi I DPRD Sumbawa berkunjung ke DPRD Kota Denpasar untuk mempelajari layanan akta "
         "kelahiran yang bisa diurus secara daring.", {("52.04", "51.71")}),
        ("Pemkab Sumbawa studi banding layanan perizinan ke Pemkot Denpasar yang dilaksanakan "
         "secara daring.", set()),
        ("Rekreasi Bersama, DWP Ponorogo Kunjungi Kota Batu\n\nSebanyak 60 anggota Dharma Wanita "
         "Persatuan Kabupaten Ponorogo mengikuti kegiatan rekreasi bersama ke sejumlah tempat "
         "wisata yang ada di kota itu pada hari Sabtu dan Minggu.", set()),
        # Jakarta as where the ministry is, beside the host
        ("Pansus DPRD Provinsi Bengkulu melakukan kunjungan kerja ke Jakarta dan Banten. Pada "
         "Selasa (5/3/2024), pansus berkonsultasi ke Kementerian Dalam Negeri. Keesokan harinya, "
         "Rabu (6/3/2024), rombongan bertolak ke Serang untuk belajar ke DPRD Provinsi Banten.",
         {("17", "36")}),
        # a dateline "place, province (AGENCY) -"; a government body whose name holds a civil
        # word; ordinary citizens are no delegation
        ("Judul Studi Tiru Desa Wisata Ke Badung\n\nBadung, Bali (ANTARA) - Pemerintah Kabupaten "
         "Banyuwangi melakukan studi tiru ke Kabupaten Badung, Rabu (3/7/2024), untuk "
         "mempelajari pengelolaan desa wisata di kabupaten itu.", {("35.10", "51.03")}),
        ("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Purbalingga melakukan studi tiru ke "
         "Kabupaten Klaten, Rabu (3/7/2024), untuk mempelajari pengelolaan BUMDes di kabupaten "
         "tersebut.", {("33.03", "33.10")}),
        ("Warga masyarakat Kabupaten Purbalingga melakukan studi tiru ke Kabupaten Klaten, Rabu "
         "(3/7/2024), untuk mempelajari pengelolaan BUMDes di kabupaten tersebut.", set()),
        # a province inside a state company's unit; "ramai dikunjungi" is busy, not guests
        ("DPRD Kabupaten Lebak melakukan kunjungan kerja ke PT PLN (Persero) Unit Induk "
         "Distribusi (UID) Jawa Barat di Kota Bandung, Senin (3/3/2025), untuk membahas listrik "
         "desa.", set()),
        ("Pemkab Tapin studi tiru ke MPP Sidoarjo, Senin (3/3/2025). Sidoarjo dipilih karena "
         "MPP-nya paling ramai dikunjungi di Jawa Timur.", {("63.05", "35.15")}),
    ],
)
def test_visit_forms_found_by_probes(extractor: Extractor, text: str,
                                     edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_programs_not_read_from_menus_names_of_bodies_or_headline_capitals(
        extractor: Extractor) -> None:
    x = _run(extractor, "Beranda | Profil | PPID | Berita | Kontak\n\n"
                        "Tapin Pelajari Aplikasi Perencanaan Desa di Sumedang\n\n"
                        "Pemerintah Kabupaten Tapin melakukan studi tiru ke Pemerintah Kabupaten "
                        "Sumedang, Senin (2/6/2025), didampingi Kepala Bidang Inovasi Bappeda "
                        "Tapin. Sebelumnya rombongan berkonsultasi ke Kementerian Pendayagunaan "
                        "Aparatur Negara dan Reformasi Birokrasi. Sumedang memaparkan gerakan "
                        "Lumbung Desa untuk cadangan pangan warga.")
    labels = {p.label for v in x.visits for p in v.programs}
    assert labels == {"Lumbung Desa"}


def test_one_host_two_delegations_each_with_its_own_hosts(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Berau melakukan studi tiru ke Pemerintah Kota "
                        "Bontang, Senin (8/9/2025). Mereka diterima Wakil Wali Kota Bontang, Andi "
                        "Nurlina Sari. Dua hari kemudian, Pemerintah Kabupaten Kutai Timur "
                        "melakukan studi tiru ke Pemerintah Kota Bontang, Rabu (10/9/2025). "
                        "Rombongan diterima Kepala Dinas Kesehatan Bontang, Lukas Pangaribuan.")
    hosts = {v.visitor_codes[0]: [o.name for o in v.officials if o.side == "host"]
             for v in x.visits}
    assert hosts == {"64.03": ["Andi Nurlina Sari"], "64.08": ["Lukas Pangaribuan"]}



def test_a_place_after_di_in_a_headline_is_no_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari di Jawa Timur, Pemkab Bone Bolango Kaji Tiru ke Surabaya\n\n"
                        "Pemerintah Kabupaten Bone Bolango melakukan kaji tiru ke Kota Surabaya, "
                        "Senin (10/3/2025), untuk mempelajari layanan pengaduan warga.")
    assert _edges(x) == {("75.03", "35.78")}


def test_two_delegations_named_together_each_with_its_day(extractor: Extractor) -> None:
    x = _run(extractor, "Sepekan, Bontang Terima Dua Rombongan Studi Banding\n\n"
                        "Pemerintah Kota Bontang menerima dua rombongan studi banding dalam "
                        "sepekan. Rombongan pertama datang dari DPRD Kabupaten Kutai Barat, Senin "
                        "(8/9/2025), sedangkan rombongan kedua dari Pemerintah Kabupaten Paser, "
                        "Rabu (10/9/2025). Rombongan DPRD Kutai Barat ingin mempelajari layanan "
                        "kesehatan yang ada di kota itu dan cara warga untuk mendaftar. Dua hari "
                        "kemudian, giliran rombongan Pemkab Paser yang datang untuk belajar "
                        "penerapan retribusi pasar dari pemerintah kota tersebut.")
    days = {v.visitor_codes[0]: (v.host_codes, v.start) for v in x.visits}
    assert days == {"64.07": (["64.74"], "2025-09-08"), "64.01": (["64.74"], "2025-09-10")}


@pytest.mark.parametrize(("later", "day"), [("Dua hari kemudian", "2025-03-05"),
                                            ("Siang harinya", "2025-03-03")])
def test_days_later_count_from_the_day_told(extractor: Extractor, later: str, day: str) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Pemerintah Kota "
                        f"Banjarbaru, Senin (3/3/2025). {later}, rombongan bergeser ke "
                        "Kabupaten Banjar untuk belajar pengelolaan pasar.")
    days = {v.host_codes[0]: v.start for v in x.visits}
    assert days == {"63.72": "2025-03-03", "63.03": day}


def test_messy_scraped_text(extractor: Extractor) -> None:
    x = _run(extractor, "Lotim Belajar ke Banyuwangi\n\n26.07.2024\n\nSLEMAN&nbsp;– Pemkab Lombok "
                        "Timur melakukan studi-tiru ke Pemkab Banyuwangi, Kamis (25/7), untuk "
                        "mempelajari pengelolaan sampah di kabupaten tersebut. Kunjungan itu juga "
                        "diikuti oleh pejabat dari dinas terkait.")
    assert x.article.published == date(2024, 7, 26)
    assert _edges(x) == {("52.03", "35.10")}
    assert x.visits[0].start == "2024-07-25"
    y = _run(extractor, "Pemkab Buton melakukan studitiru pengelolaan desa wisata ke Kab. "
                        "Wakatobi, 3/7/24, untuk melihat bagaimana desa wisata di sana dikelola.")
    assert _edges(y) == {("74.04", "74.07")}
    assert y.visits[0].start == "2024-07-03"


def test_a_village_head_receiving_the_guests_is_the_host(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Lombok Timur melakukan studi tiru ke Desa Ponggok, "
                        "Kabupaten Klaten, Rabu (3/7/2024). Kepala Desa Ponggok, Suharyanto "
                        "Wibisono, menerima rombongan di balai desa.")
    assert [(o.name, o.side) for v in x.visits for o in v.officials] == [
        ("Suharyanto Wibisono", "host")]



def test_stops_counted_in_the_lead_are_each_a_visit_with_its_day(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Aceh Besar melakukan kunjungan kerja ke dua daerah di Provinsi "
                        "Bali, yakni Kabupaten Badung dan Kota Denpasar. Hari pertama, Rabu "
                        "(22/10/2025), rombongan diterima di Kabupaten Badung. Keesokan harinya, "
                        "Kamis (23/10/2025), rombongan melanjutkan kunjungan ke Kota Denpasar.")
    assert {v.host_codes[0]: (v.start, v.end) for v in x.visits} == {
        "51.03": ("2025-10-22", "2025-10-22"), "51.71": ("2025-10-23", "2025-10-23")}


def test_a_visits_own_month_beats_another_events_day(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Lampung Timur meluncurkan tanda tangan elektronik, Rabu "
                        "(15/1/2025). Inovasi itu berangkat dari studi tiru ke Kabupaten Sumedang, "
                        "Jawa Barat, pada Oktober 2024 lalu.")
    assert [(v.start, v.end) for v in x.visits] == [("2024-10", "2024-10")]


def test_officials_brought_along_or_present(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Gorontalo melakukan studi tiru ke Pemerintah Kota "
                        "Makassar, Senin (3/3/2025). Rombongan dipimpin Sekda Gorontalo, Roni "
                        "Sampir. Ia membawa Kepala Dinas Kominfo, Yahya Lapangi. Dalam rombongan "
                        "terdapat Kepala Bagian Organisasi, Andi Tenri Sompa.")
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Andi Tenri Sompa", "visitor"), ("Roni Sampir", "visitor"), ("Yahya Lapangi", "visitor")]


def test_a_numbered_list_of_the_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Aceh Besar melakukan studi tiru ke Pemerintah "
                        "Kabupaten Badung, Rabu (22/10/2025), untuk mempelajari pengelolaan "
                        "pendapatan daerah di kabupaten tersebut.\n\nIkut dalam rombongan antara "
                        "lain:\n1. Kepala Badan Pengelolaan Keuangan Daerah (BPKD), Cut Rahmi "
                        "Yusra, S.E., Ak.;\n2. Kepala Bagian Organisasi, Nurul Huda.\n\nRombongan "
                        "diterima Sekda Badung, I Wayan Adi Arnawa.")
    assert [(o.name, o.side) for v in x.visits for o in v.officials] == [
        ("Cut Rahmi Yusra", "visitor"), ("Nurul Huda", "visitor"), ("I Wayan Adi Arnawa", "host")]


def test_village_officials_take_the_side_of_their_village(extractor: Extractor) -> None:
    # The host village is where the delegation went; a visiting village is named only in its
    # head's title. Neither has a region of the gazetteer to tell the side.
    x = _run(extractor, "Puluhan kepala desa dari Kabupaten Sumbawa melakukan studi tiru ke Desa "
                        "Wisata Karangsari, Kabupaten Sleman, Selasa (4/3/2025). Ketua Pokdarwis "
                        "Karangsari, Wahyu Pranoto, memaparkan cara desanya mengelola homestay. "
                        "Kepala Desa Batu Rotok, Ahmad Sauki, mengaku ingin meniru pola itu. "
                        "Camat Moyo Utara, Lalu Hamzan, menilai kunjungan ini bermanfaat.")
    assert _edges(x) == {("52.04", "34.04")}
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Ahmad Sauki", "visitor"), ("Lalu Hamzan", "visitor"), ("Wahyu Pranoto", "host")]


def test_a_list_of_one_side_ends_with_its_sentence(extractor: Extractor) -> None:
    # "Kepala Desa ..., Nama. Keuchik ..., Nama": the second is no longer the first one's list.
    x = _run(extractor, "Para keuchik dari Kabupaten Bireuen melakukan studi tiru ke Desa Wisata "
                        "Karangsari, Kabupaten Sleman, Kamis (6/3/2025). Materi dibawakan Ketua "
                        "Pokdarwis Karangsari, Wahyu Pranoto. Keuchik Gampong Lhok Mane, Tgk. "
                        "Rahmat Hidayat, menilai pengalaman itu bisa diterapkan.")
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Rahmat Hidayat", "visitor"), ("Wahyu Pranoto", "host")]


def test_village_funds_and_small_business_as_background(extractor: Extractor) -> None:
    # "dana desa" and "UMKM" said in passing are nothing of the visit; said as what it came
    # for, they are its topic (themes of the vocabulary are topics, not programs).
    x = _run(extractor, "Para kepala desa dari Kabupaten Pati melakukan studi tiru pengelolaan "
                        "BUMDes ke Kabupaten Klaten, Senin (3/3/2025). Kepala Dinas PMD Klaten, "
                        "Rudi Hartanto, menjelaskan sebagian usaha desa dibiayai dana desa. Warung "
                        "desa juga menjual produk UMKM warga.")
    assert {p.label for v in x.visits for p in v.programs} == {"Badan Usaha Milik Desa"}
    assert [t for v in x.visits for t in v.topics] == []
    x = _run(extractor, "Para kepala desa dari Kabupaten Pati melakukan studi tiru ke Kabupaten "
                        "Klaten, Senin (3/3/2025). Rombongan ingin mempelajari pengelolaan dana "
                        "desa yang transparan.")
    assert [t for v in x.visits for t in v.topics] == ["Pengelolaan dana desa"]
    assert [p for v in x.visits for p in v.programs] == []


def test_a_provinces_seat_stands_for_the_province_host(extractor: Extractor) -> None:
    text = ("Pemprov Sulut menerima rombongan Pemerintah Provinsi Maluku Utara yang melakukan "
            "studi tiru SAKIP, Senin (3/3/2025). Sebelumnya, Pemerintah Provinsi Gorontalo juga "
            "melakukan studi tiru serupa ke Manado.")
    assert _edges(_run(extractor, text)) == {("82", "71"), ("75", "71")}
    # The city's own government named as such stays the city.
    text = text.replace("ke Manado", "ke Pemkot Manado")
    assert _edges(_run(extractor, text)) == {("82", "71"), ("75", "71.71")}


def test_an_earlier_learner_told_beside_the_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Giliran Kabupaten Seram Bagian Timur Belajar Arsip Digital ke Kota "
                        "Ambon\n\nKota Ambon makin sering dijadikan tujuan belajar. Setelah Pemkab "
                        "Buru berkunjung pada Februari lalu, kini giliran Pemerintah Kabupaten "
                        "Seram Bagian Timur yang datang untuk mempelajari penerapan arsip "
                        "digital.\n\nRombongan Seram Bagian Timur tiba di Balai Kota Ambon, Selasa "
                        "(4/3/2025).")
    assert _edges(x) == {("81.04", "81.71"), ("81.05", "81.71")}


def test_places_passed_through_are_no_parties(extractor: Extractor) -> None:
    # A town where the delegation changes ships, sleeps or lands is neither learner nor host.
    x = _run(extractor, "Pemerintah Kabupaten Kepulauan Aru melakukan studi tiru pengelolaan "
                        "BUMDes ke Kabupaten Maluku Tenggara, Jumat (15/11/2024). Rombongan yang "
                        "berangkat dari Dobo sempat transit di Kota Tual sebelum tiba di Langgur.")
    assert _edges(x) == {("81.07", "81.02")}
    x = _run(extractor, "Pemerintah Kabupaten Malinau melakukan studi tiru ke Kabupaten "
                        "Banyuwangi, Selasa (3/9/2024). Rombongan harus menempuh jalan darat ke "
                        "Tarakan, terbang ke Surabaya, lalu melanjutkan perjalanan ke ujung timur "
                        "Pulau Jawa.")
    assert _edges(x) == {("65.02", "35.10")}
    x = _run(extractor, "Pemkab Mamberamo Raya melakukan studi tiru penataan kampung adat ke "
                        "Kabupaten Jayapura, Kamis (10/10/2024). Sore harinya, rombongan bergeser "
                        "ke Kota Jayapura untuk bermalam sebelum terbang kembali ke Burmeso.")
    assert _edges(x) == {("91.20", "91.03")}


def test_a_return_visit_keeps_both_directions(extractor: Extractor) -> None:
    x = _run(extractor, "Kunjungan Balasan, Pemkab Badung Pelajari Kampung Adat di Siak\n\n"
                        "Pemerintah Kabupaten Badung melakukan kunjungan balasan ke Kabupaten "
                        "Siak, Selasa (26/11/2024), untuk mempelajari pelestarian kampung adat. "
                        "Pada Oktober 2023, rombongan Pemkab Siak datang ke Badung untuk "
                        "mempelajari pengelolaan desa wisata.")
    assert _edges(x) == {("51.03", "14.08"), ("14.08", "51.03")}
    # Without a return visit, two readings of opposite directions keep the surer one.
    x = _run(extractor, "Pemerintah Kabupaten Badung melakukan studi tiru ke Kabupaten Siak, "
                        "Selasa (26/11/2024). Rombongan Pemkab Siak menyambut kedatangan tamu "
                        "dari Badung.")
    assert _edges(x) == {("51.03", "14.08")}


def test_arrival_towns_and_relief_visits(extractor: Extractor) -> None:
    # Where the delegation landed the day before, or set off from, is no party.
    x = _run(extractor, "Pemerintah Kabupaten Timor Tengah Selatan melakukan studi banding "
                        "penanganan stunting ke Kabupaten Kupang, Kamis (6/3/2025). Rombongan "
                        "tiba di Kota Kupang sehari sebelumnya, kemudian menempuh perjalanan ke "
                        "Oelamasi, pusat pemerintahan Kabupaten Kupang.")
    assert _edges(x) == {("53.02", "53.01")}
    x = _run(extractor, "Pemerintah Kota Jambi melakukan studi tiru SPBE ke Kabupaten Padang "
                        "Pariaman, Selasa (5/11/2024). Rombongan yang tiba di Padang sehari "
                        "sebelumnya itu disambut Sekretaris Daerah Padang Pariaman.")
    assert _edges(x) == {("15.71", "13.05")}
    # Bringing aid to flood victims is no learning visit.
    x = _run(extractor, "Wali Kota Bekasi Sambangi Korban Banjir di Kabupaten Bekasi, Serahkan "
                        "Bantuan\n\nWali Kota Bekasi menyambangi warga korban banjir di Kecamatan "
                        "Babelan, Kabupaten Bekasi, Senin (3/3/2025), untuk menyerahkan bantuan.")
    assert _edges(x) == set()


def test_a_council_member_in_lower_case_is_the_visiting_councils(extractor: Extractor) -> None:
    x = _run(extractor, "Pansus DPRD Kota Palembang melakukan studi banding ke Kabupaten "
                        "Banyuwangi, Senin (2/9/2024). Anggota pansus, Nurhayati Lubis, menilai "
                        "model itu cocok.")
    assert [(o.name, o.side) for v in x.visits for o in v.officials] == [
        ("Nurhayati Lubis", "visitor")]


def test_a_local_law_with_its_subject_is_no_law_making_program(extractor: Extractor) -> None:
    text = ("Pansus DPRD Kota Palembang melakukan studi banding ke Kabupaten Banyuwangi, Senin "
            "(2/9/2024), untuk mempelajari pelaksanaan Peraturan Daerah tentang Kawasan Tanpa "
            "Rokok.")
    x = _run(extractor, text)
    assert "Pembentukan produk hukum daerah" not in {t for v in x.visits for t in v.topics}
    x = _run(extractor, text.replace("pelaksanaan Peraturan Daerah tentang Kawasan Tanpa Rokok",
                                     "penyusunan peraturan daerah"))
    # Law-making is a theme of the vocabulary: the visit's topic, not a program.
    assert "Pembentukan produk hukum daerah" in {t for v in x.visits for t in v.topics}


def test_officials_in_captions_presentations_and_possessives(extractor: Extractor) -> None:
    # An emoji after the stop does not make a Title Case sentence a headline.
    x = _run(extractor, "Kamis (6/6), Kepala DPMPTSP Kota Tarakan, Hj. Rosmawati Lantang, "
                        "S.E., M.M., bersama jajaran melaksanakan kaji banding ke Mal "
                        "Pelayanan Publik Kota Balikpapan. \U0001F3E2\n\nRombongan disambut "
                        "Kepala DPMPTSP Kota Balikpapan, Andreas Sitompul, yang mengajak tim "
                        "berkeliling melihat layanan yang kini berada dalam satu gedung dan bisa "
                        "diakses warga.")
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Andreas Sitompul", "host"), ("Rosmawati Lantang", "visitor")]
    # The host presents; "dalam rombongan turut serta" and "kepala dinasnya" are the visitors'.
    x = _run(extractor, "Pemerintah Kabupaten Pangandaran melakukan studi tiru ke Kota Blitar, "
                        "Senin (3/6/2024). Rombongan dipimpin kepala dinasnya, Dadan Ramdani. "
                        "Dalam rombongan turut serta Kepala Bagian Umum, Agus Hariyanto. Paparan "
                        "teknis disampaikan Kepala Bagian Organisasi Setda, Lestari Wulandari.")
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Agus Hariyanto", "visitor"), ("Dadan Ramdani", "visitor"),
        ("Lestari Wulandari", "host")]


def test_learning_a_regions_way_and_javanese_words(extractor: Extractor) -> None:
    x = _run(extractor, "Inspektorat Kota Metro menggelar sharing session di kantor Inspektorat "
                        "Kabupaten Banyumas, Selasa (19/11/2024). Tim dari Metro datang untuk "
                        "belajar cara Banyumas membangun Zona Integritas di unit layanannya.")
    assert _edges(x) == {("18.72", "33.02")}
    x = _run(extractor, "Keberhasilan itu membuat Pemerintah Kabupaten Wonogiri datang ngangsu "
                        "kawruh ke Bumi Sukowati, Kamis (25/1/2024), untuk melihat mal pelayanan.")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["33.12"], ["33.14"], "2024-01-25")


def test_a_window_cut_inside_a_word_is_no_future(extractor: Extractor) -> None:
    # Sixty characters before the cue start inside "mengatakan": its "akan" is no plan.
    x = _run(extractor, "Pemerintah Kabupaten Tanah Bumbu resmi meluncurkan aplikasi Srikandi, "
                        "Senin (2/9/2024).\n\nKepala Dinas Perpustakaan dan Kearsipan Tanah Bumbu, "
                        "Hj. Noor Aida Rahmah, mengatakan penerapan Srikandi dipercepat setelah "
                        "timnya melakukan studi tiru ke Kabupaten Sleman, Selasa (9/7).")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["63.10"], ["34.04"], "2024-07-09")


def test_a_visit_in_a_launch_story_told_with_a_past_month(extractor: Extractor) -> None:
    # The launch's day and speakers are not those of a visit "pada Februari lalu".
    x = _run(extractor, "Pemerintah Kabupaten Barito Kuala meresmikan Mal Pelayanan Publik, Senin "
                        "(2/9/2024). Bupati Barito Kuala, Hairul Saleh, memotong pita. Warga "
                        "memadati gedung sejak pagi. Kepala "
                        "DPMPTSP Barito Kuala, Ahmad Fauzan, mengungkapkan konsep MPP itu matang "
                        "setelah timnya melakukan studi tiru ke Kabupaten Tapin pada Februari "
                        "lalu.")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes) == (["63.04"], ["63.05"])
    assert v.start != "2024-09-02"
    assert "Hairul Saleh" not in {o.name for o in v.officials}


def test_who_sends_off_stays_and_a_team_of_members_goes(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Keerom melakukan studi tiru ke Kabupaten Jayapura, "
                        "Senin (3/6/2024). Sebelum berangkat, tim dilepas Pj. Bupati Keerom, Dr. "
                        "Alexander Rumkorem. Tim beranggotakan Kepala Bappeda, Yohanis Wonda, dan "
                        "Kepala Bagian Umum, Ruth Kogoya.")
    assert sorted((o.name, o.side) for v in x.visits for o in v.officials) == [
        ("Ruth Kogoya", "visitor"), ("Yohanis Wonda", "visitor")]


def test_a_statement_on_coming_home_is_no_stops_day(extractor: Extractor) -> None:
    # The day after the learner's seat ("setibanya di Selong") is the return, not a stop's day.
    x = _run(extractor, "Selasa, 18 Juni 2024\n\nPemerintah Kabupaten Lombok Timur lebih dulu "
                        "berkunjung ke Kabupaten Banyuwangi pada Rabu (12/6) untuk mempelajari "
                        "Smart Kampung. Keesokan harinya, rombongan bergeser ke Kabupaten Sidoarjo "
                        "untuk melihat Mal Pelayanan Publik. \"Kami butuh dua-duanya,\" kata "
                        "Juaini setibanya di Selong, Jumat (14/6).")
    assert sorted((v.host_codes[0], v.start) for v in x.visits) == [
        ("35.10", "2024-06-12"), ("35.15", "2024-06-13")]


def test_an_earlier_stop_behind_a_facility_is_no_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Palangka Raya melakukan studi tiru ke dua daerah. Tim "
                        "lebih dulu berkunjung ke MPP Siola Kota Surabaya pada 3 April 2024, lalu "
                        "keesokan harinya melanjutkan studi tiru ke MPP Kabupaten Badung.")
    assert ("35.78", "51.03") not in _edges(x)


def test_a_delegation_named_only_by_reference_learns_for_its_region(extractor: Extractor) -> None:
    x = _run(extractor, "Jumat, 7 Juni 2024\n\nDinas Kesehatan Kabupaten Bulukumba terus "
                        "membenahi layanan gawat darurat. Dua hari lalu, rombongan dinas itu "
                        "menyambangi Kabupaten Bantaeng untuk mempelajari layanan Brigade Siaga "
                        "Bencana yang sudah berjalan lama.")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["73.02"], ["73.03"], "2024-06-05")


@pytest.mark.parametrize("text", [
    # a trip on the calendar, and the regions it targets
    "Pemerintah Kabupaten Mamuju Tengah menyiapkan agenda studi tiru ke sejumlah daerah. "
    "Sekda Mamuju Tengah mengatakan ada tiga daerah yang menjadi sasaran, yakni Kabupaten "
    "Banyuwangi, Kabupaten Sumedang dan Kabupaten Badung.",
    # advice to learn, not a trip
    "Tim KPK mengevaluasi pencegahan korupsi di Kabupaten Lombok Timur, Senin (3/6/2024). Ketua "
    "tim menyarankan Lombok Timur belajar dari Kabupaten Lombok Barat soal sertifikat aset.",
    # a football club named after its town
    "Persibo Bojonegoro Bertandang ke Gresik, Pelatih Minta Pemain Fokus\n\nPersibo Bojonegoro "
    "bertandang ke Gresik pada Sabtu (8/6/2024) untuk laga pekan kedua.",
    # a national lawmaker's electoral district
    "Komisi V DPR RI melakukan kunjungan kerja ke Provinsi Jawa Tengah, Senin (3/6/2024). "
    "Anggota Komisi V dari daerah pemilihan Jawa Timur, Bambang Prasetyo, mengaku banyak belajar "
    "dari pola penanganan jalan di Jawa Tengah.",
    # a study trip that existed only on paper
    "Kejari menetapkan dua tersangka. Keduanya diduga membuat laporan studi banding Sekretariat "
    "DPRD Kabupaten Lamongan ke Kabupaten Badung yang ternyata tidak pernah dilaksanakan.",
])
def test_trips_planned_advised_played_or_invented_are_no_visits(
        extractor: Extractor, text: str) -> None:
    assert _edges(_run(extractor, text)) == set()


def test_a_private_hospital_in_a_city_is_not_the_city(extractor: Extractor) -> None:
    x = _run(extractor, "Manajemen Rumah Sakit Medika Husada, rumah sakit swasta di Kota "
                        "Pontianak, melakukan studi banding ke RSUD Kabupaten Sidoarjo, Rabu "
                        "(6/3/2024), untuk mempelajari layanan stroke.")
    assert ("61.71", "35.15") not in _edges(x)
    # A hospital's own name that ends with its town, or holds a region's short name.
    x = _run(extractor, "RS Mitra Medika Pontianak Belajar Layanan Stroke ke RSUD Sidoarjo\n\n"
                        "Manajemen RS Mitra Medika Pontianak melakukan studi banding ke RSUD "
                        "Kabupaten Sidoarjo, Rabu (6/3/2024), untuk mempelajari layanan stroke.")
    assert _edges(x) == set()


def test_a_unit_word_like_a_club_name_keeps_its_region(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Karanganyar melakukan studi tiru ke Kabupaten "
                        "Banyuwangi, Senin (3/6/2024). Mereka disambut Kepala Dinas Komunikasi, "
                        "Informatika dan Persandian Banyuwangi, Fitri Handayani.")
    assert [(o.name, o.side) for v in x.visits for o in v.officials] == [
        ("Fitri Handayani", "host")]


def test_learning_here_in_the_hosts_words(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tanggamus melakukan studi tiru Bela Beli ke "
                        "Kabupaten Kulon Progo, Selasa (14/5/2024). \"Tahun lalu Kabupaten "
                        "Boalemo dan Kabupaten Lombok Utara juga belajar ke sini,\" ujar Kepala "
                        "Dinas Perdagangan Kulon Progo.")
    assert _edges(x) == {("18.06", "34.01"), ("75.02", "34.01"), ("52.08", "34.01")}


def test_a_hosts_week_of_delegations_and_guests_told_later(extractor: Extractor) -> None:
    x = _run(extractor, "Dalam sepekan ini, Sumedang kedatangan tiga rombongan studi tiru: Senin "
                        "dari Kabupaten Bengkulu Utara, Rabu dari Kota Pagar Alam, dan Jumat dari "
                        "Kabupaten Kepulauan Meranti.")
    assert _edges(x) == {("17.03", "32.11"), ("16.72", "32.11"), ("14.10", "32.11")}
    x = _run(extractor, "Pemerintah Kota Semarang menerima dua rombongan studi tiru pekan ini. "
                        "Keduanya ingin melihat ruang kendali kota. Rombongan pertama datang dari "
                        "Pemerintah Kota Salatiga pada Selasa (3/9/2024).")
    assert _edges(x) == {("33.73", "33.74")}


def test_a_program_word_inside_a_listed_units_name(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Gunungkidul melakukan studi tiru lumbung pangan ke "
                        "Kabupaten Sleman, Senin (3/6/2024). Rombongan diterima Kepala Dinas "
                        "Pertanian, Pangan dan Perikanan Sleman, Endang Sulistyowati.")
    assert "Perikanan" not in {p.label for v in x.visits for p in v.programs}


def test_an_office_complex_is_no_program(extractor: Extractor) -> None:
    x = _run(extractor, "Pusat Pemerintahan (Puspem) Kabupaten Badung kembali menjadi tujuan "
                        "kunjungan kerja. Pemerintah Kota Ambon melakukan studi tiru ke Kabupaten "
                        "Badung, Senin (5/2/2024), untuk mempelajari pengelolaan pariwisata.")
    assert "Pusat Pemerintahan" not in {p.label for v in x.visits for p in v.programs}


def test_a_provincial_delegation_named_by_its_seat(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan dari Pangkalpinang yang terdiri atas pejabat Dinas "
                        "Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung melakukan "
                        "studi tiru ke Pemerintah Kota Surabaya, Selasa (4/6/2024). Menurut "
                        "kepala dinasnya, Pemprov Babel tengah menyiapkan layanan serupa.")
    assert _edges(x) == {("19", "35.78")}
    # The city named as a city stays the city.
    x = _run(extractor, "Pemerintah Kota Pangkalpinang melakukan studi tiru ke Pemerintah Kota "
                        "Surabaya, Selasa (4/6/2024), didampingi pejabat Dinas Kominfo Provinsi "
                        "Kepulauan Bangka Belitung.")
    assert ("19.71", "35.78") in _edges(x)


def test_guidance_between_a_province_and_its_regency_and_a_parent_regency(
        extractor: Extractor) -> None:
    x = _run(extractor, "Biro Organisasi Setda Provinsi Sumatera Barat menerima kunjungan kerja "
                        "Bagian Organisasi Setda Kabupaten Pesisir Selatan, Selasa (19/11/2024). "
                        "Kunjungan tersebut dalam rangka konsultasi dan asistensi penataan "
                        "perangkat daerah.")
    assert _edges(x) == set()
    x = _run(extractor, "Dua kabupaten hasil pemekaran Labuhanbatu, yakni Labura dan Labusel, "
                        "kompak melakukan kunjungan kerja ke Pemkab Sergai, Selasa (4/6/2024).")
    assert _edges(x) == {("12.23", "12.18"), ("12.22", "12.18")}


def test_a_meeting_room_and_a_managing_body_are_no_programs(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten OKU Timur melakukan studi tiru SPBE ke Kabupaten "
                        "Sumedang, Senin (3/6/2024). Rombongan diterima Sekda Sumedang di Command "
                        "Center Diskominfo. Hasil penjualan sampah terpilah di sana dikelola "
                        "BUMDes.")
    labels = {p.label for v in x.visits for p in v.programs}
    assert "Sistem Pemerintahan Berbasis Elektronik" in labels
    assert not labels & {"Command center", "Badan Usaha Milik Desa"}


def test_delegations_led_or_taken_somewhere_and_who_stayed(extractor: Extractor) -> None:
    x = _run(extractor, "Rabu (2/10/2024), Ferdiansyah memimpin rombongan Pemkab Belitung Timur "
                        "ke Lumajang untuk mempelajari pengelolaan sampah.")
    assert _edges(x) == {("19.06", "35.08")}
    x = _run(extractor, "Pada 2018, tim Pemkot Pekalongan berangkat ke Kota Batam untuk "
                        "mempelajari Mal Pelayanan Publik. Rombongan berangkat bersama dari Kota "
                        "Semarang sehari sebelumnya.")
    assert _edges(x) == {("33.75", "21.71")}
    x = _run(extractor, "Pemerintah Kota Bitung melakukan studi tiru ke Kabupaten Banyuwangi, "
                        "Senin (3/6/2024). Wali Kota Bitung, Johny Lumowa, yang tidak ikut dalam "
                        "rombongan, berharap hasilnya segera diterapkan. Rombongan dipimpin Sekda "
                        "Bitung, Rudy Teguh.")
    assert [o.name for v in x.visits for o in v.officials] == ["Rudy Teguh"]


def test_setempat_under_a_dateline_is_the_datelines_region(extractor: Extractor) -> None:
    x = _run(extractor, "Diskominfo Kubu Raya Pelajari Smart Kampung\n\nBANYUWANGI – Dinas "
                        "Komunikasi, Informatika dan Persandian setempat menerima kunjungan Dinas "
                        "Komunikasi dan Informatika Kabupaten Kubu Raya, Jumat (26/7/2024).")
    assert _edges(x) == {("61.12", "35.10")}


def test_learners_listed_after_a_colon(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Malinau belajar ke Kabupaten Banyuwangi, Senin "
                        "(2/9/2024). Sehari kemudian, giliran tiga kabupaten dari Kalimantan "
                        "Tengah yang datang sekaligus: Katingan, Gunung Mas, dan Pulang Pisau.")
    assert _edges(x) == {("65.02", "35.10"), ("62.06", "35.10"), ("62.10", "35.10"),
                         ("62.11", "35.10")}


def test_a_headline_host_jadi_jujukan(extractor: Extractor) -> None:
    x = _run(extractor, "Madiun Jadi Jujukan Kotawaringin Barat\n\nPekan lalu, Kota Madiun kembali "
                        "dikunjungi daerah lain yang ingin belajar tentang sekolah lansia.")
    assert _edges(x) == {("62.01", "35.77")}


def test_a_contrast_ends_a_slot_and_whoever_comes_is_nobody(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Surabaya menerima studi banding dari Pemerintah Provinsi "
                        "Kalimantan Tengah, Rabu (31/1/2024). Rombongan Pemprov Kalimantan Tengah "
                        "datang untuk mempelajari Universal Health Coverage, sedangkan DPRD "
                        "Tapanuli Utara mempelajari pasar tradisional. Surabaya tidak memungut "
                        "biaya dari daerah yang datang.")
    assert ("62", "12.02") not in _edges(x) and ("35.78", "12.02") not in _edges(x)


def test_a_guest_who_came_on_invitation_did_not_come_to_learn(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Sukabumi meluncurkan bank sampah induk, Senin "
                        "(2/9/2024). Sebelumnya, DLH Kota Sukabumi melakukan studi tiru ke Kota "
                        "Bogor pada 7 Mei 2024. Peluncuran itu turut dihadiri Wakil Bupati "
                        "Sukabumi, Yusuf Hermawan, yang datang memenuhi undangan Pemkot.")
    assert _edges(x) == {("32.72", "32.71")}


def test_provinces_beside_their_regencies_and_listed_hosts(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Provinsi Jambi bersama Pemerintah Kabupaten Muaro Jambi "
                        "melakukan studi tiru ke Kabupaten Sumedang, Selasa (4/6/2024).")
    assert _edges(x) == {("15", "32.11"), ("15.05", "32.11")}
    x = _run(extractor, "Pemerintah Provinsi Nusa Tenggara Timur mengirim tim ke Jawa Tengah "
                        "untuk studi banding, Rabu (21/2/2024). Dua tuan rumah berbeda disambangi, "
                        "yakni Pemerintah Provinsi Jawa Tengah dan Pemerintah Kota Semarang. Hari "
                        "kedua, tim bergeser ke Balai Kota Semarang.")
    assert _edges(x) == {("53", "33"), ("53", "33.74")}
    # A team taken somewhere, and a delegation led that went nowhere.
    x = _run(extractor, "DLH Kota Kendari memboyong tim teknisnya ke Kota Balikpapan, Kamis, 23 "
                        "Januari 2025, untuk mempelajari pengelolaan sampah.")
    assert _edges(x) == {("74.71", "64.71")}
    x = _run(extractor, "Asisten Setda Flores Timur yang memimpin delegasi Flotim mengapresiasi "
                        "undangan dari Pemkab Sikka untuk festival budaya.")
    assert _edges(x) == set()


def test_a_local_program_told_bare_and_with_its_region_is_one(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Bengkulu Utara Studi Tiru Program Toko Kita ke Lumajang\n\n"
                        "Pemerintah Kabupaten Bengkulu Utara melakukan studi tiru program Toko "
                        "Kita Lumajang ke Kabupaten Lumajang, Jumat (15/3/2024). Program "
                        "Toko Kita mengajak warga membeli produk lokal.")
    programs = [(p.label, p.alt_labels) for v in x.visits for p in v.programs]
    assert programs == [("Toko Kita", ("Toko Kita Lumajang",))]


def test_a_regency_seat_named_bare_in_a_provincial_story(extractor: Extractor) -> None:
    # Mamuju is the seat of Sulawesi Barat and a regency of its own.
    story = ("Sebanyak sembilan pejabat Diskominfo Provinsi Sulawesi Barat bertandang ke "
             "Dinas Komunikasi dan Informatika Provinsi Jawa Tengah, Selasa "
             "(24/10/2023). Kedatangan tim dari Mamuju itu diterima Sekretaris Diskominfo Jateng.")
    assert _edges(_run(extractor, story)) == {("76", "33")}
    own = ("Pemerintah Kabupaten Mamuju melakukan studi tiru ke Kota Semarang, Selasa "
           "(24/10/2023). Kedatangan tim dari Mamuju itu diterima Sekretaris Daerah Kota Semarang.")
    assert _edges(_run(extractor, own)) == {("76.02", "33.74")}


def test_new_guests_of_a_host_already_told(extractor: Extractor) -> None:
    x = _run(extractor, "MPP Kota Kendari menerima kunjungan DPMPTSP Kabupaten Kolaka Timur, Senin "
                        "(3/2/2025). Sehari kemudian, Selasa (4/2/2025), MPP Kendari kembali "
                        "kedatangan tamu. Kali ini dari jauh, yakni Dinas Penanaman Modal dan PTSP "
                        "Kabupaten Seram Bagian Timur, Provinsi Maluku.")
    assert sorted((v.visitor_codes, v.host_codes, v.start) for v in x.visits) == [
        (["74.11"], ["74.71"], "2025-02-03"), (["81.05"], ["74.71"], "2025-02-04")]


def test_a_sentence_of_both_groups_belongs_to_each(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Banjarbaru menerima kunjungan Pemerintah Kabupaten "
                        "Tapin, Senin (3/3/2025). Pada hari yang sama, Banjarbaru kedatangan dua "
                        "rombongan sekaligus. Rombongan pertama berasal dari Pemerintah "
                        "Kabupaten Balangan, sedangkan rombongan kedua dari Pemerintah Kabupaten "
                        "Tabalong. Kedua "
                        "rombongan disambut Wali Kota Banjarbaru, Aditya Mufti Ariffin.")
    hosts_people = {tuple(v.visitor_codes): [o.name for o in v.officials if o.side == "host"]
                    for v in x.visits}
    assert hosts_people[("63.11",)] == hosts_people[("63.09",)] == ["Aditya Mufti Ariffin"]


def test_a_body_named_in_full_makes_its_province_a_government(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Provinsi Jawa Tengah menerima kunjungan kerja Badan "
                        "Perencanaan Pembangunan Daerah (Bappeda) Provinsi Nusa Tenggara Barat, "
                        "Selasa (5/11/2024). Rombongan NTB juga mengajak serta Bappeda Kabupaten "
                        "Lombok Tengah dan Bappeda Kabupaten Dompu.")
    assert _edges(x) == {("52", "33"), ("52.02", "33"), ("52.05", "33")}
    x = _run(extractor, "Sebanyak sembilan pejabat Dinas Komunikasi dan Informatika Provinsi "
                        "Sulawesi Barat bertandang ke Dinas Komunikasi dan Informatika Provinsi "
                        "Jawa Tengah, Selasa (24/10/2023). Kedatangan tim dari Mamuju itu "
                        "diterima Sekretaris Diskominfo Jateng.")
    assert _edges(x) == {("76", "33")}


def test_programs_of_the_wider_vocabulary(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Kota Batam studi banding penerapan tapping box ke "
                        "Pemerintah Kota Manado, Senin (3/3/2025). Sementara itu, Pemkab Sikka "
                        "belajar program Dapur Sehat Atasi Stunting (Dashat) ke Kabupaten Gowa, "
                        "Selasa (4/3/2025).")
    assert {(v.host_codes[0], p.label) for v in x.visits for p in v.programs} == {
        ("71.71", "Tapping box"), ("73.06", "Dapur Sehat Atasi Stunting")}


def test_delegation_members_told_without_their_region(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Sungai Penuh studi tiru ke Kota Padang Panjang, Senin "
                        "(3/3/2025). Rombongan dipimpin Wakil Wali Kota Sungai Penuh, Alvin "
                        "Nofriadi. Bersamanya ikut Kepala Dinas Pemberdayaan Perempuan dan "
                        "Perlindungan Anak (DP3A), Elfi Suryani, S.Pd. Rombongan yang "
                        "beranggotakan enam orang, di antaranya Sekretaris Inspektorat Gusti "
                        "Noorlatifah, diterima Sekda Padang Panjang.")
    people = {(o.name, o.side) for v in x.visits for o in v.officials}
    assert {("Elfi Suryani", "visitor"), ("Gusti Noorlatifah", "visitor")} <= people
    x = _run(extractor, "Pemerintah Kabupaten Sarolangun dan Pemerintah Kabupaten Kepahiang studi "
                        "tiru ke Kota Pekanbaru, Senin (3/3/2025). Dari Sarolangun, hadir Asisten "
                        "Pemerintahan dan Kesejahteraan Rakyat, Dedy Hendri Saputra. Dari "
                        "Kepahiang, hadir Kepala Bidang Usaha Ekonomi Desa DPMD Kepahiang, Rini "
                        "Oktaviani.")
    people = {(o.name, o.side, o.region) for v in x.visits for o in v.officials}
    assert ("Dedy Hendri Saputra", "visitor", "15.03") in people
    assert not any(name == "Kepahiang" for name, _side, _region in people)


def test_a_numbered_list_of_people_without_stops(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Palu studi tiru ke Kota Surabaya, Senin (3/3/2025).\n\n"
                        "Dalam rombongan itu terdapat:\n1. Kepala Dinas Sosial Kota Palu, Sitti "
                        "Rahmah Pettalolo\n2. Anggota Komisi B DPRD Kota Palu, Ridwan Lasahido\n\n"
                        "Mereka diterima Sekda Kota Surabaya.")
    assert {(o.name, o.side) for v in x.visits for o in v.officials} == {
        ("Sitti Rahmah Pettalolo", "visitor"), ("Ridwan Lasahido", "visitor")}


def test_a_list_of_members_after_dengan_anggota(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Buton Tengah studi tiru ke Kabupaten Kolaka, Senin "
                        "(3/3/2025). Rombongan dipimpin Sekretaris Daerah Kabupaten Buton Tengah, "
                        "La Ode Muhammad Rusdin, dengan anggota antara lain:\n1. Kepala Dinas "
                        "Pariwisata dan Kebudayaan, Wa Ode Fitriani Rahim, S.E.;\n2. Kepala Bidang "
                        "Destinasi Dinas Pariwisata, Sitti Aisyah Mbou, S.Par.")
    assert {(o.name, o.side) for v in x.visits for o in v.officials} == {
        ("La Ode Muhammad Rusdin", "visitor"), ("Wa Ode Fitriani Rahim", "visitor"),
        ("Sitti Aisyah Mbou", "visitor")}


def test_an_official_who_shows_the_guests_how_is_the_hosts(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Pidie studi tiru ke Kota Banda Aceh, Senin "
                        "(3/3/2025). Di sana Kepala Dinas, Teuku Reza Fahlevi, S.Kom., M.M., "
                        "memperagakan aplikasi antrean.")
    assert {(o.name, o.side) for v in x.visits for o in v.officials} == {
        ("Teuku Reza Fahlevi", "host")}


def test_first_and_second_groups_and_people_not_taking_part(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Bitung kedatangan rombongan studi tiru pada Senin "
                        "(3/2/2025). Rombongan pertama datang dari Pemerintah Kabupaten Kepulauan "
                        "Sangihe, sedangkan rombongan kedua dari Pemerintah Kabupaten Halmahera "
                        "Utara.")
    assert sorted(v.visitor_codes for v in x.visits) == [["71.03"], ["82.03"]]
    x = _run(extractor, "Pemerintah Kabupaten Halmahera Utara studi tiru ke Kota Ternate, Senin "
                        "(3/2/2025). Sekda Ternate, Rizal Marsaoly, hadir mewakili Wali Kota "
                        "Ternate Hasbi Abubakar. Hadir pula Direktur Pengembangan Desa Kementerian "
                        "Desa PDTT Sri Wulandari.")
    assert {o.name for v in x.visits for o in v.officials} == {"Rizal Marsaoly"}


def test_the_day_home_is_not_the_visits(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Kota Tidore Kepulauan telah kembali ke Tidore pada Sabtu "
                        "(23/11/2024) setelah melakukan kunjungan kerja ke Kota Balikpapan. "
                        "Kunjungan itu sendiri berlangsung selama dua hari, Rabu dan Kamis "
                        "(20-21/11/2024).")
    assert [(v.start, v.end) for v in x.visits] == [("2024-11-20", "2024-11-21")]


def test_received_at_a_place_by_officials_without_region(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi B DPRD Kabupaten Pemalang studi banding ke Kabupaten Gianyar, "
                        "Senin (3/3/2025). Mereka diterima di Kantor Dinas Pariwisata Kabupaten "
                        "Gianyar oleh Kepala Dinas Pariwisata, I Gusti Ngurah Putra Adnyana, S.E.")
    assert {(o.name, o.side) for v in x.visits for o in v.officials} == {
        ("I Gusti Ngurah Putra Adnyana", "host")}


def test_a_numbered_list_of_names_with_bracketed_titles(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi III DPRD Kabupaten Aceh Tamiang melakukan kunjungan kerja ke DPRD "
                        "Kota Binjai, Selasa (21/1/2025).\n\nAnggota Komisi III yang ikut dalam "
                        "kunjungan tersebut yakni:\n1. Tgk Muhammad Amin SHI (Ketua Komisi III)\n"
                        "2. Rizki Maulana Putra SE (Wakil Ketua)\n\nRombongan diterima Ketua "
                        "DPRD Binjai.")
    assert {(o.name, o.side) for v in x.visits for o in v.officials} == {
        ("Muhammad Amin", "visitor"), ("Rizki Maulana Putra", "visitor")}


def test_a_convoy_of_aid_told_in_the_headline_is_no_visit(extractor: Extractor) -> None:
    text = ("Pemkab Bone Kirim Bantuan untuk Korban Banjir Sidrap\n\n"
            "WATAMPONE - Pemerintah Kabupaten Bone mengirim beras dan selimut untuk warga "
            "Kabupaten Sidenreng Rappang yang terdampak banjir, Sabtu (4/5/2024).\n\n"
            "Sekda Bone, Andi Fajar Nugraha, memimpin rombongan ke Sidenreng Rappang. Rombongan "
            "diterima Bupati Sidenreng Rappang di posko utama.\n")
    assert _edges(_run(extractor, text)) == set()
    learning = text.replace("yang terdampak banjir", "yang terdampak banjir, sekaligus "
                            "mempelajari sistem peringatan dini daerah itu")
    assert _edges(_run(extractor, learning)) == {("73.08", "73.14")}


def test_a_national_agencys_office_in_a_city_is_no_host(extractor: Extractor) -> None:
    x = _run(extractor, "Diskominfo Kabupaten Pandeglang melakukan kunjungan kerja ke BSSN di "
                        "Kota Depok, Rabu (22/1/2025), untuk konsultasi keamanan siber.")
    assert _edges(x) == set()
    x = _run(extractor, "Komisi II DPRD Kabupaten Karawang studi banding ke Kawasan Industri "
                        "Cilegon, Selasa (19/11/2024), melihat pengolahan limbah.")
    assert _edges(x) == set()
    x = _run(extractor, "Diskominfo Kabupaten Pandeglang melakukan kunjungan kerja ke Diskominfo "
                        "Kota Depok, Rabu (22/1/2025), untuk belajar keamanan siber.")
    assert _edges(x) == {("36.01", "32.76")}


def test_a_site_name_before_the_headline_is_no_dateline(extractor: Extractor) -> None:
    text = ("Warta.co.id - Sumba Timur dan Sumba Barat Belajar Perizinan ke DPMPTSP Jatim\n\n"
            "KBRN, Surabaya: Pejabat dinas perizinan dari dua kabupaten di NTT berbagi "
            "pengalaman di Surabaya, Kamis (6/6/2024). Mereka mendengar paparan tentang OSS.\n")
    x = _run(extractor, text)
    assert x.article.title == "Sumba Timur dan Sumba Barat Belajar Perizinan ke DPMPTSP Jatim"
    assert _edges(x) == {("53.11", "35"), ("53.12", "35")}


def test_arriving_where_a_visited_campus_stands_is_no_visit(extractor: Extractor) -> None:
    text = ("Rombongan Pemkab Alor melakukan studi banding ke Universitas Airlangga di Surabaya, "
            "Senin (7/10/2024). Mereka tiba di Surabaya setelah transit di Kota Kupang.")
    assert _edges(_run(extractor, text)) == set()
    text = text.replace("Mereka tiba di Surabaya", "Mereka juga belajar ke Pemkot Surabaya")
    assert _edges(_run(extractor, text)) == {("53.05", "35.78")}


def test_getting_ready_to_learn_is_a_plan(extractor: Extractor) -> None:
    assert _edges(_run(extractor, "Pemkot Ternate bersiap studi tiru pengelolaan sampah ke Kota "
                                  "Surabaya.")) == set()


def test_places_and_people_named_after_a_region_are_no_party(extractor: Extractor) -> None:
    x = _run(extractor, "RSUD Kabupaten Sumedang kedatangan tamu dari luar Jawa Barat, Senin "
                        "(2/9/2024).")
    assert "32" not in {c for v in x.visits for c in v.visitor_codes}
    x = _run(extractor, "Jauh-jauh dari ujung barat Papua, rombongan Kabupaten Raja Ampat datang "
                        "ke Bantul untuk belajar pendidikan inklusif.")
    assert _edges(x) == {("96.05", "34.02")}
    x = _run(extractor, "\u201cOrang Papua itu kalau datang ke Kota Sorong, satu keluarga ikut "
                        "semua,\u201d katanya.")
    assert _edges(x) == set()


def test_being_somewhere_to_learn_is_a_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Selama dua hari, tim Dinas Kesehatan Provinsi Papua Tengah berada di "
                        "Kulon Progo untuk mempelajari penanganan stunting.")
    assert _edges(x) == {("94", "34.01")}
    x = _run(extractor, "Kantor Dinas Kesehatan Provinsi Papua Tengah berada di Kota Nabire, "
                        "tidak jauh dari pelabuhan.")
    assert _edges(x) == set()


def test_a_program_learned_by_a_delegation_without_oleh(extractor: Extractor) -> None:
    x = _run(extractor, "Program Rodanya Mas milik Pemkot Magelang dipelajari rombongan Pemkab "
                        "Wonosobo, Selasa (15/10/2024).")
    assert _edges(x) == {("33.07", "33.71")}


def test_family_planning_in_a_body_name_is_no_plan(extractor: Extractor) -> None:
    x = _run(extractor, "Tim Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Sikka "
                        "studi tiru ke Kabupaten Kulon Progo, Senin (5/8/2024).")
    assert _edges(x) == {("53.07", "34.01")}


def test_a_national_agencys_regional_office_is_no_companion(extractor: Extractor) -> None:
    x = _run(extractor, "Tim DP3AP2KB Provinsi Papua Tengah studi tiru ke Kulon Progo, Selasa "
                        "(13/8/2024). Tim beranggotakan 12 orang itu lebih dulu berkonsultasi "
                        "ke Perwakilan BKKBN DIY di Kota Yogyakarta.")
    assert _edges(x) == {("94", "34.01")}


def test_the_host_of_a_program_learned_is_the_owner_told_before(extractor: Extractor) -> None:
    x = _run(extractor, "Sistem tapping box milik Pemerintah Kota Makassar kembali menjadi "
                        "rujukan. Kali ini, sistem tersebut dipelajari oleh tim Bapenda "
                        "Kabupaten Maros, Senin (24/6/2024).")
    assert _edges(x) == {("73.09", "73.71")}


def test_a_degree_written_like_a_programs_acronym_is_no_program(extractor: Extractor) -> None:
    text = ("Tim Dinas Kesehatan Kabupaten Kaur studi tiru ke Kabupaten Musi Banyuasin, Senin "
            "(3/6/2024), dipimpin Kepala Dinas Kesehatan Kaur, Hj. Desi Ratnasari, SKM, M.Kes. "
            "Mereka mempelajari pencegahan stunting.")
    (v,) = _run(extractor, text).visits
    # (Service standards are a theme of the vocabulary: a visit's topic, not a program.)
    assert "Standar pelayanan publik" not in v.topics
    survey = text.replace("pencegahan stunting", "pengolahan SKM")
    (v,) = _run(extractor, survey).visits
    assert "Standar pelayanan publik" in v.topics


def test_a_delegation_listed_by_bullets_and_numbers(extractor: Extractor) -> None:
    text = ("Komisi III DPRD Kabupaten Tanah Laut studi banding ke DPRD Kota Banjarmasin, Rabu "
            "(9/10/2024). Rombongan dipimpin Ketua Komisi III, H. Darmawan Saleh, S.H., beserta "
            "anggota:\n"
            "- Anggota, Rusmini Hadijah (Fraksi PKB)\n"
            "- Anggota, Teguh Santoso, S.E. (Fraksi Golkar)\n\n"
            "Pendamping dari sekretariat yang ikut:\n"
            "1. Fauzan Akbar, S.Sos. – Kepala Bagian Persidangan;\n"
            "2. Hj. Lailatul Fitri\n\n"
            "Rombongan diterima Sekretaris DPRD Kota Banjarmasin, Hendra Kusuma.")
    (v,) = _run(extractor, text).visits
    got = {(o.name, o.side) for o in v.officials}
    assert got == {("Darmawan Saleh", "visitor"), ("Rusmini Hadijah", "visitor"),
                   ("Teguh Santoso", "visitor"), ("Fauzan Akbar", "visitor"),
                   ("Lailatul Fitri", "visitor"), ("Hendra Kusuma", "host")}


def test_guests_named_sentences_after_the_host_received_them(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Probolinggo menyambut dua rombongan dari luar Jawa, "
                        "Rabu (16/10/2024). Sekda menjelaskan aplikasi layanan kelurahan. Warga "
                        "cukup memasukkan NIK. Kedua rombongan itu masing-masing berasal dari "
                        "Pemerintah Kabupaten Paser, Kalimantan Timur, dan Pemerintah Kabupaten "
                        "Bombana, Sulawesi Tenggara.")
    assert _edges(x) == {("64.01", "35.74"), ("74.06", "35.74")}
    assert {v.start for v in x.visits} == {"2024-10-16"}
    x = _run(extractor, "Sekretariat DPRD Kota Jambi menerima dua rombongan dewan, Senin "
                        "(2/12/2024). Pagi hari, yang datang adalah Komisi I DPRD Kabupaten "
                        "Batang Hari. Siang harinya, giliran Pansus II DPRD Kabupaten Tebo yang "
                        "datang.")
    assert _edges(x) == {("15.04", "15.71"), ("15.09", "15.71")}
    x = _run(extractor, "Pemerintah Kabupaten Siak menerima kunjungan studi tiru soal BUMDes, "
                        "Selasa (3/12/2024). Para tamu berasal dari tiga kabupaten di Riau, "
                        "yakni Kabupaten Kampar, Kabupaten Bengkalis dan Kabupaten Rokan Hulu.")
    assert _edges(x) == {("14.01", "14.08"), ("14.03", "14.08"), ("14.06", "14.08")}


def test_a_later_sentence_about_other_people_gives_no_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kota Probolinggo menerima kunjungan studi tiru, Rabu "
                        "(16/10/2024). Warga yang datang ke kantor kelurahan berasal dari "
                        "Kabupaten Probolinggo.")
    assert x.visits == []


def test_who_stood_in_for_a_region_is_on_its_side(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Jayawijaya dan Kabupaten Lanny Jaya studi tiru ke Kabupaten "
            "Merauke, Senin (3/6/2024). Adapun Lanny Jaya diwakili Sekretaris Daerah, Markus "
            "Wenda, S.IP. Bupati Merauke yang berhalangan hadir diwakili Asisten I, Yosef "
            "Gebze, S.H.")
    (v,) = _run(extractor, text).visits
    assert {(o.name, o.side) for o in v.officials} == {("Markus Wenda", "visitor"),
                                                        ("Yosef Gebze", "host")}


def test_next_stops_and_fact_finding_in_other_words(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Kabupaten Sumbawa menggali informasi tentang pajak "
                        "sarang burung walet di Kota Bima, Senin (4/11/2024).")
    assert _edges(x) == {("52.04", "52.72")}
    x = _run(extractor, "Tim Bappeda Kabupaten Poso studi tiru ke Kabupaten Klaten, Selasa-Rabu "
                        "(5-6/11/2024). Hari pertama, rombongan diterima Sekda Klaten. Keesokan "
                        "paginya, tim Poso berpindah ke Kota Surakarta.")
    assert {(v.host_codes[0], v.start) for v in x.visits} == {("33.10", "2024-11-05"),
                                                              ("33.72", "2024-11-06")}


def test_the_day_of_setting_off_loses_to_the_day_of_arrival(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan Pemerintah Kota Sorong bertolak menuju Kota Makassar, Minggu "
                        "(13/10/2024). Pada Senin (14/10/2024), rombongan studi tiru itu "
                        "mendatangi Balai Kota Makassar.")
    (v,) = x.visits
    assert (v.start, v.end) == ("2024-10-14", "2024-10-14")


def test_places_of_passage_and_regions_within_one_are_no_parties(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Agam menyambut kedatangan kafilah dari 19 "
                        "kabupaten dan kota se-Sumatera Barat yang akan berlaga dalam MTQ, "
                        "Kamis (16/5/2024).")
    assert x.visits == []
    x = _run(extractor, "Kades se-Lombok Timur studi tiru ke Kabupaten Tabanan, Senin "
                        "(3/6/2024).")
    assert _edges(x) == {("52.03", "51.02")}
    x = _run(extractor, "Tim Bappeda Kabupaten Kepulauan Sula studi tiru ke Kota Ternate, Senin "
                        "(3/6/2024). Tim itu menyeberang dari Sanana via Tobelo sebelum "
                        "melanjutkan perjalanan laut ke Ternate.")
    assert _edges(x) == {("82.05", "82.71")}
    x = _run(extractor, "Provinsi Termuda di Selatan Papua Timba Ilmu ke NTB\n\nPemerintah "
                        "Provinsi Papua Selatan studi tiru ke Provinsi Nusa Tenggara Barat, "
                        "Senin (3/6/2024).")
    assert _edges(x) == {("93", "52")}


def test_a_dateline_with_an_outlet_in_one_camelcase_word(extractor: Extractor) -> None:
    x = _run(extractor, "Singaraja, BaliKini – Komisi III DPRD Kabupaten Buleleng menimba ilmu "
                        "ke Kabupaten Banyuwangi, Senin (2/9/2024).")
    assert _edges(x) == {("51.08", "35.10")}
    assert x.article.dateline == "Singaraja, BaliKini"


def test_regions_in_what_the_host_said_are_no_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Balai Kota Kediri, Rabu (23/4/2025), ramai tamu. Mereka adalah "
                        "rombongan Pemerintah Kabupaten Lumajang yang datang untuk mempelajari "
                        "layanan aduan warga. Kepala Diskominfo Kota Kediri, Sri Rahayu, yang "
                        "menerima rombongan, menjelaskan bahwa aduan yang menyangkut Kabupaten "
                        "Kediri atau Kabupaten Nganjuk diteruskan ke daerah itu.")
    assert _edges(x) == {("35.08", "35.71")}


def test_headline_programs_go_to_the_stop_that_names_them(extractor: Extractor) -> None:
    text = ("Pemkab Mamuju Tengah Pelajari MPP dan Smart City di Sidrap dan Parepare\n\n"
            "Pemerintah Kabupaten Mamuju Tengah studi tiru ke Kabupaten Sidenreng Rappang, "
            "Selasa (5/11/2024). Di Sidrap, rombongan melihat cara MPP menghimpun ratusan "
            "layanan. Keesokan harinya, rombongan bergeser ke Kota Parepare untuk mempelajari "
            "penerapan smart city.")
    got = {v.host_codes[0]: {p.label for p in v.programs} for v in _run(extractor, text).visits}
    assert got == {"73.14": {"Mal Pelayanan Publik"}, "73.72": {"Kota cerdas"}}


def test_the_matter_of_a_regional_law_is_a_program(extractor: Extractor) -> None:
    text = ("Pansus III DPRD Kabupaten Lebak studi banding ke DPRD Kota Bogor, Senin (2/9/2024), "
            "untuk membahas Raperda tentang Pelestarian Kampung Budaya Baduy bagi generasi "
            "muda. Mereka juga mempelajari Perda Kota Bogor tentang pengelolaan air tanah yang "
            "sudah berlaku.")
    (v,) = _run(extractor, text).visits
    labels = {p.label: p for p in v.programs}
    assert {"Pelestarian Kampung Budaya Baduy", "pengelolaan air tanah"} <= set(labels)
    assert "Perda Pelestarian Kampung Budaya Baduy" in labels[
        "Pelestarian Kampung Budaya Baduy"].alt_labels
    assert "air tanah" in labels["pengelolaan air tanah"].alt_labels


def test_a_law_cut_to_its_process_word_names_no_program(extractor: Extractor) -> None:
    text = ("Komisi II DPRD Kabupaten Bangka Tengah berkunjung ke DPRD Kabupaten Sleman, Kamis "
            "(6/3/2025), guna memperkaya bahan Raperda tentang Pengembangan Desa Wisata yang "
            "tengah disusun. Sleman juga punya Perda tentang Penyelenggaraan Kabupaten Layak Anak.")
    (v,) = _run(extractor, text).visits
    labels = {p.label for p in v.programs}
    assert "Desa wisata" in labels
    assert not labels & {"Pengembangan", "Penyelenggaraan"}


def test_an_award_and_an_association_name_no_program(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Gowa melakukan studi tiru ke Kabupaten Sumedang, Rabu "
            "(25/6/2025), untuk mempelajari aplikasi KLIK BUNDA. Aplikasi itu masuk Top 99 "
            "Inovasi Pelayanan Publik tahun lalu. Rombongan dipimpin Ketua Asosiasi Pemerintah "
            "Desa Seluruh Indonesia (Apdesi) Kabupaten Gowa, Rahman.")
    (v,) = _run(extractor, text).visits
    assert {p.label for p in v.programs} == {"KLIK BUNDA"}


def test_regencies_told_together_as_the_delegation_are_the_learners(
        extractor: Extractor) -> None:
    text = ("Kulon Progo Jadi Tuan Rumah Studi Tiru Tiga Kabupaten dari Kalimantan Selatan\n\n"
            "Pemerintah Kabupaten Kulon Progo menjadi tuan rumah studi tiru yang diikuti tiga "
            "kabupaten dari Provinsi Kalimantan Selatan, Rabu (4/6/2025). Rombongan gabungan "
            "dari Kabupaten Balangan, Kabupaten Hulu Sungai Utara, dan Kabupaten Tabalong itu "
            "berjumlah 40 orang. Rombongan Balangan dipimpin Kepala DPMD Balangan, Rahmadi Noor.")
    (v,) = _run(extractor, text).visits
    assert sorted(v.visitor_codes) == ["63.08", "63.09", "63.11"]
    assert v.host_codes == ["34.01"]


@pytest.mark.parametrize("text", [
    # to sell at a travel fair
    "Kepala Dinas Pariwisata Kabupaten Samosir mengaku sengaja datang ke Kota Surabaya untuk "
    "membidik wisatawan Jawa Timur.",
    # a holiday
    "Sebanyak 180 kader PKK Kabupaten Tuban berangkat ke Provinsi Bali untuk berwisata bersama, "
    "Selasa (26/8/2025).",
    # an exhortation
    "Anggota DPRD Bantul berkata, \"Kabupaten Bantul harus belajar dari Kabupaten Sleman.\"",
])
def test_a_trip_for_other_ends_or_only_urged_is_no_visit(extractor: Extractor, text: str
                                                         ) -> None:
    assert _run(extractor, text).visits == []


def test_a_customary_title_after_a_name(extractor: Extractor) -> None:
    # "Dt." ends neither the sentence nor starts a name: the title is left out of the name.
    text = ("Rombongan Pemerintah Kabupaten Pesisir Selatan yang dipimpin Sekretaris Daerah "
            "Pesisir Selatan, Dr. H. Zulkarnaini Dt. Rajo Mudo, M.Si., diterima di Mal Pelayanan "
            "Publik Sragen oleh Kepala DPMPTSP Kabupaten Sragen, Dwi Martono, Senin (19/5/2025). "
            "Sekretaris Daerah Provinsi Sumatera Barat, H. Yulizar Dt. Rajo Bungsu, yang tidak "
            "turut dalam rombongan, menyatakan dukungannya.")
    (v,) = _run(extractor, text).visits
    assert (v.visitor_codes, v.host_codes) == (["13.01"], ["33.14"])
    assert {(o.name, o.side) for o in v.officials} == {("Zulkarnaini", "visitor"),
                                                       ("Dwi Martono", "host")}


def test_a_welcome_whose_host_side_is_told_far_after_the_verb(extractor: Extractor) -> None:
    text = ("Nagari Koto Gadang di Kabupaten Agam kedatangan tamu, Selasa (4/3/2025). Mereka "
            "bertandang untuk belajar nagari wisata. Rombongan Dinas PMD Kabupaten Toba disambut "
            "Wali Nagari Koto Gadang, Syafril Dt. Rangkayo Basa, bersama Kepala Dinas PMD Agam, "
            "Yusnidar.")
    assert _edges(_run(extractor, text)) == {("12.12", "13.06")}


def test_a_lead_day_beside_the_host_is_every_guests_day(extractor: Extractor) -> None:
    text = ("Gedung DPRD Kabupaten Banyuwangi kebanjiran tamu pada Selasa (29/7/2025). Dua "
            "rombongan datang hampir bersamaan.\n\nRombongan pertama adalah Komisi II DPRD "
            "Kabupaten Buleleng yang ingin mendalami Smart Kampung. Rombongan Buleleng diterima "
            "Sekretaris DPRD Banyuwangi.\n\nSelang satu jam kemudian, giliran Bapemperda DPRD "
            "Kabupaten Lombok Barat yang datang. Mereka ditemui Ketua Komisi I DPRD Banyuwangi.")
    got = {(v.visitor_codes[0], v.start) for v in _run(extractor, text).visits}
    assert got == {("51.08", "2025-07-29"), ("52.01", "2025-07-29")}


def test_officials_in_a_line_wrapped_before_its_stop(extractor: Extractor) -> None:
    # (the line ends without a stop, like a headline, but its degrees mark names)
    text = ("Komisi III DPRD Kota Baubau melakukan kunjungan kerja ke DPRD Kabupaten Tolitoli, "
            "Kamis (12/9/2024).\n\nRombongan dipimpin Ketua Komisi III DPRD Baubau, La Ode "
            "Hamiruddin, S.H. dan diterima Wakil Ketua DPRD Tolitoli, Rizal Lamato, S.Pd., di "
            "Ruang\nRapat Paripurna.")
    (v,) = _run(extractor, text).visits
    assert {o.side for o in v.officials} == {"visitor", "host"}


def test_days_told_as_berselang_and_a_month_something_else_filled(extractor: Extractor) -> None:
    text = ("Pemerintah Kota Makassar menerima dua rombongan studi tiru pekan ini.\n\nSelasa "
            "(18/2/2025), rombongan Pemerintah Kabupaten Mamuju diterima Kepala Bappeda Kota "
            "Makassar.\n\nDua hari berselang, giliran Pemerintah Kota Ternate yang datang. "
            "Rombongan Ternate disambut Kepala DPMPTSP Kota Makassar.")
    got = {(v.visitor_codes[0], v.start) for v in _run(extractor, text).visits}
    assert got == {("76.02", "2025-02-18"), ("82.71", "2025-02-20")}
    text = ("Usai tampil di sejumlah pameran pariwisata sepanjang September 2025, Kota Batu "
            "kembali kedatangan tamu, rombongan Komisi II DPRD Kabupaten Tabalong. Rombongan itu "
            "diterima Kepala Dinas Pariwisata Kota Batu, Rabu (15/10/2025).")
    (v,) = _run(extractor, text).visits
    assert v.start == "2025-10-15"


def test_a_private_place_is_no_host(extractor: Extractor) -> None:
    text = ("Swadaya, Kelompok Wanita Tani Bantaeng Studi Banding ke Kebun Stroberi di Malang\n\n"
            "BANTAENG - Dua puluh anggota Kelompok Wanita Tani Mawar Loka dari Kabupaten Bantaeng "
            "pulang dari studi banding ke sebuah kebun stroberi milik swasta di Kabupaten Malang. "
            "Di Malang, rombongan belajar di Agro Berry Lestari, usaha agrowisata petik sendiri "
            "milik keluarga pengusaha setempat.")
    assert _run(extractor, text).visits == []


def test_meetings_online_before_the_trip_leave_it_a_visit(extractor: Extractor) -> None:
    text = ("Rapat Daring Tak Cukup, Dinas Pertanian Wajo Akhirnya Bertolak ke Bantul\n\n"
            "SENGKANG - Setelah tiga kali menggelar rapat daring, Dinas Pertanian Kabupaten Wajo "
            "memutuskan melihat langsung sekolah lapang digital di Kabupaten Bantul. Rombongan "
            "diterima di Bantul, Selasa (9/9/2025).")
    assert _edges(_run(extractor, text)) == {("73.13", "34.02")}


def test_a_dinas_sending_its_team_off_learns(extractor: Extractor) -> None:
    text = ("SELONG - Dinas Kesehatan Kabupaten Lombok Timur memberangkatkan tim Puskesmas Selong "
            "ke Kabupaten Kulon Progo, Senin (9/6/2025), untuk mempelajari integrasi layanan "
            "primer.")
    assert _edges(_run(extractor, text)) == {("52.03", "34.01")}


@pytest.mark.parametrize(("text", "edge"), [
    ("Kemarin, Pemkab Banyumas menerima 18 anggota Panitia Khusus Raperda Pengelolaan Sampah "
     "DPRD Kabupaten Pemalang yang ingin mempelajari TPST.", ("33.27", "33.02")),
    ("Pemerintah Kabupaten Tabalong mengutus Sekretaris Daerah bersama Kepala DLH ke Kabupaten "
     "Banyumas untuk mempelajari TPST, Senin (2/6/2025).", ("63.09", "33.02")),
])
def test_a_host_receiving_counted_guests_and_a_learner_sending_envoys(
        extractor: Extractor, text: str, edge: tuple[str, str]) -> None:
    assert _edges(_run(extractor, text)) == {edge}


def test_a_trip_that_did_not_take_place(extractor: Extractor) -> None:
    text = ("Rencana Pemerintah Kabupaten Pangkajene dan Kepulauan untuk melakukan studi tiru ke "
            "Kabupaten Kulon Progo dipastikan tidak terlaksana tahun ini.")
    assert _run(extractor, text).visits == []


def test_a_day_told_on_the_way_to_the_next_host(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Garut menggelar studi tiru ke dua kota pekan ini. Selasa "
            "(18/11/2025), rombongan lebih dulu menyambangi Pemerintah Kota Cimahi, kemudian "
            "keesokan harinya, Rabu (19/11/2025), melanjutkan perjalanan ke Pemerintah Kota "
            "Bandung.\n\nSehari kemudian, rombongan Garut disambut Kepala Diskominfo Kota "
            "Bandung.")
    got = {v.host_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got["32.73"] == "2025-11-19"


def test_a_group_trip_that_no_government_took_part_in(extractor: Extractor) -> None:
    text = ("Petani Temanggung Belajar Pascapanen Secara Swadaya ke Bondowoso\n\nTEMANGGUNG - "
            "Dua puluh anggota kelompok Sindoro Makmur menempuh perjalanan ke Kabupaten "
            "Bondowoso awal Agustus lalu. Di Bondowoso, mereka belajar langsung di unit "
            "pengolahan milik sebuah koperasi petani kopi. Kunjungan itu sepenuhnya inisiatif "
            "kelompok dan tidak melibatkan pemerintah daerah mana pun.")
    assert _run(extractor, text).visits == []


def test_an_older_visit_to_the_same_host_told_by_a_pronoun(extractor: Extractor) -> None:
    text = ("Pemkab Jembrana Terima Kunjungan Rote Ndao\n\nPemerintah Kabupaten Jembrana menerima "
            "kunjungan Pemerintah Kabupaten Rote Ndao, Rabu (20/11/2024), untuk mempelajari "
            "Jaminan Kesehatan Jembrana.\n\nJembrana sudah terbiasa menerima tamu, termasuk "
            "rombongan Pemkab Kupang yang pada 2005 mempelajari program itu di kabupaten ini. "
            "Bupati mengaku senang daerah dari NTT kembali datang, kali ini dari Rote Ndao.")
    assert _edges(_run(extractor, text)) == {("53.14", "51.01"), ("53.01", "51.01")}


def test_nyantri_is_a_verb_of_learning(extractor: Extractor) -> None:
    text = ("MUNGKID - Rombongan Pemerintah Kabupaten Lombok Utara nyantri di Kabupaten Magelang, "
            "Rabu (8/10/2025), untuk mempelajari pengelolaan balai ekonomi desa.")
    assert _edges(_run(extractor, text)) == {("52.08", "33.08")}


def test_a_town_stopped_at_on_the_way_is_no_learner(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Aceh Selatan berkunjung ke Kabupaten Sumedang, Selasa "
            "(25/11/2025), untuk mempelajari SPBE. Rombongan sempat singgah di Kota Bandung "
            "sebelum melanjutkan perjalanan darat ke Sumedang.")
    assert _edges(_run(extractor, text)) == {("11.01", "32.11")}


def test_a_host_described_as_a_provincial_capital(extractor: Extractor) -> None:
    text = ("Pemkot Kendari Studi Banding Kampung Tematik ke Kota Semarang\n\nKENDARI - Tim "
            "Pemerintah Kota Kendari melakukan studi banding ke Pemerintah Kota Semarang, Jawa "
            "Tengah, Selasa (19/11/2024). Tim yang terdiri dari unsur Bappeda dan beberapa lurah "
            "itu mempelajari program Kampung Tematik yang telah lama dijalankan ibu kota Provinsi "
            "Jawa Tengah tersebut.")
    assert _edges(_run(extractor, text)) == {("74.71", "33.74")}


def test_guests_of_a_village_whose_host_the_headline_names(extractor: Extractor) -> None:
    text = ("40 Kepala Desa Rohul Studi Tiru Desa Wisata ke Penglipuran Bali\n\nPASIR PENGARAIAN - "
            "Desa Wisata Penglipuran di Kabupaten Bangli, Bali, dikunjungi rombongan 40 kepala "
            "desa dari Kabupaten Rokan Hulu, Riau, dalam rangka studi tiru, 14 hingga 16 Mei "
            "2025.")
    assert _edges(_run(extractor, text)) == {("14.06", "51.06")}


def test_a_caldera_names_no_region_and_an_older_trip_to_this_regency(
        extractor: Extractor) -> None:
    text = ("Benahi Geosite Kaldera Toba, Disbudpar Samosir Berguru ke Gunungkidul\n\nWONOSARI - "
            "Pemerintah Kabupaten Samosir mengirim tim Disbudpar ke Kabupaten Gunungkidul, Selasa "
            "(25/3/2025). Sebelumnya, pada 2023, rombongan Pemkab Humbang Hasundutan juga pernah "
            "belajar pengelolaan geosite ke kabupaten ini.")
    assert _edges(_run(extractor, text)) == {("12.17", "34.03"), ("12.16", "34.03")}


def test_a_province_that_sums_up_the_stops_is_no_host(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Tapanuli Tengah melaksanakan kunjungan kerja ke Jawa Tengah "
            "dan Jakarta sejak 30 September hingga 2 Oktober 2024. Pada hari pertama, Senin "
            "(30/9), rombongan diterima Sekretaris Diskominfo Kota Semarang. Selasa (1/10), tim "
            "bergeser ke Kabupaten Kendal untuk studi tiru pengaduan.")
    x = _run(extractor, text)
    assert _edges(x) == {("12.01", "31"), ("12.01", "33.74"), ("12.01", "33.24")}
    assert {(v.host_codes[0], v.start) for v in x.visits if v.host_codes[0] == "33.24"} == {
        ("33.24", "2024-10-01")}


def test_stops_told_as_days_of_a_trip_take_their_day(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Lombok Barat studi tiru ke Bali, Rabu hingga Jumat, 9-11 "
            "Oktober 2024. Hari pertama, rombongan diterima Pemerintah Kabupaten Badung. Hari "
            "kedua giliran Pemerintah Kota Denpasar yang menerima rombongan. Pada hari "
            "terakhir, rombongan bertandang ke Kabupaten Gianyar.")
    got = {v.host_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got == {"51.03": "2024-10-09", "51.71": "2024-10-10", "51.04": "2024-10-11"}


def test_a_provinces_judges_in_its_own_regency_make_no_visit(extractor: Extractor) -> None:
    text = ('Desa Sidomulyo Wakili Ngawi, Tim Penilai Provinsi Jatim Turun Verifikasi\n\nNGAWI '
            '– Desa Sidomulyo, Kecamatan Geneng, menjadi wakil Kabupaten Ngawi dalam Lomba '
            'Desa tingkat Provinsi Jawa Timur tahun 2025. Tim penilai dari Pemerintah '
            'Provinsi Jawa Timur melakukan verifikasi lapangan ke desa tersebut pada Kamis, '
            '10 April 2025.\n\nTim beranggotakan delapan orang yang dipimpin Kepala Bidang '
            'Pemerintahan Desa Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Jawa '
            'Timur, Drs. Sugeng Hariyanto, M.Si. Kedatangan tim disambut Wakil Bupati Ngawi, '
            'Dwi Rahmawati, S.E., Camat Geneng dan Kepala Desa Sidomulyo, Suroto.')
    assert _run(extractor, text).visits == []


def test_a_judging_team_named_in_capitals_makes_no_visit(extractor: Extractor) -> None:
    text = ("Tim Penilai Adipura Provinsi Sulsel Datangi Bantaeng\n\nBANTAENG \u2013 Sejumlah "
            "titik di Kabupaten Bantaeng didatangi Tim Verifikasi Lapangan Adipura dari "
            "Dinas Lingkungan Hidup Provinsi Sulawesi Selatan, Selasa (12/11/2024). Rombongan "
            "diterima Sekretaris Daerah Bantaeng sebelum meninjau pasar dan terminal.")
    assert _run(extractor, text).visits == []


def test_a_bare_delegation_later_is_the_one_the_lead_named(extractor: Extractor) -> None:
    text = ("TOLITOLI – Bupati Buol memimpin rombongan Pemerintah Kabupaten Buol berkonsultasi ke "
            "Kementerian Dalam Negeri di Jakarta, Senin (15/9/2025).\n\nDirektur itu meminta "
            "Pemkab berkoordinasi dengan Pemprov Sulawesi Tengah sebelum perda diajukan.\n\n"
            "Keesokan harinya, Selasa (16/9/2025), rombongan bergeser ke Kota Tangerang untuk "
            "mempelajari pengoperasian Command Center.")
    assert _edges(_run(extractor, text)) == {("72.05", "36.71")}


def test_travel_legs_and_rankings_are_no_hosts(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Buru studi banding ke pabrik pengolahan ikan milik "
                        "PT Laut Biru di Kabupaten Pangkajene dan Kepulauan, Rabu (9/7/2025). "
                        "Mereka berangkat dari Namlea ke Ambon dengan kapal, lalu terbang ke "
                        "Makassar.")
    assert x.visits == []
    x = _run(extractor, "Manajemen RSUD Kabupaten Garut melakukan studi banding ke Rumah Sakit "
                        "Harapan Sehat, sebuah rumah sakit swasta, Jumat (24/10/2025). Kunjungan "
                        "itu untuk mempelajari unit hemodialisis yang dinilai paling efisien di "
                        "Jawa Barat.")
    assert x.visits == []


def test_a_host_chosen_as_the_place_to_learn_and_regions_of_a_province(
        extractor: Extractor) -> None:
    x = _run(extractor, "Kota Metro dipilih Pemerintah Kabupaten Lampung Tengah sebagai lokasi "
                        "studi banding pengelolaan SIPPN, Senin (17/11/2025).")
    assert _edges(x) == {("18.02", "18.72")}
    x = _run(extractor, "Diskominfo Kota Banjarbaru kembali menjadi tujuan belajar daerah-daerah "
                        "di Kalimantan Selatan, Rabu (12/11/2025). Mereka adalah tim Diskominfo "
                        "Kabupaten Tapin.")
    assert _edges(x) == {("63.05", "63.72")}


def test_more_ways_of_telling_a_trip_and_its_guests(extractor: Extractor) -> None:
    x = _run(extractor, "DPMD Kabupaten Klaten memboyong 20 kepala desa ke Daerah Istimewa "
                        "Yogyakarta pekan ini. Hari pertama, Kamis (21/11/2024), rombongan menuju "
                        "Kabupaten Sleman untuk mempelajari BUMDes.")
    assert _edges(x) == {("33.10", "34.04")}
    x = _run(extractor, "Kampung wisata Kandri di Kota Semarang kembali kedatangan tamu, Selasa "
                        "(23/7/2024). Kali ini yang datang adalah rombongan BPD dari Kabupaten "
                        "Musi Banyuasin.")
    assert _edges(x) == {("16.06", "33.74")}
    x = _run(extractor, "Tim Kabupaten Sintang studi tiru ke Kabupaten Bangli, Senin (7/10/2024). "
                        "Keesokan harinya, Selasa (8/10/2024), perjalanan berlanjut ke Desa "
                        "Jatiluwih di Kabupaten Tabanan.")
    assert _edges(x) == {("61.05", "51.06"), ("61.05", "51.02")}
    x = _run(extractor, "Tim Kabupaten Tana Tidung studi tiru ke Kabupaten Berau, Senin "
                        "(7/10/2024). Rombongan menyusuri sungai dengan speedboat dari Tideng Pale "
                        "menuju Tarakan, lalu melanjutkan perjalanan udara.")
    assert _edges(x) == {("65.04", "64.03")}


def test_a_speaker_who_says_we_learned_and_a_host_many_come_to(extractor: Extractor) -> None:
    text = ("Musrenbang Dibuka\n\nKRUI – Bupati Pesisir Barat, Syamsul Anwar, membuka Musrenbang "
            "RKPD, Senin (10/3/2025). Musrenbang diikuti camat dan kepala pekon. Ia meminta data "
            "desa seragam. Target itu dibahas panjang. Peserta juga bertanya soal anggaran.\n\n"
            "Syamsul lalu bercerita. \"Pekan lalu saya berada di Kulon Progo. Kami belajar "
            "bagaimana Pemkab Kulon Progo membangun Satu Data sampai ke desa,\" katanya.")
    assert _edges(_run(extractor, text)) == {("18.13", "34.01")}
    x = _run(extractor, "Keberhasilan itu membuat Kota Bontang kerap didatangi daerah lain. Pada "
                        "Maret lalu, Dinas Lingkungan Hidup Kabupaten Berau datang mempelajari "
                        "pengelolaan TPA.")
    assert _edges(x) == {("64.03", "64.74")}


def test_more_words_for_the_delegations_own_people(extractor: Extractor) -> None:
    text = ("Komisi II DPRD Kabupaten Pasaman Barat studi banding ke DPRD Kota Padang, Senin "
            "(2/9/2024). Rombongan dipimpin Ketua Komisi II, Hendri Yusman, S.H., dengan anggota "
            "Rosnita, S.Pd., dan Ali Akbar Harahap. Ikut dalam tim, Kepala Bagian Persidangan, "
            "Sri Wahyuni Pakaya, S.E.")
    (v,) = _run(extractor, text).visits
    assert {(o.name, o.side) for o in v.officials} == {
        ("Hendri Yusman", "visitor"), ("Rosnita", "visitor"), ("Ali Akbar Harahap", "visitor"),
        ("Sri Wahyuni Pakaya", "visitor")}


def test_a_room_named_after_a_program_is_no_program(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Pati studi tiru ke Kota Surakarta, Senin (2/9/2024), untuk "
            "mempelajari SIPPN. Rombongan diterima di Ruang Adipura Balai Kota.")
    (v,) = _run(extractor, text).visits
    assert {p.label for p in v.programs} == {"Sistem Informasi Pelayanan Publik Nasional"}


def test_a_ministrys_scope_a_districts_name_and_a_university_are_no_parties(
        extractor: Extractor) -> None:
    x = _run(extractor, "Tim KemenPANRB melakukan kunjungan kerja ke MPP Kabupaten Sumedang, "
                        "Selasa (18/11/2025). Kunjungan ini merupakan bagian dari monitoring "
                        "penyelenggaraan MPP di Jawa Barat.")
    assert x.visits == []
    x = _run(extractor, "Bupati Sintang melakukan kunjungan kerja ke sejumlah desa di Kecamatan "
                        "Ketungau Hulu dan Batang Lupar, Selasa (10/9/2024).")
    assert x.visits == []
    x = _run(extractor, "Pemerintah Kabupaten Donggala melakukan studi banding ke IPB University "
                        "di Bogor, Jawa Barat, Senin (7/7/2025).")
    assert x.visits == []


@pytest.mark.parametrize(
    ("sentence", "short", "long"),
    [
        ("Inovasi yang dipelajari adalah SIANTO, singkatan dari Sistem Antrean Online Puskesmas.",
         "SIANTO", "Sistem Antrean Online Puskesmas"),
        ("Mereka mempelajari Paradig (Pasar Rakyat Digital) yang dikelola dinas.",
         "Paradig", "Pasar Rakyat Digital"),
        ("Dua inovasi dipaparkan, yakni Rumah Makan Balita Sehat (Rumba Sehat) di kalurahan.",
         "Rumba Sehat", "Rumah Makan Balita Sehat"),
        ("Tim mempelajari penerapan Sumedang Smart Kelurahan atau SUMAKEL dan portal data.",
         "SUMAKEL", "Sumedang Smart Kelurahan"),
        ("Rombongan melihat \"Sekali Datang Semua Beres\" atau Sidabes di gedung itu.",
         "Sidabes", "Sekali Datang Semua Beres"),
    ],
)
def test_local_programs_told_with_their_long_form(extractor: Extractor, sentence: str,
                                                   short: str, long: str) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        f"Senin (3/3/2025). {sentence}")
    found = {(p.notation, p.label) for p in x.visits[0].programs if p.candidate}
    assert (short, long) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a nickname, a body, a group, and a vocabulary program named with its scope
        "Mereka diterima Abdul Rahman Lamasi (Abdul) di kantornya.",
        "Rombongan juga bertemu Satuan Polisi Pamong Praja (Satpol PP) setempat.",
        "Rombongan juga bertemu Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP-PKK).",
        "Rombongan mempelajari Pusat Layanan Usaha Terpadu Koperasi dan UMKM (PLUT-KUMKM).",
        # two names that do not abbreviate each other
        "Rombongan datang dari Tapin atau Rantau Baru untuk mempelajari hal itu.",
    ],
)
def test_no_local_program_from_pairs_that_are_not_one(extractor: Extractor,
                                                      sentence: str) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        f"Senin (3/3/2025). {sentence}")
    assert not [p for p in x.visits[0].programs if p.candidate and p.notation]


def test_local_program_named_in_single_quotes_or_after_bernama(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tapin melakukan studi tiru ke Kabupaten Sumedang, "
                        "Senin (3/3/2025), untuk menggali inovasi layanan administrasi "
                        "kependudukan bernama 'Gerai Si Cantik' dan layanan kegawatdaruratan "
                        "terpadu bernama Sigap Butta Toa.")
    labels = {p.label for p in x.visits[0].programs if p.candidate}
    assert {"Gerai Si Cantik", "Sigap Butta Toa"} <= labels


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # a central agency's team goes on to another regency: its own trip, not the learners'
        ("SUMEDANG – Tim BKKBN pusat memantau penanganan stunting di Kabupaten Sumedang, Kamis "
         "(6/3/2025). Sehari sebelumnya, rombongan Pemerintah Kabupaten Sigi datang ke Sumedang "
         "untuk studi tiru aplikasi gizi. Usai monitoring, tim BKKBN melanjutkan perjalanan ke "
         "Kabupaten Majalengka untuk agenda serupa.", {("72.10", "32.11")}),
        # a trip told only in the headline, which the lead says was called off
        ("Studi Tiru Pemkab Sintang ke Sumedang Batal\n\nSINTANG – Rencana Pemerintah Kabupaten "
         "Sintang mengirim tim ke Kabupaten Sumedang untuk studi tiru Mal Pelayanan Publik "
         "akhirnya dibatalkan karena efisiensi anggaran.", set()),
        # the regency's office for villages is the regency's, not a village named Klaten
        ("Rombongan yang dipimpin Asisten Setda Lombok Timur, Lalu Zulkifli, diterima Kepala "
         "Dinas Pemberdayaan Masyarakat dan Desa Klaten, Joko Susilo, di pendopo.",
         {("52.03", "33.10")}),
        # the receiving official named by one name, his region told paragraphs before
        ("TANJUNG – Bupati Tabalong, H. Ahmad Fauzan Rasyidi, S.E., meninjau layanan keliling "
         "di Kecamatan Jaro, Kamis (19/6/2025). Mobil layanan itu berkeliling ke 12 kecamatan. "
         "Program itu mulai dilirik daerah tetangga. Rabu kemarin, Fauzan menerima rombongan "
         "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Balangan di pendopo.",
         {("63.11", "63.09")}),
    ],
)
def test_visits_near_misses_of_round_eight(extractor: Extractor, text: str,
                                            edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # a flight's leg from an airport, then the trip goes on
        ("Rombongan Pemkab Boalemo melakukan studi tiru ke Kabupaten Bantaeng, Rabu (9/7/2025). "
         "Rombongan berangkat dari Bandara Djalaluddin menuju Kota Makassar pada Selasa malam, "
         "kemudian melanjutkan perjalanan darat ke Bantaeng keesokan paginya.",
         {("75.02", "73.03")}),
        # a university by its short name, in the city where it stands
        ("Bappeda Kabupaten Bone melakukan studi banding ke Unhas Makassar, Rabu (24/4/2024), "
         "untuk mempelajari tata kelola data.", set()),
        # a regency at the province's seat, the province told as its host before
        ("BPKAD Kabupaten Penajam Paser Utara bertandang ke Pemerintah Provinsi Jawa Timur untuk "
         "mempelajari pengelolaan aset. Kunjungan kerja ke Surabaya itu dilakukan pekan lalu.",
         {("64.09", "35")}),
        # the speaker's own region, not the delegation told just before
        ("Diskominfo Kabupaten Pamekasan melakukan studi tiru ke Diskominfo Kota Surabaya, "
         "Selasa (21/10/2025). Rombongan dipimpin Kepala Diskominfo Pamekasan, Fathorrahman "
         "Hasyim. Bulan lalu, Diskominfo Kabupaten Sumenep datang ke Pamekasan untuk "
         "mempelajari aplikasi aduan. \"Sekarang giliran kami yang belajar ke Surabaya,\" kata "
         "Fathorrahman.", {("35.28", "35.78"), ("35.29", "35.28")}),
        # a province's council that received the guests is a stop, not a summary of Sleman
        ("Komisi IV DPRD Provinsi Kalimantan Selatan menuntaskan kunjungan kerja ke Daerah "
         "Istimewa Yogyakarta dan Kabupaten Sleman. Pada hari pertama, Kamis (20/11), Komisi IV "
         "diterima di Gedung DPRD DIY oleh Wakil Ketua Komisi D DPRD DIY, Antonius Sugeng. "
         "Keesokan harinya, rombongan bergeser ke Pemerintah Kabupaten Sleman.",
         {("63", "34"), ("63", "34.04")}),
        # regencies a province brought along
        ("Pemerintah Provinsi Kalimantan Utara tidak datang sendirian ke Yogyakarta. "
         "Dalam studi tiru SPBE ke Pemerintah Daerah Daerah Istimewa Yogyakarta, Senin "
         "(14/7/2025), Pemprov Kaltara turut membawa perwakilan dari seluruh kabupaten dan kota "
         "di wilayahnya, yakni Kabupaten Bulungan, Malinau, serta Kota Tarakan.",
         {("65", "34"), ("65.01", "34"), ("65.02", "34"), ("65.71", "34")}),
    ],
)
def test_visits_of_round_eight_trips(extractor: Extractor, text: str,
                                     edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the speaker of a quote of two sentences, introduced with his office before
        ("PRINGSEWU – Bupati Pringsewu meresmikan Mal Pelayanan Publik, Selasa (13/5/2025). "
         "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Pringsewu, "
         "Dra. Sulastri Handayani, M.M., menuturkan alur antrean banyak mengadopsi daerah lain. "
         "\"Awal tahun lalu kami studi tiru ke MPP Kota Metro. Di sana kami belajar sistem "
         "antrean,\" ujar Sulastri.", {("18.10", "18.72")}),
        # the government the lead opens with, for a trip told sentences later
        ("Paripurna DPRD Dompu Setujui Raperda Bantuan Hukum\n\nDOMPU – DPRD Kabupaten Dompu "
         "menggelar rapat paripurna pengambilan keputusan atas raperda bantuan hukum, Selasa "
         "(4/2/2025). Sebanyak 27 anggota dewan hadir. Ketua Pansus III menyampaikan laporan "
         "pansus. Untuk memperkaya materi, pansus yang dipimpinnya juga melakukan kunjungan "
         "kerja ke DPRD Kabupaten Lombok Timur pada 20-21 Januari 2025.", {("52.05", "52.03")}),
        # not when the lead told that trip as one called off
        ("Pemkab Meranti Batalkan Studi Tiru ke Siak\n\nPemerintah Kabupaten Kepulauan Meranti "
         "membatalkan rencana studi tiru ke Kabupaten Siak. Pembatalan menyusul efisiensi "
         "anggaran. Sekda menyebut surat sudah dikirim. Selain studi tiru ke Siak, perjalanan "
         "dinas ke Pekanbaru juga dipangkas.", set()),
    ],
)
def test_visits_told_in_passing(extractor: Extractor, text: str,
                                edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the speaker took his team there
        ("SAMARINDA – Kepala Diskominfo Samarinda, Drs. Aswin Tamrin, M.Si., menjawab "
         "pertanyaan dewan soal command center, Senin (14/7/2025). \"Tanggal 2 sampai 3 Juli "
         "lalu saya membawa tim ke Surabaya. Kami lihat sendiri cara kerjanya,\" kata Aswin.",
         {("64.72", "35.78")}),
        # an interview: the one interviewed, told in the lead, learned with his company
        ("WAWANCARA: Wali Kota Payakumbuh\n\nTiga bulan setelah dilantik, Wali Kota "
         "Payakumbuh H. Irwandi Syahputra mulai menjalankan program prioritas. Berikut "
         "petikan wawancaranya.\n\nApa prioritas Bapak?\n\nPasar. Bulan lalu saya bersama "
         "Dinas Perdagangan dan Bapenda belajar ke Kota Padang Panjang.", {("13.76", "13.74")}),
        # a sports team's captain is no government's official
        ("Kontingen Kabupaten Kutai Kartanegara tiba di Kabupaten Paser, Jumat (1/8/2025), "
         "untuk mengikuti Porprov. Ketua Kontingen Kukar, H. Rusdiansyah, menyebut target juara "
         "umum. \"Kita datang ke Paser untuk menjaga nama baik Kukar,\" kata Rusdiansyah.",
         set()),
    ],
)
def test_visits_told_by_their_speaker(extractor: Extractor, text: str,
                                      edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize(
    ("text", "edge", "start"),
    [
        ("Pemerintah Kabupaten Muna memboyong belasan pejabatnya ke Kabupaten Sleman, Rabu "
         "(24/7/2024), untuk mempelajari tiga inovasi.", ("74.03", "34.04"), "2024-07-24"),
        ("Penerapan sistem merit di lingkup Pemerintah Provinsi Sulawesi Selatan dipelajari "
         "secara langsung oleh rombongan Pemerintah Provinsi Papua Barat Daya, Rabu "
         "(8/10/2025).", ("96", "73"), "2025-10-08"),
        # the day told in a sentence of its own, after the trip there
        ("Pemkab Jayawijaya Timba Ilmu MPP di Banyuwangi\n\nRombongan Pemerintah Kabupaten "
         "Jayawijaya tiba di Kabupaten Banyuwangi untuk mempelajari MPP. Perjalanan memakan "
         "waktu dua hari. Mereka tiga kali berganti pesawat. Rombongan sempat beristirahat. "
         "Kunjungan resmi berlangsung Senin (12/5/2025).", ("95.01", "35.10"), "2025-05-12"),
    ],
)
def test_visit_days_of_round_eight(extractor: Extractor, text: str, edge: tuple[str, str],
                                   start: str) -> None:
    x = _run(extractor, text)
    assert _edges(x) == {edge}
    assert x.visits[0].start == start


def test_sides_of_members_in_prose_lists(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi I DPRD Provinsi Kalimantan Timur melakukan kunjungan kerja ke "
                        "DPRD Provinsi Jawa Timur, Rabu (12/3/2025). Rombongan dipimpin Ketua "
                        "Komisi I, Ir. H. Syahrial Mappaseng, bersama sejumlah anggota, yakni "
                        "Rusdiana Lestari, S.E., dan Agustinus Lejau. Mereka diterima Wakil "
                        "Ketua Komisi A DPRD Jatim, Bambang Heru, bersama anggota Siti Aminah, "
                        "S.H. Anggota tim yang ikut dalam kunjungan tersebut adalah Kepala Biro "
                        "Organisasi H. Muhammad Nasir, S.Sos.; serta Sekretaris DPRD Hj. Sri "
                        "Wahyuni Ningsih.")
    sides = {o.name: o.side for o in x.visits[0].officials}
    assert sides == {"Syahrial Mappaseng": "visitor", "Rusdiana Lestari": "visitor",
                     "Agustinus Lejau": "visitor", "Bambang Heru": "host",
                     "Siti Aminah": "host", "Muhammad Nasir": "visitor",
                     "Sri Wahyuni Ningsih": "visitor"}


def test_no_visit_when_citizens_are_hosts_in_their_village(extractor: Extractor) -> None:
    x = _run(extractor, "Desa Sembungan, Kabupaten Wonosobo, meraih juara desa wisata. \"Desa "
                        "wisata soal bagaimana warga menjadi tuan rumah di kampungnya sendiri,\" "
                        "kata Kepala Disporapar Jawa Tengah, Sri Wahyuni.")
    assert _edges(x) == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        ("Pencanangan itu disaksikan rombongan Pemerintah Kabupaten Pelalawan yang berada di "
         "Siak selama dua hari, Rabu-Kamis (23-24/4/2025), dalam rangka kaji tiru.",
         {("14.05", "14.08")}),
        ("Rapat dipimpin Ketua DPRD Tanjab Barat, H. Mulyadi Hasibuan, S.E. Seluruh fraksi "
         "menyampaikan pendapat akhir. Usai paripurna, Mulyadi menerima rombongan Komisi I DPRD "
         "Kabupaten Sarolangun untuk mempelajari aplikasi aspirasi.", {("15.03", "15.06")}),
    ],
)
def test_visits_of_round_eight_in_passing(extractor: Extractor, text: str,
                                          edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_host_who_says_kami_menerima(extractor: Extractor) -> None:
    x = _run(extractor, "PALU – Kepala Badan Pendapatan Daerah (Bapenda) Kota Palu, Mohammad "
                        "Arief Labatjo, menjelaskan pajak restoran naik. Tapping box sudah "
                        "terpasang di 312 titik. Tahun ini ditambah 150 unit. Dampaknya terasa "
                        "pada penerimaan. \"Pekan lalu kami menerima rombongan Bapenda Kabupaten "
                        "Donggala untuk studi tiru tapping box,\" kata Arief.")
    assert _edges(x) == {("72.03", "72.71")}


def test_program_of_the_stop_named_right_after_it(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari, Tim Pemkab Sinjai Timba Ilmu di Makassar dan Gowa\n\nTim "
                        "Pemerintah Kabupaten Sinjai melakukan kunjungan kerja ke Kota Makassar, "
                        "Selasa (3/6/2025), dan ke Kabupaten Gowa keesokan harinya. Tim "
                        "mempelajari Sistem Pemerintahan Berbasis Elektronik (SPBE) di Kota "
                        "Makassar dan pengelolaan Mal Pelayanan Publik (MPP) di Kabupaten Gowa.")
    programs = {v.host_codes[0]: {p.notation for p in v.programs} for v in x.visits}
    assert programs == {"73.71": {"SPBE"}, "73.06": {"MPP"}}


def test_detail_between_stops_goes_to_the_stop_whose_region_it_names(
        extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Semarang Sambut Dua Rombongan dalam Sepekan\n\nRombongan pertama "
                        "datang dari Pemerintah Kabupaten Kapuas Hulu yang melakukan studi tiru "
                        "Mal Pelayanan Publik (MPP) ke Pemerintah Kota Semarang pada Senin "
                        "(2/6/2025). Mereka diterima Asisten Administrasi Umum Kota Semarang. "
                        "Petugas loket menjelaskan alur antrean kepada tamu. Lampu ruang tunggu "
                        "baru diganti bulan lalu. Kepala rombongan mengatakan Kapuas Hulu sedang "
                        "menyiapkan gedung MPP di Putussibau. Rabu (4/6/2025), giliran Pemerintah "
                        "Kabupaten Sinjai yang berkunjung ke Pemkot Semarang untuk belajar "
                        "e-planning. Tim Sinjai diterima Kepala Bappeda Kota Semarang.")
    programs = {v.visitor_codes[0]: {p.notation for p in v.programs} for v in x.visits}
    assert "MPP" in programs["61.06"]
    assert "MPP" not in programs["73.07"]


def test_a_team_named_after_its_task_is_the_delegation_not_its_program(
        extractor: Extractor) -> None:
    x = _run(extractor, "Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Lombok Tengah "
                        "melakukan studi tiru ke Pemerintah Kabupaten Kulon Progo, Selasa "
                        "(1/10/2024), untuk mempelajari Sistem Informasi Gizi Terpadu (SIGITA). "
                        "Rombongan diterima Sekretaris Daerah Kulon Progo.")
    (v,) = x.visits
    labels = {p.label for p in v.programs}
    assert "Sistem Informasi Gizi Terpadu" in labels
    assert not any("Stunting" in label or "stunting" in label for label in labels)


def test_delegation_welcomed_after_a_trip_told_without_names(extractor: Extractor) -> None:
    x = _run(extractor, "\u201cKalau Sleman Bisa, Kenapa Kami Tidak?\u201d\n\nSLEMAN \u2013 "
                        "Kalimat itu diucapkan Bupati Kapuas Hulu di hadapan jajaran Pemerintah "
                        "Kabupaten Sleman, Kamis (6/3/2025). Pemimpin daerah perbatasan itu "
                        "membawa belasan kepala dinas untuk studi tiru ke kabupaten di utara "
                        "Yogyakarta tersebut. Rombongan disambut Sekretaris Daerah Kabupaten "
                        "Sleman di Pendopo Parasamya.")
    assert _edges(x) == {("61.06", "34.04")}
    assert x.visits[0].start == "2025-03-06"


def test_a_call_the_story_says_was_no_study_is_no_visit(extractor: Extractor) -> None:
    text = ("Dispar Kabupaten Banggai Sambangi Pemkot Palu\n\nPALU \u2013 Dinas Pariwisata "
            "Kabupaten Banggai menyambangi Pemerintah Kota Palu, Senin (3/3/2025). Rombongan "
            "diterima Sekretaris Daerah Kota Palu di ruang rapat. Kedatangan tim Banggai "
            "{} untuk belajar, melainkan mengajak Palu meramaikan festival budaya di Luwuk.")
    assert _edges(_run(extractor, text.format("bukan"))) == set()
    # the same call told without the denial is a visit
    assert _edges(_run(extractor, text.format("tidak hanya"))) == {("72.01", "72.71")}


def test_a_candidate_program_does_not_run_from_the_headline_into_the_body(
        extractor: Extractor) -> None:
    x = _run(extractor, "Bontang Kaji Inovasi Posyandu Milik Paser\n\nTim Percepatan Penurunan "
                        "Stunting (TPPS) Kota Bontang melakukan studi tiru ke Kabupaten Paser, "
                        "Rabu (16/7/2025), untuk mempelajari Sistem Informasi Gizi Ibu dan Anak "
                        "(SIGIA).")
    (v,) = x.visits
    labels = {p.label for p in v.programs}
    assert labels == {"Sistem Informasi Gizi Ibu dan Anak"}


def test_a_neighbours_ceremony_attended_is_no_visit(extractor: Extractor) -> None:
    text = ("Bupati Kepulauan Selayar Bertolak ke Bulukumba, Hadiri Paripurna HUT Bulukumba\n\n"
            "BULUKUMBA \u2013 Bupati Kepulauan Selayar bertolak ke Kabupaten Bulukumba, Senin "
            "(4/2/2025). Setibanya di Bulukumba, rombongan disambut Sekretaris Daerah "
            "Bulukumba dan langsung menuju gedung dewan. {}")
    assert _edges(_run(extractor, text.format("Acara berlangsung khidmat."))) == set()
    # the same trip, when the story says the guests also looked at the host's program
    told = text.format("Usai acara, rombongan sekalian mengintip ruang kendali Bulukumba Smart "
                       "City.")
    assert _edges(_run(extractor, told)) == {("73.01", "73.02")}


def test_who_sees_the_delegation_off_is_not_among_it(extractor: Extractor) -> None:
    x = _run(extractor, "Sebanyak 20 kepala desa se-Kabupaten Paser mengikuti studi tiru ke Desa "
                        "Wisata Pujon Kidul, Kabupaten Malang, Selasa (17/6/2025), dipimpin "
                        "Kepala DPMD Paser, Rahmat Hidayat. Sebelum berangkat, Bupati Paser "
                        "dr. Fahmi Fadli saat melepas peserta berpesan agar mereka membawa "
                        "pulang ide baru.")
    (v,) = x.visits
    assert {o.name for o in v.officials} == {"Rahmat Hidayat"}


def test_one_of_the_participants_is_a_visitor(extractor: Extractor) -> None:
    x = _run(extractor, "Sebanyak 18 kepala desa se-Kabupaten Sinjai melakukan studi tiru ke "
                        "Desa Wisata Nglanggeran, Kabupaten Gunungkidul, Selasa (3/6/2025). "
                        "Mereka diterima Kepala Desa Nglanggeran, Sugeng Rahardjo, di balai "
                        "desa. Sugeng memaparkan cara warga mengelola homestay. Salah seorang "
                        "peserta, Kepala Desa Bonto Katute, Andi Rahmat, mengaku terkesan.")
    (v,) = x.visits
    assert {(o.name, o.side) for o in v.officials} == {("Sugeng Rahardjo", "host"),
                                                        ("Andi Rahmat", "visitor")}


def test_stops_led_by_one_leader_share_every_delegate(extractor: Extractor) -> None:
    x = _run(extractor, "Bappeda Kabupaten Sumbawa melakukan studi tiru ke Kabupaten Banyuwangi, "
                        "Kamis (9/10/2025). Rombongan dipimpin Kepala Bappeda Sumbawa, Zainal "
                        "Arifin, dan diterima Sekretaris Daerah Banyuwangi, Anik Setyowati. "
                        "Dalam rombongan turut serta Kepala Bidang Perencanaan, Siti Rahma. "
                        "Keesokan harinya, Jumat (10/10/2025), rombongan yang dipimpin Zainal "
                        "Arifin melanjutkan kunjungan ke Kabupaten Badung dan diterima Kepala "
                        "Bappeda Badung, Wayan Suarjana.")
    delegates = {v.host_codes[0]: {o.name for o in v.officials if o.side == "visitor"}
                 for v in x.visits}
    assert delegates == {"35.10": {"Zainal Arifin", "Siti Rahma"},
                         "51.03": {"Zainal Arifin", "Siti Rahma"}}


@pytest.mark.parametrize("told", [
    # the leader, said after the name
    "Kepala Biro Organisasi, Rahmat Pakaya, S.IP., M.Si., yang memimpin tim, mengaku puas.",
    # brought along by the delegation
    "Rombongan Gorontalo turut membawa Kepala Biro Organisasi, Rahmat Pakaya.",
])
def test_delegates_told_by_their_part_in_the_trip(extractor: Extractor, told: str) -> None:
    x = _run(extractor, "Pemerintah Provinsi Gorontalo melakukan studi tiru ke Pemerintah "
                        "Provinsi Jawa Timur, Senin (3/3/2025). Mereka diterima Kepala Biro "
                        "Organisasi Setda Jawa Timur, Hadi Santoso, di Surabaya. " + told)
    (v,) = x.visits
    assert ("Rahmat Pakaya", "visitor") in {(o.name, o.side) for o in v.officials}


def test_regions_asked_to_learn_have_not_gone(extractor: Extractor) -> None:
    text = ("Harga Cabai Naik, Pemprov Kaltim Kumpulkan Kabupaten\n\nSAMARINDA - Pemerintah "
            "Provinsi Kalimantan Timur mengumpulkan para sekda, Selasa (4/3/2025). Dalam sesi "
            "berbagi praktik baik, Sekda Berau memaparkan gerakan tanam cabai di pekarangan."
            "\n\nSyarifuddin lalu meminta kabupaten lain, termasuk Paser dan Penajam Paser "
            "Utara, untuk mempelajari pola yang dijalankan Berau.")
    assert _edges(_run(extractor, text)) == set()


def test_several_delegations_as_one_subject_are_none_of_the_visits(
        extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Blitar Kebanjiran Tamu\n\nBLITAR \u2013 Pekan ini, empat rombongan "
                        "dari empat daerah berbeda datang silih berganti ke kota yang "
                        "berbatasan dengan Kabupaten Blitar ini. Senin (17/2/2025), Pemkot "
                        "Tegal membuka pekan dengan kunjungan ke Pemkot Blitar untuk "
                        "mempelajari Blitar Smart City.")
    assert _edges(x) == {("33.76", "35.72")}


def test_a_laws_matter_over_generic_law_making(extractor: Extractor) -> None:
    x = _run(extractor, "Pansus DPRD Kabupaten Dompu melakukan kunjungan kerja ke DPRD Kabupaten "
                        "Lombok Timur, Senin (20/1/2025), untuk mempelajari Peraturan Daerah "
                        "tentang Pengelolaan Air Limbah Domestik. Hasil kunjungan menjadi "
                        "bahan pembahasan ranperda bersama eksekutif.")
    labels = {p.label for p in x.visits[0].programs}
    assert "Pengelolaan Air Limbah Domestik" in labels
    assert "Pembentukan produk hukum daerah" not in labels


def test_place_and_day_of_a_statement_are_not_a_stops_day(extractor: Extractor) -> None:
    x = _run(extractor, "Kamis, 14 November 2024\n\nIndralaya (ANTARA) - Pemerintah Kabupaten "
                        "Ogan Ilir menggelar studi tiru ke dua kabupaten di DIY pekan ini. "
                        "Sekretaris Daerah Ogan Ilir, yang memimpin rombongan, di Indralaya, "
                        "Kamis, mengatakan timnya lebih dulu mendatangi Pemkab Kulon Progo pada "
                        "Senin (11/11). Keesokan harinya, Selasa (12/11), rombongan bergeser ke "
                        "Kabupaten Sleman.")
    days = {v.host_codes[0]: v.start for v in x.visits}
    assert days == {"34.01": "2024-11-11", "34.04": "2024-11-12"}


@pytest.mark.parametrize(
    "text",
    [
        # a possibility, not a trip
        ("BALIKPAPAN – Komisi II DPRD Kota Balikpapan menggelar rapat dengar pendapat dengan "
         "PDAM, Senin (3/3/2025). Air sering mati di tiga kecamatan. Warga mengeluh. Dewan "
         "meminta perbaikan. Fauzi menanggapi bahwa Komisi II membuka kemungkinan melakukan "
         "kunjungan kerja ke Surabaya pada triwulan kedua untuk melihat langsung sistem itu."),
        # a convoy of aid, welcomed at the disaster
        ("Pemkab Sidrap Berangkatkan Tim Reaksi Cepat dan Bantuan Logistik ke Lokasi Banjir Luwu"
         "\n\nPemerintah Kabupaten Sidenreng Rappang memberangkatkan 35 personel beserta truk "
         "bantuan logistik ke Kabupaten Luwu yang dilanda banjir. Setibanya di Belopa, rombongan "
         "Sidrap disambut Sekretaris Daerah Luwu dan langsung diarahkan ke titik pengungsian."),
        # a regency's stand at a fair
        ("Pemerintah Kabupaten Sintang mengikuti pameran dagang di Kota Pontianak. Stan Sintang "
         "juga sempat dikunjungi Wali Kota Pontianak dan rombongan ketika meninjau arena pameran."),
    ],
)
def test_no_visit_in_near_misses_of_round_nine(extractor: Extractor, text: str) -> None:
    assert _edges(_run(extractor, text)) == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # both ends of a route describe the host, and are no hosts themselves
        ("Pemko Langsa Studi Banding Bank Sampah ke Tebing Tinggi\n\nPemko Langsa melakukan "
         "studi banding ke kota lintasan di jalur Medan–Siantar itu, Kamis (5/9/2024). Rombongan "
         "disambut Wakil Wali Kota Tebing Tinggi.", {("11.74", "12.76")}),
        # the province the stops lie in is no companion of the delegation
        ("Bupati Bone Bolango beserta rombongan yang terdiri dari Kepala Bappeda dan Kepala "
         "Bagian Organisasi melaksanakan studi banding ke dua daerah di Provinsi Jawa Timur, "
         "yakni Kota Surabaya dan Kabupaten Gresik, Senin (21/7/2025).",
         {("75.03", "35.78"), ("75.03", "35.25")}),
        # where the council was the day before is not who travelled
        ("Komisi I DPRD Provinsi Bengkulu mempelajari SPBE di Pemprov Lampung. Setelah pada "
         "Senin (15/9/2025) meninjau kantor-kantor kecamatan di Kabupaten Kaur, rombongan komisi "
         "bertolak ke Bandar Lampung. Sehari kemudian, Komisi I menyambangi Pemerintah Provinsi "
         "Lampung.", {("17", "18")}),
    ],
)
def test_places_that_are_no_parties(extractor: Extractor, text: str,
                                    edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # a famous village named without its regency is a visit to that regency
        ("Sebanyak 25 kepala desa dari Kabupaten Tanah Laut yang diutus DPMD melakukan studi "
         "banding ke Desa Ponggok, Senin (3/3/2025), untuk mempelajari BUMDes.",
         {("63.01", "33.10")}),
        # and no learner of its own; considering a trip is no trip
        ("DPMD Kabupaten Kepulauan Meranti menyiapkan studi banding ke Nglanggeran tahun depan. "
         "Selain Nglanggeran, DPMD juga mempertimbangkan untuk mengunjungi satu desa wisata lain "
         "di Kabupaten Sleman.", set()),
    ],
)
def test_model_villages(extractor: Extractor, text: str, edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_visit_held_on_its_own_day_over_a_launch_in_the_lead(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Tabalong meluncurkan Sekolah Lansia, Selasa "
                        "(19/8/2025), setelah studi tiru ke Kabupaten Sleman. Kunjungan itu "
                        "berlangsung pada 22 Mei 2025.")
    assert _edges(x) == {("63.09", "34.04")}
    assert x.visits[0].start == "2025-05-22"


def test_council_members_go_with_their_own_sentence(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi I DPRD Kabupaten Tasikmalaya melakukan kunjungan kerja ke "
                        "Kabupaten Trenggalek, Selasa (19/8/2025). Rombongan diterima Wakil "
                        "Bupati Trenggalek, Syah Natanegara. Dadang mengaku tertarik pada "
                        "inovasi itu. Ia hadir bersama anggota Komisi I, Cecep Rohmatullah "
                        "(Fraksi PKB), dan Neni Herliani (Fraksi Gerindra).")
    sides = {o.name: o.side for o in x.visits[0].officials}
    assert sides.get("Cecep Rohmatullah") == "visitor"
    assert sides.get("Neni Herliani") == "visitor"


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the host told as the owner of the program copied is not the learner
        ("Pemerintah Kabupaten Minahasa Utara meresmikan Gerai Sehati, Kamis (14/8/2025). Gerai "
         "itu ada di Kantor Dinas Sosial. Petugas menjemput warga. Kepala Dinas Sosial Minahasa "
         "Utara, Meiske Rondonuwu, mengatakan gagasan itu diambil dari Gerai Sehati milik "
         "Pemerintah Kota Manado. Dua bulan sebelumnya, ia bersama tim melakukan studi tiru ke "
         "Manado.", {("71.06", "71.71")}),
        # stops of one trip, and where "we" learned, are no learners
        ("Pemkab Belitung Timur melakukan studi tiru ke Jawa Tengah dan DIY. Rombongan mendatangi "
         "Kabupaten Magelang untuk mempelajari Balkondes, lalu melanjutkan perjalanan ke "
         "Kabupaten Bantul. \"Di Magelang kami belajar soal Balkondes, sedangkan di Bantul kami "
         "melihat koperasi warga,\" katanya.", set()),
    ],
)
def test_hosts_that_are_no_learners(extractor: Extractor, text: str,
                                    edges: set[tuple[str, str]]) -> None:
    found = _edges(_run(extractor, text))
    assert edges <= found
    assert not {e for e in found if e[0] in {"33.08", "34.02", "71.71"}}


def test_guests_the_host_spoke_to(extractor: Extractor) -> None:
    x = _run(extractor, "Pontianak (ANTARA) - Wali Kota Pontianak Edi Rahman mengatakan pihaknya "
                        "telah berbagi pengalaman mengelola bank sampah induk kepada rombongan "
                        "Pemerintah Kota Palangka Raya, Kalimantan Tengah, yang berkunjung pada "
                        "Selasa.")
    assert _edges(x) == {("62.71", "61.71")}


def test_vocabulary_words_of_a_local_programs_name(extractor: Extractor) -> None:
    x = _run(extractor, "Bengkulu Pelajari Kartu Petani Berjaya Lampung\n\nPemerintah Provinsi "
                        "Bengkulu melakukan studi tiru ke Pemerintah Provinsi Lampung, Selasa "
                        "(12/8/2025), untuk mempelajari Kartu Petani Berjaya (KPB).")
    labels = {p.label for p in x.visits[0].programs}
    assert "Kartu Petani Berjaya" in labels
    assert "Kartu Tani" not in labels


def test_delegates_named_at_one_stop_went_on_to_the_next(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi I DPRD Kabupaten Kotawaringin Barat melakukan kunjungan kerja ke "
                        "Pemprov Jawa Timur, Senin (3/3/2025). Rombongan dipimpin Ketua Komisi "
                        "I, Hj. Rusmini Wahyuningsih, S.H. Mereka diterima Kepala Biro Hukum "
                        "Setdaprov Jatim, Agus Wicaksono. Keesokan harinya, rombongan bergeser "
                        "ke Kota Batu dan diterima Kepala Bagian Hukum Setda Kota Batu, Arief "
                        "Budiman.")
    delegates = {v.host_codes[0]: {o.name for o in v.officials if o.side == "visitor"}
                 for v in x.visits}
    assert delegates == {"35": {"Rusmini Wahyuningsih"}, "35.79": {"Rusmini Wahyuningsih"}}


def test_two_trips_told_in_one_sentence(extractor: Extractor) -> None:
    x = _run(extractor, "Ruang hemodialisis RSUD Sumba Barat Daya dimatangkan setelah tim RSUD "
                        "berkunjung ke RSUD milik Pemerintah Kabupaten Sikka di Maumere pada "
                        "Agustus lalu, dan setelah Kepala Dinas Kesehatan Sumba Barat Daya "
                        "belajar pengelolaan antrean pasien ke Pemerintah Kota Kupang.")
    assert _edges(x) == {("53.18", "53.07"), ("53.18", "53.71")}


def test_a_region_in_the_headline_and_again_in_the_lead(extractor: Extractor) -> None:
    text = ("WAWANCARA: Wali Kota Payakumbuh\n\nWali Kota Payakumbuh H. Irwandi Syahputra mulai "
            "menjalankan program prioritas.")
    starts = [r.start for r in extractor._regions(text)]
    assert starts == [text.index("Payakumbuh"), text.index("Payakumbuh", 25)]


def test_delegations_a_hosts_roundup_names_one_by_one(extractor: Extractor) -> None:
    x = _run(extractor, "Oktober Sibuk, Empat Daerah Bergantian Studi Tiru ke Gowa\n\nKabupaten "
                        "Gowa kembali menjadi rujukan. Sepanjang Oktober 2024, empat pemerintah "
                        "daerah datang melakukan studi tiru. Kamis, 3 Oktober 2024, rombongan "
                        "Dinas Kesehatan Kabupaten Mamuju mengawali rangkaian kunjungan. Dua hari "
                        "penuh, 15–16 Oktober 2024, dihabiskan rombongan Pemkab Morowali Utara "
                        "untuk menelusuri GESIT.")
    assert {("76.02", "73.06"), ("72.12", "73.06")} <= _edges(x)


def test_a_trip_reported_at_home_keeps_the_days_of_the_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Pulang dari Sragen, Bupati Kapuas Paparkan Temuan\nRabu, 9 Juli 2025\n\n"
                        "KUALA KAPUAS - Sepulang dari studi tiru ke Kabupaten Sragen, Bupati "
                        "Kapuas, H. Darmawan Saleh, mengumpulkan seluruh camat dalam rapat "
                        "koordinasi di aula setda, Selasa (8/7/2025). Ia menceritakan hasil "
                        "kunjungan ke Sragen pada Kamis (3/7/2025) lalu. Sekretaris Daerah Kapuas, "
                        "Drs. Hendra Wijaya, M.Si., yang memimpin jalannya rapat, meminta camat "
                        "menyiapkan desa percontohan.")
    v = next(v for v in x.visits if ("62.03", "33.14") in _edges(x))
    assert (v.start, v.end) == ("2025-07-03", "2025-07-03")
    assert "Hendra Wijaya" not in {o.name for o in v.officials}


def test_the_chair_of_a_report_meeting_did_not_travel(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Kabupaten Paser menyampaikan laporan hasil kunjungan "
                        "kerja ke DPRD Kota Balikpapan dalam rapat paripurna yang dipimpin Ketua "
                        "DPRD Paser, Hj. Nurhayati Rusli, S.E., Senin (2/6/2025). Ketua Komisi II, "
                        "Bambang Sutejo, memimpin rombongan saat itu. Bupati Paser, Dr. Anwar "
                        "Fauzi, M.Si., yang tidak ikut dalam perjalanan, mendukung rekomendasi "
                        "komisi.")
    v = next(v for v in x.visits if ("64.01", "64.71") in _edges(x))
    names = {o.name for o in v.officials}
    assert "Nurhayati Rusli" not in names and "Anwar Fauzi" not in names
    assert v.start is None


def test_a_regents_residence_is_no_institution(extractor: Extractor) -> None:
    x = _run(extractor, "SUMEDANG - Pemerintah Kabupaten Ciamis memboyong puluhan pejabatnya ke "
                        "Kabupaten Sumedang untuk mendalami tata kelola SPBE, Rabu (5/11/2025). "
                        '"Kami datang untuk belajar," ujar Sekda Ciamis di Gedung Negara Sumedang.')
    assert ("32.07", "32.11") in _edges(x)


def test_a_hosts_talk_for_guests_named_paragraphs_later(extractor: Extractor) -> None:
    x = _run(extractor, "Kembali Didatangi, Trenggalek Bagikan Kiat Layanan Desa\n\nTRENGGALEK - "
                        "Pemkab Trenggalek kembali kedatangan tamu yang ingin tahu layanan desa "
                        "digitalnya. Kepala Dinas PMD Trenggalek, Sri Lestari, menjelaskan cara "
                        "kerjanya. Aplikasi itu dibuat tim internal. Semua desa sudah memakainya. "
                        "Warga cukup datang ke balai desa. Dokumen dicetak hari itu juga. Biayanya "
                        "kecil. Paparan tersebut ditujukan kepada rombongan Pemerintah Kabupaten "
                        "Tanah Laut yang dipimpin Asisten I, Rahmat Hidayat.")
    assert _edges(x) == {("63.01", "35.03")}


def test_guests_who_came_told_far_after_the_host(extractor: Extractor) -> None:
    x = _run(extractor, "Lagi-lagi Disambangi, Siak Paparkan Kampung Hijau\n\nSIAK - Pemkab Siak "
                        "lagi-lagi kedatangan tamu. Program Kampung Hijau dijalankan sejak 2021. "
                        "Setiap kampung punya bank sampah. Hasilnya dijual ke pengepul. Warga "
                        "mendapat tabungan. Sekolah ikut terlibat. Pemkab memberi insentif. "
                        "Paparan itu disimak oleh anggota Komisi III DPRD Kabupaten Rokan Hulu, "
                        "yang hari itu datang bersama Dinas Lingkungan Hidup setempat.")
    assert _edges(x) == {("14.06", "14.08")}


def test_a_launch_after_a_trip_the_launch_day_is_not_the_trips(extractor: Extractor) -> None:
    x = _run(extractor, "Setelah Belajar ke Surabaya, Kini Pemkot Palu Punya Command Center\n"
                        "Selasa, 7 Oktober 2025\n\nPALU - Beberapa bulan setelah belajar langsung "
                        "ke Kota Surabaya, Pemerintah Kota Palu akhirnya meluncurkan layanan "
                        "darurat 112, Senin (6/10/2025). Gagasan itu lahir dari kunjungan kerja "
                        "Wali Kota Palu bersama Kepala Dinas Komunikasi dan Informatika Palu, "
                        "Hendra Saputra, S.Kom., ke Surabaya pada Maret lalu.")
    assert _edges(x) == {("72.71", "35.78")}
    assert x.visits[0].start is None


def test_an_away_match_and_a_wedding_are_no_visits(extractor: Extractor) -> None:
    match = _run(extractor, "PS Kapuas Bertolak ke Sampit, Kadispora Ikut Dampingi Tim\n\nKUALA "
                            "KAPUAS - Skuad PS Kapuas bertolak menuju Kabupaten Kotawaringin "
                            "Timur, Jumat (14/11/2025), untuk menjalani laga tandang Liga 4. "
                            "Kepala Dispora Kapuas ikut dalam rombongan.")
    assert match.visits == []
    wedding = _run(extractor, "Bupati Barru Hadiri Pernikahan Putri Bupati Soppeng\n\nWATANSOPPENG"
                              " - Bupati Barru tiba di Kabupaten Soppeng, Minggu (5/10/2025). Ia "
                              "disambut Bupati Soppeng beserta keluarga besar mempelai.")
    assert wedding.visits == []


def test_learning_told_beside_a_contest_still_counts(extractor: Extractor) -> None:
    x = _run(extractor, "Di sela MTQ provinsi di Kabupaten Tabalong, Asisten I Setda Kabupaten "
                        "Tapin bertandang ke Bagian Kesra Setda Tabalong, Kamis (5/12/2024). "
                        "Tujuannya mempelajari gerakan mengaji yang dijalankan Tabalong.")
    assert _edges(x) == {("63.05", "63.09")}


def test_an_invitation_in_a_quote_is_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, '"Kalau Gunungkidul mau belajar data, monggo kapan-kapan mampir ke '
                        'Kulon Progo," kata Bupati Kulon Progo dalam gelar wicara itu.')
    assert x.visits == []


def test_a_quoted_trip_whose_speaker_is_named_with_his_office(extractor: Extractor) -> None:
    x = _run(extractor, 'KLATEN - "Kami sengaja datang ke Klaten karena perizinan di sini sudah '
                        'lama jadi rujukan," ujar Sekretaris Daerah Kabupaten Boyolali, Drs. '
                        "Bambang Wibisono, M.M., di kantor DPMPTSP Klaten, Rabu (11/6/2025).")
    assert _edges(x) == {("33.09", "33.10")}


def test_two_governments_taking_turns_as_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Solok dan Sawahlunto Bergantian Jadi Tuan Rumah\n\nSOLOK - Dalam sepekan "
                        "kedua pemerintah kota bergantian menjadi tamu. Senin (3/3/2025), "
                        "rombongan DPMPTSP Kota Solok datang ke Sawahlunto untuk mempelajari "
                        "pengelolaan MPP. Kamis (6/3/2025), giliran Dinas Pendidikan Kota "
                        "Sawahlunto bertolak ke Solok untuk mempelajari sekolah ramah anak.")
    assert _edges(x) == {("13.72", "13.73"), ("13.73", "13.72")}


def test_a_boat_to_a_city_on_the_way_is_a_leg_of_travel(extractor: Extractor) -> None:
    x = _run(extractor, "WAISAI - DPMK Raja Ampat melakukan studi tiru pengelolaan BUMKam ke "
                        "Kabupaten Sorong, Selasa (2/9/2025). Rombongan berangkat dari Waisai "
                        "menggunakan kapal cepat menuju Kota Sorong, lalu melanjutkan perjalanan "
                        "darat ke Aimas, pusat pemerintahan Kabupaten Sorong.")
    assert _edges(x) == {("96.05", "96.01")}


def test_what_a_place_consists_of_brings_no_companions(extractor: Extractor) -> None:
    x = _run(extractor, "Tim Disdukcapil Kota Tual berkunjung ke Pemerintah Kota Gunungsitoli, "
                        "Rabu (23/4/2025). Kepala Disdukcapil Tual menilai Tual, yang terdiri "
                        "dari gugusan pulau kecil, mirip dengan pulau-pulau di sekitar Nias.")
    assert _edges(x) == {("81.72", "12.78")}


def test_stops_of_a_trip_told_as_it_went_on(extractor: Extractor) -> None:
    x = _run(extractor, "PALANGKA RAYA - Pemerintah Provinsi Kalimantan Tengah memboyong "
                        "perwakilan dua kabupaten, yakni Kapuas dan Katingan, dalam rangkaian "
                        "studi tiru ke Daerah Istimewa Yogyakarta. Hari pertama, Rabu "
                        "(23/10/2024), rombongan mendatangi Kabupaten Sleman. Kamis (24/10/2024), "
                        "perjalanan dilanjutkan ke Kabupaten Kulon Progo. Jumat (25/10/2024), "
                        "giliran Kabupaten Bantul yang didatangi.")
    learners = {"62", "62.03", "62.06"}
    assert {v for v, _ in _edges(x)} == learners
    assert {h for _, h in _edges(x)} == {"34.04", "34.01", "34.02"}


def test_the_last_stop_and_where_the_guests_sat(extractor: Extractor) -> None:
    x = _run(extractor, "TARAKAN - Pansus II DPRD Kota Tarakan menggelar kunjungan kerja ke Kota "
                        "Bogor, Selasa (10/9/2024). Kunjungan ditutup di Kota Tangerang Selatan, "
                        "Kamis (12/9/2024). Di Pusat Pemerintahan Kota Tangsel, pansus disambut "
                        "Sekretaris Dinas Lingkungan Hidup Tangsel.")
    assert _edges(x) == {("65.71", "32.71"), ("65.71", "36.74")}


def test_a_council_received_at_the_provinces_seat(extractor: Extractor) -> None:
    x = _run(extractor, "KENDARI - Komisi IV DPRD Provinsi Sulawesi Tenggara bertolak ke Surabaya, "
                        "Senin (4/11/2024). Di Gedung DPRD Jawa Timur, tim ini diterima Wakil "
                        "Ketua Komisi E DPRD Jatim, kemudian berlanjut ke Dinas Sosial Provinsi "
                        "Jawa Timur.")
    assert _edges(x) == {("74", "35")}


def test_a_region_that_became_the_last_stop_is_no_learner(extractor: Extractor) -> None:
    x = _run(extractor, "Kota Cimahi menjadi persinggahan terakhir rombongan Pemerintah Kabupaten "
                        "Pesisir Selatan dalam rangkaian studi tiru di Jawa Barat, Rabu (21/5).")
    assert ("32.77", "32") not in _edges(x)
    assert "32.77" not in {v for v, _ in _edges(x)}


def test_host_first_learning_told_without_a_trip_verb(extractor: Extractor) -> None:
    x = _run(extractor, "PROBOLINGGO - Pengelolaan sampah Kota Probolinggo dipelajari Pemerintah "
                        "Kabupaten Lumajang pada Rabu (19/2/2025).")
    assert _edges(x) == {("35.08", "35.74")}
    y = _run(extractor, "BANTAENG - Layanan jemput pasien milik Pemerintah Kabupaten Bantaeng, "
                        "pekan lalu, menjadi bahan pembelajaran bagi jajaran Dinas Kesehatan "
                        "Kabupaten Kepulauan Selayar.")
    assert _edges(y) == {("73.01", "73.03")}


def test_recently_is_no_negation_and_or_carries_one(extractor: Extractor) -> None:
    x = _run(extractor, "Pemerintah Kabupaten Pesisir Barat belum lama ini mengirim rombongan "
                        "Dinas Pertanian ke Liwa untuk mempelajari sekolah lapang kopi.")
    assert _edges(x) == {("18.13", "18.04")}
    y = _run(extractor, "Menariknya, Pemkab Bangli tidak melakukan studi banding ataupun "
                        "kunjungan ke Denpasar.")
    assert y.visits == []


def test_the_way_home_and_an_ngos_trip_are_no_visits(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan kepala desa Sinjai studi tiru ke Desa Penglipuran, Bangli, "
                        "Senin (30/9/2024). Rombongan melanjutkan perjalanan pulang ke Sinjai "
                        "melalui Makassar pada Selasa (1/10/2024).")
    assert ("73.07", "73.71") not in _edges(x)
    y = _run(extractor, "LSM Sahabat Pesisir Bawa Nelayan Pangkep Studi Banding ke Wakatobi")
    assert y.visits == []


def test_a_photo_storys_tagged_headline_is_read(extractor: Extractor) -> None:
    x = _run(extractor, "FOTO: Kayong Utara Belajar Pojok Baca Digital ke Singkawang\n"
                        "Rabu, 5 Maret 2025 07:12 WIB\n\nBupati Kayong Utara mendengarkan "
                        "penjelasan Kepala Dinas Perpustakaan Kota Singkawang, Selasa (4/3/2025). "
                        "Foto: Humas Singkawang")
    assert _edges(x) == {("61.11", "61.72")}


def test_two_stops_with_their_own_days(extractor: Extractor) -> None:
    x = _run(extractor, "LABUNGKARI - Tim Pemkab Buton Tengah menyambangi Kota Kendari dan "
                        "Kabupaten Kolaka dengan agenda berbeda. Persinggahan pertama dilakukan di "
                        "Kota Kendari, Senin (20/10/2025). Rabu (22/10/2025), rombongan diterima "
                        "Inspektur Kabupaten Kolaka.")
    days = {(v.hosts[0].code, v.start) for v in x.visits}
    assert days == {("74.71", "2025-10-20"), ("74.01", "2025-10-22")}


def test_the_next_stop_the_day_after_in_one_sentence(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari, DPMPTSP Meranti Belajar Perizinan di Siak dan Pekanbaru\n\n"
                        "SELATPANJANG - Rombongan DPMPTSP Kabupaten Kepulauan Meranti lebih dulu "
                        "menyambangi Kabupaten Siak pada Senin (15/9/2025), lalu melanjutkan "
                        "perjalanan ke Kota Pekanbaru keesokan harinya.")
    days = {(v.hosts[0].code, v.start) for v in x.visits}
    assert days == {("14.08", "2025-09-15"), ("14.71", "2025-09-16")}


def test_the_ship_to_a_city_brings_no_companion(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Pulau Taliabu studi tiru Brigade Siaga Bencana ke Kabupaten "
                        "Bantaeng, Rabu (23/7/2025). Perjalanan rombongan beranggotakan 12 orang "
                        "itu ditempuh dengan kapal menuju Makassar.")
    assert _edges(x) == {("82.08", "73.03")}


def test_an_associations_tour_is_no_regencys_visit(extractor: Extractor) -> None:
    x = _run(extractor, "PANGURURAN - Sebanyak 24 pengelola desa wisata dari Kabupaten Samosir "
                        "yang tergabung dalam Asosiasi Desa Wisata (Asidewi) Samosir menggelar "
                        "studi tur ke Bali, Kamis (10/4/2025). Di hari terakhir, peserta "
                        "mengunjungi homestay di Ubud, Gianyar, untuk melihat cara menerima tamu. "
                        "Asidewi Samosir akan membagikan hasil studi tur kepada anggota yang tidak "
                        "ikut berangkat.")
    assert x.visits == []
    y = _run(extractor, "Puluhan kepala desa yang tergabung dalam Asosiasi Pemerintah Desa Seluruh "
                        "Indonesia (APDESI) Kabupaten Tulungagung mempelajari pengelolaan BUMDes "
                        "di Desa Kutuh, Kabupaten Badung, Rabu (5/3/2025).")
    assert _edges(y) == {("35.04", "51.03")}


def test_a_numbered_list_of_guests_received_one_day(extractor: Extractor) -> None:
    x = _run(extractor, "SURABAYA - Pada Selasa (17/10/2023), Dispendukcapil Kota Surabaya "
                        "menerima tiga rombongan sekaligus yang datang secara terpisah. Berikut "
                        "daftar tamu "
                        "hari itu:\n\n1. Pemkab Kutai Timur, dipimpin Kepala Disdukcapil Kutai "
                        "Timur.\n2. Pemkot Palu, dipimpin Asisten Pemerintahan.\n3. Komisi I DPRD "
                        "Kabupaten Banggai, dipimpin Ketua Komisi.")
    assert _edges(x) == {("64.08", "35.78"), ("72.71", "35.78"), ("72.01", "35.78")}
    assert len(x.visits) == 3


def test_regencies_counted_then_named_and_the_way_home(extractor: Extractor) -> None:
    x = _run(extractor, "TRENGGALEK - Sebanyak 34 pejabat dari empat kabupaten di Pulau Flores, "
                        "Nusa "
                        "Tenggara Timur, tiba di Trenggalek, Senin (18/9/2023), untuk mempelajari "
                        "PPRG. Keempat daerah itu adalah Kabupaten Ende, Kabupaten Sikka, "
                        "Kabupaten "
                        "Flores Timur, dan Kabupaten Nagekeo. Rombongan melanjutkan perjalanan ke "
                        "Surabaya untuk kembali ke NTT.")
    assert _edges(x) == {(c, "35.03") for c in ("53.08", "53.07", "53.06", "53.16")}


def test_a_boundary_agreement_is_no_learning_visit(extractor: Extractor) -> None:
    x = _run(extractor, "BANGKINANG - Kabupaten Lima Puluh Kota dan Kabupaten Kampar "
                        "menandatangani "
                        "kesepakatan batas daerah di Kantor Bupati Kampar, Rabu (2/10/2024). "
                        "Delegasi Lima Puluh Kota yang datang ke Bangkinang dipimpin Wakil Bupati "
                        "Lima Puluh Kota.")
    assert x.visits == []


def test_a_busy_days_other_trips_are_no_visits(extractor: Extractor) -> None:
    x = _run(extractor, "SAMPIT - Bupati Kotawaringin Timur mendampingi kunjungan kerja Gubernur "
                        "Kalimantan Tengah di sawah petani hingga menerima rombongan pemerintah "
                        "kabupaten tetangga. Setelah itu rombongan gubernur melanjutkan perjalanan "
                        "ke Kabupaten Katingan. Sementara itu, Wakil Bupati Kotim bertolak ke "
                        "Palangka Raya untuk menghadiri Musrenbang provinsi.")
    assert x.visits == []


def test_the_speaker_who_learns_here_is_not_the_region_praised(extractor: Extractor) -> None:
    x = _run(extractor, '"Kotim sudah jauh lebih maju dan jaraknya dekat, jadi kami pilih belajar '
                        'ke sini," ucap Yohanes.')
    assert x.visits == []


def test_a_word_name_starting_a_local_name_and_a_nickname_pointing_back(
        extractor: Extractor) -> None:
    x = _run(extractor, "Bapenda Bangka Tengah studi tiru ke Kota Batam, Selasa (20/8/2024). "
                        "Rombongan juga diajak meninjau pasar percontohan di kawasan Batu Aji.")
    assert _edges(x) == {("19.04", "21.71")}
    y = _run(extractor, "Komisi IV DPRD Kabupaten Dharmasraya berkunjung ke Kota Padang Panjang. "
                        "Rombongan berkunjung ke kota berjuluk Serambi Mekkah itu untuk "
                        "mempelajari Program Wajib Diniyah.")
    assert _edges(y) == {("13.10", "13.74")}


def test_an_events_participants_are_no_guests_of_the_host(extractor: Extractor) -> None:
    x = _run(extractor, "LIWA - Pemkab Lampung Barat belajar SPBE ke Kabupaten Sumedang, Selasa "
                        "(7/5/2024). Pada Minggu, Liwa Fun Run diikuti ribuan pelari. Selain warga "
                        "lokal, peserta datang dari Kabupaten Pesisir Barat dan Kabupaten Way "
                        "Kanan.")
    assert _edges(x) == {("18.04", "32.11")}


def test_a_hosts_schedule_of_guests_as_a_bulleted_list(extractor: Extractor) -> None:
    x = _run(extractor, "YOGYAKARTA - Sepanjang pekan ini DLH Kota Yogyakarta menerima tiga "
                        "rombongan. Kepala DLH Kota Yogyakarta merinci jadwalnya:\n\n- Senin "
                        "(3/2): Pemkab Bone, dipimpin Kepala DLH Bone.\n- Selasa (4/2): Pemkab "
                        "Wajo, dipimpin Asisten II.")
    assert _edges(x) == {("73.08", "34.71"), ("73.13", "34.71")}
    assert len(x.visits) == 2


def test_a_host_that_became_a_reference_for_named_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Sleman Jadi Rujukan Penerapan e-Kinerja, BKPSDM Pandeglang Datang Belajar"
                        "\nRabu, 5 Maret 2025\n\nSLEMAN - Aplikasi e-Kinerja Pemkab Sleman kembali "
                        "dilirik daerah lain.")
    assert _edges(x) == {("36.01", "34.04")}


def test_a_trip_to_the_regents_residence_and_an_adverb_after_learning(
        extractor: Extractor) -> None:
    x = _run(extractor, "Selasa (15/10/2024), rombongan Pemerintah Kabupaten Bone Bolango, "
                        "Provinsi Gorontalo, datang ke Gedung Negara Sumedang untuk mempelajari "
                        "aplikasi kependudukan.")
    assert _edges(x) == {("75.03", "32.11")}
    y = _run(extractor, '"Kami sengaja belajar dulu ke Metro sebelum meneken kerja sama," ujar '
                        "Sekretaris Daerah Kabupaten Lampung Tengah, Welly.")
    assert _edges(y) == {("18.02", "18.72")}


def test_a_host_named_by_its_motto(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan Pemkab Tapin melakukan kunjungan kerja ke Bumi Sai Wawai, "
                        "Senin (2/6/2025), untuk mempelajari retribusi elektronik.")
    assert _edges(x) == {("63.05", "18.72")}


def test_a_facility_a_government_owns_and_a_fronted_time_clause(extractor: Extractor) -> None:
    x = _run(extractor, "Seusai rakor yang dipimpin Gubernur Kalteng dan dihadiri para bupati "
                        "se-Kalteng itu, Darwis bersama Kepala Dinas Lingkungan Hidup Kabupaten "
                        "Kapuas, Erlina Rahayu, menyempatkan diri berkunjung ke Bank Sampah Induk "
                        "milik Pemerintah Kota Palangka Raya untuk belajar.")
    assert _edges(x) == {("62.03", "62.71")}
    # A bank's own office stays no host.
    y = _run(extractor, "Pemkab Kapuas berkunjung ke Bank Kalteng di Kota Palangka Raya untuk "
                        "belajar layanan nontunai.")
    assert _edges(y) == set()


def test_a_program_that_caught_a_governments_eye(extractor: Extractor) -> None:
    x = _run(extractor, "Inovasi SI-DAMAI Milik Kabupaten Sumedang Menarik Minat Pemkab Bone "
                        "Bolango\n\nSUMEDANG - Rombongan Bone Bolango datang untuk mempelajari "
                        "aplikasi itu, Selasa (15/10/2024).")
    assert _edges(x) == {("75.03", "32.11")}
    # Without the region whose program it is, the sentence says nothing of a host.
    y = _run(extractor, "Pemkot Pekalongan belajar ke Kota Batam pada 2022. Model hemat inilah "
                        "yang menarik perhatian Kota Tegal.")
    assert _edges(y) == {("33.75", "21.71")}


def test_an_airports_town_and_a_citys_weather_are_no_parties(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan Pemkab Sumba Timur tiba Kamis (14/8/2025). Setelah mendarat di "
                        "Bandara El Tari, Kota Kupang, rombongan langsung menuju Kantor Bupati "
                        "Kupang dan diterima Sekretaris Daerah Kabupaten Kupang.")
    assert ("53.71", "53.01") not in _edges(x)
    y = _run(extractor, "BANDUNG – Udara sejuk Kota Bandung menyambut rombongan Diskominfo "
                        "Provinsi Kalimantan Utara yang datang untuk belajar tata kelola data ke "
                        "Pemerintah Provinsi Jawa Barat, Kamis (16/10/2025).")
    assert _edges(y) == {("65", "32")}


def test_a_contest_the_hosts_program_won_is_not_what_was_learned(extractor: Extractor) -> None:
    x = _run(extractor, "Rombongan Pemkab Bone Bolango studi tiru ke Kabupaten Sumedang, Selasa "
                        "(15/10/2024), untuk mempelajari SI-DAMAI yang masuk jajaran Top 45 "
                        "Kompetisi Inovasi Pelayanan Publik (KIPP) tahun 2023.")
    labels = {p.label for v in x.visits for p in v.programs}
    assert "Kompetisi Inovasi Pelayanan Publik" not in labels
    assert "Pelayanan Publik" not in labels
    y = _run(extractor, "Rombongan Pemkab Bone Bolango studi tiru ke Kabupaten Sumedang untuk "
                        "mempelajari cara mengikuti Kompetisi Inovasi Pelayanan Publik.")
    assert "Kompetisi Inovasi Pelayanan Publik" in {p.label for v in y.visits for p in v.programs}


def test_an_interviews_trips_told_without_a_verb(extractor: Extractor) -> None:
    x = _run(extractor, "BATUSANGKAR – Bupati Tanah Datar, Syafrizal, baru saja kembali dari "
                        "Pulau Dewata. Kami mewawancarainya, Kamis (8/5/2025).\n\nBagaimana "
                        "perjalanannya?\n\nBupati: Hari pertama, Senin (5/5/2025), kami ke "
                        "Kabupaten Gianyar. Yang kami pelajari desa wisata.")
    assert _edges(x) == {("13.04", "51.04")}
    # Without learning anywhere in the story, "kami ke" is only where someone went.
    y = _run(extractor, "BATUSANGKAR – Bupati Tanah Datar, Syafrizal, menghadiri pesta adat. "
                        "Kami mewawancarainya, Kamis (8/5/2025).\n\nBupati: Senin kami ke "
                        "Kabupaten Gianyar untuk menghadiri pernikahan kerabat.")
    assert _edges(y) == set()


def test_claimed_trips_and_a_capes_name(extractor: Extractor) -> None:
    x = _run(extractor, "Kejari Tetapkan Dua Tersangka SPPD Fiktif\n\nPIRU – Di atas kertas, ada "
                        "kunjungan kerja DPRD Seram Bagian Barat ke Pemerintah Kota Makassar, "
                        "Selasa (4/3/2025). Pemkot Makassar tidak pernah menerima rombongan itu.")
    assert x.visits == []
    y = _run(extractor, "Pemkab Mahakam Ulu studi tiru ke Pemkab Berau, Kamis (9/10/2025). Kepala "
                        "Disbudpar Berau yang menerima rombongan mengajak tamu meninjau Kampung "
                        "Wisata Merabu dan Tanjung Batu.")
    assert _edges(y) == {("64.11", "64.03")}


def test_a_schedule_whose_items_run_over_several_sentences(extractor: Extractor) -> None:
    x = _run(extractor, "Sebulan, Empat Rombongan Datang Belajar ke Sragen\n\nSRAGEN – Sepanjang "
                        "Juni 2025, Pemerintah Kabupaten Sragen mencatat tiga rombongan datang "
                        "untuk studi tiru. Rinciannya:\n\n- Selasa (3/6/2025): Komisi A DPRD "
                        "Kabupaten Kebumen. Rombongan mempelajari MPP.\n- Kamis (12/6/2025): "
                        "Bagian Organisasi Setda Kabupaten Lombok Timur, dipimpin Kabag "
                        "Organisasi. Diterima Asisten Administrasi Umum.\n- Rabu (18/6/2025): "
                        "Bappeda "
                        "Kabupaten Minahasa, dipimpin Kepala Bappeda. Diterima Kepala Bapperida "
                        "Sragen.")
    assert _edges(x) == {("33.05", "33.14"), ("52.03", "33.14"), ("71.02", "33.14")}
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "33.05": "2025-06-03", "52.03": "2025-06-12", "71.02": "2025-06-18"}


def test_a_digests_bare_regent_and_guests_who_came_to_the_dateline(extractor: Extractor) -> None:
    x = _run(extractor, "SUNGAI RAYA, Kubu Raya – Rabu (9/10/2024) menjadi hari yang panjang bagi "
                        "Bupati Kubu Raya.\n\nPukul 15.30 WIB, Bupati menerima kunjungan kerja "
                        "Komisi II DPRD Kabupaten Sanggau di Aula Praja Utama.")
    assert _edges(x) == {("61.03", "61.12")}
    y = _run(extractor, "WONOSOBO – Rubrik Sepekan merangkum aktivitas Bupati Wonosobo.\n\nRabu "
                        "(14/5/2025) – Pendopo Kabupaten kedatangan tamu. Rombongan Pemerintah "
                        "Kabupaten Lebong datang untuk belajar tata kelola desa wisata.")
    assert _edges(y) == {("17.07", "33.07")}
    # Traders who came to look are no government's delegation.
    z = _run(extractor, "SAMARINDA – Festival Kopi Kaltim dibuka. Rombongan pelaku UMKM dari "
                        "Kalimantan Selatan sengaja datang untuk melihat kemasan produk kopi.")
    assert z.visits == []


def test_learning_from_afar_is_no_trip(extractor: Extractor) -> None:
    x = _run(extractor, 'SELATPANJANG – Bupati Kepulauan Meranti menerima wartawan. "Kami juga '
                        "belajar dari Kabupaten Indragiri Hilir yang punya masalah serupa, tapi "
                        'lewat diskusi di forum provinsi saja," katanya.')
    assert x.visits == []


def test_a_days_header_over_an_itinerarys_items(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Tanah Bumbu Pelajari MPP Banyuwangi dan Command Center Surabaya"
                        "\n\nBATULICIN – Pemkab Tanah Bumbu menimba pengalaman ke dua daerah di "
                        "Jawa Timur. Berikut rangkaian perjalanan rombongan:\n\nHari pertama, "
                        "Kamis (12/6/2025)\n- Diterima Asisten Administrasi Umum Setda "
                        "Banyuwangi di MPP.\n\nHari kedua, Jumat (13/6/2025)\n- Berkunjung ke "
                        "Command Center 112 milik Pemerintah Kota Surabaya.")
    assert {v.host_codes[0]: v.start for v in x.visits} == {
        "35.10": "2025-06-12", "35.78": "2025-06-13"}


def test_a_students_delegation_and_a_school_named_after_a_town(extractor: Extractor) -> None:
    x = _run(extractor, "BA'A – Rombongan mahasiswa dari Kabupaten Sleman, Daerah Istimewa "
                        "Yogyakarta, itu diterima langsung Bupati Rote Ndao, Senin (30/6/2025).")
    assert x.visits == []
    y = _run(extractor, "Rombongan Dinas Pendidikan Kabupaten Paser datang ke Balai Kota "
                        "Yogyakarta untuk mempelajari Jam Belajar Masyarakat. Usai pertemuan, "
                        "rombongan "
                        "mengunjungi SD Negeri Ungaran 1 untuk melihat penerapannya.")
    assert _edges(y) == {("64.01", "34.71")}


def test_a_provinces_team_and_governor_touring_their_own_regencies(extractor: Extractor) -> None:
    x = _run(extractor, "SIAK – Tim evaluasi SAKIP Pemerintah Provinsi Riau mulai turun ke "
                        "kabupaten. Kabupaten Siak menjadi daerah pertama yang dikunjungi, Senin "
                        "(21/4/2025), sebelum tim bergeser ke Kabupaten Kampar pada pekan ini.")
    assert x.visits == []
    y = _run(extractor, "LUWUK – Gubernur Sulawesi Tengah melanjutkan rangkaian kunjungan kerjanya "
                        "ke kabupaten-kabupaten di wilayah timur Sulteng. Rabu (9/7/2025), "
                        "gubernur tiba di Luwuk dan disambut Bupati Banggai.")
    assert y.visits == []


def test_a_province_leading_its_regencies_is_a_learner_too(extractor: Extractor) -> None:
    x = _run(extractor, "Kalteng Boyong Kapuas dan Pulang Pisau Belajar ke Pemprov Kalsel\n\n"
                        "BANJARBARU – Pemerintah Provinsi Kalimantan Tengah bersama Pemerintah "
                        "Kabupaten Kapuas dan Pemerintah Kabupaten Pulang Pisau melakukan studi "
                        "banding ke Pemerintah Provinsi Kalimantan Selatan, Rabu (20/8/2025).")
    assert _edges(x) == {("62", "63"), ("62.03", "63"), ("62.11", "63")}


def test_the_tip_of_an_island_in_a_subheading(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Wakatobi melakukan studi banding ke Kabupaten Raja Ampat, Papua "
                        "Barat Daya, pada 19-21 Agustus 2024.\n\nBelajar ke Ujung Papua\n\nDi Raja "
                        "Ampat rombongan mempelajari kartu jasa lingkungan.")
    assert _edges(x) == {("74.07", "96.05")}


def test_the_leads_delegation_moving_on_to_learn(extractor: Extractor) -> None:
    x = _run(extractor, "KENDARI – Komisi II DPRD Provinsi Sulawesi Tenggara melaksanakan "
                        "rangkaian kunjungan kerja di luar daerah pada akhir April lalu.\n\n"
                        "Agenda diawali dengan konsultasi ke Direktorat Jenderal Bina Pembangunan "
                        "Daerah Kementerian Dalam Negeri di Jakarta pada Senin (28/4/2025). Di "
                        "sana, komisi meminta penjelasan mengenai kewenangan pemerintah provinsi."
                        "\n\nSelanjutnya, pada Rabu (30/4/2025), rombongan bergerak ke Semarang "
                        "untuk mempelajari penerapan Kartu Tani di Provinsi Jawa Tengah.")
    assert _edges(x) == {("74", "33")}


def test_a_kkn_team_and_the_city_of_the_serambi_mekkah(extractor: Extractor) -> None:
    x = _run(extractor, "WONOSOBO – Pemkab Wonosobo pada bulan yang sama juga menerima tim KKN "
                        "dari Kabupaten Banyumas, Senin (7/7/2025).")
    assert x.visits == []
    y = _run(extractor, "Beberapa waktu lalu, Kota Serambi Mekkah dikunjungi tim Inspektorat "
                        "Kabupaten Dharmasraya untuk mempelajari Zona Integritas.")
    assert _edges(y) == {("13.10", "13.74")}


def test_a_trips_schedule_is_no_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Kepala DPMPTSP Pulang Pisau menjelaskan jadwal kunjungan ke Pangkalan Bun "
                        "masih menunggu konfirmasi dari pihak tuan rumah.")
    assert x.visits == []


def test_regions_counted_vaguely_in_a_province_are_not_the_province(extractor: Extractor) -> None:
    x = _run(extractor, "Balai Kota Samarinda dikunjungi rombongan Pemerintah Kabupaten Kutai "
                        "Barat untuk mempelajari Probebaya. Sebelumnya, Probebaya juga pernah "
                        "dipelajari "
                        "oleh delegasi dari beberapa daerah di Kalimantan Timur dan Kalimantan "
                        "Utara.")
    assert _edges(x) == {("64.07", "64.72")}


def test_a_ship_calling_at_ports_is_no_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "AMBON – Pada pelayaran pertamanya, kapal berkapasitas 900 penumpang itu "
                        "singgah di Tual dan Dobo sebelum tiba di Merauke, Sabtu (5/7/2025).")
    assert x.visits == []


def test_a_speakers_home_town_inside_the_visiting_province(extractor: Extractor) -> None:
    x = _run(extractor, "YOGYAKARTA – Rombongan DPR Papua Tengah melakukan kunjungan kerja ke "
                        "DPRD DIY, Selasa (2/12/2025), untuk belajar soal Perdais.\n\n"
                        '"Kami datang dari Nabire membawa banyak pertanyaan," kata ketuanya.')
    assert _edges(x) == {("94", "34")}


def test_the_province_that_received_them_not_its_capital(extractor: Extractor) -> None:
    x = _run(extractor, "Pemprov Kalimantan Utara melakukan kaji banding ke DIY pada Kamis "
                        "(22/5/2025). Rombongan yang terdiri atas pejabat Provinsi Kaltara "
                        "diterima di Kompleks Kepatihan, Kota Yogyakarta, oleh Kepala Biro "
                        "Organisasi Setda DIY.")
    assert _edges(x) == {("65", "34")}


def test_an_interview_in_the_first_person(extractor: Extractor) -> None:
    lead = ("RANTAU – Kepala DPMPTSP Kabupaten Tapin, Rahmadi, ditemui di kantornya, Jumat "
            "(20/6/2025).\n\n")
    x = _run(extractor, lead + '"Kami kemarin ke Kabupaten Banyuwangi, khusus untuk melihat '
                               'Mal Pelayanan Publik mereka," tutur Rahmadi.')
    assert _edges(x) == {("63.05", "35.10")}
    y = _run(extractor, lead + '"Kami diterima langsung oleh Asisten Setda Banyuwangi, lalu '
                               'belajar soal antrean," tutur Rahmadi.')
    assert _edges(y) == {("63.05", "35.10")}


def test_days_spent_somewhere_to_learn(extractor: Extractor) -> None:
    x = _run(extractor, "KOTA BIMA – Awal pekan ini, tim Bappeda Kota Bima menghabiskan dua hari "
                        "di Kota Surabaya untuk mempelajari perencanaan elektronik.")
    assert _edges(x) == {("52.72", "35.78")}


def test_a_transcripts_speaker_label(extractor: Extractor) -> None:
    x = _run(extractor, "Podcast ini diproduksi Diskominfo Kota Palu. Narasumber kali ini Kepala "
                        "DLH Parigi Moutong, Arif Lamadjido. Pemandu acara: Rina.\n\nRINA: Pak "
                        "Arif, kabarnya baru pulang. Ceritakan dong.\n\nARIF: Betul, Mbak. Kami "
                        "ke Kabupaten Banyumas, sembilan orang. Tujuannya belajar bank sampah.")
    assert _edges(x) == {("72.08", "33.02")}


def test_a_ministry_that_advised_before_the_subject(extractor: Extractor) -> None:
    x = _run(extractor, "Disarankan Kementerian PANRB, Lebong Belajar SPBE ke Sumedang\n\n"
                        "LEBONG – Kunjungan itu berlangsung pada 12 Mei 2025.")
    assert _edges(x) == {("17.07", "32.11")}


def test_a_committee_that_chose_to_learn_somewhere(extractor: Extractor) -> None:
    x = _run(extractor, "KUALASIMPANG – Komisi I DPRK Aceh Tamiang menilai layanan MPP belum "
                        "optimal. Karena itu, komisi tersebut memilih berguru ke Kota Binjai, "
                        "Selasa (7/10/2025).")
    assert _edges(x) == {("11.16", "12.75")}


def test_an_option_of_a_trip_and_a_hill_named_like_a_city(extractor: Extractor) -> None:
    x = _run(extractor, "BALIKPAPAN – Selain Surabaya, Komisi III DPRD Balikpapan juga membuka "
                        "opsi berkunjung ke Kota Semarang tahun ini.")
    assert x.visits == []
    y = _run(extractor, "SIAK – Pemkab Siak menerima kunjungan Pemkab Bengkalis untuk kaji tiru "
                        "e-Kampung, Selasa (12/11/2024). Ikut serta kepala desa dari Pulau Rupat "
                        "dan Bukit Batu.")
    assert _edges(y) == {("14.03", "14.08")}


def test_a_councils_report_of_its_own_trip_and_its_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Laporan Kegiatan DPRD Sleman: Kunker ke Badung hingga Terima Tamu dari "
                        "Kebumen\n\nSLEMAN – Sekretariat DPRD Kabupaten Sleman merilis "
                        "kegiatan dewan.\n\n2.\nKomisi A ke Bali\nPada 14 Mei 2025, Komisi A "
                        "melakukan kunjungan kerja ke DPRD Kabupaten Badung. Rombongan disambut "
                        "Wakil Ketua DPRD Badung.\n\n3.\nMenerima DPRD Kebumen\nGiliran DPRD "
                        "Sleman yang kedatangan tamu pada Kamis (22/5/2025). Rombongan Komisi C "
                        "DPRD Kabupaten Kebumen datang untuk belajar bank sampah.")
    assert _edges(x) == {("34.04", "51.03"), ("33.05", "34.04")}


def test_a_mayor_who_led_the_delegations_of_past_years(extractor: Extractor) -> None:
    x = _run(extractor, "PARIAMAN – Wali Kota Pariaman, Zulfahmi, meluncurkan aplikasi baru. "
                        '"Tahun 2022 saya pimpin langsung rombongan ke Banyuwangi. Tahun lalu '
                        'tim kami berangkat ke Kabupaten Siak, belajar SP4N-LAPOR!," tutur '
                        "Zulfahmi.")
    assert _edges(x) == {("13.77", "35.10"), ("13.77", "14.08")}


def test_two_delegations_of_one_week_told_one_by_one(extractor: Extractor) -> None:
    x = _run(extractor, "SUMEDANG – Dalam sepekan terakhir, dua rombongan dari luar daerah datang "
                        "untuk belajar SPBE.\n\nRombongan pertama datang Senin (10/2/2025). "
                        "Komisi I DPRD Kabupaten Ciamis, dipimpin ketuanya, ingin mengetahui "
                        "anggaran SPBE. Mereka diterima Sekretaris Daerah Sumedang.\n\nDua hari "
                        "berselang, Rabu (12/2/2025), giliran Pemerintah Kabupaten Lebak, Banten, "
                        "yang bertandang.")
    assert _edges(x) == {("32.07", "32.11"), ("36.02", "32.11")}


def test_a_headlines_fronted_predicate_and_its_subject_after_the_comma(
        extractor: Extractor) -> None:
    x = _run(extractor, "Sambangi Banyuwangi dan Surabaya, Pemkab Lotim Bawa Pulang Dua Pelajaran"
                        "\n\nSELONG – Wakil Bupati memimpin perjalanan itu.")
    assert _edges(x) == {("52.03", "35.10"), ("52.03", "35.78")}


def test_a_digests_headline_names_other_topics_after_a_comma(extractor: Extractor) -> None:
    x = _run(extractor, "Berita Sepekan NTT: Kades SBD Belajar Desa Wisata di Ngada, Sampah Kota "
                        "Kupang, MPP Digital Sikka\n\nKUPANG – Berikut rangkuman sepekan.")
    assert _edges(x) == {("53.18", "53.09")}


def test_a_learner_in_a_headline_before_another_visit_of_the_story(
        extractor: Extractor) -> None:
    x = _run(extractor, "SEPEKAN DI LUMAJANG: Situbondo Datang Belajar Sambang Dusun\n\nLUMAJANG – "
                        "Bupati mengatakan rombongan Pemkab Lumajang melakukan studi banding ke "
                        "Kabupaten Trenggalek bulan lalu.\n\nRabu (9/7/2025), Pemkab Lumajang "
                        "kedatangan tamu dari Kabupaten Situbondo.")
    assert _edges(x) == {("35.08", "35.03"), ("35.12", "35.08")}


def test_a_bare_mayor_in_a_capital_named_like_its_province(extractor: Extractor) -> None:
    x = _run(extractor, "BENGKULU – Bagian Protokol merangkum kegiatan hari ini.\n\n11.00 WIB\n"
                        "Di ruang rapat, Wali Kota menerima rombongan gabungan dari Pemerintah "
                        "Kabupaten Seluma dan Pemerintah Kabupaten Kaur untuk belajar e-Kelurahan.")
    assert _edges(x) == {("17.05", "17.71"), ("17.04", "17.71")}


def test_guests_whose_turn_it_was(extractor: Extractor) -> None:
    x = _run(extractor, "YOGYAKARTA – Pemda DIY kembali menjadi jujugan daerah lain. Kali ini "
                        "giliran rombongan Pemerintah Kabupaten Sumba Timur, Nusa Tenggara Timur, "
                        "yang diterima di Kompleks Kepatihan, Jumat (28/2/2025).")
    assert _edges(x) == {("53.11", "34")}


def test_a_citys_lurah_and_camat_and_regencies_counted_in_a_province(
        extractor: Extractor) -> None:
    x = _run(extractor, "Samarinda (ANTARA) - Sebanyak 59 lurah dan 10 camat di Kota Samarinda "
                        "mengikuti kaji tiru ke Kota Surabaya, Selasa (4/3/2025).")
    assert _edges(x) == {("64.72", "35.78")}
    y = _run(extractor, "Pringsewu Terima Kunjungan Kades dari Bengkulu Tengah dan Seluma\n\n"
                        "PRINGSEWU – Pemerintah Kabupaten Pringsewu menerima kunjungan kepala desa "
                        "dari dua kabupaten di Provinsi Bengkulu, yakni Kabupaten Bengkulu Tengah "
                        "dan Kabupaten Seluma, Selasa (14/10/2025).")
    assert _edges(y) == {("17.09", "18.10"), ("17.05", "18.10")}


def test_a_ministry_in_a_fronted_clause_of_time(extractor: Extractor) -> None:
    x = _run(extractor, "Usai Konsultasi ke Kemendes, Kades dan PKK Tapin Studi Tiru Posyandu ILP "
                        "di Kabupaten Bogor\n\nRANTAU – Rombongan berangkat pekan lalu.")
    assert _edges(x) == {("63.05", "32.01")}


def test_a_program_named_once_in_passing_is_not_the_visits(extractor: Extractor) -> None:
    x = _run(extractor, "Tabalong Belajar Mal Pelayanan Publik ke Sleman\n\nSLEMAN – Pemkab "
                        "Tabalong melakukan studi tiru Mal Pelayanan Publik ke Kabupaten Sleman, "
                        "Selasa (4/3/2025).\n\nMPP Sleman kini menampung 30 instansi. Keluhan "
                        "warga yang masuk lewat SP4N-LAPOR! ditindaklanjuti lima hari kerja.")
    assert {p.notation for v in x.visits for p in v.programs} == {"MPP"}
    y = _run(extractor, "Seruyan Belajar Tata Kelola Wisata di Banyuwangi\n\nBANYUWANGI – Pemkab "
                        "Seruyan melakukan kunjungan kerja ke Kabupaten Banyuwangi, Senin "
                        "(2/6/2025).\n\nBupati juga menyempatkan diri mengunjungi Mal Pelayanan "
                        "Publik.")
    assert "MPP" in {p.notation for v in y.visits for p in v.programs}


def test_a_comparative_study_and_a_watchdogs_headline(extractor: Extractor) -> None:
    x = _run(extractor, "BATULICIN – Sekretariat DPRD Kabupaten Tanah Bumbu melaksanakan studi "
                        "komparatif ke Sekretariat DPRD Kabupaten Badung, Selasa (8/7/2025).")
    assert _edges(x) == {("63.10", "51.03")}
    y = _run(extractor, "FITRA Riau Soroti Studi Banding Pansus DPRD Rohil ke Badung\n\n"
                        "BAGANSIAPIAPI – Perjalanan itu dinilai tidak peka.")
    assert _edges(y) == {("14.07", "51.03")}


def test_jakartas_own_agency_beside_a_ministry(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi IV DPRD Kaltara Pelajari Skema UHC Jakarta\n\nTANJUNG SELOR – "
                        "Pada hari pertama, rombongan bertemu Kementerian Kesehatan. Pada Rabu "
                        "(20/8/2025), "
                        "Komisi IV berkunjung ke Dinas Kesehatan Provinsi DKI Jakarta.")
    assert _edges(x) == {("65", "31")}


def test_the_hosts_other_innovations_are_not_what_was_studied(extractor: Extractor) -> None:
    x = _run(extractor, "SIDRAP – Komisi I DPRD Polewali Mandar melakukan studi tiru aplikasi "
                        "Mappadeceng ke Pemkab Sidrap, Senin (3/3/2025). Di luar itu, Sidrap juga "
                        "punya inovasi lain seperti gerakan Sidrap Menanam.")
    labels = {p.label for v in x.visits for p in v.programs}
    assert "Sidrap Menanam" not in labels


def test_learning_in_a_virtual_meeting_is_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, "TEGAL – Pemerintah Kota Tegal memilih belajar program Smart Kampung dari "
                        "Kabupaten Banyuwangi melalui rapat virtual, Senin (4/11/2024).")
    assert x.visits == []


def test_a_delegation_named_by_its_province_after_its_city(extractor: Extractor) -> None:
    x = _run(extractor, "SURABAYA – Wali Kota Palopo memanfaatkan rakernas untuk menimba "
                        "pengalaman. Keduanya menuju Command Center 112 milik Pemerintah Kota "
                        "Surabaya. Di ruang kendali itu, rombongan kecil dari Sulawesi Selatan "
                        "tersebut diterima Kepala Dinas Kominfo Surabaya.")
    assert _edges(x) == {("73.73", "35.78")}


def test_other_regions_of_a_province_are_not_the_province(extractor: Extractor) -> None:
    x = _run(extractor, "LUBUK PAKAM – Deli Serdang dalam dua tahun terakhir kerap menjadi tujuan "
                        "daerah lain di Sumatera Utara yang ingin belajar SIPD.")
    assert x.visits == []


def test_an_interviews_answer_label(extractor: Extractor) -> None:
    x = _run(extractor, "WAWANCARA – Ketua DPRD Meranti: Kami Tidak Malu Belajar\n\nSELATPANJANG – "
                        "Ketua DPRD Kabupaten Kepulauan Meranti, Khalid, mengunggah foto "
                        "rombongan dewan di sebuah gedung di Siak. Redaksi mewawancarainya di "
                        "ruang kerjanya. Berikut petikannya.\n\nTanya: Foto Bapak ramai "
                        "dibicarakan. Sebenarnya ada urusan apa?\n"
                        "Jawab: Biasa saja. Rabu lalu kami ke Siak, sebelas orang. Yang kami "
                        "pelajari soal BUMKam.")
    assert _edges(x) == {("14.10", "14.08")}


def test_an_agency_named_after_its_field_and_a_turn_after_a_date(extractor: Extractor) -> None:
    x = _run(extractor, "BUKITTINGGI – Rombongan Pemkab Agam mendatangi Kantor Dinas Koperasi, UKM "
                        "dan Perdagangan Kota Bukittinggi, Selasa (14/1/2025).")
    assert _edges(x) == {("13.06", "13.75")}
    y = _run(extractor, "BALIKPAPAN – Dalam dua hari berturut-turut, Pemerintah Kota Balikpapan "
                        "menerima dua rombongan dari Sulawesi.\n\nSenin (7/10/2024), giliran "
                        "Panitia Khusus DPRD Kabupaten Mamuju, Sulawesi Barat, yang datang ke "
                        "Balai Kota.")
    assert _edges(y) == {("76.02", "64.71")}


def test_a_body_or_a_bill_is_no_official(extractor: Extractor) -> None:
    x = _run(extractor, "PARIAMAN – Pemkot Pariaman melakukan studi tiru ke Kota Padang Panjang, "
                        "Senin (3/3/2025). Rombongan dipimpin Wakil Wali Kota Pariaman Ahmad "
                        "Fauzan. Ia membawa Kepala Dinas Kesehatan dr. Hj. Yenni Marlina Sari, "
                        "Kepala Satuan Polisi Pamong Praja Drs. Rahmat Syukri Chaniago, dan tiga "
                        "camat.")
    names = {o.name for v in x.visits for o in v.officials}
    assert names and not any("Satuan" in n or "Praja" in n for n in names)


def test_tourist_traffic_and_a_flight_route_are_no_visits(extractor: Extractor) -> None:
    x = _run(extractor, "RANTEPAO – SIKAWAN cocok diterapkan menjelang musim kunjungan akhir "
                        "tahun, ketika wisatawan dari Makassar dan Jakarta memadati Kabupaten "
                        "Toraja Utara.")
    assert x.visits == []
    y = _run(extractor, "TAREMPA – Rombongan berangkat dari Batam melalui Jakarta sebelum tiba di "
                        "Kabupaten Lombok Tengah, Kamis (5/6/2025).")
    assert y.visits == []


def test_an_agency_by_its_short_name_after_a_fronted_predicate(extractor: Extractor) -> None:
    x = _run(extractor, "Benchmarking ke Surabaya, Disporapar Balikpapan Incar Konsep Kampung "
                        "Wisata\n\nBALIKPAPAN – Tim berangkat pekan lalu.")
    assert _edges(x) == {("64.71", "35.78")}


def test_past_visitors_in_clauses_of_their_own(extractor: Extractor) -> None:
    x = _run(extractor, "BANYUWANGI – Menurut catatan Bagian Organisasi, pada Januari lalu DPRD "
                        "Kabupaten Sinjai juga telah datang khusus mempelajari Rantang Kasih, "
                        "sementara bulan lalu Pemkab Kolaka Timur menyambangi Dispendukcapil "
                        "Banyuwangi untuk menggali program Lahir Procot.")
    assert _edges(x) == {("73.07", "35.10"), ("74.11", "35.10")}


def test_a_speaker_at_a_national_forum_teaches_no_region(extractor: Extractor) -> None:
    x = _run(extractor, "SUMEDANG – Sumedang pekan ini juga diundang menjadi narasumber dalam "
                        "forum nasional transformasi digital di Jakarta.")
    assert x.visits == []


def test_two_delegations_from_a_province_named_after(extractor: Extractor) -> None:
    x = _run(extractor, "MANGUPURA – Pemerintah Kabupaten Badung menerima dua rombongan dari Nusa "
                        "Tenggara Timur sekaligus, Jumat (7/3/2025). Rombongan pertama berasal "
                        "dari Dinas Lingkungan Hidup Kabupaten Sumba Barat Daya, sedangkan "
                        "rombongan kedua adalah Komisi C DPRD Kabupaten Manggarai Barat. Kedua "
                        "rombongan diterima Sekretaris Daerah Kabupaten Badung. Rombongan DLH "
                        "Sumba Barat Daya dipimpin Kepala Dinas, sementara delegasi DPRD "
                        "Manggarai Barat "
                        "dipimpin Ketua Komisi C.")
    assert _edges(x) == {("53.18", "51.03"), ("53.15", "51.03")}


def test_learning_at_a_place_and_advice_in_a_headline(extractor: Extractor) -> None:
    x = _run(extractor, "KENDARI – Pemerintah Kabupaten Buton Tengah tengah bersiap memiliki MPP. "
                        "Sebagai langkah awal, sejumlah pejabat pemkab menimba ilmu di MPP Kota "
                        "Kendari, Rabu (8/10/2025).")
    assert _edges(x) == {("74.14", "74.71")}
    y = _run(extractor, "Atas Saran KemenPANRB, Buton Tengah Menimba Ilmu di MPP Kendari\n\n"
                        "KENDARI – Kunjungan berlangsung Rabu (8/10/2025).")
    assert _edges(y) == {("74.14", "74.71")}


def test_the_turn_of_guests_named_after_by_their_province(extractor: Extractor) -> None:
    x = _run(extractor, "BANJAR – Predikat SAKIP Kota Banjar membuat kota ini kerap didatangi "
                        "tamu. Selasa (14/1/2025), giliran Pemerintah Kabupaten Kolaka (Sultra) "
                        "yang datang menimba ilmu.\n\nRombongan dipimpin Kepala Bagian "
                        "Organisasi. Menurut dia, nilai SAKIP daerahnya masih C. Karena itu tim "
                        "ingin belajar menyusun pohon kinerja.\n\nTamu dari Sulawesi Tenggara itu "
                        "diterima Sekretaris Daerah Kota Banjar.")
    assert [(v.visitor_codes, v.host_codes, v.start) for v in x.visits] == [
        (["74.01"], ["32.79"], "2025-01-14")]


def test_sloppy_lower_case_after_a_word_of_government(extractor: Extractor) -> None:
    x = _run(extractor, "LUBUK PAKAM - Dinas Kependudukan kab. Batu bara melakukan kunjungan studi "
                        "ke Disdukcapil Kabupaten Deli serdang,Kamis(12/9/2024).")
    assert _edges(x) == {("12.19", "12.07")}


def test_a_tours_schedule_and_a_neighbourhood_named_like_a_regency(extractor: Extractor) -> None:
    x = _run(extractor, "WAINGAPU – Gubernur NTT memulai kunjungan kerja di Pulau Sumba. Kamis "
                        "(16/10/2025), rombongan gubernur bergerak ke Kabupaten Sumba Tengah dan "
                        "Kabupaten Sumba Barat Daya. Kunjungan kerja dijadwalkan berakhir Jumat di "
                        "Kabupaten Sumba Barat.")
    assert x.visits == []
    y = _run(extractor, "JAMBI – Tim Bappeda Provinsi Bengkulu bertandang ke Kota Jambi, Selasa "
                        "(27/8/2024). Tim beranggotakan 11 orang itu dipimpin Sekretaris Bappeda "
                        "Provinsi Bengkulu. Di Kota Jambi, mereka diterima Kepala Diskominfo di "
                        "kantor wali kota di kawasan Kotabaru.")
    assert _edges(y) == {("17", "15.71")}


def test_a_national_agencys_office_in_a_provinces_capital(extractor: Extractor) -> None:
    x = _run(extractor, "MATARAM – BKD Provinsi Nusa Tenggara Barat menggelar kunjungan kerja ke "
                        "Denpasar pada 19 Februari 2025. Hari pertama tim mengunjungi Kantor "
                        "Regional X Badan Kepegawaian Negara (BKN) Denpasar. Kedatangan tim NTB "
                        "diterima Sekretaris BKPSDM Provinsi Bali.")
    assert _edges(x) == {("52", "51")}


def test_moving_on_from_one_host_to_the_next(extractor: Extractor) -> None:
    x = _run(extractor, "BAJAWA – Puluhan kepala desa dari Kabupaten Ngada baru kembali dari "
                        "perjalanan belajar ke Jawa Tengah. Selama Senin–Rabu (10–12/2/2025), "
                        "mereka berpindah dari Banyumas ke Purbalingga.")
    assert ("33.02", "33.03") not in _edges(x)


def test_a_sentence_ending_without_a_space(extractor: Extractor) -> None:
    x = _run(extractor, "SIAK SRI INDRAPURA - kabupaten Siak kembali di jadikan tempat belajar "
                        "oleh daerah lain.Kamis 6 Maret 2025 giliran Pemkab Rokan hulu (Rohul) "
                        "yang datang untuk mempelajari Zona Integritas.")
    assert _edges(x) == {("14.06", "14.08")}


def test_on_target_is_no_host(extractor: Extractor) -> None:
    x = _run(extractor, "NABIRE – Pemerintah Kabupaten Nabire mengirim tim ke Jakarta untuk "
                        "berkonsultasi dengan Kementerian Dalam Negeri. \"Dana Otsus itu hak orang "
                        "asli Papua, jadi harus tepat sasaran,\" kata Sekda.")
    assert x.visits == []


def test_turns_at_learning_and_a_host_that_went_out_itself(extractor: Extractor) -> None:
    x = _run(extractor, "Gantian Belajar, Kini Pemkab Badung Datangi Banyuwangi untuk Pelajari "
                        "Smart Kampung\n\nBANYUWANGI – Setahun lalu, rombongan Pemerintah "
                        "Kabupaten Banyuwangi datang ke Mangupura untuk belajar e-Tax. Pada "
                        "Selasa, 12 Maret 2024, dialah yang memimpin tim Bapenda Banyuwangi "
                        "melakukan studi tiru ke Badung.")
    assert _edges(x) == {("51.03", "35.10"), ("35.10", "51.03")}
    y = _run(extractor, "Sepekan Dua Agenda, Bontang Jadi Tuan Rumah Sekaligus Belajar ke "
                        "Balikpapan\n\nBONTANG – Selasa (20/5/2025), Pemkot menerima kunjungan "
                        "kerja Bagian Organisasi Setda Kabupaten Kutai Timur.")
    assert ("64.71", "64.74") not in _edges(y)


def test_a_comparison_a_second_clause_and_a_trip_told_again(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Boalemo dan Pahuwato Kunker Bareng ke Solo, Boalemo Lanjut ke Sragen"
                        "\n\nGORONTALO – DPRD Kabupaten Boalemo dan DPRD Kabupaten Pahuwato "
                        "melakukan kunjungan kerja ke Kota Surakarta, Senin (18/11/2024). "
                        "Berbeda dengan Pahuwato yang langsung kembali ke "
                        "Gorontalo, rombongan Boalemo melanjutkan perjalanan ke Kabupaten Sragen.")
    assert ("75.04", "75.02") not in _edges(x) and ("75.04", "33.14") not in _edges(x)
    y = _run(extractor, "SLEMAN – Dinas Pertanian Kabupaten Sleman menggelar kaji tiru ke "
                        "Kabupaten Malang, Jumat (17/1/2025). Dua hari sebelumnya, Komisi I DPRD "
                        "Kabupaten Ketapang datang ke Sleman untuk mempelajari Lapor Sleman.\n\n"
                        '"Tapi kami juga terus belajar ke luar, seperti yang dilakukan teman-teman '
                        'DP3 ke Malang," ujarnya.')
    assert _edges(y) == {("34.04", "35.07"), ("61.04", "34.04")}


def test_a_headlines_bare_body_and_region_follow_the_same_body_in_the_story(
        extractor: Extractor) -> None:
    x = _run(extractor, "Pansus DPRD Jambi Kaji Banding ke DPRD Jawa Barat\n\nBANDUNG – Panitia "
                        "khusus DPRD Provinsi Jambi menuntaskan agenda di Bandung. Persoalan air "
                        "tanah di Kota Jambi kian mendesak, kata ketua pansus.")
    assert _edges(x) == {("15", "32")}


def test_a_place_set_before_the_learners(extractor: Extractor) -> None:
    x = _run(extractor, "BAJAWA – Puluhan kepala desa dari Kabupaten Ngada baru kembali dari "
                        "perjalanan belajar ke tiga kabupaten di Jawa Tengah.\n\nDi Banyumas, "
                        "Senin (10/2/2025), para kades belajar mengelola bank sampah yang bisa "
                        "ditukar dengan saldo tabungan.")
    assert ("53.09", "33.02") in _edges(x)


def test_a_list_under_a_header_that_only_points_at_it(extractor: Extractor) -> None:
    # "Berikut susunannya:" says nothing of whose list it is; the sentence before it does.
    text = ("Pemkab Sumbawa Barat Belajar Sistem Antrean ke Kota Mataram\n\n"
            "MATARAM - Pemerintah Kabupaten Sumbawa Barat melakukan studi tiru sistem antrean "
            "daring ke Pemerintah Kota Mataram, Rabu (9/4/2025).\n\n"
            "Rombongan dipimpin Asisten Administrasi Umum Setda Sumbawa Barat. "
            "Berikut susunannya:\n"
            "1. Drs. Hamzah Wirayuda, M.Si. (Asisten Administrasi Umum)\n"
            "2. Nining Kartikasari, S.Kom. (Kepala Bidang Aplikasi Diskominfo)\n"
            "3. Ramli Saputra (Kepala Desa Kertasari)\n\n"
            "Mereka disambut Sekda Kota Mataram, Ir. Galuh Prasetya, M.T., di ruang rapat "
            "Wali Kota. Galuh menjelaskan aplikasi antrean yang dipakai di Desa Kertasari "
            "tetangga kota itu.\n")
    (v,) = _run(extractor, text).visits
    sides = {o.name: o.side for o in v.officials}
    assert sides == {"Hamzah Wirayuda": "visitor", "Nining Kartikasari": "visitor",
                     "Ramli Saputra": "visitor", "Galuh Prasetya": "host"}


def test_people_listed_under_a_subheader_per_regency(extractor: Extractor) -> None:
    # Each subheader names the regency of the items under it, so that a village head whose
    # village the story names again later is still his regency's, and the first item under a
    # subheader is read as a person like the rest.
    text = ("Dua Kabupaten di Sumba Belajar Desa Wisata ke Kabupaten Badung\n\n"
            "MANGUPURA - Perwakilan Kabupaten Sumba Barat dan Kabupaten Sumba Tengah belajar "
            "mengelola desa wisata di Kabupaten Badung, Kamis (15/5/2025).\n\n"
            "Daftar peserta dari tiap kabupaten:\n"
            "Kabupaten Sumba Barat\n"
            "- Drs. Umbu Rihi Kaborang, M.Si. (Kepala Dinas Pariwisata)\n"
            "- Yuliana Lero, S.E. (Kepala Desa Tarung)\n"
            "Kabupaten Sumba Tengah\n"
            "- Ir. Markus Dapa Ole (Kepala Bappeda)\n"
            "- Stefanus Ngongo (Kepala Desa Wairasa)\n\n"
            "Rombongan diterima Kepala Dinas Pariwisata Badung, I Ketut Darmayasa, S.Sos. "
            "Ketut mengatakan desa adat seperti Tarung dan Wairasa punya modal yang sama.\n")
    (v,) = _run(extractor, text).visits
    found = {(o.name, o.side, o.region) for o in v.officials}
    assert found == {("Umbu Rihi Kaborang", "visitor", "53.12"),
                     ("Yuliana Lero", "visitor", "53.12"),
                     ("Markus Dapa Ole", "visitor", "53.17"),
                     ("Stefanus Ngongo", "visitor", "53.17"),
                     ("I Ketut Darmayasa", "host", "51.03")}


def test_the_integrity_zones_predicates_are_told_as_the_zone(extractor: Extractor) -> None:
    # WBK and WBBM are parts of the Integrity Zone (dct:isPartOf in the vocabulary): named
    # beside it they are one program; named alone, WBK stays itself.
    both = ("Inspektorat Kabupaten Sinjai melakukan studi tiru pembangunan Zona Integritas "
            "menuju WBK dan WBBM ke Pemerintah Kota Parepare, Selasa (4/3/2025).\n")
    (v,) = _run(extractor, both).visits
    assert [p.notation for p in v.programs] == ["ZI"]
    assert {"WBK", "WBBM"} <= set(v.programs[0].alt_labels)
    alone = ("Inspektorat Kabupaten Sinjai melakukan studi tiru predikat WBK ke Pemerintah "
             "Kota Parepare, Selasa (4/3/2025).\n")
    (w,) = _run(extractor, alone).visits
    assert [p.notation for p in w.programs] == ["WBK"]


def test_themes_of_the_vocabulary_are_topics_not_programs(extractor: Extractor) -> None:
    text = ("Komisi II DPRD Kabupaten Tapin melakukan kunjungan kerja ke Pemerintah Kota "
            "Banjarbaru, Rabu (5/3/2025), membahas Ranperda tentang pajak daerah serta "
            "pembinaan UMKM dan aplikasi Sistem Informasi Pajak Daerah (SIPADA).\n")
    (v,) = _run(extractor, text).visits
    assert set(v.topics) >= {"Peningkatan Pendapatan Asli Daerah", "Pemberdayaan UMKM"}
    labels = {p.label for p in v.programs}
    assert not labels & {"Peningkatan Pendapatan Asli Daerah", "Pemberdayaan UMKM",
                         "Pembentukan produk hukum daerah"}
    assert "SIPADA" in {p.notation for p in v.programs}


def test_berkaca_ke_is_a_learning_trip(extractor: Extractor) -> None:
    text = ("Kelola Retribusi Pasar, Komisi II DPRD Pamekasan Berkaca ke Kota Malang\n\n"
            "PAMEKASAN - Anggota Komisi II DPRD Pamekasan mempelajari penarikan retribusi "
            "pasar secara nontunai, Kamis (6/3/2025).\n")
    assert _edges(_run(extractor, text)) == {("35.28", "35.73")}
    # Looking back at one's own past is no trip.
    alone = ("Pemkab Sleman berkaca pada pengalaman tahun lalu saat banjir melanda Kabupaten "
             "Bantul, Senin (3/3/2025).")
    assert _run(extractor, alone).visits == []


def test_going_to_the_scene_of_an_accident_is_no_visit(extractor: Extractor) -> None:
    text = ("NGAWI - Sebuah minibus terguling di Kabupaten Ngawi, Senin (7/7/2025). Kepala Dinas "
            "Perhubungan Kabupaten Magetan, Budi Santosa, yang datang ke lokasi bersama petugas "
            "Dishub Ngawi, menyebut izin kendaraan itu masih berlaku.")
    assert _run(extractor, text).visits == []


def test_the_month_a_host_opened_something_is_not_the_visits(extractor: Extractor) -> None:
    text = ("Pemerintah Kabupaten Kutai Barat melakukan studi tiru ke Kabupaten Jombang, Selasa "
            "(2/12/2025), untuk mempelajari sistem resi gudang. Rombongan disambut Kepala Dinas "
            "Perdagangan Jombang, yang menuturkan gudang itu diresmikan pada Maret 2019.")
    (v,) = _run(extractor, text).visits
    assert (v.start, v.end) == ("2025-12-02", "2025-12-02")


def test_national_programs_of_transport_disasters_and_farming(extractor: Extractor) -> None:
    text = ("Dinas Perhubungan Kabupaten Lombok Timur melakukan studi tiru Area Traffic Control "
            "System (ATCS) ke Kota Surakarta, Rabu (12/3/2025). Sehari kemudian BPBD Lombok "
            "Timur mempelajari program Destana dan sistem peringatan dini di Kabupaten Bantul.\n")
    x = _run(extractor, text)
    notations = {p.notation for v in x.visits for p in v.programs}
    assert {"ATCS", "Destana", "EWS"} <= notations


def test_a_capitalised_name_as_what_was_studied_is_a_candidate(extractor: Extractor) -> None:
    text = ("Tim Pengendalian Inflasi Daerah Kota Banjarmasin melakukan studi tiru ke Kota "
            "Surakarta, Kamis (5/6/2025). Rombongan mempelajari Warung Pangan Warga, jaringan "
            "kios milik pemkot yang menjual bahan pokok dengan harga stabil.\n")
    (v,) = _run(extractor, text).visits
    assert "Warung Pangan Warga" in {p.label for p in v.programs if p.candidate}
    # A region after the same words is none.
    text = text.replace("Rombongan mempelajari Warung Pangan Warga, jaringan",
                        "Rombongan mempelajari Kota Surakarta dan jaringan")
    (v,) = _run(extractor, text).visits
    assert not [p for p in v.programs if p.candidate]


def test_people_taken_along_in_the_passive(extractor: Extractor) -> None:
    text = ("PEKANBARU - Tujuh lurah di Kecamatan Sukajadi, Kota Pekanbaru, diboyong ke Kota "
            "Surabaya untuk mempelajari bank sampah, Selasa (22/10/2024).")
    assert _edges(_run(extractor, text)) == {("14.71", "35.78")}


def test_a_village_opening_the_sentence_hosts_for_the_datelines_region(
        extractor: Extractor) -> None:
    text = ("SAMARINDA - Kelurahan Air Hitam, Kecamatan Samarinda Ulu, dikunjungi 34 pengurus "
            "LPM dari Kecamatan Balikpapan Utara, Kota Balikpapan, Kamis (13/3/2025).")
    assert _edges(_run(extractor, text)) == {("64.71", "64.72")}


def test_the_topic_first_then_who_studied_and_where(extractor: Extractor) -> None:
    text = ("Studi tiru tentang Kampung Bantar (Bersih, Aman, dan Pintar) dilakukan rombongan "
            "camat dari Kabupaten Sarolangun di Kecamatan Kotabaru, Kota Jambi, Senin "
            "(13/10/2025).")
    assert _edges(_run(extractor, text)) == {("15.03", "15.71")}


def test_the_way_home_after_a_study_is_no_host(extractor: Extractor) -> None:
    text = ("Komisi A DPRD Kabupaten Toba Samosir melakukan studi banding ke Kabupaten "
            "Banyuwangi, Rabu (11/5/2016). Studi banding ini berlangsung sehari sebelum "
            "rombongan kembali ke Sumatera Utara melalui Surabaya.")
    assert _edges(_run(extractor, text)) == {("12.12", "35.10")}


def test_older_names_and_a_title_case_dateline(extractor: Extractor) -> None:
    # "Muara Jambi" is the older spelling of Muaro Jambi (not Kota Jambi); "Denpasar -" opening
    # the body is a dateline, not a learner.
    text = ("Diskominfo Muara Jambi Pelajari Layanan 112\n\nMuara Jambi - Pemerintah Kabupaten "
            "Muara Jambi melakukan studi tiru ke Kota Parepare, Selasa (7/11/2017).")
    assert _edges(_run(extractor, text)) == {("15.05", "73.72")}
    text = ("Komisi IV DPRD NTB Pelajari Pergub Plastik\nRabu, 27 Februari 2019\n\nDenpasar - "
            "Komisi IV DPRD Provinsi Nusa Tenggara Barat melakukan kunjungan kerja ke "
            "Pemerintah Provinsi Bali, Selasa (26/2).")
    assert _edges(_run(extractor, text)) == {("52", "51")}


def test_a_council_named_by_its_bill_before_its_region(extractor: Extractor) -> None:
    # The pesantren is the bill's matter, not the host's kind.
    text = ("SURABAYA - DPRD Provinsi Jawa Timur menerima kunjungan kerja Panitia Khusus (Pansus) "
            "Rancangan Peraturan Daerah tentang Fasilitasi Penyelenggaraan Pesantren DPRD "
            "Kabupaten Lombok Timur, Kamis (5/6/2025).")
    assert _edges(_run(extractor, text)) == {("52.03", "35")}


def test_a_companys_site_and_a_models_scope_are_no_visit(extractor: Extractor) -> None:
    text = ("Bupati Kubu Raya mengunjungi kampus IPB di Kota Bogor, Senin (3/11/2025). Dari Bogor, "
            "rombongan melanjutkan perjalanan ke Subang untuk meninjau fasilitas produksi benih "
            "milik sebuah perusahaan swasta.")
    assert _run(extractor, text).visits == []
    text = ("Biro Organisasi Pemprov Kaltara melakukan studi tiru ke Pemprov Kaltim, Selasa "
            "(15/4/2025). Pada hari kedua, rombongan Kaltara meninjau UPTD Samsat Samarinda, unit "
            "yang menjadi percontohan pelayanan publik di lingkungan Pemprov Kaltim.")
    assert _edges(_run(extractor, text)) == {("65", "64")}


def test_a_bills_title_that_lists_its_matters(extractor: Extractor) -> None:
    text = ("Komisi IV DPRD Kabupaten Banjar melakukan kunjungan kerja ke Kota Surakarta, Rabu "
            "(4/6/2025), membahas Raperda tentang Penghormatan, Pelindungan dan Pemenuhan Hak "
            "Penyandang Disabilitas yang tengah disusun.")
    (v,) = _run(extractor, text).visits
    assert [p.label for p in v.programs if p.candidate] == [
        "Penghormatan, Pelindungan dan Pemenuhan Hak Penyandang Disabilitas"]


def test_command_center_112_is_the_emergency_line(extractor: Extractor) -> None:
    text = ("Pemkab Gresik melakukan studi tiru Command Center 112 ke Pemerintah Kota Surabaya, "
            "Senin (20/1/2025).")
    (v,) = _run(extractor, text).visits
    assert [p.label for p in v.programs] == ["Layanan darurat 112"]


def test_a_districts_name_ending_in_ulu_and_a_body_read_as_a_name(extractor: Extractor) -> None:
    text = ("SAMARINDA - Pengurus LPM Kota Balikpapan melakukan studi tiru ke Kota Samarinda, "
            "Kamis (13/3/2025). Mereka disambut Camat Samarinda Ulu, Masrani, S.Sos., dan "
            "Sekretaris Daerah Samarinda, Alam Setda.")
    (v,) = _run(extractor, text).visits
    names = [o.name for o in v.officials]
    assert "Masrani" in names
    assert not {"Ulu Masrani", "Alam Setda"} & set(names)


def test_an_iso_timestamp_line_and_last_week_told_as_pekan_kemarin(extractor: Extractor) -> None:
    text = ("Pemkab Bulukumba Timba Pengalaman di Bantaeng\nPublished: 2025-03-03T10:15:00+08:00 | "
            "Kategori: Daerah\n\nBULUKUMBA - Pekan kemarin, tepatnya Rabu (26/2) pukul 09.00 "
            "WITA, rombongan Pemerintah Kabupaten Bulukumba melakukan studi tiru ke Kabupaten "
            "Bantaeng.\n")
    x = _run(extractor, text)
    assert x.article.published == date(2025, 3, 3)
    (v,) = x.visits
    assert v.start == "2025-02-26"


def test_aid_sent_to_a_disaster_and_a_courtesy_call_are_no_visits(extractor: Extractor) -> None:
    aid = ("Pemerintah Kabupaten Sidoarjo mengirimkan bantuan kemanusiaan bagi warga terdampak "
           "banjir di Kabupaten Lumajang, Selasa (4/3/2025). Rombongan relawan dipimpin Kepala "
           "BPBD Sidoarjo. Di posko, mereka diterima Wakil Bupati Lumajang.")
    assert _run(extractor, aid).visits == []
    call = ("Bupati Bengkayang melakukan kunjungan silaturahmi ke Pemerintah Kota Singkawang, "
            "Senin (21/4/2025). Ia diterima Wali Kota Singkawang di ruang kerjanya. Keduanya "
            "membahas pasokan air baku.")
    assert _run(extractor, call).visits == []


def test_a_headlines_provinces_sum_up_the_regencies_told_after(extractor: Extractor) -> None:
    text = ("Rangkuman Sepekan: Sleman Terima Tamu dari Kaltim dan Bengkulu\n\n"
            "SLEMAN - Senin (14/7/2025), rombongan Pemkab Kutai Timur berkunjung ke Kabupaten "
            "Sleman untuk belajar layanan aduan. Selasa (15/7/2025), tim Pemkab Bengkulu Selatan "
            "datang ke Kabupaten Sleman untuk belajar tentang kota layak anak.\n")
    assert _edges(_run(extractor, text)) == {("64.08", "34.04"), ("17.01", "34.04")}


def test_two_learners_on_days_of_their_own_are_two_visits(extractor: Extractor) -> None:
    text = ("Disarankan KemenPANRB, Buru dan SBB Berturut-turut Belajar SAKIP ke Semarang\n"
            "07 Mar 2025 | 13:05 WIB\n\n"
            "SEMARANG - Nilai AA yang diraih Kota Semarang dalam evaluasi SAKIP membuat kota ini "
            "ramai tamu. Dalam dua hari berturut-turut pekan ini, Pemerintah Kota Semarang "
            "didatangi dua kabupaten dari Provinsi Maluku.\n\n"
            "Rabu (5/3/2025), rombongan Pemerintah Kabupaten Buru diterima di Balai Kota "
            "Semarang. Asisten Administrasi Umum Setda Buru, Ridwan Wael, mengatakan kunjungan "
            "itu tindak lanjut saran KemenPANRB.\n\n"
            "Sehari kemudian, Kamis (6/3), delegasi Kabupaten Seram Bagian Barat tiba dengan "
            "tujuan serupa. Rombongan dipimpin Kepala Bagian Organisasi Setda SBB, Jefry "
            "Latuheru.\n\nKedua rombongan diterima oleh tim Inspektorat Kota Semarang.\n")
    x = _run(extractor, text)
    got = sorted((v.visitor_codes[0], v.start, [o.name for o in v.officials]) for v in x.visits)
    assert got == [("81.04", "2025-03-05", ["Ridwan Wael"]),
                   ("81.06", "2025-03-06", ["Jefry Latuheru"])]


def test_three_guests_of_a_week_and_a_month_in_the_headline(extractor: Extractor) -> None:
    # Two guests on days of their own split the headline's visit; the headline's month is
    # neither guest's day, and a month starting on a guest's day is no range ending with it.
    text = ("Awal Juli, Bantaeng Dikunjungi Sigi, Sulbar dan DPRD Bombana\nRabu, 2 Juli 2025\n\n"
            "BANTAENG - Tiga rombongan berkunjung ke Kabupaten Bantaeng dalam dua hari.\n\n"
            "Pemerintah Kabupaten Sigi tiba lebih dulu pada Senin (30/6/2025) untuk belajar "
            "Brigade Siaga Bencana.\n\nSelasa (1/7), giliran Dinas Kesehatan Provinsi Sulawesi "
            "Barat yang datang ke Bantaeng.\n\nDi hari yang sama, rombongan DPRD Kabupaten "
            "Bombana mempelajari perda perlindungan petani.\n")
    got = {v.visitor_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got["72.10"] == "2025-06-30" and got["76"] == "2025-07-01"


def test_a_name_holding_an_agencys_word_is_no_person(extractor: Extractor) -> None:
    text = ("Komisi I DPRD Kabupaten Pelalawan melakukan kunjungan kerja ke Kota Bogor, Selasa "
            "(4/3/2025). Rombongan diterima Kepala Bidang Pencegahan dan Pengendalian Penyakit "
            "Dinas Kesehatan Kota Bogor, dr. Intan Permatasari, MKM.")
    (v,) = _run(extractor, text).visits
    assert not [o.name for o in v.officials if "Dinas" in o.name or "Penyakit" in o.name]


def test_a_tour_going_on_later_and_a_launchs_guest_are_no_visits(extractor: Extractor) -> None:
    tour = ("Gubernur NTT meninjau jalan rusak di Kabupaten Sikka, Selasa (3/6/2025). Kunjungan "
            "kerja gubernur akan berlanjut ke Kabupaten Ende dan Kabupaten Nagekeo.")
    assert _run(extractor, tour).visits == []
    launch = ("Pemkab Sigi meresmikan Mal Pelayanan Publik, Kamis (9/1/2025). Peresmian turut "
              "disaksikan Wali Kota Palu, yang datang bersama jajarannya ke Kabupaten Sigi.")
    assert _run(extractor, launch).visits == []


def test_an_online_system_the_guests_came_to_see_is_no_online_meeting(extractor: Extractor) -> None:
    text = ("Raja Ampat ke Bali\n\nWAISAI - Pemerintah Kabupaten Raja Ampat memboyong sejumlah "
            "pejabat ke Bali untuk belajar pengawasan pajak hotel dan restoran secara daring. "
            "Rombongan bertandang ke Kabupaten Badung pada Senin (9/6/2025).\n")
    assert ("96.05", "51.03") in _edges(_run(extractor, text))


def test_office_holders_from_a_region_are_its_delegation(extractor: Extractor) -> None:
    text = ("Belasan Raja Negeri dari Maluku Tengah Timba Ilmu BUMDes di Bantul\n\nBANTUL - "
            "Para raja negeri itu belajar pengelolaan BUMDes, Senin (12/5/2025).\n")
    assert _edges(_run(extractor, text)) == {("81.01", "34.02")}


def test_guests_of_a_week_welcomed_without_their_host_named(extractor: Extractor) -> None:
    # The first guest is only "welcomed at" a hall; the headline's first clause names the host
    # as the subject of a verb of its own, not as a learner; "daerah di Riau" are its regencies.
    text = ("Siak Hijau dan MPP Siak Jadi Magnet, Pelalawan dan DPRD Dumai Datang Berguru\n"
            "Jumat, 9 Mei 2025\n\n"
            "SIAK - Dua daerah di Riau bergantian menimba ilmu ke Kabupaten Siak pekan ini.\n\n"
            "Selasa (6/5), Pemerintah Kabupaten Pelalawan yang diwakili Kepala Bappeda, "
            "Zulkifli Harahap, S.T., beserta belasan staf dari dinas lingkungan hidup disambut "
            "di Balai Kerapatan Tinggi. Rombongan tersebut ingin mendalami kebijakan itu.\n\n"
            "Dua hari kemudian, Kamis (8/5), giliran Komisi I DPRD Kota Dumai yang datang. "
            "Dipimpin ketuanya, rombongan legislatif itu diterima Kepala DPMPTSP Siak di gedung "
            "Mal Pelayanan Publik.\n")
    x = _run(extractor, text)
    assert _edges(x) == {("14.05", "14.08"), ("14.72", "14.08")}
    assert {v.visitor_codes[0]: v.start for v in x.visits}["14.05"] == "2025-05-06"


def test_an_interview_in_an_office_is_not_a_welcome(extractor: Extractor) -> None:
    text = ("Biro Organisasi Kalteng Pelajari Anjab di Pemprov Jabar\nSelasa, 19 Agustus 2025\n\n"
            "PALANGKA RAYA - Biro "
            "Organisasi Setda Provinsi Kalimantan Tengah melakukan studi banding ke Pemerintah "
            "Provinsi Jawa Barat. Hal itu diungkapkan Kepala Biro Organisasi Setda Kalteng ketika "
            "ditemui di ruang kerjanya, Senin.\n")
    (v,) = _run(extractor, text).visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["62"], ["32"], None)


def test_free_of_corruption_is_no_origin(extractor: Extractor) -> None:
    text = ("Bolmut Belajar ke Madiun\n\nMADIUN - Pemerintah Kabupaten Bolaang Mongondow Utara "
            "(Bolmut), Sulawesi Utara, studi tiru pembangunan Zona Integritas (ZI) menuju Wilayah "
            "Bebas dari Korupsi (WBK) ke Pemerintah Kota Madiun, Selasa (19/11/2024).\n")
    assert _edges(_run(extractor, text)) == {("71.08", "35.77")}


def test_a_research_institute_in_a_city_is_no_host(extractor: Extractor) -> None:
    text = ("Distan Labusel Studi Banding Bibit Sawit ke Pusat Penelitian di Medan\n\nMedan - "
            "Dinas Pertanian Kabupaten Labuhanbatu Selatan bersama ketua kelompok tani melakukan "
            "studi banding ke Pusat Penelitian Kelapa Sawit (PPKS) di Kota Medan, Selasa "
            "(29/4/2025).\n")
    assert _run(extractor, text).visits == []


def test_eyed_by_a_learner_who_went_to_a_health_centre(extractor: Extractor) -> None:
    # "Dilirik" names the learner after the host's innovation; the team went to a health
    # centre of the host, named without its region.
    text = ("Inovasi SIGAP BUMIL Puskesmas di Banyumas Dilirik Pesisir Barat\n"
            "Diterbitkan 21/08/2024\n\nPURWOKERTO - Kemarin, tim Dinas Kesehatan Kabupaten "
            "Pesisir Barat, Lampung, bertandang ke Puskesmas Sumbang II untuk mempelajari "
            "inovasi itu.\n")
    (v,) = _run(extractor, text).visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["18.13"], ["33.02"], "2024-08-20")
    eyed = ("Regulasi kampung adat Kabupaten Siak mulai dilirik sebagai model di Riau. Komisi I "
            "DPRD Bengkalis menyiapkan ranperda serupa.\n")
    assert _run(extractor, eyed).visits == []


def test_a_hosts_guests_told_right_after_its_welcome(extractor: Extractor) -> None:
    # "kedatangan tamu" names only the host; the next sentence names only the learners.
    text = ("30 Keuchik dari Bireuen Belajar Cegah Stunting di Banda Aceh\nSelasa, 4 Juni 2024\n\n"
            "BANDA ACEH - Pemerintah Kota Banda Aceh kedatangan tamu dari Kota Juang. Sebanyak "
            "30 keuchik asal Kabupaten Bireuen, didampingi Dinas Pemberdayaan Masyarakat dan "
            "Gampong (DPMG) Bireuen, belum lama ini berkunjung ke Balai Kota untuk mempelajari "
            "upaya penanganan stunting berbasis gampong.\n")
    assert _edges(_run(extractor, text)) == {("11.11", "11.71")}


def test_a_headline_that_plans_a_study_trip(extractor: Extractor) -> None:
    text = ("Pemkab Ngawi Rencanakan Kirim Kades Studi Banding Desa Wisata ke Gianyar\n\n"
            "NGAWI - Dinas PMD menyusun daftar desa peserta.\n")
    assert _run(extractor, text).visits == []


def test_regents_taken_along_by_their_governor(extractor: Extractor) -> None:
    text = ("Sulbar Belajar BSB\n\nMAMUJU - Gubernur memboyong Bupati Mamuju dan Bupati Polewali "
            "Mandar ke Kabupaten Bantaeng, Selasa (23/7/2024), untuk mempelajari Brigade Siaga "
            "Bencana.\n")
    assert {("76.02", "73.03"), ("76.04", "73.03")} <= _edges(_run(extractor, text))


def test_one_trip_two_stops_on_days_of_their_own(extractor: Extractor) -> None:
    text = ("Sambangi Badung dan Denpasar, Pemkab Raja Ampat Pelajari Pajak Online\n"
            "Kamis, 12 Juni 2025\n\nWAISAI - Pemerintah Kabupaten Raja Ampat memboyong sejumlah "
            "pejabat ke Bali untuk belajar pajak hotel. Mereka lebih dulu bertandang ke "
            "Kabupaten Badung pada Senin (9/6/2025). Di Puspem Badung, "
            "rombongan diterima Kepala Bapenda Badung.\n\nKeesokan harinya, Selasa (10/6/2025), "
            "rombongan bergeser ke Kota Denpasar. Mereka disambut Asisten Perekonomian Setda Kota "
            "Denpasar.\n")
    got = {(v.visitor_codes[0], v.host_codes[0], v.start) for v in _run(extractor, text).visits}
    assert got == {("96.05", "51.03", "2025-06-09"), ("96.05", "51.71", "2025-06-10")}


def test_the_stops_of_one_trip_share_its_delegates(extractor: Extractor) -> None:
    # Delegates quoted after the last stop went on the whole trip.
    text = ("Dua Hari di Yogyakarta, Kades Tabalong Belajar Desa Wisata dan Tomira\n"
            "Jumat, 23 Mei 2025\n\nTANJUNG - Pemerintah Kabupaten Tabalong memboyong 30 kepala "
            "desa untuk belajar ke dua kabupaten di Daerah Istimewa Yogyakarta pekan ini. "
            "Selama dua hari, rombongan menyambangi Kabupaten Sleman dan Kabupaten Kulon "
            "Progo.\n\n"
            "Pada Selasa (20/5/2025), para kepala desa lebih dulu berkunjung ke Kabupaten Sleman "
            "untuk menimba ilmu pengelolaan desa wisata.\n\nKeesokan harinya, Rabu (21/5/2025), "
            "rombongan bergeser ke Kabupaten Kulon Progo untuk mempelajari Tomira.\n\n"
            "Kepala DPMD Tabalong, H. Ahmad Rizani, S.Sos., yang mendampingi rombongan sejak hari "
            "pertama, mengatakan dua materi tersebut dipilih sesuai kebutuhan desa.\n\n"
            "Kepala Desa Kambitin, Rusdiansyah, mengaku tertarik dengan model Tomira.\n")
    got = {v.host_codes[0]: sorted(o.name for o in v.officials if o.side == "visitor")
           for v in _run(extractor, text).visits}
    assert got == {"34.04": ["Ahmad Rizani", "Rusdiansyah"],
                   "34.01": ["Ahmad Rizani", "Rusdiansyah"]}


def test_an_acronym_of_every_initial_names_a_program_not_a_body(extractor: Extractor) -> None:
    text = ("Disperpusip Sumedang Belajar ke Solo\n\nSOLO - Dinas Perpustakaan Kabupaten Sumedang "
            "studi banding ke Kota Surakarta, Senin (3/3/2025), mempelajari Transformasi "
            "Perpustakaan Berbasis Inklusi Sosial (TPBIS). Pengawasan melibatkan Komisi "
            "Pemberantasan Korupsi (KPK).\n")
    (v,) = _run(extractor, text).visits
    assert [(p.label, p.notation) for p in v.programs] == [
        ("Transformasi Perpustakaan Berbasis Inklusi Sosial", "TPBIS")]


def test_a_regions_innovation_by_its_own_name(extractor: Extractor) -> None:
    text = ("Kaur Belajar Perizinan ke Surabaya\n\nSURABAYA - DPMPTSP Kabupaten Kaur studi tiru "
            "ke Kota Surabaya, Senin (7/7/2025), untuk mempelajari perizinan lewat Surabaya "
            "Single Window, lalu meninjau TPST di Kecamatan Benowo.\n")
    (v,) = _run(extractor, text).visits
    assert (v.visitor_codes, v.host_codes) == (["17.04"], ["35.78"])
    assert {p.notation for p in v.programs} >= {"SSW", "TPST"}


def test_a_stops_day_told_with_its_host_just_before(extractor: Extractor) -> None:
    text = ("Tiga Hari Keliling Jawa Timur, Pemkab Kutim Timba Ilmu dari Surabaya dan Sidoarjo\n"
            "Senin, 9 Juni 2025\n\nSANGATTA - Rombongan Pemerintah Kabupaten Kutai Timur "
            "menuntaskan studi tiru ke Jawa Timur.\n\nPersinggahan pertama adalah Balai Kota "
            "Surabaya, Rabu (4/6). Di sana rombongan diterima Asisten Administrasi Umum Sekda "
            "Kota Surabaya.\n\nKeesokan harinya, Kamis (5/6), perjalanan berlanjut ke Kabupaten "
            "Sidoarjo.\n")
    got = {v.host_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got == {"35.78": "2025-06-04", "35.15": "2025-06-05"}


def test_a_stops_day_in_the_crossing_sentence_before_its_welcome(extractor: Extractor) -> None:
    text = ("DPMD Sumbawa Barat Boyong Kades Studi Banding ke Badung dan Banyuwangi\n\n"
            "TALIWANG - Pada Senin (18/11/2024), rombongan Kabupaten Sumbawa Barat lebih dulu "
            "bertandang ke Pemkab Badung.\n\nKeesokan harinya, Selasa (19/11/2024), rombongan "
            "menyeberang ke Banyuwangi. Di kantor Pemkab Banyuwangi, mereka disambut Kepala "
            "Bidang Pemerintahan Desa DPMD Banyuwangi.\n")
    got = {v.host_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got == {"51.03": "2024-11-18", "35.10": "2024-11-19"}


def test_a_visit_told_by_its_month_has_no_day_in_the_contract(extractor: Extractor) -> None:
    # "start"/"end" are days or null (the scorer's contract); the month is kept in "period" and
    # on the visit itself, which ingest writes with its precision.
    text = ("Pemkab Kapuas Belajar ke Sragen\n\nKUALA KAPUAS - Pemerintah Kabupaten Kapuas "
            "melakukan studi tiru ke Kabupaten Sragen pada Maret 2025 untuk mempelajari Mal "
            "Pelayanan Publik.\n")
    (v,) = _run(extractor, text).visits
    assert (v.start, v.end) == ("2025-03", "2025-03")
    doc = v.to_json()
    assert (doc["start"], doc["end"], doc["period"]) == (
        None, None, {"start": "2025-03", "end": "2025-03"})


def test_he_who_received_the_guests_is_the_official_named_before(extractor: Extractor) -> None:
    text = ("Wabup Sumedang: Penurunan Stunting Bertumpu pada Data yang Akurat\n\nSUMEDANG - "
            "Wakil Bupati Sumedang, H. Dedi Rusmana, S.IP., menegaskan bahwa keberhasilan "
            "menekan stunting bertumpu pada data. Hal itu ia sampaikan saat menerima kunjungan "
            "kerja Komisi III DPRD Kabupaten Kotawaringin Timur di Ruang Rapat Bupati, Kamis "
            "(5/6/2025).\n")
    assert _edges(_run(extractor, text)) == {("62.02", "32.11")}


def test_the_staff_who_came_along_are_the_delegations(extractor: Extractor) -> None:
    text = ("Disdukcapil Ogan Ilir Belajar ke Palembang\n\nPALEMBANG - Disdukcapil Kabupaten Ogan "
            "Ilir berkunjung ke Disdukcapil Kota Palembang, Senin (3/2/2025). Kepala "
            "Disdukcapil Ogan Ilir, Hj. Marlina Sari, S.H., datang bersama jajarannya, yakni "
            "Kepala Bidang Pelayanan Pendaftaran Penduduk Yulia Andriani, S.Sos., dan Kepala "
            "Bidang Pencatatan Sipil Aidil Fitri, S.H.\n\nDelegasi itu dipimpin Sekretaris Daerah "
            "Ogan Ilir, Ir. Sitti Rahmah. Bersamanya hadir Kepala Badan Keuangan Daerah Hj. "
            "Nurhayati Damopolii, S.E., M.Ak.\n")
    (v,) = _run(extractor, text).visits
    visitors = {o.name for o in v.officials if o.side == "visitor"}
    assert {"Yulia Andriani", "Nurhayati Damopolii"} <= visitors


def test_staff_with_the_official_named_by_his_name_alone(extractor: Extractor) -> None:
    text = ("Wabup Sumedang Terima DPRD Kotim\n\nSUMEDANG - Wakil Bupati Sumedang, H. Dedi "
            "Rusmana, S.IP., menerima kunjungan kerja Komisi III DPRD Kabupaten Kotawaringin "
            "Timur di Ruang Rapat Bupati, Kamis (5/6/2025). Rombongan dipimpin Wakil Ketua Komisi "
            "III, Siti Rahmawati, yang menyampaikan bahwa angka stunting di daerahnya masih "
            "tinggi dan perlu dipelajari dari daerah yang berhasil menurunkannya.\n\n"
            "Dedi didampingi Kepala Bapperida, Ir. Hj. Neni Sumarni, M.T., dan Kepala Dinas "
            "Kesehatan, dr. Rahmat Hidayat, M.M.\n")
    (v,) = _run(extractor, text).visits
    hosts = {o.name for o in v.officials if o.side == "host"}
    assert {"Dedi Rusmana", "Neni Sumarni", "Rahmat Hidayat"} <= hosts


def test_an_official_who_presents_the_program_is_the_hosts(extractor: Extractor) -> None:
    text = ("Banyuwangi Terima DPRD Lombok Tengah\n\nBANYUWANGI - Komisi I DPRD Kabupaten Lombok "
            "Tengah berkunjung ke Kabupaten Banyuwangi, Selasa (20/5/2025), untuk mempelajari "
            "Smart Kampung.\n\nKepala Dinas Kependudukan dan Pencatatan Sipil, Dr. Nanang "
            "Suprapto, S.Sos., turut memaparkan integrasi data kependudukan dengan sistem desa.\n")
    (v,) = _run(extractor, text).visits
    assert ("Nanang Suprapto", "host") in {(o.name, o.side) for o in v.officials}


def test_a_trip_being_prepared_is_no_visit(extractor: Extractor) -> None:
    text = ("SBD Matangkan Persiapan Studi Tiru Pengelolaan Sampah ke Badung\n\nTAMBOLAKA - "
            "Pemerintah Kabupaten Sumba Barat Daya mematangkan persiapan rencana studi tiru "
            "pengelolaan sampah ke Kabupaten Badung.\n")
    assert _run(extractor, text).visits == []


def test_a_provinces_office_by_its_acronym_is_its_government(extractor: Extractor) -> None:
    # "BPKAD Provinsi Sulawesi Selatan" is the province's own office: the host, not a summary
    # of the city where it stands ("ke Makassar").
    text = ("Benahi Aset Daerah, BPKAD Sulbar Kaji Tiru SIMBADA ke Makassar\n\nMAMUJU - Kemarin, "
            "sembilan pejabat BPKAD Sulbar melakukan kaji tiru ke BPKAD Provinsi Sulawesi "
            "Selatan di Makassar.\n")
    assert _edges(_run(extractor, text)) == {("76", "73")}


def test_a_host_welcoming_another_regions_staff(extractor: Extractor) -> None:
    text = ("DPMPTSP Sragen Bagikan Resep Layanan Perizinan Cepat\n\nSRAGEN - Kepala DPMPTSP "
            "Kabupaten Sragen, Agus Widodo Santoso, Kamis (7/8/2025), menerima tamu dari ujung "
            "timur Indonesia. Bertempat di aula Mal Pelayanan Publik Sragen, ia menyambut jajaran "
            "DPMPTSP Kota Tidore Kepulauan.\n")
    assert _edges(_run(extractor, text)) == {("82.72", "33.14")}


def test_a_welcome_held_at_the_hosts_hall_and_the_next_departure(extractor: Extractor) -> None:
    text = ("Di-Peusijuek, Delegasi Ternate dan Tidore Pelajari Gampong Tangguh Bencana\n\n"
            "BANDA ACEH - Prosesi peusijuek menyambut kedatangan delegasi gabungan Pemerintah Kota "
            "Ternate dan Pemerintah Kota Tidore Kepulauan di Balai Kota Banda Aceh, Senin "
            "(14/10/2024). Pada sore harinya, rombongan mengunjungi Museum Tsunami Aceh, sebelum "
            "bertolak ke Medan keesokan harinya.\n")
    x = _run(extractor, text)
    assert _edges(x) == {("82.71", "11.71"), ("82.72", "11.71")}
    assert {v.start for v in x.visits} == {"2024-10-14"}


def test_villages_by_local_names_and_where_the_delegation_was(extractor: Extractor) -> None:
    pekon = ("Kades Lombok Timur Belajar Pekon Digital ke Pringsewu\n\nPRINGSEWU - Rombongan "
             "Pemerintah Kabupaten Lombok Timur belajar ke Kabupaten Pringsewu, Selasa "
             "(22/7/2025). Rombongan mengunjungi Pekon Sukoharjo III dan Pekon Wates.\n")
    assert _edges(_run(extractor, pekon)) == {("52.03", "18.10")}
    heads = ("Puluhan Kepala Pekon Pringsewu Studi Banding ke Gunungkidul\n\nGUNUNGKIDUL - "
             "Sebanyak 24 kepala pekon dari Kabupaten Pringsewu studi banding desa wisata ke "
             "Kabupaten Gunungkidul, Selasa (5/11/2024).\n")
    assert _edges(_run(extractor, heads)) == {("18.10", "34.03")}
    stay = ("DPRD Magelang Sambangi Padang Panjang dan Bukittinggi\n\nMAGELANG - Rombongan "
            "DPRD Kabupaten Magelang berguru ke Sumatera Barat. Senin (10/11/2025), mereka berada "
            "di Padang Panjang untuk mempelajari MDTA, lalu keesokan harinya melanjutkan "
            "perjalanan ke Bukittinggi.\n")
    assert ("13.74", "13.75") not in _edges(_run(extractor, stay))


def test_a_provinces_seat_town_for_its_delegation(extractor: Extractor) -> None:
    text = ("Bapenda Kaltara Datang ke DIY\n\nYOGYAKARTA - Rombongan Badan Pendapatan Daerah "
            "Provinsi Kalimantan Utara tiba di Daerah Istimewa Yogyakarta, Selasa (8/10/2024), "
            "untuk mempelajari Samsat Corner. Tamu dari Tanjung Selor itu diterima Kepala "
            "Badan Pengelolaan Keuangan dan Aset DIY.\n")
    assert _edges(_run(extractor, text)) == {("65", "34")}


def test_the_object_of_a_launch_before_the_comma_is_no_learner(extractor: Extractor) -> None:
    text = ("Pekan Sibuk Pemprov Kalsel: Gubernur Resmikan MPP Balangan, Biro Organisasi Belajar "
            "SAKIP ke Jatim\n\nBANJARBARU - Biro Organisasi Setda Provinsi Kalimantan Selatan "
            "melakukan studi tiru SAKIP ke Pemerintah Provinsi Jawa Timur, Kamis (20/2/2025).\n")
    assert _edges(_run(extractor, text)) == {("63", "35")}


def test_a_host_flooded_with_guests_listed_after_a_colon(extractor: Extractor) -> None:
    text = ("Pemkot Madiun Kebanjiran Tamu: HST Pelajari Parkir Elektronik, Magetan Dalami "
            "E-Planning\n\nMADIUN - Rombongan Dinas Perhubungan Kabupaten Hulu Sungai Tengah "
            "datang ke Kota Madiun, Selasa (20/8/2024).\n")
    edges = _edges(_run(extractor, text))
    assert ("63.07", "35.77") in edges and not {e for e in edges if e[1] == "35.20"}


def test_a_second_stop_on_the_same_day(extractor: Extractor) -> None:
    text = ("Bappeda Pessel Sambangi Dua Kota dalam Sehari\nDiterbitkan 11/07/2025\n\nPAINAN - "
            "Kamis (10/7/2025), rombongan Bappeda Kabupaten Pesisir Selatan lebih dulu "
            "bertandang ke Balai Kota Padang Panjang untuk mempelajari SPBE.\n\nDi Padang "
            "Panjang, tamu dari Painan itu diterima Sekretaris Daerah. Ia memaparkan tata kelola "
            "aplikasi.\n\n\"Kuncinya tata kelola,\" katanya.\n\nPada hari yang sama, selepas "
            "makan siang, rombongan bergeser ke Kota Bukittinggi. Di sana Asisten Perekonomian "
            "Setdako Bukittinggi menerima tim Bappeda Pessel di ruang rapat utama.\n")
    got = {v.host_codes[0]: v.start for v in _run(extractor, text).visits}
    assert got == {"13.74": "2025-07-10", "13.75": "2025-07-10"}


def test_craftspeople_studying_at_a_trades_centre_are_no_government(extractor: Extractor) -> None:
    text = ("Penenun Ikat Sikka Studi Banding ke Sentra Batik Pekalongan\n\nMAUMERE - Sebanyak 12 "
            "penenun dari Sanggar Tenun Ikat Du'a Lepo, Kabupaten Sikka, mengikuti studi banding "
            "ke sentra batik di Pekalongan, Jawa Tengah, pada 12-16 Agustus 2025.\n")
    assert _run(extractor, text).visits == []


def test_jakartas_administrative_cities_are_the_province(extractor: Extractor) -> None:
    text = ("Wali Kota Jakarta Selatan Terima Pemkab Tangerang\n\nJAKARTA - Wali Kota Jakarta "
            "Selatan menerima kunjungan Pemerintah Kabupaten Tangerang di Kantor Wali Kota Jakarta "
            "Selatan, Selasa (3/6/2025), untuk mempelajari pengelolaan RPTRA.\n")
    (v,) = _run(extractor, text).visits
    assert (v.visitor_codes, v.host_codes) == (["36.03"], ["31"])


def test_a_headline_that_learns_is_no_signing_trip(extractor: Extractor) -> None:
    # The host explains that schools sign agreements; the visit's headline speaks of learning.
    text = ("Komisi I DPRD Tanjungpinang Pelajari Program Sekolah Swasta Gratis di Kota Bekasi\n\n"
            "TANJUNGPINANG - Komisi I DPRD Kota Tanjungpinang melakukan kunjungan kerja ke Dinas "
            "Pendidikan Kota Bekasi, Jawa Barat, pada 19-20 Juni 2025.\n\nRombongan diterima "
            "Sekretaris Dinas Pendidikan Kota Bekasi, Drs. Ahmad Sobari, M.Pd., beserta Kepala "
            "Bidang Pembinaan SMP, Lilis Komalasari, S.Pd. Sobari menjelaskan, sekolah swasta "
            "yang ikut program wajib menandatangani perjanjian kerja sama.\n")
    assert _edges(_run(extractor, text)) == {("21.72", "32.75")}


def test_hosting_a_summit_is_no_guests_from_tana_tidung(extractor: Extractor) -> None:
    text = ("Badung Siap Jadi Tuan Rumah KTT Kota Pesisir Asia-Pasifik 2025\n\nMANGUPURA - "
            "Pemerintah Kabupaten Badung menyiapkan Nusa Dua untuk pertemuan para wali kota.\n")
    assert _run(extractor, text).visits == []


def test_a_visit_done_together_by_two_councils_named_after_it(extractor: Extractor) -> None:
    text = ("Dua DPRD dari Sumba Belajar JKN ke Jembrana\n\nNEGARA - Kabupaten Jembrana kembali "
            "menjadi tujuan belajar. Kali ini, kunjungan kerja dilakukan secara bersamaan oleh "
            "DPRD Kabupaten Sumba Barat dan DPRD Kabupaten Sumba Tengah, Selasa (21/1/2025). "
            "Rombongan diterima Wakil Bupati Jembrana di ruang rapat.\n")
    assert _edges(_run(extractor, text)) == {("53.12", "51.01"), ("53.17", "51.01")}


def test_a_provinces_office_travelling_with_its_regencies_offices(extractor: Extractor) -> None:
    text = ("Kampung Nol Sampah Kota Metro Jadi Rujukan Provinsi Bengkulu, Kaur dan Seluma\n\n"
            "METRO - Dinas Lingkungan Hidup Provinsi Bengkulu bersama DLH Kabupaten Kaur dan DLH "
            "Kabupaten Seluma memutuskan melihat langsung cara Kota Metro menekan volume sampah. "
            "Ketiganya datang dalam satu rombongan ke Metro, Selasa (3/12/2024).\n")
    assert _edges(_run(extractor, text)) == {("17", "18.72"), ("17.04", "18.72"),
                                              ("17.05", "18.72")}


@pytest.mark.parametrize(("text", "host"), [
    ("Sambangi Martapura, Pemkot Bontang Timba Ilmu\n\nMARTAPURA - Stunting di Kabupaten Banjar "
     "turun tajam. Jumat (16/5/2025), rombongan Pemerintah Kota Bontang bertandang ke Martapura "
     "untuk menimba ilmu.", "63.03"),
    ("Pemkab Musi Banyuasin bertandang ke Martapura, ibu kota Kabupaten OKU Timur, Selasa "
     "(29/10/2024), untuk mempelajari aspal karet.", "16.08"),
])
def test_a_seat_of_two_regencies_is_told_by_the_rest_of_the_text(
        extractor: Extractor, text: str, host: str) -> None:
    assert {h for v in _run(extractor, text).visits for h in v.host_codes} == {host}


def test_a_launch_tells_the_trip_behind_it_without_its_day(extractor: Extractor) -> None:
    x = _run(extractor, "Bupati Resmikan MPP Kotabaru, Hasil Studi Tiru ke Sumedang Kini Terwujud"
                        "\n\nKOTABARU - Bupati Kotabaru meresmikan Mal Pelayanan Publik, Senin "
                        "(16/6/2025). Lahirnya MPP ini tak lepas dari studi tiru yang dilakukan "
                        "Pemkab Kotabaru ke Kabupaten Sumedang, Jawa Barat, tahun lalu.")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes) == (["63.02"], ["32.11"])
    assert v.start is None


@pytest.mark.parametrize(("text", "edges"), [
    ("Sebanyak 25 kepala desa dari Kabupaten Banyuasin mengikuti studi banding pengelolaan "
     "Badan Usaha Milik Desa (BUMDes) dan desa wisata ke Kabupaten Malang, Selasa (10/6/2025).",
     {("16.07", "35.07")}),
    # a relative clause is no topic: "di" there is where the law already runs
    ("Komisi III DPRD Kota Bima melakukan studi banding terkait penerapan perda kawasan tanpa "
     "rokok yang sudah lebih dulu diterapkan di ibu kota provinsi NTB itu.", set()),
])
def test_a_long_topic_between_the_study_and_its_host(
        extractor: Extractor, text: str, edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_police_learning_from_police_is_no_visit_between_governments(
        extractor: Extractor) -> None:
    text = ("Polres Tuban Studi Banding Layanan SIM ke Polresta Sidoarjo\n\nSIDOARJO - Jajaran "
            "Kepolisian Resor (Polres) Tuban melakukan studi banding ke Kepolisian Resor Kota "
            "(Polresta) Sidoarjo, Selasa (3/12/2024). Kunjungan ini bertujuan mempelajari "
            "layanan SIM keliling. Rombongan disambut Wakapolresta Sidoarjo di aula.")
    assert _run(extractor, text).visits == []


@pytest.mark.parametrize(("lead", "edges"), [
    ("dalam rancangan itu tercantum usulan anggaran perjalanan dinas untuk", set()),
    ("atas usulan Bupati, tim Bappeda Kukar melakukan", {("64.02", "34.04")}),
])
def test_a_trip_among_a_budgets_proposals_has_not_been_made(
        extractor: Extractor, lead: str, edges: set[tuple[str, str]]) -> None:
    text = (f"TENGGARONG - Kepala Bappeda Kutai Kartanegara menjelaskan bahwa {lead} studi tiru "
            "ke Kabupaten Sleman, Selasa (3/6/2025).")
    assert _edges(_run(extractor, text)) == edges


def test_a_second_clause_after_sementara_has_a_subject_of_its_own(
        extractor: Extractor) -> None:
    # the clause before tells a trip of its own: Maros did not go to Banyumas
    edges = _edges(_run(extractor, "Maros memilih Sleman untuk urusan desa wisata, sementara "
                                   "Sinjai bertolak ke Banyumas untuk belajar mengelola sampah, "
                                   "Senin (6/10/2025)."))
    assert ("73.07", "33.02") in edges
    assert ("73.09", "33.02") not in edges
    # the clause before has no host of its own: both went where the second did
    edges = _edges(_run(extractor, "Januari lalu DPRD Kabupaten Sinjai juga telah datang "
                                   "mempelajari program itu, sementara bulan lalu Pemkab Maros "
                                   "menyambangi Pemkab Banyumas untuk belajar hal yang sama."))
    assert {("73.07", "33.02"), ("73.09", "33.02")} <= edges


@pytest.mark.parametrize("market", ["pedagang di pasar-pasar Solo", "pedagang di Pasar Gede Solo"])
def test_a_market_the_city_runs_does_not_make_it_a_place_of_others(
        extractor: Extractor, market: str) -> None:
    text = ("Rabu (23/7/2025), Komisi II DPRD Kabupaten Halmahera Utara berkunjung ke Dinas "
            "Perdagangan Kota Surakarta. Mereka diterima Kepala Dinas Perdagangan dan sempat "
            f"meninjau pasar.\n\nIa menjelaskan, {market} kini membayar retribusi dengan kartu.")
    assert _edges(_run(extractor, text)) == {("82.03", "33.72")}


def test_a_stop_told_by_its_order_is_the_trips(extractor: Extractor) -> None:
    x = _run(extractor, "Natuna Belajar Command Center\n\nPemerintah Kabupaten Natuna memanfaatkan "
                        "kunjungan kerjanya ke Pulau Batam pekan ini untuk belajar. Rombongan "
                        "dipimpin Asisten Administrasi Umum Setda Natuna. Mereka terbang dari "
                        "Ranai menuju Batam. Persinggahan pertama dilakukan di Pemerintah Kota "
                        "Batam, Selasa (4/2/2025).")
    assert _edges(x) == {("21.03", "21.71")}


@pytest.mark.parametrize(("along", "learners"), [
    ("ikut mengirim kepala bappeda dalam rombongan itu", {"19", "19.01", "19.02"}),
    ("ikut serta dalam festival budaya di Pangkalpinang pekan depan", {"19"}),
])
def test_regions_named_first_that_sent_people_along(
        extractor: Extractor, along: str, learners: set[str]) -> None:
    x = _run(extractor, "Pemerintah Provinsi Kepulauan Bangka Belitung melakukan studi tiru ke "
                        "Kabupaten Banyuwangi, Selasa (5/11/2024), untuk belajar Smart Kampung. "
                        f"Kabupaten Bangka dan Kabupaten Belitung {along}.")
    assert {c for v in x.visits for c in v.visitor_codes} == learners


def test_the_town_an_airport_stands_in_is_not_a_host(extractor: Extractor) -> None:
    x = _run(extractor, "GORONTALO - Pemerintah Kabupaten Buol melakukan kunjungan kerja ke "
                        "Pemerintah Kota Gorontalo, Selasa (8/10/2024). Rombongan Buol tiba "
                        "melalui Bandara Djalaluddin di Kabupaten Gorontalo pada pagi hari dan "
                        "langsung menuju Rumah Jabatan Wali Kota.")
    assert _edges(x) == {("72.05", "75.71")}


def test_a_sea_named_after_a_region_is_no_government(extractor: Extractor) -> None:
    x = _run(extractor, "Arungi Laut Natuna, Pemkab Anambas Studi Tiru MPP ke Pemko Batam\n\n"
                        "Pemerintah Kabupaten Kepulauan Anambas melakukan studi tiru ke Mal "
                        "Pelayanan Publik Kota Batam, Rabu (14/5/2025).")
    assert _edges(x) == {("21.05", "21.71")}


def test_guests_told_first_by_their_province_are_the_regency_named_later(
        extractor: Extractor) -> None:
    x = _run(extractor, "Layanan 112 Kota Madiun Jadi Rujukan\n\nLayanan panggilan darurat 112 "
                        "milik Pemerintah Kota Madiun terus menarik minat daerah lain. Kini tamu "
                        "dari Sulawesi Tengah ikut datang untuk melihat bagaimana layanan itu "
                        "bekerja, Kamis (5/6/2025). Para tamu yang dimaksud adalah rombongan "
                        "Pemerintah Kabupaten Morowali Utara.")
    assert _edges(x) == {("72.12", "35.77")}


def test_guests_named_paragraphs_after_the_host_told_of_them(extractor: Extractor) -> None:
    x = _run(extractor, "Trenggalek Kedatangan Tamu dari Timur\n\nPemerintah Kabupaten Trenggalek "
                        "kedatangan tamu dari jauh, Kamis (6/2/2025). Para tamu itu disambut "
                        "Wakil Bupati Trenggalek di pendopo. Mereka mendengarkan paparan tentang "
                        "bank sampah. Rombongan tamu tersebut ternyata adalah jajaran Pemerintah "
                        "Kabupaten Buru, Provinsi Maluku.")
    assert _edges(x) == {("81.04", "35.03")}


def test_they_were_and_the_councils_named_after(extractor: Extractor) -> None:
    x = _run(extractor, "Dua DPRD dari Kaltara Belajar Perda Bantuan Hukum ke Jateng\n\nDua "
                        "lembaga legislatif dari Kalimantan Utara datang bersamaan ke kantor DPRD "
                        "Provinsi Jawa Tengah di Semarang, Rabu (22/1/2025). Mereka adalah Komisi "
                        "A DPRD Kabupaten Bulungan dan Komisi I DPRD Kabupaten Tana Tidung.")
    assert _edges(x) == {("65.01", "33"), ("65.04", "33")}


def test_a_delegations_trip_told_in_reported_speech(extractor: Extractor) -> None:
    x = _run(extractor, "Sintang Lirik Toko Milik Rakyat\n\nKepala Dinas Koperasi dan "
                        "Perdagangan Kabupaten Sintang, Yohanes Aloysius, menceritakan pengalaman "
                        "rombongannya. Menurut dia, rombongan sudah tiba di Kabupaten Kulon Progo "
                        "sejak Kamis malam dan pada Jumat (14/2/2025) langsung diterima Sekretaris "
                        "Daerah.")
    assert _edges(x) == {("61.05", "34.01")}


def test_a_signing_trip_that_also_studied_the_hosts_program(extractor: Extractor) -> None:
    x = _run(extractor, "Tarakan dan Pinrang Teken Kerja Sama Beras\n\nPINRANG - Pemerintah "
                        "Kabupaten Pinrang menerima rombongan Pemerintah Kota Tarakan, Selasa "
                        "(27/8/2024), untuk menandatangani nota kesepahaman pasokan beras. Wali "
                        "Kota Tarakan hadir langsung.\n\nUsai penandatanganan, tim Tarakan "
                        "mempelajari aplikasi SI-LUMBUNG milik Pemkab Pinrang.")
    assert _edges(x) == {("65.71", "73.15")}


@pytest.mark.parametrize("text", [
    "Pemkab Lamongan Terima Kunjungan Virtual Pemkab Bima\n\nPemerintah Kabupaten Lamongan "
    "menerima kunjungan virtual dari Pemerintah Kabupaten Bima, Rabu (22/5/2024), untuk belajar "
    "menekan angka kematian ibu.",
    "Minut Gelar Kunjungan Kerja Virtual ke Tomohon\n\nPemerintah Kabupaten Minahasa Utara "
    "menggelar kunjungan kerja virtual ke Pemerintah Kota Tomohon, Senin (3/6/2024).",
])
def test_a_visit_said_to_be_virtual_is_no_trip(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).visits == []


def test_a_unit_named_without_its_region_receives_for_the_datelines(
        extractor: Extractor) -> None:
    x = _run(extractor, "Puskesmas Terima Kunjungan dari Paser\n\nBONTANG – UPT Puskesmas Bontang "
                        "Utara I menerima kunjungan studi tiru dari UPT Puskesmas Long Ikis, "
                        "Kabupaten Paser, Selasa (4/2/2025).")
    assert _edges(x) == {("64.01", "64.74")}


@pytest.mark.parametrize(("call", "edges"), [
    ("Kami datang bukan untuk studi banding, tetapi untuk menuntaskan kesepakatan", set()),
    # the same call told as a study
    ("Kami datang untuk studi banding, sekaligus menuntaskan kesepakatan", {("65.01", "65.71")}),
])
def test_the_speakers_own_call_denied_as_a_study(
        extractor: Extractor, call: str, edges: set[tuple[str, str]]) -> None:
    text = ("Pemerintah Kabupaten Bulungan mendatangi Pemerintah Kota Tarakan, Senin (3/3/2025), "
            f'dan diterima Wali Kota Tarakan. "{call}," ujarnya.')
    assert _edges(_run(extractor, text)) == edges


@pytest.mark.parametrize("text", [
    # the national land agency's offices
    "Kantah Sintang Studi Banding Sertipikat Elektronik ke Kantor Pertanahan Kota Pontianak\n\n"
    "Kantor Pertanahan Kabupaten Sintang melakukan studi banding ke Kantor Pertanahan Kota "
    "Pontianak, Selasa (4/3/2025).",
    # a trip for trade
    "Harga Bawang Merah Melonjak, Pemkot Medan Jemput Pasokan ke Brebes\n\nDinas Perdagangan "
    "Kota Medan melakukan kunjungan kerja ke Kabupaten Brebes, Senin (3/3/2025), untuk "
    "mengamankan pasokan bawang merah. Rombongan diterima Sekda Brebes.",
    # welcomed home
    "Raih Juara II Nasional, Tim Kader Posyandu Rejang Lebong Disambut Meriah Sepulang dari "
    "Surabaya\n\nTim kader posyandu Kabupaten Rejang Lebong tiba kembali di Curup, Senin "
    "(3/3/2025), membawa piala lomba tingkat nasional.",
])
def test_trips_that_are_no_learning_between_governments(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).visits == []


def test_a_time_after_pada_is_no_host_slot(extractor: Extractor) -> None:
    x = _run(extractor, "Hasil Studi Tiru Dipaparkan di Hadapan Bupati Boalemo\n\nTim Pemerintah "
                        "Kabupaten Boalemo memaparkan hasil studi tiru pengembangan desa wisata. "
                        "Studi tiru tersebut digelar pada 5-6 November 2024 di Kabupaten "
                        "Minahasa, Sulawesi Utara.")
    assert _edges(x) == {("75.02", "71.02")}


@pytest.mark.parametrize(("learning", "edges"), [
    ("untuk belajar pengelolaan mal pelayanan publik", {("64.11", "35.78")}),
    ("untuk menghadiri pernikahan kerabatnya", set()),
])
def test_a_trip_told_by_the_learners_return(
        extractor: Extractor, learning: str, edges: set[tuple[str, str]]) -> None:
    text = ("Kepala DPMPTSP Kabupaten Mahakam Ulu baru saja pulang dari Kota Surabaya. Selama "
            f"lima hari, sejak Senin (4/8/2025), ia berada di sana {learning}.")
    assert _edges(_run(extractor, text)) == edges


def test_a_company_delegation_coming_from_a_town_is_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Direksi PT Kebun Raya Sejahtera Kunjungi Katingan, Serahkan Bantuan\n\n"
                        "KASONGAN - Jajaran direksi PT Kebun Raya Sejahtera (KRS) melakukan "
                        "kunjungan kerja ke Kabupaten Katingan, Senin (4/8/2025). Dalam kunjungan "
                        "itu, perusahaan menyerahkan bantuan.\n\nRombongan yang dipimpin Direktur"
                        " Umum PT KRS, Ir. Bambang Sutejo, M.B.A., datang dari kantor pusat di "
                        "Jakarta bersama manajer kebun wilayah Pangkalan Bun. Mereka diterima "
                        "Wakil Bupati Katingan di rumah jabatan. Kepala desa setempat berharap "
                        "anak-anak bisa belajar malam dengan tenang setelah listrik masuk.")
    assert x.visits == []


def test_lawmakers_from_a_town_are_the_guests_welcomed(extractor: Extractor) -> None:
    x = _run(extractor, "Sistem Kinerja Kabupaten Tabalong Jadi Bahan Belajar Legislator\n\n"
                        "Kedatangan para wakil rakyat dari Tamiang Layang itu disambut Kepala "
                        "Bappedalitbang Kabupaten Tabalong di ruang rapat, Selasa (11/3/2025).")
    assert _edges(x) == {("62.13", "63.09")}


def test_a_roundups_guests_travelling_together_are_all_learners(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Kabupaten Belajar Kota Cerdas di Parepare\n\nPemerintah Kota "
                        "Parepare menerima dua pemerintah kabupaten sekaligus. Rabu (15/5/2024), "
                        "rombongan Pemerintah Kabupaten Wakatobi dan Pemerintah Kabupaten Kolaka "
                        "Timur datang bersama-sama ke Kota Bandar Madani.")
    assert _edges(x) == {("74.07", "73.72"), ("74.11", "73.72")}


def test_a_roundups_heading_lines_name_its_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Tiga Daerah Studi Tiru ke Kukar Selama Maret\n\nPemerintah Kabupaten "
                        "Kutai Kartanegara mencatat tiga delegasi pemerintah daerah datang untuk "
                        "studi tiru selama Maret 2025.\n\nKabupaten Majene, Sulawesi Barat\n"
                        "Rabu, 5 Maret 2025. Rombongan Dinas Pertanian, dipimpin kepala dinasnya."
                        " Diterima Asisten II Setkab Kukar.\n\nDPRD Kabupaten Sanggau, Kalimantan"
                        " Barat\nSelasa, 11 Maret 2025. Komisi B, dipimpin ketuanya. Diterima "
                        "Kepala DPMD Kukar.\n\nProvinsi Kalimantan Utara\nKamis, 20 Maret 2025. "
                        "Dinas Pariwisata, dipimpin sekretarisnya.")
    assert _edges(x) == {("76.05", "64.02"), ("61.03", "64.02"), ("65", "64.02")}
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "76.05": "2025-03-05", "61.03": "2025-03-11", "65": "2025-03-20"}


def test_guests_calling_on_the_hosts_town_hall(extractor: Extractor) -> None:
    x = _run(extractor, "Kota Solok Jadi Rujukan, Dua Kabupaten Datang Belajar\n\n"
                        "SOLOK - Pemerintah Kota Solok kedatangan dua rombongan sekaligus. "
                        "Pemerintah Kabupaten Sijunjung dan Pemerintah Kabupaten Dharmasraya "
                        "menyambangi Balai Kota di Laing, Senin (30/12/2024), untuk mempelajari "
                        "retribusi pasar non tunai.")
    assert _edges(x) == {("13.03", "13.72"), ("13.10", "13.72")}


def test_learning_told_inside_the_visit_belongs_to_the_storys_delegation(
        extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Lampung Timur Dorong Gerakan Beli Produk Lokal\n\n"
                        "SUKADANA - Komisi II DPRD Kabupaten Lampung Timur membawa pulang sejumlah "
                        "gagasan dari Kabupaten Kulon Progo. Dalam kunjungan kerja yang berlangsung"
                        " Selasa (19/11/2024), para wakil rakyat itu mempelajari gerakan Bela Beli "
                        "Kulon Progo.")
    assert _edges(x) == {("18.07", "34.01")}


@pytest.mark.parametrize(("text", "edges"), [
    ("Komisi III DPRD Kaltara Paparkan Oleh-oleh Kunker dari Bapenda Jatim\n\nKomisi III DPRD "
     "Provinsi Kalimantan Utara memaparkan hasil kunjungan kerjanya dalam rapat paripurna, Jumat "
     "(21/11/2025).", {("65", "35")}),
    ("Kades di Kabupaten Balangan Mulai Rancang Desa Wisata\n\nPARINGIN - Sepulang studi tiru dari "
     "Kabupaten Malang, Jawa Timur, akhir September lalu, sejumlah kepala desa di Kabupaten "
     "Balangan mulai menyusun rencana desa wisata.", {("63.11", "35.07")}),
])
def test_dari_after_a_trips_results_or_the_way_home_names_the_host(
        extractor: Extractor, text: str, edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_a_headlines_next_clause_after_a_comma_is_no_second_host(extractor: Extractor) -> None:
    x = _run(extractor, "Pasaman dan Tanah Datar Belajar Bela Beli ke Kulon Progo, Pasaman "
                        "Siapkan Gerakan Serupa\n\nLUBUK SIKAPING - Kepala Dinas Perdagangan "
                        "Kabupaten Pasaman menceritakan pengalamannya di depan para camat, "
                        "Senin (28/7/2025).")
    assert _edges(x) == {("13.08", "34.01"), ("13.04", "34.01")}


def test_a_plan_that_came_of_a_trip_made(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Banjarmasin Siapkan Pasar Daring\n\nBANJARMASIN - Pemerintah Kota "
                        "Banjarmasin berencana membangun pasar daring bagi UMKM. Rencana itu "
                        "mengemuka sepulang studi tiru rombongan Pemkot Banjarmasin ke Surabaya "
                        "pada Kamis (12/6/2025).")
    assert _edges(x) == {("63.71", "35.78")}


def test_a_roundups_items_told_by_their_order(extractor: Extractor) -> None:
    x = _run(extractor, "Tiga Rombongan Belajar ke Bukittinggi\n\nBUKITTINGGI - Pemerintah Kota "
                        "Bukittinggi menerima tiga rombongan pemerintah daerah pekan ini.\n\n"
                        "Kunjungan pertama dilakukan Dinas Pariwisata Provinsi Jambi pada Senin "
                        "(28/4/2025). Rombongan mempelajari sertifikasi usaha wisata.\n\n"
                        "Yang kedua adalah Pemerintah Kabupaten Lima Puluh Kota, yang datang Rabu "
                        "(30/4/2025).\n\nKetiga, Jumat (2/5/2025), Komisi I DPRD Kota Pekanbaru. "
                        "Mereka diterima Wakil Wali Kota Bukittinggi.")
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "15": "2025-04-28", "13.07": "2025-04-30", "14.71": "2025-05-02"}
    assert _edges(x) == {("15", "13.75"), ("13.07", "13.75"), ("14.71", "13.75")}


def test_a_roundups_items_led_by_their_day(extractor: Extractor) -> None:
    x = _run(extractor, "Kulon Progo Terima Tiga Delegasi\n\nWATES - Pemerintah Kabupaten Kulon "
                        "Progo mencatat tiga kunjungan kerja dari luar daerah pekan ini.\n\n"
                        "Senin, 22 Juli 2024 - Pemerintah Kabupaten Kaur, Bengkulu. Materi: "
                        "gerakan beli produk lokal.\n\nRabu, 24 Juli 2024 - DPRD Kota Metro, "
                        "Lampung. Materi: desa inklusi.")
    assert _edges(x) == {("17.04", "34.01"), ("18.72", "34.01")}


def test_guests_from_a_province_are_its_regencies_named_together(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari, Banyumas Dikunjungi Tamu dari Sumsel dan Bengkulu\n\n"
                        "PURWOKERTO - Pemkab Banyumas menjamu tamu dari Sumatera Selatan dan "
                        "Bengkulu pekan ini. Pada Selasa (20/5/2025), rombongan gabungan "
                        "Pemerintah Kabupaten Lahat dan Pemerintah Kabupaten Muara Enim tiba di "
                        "Pendapa Si Panji. Rabu (21/5/2025), giliran Komisi III DPRD Kabupaten "
                        "Seluma yang bertandang.")
    assert _edges(x) == {("16.04", "33.02"), ("16.03", "33.02"), ("17.05", "33.02")}


def test_a_trip_aimed_at_is_a_plan(extractor: Extractor) -> None:
    x = _run(extractor, "Indeks SPBE Rendah, Pemkab Pesisir Selatan Bidik Studi Tiru ke Sumedang"
                        "\n\nPAINAN - Kepala Diskominfo Kabupaten Pesisir Selatan mengatakan nilai "
                        "indeks SPBE kabupaten itu masih rendah.")
    assert x.visits == []


def test_a_roundup_beside_the_hosts_own_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Terima Tiga Tamu, Gresik Gantian Belajar ke Kota Tangerang\n\nGRESIK - "
                        "Tiga rombongan dari luar Jawa Timur datang untuk belajar ke Pemerintah "
                        "Kabupaten Gresik pekan ini.\n\nTamu pertama, Selasa (14/1), Pemerintah "
                        "Kabupaten Belitung Timur. Mereka mendalami layanan UMKM.\n\nRabu (15/1), "
                        "Komisi II DPRD Kabupaten Tanggamus menyusul. Mereka diterima Kepala Dinas "
                        "Pertanian Gresik.\n\nJumat (17/1), giliran Pemkab Gresik yang studi tiru "
                        "ke Kota Tangerang.")
    assert {("19.06", "35.25"), ("18.06", "35.25"), ("35.25", "36.71")} <= _edges(x)


def test_a_roundups_officials_go_with_the_item_told_before_them(extractor: Extractor) -> None:
    x = _run(extractor, "Tiga Rombongan Belajar ke Bukittinggi\n\nBUKITTINGGI - Pemerintah Kota "
                        "Bukittinggi menerima tiga rombongan pemerintah daerah pekan ini.\n\n"
                        "Kunjungan pertama dilakukan Dinas Pariwisata Provinsi Jambi pada Senin "
                        "(28/4/2025). Dipimpin Kepala Bidang Destinasi, Hj. Yulia Fitriani, S.E., "
                        "rombongan mempelajari sertifikasi usaha wisata.\n\nYang kedua, Rabu "
                        "(30/4/2025), datang dari tetangga sendiri, yakni Pemerintah Kabupaten Lima"
                        " Puluh Kota. Tim dipimpin Sekretaris Dinas Perdagangan, Syafrizal, S.E., "
                        "tertarik pada e-retribusi.\n\nKetiga, Jumat (2/5/2025), Komisi I DPRD "
                        "Kota Pekanbaru. Dipimpin Ketua Komisi I, Rahmat Siregar, S.H., para "
                        "legislator mendalami Kota Layak Anak. Mereka diterima Wakil Wali Kota "
                        "Bukittinggi, Ir. Afrizon Syukur, M.T., di Balai Kota.")
    people = {v.visitor_codes[0]: {(o.name, o.side) for o in v.officials} for v in x.visits}
    assert people == {"15": {("Yulia Fitriani", "visitor")},
                      "13.07": {("Syafrizal", "visitor")},
                      "14.71": {("Rahmat Siregar", "visitor"), ("Afrizon Syukur", "host")}}


def test_who_reports_a_delegation_from_elsewhere_is_no_traveller(extractor: Extractor) -> None:
    x = _run(extractor, "Badung Sambut Tamu dari Sumba\n\nMANGUPURA - Bagian Protokol Kabupaten "
                        "Badung mencatat rombongan dari Kabupaten Sumba Barat datang untuk "
                        "mempelajari pajak hotel daring, Rabu (6/8/2025). Rombongan diterima "
                        "Kepala Bapenda Kabupaten Gianyar.")
    assert _edges(x) == {("53.12", "51.04")}


@pytest.mark.parametrize(("when", "start"), [
    ("", "2025-03-12"),
    (" belum lama ini", None),
])
def test_a_posts_one_day_told_apart_from_its_story(
        extractor: Extractor, when: str, start: str | None) -> None:
    x = _run(extractor, "humasbanyuasin\n\n\U0001f4cd Kantor MPP Banyuasin | Rabu (12/3/2025)\n\n"
                        "Pemkab Banyuasin kedatangan tamu! Rombongan Pemerintah Kabupaten Muaro "
                        f"Jambi datang{when} untuk studi tiru penyelenggaraan Mal Pelayanan Publik"
                        " Banyuasin. Tamu disambut langsung Sekda Banyuasin.\n\n#StudiTiru\n"
                        "12 Maret 2025")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["15.05"], ["16.07"], start)


def test_a_model_villages_namesake_called_by_another_provinces_village_word(
        extractor: Extractor) -> None:
    x = _run(extractor, "Kunjungan Kerja ke Semanu, Bupati Gunungkidul Luncurkan Gerakan Hemat Air"
                        "\n\nGUNUNGKIDUL - Bupati Gunungkidul melakukan kunjungan kerja ke tiga "
                        "kalurahan di Kapanewon Semanu, Senin (12/5/2025). Kunjungan diawali di "
                        "Kalurahan Candirejo, tempat bupati meninjau embung.")
    assert x.visits == []


def test_what_the_companions_villages_border_on_did_not_come_along(extractor: Extractor) -> None:
    x = _run(extractor, "Langsa Studi Tiru MPP ke Deli Serdang\n\nLUBUK PAKAM - Pemerintah Kota "
                        "Langsa melakukan studi tiru ke Mal Pelayanan Publik Kabupaten Deli "
                        "Serdang, Senin (3/3/2025). Dalam rombongan turut serta enam datok "
                        "penghulu dari kampung-kampung yang berbatasan langsung dengan Sumatera "
                        "Utara.")
    assert _edges(x) == {("11.74", "12.07")}


def test_a_welcome_between_a_visit_verb_and_a_region_opens_a_clause(
        extractor: Extractor) -> None:
    x = _run(extractor, "Wabup Sleman Kunjungi Kalurahan Sendangadi, Sekaligus Sambut Rombongan "
                        "Kades dari Magetan\n\nSLEMAN - Wakil Bupati Sleman meninjau talud irigasi "
                        "di Kalurahan Sendangadi, Jumat (25/7/2025).")
    assert ("34.04", "35.20") not in _edges(x)


def test_a_host_entertaining_the_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Raja Ampat Berbagi Resep Pin Wisata\n\nWAISAI - Pemerintah Kabupaten Raja "
                        "Ampat menjamu rombongan Pemerintah Kabupaten Halmahera Selatan, Maluku "
                        "Utara, yang ingin mempelajari sistem pin wisata, Selasa (23/7/2024).")
    assert _edges(x) == {("82.04", "96.05")}


@pytest.mark.parametrize(("kind", "found"), [
    ("aplikasi", True),
    ("pola", False),
])
def test_an_apps_one_word_name(extractor: Extractor, kind: str, found: bool) -> None:
    x = _run(extractor, "Deli Serdang Belajar Olah Sampah ke Banyumas\n\nPURWOKERTO - Dinas "
                        "Lingkungan Hidup Kabupaten Deli Serdang melakukan studi tiru ke Kabupaten "
                        f"Banyumas, Rabu (5/11/2025). Warga menyetor sampah melalui {kind} "
                        "Sampahku untuk dijemput petugas.")
    (v,) = x.visits
    assert ("Sampahku" in {p.label for p in v.programs}) is found


def test_yesterday_beside_its_written_date(extractor: Extractor) -> None:
    x = _run(extractor, "Home Care Makassar Kembali Dikunjungi\n"
                        "Selasa, 22 April 2025 11:05 WITA\n\n"
                        "MAKASSAR - Kemarin, Senin (21/4/2025), giliran rombongan Pemerintah "
                        "Kabupaten Konawe Selatan yang datang belajar ke Pemerintah Kota "
                        "Makassar.")
    (v,) = x.visits
    assert (v.start, v.end) == ("2025-04-21", "2025-04-21")


def test_the_stop_after_told_first_is_no_learner(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPR RI Kunjungi MPP Dumai\n\nDUMAI - Komisi II DPR RI melakukan "
                        "kunjungan kerja spesifik ke Kota Dumai, Kamis (18/9/2025). Sebelum Dumai, "
                        "Komisi II telah mengunjungi Kota Medan dan Kota Padang dengan agenda "
                        "serupa.")
    assert x.visits == []


def test_a_hosts_long_title_before_its_region(extractor: Extractor) -> None:
    x = _run(extractor, "Kampung Literasi Jadi Inspirasi\n\nMADIUN - Kepala Dinas Perpustakaan "
                        "Kabupaten Konawe Selatan beserta rombongan disambut Kepala Bidang Layanan "
                        "dan Pelestarian Bahan Pustaka Dinas Perpustakaan dan Kearsipan Kota "
                        "Madiun, Selasa (23/9/2025).")
    assert _edges(x) == {("74.05", "35.77")}


def test_a_site_visit_is_a_working_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Bone Site Visit ke Lorong Wisata\n\nMAKASSAR - Komisi II "
                        "DPRD Kabupaten Bone melakukan site visit ke Kota Makassar, Rabu "
                        "(7/5/2025), untuk mempelajari program Lorong Wisata.")
    assert _edges(x) == {("73.08", "73.71")}


def test_jakarta_beside_a_national_agency_is_no_host(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi A DPRD Sergai Konsultasi ke ANRI, Lanjut Studi Banding Arsip ke "
                        "Banten\n\nSEI RAMPAH - Komisi A DPRD Kabupaten Serdang Bedagai menggelar "
                        "kunjungan kerja ke Jakarta dan Banten, Senin (16/6/2025). Rombongan "
                        "lebih dulu berkonsultasi ke Arsip Nasional Republik Indonesia (ANRI) di "
                        "Jakarta.")
    assert _edges(x) == {("12.18", "36")}


@pytest.mark.parametrize(("then", "edges"), [
    ("kemudian bergeser ke Kota Semarang sehari setelahnya",
     {("61.12", "33.19"), ("61.12", "33.74")}),
    ("sebelum menyeberang ke Kota Semarang", {("61.12", "33.74")}),
])
def test_a_first_stop_that_goes_on_is_no_transit(
        extractor: Extractor, then: str, edges: set[tuple[str, str]]) -> None:
    x = _run(extractor, "Kubu Raya Boyong OPD Studi Banding ke Jawa Tengah\n\nKUDUS - Pemerintah "
                        "Kabupaten Kubu Raya menggelar studi banding ke Kota Semarang pekan ini. "
                        "Rombongan Pemerintah Kabupaten Kubu Raya lebih dulu singgah di Kabupaten "
                        f"Kudus pada Rabu (19/2/2025), {then}.")
    assert _edges(x) == edges


def test_applicants_coming_to_the_capital_are_no_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Sumsel Tiru Perizinan Daring Jatim\n\nSURABAYA - Pemprov Sumsel menimba "
                        "ilmu soal perizinan daring ke Pemprov Jatim, Rabu (4/9/2024). Selain "
                        "itu, Jatim menyediakan layanan konsultasi video bagi pemohon dari daerah "
                        "kepulauan seperti Sumenep dan Bawean yang kesulitan datang ke Surabaya.")
    assert _edges(x) == {("16", "35")}


def test_the_one_visited_before_a_comma_and_yang(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi C DPRD Sintang Studi Banding Antrean Online\n\nSINGKAWANG - Komisi "
                        "C DPRD Kabupaten Sintang ingin melihat langsung cara rumah sakit daerah "
                        "lain mengatasi antrean. Pilihan jatuh pada RSUD milik Pemerintah Kota "
                        "Singkawang, yang dikunjungi rombongan pada Jumat (7/11/2025).")
    assert _edges(x) == {("61.05", "61.72")}


def test_school_heads_taken_along(extractor: Extractor) -> None:
    x = _run(extractor, "Disdik Mimika Dalami Pendidikan Inklusif\n\nTIMIKA - Dinas Pendidikan "
                        "Kabupaten Mimika memboyong belasan kepala sekolah dan pengawas ke Kota "
                        "Surakarta, Jawa Tengah, untuk mempelajari penyelenggaraan sekolah "
                        "inklusi, Senin (3/3/2025).")
    assert _edges(x) == {("94.04", "33.72")}


def test_the_national_archives_are_no_program(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi A DPRD Sergai Studi Banding Arsip ke Banten\n\nSERANG - Komisi A "
                        "DPRD Kabupaten Serdang Bedagai melakukan studi banding ke Pemerintah "
                        "Provinsi Banten, Selasa (17/6/2025), setelah berkonsultasi ke Arsip "
                        "Nasional Republik Indonesia (ANRI).")
    (v,) = x.visits
    assert "Arsip Nasional Republik Indonesia" not in {p.label for p in v.programs}


def test_a_headlines_timba_pengalaman(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi C DPRD Tuban Timba Pengalaman Pajak Daerah di Surabaya\n\nTUBAN - "
                        "Komisi C DPRD Kabupaten Tuban menggelar kunjungan kerja pekan ini untuk "
                        "mencari cara menggenjot pendapatan asli daerah.")
    assert _edges(x) == {("35.23", "35.78")}


def test_calling_on_a_host_as_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Disbunnak Lampung Barat Serap Ilmu Kopi\n\nLIWA - Pada hari pertama, "
                        "Senin (2/6/2025), rombongan Dinas Perkebunan Kabupaten Lampung Barat "
                        "bertamu ke Pemkab Temanggung untuk mempelajari sertifikasi kopi.")
    assert _edges(x) == {("18.04", "33.23")}


@pytest.mark.parametrize("text", [
    "DPMPTSP Kukar Sambangi Jakarta, Surabaya dan Medan\n\nTENGGARONG - DPMPTSP Kabupaten Kutai "
    "Kartanegara menggelar roadshow promosi investasi ke Kota Surabaya, Rabu (3/9/2025), "
    "menawarkan peluang usaha kepada calon investor.",
    "DPMPTSP Kukar ke Surabaya\n\nTENGGARONG - Tim DPMPTSP Kabupaten Kutai Kartanegara "
    "bertandang ke Kota Surabaya, Rabu (3/9/2025). \"Kami datang untuk menjual, bukan untuk "
    "belajar,\" kata kepala dinasnya.",
])
def test_a_trip_to_sell_is_no_visit(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).visits == []


def test_the_towns_on_the_way_are_no_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Dispar Raja Ampat Belajar ke Manggarai Barat\n\nWAISAI - Dinas Pariwisata "
                        "Kabupaten Raja Ampat melakukan studi banding. Hari pertama, Senin "
                        "(3/11/2025), tim mendarat di Labuan Bajo dan langsung menuju Kantor "
                        "Bupati Manggarai Barat. Tim bertolak pulang Jumat (7/11/2025) melalui "
                        "Makassar dan Sorong, lalu tiba di Waisai Sabtu sore.")
    assert _edges(x) == {("96.05", "53.15")}


def test_a_day_of_an_itinerary_spent_at_a_stop(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Lebak Studi Tiru ke Jawa Barat\n\nRANGKASBITUNG - Pemerintah "
                        "Kabupaten Lebak memboyong sejumlah kepala dinas dalam studi tiru ke dua "
                        "kabupaten di Jawa Barat, Selasa-Rabu (10-11/6/2025). Hari pertama "
                        "rombongan singgah di Kabupaten Purwakarta, sedangkan hari kedua "
                        "dihabiskan di Kabupaten Kuningan.")
    assert {v.host_codes[0]: v.start for v in x.visits}.get("32.08") == "2025-06-11"


def test_the_stops_after_setelah_are_no_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Gowa Jadi Persinggahan Terakhir Rombongan Pemkot Ternate Setelah Makassar "
                        "dan Bantaeng\n\nSUNGGUMINASA - Pemerintah Kabupaten Gowa menerima "
                        "rombongan Pemerintah Kota Ternate, Kamis (7/8/2025).")
    assert _edges(x) == {("82.71", "73.06")}


def test_a_ministry_first_among_the_stops(extractor: Extractor) -> None:
    x = _run(extractor, "Dinkes Halteng Sambangi Kemenkes, Depok dan Bogor\n\nWEDA - Dinas "
                        "Kesehatan Kabupaten Halmahera Tengah menutup perjalanan dinasnya ke Jawa. "
                        "Senin (17/2/2025) tim berkonsultasi di Kementerian Kesehatan. Selasa "
                        "(18/2/2025), tim bertandang ke Dinas Kesehatan Kota Depok untuk belajar "
                        "Posbindu. Perjalanan berakhir Rabu (19/2/2025) di Kota Bogor.")
    assert _edges(x) == {("82.02", "32.76"), ("82.02", "32.71")}
    # the stop only the headline names takes the day told beside it in the body
    assert {v.host_codes[0]: v.start for v in x.visits} == {
        "32.76": "2025-02-18", "32.71": "2025-02-19"}


def test_a_ministry_in_jakarta_is_no_host(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Halteng Sambangi Kemendagri, Jakarta\n\nWEDA - Komisi I DPRD "
                        "Kabupaten Halmahera Tengah berkonsultasi soal tata tertib dewan yang "
                        "baru, Senin (17/2/2025). Mereka diterima oleh pejabat di direktorat "
                        "yang membina urusan dewan daerah.")
    assert x.visits == []


def test_a_cooperatives_office_is_a_government_host(extractor: Extractor) -> None:
    x = _run(extractor, "Konsel Berguru ke Jawa Timur\nKamis, 12 Juni 2025 17:40 WITA\n\n"
                        "ANDOOLO - Pemerintah Kabupaten Konawe "
                        "Selatan memberangkatkan tim ke Jawa Timur. Perjalanan pertama dilakukan "
                        "pada 18 hingga 19 Februari lalu ke Kota Surabaya. Tim mempelajari program "
                        "Rumah Padat Karya. Mereka diterima Kepala Dinas Koperasi, Usaha Kecil dan "
                        "Menengah serta Perdagangan Kota Surabaya, Dwi Retno Handayani.")
    assert _edges(x) == {("74.05", "35.78")}
    (v,) = x.visits
    assert (v.start, v.end) == ("2025-02-18", "2025-02-19")


@pytest.mark.parametrize(("text", "edges"), [
    ("Dua Kabupaten Studi Banding MPP Digital\n\nMUARA SABAK - Dua pemerintah kabupaten dari "
     "Provinsi Bengkulu, yakni Kabupaten Seluma dan Kabupaten Kepahiang, melakukan studi banding "
     "bersama ke Mal Pelayanan Publik di kota ini, Jumat (9/5/2025).",
     {("17.05", "15.07"), ("17.08", "15.07")}),
    ("Rombongan Lebong Pelajari ADM\n\nKOTA AGUNG - Pemerintah Kabupaten Lebong, Provinsi "
     "Bengkulu, mengirim rombongan untuk mempelajari penerapan Anjungan Dukcapil Mandiri di "
     "kabupaten ini, Rabu (18/9/2024).", {("17.07", "18.06")}),
])
def test_here_is_the_datelines_region(extractor: Extractor, text: str,
                                      edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges


def test_village_heads_by_their_local_name_taken_along(extractor: Extractor) -> None:
    x = _run(extractor, "Pessel Bawa Wali Nagari ke Sleman\n\nPAINAN - Dinas Pariwisata Kabupaten "
                        "Pesisir Selatan memboyong sepuluh wali nagari dan pengurus Pokdarwis ke "
                        "Kabupaten Sleman, Jumat (16/5/2025), untuk belajar desa wisata.")
    assert _edges(x) == {("13.01", "34.04")}


def test_the_town_gone_back_to_is_no_host(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Sangihe Belajar Ripparda ke Tomohon\n\nTOMOHON - DPRD Kota Tomohon "
                        "kedatangan tamu dari Komisi II DPRD Kabupaten Kepulauan Sangihe, Jumat "
                        "(14/11/2025). Para tamu diterima Ketua DPRD Tomohon. Usai pertemuan, "
                        "rombongan diajak meninjau kawasan Danau Linow dan sentra bunga di "
                        "Kelurahan Kakaskasen sebelum kembali ke Manado.")
    assert _edges(x) == {("71.03", "71.73")}


def test_a_consultation_before_the_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi IV DPRD Lotim Lanjut Studi Banding ke Bogor\n\nSELONG - Komisi IV "
                        "DPRD Kabupaten Lombok Timur memanfaatkan perjalanan dinas ke Jawa pekan "
                        "ini. Setelah berkonsultasi ke Kementerian Dalam Negeri di Jakarta pada "
                        "Senin (8/9/2025), rombongan melanjutkan studi banding ke Kota Bogor "
                        "keesokan harinya, Selasa (9/9/2025), untuk mempelajari Perda KTR.")
    (v,) = x.visits
    assert (v.visitor_codes, v.host_codes, v.start) == (["52.03"], ["32.71"], "2025-09-09")


def test_some_coastal_regions_in_a_province_are_no_learner(extractor: Extractor) -> None:
    x = _run(extractor, "Kaimana Studi Tiru ke Raja Ampat\n\nWAISAI - Raja Ampat dijadikan lokus "
                        "studi tiru oleh Pemerintah Kabupaten Kaimana, Senin (18/8/2025). Raja "
                        "Ampat sebelumnya juga pernah menjadi tujuan kunjungan sejumlah daerah "
                        "pesisir di Maluku yang ingin mempelajari pengelolaan wisata bahari.")
    assert _edges(x) == {("92.08", "96.05")}


def test_a_roundups_items_opening_with_their_day_or_month(extractor: Extractor) -> None:
    x = _run(extractor, "Refleksi 2025: Sumedang Terima 38 Kunjungan Studi Tiru\nDiterbitkan "
                        "30/12/2025\n\nSUMEDANG - Sepanjang 2025, Kabupaten Sumedang menerima 38 "
                        "kunjungan studi tiru dari pemerintah daerah di berbagai provinsi. Hal itu "
                        "disampaikan Kepala Diskominfo Sumedang dalam paparan akhir tahun, Senin "
                        "(29/12/2025).\n\nBerikut sebagian daerah yang tercatat datang ke Sumedang "
                        "sepanjang 2025:\n\n• Mei – Pemkot Sawahlunto, Sumatera Barat, tentang "
                        "aplikasi e-Kinerja ASN.\n• 19 Agustus – Komisi I DPRD Kabupaten Pesisir "
                        "Barat, Lampung, terkait rancangan perda SPBE.\n• 4 November – rombongan "
                        "gabungan Pemkab Nunukan dan Pemkab Malinau, Kalimantan Utara.\n")
    got = {tuple(sorted(v.visitor_codes)): v.start for v in x.visits if v.host_codes == ["32.11"]}
    assert got == {("13.73",): None, ("18.13",): "2025-08-19",
                   ("65.02", "65.03"): "2025-11-04"}


def test_guests_after_the_hosts_own_older_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Wakil Rakyat Humbahas Bertandang ke Tanah Datar\nJumat, 4 Oktober 2024\n\n"
                        "BATUSANGKAR - Pemkab Tanah Datar menata ulang pengelolaan wisata berbasis "
                        "nagari. Pada 2017, Pemkab Tanah Datar memboyong dua puluh wali nagari ke "
                        "Kabupaten Sleman untuk melihat pengelolaan desa wisata. Selasa dan Rabu, "
                        "1-2 Oktober 2024, giliran Komisi B DPRD Kabupaten Humbang Hasundutan yang "
                        "datang.")
    assert {(v.visitor_codes[0], v.host_codes[0]): v.start for v in x.visits} == {
        ("13.04", "34.04"): None, ("12.16", "13.04"): "2024-10-01"}


def test_a_roundup_told_in_paragraphs_with_months(extractor: Extractor) -> None:
    x = _run(extractor, "Sepanjang 2024, 52 Rombongan Daerah Studi Tiru ke Banyuwangi\nSabtu, 28 "
                        "Desember 2024\n\nBANYUWANGI - Diskominfo Banyuwangi mencatat 52 rombongan "
                        "pemerintah daerah datang untuk mempelajari inovasi pelayanan publik. "
                        "Rombongan pertama tahun ini datang dari Kabupaten Tapin, Kalimantan "
                        "Selatan, pada 14 Februari 2024. Rombongan itu diterima Sekretaris Daerah "
                        "Banyuwangi dan mempelajari program Smart Kampung. Agustus lalu, "
                        "Pemerintah Kabupaten Kepulauan Sula dari Maluku Utara juga mengirim tim "
                        "untuk belajar pengelolaan arsip. Sementara pada 21 Oktober 2024, Asisten "
                        "Setda Provinsi Sulawesi Barat memimpin tim Pemprov Sulbar menimba ilmu "
                        "tentang Banyuwangi Festival.")
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "63.05": "2024-02-14", "82.05": "2024-08", "76": "2024-10-21"}
    assert {h for v in x.visits for h in v.host_codes} == {"35.10"}


def test_a_scraped_tables_rows_are_a_roundups_items(extractor: Extractor) -> None:
    x = _run(extractor, "Semester I 2025, Pemkot Tangerang Terima Belasan Kunjungan Studi Tiru\n"
                        "Rabu, 2 Juli 2025\n\nTANGERANG - Prokopim Setda Kota Tangerang merilis "
                        "daftar kunjungan tamu kedinasan selama enam bulan pertama 2025. Dari 17 "
                        "kunjungan yang tercatat, 13 di antaranya merupakan studi tiru pemerintah "
                        "daerah lain, sementara sisanya kunjungan lembaga pusat dan perguruan "
                        "tinggi. Berikut sebagian daftar yang dirilis oleh bagian itu.\n\n"
                        "No | Waktu | Tamu | Materi\n1 | Januari 2025 | Bagian Organisasi Setda "
                        "Kota Kendari | Tangerang LIVE\n2 | 9 April 2025 | Biro Organisasi Setda "
                        "Provinsi Bengkulu | SAKIP\n3 | Mei 2025 | Fakultas Ilmu Sosial "
                        "Universitas Padjadjaran | Kajian inovasi\n4 | 26 Juni 2025 | Pemkab "
                        "Merangin | Mal Pelayanan Publik\n")
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "74.71": "2025-01", "17": "2025-04-09", "15.02": "2025-06-26"}


def test_digging_into_a_regions_experience(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Tanjung Pinang ke Bontang\n\nBONTANG - Sekretariat DPRD Kota Bontang "
                        "mencatat kunjungan kerja dari daerah lain. Pada 15 Mei 2024, Bapemperda "
                        "DPRD Kota Tanjung Pinang menggali pengalaman Bontang dalam menyusun Perda "
                        "Kawasan Tanpa Rokok.")
    assert _edges(x) == {("21.72", "64.74")}


def test_guests_named_among_those_who_came(extractor: Extractor) -> None:
    x = _run(extractor, "HSU Sambangi Sleman\n\nSLEMAN - Pemerintah Kabupaten Hulu Sungai Utara "
                        "melakukan studi tiru bank sampah ke Kabupaten Sleman, Rabu (14/5/2025). "
                        "Sleman sendiri tampaknya sudah terbiasa menerima tamu. Sri menyebut, "
                        "tahun ini saja sudah enam rombongan daerah datang dengan topik serupa, di "
                        "antaranya Pemkab Sinjai pada Februari dan DPRD Kota Palopo pada April "
                        "lalu.")
    assert _edges(x) == {("63.08", "34.04"), ("73.07", "34.04"), ("73.73", "34.04")}
    # each guest told with its own month came on its own
    assert len(x.visits) == 3


def test_a_sports_committee_is_no_government(extractor: Extractor) -> None:
    x = _run(extractor, "KONI Tabalong Studi Banding ke KONI Balikpapan\n\nTANJUNG - Pengurus "
                        "Komite Olahraga Nasional Indonesia (KONI) Kabupaten Tabalong melakukan "
                        "studi banding ke KONI Kota Balikpapan, Kamis (17/10/2024), untuk "
                        "mempelajari pembinaan atlet.")
    assert x.visits == []


def test_sending_its_team_to_a_nickname(extractor: Extractor) -> None:
    x = _run(extractor, "Kulon Progo Tiru Lumbung Pangan dari Kota Reog\n\nPONOROGO - Keberhasilan "
                        "Ponorogo menjaga cadangan pangan membuat daerah lain tertarik belajar. "
                        "Pemerintah Kabupaten Kulon Progo menjadi yang terbaru mengirimkan timnya "
                        "ke Kota Reog.")
    assert _edges(x) == {("34.01", "35.02")}


def test_each_guest_of_a_week_keeps_its_own_day(extractor: Extractor) -> None:
    x = _run(extractor, "Bantul kembali jadi rujukan daerah dari Kalimantan Tengah\nJumat, 21 "
                        "Februari 2025 11:50 WIB\n\nBantul (ANTARA) - Pemerintah Kabupaten Bantul, "
                        "Daerah Istimewa Yogyakarta, dalam sepekan menerima dua rombongan "
                        "pemerintah daerah dari Kalimantan Tengah.\n\nSenin lalu, Pemerintah "
                        "Kabupaten Kapuas datang untuk mempelajari program Lumbung Pangan "
                        "Kalurahan. Rombongan yang dipimpin Kepala Dinas Ketahanan Pangan Kapuas "
                        "Dodi Saputra, S.P., diterima Kepala Dinas Ketahanan Pangan Bantul Ir. "
                        "Wahyu Hidayat dan diajak meninjau lumbung di Kalurahan Sriharjo.\n\nKamis "
                        "(20/2), giliran Pemerintah Kabupaten Barito Timur yang dipimpin Asisten "
                        "Pemerintahan Setda Barito Timur Beni Kris, S.H., berkunjung ke Bantul. "
                        "Mereka disambut Kepala Dinas Pemberdayaan Masyarakat dan Kalurahan Bantul "
                        "Sri Lestari Handayani, S.Sos., M.M., dan mendalami Sistem Informasi "
                        "Kalurahan (Sikal).\n\n\"Di Barito Timur, data desa masih tercecer di "
                        "banyak aplikasi. Sikal Bantul menyatukannya,\" kata Beni.\n\nSri Lestari "
                        "mengatakan Bantul terbuka bagi daerah mana pun yang ingin "
                        "belajar.\n\nBantul terdiri atas 17 kapanewon dan 75 kalurahan.")
    assert {v.visitor_codes[0]: v.start for v in x.visits} == {
        "62.03": "2025-02-17", "62.13": "2025-02-20"}


def test_each_stop_with_the_day_written_after_it(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi C DPRK Aceh Barat Kunker ke Padang dan Bukittinggi\n20 November "
                        "2025 07:55 WIB\n\nMEULABOH - Komisi C DPRK Aceh Barat melaksanakan "
                        "kunjungan kerja ke dua daerah di Sumatera Barat pada awal pekan ini, "
                        "yakni ke DPRD Kota Padang pada Senin (17/11/2025) dan ke Pemerintah Kota "
                        "Bukittinggi pada Selasa (18/11/2025). Di Padang, rombongan diterima Wakil "
                        "Ketua DPRD Kota Padang. Keesokan harinya, rombongan bertolak ke "
                        "Bukittinggi. Di sana mereka disambut Kepala Dinas Perdagangan Kota "
                        "Bukittinggi.")
    assert {v.host_codes[0]: v.start for v in x.visits} == {
        "13.71": "2025-11-17", "13.75": "2025-11-18"}


def test_a_trip_a_foundation_organised_for_farmers(extractor: Extractor) -> None:
    x = _run(extractor, "Petani Ngada Belajar Budi Daya Apel ke Kota Batu\n\nBAJAWA - Lima belas "
                        "petani dari tiga kelompok tani di Kabupaten Ngada mengikuti studi banding "
                        "budi daya apel ke Kota Batu, Jawa Timur, 13 hingga 15 Oktober 2025. "
                        "Kegiatan tersebut difasilitasi Yayasan Tani Lestari Flores, sebuah "
                        "lembaga swadaya masyarakat yang mendampingi petani di Ngada.")
    assert x.visits == []


def test_tourists_visits_stopping_somewhere(extractor: Extractor) -> None:
    x = _run(extractor, "Rakor Malang Raya di Kepanjen\n\nKEPANJEN - Wali Kota Batu menilai Kota "
                        "Batu yang mengandalkan wisata alam sangat bergantung pada kunjungan yang "
                        "juga singgah ke Kota Malang dan kawasan pantai selatan Kabupaten Malang.")
    assert x.visits == []


def test_a_second_stop_received_where_data_is_updated_monthly(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari di Tatar Sunda, Pemkab Buteng Pelajari SPBE\n\nLABUNGKARI - "
                        "Rombongan Pemerintah Kabupaten Buton Tengah lebih dulu bertandang ke "
                        "Pemerintah Kota Bandung pada Rabu (23/7/2025), lalu bergeser ke "
                        "Kabupaten Sumedang keesokan harinya, Kamis (24/7/2025). Di Bandung, "
                        "rombongan diterima Kepala Diskominfo Kota Bandung.\n\nSekretaris Daerah "
                        "Sumedang, yang menerima rombongan di Gedung Negara, memaparkan satu "
                        "basis data sasaran yang diperbarui setiap bulan.")
    assert {v.host_codes[0]: v.start for v in x.visits} == {
        "32.73": "2025-07-23", "32.11": "2025-07-24"}


def test_the_seat_flown_to_and_the_province_that_welcomed(extractor: Extractor) -> None:
    x = _run(extractor, "NTT Timba Ilmu ke NTB dan Bali\n\nKUPANG - Tim Pemerintah Provinsi Nusa "
                        "Tenggara Timur baru saja kembali dari studi banding. Pada Rabu "
                        "(12/2/2025), tim NTT diterima di Kantor Gubernur NTB. Sehari kemudian, "
                        "Kamis (13/2/2025), rombongan terbang ke Denpasar dan disambut Kepala "
                        "Dinas Pemajuan Masyarakat Adat Provinsi Bali. Dana rutin diberikan kepada "
                        "desa adat.")
    assert ("53", "51.71") not in _edges(x)
    assert ("53", "51") in _edges(x)


def test_the_first_stop_named_as_the_predicate(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Kepahiang Timba Ilmu SPBE ke DIY\n\nKEPAHIANG - Pemerintah "
                        "Kabupaten Kepahiang memboyong sejumlah kepala OPD ke Daerah Istimewa "
                        "Yogyakarta. Persinggahan pertama adalah Pemerintah Kabupaten Sleman pada "
                        "Senin (3/3/2025). Keesokan harinya, rombongan bergeser ke Balai Kota "
                        "Yogyakarta.")
    assert {v.host_codes[0]: v.start for v in x.visits} == {
        "34.04": "2025-03-03", "34.71": "2025-03-04"}


@pytest.mark.parametrize(("text", "edges"), [
    ("SBD Lanjut ke Gianyar\n\nDENPASAR - Rombongan Pemerintah Kabupaten Sumba Barat Daya "
     "belajar KIA di Kota Denpasar, Selasa (12/8/2025). Usai dari Denpasar, rombongan SBD "
     "menyeberang ke Kabupaten Gianyar keesokan harinya untuk mempelajari bank sampah desa.",
     {("53.18", "51.71"), ("53.18", "51.04")}),
    # a sea crossed on the way is no stop
    ("Nias Utara Belajar ke Agam\n\nLOTU - Rombongan Pemerintah Kabupaten Nias Utara belajar "
     "BUMNag ke Kabupaten Agam, Rabu (10/9/2025). Sebelumnya rombongan menyeberang ke daratan "
     "Sumatera melalui Sibolga.", {("12.24", "13.06")}),
])
def test_crossing_over_to_a_regency(extractor: Extractor, text: str,
                                    edges: set[tuple[str, str]]) -> None:
    assert _edges(_run(extractor, text)) == edges



def test_committees_on_working_visits_to_anywhere_then_their_stops(extractor: Extractor) -> None:
    x = _run(extractor, "Jalankan Jadwal Bamus, Tiga Komisi DPRD Pessel Kunker Serentak ke Luar "
                        "Daerah\nJumat, 11 Juli 2025 | 16:05\n\nPAINAN – Sesuai agenda yang "
                        "ditetapkan dalam rapat Badan Musyawarah (Bamus) DPRD Kabupaten Pesisir "
                        "Selatan akhir Juni lalu, tiga komisi di lembaga legislatif itu "
                        "melaksanakan kunjungan kerja ke luar daerah secara serentak pekan ini. "
                        "Sekretariat DPRD Pesisir Selatan merinci agenda tersebut dalam laporan "
                        "kegiatan yang dirilis Jumat (11/7/2025).\n\nKomisi I, yang membidangi "
                        "pemerintahan dan perizinan, bertolak ke Kabupaten Sragen, Jawa Tengah. "
                        "Pada Selasa (8/7/2025), rombongan yang dipimpin Ketua Komisi I, Hendri "
                        "Yusnaldi, S.H., bertemu jajaran Dinas Penanaman Modal dan Pelayanan "
                        "Terpadu Satu Pintu (DPMPTSP) Sragen untuk mempelajari pengelolaan Mal "
                        "Pelayanan Publik (MPP) yang memadukan layanan perizinan, kependudukan dan "
                        "perpajakan dalam satu gedung. Rombongan disambut Kepala DPMPTSP Sragen, "
                        "Ir. Wahyu Purnomo, M.T.\n\n\"Pessel sudah punya MPP, tetapi jumlah "
                        "layanan dan pengunjungnya masih terbatas. Sragen bisa menjadi contoh "
                        "bagaimana MPP itu dihidupkan,\" kata Hendri, politikus Partai Demokrat "
                        "tersebut.\n\nSehari kemudian, Rabu (9/7/2025), Komisi II berkunjung ke "
                        "Kabupaten Bantul, Daerah Istimewa Yogyakarta. Di sana, anggota komisi "
                        "yang membidangi perekonomian itu menggali pengalaman Pemkab Bantul dalam "
                        "membina Badan Usaha Milik Desa (BUMDes), terutama skema penyertaan modal "
                        "dan pelaporan keuangannya. Ketua Komisi II, Hj. Yulfitri Darman, menyebut "
                        "model pendampingan BUMDes di Bantul patut ditiru oleh nagari-nagari di "
                        "Pesisir Selatan. Kunjungan itu diterima Kepala Dinas Pemberdayaan "
                        "Masyarakat dan Kalurahan Bantul, Suryo Handoko.\n\nBaca Juga: Abrasi "
                        "Pantai Salido Ancam Permukiman Warga, BPBD Pasang Pemecah Ombak "
                        "Darurat\n\nAdapun Komisi III tidak mengunjungi daerah lain. Komisi yang "
                        "membidangi pembangunan itu melakukan konsultasi ke Kementerian Pekerjaan "
                        "Umum di Jakarta terkait usulan penanganan jalan nasional ruas "
                        "Painan–Kambang yang kerap longsor.\n\nSekretaris DPRD Pesisir Selatan, "
                        "Afrizal Hamid, S.Sos., M.Si., menuturkan seluruh kegiatan tersebut "
                        "merupakan pelaksanaan dari jadwal Bamus untuk masa sidang kedua. Setiap "
                        "komisi diwajibkan menyampaikan laporan hasil kunjungan dalam rapat "
                        "internal paling lambat dua pekan setelah kembali.\n\n\"Hasilnya nanti "
                        "menjadi bahan rekomendasi bagi pemerintah daerah, termasuk untuk "
                        "pembahasan KUA-PPAS tahun anggaran 2026,\" ujarnya.\n\nEditor: Rahmat "
                        "Fauzi\n")
    assert {v.host_codes[0]: v.start for v in x.visits if v.visitor_codes == ["13.01"]} == {
        "33.14": "2025-07-08", "34.02": "2025-07-09"}



def test_the_council_visited_first_is_no_traveller(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi III DPRD Kubu Raya Sambangi Semarang dan Solo\nDiterbitkan "
                        "23/10/2025\n\nSUNGAI RAYA – Dua kota di Jawa Tengah menjadi tujuan "
                        "kunjungan kerja Komisi III DPRD Kabupaten Kubu Raya awal pekan ini. "
                        "Rombongan yang dipimpin Ketua Komisi III, Ir. H. Rudi Hartono Siswanto, "
                        "mendatangi DPRD Kota Semarang pada Senin (20/10/2025), lalu melanjutkan "
                        "perjalanan ke Kota Surakarta keesokan harinya.\n\nDi Semarang, rombongan "
                        "diterima Ketua Komisi C DPRD Kota Semarang, Joko Santoso Wibisono, S.T. "
                        "Pembahasan berkisar pada layanan Persetujuan Bangunan Gedung (PBG) yang "
                        "sejak beberapa tahun terakhir menggantikan izin mendirikan bangunan. Kubu "
                        "Raya, menurut Rudi, masih tertinggal dalam penerbitan PBG karena "
                        "keterbatasan tenaga ahli bangunan gedung.\n\n\"Di Semarang, tim profesi "
                        "ahli sudah lengkap dan waktu layanan bisa dipangkas. Kami ingin tahu pola "
                        "rekrutmen dan penganggarannya,\" ujar Rudi, yang juga Ketua Fraksi PAN "
                        "DPRD Kubu Raya.\n\nJoko Santoso menjelaskan, Pemkot Semarang bekerja sama "
                        "dengan asosiasi profesi untuk menyediakan tim ahli, sementara retribusi "
                        "PBG dimasukkan dalam peraturan daerah tentang pajak dan retribusi "
                        "daerah.\n\nBaca Juga: Banjir Rob Genangi Permukiman di Desa Kuala "
                        "Dua\n\nSehari berselang, Selasa (21/10/2025), rombongan menyambangi Balai "
                        "Kota Surakarta. Di sini fokusnya berganti ke pengelolaan sampah. Komisi "
                        "III mempelajari jaringan Tempat Pengolahan Sampah Reduce-Reuse-Recycle "
                        "(TPS3R) yang dikelola kelompok masyarakat di tingkat kelurahan. Rombongan "
                        "disambut Kepala Dinas Lingkungan Hidup Surakarta, Dr. Luluk Setyaningrum, "
                        "M.Si.\n\nLuluk memaparkan, TPS3R di Surakarta mampu mengurangi volume "
                        "sampah yang dibuang ke tempat pemrosesan akhir karena sampah organik "
                        "diolah menjadi kompos dan maggot, sedangkan sampah anorganik dipilah "
                        "untuk dijual.\n\nAnggota Komisi III, Syarif Usman Alkadrie dari Fraksi "
                        "Nasdem, menilai model TPS3R berbasis kelurahan itu cocok diterapkan di "
                        "kecamatan padat seperti Sungai Raya dan Sungai Ambawang yang kini "
                        "kewalahan menangani sampah rumah tangga.\n\nRudi memastikan hasil "
                        "kunjungan akan disampaikan dalam rapat kerja dengan Dinas Perumahan "
                        "Rakyat dan Kawasan Permukiman serta Dinas Lingkungan Hidup Kubu Raya "
                        "dalam waktu dekat.\n\nPenulis: Ferdi Gunawan | Editor: Ayu Lestari\n")
    assert _edges(x) == {("61.12", "33.74"), ("61.12", "33.72")}


def test_an_official_brings_staff_where_residents_queue(extractor: Extractor) -> None:
    x = _run(extractor, "Camat Sangatta Utara Boyong Staf Kecamatan Belajar PATEN ke Bontang "
                        "Utara\nKamis, 15 Mei 2025 10:20 WITA\n\nBONTANG – Upaya memangkas antrean "
                        "warga yang mengurus surat-menyurat di kantor kecamatan mendorong Camat "
                        "Sangatta Utara, Kabupaten Kutai Timur, Hasanuddin Rakib, S.Sos., M.Si., "
                        "membawa belasan stafnya ke Kecamatan Bontang Utara, Kota Bontang, Rabu "
                        "(14/5/2025).\n\nRombongan berjumlah 17 orang itu terdiri atas sekretaris "
                        "kecamatan, para kepala seksi, dan perwakilan lurah se-Kecamatan Sangatta "
                        "Utara. Mereka ingin melihat langsung bagaimana Pelayanan Administrasi "
                        "Terpadu Kecamatan (PATEN) dijalankan di Bontang Utara, yang dalam dua "
                        "tahun terakhir kerap dijadikan rujukan.\n\nKedatangan tamu dari Kutim itu "
                        "disambut Camat Bontang Utara, Dra. Sitti Maryam Lawole, bersama "
                        "jajarannya di aula kantor kecamatan. Dalam paparannya, Maryam menjelaskan "
                        "bahwa seluruh layanan, mulai dari surat keterangan usaha, rekomendasi "
                        "izin keramaian, hingga legalisasi dokumen kependudukan, kini dilayani di "
                        "satu meja depan.\n\n\"Warga tidak perlu lagi naik-turun lantai mencari "
                        "kasi yang bersangkutan. Berkas masuk di loket PATEN, dan petugas yang "
                        "mengantarkan ke meja teknis. Rata-rata selesai kurang dari satu jam,\" "
                        "ujar Maryam.\n\nIa menambahkan, Bontang Utara juga menyediakan layanan "
                        "antar dokumen untuk warga lanjut usia yang tinggal di wilayah "
                        "pesisir.\n\nBaca Juga: Harga Cabai Rawit di Pasar Rawa Indah Turun Jelang "
                        "Iduladha\n\nHasanuddin mengakui kantor kecamatan yang dipimpinnya "
                        "menghadapi lonjakan permohonan sejak jumlah penduduk Sangatta Utara terus "
                        "bertambah. Menurutnya, standar pelayanan yang diterapkan Bontang Utara "
                        "cukup sederhana sehingga bisa ditiru tanpa biaya besar.\n\n\"Kami pulang "
                        "membawa banyak catatan, terutama soal alur berkas dan standar waktu. "
                        "Tahun ini juga kami akan usulkan agar PATEN di Sangatta Utara bisa "
                        "diterapkan penuh, tentu dengan dukungan Pemkab Kutai Timur,\" "
                        "katanya.\n\nSelain berdiskusi, rombongan sempat meninjau ruang pelayanan "
                        "dan mencoba aplikasi antrean yang digunakan kecamatan tuan "
                        "rumah.\n\nEditor: Rusdi Ambo\n")
    assert _edges(x) == {("64.08", "64.74")}


def test_days_spent_at_a_host_told_with_their_dates_first(extractor: Extractor) -> None:
    x = _run(extractor, "Pansus DPRD Sumbawa Pelajari Bela Beli\n\nSUMBAWA BESAR - Panitia Khusus "
                        "DPRD Kabupaten Sumbawa menghabiskan tiga hari, 16 hingga 18 September "
                        "2025, di Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta, untuk "
                        "mendalami gerakan Bela Beli Kulon Progo.")
    assert _edges(x) == {("52.04", "34.01")}


def test_a_government_named_bare_sends_its_team(extractor: Extractor) -> None:
    x = _run(extractor, "KLU Tiru Sistem e-Retribusi Wisata Gianyar\nJumat, 5 Desember 2025 14:30 "
                        "WIB\n\nTerpopuler\n1. Gili Trawangan Diprediksi Penuh Saat Libur "
                        "Natal\n2. Harga Cabai Rawit di Pasar Tanjung Tembus Rp90 Ribu\n3. Seleksi "
                        "PPPK Tahap II Diumumkan Pekan Depan\n\nTANJUNG – Kebocoran pendapatan "
                        "dari sektor pariwisata menjadi persoalan lama di Kabupaten Lombok Utara "
                        "(KLU). Untuk mencari jalan keluarnya, pemerintah kabupaten mengutus tim "
                        "lintas perangkat daerah ke Kabupaten Gianyar, Bali, pada 3-4 "
                        "Desember.\n\nTim dipimpin Wakil Bupati Lombok Utara, Lalu Ahmad "
                        "Zulkarnaen, S.H., dan beranggotakan unsur Badan Pendapatan Daerah, Dinas "
                        "Pariwisata, serta Dinas Komunikasi dan Informatika. Di Gianyar, mereka "
                        "diterima Sekretaris Daerah I Made Suardana, S.H., M.H., di Kantor Bupati "
                        "Gianyar.\n\nYang menjadi fokus kunjungan adalah penerapan e-Retribusi di "
                        "objek wisata. Sejak beberapa tahun terakhir, Gianyar memungut retribusi "
                        "masuk objek wisata secara nontunai, baik melalui kode QR maupun kartu "
                        "elektronik, sehingga setiap transaksi tercatat real time di kas "
                        "daerah.\n\n\"Begitu wisatawan membayar, angka itu langsung muncul di "
                        "dasbor Bapenda. Tidak ada lagi karcis manual yang bisa dicetak ulang,\" "
                        "jelas Suardana di hadapan rombongan.\n\nPada hari kedua, tim KLU meninjau "
                        "langsung loket retribusi di salah satu objek wisata persawahan terasering "
                        "dan berbincang dengan petugas desa adat yang ikut mengelola pungutan "
                        "tersebut. Model bagi hasil antara pemkab dan desa adat menjadi catatan "
                        "tersendiri bagi rombongan.\n\nBaca Juga: Ribuan Warga Padati Pawai Budaya "
                        "Bau Nyale di Pantai Selatan\n\nWabup Lalu Ahmad Zulkarnaen mengakui KLU "
                        "selama ini masih mengandalkan karcis kertas di sebagian besar destinasi, "
                        "termasuk di tiga gili. Ia menilai pola Gianyar bisa diterapkan dengan "
                        "penyesuaian, terutama karena banyak wisatawan di KLU datang melalui "
                        "penyeberangan laut.\n\n\"Kami ingin mulai dari pelabuhan penyeberangan ke "
                        "gili. Tahun depan targetnya seluruh retribusi wisata sudah nontunai,\" "
                        "ujarnya.\n\nIa menambahkan, hasil kunjungan akan dibahas dalam rapat "
                        "koordinasi bersama DPRD dan para kepala desa pekan depan, termasuk "
                        "kemungkinan pembagian hasil retribusi dengan desa wisata.\n\n(adv)\n")
    assert _edges(x) == {("52.08", "51.04")}


@pytest.mark.parametrize("text", [
    "Trenggalek Bersiap Sambut Mimika\n\nTRENGGALEK - Pemerintah Kabupaten Trenggalek mulai "
    "melakukan persiapan untuk menerima rencana kunjungan Pemerintah Kabupaten Mimika, Papua "
    "Tengah.",
    "DPRD Kotim Kritik Anggaran Studi Banding\n\nSAMPIT - Anggota DPRD Kabupaten Kotawaringin "
    "Timur mengkritik rancangan anggaran tahun depan. \"Di rancangan ini ada pos studi banding "
    "ke Bali, ke Yogyakarta, ke Bandung,\" katanya.",
])
def test_a_visit_planned_or_budgeted_is_no_visit(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).visits == []


def test_the_second_group_after_sementara(extractor: Extractor) -> None:
    x = _run(extractor, "Dua Kabupaten dari Sulteng Kompak Studi Tiru ke Luwu Timur\nJumat, 8 "
                        "Agustus 2025 07:30 WITA\n\nMALILI – Kabupaten Luwu Timur kembali menjadi "
                        "jujugan daerah tetangga yang ingin belajar tata kelola pelayanan publik. "
                        "Kamis (7/8/2025), Pemkab Luwu Timur menerima dua rombongan sekaligus dari "
                        "Provinsi Sulawesi Tengah di Ruang Rapat Lantai II Kantor Bupati, Puncak "
                        "Indah, Malili.\n\nRombongan pertama datang dari Pemerintah Kabupaten "
                        "Morowali yang dipimpin Asisten Pemerintahan dan Kesra Setda Morowali, H. "
                        "Syamsul Bahri Lasadi, S.Sos., M.Si. Mereka tertarik mempelajari "
                        "pengelolaan Mal Pelayanan Publik (MPP) Luwu Timur yang dinilai berhasil "
                        "melayani kebutuhan pekerja industri tambang.\n\nSementara rombongan kedua "
                        "berasal dari Pemkab Morowali Utara, dipimpin Kepala Bagian Organisasi "
                        "Setda Morowali Utara, Meyske Tampubolon, S.H., M.H. Rombongan ini fokus "
                        "pada penginputan standar pelayanan ke Sistem Informasi Pelayanan Publik "
                        "Nasional (SIPPN) serta penyusunan maklumat pelayanan.\n\nKedua rombongan "
                        "diterima Wakil Bupati Luwu Timur, Ir. H. Mahmud Tandiabang, M.T., "
                        "didampingi Kepala Bagian Organisasi Setda Luwu Timur, Rismawati Jufri, "
                        "S.IP.\n\n\"Kita ini bertetangga, dan tantangannya sama: daerah industri "
                        "dengan arus pendatang yang besar. Silakan ambil yang baik dari Luwu "
                        "Timur, dan tolong beri masukan juga kepada kami,\" kata "
                        "Mahmud.\n\nRismawati menjelaskan, MPP Luwu Timur saat ini menyediakan "
                        "layanan khusus pekerja, mulai dari pembuatan kartu pencari kerja, surat "
                        "keterangan domisili, hingga pendaftaran BPJS Ketenagakerjaan. Sementara "
                        "untuk SIPPN, seluruh 36 perangkat daerah dan 11 kecamatan telah "
                        "mengunggah standar pelayanan lengkap sejak 2024.\n\nSyamsul Bahri mengaku "
                        "banyak mendapatkan gambaran. Pemkab Morowali, katanya, sedang membenahi "
                        "gedung MPP yang sudah ada agar dapat menampung lebih banyak instansi, "
                        "terutama di kawasan Bahodopi.\n\n\"Kami berencana membuka gerai MPP di "
                        "Bahodopi karena di sanalah pusat aktivitas pekerja,\" ujarnya.\n\nAdapun "
                        "Meyske Tampubolon menyebut, hasil kunjungan akan langsung ditindaklanjuti "
                        "dengan pendampingan bagi perangkat daerah Morowali Utara yang belum "
                        "mengisi SIPPN.\n\nUsai diskusi, kedua rombongan meninjau langsung MPP "
                        "Luwu Timur yang berjarak sekitar satu kilometer dari kantor "
                        "bupati.\n\nPenulis: Humas Diskominfo Lutim\n")
    assert _edges(x) == {("72.06", "73.24"), ("72.12", "73.24")}


@pytest.mark.parametrize("text", [
    "Tim KemenPANRB Evaluasi MPP Purwakarta\n\nPURWAKARTA - Pemerintah Kabupaten Purwakarta "
    "menerima kunjungan kerja Tim Deputi Bidang Pelayanan Publik Kementerian Pendayagunaan "
    "Aparatur Negara dan Reformasi Birokrasi, Senin (18/8/2025). Kedatangan tim dari Jakarta itu "
    "merupakan bagian dari pemantauan penyelenggaraan Mal Pelayanan Publik di Jawa Barat.",
    "Pemkot Bitung Kedatangan Tamu Mahasiswa FISIP Universitas Halu Oleo\n\nBITUNG - Pemerintah "
    "Kota Bitung kedatangan tamu dari Sulawesi Tenggara, Selasa (12/8/2025). Sebanyak 40 "
    "mahasiswa itu belajar tentang pengelolaan pelabuhan perikanan.",
])
def test_a_ministry_from_jakarta_and_students_from_a_province(extractor: Extractor,
                                                              text: str) -> None:
    assert _run(extractor, text).visits == []


def test_the_provinces_seat_that_delegation_came_from(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi IV DPRD Kalsel Belajar ke DPRD Jatim\n\nSurabaya - Pengalaman Jawa "
                        "Timur dalam menerapkan Perda Pesantren menjadi rujukan Komisi IV DPRD "
                        "Provinsi Kalimantan Selatan. Rombongan wakil rakyat dari Banjarmasin itu "
                        "diterima di Gedung DPRD Jawa Timur, Rabu (15/1/2025).")
    assert _edges(x) == {("63", "35")}


def test_a_trip_told_as_the_speakers_side_having_learned_there(extractor: Extractor) -> None:
    x = _run(extractor, "Natar Resmikan Bank Sampah Induk\n\nNATAR - Kecamatan Natar, Kabupaten "
                        "Lampung Selatan, meresmikan bank sampah induk, Kamis (16/1/2025). Camat "
                        "Natar, Zulkifli Hamid, mengatakan gagasan itu muncul setelah pihaknya "
                        "menimba pengalaman di Kota Metro tahun lalu.")
    assert _edges(x) == {("18.01", "18.72")}



def test_what_a_forums_talk_taught_is_no_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Hadiri Rakornas Pelayanan Publik di Jakarta, Pemkab Kolut Lirik Inovasi "
                        "Gowa\nJumat, 30 Mei 2025 | 09:12 WITA\n\nLASUSUA – Pemerintah Kabupaten "
                        "Kolaka Utara mengikuti Rapat Koordinasi Nasional Pelayanan Publik yang "
                        "diselenggarakan Kementerian Pendayagunaan Aparatur Negara dan Reformasi "
                        "Birokrasi di sebuah hotel di Jakarta Pusat, Rabu–Kamis "
                        "(28–29/5/2025).\n\nKolaka Utara diwakili Asisten Pemerintahan dan Kesra "
                        "Setda, H. Muh. Arifin Lahida, S.Sos., M.Si., bersama Kepala Bagian "
                        "Organisasi. Forum yang dihadiri perwakilan ratusan pemerintah daerah itu "
                        "menampilkan sejumlah daerah peraih predikat pelayanan prima sebagai "
                        "pembicara.\n\nSalah satu sesi yang paling menarik perhatian rombongan "
                        "Kolut adalah paparan Pemkab Gowa tentang layanan antar dokumen "
                        "kependudukan hingga ke rumah warga melalui petugas kecamatan dan ojek "
                        "daring. Menurut Arifin, inovasi itu cocok untuk Kolaka Utara yang banyak "
                        "desanya berjarak puluhan kilometer dari Lasusua.\n\n\"Kami banyak menimba "
                        "ilmu dari paparan Gowa di forum itu. Tidak perlu biaya besar, yang "
                        "penting ada kemauan dan kerja sama dengan pihak ketiga,\" kata Arifin "
                        "saat ditemui setibanya di Lasusua.\n\nIa menyebut Pemkab Kolaka Utara "
                        "berencana mengadopsi layanan antar dokumen kependudukan tersebut dan akan "
                        "mengujinya terlebih dahulu di Kecamatan Ngapa dan Kecamatan Batu "
                        "Putih.\n\nDalam Rakornas tersebut, KemenPANRB juga mengingatkan "
                        "pemerintah daerah untuk segera melengkapi standar pelayanan dan mengisi "
                        "survei kepuasan masyarakat sebelum pemantauan kepatuhan pelayanan publik "
                        "digelar pada semester kedua.\n\nBaca Juga: Harga Cengkih di Kolaka Utara "
                        "Mulai Merangkak Naik\n\nEditor: Hasrul\n")
    assert _edges(x) == set()


def test_an_earlier_guest_that_also_sent_a_team_years_ago(extractor: Extractor) -> None:
    x = _run(extractor, "Dari Lereng Trenggalek, Kampung Iklim Mengajar\nJumat, 8 November 2024 "
                        "08:30 WIB\n\nTRENGGALEK – Di lereng bukit Kecamatan Bendungan, sebuah "
                        "kampung kecil punya kebiasaan yang tak lazim: setiap rumah menyimpan "
                        "catatan berapa ember air hujan yang ditampung dalam sepekan. Catatan itu "
                        "ditempel di dinding dapur, dicocokkan setiap Jumat oleh kader lingkungan, "
                        "lalu dikirim ke grup percakapan desa.\n\nKebiasaan sederhana itu menjadi "
                        "bagian dari Program Kampung Iklim (Proklim) yang dijalankan Pemerintah "
                        "Kabupaten Trenggalek sejak 2019. Kini sudah 57 desa dan kelurahan di "
                        "Trenggalek yang terdaftar sebagai lokasi Proklim, terbanyak di Jawa "
                        "Timur.\n\nKemarin, kampung itu kembali kedatangan tamu. Rombongan "
                        "berjumlah 25 orang turun dari dua minibus, membawa map berisi daftar "
                        "pertanyaan yang sudah disiapkan sejak berangkat.\n\nBaca Juga: Harga "
                        "Cengkih Kering di Trenggalek Tembus Rp 110 Ribu per Kilogram\n\nRombongan "
                        "itu datang dari Kabupaten Belitung Timur, Kepulauan Bangka Belitung. "
                        "Dipimpin Kepala Dinas Lingkungan Hidup Belitung Timur, Ir. Suhardi "
                        "Ramadhan, M.Si., mereka mempelajari bagaimana Trenggalek menggerakkan "
                        "warga tanpa mengandalkan anggaran besar. Wakil Bupati Trenggalek, Drs. H. "
                        "Syamsul Ma'arif Hidayat, M.Pd., ikut mendampingi sepanjang "
                        "kunjungan.\n\n\"Di tempat kami, lahan bekas tambang timah banyak sekali. "
                        "Kami ingin tahu bagaimana warga bisa dilibatkan merawat lingkungan, bukan "
                        "hanya menunggu proyek,\" kata Suhardi.\n\nMenurut Syamsul, keberhasilan "
                        "Proklim di Trenggalek tidak datang dari program pemerintah semata. \"Kami "
                        "hanya memfasilitasi. Yang bekerja tetap warga. Pemerintah datang membawa "
                        "bibit, warga yang menanam dan menjaga,\" ujarnya.\n\nBelitung Timur bukan "
                        "tamu pertama. Setahun lalu, Pemkab Lombok Utara juga mengirim tim Bappeda "
                        "untuk mempelajari hal serupa. Tim peneliti dari sebuah perguruan tinggi "
                        "negeri di Yogyakarta juga rutin datang untuk mengukur dampak program "
                        "terhadap debit mata air.\n\nTrenggalek sendiri tahun ini terpilih "
                        "mewakili Jawa Timur dalam penilaian Proklim Lestari oleh Kementerian "
                        "Lingkungan Hidup dan Kehutanan.\n\nSebelum pulang, Suhardi menyatakan "
                        "Belitung Timur akan memulai Proklim di lima desa bekas tambang pada 2025. "
                        "\"Kami bawa pulang bukan hanya catatan, tapi juga nyali untuk memulai,\" "
                        "ujarnya.\n\nEditor: Wahyu Setiawan\n")
    assert _edges(x) == {("19.06", "35.03"), ("52.08", "35.03")}
    assert {v.visitors[0].code: v.start for v in x.visits} == {"19.06": "2024-11-07", "52.08": None}


def test_guests_counted_from_regencies_in_two_provinces(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Way Kanan Belajar Bank Sampah ke Metro\n\nMETRO - Dinas Lingkungan "
                        "Hidup Kota Metro menerima rombongan Komisi III DPRD Kabupaten Way Kanan, "
                        "Selasa (8/7/2025). Kepala DLH Kota Metro memaparkan pengelolaan bank "
                        "sampah. Tahun ini, DLH Metro mencatat sudah tujuh rombongan dari "
                        "kabupaten/kota di Lampung dan Sumatera Selatan yang datang dengan tujuan "
                        "serupa.")
    assert _edges(x) == {("18.08", "18.72")}


def test_a_host_chosen_as_that_regency(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Sumba Timur Kaji Dana Desa di Lombok Timur\n\nSELONG - Lombok Timur "
                        "dinilai berhasil memakai dana desa untuk menekan stunting. Hal itu "
                        "membuat Komisi C DPRD Kabupaten Sumba Timur memilih kabupaten di timur "
                        "Pulau Lombok itu sebagai tujuan kunjungan kerjanya, Selasa (19/8/2025).")
    assert _edges(x) == {("53.11", "52.03")}


def test_a_team_sent_to_the_same_room_as_the_story_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Gumas Belajar Smart City ke Palangka Raya\n\nPALANGKA RAYA - Command "
                        "Center Kota Palangka Raya kembali kedatangan tamu, Rabu (16/7/2025). "
                        "Giliran rombongan Pemerintah Kabupaten Gunung Mas yang datang untuk "
                        "mempelajari smart city. Pekan lalu, Pemkab Pulang Pisau juga mengirim tim "
                        "Diskominfo ke ruang yang sama untuk melihat integrasi CCTV.")
    assert _edges(x) == {("62.10", "62.71"), ("62.11", "62.71")}


def test_the_same_delegation_stopping_at_a_council(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi I DPRD Sambas Kunker ke Siak\n\nSAMBAS - Komisi I DPRD Kabupaten "
                        "Sambas melakukan kunjungan kerja ke DPRD Kabupaten Siak, Rabu "
                        "(11/9/2024). Sehari sebelumnya, Selasa (10/9/2024), rombongan yang sama "
                        "singgah di DPRD Kota Pekanbaru untuk berkonsultasi soal perda pajak "
                        "daerah.")
    assert _edges(x) == {("61.01", "14.08"), ("61.01", "14.71")}


def test_a_plan_whose_purpose_is_a_study_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Kubu Raya Rencanakan Studi Banding\n\nSUNGAI RAYA - Pemerintah Kabupaten "
                        "Kubu Raya berencana memboyong sejumlah kepala perangkat daerah dan kepala "
                        "desa untuk studi banding ke Kabupaten Banyuwangi, Jawa Timur.")
    assert _edges(x) == set()


def test_stops_of_a_trip_the_sentence_plans(extractor: Extractor) -> None:
    x = _run(extractor, "Anggaran Kunker DPRD Lotim Disorot\n\nSELONG - Dalam jadwal yang beredar, "
                        "rombongan DPRD Kabupaten Lombok Timur direncanakan berada di Badung pada "
                        "hari pertama untuk membahas raperda kepariwisataan, kemudian bergeser ke "
                        "Pemerintah Kota Denpasar pada hari berikutnya untuk mempelajari "
                        "pengelolaan pasar rakyat.")
    assert _edges(x) == set()


def test_a_province_where_the_headlines_factory_and_campus_lie(extractor: Extractor) -> None:
    x = _run(extractor, "Disperin Lotim Studi Banding ke Pabrik Tas di Sidoarjo dan Kampus ITS\n\n"
                        "SELONG - Dinas Perindustrian Kabupaten Lombok Timur memboyong 15 pelaku "
                        "industri kecil menengah untuk studi banding ke Jawa Timur, Senin-Selasa "
                        "(1-2/12/2025).")
    assert _edges(x) == set()


def test_each_stop_takes_the_day_of_its_own_sentence_over_the_trips_range(
        extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Lotim Studi Tiru ke Badung dan Gianyar\n\nSELONG - Dalam "
                        "perjalanan Senin dan Selasa (16-17/6/2025), rombongan Pemerintah "
                        "Kabupaten Lombok Timur mendatangi Kabupaten Badung dan Kabupaten Gianyar. "
                        "Pada hari pertama, Senin (16/6/2025), rombongan diterima di MPP Badung. "
                        "Keesokan harinya, Selasa (17/6/2025), perjalanan berlanjut ke Gianyar.")
    assert {v.hosts[0].code: (v.start, v.end) for v in x.visits} == {
        "51.03": ("2025-06-16", "2025-06-16"), "51.04": ("2025-06-17", "2025-06-17")}



def test_the_day_a_trip_of_two_stops_was_finished_is_not_the_first_stops(
        extractor: Extractor) -> None:
    x = _run(extractor, "Dua Hari Keliling Luhak, Pemkab Pessel Belajar KLA di Padang Panjang dan "
                        "Destana di Tanah Datar\nKamis, 4 September 2025 | 10:25 WIB\n\nPAINAN – "
                        "Rombongan Pemerintah Kabupaten Pesisir Selatan menuntaskan rangkaian "
                        "kunjungan kerja ke dua daerah di kawasan darek, Rabu kemarin. Dalam dua "
                        "hari, rombongan yang dipimpin Asisten Pemerintahan dan Kesra Setda "
                        "Pessel, Drs. Yulius Efendi Dt. Rajo Batuah, M.Si., menyambangi Kota "
                        "Padang Panjang dan Kabupaten Tanah Datar dengan fokus yang "
                        "berbeda.\n\nHari pertama, Selasa (2/9/2025), rombongan yang diisi Dinas "
                        "Pemberdayaan Perempuan dan Perlindungan Anak serta Dinas Pendidikan "
                        "Pessel diterima Wakil Wali Kota Padang Panjang, Hj. Nofrida Yenti, S.E., "
                        "di Balai Kota. Pessel ingin mempelajari bagaimana Padang Panjang "
                        "mempertahankan predikat Kota Layak Anak (KLA) kategori Nindya dan "
                        "mengembangkan Sekolah Ramah Anak di hampir seluruh sekolah dasar.\n\n\"Di "
                        "sini semua OPD punya indikator KLA masing-masing. Dinas PU pun ikut, "
                        "karena trotoar dan taman bermain itu bagian dari hak anak,\" kata "
                        "Nofrida.\n\nBaca Juga: Kapal Nelayan Tenggelam di Perairan Air Haji, Dua "
                        "ABK Selamat\n\nKeesokan harinya, giliran Pemkab Tanah Datar yang menjadi "
                        "tuan rumah. Di Istano Basa Pagaruyung, rombongan Pessel — kali ini "
                        "bertambah dengan personel BPBD — disambut Kepala Pelaksana BPBD Tanah "
                        "Datar, Ir. Hendra Saputra Sutan Mudo. Materi yang dibahas adalah program "
                        "Desa Tangguh Bencana (Destana), yang di Tanah Datar dikenal sebagai "
                        "Nagari Tangguh Bencana.\n\nHendra menjelaskan, pengalaman menghadapi "
                        "erupsi Gunung Marapi dan banjir lahar dingin membuat Tanah Datar "
                        "membentuk tim siaga di 48 nagari, lengkap dengan jalur evakuasi dan "
                        "lumbung logistik.\n\n\"Warga nagari adalah penyelamat pertama. Sebelum "
                        "BPBD datang, mereka yang bergerak,\" ujarnya.\n\nYulius menyebut kedua "
                        "program itu sangat relevan bagi Pessel. Angka perkawinan anak yang masih "
                        "tinggi menjadi alasan Pessel mengejar status KLA, sementara garis pantai "
                        "sepanjang 234 kilometer membuat ancaman tsunami tidak bisa dianggap "
                        "remeh.\n\n\"Tahun depan kami targetkan 15 nagari di pesisir menjadi "
                        "Nagari Tangguh Bencana. Untuk KLA, kami mulai dari penguatan gugus "
                        "tugas,\" tuturnya.\n\nKepala BPBD Pessel, Rinaldi Chaniago, yang ikut "
                        "dalam rombongan hari kedua, mengaku akan mengadopsi format latihan "
                        "evakuasi berbasis nagari yang dilihatnya di Tanah Datar.\n\nEditor: "
                        "Zulfikar\n(adv)\n")
    assert {v.hosts[0].code: v.start for v in x.visits} == {
        "13.74": "2025-09-02", "13.04": "2025-09-03"}



def test_the_trip_that_took_him_and_his_team_gives_the_day(extractor: Extractor) -> None:
    x = _run(extractor, "Sampah Sampit Menggunung, DLH Kotim Berguru ke Balikpapan\nKamis, 24 "
                        "April 2025 11:00 WIB\n\nSAMPIT – \"Kalau TPA kita terus dipakai seperti "
                        "sekarang, tiga tahun lagi penuh. Tidak ada jalan lain selain mengurangi "
                        "sampah dari hulunya, dari rumah tangga,\" kata Kepala Dinas Lingkungan "
                        "Hidup (DLH) Kabupaten Kotawaringin Timur, Marjuki Bahtiar, S.Hut., M.Si., "
                        "Kamis (24/4/2025).\n\nKekhawatiran itulah yang membawa Marjuki dan timnya "
                        "ke Kota Balikpapan, Kalimantan Timur, Rabu (23/4). Di kota minyak itu, "
                        "rombongan DLH Kotim mempelajari pengelolaan bank sampah berbasis RT serta "
                        "pengoperasian TPA Manggar yang memakai sistem sanitary "
                        "landfill.\n\nMarjuki tidak berangkat sendiri. Ikut dalam rombongan Kepala "
                        "Bidang Pengelolaan Sampah DLH Kotim, Sri Rejeki Ningsih, S.T., dan Ketua "
                        "Komisi III DPRD Kotim, H. Darmawan Yusuf, S.E. Mereka diterima Kepala DLH "
                        "Kota Balikpapan, Drs. Herman Wijaya Pratama, M.M., bersama Kepala UPT TPA "
                        "Manggar, Surya Adinata, S.T.\n\nHerman menuturkan, Balikpapan kini "
                        "memiliki lebih dari 400 unit bank sampah yang dikoordinasikan satu bank "
                        "sampah induk. Nasabahnya bisa menabung sampah plastik, kertas, dan logam, "
                        "lalu menukarkan saldo dengan sembako atau membayar iuran "
                        "kebersihan.\n\n\"Bank sampah itu bukan proyek dinas. Yang menggerakkan "
                        "ibu-ibu PKK dan ketua RT. Pemerintah cukup menyiapkan pembeli dan "
                        "pendampingan,\" kata Herman.\n\nBaca Juga: Kapal Cepat Sampit–Semarang "
                        "Kembali Beroperasi Usai Docking\n\nDi TPA Manggar, Surya menunjukkan "
                        "sel-sel penimbunan yang ditutup tanah setiap hari serta instalasi "
                        "pengolahan air lindi. Darmawan mengaku terkesan. \"Ini yang harus kita "
                        "perjuangkan anggarannya. TPA kita masih open dumping,\" "
                        "ujarnya.\n\nKunjungan ke Balikpapan ini merupakan yang kedua bagi DLH "
                        "Kotim dalam urusan sampah. Pada 2023, dinas yang sama pernah belajar "
                        "pengelolaan TPS 3R ke Kota Surabaya.\n\nSepulang dari Balikpapan, DLH "
                        "Kotim berencana membentuk bank sampah induk di Sampit pada semester kedua "
                        "2025, dengan sasaran awal 50 bank sampah unit di Kecamatan Mentawa Baru "
                        "Ketapang dan Baamang.\n\nReporter: Rizal Firdaus\nEditor: Yuni "
                        "Astuti\n\nTERPOPULER\n1. Harga Gas Elpiji 3 Kg di Sampit Tembus Rp45 "
                        "Ribu\n2. Buaya Muncul di Sungai Mentaya, Warga Diminta Waspada\n3. "
                        "Festival Jelajah Sungai Mentaya Digelar Mei\n")
    assert [(v.start, v.end) for v in x.visits][0] == ("2025-04-23", "2025-04-23")


def test_a_council_that_chose_to_see_a_citys_way_for_itself(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi II DPRD Ternate Belajar Retribusi Pasar\n\nTERNATE - Setelah "
                        "berbulan-bulan kebocoran retribusi pasar tak teratasi, Komisi II DPRD "
                        "Kota Ternate akhirnya memilih untuk melihat langsung cara Kota Makassar "
                        "membenahi pasar rakyatnya. Kunjungan kerja itu berlangsung Kamis "
                        "(17/7/2025).")
    assert _edges(x) == {("82.71", "73.71")}


@pytest.mark.parametrize("who", [
    "Tamu yang dimaksud adalah rombongan Pemerintah Kabupaten Kepulauan Mentawai",
    "Tamu yang datang hari itu adalah rombongan Pemerintah Kabupaten Kepulauan Mentawai",
])
def test_guests_named_after_the_hosts_welcome_at_its_hall(extractor: Extractor, who: str) -> None:
    x = _run(extractor, "Smart Kampung Banyuwangi Kembali Dilirik\n\nBANYUWANGI - \"Desa itu ujung "
                        "tombak,\" ujar Sekretaris Daerah Banyuwangi, Sugeng Hariyadi, saat "
                        "menerima tamu di Ruang Rapat Blambangan, Kantor Pemkab Banyuwangi, Rabu "
                        "(14/5/2025).\n\nSugeng menjelaskan seluruh desa sudah terhubung "
                        "internet.\n\n"
                        f"{who}, Sumatera Barat, yang dipimpin Asisten Pemerintahan, Yosafat.")
    assert _edges(x) == {("13.09", "35.10")}


def test_a_stop_told_by_where_the_delegation_was_welcomed(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Morowali Belajar Kota Cerdas\n\nBUNGKU - Pemerintah Kabupaten "
                        "Morowali menuntaskan kunjungan kerja ke dua daerah di Jawa Timur. "
                        "Perjalanan dimulai Senin (25/11/2024). Di Kantor Bupati Banyuwangi, "
                        "rombongan diterima Kepala Dinas Kominfo, Budi Santoso. Dua hari kemudian, "
                        "Rabu (27/11/2024), rombongan bergeser ke Kota Surabaya.")
    assert _edges(x) == {("72.06", "35.10"), ("72.06", "35.78")}


def test_what_was_studied_before_the_learner_builds_its_own(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkab Purwakarta Studi Banding ke Telkom\n\nPURWAKARTA - Pejabat "
                        "Pemerintah Kabupaten Purwakarta melakukan studi banding ke pusat data "
                        "milik PT Telkom Indonesia di Kota Bandung, Senin (26/8/2024). Kunjungan "
                        "dilakukan untuk mempelajari standar keamanan server sebelum Purwakarta "
                        "membangun pusat data daerah.")
    assert _edges(x) == set()


def test_the_place_of_a_fronted_time_clause_is_not_the_subject_after_it(
        extractor: Extractor) -> None:
    x = _run(extractor, "Gubernur Sulsel Kunjungan Kerja ke Bone\n\nWATAMPONE - Gubernur Sulawesi "
                        "Selatan melanjutkan kunjungan kerja ke sejumlah kabupaten. Setelah "
                        "menyapa petani di Kabupaten Wajo pada Senin, gubernur bergeser ke "
                        "Kabupaten Bone, Selasa (4/3/2025), sekaligus meluncurkan program Lumbung "
                        "Pangan Desa.")
    assert _edges(x) == set()




def test_a_town_gone_on_to_for_a_colleges_heads(extractor: Extractor) -> None:
    x = _run(extractor, "Komisi III DPRD Morut Kunjungi Kawasan Industri Nikel, Soroti Serapan "
                        "Tenaga Kerja Lokal\nDiterbitkan 27/05/2025\n\nBAHODOPI – Komisi III DPRD "
                        "Kabupaten Morowali Utara melakukan kunjungan kerja ke kawasan industri "
                        "pengolahan nikel milik PT Sulawesi Nikel Lestari di Kecamatan Bahodopi, "
                        "Senin (26/5/2025). Kunjungan itu dimaksudkan untuk melihat langsung "
                        "program pelatihan vokasi yang dijalankan perusahaan bagi calon tenaga "
                        "kerja dari desa-desa sekitar tambang.\n\nRombongan yang dipimpin Ketua "
                        "Komisi III, Stevanus Lemba, S.T., diterima Manajer Hubungan Masyarakat "
                        "perusahaan, Dedi Kurniawan, beserta tim pengelola pusat pelatihan. Dalam "
                        "paparannya, Dedi menyebut perusahaan telah melatih lebih dari 3.000 "
                        "peserta dalam dua tahun terakhir, mulai dari operator alat berat, juru "
                        "las, hingga teknisi listrik.\n\n\"Kami membuka kelas tanpa biaya. "
                        "Syaratnya hanya ijazah SMA atau SMK dan lulus tes kesehatan,\" "
                        "ujarnya.\n\nNamun Stevanus menilai porsi warga Morowali Utara yang ikut "
                        "pelatihan masih kecil dibandingkan pekerja yang didatangkan dari luar "
                        "Sulawesi Tengah. Menurutnya, banyak pemuda di kecamatan Petasia dan "
                        "Bungku Utara tidak mendapatkan informasi pendaftaran.\n\n\"Perusahaan "
                        "besar ini berdiri di tengah kami. Jangan sampai anak-anak Morut hanya "
                        "jadi penonton,\" kata dia.\n\nDedi berjanji perusahaan akan membuka kuota "
                        "khusus bagi peserta asal Morowali Utara pada angkatan berikutnya dan "
                        "menyosialisasikan jadwal pendaftaran melalui kantor desa.\n\nUsai dari "
                        "kawasan industri, rombongan melanjutkan perjalanan ke Palu untuk bertemu "
                        "pimpinan Politeknik Palu guna membahas peluang kerja sama pendidikan "
                        "vokasi bidang pertambangan bagi lulusan SMK di Morowali Utara. Anggota "
                        "Komisi III, Yuliana Tandiabang, menyebut pertemuan dengan kampus itu "
                        "penting agar pemkab memiliki mitra pendidikan yang tetap.\n\n\"Kalau ada "
                        "kampus yang mendampingi, pelatihan tidak bergantung pada kebaikan "
                        "perusahaan saja,\" katanya.\n\nHasil kunjungan kerja ini akan disampaikan "
                        "dalam rapat dengar pendapat bersama Dinas Tenaga Kerja dan Transmigrasi "
                        "Morowali Utara bulan depan.\n\nTerkini\n> Banjir Rendam Puluhan Rumah di "
                        "Desa Tiu\n> Bupati Morut Resmikan Jembatan Sungai Laa\n> Harga Ikan "
                        "Cakalang di Kolonodale Melonjak\n")
    assert _edges(x) == set()


def test_a_delegation_told_just_before_its_welcome_among_other_guests(extractor: Extractor) -> None:
    x = _run(extractor, "Dari Kota Kecil di Tepi Sungai, MPP Siak Jadi Rujukan Banyak "
                        "Daerah\nJumat, 20 September 2024 | 14:20\n\nSIAK SRI INDRAPURA – Gedung "
                        "dua lantai di tepi Sungai Siak itu tak terlalu mencolok. Namun sejak "
                        "diresmikan pada 2019, Mal Pelayanan Publik (MPP) Kabupaten Siak telah "
                        "menjadi salah satu tujuan studi tiru paling ramai di Sumatera.\n\nTamu "
                        "terbaru datang Kamis (19/9). Rombongan Pemerintah Kabupaten Kepulauan "
                        "Meranti yang dipimpin Sekretaris Daerah Meranti, H. Zulkarnain Fikri, "
                        "S.E., M.Si., menyeberang dengan kapal cepat dari Selatpanjang. Mereka "
                        "diterima Asisten Administrasi Umum Setda Siak, Dra. Hj. Faizah Rahmi, "
                        "M.Si., lalu diajak menyusuri satu per satu gerai layanan, dari "
                        "kependudukan, perizinan, hingga samsat.\n\n\"Meranti dan Siak ini "
                        "serumpun, masalahnya juga mirip: penduduk tersebar, transportasi sulit. "
                        "Makanya kami merasa lebih cocok belajar ke sini daripada ke kota besar,\" "
                        "kata Zulkarnain. Ia menargetkan MPP Meranti mulai beroperasi pada "
                        "pertengahan 2025.\n\nBaca Juga: Festival Perahu Baganduang Kembali "
                        "Digelar Oktober Mendatang\n\nMeranti bukan yang pertama. Pada Oktober "
                        "2023, rombongan Pemkab Lingga dari Kepulauan Riau datang dengan tujuan "
                        "serupa. Awal tahun ini, Pemerintah Kota Sungai Penuh, Jambi, juga "
                        "berkunjung atas saran Kementerian PANRB, yang menilai model MPP Siak "
                        "paling tepat untuk daerah berpenduduk kecil dengan anggaran "
                        "terbatas.\n\nFaizah menuturkan, kunci MPP Siak justru ada pada "
                        "kesederhanaan. Gedungnya merupakan bekas kantor dinas yang direnovasi, "
                        "bukan bangunan baru. Sistem antreannya dikembangkan sendiri oleh pegawai "
                        "Diskominfo setempat. \"Banyak yang kaget waktu tahu biayanya. Mereka "
                        "bayangkan puluhan miliar, padahal jauh di bawah itu,\" ujarnya.\n\nSaat "
                        "ini, MPP Siak menampung 168 jenis layanan dari 24 instansi, termasuk BPJS "
                        "Kesehatan, kantor pajak, kepolisian, dan Kantor Kementerian Agama. "
                        "Rata-rata 350 warga dilayani setiap hari.\n\nMeski demikian, Faizah "
                        "mengakui ada tantangan yang belum terpecahkan, terutama bagi warga di "
                        "kecamatan terjauh seperti Pusako dan Bungaraya. Pemkab Siak kini "
                        "menyiapkan MPP keliling menggunakan mobil layanan yang dijadwalkan mulai "
                        "beroperasi tahun depan.\n\nEditor: Irwan Syahputra\n\nBERITA TERKAIT\n- "
                        "Harga TBS Sawit di Riau Naik Tipis Pekan Ini\n- Pelajar Siak Wakili Riau "
                        "di Lomba Debat Nasional\n")
    assert ("14.10", "14.08") in _edges(x)


def test_a_team_just_back_from_a_host_that_welcomed_it(extractor: Extractor) -> None:
    x = _run(extractor, "Baru Kembali dari Siak, Tim Pemkab Meranti Siapkan Bank Sampah Induk\n25 "
                        "November 2024 — 09:41 WIB\n\nSELATPANJANG – Tim Pemerintah Kabupaten "
                        "Kepulauan Meranti yang baru kembali dari Kabupaten Siak langsung bergerak "
                        "menyusun rencana aksi pengelolaan sampah. Dalam rapat koordinasi di "
                        "kantor bupati, Senin (25/11/2024), tim memaparkan hasil pengamatan mereka "
                        "kepada jajaran Sekretariat Daerah.\n\nKunjungan ke Negeri Istana itu "
                        "digelar Kamis (21/11/2024). Tim dipimpin Asisten Perekonomian dan "
                        "Pembangunan Setda Meranti, H. Wan Syamsul Bahri, S.T., M.Si., dan "
                        "beranggotakan Kepala Dinas Lingkungan Hidup Meranti, Zulkifli Hasibuan, "
                        "S.Hut., beserta beberapa kepala bidang.\n\nRombongan diterima di Balai "
                        "Kerapatan Sri Siak oleh Asisten Perekonomian Setda Siak, H. Syamsurizal "
                        "Amin, S.E., M.M. Dalam pemaparannya, pihak Siak menjelaskan kebijakan "
                        "Siak Hijau yang menjadi payung berbagai program lingkungan, mulai dari "
                        "perlindungan gambut hingga pengurangan sampah rumah tangga lewat jaringan "
                        "bank sampah di tingkat kampung.\n\n\"Siak punya bank sampah induk yang "
                        "menampung setoran dari bank sampah unit di kampung-kampung. Sampah "
                        "plastik yang sudah dipilah langsung dijual ke pengepul besar, jadi warga "
                        "dapat uang dan TPA tidak cepat penuh,\" terang Wan "
                        "Syamsul.\n\nMenurutnya, Meranti sebagai daerah kepulauan menghadapi "
                        "persoalan yang lebih rumit karena sampah kerap dibuang ke laut atau ke "
                        "parit. Kapasitas TPA di Selatpanjang pun sudah hampir penuh.\n\nZulkifli "
                        "menambahkan, rombongan juga sempat meninjau salah satu bank sampah unit "
                        "yang dikelola ibu-ibu PKK. Di sana, warga bisa menabung sampah dan "
                        "menukarnya dengan sembako atau membayar iuran BPJS.\n\n\"Ini yang paling "
                        "realistis kita terapkan lebih dulu. Tahun depan kami usulkan pembentukan "
                        "bank sampah induk di Selatpanjang, lalu bertahap ke desa-desa di Pulau "
                        "Tebing Tinggi dan Rangsang,\" ujarnya.\n\nBaca Juga: Kapal Cepat Rute "
                        "Selatpanjang-Batam Kembali Beroperasi Normal\n\nPemkab Kepulauan Meranti, "
                        "lanjut Zulkifli, juga menjajaki kemungkinan menerbitkan kebijakan serupa "
                        "Siak Hijau yang disesuaikan dengan karakter wilayah pesisir. Namun, ia "
                        "mengakui hal itu memerlukan kajian lebih panjang.\n\nTERPOPULER\n1. Harga "
                        "Sagu Basah di Meranti Naik, Petani Semringah\n2. Dua Pompong Tabrakan di "
                        "Selat Air Hitam, Tak Ada Korban Jiwa\n3. Pelantikan Kepala Desa Hasil PAW "
                        "Digelar di Tebing Tinggi Barat\n")
    assert _edges(x) == {("14.10", "14.08")}


@pytest.mark.parametrize(("headline", "edges"), [
    ("Pesisir Barat Gelar Studi Tiru Virtual dengan Trenggalek soal Stunting", set()),
    ("Usai Studi Tiru Virtual, Pesisir Barat Akhirnya Datangi Trenggalek",
     {("18.13", "35.03")}),
])
def test_a_study_the_headline_names_as_held_online(extractor: Extractor, headline: str,
                                                   edges: set[tuple[str, str]]) -> None:
    x = _run(extractor, f"{headline}\n\nKRUI - Jajaran Pemerintah Kabupaten Pesisir Barat, "
                        "Lampung, belajar penanganan stunting dari Pemerintah Kabupaten "
                        "Trenggalek, Jawa Timur, Rabu (5/3/2025). Paparan disampaikan melalui "
                        "layar.")
    assert _edges(x) == edges


def test_families_on_holiday_are_no_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Libur Natal, Penglipuran Diserbu Wisatawan dari Jawa\n\nBANGLI - Desa "
                        "Wisata Penglipuran di Kabupaten Bangli dipadati wisatawan, Kamis "
                        "(26/12/2024). Ada pula rombongan keluarga dari Kota Malang dan Kabupaten "
                        "Jember yang datang menggunakan kendaraan pribadi.")
    assert _edges(x) == set()


def test_officials_taken_along_from_several_offices(extractor: Extractor) -> None:
    x = _run(extractor, "Tim Pemkab Demak Bedah SIGAP Stunting\n\nDEMAK - Pemerintah Kabupaten "
                        "Demak memboyong 17 pejabat dari Bappeda, Dinas Kesehatan dan Dinas "
                        "Pemberdayaan Masyarakat dan Desa ke Kabupaten Sumedang, Jawa Barat, "
                        "Selasa-Rabu (10-11/6/2025).")
    assert _edges(x) == {("33.21", "32.11")}


@pytest.mark.parametrize(("headline", "edges"), [
    ("Siapkan Ranperda Masyarakat Adat, Pansus DPRD Malinau Datangi DPRD Buleleng",
     {("65.02", "51.08")}),
    ("Malinau Siapkan Ranperda, Pansus DPRD Bakal Datangi DPRD Buleleng", set()),
])
def test_what_a_headline_prepares_before_its_comma(extractor: Extractor, headline: str,
                                                   edges: set[tuple[str, str]]) -> None:
    x = _run(extractor, f"{headline}\n\nSINGARAJA - Ketua Komisi I DPRD Buleleng yang memimpin "
                        "pertemuan itu menjelaskan bahwa di Bali pengakuan desa adat diatur dengan "
                        "perda dan kabupaten berperan dalam pembinaan desa adat.")
    assert _edges(x) == edges


def test_a_regions_short_name_ending_a_sentence_and_its_name_opening_the_next(
        extractor: Extractor) -> None:
    x = _run(extractor, "Tala Terima Kunjungan HST\n\nPELAIHARI - Pemerintah Kabupaten Tanah Laut "
                        "(Tala) menerima kunjungan studi tiru Pemerintah Kabupaten Hulu Sungai "
                        "Tengah (HST), Kamis (10/7/2025).\n\nKonsep itu, lanjutnya, bukan murni "
                        "gagasan Tala. Pemkab Tanah Laut mengadopsinya setelah melakukan studi "
                        "banding ke Kabupaten Banyuwangi.")
    assert _edges(x) == {("63.07", "63.01"), ("63.01", "35.10")}


def test_a_delegation_stopping_briefly_at_a_council(extractor: Extractor) -> None:
    x = _run(extractor, "DPRK Banda Aceh Berguru ke Padang Panjang\n\nBANDA ACEH - Komisi IV DPRK "
                        "Banda Aceh berkunjung ke DPRD Kota Padang Panjang, Kamis (30/10/2025). "
                        "Esok harinya, Jumat (31/10/2025), rombongan singgah sebentar di DPRD Kota "
                        "Bukittinggi.")
    assert _edges(x) == {("11.71", "13.74"), ("11.71", "13.75")}


def test_a_hosts_older_trip_takes_no_day_written_after_the_hosts_name(
        extractor: Extractor) -> None:
    x = _run(extractor, "Kudus Tularkan Pengalaman MPP ke Rembang\n\nKUDUS - Pemerintah Kabupaten "
                        "Rembang melakukan studi tiru ke Mal Pelayanan Publik (MPP) Kabupaten "
                        "Kudus, Selasa (21/1/2025).\n\nCatur bercerita, sebelum diresmikan pada "
                        "2023, tim Pemkab Kudus sempat melakukan studi tiru ke MPP Kota Surakarta.")
    assert {(v.visitors[0].code, v.start) for v in x.visits} == {
        ("33.17", "2025-01-21"), ("33.19", None)}


def test_the_day_of_another_guest_in_a_fronted_clause(extractor: Extractor) -> None:
    x = _run(extractor, "Sleman Kembali Jadi Rujukan\n\nSLEMAN - Pekan ini Pemerintah Kabupaten "
                        "Sleman dua kali menerima tamu. Setelah pada Senin (19/5/2025) kedatangan "
                        "delegasi dari Prefektur Shizuoka, Jepang, giliran rombongan Pemerintah "
                        "Kabupaten Bengkayang, Kalimantan Barat, yang datang pada Selasa "
                        "(20/5/2025).")
    assert [(v.start, v.end) for v in x.visits] == [("2025-05-20", "2025-05-20")]


def test_a_stop_made_the_day_before(extractor: Extractor) -> None:
    x = _run(extractor, "Delegasi SBD Belajar ke Buleleng\n\nSINGARAJA - Pemerintah Kabupaten "
                        "Buleleng menerima kunjungan kerja rombongan Pemerintah Kabupaten Sumba "
                        "Barat Daya, Rabu (9/10/2024). Kunjungan ke Buleleng ini bagian dari "
                        "rangkaian perjalanan dinas rombongan. Sehari sebelumnya, delegasi yang "
                        "sama singgah di Kabupaten Banyuwangi, Jawa Timur, untuk melihat "
                        "penyelenggaraan Mal Pelayanan Publik.")
    assert {v.hosts[0].code: v.start for v in x.visits} == {
        "51.08": "2024-10-09", "35.10": "2024-10-08"}


@pytest.mark.parametrize(("when", "edges"), [
    (", Kamis-Jumat (24-25/10/2024)", {("12.07", "34.01"), ("12.18", "34.01")}),
    (" tahun depan", set()),
])
def test_a_neighbour_taken_along_or_invited(extractor: Extractor, when: str,
                                            edges: set[tuple[str, str]]) -> None:
    x = _run(extractor, "Deli Serdang dan Sergai Belajar Tomira\n\nLUBUK PAKAM - Kekhawatiran "
                        "itulah yang membuat Pemkab Deli Serdang mengajak Pemkab Serdang Bedagai "
                        "melakukan "
                        f"studi tiru bersama ke Kabupaten Kulon Progo{when}.")
    assert _edges(x) == edges


def test_a_headlines_stop_that_learned_without_untuk(extractor: Extractor) -> None:
    x = _run(extractor, "Pulang dari Kemendes, Bappeda Sumbawa Singgah ke Sleman Pelajari Satu "
                        "Data Desa\n\nSUMBAWA BESAR - Rombongan Bappeda Kabupaten Sumbawa "
                        "menghadiri rapat di Kementerian Desa di Jakarta. Sekretaris Bappeda "
                        "Sleman menerima langsung tamu dari Pulau Sumbawa tersebut.")
    assert _edges(x) == {("52.04", "34.04")}


def test_a_bare_team_led_by_an_official_introduced_before(extractor: Extractor) -> None:
    x = _run(extractor, "Kejar Predikat Daerah Inovatif, Bappelitbangda Beltim ke LAN dan Kota "
                        "Bogor\nSenin, 17 November 2025 | 09:10 WIB\n\nMANGGAR – Badan Perencanaan "
                        "Pembangunan, Penelitian dan Pengembangan Daerah (Bappelitbangda) "
                        "Kabupaten Belitung Timur baru saja menuntaskan perjalanan dinas ke "
                        "Jakarta dan Bogor pekan lalu. Perjalanan itu menjadi bagian dari upaya "
                        "Beltim menaikkan peringkat Indeks Inovasi Daerah.\n\nKepala "
                        "Bappelitbangda Beltim, Ir. Hendra Kurniawan Putra, M.T., menjelaskan "
                        "bahwa pada Kamis lalu timnya berdiskusi dengan Pusat Pembinaan Analis "
                        "Kebijakan dan Inovasi Lembaga Administrasi Negara (LAN) di Jakarta. LAN "
                        "memaparkan metode Laboratorium Inovasi, yakni pendampingan intensif bagi "
                        "perangkat daerah untuk melahirkan inovasi dalam waktu "
                        "singkat.\n\n\"Metode itu akan kami terapkan. Rencananya awal tahun depan "
                        "kami buka Laboratorium Inovasi pertama di Beltim dengan melibatkan "
                        "sepuluh perangkat daerah,\" ujar Hendra, Senin (17/11).\n\nJumat lalu, "
                        "tim yang tetap dipimpin Hendra melanjutkan studi banding ke Pemerintah "
                        "Kota Bogor. Di Balai Kota Bogor, tim Beltim dipertemukan dengan pengelola "
                        "Balai Inovasi Rakyat (BIR), wadah yang menampung ide warga dan komunitas "
                        "lalu menyalurkannya ke perangkat daerah terkait untuk "
                        "dikembangkan.\n\nKepala Bidang Riset dan Inovasi Bappeda Kota Bogor, "
                        "Yuniarti Lestari, S.Si., M.Si., menuturkan Balai Inovasi Rakyat lahir "
                        "dari keprihatinan bahwa inovasi hanya datang dari pegawai. \"Padahal "
                        "warga yang paling tahu masalahnya. Kami tinggal menyediakan saluran,\" "
                        "katanya.\n\nMenurut Yuniarti, sejak dibentuk, BIR telah menampung lebih "
                        "dari 300 usulan, dan puluhan di antaranya kini menjadi program resmi "
                        "pemkot.\n\nHendra mengakui, pendekatan yang melibatkan warga ini belum "
                        "pernah terpikirkan di Beltim. Namun ia belum memastikan apakah akan "
                        "mengadopsinya dalam waktu dekat.\n\nBaca Juga: Nelayan Beltim Keluhkan "
                        "Solar Langka di SPBN Manggar\n\nPenulis: Ardiansyah\nEditor: Fitri "
                        "Yanti\n")
    assert _edges(x) == {("19.06", "32.71")}


def test_a_delegation_welcomed_in_a_town_set_before_it(extractor: Extractor) -> None:
    x = _run(extractor, "BKPSDM Bener Meriah Belajar Sistem Merit\n\nREDELONG - BKPSDM Kabupaten "
                        "Bener Meriah menyelesaikan perjalanan dinas tiga hari. Hari pertama, "
                        "rombongan berkonsultasi ke BKN di Jakarta. Rabu (1/10/2025), giliran "
                        "Pemerintah Kota Cimahi yang dikunjungi. Di Cimahi, rombongan Bener Meriah "
                        "diterima Sekretaris BKPSDM, Rudi Hartono.")
    assert _edges(x) == {("11.17", "32.77")}


def test_the_day_of_a_visit_told_as_his_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Pekanbaru Belajar Bank Sampah dari Surabaya\nKamis, 10 Oktober "
                        "2024\n\nPEKANBARU - \"Surabaya dulu juga kotor,\" kata Kepala DLHK Kota "
                        "Pekanbaru, Syahrul Amri, Rabu (9/10/2024).\n\nSyahrul bercerita tentang "
                        "hasil kunjungannya ke Pemerintah Kota Surabaya, Jawa Timur, pada Senin "
                        "(7/10/2024). Bersama lima lurah, ia berangkat untuk mempelajari "
                        "pengelolaan bank sampah.\n\nRombongan Pekanbaru diterima Kepala Dinas "
                        "Lingkungan Hidup Kota Surabaya.")
    assert [(v.start, v.end) for v in x.visits] == [("2024-10-07", "2024-10-07")]


def test_the_day_of_a_trip_reported_back_with_its_own_verb(extractor: Extractor) -> None:
    x = _run(extractor, "Asahan Studi Banding MPP ke Batam\n\nKISARAN - \"Kami lihat dulu yang "
                        "sudah jalan,\" kata Kepala DPMPTSP Kabupaten Asahan, Benny Hotman, Senin "
                        "(19/8/2024).\n\nBenny menyampaikan hal itu sepulang dari studi banding ke "
                        "Kota Batam, Kepulauan Riau, yang digelar Rabu dan Kamis (14-15/8/2024). "
                        "Hasil kunjungan dipaparkan kepada bupati.")
    assert [(v.start, v.end) for v in x.visits] == [("2024-08-14", "2024-08-15")]


def test_the_day_a_headline_gives_to_a_ministry_is_not_the_stops(extractor: Extractor) -> None:
    x = _run(extractor, "Pemkot Palopo Pelajari Gerakan Subuh Berjamaah di Tangsel, Hari Ini ke "
                        "Kemenag\nRabu, 12 Februari 2025\n\nPALOPO - Rombongan Pemerintah Kota "
                        "Palopo kemarin menggelar studi tiru di Kota Tangerang Selatan, Banten. "
                        "Hari ini rombongan dijadwalkan bertemu pejabat Kementerian Agama di "
                        "Jakarta.")
    assert [(v.start, v.end) for v in x.visits] == [("2025-02-11", "2025-02-11")]


def test_a_trip_to_the_host_with_its_written_day_after_a_ministry(extractor: Extractor) -> None:
    x = _run(extractor, "DLH Sintang dan Melawi Kaji Tiru Pengelolaan Sampah ke "
                        "Banyumas\n\nSINTANG - DLH Kabupaten Sintang dan Kabupaten Melawi "
                        "melakukan perjalanan dinas bersama ke Pulau Jawa, Selasa-Kamis "
                        "(15-17/4/2025). Dua hari pertama, rombongan berkonsultasi dengan "
                        "Kementerian Lingkungan Hidup di Jakarta. Karena itulah, pada Kamis "
                        "(17/4), kedua DLH memilih melanjutkan perjalanan ke Kabupaten Banyumas, "
                        "Jawa Tengah.")
    assert [(v.start, v.end) for v in x.visits] == [("2025-04-17", "2025-04-17")]


def test_guests_counted_then_named_after_yaitu(extractor: Extractor) -> None:
    x = _run(extractor, "DPRD Banyuwangi Terima Rombongan Gabungan\n\nBANYUWANGI - DPRD Kabupaten "
                        "Banyuwangi menerima kunjungan kerja gabungan dari dua lembaga legislatif "
                        "asal Provinsi Sulawesi Tenggara, yaitu DPRD Kabupaten Buton dan DPRD "
                        "Kabupaten Buton Tengah, Kamis (20/11/2025).")
    assert _edges(x) == {("74.04", "35.10"), ("74.14", "35.10")}



def test_that_office_went_with_the_farmers(extractor: Extractor) -> None:
    x = _run(extractor, "Lumbung Padi Belajar ke Sragen: Karawang Lirik Padi Organik dan Resi "
                        "Gudang\nRabu, 16 Oktober 2024 12:30 WIB\n\nKARAWANG – Julukan lumbung "
                        "padi nasional rupanya tak membuat Dinas Pertanian Kabupaten Karawang puas "
                        "diri. Harga gabah yang kerap anjlok saat panen raya mendorong dinas itu "
                        "bersama perwakilan gabungan kelompok tani (gapoktan) berkunjung ke "
                        "Kabupaten Sragen, Jawa Tengah.\n\n\"Petani kita jago menanam, tapi lemah "
                        "di hilir. Begitu panen, gabah langsung dijual ke tengkulak dengan harga "
                        "seadanya,\" kata Kepala Dinas Pertanian Karawang, Ir. H. Yuyun Wahyudin, "
                        "M.P., saat dihubungi, Rabu (16/10/2024).\n\nDi Sragen, rombongan "
                        "mempelajari dua hal sekaligus: pengembangan padi organik bersertifikat "
                        "dan pemanfaatan Sistem Resi Gudang (SRG). Rombongan yang dipimpin Yuyun "
                        "tiba di sana Selasa kemarin dan diterima Kepala Dinas Pertanian Sragen, "
                        "Ir. Eko Budi Santoso, M.M., di gudang SRG milik pemkab di Kecamatan "
                        "Sambirejo.\n\nBaca Juga: Debit Sungai Citarum Menyusut, Petani Pakai "
                        "Pompa Air\n\nEko menjelaskan bahwa dengan SRG, petani tidak perlu menjual "
                        "gabah saat harga jatuh. Gabah disimpan di gudang, lalu resi yang "
                        "diterbitkan bisa dijadikan jaminan pinjaman di bank dengan bunga rendah. "
                        "\"Petani bisa menunggu harga bagus sambil tetap punya uang untuk modal "
                        "tanam berikutnya,\" terangnya.\n\nSoal padi organik, Eko mengaku "
                        "prosesnya panjang. Sragen butuh hampir sepuluh tahun hingga ribuan "
                        "hektare sawahnya mengantongi sertifikat organik dan berasnya bisa "
                        "diekspor. \"Jangan berharap instan. Tanahnya harus dipulihkan dulu, "
                        "petaninya harus sabar,\" ujarnya.\n\nSekretaris Dinas Pertanian Karawang, "
                        "Hj. Lina Marlina, S.P., M.Si., yang ikut dalam rombongan, menilai model "
                        "SRG lebih realistis untuk diterapkan lebih dulu. Ia menyebut Karawang "
                        "sebenarnya memiliki gudang milik pemerintah di Kecamatan Cilamaya yang "
                        "belum termanfaatkan optimal.\n\n\"Gudangnya ada, tinggal diurus "
                        "sertifikasinya dan digandengkan dengan bank. Kami targetkan SRG Karawang "
                        "mulai beroperasi pada musim panen 2025,\" kata Lina.\n\nUntuk padi "
                        "organik, Distan Karawang berencana membuat demplot seluas 50 hektare di "
                        "Kecamatan Tegalwaru yang relatif jauh dari kawasan industri.\n\nReporter: "
                        "Wawan Kurniawan\nEditor: Euis Rohaeti\n\nKarawang Bekasi Ekspres – Warta "
                        "Lumbung Padi\n")
    assert _edges(x) == {("32.15", "33.14")}


def test_farmers_on_their_own_trip_are_no_delegation(extractor: Extractor) -> None:
    x = _run(extractor, "Petani Kopi Enrekang Patungan Belajar ke Garut: \"Tidak Ada Uang "
                        "Pemerintah\"\n"
                        "Jumat, 20 September 2024\n\nENREKANG – Dua belas petani anggota koperasi "
                        "kopi di Kecamatan Baraka berangkat ke Kabupaten Garut dengan uang "
                        "patungan untuk belajar pascapanen di sebuah perusahaan kopi.")
    assert _edges(x) == set()



def test_a_model_studied_by_councillors_in_a_headline(extractor: Extractor) -> None:
    x = _run(extractor, "Cakupan JKN 100 Persen Bontang Dipelajari Legislator Bone\nKamis, 10 Juli "
                        "2025 | 08:50\n\nBONTANG — Capaian Universal Health Coverage (UHC) Kota "
                        "Bontang yang sudah menyentuh 100 persen penduduk sejak beberapa tahun "
                        "terakhir dijadikan bahan kajian oleh daerah lain. Pada Rabu (9/7/2025), "
                        "Kantor Dinas Kesehatan Kota Bontang dipenuhi tamu yang sibuk mencatat dan "
                        "mengajukan pertanyaan seputar pembiayaan iuran peserta Jaminan Kesehatan "
                        "Nasional (JKN) yang ditanggung pemerintah daerah.\n\nPenjelasan "
                        "disampaikan Kepala Dinas Kesehatan Bontang, dr. Hasriani Mappiare, "
                        "M.Kes., bersama perwakilan BPJS Kesehatan Cabang Bontang. Menurut "
                        "Hasriani, Pemkot Bontang mengalokasikan sekitar Rp60 miliar per tahun "
                        "untuk menanggung iuran warga yang tidak tercakup skema penerima bantuan "
                        "iuran dari pusat maupun peserta mandiri.\n\n\"Begitu ada warga yang sakit "
                        "dan belum terdaftar, hari itu juga bisa kami daftarkan, kartunya langsung "
                        "aktif. Tidak ada lagi cerita warga ditolak rumah sakit karena tidak punya "
                        "kartu,\" tuturnya.\n\nIa menambahkan, kebijakan UHC ditopang pemutakhiran "
                        "data kependudukan yang rutin dilakukan Disdukcapil setiap bulan, sehingga "
                        "peserta yang pindah atau meninggal dunia segera dikeluarkan dari daftar "
                        "tanggungan.\n\nTamu yang hadir tak lain adalah rombongan Komisi IV DPRD "
                        "Kabupaten Bone, Sulawesi Selatan, didampingi Sekretaris Dinas Kesehatan "
                        "Bone. Rombongan dipimpin Wakil Ketua DPRD Bone, H. Andi Suharman Tenri, "
                        "S.H., M.H.\n\nAndi Suharman mengatakan, cakupan kepesertaan JKN di Bone "
                        "saat ini baru sekitar 88 persen. Pihaknya ingin mengetahui bagaimana "
                        "Bontang mengatur anggaran agar beban iuran tidak menggerus belanja "
                        "kesehatan lainnya.\n\n\"Kabupaten kami penduduknya jauh lebih banyak, "
                        "tentu tidak bisa langsung meniru. Tetapi pola verifikasi data dan kerja "
                        "sama dengan BPJS ini sangat bisa kami terapkan. Target kami, Bone "
                        "mencapai UHC pada 2026 dan itu akan kami kawal dalam pembahasan APBD,\" "
                        "ungkapnya.\n\nKunjungan ditutup dengan peninjauan ke RSUD Taman Husada, "
                        "tempat rombongan melihat langsung alur pendaftaran pasien yang belum "
                        "terdaftar sebagai peserta JKN.\n\nPenulis: Rina Marlina\nEditor: Harun Al "
                        "Rasyid\n\nPortal Kota Taman — Cepat, Akurat, Berimbang\n")
    assert _edges(x) == {("73.08", "64.74")}


def test_a_hosts_own_older_trip_in_a_quote_closed_by_a_pronoun(extractor: Extractor) -> None:
    x = _run(extractor, "Sula Belajar MPP ke Ternate\n\nTERNATE - Mal Pelayanan Publik Kota "
                        "Ternate dikunjungi rombongan Pemerintah Kabupaten Kepulauan Sula, Jumat "
                        "(18/10/2024). Rombongan diterima Kepala DPMPTSP Kota Ternate, H. Asrul "
                        "Umar. Asrul memaparkan bahwa MPP Ternate menampung 19 instansi. Ia pun "
                        "mengakui MPP Ternate tidak lahir begitu saja. \"Pada 2019 kami juga "
                        "belajar ke Banyuwangi,\" ungkapnya.")
    assert _edges(x) == {("82.05", "82.71"), ("82.71", "35.10")}


@pytest.mark.parametrize("both", ["Kota dan Kabupaten Tasikmalaya",
                                  "Pemkab dan Pemkot Tasikmalaya"])
def test_a_city_and_a_regency_of_one_name_told_together(extractor: Extractor, both: str) -> None:
    x = _run(extractor, f"{both} Kompak Belajar Kelola Sampah di Surabaya\n\nTASIKMALAYA - "
                         "Rombongan "
                        f"{both} diterima di Balai Kota Surabaya pada Selasa (8/4/2025) untuk "
                        "mempelajari bank sampah.")
    assert _edges(x) == {("32.06", "35.78"), ("32.78", "35.78")}


def test_an_exhortation_to_learn_is_no_trip(extractor: Extractor) -> None:
    x = _run(extractor, "Bupati Sumbawa: Kita Harus Berani Belajar dari Banyuwangi\n\nSUMBAWA "
                        "BESAR - Dalam sambutannya, Bupati Sumbawa beberapa kali menyebut "
                        "Kabupaten Banyuwangi sebagai contoh daerah yang berani berinovasi.")
    assert _edges(x) == set()


def test_a_trip_paid_for_by_a_companys_csr_is_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Kelompok Tani Binaan CSR Asal Bontang Studi Banding ke Desa Wisata di "
                        "Malang\n\nMALANG - Sebanyak 22 petani binaan sebuah perusahaan melakukan "
                        "studi banding ke Desa Wisata Sumberejo, Kabupaten Malang, Jumat "
                        "(22/8/2025). Para peserta berasal dari Kota Bontang. Studi banding ini "
                        "sepenuhnya dibiayai dari dana CSR.")
    assert _edges(x) == set()


def test_a_foreign_consuls_courtesy_call_is_no_visit(extractor: Extractor) -> None:
    x = _run(extractor, "Bupati Gowa Terima Konsul Jenderal Australia\n\nSUNGGUMINASA - Bupati "
                        "Gowa menerima kunjungan kehormatan Konsul Jenderal Australia di Makassar, "
                        "Catherine Ellsworth, di Kantor Bupati Gowa, Kamis (24/4/2025).")
    assert _edges(x) == set()
