"""Render the fourth held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout4_*.json:

- batch_asia_pacific: a compiled batch from Asia and the Pacific (cover, table of contents,
  running header, footer, "Page N" numbers) with two lettered cards: N, village e-commerce
  service stations adapted from China by producer cooperatives in Cambodia; P, emergency
  employment after disasters shared by the Philippines with Timor-Leste (an "Office phone:"
  and a "Mobile:" line).
- single_rwanda_benin: one unlettered nomination from Africa (moto-taxi riders' cooperatives,
  road safety and digital fares) with the labels "Name of the nominee:", "Nominating
  organization:", "Telephone numbers:", "Email address:" and "Web:", bold labels, a lead-in
  line before the partners list and lettered areas of contribution.
- single_mongolia_kyrgyzstan: one nomination (R) from East and Central Asia (herders' pasture
  committees and wool processing) whose sections are set in two columns, with two footnotes,
  a column break and a page break before the contacts.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout4.py [OUTDIR]
(default tests/fixtures/heldout). The output bytes are deterministic.
"""

from __future__ import annotations

import sys

from heldout_common import (
    ACHIEVEMENTS,
    DESCRIPTION,
    PUA_BULLET,
    REPLICABILITY,
    Card,
    Cases,
    ColumnBreak,
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

# ---------------------------------------------------------------- (a) Asia and the Pacific


def card_cambodia_china() -> Card:
    return Card(
        letter="N",
        title="Village E-Commerce Service Stations: Chinese County Experience Adapted by "
        "Producer Cooperatives in Cambodia",
        toc_title="Village E-Commerce Service Stations, Cambodia and China",
        nominee=[
            Field(
                "Nominee:",
                "H.E. Dr. Ouk Sambath Rithy, Secretary of State, Ministry of Commerce of the "
                "Kingdom of Cambodia (MOC)",
            ),
            Field("Country:", "Cambodia"),
            Field("Tel.:", "+855 23 866 417 / +855 12 904 358"),
            Field("E-mail:", "sambathrithy.ouk@moc.gov.kh"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Most of Cambodia's farming households sell their produce at the farm "
                        "gate to traders who set the price. Rice, cashew, mango, palm sugar and "
                        "pepper are grown across the country, but small producers know little "
                        "about prices in Phnom Penh or abroad and have almost no way to reach "
                        "buyers directly. Over the past fifteen years China has brought "
                        "e-commerce to its own rural counties, where village service stations "
                        "help farmers to sell online, receive payments and organise deliveries. "
                        "In 2021 the Ministry of Commerce of the Kingdom of Cambodia (MOC) and "
                        "the China International Development Cooperation Agency (CIDCA) agreed "
                        "to adapt this experience to Cambodian conditions, with the United "
                        "Nations Development Programme (UNDP) as the third partner."
                    ),
                    Para(
                        "The challenges were considerable. Internet coverage in the provinces "
                        "was patchy, few farmers had ever used a smartphone to sell anything, "
                        "and courier services did not reach most villages. Producer "
                        "cooperatives lacked packaging, quality standards and simple "
                        "bookkeeping. Ms. Heng Sopheap, who leads a cashew cooperative in "
                        "Kampong Thom, recalls that the first online order her members received "
                        "in 2022 took eleven days to reach Phnom Penh and was sent back because "
                        "the nuts had absorbed moisture on the way. The project therefore had "
                        "to work on logistics, packaging and skills at the same time, and not "
                        "only on the online platform."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ministry of Commerce of the Kingdom of Cambodia (MOC)"),
                    Item("Ministry of Agriculture, Forestry and Fisheries (MAFF), Cambodia"),
                    Item("China International Development Cooperation Agency (CIDCA)"),
                    Item("Ministry of Commerce of the People's Republic of China (MOFCOM)"),
                    Item("United Nations Development Programme (UNDP)"),
                    Item("Yunnan Agricultural University, Kunming"),
                    Item("Suichang County Rural E-Commerce Service Centre, Zhejiang"),
                    Item(
                        "Bondanh Sahakor Kaksekor Kampuchea (BSKK, Cambodian Network of "
                        "Agricultural Cooperatives)"
                    ),
                    Item("Cambodia Post"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange was designed as a partnership between practitioners. "
                        "Between 2021 and 2023, 64 Cambodian cooperative managers, provincial "
                        "officials and young station operators spent three weeks in Suichang "
                        "County in Zhejiang Province and in villages of Yunnan, where they "
                        "worked alongside Chinese station operators, packed orders and followed "
                        "deliveries from the village to the county warehouse. Chinese trainers "
                        "then spent six months in Kampong Thom, Battambang and Kampot, helping "
                        "the cooperatives to set up their own stations. Cambodia, for its part, "
                        "shared its experience of registering geographical indications such as "
                        "Kampot pepper and Kampong Speu palm sugar, which the Chinese counties "
                        "have studied in order to protect their own specialty products."
                    ),
                    Para(
                        "A joint steering committee co-chaired by H.E. Dr. Ouk Sambath Rithy "
                        "and Mr. Zhou Hanlin, Deputy Director-General of the Department of "
                        "International Cooperation of CIDCA, meets once a year, alternately in "
                        "Phnom Penh and Beijing. Dr. Li Xiaoqing of Yunnan Agricultural "
                        "University and Ms. Heng Sopheap represent the trainers and the "
                        "cooperatives on the committee and report on the training needs raised "
                        "by the station operators."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "By the end of 2024, 212 village e-commerce stations were operating in "
                        "nine provinces, 58% of them run by women and most of them by people "
                        "under 35. Some 410 agricultural cooperatives with more than 36,000 "
                        "member households sell through the stations on two online "
                        "marketplaces, and online sales reached USD 7.8 million in 2024, against "
                        "USD 0.3 million in 2022. Cooperatives report prices between 15% and 30% "
                        "higher than those paid by traders at the farm gate. Delivery times from "
                        "the provinces to Phnom Penh fell from a week or more to two days after "
                        "Cambodia Post opened collection points at 48 district post offices, and "
                        "the first exports of dried mango and cashew to China through "
                        "cross-border e-commerce left in 2024."
                    ),
                    Subheading("Jobs for young people"),
                    Para(
                        "Each station employs one to three people, who are paid a commission of "
                        "5% on sales. About 520 young people, many of whom had previously "
                        "worked as migrants in Thailand, now earn a regular income in their "
                        "home villages. Mr. Sok Virak, who came back from a construction site "
                        "near Bangkok in 2022, runs the station in Ek Phnom district and trains "
                        "new operators for the whole of Battambang province."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The stations are owned by the cooperatives and cover their running "
                        "costs from commissions and from a small fee that courier companies pay "
                        "for each parcel collected. In 2024 MOC included the village stations in "
                        "its national strategy for digital trade, and the Ministry of "
                        "Agriculture, Forestry and Fisheries (MAFF) now trains cooperative "
                        "managers in online sales through its provincial departments. The "
                        "Chinese partners have handed over the training materials, translated "
                        "into Khmer, to the Royal University of Agriculture, which runs the "
                        "courses for new operators without outside support. UNDP has moved from "
                        "financing to advice on data protection and consumer rights, and a "
                        "revolving fund managed by BSKK lends to stations that need to buy "
                        "packaging equipment."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The stations bring together three services that used to be separate: "
                        "online selling, parcel collection and payment. Farmers bring their "
                        "produce to the station, where it is weighed, graded and packed to a "
                        "common standard; the operator lists it online and receives payment "
                        "through a QR code linked to Bakong, the payment system of the National "
                        "Bank of Cambodia. A shared dashboard shows each cooperative its sales, "
                        "prices and customer ratings, and helps MOC to spot products with export "
                        "potential. Packaging is designed with the cooperatives and carries the "
                        "name of the producer and of the province."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "The Lao PDR and Myanmar have sent officials to visit stations in "
                        "Kampong Thom, and in 2024 the Lancang-Mekong Cooperation Special Fund "
                        "agreed to support a pilot in two provinces of the Lao People's "
                        "Democratic Republic. The model does not depend on any one platform: the "
                        "stations can sell on any marketplace, and the guidelines, training "
                        "materials and packaging templates are free to use. The Asian "
                        "Development Bank (ADB) has cited the stations in its work on rural "
                        "digital trade in the Greater Mekong Subregion. The partners believe the "
                        "approach can work wherever there are organised producers, a postal "
                        "network and mobile coverage."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Rural employment and youth"),
                    Item("Market access for smallholders and cooperatives"),
                    Item("Digital economy and skills"),
                    Item("Women's economic empowerment"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The stations were presented at the China-ASEAN Expo in Nanning in 2023 "
                        "and at the Global South-South Development Expo in 2024. Short videos in "
                        "Khmer and Chinese, made by the station operators themselves, have been "
                        "viewed more than 1.2 million times. Guidelines for operators can be "
                        "downloaded from https://www.moc.gov.kh/en/village-stations, and stories "
                        "of operators and cooperatives are published at www.estations-kh.org. "
                        "The network's online shop is at bskk.org.kh/shop."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "H.E. Dr. Ouk Sambath Rithy\nSecretary of State, Ministry of Commerce, "
                        "Phnom Penh\nTel.: +855 23 866 417\nE-mail: sambathrithy.ouk@moc.gov.kh"
                    ),
                    Para(
                        "Ms. Heng Sopheap\nChairperson, Kampong Thom Cashew Producers' "
                        "Cooperative\nMobile: 092 615 740\nE-mail: sopheap.kcpc@gmail.com"
                    ),
                    Para(
                        "Mr. Zhou Hanlin\nDeputy Director-General, Department of International "
                        "Cooperation, CIDCA, Beijing\nTel.: +86 10 6851 7243\n"
                        "E-mail: zhouhanlin@cidca.gov.cn"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Kulthida Wongsakul, Regional Specialist on Rural Economy, ILO "
                        "Regional Office for Asia and the Pacific, Bangkok, wongsakul@ilo.org, "
                        "+66 2 288 1764"
                    ),
                    Para(
                        "Mr. Liang Wenbo, Programme Officer, ILO Country Office for China and "
                        "Mongolia, Beijing, liangw@ilo.org, (+86) 10 6532 8841"
                    ),
                ],
            ),
        ],
    )


def card_philippines_timor_leste() -> Card:
    return Card(
        letter="P",
        title="Emergency Employment for Recovery: The Philippines Shares its Disaster-Response "
        "Employment Experience with Timor-Leste",
        toc_title="Emergency Employment for Recovery, Philippines and Timor-Leste",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Maria Rosario T. Villaflor-Dizon, Director IV, Bureau of Local Employment, "
                "Department of Labor and Employment (DOLE)",
            ),
            Field("Country:", "Philippines"),
            Field("Office phone:", "+63 2 8527 3416"),
            Field("Mobile:", "0917 582 4093"),
            Field("E-mail:", "mrvdizon@ble.dole.gov.ph"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Timor-Leste is highly exposed to floods and landslides, and its young "
                        "people face high unemployment, especially outside Dili. When Cyclone "
                        "Seroja struck in April 2021, floods destroyed homes, roads, irrigation "
                        "channels and small businesses in Dili and in several municipalities, "
                        "and thousands of families lost their income overnight. The Government "
                        "of Timor-Leste asked the Philippines to share its experience of "
                        "emergency employment, built up over decades of typhoons and above all "
                        "after Typhoon Haiyan in 2013, when the Department of Labor and "
                        "Employment (DOLE) gave short-term jobs to hundreds of thousands of "
                        "affected workers through its TUPAD programme (Tulong Panghanapbuhay sa "
                        "Ating Disadvantaged/Displaced Workers)."
                    ),
                    Para(
                        "In 2022 DOLE and the Secretaria de Estado da Formação Profissional e "
                        "Emprego (SEFOPE), the Secretariat of State for Vocational Training and "
                        "Employment of Timor-Leste, signed a memorandum of understanding, with "
                        "the Australian Department of Foreign Affairs and Trade (DFAT) as the "
                        "triangular partner. The challenge was to adapt a large national "
                        "programme to a small country with few labour offices, a mostly informal "
                        "economy and little experience of paying wages quickly and transparently "
                        "to people without bank accounts, while making sure that the work was "
                        "safe and left useful skills behind."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Department of Labor and Employment (DOLE), Philippines", marker="▪"),
                    Item(
                        "Secretaria de Estado da Formação Profissional e Emprego (SEFOPE), "
                        "Timor-Leste",
                        marker="▪",
                    ),
                    Item("Department of Foreign Affairs and Trade (DFAT), Australia", marker="▪"),
                    Item(
                        "Technical Education and Skills Development Authority (TESDA), Philippines",
                        marker="▪",
                    ),
                    Item(
                        "Centro Nacional de Emprego e Formação Profissional (CNEFP), Tibar",
                        marker="▪",
                    ),
                    Item("Autoridade de Proteção Civil, Timor-Leste", marker="▪"),
                    Item(
                        "Bayanihan Alliance for Resilient Livelihoods (BARL), Tacloban", marker="▪"
                    ),
                    Item("Fundasaun Dalan Foun, Baucau", marker="▪"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The partnership links two labour administrations that face similar "
                        "hazards. In 2022 twenty-two officials of SEFOPE and of the municipal "
                        "administrations of Dili, Baucau and Ainaro spent a month in Tacloban "
                        "and Ormoc, on the island of Leyte, where DOLE regional staff showed "
                        "them how beneficiaries are registered, how work sites are chosen with "
                        "the barangays and how wages are paid through remittance agents. "
                        "Filipino trainers from the Technical Education and Skills Development "
                        "Authority (TESDA) then helped the Centro Nacional de Emprego e Formação "
                        "Profissional (CNEFP) in Tibar to design short courses in masonry, "
                        "drainage and slope protection that emergency workers can follow while "
                        "they work. The learning went both ways: the Philippine team studied how "
                        "Timor-Leste involves suco councils and customary leaders in choosing "
                        "work sites, which DOLE has since written into its guidelines for "
                        "indigenous communities in Mindanao."
                    ),
                    Para(
                        "Ms. Maria Rosario T. Villaflor-Dizon and Mr. Januário Soares Ximenes, "
                        "Director-General of Employment at SEFOPE, lead the technical working "
                        "group, which meets online every month. Ms. Joanna Kersey of DFAT in "
                        "Dili follows the work for the Australian side, while Fundasaun Dalan "
                        "Foun and the Bayanihan Alliance for Resilient Livelihoods (BARL) bring "
                        "in the views of the communities and of the workers themselves."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Since 2022 the emergency employment scheme has given 10 to 30 days of "
                        "paid work to 7,450 people affected by floods and landslides in six "
                        "municipalities, 46% of them women and 38% young people aged 18 to 29. "
                        "Workers cleared 214 kilometres of drainage channels, rebuilt 63 small "
                        "bridges and footpaths and protected the slopes above 19 villages with "
                        "vetiver grass and gabions. Each worker received the national minimum "
                        "wage of USD 115 a month, pro rata, through a mobile wallet or at a "
                        "payment point in the suco, within seven days of finishing the work; "
                        "under earlier cash-for-work projects payment had often taken two "
                        "months."
                    ),
                    Para(
                        "A survey by the Universidade Nacional Timor Lorosa'e (UNTL) in 2024 "
                        "found that 41% of participants had found paid work or started a "
                        "business within a year, many of them with the masonry and drainage "
                        "certificates awarded by CNEFP. Ms. Ermelinda Pereira Soares, a widow "
                        "from Ainaro who worked on slope protection in 2022, now leads a "
                        "team of six masons building water tanks for the municipality."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "In 2023 the Council of Ministers of Timor-Leste approved a decree-law "
                        "that makes emergency employment a standing part of the national "
                        "disaster response, with a budget line of USD 2.5 million a year. SEFOPE "
                        "has set up a small emergency employment unit and trained staff in every "
                        "municipality, and the registration and payment system now runs on "
                        "government servers. DFAT's funding, AUD 4.2 million over four years, "
                        "ends in 2026, and the Government of Timor-Leste already covers two "
                        "thirds of the wage costs. DOLE continues to host Timorese officials "
                        "every year at no cost to them."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Three features are new for Timor-Leste. Workers are registered on a "
                        "tablet, with a photograph and a fingerprint, so that no one can be paid "
                        "twice. Work sites are chosen by the suco council from a short list "
                        "prepared by engineers, and every site has a safety briefing and basic "
                        "protective equipment, as DOLE requires under its occupational safety "
                        "and health standards. Finally, emergency work is combined with "
                        "training: each day on site counts towards a certificate, and the best "
                        "workers are offered places in longer courses at CNEFP."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Vanuatu and Solomon Islands, which are hit by cyclones almost every "
                        "year, have asked for the scheme's guidelines, and officials from Papua "
                        "New Guinea joined a study visit to Tibar in 2024. The Pacific Islands "
                        "Forum Secretariat has included the model in a regional discussion on "
                        "social protection after disasters. The scheme can be adapted by any "
                        "country with a basic labour administration, because it relies on "
                        "community structures and mobile payments rather than on large "
                        "institutions. The joint manual, in English, Tetum and Portuguese, is "
                        "free to use."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Employment-intensive recovery after disasters"),
                    Item("Skills development for young people"),
                    Item("Social protection and crisis response"),
                    Item("Occupational safety and health"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The partnership was presented at the Asia-Pacific Ministerial "
                        "Conference on Disaster Risk Reduction in Manila in 2024 and at a side "
                        "event of the ILO's International Labour Conference in Geneva. "
                        "Radio-Televisão Timor-Leste (RTTL) broadcast a series of short "
                        "programmes in Tetum about the workers and their projects. The manual "
                        "and a photo story are online at https://ble.dole.gov.ph/sstc/timor-leste "
                        "and at www.sefope.gov.tl/emprego-emerjensia, and Fundasaun Dalan Foun "
                        "posts news from the work sites at dalanfoun.tl/news."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Maria Rosario T. Villaflor-Dizon, Director IV, Bureau of Local "
                        "Employment, DOLE, Intramuros, Manila; mrvdizon@ble.dole.gov.ph; "
                        "+63 2 8527 3416; 0917 582 4093"
                    ),
                    Para(
                        "Mr. Januário Soares Ximenes, Director-General of Employment, SEFOPE, "
                        "Dili; j.ximenes@sefope.gov.tl; +670 333 1842; +670 7723 6051"
                    ),
                    Para(
                        "Ms. Joanna Kersey, First Secretary (Development), Australian Embassy, "
                        "Dili; joanna.kersey@dfat.gov.au; +670 332 2158"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Rafael Guterres Amaral, National Project Coordinator, ILO Office "
                        "in Timor-Leste, Dili, amaral@ilo.org, +670 7745 9120"
                    ),
                    Para(
                        "Ms. Cristina Lumbang-Ocampo, Employment-Intensive Investment "
                        "Specialist, ILO Decent Work Technical Support Team for East and "
                        "South-East Asia and the Pacific, Bangkok, lumbang-ocampo@ilo.org, "
                        "+66 2 288 2215"
                    ),
                ],
            ),
        ],
    )


def batch_asia_pacific() -> Nomination:
    return Nomination(
        file_name="heldout4_batch_asia_pacific.pdf",
        metadata_title="Asia-Pacific Solutions Exchange 2034",
        cover=Cover(
            "Asia-Pacific Solutions Exchange 2034",
            [
                "Good practices in South-South and triangular cooperation for decent work",
                "Nominations from Asia and the Pacific",
            ],
        ),
        toc=True,
        toc_title="Table of Contents",
        header="Asia-Pacific Solutions Exchange 2034 – Nominations",
        footer="Prepared by the Exchange Secretariat",
        page_numbers="page",
        cards=[card_cambodia_china(), card_philippines_timor_leste()],
    )


# ---------------------------------------------------------------- (b) Rwanda-Benin


def single_rwanda_benin() -> Nomination:
    card = Card(
        letter=None,
        title="Safer Rides, Decent Work: Moto-Taxi Cooperatives of Rwanda and Benin Sharing "
        "Road Safety Training and Digital Fare Payment",
        nominee=[
            Field("Name of the nominee:", "Mr. Innocent Mugabo Twizeyimana, Executive Secretary"),
            Field("Nominating organization:", "Kigali Moto Riders' Cooperative Union (KMRCU)"),
            Field("Country:", "Rwanda"),
            Field("Telephone numbers:", "+250 252 580 316, 0788 314 602"),
            Field("Email address:", "i.twizeyimana@kmrcu.rw"),
            Field("Web:", "www.kmrcu.rw"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Motorcycle taxis are the most common form of public transport in the "
                        "towns of Rwanda and Benin. In Kigali they are simply called motos; in "
                        "Cotonou and Porto-Novo the riders are known as zémidjans, and their "
                        "yellow shirts are part of the street scene. Tens of thousands of young "
                        "men, and a growing number of young women, earn their living this way, "
                        "but the work is dangerous and insecure: riders are involved in a large "
                        "share of road crashes, few have health insurance, and most rent their "
                        "motorcycles on terms that leave them little income. In Benin most "
                        "zémidjans work alone, with no organisation to speak for them."
                    ),
                    Para(
                        "Rwanda organised its riders into cooperatives from 2011 onwards, and "
                        "since 2019 riders in Kigali have tested meters that let passengers pay "
                        "by mobile money. In 2022 the Union Nationale des Conducteurs de "
                        "Taxi-Moto du Bénin (UNACTB), with the backing of the Ministère des "
                        "Infrastructures et des Transports, asked the Kigali Moto Riders' "
                        "Cooperative Union (KMRCU) to share this experience. The Agence "
                        "Française de Développement (AFD) and the United Nations Road Safety "
                        "Fund (UNRSF) financed the exchange. The main obstacles were language, "
                        "since the training materials existed only in Kinyarwanda and English, "
                        "and the mistrust of riders in Benin, who feared that registration would "
                        "bring new taxes."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Para(
                        "The initiative brings together rider organisations, public bodies and "
                        "funders:"
                    ),
                    Item("Kigali Moto Riders' Cooperative Union (KMRCU), Rwanda", marker="–"),
                    Item(
                        "Union Nationale des Conducteurs de Taxi-Moto du Bénin (UNACTB)",
                        marker="–",
                    ),
                    Item("Rwanda Cooperative Agency (RCA)", marker="–"),
                    Item("Rwanda National Police, Traffic and Road Safety Department", marker="–"),
                    Item("Ministère des Infrastructures et des Transports, Benin", marker="–"),
                    Item("Centre National de Sécurité Routière (CNSR), Benin", marker="–"),
                    Item("Agence Française de Développement (AFD)", marker="–"),
                    Item("United Nations Road Safety Fund (UNRSF)", marker="–"),
                    Item("Association des Femmes Conductrices de Parakou (AFCP)", marker="–"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Riders taught riders. In 2022 and 2023 four groups of zémidjan leaders, "
                        "48 in all, spent two weeks in Kigali, Musanze and Huye, where they rode "
                        "with cooperative members, sat in on general assemblies and followed the "
                        "course given at the driving school of the Rwanda National Police. "
                        "Twelve Rwandan cooperative trainers then spent a month in Cotonou, "
                        "Porto-Novo and Parakou, training the first 600 Beninese riders with "
                        "materials translated into French, Fon and Yoruba. Benin had lessons of "
                        "its own to offer: the UNACTB had negotiated group health cover with a "
                        "mutual health insurer in Cotonou, an arrangement that the KMRCU is now "
                        "discussing with the Rwanda Social Security Board (RSSB) for riders who "
                        "are not covered by community-based health insurance."
                    ),
                    Para(
                        "The exchange is coordinated by Mr. Innocent Mugabo Twizeyimana for the "
                        "KMRCU and by Mr. Rodrigue Ahouansou Dossou, Secretary-General of the "
                        "UNACTB. Ms. Esther Gbaguidi, who founded the Association des Femmes "
                        "Conductrices de Parakou (AFCP) in 2021 with eleven other women riders, "
                        "represents women riders on the joint committee, which meets by video "
                        "every two months and in person once a year."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "By mid-2025, 3,900 zémidjans in the departments of Littoral, Ouémé and "
                        "Borgou had completed the five-day road safety course, and 2,650 of them "
                        "had joined one of 31 new cooperatives affiliated to the UNACTB. Crashes "
                        "involving trained riders in Cotonou fell by 27% in the first year, "
                        "according to the Centre National de Sécurité Routière (CNSR), against "
                        "6% among riders who had not been trained. Helmet use by passengers, "
                        "once rare, reached 71% among cooperative members, who now carry a "
                        "second helmet as a rule. In Rwanda, 1,150 riders joined the "
                        "hire-purchase scheme that the KMRCU runs with a savings and credit "
                        "cooperative, so that they own their motorcycles after three years "
                        "instead of paying rent of RWF 7,000 a day with no end in sight."
                    ),
                    Para(
                        "Women riders are still few, but their number is growing. The AFCP now "
                        "has 87 members in Parakou and Cotonou, and in Kigali the share of women "
                        "among new cooperative members rose from 1% to 4% between 2021 and 2024. "
                        "The exchange cost EUR 2.1 million over three years, of which AFD "
                        "provided EUR 1.4 million and UNRSF the rest."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The cooperatives in both countries are financed by their members, who "
                        "pay a monthly contribution of RWF 2,000 in Rwanda and XOF 1,500 in "
                        "Benin. In 2024 the CNSR made the road safety course compulsory for all "
                        "newly registered taxi-moto riders and took the trainers trained by the "
                        "exchange onto its staff. The Rwanda Cooperative Agency (RCA) has "
                        "adopted the model statutes and accounting tools prepared with the "
                        "UNACTB for all transport cooperatives. The digital meters are paid for "
                        "by the riders themselves through a small deduction from each fare, and "
                        "the KMRCU sells the devices to the UNACTB at cost."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The digital meter, developed in Kigali, is a small device fixed to the "
                        "handlebar that calculates the fare by distance and lets the passenger "
                        "pay by mobile money, so riders no longer carry large amounts of cash "
                        "and arguments over fares have almost disappeared. For Benin it was "
                        "adapted to the two national mobile money services, and its anonymised "
                        "data show the CNSR where crashes and near-misses happen. The second "
                        "innovation is peer training: experienced riders, not police officers, "
                        "teach the course, which riders say is the reason they listen."
                    )
                ],
            ),
            Section(
                7,
                "Potential for replication",
                [
                    Para(
                        "Rider associations from Togo, Burkina Faso and Uganda have visited "
                        "Kigali, and the Ministry of Transport of Togo has asked the UNACTB to "
                        "train trainers in Lomé in 2026. The model could be used wherever "
                        "motorcycle taxis are common, which includes much of West and East "
                        "Africa and parts of South-East Asia. The KMRCU and the UNACTB have "
                        "written a joint guide for rider organisations in French, English and "
                        "Kinyarwanda, and the African Union Commission has invited both unions "
                        "to present the exchange to its working group on the African Road "
                        "Safety Action Plan."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Decent work in the informal economy", marker="a)", indent=0),
                    Item("Road safety and occupational safety and health", marker="b)", indent=0),
                    Item(
                        "Cooperatives and the social and solidarity economy", marker="c)", indent=0
                    ),
                    Item("Youth and women's employment", marker="d)", indent=0),
                ],
            ),
            Section(
                9,
                "Awareness and dissemination",
                [
                    Para(
                        "The exchange was presented at the Fourth Global Ministerial Conference "
                        "on Road Safety in Marrakech in 2025 and described in a report of the "
                        "Africa Transport Policy Program (SSATP). Beninese rider leaders talk "
                        "about road safety every week on Radio Tokpa in Cotonou. The joint guide "
                        "can be downloaded from https://www.kmrcu.rw/guide-en and from "
                        "unactb.bj/guide, and short videos filmed by riders are shared on the "
                        "cooperatives' social media pages."
                    )
                ],
            ),
            Section(
                10,
                "Contact persons",
                [
                    Para(
                        "Mr. Innocent Mugabo Twizeyimana, Executive Secretary, KMRCU, Kigali – "
                        "Tel.: +250 252 580 316 / 0788 314 602 – i.twizeyimana@kmrcu.rw"
                    ),
                    Para(
                        "Mr. Rodrigue Ahouansou Dossou, Secrétaire général, UNACTB, Cotonou – "
                        "Tel.: +229 01 97 46 28 53 – rodrigue.dossou@unactb.bj"
                    ),
                    Para(
                        "Ms. Esther Gbaguidi, Présidente, AFCP, Parakou – "
                        "Tel.: +229 01 66 12 40 87 – afcp.parakou@gmail.com"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Solange Uwamahoro, National Project Coordinator, ILO Country Office "
                        "for the United Republic of Tanzania, Burundi, Kenya, Rwanda and "
                        "Uganda, Kigali; uwamahoro@ilo.org; +250 788 205 947"
                    ),
                    Para(
                        "Mr. Kossi Mawuli Agbéko, Specialist in Cooperatives and the Social and "
                        "Solidarity Economy, ILO Country Office for Côte d'Ivoire, Benin, "
                        "Burkina Faso, Niger and Togo, Abidjan; agbeko@ilo.org; "
                        "+225 27 20 31 89 64"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout4_single_rwanda_benin.pdf",
        cards=[card],
        title_size=15.0,
        label_bold=True,
        header="South-South and Triangular Cooperation – Good Practice Nomination",
        page_numbers="plain",
    )


# ---------------------------------------------------------------- (c) Mongolia-Kyrgyzstan


def single_mongolia_kyrgyzstan() -> Nomination:
    card = Card(
        letter="R",
        title="Herders Teaching Herders: Pasture Users of Mongolia and Kyrgyzstan Sharing "
        "Rangeland Management and Wool Processing Skills",
        nominee=[
            Field(
                "Nominee (name and position):",
                "Ms. Tsetsegmaa Ganbold, Executive Director",
            ),
            Field(
                "Organisation:",
                "Altai Herders' Cooperative Union (Altain Malchdyn Khorshoodyn Kholboo, AHCU), "
                "Khovd",
            ),
            Field("Country:", "Mongolia"),
            Field("Phone / fax:", "+976 1432 24518; mobile +976 9911 4827"),
            Field("E-mail:", "tsetsegmaa@altaiherders.mn"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Mongolia and Kyrgyzstan share a long tradition of mobile herding, and "
                        "in both countries pastures cover most of the land. Since the 1990s, "
                        "when the state and collective farms were dissolved, the number of "
                        "animals has grown faster than the pastures can bear, and herders have "
                        "crowded near roads, wells and markets. Degraded rangeland, harsh "
                        "winters known in Mongolia as dzud[^1] and low prices for raw wool have "
                        "pushed many young herders to leave for Ulaanbaatar, Bishkek or jobs "
                        "abroad. Most herders sell unwashed fibre to traders and keep none of "
                        "the value added by washing, sorting and spinning."
                    ),
                    Footnote(
                        "1",
                        "A dzud is a winter disaster in which deep snow, ice or extreme cold "
                        "keep animals from grazing; the dzud of 2023–2024 killed more than "
                        "seven million head of livestock in Mongolia.",
                    ),
                    Para(
                        "In 2019 the Altai Herders' Cooperative Union (AHCU), which groups 38 "
                        "herder cooperatives in the provinces of Khovd and Bayan-Ölgii, and the "
                        "Union of Pasture Committees of the Kyrgyz Republic (Jaiyt "
                        "Komitetterinin Birikmesi, JKB) began to exchange herders, pasture "
                        "committee members and wool processors. The Ministry of Food, "
                        "Agriculture and Light Industry of Mongolia (MOFALI) and the Ministry of "
                        "Water Resources, Agriculture and Processing Industry of the Kyrgyz "
                        "Republic support the exchange. The Swiss Agency for Development and "
                        "Cooperation (SDC) finances it, and the Food and Agriculture "
                        "Organization of the United Nations (FAO) advises on rangeland "
                        "monitoring."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Altai Herders' Cooperative Union (AHCU), Mongolia", marker=PUA_BULLET),
                    Item(
                        "Union of Pasture Committees of the Kyrgyz Republic (JKB)",
                        marker=PUA_BULLET,
                    ),
                    Item(
                        "Ministry of Food, Agriculture and Light Industry (MOFALI), Mongolia",
                        marker=PUA_BULLET,
                    ),
                    Item(
                        "Ministry of Water Resources, Agriculture and Processing Industry of "
                        "the Kyrgyz Republic",
                        marker=PUA_BULLET,
                    ),
                    Item("Swiss Agency for Development and Cooperation (SDC)", marker=PUA_BULLET),
                    Item(
                        "Food and Agriculture Organization of the United Nations (FAO)",
                        marker=PUA_BULLET,
                    ),
                    Item("Mongolian University of Life Sciences, Ulaanbaatar", marker=PUA_BULLET),
                    Item("Ak Kiyiz Felt Makers' Association, Kochkor", marker=PUA_BULLET),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange follows the seasons of herding life. Each summer since "
                        "2019, groups of ten to fifteen herders have spent three weeks with host "
                        "families in the other country: Mongolian herders in the Naryn and "
                        "Issyk-Kul regions, Kyrgyz herders in the Altai mountains of Khovd. "
                        "Kyrgyzstan had already handed the management of pastures to elected "
                        "pasture committees under its 2009 Law on Pastures,[^2] and Kyrgyz "
                        "members showed their hosts how committees draw up grazing plans, "
                        "collect fees and settle disputes between villages. Mongolian herders "
                        "brought their experience of cooperatives that wash, sort and sell "
                        "fibre together, and of winter shelters and fodder reserves that help "
                        "herds to survive a dzud."
                    ),
                    Footnote(
                        "2",
                        "Kyrgyz pasture committees are elected by the users of each village's "
                        "pastures; in Mongolia pasture land belongs to the State, and herder "
                        "groups can only hold contracts for its use.",
                    ),
                    Para(
                        "Ms. Tsetsegmaa Ganbold of the AHCU and Mr. Nurlanbek Asanaliev, "
                        "chairman of the JKB, coordinate the exchange, with Dr. Batkhuyag "
                        "Dashdondog of the Mongolian University of Life Sciences in charge of "
                        "rangeland monitoring. Ms. Cholpon Abdykadyrova, who runs the Ak Kiyiz "
                        "Felt Makers' Association in Kochkor, leads the training of women in "
                        "felt-making and the design of products for tourist markets."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2019 to 2024, 164 herders, 41 of them women, took part in the "
                        "summer exchanges, and 22 pasture committee members from Kyrgyzstan and "
                        "17 cooperative leaders from Mongolia followed shorter study tours. In "
                        "Khovd and Bayan-Ölgii, 26 herder groups have adopted written grazing "
                        "plans on the Kyrgyz model, covering some 410,000 hectares, and "
                        "monitoring plots show plant cover up by 12% on rested pastures since "
                        "2021. In Naryn, six pasture committees have opened wool collection "
                        "points where fibre is washed and sorted before sale; herders there now "
                        "receive KGS 95 per kilogram of sorted wool, against KGS 40 for "
                        "unsorted fleece."
                    ),
                    Subheading("Jobs in wool and felt"),
                    Para(
                        "The felt workshop of Ak Kiyiz trained 35 Mongolian women, and nine of "
                        "them have started small felt businesses in Khovd, selling carpets and "
                        "slippers to tourists and to shops in Ulaanbaatar. Mr. Ganzorig Baatar, "
                        "a herder from Mönkhkhairkhan who spent the summer of 2021 in Naryn, "
                        "now chairs the first pasture user group of his soum. The AHCU washing "
                        "plant in Khovd processes 180 tonnes of wool a year and employs 42 "
                        "people, most of them young. The exchange cost CHF 1.9 million over six "
                        "years, of which SDC provided CHF 1.5 million."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Both unions now pay for the exchanges from members' fees and from the "
                        "margin on fibre sales, and SDC's support is limited to a small grant "
                        "for monitoring until 2026. In 2023 MOFALI adopted a procedure for "
                        "contracts between herder groups and local governments on the use of "
                        "seasonal pastures, drawing on the Kyrgyz experience, and soum "
                        "governments in Khovd have since signed 19 such contracts. In the "
                        "Kyrgyz Republic, the Pasture Department of the ministry has included "
                        "the wool collection points in its support programme for pasture "
                        "committees, and training is now given by herders who took part in the "
                        "exchanges."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Herders monitor the rangeland themselves with a simple method: "
                        "photographs taken every year from fixed points, with the same frame "
                        "and angle, and a count of plant species in a square metre. The "
                        "photographs are uploaded from a phone to a shared map that pasture "
                        "committees in both countries can consult, so herders see for "
                        "themselves how rest periods change the pasture. The second innovation "
                        "is a wool grading card in Mongolian, Kyrgyz and Russian, which lets "
                        "herders sort fleece by fineness and colour before sale."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Herders' organisations from Kazakhstan and Tajikistan joined the 2024 "
                        "summer exchange, and the pasture committee model has been discussed "
                        "with the Ministry of Agriculture of Kazakhstan. FAO has included the "
                        "fixed-point photo method in its guidance on participatory rangeland "
                        "monitoring in Central Asia, and the International Fund for "
                        "Agricultural Development (IFAD) is considering the wool collection "
                        "points for a livestock project in Tajikistan. The approach could serve "
                        "pastoral communities in other mountain regions, from the Andes to the "
                        "Himalayas, where herders and pastures face similar pressures."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Green jobs and sustainable rangeland management"),
                    Item("Rural cooperatives and value chains"),
                    Item("Women's entrepreneurship"),
                    Item("Adaptation to climate change"),
                    ColumnBreak(),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange was presented at a regional conference on pastoralism in "
                        "Bishkek in 2023 and will be shown during the International Year of "
                        "Rangelands and Pastoralists in 2026. The Mongolian National "
                        "Broadcaster (MNB) aired a documentary, “Two Steppes”, about herders "
                        "who took part. Grazing plans, the wool grading card and the "
                        "photo-monitoring guide are available at "
                        "https://www.altaiherders.mn/exchange and at jaiyt.kg/resources, and "
                        "news of the exchange is posted at www.herders-exchange.org."
                    ),
                    PageBreak(),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Tsetsegmaa Ganbold\nExecutive Director, AHCU, Khovd\n"
                        "Phone/fax: +976 1432 24518\nMobile: +976 9911 4827\n"
                        "E-mail: tsetsegmaa@altaiherders.mn"
                    ),
                    Para(
                        "Mr. Nurlanbek Asanaliev, Chairman, JKB, Bishkek; n.asanaliev@jaiyt.kg; "
                        "+996 312 54 18 27; +996 555 318 406"
                    ),
                    Para(
                        "Ms. Regula Zbinden, Senior Programme Manager, Swiss Cooperation "
                        "Office Mongolia, Ulaanbaatar; regula.zbinden@eda.admin.ch; "
                        "+976 7011 4522"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Erdenebat Purevsuren\nNational Coordinator for Mongolia, ILO "
                        "Country Office for China and Mongolia, Ulaanbaatar\n"
                        "purevsuren@ilo.org, +976 11 31 28 60"
                    ),
                    Para(
                        "Ms. Aizada Sydykova\nNational Coordinator in Kyrgyzstan, ILO, Bishkek\n"
                        "sydykova@ilo.org, +996 312 62 47 15"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout4_single_mongolia_kyrgyzstan.pdf",
        cards=[card],
        body_size=10.0,
        heading_size=11.5,
        title_size=15.0,
        gutter=28.0,
        footer="Nomination R – Herders Teaching Herders",
        page_numbers="page_of",
        footer_with_number=True,
    )


CASES: Cases = {
    "batch_asia_pacific": batch_asia_pacific,
    "single_rwanda_benin": single_rwanda_benin,
    "single_mongolia_kyrgyzstan": single_mongolia_kyrgyzstan,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout4.py"))
