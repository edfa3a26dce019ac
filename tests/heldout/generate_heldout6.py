"""Render the sixth held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout6_*.json:

- batch_africa_asia: a compiled batch (cover, contents, running header, footer, "Page N of M"
  numbers) with two lettered cards: H, cashew processing skills shared by Viet Nam with
  Côte d'Ivoire, with the Republic of Korea as third partner; K, shea butter cooperatives of
  Niger State (Nigeria) learning from a women's union of India.
- single_malaysia_eswatini: one nomination (P) from Eswatini (pineapple growers and canners
  learning from Malaysia's pineapple board), with bold labels "Name:", "Designation:",
  "Organisation:", "Office line:", "Mobile:" (national form) and "Email:", headings written
  "1) Description ...", and Malay names with "bin" / "binti".
- single_colombia_cabo_verde: one unlettered nomination (hospitality training shared by
  Colombia's SENA with Cabo Verde) whose sections are set in two columns, with the labels
  "Nominated by:", "Focal point:", "Address:", "Telephone:", "Mobile:", "E-mail:" and
  "Web:", no Country line, and a long web address that wraps at a line end.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout6.py [OUTDIR]
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

# ---------------------------------------------------------------- (a) Africa and Asia


def card_vietnam_cote_divoire() -> Card:
    return Card(
        letter="H",
        title="From Raw Nuts to Kernels: Vietnamese Cashew Processors Sharing Their Skills "
        "with Processing Workers and Cooperatives of Côte d'Ivoire",
        toc_title="From Raw Nuts to Kernels, Viet Nam and Côte d'Ivoire",
        nominee=[
            Field(
                "Nominee:",
                "Ms. TRẦN Thị Minh Nguyệt, Deputy Director, Department of International "
                "Cooperation, Ministry of Agriculture and Rural Development",
            ),
            Field("Country:", "Viet Nam"),
            Field("Tel.:", "+84 24 3734 6152"),
            Field("Mobile:", "0912 448 305"),
            Field("E-mail:", "nguyet.tm@mard.gov.vn"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Côte d'Ivoire harvests more raw cashew nuts than any other country, "
                        "yet for years it processed less than a tenth of them. Most of the "
                        "crop left the ports of Abidjan and San-Pédro on the Gulf of Guinea "
                        "for Viet Nam, where factories shell, peel and grade the nuts and sell "
                        "the kernels at several times the price. Each year the jobs and the "
                        "value added left with the ships. In 2019 the Conseil du Coton et de "
                        "l'Anacarde (Cotton and Cashew Council) asked the Ministry of "
                        "Agriculture and Rural Development of Viet Nam to help Ivorian "
                        "processors learn how Vietnamese plants became efficient and safe "
                        "places to work."
                    ),
                    Para(
                        "The initiative, \u201cFrom Raw Nuts to Kernels\u201d, trains "
                        "machine operators, supervisors and quality controllers from Ivorian "
                        "processing plants and cooperatives, most of them women, and helps "
                        "the plants to improve working conditions, in particular protection "
                        "against the caustic liquid of the cashew shell. It also puts Ivorian "
                        "cooperatives in touch with Vietnamese buyers of kernels, so that the "
                        "plants can sell what they process."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ministry of Agriculture and Rural Development, Viet Nam"),
                    Item("Conseil du Coton et de l'Anacarde (Cotton and Cashew Council)"),
                    Item("Vietnam Cashew Association (VINACAS)"),
                    Item("Korea International Cooperation Agency (KOICA)"),
                    Item("Bandama Amandes, Bouaké"),
                    Item("Tân Lộc Phát, Bình Phước Province"),
                    Item("Union des Coopératives Anacardières du Hambol (UCAH)"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The exchange is run by processors on both sides rather than by "
                        "consultants. Forty-two Ivorian supervisors spent eight weeks in "
                        "factories of Bình Phước and Đồng Nai, and Vietnamese technicians led "
                        "by Mr. PHẠM Quốc Bảo of Tân Lộc Phát spent a season in Bouaké, "
                        "Korhogo and Bondoukou. Courses are given in Vietnamese and French "
                        "with interpreters trained by the project. Côte d'Ivoire in turn "
                        "shared its system of a guaranteed farm-gate price, which the "
                        "Vietnamese partners studied for their own smallholders. The "
                        "Republic of Korea, through KOICA, financed the training equipment "
                        "and a safety laboratory in Bouaké."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2020 and 2024 the share of the Ivorian crop processed in the "
                        "country rose from 9% to 21%, and eleven plants adopted the "
                        "Vietnamese line layout. Some 2,700 workers, 68% of them women, were "
                        "trained in shelling, peeling, grading and hygiene, and injuries from "
                        "shell liquid fell sharply where gloves and steam cooking were "
                        "introduced. Ms. Adjoua Bernadette Yao-Kouamé, a former peeler at "
                        "Bandama Amandes, now manages its quality laboratory. Plants that "
                        "took part pay wages about 30% above the regional average for "
                        "agro-processing. KOICA contributed USD 3.1 million."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The Conseil du Coton et de l'Anacarde now finances the training from "
                        "a levy on raw nut exports, and the executive committee of "
                        "VINACAS has agreed to receive Ivorian trainees every year at the "
                        "expense of its member companies. A national certificate for cashew "
                        "processing operators, drafted with the Union des Coopératives "
                        "Anacardières du Hambol (UCAH), was adopted in 2023. The trainers of "
                        "the Bouaké laboratory are Ivorian and are paid by the plants that "
                        "use their services."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Instead of importing a complete factory, the partners broke the "
                        "Vietnamese process into stations that a small cooperative can adopt "
                        "one at a time, starting with steam cooking and manual cutting "
                        "tables. Each station comes with a short video in French and "
                        "Dioula, and a safety checklist drawn up with the workers themselves. "
                        "A shared price dashboard shows cooperatives what kernels fetch on "
                        "world markets, so that they can decide when processing pays better "
                        "than selling raw nuts."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Benin, Ghana and Guinea-Bissau, which also export most of their "
                        "cashew raw, sent delegations to Bouaké in 2023, and processors from "
                        "Lao PDR and Cambodia asked for the training videos. The station by "
                        "station approach suits French-speaking West Africa in particular, "
                        "where cooperatives are small and credit is scarce. The African "
                        "Cashew Alliance has proposed to use the curriculum in its regional "
                        "training programme."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Decent work in agro-processing"),
                    Item("Occupational safety and health"),
                    Item("Women's economic empowerment"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The project was presented at the Abidjan cashew fair (SIETTA) in "
                        "2022 and 2024 and at a meeting of Asian and African agricultural "
                        "ministers in Hanoi. Training videos and the safety checklist are "
                        "available at https://www.ccanacarde.ci/transformation and "
                        "vinacas-africa.vn/videos. Ivorian national television broadcast a "
                        "report on women supervisors trained in Viet Nam, and the workers of "
                        "Bandama Amandes organise an open day each year for schools and "
                        "farmers of the region."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. TRẦN Thị Minh Nguyệt\nDeputy Director, Department of International "
                        "Cooperation, MARD, Hanoi\nTel.: +84 24 3734 6152; mobile 0912 448 305\n"
                        "E-mail: nguyet.tm@mard.gov.vn"
                    ),
                    Para(
                        "Mr. KONAN Kouadio Sylvestre\nHead of Processing, Conseil du Coton et "
                        "de l'Anacarde, Abidjan\nTel.: (+225) 27 22 48 71 30\n"
                        "E-mail: k.sylvestre@ccanacarde.ci"
                    ),
                    Para(
                        "Ms. YOON Hae-rin\nProgramme Manager, KOICA Office in Côte d'Ivoire, "
                        "Abidjan\nTel.: +225 07 58 16 42 93 / +82-31-740-0386\n"
                        "E-mail: hryoon@koica.go.kr"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Đỗ Hồng Vân, Programme Officer, ILO Country Office for Viet Nam, "
                        "Hanoi, dohv@ilo.org, +84 24 3850 0136"
                    ),
                    Para(
                        "Mr. Boubacar Sanogo-Diarra, Enterprise Specialist, ILO Country Office "
                        "for Côte d'Ivoire, Benin, Burkina Faso, Niger and Togo, Abidjan, "
                        "sanogo-diarra@ilo.org, 00 225 27 20 31 89 45"
                    ),
                ],
            ),
        ],
    )


def card_nigeria_india() -> Card:
    return Card(
        letter="K",
        title="Shea Women of Niger State: Nigerian Cooperatives Learning Collective "
        "Enterprise from a Women's Union of India",
        toc_title="Shea Women of Niger State, Nigeria and India",
        nominee=[
            Field(
                "Nominee:",
                "Hajiya Aisha Ndagi Kolo, President, Niger State Shea Women's Cooperative "
                "Union (NSSWCU)",
            ),
            Field("Country:", "Nigeria"),
            Field("Phone:", "0806 224 5731"),
            Field("E-mail:", "aisha.kolo@nsswcu.org.ng"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Shea trees grow wild across the savannah of Niger State, and "
                        "collecting the nuts and making butter has long been women's work. "
                        "The women sold their kernels to middlemen at low prices, while most "
                        "of the value was added by processors abroad. Working alone, they "
                        "could not buy machines, meet quality standards or reach buyers in "
                        "the cosmetics industry. In 2020 the Niger State Shea Women's "
                        "Cooperative Union (NSSWCU) approached the Self-Employed Women's "
                        "Association (SEWA) of India, whose members had built their own "
                        "collective enterprises in forest products and crafts."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Niger State Shea Women's Cooperative Union (NSSWCU)"),
                    Item("Self-Employed Women's Association (SEWA), Ahmedabad"),
                    Item("Federal Ministry of Industry, Trade and Investment, Nigeria"),
                    Item("Raw Materials Research and Development Council (RMRDC)"),
                    Item("Nigeria Export Promotion Council (NEPC)"),
                    Item("Ministry of External Affairs of India"),
                    Item("Kpakungu Butterworks, Minna"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The union and SEWA are both organisations of poor working women, "
                        "and the exchange was planned by their own members. Twenty Nigerian "
                        "leaders spent a month with SEWA cooperatives in Gujarat and "
                        "Rajasthan, and organisers from Ahmedabad lived for two months in "
                        "villages around Bida, Lapai and Mokwa. Meetings were held in Hausa, "
                        "Nupe and Hindi, with English as the common language. Ms. Bhavna "
                        "Rameshbhai Solanki of SEWA and Hajiya Kolo agreed every step with "
                        "the executive committee of the union. In return, Nigerian women "
                        "shared their knowledge of shea, which SEWA members now use to make "
                        "soaps and balms."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "The union grew from 14 village groups in 2020 to 96 in 2024, with "
                        "6,400 members. It runs three processing centres and its own brand, "
                        "and in 2023 Kpakungu Butterworks, a company owned by the union, "
                        "shipped its first container of graded butter to a cosmetics firm in "
                        "Türkiye. Members now earn about twice what they received from "
                        "middlemen. A savings and credit scheme modelled on SEWA's has lent "
                        "NGN 180 million to members, with repayment above 95%. Mrs. Hadiza "
                        "Etsu-Gana, a collector from Mokwa, became the union's first "
                        "treasurer."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The union is owned and financed by its members through fees and a "
                        "share of sales, and its leaders are elected every three years. The "
                        "Raw Materials Research and Development Council (RMRDC) certifies its "
                        "butter, and the Nigeria Export Promotion Council (NEPC) lists it "
                        "among approved exporters. SEWA's trainers have handed over to "
                        "twenty Nigerian organisers, who now train new groups on their own."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The exchange applied a method developed for women of the Indian "
                        "subcontinent to a West African tree crop. Each village group keeps "
                        "simple picture records, so that members who cannot read can follow "
                        "the accounts, and shea butter is graded with low-cost kits designed "
                        "by the members together with RMRDC chemists. Collection is planned "
                        "with the forestry service so that trees are protected from cutting "
                        "for charcoal."
                    ),
                    Subheading("Lessons from Gujarat"),
                    Para(
                        "Nigerian leaders retained three lessons: women must own the "
                        "enterprise and not only supply it; savings come before credit; and "
                        "each group needs its own leader who is trusted in the village. These "
                        "principles are now written into the union's rules, and new groups "
                        "agree to them before they join. Leaders who visited Gujarat now explain "
                        "them at the first meeting of each new group."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Shea grows in a belt of more than twenty African countries. Women's "
                        "groups from Ghana, Burkina Faso and Mali have visited Bida, and the "
                        "Global Shea Alliance has invited the union to present its model at "
                        "its annual conference. The Ministry of External Affairs of India "
                        "has offered places in its training courses to shea cooperatives "
                        "from other countries, and SEWA is preparing a similar partnership "
                        "with women collectors of baobab in Malawi and Zimbabwe."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Cooperatives and the social and solidarity economy", marker="–"),
                    Item("Women's entrepreneurship", marker="–"),
                    Item("Formalisation of the rural informal economy", marker="–"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The partnership was presented at the Global Shea Alliance conference "
                        "in Abuja in 2023 and at a SEWA meeting in New Delhi. Radio Niger in "
                        "Minna broadcasts a weekly programme in Nupe and Hausa made by union "
                        "members. A short film and the picture records can be seen at "
                        "www.sheawomenniger.org.ng, and SEWA publishes the story on "
                        "http://sewa-global.in/shea. The union has also trained journalists "
                        "from Kwara and Kogi states who now report on women's cooperatives."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Niger State Shea Women's Cooperative Union\nHajiya Aisha Ndagi Kolo, "
                        "President, Minna\nPhone: 0806 224 5731\nE-mail: aisha.kolo@nsswcu.org.ng"
                    ),
                    Para(
                        "Self-Employed Women's Association\nMs. Bhavna Rameshbhai Solanki, "
                        "International Coordinator, Ahmedabad\nPhone: +91-79-2550-6444\n"
                        "E-mail: bhavna.solanki@sewa-global.in"
                    ),
                    Para(
                        "Federal Ministry of Industry, Trade and Investment\nMr. Chidiebere "
                        "Okonkwo-Nwosu, Deputy Director, Abuja\nPhone: +234 209 461 2783\n"
                        "E-mail: c.okonkwo@fmiti.gov.ng"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Tariq al-Hashimi, Cooperatives Specialist, ILO Country Office for "
                        "Nigeria, Ghana, Liberia, Sierra Leone and Liaison Office for ECOWAS, "
                        "Abuja, alhashimi@ilo.org, +234 806 419 2270"
                    ),
                    Para(
                        "Ms. Radhika Venkataraman, Enterprise Specialist, ILO Decent Work "
                        "Technical Support Team for South Asia and Country Office for India, "
                        "New Delhi, venkataraman@ilo.org, +91.11.4750.9231"
                    ),
                ],
            ),
        ],
    )


def batch_africa_asia() -> Nomination:
    return Nomination(
        file_name="heldout6_batch_africa_asia.pdf",
        metadata_title="South-South Skills Exchange 2025",
        cover=Cover(
            "South-South Skills Exchange 2025",
            [
                "Good practices in South-South and triangular cooperation",
                "Nominations received from Africa and Asia",
            ],
        ),
        toc=True,
        toc_title="Table of Contents",
        header="South-South Skills Exchange 2025 – Africa and Asia",
        footer="Prepared by the Technical Secretariat",
        page_numbers="page_of",
        cards=[card_vietnam_cote_divoire(), card_nigeria_india()],
    )


# ---------------------------------------------------------------- (b) Malaysia-Eswatini


def single_malaysia_eswatini() -> Nomination:
    card = Card(
        letter="P",
        title="Pineapples that Pay: Eswatini Growers and Canners Learning from Malaysia's "
        "Pineapple Industry",
        nominee=[
            Field("Name:", "Ms. Nomcebo Thandiwe Shabangu"),
            Field("Designation:", "Managing Director"),
            Field("Organisation:", "Ngwane Pine, Malkerns"),
            Field("Country:", "Eswatini"),
            Field("Office line:", "+268 2528 3140"),
            Field("Mobile:", "7612 4489"),
            Field("Email:", "nomcebo@ngwanepine.co.sz"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Pineapples have been grown around Malkerns for decades, and the "
                        "cannery there was once one of the largest employers of the Kingdom "
                        "of Eswatini. By 2018 yields had fallen, the cannery worked at half "
                        "its capacity and hundreds of seasonal workers, most of them women "
                        "from Manzini and the Lubombo region, had lost their jobs. Smallholder "
                        "growers lacked planting material, and fresh fruit rotted for want of "
                        "a market. Ngwane Pine, which took over the cannery in 2017, and the "
                        "Ministry of Agriculture looked for a partner that had faced the same "
                        "problems and solved them."
                    ),
                    Para(
                        "They found it in Malaysia, where the Lembaga Perindustrian Nanas "
                        "Malaysia (Malaysian Pineapple Industry Board) has helped smallholders "
                        "on the peat soils of Johor to become reliable suppliers of canneries "
                        "and exporters. The board has trained growers in Johor for decades and "
                        "already received visitors from other countries through the Malaysian "
                        "Technical Cooperation Programme (MTCP), which agreed to fund the "
                        "exchange."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Ngwane Pine, Malkerns"),
                    Item("Lembaga Perindustrian Nanas Malaysia (LPNM)"),
                    Item("Malaysian Technical Cooperation Programme (MTCP)"),
                    Item("Ministry of Agriculture, Eswatini"),
                    Item("Ministry of Commerce, Industry and Trade, Eswatini"),
                    Item("Eswatini Water and Agricultural Development Enterprise (ESWADE)"),
                    Item("Nanas Emas Pontian"),
                    Item("Malkerns Smallholder Growers' Association"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Growers taught growers. Thirty farmers and extension officers from "
                        "Eswatini spent six weeks on smallholdings in Pontian and Simpang "
                        "Renggam, and cannery supervisors trained at Nanas Emas Pontian, a "
                        "family company that cans and exports fruit from the farms of its "
                        "neighbours. Malaysian agronomists led by Puan Nor Azlina binti "
                        "Hashim of the LPNM spent two seasons in Malkerns, Mhlume and Siteki. "
                        "Courses were given in English, with siSwati and Malay terms "
                        "collected in a shared glossary. Eswatini shared in return its "
                        "experience of irrigation schemes run by farmers' companies, which "
                        "the LPNM is now testing in Sabah."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2019 and 2024 the yield of participating smallholders rose "
                        "from 28 to 51 tonnes per hectare, and 412 growers now supply Ngwane "
                        "Pine under contract. The cannery runs at 85% of its capacity and "
                        "employs 1,150 workers in the season, 64% of them women, with written "
                        "contracts and a crèche on site. Mr. Sipho Mduduzi Gamedze, a grower "
                        "from Mhlume, now supplies 300 tonnes a year and employs nine "
                        "workers. The MTCP funded the training in Malaysia, and Ngwane Pine "
                        "paid the visits to Eswatini."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The growers' association now produces its own planting material in "
                        "three nurseries, and the Eswatini Water and Agricultural Development "
                        "Enterprise (ESWADE) has included pineapple in its irrigation schemes. "
                        "A levy of two per cent on fruit delivered to the cannery finances "
                        "extension officers trained in Malaysia. The board of directors of "
                        "Ngwane Pine includes two representatives of the growers, elected at "
                        "the annual general meeting."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The partners adapted the Malaysian practice of forcing flowers with "
                        "a plant hormone so that smallholders harvest in turns, keeping the "
                        "cannery busy for ten months instead of four. Growers receive a "
                        "planting calendar by text message, and the cannery pays them through "
                        "mobile money within seven days of delivery. Fruit that is too small "
                        "for canning is sold as juice and dried fruit, a line of products "
                        "developed with Malaysian food technologists."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Mozambique and the United Republic of Tanzania have sent growers to "
                        "Malkerns, and the Turkish Cooperation and Coordination Agency (TİKA) "
                        "has asked to use the model for fruit growers it supports. The "
                        "Malaysian partners, who also export across the South China Sea, "
                        "have proposed the same approach to growers in Lao PDR. Since the "
                        "approach relies on an existing processor and on organised "
                        "smallholders, it can be repeated wherever a cannery buys from many "
                        "small farms."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Strengthen Capacity", marker="o"),
                    Item("Build Networks", marker="o"),
                    Item("Grow Decent Jobs", marker="o"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The partnership was presented at the Eswatini International Trade "
                        "Fair in Manzini in 2023 and at the MTCP alumni meeting in Kuala "
                        "Lumpur. A growers' handbook in English and siSwati is available at "
                        "https://www.ngwanepine.co.sz/growers, and the LPNM publishes "
                        "field notes at lpnm-africa.gov.my/eswatini. The Times of Eswatini "
                        "ran a series on women workers of the cannery, and growers give "
                        "tours of their farms to students of the University of Eswatini."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ngwane Pine\nMs. Nomcebo Thandiwe Shabangu, Managing Director, "
                        "Malkerns\nOffice: +268 2528 3140 | Mobile: 7612 4489\n"
                        "Email: nomcebo@ngwanepine.co.sz"
                    ),
                    Para(
                        "Lembaga Perindustrian Nanas Malaysia\nPuan Nor Azlina binti Hashim, "
                        "Senior Agronomist, Johor Bahru\nOffice: +60 7-223 5361 | "
                        "Mobile: +60 12-718 4402\nEmail: azlina@lpnm.gov.my"
                    ),
                    Para(
                        "Ministry of Commerce, Industry and Trade\nMr. Bongani Matsebula, "
                        "Senior Trade Officer, Mbabane\nOffice: +268 2404 3201 ext. 118\n"
                        "Email: bmatsebula@gov.sz"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Tan Chee Keong\nSenior Specialist, ILO Regional Office for Asia "
                        "and the Pacific, Bangkok\ntanck@ilo.org | +66 2 288 1763"
                    ),
                    Para(
                        "Ms. Zanele Mkhatshwa-Simelane\nRural Economy Officer, ILO Country Office "
                        "for South Africa, Botswana, Eswatini, Lesotho and Namibia, Pretoria\n"
                        "mkhatshwa@ilo.org | 00 27 12 818 8071"
                    ),
                    Para(
                        "Mr. Mohd Khairul Anuar bin Abdul Rahman\nNational Project "
                        "Coordinator, ILO, Kuala Lumpur\nkhairul@ilo.org | +60 3 8887 4512"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout6_single_malaysia_eswatini.pdf",
        cards=[card],
        label_bold=True,
        title_size=15.0,
        heading_format="{number}) {heading}",
        header="Nomination P – SSTC Good Practices",
        page_numbers="dash",
    )


# ---------------------------------------------------------------- (c) Colombia-Cabo Verde


def single_colombia_cabo_verde() -> Nomination:
    card = Card(
        letter=None,
        title="Hosts of the Islands: Colombia's SENA and Cabo Verde's Hotel School Training "
        "Young People for Decent Jobs in Tourism",
        nominee=[
            Field(
                "Nominated by:",
                "Escola de Hotelaria e Turismo de Cabo Verde (EHTCV)",
            ),
            Field(
                "Focal point:",
                "Ms. Edna Patrícia dos Santos Lopes, Director of Training",
            ),
            Field("Address:", "Achada Santo António, Praia, Santiago Island, Cabo Verde"),
            Field("Telephone:", "+238 261 44 30"),
            Field("Mobile:", "991 27 05"),
            Field("E-mail:", "edna.lopes@ehtcv.edu.cv"),
            Field("Web:", "www.ehtcv.edu.cv"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Tourism brings most of Cabo Verde's export earnings, and the hotels "
                        "of Santa Maria on the island of Sal and of Boa Vista employ "
                        "thousands of people. Yet many skilled posts, from chefs to "
                        "maintenance technicians, were filled by workers from abroad, while "
                        "young people from Santo Antão, São Nicolau and Fogo found only "
                        "short, informal jobs. The Escola de Hotelaria e Turismo de Cabo "
                        "Verde (EHTCV) trained too few students to change this. In 2021 it "
                        "turned to the Servicio Nacional de Aprendizaje (National Learning "
                        "Service, SENA) of Colombia, which trains tens of thousands of "
                        "hospitality workers each year."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Escola de Hotelaria e Turismo de Cabo Verde (EHTCV)"),
                    Item("Servicio Nacional de Aprendizaje (SENA)"),
                    Item(
                        "Agencia Presidencial de Cooperación Internacional de Colombia "
                        "(APC-Colombia)"
                    ),
                    Item("Ministério do Turismo e Transportes, Cabo Verde"),
                    Item("Luxembourg Agency for Development Cooperation (LuxDev)"),
                    Item("Morabeza Stays, Santa Maria"),
                    Item("Associação dos Jovens Empreendedores de São Vicente"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Both countries depend on tourism in places far from their capitals, "
                        "and both train young people who have never stayed in a hotel. "
                        "Twenty-four instructors of the EHTCV spent three months at the SENA "
                        "tourism centres of Cartagena, Santa Marta and Armenia, in the "
                        "department of Quindío, where rural guesthouses have grown out of "
                        "coffee farms. SENA instructors led by Ms. María Fernanda de la Hoz "
                        "Castillo taught in Praia and Mindelo in Portuguese and Spanish. "
                        "Cabo Verde shared in return its experience of community tourism on "
                        "Santo Antão, which SENA now uses in the islands of San Andrés."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2022 to 2024, 860 young Cabo Verdeans completed courses in "
                        "cooking, housekeeping, guiding and maintenance, 57% of them women, "
                        "and 74% were in formal jobs six months later. The EHTCV opened "
                        "branches in Mindelo and Santa Maria and doubled its intake. Morabeza "
                        "Stays, a chain of small hotels owned by a Cabo Verdean family, now "
                        "fills all its supervisory posts with graduates. Mr. Adilson "
                        "Semedo Brito, a graduate from Porto Novo, is head chef of its hotel "
                        "on Sal. LuxDev contributed EUR 1.9 million."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The courses are now part of the national qualifications framework, "
                        "and hotels pay a training contribution on each guest night[^1] that "
                        "finances the EHTCV. The steering committee of the partnership, "
                        "which includes employers and the hotel workers' union, meets every "
                        "six months. SENA instructors continue to teach online modules, and "
                        "twelve EHTCV instructors now hold SENA certificates as trainers of "
                        "trainers, so that the school no longer depends on visiting experts."
                    ),
                    Footnote(
                        "1",
                        "Contribution set by the tourism law of 2023 and collected by the "
                        "municipalities.",
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The partners adapted SENA's dual training, in which students spend "
                        "half their time in a working hotel, to islands where the hotels are "
                        "far from the school: students move to Sal or Boa Vista for a "
                        "season and live in shared houses paid by the employers. A mobile "
                        "kitchen built in a container takes courses to villages of Santo "
                        "Antão and Fogo, and a booking platform helps graduates who run "
                        "guesthouses to reach visitors directly."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "São Tomé and Príncipe and Guinea-Bissau have asked for the "
                        "curriculum, and SENA has proposed the same partnership to other "
                        "Portuguese-speaking countries through the Community of "
                        "Portuguese-Speaking Countries (CPLP). The mobile kitchen was copied "
                        "in 2024 by a school in Mauritius. The model suits small island "
                        "states of Africa and the Caribbean that rely on tourism and lose "
                        "their young people to emigration."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Skills for tourism and hospitality"),
                    Item("Youth employment"),
                    Item("Transition from the informal to the formal economy"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "Graduates told their stories at the Cabo Verde Tourism Forum in "
                        "2023 and at the SENA skills fair in Bogotá. Recipes are published at "
                        "https://www.ehtcv.edu.cv/receitas, and videos "
                        "at ehtcv.edu.cv/cooperacao-sul-sul/colombia. A television series "
                        "in Kriolu followed six students from their village to their first "
                        "job, and the school opens its kitchens to the public on World "
                        "Tourism Day. Employers' associations on Sal share the results with "
                        "their members every year."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Edna Patrícia dos Santos Lopes\nDirector of Training, EHTCV, "
                        "Praia\nTel. +238 261 44 30, mobile 991 27 05\n"
                        "edna.lopes@ehtcv.edu.cv"
                    ),
                    Para(
                        "Ms. María Fernanda de la Hoz Castillo\nInstructor Leader, SENA, "
                        "Centro de Comercio y Turismo, Armenia, Quindío\n"
                        "Tel. +57 606 741 2250, mobile +57 315 682 4471\n"
                        "mfdelahoz@sena.edu.co"
                    ),
                    Para(
                        "Mr. Jean-Marc Wagener\nProgramme Manager, LuxDev, Praia\n"
                        "Tel. +238 260 19 84\njean-marc.wagener@luxdev.lu"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Annelies van der Meulen\nSkills Specialist, ILO Country Office "
                        "for Senegal, Cabo Verde, Gambia, Guinea, Guinea-Bissau and Mali, "
                        "Dakar\nvandermeulen@ilo.org; +221 33 849 07 31"
                    ),
                    Para(
                        "Mr. Julián Esteban Vargas Restrepo\nProgramme Officer, ILO Office "
                        "for the Andean Countries, Lima\nvargasq@ilo.org; "
                        "(+57) 601.546.2218"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout6_single_colombia_cabo_verde.pdf",
        cards=[card],
        body_size=10.0,
        heading_size=11.0,
        title_size=14.0,
        footer="SSTC Good Practices – Nomination form",
        page_numbers="page",
    )


CASES: Cases = {
    "batch_africa_asia": batch_africa_asia,
    "single_malaysia_eswatini": single_malaysia_eswatini,
    "single_colombia_cabo_verde": single_colombia_cabo_verde,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout6.py"))
