"""Entities: persons and organisations as contact sections and partner lists write them.

Grouped by rule. Each test uses invented names; its comment says which measured error class
it pins (issue 12's list, and the first runs of held-out sets 6 and 7).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_entities import annotate, card, item, para, section, values

from pipeline.entities.names import dropped_leading_words
from pipeline.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


# --------------------------------------------------------------------- honorifics


def test_honorifics_of_west_african_and_malay_usage_are_not_part_of_the_name(
    nlp: Language,
) -> None:
    # Held-out set 6: "Hajiya" and "Puan" were kept in the name.
    blocks = [
        para("Hajiya Zainab Musa Garba, Chair, Women Shea Collectors Union, Bida"),
        para("zgarba@wscu.example.ng"),
        para("Puan Siti Aminah binti Rahman, Director, Pineapple Growers Board, Johor"),
        para("siti.aminah@pgb.example.my"),
        para("Alhaji Ibrahim Danjuma, Secretary, Kaduna Traders Association"),
        para("idanjuma@kta.example.ng"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Zainab Musa Garba", ["zgarba@wscu.example.ng"]),
        ("Siti Aminah binti Rahman", ["siti.aminah@pgb.example.my"]),
        ("Ibrahim Danjuma", ["idanjuma@kta.example.ng"]),
    ]
    persons = values(result, "PERSON")
    assert not [p for p in persons if p.split()[0] in {"Hajiya", "Puan", "Alhaji"}], persons


def test_lower_case_and_two_word_honorifics_open_a_contact(nlp: Language) -> None:
    # Held-out set 10: "gđa Lejla ..." and "Doña Remedios ..." were not seen as contacts, so
    # their e-mails went to the contact above; "Lok Srey KEO Sophal" kept its honorific.
    blocks = [
        para("Mr. Goran Ilievski, Manager, Bresta, Kičevo, goran@bresta-mebel.mk"),
        para("gđa Amra Hodžić, Head of Training, Jela, Zenica, amra.hodzic@jela-zenica.ba"),
        para("Lok Srey CHAN Dara"),
        para("Chair, Pich Sen, Kampot"),
        para("Email: dara.chan@pichsen-kampot.org"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Goran Ilievski", ["goran@bresta-mebel.mk"]),
        ("Amra Hodžić", ["amra.hodzic@jela-zenica.ba"]),
        ("CHAN Dara", ["dara.chan@pichsen-kampot.org"]),
    ]


def test_an_acronym_of_a_lower_case_concept_and_a_test_are_no_organisations(
    nlp: Language,
) -> None:
    # Held-out set 15: "recognition of prior learning (RPL)", then "RPL" alone, and "NITA
    # Government Trade Test" (a certificate) were taken for organisations.
    text = (
        "Masons are assessed through recognition of prior learning (RPL) by the National "
        "Construction Authority (NCA). The NCA has put RPL in its budget, and 80 masons "
        "received an NCA Government Trade Test certificate in 2024."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    orgs = set(values(result, "ORG"))
    assert "National Construction Authority" in orgs
    assert not [o for o in orgs if "RPL" in o or "Test" in o or "prior" in o], orgs


def test_a_name_the_model_reads_on_the_nominee_address_line_is_a_place(nlp: Language) -> None:
    # Held-out set 16's fix to the table layout put set 14's address on one line, and its
    # neighbourhood "Cuarta Sección" came out as a person.
    nominee = (
        "Full name: Mtra. Citlali Ramírez Ortiz\n"
        "Domicilio / Address: Calle 16 de Septiembre No. 8, Tercera Sección, C.P. 70000, "
        "Juchitán de Zaragoza, Oaxaca\n"
        "País / Country: México"
    )
    result = annotate(nlp, card([], nominee, country="MX"))
    assert not [p for p in values(result, "PERSON") if "Sección" in p or "Juchitán" in p]


def test_an_ambiguous_form_of_address_before_a_full_name_and_then_a_part(nlp: Language) -> None:
    # Held-out set 16: "Ato" (Amharic "Mr", also a Fante given name) before a full name of
    # three words is a form of address; the card then writes "Ato Biniyam" for the same man.
    text = (
        "The association is chaired by Ato Kebede Alemu Tesfaye, a machinist. Ato Kebede "
        "and six members spent five weeks in Tiruppur."
    )
    result = annotate(nlp, card([section(3, "description", [para(text)])]))
    assert set(values(result, "PERSON")) == {"Kebede Alemu Tesfaye"}


def test_a_word_the_card_leaves_out_of_a_name_is_a_form_of_address(nlp: Language) -> None:
    # Held-out sets 10-19: forms of address the vocabulary lacks ("Mma", "Ustoz", "Chef")
    # stayed in front of a name the card also writes without them. An invented word here, so
    # no vocabulary can know it.
    story = (
        "The dyers were trained by Kwaro Tendai Mukoni of Chiredzi. Tendai Mukoni then "
        "visited the second group."
    )
    contacts = [para("Kwaro Tendai Mukoni, Chair, Chiredzi Dyers Union, t.mukoni@cdu.example.zw")]
    result = annotate(
        nlp,
        card([section(1, "description", [para(story)]), section(10, "contacts", contacts)]),
    )
    assert set(values(result, "PERSON")) == {"Tendai Mukoni"}
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Tendai Mukoni", ["t.mukoni@cdu.example.zw"])
    ]


@pytest.mark.parametrize(
    ("persons", "dropped"),
    [
        ({"Kwaro Tendai Mukoni", "Tendai Mukoni"}, {"Kwaro"}),
        # a second given name left out keeps the first
        ({"Ana Lucía Ferraz", "Ana Ferraz"}, set()),
        # "Md." (Muhammad) and "Ma." (María) abbreviate given names
        ({"Md. Karim Hossain Sarder", "Karim Hossain Sarder"}, set()),
        # a family name alone is no name to compare with
        ({"Ana Lucía Ferraz", "Ferraz"}, set()),
        # nor a family name with its particle (held-out set 21: "Domingas Na Fanda")
        ({"Quintina Na Bissau", "Na Bissau"}, set()),
        # nor a father's and a family name after "bin" (held-out set 25)
        ({"Salim Rashid Bin Hamdan", "Rashid Bin Hamdan"}, set()),
        # nor a compound given name and a family name (held-out set 27: "Abdel Rahman")
        ({"Karim Abdul Wahid Haddad", "Abdul Wahid Haddad"}, set()),
    ],
)
def test_only_a_word_left_out_before_a_whole_name_is_a_form_of_address(
    persons: set[str], dropped: set[str]
) -> None:
    assert dropped_leading_words(persons) == dropped


def test_set_17_places_and_two_partners_on_one_line(nlp: Language) -> None:
    # Held-out set 17: "Vava'u, a group of islands" was declared an organisation; "INACOOP
    # and the Secretariado Uruguayo de la Lana (SUL)" was one partner; "Belize (Apiculture
    # Unit)" after a ministry's name on its list line gave "Belize" as an organisation.
    body = (
        "Lifuka, a group of islands in the south, imports its flour. The Fondo Nacional de "
        "Desarrollo (FONDES) lent the money."
    )
    partners = [
        item("FONDES and the Instituto Nacional de Colonización (INC)"),
        item("Ministry of Natural Resources and Agriculture, Guyana (Forestry Unit)"),
        item("Ministry of Trade and the Economy"),
    ]
    result = annotate(
        nlp,
        card([section(1, "description", [para(body)]), section(2, "main_partners", partners)]),
    )
    orgs = set(values(result, "ORG"))
    assert {"Fondo Nacional de Desarrollo", "Instituto Nacional de Colonización"} <= orgs, orgs
    assert not {"Lifuka", "Guyana", "Ministry of Trade"} & orgs, orgs
    assert not [o for o in orgs if " and the " in o and "FONDES" in o], orgs
    assert "Ministry of Trade and the Economy" in orgs


def test_set_17_contacts_with_a_title_in_brackets_or_a_middle_name_left_out(
    nlp: Language,
) -> None:
    # Held-out set 17: "Dr. Zheng Liyun (Ms.), Associate Professor, ..." and "Mrs. Hyacinth
    # McKenzie-Grant" (the nominee "Hyacinth Lorraine McKenzie-Grant") lost their contacts;
    # "Hadjé" (Chadian Arabic) stayed in a name; "Oficina de la OIT" was a person.
    body = "The association is chaired by Mrs. Marcia Elaine Thompson-Reid of Mandeville."
    contacts = [
        para("Mrs. Marcia Thompson-Reid"),
        para("Chairperson, Blue Hills Beekeepers"),
        para("marcia.reid@bluehills.example.jm"),
        para("Dr. Wang Meiling (Ms.), Associate Professor, Minjiang Institute, Fuzhou"),
        para("wangml@minjiang.example.cn"),
        para("Hadjé Achta Mahamat Nour, Présidente, Groupement Laban Kanem, Mao"),
        para("achta.nour@labankanem.example.td"),
    ]
    ilo = [para("Sra. Rosa Pérez Ibarra, Especialista, Oficina de la OIT para el Cono Sur")]
    result = annotate(
        nlp,
        card(
            [
                section(1, "description", [para(body)]),
                section(10, "contacts", contacts),
                section(11, "ilo_contacts", ilo),
            ]
        ),
    )
    assert [c.name for c in result.contacts][:3] == [
        "Marcia Elaine Thompson-Reid",
        "Wang Meiling",
        "Achta Mahamat Nour",
    ]
    assert not [p for p in values(result, "PERSON") if "Oficina" in p]


def test_a_name_opening_with_an_okina_stays_whole(nlp: Language) -> None:
    # Held-out set 17: "'Ana Vaipulu Motuliki" (Tongan, an ʻokina typed as an apostrophe)
    # came out as "Vaipulu Motuliki".
    text = "Five members, led by her deputy, 'Ofa Latu Fifita, spent six weeks in Suva in 2023."
    result = annotate(nlp, card([section(3, "description", [para(text)])]))
    persons = values(result, "PERSON")
    assert "'Ofa Latu Fifita" in persons and "Latu Fifita" not in persons, persons


def test_set_18_french_office_lists_maiden_names_and_one_letter_names(nlp: Language) -> None:
    # Held-out set 18: a French ILO office name whose countries carry articles ("pour la
    # Côte d'Ivoire, le Bénin, ... et le Togo") was cut after its first country and its
    # other countries counted as mentions; "Zalissa Nignan née Bationo" and "Mr. Y Phon
    # Knul" (an Ede name whose first word is one letter) lost their contacts.
    contacts = [
        para("Mme Awa Ouédraogo née Sawadogo, Présidente, Teega Wendé, BP 12 Léo, awa@teega.bf"),
        para("Mr. Y Blieng Niê"),
        para("Vice-Director, Ea Kmat Coffee Cooperative"),
        para("y.blieng@eakmat.example.vn"),
    ]
    ilo = [
        para(
            "Mme Fanta Koné, Chargée de programme, Bureau de pays de l'OIT pour le Sénégal, "
            "la Gambie, le Cap-Vert et la Guinée, Dakar, kone@ilo.org"
        )
    ]
    result = annotate(
        nlp, card([section(10, "contacts", contacts), section(11, "ilo_contacts", ilo)])
    )
    assert [c.name for c in result.contacts] == ["Awa Ouédraogo", "Y Blieng Niê", "Fanta Koné"]
    countries = [e for e in result.entities if e.label == "COUNTRY" and e.section == 11]
    assert all(e.in_name for e in countries), countries


def test_set_19_a_dash_joined_town_a_bracketed_title_and_a_label(nlp: Language) -> None:
    # Held-out set 19: "Red Binacional de Mujeres Dajabón–Ouanaminthe, a network of ..."
    # declared the town "Ouanaminthe" an organisation; "Alhaja (Mrs.) Adunni ..." kept its
    # bracketed title and lost its contact; "Institución / Institution:" was an organisation.
    nominee = "Nombre / Name: Ana Rosa Peña\nInstitución / Institution: Cacao Ciguapa, Dajabón"
    partners = [item("Red de Mujeres Elías Piña–Belladère, a network of market women")]
    body = "Market women of Belladère sell the beans."
    contacts = [
        para("Alhaja (Mrs.) Folake Adeyemi-Cole, President, Ìrẹ́pọ̀ Ẹgbẹ́, Abeokuta"),
        para("folake@irepo.example.ng"),
    ]
    result = annotate(
        nlp,
        card(
            [
                section(1, "description", [para(body)]),
                section(2, "main_partners", partners),
                section(10, "contacts", contacts),
            ],
            nominee,
        ),
    )
    orgs = set(values(result, "ORG"))
    assert not {"Belladère", "Institución / Institution", "Institution"} & orgs, orgs
    assert [c.name for c in result.contacts] == ["Folake Adeyemi-Cole"]


def test_hassaniya_particles_stay_in_names(nlp: Language) -> None:
    # Held-out set 16: "Khadijetou mint Bouh Deida" and "Mohamedou ould Cheikh Sidi" were
    # cut at "mint" and "ould" (daughter of, son of), and their contacts lost.
    text = "Mariem mint Ahmed Salem, who leads the fish traders, organised the collection."
    blocks = [
        para("M. Sidi ould Mohamed Lemine, Directeur, Bahr Amane, Nouadhibou, +222 22 45 18 90"),
        para("sidi.lemine@bahramane.example.mr"),
    ]
    result = annotate(
        nlp, card([section(1, "description", [para(text)]), section(10, "contacts", blocks)])
    )
    assert "Mariem mint Ahmed Salem" in values(result, "PERSON")
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Sidi ould Mohamed Lemine", ["sidi.lemine@bahramane.example.mr"])
    ]


def test_newspapers_broadcasters_and_turkish_roles_are_no_persons(nlp: Language) -> None:
    # Held-out set 16: "the Senegalese daily Le Soleil", "Radio Ondas Quijos", "Karadeniz
    # Gazetesi", "TRT Haber" and "Yönetim Kurulu Başkanı" (chair of the board) were persons.
    text = (
        "The drill was covered by the daily La Voz del Sur, by Radio Sonidos Andinos and by "
        "Ordu Gazetesi and Kanal Haber. Its report went to the Genel Müdürü of the park."
    )
    result = annotate(nlp, card([section(9, "other", [para(text)])]))
    assert not values(result, "PERSON")


def test_partners_numbered_as_text_and_with_a_long_translation(nlp: Language) -> None:
    # Held-out set 16: a partners list numbered "1. ", "2. " as typed text lost "Ministry of
    # Labour and Skills" (the model cut it at "and"), and a Turkish ministry followed by its
    # English name in brackets had too many words to be a list name.
    partners = [
        para("Partners in Kenya and Ethiopia:"),
        para("1. Nyota Weavers Trust, Nakuru"),
        para("2. Ministry of Labour and Skills, Federal Democratic Republic of Ethiopia"),
        para(
            "3. Gıda Tarım ve Hayvancılık Bakanlığı (Ministry of Food, Agriculture and Livestock)"
        ),
    ]
    result = annotate(nlp, card([section(2, "main_partners", partners)]))
    orgs = set(values(result, "ORG"))
    assert {
        "Nyota Weavers Trust",
        "Ministry of Labour and Skills",
        "Gıda Tarım ve Hayvancılık Bakanlığı",
    } <= orgs, orgs


def test_turkish_organisation_words(nlp: Language) -> None:
    # Held-out set 16: "Çalışma ve Sosyal Güvenlik Bakanlığı" (a ministry) was missed.
    partners = [
        item("Tarım ve Orman Bakanlığı (Ministry of Agriculture and Forestry)"),
        item("Karadut Üreticileri Derneği, Malatya"),
    ]
    result = annotate(nlp, card([section(2, "main_partners", partners)]))
    assert {"Tarım ve Orman Bakanlığı", "Karadut Üreticileri Derneği"} <= set(values(result, "ORG"))


def test_a_partner_and_its_unit_are_two_organisations(nlp: Language) -> None:
    # Held-out set 15: "MTESS and its Servicio Nacional de Promoción Profesional (SNPP)", one
    # partners-list item, came out as one organisation.
    body = "The Ministerio de Trabajo y Previsión Social (MINTRAB) funded the pilot."
    partners = [
        item("MINTRAB and its Instituto Técnico de Capacitación y Productividad (INTECAP)"),
        item("Asociación Ija'tz de Tejedoras"),
    ]
    result = annotate(
        nlp,
        card([section(1, "description", [para(body)]), section(2, "main_partners", partners)]),
    )
    orgs = set(values(result, "ORG"))
    assert {
        "Ministerio de Trabajo y Previsión Social",
        "Instituto Técnico de Capacitación y Productividad",
    } <= orgs
    assert not [o for o in orgs if " and its " in o], orgs


def test_a_nickname_in_brackets_or_quotes_is_not_part_of_the_name(nlp: Language) -> None:
    # Held-out set 15: "Kanokwan Srisuwan (Khun Noi)" kept its bracket and her contact was
    # lost; Néstor "Chango" Aguirre was not found at all.
    blocks = [
        para("Ratana Wongsakul (Khun Ploy), Director, Baan Sabai, Chiang Rai"),
        para("ratana.w@baansabai.example.th"),
        para("Mrs. Suda Chaiwong (Khun Nok) Chairperson, Baan Sabai Cooperative Ltd."),
        para("E-mail: suda.c@baansabai.example.th"),
    ]
    text = 'The kilns were rebuilt by Teodoro "Toti" Benítez and two apprentices.'
    result = annotate(
        nlp, card([section(1, "description", [para(text)]), section(10, "contacts", blocks)])
    )
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Ratana Wongsakul", ["ratana.w@baansabai.example.th"]),
        ("Suda Chaiwong", ["suda.c@baansabai.example.th"]),
    ]
    assert {"Ratana Wongsakul", "Teodoro Benítez"} <= set(values(result, "PERSON"))


def test_one_name_after_an_honorific_and_ngo_only_in_capitals(nlp: Language) -> None:
    # Held-out set 10: "Pak Sutrisno, a farmer" (one name) was missed, and "Mama Esther Ngo
    # Nlend" became an organisation ("Ngo", a name particle, read as "NGO").
    text = (
        "Pak Wiryono, a shrimp farmer of Kendal, hosted them. Mama Grace Ngo Biyong, who "
        "built the first oven, trained the women of two NGOs."
    )
    result = annotate(nlp, card([section(3, "description", [para(text)])]))
    persons = values(result, "PERSON")
    assert {"Wiryono", "Grace Ngo Biyong"} <= set(persons), persons
    assert not [o for o in values(result, "ORG") if "Ngo" in o], values(result, "ORG")


def test_a_name_line_without_an_honorific_opens_a_contact_above_a_role_line(
    nlp: Language,
) -> None:
    # Held-out set 11: "TOKTOSUNOVA Aizada Bekmamatovna" / "General Manager, ..." and
    # "Maître ... Legal Adviser" were no contacts; their e-mails went to nobody.
    blocks = [
        para("ABDIEVA Gulnara Toktomushevna"),
        para("General Manager, Kara-Jygach Walnuts"),
        para("E-mail: g.abdieva@karajygach.kg"),
        para("Maître Paul Mbuyi Kasongo Legal Adviser, COOPEMA, Butembo"),
        para("E-mail: pmbuyi@coopema.cd"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("ABDIEVA Gulnara Toktomushevna", ["g.abdieva@karajygach.kg"]),
        ("Paul Mbuyi Kasongo", ["pmbuyi@coopema.cd"]),
    ]


def test_address_words_particles_and_labels_are_no_persons(nlp: Language) -> None:
    # Held-out set 11: "Rukidi III Street", "P.O. Box", "de" + "Beni" (a name cut at a
    # column break) and "the Mar Limpio label" gave persons.
    text = (
        "Plot 9, Kaboyo Road, P.O. Box 77, Kasese. The compost of the Bweramule fishers is "
        "sold under the Sal Marina label. The Union des taxi-motards de\nButembo met."
    )
    result = annotate(nlp, card([section(3, "description", [para(text)])]))
    persons = values(result, "PERSON")
    assert not [p for p in persons if p.startswith("de ") or "Box" in p or "Road" in p], persons
    assert "Sal Marina" not in persons, persons


def test_a_sentence_case_romance_name_defines_its_acronym(nlp: Language) -> None:
    # Held-out set 11: "Associação de mulheres produtoras de cacau de Liquiçá (AMPCL)" has
    # one capital after its head word, so "AMPCL" stayed an unexplained acronym.
    partners = [item("Associação de mulheres produtoras de café de Ermera (AMPCE)")]
    body = para("Fourteen women of the AMPCE spent two weeks in Bougainville.")
    result = annotate(
        nlp, card([section(1, "description", [body]), section(2, "main_partners", partners)])
    )
    orgs = values(result, "ORG")
    assert "AMPCE" not in orgs, orgs
    assert "Associação de mulheres produtoras de café de Ermera" in orgs, orgs


def test_dutch_names_possessive_owners_and_roles_of_other_languages(nlp: Language) -> None:
    # Held-out set 12: "Ministerie van Arbeid, Werkgelegenheid en Jeugdzaken" cut at its
    # comma, "Tunisia's Ministère de ..." kept the owner, "P.O. Box" as an organisation and
    # "Coordenadora" run into the contact's name.
    text = (
        "In 2022 Senegal's Ministère de l'Élevage, des Pêches et de l'Aquaculture and the "
        "Ministerie van Landbouw, Veeteelt en Visserij signed. Write to P.O. Box 91, Paramaribo."
    )
    contacts = [
        para("Profa. Ana Lúcia Barros"),
        para("Coordenadora, IFPA Macapá"),
        para("E-mail: ana.barros@ifpa.edu.br"),
    ]
    result = annotate(
        nlp,
        card([section(1, "description", [para(text)]), section(10, "contacts", contacts)]),
    )
    orgs = values(result, "ORG")
    assert "Ministère de l'Élevage, des Pêches et de l'Aquaculture" in orgs, orgs
    assert "Ministerie van Landbouw, Veeteelt en Visserij" in orgs, orgs
    assert not [o for o in orgs if "Box" in o or "Senegal's" in o], orgs
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Ana Lúcia Barros", ["ana.barros@ifpa.edu.br"])
    ]


# --------------------------------------------------------------------- name particles


def test_names_with_particles_stay_whole(nlp: Language) -> None:
    # Held-out set 6: "María Fernanda de la Hoz Castillo" was cut at "de la".
    blocks = [
        para("Ms. Luisa Fernanda de la Torre Mejía, Instructor, SENA Regional Caldas"),
        para("ldelatorre@sena.example.co"),
        para("Mr. Pieter van den Berg, Adviser, Dutch Water Partnership"),
        para("pvandenberg@dwp.example.nl"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == [
        "Luisa Fernanda de la Torre Mejía",
        "Pieter van den Berg",
    ]
    persons = values(result, "PERSON")
    assert "Luisa Fernanda" not in persons
    assert "Luisa Fernanda de la Torre Mejía" in persons


def test_turkic_patronymics_stay_in_the_name(nlp: Language) -> None:
    # Held-out set 13: "Elvin Rasul oglu Mammadli" was cut at the lower-case "oglu" (son
    # of), and the contact lost; Azerbaijani, Uzbek and Kyrgyz write the father's name so.
    blocks = [
        para("Mr. Tural Akif oglu Safarov, Director, Ganja Carpet Workshop, Ganja"),
        para("tural.safarov@gcw.example.az"),
        para("Ms. Nigar Elshad qizi Karimova, Trainer, Lankaran Tea Growers, Lankaran"),
        para("nigar.karimova@ltg.example.az"),
        para("Mr. Bakyt Almaz uulu, Manager, Naryn Felt Cooperative, Naryn"),
        para("bakyt@nfc.example.kg"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == [
        "Tural Akif oglu Safarov",
        "Nigar Elshad qizi Karimova",
        "Bakyt Almaz uulu",
    ]


def test_a_form_of_address_after_or_inside_a_name_is_no_part_of_it(nlp: Language) -> None:
    # Held-out set 13: "Rauf müəllim" (teacher, after a one-word name) was missed and
    # "Leyla xanım Aliyeva" (lady, between the names) was not found. Turkish, Azerbaijani
    # and Persian write such forms after the given name.
    text = (
        "In Sheki, Samir müəllim taught the guest-house keepers to cook for visitors, and "
        "Günel xanım Mammadova kept the accounts of the network. Ayşe Hanım, who runs a "
        "pension in Kars, joined them in 2024."
    )
    result = annotate(nlp, card([section(3, "horizontal_cooperation", [para(text)])]))
    persons = values(result, "PERSON")
    assert "Samir" in persons
    assert "Günel Mammadova" in persons or "Günel xanım Mammadova" in persons
    assert "Ayşe" in persons
    assert not [p for p in persons if "müəllim" in p or p.endswith("Hanım")], persons


# --------------------------------------------------------------------- roles after a name


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        # Held-out sets 6 and 7: the first word of a job title was kept in the name.
        (
            "Ms. Hendrika van Dijk Skills Specialist, ILO Office for Southern Africa",
            "Hendrika van Dijk",
            "Skills Specialist",
        ),
        (
            "Mr. Kofi Mensah-Bonsu Employment Officer, Ministry of Labour, Accra",
            "Kofi Mensah-Bonsu",
            "Employment Officer",
        ),
        (
            "Sra. Rosa Elvira Montes Liaison Officer, Centro de Operaciones, Lima",
            "Rosa Elvira Montes",
            "Liaison Officer",
        ),
    ],
)
def test_a_job_title_after_a_name_without_a_comma_is_the_role(
    nlp: Language, line: str, name: str, role: str
) -> None:
    result = annotate(nlp, card([section(10, "contacts", [para(line), para("x@y.example.org")])]))
    assert [(c.name, c.role) for c in result.contacts] == [(name, role)]


def test_a_profession_alone_is_not_a_person(nlp: Language) -> None:
    # Held-out set 6: "Agronomist" on its own was tagged PERSON.
    blocks = [para("Mr. Sipho Dlamini"), para("Agronomist, Lowveld Growers"), para("s@lg.example")]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert "Agronomist" not in values(result, "PERSON")
    assert [c.name for c in result.contacts] == ["Sipho Dlamini"]


# --------------------------------------------------------------------- organisation lines


def test_a_person_after_the_organisation_line_is_not_part_of_it(nlp: Language) -> None:
    # Issue 12 class 5; held-out sets 6 and 7: the organisation on the line before the
    # person's name was joined to the name.
    blocks = [
        para(
            "Ministry of Water, Sanitation and Hygiene Mr. Tomas Okello, Senior Engineer, "
            "Kampala Phone: +256 414 505 942"
        ),
        para("E-mail: tokello@mwsh.example.ug"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    orgs = values(result, "ORG")
    assert "Ministry of Water, Sanitation and Hygiene" in orgs
    assert not [org for org in orgs if "Okello" in org], orgs
    assert [c.name for c in result.contacts] == ["Tomas Okello"]


def test_a_translation_in_brackets_is_the_same_organisation(nlp: Language) -> None:
    # Issue 12 class 5; held-out sets 6 and 7: the name and its translation were merged.
    text = (
        "The Office National du Bois (National Timber Office) trained 40 carpenters, and "
        "the Office National du Bois then certified them."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    orgs = values(result, "ORG")
    assert "Office National du Bois" in orgs
    assert not [org for org in orgs if "(" in org or "Timber" in org], orgs


def test_companies_named_in_the_partners_list_are_organisations(nlp: Language) -> None:
    # Issue 12 class 9; held-out sets 6 and 7: a company with only a proper name.
    partners = [
        item("Ministry of Agriculture, Fisheries and Rural Development"),
        item("Kiboko Crafts, Arusha"),
        item("Lumbwa Honey"),
    ]
    body = para("Kiboko Crafts buys the baskets and Lumbwa Honey packs the honey.")
    result = annotate(
        nlp,
        card([section(1, "description", [body]), section(2, "main_partners", partners)]),
    )
    orgs = values(result, "ORG")
    assert {"Kiboko Crafts", "Lumbwa Honey"} <= set(orgs), orgs
    assert not {"Kiboko Crafts", "Lumbwa Honey"} & set(values(result, "PERSON"))


def test_a_company_the_text_calls_one_in_apposition_is_an_organisation(nlp: Language) -> None:
    # Issue 12 class 9; held-out set 9: "Zotoé, a cosmetics company of Lomé", "Montecielo,
    # a family mill in Marcala" and a single-word partner were missed.
    partners = [
        item("Ministry of Trade and Industry"),
        item("Kasoro, a women's weaving group of Kabale"),
        item("Ndovu, a delivery platform of Kampala"),
        item("Tarakwa"),
        item("Cooperatives"),
    ]
    body = para(
        "Mbabazi, a family company that dries fruit in Mbarara, buys the crop. Akello Grace, "
        "a cooperative leader, and Rwenzori, a town whose cooperative grew, joined."
    )
    result = annotate(
        nlp,
        card([section(1, "description", [body]), section(2, "main_partners", partners)]),
    )
    orgs = set(values(result, "ORG"))
    assert {"Kasoro", "Ndovu", "Tarakwa", "Mbabazi"} <= orgs, orgs
    assert not {"Cooperatives", "Akello Grace", "Rwenzori"} & orgs, orgs


def test_a_long_ministry_name_with_commas_stays_whole_in_french_and_english(
    nlp: Language,
) -> None:
    # Issue 12 class 9; held-out set 9: the French name was cut at its first comma, the
    # English one at "Small" of "Small and Medium Enterprises".
    text = (
        "In 2023 the Ministère de l'Économie rurale, de l'Élevage, de la Pêche et des Eaux "
        "et Forêts signed the plan. The Ministry of Commerce, Crafts and Small and Medium "
        "Enterprises has included the exchange in its strategy."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    orgs = values(result, "ORG")
    assert (
        "Ministère de l'Économie rurale, de l'Élevage, de la Pêche et des Eaux et Forêts" in orgs
    ), orgs
    assert "Ministry of Commerce, Crafts and Small and Medium Enterprises" in orgs, orgs


def test_a_town_after_of_belongs_to_the_organisations_name(nlp: Language) -> None:
    # Held-out set 8: "Brotherhood of Camel Traders of Galkayo" was cut before its town; a
    # country after "of" stays out (the keys' convention).
    text = (
        "The Union of Salt Traders of Bosaso lends money to groups, and the Ministry of "
        "Health of Kenya pays the nurses."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    orgs = values(result, "ORG")
    assert "Union of Salt Traders of Bosaso" in orgs, orgs
    assert "Ministry of Health" in orgs or "Ministry of Health of Kenya" in orgs, orgs


def test_a_demonym_with_a_head_word_in_lower_case_is_no_organisation(nlp: Language) -> None:
    # Held-out set 9: "Staff of the Iraqi ministry" gave the organisation "Iraqi ministry".
    text = "Staff of the Malian ministry and of the CNSS spent six weeks in Bamako."
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    assert not [org for org in values(result, "ORG") if "ministry" in org], values(result, "ORG")


def test_a_place_joined_to_a_place_after_a_capitalised_in_is_no_person(nlp: Language) -> None:
    # Held-out set 8: "In Malanje and Kwanza Sul, ..." gave the person "Kwanza Sul".
    text = "In Huambo and Kwanza Norte, the women who make fuba earn little."
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    assert values(result, "PERSON") == []


def test_one_sense_per_card_for_places_and_partners(nlp: Language) -> None:
    # Held-out set 10: "visited Tháp Mười in 2024" after "families in Tháp Mười", and
    # "Manager, Javorina" for the partner "Javorina", gave persons.
    body = [
        para("Forty farmers spent a season with host families in Tam Nông and Hồng Ngự."),
        para("A farmer leader from Kendal visited Hồng Ngự in 2024 with his sons."),
    ]
    contacts = [para("Mr. Goran Ilievski, Manager, Bresta, Kičevo, goran@bresta-mebel.mk")]
    partners = [item("Bresta, a joinery of Kičevo")]
    result = annotate(
        nlp,
        card(
            [
                section(1, "description", body),
                section(2, "main_partners", partners),
                section(10, "contacts", contacts),
            ]
        ),
    )
    persons = values(result, "PERSON")
    assert "Hồng Ngự" not in persons and "Bresta" not in persons, persons
    assert "Bresta" in values(result, "ORG")


def test_a_field_of_work_and_a_phone_label_are_not_organisations(nlp: Language) -> None:
    # Held-out set 10: "Specialist, Enterprises and Cooperatives, ILO ..." and "GSM 0532 ..."
    # gave organisations; a listed name kept its acronym "(İTSO)" in a Turkish capital İ.
    contacts = [
        para(
            "Ms. Aline Fotso Kamga, Specialist, Enterprises and Cooperatives, ILO Office, "
            "Douala, fotso@ilo.org"
        ),
        para("Sayın Ayşe Demir, Head, Aksu, Bursa, +90 224 715 32 18, GSM 0532 417 26 93"),
    ]
    partners = [item("Bursa Ticaret ve Sanayi Odası (İBTSO)")]
    result = annotate(
        nlp, card([section(2, "main_partners", partners), section(10, "contacts", contacts)])
    )
    orgs = values(result, "ORG")
    assert "Enterprises and Cooperatives" not in orgs and "GSM" not in orgs, orgs
    assert "Bursa Ticaret ve Sanayi Odası" in orgs, orgs


def test_a_document_number_is_no_person(nlp: Language) -> None:
    # Held-out set 10: "by Resolución Ministerial N.º 112-2023" gave a person.
    text = "The ministry adopted the programme by Resolución Suprema N.º 045-2022-MIDAGRI."
    result = annotate(nlp, card([section(5, "sustainability", [para(text)])]))
    assert values(result, "PERSON") == []


def test_a_title_case_heading_and_a_bare_head_word_are_not_organisations(
    nlp: Language,
) -> None:
    # Held-out set 7: the subheading "Build Trust First" and a bare "Department".
    blocks = [
        para("Build Trust First"),
        para("The Department trained 30 inspectors with the Labour Inspectorate of Kenya."),
    ]
    result = annotate(nlp, card([section(4, "achievements_impact", blocks)]))
    orgs = values(result, "ORG")
    assert "Build Trust First" not in orgs
    assert "Department" not in orgs


def test_an_office_label_before_a_phone_is_no_organisation(nlp: Language) -> None:
    # Held-out set 6: "Mbabane Office: +268 ..." gave the organisation "Mbabane Office".
    blocks = [
        para("Mr. Themba Nxumalo, Trade Officer, Manzini Office: +268 2505 1234 ext. 12"),
        para("Email: tnxumalo@gov.example.sz"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert not [org for org in values(result, "ORG") if "Office" in org]
    assert [c.name for c in result.contacts] == ["Themba Nxumalo"]


def test_abbreviated_and_hyphenated_name_parts_stay_in_the_name(nlp: Language) -> None:
    # Held-out sets 6 and 7: "Md." opened no name, "al-Hashimi" ended it, "St." cut it.
    blocks = [
        para("Md. Anisur Rahman Chowdhury, Director, Delta Boatbuilders Cooperative"),
        para("anisur@dbc.example.bd"),
        para("Mr. Yusuf al-Mansouri, Adviser, Gulf Crafts Council"),
        para("yusuf@gcc.example.org"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == ["Md. Anisur Rahman Chowdhury", "Yusuf al-Mansouri"]
    text = "The visit of Ms. Grace St. Clair to the cooperative was a success."
    other = annotate(nlp, card([section(4, "achievements_impact", [para(text)])]))
    assert "Grace St. Clair" in values(other, "PERSON")


def test_a_shorter_form_of_a_card_person_is_that_person(nlp: Language) -> None:
    # Held-out sets 6 and 7: "Edna Patricia" in the text and "Edna Patricia dos Santos
    # Lopes" in the contacts are one person.
    story = para("Edna Patricia trained the first group, and Santos Lopes ran the kitchen.")
    contacts = [para("Ms. Edna Patricia dos Santos Lopes, Director of Training, Praia")]
    result = annotate(
        nlp,
        card([section(1, "description", [story]), section(10, "contacts", contacts)]),
    )
    assert set(values(result, "PERSON")) == {"Edna Patricia dos Santos Lopes"}


def test_an_organisation_line_above_a_contact_is_an_organisation(nlp: Language) -> None:
    # Held-out set 7: a company named alone on the line above its contact person.
    blocks = [
        para("Kilimanjaro Beans"),
        para("Mr. Daudi Mollel, Managing Director, Moshi"),
        para("daudi@kbeans.example.tz"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert "Kilimanjaro Beans" in values(result, "ORG")
    assert "Kilimanjaro Beans" not in values(result, "PERSON")


def test_a_bare_head_word_is_never_an_organisation(nlp: Language) -> None:
    # Held-out set 7: "Head of Department" gave the organisation "Department".
    blocks = [para("Ms. Aigerim Bekova, Head of Department, Almaty"), para("ab@x.example.kz")]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert "Department" not in values(result, "ORG")


def test_a_title_case_list_item_opened_by_a_verb_is_no_person(nlp: Language) -> None:
    # Issue 12 class 4: "Strengthen Capacity" and "Build Networks" were taken for persons.
    text = (
        "The compact rests on five pillars: Share Knowledge, Strengthen Capacity, "
        "Build Networks, Mobilise Resources and Scale Up."
    )
    result = annotate(nlp, card([section(8, "areas_of_contribution", [para(text)])]))
    assert values(result, "PERSON") == []


def test_a_name_after_an_elided_article_is_found(nlp: Language) -> None:
    # Held-out set 13: "the Université d'Antsiranana" was missed: the English model reads
    # "d'Antsiranana" as one unknown word.
    text = (
        "Pods are dried in boxes designed with students of the Université d'Ambositra, and "
        "the Chambre d'Agriculture de Fianarantsoa buys them; the town's d'Arcy Street is "
        "no organisation."
    )
    result = annotate(nlp, card([section(3, "horizontal_cooperation", [para(text)])]))
    orgs = values(result, "ORG")
    assert "Université d'Ambositra" in orgs
    assert any(o.startswith("Chambre d'Agriculture") for o in orgs), orgs
    assert not [o for o in orgs if "Arcy" in o], orgs


def test_urdu_name_particles_stay_in_the_name(nlp: Language) -> None:
    # Held-out set 14: "Mr. Zia ud-Din Qureshi" came out as "Zia"; "Noor ul Ain" was cut.
    blocks = [
        para("Mr. Habib ur-Rehman Khattak, Director, Peshawar Crafts Council"),
        para("habib.khattak@pcc.example.pk"),
        para("Ms. Qurat ul Ain Memon, Trainer, Sukkur Weavers Group, Sukkur"),
        para("qmemon@swg.example.pk"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == [
        "Habib ur-Rehman Khattak",
        "Qurat ul Ain Memon",
    ]


def test_an_amount_in_a_currency_is_no_organisation() -> None:
    # Held-out set 14: "ZMW 85" and "MXN 150" (prices) were taken for organisations.
    from pipeline.entities.model import is_currency_amount

    def is_amount(span: str) -> bool:
        return is_currency_amount(span, 0, len(span))

    assert is_amount("ZMW 85") and is_amount("MXN 150") and is_amount("USD 2.5 million")
    assert not is_amount("ILO 2030") and not is_amount("GIZ")


def test_a_second_field_joined_by_y_stays_in_the_name() -> None:
    # Held-out set 14: "Ministerio de Trabajo y Previsión Social" was cut before "y", and
    # "Previsión Social" taken for a person.
    from pipeline.entities.headed_names import with_joined_field

    def joined(text: str, name: str) -> str:
        start = text.index(name)
        return text[start : with_joined_field(text, start, start + len(name))]

    text = "Guatemala's Ministerio de Trabajo y Previsión Social funded the exchange."
    assert joined(text, "Ministerio de Trabajo") == "Ministerio de Trabajo y Previsión Social"
    assert joined("el Ministerio de Salud y OPS", "Ministerio de Salud") == "Ministerio de Salud"
    assert joined("the Ministry of Education and Ana Ruiz", "Ministry of Education") == (
        "Ministry of Education"
    )
    # Held-out set 16: "Ministry of Labour and Skills" was cut before "and": after "and",
    # a word the text also writes in lower case is a field of the name.
    text = "The Ministry of Labour and Skills certifies skills, and Ethiopia pays."
    assert joined(text, "Ministry of Labour") == "Ministry of Labour and Skills"
    text = "The Ministry of Labour and Ethiopia's investors pay for skills."
    assert joined(text, "Ministry of Labour") == "Ministry of Labour"


def test_places_listed_after_a_place_are_places(nlp: Language) -> None:
    # Held-out set 14: "around Mirpur Khas, Umerkot and Shaheed Benazirabad": the last of
    # a list of places after "around" was taken for a person.
    text = (
        "In the villages around Kot Addu, Layyah and Shaheed Nawazabad, women stitch quilts "
        "from old cloth."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    assert "Shaheed Nawazabad" not in values(result, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Its stations reach towns such as Villa de Álvarez, Benito Juárez and Ignacio Allende.",
        "The clinics opened in the districts of Tomás Frías, José Ballivián and Pedro Domingo.",
        "Three municipalities, including Pedro Carbo and Lorenzo de Garaicoa, joined in 2023.",
    ],
)
def test_names_in_a_list_headed_by_a_place_noun_are_places(nlp: Language, text: str) -> None:
    # Held-out set 14: "to towns such as Juchitán de Zaragoza, Matías Romero and Santo
    # Domingo Tehuantepec": towns named after persons were taken for persons.
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    assert not values(result, "PERSON")


def test_a_person_after_a_list_of_towns_is_still_a_person(nlp: Language) -> None:
    text = (
        "The radios of towns such as Matanza and Tlacolula trained new hosts. Their mentor, "
        "Rosa Elvira Cruz, had led the project."
    )
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    assert "Rosa Elvira Cruz" in values(result, "PERSON")


# --------------------------------------------------------------------- names of things and places


def test_a_quoted_name_or_a_name_after_brand_or_programme_is_no_person(nlp: Language) -> None:
    # Held-out set 8: a brand and a radio programme were taken for persons.
    blocks = [
        para(
            "The cooperative sells its honey under the brand Doce de Huambo in Luanda. A radio "
            "programme, “Voz da Lavra”, answers listeners' questions every Friday, and the "
            "weekly show Mesa Farta of Rádio Ecclesia followed it."
        )
    ]
    result = annotate(nlp, card([section(6, "innovation", blocks)]))
    persons = {e.normalized for e in result.entities if e.label == "PERSON"}
    assert persons.isdisjoint({"Doce de Huambo", "Voz da Lavra", "Mesa Farta"})


def test_a_province_named_like_a_person_is_no_person(nlp: Language) -> None:
    # Held-out set 8: a Vietnamese and an Angolan province (ISO 3166-2 names) as persons.
    blocks = [
        para(
            "Women processors of Cao Bằng and Lào Cai learned the method, and groups in Bié "
            "and Cuanza Norte asked for the same training; Mr. Lê Văn Hùng trained them."
        )
    ]
    result = annotate(nlp, card([section(4, "achievements_impact", blocks)]))
    persons = {e.normalized for e in result.entities if e.label == "PERSON"}
    assert persons == {"Lê Văn Hùng"}


def test_a_countrys_possessive_is_not_part_of_the_organisations_name(nlp: Language) -> None:
    # Held-out set 8: "Vanuatu's Ministry of ... (MALFFB)" kept the possessive.
    blocks = [
        para(
            "Kenya's Ministry of Water, Sanitation and Irrigation (MWSI) joined the pilot, and "
            "the Brotherhood of Net Menders of Mindelo trained the first crews."
        )
    ]
    result = annotate(nlp, card([section(1, "description", blocks)]))
    orgs = {e.normalized for e in result.entities if e.label == "ORG"}
    assert "Ministry of Water, Sanitation and Irrigation" in orgs
    assert not any(org.startswith("Kenya") for org in orgs)
    assert "Brotherhood of Net Menders of Mindelo" in orgs
    countries = {e.normalized for e in result.entities if e.label == "COUNTRY"}
    assert countries == {"KE"}


# ------------------------------------------------- held-out sets 20 and 21 (first runs)


def test_forms_of_address_of_more_languages_are_not_part_of_the_name(nlp: Language) -> None:
    # Held-out sets 20 and 21: Persian "Haj" and "Khanom", Montenegrin "Čika", Kiribati
    # "Nei", Kurdish "Mamosta", Spanish "D." (Don) before a full name, Turkmen "eje" after a
    # given name, were kept in the names.
    story = (
        "Haj Abbas Ranjbar dyed the first skeins. Khanom Ranjbar kept the books, Čika Milan "
        "Vuković mended the nets and Nei Teretia Kaiea ran the dryer. Mamosta Diyar Salih "
        "Berwari wrote the manual, and Aýna eje taught dyeing."
    )
    result = annotate(nlp, card([section(3, "description", [para(story)])]))
    persons = set(values(result, "PERSON"))
    for name in ("Abbas Ranjbar", "Milan Vuković", "Teretia Kaiea", "Diyar Salih Berwari"):
        assert name in persons, persons
    titled = ("Haj", "Khanom", "Čika", "Nei", "Mamosta")
    assert not [p for p in persons if p.split()[0] in titled], persons


def test_an_honorific_inside_a_name_the_model_reads_whole_is_a_name_part(nlp: Language) -> None:
    # Held-out set 21: in "Zozan Haji Khidir" "Haji" is her father's name; the honorific
    # rule made "Khidir" a person of its own.
    story = "Losses fell to 12 percent. Berfin Haji Sindi, a widow from Zakho, keeps 40 hives."
    result = annotate(nlp, card([section(3, "description", [para(story)])]))
    assert "Sindi" not in values(result, "PERSON")


def test_contact_names_with_a_particle_a_degree_or_a_maiden_name(nlp: Language) -> None:
    # Held-out sets 20 and 21: "Dra. Inês Vasconcelos de Sá" was cut at "de Sá";
    # "Ni Luh Gede Sukmawati, S.P." (a degree after a comma) opened no contact; "Mme
    # ATANGANA née ESSOMBA Rose-Marie" (family names first) opened none either, and their
    # e-mails went to the contact before; "D." (Spanish "Don") before a full name stayed.
    blocks = [
        para("D. Álvaro Iturbe Salas, Responsable de Programas, a.iturbe@coop.example.es"),
        para(
            "Dra. Rita Monteiro de Sá\nCoordenadora, Instituto Marítimo, Bissau\n"
            "rita.sa@im.example.gw"
        ),
        para(
            "Ni Kadek Ayu Lestari, S.T.\nField Officer, Subak Forum\nE-mail: ayu@subak.example.id"
        ),
        para("Mme MBALLA née NKOLO Jeanne-Flore\nPrésidente, Union des Tâcherons, Bertoua"),
        para("jf.mballa@example.cm"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Álvaro Iturbe Salas", ["a.iturbe@coop.example.es"]),
        ("Rita Monteiro de Sá", ["rita.sa@im.example.gw"]),
        ("Ni Kadek Ayu Lestari", ["ayu@subak.example.id"]),
        ("MBALLA née NKOLO Jeanne-Flore", ["jf.mballa@example.cm"]),
    ]


def test_an_office_for_a_list_of_countries_with_the_gambia_stays_whole(nlp: Language) -> None:
    # Held-out set 21: "the" before "Gambia" ended the office's enumeration ("ILO Country
    # Office for Senegal" alone), and "Cabo Verde" and "Mali" became mentions.
    line = (
        "Mr. Ousmane Faye, Programme Officer, ILO Country Office for Senegal, Cabo Verde, "
        "the Gambia, Guinea and Mauritania, Dakar, faye@ilo.org"
    )
    result = annotate(nlp, card([section(11, "ilo_contacts", [para(line)])]))
    assert values(result, "ORG") == [
        "ILO Country Office for Senegal, Cabo Verde, the Gambia, Guinea and Mauritania"
    ]
    assert all(e.in_name for e in result.entities if e.label == "COUNTRY")


def test_places_named_like_banks_countries_or_after_a_village_list(nlp: Language) -> None:
    # Held-out sets 20 and 21: "the North Bank of the Gambia" (a region) was an
    # organisation, "four villages: ..., Banana and Poland" gave Poland, "on Majuro Atoll"
    # was a person.
    story = (
        "Salt makers of the North Bank of the Gambia came. The atoll's people live in three "
        "villages: London, Banana and Poland. The cooperative of Laura, on Majuro Atoll, "
        "buys the syrup."
    )
    result = annotate(nlp, card([section(1, "description", [para(story)])]))
    assert not [o for o in values(result, "ORG") if "Bank" in o]
    assert set(values(result, "COUNTRY")) == {"GM"}
    assert not [p for p in values(result, "PERSON") if "Atoll" in p]


def test_a_legal_form_a_short_name_and_the_nominees_town_after_a_name(nlp: Language) -> None:
    # Held-out sets 20 and 21: "I.P." (instituto público) after a name was an acronym of its
    # own; "(Indonesian AID)", a short name with an acronym, stayed in the normal form; the
    # nominee's town after a cooperative's name without a comma ran into the name.
    partners = [
        item("Instituto Marítimo e Portuário, I.P., Lisbon"),
        item("Malaysian Agency for Technical Cooperation (Malaysian ATC)"),
    ]
    nominee = (
        "Name: Ms. Parisa Karimi\nAddress: No. 4, Bazaar Lane, Qalat-e Now, Herat\n"
        "Country: Afghanistan"
    )
    contacts = [
        para(
            "Ms. Parisa Karimi, Director, Herat Weavers' Cooperative Qalat-e Now, "
            "parisa@hwc.example.af"
        )
    ]
    result = annotate(
        nlp,
        card(
            [section(2, "main_partners", partners), section(10, "contacts", contacts)],
            nominee,
            country="AF",
        ),
    )
    orgs = set(values(result, "ORG"))
    assert "I.P" not in orgs and "I.P." not in orgs
    assert "Malaysian Agency for Technical Cooperation" in orgs
    assert "Herat Weavers' Cooperative" in orgs
    assert not [o for o in orgs if "Qalat" in o], orgs


def test_a_model_person_holding_a_card_acronym_is_none(nlp: Language) -> None:
    # Held-out set 12 (seen again after the contact lines were split in set 21's fixes):
    # "IFAP Oiapoque" at a line's end, the institute's acronym and its town, was a person.
    blocks = [
        para("The Instituto Federal do Amapá (IFAP) hosted the course."),
        para("Profa. Ana Lobato Coordenadora, IFAP Oiapoque"),
        para("Tel.: +55 96 3521-4478"),
        para("E-mail: ana@ifap.example.br"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert "IFAP Oiapoque" not in values(result, "PERSON")


def test_forms_of_address_of_sets_22_and_23(nlp: Language) -> None:
    # Held-out sets 22 and 23: Khasi "Kong" and "Mantri", Central African "Maman", Spanish
    # "Mgtr." and "Abg.", Swahili "Maalim", Serbian "mr" and "dr" in lower case, and the
    # Catalan particle "i" ("Ribé i Casanovas") lost or cut the contacts.
    blocks = [
        para("Kong Iaishah Lyngdoh, Secretary, Seng Kynthei, iaishah@seng.example.in"),
        para("Maman Bienvenue Nzaba Loemba, Présidente, Mafuta, bienvenue@mafuta.example.cg"),
        para("Mgtr. Yamileth Ortega Chourio, Profesora, Universidad, y.ortega@uz.example.ve"),
        para("Maalim Salum Vuai Khamis, Chairman, Karafuu, svkhamis@karafuu.example.tz"),
        para("mr Dragana Nikolić, Director, Zadruga Arilje, dragana@zadruga.example.rs"),
        para("Sra. Núria Puig i Ferrer, Coordinadora, Fundació Teixir, npuig@teixir.example.es"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == [
        "Iaishah Lyngdoh",
        "Bienvenue Nzaba Loemba",
        "Yamileth Ortega Chourio",
        "Salum Vuai Khamis",
        "Dragana Nikolić",
        "Núria Puig i Ferrer",
    ]


def test_offices_ministries_and_banks_named_with_lists_towns_and_articles(nlp: Language) -> None:
    # Held-out set 23: an ILO office's list of countries ran on into its town ("... y
    # República Dominicana San José"), "Ministry of Agriculture and Lands, Fisheries and
    # Cooperatives" was cut at its comma, "... de América Latina y el Caribe" at "y el",
    # "Université Marien Ngouabi Brazzaville" kept the town the card writes after its comma
    # elsewhere, "Port Sudan" (a town) was a body named for its country.
    partners = [
        item("Université Omar Bongo, Libreville"),
        item("Department of Fisheries (DoF) and Biosecurity Tonga, Nukuʻalofa"),
    ]
    story = (
        "The Ministry of Agriculture and Lands, Fisheries and Cooperatives pays the officer. "
        "A loan from CAF – Banco de Desarrollo de América Latina y el Caribe is planned."
    )
    contacts = [
        para(
            "Sr. Luis Pitti, Especialista, Oficina de la OIT para América Central, Haití, "
            "Panamá y República Dominicana San José, Costa Rica, pitti@ilo.org"
        ),
        para("Dr Marc Ibata, Enseignant, Université Omar Bongo Libreville, ibata@uob.example.ga"),
    ]
    result = annotate(
        nlp,
        card(
            [
                section(1, "description", [para(story)]),
                section(2, "main_partners", partners),
                section(10, "contacts", contacts),
            ]
        ),
    )
    orgs = set(values(result, "ORG"))
    assert "Ministry of Agriculture and Lands, Fisheries and Cooperatives" in orgs
    assert "Banco de Desarrollo de América Latina y el Caribe" in orgs
    assert "Oficina de la OIT para América Central, Haití, Panamá y República Dominicana" in orgs
    assert {"Department of Fisheries", "Biosecurity Tonga", "Université Omar Bongo"} <= orgs
    assert not [o for o in orgs if o.endswith(("San José", "Libreville"))], orgs


def test_forms_of_address_of_sets_24_and_25(nlp: Language) -> None:
    # Held-out sets 24 and 25: Burmese "Ko" and Arabic "Aqil" (also given names, so only
    # before a full name), Palauan "Mechas", Tajik "Muhtarama", Arabic "Al Fadhil", Angolan
    # "Soba", Portuguese "Eng.ª" and "D.ª", Cuban "Dr.C.", Macedonian "d-r" kept in names.
    blocks = [
        para("Ko Min Thu Aung, Programme Officer, Tea Foundation, minthu@tea.example.mm"),
        para("Aqil Saeed Awadh Bin Harhara, Chairman, Fishers, saeed@fishers.example.ye"),
        para("Mechas Lucia Ngiramolau, Elder, Farmers Group, lucia@farmers.example.pw"),
        para("Muhtarama Gulnora Rahimzoda, Director, Apricot Union, gulnora@au.example.tj"),
        para("Al Fadhil Khamis Salim Al Hajri, Secretary, Boat Owners, khamis@bo.example.om"),
        para("Soba Paulo Tchiyevo Kaluwango, Presidente, APAC, soba.paulo@apac.example.ao"),
        para("Eng.ª Rosa Mbali Kapinala, Técnica, IDA, rosa.kapinala@ida.example.ao"),
        para("D.ª Joana Lima da Costa, Presidente, APPT, joana@appt.example.st"),
        para("Dr.C. Marlene Ruiz Pardo, Profesora, UNICA, mruiz@unica.example.cu"),
        para("Prof. d-r Vesna Trajkovska, Faculty of Agriculture, vesna@fa.example.mk"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.name for c in result.contacts] == [
        "Min Thu Aung",
        "Saeed Awadh Bin Harhara",
        "Lucia Ngiramolau",
        "Gulnora Rahimzoda",
        "Khamis Salim Al Hajri",
        "Paulo Tchiyevo Kaluwango",
        "Rosa Mbali Kapinala",
        "Joana Lima da Costa",
        "Marlene Ruiz Pardo",
        "Vesna Trajkovska",
    ]


def test_places_of_a_country_and_towns_named_like_countries(nlp: Language) -> None:
    # Held-out set 25: "the municipalities of Venezuela, Bolivia and Primero de Enero"
    # (Cuba) gave two countries; "Castle Bruce, Dominica" (a village) was a person.
    story = (
        "Floods in the municipalities of Venezuela, Bolivia and Primero de Enero hit the "
        "farms. The districts of Nepal and Bhutan sent observers."
    )
    partners = [item("Jardin Lavi farmers' network, Soufriere Bay, Dominica")]
    result = annotate(
        nlp,
        card([section(1, "description", [para(story)]), section(2, "main_partners", partners)]),
    )
    assert set(values(result, "COUNTRY")) == {"NP", "BT", "DM"}
    assert "Soufriere Bay" not in values(result, "PERSON")


# --- held-out sets 26 and 27: what the model calls a person -----------------------------


def test_a_given_name_before_a_compound_name_is_kept(nlp: Language) -> None:
    # Held-out set 27: the model began "Bilal Abdel Rahman Kabbout" at "Abdel".
    story = (
        "Two master potters of Zgharta, Hajj Samir Haddad and Bilal Abdel Wahab Sleiman, "
        "have been trained as assessors and now train others."
    )
    result = annotate(nlp, card([section(1, "description", [para(story)])]))
    assert "Bilal Abdel Wahab Sleiman" in values(result, "PERSON")
    assert "Abdel Wahab Sleiman" not in values(result, "PERSON")


@pytest.mark.parametrize(
    "story",
    [
        # Held-out set 27: a newspaper opening with an article, a thing someone owns.
        "The exchange was covered by La Nación and by the island's radio.",
        'The radio soap opera "Doña Rosa\'s Kitchen" is now broadcast in two languages.',
        # Held-out set 26: a mountain range after "the Polish".
        "Sheep farmers of the Orava and of the Polish Gorce Wyspowe have joined the meetings.",
    ],
)
def test_newspapers_things_and_places_of_a_country_are_no_persons(
    nlp: Language, story: str
) -> None:
    result = annotate(nlp, card([section(1, "description", [para(story)])]))
    assert values(result, "PERSON") == []


def test_no_person_on_a_nominee_organisation_line(nlp: Language) -> None:
    # Held-out set 27: "Garífunas de la Bahía de Trujillo", inside the name on the
    # organisation's line, was a person.
    nominee = (
        "Nombre: Profa. Lidia Marisol Arzú Castillo\n"
        "Organización: Seremein – Red de Posadas Comunitarias Garífunas de la Laguna de Ibans"
    )
    result = annotate(
        nlp,
        card([section(1, "description", [para("A short description.")])], nominee_text=nominee),
    )
    assert values(result, "PERSON") == ["Lidia Marisol Arzú Castillo"]


@pytest.mark.parametrize(
    ("span", "role"),
    [
        # Held-out set 26: "Chair of the Board" was an organisation, on the model's word.
        ("Chair of the Board", True),
        ("Chairwoman of the Board", True),
        ("Director of Wabagari", True),  # the body's own name is found on its own
        ("Head of the Rural Credit Unit", False),  # names the unit
        ("President of the Kenya Red Cross Society", False),
    ],
)
def test_a_role_of_a_board_is_no_organisation(span: str, role: bool) -> None:
    from pipeline.entities.filters import a_role_of_a_board

    assert a_role_of_a_board(span) is role


def test_an_acronyms_possessive_ends_the_organisation(nlp: Language) -> None:
    # Held-out set 26: "The VMI’s Alytus office" gave the organisation "VMI’s Alytus".
    text = (
        "Valstybinė mokesčių inspekcija (VMI), the State Tax Inspectorate, Alytus office.\n\n"
        "The VMI’s Alytus office now holds a picking-season desk in Varėna every July."
    )
    result = annotate(nlp, card([section(4, "achievements_impact", [para(text)])]))
    assert not [name for name in values(result, "ORG") if "’s" in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Held-out set 25: the model's span of the Arabic name stopped inside the bracket.
        (
            "Al Hamra Boatbuilders' Cooperative Society (Jam'iyyat Al Hamra As-Sufuniyya "
            "At-Ta'awuniyya) was set up in 2015 by 90 boat builders.",
            "Al Hamra Boatbuilders' Cooperative Society",
        ),
        # Held-out set 23: the model's span of the Arabic name stopped before "wal ...".
        (
            "Jam'iyyat Al Bahr li-Ummal Al Mina wal Tasdir (Al Bahr Dockers "
            "Association) was founded in 2012.",
            None,
        ),
    ],
)
def test_a_name_and_its_translation_in_brackets_are_one_organisation(
    nlp: Language, text: str, name: str | None
) -> None:
    result = annotate(nlp, card([section(1, "description", [para(text)])]))
    orgs = {e.normalized for e in result.entities if e.label == "ORG"}
    assert len(orgs) == 1, orgs
    if name is not None:
        assert orgs == {name}
