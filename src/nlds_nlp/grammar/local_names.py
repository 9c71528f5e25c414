"""Name shapes of decentral government and funding texts that no register holds (issue 15).

Why a module of its own: provinces, municipalities, water boards and funds name bodies and
instruments the national registers never list: a municipality's joint arrangements ("GGD Hart
voor Brabant", "Omgevingsdienst Midden-Holland"), the clubs and associations in a subsidy list
("MSV'71", "VV Reünie"), titled instruments with their period ("Uitvoeringsprogramma Groen
2012-2015", "Vlaamse klimaatstrategie 2050"), named reserves ("Algemene Bestemmingsreserve"),
local subsidy ordinances ("Algemene subsidieverordening Noord-Brabant") and ministries named by
their short portfolio in a list of departments ("Onderwijs: totaal ..."). Each shape is a named
piece, like :mod:`nlds_nlp.grammar.names`, and each is linear: repeated parts are possessive
or bounded, so no input can make a pattern backtrack (tests/unit/test_backtracking.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.names import (
    FINITE_VERB,
    INITIALS,
    LAW_STOP,
    LOWER,
    MONTH_NAME,
    NAME_TOKEN,
    OTHER_TITLE,
    PARTICLES,
    TITLE_STOP,
    UPPER,
    WORD_END,
    WORD_START,
)

SP = r"[ \u00a0]"
# A place or region word: "Zuid-Holland", "IJsselland", "Gooi", "Fryslân", "'s-Hertogenbosch".
_PLACE_WORD = rf"(?:(?:'s-|’s-)?[{UPPER}][\w'’]*+(?:-[{UPPER}][\w'’]*+)*+)"
# A region name of up to four words: "Hollands Midden", "Noord- en Oost-Gelderland",
# "Gooi en Vechtstreek", "Hart voor Brabant", "Midden- en West-Brabant".
_BODY_HEADS = (
    rf"(?:GGD|Veiligheidsregio|Omgevingsdienst|Regionale{SP}Uitvoeringsdienst|RUD"
    rf"|Intergemeentelijke{SP}Sociale{SP}Dienst|ISD|Recreatieschap|Werkvoorzieningschap"
    rf"|Rekenkamer|Rekenkamercommissie|Statencommissie|statencommissie|Cultuurregio|cultuurregio"
    rf"|Vervoerregio|Stadsregio)"
)
# "en" joins the parts of one region ("Gooi en Vechtstreek"), not two bodies ("GGD X en
# Veiligheidsregio Y"); the bounded, non-possessive repeat lets a name end before a part that
# cannot end a word.
REGION = (
    rf"(?:[{UPPER}]\w*+-{SP}en{SP})?+{_PLACE_WORD}"
    rf"(?:{SP}(?:(?:en(?!{SP}(?:de|het)\b)(?!{SP}{_BODY_HEADS}\b)|voor|aan|de|den|op)"
    rf"(?:{SP}de)?{SP})?+{_PLACE_WORD}){{0,3}}"
)
YEAR = r"(?:19|20)\d\d(?:[ \u00a0]?[-–/][ \u00a0]?(?:19|20)?\d\d)?+(?![\d])"

# ---------------------------------------------------------------------------------------------
# Organisations
# Joint arrangements and regional bodies by their head word and region (gemeenschappelijke
# regelingen: GGD, safety region, environment service, social service, recreation board), a
# local audit office and a committee of the provincial council with its name.
REGIONAL_BODY = re.compile(
    rf"(?=[GVORIrSsCcW]){WORD_START}(?>{_BODY_HEADS})"
    rf"{SP}(?!(?:De|Het|Een|In|Op|Van|Voor|En)\b){REGION}{WORD_END}"
)
REGIONAL_BODY_CUES = (
    "GGD",
    "Veiligheidsregio",
    "Omgevingsdienst",
    "Uitvoeringsdienst",
    "RUD",
    "Sociale Dienst",
    "ISD",
    "schap ",
    "Rekenkamer",
    "tatencommissie",
    "ultuurregio",
    "regio ",
)
# Sports and other clubs in subsidy lists: "MSV’71", "ODIN'59" (a name with its founding year),
# "VV Reünie", "MHV Evergreen", "RKSV Nuenen" (a club-type abbreviation before the name).
# Only short acronyms or one capitalised word: a longer acronym with a year is a regulation's
# short title ("RGSVH'87"), and a word after an opening quote is a quoted title with a footnote
# number ("‘Data on the Web’34").
CLUB_YEAR = re.compile(
    rf"(?=[{UPPER}])(?<![\w(‘“'’-])(?:[{UPPER}]{{2,4}}|[{UPPER}][a-zà-ÿ]{{2,12}})['’]\d\d(?![\w'’])"
)
CLUB_YEAR_HINT = re.compile(r"['’]\d\d(?![\w'’])")
# Substrings without which the club prefixes cannot match: a C-level scan skips the regex.
CLUB_PREFIX_CUES = ("v.v. ", "s.v. ", "VV ", "SV ", "VVC ", "MHC ", "MHV ", "LTC ", "ZPC ")
_OPEN_QUOTE_BEFORE = re.compile(r"[‘“][^’”\n]{0,80}$")
CLUB_PREFIX = re.compile(
    # only the prefixes that name nothing but a club ("KV", "AV", "VC" are also other things)
    rf"(?=[VSRMLZvs])(?<![\w.-])(?>v\.v\.|s\.v\.|VV|SV|RKSV|RKVV|RKVVC|MHC|MHV|LTC|ZPC)"
    rf"{SP}(?!(?:De|Het|Een|En)\b)[{UPPER}][\w'’]*+(?:{SP}[{UPPER}][\w'’]*+)?+{WORD_END}"
)
# Ministries by their short portfolio, only where a text lists departments: three or more
# portfolios opening a line or a table cell, each followed by a colon, a bar, a tab or a
# number ("Onderwijs: totaal 50 miljoen", "| Defensie | 1.200 |").
SHORT_PORTFOLIOS = (
    "Algemene Zaken",
    "Buitenlandse Zaken",
    "Binnenlandse Zaken",
    "Justitie en Veiligheid",
    "Onderwijs",
    "Financiën",
    "Defensie",
    "Infrastructuur en Waterstaat",
    "Economische Zaken",
    "Landbouw",
    "Sociale Zaken",
    "Volksgezondheid",
    "Klimaat en Groene Groei",
    "Volkshuisvesting",
    "Asiel en Migratie",
)
PORTFOLIO_LINE = re.compile(
    r"(?m)(?:^|\|)[ \u00a0\t]*(?:(?:[•*·–-]|\d{1,2}[.)])[ \u00a0\t]*)?+"
    rf"(?P<name>{'|'.join(re.escape(p) for p in SHORT_PORTFOLIOS)})"
    r"(?=[ \u00a0]*+(?::|\||\t|(?:€[ \u00a0]?)?\d)|[ \u00a0]{2}|\n[ \u00a0\t]*+(?:€[ \u00a0]?)?\d)"
)
PORTFOLIO_LIST_MIN = 3
PORTFOLIO_LIST_WINDOW = 2500


def _short_portfolio_canonical(short: str, portfolios: Mapping[str, str]) -> str | None:
    """The ministry a short portfolio stands for: the register's own entry, else the one
    ministry whose portfolio starts with it ("Onderwijs" → Onderwijs, Cultuur en Wetenschap)."""
    if short in portfolios:
        return portfolios[short]
    ministries = {v for k, v in portfolios.items() if k.startswith(short)}
    return ministries.pop() if len(ministries) == 1 else None


def find_portfolio_lists(text: str, portfolios: Mapping[str, str]) -> Iterator[Match]:
    if sum(p in text for p in SHORT_PORTFOLIOS) < PORTFOLIO_LIST_MIN:
        return
    hits = list(PORTFOLIO_LINE.finditer(text))
    if len(hits) < PORTFOLIO_LIST_MIN:
        return
    for m in hits:
        near = {
            h["name"]
            for h in hits
            if abs(h.start() - m.start()) <= PORTFOLIO_LIST_WINDOW and h is not m
        }
        near.discard(m["name"])
        if len(near) + 1 < PORTFOLIO_LIST_MIN:
            continue
        canonical = _short_portfolio_canonical(m["name"], portfolios)
        value = {"canonical": canonical} if canonical else {}
        yield Match(m.start("name"), m.end("name"), "ORG", "portfolio_list", value)


# A table column that names who receives ("Naam instelling", "Ontvanger", "Aanvrager"): the
# row names under it are the bodies that receive, whatever their shape ("Kunstgebouw",
# "Zuid-Hollandse Popunie", "NECSTGEN t.b.v. ontwikkelen van de LSH-sector").
RECEIVER_COLUMN = re.compile(
    r"(?im)^[ \t]*(?:naam[ \t]+)?(?:instelling|organisatie|ontvanger|subsidieontvanger|aanvrager|"
    r"begunstigde)[ \t]*$"
)
_CELL_LINE = re.compile(r"[ \t]*[-–‒−]?[ \t]*\d[\d.,]*[ \t]*$")
_NAME_CELL = re.compile(
    # the name, without a lowercase purpose word after it ("Stichting Greenport West-Holland
    # innovatie"), its bracketed abbreviation, or the project it is for ("X t.b.v. Y")
    rf"[ \t]*(?P<name>[{UPPER}0-9][^\n(]{{0,90}}?[^\s(])(?:[ \t]+[{LOWER}][^\s(]*)*"
    rf"(?:[ \t]*\([^)\n]{{1,20}}\))?(?:[ \t]+(?:t\.b\.v\.|ten behoeve van)[ \t][^\n]*)?[ \t]*$"
)
RECEIVER_ROWS_MAX = 400  # lines read under one such header


def find_receiver_column_names(text: str) -> Iterator[Match]:
    """Row names of a flattened subsidy table under a column header naming its receivers: a
    text line between a number or code line and a number line (the row's first sum)."""
    for header in RECEIVER_COLUMN.finditer(text):
        lines: list[tuple[int, int]] = []
        pos = header.end()
        while len(lines) < RECEIVER_ROWS_MAX and pos < len(text):
            end = text.find("\n", pos + 1)
            end = len(text) if end < 0 else end
            if text[pos:end].strip():
                lines.append((pos + 1 if text[pos] == "\n" else pos, end))
            pos = end
        for k in range(1, len(lines) - 1):
            start, end = lines[k]
            line = text[start:end]
            if len(line.strip()) > 250 or (len(line.strip()) > 60 and line.rstrip()[-1] in ".:"):
                break  # prose: the table is over
            if _CELL_LINE.match(line) or not _CELL_LINE.match(text, *lines[k + 1]):
                continue
            if not _CELL_LINE.match(text, *lines[k - 1]):
                continue  # the line before the name is the row's code or the last row's sum
            cell = _NAME_CELL.match(text, start, end)
            if cell is not None:
                yield Match(cell.start("name"), cell.end("name"), "ORG", "receiver_column", {})


def find_local_organisations(text: str, portfolios: Mapping[str, str]) -> Iterator[Match]:
    """Regional bodies, clubs and ministries in a list of departments."""
    if any(cue in text for cue in REGIONAL_BODY_CUES):
        for m in REGIONAL_BODY.finditer(text):
            yield Match(m.start(), m.end(), "ORG", "regional_body", {})
    if CLUB_YEAR_HINT.search(text):
        for m in CLUB_YEAR.finditer(text):
            if not _OPEN_QUOTE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                yield Match(m.start(), m.end(), "ORG", "club_name", {})
    for m in CLUB_PREFIX.finditer(text) if any(c in text for c in CLUB_PREFIX_CUES) else ():
        yield Match(m.start(), m.end(), "ORG", "club_name", {})
    yield from find_portfolio_lists(text, portfolios)
    yield from find_cited_commission(text)
    yield from find_acting_ministries(text, portfolios)
    if RECEIVER_COLUMN.search(text):
        yield from find_receiver_column_names(text)


# "Defensie" acting as its ministry (issue 10, part 4; corpus guide 6.1: "Defensie" acting in
# prose is the ministry, as a chapter heading it is not): as a subject ("Defensie heeft",
# "benadert Defensie"), after a preposition ("voor Defensie", "de positie van Defensie") or
# opening a sentence or bullet. Not alone on its line (a heading), not inside a longer name
# ("Defensie Strategie voor Industrie"), not in a list of topics ("de AOW, Defensie en ...") and
# not as a list label ("Defensie: 12 miljoen", found by the list of departments).
ACTING_MINISTRY = re.compile(
    rf"(?<![\w-])Defensie(?![\w-])(?!{SP}*+[{UPPER}:|])(?!{SP}++(?:en|of)\b)"
)
ACTING_BEFORE = re.compile(
    rf"(?:(?:^|[.!?:;•*]|\n)[ \u00a0\t]*+|\b(?:van|voor|door|bij|namens|aan|met){SP}++"
    rf"|\b[a-z]{{3,}}t{SP}++)\Z"
)


def find_acting_ministries(text: str, portfolios: Mapping[str, str]) -> Iterator[Match]:
    if "Defensie" not in text:
        return
    canonical = _short_portfolio_canonical("Defensie", portfolios)
    value = {"canonical": canonical} if canonical else {}
    for m in ACTING_MINISTRY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip(" \t\u00a0•*-") == "Defensie":
            continue  # a heading naming the policy area
        if ACTING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            yield Match(m.start(), m.end(), "ORG", "acting_ministry", dict(value))


# The European Commission cited as the author of an EU act: "Verordening (EU) nr. 651/2014 van
# de Commissie van 17 juni 2014" (the boilerplate of every state-aid paragraph in a subsidy
# decision).
COMMISSION_CITED = re.compile(
    rf"(?<=van{SP}de{SP})Commissie(?={SP}van{SP}\d{{1,2}}{SP}(?:{MONTH_NAME}){SP}(?:19|20)\d\d)"
)


def find_cited_commission(text: str) -> Iterator[Match]:
    if "Commissie van " in text:
        for m in COMMISSION_CITED.finditer(text):
            yield Match(
                m.start(), m.end(), "ORG", "commission_cited", {"canonical": "Europese Commissie"}
            )


# ---------------------------------------------------------------------------------------------
# Programmes
_HEADS = (
    r"programma|agenda|fonds|regeling|reserve|deal|plan|strategie|visie|akkoord|kader|nota|pact"
    r"|aanpak|convenant|beleid"
)
# A title word: capitalised, or lowercase but no function word, verb or title stop ("de
# Subsidieregeling X 2020 in verband met" ends at the year, "het Programma loopt tot 2025"
# is no title).
_TITLE_WORD = (
    rf"(?:[{UPPER}][\w'’+&]*+(?:-\w++)*+"
    rf"|(?!(?:{LAW_STOP}|{TITLE_STOP}|{FINITE_VERB}|{MONTH_NAME})\b)[a-zà-ÿ][\w’'-]{{2,}}+)"
)
_CAP_TITLE_WORD = rf"[{UPPER}][\w'’+&]*+(?:-\w++)*+"
# "Uitvoeringsprogramma Groen 2012-2015", "Programma Bestuur en Middelen 2023", "Regio Deal
# Zuidoost-Drenthe 2020-2023": a capitalised instrument head, up to four title words and a
# year or period, all one name (spec: the year written as part of a title is inside).
TITLED_INSTRUMENT = re.compile(
    rf"(?=[{UPPER}]){WORD_START}(?!(?:Wet|Besluit|Verordening|Regeling){SP})"
    rf"(?!(?:Bestemmingsplan|Omgevingsplan|Paraplubestemmingsplan){SP})"
    rf"(?:[{UPPER}][a-zà-ÿ]*(?:{_HEADS})|Programma|Agenda|Fonds|Deal|Plan|Strategie|Visie|Akkoord"
    rf"|Pact|Aanpak|Convenant)(?![\w-])"
    # lowercase title words only right after the head ("Beleidskader anonieme e-mental health
    # 2014"); after a link word only a capitalised one ("Beijing Actieplan en de totstandkoming
    # van de Post 2015" is two things)
    rf"(?:{SP}{_TITLE_WORD}"
    rf"|{SP}(?:van|voor|en(?!{SP}{OTHER_TITLE})|op|tegen){SP}(?:de{SP}|het{SP})?+{_CAP_TITLE_WORD}"
    rf"){{1,4}}+"
    rf"{SP}(?P<year>{YEAR})"
)
# "Vlaamse klimaatstrategie 2050", "Friese Agenda 2030": an adjective of a government or
# region, an instrument word and a year.
_REGIONAL_ADJECTIVE = (
    r"Vlaamse|Belgische|Nederlandse|Europese|Nationale|Provinciale|Regionale|Gemeentelijke"
    r"|Landelijke|Integrale|Friese|Brabantse|Limburgse|Drentse|Groningse|Zeeuwse|Utrechtse"
    r"|Gelderse|Overijsselse|Flevolandse|Noord-Hollandse|Zuid-Hollandse|Amsterdamse"
    r"|Rotterdamse|Haagse|Twentse|Waalse|Brusselse"
)
ADJECTIVE_INSTRUMENT = re.compile(
    rf"(?=[{UPPER}]){WORD_START}(?>{_REGIONAL_ADJECTIVE}){SP}"
    rf"(?:[a-zà-ÿA-Z][a-zà-ÿ]*)?(?:{_HEADS}){SP}(?P<year>{YEAR})"
)
# Named reserves of a municipality or province: "Algemene Bestemmingsreserve", "Reserve
# Sociaal Domein", "Egalisatiereserve Afval" (a bare "Algemene reserve" is a description).
NAMED_RESERVE = re.compile(
    rf"(?=[{UPPER}]){WORD_START}(?:"
    rf"(?:Algemene{SP})?[{UPPER}][a-zà-ÿ]+reserve(?:{SP}[{UPPER}][\w-]*+){{0,3}}+"
    rf"|Reserve(?:{SP}[{UPPER}][\w-]*+){{1,3}}+)(?![\w-])"
)
# an inflected adjective before a lowercase word: the name runs on ("Reserve Overlopende
# verplichtingen") and its end is unknown
_RUNS_ON = re.compile(rf"e{SP}[a-zà-ÿ]")
_NOT_RESERVE_START = re.compile(r"(?:[.!?:;]\s*|\n\s*|^\s*|[Ee]en\s+|[Dd]eze\s+|[Dd]ie\s+)$")


# A capitalised word right before a head is part of the name ("Beijing Actieplan"), which
# the shapes of nlds_nlp.grammar.names find; a title starting mid-name is wrong.
_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?!(?:De|Het|Een|Deze|Dit|Die|Dat|Ons|Onze)\b)[{UPPER}][\w-]*+{SP}$"
)


def find_local_programmes(text: str) -> Iterator[Match]:
    """Titled instruments with their period, named reserves and enumerated schemes."""
    if "regelingen" in text or "programma's" in text or "fondsen" in text:
        yield from find_scheme_lists(text)
    for m in TITLED_INSTRUMENT.finditer(text):
        if not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            yield Match(m.start(), m.end(), "PROGRAMME", "titled_instrument", {})
    for m in ADJECTIVE_INSTRUMENT.finditer(text):
        yield Match(m.start(), m.end(), "PROGRAMME", "titled_instrument", {})
    if "eserve" in text:
        for m in NAMED_RESERVE.finditer(text):
            before = text[max(0, m.start() - 8) : m.start()]
            if " " not in m.group() and _NOT_RESERVE_START.search(before):
                continue  # a lone compound at a sentence start or after "een" names nothing
            if _RUNS_ON.match(text, m.end() - 1):
                continue
            yield Match(m.start(), m.end(), "PROGRAMME", "named_reserve", {})


# ---------------------------------------------------------------------------------------------
# Laws: a province's or municipality's own subsidy and finance ordinances, with their place
# ("Algemene subsidieverordening Noord-Brabant", "financiële verordening provincie Zuid-Holland
# 2017"): the place inside is part of the title, never a LOC or ORG of its own.
LOCAL_ORDINANCE = re.compile(
    rf"(?=[AaSsFf]){WORD_START}(?>Algemene{SP}[Ss]ubsidieverordening|Subsidieverordening"
    rf"|[Ff]inanciële{SP}verordening)"
    rf"(?P<rest>(?:{SP}(?:[Pp]rovincie|[Gg]emeente|[Ww]aterschap))?+"
    rf"(?:{SP}{REGION})?+(?:{SP}{YEAR})?+){WORD_END}"
)


# EU acts as subsidy decisions cite them: "Verordening (EU) Nr. 651/2014", "Verordening (EU) nr.
# 651 / 2 0 1 4" (digits spaced out by a PDF), "Verdrag betreffende de werking van de Europese
# Unie", "Algemene groepsvrijstellingsverordening"; the "EU" and "Europese Unie" inside them
# are no organisation.
EU_ACT_CITED = re.compile(
    rf"(?=[VvA])\b(?:[Vv]erordening{SP}\((?:EU|EG|EEG)\){SP}[Nn]r\.?{SP}?\d(?:{SP}?\d){{0,3}}"
    rf"{SP}?/{SP}?\d(?:{SP}?\d){{1,3}}(?!\d)"
    rf"|Verdrag{SP}betreffende{SP}de{SP}werking{SP}van{SP}de{SP}Europese{SP}Unie"
    rf"|Algemene{SP}[Gg]roepsvrijstellingsverordening)"
)


def find_local_laws(text: str) -> Iterator[Match]:
    if "Verordening (E" in text or "Verdrag betreffende" in text or "roepsvrijstelling" in text:
        for m in EU_ACT_CITED.finditer(text):
            yield Match(m.start(), m.end(), "LAW", "eu_act_cited", {})
    if "verordening" not in text:
        return
    for m in LOCAL_ORDINANCE.finditer(text):
        if not m.group("rest") and not m.group().startswith("Algemene"):
            continue  # a bare "Subsidieverordening" or "financiële verordening" is generic
        yield Match(m.start(), m.end(), "LAW", "local_ordinance", {})


# ---------------------------------------------------------------------------------------------
# Persons
# "dhr. R.G.H. van Muilekom", "mevr. E.L. Oosters": the short forms of address in agreements.
ADDRESS_NAME = re.compile(
    rf"(?=[DdMm]){WORD_START}(?:[Dd]hr\.|[Mm]evr\.|[Mm]w\.|[Mm]evrouw|[Dd]e{SP}heer){SP}"
    rf"(?P<name>{INITIALS}(?:(?:{PARTICLES}){SP})?+{NAME_TOKEN}(?:-{NAME_TOKEN})?+)"
)
# A signature after the minister's title on one line: "De Staatssecretaris van Volksgezondheid,
# Welzijn en Sport, P. Blokhuis".
TITLE_SIGNATURE = re.compile(
    rf"(?=[MmSs]){WORD_START}(?:[Mm]inister|[Ss]taatssecretaris){SP}(?:van|voor){SP}[^\n,]{{3,60}}+"
    rf"(?:,{SP}[^\n,]{{3,40}}+){{0,2}},{SP}*+"
    rf"(?P<name>(?:[{UPPER}]\.){{1,5}}+{SP}?+(?:(?:{PARTICLES}){SP})?+{NAME_TOKEN}"
    rf"(?:-(?:(?:{PARTICLES}){SP})?+{NAME_TOKEN})*+)(?![\w.])"
)


ADDRESS_CUES = ("hr.", "evr.", "w.", "evrouw", "heer")
SIGNATURE_CUES = ("inister", "taatssecretaris")


def find_local_persons(text: str) -> Iterator[Match]:
    for pattern, name, cues in (
        (ADDRESS_NAME, "address_name", ADDRESS_CUES),
        (TITLE_SIGNATURE, "title_signature", SIGNATURE_CUES),
    ):
        if not any(c in text for c in cues):
            continue
        for m in pattern.finditer(text):
            yield Match(m.start("name"), m.end("name"), "PERSON", name, {})


# ---------------------------------------------------------------------------------------------
# Bodies named after a programme: "Adviescommissie Nationaal Groeifonds", "Stuurgroep
# Deltaprogramma". A programme shape that opens with a body's head word is the body (ORG,
# found by the organisation shapes); the programme inside stays the shorter listed name.
BODY_HEAD = re.compile(
    r"(?:Adviescommissie|Commissie|Stuurgroep|Werkgroep|Raad|Bureau|Directie|Team|Stichting"
    r"|Vereniging|Regieorgaan|Programmabureau|Projectbureau|Uitvoeringsorganisatie)[ \u00a0]"
)


_TRAILING_YEAR = re.compile(rf"{SP}{YEAR}$")


def not_bodies(text: str, found: list[Match]) -> list[Match]:
    """Shaped programme names, where one names a body after its programme as that body (ORG,
    without a year the programme shape took along: "jaarverslag Adviescommissie Nationaal
    Groeifonds 2023" is the committee's report of 2023)."""
    out = []
    for m in found:
        if m.label == "PROGRAMME" and BODY_HEAD.match(text, m.start):
            year = _TRAILING_YEAR.search(text, m.start, m.end)
            end = year.start() if year else m.end
            m = Match(m.start, end, "ORG", "body_named_after_programme", {})
        out.append(m)
    return out


# ---------------------------------------------------------------------------------------------
# Listed programme names written in capitals, as budget chapters and table headings write them
# ("XIX NATIONAAL GROEIFONDS", "OVERZICHT HOOGWATERBESCHERMINGSPROGRAMMA"): a run of capitalised
# words is looked up, casefolded, among the listed names; the longest listed run wins.
# (a run opens with a word of four capitals or more, so the scan passes acronyms at once)
CAPS_RUN = re.compile(
    rf"(?<![\w-])[{UPPER}]{{4}}[{UPPER}0-9+'’-]*+(?:{SP}[{UPPER}][{UPPER}0-9+'’-]*+)*+(?![\w-])"
)
CAPS_MIN_LETTERS = 8
CAPS_MAX_WORDS = 12  # no listed programme name is longer; bounds the sub-runs tried


def find_caps_names(
    text: str, listed: Mapping[str, str], first_words: frozenset[str] | None = None
) -> Iterator[Match]:
    """``listed`` maps casefolded listed names (not themselves in capitals) to canonical names;
    ``first_words`` (their casefolded first words) lets a run without one be skipped at once."""
    for run in CAPS_RUN.finditer(text):
        if first_words is not None and not any(
            w in first_words for w in run.group().casefold().split()
        ):
            continue
        words = list(re.finditer(r"\S+", run.group()))
        if sum(c.isalpha() for c in run.group()) < CAPS_MIN_LETTERS or not any(
            c.islower() for c in run.group().casefold()
        ):
            continue
        best: tuple[int, int, str] | None = None
        for i in range(len(words)):
            for j in range(min(len(words), i + CAPS_MAX_WORDS), i, -1):
                if best and j - i <= best[1] - best[0]:
                    break
                surface = run.group()[words[i].start() : words[j - 1].end()]
                canonical = listed.get(surface.casefold())
                if canonical and sum(c.isalpha() for c in surface) >= CAPS_MIN_LETTERS:
                    best = (i, j, canonical)
                    break
        if best:
            start = run.start() + words[best[0]].start()
            end = run.start() + words[best[1] - 1].end()
            yield Match(start, end, "PROGRAMME", "caps_name", {"canonical": best[2]})


# ---------------------------------------------------------------------------------------------
# An enumeration after a plural scheme word names each scheme: "voor de subsidieregelingen
# Cultuur, Maatschappelijke ondersteuning, Preventieteam en Jeugdfonds" (spec: a name is
# capitalised; the plural type word says what the items are).
_ITEM = (
    rf"[{UPPER}][\w'’+&-]*+"
    rf"(?:{SP}(?!(?:{LAW_STOP}|{TITLE_STOP}|{FINITE_VERB})\b)[a-zà-ÿ][\w’'-]*+){{0,2}}"
)
SCHEME_LIST = re.compile(
    rf"\b(?:subsidieregelingen|regelingen|subsidieprogramma's|programma's|fondsen)"
    rf"{SP}(?P<items>{_ITEM}(?:,{SP}{_ITEM}){{0,8}}{SP}(?:en|of){SP}{_ITEM})(?![\w-])"
)
_ITEM_RE = re.compile(_ITEM)


def find_scheme_lists(text: str) -> Iterator[Match]:
    for m in SCHEME_LIST.finditer(text):
        pos = m.start("items")
        for item in _ITEM_RE.finditer(text, pos, m.end("items")):
            yield Match(item.start(), item.end(), "PROGRAMME", "scheme_list", {})


# ---------------------------------------------------------------------------------------------
# Places: a compass part of a listed province, region or municipality ("Zuidwest-Drenthe",
# "Noordoost Twente", "Oost-Groningen" in "Noord- en Oost-Groningen") is one place.
COMPASS_PLACE = re.compile(
    rf"(?<![\w-])(?:Noordoost|Noordwest|Zuidoost|Zuidwest|Noord|Oost|Zuid|West|Midden)"
    rf"(?:-|{SP})(?P<place>[{UPPER}][\w]++(?:-[{UPPER}][\w]++)?+)(?![\w-])"
)


def find_compass_places(text: str, places: frozenset[str]) -> Iterator[Match]:
    for m in COMPASS_PLACE.finditer(text):
        if m["place"] in places:
            yield Match(m.start(), m.end(), "LOC", "compass_place", {})
    if "Regio " in text:
        for m in REGION_NAME.finditer(text):
            yield Match(m.start(), m.end(), "LOC", "region_name", {})


# A named region as a grant's receiver ("Regio Foodvalley € 25 miljoen", "Regio Groene Hart",
# "Regio Centra Groningen"): "Regio" and up to three capitalised words are one place (the gold's
# LOC), not the instruments named after regions ("Regio Deal", "Regio Envelop").
REGION_NAME = re.compile(
    rf"(?<![\w-])Regio{SP}(?!(?:Deals?|Envelop|Enveloppe|Specifieke|Regeling)(?![\w-]))"
    rf"[{UPPER}][\w]++(?:-[\w]++)?+(?:{SP}[{UPPER}][\w]++(?:-[\w]++)?+){{0,2}}(?![\w-])"
)


# ---------------------------------------------------------------------------------------------
# Persons by their role in parliamentary papers: "De voorzitter van de commissie, Van Bochove",
# "De griffier van de commissie, De Kler", "de motie Dik-Faber en Jacobi (Kamerstuk ...)",
# "minister van Justitie en Veiligheid Ferd Grapperhaus", "Mona Keijzer, minister van ...".
_SURNAME = rf"(?:(?:{PARTICLES}){SP})?+{NAME_TOKEN}(?:-(?:(?:{PARTICLES}){SP})?+{NAME_TOKEN})*+"
COMMITTEE_OFFICER = re.compile(
    rf"(?=[VvGg])(?:[Vv]oorzitter|[Gg]riffier){SP}van{SP}de{SP}(?:vaste{SP})?commissie,{SP}*+"
    rf"(?P<name>{_SURNAME})(?![\w.])"
)
MOTION_BY = re.compile(
    rf"(?=[Mm])[Mm]otie(?:s)?(?:{SP}van{SP}(?:het{SP}lid|de{SP}leden))?{SP}"
    rf"(?P<names>{_SURNAME}(?:(?:,{SP}|{SP}en{SP}){_SURNAME}){{0,5}})"
    rf"(?={SP}?\((?:Kamerstuk|\d)|,?{SP}(?:over|inzake|om|die|waarin)\b)"
)
# a first name and a surname around a minister's title and portfolio
_NOT_NAME_WORD = (
    r"(?!(?:Regeling|Besluit|Wet|De|Het|Een|Dat|Dit|Deze|Minister|Staatssecretaris|Ministerie)"
    r"(?![\w]))"
)
_FULL_NAME = (
    rf"{_NOT_NAME_WORD}{NAME_TOKEN}{SP}(?:(?:{PARTICLES}){SP})?+{_NOT_NAME_WORD}{NAME_TOKEN}"
    rf"(?:-{NAME_TOKEN})?+"
)


def _portfolio_alternation(portfolios: Mapping[str, str]) -> str:
    names = sorted((k for k in portfolios if " " in k or k[:1].isupper()), key=len, reverse=True)
    return "|".join(re.escape(k) for k in names if not k.isupper())


def find_role_persons(
    text: str, minister: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterator[Match]:
    """Persons by their role; ``minister`` is :func:`minister_patterns` of the register."""
    if "commissie," in text:
        for m in COMMITTEE_OFFICER.finditer(text):
            yield Match(m.start("name"), m.end("name"), "PERSON", "committee_officer", {})
    if "otie" in text:
        for m in MOTION_BY.finditer(text):
            for part in re.finditer(_SURNAME, m["names"]):
                s = m.start("names") + part.start()
                yield Match(s, s + len(part.group()), "PERSON", "motion_by", {})
    if "inister" not in text and "taatssecretaris" not in text:
        return
    for pattern in minister:
        for m in pattern.finditer(text):
            yield Match(m.start("name"), m.end("name"), "PERSON", "minister_name", {})


def minister_patterns(portfolios: Mapping[str, str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after "minister van <portfolio>" and before ", minister van", for the register's
    portfolios; compiled once by the component."""
    title = r"(?:[Mm]inister|[Ss]taatssecretaris)"
    alternation = _portfolio_alternation(portfolios)
    return (
        re.compile(
            rf"(?=[MmSs]){WORD_START}{title}{SP}van{SP}(?>{alternation}){SP}"
            rf"(?P<name>{_FULL_NAME})(?![\w-])"
        ),
        re.compile(
            rf"(?=[{UPPER}]){WORD_START}(?P<name>{_FULL_NAME}),{SP}{title}{SP}(?:van|voor){SP}"
        ),
    )
