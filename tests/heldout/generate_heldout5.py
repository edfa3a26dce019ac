"""Render the fifth held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout5_*.json:

- batch_latin_america: a compiled batch (cover, contents, running header, footer, plain page
  numbers) with two lettered cards: S, agro-mechanics apprenticeships shared by Argentine
  technical schools with training centres in Paraguay; U, young coffee cuppers trained in
  Colombia for cooperatives in Honduras (with a "Fax:" line).
- single_egypt_jordan: one unlettered nomination from the Arab States (solar technicians
  trained by twinned vocational centres) with the labels "Name of nominee:", "Position:",
  "Institution:", "Address:", "Telephone:", "Fax:", "Mobile:", "E-mail:" and "Website:",
  bold labels and a lead-in line before the partners list.
- single_south_africa_namibia: one nomination (W) from Southern Africa (reclaimers'
  cooperatives in municipal recycling) whose sections are set in two columns, with two
  footnotes, an office number with an extension and a page break before the contacts.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout5.py [OUTDIR]
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
    main,
)

# ---------------------------------------------------------------- (a) Latin America


def card_argentina_paraguay() -> Card:
    return Card(
        letter="S",
        title="Apprenticeships in Agro-Mechanics: Argentine Agrotechnical Schools and "
        "Paraguayan Training Centres Preparing Rural Youth for Skilled Jobs",
        toc_title="Apprenticeships in Agro-Mechanics, Argentina and Paraguay",
        nominee=[
            Field(
                "Nominee:",
                "Lic. Mariela Soledad Irigoyen, Director of International Cooperation, "
                "Instituto Nacional de Educación Tecnológica (INET)",
            ),
            Field("Country:", "Argentina"),
            Field("Tel.:", "+54 11 4349 5127 / +54 9 11 5632 8817"),
            Field("E-mail:", "mirigoyen@inet.edu.ar"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Farming in eastern Paraguay has mechanised quickly: tractors, seed "
                        "drills and combine harvesters now work most of the soybean, maize and "
                        "wheat fields of Itapúa and Alto Paraná. Yet machines are often "
                        "repaired by technicians brought in from Brazil or Argentina, while "
                        "young people from farming families leave for Asunción or Buenos Aires "
                        "in search of work. In 2020 the Servicio Nacional de Promoción "
                        "Profesional (SNPP) of Paraguay asked the Instituto Nacional de "
                        "Educación Tecnológica (INET) of Argentina to share the experience of "
                        "Argentine agrotechnical schools, where students learn to maintain and "
                        "repair farm machinery in school workshops and on partner farms."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Instituto Nacional de Educación Tecnológica (INET), Argentina"),
                    Item("Ministerio de Trabajo, Empleo y Seguridad Social (MTESS), Paraguay"),
                    Item("Servicio Nacional de Promoción Profesional (SNPP)"),
                    Item(
                        "Fondo Argentino de Cooperación Sur-Sur y Triangular (FO.AR), "
                        "Ministry of Foreign Affairs, International Trade and Worship"
                    ),
                    Item("Japan International Cooperation Agency (JICA)"),
                    Item("Red de Escuelas Agrotécnicas del Litoral (REAL)"),
                    Item("Cooperativa Agropecuaria Ñandutí Ltda., Hohenau"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Teachers, not consultants, carried the exchange. Eighteen instructors "
                        "of the SNPP spent two terms in schools of the Red de Escuelas "
                        "Agrotécnicas del Litoral (REAL) in Santa Fe and Entre Ríos, and "
                        "Argentine teachers led by Prof. Gustavo Adrián Bertolotti of the "
                        "agrotechnical school of Esperanza helped to equip workshops in "
                        "Encarnación and Santa Rita. Paraguay in turn shared its experience of "
                        "training in Guaraní and Spanish, which Argentine schools in Misiones "
                        "and Corrientes have since adopted for their bilingual students. "
                        "Ing. Hugo Ramón Benítez Acosta, Director-General of the SNPP, and "
                        "Lic. Irigoyen chair a joint committee that meets twice a year."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2021 and 2024, 640 young people aged 16 to 24 completed an "
                        "18-month apprenticeship in agro-mechanics, 23% of them young women. "
                        "Apprentices spend three days a week on a farm or in a cooperative "
                        "workshop and two days in the training centre. Some 71% found work "
                        "within six months, mostly with cooperatives and machinery dealers, "
                        "at wages about 40% above the rural minimum. Derlis Ojeda, an "
                        "apprentice from Hohenau, now runs the repair workshop of the "
                        "Cooperativa Agropecuaria Ñandutí, which serves 1,200 member farms. The "
                        "programme cost USD 2.6 million, of which FO.AR and JICA provided "
                        "USD 900,000."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "In 2023 the Ministerio de Trabajo, Empleo y Seguridad Social (MTESS) "
                        "recognised agro-mechanics as an occupation with its own competency "
                        "standard, and the SNPP now finances the apprenticeships from the "
                        "payroll levy paid by employers. Cooperatives pay apprentices a monthly "
                        "allowance and lend their machines for training. Argentine schools "
                        "continue to host Paraguayan instructors every year through their own "
                        "exchange budgets, and the curriculum, adapted to Paraguayan "
                        "conditions, belongs to the SNPP."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The apprenticeships follow the calendar of the harvest rather than "
                        "the school year, so that apprentices repair machines when farmers "
                        "need them most. A shared digital logbook records every task an "
                        "apprentice completes, signed by the workshop tutor, and the logbook "
                        "counts towards certification. Cooperatives and training centres plan "
                        "the intake together each year according to the number of machines in "
                        "the district, which keeps training close to real demand."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Bolivia and Uruguay have asked for the competency standard and the "
                        "logbook, and officials of the Servicio Nacional de Capacitación Rural "
                        "of Bolivia visited Encarnación in 2024. The model can be used wherever "
                        "agriculture is mechanising faster than local skills, since it relies "
                        "on existing training centres and producer cooperatives rather than on "
                        "new institutions. The MERCOSUR working group on employment has "
                        "discussed the experience as a possible regional reference."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Youth employment and apprenticeships", marker="–"),
                    Item("Skills for rural development", marker="–"),
                    Item("Women in technical occupations", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange was presented at the regional meeting of ILO/Cinterfor "
                        "in Montevideo in 2023, and the newspaper La Nación of Asunción ran a "
                        "series on the apprentices. The curriculum and the logbook app can be "
                        "downloaded from https://www.inet.edu.ar/cooperacion/paraguay, and "
                        "videos made by the apprentices are posted at "
                        "www.agromecanica-py.org. More than 300 farmers attended open days at "
                        "the training centres of Itapúa and Alto Paraná in 2024, where "
                        "apprentices demonstrated repairs on harvesters and seed drills."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Lic. Mariela Soledad Irigoyen\nDirector of International Cooperation, "
                        "INET, Buenos Aires\nTel.: +54 11 4349 5127\n"
                        "E-mail: mirigoyen@inet.edu.ar"
                    ),
                    Para(
                        "Ing. Hugo Ramón Benítez Acosta\nDirector-General, SNPP, Asunción\n"
                        "Tel.: +595 21 729 014; cell 0971 338 205\nE-mail: hbenitez@snpp.edu.py"
                    ),
                    Para(
                        "Prof. Gustavo Adrián Bertolotti\nCoordinator, REAL, Esperanza, "
                        "Santa Fe\nTel.: +54 343 497 2281\nE-mail: gbertolotti@redreal.org.ar"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Valeria Cortázar Liendo, Vocational Training Specialist, "
                        "ILO/Cinterfor, Montevideo, cortazar@ilo.org, +598 2902 0557"
                    ),
                    Para(
                        "Mr. Rodrigo Almirón Paz, Programme Officer, ILO Office for Argentina, "
                        "Buenos Aires, almiron@ilo.org, +54 11 4393 7064"
                    ),
                ],
            ),
        ],
    )


def card_colombia_honduras() -> Card:
    return Card(
        letter="U",
        title="Young Cuppers for Quality Coffee: Colombia and Honduras Training Rural Youth "
        "in Coffee Tasting and Quality Control",
        toc_title="Young Cuppers for Quality Coffee, Colombia and Honduras",
        nominee=[
            Field(
                "Nominating institution:",
                "Agencia Presidencial de Cooperación Internacional de Colombia (APC-Colombia)",
            ),
            Field(
                "Contact person:",
                "Ms. Ana Milena Zuluaga Henao, Head of South-South Cooperation",
            ),
            Field("Country:", "Colombia"),
            Field("Phone:", "+57 601 345 6781"),
            Field("Fax:", "+57 601 345 6790"),
            Field("E-mail:", "Ana.Zuluaga@apccolombia.gov.co"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Coffee is the main source of income for some 100,000 families in "
                        "Honduras, most of them smallholders in the western highlands of "
                        "Copán, Ocotepeque, Lempira and La Paz. Much of their coffee is sold "
                        "as an ordinary commodity, although the beans could fetch far higher "
                        "prices if their quality were measured and known. Few cooperatives "
                        "have a laboratory or anyone trained to taste coffee, and young people "
                        "see little future on the farm. In 2021 the Instituto Hondureño del "
                        "Café (IHCAFE) turned to Colombia, where the Federación Nacional de "
                        "Cafeteros has trained young cuppers in the coffee regions for many "
                        "years."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Agencia Presidencial de Cooperación Internacional de Colombia"),
                    Item("Federación Nacional de Cafeteros de Colombia (FNC)"),
                    Item("Instituto Hondureño del Café (IHCAFE)"),
                    Item("Secretaría de Trabajo y Seguridad Social (STSS), Honduras"),
                    Item("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"),
                    Item("Asociación de Jóvenes Catadores de Occidente (AJCO)"),
                    Item("Fundación Semillas del Quindío"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Honduran and Colombian coffee regions share similar farms, similar "
                        "problems and a common language, which made the exchange easy to "
                        "organise. Groups of young Hondurans spent ten weeks in Manizales and "
                        "Armenia, training in the cupping laboratories of the FNC and living "
                        "with coffee families supported by the Fundación Semillas del Quindío. "
                        "Colombian cuppers, among them Mr. Jhon Fredy Arango Ocampo, then "
                        "travelled to Santa Rosa de Copán and Marcala to set up four "
                        "laboratories with IHCAFE. Honduras shared its experience of "
                        "certifying coffee with a designation of origin, Café Marcala, which "
                        "Colombian departments are studying."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Since 2022, 214 young people, 47% of them women, have qualified as "
                        "coffee cuppers, and 150 of them now work in cooperative laboratories, "
                        "export companies or their own small roasteries. Yessenia Lorena "
                        "Maldonado, 22, from Corquín, leads the laboratory of a cooperative of "
                        "380 producers. Cooperatives that grade their coffee have sold 31% of "
                        "their harvest as speciality coffee, at premiums of USD 0.40 to 1.10 "
                        "per pound. The Asociación de Jóvenes Catadores de Occidente (AJCO), "
                        "founded by the first graduates in 2023, has 96 members."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "IHCAFE has made the cupping course part of its permanent training "
                        "offer and finances it from the contribution paid on every quintal of "
                        "exported coffee. The Secretaría de Trabajo y Seguridad Social (STSS) "
                        "lists coffee cupper among the occupations of its national catalogue, "
                        "so that graduates receive a recognised certificate. GIZ support, "
                        "EUR 1.3 million over four years, ends in 2025; the laboratories are "
                        "already run by the cooperatives, which charge buyers a small fee for "
                        "each sample."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The course joins technical training with business skills: each "
                        "cupper learns to score coffee to an international protocol and also "
                        "to negotiate with buyers, keep records and price a lot. A shared "
                        "online register of scored samples lets cooperatives in both "
                        "countries compare quality from one harvest to the next and show "
                        "buyers where each lot comes from. Young women were trained as "
                        "mentors, so that half of the practical sessions are led by women."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Guatemala, El Salvador and Nicaragua have shown interest, and in 2024 "
                        "IHCAFE trained twelve instructors from the Dominican Republic. The "
                        "approach can be adapted to cocoa, where quality grading also decides "
                        "the price. The Inter-American Institute for Cooperation on "
                        "Agriculture (IICA) has included the course in its catalogue of "
                        "South-South solutions for Central America. The main conditions are a "
                        "producers' organisation willing to host a laboratory and an "
                        "institution able to certify the skills of young people."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Youth employment in rural areas", marker="–"),
                    Item("Value chains and market access", marker="–"),
                    Item("Gender equality", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The graduates' coffees were served at the Semana Internacional del "
                        "Café in Medellín in 2023 and 2024. A documentary, “La taza joven”, "
                        "was broadcast by Televisión Nacional de Honduras. Course materials "
                        "are available at https://www.apccolombia.gov.co/catadores and the "
                        "association's news at ajco.hn/noticias. IHCAFE also holds a yearly "
                        "cupping competition for young people, whose winning lots were "
                        "auctioned online in 2024 to roasters in Japan, the Republic of Korea "
                        "and the United States."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Ana Milena Zuluaga Henao, Head of South-South Cooperation, "
                        "APC-Colombia, Bogotá; Ana.Zuluaga@apccolombia.gov.co; "
                        "+57 601 345 6781"
                    ),
                    Para(
                        "Mr. Óscar Leonel Cárcamo Pineda, Manager of Quality and Training, "
                        "IHCAFE, Tegucigalpa; ocarcamo@ihcafe.hn; +504 2232 4518; "
                        "+504 9876 3321"
                    ),
                    Para(
                        "Ms. Friederike Halbach, Programme Director, GIZ, Tegucigalpa; "
                        "friederike.halbach@giz.de; +504 2236 9150"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Karla Xiomara Funes Castellanos, Employment Specialist, ILO "
                        "Office for Central America, Haiti, Panama and the Dominican "
                        "Republic, San José, funesk@ilo.org, +506 2207 8743"
                    ),
                    Para(
                        "Mr. Andrés Felipe Quintero Lozano, National Coordinator, ILO, Bogotá, "
                        "quintero@ilo.org, +57 601 745 3390"
                    ),
                ],
            ),
        ],
    )


def batch_latin_america() -> Nomination:
    return Nomination(
        file_name="heldout5_batch_latin_america.pdf",
        metadata_title="Decent Work Across the South 2035",
        cover=Cover(
            "Decent Work Across the South 2035",
            [
                "Good practices in South-South and triangular cooperation",
                "Nominations received from Latin America",
            ],
        ),
        toc=True,
        toc_title="Contents",
        header="Decent Work Across the South 2035 – Latin America",
        footer="Compiled by the Regional Secretariat",
        page_numbers="plain",
        cards=[card_argentina_paraguay(), card_colombia_honduras()],
    )


# ---------------------------------------------------------------- (b) Egypt-Jordan


def single_egypt_jordan() -> Nomination:
    card = Card(
        letter=None,
        title="Solar Skills for Desert Communities: Twinned Vocational Centres of Egypt and "
        "Jordan Training Photovoltaic Technicians",
        nominee=[
            Field("Name of nominee:", "Eng. Rania Fouad El-Sherbiny"),
            Field("Position:", "Head, Renewable Energy Training Unit"),
            Field(
                "Institution:",
                "Productivity and Vocational Training Department (PVTD), Ministry of Trade "
                "and Industry",
            ),
            Field("Address:", "Abbassia, Cairo, Egypt"),
            Field("Telephone:", "+20 2 2794 3318"),
            Field("Fax:", "+20 2 2794 3319"),
            Field("Mobile:", "010 2345 6781"),
            Field("E-mail:", "r.elsherbiny@pvtd.gov.eg"),
            Field("Website:", "www.retu-pvtd.eg"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Egypt and Jordan have both built large solar parks, from Benban near "
                        "Aswan to the plants around Ma'an, and rooftop systems are spreading "
                        "fast on farms, schools and clinics. Installers and maintenance "
                        "technicians are scarce outside the capitals, and many systems stop "
                        "working within a few years for lack of care. At the same time, "
                        "unemployment among young graduates of technical schools is high in "
                        "Upper Egypt and in the north of Jordan. In 2021 the Productivity and "
                        "Vocational Training Department (PVTD) and the Vocational Training "
                        "Corporation (VTC) of Jordan agreed to twin their centres in Aswan and "
                        "Irbid to train photovoltaic technicians together."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Para("The following institutions take part in the initiative:"),
                    Item("Productivity and Vocational Training Department (PVTD), Egypt", "-"),
                    Item("Vocational Training Corporation (VTC), Jordan", "-"),
                    Item("Ministry of Labour of the Hashemite Kingdom of Jordan", "-"),
                    Item("Egyptian Agency of Partnership for Development (EAPD)", "-"),
                    Item("Islamic Development Bank (IsDB)", "-"),
                    Item(
                        "Sawaed Association for Clean Energy (Jamʿiyyat Sawāʿid lil-Ṭāqa "
                        "al-Naẓīfa), Irbid",
                        "-",
                    ),
                    Item("Aswan Solar Technicians' Guild", "-"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The two centres share the work according to their strengths. Egypt "
                        "brought its experience of large utility-scale plants and of "
                        "apprenticeships with the companies operating at Benban; Jordan "
                        "brought its net-metering rules and its experience of small rooftop "
                        "systems for households and farms in the Jordan Valley. Instructors "
                        "from Aswan and Irbid teach in each other's workshops for one month "
                        "each year, and the curriculum was written jointly in Arabic. "
                        "Dr. Omar Khalil Al-Tarawneh, Director of Training at the VTC, and "
                        "Eng. El-Sherbiny lead the technical committee. The Egyptian Agency of "
                        "Partnership for Development (EAPD) covers the travel of Egyptian "
                        "experts, and the IsDB finances the equipment through its Reverse "
                        "Linkage mechanism."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2021 to 2024, 1,150 trainees completed the nine-month course, "
                        "610 in Aswan and Luxor and 540 in Irbid and Zarqa; 19% were young "
                        "women, a high share for the trade in both countries. Within a year, "
                        "68% were employed or self-employed. Mahmoud Abdel-Rahim, 24, from "
                        "Edfu, now maintains the solar pumps of 60 farms along the Nile, and "
                        "Aya Bani Hani of Irbid set up an installation company that employs "
                        "seven people. The partners invested USD 3.4 million, including "
                        "USD 1.8 million from the IsDB, and some 2,300 rooftop and pumping "
                        "systems have been installed or repaired by trainees."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The course is now part of the regular programmes of both centres. In "
                        "Jordan the Ministry of Labour has added solar installation to the "
                        "occupations that require a licence to practise, which creates steady "
                        "demand for certified technicians. The Aswan Solar Technicians' Guild, "
                        "formed by graduates in 2023, offers refresher training and a "
                        "warranty service to customers, and Sawaed Association for Clean "
                        "Energy helps women graduates to find clients and finance."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Trainees learn on real systems: each group installs a solar plant on "
                        "a public building in its own community, which is then handed over "
                        "free of charge, so that every course leaves behind a working school "
                        "or clinic roof. Remote monitoring lets instructors in Aswan follow "
                        "installations in Irbid, and the other way round, and discuss faults "
                        "with trainees in weekly online sessions."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Iraq and Sudan have requested the curriculum, and in 2024 twelve "
                        "instructors from Lebanon attended a workshop in Irbid. The League of "
                        "Arab States has discussed the twinning model in its work on green "
                        "skills. Because it relies on existing public centres and shared "
                        "teaching rather than new buildings, the model can be reproduced at "
                        "modest cost by other countries with strong sunshine and young "
                        "technical graduates."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Green jobs and the energy transition", "o"),
                    Item("Technical and vocational training", "o"),
                    Item("Youth and women's employment", "o"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The twinning was presented at the COP27 climate conference in Sharm "
                        "El-Sheikh in 2022 and at the Dead Sea Renewable Energy Forum in 2024. "
                        "The curriculum in Arabic and English can be downloaded from "
                        "http://www.retu-pvtd.eg/twinning, and stories of graduates are posted "
                        "at sawaed-energy.jo/stories. Local radio stations in Aswan and Irbid "
                        "have broadcast call-in programmes in which graduates answer "
                        "listeners' questions about solar systems, and an open day at each "
                        "centre every spring attracts several hundred young people and their "
                        "parents."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Eng. Rania Fouad El-Sherbiny, Head, Renewable Energy Training Unit, "
                        "PVTD, Cairo\nTel: +20 2 2794 3318 – Fax: +20 2 2794 3319\n"
                        "Email: r.elsherbiny@pvtd.gov.eg"
                    ),
                    Para(
                        "Dr. Omar Khalil Al-Tarawneh, Director of Training, VTC, Amman\n"
                        "Tel: +962 6 580 2741\nEmail: o.tarawneh@vtc.gov.jo"
                    ),
                    Para(
                        "Ms. Lina Haddadin, Founder, Sawaed Association for Clean Energy, "
                        "Irbid\nMobile: +962 79 614 2288 – Tel: +962 2 710 3356\n"
                        "Email: lina@sawaed-energy.jo"
                    ),
                    Para(
                        "Mr. Tarek Bensalah, Reverse Linkage Specialist, IsDB, Jeddah\n"
                        "Tel: +966 12 646 7391\nEmail: tbensalah@isdb.org"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Dalia Naguib Farag\nSkills and Employability Specialist, ILO Decent "
                        "Work Technical Support Team for North Africa and Country Office for "
                        "Egypt and Eritrea, Cairo\nfarag@ilo.org / +20 2 2735 0123"
                    ),
                    Para(
                        "Mr. Samer Youssef Qandil\nGreen Jobs Officer, ILO Regional Office for "
                        "Arab States, Beirut\nqandil@ilo.org / +961 1 752 418"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout5_single_egypt_jordan.pdf",
        cards=[card],
        title_size=15.0,
        label_bold=True,
        footer="Nomination – South-South and Triangular Cooperation Good Practices",
        page_numbers="page",
    )


# ---------------------------------------------------------------- (c) South Africa-Namibia


def single_south_africa_namibia() -> Nomination:
    card = Card(
        letter="W",
        title="Reclaimers in the Recycling Economy: Waste Pickers' Cooperatives of South Africa "
        "and Namibia Winning a Place in Municipal Waste Services",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Nomvula Precious Dlamini-Khoza, Chairperson, Ikhwezi Reclaimers' Alliance "
                "(IRA)",
            ),
            Field("Country:", "South Africa"),
            Field("Tel (office):", "+27 21 465 3390 ext. 214"),
            Field("Cell:", "082 417 6630"),
            Field("Email:", "nomvula@ikhwezireclaimers.org.za"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Tens of thousands of reclaimers[^1] collect paper, cans and plastic "
                        "from streets and landfills in South African cities, and they recover "
                        "most of the packaging that is recycled in the country. For years they "
                        "worked without recognition, protective equipment or a fair price. In "
                        "Namibia, pickers on the Kupferberg landfill outside Windhoek faced "
                        "the same conditions. In 2020 the Ikhwezi Reclaimers' Alliance (IRA), "
                        "based in Cape Town, and the Omuhanga Recyclers' Cooperative Network "
                        "of Namibia began to share how reclaimers can organise, register with "
                        "municipalities and be paid for the service they provide."
                    ),
                    Footnote(
                        "1",
                        "South African waste pickers chose the name “reclaimers” for themselves.",
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ikhwezi Reclaimers' Alliance (IRA), South Africa"),
                    Item("Omuhanga Recyclers' Cooperative Network, Namibia"),
                    Item(
                        "Department of Forestry, Fisheries and the Environment (DFFE), South Africa"
                    ),
                    Item("Ministry of Environment, Forestry and Tourism (MEFT), Namibia"),
                    Item("City of Windhoek"),
                    Item("Norwegian Agency for Development Cooperation (Norad)"),
                    Item("Packaging Producers' Responsibility Organisation of Namibia"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Reclaimers trained reclaimers. Leaders of IRA spent several weeks in "
                        "Windhoek, Walvis Bay and Oshakati, and Namibian pickers visited "
                        "sorting sites in Cape Town, Johannesburg and Durban. South Africa "
                        "shared its guidelines for integrating waste pickers, issued under "
                        "the extended producer responsibility regulations[^2], while Namibia "
                        "shared how the City of Windhoek contracts cooperatives directly. "
                        "Ms. Ndapewa Shikongo, coordinator of the Omuhanga network, and "
                        "Mr. Sizwe Mahlangu-Ntuli of the DFFE sit on the joint steering group."
                    ),
                    Footnote(
                        "2",
                        "Regulations of 2020 under the National Environmental Management: "
                        "Waste Act, 2008.",
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "By 2024, 3,800 reclaimers in eleven South African municipalities and "
                        "620 in Windhoek and Walvis Bay were registered, and 54% of them are "
                        "women. Registered reclaimers receive a service fee of ZAR 35 per "
                        "tonne of material collected in South Africa and NAD 30 in Windhoek, "
                        "on top of the sale price. Incomes have risen by about 45%. Ms. Selma "
                        "Nghipandulwa, who picked on the Kupferberg landfill for nine years, "
                        "now manages a cooperative sorting site in Katutura with 38 members. "
                        "Norad contributed NOK 14 million."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The service fees are paid by producers of packaging through their "
                        "responsibility organisations, not by donors, so they will continue "
                        "after 2025. The Ministry of Environment, Forestry and Tourism (MEFT) "
                        "is drafting Namibian regulations on extended producer responsibility "
                        "that recognise cooperatives of pickers, and the Packaging Producers' "
                        "Responsibility Organisation of Namibia has agreed to pay the fee "
                        "across the country once they are adopted."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Each reclaimer carries an identity card with a QR code, which buy-back "
                        "centres scan when they weigh the material; the data are used both to "
                        "pay the service fee and to show municipalities how much waste "
                        "reclaimers keep out of landfills. Reclaimers were involved in "
                        "designing the app and the cards from the start. The app works "
                        "offline and synchronises when a phone reaches a network, which "
                        "matters on landfills where coverage is poor, and it is available in "
                        "English, isiXhosa, isiZulu and Oshiwambo."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Botswana and Zambia have sent delegations of pickers and officials, "
                        "and the Southern African Development Community (SADC) has included "
                        "the experience in its work on the circular economy. The United "
                        "Nations Environment Programme (UNEP) cites it in guidance on a just "
                        "transition in waste management. The approach needs no large "
                        "investment: it builds on organisations that reclaimers already have "
                        "and on fees that producers already pay, which makes it suitable for "
                        "many cities of the region where waste picking is widespread."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Formalisation of the informal economy"),
                    Item("Green jobs and the circular economy"),
                    Item("Organising informal workers"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange was presented at the Africa Circular Economy Forum in "
                        "2024. Reclaimers told their own stories in a photo exhibition, "
                        "“Hands that Sort”, shown in Cape Town and Windhoek, and a community "
                        "radio station in Katutura runs a weekly programme on recycling. Both "
                        "organisations speak at council meetings and in schools about "
                        "separating waste at source. Guides are at "
                        "https://ikhwezireclaimers.org.za/exchange and "
                        "www.omuhanga.com.na/guides."
                    ),
                    PageBreak(),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Nomvula Precious Dlamini-Khoza\nChairperson, IRA, Cape Town\n"
                        "Tel: +27 21 465 3390 ext. 214\nCell: 082 417 6630\n"
                        "nomvula@ikhwezireclaimers.org.za"
                    ),
                    Para(
                        "Ms. Ndapewa Shikongo\nCoordinator, Omuhanga Recyclers' Cooperative "
                        "Network, Windhoek\n+264 81 229 5604\nndapewa@omuhanga.com.na"
                    ),
                    Para(
                        "Ms. Hilma Nakale-Amupolo\nDeputy Director: Waste Management, MEFT, "
                        "Windhoek\n+264 61 283 4417\nhnakale@meft.gov.na"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Kagiso Rapetsoa\nGreen Jobs Specialist, ILO Country Office for "
                        "South Africa, Botswana, Eswatini, Lesotho and Namibia, Pretoria\n"
                        "rapetsoa@ilo.org; +27 12 818 8045"
                    ),
                    Para(
                        "Ms. Loide Amutenya\nNational Project Coordinator, ILO, Windhoek\n"
                        "amutenya@ilo.org; +264 61 290 7712"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout5_single_south_africa_namibia.pdf",
        cards=[card],
        body_size=10.0,
        heading_size=11.0,
        title_size=14.0,
        gutter=30.0,
        header="Good Practices in SSTC – Nomination W",
        page_numbers="dash",
    )


CASES: Cases = {
    "batch_latin_america": batch_latin_america,
    "single_egypt_jordan": single_egypt_jordan,
    "single_south_africa_namibia": single_south_africa_namibia,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout5.py"))
