"""Render the eighth held-out set to tests/fixtures/heldout/ (see tests/heldout/README.md).

Three more nominations the pipeline's authors have not seen, written without reading the
pipeline or any results, with hand-written keys in tests/keys/heldout8_*.json. This set aims
deliberately at the hard cases real batches show: organisations without a generic head word,
persons with particles and non-Western name orders, places that look like persons or share a
country's name, official country forms, phones in many formats and numbers that are not phones.

- batch_lusophone_pacific: a compiled batch (cover, table of contents, running header,
  footer, "Page N of M" numbers) with two lettered cards: K, Brazilian cassava processing
  (Embrapa, Fiocruz) shared with Angola and São Tomé and Príncipe; N, coconut processors of
  Bến Tre (Viet Nam) sharing virgin coconut oil know-how with Samoa and Vanuatu, with New
  Zealand's support (one section heading with a question after a colon).
- single_somalia_horn: one nomination (T) from Somalia (women's camel dairies learning from
  Ethiopian and Djiboutian processors), with the labels "Name of nominee:", "Position:",
  "Nominating organization:", "Country:", "Tel.:", "Mobile:" (national form), "WhatsApp:",
  "E-mail:" and "Website:".
- single_andes_twocolumn: one unlettered nomination (alpaca fibre skills shared by weavers of
  Bolivia, Peru and Ecuador) whose sections are set in two columns, with the labels
  "Nominee:", "Organization:", "Address:", "Tel./Fax:", "Mobile:", "E-mail:" and "Website:",
  and no Country line; a contact continues from the foot of one column to the top of the
  next.

Every person, e-mail address, telephone number and web address below is invented.

Usage (from the repository root): .venv/bin/python tests/heldout/generate_heldout8.py [OUTDIR]
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

# ---------------------------------------------------------------- (a) Lusophone Africa, Pacific


def card_angola_sao_tome() -> Card:
    return Card(
        letter="K",
        title="Cassava Without Borders: Brazilian Know-how for the Flour Makers of Angola and "
        "São Tomé and Príncipe",
        toc_title="Cassava Without Borders, Angola and São Tomé and Príncipe",
        nominee=[
            Field(
                "Nominee:",
                "Eng. Domingos Kiala Manuel, Director-General, Instituto de Investigação "
                "Agronómica (IIA), Huambo",
            ),
            Field("Country:", "Angola"),
            Field("Tel.:", "+244 241 220 375"),
            Field("Mobile:", "923 417 582"),
            Field("E-mail:", "dkiala@iia.gov.ao"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Cassava feeds more than half of the households of Angola, yet most "
                        "of the crop is still peeled, soaked and dried by hand, and up to a "
                        "third of the roots rot within days of the harvest. In Malanje and "
                        "Kwanza Sul, the women who make bombó and fuba earn little and work "
                        "long hours over open fires. In 2021 the Ministry of Agriculture and "
                        "Forests (MINAGRIF) and the Instituto de Investigação Agronómica "
                        "(IIA) asked Brazil to share the small-scale processing methods that "
                        "the Empresa Brasileira de Pesquisa Agropecuária (Embrapa) had "
                        "developed for the family farms of the Brazilian Northeast."
                    ),
                    Para(
                        "São Tomé and Príncipe, where cassava and breadfruit replace imported "
                        "rice on many tables, joined in 2022 through its Ministry of "
                        "Agriculture, Fisheries and Rural Development. The Agência Brasileira "
                        "de Cooperação (ABC) pays for the Brazilian experts, and the Forum for "
                        "Economic and Trade Co-operation between China and Portuguese-speaking "
                        "Countries paid for the first three processing units; its programme "
                        "officer, Ms. Huang Xiaomei, visited Malanje in 2023."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Instituto de Investigação Agronómica (IIA), Angola"),
                    Item("Ministry of Agriculture and Forests (MINAGRIF), Angola"),
                    Item("Embrapa (Brazilian Agricultural Research Corporation)"),
                    Item("Fiocruz (Oswaldo Cruz Foundation)"),
                    Item("Agência Brasileira de Cooperação (ABC)"),
                    Item(
                        "Ministry of Agriculture, Fisheries and Rural Development, São Tomé "
                        "and Príncipe"
                    ),
                    Item("Kalandula Mandioca, Malanje"),
                    Item("Cantagalo Verde, Santana"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Thirty Angolan and São Toméan technicians trained for eight weeks at "
                        "Embrapa Mandioca e Fruticultura in Cruz das Almas, Bahia, and "
                        "Brazilian researchers led by Dr. Rosa Maria da Conceição Brandão "
                        "spent two dry seasons in Malanje, Kalandula and Cantagalo. Sessions "
                        "were held in Portuguese, with Kimbundu and Forro used in the "
                        "villages. Angola shared in return the varieties resistant to cassava "
                        "mosaic disease that the IIA bred at its Malanje station, and Embrapa "
                        "now tests them on farms in Espírito Santo. Sr. Adilson Trindade do "
                        "Espírito Santo, who leads Cantagalo Verde, dubbed the training "
                        "videos into Forro."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2022 and 2025, 27 village processing units were built, each "
                        "with a grater, a press and a covered dryer, and 1,860 women in 64 "
                        "cooperatives were trained. Losses after harvest fell from 30% to 8%, "
                        "and graded flour now sells for AOA 1,200 per kilogram. Kalandula "
                        "Mandioca, a cooperative of 140 women, sells its flour under the brand "
                        "Sabor de Malanje to supermarkets in Luanda and Lobito. Fiocruz "
                        "tested 400 samples and confirmed that the flour of the new units "
                        "meets the cyanide limits of the Codex Alimentarius."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The units belong to the cooperatives, which pay for maintenance from "
                        "their sales, and the MINAGRIF has written the model into its plan "
                        "for family farming until 2030. Twelve Angolan extension officers "
                        "trained by Embrapa now teach in other provinces. A credit line "
                        "opened with the Banco de Poupança e Crédito (BPC) lends cooperatives "
                        "up to AOA 5 million at 7% interest, and the Malawi Rural Finance "
                        "Trust has asked to study its terms."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The Brazilian dryer was redesigned to burn cassava peels instead of "
                        "firewood, and the press is made of steel sold in any market of "
                        "Luanda. Women keep the accounts of each unit on a phone application "
                        "in Portuguese, and a radio programme, \u201cHora da Mandioca\u201d, "
                        "broadcast on Tuesdays from 06:30 to 07:00, answers their questions. "
                        "The field guide (ISBN 978-989-53721-4-0) has pictures for women who "
                        "cannot read."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Cabo Verde, Guinea-Bissau and Equatorial Guinea have asked for the "
                        "training modules, and Mozambique's northern provinces grow the same "
                        "varieties. Beyond the Portuguese-speaking world, the Democratic "
                        "Republic of the Congo and the Republic of the Congo share the "
                        "cassava belt along the Gulf of Guinea, and Côte d'Ivoire makes its "
                        "attiéké from the same roots. The approach needs only a "
                        "research institute willing to adapt its tools and cooperatives that "
                        "own them."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Food security and nutrition"),
                    Item("Women's economic empowerment"),
                    Item("Rural cooperatives"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The initiative was presented at a meeting of the Community of "
                        "Portuguese Language Countries (CPLP) in Luanda in 2024 and at the "
                        "Angolan agricultural fair FILDA. Manuals can be downloaded at "
                        "https://www.iia.gov.ao/mandioca and at "
                        "mandioca-sem-fronteiras.ao/manuais. Television of São Tomé filmed "
                        "the women of Cantagalo Verde at work."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Eng. Domingos Kiala Manuel\nDirector-General, IIA, Huambo\n"
                        "Tel.: +244 241 220 375; mobile 923 417 582\nE-mail: dkiala@iia.gov.ao"
                    ),
                    Para(
                        "Dr. Rosa Maria da Conceição Brandão\nResearcher, Embrapa Mandioca e "
                        "Fruticultura, Cruz das Almas\n"
                        "Tel.: +55 75 3312-8047 / +55 75 99184-2260\n"
                        "E-mail: rosa.brandao@embrapa.br"
                    ),
                    Para(
                        "Sr. Adilson Trindade do Espírito Santo\nPresident, Cantagalo Verde, "
                        "Santana\nTel.: +239 222 1453, +239 991 2345\n"
                        "E-mail: info@cantagalo-verde.st"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Sra. Luísa Fernandes Ngola, National Project Coordinator, ILO Project "
                        "Office, Luanda, ngola@ilo.org, +244 222 331 907"
                    ),
                    Para(
                        "Mr. Thiago Almeida Furtado, Programme Officer, ILO Office for Brazil, "
                        "Brasília, furtado@ilo.org, (+55) 61 2106-4613"
                    ),
                ],
            ),
        ],
    )


def card_viet_nam_samoa() -> Card:
    return Card(
        letter="N",
        title="Niu for the Islands: Coconut Processors of Bến Tre Sharing Virgin Oil Know-how "
        "with Samoa and Vanuatu",
        toc_title="Niu for the Islands, Viet Nam, Samoa and Vanuatu",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Sina Aiono-Fa'alogo, General Manager, Niu Ola, Salelologa, Savai'i",
            ),
            Field("Country:", "Samoa"),
            Field("Tel./Fax:", "+685 23 417"),
            Field("Mobile:", "772 4518"),
            Field("E-mail:", "sina@niuola.ws"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Coconut palms grow on every island of the Pacific, yet Samoa and "
                        "Vanuatu export most of their nuts as copra, dried flesh sold at a "
                        "low price to mills abroad. The province of Bến Tre, in the Mekong "
                        "Delta of Viet Nam, turned the same crop into an industry of virgin "
                        "oil, coconut sugar and coir, with thousands of small workshops. In "
                        "2022 Niu Ola, a family oil mill on Savai'i, and the Ministry of "
                        "Agriculture and Fisheries (MAF) of Samoa asked Vietnamese "
                        "processors to show how a village can earn more from each nut, and "
                        "Vanuatu's Ministry of Agriculture, Livestock, Forestry, Fisheries "
                        "and Biosecurity (MALFFB) joined them."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Niu Ola, Savai'i", marker=PUA_BULLET),
                    Item("Ministry of Agriculture and Fisheries (MAF), Samoa", marker=PUA_BULLET),
                    Item(
                        "Ministry of Agriculture, Livestock, Forestry, Fisheries and "
                        "Biosecurity (MALFFB), Vanuatu",
                        marker=PUA_BULLET,
                    ),
                    Item("Scientific Research Organisation of Samoa (SROS)", marker=PUA_BULLET),
                    Item("Thạnh Phú Xanh, Bến Tre", marker=PUA_BULLET),
                    Item("Malampa Kopra, Malekula", marker=PUA_BULLET),
                    Item(
                        "New Zealand Ministry of Foreign Affairs and Trade (MFAT)",
                        marker=PUA_BULLET,
                    ),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Twenty-four mill workers and farmers from Savai'i, Upolu, Malekula "
                        "and Espiritu Santo spent six weeks in the workshops of Thạnh Phú "
                        "Xanh, a company of 80 workers in Bến Tre, where Ms. Nguyễn Thị Bích "
                        "Ngọc taught cold pressing and hygiene. Vietnamese engineers led by "
                        "Mr. Trương Văn Lộc then installed presses in Salelologa and "
                        "Luganville. Training was given in English with Samoan, Bislama and "
                        "Vietnamese interpreters, and French-speaking trainees from Vanuatu "
                        "received notes in French. Samoa shared in return its organic "
                        "certification of smallholder groups, which Bến Tre now uses for its "
                        "exports."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2023 to 2025 the two mills and nine village units produced "
                        "41,000 litres of virgin oil, and farmers were paid WST 1.10 per nut "
                        "instead of 0.35 for copra. Malampa Kopra, a cooperative of 310 "
                        "growers on Malekula named after its province, now sells oil and "
                        "soap to hotels in Port Vila. Niu Ola hired 22 young women, and its "
                        "oil, sold as \u201cSavai'i Gold\u201d, reached shops in Auckland and "
                        "Brisbane. The Scientific Research Organisation of Samoa (SROS) "
                        "tested every batch."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability: how will the work continue when funding ends?",
                [
                    Para(
                        "The mills pay for their own spare parts from sales, and the MAF has "
                        "added coconut processing to its extension services. The Tonga "
                        "Development Bank and the Development Bank of Samoa have opened "
                        "loans for village presses of up to WST 60,000. New Zealand's grant "
                        "(No. 2023/0417) ends in 2026, and after that Thạnh Phú Xanh will "
                        "train Pacific workers for a fee paid by the mills."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "The Vietnamese presses were rebuilt to run on solar power, because "
                        "diesel is costly on the outer islands, and husks and shells now fire "
                        "the dryers. Farmers deliver nuts between 05:00 and 09:00, before "
                        "the heat, and are paid through a mobile wallet. A shared laboratory "
                        "method lets the mills of Samoa and Vanuatu compare the moisture and "
                        "acidity of their oil each week."
                    ),
                    Subheading("From copra to oil"),
                    Para(
                        "One hundred nuts once made 20 kilograms of copra; they now make "
                        "about 8 litres of virgin oil, worth four times as much."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Fiji, Solomon Islands, Kiribati and Papua New Guinea have sent "
                        "observers to Salelologa, and Timor-Leste has asked Bến Tre for the "
                        "same training. Islands across the Pacific Ocean, from Tuvalu to the "
                        "Philippines, grow coconuts that are still sold as copra, so the "
                        "model can travel wherever a mill is willing to share its presses "
                        "with villages."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Value chains and rural jobs"),
                    Item("Youth and women's employment"),
                    Item("Green jobs"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The partners presented the exchange at the Pacific Week of "
                        "Agriculture in Port Vila in 2024 and at the Bến Tre Coconut Festival. "
                        "The pressing manual is published at http://www.maf.gov.ws/niu-manual "
                        "and a film in Samoan and Bislama at niuola.ws/film. H.E. Mr. Phạm "
                        "Đức Thắng, the Ambassador of Viet Nam, and Hon. Lemalu Tavita Seumalo "
                        "opened the Savai'i mill together."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Sina Aiono-Fa'alogo, General Manager, Niu Ola, Salelologa, "
                        "Tel./Fax: +685 23 417, mobile 772 4518, sina@niuola.ws"
                    ),
                    Para(
                        "Mr. Trương Văn Lộc, Director, Thạnh Phú Xanh, Bến Tre, Tel.: "
                        "+84 275 3822 416 ext. 12, mobile +84 913 845 227, loc.tv@thanhphuxanh.vn"
                    ),
                    Para(
                        "Ms. Hendrika van der Ploeg, First Secretary (Development), MFAT, "
                        "Wellington, Tel.: +64 4 439 8217, hendrika.vanderploeg@mfat.govt.nz"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Ms. Litia Rokovada Tuimabu\nProgramme Officer, ILO Office for "
                        "Pacific Island Countries, Suva\nTel.: +679 331 8624\n"
                        "E-mail: tuimabu@ilo.org"
                    ),
                    Para(
                        "Mr. Đặng Quang Huy\nNational Coordinator, ILO Country Office for "
                        "Viet Nam, Hanoi\nTel.: +84 24 3734 0915\nE-mail: huy@ilo.org"
                    ),
                    Para(
                        "Ms. Park Seo-yeon\nEnterprise Specialist, ILO Regional Office for "
                        "Asia and the Pacific, Bangkok\nTel.: +66 2 288 1742\n"
                        "E-mail: parksy@ilo.org"
                    ),
                ],
            ),
        ],
    )


def batch_lusophone_pacific() -> Nomination:
    return Nomination(
        file_name="heldout8_batch_lusophone_pacific.pdf",
        metadata_title="Southern Partners 2026",
        cover=Cover(
            "Southern Partners 2026",
            [
                "Good practices of South-South and triangular cooperation",
                "Nominations from Portuguese-speaking Africa and the Pacific",
            ],
        ),
        toc=True,
        toc_title="Table of Contents",
        header="Southern Partners 2026 – Lusophone Africa and the Pacific",
        footer="Prepared by the Cooperation Desk",
        page_numbers="page_of",
        cards=[card_angola_sao_tome(), card_viet_nam_samoa()],
    )


# ---------------------------------------------------------------- (b) Somalia, Horn of Africa


def single_somalia_horn() -> Nomination:
    card = Card(
        letter="T",
        title="Milk of the Drylands: Somali Women's Camel Dairies Learning from Ethiopian and "
        "Djiboutian Processors",
        nominee=[
            Field("Name of nominee:", "Ms. Hodan Mohamed Elmi"),
            Field("Position:", "Chairperson"),
            Field("Nominating organization:", "Hiil Hooyo (Mothers' Support), Garowe"),
            Field("Country:", "Somalia"),
            Field("Tel.:", "+252 5 841 227"),
            Field("Mobile:", "061 552 0473"),
            Field("WhatsApp:", "+252 90 771 4530"),
            Field("E-mail:", "hodan.elmi@hiilhooyo.so"),
            Field("Website:", "www.hiilhooyo.so"),
        ],
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Somalia has one of the largest camel herds in the world, and camel "
                        "milk is sold every morning in the markets of Garowe, Galkayo and "
                        "Bosaso by women who carry it in plastic jerrycans. In the heat much "
                        "of it sours before noon, and buyers in the Gulf states reject it "
                        "for lack of testing. Hiil Hooyo (Mothers' Support), a network of 36 "
                        "women's milk groups in Puntland, asked processors in the Somali "
                        "Region of Ethiopia and in Djibouti to show them how to chill, "
                        "pasteurise and pack milk."
                    ),
                    Para(
                        "The Ministry of Livestock, Forestry and Range (MoLFR) of the Federal "
                        "Government of Somalia and the IGAD Centre for Pastoral Areas and "
                        "Livestock Development (ICPALD) backed the request in 2021, and the "
                        "Korea International Cooperation Agency (KOICA) financed the "
                        "equipment under grant SO-2022-0318."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Hiil Hooyo (Mothers' Support), Garowe", marker="–"),
                    Item("Ministry of Livestock, Forestry and Range (MoLFR), Somalia", marker="–"),
                    Item("Haramaya University, Ethiopia", marker="–"),
                    Item("Gode Caano, Gode", marker="–"),
                    Item("Arta Lait, Djibouti", marker="–"),
                    Item(
                        "IGAD Centre for Pastoral Areas and Livestock Development (ICPALD)",
                        marker="–",
                    ),
                    Item("Korea International Cooperation Agency (KOICA)", marker="–"),
                    Item("Qorrax Solar, Bosaso", marker="–"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The three countries share the same pastoral culture and the same "
                        "language across their borders. Forty Somali women spent a month at "
                        "Gode Caano, a cooperative dairy named after its town in the Somali "
                        "Region, and at Arta Lait, a small plant in the hills above Djibouti "
                        "City. Prof. Getachew Alemu Tefera and Dr. Selamawit Tadesse "
                        "Woldemariam of Haramaya University taught hygiene and testing in "
                        "Somali and Amharic, and Mme Kadra Youssouf Houssein of Arta Lait "
                        "taught packaging in French and Somali. Somalia shared in return its "
                        "herders' early warning of drought, now used by Gode Caano."
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "Between 2022 and 2025 the groups set up 14 collection centres with "
                        "solar chillers installed by Qorrax Solar, and 1,120 women were "
                        "trained. Milk losses fell from 40% to 9%, and the price paid to "
                        "women rose from USD 0.80 to USD 1.35 per litre. A buyer in Salalah, "
                        "Oman, now takes 2,500 litres of pasteurised milk a week, tested "
                        "by the laboratory of Haramaya University. Mr. Abdikarim Hassan Nur, "
                        "the founder of Qorrax Solar, trained 28 young technicians to keep "
                        "the chillers running."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "Each collection centre is owned by a women's group that pays for "
                        "maintenance from a levy of five cents a litre. The MoLFR has adopted "
                        "the hygiene standard written with Haramaya University, and the "
                        "ICPALD has added it to its regional guidelines for the Horn of "
                        "Africa. The Brotherhood of Camel Traders of Galkayo lends money "
                        "to groups that want a second chiller."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Milk is collected twice a day, from 05:30 to 08:00 and from 17:00 "
                        "to 18:30, and cooled within two hours of milking. Chillers run on "
                        "solar panels, a first for dairies in the region, and the milking "
                        "cans were copied from a model donated by a dairy supplier in "
                        "Lebanon, Pennsylvania. Women record each delivery by text message, "
                        "and the network pays them by mobile money every Thursday."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Herders of Kenya, the Sudan and Eritrea have visited the Garowe "
                        "centre, and camel owners of Mauritania and Niger have asked for the "
                        "manual in French. The Sultanate of Oman and Saudi Arabia buy more "
                        "camel milk every year, and ports on the Gulf of Aden and the Red "
                        "Sea make export easy. Date and camel farmers of the Jordan Valley "
                        "have also asked for the hygiene standard."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Women's entrepreneurship"),
                    Item("Resilience of pastoral livelihoods"),
                    Item("Food safety"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The work was presented at the IGAD Livestock Ministerial Forum in "
                        "Djibouti in 2024 and on Radio Daljir. The hygiene manual (ISBN "
                        "978-9966-52-118-4) can be downloaded at "
                        "https://www.hiilhooyo.so/manual and the training videos at "
                        "icpald-dairy.org/somali. Market days are announced on the "
                        "WhatsApp group of each centre."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Ms. Hodan Mohamed Elmi\nChairperson, Hiil Hooyo, Garowe\n"
                        "Tel.: +252 5 841 227 / WhatsApp +252 90 771 4530\n"
                        "E-mail: hodan.elmi@hiilhooyo.so"
                    ),
                    Para(
                        "Dr. Selamawit Tadesse Woldemariam\nAssociate Professor, Haramaya "
                        "University, Dire Dawa\nTel.: 00 251 25 111 0417; mobile +251.91.150.3322\n"
                        "E-mail: selamawit.t@haramaya.edu.et"
                    ),
                    Para(
                        "Eng. Salim bin Hamad Al-Rawahi\nQuality Manager, Dhofar Camel Dairy, "
                        "Salalah\nTel.: +968 2321 4480 ext. 305\nE-mail: s.alrawahi@dhofar-camel.om"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Abdiweli Farah Guled, National Programme Officer, ILO Office for "
                        "Somalia, Mogadishu, guled@ilo.org, +252 61 4478 902"
                    ),
                    Para(
                        "Ms. Meron Haile Gebreselassie, Rural Economy Specialist, ILO, Addis "
                        "Ababa, gebreselassie@ilo.org, +251 11 551 7084 ext. 231"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout8_single_somalia_horn.pdf",
        cards=[card],
        title_size=15.0,
        label_bold=True,
        header="Nomination T",
        footer="SSTC Good Practices 2026",
        page_numbers="plain",
    )


# ---------------------------------------------------------------- (c) Andes, two columns


def single_andes_twocolumn() -> Nomination:
    card = Card(
        letter=None,
        title="Threads of the Altiplano: Alpaca Fibre Skills Shared by Weavers of Bolivia, "
        "Peru and Ecuador",
        nominee=[
            Field("Nominee:", "Sra. María Eugenia Huanca Limachi, Executive Director"),
            Field("Organization:", "Sumaq Q'aytu, El Alto"),
            Field(
                "Address:",
                "Calle 5 No. 1284, Villa Dolores, El Alto, Bolivia (Plurinational State of)",
            ),
            Field("Tel./Fax:", "(+591) 2 2417385"),
            Field("Mobile:", "71548236"),
            Field("E-mail:", "mehuanca@sumaq-qaytu.org.bo"),
            Field("Website:", "www.sumaq-qaytu.org.bo"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                DESCRIPTION,
                [
                    Para(
                        "Alpaca and llama herders of the high plateau sell most of their "
                        "fibre raw, unsorted and at a low price, while the yarn made from it "
                        "is spun and dyed abroad. Sumaq Q'aytu, a network of 52 weaving "
                        "groups of El Alto and the Altiplano, wanted its members to sort, "
                        "spin and dye fibre themselves. In 2022 the Ministerio de Desarrollo "
                        "Productivo y Economía Plural (Ministry of Productive Development and "
                        "Plural Economy) of the Plurinational State of Bolivia asked Peru's "
                        "Instituto Nacional de Innovación Agraria (INIA) and weavers of "
                        "Ecuador to share their methods, with Swisscontact as the third "
                        "partner."
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Sumaq Q'aytu, El Alto"),
                    Item(
                        "Ministerio de Desarrollo Productivo y Economía Plural, Bolivia "
                        "(Plurinational State of)"
                    ),
                    Item("Instituto Nacional de Innovación Agraria (INIA), Peru"),
                    Item(
                        "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca "
                        "(MPCEIP), Ecuador"
                    ),
                    Item("Guamote Awana, Chimborazo"),
                    Item("Swisscontact"),
                    Item("Altiplano Yarns, Panama City, Florida"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "The three countries share the same animals, the same altitude and "
                        "the same weaving traditions. Thirty-two Bolivian weavers spent five "
                        "weeks at the INIA station near Puno, on the shore of Lake Titicaca, "
                        "where Prof. Hernán Apaza Ccama taught fibre grading. Weavers of "
                        "Guamote Awana, a group named after its town in Chimborazo, showed "
                        "natural dyeing, and a dye trainer from San Pedro Sula, Lic. Karla "
                        "Yamileth Bonilla, taught colour fastness. Courses were held in "
                        "Spanish, Aymara, Quechua and Kichwa. Bolivia shared in return its "
                        "herd registry, now used by Peruvian herders.[^1]"
                    ),
                    Footnote(
                        "1",
                        "The registry was first built for vicuña fibre in Ulla Ulla.",
                    ),
                ],
            ),
            Section(
                4,
                ACHIEVEMENTS,
                [
                    Para(
                        "From 2023 to 2025, 640 weavers were trained, 78% of them women, and "
                        "19 sorting centres were opened. Fibre of 19 to 22 microns now sells "
                        "for BOB 95 per kilogram instead of BOB 38. Sumaq Q'aytu exports yarn "
                        "to Altiplano Yarns, a shop in Panama City, Florida, and sold 4.2 "
                        "tonnes at the Santa Cruz de la Sierra fair. Ing. Wilfredo Condori "
                        "Choque of the ministry counted 210 new jobs in spinning."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The sorting centres are run by the weaving groups, which keep 5% of "
                        "each sale for repairs. The Ministerio de Desarrollo Productivo y "
                        "Economía Plural has included fibre sorting in its programme for "
                        "2025-2030, and the MPCEIP of Ecuador has done the same for Riobamba "
                        "and Guamote. Swisscontact's support ends in 2026 (grant BO-T1342)."
                    ),
                ],
            ),
            Section(
                6,
                "Innovation",
                [
                    Para(
                        "Weavers grade fibre with a pocket microscope linked to a phone, and "
                        "the dye recipes use plants of the puna instead of imported powders. "
                        "Centres open from 08:00 to 12:30 on market days so that herders can "
                        "deliver fibre and buy yarn in the same trip."
                    ),
                ],
            ),
            Section(
                7,
                REPLICABILITY,
                [
                    Para(
                        "Herders of the north of Argentina and Chile have asked to visit El "
                        "Alto, and artisans from Ciudad Bolívar have asked for the dyeing "
                        "course. Wool and mohair producers of the Mexican plateau, of "
                        "Lesotho and of Türkiye face the same problem of selling raw fibre."
                    ),
                ],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Skills for rural youth"),
                    Item("Women's cooperatives"),
                    Item("Fair trade and value chains"),
                ],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [
                    Para(
                        "The work was shown at the Alpaca Fiesta of Arequipa in 2024. "
                        "The grading guide is at https://www.sumaq-qaytu.org.bo/guia and "
                        "the dye recipes at guamote-awana.ec/tintes."
                    ),
                ],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Sra. María Eugenia Huanca Limachi\nExecutive Director, Sumaq "
                        "Q'aytu, El Alto\nTel./Fax: (+591) 2 2417385 / 71548236\n"
                        "mehuanca@sumaq-qaytu.org.bo"
                    ),
                    Para(
                        "Sra. Rosa Elvira Chimbo Guamán\nPresident, Guamote Awana, Guamote\n"
                        "Tel.: +593 3 296 1184; mobile +593 98 715 2240\n"
                        "E-mail: coordinacion.tejidos@guamote-\nawana.ec"
                    ),
                    Para(
                        "Ms. Danielle Whitcomb-Reyes\nOwner, Altiplano Yarns, Panama City, "
                        "Florida\nPhone: +1 (850) 763-2291\ndanielle@altiplanoyarns.com"
                    ),
                ],
            ),
            Section(
                11,
                "ILO Contacts",
                [
                    Para(
                        "Mr. Juan Carlos de la Cruz Villca\nEnterprise Specialist, ILO Office "
                        "for the Andean Countries, Lima\njcdelacruz@ilo.org, +51 1 615 0374"
                    ),
                    Para(
                        "Sra. Valeria Torrico Arce\nNational Coordinator, ILO, La Paz\n"
                        "torrico@ilo.org, +591 2 2413906"
                    ),
                ],
            ),
        ],
    )
    return Nomination(
        file_name="heldout8_single_andes_twocolumn.pdf",
        cards=[card],
        body_size=10.0,
        heading_size=11.0,
        title_size=14.0,
        footer="SSTC Good Practices – Nomination form",
        page_numbers="dash",
    )


CASES: Cases = {
    "batch_lusophone_pacific": batch_lusophone_pacific,
    "single_somalia_horn": single_somalia_horn,
    "single_andes_twocolumn": single_andes_twocolumn,
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], CASES, "generate_heldout8.py"))
