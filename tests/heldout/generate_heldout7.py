"""Render the seventh held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout7_*.json:

- batch_arab_central_asia: a compiled batch (cover, table of contents, running header,
  footer, "Page N" numbers) with two lettered cards: D, Tunisian textile employers sharing
  social compliance skills with garment factories of Uzbekistan; G, organised recruitment and
  pre-departure training of Tajik construction workers for Kazakhstan.
- single_mauritius_seychelles: one nomination (R) from Mauritius (solar technicians trained
  for the grids of Seychelles and the Comoros), with the labels "Name of nominee:",
  "Organization:", "Country:", "Tel.:", "Mobile:" (national form) and "E-mail address:".
- single_bangladesh_saint_lucia: one unlettered nomination (cyclone preparedness shared by
  Bangladesh with Saint Lucia and Dominica) whose sections are set in two columns, with the
  labels "Submitted by:", "Contact person:", "Address:", "Phone:", "Cell:", "Email:" and
  "Website:", and no Country line.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout7.py [OUTDIR]
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
    Para,
    Section,
    Subheading,
    main,
)

# ---------------------------------------------------------------- (a) Arab States, Central Asia


def card_tunisia_uzbekistan() -> Card:
    return Card(
        letter="D",
        title="Stitch by Stitch: Tunisian Textile Employers Sharing Social Compliance Skills "
        "with Garment Factories of the Fergana Valley",
        toc_title="Stitch by Stitch, Tunisia and Uzbekistan",
        nominee=[
            Field(
                "Nominee:",
                "Mme Leïla Ben Youssef-Mabrouk, Director of Social Compliance, Fédération "
                "Tunisienne du Textile et de l'Habillement (FTTH)",
            ),
            Field("Country:", "Tunisia"),
            Field("Tel.:", "+216 73 462 118"),
            Field("Mobile:", "98 354 227"),
            Field("E-mail:", "l.benyoussef@ftth.org.tn"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "For two decades Uzbekistan exported most of its cotton as raw fibre, "
                        "and the harvest relied on the mobilisation of students, teachers and "
                        "public employees. Since the government ended forced labour in the "
                        "cotton fields, new spinning mills and garment factories have opened "
                        "in Namangan, Andijan and Fergana, employing tens of thousands of "
                        "young women. International buyers, however, ask for proof that these "
                        "factories respect working hours, wages and safety, and few Uzbek "
                        "managers had ever prepared for a social audit. In 2021 the Ministry of "
                        "Employment and Labour Relations of the Republic of Uzbekistan asked "
                        "Tunisia, whose garment industry has worked for European brands for "
                        "forty years, to share how its factories learned to pass such audits."
                    ),
                    Para(
                        "The initiative, \u201cStitch by Stitch\u201d, pairs Uzbek factories "
                        "with Tunisian factories of similar size. Compliance officers, "
                        "supervisors and worker representatives visit each other, and the "
                        "Tunisian side trains Uzbek staff to run their own internal audits."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Fédération Tunisienne du Textile et de l'Habillement (FTTH)"),
                    Item("Centre Technique du Textile (CETTEX)"),
                    Item(
                        "Agence Tunisienne de Coopération Technique (Tunisian Agency of "
                        "Technical Cooperation)"
                    ),
                    Item("Ministry of Employment and Labour Relations, Uzbekistan"),
                    Item("Uzbek Association of Garment Exporters (UAGE)"),
                    Item("Sahel Maille, Monastir"),
                    Item("Nurli Tong, Namangan"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Both countries built their garment industries on the work of young "
                        "women from small towns, and both had to earn the trust of foreign "
                        "buyers. Thirty-six Uzbek managers and worker representatives spent "
                        "five weeks in factories of Monastir, Ksar Hellal and Sousse, and "
                        "Tunisian compliance officers led by Eng. Hatem Chaabane of CETTEX "
                        "spent two seasons in the Fergana Valley. Sessions were held in French "
                        "and Uzbek with Russian as the common language, and the manuals were "
                        "translated into Arabic and Uzbek. Uzbekistan shared in return the "
                        "results of the ILO's third-party monitoring of the cotton harvest, "
                        "which Tunisian employers used to review their own supply chains."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2022 and 2025, 48 Uzbek factories employing 19,500 workers "
                        "set up compliance units, and 31 of them passed their first "
                        "independent audit. Nurli Tong, a family company in Namangan, now "
                        "ships knitwear to a sportswear buyer based in Atlanta, Georgia, and "
                        "has doubled its workforce to 740. Overtime beyond the legal limit "
                        "fell by two thirds in the paired factories, and every factory elected "
                        "a health and safety committee. Ms. Gulnoza Tursunova, a former "
                        "machine operator, now heads the compliance unit of Nurli Tong."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The Uzbek Association of Garment Exporters (UAGE) has made an "
                        "internal audit a condition of membership and pays a team of twelve "
                        "Uzbek auditors trained by CETTEX. The Agence Tunisienne de "
                        "Coopération Technique continues to send experts for short missions "
                        "at the request of the association. A joint committee of the FTTH and "
                        "the UAGE meets once a year, alternating between Tunis and Tashkent, to "
                        "review the pairs and admit new factories."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Instead of hiring consultants to audit factories from outside, the "
                        "partners trained managers and workers together to audit their own "
                        "workplace. Each pair of factories keeps a shared logbook of working "
                        "hours and accidents, and worker representatives of both countries "
                        "meet online every quarter. A checklist of 60 points, written in "
                        "Uzbek, Russian, French and Arabic, replaces the dozen buyers' codes "
                        "that factories used to juggle."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Garment exporters in Jordan, where many workers are refugees from "
                        "the Syrian Arab Republic, have asked for the checklist, and "
                        "factories of the Republic of Moldova and Türkiye have joined the "
                        "online meetings. The approach suits any country that is moving from "
                        "exporting raw fibre to exporting finished clothing, and the UAGE "
                        "has proposed it to textile producers of Kyrgyzstan and Tajikistan."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Strengthen Compliance", marker="–"),
                    Item("Promote Social Dialogue", marker="–"),
                    Item("Protect Young Workers", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The pairs presented their work at the Tashkent International Textile "
                        "Fair in 2023 and at a meeting of Mediterranean employers in Tunis. "
                        "The checklist and the training videos can be downloaded at "
                        "https://www.ftth.org.tn/stitch-by-stitch and at "
                        "uage-garments.uz/compliance. Uzbek television filmed worker "
                        "representatives of Namangan during their visit to Monastir, and the "
                        "steering committee publishes a short report every year."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mme Leïla Ben Youssef-Mabrouk\nDirector of Social Compliance, FTTH, "
                        "Sousse\nTel.: +216 73 462 118; mobile 98 354 227\n"
                        "E-mail: l.benyoussef@ftth.org.tn"
                    ),
                    Para(
                        "Dr. Nodira Akmalovna Yusupova\nHead of Department, Ministry of "
                        "Employment and Labour Relations, Tashkent\nTel.: +998 71 239 41 85, "
                        "+998 90 317 62 04\nE-mail: n.yusupova@mehnat.uz"
                    ),
                    Para(
                        "Eng. Hatem Chaabane\nCompliance Trainer, CETTEX, Tunis\n"
                        "Tel.: +216 71 845 390 ext. 214\nE-mail: hchaabane@cettex.tn"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Sidi Mohamed Ould Cheikh Ahmedou, Labour Standards Specialist, ILO "
                        "Country Office for Algeria, Libya, Mauritania, Morocco and Tunisia, "
                        "Algiers, ouldcheikh@ilo.org, 00 213 23 47 15 62"
                    ),
                    Para(
                        "Ms. KHOLMATOVA Dildora, National Coordinator, ILO Decent Work Technical "
                        "Support Team and Country Office for Eastern Europe and Central Asia, "
                        "Moscow, kholmatova@ilo.org, +7 495 525 1176"
                    ),
                ],
            ),
        ],
    )


def card_tajikistan_kazakhstan() -> Card:
    return Card(
        letter="G",
        title="Safe Roads to Work: Organised Recruitment and Pre-departure Training of Tajik "
        "Construction Workers for Kazakhstan",
        toc_title="Safe Roads to Work, Tajikistan and Kazakhstan",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Manizha Davlatova, Head, Department of External Labour Migration, "
                "Ministry of Labour, Migration and Employment of Population of the Republic "
                "of Tajikistan",
            ),
            Field("Country:", "Tajikistan"),
            Field("Phone:", "(+992) 37 221 5804"),
            Field("E-mail:", "m.davlatova@mehnat.tj"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Every spring hundreds of thousands of young men leave Tajikistan to "
                        "work abroad, and the money they send home keeps many families of "
                        "Khatlon and Sughd out of poverty. Most of them left without a "
                        "contract, paid intermediaries for a job that did not exist, and "
                        "worked on building sites without safety equipment or insurance. "
                        "Kazakhstan, whose cities were building fast, lacked welders, masons "
                        "and crane operators. In 2022 the Ministry of Labour, Migration and "
                        "Employment of Population of the Republic of Tajikistan and the "
                        "Ministry of Labour and Social Protection of the Population of the "
                        "Republic of Kazakhstan agreed to organise recruitment between public "
                        "employment services, with training before departure."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ministry of Labour, Migration and Employment of Population, Tajikistan"),
                    Item("Ministry of Labour and Social Protection of the Population, Kazakhstan"),
                    Item("Kori Shoista (Decent Work), Khujand"),
                    Item("Aqsaray, Almaty"),
                    Item("Builders' Union of Kazakhstan"),
                    Item("Adult Training Centre of Tajikistan"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The two public employment services designed the scheme together and "
                        "share one list of vacancies. Employers in Almaty and Shymkent post "
                        "their offers, and job centres in Khujand, Bokhtar and Kulob select "
                        "candidates, who then train for six weeks at the Adult Training "
                        "Centre of Tajikistan on equipment supplied by Aqsaray, a Kazakh "
                        "construction company. Instructors from Kazakhstan teach safety and "
                        "Kazakh labour law in Russian and Tajik. Tajikistan shared in return "
                        "its experience of skills testing for returning migrants, which the "
                        "Kazakh side now uses for its own workers."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2023 and 2025, 4,820 workers travelled under the scheme, all "
                        "with written contracts, medical insurance and a certificate "
                        "recognised in both countries. Recruitment fees paid by workers fell "
                        "to zero, and the average monthly wage of scheme workers is 40% "
                        "higher than that of workers who travel on their own. Accidents on "
                        "participating sites fell by half. Mr. Firdavs Hakimov, a welder "
                        "from Kulob, now supervises a team of 25 on a housing project in "
                        "Almaty, and Kori Shoista counselled 2,300 families left behind."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The scheme is written into an intergovernmental agreement and is "
                        "financed from the budgets of both employment services, with "
                        "employers paying for travel and training. The Builders' Union of "
                        "Kazakhstan admits Tajik workers as members from their first day, "
                        "and its legal advisers answer their questions on a hotline. A joint "
                        "working group of the two ministries reviews the list of trades each "
                        "year, and the steering committee has added electricians and "
                        "plumbers for 2026."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "For the first time, a country of origin and a country of destination "
                        "in Central Asia run recruitment through their public services "
                        "instead of private intermediaries. Candidates apply through a mobile "
                        "application in Tajik and Russian, can see the employer's record of "
                        "accidents and wages before they sign, and rate their employer "
                        "after the season. Wages are paid into bank accounts opened before "
                        "departure, which lowers the cost of sending money home."
                    ),
                    Subheading("Build Trust First"),
                    Para(
                        "Families in Khatlon distrusted any scheme run by the government, so "
                        "returning workers were invited to speak at village meetings and to "
                        "show their contracts. Kori Shoista trained forty of them as peer "
                        "counsellors, who now accompany new candidates to the job centre."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Kyrgyzstan and Uzbekistan have asked to join the common vacancy list, "
                        "and the Russian Federation has studied the pre-departure course. "
                        "Outside the region, Mongolia and Türkiye have sent observers to "
                        "Khujand. The scheme can be repeated along any corridor where most "
                        "migrants go to one neighbouring country and both employment "
                        "services are willing to share data."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Fair recruitment"),
                    Item("Labour migration governance"),
                    Item("Occupational safety and health in construction"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The scheme was presented at the Central Asian Dialogue on Labour "
                        "Migration in Almaty in 2024 and on national radio in Dushanbe. The "
                        "course materials are published at http://www.mehnat.tj/safe-roads "
                        "and the vacancy list at kori-shoista.tj/vacancies. Returning workers "
                        "tell their stories in short films in Tajik with Russian subtitles, "
                        "and the job centres of Sughd show them in schools and mosques."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ministry of Labour, Migration and Employment of Population\n"
                        "Ms. Manizha Davlatova, Head of Department, Dushanbe\n"
                        "Phone: (+992) 37 221 5804 / +992 93 508 7716\n"
                        "E-mail: m.davlatova@mehnat.tj"
                    ),
                    Para(
                        "Aqsaray\nMr. NURMAGAMBETOV Daulet Serikovich, Director of Human "
                        "Resources, Almaty\nPhone: +7 727 344 18 60; +7-701-482-3395\n"
                        "E-mail: d.nurmagambetov@aqsaray.kz"
                    ),
                    Para(
                        "Kori Shoista\nDr. Parvina Sharipzoda, Chairperson, Khujand\n"
                        "Phone: +992 37 227 3049\nE-mail: parvina@kori-shoista.tj"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Aizhan Toktarova\nMigration Specialist, ILO Decent Work Technical "
                        "Support Team and Country Office for Eastern Europe and Central Asia, "
                        "Moscow\ntoktarova@ilo.org, +7 495 525 1183"
                    ),
                    Para(
                        "Mr. Rustam Qodirov\nNational Project Coordinator, ILO, Dushanbe\n"
                        "qodirov@ilo.org, +992 44 600 2381"
                    ),
                ],
            ),
        ],
    )


def batch_arab_central_asia() -> Nomination:
    return Nomination(
        file_name="heldout7_batch_arab_central_asia.pdf",
        metadata_title="Decent Work Across Borders 2026",
        cover=Cover(
            "Decent Work Across Borders 2026",
            [
                "South-South and triangular cooperation good practices",
                "Nominations from the Arab States and Central Asia",
            ],
        ),
        toc=True,
        toc_title="Contents",
        header="Decent Work Across Borders 2026 – Arab States and Central Asia",
        footer="Compiled by the Partnerships Unit",
        page_numbers="page",
        cards=[card_tunisia_uzbekistan(), card_tajikistan_kazakhstan()],
    )


# ---------------------------------------------------------------- (b) Mauritius-Seychelles


def single_mauritius_seychelles() -> Nomination:
    card = Card(
        letter="R",
        title="Sun for the Islands: Mauritian Trainers Preparing Solar Technicians for the "
        "Grids of Seychelles and the Comoros",
        nominee=[
            Field("Name of nominee:", "Dr. Vidya Devi Ramkhelawon"),
            Field("Position:", "Head, Renewable Energy School"),
            Field(
                "Organization:",
                "Mauritius Institute of Training and Development (MITD), Ebène",
            ),
            Field("Country:", "Mauritius"),
            Field("Tel.:", "+230 466 3825"),
            Field("Mobile:", "5 729 4816"),
            Field("E-mail address:", "v.ramkhelawon@mitd.mu"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "The islands of the western Indian Ocean burn imported diesel to make "
                        "most of their electricity, and every rise in the oil price reaches "
                        "the bills of households and hotels. Seychelles and the Union of the "
                        "Comoros have set targets for solar power, but few local electricians "
                        "knew how to install and maintain solar systems safely, and "
                        "installers from abroad left once their contracts ended. Mauritius "
                        "had trained solar technicians since 2014 at the Mauritius Institute "
                        "of Training and Development (MITD)."
                    ),
                    Para(
                        "In 2021 the Public Utilities Corporation of Seychelles and the "
                        "Société Nationale d'Électricité des Comores (National Electricity "
                        "Company of the Comoros) asked the MITD to help them train their own "
                        "technicians. The Indian Ocean Commission agreed to fund the "
                        "exchange as part of its work on energy."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Mauritius Institute of Training and Development (MITD)"),
                    Item("Public Utilities Corporation (PUC), Seychelles"),
                    Item("Seychelles Energy Commission"),
                    Item("Société Nationale d'Électricité des Comores (SONELEC)"),
                    Item("Indian Ocean Commission (IOC)"),
                    Item("Central Electricity Board, Mauritius"),
                    Item("Soleya, Port Louis"),
                    Item("Mwanga, Mutsamudu"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The three partners are small island states with small grids, and "
                        "their engineers face the same problems of salt air, cyclones and "
                        "distant islands. Twenty-eight electricians from Mahé, Praslin, "
                        "Grande Comore and Anjouan trained for ten weeks at the MITD centres "
                        "of Ebène and Rose Hill, and on rooftops installed by Soleya, a "
                        "Mauritian company. Mauritian trainers led by Mr. Jean-Noël Rosalie "
                        "then spent a month in Victoria and in Moroni. Courses were given in "
                        "English and French, with Kreol Seselwa and Shikomori used on site. "
                        "Seychelles shared in return its rules for connecting rooftop systems "
                        "to the grid, which the Central Electricity Board has since adopted."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2022 to 2025, 112 technicians were certified, a quarter of them "
                        "women, and 9.4 megawatts of solar panels were installed by local "
                        "teams on schools, clinics and fish markets. On Anjouan, Mwanga, a "
                        "cooperative of young electricians founded by trainees, now employs "
                        "34 people and maintains the solar systems of 60 public buildings. "
                        "Ms. Fatima Soilihi Mmadi, its president, was the first woman "
                        "licensed as an electrician in the Comoros. Accidents during "
                        "installation fell to zero on the sites supervised by certified "
                        "technicians."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The certificate is recognised by the regulators of the three "
                        "countries, and the Seychelles Energy Commission now requires it for "
                        "every installer connected to the grid. The Public Utilities "
                        "Corporation pays for two new courses a year, and the MITD has "
                        "trained six Seychellois and four Comorian instructors, who run "
                        "courses on their own islands. The board of the cooperative sets "
                        "aside a share of its income to train new members."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The course was rewritten for islands struck by cyclones: trainees "
                        "learn to fix panels against winds of 250 km/h, to protect "
                        "equipment from salt and to take systems down safely before a "
                        "storm. A training rig mounted on a truck travels between villages, "
                        "and a shared spare parts store in Port Louis serves the three "
                        "countries. Technicians keep in touch through a forum where they "
                        "post photographs of faults and solutions."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Madagascar and Maldives have asked to send trainees, and fishing "
                        "ports on both shores of the Mozambique Channel have asked for solar "
                        "ice machines maintained by certified technicians. Small island "
                        "states elsewhere, including Cabo Verde, Timor-Leste and Micronesia "
                        "(Federated States of), have asked for the course materials. The "
                        "approach needs only a training centre willing to teach abroad and "
                        "a utility that commits to employing the graduates."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Green jobs and a just transition"),
                    Item("Skills development"),
                    Item("Occupational safety and health"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange was presented at the Indian Ocean Energy Week in "
                        "Port Louis in 2024 and at a meeting of the Indian Ocean Commission "
                        "in Victoria. Course notes in English and French are available at "
                        "https://www.mitd.mu/solar-islands, and the cooperative's story is "
                        "told at mwanga-comores.km/histoire. Radio stations of Seychelles "
                        "and the Comoros broadcast a series on the first women "
                        "electricians, and trainees hold an open day for schools every "
                        "year in Rose Hill."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Dr. Vidya Devi Ramkhelawon, Head, Renewable Energy School, MITD, "
                        "Ebène, Tel.: +230 466 3825, mobile 5 729 4816, "
                        "v.ramkhelawon@mitd.mu"
                    ),
                    Para(
                        "Mr. Jean-Noël Rosalie, Senior Trainer, MITD, Rose Hill, Tel.: "
                        "+230 466 3825 ext. 41, jn.rosalie@mitd.mu"
                    ),
                    Para(
                        "Hon. Marie-Ange Labiche, Chairperson, Seychelles Energy Commission, "
                        "Victoria, Tel.: +248 4 38 42 15 / +248 2 51 73 09, "
                        "malabiche@sec.sc"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mme Hanitra Rasoanaivo-Andriamanga\nGreen Jobs Officer, ILO Country "
                        "Office for Madagascar, Comoros, Mauritius and Seychelles, "
                        "Antananarivo\nTel.: +261 20 22 317 45\nE-mail: rasoanaivo@ilo.org"
                    ),
                    Para(
                        "Mr. Ahmed Said Ali ibn Oumouri\nProject Assistant, ILO, Moroni\n"
                        "Tel.: (+269) 773 25 41\nE-mail: oumouri@ilo.org"
                    ),
                    Para(
                        "Ms. Thandeka Nkosi-Dlamini\nSkills Specialist, ILO Decent Work Team "
                        "for Eastern and Southern Africa, Pretoria\n"
                        "Tel.: 00 27 12 431 8803\nE-mail: nkosi-dlamini@ilo.org"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout7_single_mauritius_seychelles.pdf",
        cards=[card],
        title_size=15.0,
        heading_format="Section {number} – {heading}",
        header="Nomination R",
        page_numbers="plain",
    )


# ---------------------------------------------------------------- (c) Bangladesh-Saint Lucia


def single_bangladesh_saint_lucia() -> Nomination:
    card = Card(
        letter=None,
        title="Ready Before the Storm: Bangladesh's Cyclone Volunteers Sharing Early Warning "
        "and Safe Livelihoods with Saint Lucia and Dominica",
        nominee=[
            Field("Submitted by:", "Cyclone Preparedness Programme (CPP), Bangladesh"),
            Field(
                "Contact person:",
                "Mr. Md. Rafiqul Hasan Talukder, Deputy Director (Training)",
            ),
            Field("Address:", "684-686 Bara Maghbazar, Dhaka 1217, Bangladesh"),
            Field("Phone:", "+880 2 5502 9164"),
            Field("Cell:", "01711-584392"),
            Field("Email:", "rafiqul.talukder@cpp-bd.org"),
            Field("Website:", "www.cpp-bd.org"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Bangladesh once lost hundreds of thousands of lives to cyclones from "
                        "the Bay of Bengal. Since the 1970s its Cyclone Preparedness "
                        "Programme (CPP), run by the Ministry of Disaster Management and "
                        "Relief with the Bangladesh Red Crescent Society, has trained more "
                        "than 76,000 village volunteers, half of them women, who spread "
                        "warnings and lead families to shelters. Deaths have fallen "
                        "dramatically. After Hurricane Maria destroyed homes, farms and "
                        "fishing boats in Dominica in 2017, the island states of the "
                        "eastern Caribbean looked for ways to protect not only lives but "
                        "also the jobs of fishers and farm workers."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Cyclone Preparedness Programme (CPP)"),
                    Item("Ministry of Disaster Management and Relief, Bangladesh"),
                    Item("Bangladesh Red Crescent Society"),
                    Item("National Emergency Management Organisation (NEMO), Saint Lucia"),
                    Item("Caribbean Disaster Emergency Management Agency (CDEMA)"),
                    Item("Lakou Ansanm, Soufrière"),
                    Item("Nodi Bandhu, Bhola"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Volunteers taught volunteers. Eighteen disaster coordinators and "
                        "fisher leaders from Saint Lucia and Dominica spent a month with CPP "
                        "units on the islands of Bhola and in Cox's Bazar, and volunteers of "
                        "Nodi Bandhu, an NGO of Bhola, spent the 2024 hurricane season in "
                        "Soufrière, Vieux Fort and Roseau. Training was given in English, "
                        "with Bangla and Kwéyòl used in the villages. Saint Lucia shared in "
                        "return its insurance scheme for fishing boats, which the Ministry of "
                        "Disaster Management and Relief is testing with fishers of Khulna."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "By 2025, 640 volunteers had been trained in 41 coastal communities "
                        "of Saint Lucia and Dominica, 55% of them women. Every community has a "
                        "warning plan, and fishers haul their boats and store their engines "
                        "before a storm reaches the coast. During Hurricane Beryl in 2024 no "
                        "life was lost in the participating communities, and Lakou Ansanm, a "
                        "cooperative of 120 fishers in Soufrière, restarted work within ten "
                        "days. Ms. Janelle St. Rose, a volunteer from Vieux Fort, now "
                        "coordinates the volunteers of the south of the island."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The National Emergency Management Organisation (NEMO) has included "
                        "the volunteers in its national plan, and district committees meet "
                        "before each hurricane season. The Caribbean Disaster Emergency "
                        "Management Agency (CDEMA) has added a volunteer module to its "
                        "regional training courses[^1]. Fishers' cooperatives pay a small "
                        "fee into a fund that replaces lost gear, and the steering committee "
                        "reviews the warning plans every year."
                    ),
                    Footnote(
                        "1",
                        "Taught at the CDEMA training facility in Bridgetown since 2025.",
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The partners adapted the CPP's flag signals and megaphone warnings to "
                        "villages where everyone has a mobile phone but the network fails "
                        "first in a storm. Volunteers now combine text messages with "
                        "hand-cranked sirens, and each cooperative keeps a list of the "
                        "boats, nets and engines of its members so that losses can be "
                        "recorded and paid quickly. Women volunteers run the shelters and "
                        "keep the records."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "St. Vincent and the Grenadines and the Dominican Republic have sent "
                        "volunteers to Soufrière, and Viet Nam and Lao PDR have asked the "
                        "CPP for its manuals in the same spirit. The model suits any coast "
                        "exposed to tropical storms in the Caribbean Sea or the Bay of "
                        "Bengal, provided that local volunteers are trusted and that "
                        "warnings come with plans to protect work and income."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Save Lives First"),
                    Item("Protect Livelihoods"),
                    Item("Empower Women Volunteers"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange was presented at the Caribbean Comprehensive Disaster "
                        "Management Conference in Montego Bay in 2024 and at a CPP "
                        "anniversary event in Dhaka. Manuals in English can be downloaded at "
                        "https://www.cpp-bd.org/caribbean-manual "
                        "and the warning plans of Saint Lucia are published at "
                        "nemo.gov.lc/community-plans. Radio St. Lucia broadcast a weekly "
                        "programme in Kwéyòl with the volunteers throughout the season."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mr. Md. Rafiqul Hasan Talukder\nDeputy Director (Training), CPP, "
                        "Dhaka\nPhone: +880 2 5502 9164, cell 01711-584392\n"
                        "rafiqul.talukder@cpp-bd.org"
                    ),
                    Para(
                        "Ms. Janelle St. Rose\nCommunity Coordinator, NEMO, Castries\n"
                        "Phone: +1 758 452 3802 / +1 758.468.2217\njstrose@nemo.gov.lc"
                    ),
                    Para(
                        "Sra. Yokasta Altagracia Féliz Cuevas\nLiaison Officer, Centro de "
                        "Operaciones de Emergencia, Santo Domingo\n"
                        "Phone: +1 (809) 472 0909\nyfeliz@coe.gob.do"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Kwame Bascombe-Charles\nEmployment Specialist, ILO Decent Work Team "
                        "and Office for the Caribbean, Port of Spain\n"
                        "kbascombe@ilo.org; +1 868 625 0524 ext. 236"
                    ),
                    Para(
                        "Ms. Shirin Akhtar Mollah\nProgramme Officer, ILO Country Office for "
                        "Bangladesh, Dhaka\nmollah@ilo.org; +880-2-5881-4705"
                    ),
                    Para(
                        "Sr. Ramón Antonio Peña Batista\nProgramme Officer, ILO Office for "
                        "Central America, Haiti, Panama and the Dominican Republic, San José\n"
                        "pena-batista@ilo.org; (+506) 2207.8715"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout7_single_bangladesh_saint_lucia.pdf",
        cards=[card],
        body_size=10.0,
        heading_size=11.0,
        title_size=14.0,
        footer="SSTC Good Practices – Nomination",
        page_numbers="dash",
    )


CASES: Cases = {
    "batch_arab_central_asia": batch_arab_central_asia,
    "single_mauritius_seychelles": single_mauritius_seychelles,
    "single_bangladesh_saint_lucia": single_bangladesh_saint_lucia,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout7.py"))
