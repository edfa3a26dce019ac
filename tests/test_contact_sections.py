"""Contacts are found by the shape of a section's lines; its key is only a hint.

Error class 11 of issue 12: a contacts section whose heading was read as another key lost
every contact in it. Invented text; the names, addresses and numbers are fictitious.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_entities import annotate, card, item, para, section, values

from pipeline.entities.contacts import parse_contact_line, part_kind
from pipeline.nlp import load_model
from pipeline.sections import section_key


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


CONTACT_LINES = [
    para("Ms. Nomvula Khumalo, Programme Manager, Ubuntu Skills Trust"),
    para("E-mail: n.khumalo@ubuntuskills.example.org"),
    para("Tel.: +27 12 345 6789"),
    para("Mr. Tiago Esteves, Coordinator, Lusophone Artisans Network"),
    para("E-mail: tiago.esteves@artisans.example.net"),
]


def contacts_of(result: object) -> list[tuple[str, list[str], list[str], int | None]]:
    return [(c.name, c.emails, c.phones, c.section) for c in result.contacts]  # type: ignore[attr-defined]


EXPECTED = [
    ("Nomvula Khumalo", ["n.khumalo@ubuntuskills.example.org"], ["+27123456789"], 10),
    ("Tiago Esteves", ["tiago.esteves@artisans.example.net"], [], 10),
]


def test_contact_lines_under_a_heading_read_as_another_key(nlp: Language) -> None:
    # "10. Further information" is keyed `other`; its lines are still contact lines.
    result = annotate(nlp, card([section(10, "other", CONTACT_LINES)]))
    assert contacts_of(result) == EXPECTED
    persons = {e.normalized for e in result.entities if e.label == "PERSON"}
    assert {"Nomvula Khumalo", "Tiago Esteves"} <= persons


def test_contact_lines_in_a_mis_keyed_section_of_a_known_key(nlp: Language) -> None:
    result = annotate(nlp, card([section(10, "awareness", CONTACT_LINES)]))
    assert contacts_of(result) == EXPECTED


def test_a_paragraph_naming_a_person_and_an_address_is_not_a_contacts_section(
    nlp: Language,
) -> None:
    prose = [
        para(
            "The training modules were written with Ms. Nomvula Khumalo of the Ubuntu Skills "
            "Trust, who coordinated the pilot in three provinces and reported to the steering "
            "committee every quarter; the modules can be requested from "
            "n.khumalo@ubuntuskills.example.org and are free to use."
        ),
        para("The pilot reached 1,200 apprentices in its first two years of operation."),
    ]
    result = annotate(nlp, card([section(9, "awareness", prose)]))
    assert result.contacts == []


def test_each_email_attaches_to_one_contact_only(nlp: Language) -> None:
    lines = [
        item("Ana Ribeiro, Director, Atlantic Fisheries Cooperative"),
        item("Jorge Pinto, Treasurer, Atlantic Fisheries Cooperative"),
        para("E-mail: info@atlanticfisheries.example.org"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)]))
    holders = [c.name for c in result.contacts if "info@atlanticfisheries.example.org" in c.emails]
    assert len(holders) == 1


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Sustainability: how will the work continue when funding ends?", "sustainability"),
        ("Replicability: could other countries adopt this practice?", "replicability_scaling_up"),
        ("Horizontal cooperation: how were the partners equal?", "horizontal_cooperation"),
        ("Achievements: what changed for the partners' members?", "achievements_impact"),
        ("Description: what is the initiative and which problem does it address?", "description"),
        ("Contacts: who can the committee call?", "contacts"),
        ("Sustainability – what happens to the partners after 2026?", "sustainability"),
        # A colon that is not followed by a question keeps the whole heading in play.
        ("Main partners: ministries, unions and employers", "main_partners"),
    ],
)
def test_a_question_after_the_sections_name_does_not_decide_its_key(heading: str, key: str) -> None:
    assert section_key(heading) == key


# --- a contact line's name, role and organisation (held-out set 8) --------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ms. Ingrid Solheim-Baptiste Owner, Fjord Looms, Bergen", "Ingrid Solheim-Baptiste"),
        ("Sr. Tomás Quispe Mamani National Coordinator, ILO, Cusco", "Tomás Quispe Mamani"),
        ("Dr. Lerato Mokoena Associate Professor, Limpopo Polytechnic", "Lerato Mokoena"),
        ("Mr. Kofi Boateng Treasurer, Ashanti Growers Union", "Kofi Boateng"),
    ],
)
def test_a_role_after_a_name_without_a_comma_ends_the_name(line: str, name: str) -> None:
    parsed = parse_contact_line(line)
    assert parsed.name is not None
    assert parsed.name.text == name


def test_a_role_on_the_line_below_a_name_is_no_person(nlp: Language) -> None:
    lines = [
        para("Dr. Amina Yusuf Abdi"),
        para("Associate Professor, Jigjiga Polytechnic, Jigjiga"),
        para("E-mail: amina.abdi@jigjiga-poly.example.org"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)]))
    persons = {e.normalized for e in result.entities if e.label == "PERSON"}
    assert persons == {"Amina Yusuf Abdi"}
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Amina Yusuf Abdi", ["amina.abdi@jigjiga-poly.example.org"])
    ]


def test_the_part_after_a_role_is_the_contacts_organisation(nlp: Language) -> None:
    # "Ndovu Threads" has no organisation head word; its place in the line says what it is.
    lines = [
        para("Eng. Wanjiru Kamau"),
        para("Operations Lead, Ndovu Threads, Nairobi"),
        para("E-mail: w.kamau@ndovuthreads.example.com"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)]))
    orgs = {e.normalized for e in result.entities if e.label == "ORG"}
    persons = {e.normalized for e in result.entities if e.label == "PERSON"}
    assert "Ndovu Threads" in orgs
    assert persons == {"Wanjiru Kamau"}
    assert result.contacts[0].organization == "Ndovu Threads"


def test_a_contact_continued_at_the_top_of_the_next_column_keeps_its_email() -> None:
    """Issue 12, class 7: a contact block that starts at the foot of the left column and goes
    on at the top of the right one; its e-mail must stay with its person, not the next."""
    from generator import Card, ColumnBreak, Field, Nomination, Para, Section, render

    from pipeline.process import process_pdf
    from pipeline.settings import Settings

    filler = Para(
        "The exchange trained forty technicians over two seasons and wrote a manual that the "
        "partners now use in their own courses, with a short guide for new trainers."
    )
    contacts = Section(
        10,
        "Contacts",
        [
            Para("Ms. Thandeka Zulu, Programme Officer, Mpumalanga Textile Guild"),
            Para("Tel.: +27 13 555 0147"),
            ColumnBreak(),
            Para("E-mail: t.zulu@textileguild.example.org"),
            Para("Mr. Bongani Nkosi, Treasurer, Lowveld Spinners Cooperative"),
            Para("E-mail: b.nkosi@lowveldspin.example.org"),
        ],
    )
    card = Card(
        title="Spinning skills shared",
        nominee=[Field("Nominee:", "Ms. Thandeka Zulu, Programme Officer")],
        sections=[Section(n, f"Section {n} heading", [filler] * 2) for n in range(1, 10)]
        + [contacts],
        columns=2,
    )
    spec = Nomination(file_name="contacts-columns.pdf", cards=[card], body_size=10.0)
    document = process_pdf(render(spec).data, spec.file_name, Settings())
    found = [(c.name, c.emails, c.phones) for c in document.cards[0].contacts]
    assert found == [
        ("Thandeka Zulu", ["t.zulu@textileguild.example.org"], ["+27135550147"]),
        ("Bongani Nkosi", ["b.nkosi@lowveldspin.example.org"], []),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Held-out set 9: French "M.", Hindi "Smt.", Bhutanese "Dasho", Arabic "Ustadha", a
        # Spanish academic "Agr." and the particles "de los" were not known.
        ("M. Komlan Edem Agbeko, Managing Director, Kpalimé Cocoa Works", "Komlan Edem Agbeko"),
        ("Smt. Anjali Devi Shrestha, Executive Director, Gokarna Herbs", "Anjali Devi Shrestha"),
        ("Dasho Karma Wangchuk, Chief Forestry Officer, Bumthang", "Karma Wangchuk"),
        ("Ustadha Huda Al-Khatib, Head of Registration, Hebron Fund", "Huda Al-Khatib"),
        ("Agr. Rosaura Vindas Mora, Agronomist, Tarrazú Growers", "Rosaura Vindas Mora"),
        ("Sra. Ana de los Ríos Chacón, Project Manager, Orosi Coffee", "Ana de los Ríos Chacón"),
    ],
)
def test_honorifics_and_particles_of_more_languages(line: str, name: str) -> None:
    parsed = parse_contact_line(line)
    assert parsed.name is not None
    assert parsed.name.text == name


# --- held-out sets 26 and 27: forms of address, particles, roles and bodies -----------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Malay "Awang"/"Dayang" before "Haji", Iban "anak" (child of), Arabic "Ostaz",
        # Slovak and Polish "Bača"/"Baca" (head shepherd), Iban "Tuai Rumah" (headman), the
        # French "épouse" before a married name, Cook Islands "Papa" before a full name.
        ("Awang Haji Rosli bin Haji Osman, Manager, Kampong Weavers", "Rosli bin Haji Osman"),
        ("Dayang Hajah Siti binti Ahmad, Chairperson, Tenun Ayu", "Siti binti Ahmad"),
        ("Puan Lidam anak Jawing, Founder, Koperasi Pua Kumbu", "Lidam anak Jawing"),
        ("Ostaz Hany Abdel Aziz, Master Carpenter, Damietta", "Hany Abdel Aziz"),
        ("Bača Juraj Vrábeľ, Head Shepherd, Salaš Kolibka", "Juraj Vrábeľ"),
        ("Tuai Rumah Ngumbang anak Sanggau, Headman, Rumah Sanggau", "Ngumbang anak Sanggau"),
        ("Mme Kouamé Aya épouse Yao Spécialiste des coopératives", "Kouamé Aya épouse Yao"),
        ("Papa Tangi Marsters Ioane, Outer Islands Officer", "Tangi Marsters Ioane"),
        # Slovak and Polish academic titles, and the Polish "baca" in lower case.
        ("MVDr. Jozef Hrubý", "Jozef Hrubý"),
        ("mgr inż. Tomasz Wrona, Director, Podhale Dairy", "Tomasz Wrona"),
        (
            "baca Józef Chowaniec-Gąsior, prezes (President), Owczarze Podhala",
            "Józef Chowaniec-Gąsior",
        ),
        # Held-out set 29: Gambian "Alhagie", Ewe "Togbui" (a chief), Kabyle "Nna".
        ("Alhagie Ousman Bojang Touray, Market Master, Brikama Market", "Ousman Bojang Touray"),
        ("Togbui Agbéko Dzidzienyo III, Chief of Adakpamé", "Agbéko Dzidzienyo III"),
        ("Nna Taklit Ait Ouali, President, Tazmourt", "Taklit Ait Ouali"),
        # Held-out set 28: Persian "Mohandes", Armenian "Tatik", "Batiushka" (a priest),
        # "Aunty", Tok Pisin "Sista", Romanian "ec.", a Karakalpak name with "ulı".
        ("Mohandes Shirin Rezaei-Tabar, Managing Director", "Shirin Rezaei-Tabar"),
        ("Tatik Anahit Grigoryan, Trainer", "Anahit Grigoryan"),
        ("Batiushka Feodosiy Lukin, Priest of Periprava", "Feodosiy Lukin"),
        ("Aunty Joy Maeliau, President, Auki Women", "Joy Maeliau"),
        ("Sista Mary Kuman, Chairwoman, Kundiawa Vendors", "Mary Kuman"),
        ("ec. Ioana Dobre, trezorier (treasurer), Obștea Pescarilor Jurilovca", "Ioana Dobre"),
        ("Ermanov Qalbay Jumabay ulı, Chairman", "Ermanov Qalbay Jumabay ulı"),
        # an organisation's acronym between a name and its role, without a comma
        ("Mr. Peter Kenilorea ILO National Coordinator for Solomon Islands", "Peter Kenilorea"),
    ],
)
def test_forms_of_address_and_particles_of_sets_26_to_29(line: str, name: str) -> None:
    from pipeline.entities.filters import normalize_person

    parsed = parse_contact_line(line)
    assert parsed.name is not None
    assert normalize_person(parsed.name.text) == name


def test_a_role_of_a_board_and_a_role_with_a_place_in_brackets_are_no_organisations(
    nlp: Language,
) -> None:
    # Held-out set 26: "Chairwoman of the Board" and "Programme Officer (Pacific)" were
    # organisations; "Chairlady" was read into the name before it.
    lines = [
        para("Ms. Dalia Petrauskienė, Chairwoman of the Board, Miško Gėrybės"),
        para("E-mail: dalia@misko-gerybes.example.lt"),
        para("Hon. Musu Kollie Dweh, Chairlady, Gbarnga Palm Cooperative"),
        para("E-mail: mdweh@gbarngapalm.example.lr"),
        para("Mr Tane Koteka Heather, Programme Officer (Pacific), ILO, Geneva"),
        para("E-mail: heather@ilo.org"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)]))
    orgs = set(values(result, "ORG"))
    assert not orgs & {"Chairwoman of the Board", "Programme Officer", "Chairlady"}
    assert set(values(result, "PERSON")) == {
        "Dalia Petrauskienė",
        "Musu Kollie Dweh",
        "Tane Koteka Heather",
    }


def test_a_street_run_into_an_organisation_on_a_contact_line_is_cut_off() -> None:
    # Held-out set 26: "Vytautas Magnus University Studentų g. 11" (a street and a number).
    from pipeline.entities.listed import without_street_after

    assert without_street_after("Kaunas Forestry College Miško g. 4") == "Kaunas Forestry College"
    assert without_street_after("Hope Foundation Main Road 12B") == "Hope Foundation"
    assert without_street_after("Centre 2000") == "Centre 2000"  # the number is its name's
    assert without_street_after("Ministry of Labour") == "Ministry of Labour"


@pytest.mark.parametrize(
    ("nominee", "name", "organisation"),
    [
        # Held-out sets 26 and 27: a body named on the "Nominee:" line became a person.
        ("Nominee:", "Tumba-Tumba – Nimba Cocoa Growers' Cooperative", True),
        ("Nominee (organisation):", "Roda das Rendeiras – Coletivo de Rendeiras de Natal", True),
        ("Navrhovateľ / Nominee:", "Ovčiari spod Chopku", True),
        ("Nominee:", "Ana Pereira Lima", False),
    ],
)
def test_a_body_on_the_nominee_line_is_no_person(
    nlp: Language, nominee: str, name: str, organisation: bool
) -> None:
    sections = [section(1, "description", [para("A short description.")])]
    test_card = card(sections, nominee_text=f"{nominee} {name}", name=name)
    persons = values(annotate(nlp, test_card), "PERSON")
    assert (name not in persons) is organisation


def test_an_ilo_team_for_a_list_of_countries_is_one_organisation(nlp: Language) -> None:
    # Held-out set 27: "ILO Decent Work Team for Central America, Haiti, Panama and the
    # Dominican Republic" was no organisation ("Team" no organisation word), so the
    # countries it lists were the card's places.
    line = (
        "Ms. Rebeca Solano Vargas, Specialist on Enterprises, ILO Decent Work Team for "
        "Central America, Haiti, Panama and the Dominican Republic, San José, brenes@ilo.org"
    )
    result = annotate(nlp, card([section(11, "ilo_contacts", [para(line)])]))
    countries = [e for e in result.entities if e.label == "COUNTRY"]
    assert countries and all(e.in_name for e in countries)


def test_a_name_alone_on_its_line_then_a_role_of_the_board_opens_a_contact(
    nlp: Language,
) -> None:
    # Held-out set 26: "Rūta Vilkienė" then "Chairwoman of the Board, KB ..." was no contact.
    lines = [
        para("Daiva Žemaitienė"),
        para("Chairwoman of the Board, KB „Miško uoga“"),
        para("Tel. (8 310) 51 987"),
        para("daiva.zemaitiene@miskouoga.example.lt"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)], country="LT"))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Daiva Žemaitienė", ["daiva.zemaitiene@miskouoga.example.lt"])
    ]


def test_post_nominal_honours_are_no_organisations(nlp: Language) -> None:
    # Held-out set 29: "BEM" and "J.P." after a name were organisations.
    lines = [
        para("Capt. Rawle Hector, BEM"),
        para("Chairman, Sandy Point Fishers Cooperative Society Limited"),
        para("rawle.hector@sandypoint.example.kn"),
        para("Ms. Dorette Liburd, J.P., Vendors' Representative, Sandy Point Fishers Cooperative"),
        para("dorette.liburd@sandypoint.example.kn"),
    ]
    result = annotate(nlp, card([section(10, "contacts", lines)]))
    assert not {"BEM", "J.P", "J.P."} & set(values(result, "ORG"))
    assert [c.name for c in result.contacts] == ["Rawle Hector", "Dorette Liburd"]


def test_a_role_in_two_languages_is_a_role() -> None:
    # Held-out set 28: "Голова правління / Chair of the Board" was an organisation.
    assert part_kind("Голова правління / Chair of the Board") == "role"
    assert part_kind("Президент / President") == "role"
    assert part_kind("Міністерство аграрної політики / Ministry of Agrarian Policy") == "org"
