"""Render the held-out nominations to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three nominations the pipeline's authors have not seen, written without reading the
entities code, with hand-written keys in tests/keys/heldout_*.json:

- batch_lac: a compiled batch from Latin America and the Caribbean (cover, contents, running
  header, footer and page numbers) with two lettered cards: A, a Brazil-Mozambique school
  feeding exchange; B, a Cuba-Haiti community health brigade.
- single_morocco_senegal: one unlettered nomination from the Arab States/Africa (vocational
  training twinning) with the labels "Name of nominee:", "Tel:", "Fax number:" and
  "E-mail address:", no Country line, and no link annotations.
- single_indonesia_fiji: one nomination (C) from Asia and the Pacific (reef fisheries) whose
  sections are set in two columns.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout.py [OUTDIR]
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

# ---------------------------------------------------------------- (a) Latin America batch


def card_brazil_mozambique() -> Card:
    return Card(
        letter="A",
        title="Home-Grown School Feeding: Family Farmers Supplying Public Schools in Brazil "
        "and Mozambique",
        toc_title="Home-Grown School Feeding in Brazil and Mozambique",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Helena Cavalcanti Ribeiro, Coordinator for Trilateral Cooperation, "
                "Agência Brasileira de Cooperação (ABC) – Government",
            ),
            Field("Country:", "Brazil"),
            Field("Tel.:", "+55 61 2030-8814 / (61) 99187-4420"),
            Field("E-mail:", "helena.ribeiro@abc.gov.br"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "In 2016 the Agência Brasileira de Cooperação (ABC) and the Ministry "
                        "of Education and Human Development of Mozambique (MINEDH) agreed to "
                        "adapt Brazil's national school feeding programme to the Mozambican "
                        "context.[^1] In the rural districts of Nampula and Zambézia "
                        "provinces, fewer than half of primary pupils received a meal at "
                        "school, and the little food that did arrive was bought from distant "
                        "wholesalers. The initiative links smallholder family farmers to the "
                        "schools of their own district, so that public money spent on school "
                        "meals stays in the local economy and children eat fresh, locally "
                        "grown food."
                    ),
                    Para(
                        "The main challenges were practical. Farmers' associations had no "
                        "experience of public tenders, district education offices had no "
                        "budget line for local purchases, and many schools lacked kitchens "
                        "and storage. Dr. Fernando Macuácua, then national director of school "
                        "health, described the starting point as “a good law with empty "
                        "plates”. Most technical exchanges were organised through the Centre "
                        "of Excellence against Hunger of the World Food Programme (WFP) in "
                        "Brasília, which had already supported similar work in Malawi and "
                        "Côte d'Ivoire."
                    ),
                    Footnote(
                        "1",
                        "Programa Nacional de Alimentação Escolar (PRONAE), created in 2013 and "
                        "piloted in eleven districts from 2016.",
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Agência Brasileira de Cooperação (ABC), Ministry of Foreign Affairs"),
                    Item("National Fund for the Development of Education (FNDE), Brazil"),
                    Item("Ministry of Education and Human Development (MINEDH), Mozambique"),
                    Item("Ministry of Agriculture and Rural Development (MADER), Mozambique"),
                    Item("World Food Programme (WFP) Centre of Excellence against Hunger"),
                    Item("Food and Agriculture Organization of the United Nations (FAO)"),
                    Item("Nampula Provincial Forum of Farmers' Associations (FOPAN)"),
                    Item("Zambezi Centre for Food Policy Research (CEPAZ)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Cooperation was organised as an exchange between peers rather than a "
                        "transfer from donor to recipient. Mozambican district nutritionists "
                        "spent three weeks in municipalities of Bahia and Minas Gerais in "
                        "2017, sitting with Brazilian procurement officers as they prepared "
                        "public calls for family-farm produce. In return, Brazilian extension "
                        "workers learned from Mozambican farmers' associations how cassava "
                        "and sweet potato can be stored for months without refrigeration. "
                        "Each study visit ended with a joint review session (09:00-10:30 on "
                        "the last day) in which both sides wrote down what they would change "
                        "at home."
                    ),
                    Para(
                        "Decisions were taken by a steering committee co-chaired by ABC and "
                        "MINEDH, with WFP and FAO as members without a vote. Mr. Tomé Langa "
                        "Mucavele of MINEDH and Ms. Priscila Andrade Moura of the National "
                        "Fund for the Development of Education (FNDE) met every quarter, "
                        "alternating between Maputo and Brasília, and the shared budget was "
                        "managed under the trilateral agreement signed in 2016."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2016 and 2020 the pilot reached 412 schools and about 186,000 "
                        "pupils in eleven districts. The share of school food bought from "
                        "local family farmers rose from 0% to 38%, and 2,300 farmers, 61% of "
                        "them women, sold produce to schools at least once. An evaluation by "
                        "the Zambezi Centre for Food Policy Research (CEPAZ) in 2019 found that "
                        "attendance in participating schools rose by 9 percentage points and "
                        "that the number of pupils who reported coming to school without "
                        "eating fell by half."
                    ),
                    Subheading("Policy results"),
                    Para(
                        "In 2020 the Government of Mozambique approved a national school "
                        "feeding strategy with a target of 30% of local purchases, a direct "
                        "result of the pilot. The total budget of the initiative was USD 2.5 "
                        "million, of which ABC contributed USD 1.1 million in technical "
                        "cooperation and the Mozambican side the rest in staff, kitchens and "
                        "food. The Ministry of Agriculture and Rural Development (MADER) now "
                        "registers family farmers who supply schools, which gives them access "
                        "to seed credit."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Local purchase is now written into the budget rules of the "
                        "participating districts, so it no longer depends on the project. "
                        "MINEDH has created a school feeding unit with twelve permanent "
                        "staff, trained by FNDE, and the farmers' associations have formed the "
                        "Nampula Provincial Forum of Farmers' Associations (FOPAN), which "
                        "negotiates prices with the district authorities every year. Since "
                        "2021 the meals of the first 200 schools have been paid from the "
                        "national budget, and the World Bank is considering a loan to extend "
                        "the model to Niassa and Cabo Delgado."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The main innovation is a simplified public call, two pages long and "
                        "written in Portuguese and Emakhuwa, that allows farmers' associations "
                        "without formal accounts to sell to schools. A price board developed "
                        "with the Nacala Polytechnic Institute (ISPN) sends the weekly prices "
                        "of 14 crops to farmers' phones by SMS, so that associations can judge "
                        "whether a school's offer is fair. Schools publish their menus a "
                        "month ahead, which lets farmers plan what to plant."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Since 2019 delegations from Guinea-Bissau, São Tomé and Príncipe and "
                        "Angola have visited the pilot districts, and Guinea-Bissau has begun "
                        "a similar programme in the Bafatá region with support from WFP. The "
                        "simplified call has been translated into French for use in Senegal "
                        "and adapted for island schools in Cabo Verde. The International "
                        "Labour Organization (ILO) has documented the pilot as an example of "
                        "decent rural employment created through public procurement."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Food security and nutrition"),
                    Item("Rural employment and family farming"),
                    Item("Education"),
                    Item("Gender equality"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The pilot was presented at the Global Child Nutrition Forum in 2018 "
                        "and 2019 and is documented in a short film in Portuguese with "
                        "English subtitles. Reports, the simplified call and the film are "
                        "available at www.abc.gov.br/alimentacaoescolar and at "
                        "https://www.wfp.org/centre-of-excellence-against-hunger, and a "
                        "booklet for district officers can be ordered from FOPAN. In 2021 the "
                        "experience was also shared with district officers from Malawi at a "
                        "webinar organised by FAO."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Helena Cavalcanti Ribeiro\nCoordinator for Trilateral Cooperation, "
                        "ABC\nE-mail: helena.ribeiro@abc.gov.br\nTel.: +55 61 2030-8814"
                    ),
                    Para(
                        "Mr. Tomé Langa Mucavele\nHead, School Feeding Unit, MINEDH\nE-mail: "
                        "tome.mucavele@minedh.gov.mz\nTel.: +258 21 49 26 00"
                    ),
                    Para(
                        "Ms. Priscila Andrade Moura\nProgramme Officer, FNDE\nE-mail: "
                        "priscila.moura@fnde.gov.br"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Rafael Siqueira Lins, Senior Specialist, South-South and "
                        "Triangular Cooperation, ILO Office for Brazil, lins@ilo.org"
                    ),
                    Para(
                        "Ms. Aurélia Nhantumbo, National Programme Coordinator, ILO Country "
                        "Office for Mozambique, nhantumbo@ilo.org, +258 21 48 15 90"
                    ),
                ],
            ),
        ],
    )


def card_cuba_haiti() -> Card:
    return Card(
        letter="B",
        title="Community Health Brigades for Primary Care in Rural Haiti",
        nominee=[
            Field(
                "Nominee:",
                "Dr. Yamilé Cabrera Fonseca, Director of International Projects, Cuban Centre "
                "for Primary Health Care Cooperation (CECAP) – Government",
            ),
            Field("Country:", "Cuba"),
            Field("Telephone:", "+53 7 838 2514; +53 5 281 6637"),
            Field("Fax:", "+53 7 838 2515"),
            Field("Email:", "y.cabrera@cecap.sld.cu"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Since the earthquake of January 2010, Cuban health professionals have "
                        "worked alongside Haitian doctors, nurses and community health agents "
                        "in the departments of Nord, Nord-Est and Artibonite. In 2014 the "
                        "Cuban Centre for Primary Health Care Cooperation (CECAP) and the "
                        "Ministry of Public Health and Population (MSPP) of Haiti agreed to "
                        "change the nature of that presence: instead of Cuban brigades "
                        "delivering care, mixed brigades would train a new generation of "
                        "Haitian community health workers to run primary care themselves."
                    ),
                    Para(
                        "The challenges were considerable. Rural health posts had no regular "
                        "supply of medicines, cholera was still present, and fewer than one "
                        "doctor in three stayed in a rural post for more than two years. The "
                        "initiative became triangular in 2015, with funding from the Norwegian "
                        "Agency for Development Cooperation (Norad) and the Pan American Health "
                        "Organization (PAHO), and with technical support from the Oswaldo Cruz "
                        "Foundation (Fiocruz) in Brazil for laboratory training."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Cuban Centre for Primary Health Care Cooperation (CECAP)"),
                    Item("Ministry of Public Health and Population (MSPP), Haiti"),
                    Item("Pan American Health Organization (PAHO)"),
                    Item("Norwegian Agency for Development Cooperation (Norad)"),
                    Item("Oswaldo Cruz Foundation (Fiocruz)"),
                    Item("Faculty of Medicine and Pharmacy, State University of Haiti (UEH)"),
                    Item("Association for Community Health in the North (ASCN)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Each brigade joins two Cuban family doctors, one Haitian doctor, two "
                        "nurses and up to ten Haitian community health agents. Brigades decide "
                        "together where to work and share the same living conditions. Haitian "
                        "staff lead consultations in Haitian Creole from the first month, with "
                        "Cuban colleagues as mentors rather than supervisors. Training modules "
                        "were written jointly by teachers of the Latin American School of "
                        "Medicine (ELAM) in Havana and of the State University of Haiti (UEH), "
                        "and 37 Haitian graduates of ELAM now work in the brigades as trainers."
                    ),
                    Para(
                        "Twice a year the brigade coordinators meet in Cap-Haïtien for a review "
                        "week. The morning sessions (08:30–12:00) are chaired alternately by a "
                        "Cuban and a Haitian coordinator, and since 2019 Dr. Wilner "
                        "Dorsainvil, director of primary health care at the MSPP, has closed "
                        "each week with a public report to the departmental health directors. "
                        "Minutes are kept in French and Spanish and shared with all posts "
                        "within a week."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2015 and 2022 the brigades trained 1,140 community health "
                        "agents and 96 auxiliary nurses, who now staff 74 health posts serving "
                        "about 640,000 people. Coverage of childhood vaccination in the "
                        "communes served rose from 52% to 81%, and maternal deaths recorded in "
                        "the network fell by 40% over the period 2015-2019. During the cholera "
                        "resurgence of 2022, brigade posts reported suspected cases to the "
                        "national surveillance system within 24 hours in nine cases out of ten."
                    ),
                    Para(
                        "The total cost was USD 14.6 million over eight years, of which Norad "
                        "provided USD 6 million, PAHO USD 2.2 million and the Cuban side the "
                        "salaries of its professionals. A 2021 review by Dr. Marie-Carmel "
                        "Joseph of the UEH Faculty of Medicine and Pharmacy concluded that the "
                        "cost per consultation was less than a third of that of comparable "
                        "programmes in the region."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The MSPP has brought the community health agents into the civil "
                        "service, and since 2020 their salaries have been paid from the "
                        "national budget. The training curriculum is now taught by the State "
                        "University of Haiti without Cuban staff, and the Association for "
                        "Community Health in the North (ASCN), a Haitian NGO founded by former "
                        "brigade members, manages the medicine supply of 30 posts with support "
                        "from UNICEF. Each post keeps a small revolving fund for essential "
                        "medicines that is audited every year by the departmental directorate."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The brigades use a paper-and-phone referral system: every patient sent "
                        "to a hospital carries a numbered slip, and the hospital sends the "
                        "number back by SMS, so that the health post knows that the patient "
                        "arrived. Mr. Jean-Robert Pierre-Louis, a community health agent in "
                        "Limbé, designed the slip in 2016; it has since been adopted by the "
                        "MSPP for the whole Nord department. A short-wave radio network links "
                        "the posts that have no mobile coverage."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "The model has been discussed with the health ministries of Guyana, "
                        "Belize and the Dominican Republic, and a first mixed brigade started "
                        "work in Timor-Leste in 2023 with Cuban and Timorese staff and two "
                        "Haitian trainers from the network. The Bolivarian Republic of "
                        "Venezuela has asked for the training modules, which are available in "
                        "Spanish, French and Haitian Creole, to be adapted for its Amazonas "
                        "state."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Health and social protection"),
                    Item("Decent work for health workers"),
                    Item("Disaster risk reduction"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The experience was presented at a regional forum on primary health "
                        "care held in Panama in 2019 and is described at "
                        "https://www.paho.org/en/haiti/community-brigades. The brigades "
                        "publish a quarterly newsletter in French and Haitian Creole at "
                        "brigadas-haiti.sld.cu/boletin, and community radio stations in the "
                        "Nord department broadcast a weekly health programme prepared by the "
                        "agents. Posters in every health post explain how the referral slip works."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Dr. Yamilé Cabrera Fonseca, Director of International Projects, "
                        "CECAP\nEmail: y.cabrera@cecap.sld.cu – Tel.: +53 7 838 2514"
                    ),
                    Para(
                        "Dr. Wilner Dorsainvil, Director of Primary Health Care, MSPP\nEmail: "
                        "wdorsainvil@mspp.gouv.ht – Tel.: (+509) 2813-4470"
                    ),
                    Para(
                        "Ms. Nadège Toussaint-Bien-Aimé, Coordinator, ASCN\nEmail: "
                        "ascn.limbe@gmail.com – Mobile: +509 3745 2291"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Esteban Quiroga Paredes, Regional Specialist on Social Protection, "
                        "ILO Regional Office for Latin America and the Caribbean, Lima, "
                        "quiroga@ilo.org, +51 1 615 0300 ext. 214"
                    ),
                    Para(
                        "Ms. Sandrine Étienne, Project Coordinator, Port-au-Prince, etienne@ilo.org"
                    ),
                ],
            ),
        ],
    )


def batch_lac() -> Nomination:
    return Nomination(
        file_name="heldout_batch_lac.pdf",
        metadata_title="Forum on Southern Solutions for Decent Work 2031",
        cover=Cover(
            "Forum on Southern Solutions for Decent Work 2031",
            [
                "Good practices of South-South and triangular cooperation",
                "Nominations from Latin America and the Caribbean",
            ],
        ),
        toc=True,
        header="Southern Solutions Forum 2031 – Latin America and the Caribbean",
        footer="Compiled by the Forum Secretariat",
        page_numbers="dash",
        cards=[card_brazil_mozambique(), card_cuba_haiti()],
    )


# ---------------------------------------------------------------- (b) Morocco-Senegal


def single_morocco_senegal() -> Nomination:
    card = Card(
        letter=None,
        title="Building Skills Together: Moroccan and Senegalese Vocational Training Centres "
        "Twinned for Youth Employment",
        nominee=[
            Field(
                "Name of nominee:",
                "Mr. Youssef El Idrissi Lahlou, Director of International Cooperation, Office "
                "for Vocational Training and Employment Promotion (OFPPT)",
            ),
            Field("Tel:", "+212 5 22 63 41 78 / +212 661 29 84 05"),
            Field("Fax number:", "+212 5 22 63 41 90"),
            Field("E-mail address:", "y.elidrissi@ofppt.ma; cooperation@ofppt.ma"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Youth unemployment in Senegal stood above 20% in 2016, while employers "
                        "in construction, agro-processing and the automotive trades reported "
                        "that they could not find qualified technicians. In the same year the "
                        "Office for Vocational Training and Employment Promotion (OFPPT) of "
                        "Morocco and the Ministry of Employment, Vocational Training and Crafts "
                        "(MEFPA) of Senegal signed a framework agreement to twin Moroccan and "
                        "Senegalese training centres, with the support of the Moroccan Agency "
                        "for International Cooperation (AMCI) and the Islamic Development Bank "
                        "(IsDB)."
                    ),
                    Para(
                        "Each twinning pairs a centre in Casablanca, Tangier or Agadir with a "
                        "centre in Dakar, Thiès or Ziguinchor that teaches the same trade. At "
                        "the start the main obstacles were the gap between the two curricula, "
                        "the lack of workshop equipment in several centres, and the fact that "
                        "certificates were not recognised by employers across the sub-region. "
                        "Ms. Awa Ndiaye Sarr, then director of the Thiès Regional Training "
                        "Centre, also pointed to the need to bring more young women into "
                        "technical trades, where they made up fewer than 10% of trainees."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Para("The twinning brings together public bodies, employers and partners:"),
                    Item(
                        "Office for Vocational Training and Employment Promotion (OFPPT), Morocco"
                    ),
                    Item("Ministry of Employment, Vocational Training and Crafts (MEFPA), Senegal"),
                    Item("Moroccan Agency for International Cooperation (AMCI)"),
                    Item("National Confederation of Employers of Senegal (CNES)"),
                    Item("General Confederation of Moroccan Enterprises (CGEM)"),
                    Item("Islamic Development Bank (IsDB)"),
                    Item("International Labour Organization (ILO)"),
                    Item("International Training Centre of the ILO (ITCILO), Turin"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The twinning is built on reciprocity. Moroccan trainers spend up to "
                        "six weeks in the partner centre in Senegal, but Senegalese trainers "
                        "also teach in Morocco, in particular in solar installation and fish "
                        "processing, where the centres of Dakar and Ziguinchor have more "
                        "experience. Curricula are revised jointly by mixed teams using the "
                        "competency-based approach, and every module is validated by employers "
                        "of both countries. Since 2019 centres in Mauritania, Mali and the "
                        "Gambia have joined the annual meeting of the network as observers."
                    ),
                    Para(
                        "Mr. Ibrahima Faye Diop of the MEFPA and Mr. Karim Tazi Bennani of the "
                        "OFPPT co-chair the Joint Technical Committee, which meets every six "
                        "months, alternately in Rabat and Dakar, to select new pairs of centres "
                        "and to review the exchanges of the previous semester. Employers of the "
                        "CNES and the CGEM take part in every meeting and propose the trades "
                        "in which the shortage of technicians is greatest."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2016 to 2022, 34 pairs of centres were twinned and 1,870 "
                        "Senegalese and 420 Moroccan trainers took part in exchanges. Some "
                        "26,500 young people were trained in the revised programmes, 31% of "
                        "them young women. A tracer study by the Directorate of Vocational "
                        "Training of the MEFPA found that 64% of graduates were employed or "
                        "self-employed one year after graduation, against 41% before the "
                        "twinning. The IsDB financed workshop equipment worth USD 8.4 million, "
                        "and the AMCI granted 300 scholarships for advanced technician courses "
                        "in Morocco."
                    ),
                    Para(
                        "Certificates in six trades are now recognised by both countries, and "
                        "the Economic Community of West African States (ECOWAS) has used the "
                        "twinning as a reference for its regional qualifications framework. "
                        "Graduates can therefore work on either side of the Sahara without new "
                        "examinations, and 280 young Senegalese technicians were hired by "
                        "Moroccan firms in construction and the automotive trades between 2019 "
                        "and 2022."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Twinnings are written into the performance contracts of the centres "
                        "and are financed from the training levies that employers pay in each "
                        "country: through the Fund for the Financing of Vocational and "
                        "Technical Training (3FPT) in Senegal and through the vocational "
                        "training tax in Morocco. Employers' organisations sit on the boards of "
                        "the twinned centres, and the trainers' network, Réseau Atlas des "
                        "Formateurs, keeps trainers in touch between exchanges through an "
                        "online platform and a yearly meeting."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The network introduced “mirror workshops”: a workshop in Dakar and one "
                        "in Casablanca follow the same practical exercise on the same day, "
                        "connected by video, and trainees compare their results at the end of "
                        "the session (10:00-12:30 GMT). The approach was later taken up by the "
                        "African Union Development Agency (AUDA-NEPAD) in its skills "
                        "initiative, and Ms. Fatou Bintou Mbaye, a trainer in welding from "
                        "Ziguinchor, now coordinates mirror workshops between eleven centres."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "In 2022 the OFPPT signed similar agreements with Côte d'Ivoire and "
                        "Burkina Faso, and the vocational training authority of the Democratic "
                        "Republic of the Congo (DRC) has asked to join in 2024. Training "
                        "centres in Tunisia have proposed a triangular arrangement in which "
                        "Tunisian trainers would support the DRC network in the electrical "
                        "trades, with funding from the IsDB. The Joint Technical Committee has "
                        "prepared a guide for new partners in French, Arabic and English."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Youth employment", marker="–"),
                    Item("Skills development and recognition of qualifications", marker="–"),
                    Item("Gender equality in technical trades", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The twinning has been presented at regional meetings on skills in "
                        "Abidjan and Rabat, and it has its own pages at "
                        "www.ofppt.ma/cooperation-sud-sud and https://jumelage-ms.org. A "
                        "documentary, “Two Shores, One Trade”, was broadcast by Radiodiffusion "
                        "Télévision Sénégalaise (RTS) in 2021, and the network publishes a "
                        "newsletter for trainers twice a year. Each centre also presents the "
                        "twinning to its students during its yearly open days."
                    )
                ],
            ),
            Section(
                10,
                "Contact details",
                [
                    Para(
                        "Mr. Youssef El Idrissi Lahlou, Director of International Cooperation, "
                        "OFPPT\nTel: +212 5 22 63 41 78\nE-mail: y.elidrissi@ofppt.ma"
                    ),
                    Para(
                        "Mr. Ibrahima Faye Diop, Technical Adviser, MEFPA\nTel: 00 221 33 869 "
                        "10 10\nE-mail: ibrahima.diop@mefpa.gouv.sn"
                    ),
                    Para(
                        "Ms. Awa Ndiaye Sarr, Coordinator of the twinning network\nTel: (+221) "
                        "77 514 32 08\nE-mail: awa.sarr@jumelage-ms.org"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Khadija Benslimane, Skills and Employability Specialist, ILO "
                        "Decent Work Team for North Africa, Cairo, benslimane@ilo.org, "
                        "+20 2 2735 0123"
                    ),
                    Para(
                        "Mr. Mamadou Lamine Cissé, Senior Specialist on Employment, ILO Decent "
                        "Work Team for West Africa, Dakar, cisse-ml@ilo.org"
                    ),
                    Para(
                        "Mr. Serge Kouassi N'Guessan, Programme Officer, ILO Country Office for "
                        "Côte d'Ivoire, Abidjan, nguessan@ilo.org, (+225) 27 22 44 55 66"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout_single_morocco_senegal.pdf",
        cards=[card],
        link_emails=False,
        link_urls=False,
        page_numbers="page_of",
    )


# ---------------------------------------------------------------- (c) Indonesia-Fiji


def single_indonesia_fiji() -> Nomination:
    card = Card(
        letter="C",
        title="Blue Livelihoods: Indonesian and Fijian Coastal Communities Co-managing Reef "
        "Fisheries",
        nominee=[
            Field(
                "Nominee:",
                "Dr. Ratna Dewi Kusumawati, Head, Centre for Fisheries International "
                "Cooperation, Ministry of Marine Affairs and Fisheries (KKP) – Government",
            ),
            Field("Country:", "Indonesia"),
            Field("Phone:", "+62 21 3528 4417 ext. 1204; +62 812-8876-3391"),
            Field("Email:", "ratna.kusumawati@kkp.go.id"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Reef fisheries feed many thousands of families in the coastal villages "
                        "of eastern Indonesia and of Fiji, but catches have fallen as reefs are "
                        "over-fished and damaged by destructive gear. Since 2015 the Ministry "
                        "of Marine Affairs and Fisheries (KKP) of Indonesia and the Ministry "
                        "of Fisheries of Fiji have run an exchange between fishing communities "
                        "in Maluku and North Sulawesi and villages in the Lau and Kadavu "
                        "provinces, which manage their fishing grounds under customary tenure "
                        "(qoliqoli)."
                    ),
                    Para(
                        "The initiative, Blue Livelihoods, responds to three challenges: the "
                        "lack of reliable catch data, the weak voice of women fish processors "
                        "in fisheries decisions, and the difficulty small communities face in "
                        "enforcing closed areas against outside boats. Ms. Losana Tuidraki of "
                        "the Pacific Community-Based Fisheries Network (PCFN) describes the "
                        "goal as “fish for our grandchildren”. Indonesian partners brought "
                        "their experience of village fishing cooperatives; Fijian partners "
                        "brought a long tradition of customary reef management."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ministry of Marine Affairs and Fisheries (KKP), Indonesia"),
                    Item("Ministry of Fisheries, Fiji"),
                    Item("Southeast Asian Fisheries Development Center (SEAFDEC)"),
                    Item("Pacific Community (SPC)"),
                    Item("University of the South Pacific (USP)"),
                    Item("Pacific Community-Based Fisheries Network (PCFN)"),
                    Item("Ambon State Polytechnic"),
                    Item("Food and Agriculture Organization of the United Nations (FAO)"),
                    Item("Japan International Cooperation Agency (JICA)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Exchanges run both ways. Fijian village fisheries wardens have spent a "
                        "month in Maluku learning how Indonesian fishing cooperatives keep "
                        "catch records and sell collectively, while Indonesian sasi leaders "
                        "and extension officers have lived in villages in Kadavu to learn how "
                        "customary closed seasons are agreed and enforced. Mr. Joni Latuheru, "
                        "a sasi leader from Haruku Island, and Mr. Semi Koroi Naivalu, a warden "
                        "from Kadavu, now run the training together at each exchange."
                    ),
                    Para(
                        "Partners from Papua New Guinea, Solomon Islands and Timor-Leste have "
                        "joined the exchanges since 2018, with co-funding from Japan through "
                        "the Japan International Cooperation Agency (JICA), so the network has "
                        "grown from a bilateral project into a regional community of practice "
                        "that meets every year, in turn in Indonesia and in a Pacific island "
                        "country. Each annual meeting ends with a field day in a host village."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2015 and 2022, 46 villages set up or strengthened community "
                        "fishing areas covering 2,840 km² of reef and lagoon. Monitoring by the "
                        "University of the South Pacific (USP) and by the Aquaculture "
                        "Department of the Southeast Asian Fisheries Development Center "
                        "(SEAFDEC) in Iloilo, Philippines, found that fish biomass inside "
                        "closed areas rose by 35% on average, and household income from "
                        "fishing increased by 18% over the period 2017-2021. In Maluku, 14 "
                        "fishing cooperatives now sell chilled fish to hotels in Ambon under a "
                        "quality label."
                    ),
                    Para(
                        "Women processors, who were absent from fisheries meetings in 2015, now "
                        "hold 40% of the seats on village fisheries committees and run 22 of the "
                        "31 processing groups. The programme "
                        "cost USD 5.3 million, shared between the KKP (USD 2.1 million), the "
                        "Government of Fiji (USD 0.9 million), JICA (USD 1.8 million) and the "
                        "Food and Agriculture Organization of the United Nations (FAO) (USD 0.5 "
                        "million)."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Community fishing areas are recognised in Fiji's inshore fisheries "
                        "management framework and in a Maluku provincial regulation of 2019, "
                        "so they do not depend on project funding. Villages pay their wardens "
                        "from a small levy on fish sales, and the Pacific Community (SPC) has "
                        "included the exchange in its regional coastal fisheries programme for "
                        "2022-2026. Dr. Mereani Kolinisau, coastal fisheries adviser at SPC, "
                        "chairs the panel that admits new villages to the network."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The exchange combines customary knowledge with simple technology: "
                        "catch records are kept on a free mobile application developed with "
                        "students of the Ambon State Polytechnic, and wardens share photographs "
                        "of illegal gear in a messaging group that links both countries. The "
                        "most important innovation is social: women's savings groups in Fiji "
                        "have adopted the Indonesian model of fish-processing cooperatives, and "
                        "Indonesian villages have adopted the Fijian practice of a village "
                        "council vote before a reef is reopened."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "The approach has been presented to fisheries authorities in Vanuatu, "
                        "Kiribati and Lao PDR, where the Department of Livestock and Fisheries "
                        "wants to apply community closed areas to inland fisheries of the "
                        "Mekong. A guide for replication in English, Bahasa Indonesia and "
                        "Fijian is available at www.blue-livelihoods.net/guide, with checklists "
                        "for the first village meeting, the mapping of fishing grounds and the "
                        "election of wardens."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Sustainable livelihoods in coastal communities"),
                    Item("Women's economic empowerment"),
                    Item("Climate change adaptation"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The exchange featured at the Our Ocean Conference in Bali in 2018 and "
                        "at a side event of the UN Ocean Conference in Lisbon, Portugal, in "
                        "2022. Short films made by young people of the villages are published "
                        "at http://www.kkp.go.id/blue-livelihoods, and village radio stations "
                        "in Kadavu broadcast a monthly programme in Fijian on the closed areas "
                        "and on fish prices."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Dr. Ratna Dewi Kusumawati, Head, Centre for Fisheries International "
                        "Cooperation, KKP; ratna.kusumawati@kkp.go.id; +62 21 3528 4417 ext. "
                        "1204"
                    ),
                    Para(
                        "Mr. Viliame Ravuvu Tabua, Director of Inshore Fisheries, Ministry of "
                        "Fisheries, Fiji; viliame.tabua@fisheries.gov.fj; +679 330 1611"
                    ),
                    Para(
                        "Ms. Losana Tuidraki, Coordinator, PCFN; losana@pcfn.org.fj; +679 992 4471"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Maricel Santos-Villanueva, Programme Officer, ILO Country Office "
                        "for the Philippines, Manila; santos-villanueva@ilo.org; "
                        "+63-2-85278002 ext. 5"
                    ),
                    Para(
                        "Mr. Arif Wibowo Santoso, National Project Coordinator, ILO Jakarta "
                        "Office; wibowo@ilo.org; +62 21 3913 1120"
                    ),
                    Para(
                        "Ms. Salote Vunibola, Fisheries Work Specialist, ILO Office for Pacific "
                        "Island Countries, Suva; vunibola@ilo.org"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout_single_indonesia_fiji.pdf",
        cards=[card],
        header="Blue Livelihoods – Nomination",
        page_numbers="plain",
    )


CASES: Cases = {
    "batch_lac": batch_lac,
    "single_morocco_senegal": single_morocco_senegal,
    "single_indonesia_fiji": single_indonesia_fiji,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout.py"))
