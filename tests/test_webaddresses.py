"""Web addresses: e-mails and URLs."""

from __future__ import annotations

from pipeline.webaddresses import find_emails, find_urls


def test_find_emails() -> None:
    text = "Email: diallorabiatouserah@gmail.com; diallorabiatouserah@yahoo.fr; X.Y@ILO.org."
    assert find_emails(text) == [
        (7, 36, "diallorabiatouserah@gmail.com"),
        (38, 66, "diallorabiatouserah@yahoo.fr"),
        (68, 79, "x.y@ilo.org"),
    ]


def test_find_emails_rejects_non_addresses() -> None:
    assert find_emails("@ilo, a@b, user@localhost and tavares-martins@iloguest") == []


def test_find_urls() -> None:
    text = "a website <www.aa4se.org> and http://www.ILO.org/Path), or (https://a.org/b_(c))."
    urls = find_urls(text)
    assert [u[2] for u in urls] == [
        "http://www.aa4se.org",
        "http://www.ilo.org/Path",
        "https://a.org/b_(c)",
    ]
    assert [text[s:e] for s, e, _ in urls] == [
        "www.aa4se.org",
        "http://www.ILO.org/Path",
        "https://a.org/b_(c)",
    ]


def test_find_urls_not_inside_email() -> None:
    assert find_urls("someone@www.example.org") == []


def test_bare_domain_with_a_path_is_a_url() -> None:
    # Held-out nominations: "brigadas-haiti.sld.cu/boletin" had no scheme and no "www.".
    text = (
        "Bulletins are posted at clinicas-norte.sld.cu/boletin and in report.pdf, e.g. "
        "monthly (see also agri-net.go.ke or the U.N. site), version 2.5/3."
    )
    assert [(text[s:e], url) for s, e, url in find_urls(text)] == [
        ("clinicas-norte.sld.cu/boletin", "http://clinicas-norte.sld.cu/boletin"),
        ("agri-net.go.ke", "http://agri-net.go.ke"),
    ]


def test_bare_two_label_domain_after_a_word_that_introduces_it_is_a_url() -> None:
    # Held-out set 9: "tells the story of its suppliers on zotoe.tg." was missed.
    text = (
        "The mill tells its story on kavuma.ug. Prices: see Web: tamarind-coop.sn, or "
        "the file data.xls and the figure 3.5 in doc.pdf on e.g. page two; ok.tg stays text."
    )
    assert [(text[s:e], url) for s, e, url in find_urls(text)] == [
        ("kavuma.ug", "http://kavuma.ug"),
        ("tamarind-coop.sn", "http://tamarind-coop.sn"),
    ]


def test_the_domain_of_an_e_mail_address_is_a_web_address_when_written_alone() -> None:
    # Held-out set 11: "Website / social media weedstock.vc" after "keisha@weedstock.vc".
    text = "E-mail: ana@kelpworks.vc\nWebsite / social media kelpworks.vc | Instagram"
    assert [url for _, _, url in find_urls(text)] == ["http://kelpworks.vc"]
