"""Word tables of the entities stage: organisation head words, roles, labels and the rest."""

from __future__ import annotations

import re

from pipeline.text import fold


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Head words that make a capitalised name an organisation ("... Council", "Ministry of ...").
ORG_KEYWORDS = word_set(
    """organization organisation organizations organisations organización council association
    asociación associação union foundation fundación fundação fondation yayasan ministry
    ministries ministerio ministère network centre center institute instituto institut
    institution agency fund bank banco bangko banque committee commission coalition
    confederation confédération federation federación society sociedad société cooperative
    co-operative cooperatives cooperativa koperasi university universiti universidad université
    college school polytechnic polytechnique academy académie hospital hôpital clinic
    laboratory observatory radio radiodiffusion television télévision broadcasting
    secretariat office department nations group alliance trust company
    corporation corp inc ltd bhd chamber government assembly court parliament club consortium
    movement board authority bureau unit facility programme gesellschaft ngo league prison
    embassy embassies council red réseau rede sindicato syndicat fédération comité comisión
    consejo conseil agence agencia fondo fonds instituto ministère ministério universidade
    autoridade autoridad autorité fundasaun police broadcaster program programs"""
)
FOLDED_ORG_KEYWORDS = frozenset(fold(word) for word in ORG_KEYWORDS)
# Titles and roles: a span made of these is a job, not a person or an organisation.
ROLE_WORDS = word_set(
    """deputy vice secretary general director chairman chairperson chair head officer
    president minister manager advisor adviser chief coordinator acting executive technical
    regional project member founding founder senior assistant specialist consultant
    representative expert analyst lead principal under-secretary director-general
    secretary-general prime"""
)
# The role words as a regex alternation, longest first ("director-general" before "director").
ROLE_ALTERNATION = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# A span ending in one of these is a job title ("National Programme Coordinator"), unless
# it names an office by its holder ("Office of the President").
JOB_TITLE_ENDINGS = word_set(
    """coordinator officer director manager adviser advisor specialist consultant expert
    analyst assistant representative secretary chairman chairperson president minister"""
)
# Abbreviations of things, not bodies, which NER often tags ORG ("by SMS").
COMMON_ABBREVIATIONS = word_set(
    """sms mms ict icts gps gis pdf it hiv aids tb gdp gnp sme smes msme msmes ngo ngos cso
    csos csr kpi kpis id tv iot usd eur ceo cv faq ppe covid covid-19 tvet ai qr url tot
    sdg sdgs mdg mdgs oda ssc sstc sse"""
)
# Messaging and social platforms: channels in these forms, not partners ("on WhatsApp").
PLATFORMS = word_set(
    "whatsapp facebook twitter youtube instagram tiktok telegram zoom skype linkedin viber wechat"
)
# Form labels and headings that NER takes for names ("ILO Contacts", "Telephone").
LABEL_WORDS = word_set(
    "telephone tel phone mobile fax email e-mail contact contacts nominee country address website"
)
# A person's name never holds these ("Traders Union Africa").
NOT_IN_PERSON_NAMES = word_set(
    "africa asia europe america americas pacific caribbean latin "
    "typhoon cyclone hurricane storm earthquake tsunami"
)
# Institutions of a state: the country inside their name still names the country.
STATE_HEADS = word_set(
    "government governments embassy embassies ministry ministries republic kingdom state "
    "parliament consulate president"
)
# Head words of events, projects and documents, which NER often takes for organisations.
EVENT_HEADS = word_set(
    """project projects course courses summit conference forum declaration agenda goals
    strategy journey day week meeting meetings expo initiative initiatives campaign award"""
)
LINKING_WORDS = word_set(
    "and or of for in to with is are was were has have had as at by on from which who that"
)
NAME_PARTICLES = word_set("da de del della di do dos das du la le van von der bin binti al ibn y")
NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")
UNIT_HEADS = word_set("faculty department division unit section directorate school")
# Capitalised words that open a sentence rather than a name ("Today, a network of ...").
SENTENCE_OPENERS = word_set(
    "in on at by for with from during after since today also however moreover thus then now "
    "here there it this these that the its their our"
)
