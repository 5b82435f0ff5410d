"""Tiru's evaluator on our own annotated corpus (tests/fixtures/articles).

The floors sit slightly under the figures measured when they were last set (973 articles:
edge F1 0.978 with precision 0.992, start dates 0.953, programs F1 0.802, officials F1 0.947,
negatives 254/254): a change that makes reading worse fails here. They were lowered from 1.0 when
the forty hardest articles (art158-art197, long stories) joined the corpus as written, and again
(dates 0.96 -> 0.94, officials 0.955 -> 0.94, programs 0.83 -> 0.80) when the hosts' roundups,
the sub-units, the long features and the articles of several visits (art618-art657,
art738-art773), which are not all read yet, joined as written. They
are measured by the real evaluator on the real extractor, never hard-coded. The programs floor
went to 0.79 when the council visits of art934-art953 joined: their topics (parking, libraries,
a council's code of ethics) are in no vocabulary and are missed as written. With the 160
articles of eight new writers (art974-art1133: health, provinces, features, terse posts, economy,
digital government and hard negatives) the corpus measured 1,133 articles: edge F1 0.977 with
precision 0.991, start dates 0.945, programs F1 0.790, officials F1 0.942, negatives 301/301.
Dates went to 0.94, programs to 0.78 and officials to 0.935: their topics (subak, posyandu, mina
padi, homestay) are in no vocabulary, and their officials' layouts (terse posts, BUMD directors)
are partly unread, as written. The 160 articles of a further eight writers (art1134-art1293:
council visits, Java and Bali, eastern Indonesia, the host's side, itineraries, officials,
programs and near-misses) joined after the fixes they prompted; with them the corpus measured
1,293 articles: edge F1 0.976 with precision 0.991, start dates 0.943, programs F1 0.802,
officials F1 0.943, negatives 348/348. The size floors went up with them; the others stand.
Six more writers' 120 articles (art1294-art1413: the seeds' genre, Kalimantan and Sulawesi,
Sumatra, noisy portals, visits that are not the story, villages) joined after three of their
false finds in negatives were fixed: 1,413 articles, edge F1 0.971 with precision 0.990, start
dates 0.944, programs F1 0.800, officials F1 0.941, negatives 383/383. Recall on the visits told
in passing (art1374-art1393) is still low, as written. The 160 articles of round eight
(art1414-art1573: visits told in passing, portal pages, local brand names, provinces and
councils, the new eastern provinces, hard dates, officials-heavy lists and hard near-misses)
joined after the fixes they prompted: 1,573 articles, edge F1 0.972 with precision 0.991,
start dates 0.942, programs F1 0.794, officials F1 0.941, negatives 430/430. The size floors
went up with them; the others stand (the dates floor, 0.94, is now close to the figure).
Round nine's 160 articles (art1574-art1733: press releases, wires, adoptions, roundups, Aceh
and Sumatra, councils, villages, near-misses) joined after the fixes they prompted, as written:
1,733 articles, edge F1 0.966 with precision 0.988, start dates 0.936, programs F1 0.780,
officials F1 0.934, negatives 477/477. The roundups (art1634-art1653: schedules and lists of
guests without a verb of their own, edge recall about 0.7) and the adoption stories' dates
and programs are read only in part, so the floors went to edges F1 0.96, dates 0.93, programs
0.77 and officials 0.93; precision stays at 0.98 and negatives at 1.0.
Round ten's 160 articles (art1734-art1893: report-back stories, provinces in their capitals,
sloppy copy, famous hosts' press items, return visits and cooperation, quote-heavy stories,
near-misses and name variants) joined after the fixes they prompted, as written: 1,893
articles, edge F1 0.968 with precision 0.990, start dates 0.937, programs F1 0.769, officials
F1 0.935, negatives 524/524. Their writers named local programs the vocabulary does not hold
and counted generic ones less often than the vocabulary finds them ("Pengelolaan sampah",
PAD), so the programs floor went to 0.76; the size floors went up; the others stand.
Round eleven's 160 articles (art1894-art2053: the seeds' genre in east and west, itineraries,
the host told first, sector agencies, dates, near-misses and short items) joined after the
fixes they prompted, as written: 2,053 articles, edge F1 0.969 with precision 0.992, start
dates 0.937, programs F1 0.764, officials F1 0.936, negatives 571/571. The size floors went up;
the others stand. Round twelve's 160 articles (art2054-art2213: the seeds' genre in Java, Bali
and Nusa Tenggara and in Sumatra and Kalimantan, several delegations at once, vague dates,
names that are words, busy-day agendas, near-misses and councils) joined the same way: 2,213
articles, edge F1 0.967 with precision 0.990, start dates 0.931, programs F1 0.754, officials
F1 0.935, negatives 618/618. The programs floor went to 0.75 (the vocabulary's stunting, PAD
and law-making concepts are found where the writers named only local programs, as before);
the size floors went up; the others stand (the dates floor, 0.93, is close to the figure:
the writers of vague dates left a named month out, where Tiru keeps it). Round thirteen's 160
articles (art2214-art2373: tourism offices, public-service innovation, digital government,
sector agencies, dates told relative to publication, near-misses, officials and several regions
in one story) read better at first than any round before (pooled edge F1 0.97: precision 0.99,
recall 0.95; negatives 47/47) and joined after the fixes they prompted: 2,373 articles, edge F1
0.971 with precision 0.992, start dates 0.933, programs F1 0.753, officials F1 0.937, negatives
665/665. The size floors went up; the others stand. Round fourteen's 160 articles
(art2374-art2533: trips under scrutiny, interviews, local words and village levels, noisy scraped
pages, Sulawesi and Maluku, multi-topic digests, lists and tables, follow-ups months later) were
harder at first (pooled edge F1 0.82: precision 0.87, recall 0.78; negatives 39/41) and joined
after the fixes they prompted: 2,533 articles, edge F1 0.968 with precision 0.991, start dates
0.924, programs F1 0.750, officials F1 0.934, negatives 706/706. The dates floor went to 0.92
(visits dated only by a list's header line or the lead of a digest, and month-only dates the
writers left out) and the programs floor to 0.74 (local programs outside the vocabulary, as
before); the size floors went up; the others stand. Round fifteen's 160 articles
(art2534-art2693: cities and regencies of one name, advertorials, headlines of every shape,
negatives from every beat, MPP studies, provincial governments, regional heads' working visits,
long features) read well at first (pooled edge F1 0.93: precision 0.94, recall 0.92; negatives
48/51) and joined after the fixes they prompted: 2,693 articles, edge F1 0.967 with precision
0.990, start dates 0.926, programs F1 0.749, officials F1 0.935, negatives 757/757. The size
floors went up; the others stand. Round sixteen's 160 articles (art2694-art2853: government
websites, regional and national portals, text pasted from PDFs, readers' comments, truncated and
paginated pages, radio items, social-media posts) tested the pages around the stories (first run
pooled edge F1 0.95: precision 0.94, recall 0.96; negatives 37/40; the PDF text's officials
only 0.20 until wrapped lines were joined) and joined after the fixes: 2,853 articles, edge F1
0.968 with precision 0.990, start dates 0.927, programs F1 0.751, officials F1 0.935,
negatives 797/797. The size floors went up; the others stand. Round seventeen's 160 articles
(art2854-art3013) mixed everything by region and by kind of government, as scraped pages of any
outlet: the first run pooled edge F1 0.96 (precision 0.97, recall 0.95; negatives 40/40), the
best estimate for unseen articles; they joined after two fixes: 3,013 articles, edge F1 0.968
with precision 0.990, start dates 0.928, programs F1 0.746, officials F1 0.936, negatives
837/837. The size floors went up; the others stand. Round eighteen's 160 articles
(art3014-art3173: programs, officials, dates, interviews and transcripts, digests, villages,
Sumatra and Kalimantan, the east) read at first with pooled edge F1 0.88 (precision 0.91, recall
0.85; negatives 38/40; interviews 0.84 and digests 0.71 the weakest) and joined after the fixes
they prompted, among them one for programs named once in passing: 3,173 articles, edge F1 0.971
with precision 0.991, start dates 0.928, programs F1 0.768, officials F1 0.935, negatives
877/877. The size floors went up and the programs floor to 0.76; the others stand. Round
nineteen's 160 articles (art3174-art3333: mixed pages by island, local innovations, councils,
near misses, wires and portals) read at first with pooled edge F1 0.95 (precision 0.97, recall
0.93; negatives 44/45), the best estimate for unseen articles, and joined after the fixes they
prompted: 3,333 articles, edge F1 0.972 with precision 0.991, start dates 0.928, programs F1
0.766, officials F1 0.937, negatives 922/922. The size floors went up; the others stand.
Round twenty's 160 articles (art3334-art3493: MPP, SAKIP and innovation studies, tourism, launch
stories, Kalimantan pages, Java and Bali hosts, long pages buried in clutter, the seeds' genre)
read at first with pooled edge F1 0.95 (precision 0.95, recall 0.95; negatives 42/43) and joined
after the fixes: 3,493 articles, edge F1 0.973 with precision 0.992, start dates 0.928, programs
F1 0.765, officials F1 0.937, negatives 965/965. The size floors went up; the others stand.
Round twenty-one's 160 articles (art3494-art3653: sloppy copy, regional-language colour, several
visits in one story, cities and regencies of one name, people in lists, trips mixing a ministry
and a region, a dozen near negatives, very short items) were the hardest of the four (first run
pooled edge F1 0.90: precision 0.90, recall 0.90; negatives 45/47) and joined after the fixes:
3,653 articles, edge F1 0.972 with precision 0.990, start dates 0.925, programs F1 0.761,
officials F1 0.933, negatives 1,012/1,012. The size floors went up; the others stand (programs
and officials are close to theirs: the round's several-visit stories and lists of people are
read least well).
Round twenty-two's 160 articles (art3654-art3813: governance and accountability, health and
social programs, revenue and finance, education and culture, food and farming, protocol lists of
people, transport and disasters, licensing and population services) read at first with pooled
edge F1 0.99 (precision 0.99, recall 0.99; negatives 39/40), programs F1 0.65 and officials F1
0.94: the sector programs, many outside the vocabulary, were what it read worst. Before they
joined, the themes of the vocabulary (own-source revenue, law-making, small business ...) became
a visit's topics instead of its programs and eleven national programs joined the vocabulary;
joined: 3,813 articles, edge F1 0.974 with precision 0.992, start dates 0.927, programs F1 0.775,
officials F1 0.937, negatives 1,052/1,052. The size floors and the programs floor (0.77) went up.
Round twenty-three's 160 articles (art3814-art3973: older stories under former names, regional
secretariats' releases, learners and hosts in one province, hosts showing themselves, districts
and villages, councils' bylaws, long features, digital government) read at first with pooled
edge F1 0.91 (precision 0.95, recall 0.87; negatives 39/40), programs F1 0.77 and officials F1
0.93, and joined after the fixes they prompted: 3,973 articles, edge F1 0.973 with precision
0.992, start dates 0.929, programs F1 0.781, officials F1 0.937, negatives 1,092/1,092. The size
floors went up; the others stand. (A province and one of its regencies learning from each
other in sentences without a study word are still missed: the check that keeps a governor's
tour from reading as a visit drops them.)
Round twenty-four's 160 articles (art3974-art4133: nicknames and anaphora, several visits in one
story, trips mixing a ministry and a region, dates written every way, Sumatra's and the east's
pages, famous hosts' weeks of guests, twelve hard negatives between governments) read at first
with pooled edge F1 0.92 (precision 0.93, recall 0.90; negatives 46/48), start dates 0.85,
programs F1 0.76, officials F1 0.87: a week of guests at one host and several visits in one
story were read least well, as before. Joined after the fixes: 4,133 articles, edge F1 0.972
with precision 0.991, start dates 0.929, programs F1 0.781, officials F1 0.936, negatives
1,140/1,140. The size floors went up; the others stand.
Round twenty-five's 160 articles (art4134-art4293: the seeds' genre again, from Kalimantan's,
Sulawesi's and Nusa Tenggara's portals; public-service systems; launch stories with or without
their study trips; Java's regions as learners; council secretariats' releases; officials named
in quotes) read at first with pooled edge F1 0.97 (precision 0.98, recall 0.97; negatives
40/41), start dates 0.96, programs F1 0.75, officials F1 0.91, and joined after two fixes:
4,293 articles, edge F1 0.972 with precision 0.991, start dates 0.930, programs F1 0.780,
officials F1 0.935, negatives 1,181/1,181. The size floors went up; the others stand.
Round twenty-six's 140 articles (art4294-art4433: Sumatra's and the east's portals, one trip with
several stops on days of their own, village delegations, health and social programs, twelve hard
negatives naming several regions, short wire items with abbreviated names) read at first with
pooled edge F1 0.95 (precision 0.98, recall 0.92; negatives 39/41), start dates 0.96, programs
F1 0.77, officials F1 0.95, and joined after the fixes they prompted (a trip's stops split by
their days, a host's guests told after its welcome, acronyms of every initial, eight regional
innovations in the vocabulary): 4,433 articles, edge F1 0.973 with precision 0.992, start dates
0.933, programs F1 0.794, officials F1 0.936, negatives 1,222/1,222. The size floors and the
programs floor (0.78) went up.
Round twenty-seven's 140 articles (art4434-art4573: famous Java hosts' own portals, councils'
working visits in local outlets, provinces with provinces, many officials on both sides, visits
on a ministry's advice, relative and tricky dates, busy pages whose headline blocks tell other
trips) read at first with pooled edge F1 0.95 (precision 0.97, recall 0.93; negatives 34/35),
start dates 0.93, programs F1 0.81, officials F1 0.90, and 0.96 / 0.94 / 0.81 / 0.91 after the
fixes. Joined: 4,573 articles, edge F1 0.973 with precision 0.991, start dates 0.947 (the JSON's
"start" and "end" are days or null since this round, a month going to "period"), programs F1
0.794, officials F1 0.936, negatives 1,257/1,257. The size floors and the dates floor (0.94)
went up.
Round twenty-eight's 140 articles (art4574-art4713: East Kalimantan's portals, MPP studies,
accountability studies, roundups of several visits, launches naming models without a trip,
less common words for a study visit, Sumatra's hosts) read at first with pooled edge F1 0.92
(precision 0.91, recall 0.94; negatives 41/41), start dates 0.91, programs F1 0.82, officials
F1 0.94; the three sets in the seeds' genre (East Kalimantan, MPP, accountability) read every
edge right. After the fixes 0.96 / 0.94 / 0.83 / 0.95. Joined: 4,713 articles, edge F1 0.973
with precision 0.991, start dates 0.946, programs F1 0.795, officials F1 0.937, negatives
1,298/1,298. The size floors went up.
Round twenty-nine's 140 articles (art4714-art4853: regencies and cities sharing a name, visits
told in the official's own words, South and Central Kalimantan's and Central and East Java's
portals, tourism and culture, NTT's regencies, more date forms) read at first with pooled edge
F1 0.98 (precision 0.99, recall 0.97; negatives 34/35), start dates 0.91, programs F1 0.77,
officials F1 0.96. Joined: 4,853 articles, edge F1 0.973 with precision 0.992, start dates
0.947, programs F1 0.794, officials F1 0.937, negatives 1,333/1,333. The size floors went up.
Round thirty's 140 articles (art4854-art4993: North and Central Sulawesi and Gorontalo, South
Sumatra, Jambi, Bengkulu and Bangka Belitung, Banten and West Java, DKI Jakarta as host, twelve
negatives between governments, local innovations' names, officials' titles) read at first with
pooled edge F1 0.95 (precision 0.95, recall 0.96; negatives 41/41), start dates 0.97, programs
F1 0.81, officials F1 0.95 (0.97 for edges after Jakarta's administrative cities were read as
the province). Joined: 4,993 articles, edge F1 0.973 with precision 0.991, start dates 0.948,
programs F1 0.795, officials F1 0.937, negatives 1,374/1,374. The size floors went up.
Round thirty-one's 140 articles (art4994-art5133: Bali's hosts, education programs, regional
revenue, councils' working visits, several learners at one host, Riau's and the Riau Islands'
portals, launches that tell their study trips) read at first with pooled edge F1 0.97
(precision 0.99, recall 0.95; negatives 34/35), start dates 0.96, programs F1 0.77, officials
F1 0.94. Joined: 5,133 articles, edge F1 0.973 with precision 0.991, start dates 0.949, programs
F1 0.794, officials F1 0.937, negatives 1,409/1,409. The size floors went up.
Round thirty-two's 140 articles (art5134-art5273: headlines of many shapes, Papua and Maluku,
Sulawesi's namesakes, dates in odd places, village delegations, West Nusa Tenggara and West
Kalimantan, twelve negatives between governments) read at first with pooled edge F1 0.98
(precision 0.97, recall 0.98; negatives 39/42), start dates 0.95, programs F1 0.79, officials
F1 0.95. Joined: 5,273 articles, edge F1 0.974 with precision 0.991, start dates 0.948, programs
F1 0.798, officials F1 0.938, negatives 1,451/1,451. The size floors went up.
Round thirty-three's 140 articles (art5274-art5413: East and South Kalimantan portals, East
Java hosts' roundups and guest books, many officials, adoptions after trips, central bodies'
recommendations, North Sumatra and Aceh, messy scraped pages) read at first with pooled edge
F1 0.91 (precision 0.97, recall 0.87; negatives 35/36; the roundups' lists without verbs and
guest books are most of what is missed), start dates 0.93, programs F1 0.83, officials F1 0.95.
Joined: 5,413 articles, edge F1 0.973 with precision 0.992, start dates 0.948, programs F1
0.799, officials F1 0.944, negatives 1,487/1,487. The size floors went up.
Round thirty-four's 140 articles (art5414-art5553: Central and North Kalimantan, several visits
an article, councils' working visits, East Nusa Tenggara and North Sulawesi, Central and West
Java's namesakes, twelve mixed negatives, days told back from the publication date) read at
first with pooled edge F1 0.96 (precision 0.95, recall 0.98; negatives 40/42), start dates
0.94, programs F1 0.78, officials F1 0.92. Joined: 5,553 articles, edge F1 0.974 with precision
0.992, start dates 0.950, programs F1 0.799, officials F1 0.944, negatives 1,529/1,529. The
size floors went up.
Round thirty-five's 140 articles (art5554-art5693: Jambi to Central Sulawesi, the host's side,
programs with names, provinces, very short items, twelve negatives with the words of visits,
the Riau Islands and Bangka Belitung) read at first with pooled edge F1 0.93 (precision 0.96,
recall 0.90; negatives 41/41), start dates 0.97, programs F1 0.88, officials F1 0.98. Joined:
5,693 articles, edge F1 0.974 with precision 0.992, start dates 0.950, programs F1 0.800,
officials F1 0.945, negatives 1,570/1,570. The size floors went up.
Round thirty-six's 140 articles (art5694-art5833: South Sulawesi, quotes and interviews,
scraped text in poor shape, Kalimantan's councils, the famous hosts' own portals, West Java
and Banten with DKI, adoptions with and without their trips) read at first with pooled edge F1
0.96 (precision 1.0, recall 0.92; negatives 39/39; interviews whose trips are told only in
speech are most of what is missed), start dates 0.91, programs F1 0.84, officials F1 0.91.
Joined: 5,833 articles, edge F1 0.974 with precision 0.992, start dates 0.950, programs F1
0.801, officials F1 0.944, negatives 1,609/1,609. The size floors went up.
Round thirty-seven's 140 articles (art5834-art5973: trips told after the fact, learning chains
and return visits, virtual benchmarking beside physical visits, sub-units and regional
companies, ANTARA wires, trade and tourism between regions, North Maluku to the Papuas) were the
hardest so far: at first pooled edge F1 0.81 (precision 0.83, recall 0.79; negatives 37/44),
start dates 0.93, programs F1 0.78, officials F1 0.93; with the fixes, 0.85 (precision 0.90)
and negatives 44/44. The chains' earlier trips told in passing, sub-units and regional
companies named without their regions, and trips told only as "baru kembali dari" are most of
what is still missed. Joined: 5,973 articles, edge F1 0.971 with precision 0.990, start dates
0.949, programs F1 0.801, officials F1 0.944, negatives 1,653/1,653. The size floors went up.
Round thirty-eight's 140 articles (art5974-art6113: hosts' roundups and guest books, trips told
indirectly in interviews and after the return, portals' press releases, councils' committees,
named local innovations, dates in every shape, twelve negatives with the words of visits) read
at first with pooled edge F1 0.83 (precision 0.90, recall 0.77; negatives 39/41; the roundups
0.68 and the indirect trips 0.67), start dates 0.90, programs F1 0.82, officials F1 0.91; with
the fixes, 0.96 (precision 0.98, recall 0.95), negatives 41/41, officials F1 0.92. Joined:
6,113 articles, edge F1 0.972 with precision 0.990, start dates 0.949, programs F1 0.802,
officials F1 0.944, negatives 1,694/1,694. The size floors went up.
Round thirty-nine's 140 articles (art6114-art6253: Sumatra's adat words and titles, Java's and
Bali's hosts, eastern Indonesia with its flights and ships, long features, very short posts,
village and district delegations, twelve negatives that look like visits) read at first with
pooled edge F1 0.97 (precision 0.97, recall 0.97; negatives 40/41), start dates 0.96,
programs F1 0.75 (local innovations named once, which the writers count and the reader often
does not), officials F1 0.94; with the fixes, 0.99 (precision 1.0), negatives 41/41, start
dates 0.98. Joined: 6,253 articles, edge F1 0.973 with precision 0.991, start dates 0.956,
programs F1 0.802, officials F1 0.944, negatives 1,735/1,735. The size floors went up.
Round forty's 140 articles (art6254-art6393: health, education and archives, revenue and
finance, public order, transport and disasters, stories told mostly in the headline, English
loanwords and regional languages, twelve negatives with programs and regions) read at first
with pooled edge F1 0.96 (precision 0.96, recall 0.96; negatives 41/42), start dates 0.94,
programs F1 0.76, officials F1 0.96; with the fixes, 1.0 on the edges, negatives 42/42, start
dates 0.96. Joined: 6,393 articles, edge F1 0.974 with precision 0.991, start dates 0.959,
programs F1 0.801, officials F1 0.944, negatives 1,777/1,777. The size floors went up.
Round forty-one's 140 articles (art6394-art6533: the seeds' genre on Kalimantan's portals,
Central and East Java's regencies, Sulawesi's portals, provincial bodies, itineraries of three
or four stops told day by day, adoption stories, twelve negatives) read at first with pooled
edge F1 0.91 (precision 0.94, recall 0.87; negatives 44/45; the portals 0.94-1.0, the
itineraries 0.73), start dates 0.98, programs F1 0.77, officials F1 0.94; with the fixes, 0.96
(precision 0.99), negatives 45/45. Joined: 6,533 articles, edge F1 0.974 with precision
0.991, start dates 0.959, programs F1 0.800, officials F1 0.944, negatives 1,822/1,822. The
size floors went up.
Round forty-two's 140 articles (art6534-art6673: Sumatra's and eastern Indonesia's portals,
councils' working visits, village delegations, badly scraped portal pages, stories told by the
host, twelve negatives with a visit's words) read at first with pooled edge F1 0.96 (precision
0.95, recall 0.97; negatives 38/42), start dates 0.96, programs F1 0.81, officials F1 0.97;
with the fixes, 0.99 (precision 0.98, recall 1.0), negatives 42/42, start dates 1.0. Joined:
6,673 articles, edge F1 0.974 with precision 0.991, start dates 0.963, programs F1 0.802,
officials F1 0.945, negatives 1,864/1,864. The size floors went up.
Round forty-three's 140 articles (art6674-art6813: West Java's and Banten's, Kalimantan's and
South Sulawesi's portals, long features with older visits told in passing, recommending bodies,
relative dates, twelve negatives with regions named in passing) read at first with pooled edge
F1 0.96 (precision 0.97, recall 0.95; negatives 39/41; the portals 0.97-1.0, the long features
0.86), start dates 0.97, programs F1 0.82, officials F1 0.95; with the fixes, 0.98 (precision
0.99), negatives 41/41, start dates 0.98. Joined: 6,813 articles, edge F1 0.975 with precision
0.991, start dates 0.964, programs F1 0.802, officials F1 0.945, negatives 1,905/1,905. The size
floors went up.
Round forty-four's 140 articles (art6814-art6953: Bali and NTB, Aceh and North Sumatra, Central
Java and Yogyakarta, Papua and Maluku, very short posts, stories crowded with officials, twelve
negatives) read at first with pooled edge F1 0.97 (precision 0.97, recall 0.97; negatives
41/41), start dates 0.98, programs F1 0.86, officials F1 0.97; with the fixes, 1.0. Joined:
6,953 articles, edge F1 0.975 with precision 0.992, start dates 0.964, programs F1 0.803,
officials F1 0.946, negatives 1,946/1,946. The size floors went up.
Round forty-five's 100 articles (art6954-art7053, five writers: Kalimantan's press releases in
the seeds' genre, ministries and provinces close to the story, stories with two or three
visits, twelve negatives in the seeds' style, hard grammar on Java's, Sumatra's and Sulawesi's
portals) read with pooled edge F1 0.95 (precision 0.98, recall 0.92; negatives 32/32; the
press releases 1.0, the stories with several visits 0.93), start dates 0.94, programs F1
0.80, officials F1 0.93; joined as read, without fixes (the session ended). 7,053 articles,
edge F1 0.975 with precision 0.992, start dates 0.964, programs F1 0.803, officials F1 0.946,
negatives 1,978/1,978. The size floors went up.
Round forty-five's misses were fixed first (a ministry first among a headline's stops, a stop
the headline alone names, "Senin dan Selasa (20/5)"; on the 7,053: edge F1 0.9748 -> 0.9756,
start dates 0.9635 -> 0.9657). Round forty-six's 140 articles (art7054-art7193: NTT, NTB and
Bali; Sulawesi, Gorontalo and North Maluku; Riau, Jambi, Bengkulu, Lampung and Bangka
Belitung; long features and year-end roundups; twelve negatives of other kinds; Papua's new
provinces; badly scraped pages) read at first with pooled edge F1 0.87 (precision 0.95, recall
0.80; negatives 42/42; the portals 0.91-1.0, the roundups and features 0.62), start dates 0.94,
programs F1 0.78, officials F1 0.94; with the fixes, 0.95 (precision 0.99, recall 0.91; the
roundups 0.82), start dates 0.95. Joined: 7,193 articles, edge F1 0.975 with precision 0.992,
start dates 0.965, programs F1 0.803, officials F1 0.945, negatives 2,020/2,020. The size
floors went up.
Round forty-seven's 140 articles (art7194-art7333: Central and East Java's press releases,
Sumatra's councils, Kalimantan's portals, provinces learning from provinces, twelve negatives
without governments on both sides, short wire items, regions named by capital towns and
nicknames) read at first with pooled edge F1 0.98 (precision 0.96, recall 0.99; negatives
39/42; the press releases, the Kalimantan portals and the wire items 1.0), start dates 0.98,
programs F1 0.84, officials F1 0.96; with the fixes, 1.0 (precision 0.99), negatives 42/42,
start dates 1.0. Joined: 7,333 articles, edge F1 0.975 with precision 0.992, start dates 0.967,
programs F1 0.806, officials F1 0.945, negatives 2,062/2,062. The size floors went up.
Round forty-eight's 140 articles (art7334-art7473: Kalimantan's press releases in the seeds'
genre, council secretariats' own reports, health and education units, sub-district
delegations, North Sulawesi and Gorontalo, Java's smaller cities, twelve negatives in the seeds'
style) read at first with pooled edge F1 0.96 (precision 0.98, recall 0.95; negatives 42/42;
the press releases and three other sets 1.0, the council reports 0.86), start dates 0.98,
programs F1 0.80, officials F1 0.93; with the fixes, 0.99 (precision 0.99). Joined: 7,473
articles, edge F1 0.976 with precision 0.992, start dates 0.967, programs F1 0.806, officials F1
0.945, negatives 2,104/2,104. The size floors went up.
Round forty-nine's 140 articles (art7474-art7613: Kalimantan's and Sulawesi's press releases in
the seeds' genre, visits with several parties, stories carried by quotes, East Java as host,
twelve adoption-only negatives, dates told in many ways, stories crowded with officials) read at
first with pooled edge F1 0.96 (precision 0.96, recall 0.95; negatives 39/41; dates, officials
and the adoption-only negatives 1.0), start dates 0.98, programs F1 0.80, officials F1 0.96;
with the fixes, 0.97 (precision 0.98), negatives 41/41. Joined: 7,613 articles, edge F1 0.976
with precision 0.992, start dates 0.967, programs F1 0.806, officials F1 0.945, negatives
2,145/2,145. The size floors went up.
Round fifty's 140 articles (art7614-art7753: press releases of Kalimantan, West and Central
Java, South Sumatra, Lampung and Bengkulu, and South and Southeast Sulawesi, twelve negatives in
the press-release genre, hosts' own press releases, councils' working visits) read at first with
pooled edge F1 0.98 (precision 0.97, recall 0.98; negatives 40/42; the four press-release sets
and the negatives 1.0), start dates 1.0, programs F1 0.83, officials F1 0.96; with the fixes,
0.99 (precision 0.99), negatives 42/42. Joined: 7,753 articles, edge F1 0.976 with precision
0.992, start dates 0.968, programs F1 0.807, officials F1 0.946, negatives 2,187/2,187. The
size floors went up.
Round fifty-one's 140 articles (art7754-art7893: press releases of Papua, Maluku and East Nusa
Tenggara, of Aceh and North Sumatra, and of Banten and Yogyakarta, reporters' stories of West
Sumatra, Riau and the Riau Islands and of Central and West Kalimantan, twelve negatives in the
news-portal style, trips with several stops in Java, Bali and West Nusa Tenggara) read at first
with pooled edge F1 0.97 (precision 0.97, recall 0.98; negatives 39/42; the Aceh, West Sumatra
and Banten sets 1.0), start dates 0.96, programs F1 0.81, officials F1 0.93; with the fixes,
1.0, start dates 1.0, negatives 42/42. Joined: 7,893 articles, edge F1 0.977 with precision
0.992, start dates 0.969, programs F1 0.807, officials F1 0.945, negatives 2,229/2,229. The
size floors went up.
Round fifty-two's 140 articles (art7894-art8033: press releases in the seeds' genre from East
and North Kalimantan, East Java hosts' press releases with the guests told late, reporters'
stories of Central and North Sulawesi and Gorontalo, West Java hosts and learners, twelve
negatives in the press-release genre, badly scraped pages, provinces as learners and hosts)
read at first with pooled edge F1 0.96 (precision 0.97, recall 0.96; negatives 39/42; the
negatives and the badly scraped pages 1.0), start dates 0.98, programs F1 0.87, officials F1
0.96; with the fixes, 0.99 (precision 1.0), start dates 1.0, negatives 42/42. Joined: 8,033
articles, edge F1 0.977 with precision 0.992, start dates 0.969, programs F1 0.808, officials
F1 0.945, negatives 2,271/2,271. The size floors went up.
Round fifty-three's 140 articles (art8034-art8173: press releases in the seeds' genre from South
Kalimantan, Central Java press releases, Bali's hosts, long reporters' stories of councils'
working visits, twelve negatives of many kinds, Jambi and Bangka Belitung press releases,
Papua's provinces old and new) read at first with pooled edge F1 0.95 (precision 0.97, recall
0.93; negatives 40/42; the Jambi and Papua sets 1.0), start dates 0.96, programs F1 0.76,
officials F1 0.91; with the fixes, 0.98 (precision 1.0), start dates 0.99, negatives 42/42.
Joined: 8,173 articles, edge F1 0.978 with precision 0.992, start dates 0.971, programs F1
0.807, officials F1 0.945, negatives 2,313/2,313. The size floors went up.
Round fifty-four's 140 articles (art8174-art8313: press releases in the seeds' genre from
Kalimantan, West and East Nusa Tenggara, reporters' stories of North Sumatra and Riau and of
South and Southeast Sulawesi, days written in unusual ways, twelve negatives in mixed styles,
trips that take in a ministry and a region) read at first with pooled edge F1 0.98 (precision
1.0, recall 0.95; negatives 42/42; the seeds' genre, Nusa Tenggara, date-format, negatives and
Sulawesi sets 1.0), start dates 0.90, programs F1 0.84, officials F1 0.95; with the fixes, 1.0,
start dates 0.96. Joined: 8,313 articles, edge F1 0.978 with precision 0.992, start dates
0.972, programs F1 0.807, officials F1 0.945, negatives 2,355/2,355. The size floors went up.
Round fifty-five's 140 articles (art8314-art8453: press releases in the seeds' genre from
Kalimantan, reporters' stories of West Java and Banten, North and East Kalimantan hosts, twelve
negatives in the press-release genre, stories with two or more visits, Maluku, North Maluku and
West Sulawesi, council secretariats' formal reports) read at first with pooled edge F1 0.95
(precision 0.98, recall 0.92; negatives 42/42; the seeds' genre and the negatives 1.0), start
dates 0.98, programs F1 0.82, officials F1 0.94; with the fixes, 0.98 (precision 0.99), start
dates 0.98. Joined: 8,453 articles, edge F1 0.979 with precision 0.993, start dates 0.972,
programs F1 0.808, officials F1 0.945, negatives 2,397/2,397. The size floors went up.
Round fifty-six's 140 articles (art8454-art8593: press releases in the seeds' genre from
Kalimantan and Sulawesi, East Java's learners, reporters' stories of South Sumatra and Lampung,
twelve negatives where learning is said with no trip, North Sulawesi and Gorontalo press
releases, stories that open with the host official, provincial councils' visits) read at first
with pooled edge F1 0.96 (precision 0.96, recall 0.96; negatives 39/42; the East Java, North
Sulawesi and provincial councils' sets 1.0), start dates 0.98, programs F1 0.76, officials F1
0.97; with the fixes, 0.97 (precision 0.98), negatives 42/42. Joined: 8,593 articles, edge F1
0.978 with precision 0.993, start dates 0.972, programs F1 0.807, officials F1 0.945,
negatives 2,439/2,439. The size floors went up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError
from graph.evaluate import Gold, GoldVisit, evaluate_dir, normalise_person, score_article

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    return evaluate_dir(CORPUS).summary()


def test_corpus_is_large_enough(summary: dict[str, Any]) -> None:
    assert summary["articles"] >= 8590
    assert summary["negatives"]["total"] >= 2435
    assert summary["errors"] == []


def test_edges_floor(summary: dict[str, Any]) -> None:
    assert summary["edges"]["f1"] >= 0.96
    assert summary["edges"]["precision"] >= 0.98


def test_dates_floor(summary: dict[str, Any]) -> None:
    assert summary["dates"]["start_accuracy"] >= 0.95


def test_programs_and_officials_floor(summary: dict[str, Any]) -> None:
    assert summary["programs"]["f1"] >= 0.79
    assert summary["officials"]["f1"] >= 0.94


def test_negatives_stay_clean(summary: dict[str, Any]) -> None:
    assert summary["negatives"]["share"] == 1.0


def test_scoring_rules() -> None:
    gold = Gold("g", [GoldVisit({("63.05", "63.72")}, "2025-03-03", "2025-03-03",
                                [frozenset({"mpp", "mal pelayanan publik"})],
                                [("ahmad fauzi", "visitor")])])
    predicted = [{"visitors": [{"code": "63.05"}], "hosts": [{"code": "63.72"}, {"code": "35.10"}],
                  "start": "2025-03-03", "end": None,
                  "programs": [{"label": "Mal Pelayanan Publik", "notation": "MPP"},
                               {"label": "Bank Sampah", "notation": None}],
                  "officials": [{"name": "Dr. H. Ahmad Fauzi, M.Si.", "side": "visitor"},
                                {"name": "Fauzi", "side": "host"}]}]
    s = score_article(gold, predicted)
    assert (s.edges_tp, s.edges_fp, s.edges_fn) == (1, 1, 0)
    assert s.false_edges == [("63.05", "35.10")]
    assert (s.start_ok, s.end_ok) == (1, 0)
    assert (s.prog_tp, s.prog_fp, s.prog_fn) == (1, 1, 0)
    assert (s.off_tp, s.off_fp, s.off_fn) == (1, 1, 0)
    assert normalise_person("Hj. Siti Aminah, S.E., M.Si.") == "siti aminah"


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate_dir(tmp_path / "nope")
    with pytest.raises(InputError):
        evaluate_dir(tmp_path)
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.json").write_text(json.dumps({"visits": []}))
    report = evaluate_dir(tmp_path)
    # An unreadable article counts as an empty prediction and is listed as an error.
    assert report.summary()["errors"] == ["a"]
    assert report.summary()["negatives"]["share"] == 1.0


def test_a_defect_met_in_one_article_is_listed_and_the_rest_scored(tmp_path: Path) -> None:
    from graph.errors import ExtractionError

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("x")
        (tmp_path / f"{name}.json").write_text(json.dumps({"visits": []}))

    def extract(path: str) -> dict[str, Any]:
        if path.endswith("a.txt"):
            raise ExtractionError(f"{path}: could not be read (KeyError: 'x')")
        return {"visits": []}

    summary = evaluate_dir(tmp_path, extract).summary()
    assert summary["errors"] == ["a"] and summary["negatives"]["correct"] == 2
