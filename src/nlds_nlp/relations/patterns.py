"""Named patterns of funding prose and budget tables: the shapes the role finders look for.

Why a module of their own: the prose rules (``roles``), the table readers (``tables``) and the
time roles (``periods``) share these pieces, and each pattern is run on its worst shapes by the
test suite (issue 11), which is easier to keep true when they stand in one place with their
examples. Every pattern is anchored or bounded so that no input makes it backtrack.
"""

from __future__ import annotations

import re

ACTORS = ("ORG", "LOC")
ARTICLE = r"(?:(?:het|de|den|der|een|deze|dit|onze|hun|haar|zijn)\s+)?"
# "ten behoeve van X", "t.b.v. X": the beneficiary marker
BENEFICIARY = r"(?:ten\s+behoeve\s+van|t\.b\.v\.)"
# A lowercase legal form outside the name's span ("aan stichting X", "naar de vereniging Y")
FORM = r"(?:(?:stichting|vereniging|coöperatie)\s+(?:(?:het|de)\s+)?)?"
# "... 23,5 miljoen euro van het kabinet", "... door de provincie", "... vanuit het Rijk"
FUNDER_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:van|door|vanuit|namens|via)\s+" + ARTICLE + r"$", re.I
)
# "... aan de gemeente X", "... voor stichting Y", "... naar Groningen", "... bij X terecht"
# up to three lowercase words between ("beschikbaar te stellen voor", "extra uit het")
VERB_WORDS = r"(?:[a-zë]+\s+){0,3}?"
RECIPIENT_AFTER = re.compile(
    r"^[\s)]*"
    + VERB_WORDS
    + r"(?:aan|voor|naar|richting|"
    + BENEFICIARY
    + r")\s+(?i:"
    + ARTICLE
    + r")"
    + FORM
    + r"$"
)
BENEFIT = re.compile(BENEFICIARY + r"\s+(?i:" + ARTICLE + r")" + FORM + r"\Z")
BENEFIT_REACH = 160
SHORT_FORM = re.compile(r"[A-Z][\w+&-]{1,9}")  # "Lbv", "SDE++", "WIS": no second name
LIST_GAP_MAX = 40
SUM_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:in|voor|en|of|resp\.|respectievelijk)[\s,;]+)*$", re.I)
RESPECTIVELY = re.compile(r"\b(?:respectievelijk|resp\.)", re.I)
ABBREVIATION_GAP = re.compile(r"[^\S\n]*\([^\S\n]*\Z")
# After a partner already found: "... in het kader van X ten behoeve van Stichting Y"
RECIPIENT_CHAIN = re.compile(
    r"^[\s,]*(?:" + BENEFICIARY + r"|aan|voor)\s+(?i:" + ARTICLE + r")" + FORM + r"$"
)
# "... bij aan het landelijke project FRESHEM-NL": a funded project, named after its noun
PROJECT_NOUN = r"(?:project|deelproject|pilotproject|initiatief|bewonersinitiatief|consortium)"
PROJECT_AFTER = re.compile(
    r"^\s*"
    + VERB_WORDS
    + r"(?:aan|voor)\s+"
    + ARTICLE
    + r"(?:[a-zë]+e\s+)?"
    + PROJECT_NOUN
    + r"\s+[\"“‘']?$"
)
# A heading that announces a grant to a named project or body ("Subsidiëring project
# “Kasteel 4” te Coevorden", "2. Deelname project X", "Startsubsidie Stichting Y").
GRANT_HEADING = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:subsidie|subsidiëring|startsubsidie|bijdrage|deelname|financiering|"
    r"steun|toekenning)\b(?:\s+(?:aan|voor))?\s+(?:(?:het|de)\s+)?(?:" + PROJECT_NOUN + r"\s+)?"
    r"[\"“‘']?$",
    re.I,
)
# "... uit het Klimaatfonds", "... binnen de regeling X", "... via het programma X"
PROGRAMME_AFTER = re.compile(
    r"^\s*"
    + VERB_WORDS
    + r"(?:uit|via|binnen|vanuit|van|voor|ten\s+laste\s+van|in\s+het\s+kader\s+van|"
    r"onder|op)\s+"
    + ARTICLE
    + r"(?:(?:programma|regeling|subsidieregeling|fonds|budget|impuls|deal|actieplan|"
    r"agenda|investeringsprogramma)\s+)?$",
    re.I,
)
# "Uit het Klimaatfonds gaat ..." / "Via de SLIM-regeling ...": the programme of every later sum
PROGRAMME_BEFORE = re.compile(
    r"(?:^|\s)(?:uit|via|binnen|vanuit|ten\s+laste\s+van|in\s+het\s+kader\s+van|met|krachtens|voor|"
    r"ingevolge|op\s+grond\s+van|bedoeld\s+in|"
    # "Het budget van de ISDE is met € 210 miljoen verhoogd": the instrument whose budget it is
    r"(?:budget|subsidieplafond|plafond|subsidiebudget)\s+(?:van|voor))"
    r"(?:\s+\[?(?:artikel|afdeling|paragraaf|hoofdstuk|onderdeel)\s+[\w.:]+(?:,?\s+(?:lid|onder)\s+"
    r"[\w.]+)?,?\s+van)?\s+" + ARTICLE + r"(?:(?:programma|regeling|subsidieregeling|fonds)\s+)?$",
    re.I,
)
LINK_MAX = 60
ITEM_GAP_MAX = 30  # at most this far behind the sum before it, a sum is a list item
FUND_NAME = re.compile(r"fonds|envelop|budget|reserve", re.I)
IN_BEFORE = re.compile(r"(?:^|\s)in\s+(?:het|de)\s+$", re.I)
# Preposition right before an actor: it is then no subject ("in Zuid-Holland", "aan de gemeente").
PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|uit|te|bij|van|voor|aan|naar|met|op|over|tot|door|onder|namens|vanuit|"
    r"binnen|buiten|zoals|tussen|per|dan|als|tegen|om|via)\s+" + ARTICLE + r"$",
    re.I,
)
TITLE_OF = re.compile(
    r"(?:minister|staatssecretaris|ministerie|departement|bewindspersoon|gedeputeerde|"
    r"wethouder|college)\s+(?:van|voor)\s+" + ARTICLE + r"$",
    re.I,
)
# "t/m 2016", "tot 2020", "Raming 2013", "Begroting 2026" as a column header or row label: a
# year cell all the same
YEAR_CELL_LEAD = re.compile(
    r"^(?:t/m|tot(?:\s+en\s+met)?|vanaf|na|voor|ultimo|begroot|raming|rekening|jaarrekening|"
    r"realisatie|prognose|budget|werkelijk|(?:(?:primitieve|gewijzigde|actuele|vastgestelde|"
    r"ontwerp)\s+)?begroting|verschil(?:\s+[\w./]{1,12}){0,3})\s+",
    re.I,
)
# ... or after it: "2024\nWerkelijk", "2025 Begroot", "2026\nLasten"
YEAR_CELL_TRAIL = re.compile(
    r"\s+(?:werkelijk|begroot|begroting|raming|realisatie|rekening|prognose|budget|lasten|"
    r"baten)$",
    re.I,
)
# The title of a table a few lines above its unit header ("Financiële toelichting begroting
# 2026"): its one year is the period of every cell when the columns carry no years.
TABLE_TITLE = re.compile(
    r"\b(?:begroting|begroot|raming|jaarrekening|rekening|jaarverslag)\b", re.I
)
TITLE_LINES = 4
TOTAL_LABELS = frozenset({"totaal", "total", "totalen"})
# A row that adds up the rows above it ("Totaal", "Totaal bijdragen", "Subtotaal", "Totaal (50%)")
TOTAL_ROW = re.compile(r"\s*(?:sub)?tota(?:a|le)l\b", re.I)
# A column header line of a flattened table is short ("Mutaties 1e suppletoire begroting (4)").
HEAD_LINE_MAX = 80
AGENT_BEFORE = re.compile(r"(?:^|\s)(?:door|vanuit)\s+" + ARTICLE + r"$", re.I)
RELATIVE_GAP = re.compile(r"^\s*(?:die|dat|welke)\s+" + ARTICLE + r"(?:[a-zë]+\s+)?$", re.I)
AUX_GAP = re.compile(
    r"^\s*(?:heeft|hebben|had|hadden|zal|zullen|wil|willen|gaat|gaan|stelt|trekt|investeert)\s+"
    + ARTICLE
    + r"$",
    re.I,
)
TE_INFINITIVE = re.compile(r"(?<!\w)te\s+\w+", re.I)
PERFECT_AUX = re.compile(r"(?<!\w)(?:heeft|hebben|had|hadden)(?!\w)", re.I)
PASSIVE_AUX = re.compile(r"(?<!\w)(?:wordt|worden|werd|werden|is|zijn|was|waren)(?!\w)", re.I)
# Between one list item's sum and the next item's name: blanks, a comma or semicolon.
LIST_ITEM_GAP = re.compile(r"[\s,;)]*$")
# Gap between a row's name and its sum: "Gemeente A: € 5.000", "Nederland (25 miljoen euro)".
ROW_GAP = re.compile(r"^[\s:;|\t–\-(]*$")
PERIOD_SIGNAL = re.compile(
    r"(?:\btot(?:\s+en\s+met)?|\bt/m|\bvanaf|\btussen|\bgedurende|\bover|\bvoor(?:\s+het\s+jaar)?|"
    r"\bper|\bin\s+de\s+periode|\bin\s+de\s+jaren)\s+(?:(?:het|de)\s+)?$",
    re.I,
)
# A date right after a sum ("... 70 miljoen euro in 2018, ...") belongs to that sum.
TRAILING_DATE = re.compile(r"^\s*(?:in|voor|vanaf|tot|per|t/m|over|na)?\s*$", re.I)
# "Hiervoor is ... beschikbaar", "Voor deze regeling ...": the instrument just named
POINTER = re.compile(
    r"\b(?:hiervoor|daarvoor|hiermee|daarmee|hierin|daarin|hieruit|daaruit|hiervan|daarvan|"
    r"(?:deze|dit|die|het|de)\s+(?:regeling|subsidieregeling|programma|fonds|budget|impuls|deal|"
    r"agenda|ronde|envelop|pot))\b",
    re.I,
)
# "aan X" before its sum, or a grant noun "voor X": the receiving end
GIVEN_TO = re.compile(
    r"(?:(?:^|\s)aan|(?:subsidie|bijdrage|uitkering|dotatie|investering|financiering)\w*\s+"
    r"(?:voor|aan))\s+" + ARTICLE + FORM + r"$",
    re.I,
)
# A budget document is where a sum is written down, not an instrument it belongs to
# (corpus guide 6.4; the gold links no sum to one as its programme).
BUDGET_DOCUMENT = re.compile(
    r"begroting|\w*nota\b|jaarstukken|jaarrekening|jaarverslag|suppletoire|kaderbrief", re.I
)
# A row label naming who its sums go to: "waarvan bijdrage aan agentschap X", "Subsidie aan X"
ROW_GIVEN_TO = re.compile(
    r"\b(?:bijdrage|subsidie|uitkering|dotatie|overdracht|rijksbijdrage)\w*\s+(?:aan|voor)\s+"
    r"(?:(?:het|de)\s+)?(?:[a-z]+\s+)?$",
    re.I,
)
# After the body that opens a row cell: "InnovationQuarter t.b.v. vroege fase financiering"
ROW_PURPOSE = re.compile(r"[^\S\n]+(?:" + BENEFICIARY + r")[^\S\n]", re.I)
# "een subsidie van de Provincie Zeeland van € 15.000": the grant's giver named before its sum
GRANT_FROM = re.compile(
    r"(?:subsidie|bijdrage|financiering|steun|uitkering|dotatie|lening)\w*\s+(?:van|door)\s+"
    + ARTICLE
    + r"\Z",
    re.I,
)
GRANT_FROM_GAP = re.compile(r"\s*(?:(?:van|ter\s+hoogte\s+van|à|groot)\s*|[:,]\s*)?")
# Where money comes from ("uit het Klimaatfonds", "ten laste van de regeling"), as against where
# it goes ("voor het Programma X"): a fund it comes from is the programme, a programme it goes to
# the recipient (spec 6: funded projects of a fund are recipients, the fund the programme)
FROM_BEFORE = re.compile(
    r"(?:^|\s)(?:uit|vanuit|ten\s+laste\s+van)\s+"
    + ARTICLE
    + r"(?:(?:programma|regeling|fonds)\s+)?$",
    re.I,
)
TO_BEFORE = re.compile(r"(?:^|\s)voor\s+" + ARTICLE + r"$", re.I)
# A source right behind its own sum: "de 7,5 miljard uit het Mobiliteitsfonds"
OWN_SOURCE_GAP = re.compile(r"\s*(?:uit|vanuit|van)\s+" + ARTICLE + r"\Z", re.I)
# A cell's "N" (nadelig) or "V" (voordelig) after its sum: a sign, not text ("12.413 N")
CELL_MARK = re.compile(r"[^\S\n]+[NV]\Z")
# ... or on a line of its own, right after its cell
MARK_LINE = re.compile(r"\s*[NV]\s*")
# A column header's number: "Realisatie (2)", "Verschil (3) = (2) - (1)", "(3)=(1)+(2)"
COLUMN_NUMBER = re.compile(r"\((\d)\)(?:[^\S\n]*=[^\S\n]*[()\d+\-–\s]{3,30})?[^\S\n]*\Z")
# "rijksbijdrage": money the national government gives ("met de beschikbare rijksbijdrage:")
STATE_GRANT = re.compile(r"\brijksbijdrage", re.I)
# A table that lists who pays: "Bijdragen", "Oorspronkelijke financiering", "Dekking"
CONTRIBUTION = re.compile(r"\b(?:bijdragen?|financiering|bekostiging|dekking)\b", re.I)
# An actor directly followed by the finite verb of a giving clause ("De provincie wil 12
# miljoen uittrekken", "Het Rijk stelt 5 miljoen beschikbaar")
ACTOR_VERB = re.compile(
    r"\s*(?:wil|willen|gaat|gaan|heeft|hebben|zal|zullen|stelt|stellen|trekt|trekken|"
    r"investeert|investeren|kent|kennen|geeft|geven|reserveert|reserveren|draagt|dragen|"
    r"betaalt|betalen|verstrekt|verstrekken|maakt|maken)\b",
    re.I,
)
# A line break that ends a table row or paragraph, not a wrapped line of prose.
ROW_BREAK = re.compile(r"\d[^\S\n]*\n|\n[^\S\n]*[\d(|-]|\n[^\S\n]*\n")
CEILING = re.compile(r"\b(?:subsidieplafond|plafond|budget|totaalbudget)\w*\b", re.I)
RECEIPTS = re.compile(r"ontvangst|baten|inkomsten|opbrengst", re.I)
# A short column label: one to three words ("Uitgaven", "Vastgestelde begroting")
COLUMN_LABEL = re.compile(r"^[A-Za-zÀ-ÿ.]{2,25}(?: [A-Za-zÀ-ÿ.]{2,25}){0,2}$")
BUDGET_OF = re.compile(r"\bbegroting\w*\s+van\s+(?:het|de)\s*$", re.I)
# A heading: one short line without sentence-final punctuation.
HEADING = re.compile(r"^[^\n]{1,120}(?<![.!?:;,])$")
# Motions state and ask; their dateline ("Voorgesteld 25 januari 2023") dates no money.
MOTION = re.compile(r"\b(?:constaterende|overwegende|verzoekt|spreekt\s+uit|roept)\b", re.I)
STRETCH_WORD = re.compile(r"periode|jaren|termijn", re.I)
DATE_LIST_GAP = re.compile(r"^\s*(?:,|en|of|,\s*en)\s*$")
RECEIVE_AFTER = 40
# Dates further away than this from the sum rarely belong to it (headers, datelines).
DATE_WINDOW = 150
STATIC_BEFORE = 45
FRAME_UNITS = 40
FRAME_UNIT_MAX = 220
