"""Render the third held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout3_*.json:

- batch_eeca: a compiled batch from Europe and Central Asia (cover, contents, running header,
  plain page numbers) with two lettered cards: G, skills passports for migrant construction
  workers of Uzbekistan and Tajikistan with Türkiye; H, dual vocational education in wine and
  food processing shared by colleges of Georgia and the Republic of Moldova (with a Fax line).
- single_trinidad_ghana: one unlettered nomination from the Caribbean and West Africa (cocoa
  fermentation and young chocolate makers) with unusual labels ("Name and title of nominee:",
  "Nominating institution:", "Country/territory:", "Telephone / WhatsApp:", "E-mail
  addresses:", "Website:").
- single_peru_zimbabwe: one nomination (J) from South America and Southern Africa (mercury-free
  artisanal gold mining) whose sections are set in two columns, with two footnotes and a page
  break inside section 4.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout3.py [OUTDIR]
(default tests/fixtures/heldout). The output bytes are deterministic.
"""

from __future__ import annotations

import sys

from heldout_common import (
    ACHIEVEMENTS,
    DESCRIPTION,
    REPLICABILITY,
    Card,
    Cases,
    Cover,
    Field,
    Footnote,
    Item,
    Nomination,
    PageBreak,
    Para,
    Section,
    Subheading,
    main,
)

# ---------------------------------------------------------------- (a) Europe and Central Asia


def card_uzbekistan_tajikistan() -> Card:
    return Card(
        letter="G",
        title="Skills Passports for Migrant Construction Workers from Uzbekistan and Tajikistan, "
        "with the Support of Türkiye",
        toc_title="Skills Passports for Migrant Construction Workers",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Dilnoza Rustamovna Yuldasheva, Head of the International Cooperation "
                "Department, Agency for External Labour Migration (AELM), Uzbekistan – "
                "Government",
            ),
            Field("Country:", "Uzbekistan"),
            Field("Tel.:", "+998 71 203 44 61; +998 90 317 25 08"),
            Field("E-mail:", "d.yuldasheva@migration.uz"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Every year several hundred thousand workers from Uzbekistan and "
                        "Tajikistan leave home for construction jobs in the Russian Federation, "
                        "Kazakhstan and, increasingly, Türkiye. Many of them are experienced "
                        "masons, welders, tilers or electricians, but they travel without any "
                        "document that shows what they can do, so employers hire them as "
                        "general labourers and pay them accordingly. When they return, the "
                        "skills gained abroad are not recognised at home either. In 2019 the "
                        "Agency for External Labour Migration (AELM) of Uzbekistan and the "
                        "Ministry of Labour, Migration and Employment of Population of the "
                        "Republic of Tajikistan (MLMEP) asked the Vocational Qualifications "
                        "Authority of Türkiye (Mesleki Yeterlilik Kurumu, MYK) to share its "
                        "experience of assessing and certifying skills learned on the job."
                    ),
                    Para(
                        "The Turkish Cooperation and Coordination Agency (TİKA) financed the "
                        "first phase, and the International Organization for Migration (IOM) "
                        "helped to reach workers before departure through its migrant resource "
                        "centres. The obstacles were real: the three countries used different "
                        "occupational standards, assessment centres existed only in the "
                        "capitals, and few workers could afford to lose a week's pay to sit a "
                        "test. Mr. Jamshed Boboev, a welder from Khujand who spent six years on "
                        "building sites in Istanbul, described the problem in one sentence: "
                        "“In Istanbul I was a foreman; back home I was an apprentice again.”"
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Agency for External Labour Migration (AELM), Uzbekistan"),
                    Item(
                        "Ministry of Labour, Migration and Employment of Population (MLMEP), "
                        "Tajikistan"
                    ),
                    Item("Vocational Qualifications Authority (MYK), Türkiye"),
                    Item("Turkish Cooperation and Coordination Agency (TİKA)"),
                    Item("International Organization for Migration (IOM)"),
                    Item("Samarkand Regional Construction Skills Centre"),
                    Item("Public Association “Rohi Nav”, Khujand"),
                    Item("Turkish Contractors Association (TMB)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The cooperation is among peers. In 2019 and 2020 MYK assessors trained "
                        "48 Uzbek and Tajik assessors in Ankara and Bursa, and since then the "
                        "Uzbek and Tajik teams have run the tests themselves, with Turkish "
                        "colleagues taking part only as observers. The three countries agreed "
                        "on common standards for twelve construction occupations, translated "
                        "into Uzbek, Tajik, Turkish and Russian. Tajikistan brought its "
                        "experience of pre-departure orientation, which the AELM adapted for "
                        "its own training centres, and Uzbekistan shared the online "
                        "job-matching platform it had built with Turkish employers."
                    ),
                    Para(
                        "A joint working group chaired in turn by Ms. Dilnoza Rustamovna "
                        "Yuldasheva of the AELM, Ms. Nigina Rahimzoda of the MLMEP and Mr. Emre "
                        "Tunçdemir of MYK meets twice a year, in Tashkent, Dushanbe or Ankara, "
                        "to review the standards and the results of the tests. Public "
                        "Association “Rohi Nav” in Khujand and the Samarkand Regional "
                        "Construction Skills Centre host the practical tests in the regions."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2019 and 2024, 18,700 workers were assessed and 14,950 of them "
                        "received a skills passport, which lists the units of competence they "
                        "have shown in a practical test. A tracer survey carried out by "
                        "Westminster International University in Tashkent in 2023 found that "
                        "passport holders working in Türkiye earned on average 34% more than "
                        "workers without one, and that 61% of returning passport holders found "
                        "work at home within three months, compared with 29% of the others. "
                        "The cost of a test fell from USD 120 to USD 38 once mobile units were "
                        "introduced. The total budget was USD 3.4 million, of which TİKA "
                        "provided USD 1.9 million and the two governments the rest."
                    ),
                    Subheading("Women in construction"),
                    Para(
                        "Although construction is mostly a male trade, 1,240 women were "
                        "certified as tilers, painters and plasterers, most of them in "
                        "Samarkand and in the Sughd region of Tajikistan. Several of them now "
                        "work as assessors themselves."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The skills passport is now part of the national systems of both "
                        "countries. In 2022 the Cabinet of Ministers of Uzbekistan included it "
                        "in the National Qualifications Framework, and in 2023 Tajikistan's "
                        "Adult Training Centre took over the assessments from the project team. "
                        "Since 2024 employers pay half of the test fee when they recruit a "
                        "passport holder, and the Turkish Contractors Association (TMB) "
                        "recognises the passport when its members recruit foreign workers. The "
                        "assessors are paid by the national centres, so the system no longer "
                        "depends on external funding."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Assessments are held in mobile units: two lorries with fitted "
                        "workshops that travel between regional towns, so that workers can be "
                        "tested close to home in a single day. Each test is filmed, and an "
                        "assessor in another country reviews a sample of the films, which keeps "
                        "the standards the same in all three countries. The passport carries a "
                        "QR code linked to a shared online register, so an employer in Istanbul "
                        "can check a worker's record in seconds, and workers can add new units "
                        "after each job abroad."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Kyrgyzstan sent a delegation of its Ministry of Labour, Social Security "
                        "and Migration to Samarkand in 2023 and plans to test the passport for "
                        "workers going to Kazakhstan. Azerbaijan has shown interest for its own "
                        "construction workers, and the Asian Development Bank (ADB) has included "
                        "the model in a regional study of labour mobility in Central Asia. The "
                        "International Labour Organization (ILO) has used the common standards in "
                        "its training on fair recruitment, and they are available free of charge "
                        "to any country that wishes to use them for other trades in which migrants "
                        "work, such as agriculture, hospitality or care."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Labour migration governance"),
                    Item("Skills recognition and lifelong learning"),
                    Item("Decent work in construction"),
                    Item("Reintegration of returning migrants"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The initiative was presented at the Global Forum on Migration and "
                        "Development in Geneva in 2024 and at a meeting of the Almaty Process. "
                        "Information for workers, in four languages, is available at "
                        "https://www.skillspassport.uz and on the website of MYK at "
                        "www.myk.gov.tr/goc. A television series, “Usta”, which follows three "
                        "passport holders from departure to return, was broadcast in Uzbekistan "
                        "and Tajikistan in 2023 and can still be watched online."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Dilnoza Rustamovna Yuldasheva\nHead of the International "
                        "Cooperation Department, AELM, Tashkent\nTel.: +998 71 203 44 61\n"
                        "E-mail: d.yuldasheva@migration.uz"
                    ),
                    Para(
                        "Ms. Nigina Rahimzoda\nHead of the Labour Migration Department, MLMEP, "
                        "Dushanbe\nTel.: +992 37 221 58 43, +992 93 514 27 60\n"
                        "E-mail: n.rahimzoda@mehnat.tj"
                    ),
                    Para(
                        "Mr. Emre Tunçdemir\nExpert, International Relations Department, MYK, "
                        "Ankara\nTel.: +90 312 428 73 15\nE-mail: emre.tuncdemir@myk.gov.tr"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Aidar Zhumabekov, Senior Specialist on Labour Migration, ILO "
                        "Decent Work Technical Support Team and Country Office for Eastern "
                        "Europe and Central Asia, Moscow, zhumabekov@ilo.org, +7 495 933 47 26"
                    ),
                    Para(
                        "Ms. Gulnora Tashpulatova, National Coordinator for Uzbekistan, ILO, "
                        "Tashkent, tashpulatova@ilo.org, +998 71 120 64 39"
                    ),
                ],
            ),
        ],
    )


def card_georgia_moldova() -> Card:
    return Card(
        letter="H",
        title="Dual Vocational Education in Wine and Food Processing: Colleges of Georgia and "
        "the Republic of Moldova Learning Together",
        toc_title="Dual Vocational Education in Wine and Food Processing",
        nominee=[
            Field(
                "Nominee:",
                "Mr. Zurab Kharatishvili, Director, Kakheti Wine and Agri-Food College (KWAC), "
                "Telavi",
            ),
            Field("Country:", "Georgia"),
            Field("Telephone:", "+995 350 27 14 08 / 599 41 73 26"),
            Field("Fax:", "+995 350 27 14 09"),
            Field("E-mail:", "z.kharatishvili@kwac.edu.ge"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Wine-making and fruit processing are among the main employers in the "
                        "Kakheti region of Georgia and in the southern districts of the Republic "
                        "of Moldova. Yet most workers in the sector learned on the job, and "
                        "until recently the agricultural colleges of both countries taught "
                        "almost entirely in classrooms, with equipment that was decades old. "
                        "Employers complained that graduates could not run a modern press line "
                        "or keep hygiene records, while young people left the villages for "
                        "Tbilisi, Chișinău or seasonal jobs in the European Union. In 2018 the "
                        "Ministry of Education, Science and Youth of Georgia and the Ministry of "
                        "Education and Research of the Republic of Moldova agreed that their "
                        "wine and food colleges would develop work-based learning together."
                    ),
                    Para(
                        "Moldova had begun dual education in 2014 and had written the rules for "
                        "sharing training between a college and a company; Georgia had modern "
                        "teaching wineries and a strong network of small family producers. The "
                        "Austrian Development Agency (ADA) funded the exchange, and the Höhere "
                        "Bundeslehranstalt und Bundesamt für Wein- und Obstbau Klosterneuburg, "
                        "the oldest wine school in Austria, trained teachers from both "
                        "countries. The hardest part was convincing small producers to take on "
                        "apprentices: many feared losing time and money, and few had anyone who "
                        "could act as a workplace mentor."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Kakheti Wine and Agri-Food College (KWAC), Telavi"),
                    Item(
                        "Colegiul Vitivinicol din Cahul (CVC, Cahul College of Viticulture and "
                        "Winemaking)"
                    ),
                    Item("Ministry of Education, Science and Youth of Georgia"),
                    Item("Ministry of Education and Research of the Republic of Moldova"),
                    Item("National Wine Agency of Georgia"),
                    Item("Oficiul Național al Viei și Vinului (ONVV), Republic of Moldova"),
                    Item("Austrian Development Agency (ADA)"),
                    Item(
                        "Höhere Bundeslehranstalt und Bundesamt für Wein- und Obstbau "
                        "Klosterneuburg"
                    ),
                    Item("Kakheti Family Winemakers' Union (KFWU)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Teachers and managers of the two colleges visit each other twice a "
                        "year, and every autumn twelve students from each country spend the "
                        "grape harvest at partner companies in the other country. Georgian "
                        "teachers introduced their Moldovan colleagues to traditional qvevri "
                        "wine-making, which is now taught as an elective in Cahul, while the "
                        "CVC shared its contracts, mentor guides and assessment sheets for dual "
                        "education, which KWAC adapted to Georgian law. Members of the Kakheti "
                        "Family Winemakers' Union (KFWU) host most of the Moldovan students."
                    ),
                    Para(
                        "Ms. Natalia Ciobanu-Vrabie, deputy director of the CVC, and Mr. Zurab "
                        "Kharatishvili coordinate the exchange and hold a video call with the "
                        "teachers of both colleges every month. Technical questions on wine "
                        "quality are settled with the National Wine Agency of Georgia and the "
                        "Oficiul Național al Viei și Vinului (ONVV), the national office for "
                        "vine and wine of the Republic of Moldova."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Since 2019, 386 students have completed dual programmes at the two "
                        "colleges, spending 60% of their training time in 54 partner companies. "
                        "Of the 2022 and 2023 graduates, 83% were employed six months after "
                        "graduation, against 47% of those who followed the classroom programme. "
                        "Forty-one workplace mentors have been trained and certified, a third of "
                        "them women. The exchange cost EUR 1.25 million over five years, of "
                        "which ADA contributed EUR 980,000; the colleges and companies covered "
                        "the students' travel and lodging. Ms. Ana Lomidze, who trained at a "
                        "family winery in Napareuli in 2020, now manages its cellar and mentors "
                        "two apprentices herself."
                    )
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "In 2021 Georgia adopted a decree on work-based learning modelled partly "
                        "on the Moldovan rules, and the Ministry of Education, Science and Youth "
                        "now finances dual programmes in six more colleges. In the Republic of "
                        "Moldova the ONVV pays part of the costs of companies that take "
                        "apprentices through its wine promotion fund. Partner companies pay "
                        "students a monthly allowance of at least GEL 300 in Georgia and MDL "
                        "2,000 in Moldova, and the student exchange is now part of the regular "
                        "budgets of both colleges."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The two colleges wrote a shared curriculum for cellar technicians, with "
                        "the same learning outcomes and a common logbook in Georgian, Romanian "
                        "and English, so that a student's time at a company abroad counts "
                        "towards the diploma at home. Students keep a digital portfolio with "
                        "photographs and notes on each stage of the harvest, which the mentor "
                        "signs online. Mentors from small producers follow a short course over "
                        "four weekends, and neighbouring companies can share one mentor."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Agricultural colleges from Armenia and Ukraine have visited Telavi and "
                        "Cahul, and the Ministry of Education, Science, Culture and Sport of "
                        "Armenia has asked ADA to support a similar partnership in the Vayots "
                        "Dzor region. The model suits any sector in which many small companies "
                        "employ a few people each, such as fruit drying, honey or cheese-making. "
                        "The European Training Foundation (ETF) has described the partnership "
                        "in its 2023 report on work-based learning in Eastern Europe."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Youth employment in rural areas"),
                    Item("Work-based learning and apprenticeships"),
                    Item("Skills for the agri-food sector"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The partnership was presented at the ETF's Torino Process conference in "
                        "2022 and at the Wine Vitis fair in Chișinău in 2023. A short film by the "
                        "students, “From the Vine to the Job”, can be watched at "
                        "https://www.kwac.edu.ge/en/dual, and the shared curriculum and mentor "
                        "guide can be downloaded from cvc.md/dual. Both colleges post news of "
                        "the student exchanges on their social media pages every harvest season."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mr. Zurab Kharatishvili, Director, KWAC, Telavi, "
                        "z.kharatishvili@kwac.edu.ge, +995 350 27 14 08"
                    ),
                    Para(
                        "Ms. Natalia Ciobanu-Vrabie, Deputy Director, CVC, Cahul, "
                        "n.ciobanu@cvc.md, +373 299 2 45 17, +373 69 218 340"
                    ),
                    Para(
                        "Ms. Verena Hollerbach, Programme Manager for Vocational Education, "
                        "ADA, Vienna, verena.hollerbach@ada.gv.at, +43 1 90399 2614"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Ildikó Farkas-Bene, Senior Skills and Employability Specialist, ILO "
                        "Decent Work Technical Support Team and Country Office for Central and "
                        "Eastern Europe, Budapest; farkas-bene@ilo.org; +36 1 301 4962"
                    ),
                    Para(
                        "Mr. Irakli Modebadze, National Coordinator in Georgia, Tbilisi; "
                        "modebadze@ilo.org; +995 32 243 18 75"
                    ),
                ],
            ),
        ],
    )


def batch_eeca() -> Nomination:
    return Nomination(
        file_name="heldout3_batch_eeca.pdf",
        metadata_title="Regional Forum on South-South and Triangular Cooperation 2033",
        cover=Cover(
            "Regional Forum on South-South and Triangular Cooperation 2033",
            [
                "Good practices from Europe and Central Asia",
                "Nominations compiled by the Forum secretariat",
            ],
        ),
        toc=True,
        toc_title="Contents",
        header="SSTC Good Practices 2033 – Europe and Central Asia",
        page_numbers="plain",
        cards=[card_uzbekistan_tajikistan(), card_georgia_moldova()],
    )


# ---------------------------------------------------------------- (b) Trinidad and Tobago-Ghana


def single_trinidad_ghana() -> Nomination:
    card = Card(
        letter=None,
        title="From Bean to Bar: Cocoa Farmers of Trinidad and Tobago and Ghana Sharing "
        "Fine-Flavour Fermentation and Youth Agripreneurship",
        nominee=[
            Field(
                "Name and title of nominee:",
                "Dr. Avril Baptiste-Mohammed, Head, Cocoa Research Centre",
            ),
            Field(
                "Nominating institution:",
                "The University of the West Indies (UWI), St. Augustine Campus",
            ),
            Field("Country/territory:", "Trinidad and Tobago"),
            Field("Telephone / WhatsApp:", "+1 868 662 4731 ext. 83417; (868) 798-4521"),
            Field("E-mail addresses:", "avril.baptiste@uwi.edu; cocoa.southsouth@sta.uwi.edu"),
            Field("Website:", "https://sta.uwi.edu/cocoa/southsouth"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Trinidad and Tobago grows only a small amount of cocoa, but almost all "
                        "of it is sold as fine-flavour cocoa at several times the price of bulk "
                        "beans. Ghana is the world's second largest producer, yet most Ghanaian "
                        "farmers sell to the bulk market, and young people see little future on "
                        "the farm. In 2019 the Cocoa Research Centre (CRC) of The University of "
                        "the West Indies (UWI) and the Cocoa Research Institute of Ghana (CRIG) "
                        "began an exchange in which farmers, young entrepreneurs and researchers "
                        "of the two countries work together on fermentation, drying and quality "
                        "control, and on small chocolate businesses that add value at home."
                    ),
                    Para(
                        "The Ghana Cocoa Board (COCOBOD) and the Ministry of Agriculture, Land "
                        "and Fisheries of Trinidad and Tobago (MALF) support the exchange, with "
                        "funding from the Caribbean Development Bank (CDB) and technical help "
                        "from the Inter-American Institute for Cooperation on Agriculture "
                        "(IICA). At the start the partners had to overcome the distance, the "
                        "cost of flights through third countries and strict rules on moving "
                        "cocoa samples between continents. As Mr. Ramesh Sookraj, who farms "
                        "twelve acres in the Tamana valley, said at the first meeting: “the "
                        "beans come from the same tree; the difference is what happens in the "
                        "box.”"
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Cocoa Research Centre (CRC), The University of the West Indies"),
                    Item("Cocoa Research Institute of Ghana (CRIG)"),
                    Item("Ghana Cocoa Board (COCOBOD)"),
                    Item("Ministry of Agriculture, Land and Fisheries (MALF), Trinidad and Tobago"),
                    Item("Ministry of Food and Agriculture (MoFA), Ghana"),
                    Item("Caribbean Development Bank (CDB)"),
                    Item("Inter-American Institute for Cooperation on Agriculture (IICA)"),
                    Item("Tamana Valley Cocoa Growers' Association"),
                    Item("Nkabom Youth Cocoa Enterprises Cooperative, Sefwi Wiawso"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange works in both directions. Researchers of CRIG brought "
                        "long experience of cocoa breeding and of managing cocoa swollen shoot "
                        "virus disease, which Trinidadian farmers fear may one day reach the "
                        "Caribbean, while CRC staff shared methods for controlled fermentation "
                        "and for tasting and grading beans by flavour. Each year since 2019 "
                        "eight young farmers from each country have spent three weeks in the "
                        "other, living with host families and working on farms and in small "
                        "chocolate workshops. Dr. Kwaku Amponsah-Boadu of CRIG and Dr. Avril "
                        "Baptiste-Mohammed plan the programme together, and the trainees choose "
                        "the topics of the following year."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Over five years, 94 young farmers and 37 extension officers took part "
                        "in the exchange, 48% of them women. In the Western North Region of "
                        "Ghana, farmers trained through the exchange now ferment and dry beans "
                        "to a standard that earns a premium of up to 25% above the bulk price, "
                        "and in 2024 the Nkabom Youth Cocoa Enterprises Cooperative sold its "
                        "first 18 tonnes of fine-flavour beans directly to a chocolate maker in "
                        "Europe. Eleven small chocolate businesses have been started, seven in "
                        "Ghana and four in Trinidad and Tobago, employing 63 people."
                    ),
                    Para(
                        "Ms. Keisha Alleyne-Joseph, who joined the 2020 group, now runs a "
                        "chocolate workshop in Tobago with three employees and buys her beans "
                        "from members of the Tamana Valley Cocoa Growers' Association. The "
                        "exchange cost USD 1.6 million over five years, of which the CDB "
                        "provided USD 850,000 and the two research institutes the rest in staff "
                        "time and facilities."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The CRC and CRIG signed a ten-year agreement in 2023, and the exchange "
                        "is now part of the regular training budget of both institutes. COCOBOD "
                        "has included fermentation training in the work of its extension "
                        "officers in three regions, and MALF has opened a quality laboratory in "
                        "Couva that tests beans for farmers free of charge. Young entrepreneurs "
                        "repay their start-up loans from their sales, and the money is lent "
                        "again to the next group of trainees. The Ministry of Food and "
                        "Agriculture (MoFA) of Ghana has added the chocolate businesses to its "
                        "programme for young agripreneurs."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The partners designed a simple fermentation box that can be built from "
                        "local wood and fitted with a digital thermometer, with a mobile phone "
                        "application that reminds farmers when to turn the beans. Beans are "
                        "graded by a panel of trained young tasters from both countries who "
                        "meet online and score samples with the same flavour wheel. Each batch "
                        "carries a label with the name of the farm and a QR code that tells its "
                        "story, which links farmers directly to buyers."
                    )
                ],
            ),
            Section(
                7,
                "Potential for replication",
                [
                    Para(
                        "Farmers' groups from Grenada, Saint Lucia and Jamaica have joined the "
                        "Caribbean side of the exchange since 2022, and research institutes in "
                        "Nigeria and Sierra Leone have asked to take part in the African one. "
                        "The International Cocoa Organization (ICCO) presented the model at a "
                        "meeting of producing countries in Abidjan in 2023. Any cocoa-growing "
                        "country with a research institute and a farmers' organisation could "
                        "join at modest cost, because most of the training takes place on farms."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Youth employment and entrepreneurship in agriculture"),
                    Item("Value addition and rural enterprises"),
                    Item("Research and extension partnerships"),
                ],
            ),
            Section(
                9,
                "Dissemination and visibility",
                [
                    Para(
                        "Trainees presented their beans and chocolate at the Salon du Chocolat "
                        "in Paris in 2023, and a documentary, “Two Shores, One Bean”, was shown "
                        "on national television in both countries. Reports, training videos and "
                        "the plans of the fermentation box are at www.beantobar-exchange.org, "
                        "and the CRC posts news of the exchange at "
                        "https://sta.uwi.edu/cocoa/southsouth. Former trainees of both countries "
                        "also keep in touch through a WhatsApp group of more than 300 members."
                    )
                ],
            ),
            Section(
                10,
                "Contact details",
                [
                    Para(
                        "Dr. Avril Baptiste-Mohammed, Head, Cocoa Research Centre, UWI, "
                        "St. Augustine\nTel.: +1 868 662 4731 ext. 83417; Mobile/WhatsApp: "
                        "(868) 798-4521\nMail: avril.baptiste@uwi.edu"
                    ),
                    Para(
                        "Dr. Kwaku Amponsah-Boadu, Deputy Director (Research), CRIG, New Tafo\n"
                        "Tel.: +233 (0)24 455 7813\nMail: k.amponsah-boadu@crig.org.gh"
                    ),
                    Para(
                        "Ms. Efua Nyarkoa Mensah, Chairperson, Nkabom Youth Cocoa Enterprises "
                        "Cooperative, Sefwi Wiawso, nkabomcocoa@gmail.com, +233 20 817 3390"
                    ),
                ],
            ),
            Section(
                11,
                "ILO contact points",
                [
                    Para(
                        "Ms. Charmaine Greaves-Phillip, Enterprise Development Specialist, ILO "
                        "Decent Work Team and Office for the Caribbean, Port of Spain, "
                        "greaves-phillip@ilo.org, +1 868 625 7309"
                    ),
                    Para(
                        "Mr. Yaw Boateng Frimpong, National Project Coordinator, ILO Project "
                        "Office, Accra, frimpong@ilo.org, +233 30 221 5846"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout3_single_trinidad_ghana.pdf",
        cards=[card],
        title_size=15.0,
        footer="Cocoa Research Centre – South-South nomination",
        page_numbers="page_of",
    )


# ---------------------------------------------------------------- (c) Peru-Zimbabwe


def single_peru_zimbabwe() -> Nomination:
    card = Card(
        letter="J",
        title="Safer, Mercury-Free Gold: Artisanal Miners' Cooperatives of Peru and Zimbabwe "
        "Learning from Each Other",
        nominee=[
            Field(
                "Nominee:",
                "Mr. Julio César Huamaní Ccori, President, Central de Cooperativas Mineras "
                "Auríferas del Sur (CECOMAS), Arequipa",
            ),
            Field("Country:", "Peru"),
            Field("Phone:", "+51 54 281773 / 984 662 310"),
            Field("E-mail:", "jchuamani@cecomas.org.pe"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Artisanal and small-scale gold mining gives a living to about half a "
                        "million people in Peru and to more than a million in Zimbabwe, many of "
                        "them in remote places where there is little other work. It is also "
                        "dangerous work: shafts collapse, miners breathe dust without "
                        "protection, and gold is separated from the ore with mercury, which "
                        "poisons the miners, their families and the rivers. Both countries are "
                        "parties to the Minamata Convention on Mercury[^1] and have committed to "
                        "reduce its use in mining, but few miners could afford the alternatives "
                        "or knew how to use them."
                    ),
                    Footnote(
                        "1",
                        "The Minamata Convention on Mercury entered into force in August 2017; "
                        "its Article 7 deals with artisanal and small-scale gold mining.",
                    ),
                    Para(
                        "In 2020 the Central de Cooperativas Mineras Auríferas del Sur "
                        "(CECOMAS), which groups 46 mining cooperatives in the south of Peru, "
                        "and the Zimbabwe Women in Artisanal Mining Trust (ZWAMT) began to "
                        "exchange miners, technicians and officials, with the support of the "
                        "Ministry of Energy and Mines (MINEM) of Peru and the Ministry of Mines "
                        "and Mining Development of Zimbabwe. The United Nations Industrial "
                        "Development Organization (UNIDO) provided technical advice, and the "
                        "exchange is financed by the Global Environment Facility (GEF) and by "
                        "Switzerland through its State Secretariat for Economic Affairs (SECO)."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Central de Cooperativas Mineras Auríferas del Sur (CECOMAS), Peru"),
                    Item("Zimbabwe Women in Artisanal Mining Trust (ZWAMT)"),
                    Item("Ministry of Energy and Mines (MINEM), Peru"),
                    Item("Ministry of Mines and Mining Development, Zimbabwe"),
                    Item("Agencia Peruana de Cooperación Internacional (APCI)"),
                    Item("United Nations Industrial Development Organization (UNIDO)"),
                    Item("Global Environment Facility (GEF)"),
                    Item("State Secretariat for Economic Affairs (SECO), Switzerland"),
                    Item("Institute of Mining Research, University of Zimbabwe"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange is a partnership of miners. Peruvian cooperatives had "
                        "already replaced mercury with gravity concentration tables and had "
                        "learned to keep accounts that satisfy gold buyers and tax "
                        "authorities. Zimbabwean women miners, for their part, had built "
                        "strong savings groups and a system of peer safety inspections that "
                        "the Peruvian cooperatives lacked. In 2021 and 2022 three groups of "
                        "Zimbabwean miners spent a month in the mining camps of Chala and "
                        "Nazca, and two Peruvian teams travelled to Kadoma and Shurugwi. "
                        "Interpreters translated between Spanish, Shona and English, but most "
                        "of the learning happened at the processing tables."
                    ),
                    Para(
                        "Ms. Rumbidzai Chikwanha, director of ZWAMT, and Mr. Julio César "
                        "Huamaní Ccori lead a joint committee with Mr. Renzo Villanueva Paucar, "
                        "Director of Mining Formalisation at MINEM, and Dr. Tafadzwa Mutasa of "
                        "the Institute of Mining Research of the University of Zimbabwe, which "
                        "meets online every two months.[^2]"
                    ),
                    Footnote(
                        "2",
                        "The committee's minutes, in Spanish and English, reach the member "
                        "cooperatives through the monthly CECOMAS newsletter.",
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2020 to 2024, 74 miners and 19 officials took part in the exchange "
                        "visits, and they have since trained more than 2,300 miners in their "
                        "home areas. In the 31 Peruvian cooperatives that adopted gravity "
                        "tables, mercury use fell by 68%, and gold recovery rose from about 45% "
                        "to 62% of the gold in the ore. In Zimbabwe, 14 women's syndicates in "
                        "Mashonaland West and the Midlands Province now process ore without "
                        "mercury, using four shared processing centres built with GEF funds."
                    ),
                    Para(
                        "Safety has improved as well: reported accidents in the participating "
                        "cooperatives fell from 37 in 2020 to 12 in 2024, and every shaft in the "
                        "ZWAMT syndicates now has a trained safety officer. Women miners in "
                        "Zimbabwe report incomes 40% higher than before, and eight Peruvian "
                        "cooperatives sell certified responsible gold at a premium of USD 1.50 "
                        "per gram. The exchange cost USD 2.9 million, of which GEF provided USD "
                        "1.7 million and SECO USD 800,000."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The cooperatives pay for the equipment from the extra gold they "
                        "recover, and most loans for gravity tables were repaid within eighteen "
                        "months. In Peru, MINEM has made mercury-free processing a condition of "
                        "the final stage of formalisation, and the Agencia Peruana de "
                        "Cooperación Internacional (APCI) has listed the exchange in its "
                        "South-South cooperation programme with Africa. In Zimbabwe, the "
                        "Ministry of Mines and Mining Development has trained its mining "
                        "inspectors with ZWAMT safety officers, and Fidelity Gold Refinery buys "
                        "gold from mercury-free syndicates at a better price."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Two tools were new in both countries. The first is a portable gravity "
                        "table made from local materials, designed by a cooperative in Arequipa "
                        "and adapted in Kadoma to the harder ore of Zimbabwe, which costs less "
                        "than USD 2,500."
                    ),
                    PageBreak(),
                    Para(
                        "The second is a peer safety checklist on a laminated "
                        "card, with pictures instead of text, which miners use to inspect each "
                        "other's shafts every week. Results are sent by WhatsApp to the "
                        "cooperative's safety officer, and serious risks are reported to the "
                        "mining inspector the same day."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Miners' organisations from Bolivia, Colombia and Ecuador have visited "
                        "the Peruvian cooperatives, and in 2024 a delegation from Ghana and the "
                        "United Republic of Tanzania came to Kadoma. UNIDO is preparing a second "
                        "phase that would link artisanal miners in West and East Africa with "
                        "cooperatives in South America through the planetGOLD programme. The "
                        "International Labour Organization (ILO) has used the peer safety "
                        "checklist in a course for mining inspectors of Southern Africa held in "
                        "Lusaka in 2024."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Occupational safety and health in mining"),
                    Item("Formalisation of the informal economy"),
                    Item("Environment and green jobs"),
                    Item("Women's economic empowerment"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "Miners from both countries spoke at the Conference of the Parties to "
                        "the Minamata Convention in Geneva in 2023. A handbook in Spanish, "
                        "English and Shona, with drawings of the gravity table and the safety "
                        "checklist, is available at https://cecomas.org.pe/manual "
                        "and at www.zwamt.org.zw/handbook. CECOMAS also broadcasts a weekly "
                        "programme, “Oro Limpio”, on Radio Sur Andina in Arequipa."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mr. Julio César Huamaní Ccori, President, CECOMAS, Arequipa\n"
                        "E-mail: jchuamani@cecomas.org.pe\nPhone: 984 662 310"
                    ),
                    Para(
                        "Ms. Rumbidzai Chikwanha, Director, ZWAMT, Harare\n"
                        "E-mail: rchikwanha@zwamt.org.zw\n"
                        "Phone: +263 242 303 871 / +263 77 318 4406"
                    ),
                    Para(
                        "Mr. Renzo Villanueva Paucar, Director of Mining Formalisation, MINEM, "
                        "Lima; rvillanueva@minem.gob.pe; +51 1 411 1142"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Lucía Carbajal Ríos, Specialist in Occupational Safety and Health, "
                        "ILO Decent Work Technical Support Team and Country Office for the "
                        "Andean Countries, Lima, carbajal@ilo.org, +51 1 615 0347"
                    ),
                    Para(
                        "Mr. Blessing Chiwundura, National Programme Officer, ILO Country Office "
                        "for Zimbabwe and Namibia, Harare, chiwundura@ilo.org, +263 242 369 805"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout3_single_peru_zimbabwe.pdf",
        cards=[card],
        heading_size=12.0,
        label_bold=True,
        body_size=10.5,
        footer="Nomination J – Mercury-Free Gold",
        page_numbers="page",
        footer_with_number=True,
    )


CASES: Cases = {
    "batch_eeca": batch_eeca,
    "single_trinidad_ghana": single_trinidad_ghana,
    "single_peru_zimbabwe": single_peru_zimbabwe,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout3.py"))
