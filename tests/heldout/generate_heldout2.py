"""Render the second held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline, with hand-written keys in tests/keys/heldout2_*.json:

- batch_africa: a compiled batch from Africa and the Arab States (cover, contents, running
  header, footer and page number on one line) with two lettered cards: D, an Ethiopia-Kenya
  cross-border animal health exchange; E, a Tunisia-Mauritania social security scheme for
  artisanal fishers (with a Fax line).
- single_vietnam_laos: one unlettered nomination from Asia (pesticide safety field schools)
  with the labels "Nominee name:", "Nominating organisation:", "Phone:" and "Email:", bold
  labels, and no link annotations on web addresses.
- single_bangladesh_india: one nomination (F) from South Asia (women solar technicians) whose
  sections are set in two columns, with a footnote, headings larger but not bold, and a
  footer with "Page N of M".

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout2.py [OUTDIR]
(default tests/fixtures/heldout). The output bytes are deterministic.
"""

from __future__ import annotations

import sys

from heldout_common import (
    ACHIEVEMENTS,
    DESCRIPTION,
    PUA_BULLET,
    PUA_SQUARE,
    REPLICABILITY,
    SYMBOL_BULLET,
    Card,
    Cases,
    ColumnBreak,
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

# ---------------------------------------------------------------- (a) Africa batch


def card_ethiopia_kenya() -> Card:
    return Card(
        letter="D",
        title="Cross-Border Community Animal Health Workers for Pastoralists of Ethiopia and Kenya",
        toc_title="Cross-Border Animal Health Workers, Ethiopia and Kenya",
        nominee=[
            Field(
                "Nominee:",
                "Dr. Tigist Alemayehu Worku, Director of Livestock Development, Ministry of "
                "Agriculture (MoA), Ethiopia – Government",
            ),
            Field("Country:", "Ethiopia"),
            Field("Tel.:", "+251 11 646 2310 / 0911 345 872"),
            Field("E-mail:", "tigist.worku@moa.gov.et"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Pastoralist families in the Borana zone of the Oromia region of "
                        "Ethiopia and in Marsabit County of Kenya move their herds across the "
                        "border with the seasons, following water and grazing. Until recently, "
                        "animals that fell sick on the move were out of reach of veterinary "
                        "services on either side, and outbreaks of peste des petits ruminants "
                        "spread along the routes faster than vaccination teams could follow. In "
                        "2017 the Ministry of Agriculture (MoA) of Ethiopia and the Ministry of "
                        "Agriculture, Livestock, Fisheries and Cooperatives (MoALFC) of Kenya "
                        "agreed to train community animal health workers who serve herds "
                        "wherever they are, with the same skills, kits and records on both "
                        "sides of the Moyale crossing."
                    ),
                    Para(
                        "The initiative is coordinated by the IGAD Centre for Pastoral Areas and "
                        "Livestock Development (ICPALD), a specialised institution of the "
                        "Intergovernmental Authority on Development (IGAD) based in Nairobi, "
                        "with technical support from Éleveurs Solidaires de la Corne (ESC), a "
                        "French-Ethiopian NGO. The main challenges at the start were the "
                        "different rules of the two veterinary boards, the lack of a cold chain "
                        "beyond the main towns, and the low literacy of many candidates. Ms. "
                        "Halima Adan Guyo, a herder from Sololo, summed up the case for working "
                        "together: “a sick camel does not carry a passport”."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ministry of Agriculture (MoA), Ethiopia"),
                    Item(
                        "Ministry of Agriculture, Livestock, Fisheries and Cooperatives "
                        "(MoALFC), Kenya"
                    ),
                    Item("IGAD Centre for Pastoral Areas and Livestock Development (ICPALD)"),
                    Item("Kenya Veterinary Board (KVB)"),
                    Item("Marsabit County Government"),
                    Item("Éleveurs Solidaires de la Corne (ESC), Addis Ababa and Lyon"),
                    Item("Yabelo Pastoral Training Institute"),
                    Item("Haramaya University"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The two countries train their community animal health workers together "
                        "rather than one training the other. Courses alternate between the "
                        "Yabelo Pastoral Training Institute in Ethiopia and the livestock "
                        "training centre in Marsabit town, and each class mixes Ethiopian and "
                        "Kenyan trainees who use the same routes. Ethiopian trainers bring long "
                        "experience of camel health, while Kenyan trainers teach the use of "
                        "mobile phones for disease reporting. Trainees learn in Afaan Oromo, "
                        "which herders on both sides speak, and the manual is printed in Afaan "
                        "Oromo, Amharic, Swahili and English."
                    ),
                    Para(
                        "Mr. Galgallo Boru Jillo, County Director of Veterinary Services in "
                        "Marsabit, and Dr. Tigist Alemayehu Worku of the MoA chair a joint "
                        "technical group that meets twice a year, in Hawassa or in Isiolo, to "
                        "agree on vaccination calendars. Veterinary officers of the two "
                        "countries run joint campaigns at the water points of the Dida "
                        "Hara-Dillo corridor, starting at 06:30 before the herds leave for "
                        "grazing, and share one register of vaccinated herds."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2017 and 2023 the programme trained and certified 640 community "
                        "animal health workers, 212 of them women, who now serve about 1.1 "
                        "million animals in eleven districts. Vaccination coverage against peste "
                        "des petits ruminants in the cross-border area rose from 31% to 78%, and "
                        "livestock deaths reported by herders fell by 40% over the period "
                        "2018-2022. Disease reports now reach the district veterinary offices "
                        "within 48 hours in most cases, compared with three weeks before."
                    ),
                    Subheading("Income and employment"),
                    Para(
                        "Each certified worker earns a living from fees paid by herders for "
                        "treatment and from a commission on veterinary medicines, which are "
                        "bought in bulk through a revolving fund of ETB 3.2 million and KES 18 "
                        "million. An assessment by the Kenya Agricultural and Livestock Research "
                        "Organization (KALRO) in 2022 found that the average worker earned USD "
                        "95 a month, more than a casual labourer in Moyale. The total cost of the "
                        "initiative from 2017 to 2023 was USD 4.6 million, of which the European "
                        "Union contributed USD 2.8 million through IGAD."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "In 2021 the Kenya Veterinary Board (KVB) and Ethiopia's Veterinary Drug "
                        "and Animal Feed Administration and Control Authority (VDFACA) "
                        "recognised the joint certificate, so that certified workers can "
                        "practise legally on both sides of the border. Marsabit County has "
                        "created 40 posts for animal health assistants in its budget, and the "
                        "revolving fund is now managed by the workers' own Borana Cross-Border "
                        "Animal Health Association (BCAHA), which charges a small yearly fee. "
                        "IGAD has included the model in its regional strategy on transboundary "
                        "animal diseases for 2023-2027."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Each worker carries a phone with a simple reporting form: a photograph "
                        "of the sick animal, its symptoms and the GPS position of the herd are "
                        "sent to both district offices at once. When the signal is weak, the "
                        "form falls back to SMS, and advice comes back within hours. Vaccinated "
                        "animals receive an ear tag that both countries read with the same "
                        "scanner, so that a herd vaccinated in Kenya is not vaccinated again in "
                        "Ethiopia. The ICT tools were developed with students of Haramaya "
                        "University."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "The approach has been presented to the veterinary services of Uganda, "
                        "South Sudan and the Sudan, which share cross-border grazing routes in "
                        "the Karamoja cluster, and in 2023 the regional government of the "
                        "Somali Region of Ethiopia asked to join. The World Organisation for "
                        "Animal Health (WOAH, founded as OIE) has cited the programme in its "
                        "guidance on community animal health workers, and a first course for "
                        "Ugandan and South Sudanese trainees took place in Moroto, Uganda, in "
                        "2024."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Rural livelihoods and decent work in pastoral areas", marker="–"),
                    Item("Animal health and food security", marker="–"),
                    Item("Cross-border cooperation", marker="–"),
                    Item("Women's employment", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The programme was presented at the Africa Animal Health Forum in "
                        "Kigali in 2022 and is described in a radio series in Afaan Oromo "
                        "broadcast by community stations in Moyale and Yabelo. The manual, the "
                        "joint certificate and the reporting form can be downloaded from "
                        "portal.moa.gov.et/resources and from https://www.cross-border-cahw.org, "
                        "and news of the joint campaigns is posted at "
                        "www.marsabit.go.ke/livestock. A short film, “Herds Without Borders”, "
                        "was made in 2021 with support from the European Union."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Dr. Tigist Alemayehu Worku\nDirector of Livestock Development, MoA\n"
                        "E-mail: tigist.worku@moa.gov.et\nTel.: +251 11 646 2310"
                    ),
                    Para(
                        "Mr. Galgallo Boru Jillo\nCounty Director of Veterinary Services, "
                        "Marsabit County Government\nE-mail: g.jillo@marsabit.go.ke\n"
                        "Mobile: +254 722 483 917"
                    ),
                    Para(
                        "Ms. Halima Adan Guyo\nChairperson, BCAHA\nE-mail: "
                        "bcaha.moyale@gmail.com\nMobile: +251 91 622 0458 / +254 711 902 364"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Dawit Gebremedhin Tesfaye, National Project Coordinator, ILO "
                        "Country Office for Ethiopia, Djibouti, Somalia, Sudan and South Sudan, "
                        "Addis Ababa, gebremedhin@ilo.org, +251 11 553 7218"
                    ),
                    Para(
                        "Ms. Wambui Njeri Kariuki, Rural Economy Specialist, ILO Decent Work "
                        "Team for Eastern and Southern Africa, Pretoria, kariuki-w@ilo.org"
                    ),
                ],
            ),
        ],
    )


def card_tunisia_mauritania() -> Card:
    return Card(
        letter="E",
        title="Social Security for Artisanal Fishers: Tunisia and Mauritania Sharing a "
        "Registration Model",
        nominee=[
            Field(
                "Nominee:",
                "Mr. Slim Ben Hadj Kacem, Director of International Relations, National Social "
                "Security Fund (CNSS), Tunisia – Government",
            ),
            Field("Country:", "Tunisia"),
            Field("Telephone:", "+216 71 792 440 (poste 312); +216 98 417 265"),
            Field("Fax:", "+216 71 792 455"),
            Field("Email:", "s.benhadjkacem@cnss.tn"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Artisanal fishers make up most of the fishing workforce of Tunisia and "
                        "Mauritania, yet until recently few of them were covered by social "
                        "security. Their income varies with the season and the catch, many work "
                        "as crew without a written contract, and the offices of the social "
                        "security funds are far from the landing sites. In 2018 Tunisia's "
                        "National Social Security Fund (CNSS) and Mauritania's National Health "
                        "Insurance Fund (CNAM), together with the Ministry of Fisheries and "
                        "Maritime Economy (MPEM), agreed to adapt the simplified registration "
                        "scheme that Tunisia had introduced for the fishers of the Gulf of Gabès."
                    ),
                    Para(
                        "The initiative became triangular in 2019 with support from the Spanish "
                        "Agency for International Development Cooperation (AECID) and technical "
                        "advice from the International Social Security Association (ISSA). The "
                        "main obstacles were the lack of identity documents among migrant crew, "
                        "the distrust of fishers towards public institutions, and contribution "
                        "rules designed for salaried workers. Ms. Mariem Mint Ahmed Vall, "
                        "Regional Programme Officer of Jemaa Ehl El Bahr (JEB), the fishers' "
                        "association of Nouadhibou (formerly Port-Étienne), insisted from the "
                        "start that “a fisher pays when the boat comes back, not at the end of "
                        "the month”."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("National Social Security Fund (CNSS), Tunisia", marker=SYMBOL_BULLET),
                    Item("National Health Insurance Fund (CNAM), Mauritania", marker=SYMBOL_BULLET),
                    Item(
                        "Ministry of Fisheries and Maritime Economy (MPEM), Mauritania",
                        marker=SYMBOL_BULLET,
                    ),
                    Item("Ministry of Social Affairs, Tunisia", marker=SYMBOL_BULLET),
                    Item(
                        "Union Tunisienne de l'Agriculture et de la Pêche (UTAP)",
                        marker=SYMBOL_BULLET,
                    ),
                    Item("Jemaa Ehl El Bahr (JEB), Nouadhibou", marker=SYMBOL_BULLET),
                    Item(
                        "Spanish Agency for International Development Cooperation (AECID)",
                        marker=SYMBOL_BULLET,
                    ),
                    Item("International Social Security Association (ISSA)", marker=SYMBOL_BULLET),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange rests on the experience of fishers' organisations on both "
                        "sides. Tunisian fishers' representatives of the UTAP visited the "
                        "landing sites of Nouadhibou and Nouakchott in 2019, and Mauritanian "
                        "fishers spent two weeks in Sfax and on the Kerkennah Islands the "
                        "following year. The learning went both ways: Tunisian officials saw "
                        "how Mauritanian fish buyers pay crews by mobile money, and now use the "
                        "same channel to collect contributions in the south of Tunisia."
                    ),
                    Para(
                        "A joint working group led by Mr. Slim Ben Hadj Kacem of the CNSS and "
                        "Mr. Isselmou Ould Mohamed Lemine of the CNAM meets every four months, "
                        "alternately in Tunis and Nouakchott, and reports to the directors "
                        "general of both funds. The Tunisian side shared its registration "
                        "software free of charge, and the Mauritanian side adapted the screens "
                        "to Hassaniya Arabic and French so that fishers can read them at the "
                        "landing site."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2018 and 2023 the number of artisanal fishers registered with "
                        "the CNAM rose from about 2,100 to 19,400, and 6,800 of them also joined "
                        "the pension scheme. In Tunisia, coverage of fishers in the governorates "
                        "of Sfax, Gabès and Médenine rose from 38% to 71% over the same period. "
                        "Fishers pay a flat contribution of MRU 250 a quarter in Mauritania, "
                        "collected at the landing site on the day the boats return, and TND 45 a "
                        "month in Tunisia."
                    ),
                    Para(
                        "Women who process and sell fish, most of them in the informal economy, "
                        "were brought into the scheme from 2021: 3,150 women in Nouadhibou and "
                        "1,900 in Sfax are now covered for health care and maternity. The total "
                        "budget was EUR 3.9 million, of which AECID provided EUR 2.4 million and "
                        "the two funds the rest in staff time and equipment."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Registration of fishers is now part of the regular work of both funds. "
                        "The CNAM has opened permanent offices at the fishing ports of "
                        "Nouadhibou and Nouakchott, and in Tunisia the scheme is written into a "
                        "2022 decree on the social coverage of workers in agriculture and "
                        "fishing. Contributions are deducted by the fish auction halls from the "
                        "sale price, so the system does not depend on donor funds. In 2023 the "
                        "International Labour Organization (ILO) used the scheme in a regional "
                        "course on social protection for fishers held in Dakar, Senegal."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The model relies on three simple tools. Fishers register with a "
                        "photograph and a fingerprint on a tablet at the landing site, even "
                        "without an identity card; contributions can be paid by mobile money or "
                        "in cash at the auction hall; and fishers receive an SMS each time a "
                        "payment is recorded. A PDF membership card is printed on the spot. "
                        "Boat owners, crew and fish processors are all registered, and a crew "
                        "member keeps his rights when he changes boats."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Social security institutions of Guinea, Sierra Leone and Liberia "
                        "visited Nouadhibou in 2023, and Equatorial Guinea has asked for the "
                        "registration software. In the Niger, the social security fund is "
                        "studying the model for inland fishers working on the Niger River and "
                        "on Lake Chad. The Arab Maghreb Union (UMA) has proposed to extend the "
                        "exchange to Libya and Algeria, and the ISSA has included the "
                        "Mauritanian scheme in its database of good practices."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Social protection for workers in the informal economy"),
                    Item("Decent work in fisheries"),
                    Item("Gender equality"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The scheme was presented at the ISSA World Social Security Forum in "
                        "Marrakech in 2023 and is described at https://www.cnss.tn/pecheurs and "
                        "at www.cnam.mr/peche-artisanale. A guide for fishers in Arabic and "
                        "French, with drawings, is handed out at landing sites, and a video made "
                        "by young fishers of Nouadhibou has been watched more than 40,000 times. "
                        "Radio Mauritanie broadcasts a weekly programme on social protection for "
                        "fishers, prepared with JEB."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mr. Slim Ben Hadj Kacem, Director of International Relations, CNSS, "
                        "s.benhadjkacem@cnss.tn, +216 71 792 440 (poste 312)"
                    ),
                    Para(
                        "Mr. Isselmou Ould Mohamed Lemine, Head of the Informal Sector Unit, "
                        "CNAM, i.mohamedlemine@cnam.mr, (+222) 45 25 31 68"
                    ),
                    Para(
                        "Ms. Mariem Mint Ahmed Vall\nRegional Programme Officer, JEB\n"
                        "mariem.vall@jeb-nouadhibou.org\n+222 36 41 27 90"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Ines Trabelsi Gharbi, Social Protection Specialist, ILO Country "
                        "Office for the Maghreb Countries, Algiers, trabelsi@ilo.org, "
                        "+213 21 74 58 36"
                    ),
                    Para(
                        "Mr. Óscar Villalba Ruiz, Technical Officer, Social Protection "
                        "Department, Geneva, villalba@ilo.org, +41 22 730 4418"
                    ),
                ],
            ),
        ],
    )


def batch_africa() -> Nomination:
    return Nomination(
        file_name="heldout2_batch_africa.pdf",
        metadata_title="South-South Good Practices Review 2032",
        cover=Cover(
            "South-South Good Practices Review 2032",
            [
                "Good practices of South-South and triangular cooperation",
                "Nominations from Africa and the Arab States",
            ],
        ),
        toc=True,
        toc_title="Table of contents",
        header="Good Practices Review 2032 – Africa and the Arab States",
        footer="Nominations received by 30 September 2032",
        page_numbers="plain",
        footer_with_number=True,
        cards=[card_ethiopia_kenya(), card_tunisia_mauritania()],
    )


# ---------------------------------------------------------------- (b) Viet Nam-Lao PDR


def single_vietnam_laos() -> Nomination:
    card = Card(
        letter=None,
        title="Safe Hands in the Fields: Farmers of Viet Nam and the Lao People's Democratic "
        "Republic Preventing Pesticide Poisoning",
        nominee=[
            Field(
                "Nominee name:",
                "Ms. Phan Thi Thu Trang, Deputy Head, International Cooperation Department",
            ),
            Field("Nominating organisation:", "Viet Nam Farmers' Union (VNFU)"),
            Field("Country:", "Viet Nam"),
            Field("Phone:", "+84 24 3845 7219, 0912 664 318"),
            Field("Email:", "trang.pt@vnfu.org.vn, safehands@vnfu.org.vn"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Smallholder farmers in the coffee and vegetable districts of the "
                        "Central Highlands of Viet Nam and in the provinces of southern Lao PDR "
                        "use growing amounts of pesticides, often without gloves, masks or "
                        "training. Poisoning cases are under-reported, and many of the products "
                        "sold at village markets are banned or relabelled. In 2018 the Viet Nam "
                        "Farmers' Union (VNFU) and the Lao Farmers' Association for Development "
                        "(Samakhom Kasikon Phatthana, SKP) agreed to adapt the farmer field "
                        "schools that Vietnamese farmers had used against pesticide misuse to "
                        "the conditions of Champasak, Salavan and Attapeu provinces."
                    ),
                    Para(
                        "The initiative was prepared with the Ministry of Labour, Invalids and "
                        "Social Affairs (MOLISA) of Viet Nam and the Ministry of Labour and "
                        "Social Welfare (MoLSW) of the Lao PDR, which are responsible for "
                        "occupational safety and health, and it is co-financed by the Republic "
                        "of Korea through the Korea International Cooperation Agency (KOICA). "
                        "The main challenges were the language barrier, since few trainers "
                        "spoke both Lao and Vietnamese, the lack of data on poisoning, and the "
                        "pressure of pesticide dealers, who often sell to farmers on credit."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Para("The initiative is run by farmers' organisations with these partners:"),
                    Item("Viet Nam Farmers' Union (VNFU)"),
                    Item(
                        "Lao Farmers' Association for Development (Samakhom Kasikon Phatthana, SKP)"
                    ),
                    Item("Ministry of Labour, Invalids and Social Affairs (MOLISA), Viet Nam"),
                    Item("Ministry of Labour and Social Welfare (MoLSW), Lao PDR"),
                    Item("Ministry of Agriculture and Forestry (MAF), Lao PDR"),
                    Item(
                        "Plant Protection Department, Ministry of Agriculture and Rural "
                        "Development, Viet Nam"
                    ),
                    Item("Korea International Cooperation Agency (KOICA)"),
                    Item("Mekong Institute, Khon Kaen"),
                    Item("World Health Organization (WHO)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The method is shared from farmer to farmer. Vietnamese farmer trainers "
                        "from Đắk Lắk and Lâm Đồng spent a full cropping season in villages of "
                        "Champasak, where each ran a field school with a Lao co-trainer; in "
                        "return, Lao trainers spent a season in Viet Nam and brought back ideas "
                        "on organic coffee and group marketing. The field schools meet once a "
                        "week from 07:30 to 10:00, before the heat of the day, and each season "
                        "ends with a farmers' fair where the groups compare yields and costs."
                    ),
                    Para(
                        "Ms. Phan Thi Thu Trang of the VNFU and Mr. Souksavanh Inthalath, "
                        "President of the SKP, co-chair the steering committee. A joint team of "
                        "the MOLISA and the MoLSW checks each year that the training follows "
                        "the Safety and Health in Agriculture Convention, 2001 (No. 184), which "
                        "both countries use as a common reference, and the WHO advises on the "
                        "recording of poisoning cases in the district hospitals."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2018 to 2024, 186 field schools trained 5,270 farmers, 48% of them "
                        "women, in 64 villages of southern Lao PDR and 41 communes of the Central "
                        "Highlands. Farmers who attended cut their pesticide spending by 37% on "
                        "average with the same yields, and self-reported poisoning symptoms fell "
                        "from 22% to 6% of households over the period 2019-2023. In Salavan, the "
                        "provincial health office and the district hospitals now keep a common "
                        "register, which recorded 312 poisoning cases in 2019 and 97 in 2023."
                    ),
                    Para(
                        "The initiative cost USD 3.4 million, of which KOICA provided USD 2.3 "
                        "million, the VNFU VND 9.5 billion and the Lao government staff time and "
                        "training venues. A study by the Faculty of Agriculture of the National "
                        "University of Laos found in 2023 that 71% of trained farmers still used "
                        "protective equipment two years after their field school, against 15% "
                        "of their neighbours."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The field school curriculum has been adopted by the agricultural "
                        "extension services of Champasak and Salavan provinces, and the MAF has "
                        "included it in its national plan for clean agriculture for 2021-2025. "
                        "Trained farmers pay a small fee to their village group, which buys "
                        "protective equipment in bulk from a supplier approved by the MAF. "
                        "Pesticide dealers in three districts have signed a code of conduct "
                        "with the SKP, and the MoLSW has appointed 18 occupational safety "
                        "officers in the provinces covered."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Farmers identify banned products with a free mobile application that "
                        "reads the label and warns, in Lao or Vietnamese, when a product is not "
                        "registered; in villages without mobile data the same list is printed as "
                        "a colour chart. Empty containers are collected at 210 village points "
                        "and taken to a licensed incinerator near Pakse. The field schools also "
                        "train women as village health volunteers, who record poisoning "
                        "symptoms and report them by SMS to the district hospital."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Delegations from Cambodia, Myanmar and Thailand have visited the field "
                        "schools, and the Kingdom of Cambodia has started a pilot in Ratanakiri "
                        "province with the support of the Mekong Institute. The two unions have "
                        "also taken the method to Lao Cai, a Vietnamese province on the border "
                        "with China where many growers are Hmong, and the trainers' guide has "
                        "been translated into Hmong and Khmer. Farmers from Ba Ria-Vung Tau are "
                        "preparing the first field schools for pepper growers in 2025."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Occupational safety and health in agriculture", marker="a)", indent=0),
                    Item("Rural employment and farmers' organisations", marker="b)", indent=0),
                    Item("Women's health", marker="c)", indent=0),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The initiative was presented at the ASEAN Occupational Safety and "
                        "Health Network (ASEAN-OSHNET) conference in Bangkok in 2022 and at the "
                        "World Congress on Safety and Health at Work in Sydney, Australia, in "
                        "2023. Material in Lao, Vietnamese and English is available at "
                        "https://safehands-mekong.org/tai-lieu and at www.vnfu.org.vn/safehands, "
                        "and printed booklets can be requested from the SKP office in Pakse. A "
                        "song about gloves and masks by a farmer from Buôn Ma Thuột was played "
                        "on local radio throughout 2021."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Phan Thi Thu Trang\nDeputy Head, International Cooperation "
                        "Department, VNFU\nPhone: +84 24 3845 7219\nEmail: trang.pt@vnfu.org.vn"
                    ),
                    Para(
                        "Mr. Souksavanh Inthalath, President, SKP, Pakse, "
                        "souksavanh@skp-laos.org, +856 31 212 846"
                    ),
                    Para(
                        "Ms. Vilayvanh Keopaseuth Phommachanh\nDirector, Occupational Safety "
                        "and Health Division, MoLSW\nPhone: +856 21 213 774, +856 20 5562 9184\n"
                        "Email: vilayvanh.k@molsw.gov.la"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Đỗ Minh Khoa, National Programme Officer, ILO Country Office for "
                        "Viet Nam, Hà Nội, khoa@ilo.org, +84 24 3942 6617"
                    ),
                    Para(
                        "Ms. Anousone Chanthavong, Programme Coordinator, ILO Liaison Office for "
                        "Lao PDR, Vientiane, chanthavong@ilo.org"
                    ),
                    Para(
                        "Ms. Kang Ji-won, Senior Specialist on Occupational Safety and Health, "
                        "ILO Decent Work Team for East and South-East Asia and the Pacific, "
                        "Bangkok, kangj@ilo.org, +66 2 611 9384"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout2_single_vietnam_laos.pdf",
        cards=[card],
        link_urls=False,
        label_bold=True,
        body_size=10.5,
        title_size=15.0,
        page_numbers="page",
    )


# ---------------------------------------------------------------- (c) Bangladesh-India


def single_bangladesh_india() -> Nomination:
    card = Card(
        letter="F",
        title="Women Solar Technicians Lighting Coastal Villages of Bangladesh and India",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Nasrin Akter Chowdhury, Deputy Managing Director, Palli Karma-Sahayak "
                "Foundation (PKSF) – Government",
            ),
            Field("Country:", "Bangladesh"),
            Field("Telephone:", "+880 2 4101 2345; +880 1711-562984"),
            Field("E-mail:", "nasrin.chowdhury@pksf.org.bd"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Many villages in the coastal districts of Bangladesh and in the "
                        "Sundarbans area of West Bengal, India, are not connected to the grid, "
                        "and the solar home systems sold there often stop working when a "
                        "battery or a controller fails, because no one nearby can repair them. "
                        "Since 2019 the Palli Karma-Sahayak Foundation (PKSF) of Bangladesh and "
                        "the National Institute of Solar Energy (NISE) of India have trained "
                        "women from these villages as solar technicians who install, maintain "
                        "and repair systems in their own communities.[^1]"
                    ),
                    Footnote(
                        "1",
                        "PKSF was set up by the Government of Bangladesh in 1990; NISE is an "
                        "autonomous institute of the Ministry of New and Renewable Energy "
                        "(MNRE) in Gurugram.",
                    ),
                    Para(
                        "The exchange is supported by the Deutsche Gesellschaft für "
                        "Internationale Zusammenarbeit (GIZ) on behalf of the Federal Ministry "
                        "for Economic Cooperation and Development (BMZ), with funding from "
                        "Germany. The main challenges were social as much as technical: "
                        "families were reluctant to let women travel, many trainees had left "
                        "school early, and spare parts were hard to find outside Khulna and "
                        "Kolkata. Ms. Shefali Rani Mondal, a technician from Shyamnagar, "
                        "remembers that “the first repair I did was on my own roof”."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Palli Karma-Sahayak Foundation (PKSF), Bangladesh", marker=PUA_BULLET),
                    Item("National Institute of Solar Energy (NISE), India", marker=PUA_BULLET),
                    Item(
                        "Ministry of Power, Energy and Mineral Resources, Bangladesh",
                        marker=PUA_BULLET,
                    ),
                    Item(
                        "Sustainable and Renewable Energy Development Authority (SREDA), "
                        "Bangladesh",
                        marker=PUA_BULLET,
                    ),
                    Item(
                        "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
                        marker=PUA_BULLET,
                    ),
                    Item("Alo Jwalo Nari Samity (AJNS), Satkhira", marker=PUA_BULLET),
                    Item("Surya Sakhi Trust, Kolkata", marker=PUA_BULLET),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Training takes place in both countries and in both directions. The "
                        "first Bangladeshi trainees went to NISE in Gurugram in 2019, but since "
                        "2021 most courses have been held in the delta itself, alternating "
                        "between the centre of the Surya Sakhi Trust in Gosaba and the "
                        "workshop of the Alo Jwalo Nari Samity (AJNS) in Shyamnagar, so that "
                        "trainees can go home at weekends. Trainers of the two countries teach "
                        "together in Bangla, which is spoken on both sides of the border."
                    ),
                    Para(
                        "Dr. Arnab Kumar Ghoshal of NISE and Ms. Nasrin Akter Chowdhury of the "
                        "PKSF chair a joint committee that sets the curriculum and the exams "
                        "and meets twice a year, once on each side of the border. "
                        "Every technician who passes the exam trains the next group with an "
                        "experienced trainer, so that the number of trainers grows with each "
                        "course and the exchange needs fewer visits from Gurugram."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2019 to 2024, 418 women were trained, 236 from Bangladesh and 182 "
                        "from India, and 361 of them work in the trade. They have installed or "
                        "repaired systems in about 27,000 homes, 140 schools and 65 health "
                        "posts. A survey by the Indian Institute of Technology Kharagpur in "
                        "2023 found that technicians earn INR 9,500 or BDT 12,000 a month on "
                        "average, and that 92% of the systems they repaired were still working "
                        "a year later."
                    ),
                    Para(
                        "The programme cost EUR 2.7 million, of which GIZ provided EUR 1.6 "
                        "million and the PKSF BDT 95 million in loans and training; the rest "
                        "came from the Indian partners in staff time and workshop space. "
                        "Households with a working system save about 30 litres of kerosene a "
                        "year, children can study after dark, and health posts can now keep "
                        "vaccines cold overnight."
                    ),
                    ColumnBreak(),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Technicians are organised in village enterprises that sell spare "
                        "parts and charge for repairs. The PKSF lends to them through its "
                        "partner organisations, and since 2023 the Sustainable and Renewable "
                        "Energy Development Authority (SREDA) has listed them as approved "
                        "service providers for the national solar programme. On the Indian "
                        "side, the West Bengal Renewable Energy Development Agency (WBREDA) "
                        "pays technicians of the Surya Sakhi Trust for the upkeep of 80 school "
                        "systems."
                    )
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Faults are found with a pocket tester that shows a colour code "
                        "instead of numbers, and a technician in doubt sends a photograph of "
                        "the controller by SMS to a senior technician. Each system carries a QR "
                        "code that links to its repair history, and the enterprises offer LED "
                        "lamps and USB chargers for rent. Logbooks are kept in Bangla, and the "
                        "toolkit was redesigned for smaller hands."
                    )
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Women from Nepal, Bhutan and the Maldives joined the 2023 course as "
                        "observers, and the Sri Lanka Sustainable Energy Authority (SLSEA) has "
                        "asked for a course in the fishing villages near Jaffna. A new course "
                        "opened in Cox's Bazar in 2024, and the Ministry of Power, Energy and "
                        "Mineral Resources plans to add the training to its programme for "
                        "off-grid islands."
                    )
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Green jobs for women", marker=PUA_SQUARE),
                    Item("Access to energy", marker=PUA_SQUARE),
                    Item("Skills development", marker=PUA_SQUARE),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The technicians presented their work at the assembly of the "
                        "International Solar Alliance (ISA) in New Delhi in 2022, and two of "
                        "them spoke at a regional meeting on women in energy jobs in Kathmandu "
                        "in 2023. A film in "
                        "Bangla and Hindi with English subtitles is at "
                        "https://www.suryasakhi.org.in/film, and a booklet for new "
                        "trainees can be downloaded from www.pksf.org.bd/solar-women."
                    )
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Nasrin Akter Chowdhury, Deputy Managing Director, PKSF, Dhaka\n"
                        "nasrin.chowdhury@pksf.org.bd\n+880 2 4101 2345"
                    ),
                    Para(
                        "Dr. Arnab Kumar Ghoshal, Head, Solar Skills Division, NISE; "
                        "arnab.ghoshal@nise.res.in; +91 124 285 3014"
                    ),
                    Para(
                        "Ms. Shefali Rani Mondal, Secretary, AJNS, Shyamnagar; "
                        "ajns.shyamnagar@gmail.com; 01715-448203"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Kaushik Ranjan Bhattacharjee, Green Jobs Specialist, ILO Decent "
                        "Work Team for South Asia and Country Office for India, New Delhi\n"
                        "bhattacharjee@ilo.org\n+91 11 2461 9377"
                    ),
                    Para(
                        "Ms. Tahmina Sultana Rahim, National Programme Officer, ILO Country "
                        "Office for Bangladesh, Dhaka; rahim-t@ilo.org"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout2_single_bangladesh_india.pdf",
        cards=[card],
        heading_bold=False,
        heading_size=12.0,
        label_bold=True,
        gutter=24.0,
        footer="Nomination F – Women Solar Technicians",
        page_numbers="page_of",
        footer_with_number=True,
    )


CASES: Cases = {
    "batch_africa": batch_africa,
    "single_vietnam_laos": single_vietnam_laos,
    "single_bangladesh_india": single_bangladesh_india,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout2.py"))
