"""Name-shape grammar for organisations, programmes, persons and laws that are on no list.

Why shapes: registers never hold every coalition, fund or act a text names, but Dutch names
have recognisable heads ("-regeling", "Stichting ...", "Wet op de ...", "ministerie van ...").
Every pattern is a named piece so each hit says which rule produced it. Pure Python (no spaCy);
the components add gazetteer lookups on top and the merge step settles overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from nlds_nlp.grammar.base import Match, in_year_header
from nlds_nlp.resources import generic_programme_words

# ---------------------------------------------------------------------------------------------
# Shared pieces
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿā-ž"
LETTER = UPPER + LOWER
# A capitalised or mixed-case name word: "Digitale", "eHealth", "AI", "SDE++", "Noord-Veluwe", "2024".
CAP_WORD = rf"(?:[{UPPER}][{LETTER}0-9'’&+]*(?:-[{LETTER}0-9]+)*\+*|[{LOWER}]+[{UPPER}][{LETTER}]*)"
SP = r"[ \u00a0]+"
# Lowercase words that join the parts of a name: "Raad voor het Openbaar Bestuur",
# "Samen tegen Mensenhandel", "Werken aan Uitvoering".
NAME_LINK = (
    r"(?:(?:van|voor|op|tegen|over|bij|aan|naar|met|zonder|tot|uit)(?:[ \u00a0]+(?:de|het|der|den))?"
    r"|en|&|der|de|het|of)"
)
# Inside organisation names only the classic links occur ("Raad voor het Openbaar Bestuur").
ORG_LINK = r"(?:(?:van|voor|op|tegen)(?:[ \u00a0]+(?:de|het|der|den))?|en|&|der)"
# "Stabiliteits- en Groeipact", "Nederlandse Voedsel- en Warenautoriteit": a coordinated first part.
COORD = r"(?:[A-ZÀ-ÖØ-Þ][\w]*-[ \u00a0]+en[ \u00a0]+)"
WORD_END = rf"(?![{LETTER}0-9-])"
WORD_START = rf"(?<![{LETTER}0-9-])"
# Capitalised function words that start sentences, never names.
NOT_NAME_START = (
    r"(?!(?:De|Het|Een|Deze|Dit|Die|Dat|Onze|Ons|Hun|Zijn|Haar|Alle|Ook|In|Op|Voor|Met|Van|En|Als|"
    r"Bij|Om|Tot|Aan|Uit|Door|Over|Naar|Na|Zo|Dan|Maar|Want|Wij|We|Ze|Zij|Hij|Elke|Ieder|Iedere|"
    r"Welke|Wat|Waar|Wie|Hoe|Nu|Daarom|Daarnaast|Ook|Verder|Tevens|Binnen|Via|Vanuit|Sinds|Namens|"
    r"Volgens|Dankzij|Zonder|Tijdens|Per|Mede|Zowel|Niet|Geen|Veel|Meer|Extra|Nieuwe|Nieuw|"
    # versions of a document, not part of its name: "de Geactualiseerde Werkagenda"
    r"Geactualiseerde|Herziene|Aangepaste|Huidige|Vorige|Definitieve|Conceptversie)\b)"
)
PARTICLES = (
    r"(?:van der|van den|van de|van 't|von|van|de|den|der|ter|ten|te|in 't|op de|'t|"
    r"Van der|Van den|Van de|Van|De|Den|Ter|Ten)"
)


MONTH_NAME = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
)
LAW_STOP = (
    r"(?:van|in|is|wordt|worden|en|die|dat|om|voor|met|te|aan|bij|als|de|het|een|zijn|ook|niet|"
    r"moet|kan|op|tot|of|door|uit|over|naar|onder|zoals|waarin|waarbij|artikel|geldt|gaat|heeft|"
    r"hebben|werd|was|zal|zullen|blijft|treedt|trad|per|na|sinds|vanaf|ten|ter)"
)
# Finite verbs that end a name in running text ("de Subsidieregeling X geldt ...").
FINITE_VERB = (
    r"(?:geldt|gaat|heeft|wordt|regelt|bepaalt|biedt|vervangt|vervalt|treedt|komt|staat|blijft|"
    r"loopt|maakt|kent|stelt|geeft|vraagt|zet|legt|steunt|richt|voorziet|betreft|omvat|luidt|"
    r"vervangt|verplicht|verbiedt|beschermt|schrijft|noemt|eist|kan|moet|mag|zal|zou|wil|"
    r"is|was|werd|zijn|waren|worden|wordt|heeft|hebben|had|trad|treden|ging|gingen|bevat|"
    r"beperkt|verandert|wijzigt|garandeert|vereist|verlangt|houdt|telt|volgt|past|speelt)"
)
# A lowercase word inside a law or regulation title: not a finite verb, which in Dutch mostly ends in -t
# ("vervangt", "regelt"), unless it is one of the nouns that end that way.
LOW_WORD = (
    rf"(?:[{LOWER}][{LOWER}’'-]*(?:recht|markt|dienst|zicht|teit|staat|punt|product|contract)"
    rf"|[{LOWER}][{LOWER}’'-]*[a-su-z’'])(?![{LETTER}])"
)
# In a regulation title any lowercase word goes ("retrofit"), except a finite verb.
TITLE_WORD = rf"(?!{FINITE_VERB}\b)[{LOWER}][{LOWER}’'-]*(?![{LETTER}])"


def _mk(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# ---------------------------------------------------------------------------------------------
# Organisations
ORG_HEADS_AFTER = (
    "Coalitie|Coalition|Alliantie|Alliance|Instituut|Institute|Universiteit|University|Hogeschool"
    "|Academie|Autoriteit|Raad|Rekenkamer|Bank|Centrum|Centre|Center|Platform|Federatie|Bond|Unie"
    "|Vereniging|Stichting|Partners|Groep|Group|Holding|Company|Corporation|Agency|Dienst|Inspectie"
    "|Ombudsman|Planbureau|Kamer|Commissie|Consortium|Collectief|Cooperatie|Coöperatie|Board"
    "|Foundation|Association|Council|Organisation|Organization|Office|Lab|Labs|Gilde"
    # compounds: "Bestuursdienst", "Kenniscentrum", "Warenautoriteit", "Trimbos-instituut"
    "|[A-ZÀ-Þ][a-zß-ÿ]+-?(?:dienst|raad|instituut|autoriteit|centrum|bureau|college|inspectie|bank)"
)
ORG_HEADS_BEFORE = (
    "Stichting|Vereniging|Universiteit|Hogeschool|Autoriteit|Raad|Inspectie|Agentschap|Federatie"
    "|Coöperatie|Coalitie|Instituut|Nationaal Coördinator|Nationale|Koninklijke|Rijksdienst"
    "|Rijksinstituut|Dienst|Centrum|College|Commissariaat|Kamer|Platform|Gemeenschappelijke"
    "|Adviescollege|Adviesraad|Kenniscentrum|Expertisecentrum|Staatscommissie|Bureau"
    # compounds with the head first: "Jongerenraad Digitalisering"
    "|[A-ZÀ-Þ][a-zß-ÿ]+(?:raad|centrum|instituut|academie)"
)
COMPANY_SUFFIX = r"(?:B\.V\.|N\.V\.|BV|NV|nv|bv|vzw|Inc\.|Ltd\.?|GmbH|SE|AG)"

ORG_PATTERNS: dict[str, re.Pattern[str]] = {
    # "Nederlandse AI Coalitie", "Data Sharing Coalition", "Universiteit Utrecht" (head last)
    "name_head_last": _mk(
        rf"(?=[{UPPER}]){WORD_START}{NOT_NAME_START}(?:{COORD}?{CAP_WORD}[ \u00a0]+(?:{ORG_LINK}[ \u00a0]+)?){{1,5}}"
        rf"{COORD}?(?:{ORG_HEADS_AFTER}){WORD_END}"
    ),
    # "Stichting Digitale Infrastructuur", "Raad voor het Openbaar Bestuur" (head first)
    "name_head_first": _mk(
        rf"(?=[{UPPER}]){WORD_START}(?:{ORG_HEADS_BEFORE})(?:{SP}(?:{ORG_LINK}{SP})?{CAP_WORD}){{1,6}}{WORD_END}"
    ),
    # "Trimbos-instituut", "Verwey-Jonker-instituut": a name glued to a body head
    "hyphen_body": _mk(
        rf"(?=[{UPPER}]){WORD_START}[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?-"
        rf"(?:instituut|centrum|academie|college){WORD_END}"
    ),
    # "Shell Nederland B.V.", "ASML Holding N.V."
    "company_suffix": _mk(
        rf"(?=[{UPPER}]){WORD_START}{NOT_NAME_START}(?:{CAP_WORD}[ \u00a0]+){{1,4}}{COMPANY_SUFFIX}(?![{LETTER}0-9])"
    ),
    # Belgian federal services: "FOD Volksgezondheid", "POD Wetenschapsbeleid", "FOD Binnenlandse
    # Zaken"
    "belgian_service": _mk(
        rf"(?=[FP]){WORD_START}(?:FOD|POD|Federale Overheidsdienst|Programmatorische Overheidsdienst)"
        rf"{SP}{CAP_WORD}(?:{SP}(?:en{SP})?{CAP_WORD}){{0,3}}{WORD_END}"
    ),
    # units of a ministry or province, often an enumeration: "Directie Subsidies, Handhaving en
    # Vergunningen", "Directoraat-Generaal Milieubeheer"
    "named_unit": _mk(
        rf"(?=[DA]){WORD_START}(?:Directie|Directoraat-Generaal|Afdeling)"
        rf"(?:,?{SP}(?:{ORG_LINK}{SP})?{CAP_WORD}){{1,6}}{WORD_END}"
    ),
    # "de stichting Nederlands Fonds voor Podiumkunsten": a name after a lowercase legal form,
    # the form inside the span like a company's (corpus guide 6.4-6)
    "after_legal_form": _mk(
        rf"\b(?:stichting|vereniging|coöperatie)[ \u00a0]+(?=[{UPPER}]){NOT_NAME_START}"
        rf"{CAP_WORD}(?:{SP}(?:{ORG_LINK}{SP})?{CAP_WORD}){{0,5}}{WORD_END}"
    ),
    # "kabinet-Rutte III", "kabinet-Schoof"
    "named_cabinet": _mk(
        rf"(?=k){WORD_START}kabinet(?:ten)?-{CAP_WORD}(?:[ \u00a0]+[IVX]+{WORD_END})?"
    ),
    # "commissie-Ter Haar", "commissie Van Ark", "vaste commissie voor Economische Zaken"
    "named_committee": _mk(
        rf"(?=[vtpVTPcCsa]){WORD_START}(?:(?:vaste|tijdelijke|parlementaire|Vaste|Tijdelijke|Parlementaire)[ \u00a0]+)?"
        rf"(?:[Cc]ommissie|staatscommissie|[Aa]dviescommissie|adviescollege)(?:-|[ \u00a0]+(?:voor[ \u00a0]+|van[ \u00a0]+)?)"
        rf"(?:{PARTICLES}[ \u00a0]+)*+{CAP_WORD}(?:[ \u00a0]+(?:en[ \u00a0]+|{PARTICLES}[ \u00a0]+)?{CAP_WORD}){{0,4}}"
        rf"(?:[ \u00a0]+[IVX]+{WORD_END})?"
    ),
}
# "gemeente Enschede", "provincie Gelderland": the body, with the place name.
LOCAL_BODY = _mk(
    rf"(?=[GgPpWw]){WORD_START}(?P<kind>[Gg]emeente|[Pp]rovincie|[Ww]aterschap)[ \u00a0]+(?P<name>(?:'s-|’s-)?{CAP_WORD}"
    rf"(?:[ \u00a0]+(?:aan[ \u00a0]+den|aan[ \u00a0]+de|aan|op|en|de|den|in[ \u00a0]+de)[ \u00a0]+{CAP_WORD})?)"
)
# Governing bodies below the national government, one span with their province or municipality
# (corpus guide 6.3; spec 6 "college van Gedeputeerde Staten"): "Gedeputeerde Staten (van
# Drenthe)", "Provinciale Staten van de provincie Utrecht", "college van burgemeester en
# wethouders (van Ede)", "college van B en W", "Vlaamse Regering", "Hoogheemraadschap X".
_OF_PLACE = (
    rf"(?:[ \u00a0]+van[ \u00a0]+(?:de[ \u00a0]+(?:provincie|gemeente)[ \u00a0]+)?"
    rf"(?:'s-|’s-)?{CAP_WORD}(?:[ \u00a0]+(?:aan|op|en|de|den)[ \u00a0]+{CAP_WORD})?)?"
)
GOVERNING_BODY = _mk(
    rf"(?=[cCGgPpBbVvHhWw]){WORD_START}(?:"
    rf"(?:[Cc]ollege[ \u00a0]+van[ \u00a0]+)?Gedeputeerde[ \u00a0]+Staten{_OF_PLACE}"
    rf"|Provinciale[ \u00a0]+Staten{_OF_PLACE}"
    rf"|(?:[Cc]ollege[ \u00a0]+van[ \u00a0]+)?(?:[Bb]urgemeester[ \u00a0]+en[ \u00a0]+[Ww]ethouders"
    rf"|B[ \u00a0]*(?:&|en)[ \u00a0]*W){_OF_PLACE}"
    rf"|Vlaamse[ \u00a0]+(?:Regering|[Oo]verheid)|Waals[ \u00a0]+Gewest"
    rf"|Brussels[ \u00a0]+Hoofdstedelijk[ \u00a0]+Gewest"
    rf"|(?:Hoogheemraadschap|Wetterskip|Waterschap)[ \u00a0]+(?:van[ \u00a0]+)?(?:de[ \u00a0]+)?{CAP_WORD}"
    rf"(?:[ \u00a0]+(?:en[ \u00a0]+)?{CAP_WORD})?"
    rf"|[Oo]penbaar[ \u00a0]+[Ll]ichaam[ \u00a0]+{CAP_WORD}(?:[ \u00a0]+{CAP_WORD})?"
    rf"){WORD_END}"
)
GOVERNING_BODY_CUES = (
    "Staten",
    "ouders",
    "B en W",
    "B&W",
    "B & W",
    "Gewest",
    "Vlaams",
    "chap",
    "Wetterskip",
    "ichaam",
)
# Their abbreviations, only where the full name is in the text: "GS", "PS".
BODY_ABBREVIATIONS = {"GS": "Gedeputeerde Staten", "PS": "Provinciale Staten"}
# "Rijk investeert ...": a headline or sentence that opens with "Rijk" and a verb.
RIJK_OPENING = _mk(r"(?:^|(?<=[.!?:]\s)|(?<=\n))Rijk(?=[ \u00a0]+[a-z]+(?:t|en)\b)", re.MULTILINE)
# Lowercase common nouns that are ORG when they mean the specific Dutch body (spec section 6).
BODY_WORDS = _mk(
    rf"(?=[kKrRmM]){WORD_START}(?P<word>kabinet|Kabinet|regering|Regering|ministerraad|Ministerraad|Kamers|Kamer|"
    rf"Rijk|rijksoverheid|Rijksoverheid){WORD_END}"
)
# "een (nieuw) kabinet", "elk kabinet", "een volgend kabinet" are hypothetical or indefinite.
NOT_BODY_BEFORE = re.compile(
    r"(?:\been\s+(?:[a-zë]+\s+)?|\b(?:volgend|volgende|elk|elke|ieder|iedere|ander|andere)\s+)$|[-]$",
    re.IGNORECASE,
)
BRIEF_BEFORE = re.compile(r"\bBrief[ \u00a0]+$")
# Words right after "Kamer"/"Rijk" that show another meaning ("Kamer van Koophandel" is listed).
NOT_BODY_AFTER = re.compile(r"^(?:-|s\b|[ \u00a0]+van[ \u00a0]+Koophandel)")

# "gemeenten, provincies, rijk en waterschappen": lowercase "rijk" among the layers of government
GOVERNMENT_LAYERS = _mk(
    r"(?:(?:gemeenten|provincies|waterschappen)(?:,| en| of)\s+(?:[a-z]+(?:,| en| of)\s+)?(?P<rijk>[Rr]ijk)\b)"
)
# "Rijk, provincie en gemeenten": the national government first in such a list
# ("Rijk en provincies aan de slag", "Rijk en regio bouwen samen"), or as the speaker's role
# ("Als Rijk zetten we in op ...")
RIJK_FIRST = _mk(
    r"(?<![\w-])Rijk(?=(?:,|\s+en)\s+(?:de\s+)?(?:provincies?|gemeenten|waterschappen|"
    r"regio(?:'s|’s)?|decentrale)\b)|(?<=\b[Aa]ls\s)Rijk(?=\s+[a-z])"
    # a table row labelled by the national government alone on its line
    r"|(?m:^[ \t]*+Rijk(?=[ \t]*+$))"
)
# ministries: "ministerie van EZK", "Ministerie van Economische Zaken en Klimaat"
MINISTRY = _mk(
    rf"(?=[Mm]){WORD_START}(?P<head>[Mm]inisterie|[Mm]inisteries)[ \u00a0]+van[ \u00a0]+"
    rf"(?P<portfolio>{CAP_WORD}(?:(?:,[ \u00a0]+|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+){CAP_WORD}){{0,5}})"
)
# "staatssecretaris van Binnenlandse Zaken", "minister van Financiën" (not "minister voor X")
MINISTER_OF = _mk(
    rf"(?=[MmSs]){WORD_START}(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inisters|[Ss]taatssecretarissen)[ \u00a0]+van[ \u00a0]+"
    rf"(?P<portfolio>{CAP_WORD}(?:(?:,[ \u00a0]+|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+){CAP_WORD}){{0,5}})"
)
# Letterheads in capitals: "BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN EN KLIMAAT", "MINISTERS
# VAN SOCIALE ZAKEN EN WERKGELEGENHEID, VAN FINANCIËN EN VOOR ARMOEDEBELEID"
_CAPS_WORD = r"(?!(?:VAN|VOOR|DE|EN)\b)[A-ZÀ-Þ][A-ZÀ-Þ'-]+"
CAPS_PORTFOLIO = (
    rf"{_CAPS_WORD}(?:(?:,[ \u00a0]+|[ \u00a0]+EN[ \u00a0]+|[ \u00a0]+){_CAPS_WORD}){{0,5}}"
)
MINISTER_OF_CAPS = _mk(
    rf"(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?|MINISTERIE|,)[ \u00a0]+VAN[ \u00a0]+"
    rf"(?P<portfolio>{CAPS_PORTFOLIO})"
)
# "minister Schouten van Landbouw, Natuur en Voedselkwaliteit": a name between title and portfolio
MINISTER_NAME_OF = _mk(
    rf"(?=[MmSs]){WORD_START}(?:[Mm]inister|[Ss]taatssecretaris)[ \u00a0]+(?:{PARTICLES}[ \u00a0]+)?"
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \u00a0]+van[ \u00a0]+"
    rf"(?P<portfolio>{CAP_WORD}(?:(?:,[ \u00a0]+|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+){CAP_WORD}){{0,5}})"
)
# Local parties: "Lokaal Dinkelland", "Burgerbelangen Dinkelland", "Leefbaar Rotterdam".
LOCAL_PARTY = _mk(
    rf"(?=[LPBGDSOA]){WORD_START}(?:Lokaal|Progressief|Burgerbelangen|Gemeentebelangen|Leefbaar|"
    rf"Dorpsbelangen|Stadsbelangen|Onafhankelijk|Algemeen[ \u00a0]+Belang|Lokale[ \u00a0]+Partij|"
    rf"Gemeentelijke[ \u00a0]+Ouderen[ \u00a0]+Partij)[ \u00a0]+{CAP_WORD}{WORD_END}"
)
LOCAL_PARTY_HINT = re.compile(
    r"Lokaal|Progressief|belangen|Leefbaar|Onafhankelijk|Algemeen Belang|Lokale Partij|Ouderen"
)
# "staatssecretaris Mona Keijzer (Economische Zaken en Klimaat)"
PORTFOLIO_BRACKETS = _mk(
    rf"\((?P<portfolio>{CAP_WORD}(?:(?:,[ \u00a0]+|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+){CAP_WORD}){{0,5}})\)"
)


def _portfolio_matches(
    text: str, start: int, portfolio: str, portfolios: Mapping[str, str]
) -> tuple[int, int, str] | None:
    """Longest prefix of ``portfolio`` that names a known ministry, as (start, end, canonical)."""
    words = portfolio
    while words:
        canonical = portfolios.get(words)
        if canonical:
            return start, start + len(words), canonical
        cut = max(words.rfind(" "), words.rfind(","))
        if cut <= 0:
            return None
        words = words[:cut].rstrip(" ,")
        if words.endswith(" en"):
            words = words[:-3]
    return None


PARTIES = (
    "VVD", "D66", "CDA", "CU", "ChristenUnie", "PVV", "SP", "PvdA", "GL", "GroenLinks", "GL-PvdA",
    "GroenLinks-PvdA", "PvdD", "SGP", "DENK", "FvD", "JA21", "BBB", "NSC", "Volt", "50PLUS", "BIJ1",
)  # fmt: skip
# Substrings without which a pattern cannot match: checking them (a C-level scan) skips the
# regex, which tries its alternatives at every capital, on most documents.
REQUIRED: dict[str, tuple[str, ...]] = {
    "company_suffix": (
        "B.V.",
        "N.V.",
        "BV",
        "NV",
        "nv",
        "bv",
        "vzw",
        "Inc.",
        "Ltd",
        "GmbH",
        "SE",
        "AG",
    ),
    "belgian_service": ("FOD", "POD", "Overheidsdienst"),
    "code_or_treaty": ("erdrag", "ichtlijn", "rotocol", "eglement", "Wetboek"),
    "eu_act": ("/",),
    "after_legal_form": ("stichting", "vereniging", "coöperatie"),
    "named_unit": ("Directie", "Directoraat", "Afdeling"),
    "name_party": tuple(f"({party})" for party in PARTIES),
    "name_then_head": ("Programma", "Fonds", "Agenda", "Strategie", "Actieplan", "Impuls"),
    # each a literal every match holds (tests/unit/test_prefilters.py checks them)
    "hyphen_body": ("-instituut", "-centrum", "-academie", "-college"),
    "named_cabinet": ("kabinet",),
    "quoted_then_type": ("'", "‘", '"', "“"),
    "besluit_compound": ("besluit", "regeling"),
    "act_by_date": tuple(MONTH_NAME.removeprefix("(?:").removesuffix(")").split("|")),
    "law_abbreviation": (
        *("AVG", "GDPR", "Woo", "Wob", "Awb", "Wmo", "Wlz", "Zvw", "AOW", "WIA", "Wpg", "Wbp"),
        *("DMA", "DSA", "AI Act", "NIS2", "Wgs", "Wet BRP", "BW", "Sr", "Sv", "Wabo", "Wro"),
        *("WHW", "WVO", "WPO", "Wpo", "Wvo", "Whw"),
    ),
}


# Literals every match of a whole-text pattern holds (checked where the pattern is used)
LOCAL_BODY_WORDS = ("emeente", "rovincie", "aterschap")
LAYER_WORDS = ("gemeenten", "provincies", "waterschappen")


def _holds(text: str, literals: tuple[str, ...]) -> bool:
    return any(s in text for s in literals)


def _may_match(name: str, text: str) -> bool:
    required = REQUIRED.get(name)
    return required is None or _holds(text, required)


def find_organisations(text: str, portfolios: Mapping[str, str]) -> Iterator[Match]:
    """Organisation mentions by shape. ``portfolios`` maps portfolio names and ministry
    abbreviations ("Economische Zaken en Klimaat", "EZK") to canonical ministry names."""
    for name, pattern in ORG_PATTERNS.items():
        if not _may_match(name, text):
            continue
        group = "name" if "name" in pattern.groupindex else 0
        for m in pattern.finditer(text):
            yield Match(m.start(group), m.end(group), "ORG", name, {})
    if any(cue in text for cue in GOVERNING_BODY_CUES):
        for m in GOVERNING_BODY.finditer(text):
            yield Match(m.start(), m.end(), "ORG", "governing_body", {})
    for abbreviation, full in BODY_ABBREVIATIONS.items():
        if full in text:
            for m in re.finditer(rf"(?<![\w-]){abbreviation}(?![\w-])", text):
                yield Match(m.start(), m.end(), "ORG", "governing_body", {})
    for m in RIJK_OPENING.finditer(text) if "Rijk " in text else ():
        yield Match(m.start(), m.end(), "ORG", "body_word", {})
    for m in LOCAL_BODY.finditer(text) if _holds(text, LOCAL_BODY_WORDS) else ():
        kind = m.group("kind").capitalize()
        yield Match(m.start(), m.end(), "ORG", "local_body", {"canonical": f"{kind} {m['name']}"})
    for m in BODY_WORDS.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 20]
        word = m.group("word")
        if NOT_BODY_BEFORE.search(before) or NOT_BODY_AFTER.match(after):
            continue
        if before.endswith(("_", "/")) or after.startswith("_") or BRIEF_BEFORE.search(before):
            continue  # "nota_aan_de_vlaamse_regering_.pdf"; "Brief regering" (spec 6)
        if word == "Kamer" and not re.search(r"(?:\b[Dd]e|der|deze|onze|uw|[Dd]ie)\s+$", before):
            continue
        if word == "Rijk" and not re.search(r"\b[Hh]et\s+$", before):
            continue  # "het Rijk" is the body; "I-Interim Rijk", sentence-initial "Rijk" are not
        canonical = {"Kamer": "Tweede Kamer der Staten-Generaal"}.get(word)
        if word.lower() == "rijksoverheid":
            canonical = "Rijksoverheid"
        value = {"canonical": canonical} if canonical else {}
        yield Match(m.start(), m.end(), "ORG", "body_word", value)
    for m in GOVERNMENT_LAYERS.finditer(text) if _holds(text, LAYER_WORDS) else ():
        yield Match(m.start("rijk"), m.end("rijk"), "ORG", "government_layers", {})
    for m in RIJK_FIRST.finditer(text) if "Rijk" in text else ():
        yield Match(m.start(), m.end(), "ORG", "government_layers", {})
    for m in MINISTRY.finditer(text) if "inisterie" in text else ():
        hit = _portfolio_matches(text, m.start("portfolio"), m["portfolio"], portfolios)
        if hit:
            yield Match(m.start(), hit[1], "ORG", "ministry", {"canonical": hit[2]})
    if "MINIST" in text or "STAATSSECRETARIS" in text:
        lowered = {k.lower(): v for k, v in portfolios.items()}
        for m in MINISTER_OF_CAPS.finditer(text):
            hit = _portfolio_matches(text, m.start("portfolio"), m["portfolio"].lower(), lowered)
            if hit:
                yield Match(hit[0], hit[1], "ORG", "minister_of_caps", {"canonical": hit[2]})
    if LOCAL_PARTY_HINT.search(text):
        for m in LOCAL_PARTY.finditer(text):
            yield Match(m.start(), m.end(), "ORG", "local_party", {})
    titled = "inister" in text or "taatssecretaris" in text
    for pattern, name in (
        (MINISTER_OF if titled else None, "minister_of"),
        (MINISTER_NAME_OF if titled else None, "minister_name_of"),
        (PORTFOLIO_BRACKETS, "portfolio_brackets"),
    ):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if name == "portfolio_brackets":
                before = text[max(0, m.start() - 80) : m.start()]
                if not re.search(r"(?:minister|staatssecretaris|premier)\b", before, re.IGNORECASE):
                    continue
            hit = _portfolio_matches(text, m.start("portfolio"), m["portfolio"], portfolios)
            if hit:
                yield Match(hit[0], hit[1], "ORG", name, {"canonical": hit[2]})


# ---------------------------------------------------------------------------------------------
# Programmes
PROG_SUFFIX = (
    "regeling|fonds|programma|agenda|strategie|akkoord|actieplan|plan|nota|deal|impuls|aanpak"
    "|pact|offensief|initiatief|campagne|budget|stelsel|beleidskader|visie|routekaart|faciliteit"
)
# "NWO-Talentprogramma": the suffix may follow a capitalised word after the hyphen
REQUIRED["hyphen_compound"] = tuple(PROG_SUFFIX.split("|"))
# "-regeling" compounds that regulate administration (mandates, implementation) are LAW.
ADMIN_REGELING = re.compile(
    r"^(?:Mandaat|Uitvoerings|Organisatie|Delegatie|Procedure|Registratie|Aanwijzings|Vrijstellings|"
    r"Overgangs|Machtigings|Ondermandaat)",
)
# Lowercase words that end a regulation title in running text: "de Subsidieregeling X in
# verband met", "blijft de Subsidieregeling X van toepassing", "in dit Subsidiebeleidskader
# nader uitgewerkt" (participles and function nouns, never part of a title).
TITLE_STOP = (
    r"(?:verband|toepassing|nader|behoort|hierna|bedoeld|genoemd|vastgesteld|gewijzigd|"
    r"ingetrokken|opgenomen|uitgewerkt|aangehaald|zoals|waarin|waarvan|welke|onderdeel|alsmede|"
    r"vindt|vinden|waarbij|indien|tenzij|respectievelijk|onderscheidenlijk|hoofdstuk|afdeling|"
    r"paragraaf|helpt|helpen|periode|jaren|jaar|maand|minister|staatssecretaris|aanvraag|"
    r"kalenderjaar|boekjaar|begrotingsjaar|tijdvak|houdende)"
)
# "en" joins two titles, not one title, when another programme head follows ("Subsidieregeling
# ESF-3 en ESF-beleidskader 2001").
# Table column words that end a name running on into a header ("Regio Deal Rijksbijdrage")
COLUMN_WORD_STOP = r"(?!(?:Rijksbijdrage|Bijdrage|Totaal|Bedrag|Budget|Begroting|Realisatie)\b)"
OTHER_TITLE = rf"(?:[{UPPER}]\S*(?:{PROG_SUFFIX}|regelingen)\b|Subsidie|Regeling)"
OPENING_QUOTE = re.compile(r"['‘\"“]")


class QuoteAnchored:
    """A case-insensitive "<type word> '<name>'" pattern, tried only where a quote opens.

    Why: run with ``finditer`` over a whole text, an alternation of type words tried at every
    position in IGNORECASE mode cost half of all programme rules; quotes are rare, so looking
    back from each opening quote for the type word is an order of magnitude cheaper and finds
    the same matches (offsets and groups come from the full pattern matched at that start).
    """

    LOOKBACK = 48

    def __init__(self, before: str, quoted: str) -> None:
        self.tail = re.compile(f"(?:{before})$", re.IGNORECASE)
        self.pattern = re.compile(before + quoted, re.IGNORECASE)
        self.groupindex = self.pattern.groupindex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        last_end = 0
        for q in OPENING_QUOTE.finditer(text):
            window_start = max(last_end, q.start() - self.LOOKBACK)
            tail = self.tail.search(text, window_start, q.start())
            if not tail:
                continue
            m = self.pattern.match(text, tail.start())
            if m:
                last_end = m.end()
                yield m


PROG_PATTERNS: dict[str, re.Pattern[str] | QuoteAnchored] = {
    # "SLIM-regeling", "STAP-budget", "MIT-regeling", "NWO-Talentprogramma"
    "hyphen_compound": _mk(
        rf"(?=[{UPPER}0-9]){WORD_START}[{UPPER}0-9][{LETTER}0-9+]*-(?:[{UPPER}][{LOWER}]{{0,24}})?"
        rf"(?:{PROG_SUFFIX}){WORD_END}"
    ),
    # "Nationaal Groeifonds", "Nederlandse Digitaliseringsstrategie", "Klimaatakkoord"
    "suffix_compound": _mk(
        rf"(?=[{UPPER}]){WORD_START}{NOT_NAME_START}(?:{CAP_WORD}[ \u00a0]+{NOT_NAME_START}){{0,3}}"
        rf"{COORD}?[{UPPER}][{LOWER}]+(?:{PROG_SUFFIX}){WORD_END}"
    ),
    # "Stimuleringsregeling eHealth Thuis", "Regio Deal Noord-Veluwe", "Actieplan Digitale Zorg"
    "head_then_name": _mk(
        rf"(?=[{UPPER}]){WORD_START}(?:(?:Nederlands|Nationaal|Nationale|Europees|Europese|Landelijk|Landelijke){SP})?"
        rf"(?:Regio Deal|[{UPPER}][{LOWER}]*(?:regeling|programma|fonds|agenda|plan|budget|"
        rf"strategie|akkoord|deal|nota|pact)|Programma|Actieplan|Fonds|Agenda|Strategie|Deltaplan|"
        rf"Begroting|Reglement|Pact|Akkoord)"
        rf"(?:{SP}(?!en{SP}{OTHER_TITLE})(?:{NAME_LINK}{SP})?{COLUMN_WORD_STOP}{CAP_WORD}){{1,5}}"
        rf"{WORD_END}"
    ),
    # a capitalised head word after the name: "Nationaal Isolatie Programma", "Zeeuws
    # Investerings Fonds" (one to three capitalised words before it, no article)
    "name_then_head": _mk(
        rf"(?=[{UPPER}]){WORD_START}{NOT_NAME_START}(?:{CAP_WORD}{SP}{NOT_NAME_START}){{1,3}}"
        rf"(?:Programma|Fonds|Agenda|Strategie|Actieplan|Impuls){WORD_END}"
    ),
    # official titles of subsidy regulations, lowercase words included: "Subsidieregeling
    # emissiearme taxi’s en bestelauto’s", "Regeling subsidie zoute veren", "Deelreglement Suppletie"
    "regulation_title": _mk(
        rf"(?=[{UPPER}]){WORD_START}(?:Subsidieregeling|Subsidieprogramma|Kaderregeling|"
        rf"Deelregeling|"
        rf"(?:Tijdelijke|Eenmalige) (?:subsidie)?regeling|Regeling|Deelreglement|"
        rf"Beleidsregels subsidiëring|Subsidiebeleidskader)"
        # an enumeration inside the title: "Subsidieregeling starten, groeien en overdragen van
        # ondernemingen"
        rf"(?:,{SP}(?!(?:{LAW_STOP}|{TITLE_STOP})\b){TITLE_WORD}"
        rf"(?=(?:,{SP}{TITLE_WORD})*{SP}(?:en|of){SP})"  # a list closed by "en"/"of"
        rf"|{SP}(?:(?:voor|van|op|bij|met|tegen|in|aan|en(?!{SP}{OTHER_TITLE})|in de|in het|"
        rf"met een){SP})?(?!(?:{LAW_STOP}|{TITLE_STOP})\b)(?:{TITLE_WORD}|{CAP_WORD})"
        # "voor de ontwikkeling van software": an article inside the title, before a lowercase
        # word ("van de Minister" and "voor de periode" end the title)
        rf"|{SP}(?:voor|van|aan|op|met)[ \u00a0]+(?:de|het)[ \u00a0]+(?!(?:{LAW_STOP}|{TITLE_STOP})\b)"
        rf"{TITLE_WORD})"
        rf"{{1,8}}{WORD_END}"
    ),
    # a lowercase type word before a name: "het programma Kansrijke Start", "het actieplan Samen
    # tegen Mensenhandel" (the type word stays outside, as document-type words do)
    "type_then_name": _mk(
        rf"\b(?:programma|programmamanager|actieplan|project|campagne|initiatief|fonds|plan|"
        rf"strategie|agenda|netwerk|[{LOWER}]+(?:traject|programma|campagne))[ \u00a0]"
        rf"(?P<name>{NOT_NAME_START}{CAP_WORD}(?:{SP}(?:{NAME_LINK}{SP}){{0,2}}{CAP_WORD}){{0,5}}){WORD_END}"
    ),
    # a quoted name glued to a type word: "‘Fit for 55’-pakket", "'Pas toe of leg uit'-beleid"
    "quoted_then_type": _mk(
        r"['‘\"“](?P<name>[A-Z0-9][^'’\"”\n]{1,60})['’\"”][- ]?(?:beleidspakket|pakket|programma|beleid|"
        r"campagne|regeling|project|aanpak|agenda|plan|initiatief|strategie|rapport|traject)"
    ),
    # quoted names after a programme word: "de strategie ‘Nederland Digitaal’"
    "quoted_after_type": QuoteAnchored(
        r"(?:strategie|programma|campagne|regeling|actieplan|agenda|initiatief|project|"
        r"subsidieregeling|fonds|aanpak|plan|netwerk|rapport|traject)s?[ \u00a0]+"
        r"(?:genaamd[ \u00a0]+|met de naam[ \u00a0]+)?",
        r"['‘\"“](?P<name>[^'’\"”\n]{2,60})['’\"”]",
    ),
}
# Series that carry their year inside the name ("Miljoenennota 2026", "SDE++ 2024").
YEAR_TAIL = _mk(
    r"^[ \u00a0]+(?:van[ \u00a0]+)?(?:(?:19|20)\d{2}(?:[ \u00a0]?(?:[-–/]|tot en met|t/m)[ \u00a0]?"
    r"(?:19|20)\d{2})?)(?![\d])"
)
# Any programme name directly followed by a year carries it ("Regeling cofinanciering
# sectorplannen 2015", "ESF-beleidskader 2001"); "van 2023" only after the series words below.
YEAR_DIRECT = _mk(
    r"^[ \u00a0](?:(?:19|20)\d{2}(?:[ \u00a0]?(?:[-–/]|tot en met|t/m)[ \u00a0]?"
    r"(?:19|20)\d{2})?)(?![\d])"
)
TAKES_YEAR = re.compile(
    r"(?:nota|akkoord|Reglement|SDE\+*|agenda|programma|Deal|begroting|Begroting|plan|analyse|"
    r"regeling|Overheid)$",
    re.IGNORECASE,
)
GENERIC_LOWER_TITLES = {"begroting", "coalitieakkoord", "regeerakkoord", "hoofdlijnenakkoord"}


def extend_year(text: str, start: int, end: int) -> int:
    """End offset including a year written as part of a title ("Voorjaarsnota 2019")."""
    tail = YEAR_TAIL if TAKES_YEAR.search(text[start:end]) else YEAR_DIRECT
    m = tail.match(text[end : end + 14])
    return end + m.end() if m else end


def _year_tail(text: str, end: int) -> int:
    m = YEAR_TAIL.match(text[end : end + 14])
    return end + m.end() if m else end


def find_programmes(text: str) -> Iterator[Match]:
    for name, pattern in PROG_PATTERNS.items():
        if not _may_match(name, text):
            continue
        for m in pattern.finditer(text):
            if "name" in pattern.groupindex:
                start, end = m.start("name"), m.end("name")
                surface = text[start:end].strip()
                # quotes make a name of lowercase words too ("het netwerk ‘roze in blauw’"),
                # but a single quoted lowercase word is more often a gloss
                quoted_name = name.startswith("quoted") and len(surface.split()) >= 2
                if not surface or not (surface[0].isupper() or quoted_name):
                    continue
                if sum(c.isalpha() for c in surface) < 2:
                    continue  # a project number ("project P166730") is no name
                start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                end = start + len(surface)
            else:
                start, end = m.start(), m.end()
                surface = text[start:end]
                # a lone capitalised word is a name mid-sentence ("het Innovatiebudget"); at the
                # start of a sentence the capital proves nothing
                words = surface.split()
                if name in ("suffix_compound", "head_then_name") and (
                    words[0] in NOT_PACT or words[-1] in NOT_PACT
                ):
                    continue  # "Kinderrechten Impact Assessment": "-pact" ends a word here
                if (
                    name == "suffix_compound"
                    and " " not in surface
                    and (
                        surface in generic_programme_words()
                        or (_sentence_initial(text, start) and not _row_label(text, start, end))
                        or DEMONSTRATIVE.search(text[max(0, start - 20) : start])
                    )
                ):
                    continue
                if ADMIN_REGELING.match(surface) or surface in generic_programme_words():
                    continue
                if (
                    name == "regulation_title"
                    and surface.startswith("Regeling")
                    and not _about_money(surface)
                ):
                    continue  # a ministerial regulation not about money is LAW
            if UNIT_BEFORE.search(text[max(0, start - 25) : start]):
                continue  # "Directie Strategie en Bestuur", "de stichting Nederlands Fonds voor
                # Podiumkunsten": a body or unit named like an instrument
            if name in ("head_then_name", "regulation_title"):
                end = _year_tail(text, end)
            else:
                end = extend_year(text, start, end)
            yield Match(start, end, "PROGRAMME", name, {})


# Statutory budget funds, one fund each: PROGRAMME also in lowercase (corpus guide 6.3-7).
STATUTORY_FUND = _mk(
    rf"(?=[GgPpDdIiMmBFf]){WORD_START}(?:[Gg]emeentefonds|[Pp]rovinciefonds|[Dd]eltafonds|[Ii]nfrastructuurfonds|"
    rf"[Mm]obiliteitsfonds|BES-fonds|[Dd]iergezondheidsfonds|[Ff]onds[ \u00a0]+[Ee]conomische"
    rf"[ \u00a0]+[Ss]tructuurversterking){WORD_END}"
)
# Capitalised budget and policy documents of a province or municipality as titles (spec 6:
# "Gemeentebegroting 2024-2027" is PROGRAMME with the year inside): with a year or period, or
# mid-sentence after a determiner ("deze Begroting").
BUDGET_DOCUMENT = (
    r"(?:Programmabegroting|Gemeentebegroting|Begroting|Najaarsrapportage|Voorjaarsrapportage|"
    r"Kadernota|Perspectiefnota|Jaarrekening|Meerjarenraming|Cultuurconvenant|Bestuursakkoord|"
    r"Voorjaarsnota|Najaarsnota)"
)
BUDGET_TITLE = _mk(
    rf"{WORD_START}{BUDGET_DOCUMENT}[ \u00a0]+(?:19|20)\d\d(?:[ \u00a0]*[-–/][ \u00a0]*(?:19|20)?\d\d)?"
    rf"(?![\d\w])"
)
BUDGET_TITLE_BARE = _mk(
    rf"{WORD_START}(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it|[Oo]nze)[ \u00a0](?P<name>{BUDGET_DOCUMENT}){WORD_END}"
)
BUDGET_HINT = re.compile(BUDGET_DOCUMENT)


def find_statutory_programmes(text: str) -> Iterator[Match]:
    """Statutory funds in any case and capitalised budget documents as titles."""
    if "fonds" in text or "Fonds" in text:
        for m in STATUTORY_FUND.finditer(text):
            yield Match(m.start(), m.end(), "PROGRAMME", "statutory_fund", {})
    if not BUDGET_HINT.search(text):
        return
    for m in BUDGET_TITLE.finditer(text):
        # "Lasten Begroting 2017 MJB 2018 MJB 2019": a column header, its year a DATE
        if not in_year_header(text, m.start()):
            yield Match(m.start(), m.end(), "PROGRAMME", "budget_title", {})
    for m in BUDGET_TITLE_BARE.finditer(text):
        yield Match(m.start("name"), m.end("name"), "PROGRAMME", "budget_title", {})


# words ending in "-pact" that are no pact
NOT_PACT = frozenset({"Impact", "Compact", "Contact"})
# "dit Subsidiebeleidskader", "deze Regeling": a capitalised word after a demonstrative refers
# back to the document or scheme at hand (an anaphor, which the spec leaves unmarked)
DEMONSTRATIVE = re.compile(
    r"(?:\b(?:[Dd]it|[Dd]eze|[Dd]at|[Oo]nderhavige|[Gg]enoemde|[Bb]ovengenoemde|[Vv]oornoemde)"
    r"[ \u00a0]+)$"
)


UNIT_BEFORE = re.compile(
    r"\b(?:[Dd]irectie|[Dd]irectoraat|[Aa]fdeling|[Ss]ector|stichting|vereniging|[Bb]ureau)"
    r"[ \u00a0]+$"
)


# The next line of a table row's label: a number (a cell) after blank lines
_NUMBER_LINE = re.compile(r"[^\S\n]*\n\s*[-–‒−]?[^\S\n]*\d")


def _row_label(text: str, start: int, end: int) -> bool:
    """Is the word alone on its line, with a number on the next line ("Warmtefonds / 97.390")?
    Then it names a budget table's row: a fund's own line (guide 6.4-1), not a sentence start."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _NUMBER_LINE.match(text, end) is not None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*|^\s*)$", before))


# ---------------------------------------------------------------------------------------------
# Persons
NAME_TOKEN = rf"(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
INITIALS = rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*[ \u00a0]?)"
PERSON_NAME = (
    rf"(?:{INITIALS})?(?:{NAME_TOKEN}[ \u00a0]+)?(?:{NAME_TOKEN}[ \u00a0]+)?(?:(?:{PARTICLES}|Van der|Van den|Van de|"
    rf"Van|De|Den|Ter|Ten)[ \u00a0]+)?{NAME_TOKEN}"
)
TITLES = (
    r"(?:[Mm]inister-president|[Mm]inister|[Ss]taatssecretaris|[Pp]remier|[Bb]urgemeester|"
    r"[Ww]ethouder|[Gg]edeputeerde|[Cc]ommissaris van de Koning|[Kk]amerlid|[Ee]urocommissaris|"
    r"[Pp]resident|[Vv]oorzitter|[Dd]e heer|[Mm]evrouw|[Mm]r\.|[Dd]r\.|[Pp]rof\.|[Ii]r\.|[Dd]rs\.|"
    r"[Kk]oning|[Kk]oningin|[Pp]rinses|[Pp]rins|[Hh]et lid|[Dd]e leden|[Ll]id|"
    # roles that introduce a name in news and web pages: "programmamanager Gonny von Meijenfeldt"
    r"[Dd]irecteur|[Ww]oordvoerder|[Hh]oogleraar|[Oo]nderzoeker|[Pp]rogrammamanager|[Pp]rojectleider|"
    r"[Tt]eamleider|[Aa]dviseur|[Aa]rchitect|[Aa]mbassadeur|[Gg]ezant|[Rr]apporteur|[Ss]ecretaris-generaal|"
    r"[Dd]irecteur-generaal|[Ii]k ben|[Cc]ollega)"
)
PERSON_PATTERNS: dict[str, re.Pattern[str]] = {
    "title_name": _mk(
        # the name starts with a capital: "directeur van Boskalis" is a role at a company, while
        # a surname alone after a title is capitalised ("minister Van Rijn"); the lookahead of
        # the titles' first letters lets the scan skip other characters cheaply
        rf"(?=[MmSsPpBbWwGgCcKkEeVvDdIiHhLlTtAaRr]){WORD_START}{TITLES}[ \u00a0]+(?:(?:{TITLES})[ \u00a0]+)?(?=[{UPPER}])(?P<name>{PERSON_NAME}){WORD_END}"
    ),
    # "Omtzigt (CDA)" style: a name directly followed by a bracketed party abbreviation
    "name_party": _mk(
        rf"(?=[{UPPER}]){WORD_START}(?P<name>{PERSON_NAME})"
        rf"(?=[ \u00a0]+\((?:{'|'.join(map(re.escape, PARTIES))})\))"
    ),
}
# "MOTIE VAN HET LID OMTZIGT C.S.", "MOTIE VAN DE LEDEN VAN DER LEE EN NIJBOER"
MOTION_HEAD = _mk(
    r"MOTIE VAN (?:HET LID|DE LEDEN) (?P<names>[^\W\d_][^\n]*?(?:\n(?:EN|,) [^\n]*?)?)"
    r"(?:[ \u00a0]+C\.S\.)?[ \u00a0]*(?:\n|$)"
)
# Signatory block of a motion: name lines after "en gaat over tot de orde van de dag."
SIGNATORIES = _mk(
    r"[Ee]n gaat over tot de orde van de dag[.,]\s*\n(?P<block>(?:[^\n]{0,40}\n?){1,30})"
)
# One signatory a line: "Omtzigt", "Van der Lee", "Peter de Groot", "Gündoğan"
SIGNATORY_LINE = _mk(
    rf"^(?:[{UPPER}][{LETTER}'’-]+[ \u00a0]+)?(?:{PARTICLES}[ \u00a0]+)*+[{UPPER}][{LETTER}'’-]+$"
)


PORTFOLIO_START = re.compile(
    r"[ \u00a0]+(?:van|voor)[ \u00a0]+(?:Algemene|Binnenlandse|Buitenlandse|Economische|Financiën|"
    r"Defensie|Justitie|Onderwijs|Sociale|Volksgezondheid|Infrastructuur|Landbouw|Klimaat|"
    r"Volkshuisvesting|Asiel|Medische|Rechtsbescherming|Cultuur|Wonen|Milieu|Verkeer|Veiligheid)\b"
)
# A signature line under a regulation: "J.W.Remkes", "A.M.A. van Ardenne-van der Hoeven"
SIGNATURE = _mk(
    rf"(?m)^[ \u00a0]*(?P<name>(?:[{UPPER}]\.){{1,5}}[ \u00a0]*(?:{PARTICLES}[ \u00a0]+)*+"
    rf"[{UPPER}][{LOWER}'’]+(?:-(?:{PARTICLES}[ \u00a0]+)*+[{UPPER}][{LOWER}]+)*),?[ \u00a0]*$"
)


# Policy areas that follow a provincial or municipal portfolio holder's title ("Gedeputeerde
# Financiën", "wethouder Wonen en Zorg"): a portfolio, not the start of a name.
POLICY_AREAS = (
    "Financiën", "Defensie", "Onderwijs", "Cultuur", "Economie", "Mobiliteit", "Wonen", "Zorg",
    "Sport", "Natuur", "Landbouw", "Energie", "Klimaat", "Verkeer", "Jeugd", "Welzijn", "Milieu",
    "Water", "Ruimte", "Werk", "Inkomen", "Bestuur", "Veiligheid", "Financien", "Armoede",
)  # fmt: skip
POLICY_AREA_LEAD = re.compile(
    rf"(?:(?:{'|'.join(POLICY_AREAS)})(?:,[ \u00a0]+|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+|$))+"
)


def find_persons(text: str) -> Iterator[Match]:
    for name, pattern in PERSON_PATTERNS.items():
        if not _may_match(name, text):
            continue
        for m in pattern.finditer(text):
            start, end = m.start("name"), m.end("name")
            if name == "title_name":
                # "Gedeputeerde Financiën", "wethouder Financiën Jan de Vries": a local portfolio
                # after the title, not a name; the name may follow it
                lead = POLICY_AREA_LEAD.match(text, start, end)
                if lead:
                    start = lead.end()
                    if start >= end or not text[start].isupper():
                        continue
            cut = PORTFOLIO_START.search(text, start, end + 40)
            if cut and cut.start() < end:
                end = cut.start()
            yield Match(start, end, "PERSON", name, {})
    for m in SIGNATURE.finditer(text):
        yield Match(m.start("name"), m.end("name"), "PERSON", "signature", {})
    for m in MOTION_HEAD.finditer(text) if "MOTIE VAN " in text else ():
        offset = m.start("names")
        for part in re.finditer(r"[^,\n]+?(?=[ \u00a0]+EN[ \u00a0]+|,|\n|$)", m["names"]):
            chunk = part.group().strip()
            chunk = re.sub(r"^EN[ \u00a0]+", "", chunk)
            if chunk and chunk.upper() == chunk and len(chunk) > 1:
                start = offset + m["names"].index(chunk, part.start())
                yield Match(start, start + len(chunk), "PERSON", "motion_head", {})
    for m in SIGNATORIES.finditer(text) if "n gaat over tot de orde van de dag" in text else ():
        pos = m.start("block")
        for line in m["block"].split("\n"):
            stripped = line.strip()
            if stripped and SIGNATORY_LINE.match(stripped) and not stripped.startswith("kst"):
                start = pos + line.index(stripped)
                yield Match(start, start + len(stripped), "PERSON", "motion_signatory", {})
            elif stripped:
                break
            pos += len(line) + 1


# ---------------------------------------------------------------------------------------------
# Laws
LAW_PATTERNS: dict[str, re.Pattern[str]] = {
    # "Wet open overheid", "Wet op de inkomstenbelasting 2001", "Algemene wet bestuursrecht"
    "wet_title": _mk(
        rf"(?=[ABKTVWUR]){WORD_START}(?:Algemene wet|Wet|Kaderwet|Tijdelijke wet|Besluit|Algemene verordening|"
        rf"Verordening|Uitvoeringsbesluit|Uitvoeringsregeling|Beleidsregel|Beleidsregels|Beschikking|"
        # a ministerial regulation not about money ("Regeling specificaties en typegoedkeuring
        # boordcomputer taxi"); with a money word anywhere it is a subsidy scheme (PROGRAMME)
        rf"Regeling)"
        rf"(?:[ \u00a0]+op[ \u00a0]+(?:de|het)|[ \u00a0]+(?!{LAW_STOP}\b){TITLE_WORD}|[ \u00a0]+{CAP_WORD})"
        rf"(?:[ \u00a0]+(?:(?:en|op|bij|naar|inzake|tegen|van)[ \u00a0]+(?!{LAW_STOP}\b))?"
        rf"(?!(?:{LAW_STOP}|{TITLE_STOP}|wijziging|intrekking)\b)(?:{TITLE_WORD}|{CAP_WORD})"
        # "Regeling Mandaat, Volmacht en Machtiging BZ 2004": a list closed by "en"
        rf"|,[ \u00a0]+{CAP_WORD}(?=(?:,[ \u00a0]+{CAP_WORD})*[ \u00a0]+en[ \u00a0]+{CAP_WORD})){{0,7}}"
        rf"(?:[ \u00a0]+(?:19|20)\d{{2}}|,[ \u00a0]+{MONTH_NAME}[ \u00a0]+(?:19|20)\d{{2}})?{WORD_END}"
    ),
    # "Subsidiebesluit Ministerie van Buitenlandse Zaken", "Instellingsbesluit baten-lastendienst X"
    "besluit_compound": _mk(
        rf"(?=[{UPPER}]){WORD_START}[{UPPER}][{LOWER}]+(?:besluit|regeling)"
        rf"(?:[ \u00a0]+(?:(?:van|voor)[ \u00a0]+)?(?!{LAW_STOP}\b)(?:{LOW_WORD}|{CAP_WORD})){{1,7}}"
        rf"(?:[ \u00a0]+(?:19|20)\d{{2}})?{WORD_END}"
    ),
    # "Omgevingswet", "Participatiewet", "AI-verordening", "Woo-verzoek" is not a law
    "wet_compound": _mk(
        rf"(?=[{UPPER}]){WORD_START}{COORD}?[{UPPER}][{LETTER}]*(?:wet|-wet|-verordening|verordening|wetboek|Wetboek)"
        rf"(?:[ \u00a0]+[A-Z]{{2,6}}\b)?(?:[ \u00a0]+(?:19|20)\d{{2}})?{WORD_END}"
    ),
    # an act cited by its date: "de Wet van 7 juli 2021" (the date is part of the name)
    "act_by_date": _mk(
        r"(?<![\w-])[Ww]et[ \u00a0]+van[ \u00a0]+\d{1,2}[ \u00a0]+(?:januari|februari|maart|april|mei|juni|"
        r"juli|augustus|september|oktober|november|december)[ \u00a0]+(?:19|20)\d{2}(?!\d)"
    ),
    # EU legislation cited by number: "richtlijn 2007/46/EG", "Verordening (EG) nr. 595/2009"
    "eu_act": _mk(
        r"(?<![\w-])(?:[Rr]ichtlijn|[Vv]erordening|[Bb]esluit)[ \u00a0]+(?:\((?:EU|EG|EEG|Euratom)\)"
        r"[ \u00a0]+)?(?:nr\.?[ \u00a0]*)?\d{1,4}/\d{1,4}(?:/(?:EU|EG|EEG))?(?![\d/])"
    ),
    # treaties, directives, codes: "Vluchtelingenverdrag", "NIS2-richtlijn", "Burgerlijk Wetboek"
    "code_or_treaty": _mk(
        rf"(?=[{UPPER}]){WORD_START}(?:[{UPPER}][{LETTER}0-9]*-)*[{UPPER}]?[{LETTER}0-9]*"
        rf"(?:verdrag|richtlijn|richtlijnen|protocol|reglement|Verdrag|Richtlijn)"
        rf"(?:{SP}(?!{LAW_STOP}\b){CAP_WORD}(?:{SP}(?:19|20)\d{{2}})?)?{WORD_END}"
        rf"|(?=[BW]){WORD_START}(?:Burgerlijk Wetboek|Wetboek van (?:Strafrecht|Strafvordering|"
        rf"Koophandel|Burgerlijke Rechtsvordering))"
    ),
    "law_abbreviation": _mk(
        rf"(?=[ABDGNSWZ]){WORD_START}(?:AVG|GDPR|Woo|Wob|Awb|Wmo(?: 2015)?|Wlz|Zvw|AOW|WIA|Wpg|Wbp|DMA|DSA|"
        rf"AI Act|NIS2|Wgs|Wet BRP|BW|Sr|Sv|Wabo|Wro|WHW|WVO|WPO|Wpo|Wvo|Whw){WORD_END}"
    ),
}
NOT_LAW_COMPOUND = re.compile(r"^(?:Regeling|Subsidieregeling)$|regeling$")


# A decision headed by the body that takes it names no act.
DECISION_OF_BODY = re.compile(
    r"^(?:Besluit|Besluiten)[ \u00a0]+(?:van[ \u00a0]+)?(?:het[ \u00a0]+college[ \u00a0]+van[ \u00a0]+)?"
    r"(?:Provinciale[ \u00a0]+Staten|Gedeputeerde[ \u00a0]+Staten|[Bb]urgemeester|[Dd]e[ \u00a0]+raad|"
    r"[Dd]e[ \u00a0]+gemeenteraad|[Hh]et[ \u00a0]+college)"
)


def find_laws(text: str) -> Iterator[Match]:
    for name, pattern in LAW_PATTERNS.items():
        if not _may_match(name, text):
            continue
        for m in pattern.finditer(text):
            surface = m.group()
            if name == "wet_compound" and (
                NOT_LAW_COMPOUND.search(surface) or surface.startswith("Wet")
            ):
                continue
            if name == "wet_title" and len(surface.split()) < 2:
                continue
            if (
                name == "besluit_compound"
                and surface.split()[0].endswith("regeling")
                and not (ADMIN_REGELING.match(surface))
            ):
                continue  # other "-regeling" titles are subsidy schemes: PROGRAMME
            if surface.startswith("Regeling") and _about_money(surface):
                continue  # "Regeling nationale EZ-subsidies": a subsidy scheme, PROGRAMME
            if DECISION_OF_BODY.match(surface):
                continue  # "Besluit Provinciale Staten van Zuid-Holland": who decides, no title
            start = m.start()
            if surface.startswith("Wet") and text[max(0, start - 9) : start] == "Regeling ":
                start -= 9  # "Regeling Wet kinderopvang": the act's implementing regulation
            yield Match(start, m.end(), "LAW", name, {})


# ---------------------------------------------------------------------------------------------
# Citation titles: "Deze regeling wordt aangehaald als: Regeling subsidieplafond
# scholingsinstellingen 2011 tot en met juli 2016." The act states its own name, so no shape
# rule has to guess where the title ends.
CITATION = _mk(
    r"\b(?:wordt|worden|kan worden|kunnen worden)[ \u00a0]+aangehaald[ \u00a0]+als:?[ \u00a0]*"
    rf"['‘“\"]?(?P<name>[{UPPER}][^\n;:'’”\"]{{3,160}}?)['’”\"]?[ \u00a0]*(?:\.(?:\s|$)|$|\n)",
)
# A cited title is a subsidy scheme (PROGRAMME) when it is a regulation or programme about money;
# decrees, acts and administrative regulations are LAW.
SCHEME_TITLE = re.compile(
    r"^(?:[A-Z]\w*[ \u00a0]+)?(?:\w*[Rr]egeling|Subsidieprogramma|Beleidsregels?|"
    r"Subsidiebeleidskader|Deelreglement|Reglement)\b"
)
MONEY_WORDS = re.compile(
    r"(?i)subsidie|steun|bijdrage|financiering|fonds|premie|tegemoetkoming|vergoeding|"
    r"stimulering|investering|krediet|garantie|budget"
)


def _about_money(title: str) -> bool:
    """Whether a regulation title is about money: the one test that sends "Regeling ..." and
    cited titles to PROGRAMME (a subsidy scheme, spec) rather than LAW."""
    return MONEY_WORDS.search(title) is not None


def find_cited_titles(text: str) -> Iterator[Match]:
    """The name an act or regulation gives itself, as PROGRAMME (subsidy schemes) or LAW."""
    for m in CITATION.finditer(text):
        title = m.group("name").rstrip()
        start = m.start("name")
        scheme = bool(SCHEME_TITLE.match(title)) and not ADMIN_REGELING.match(title)
        label = "PROGRAMME" if scheme and _about_money(title) else "LAW"
        yield Match(start, start + len(title), label, "citation_title", {})


# ---------------------------------------------------------------------------------------------
# Names after a funding cue: "subsidie in het kader van het Mensenrechtenfonds Kleine
# Activiteiten", "in het kader van MFS II", "bijdragen uit het Opstap Fonds". What a text funds
# something "in het kader van" or "uit" is a programme or fund more often than anything else;
# the merge step takes these only where no other recogniser found anything (laws, bodies and
# places after the same cues are found by their own rules first).
# first words of acts, treaties and declarations, which follow the same cues
CUE_NOT_PROGRAMME = (
    r"(?:Wet|Besluit|Protocol|Verdrag|Verklaring|Richtlijn|Verordening|Grondwet|Handvest|"
    r"Resolutie|Conventie|Overeenkomst|Artikel|Hoofdstuk|Titel|Afdeling|Paragraaf)"
)
FUNDING_CUE = _mk(
    # the lookahead of the cues' first letters halves the scan time
    r"(?=[iIsSbBmMfFgG])\b(?i:in[ \u00a0]+het[ \u00a0]+kader[ \u00a0]+van|"
    r"(?:subsidie|subsidies|bijdrage|bijdragen|middelen|financiering|gefinancierd)[ \u00a0]+"
    r"(?:uit|vanuit))[ \u00a0]+(?:(?:het|de)[ \u00a0]+)?"
    rf"(?P<name>{NOT_NAME_START}(?!{CUE_NOT_PROGRAMME}\b){CAP_WORD}"
    rf"(?:{SP}(?:(?:van|voor|en|&|and|for|of|the){SP})?{CAP_WORD}){{0,6}})"
    rf"{WORD_END}"
)
ACRONYM_WORD = re.compile(r"^[A-Z0-9][A-Z0-9&+/-]*[A-Z][A-Z0-9&+/-]*$")


def find_cued_names(text: str) -> Iterator[Match]:
    """Capitalised names after a funding cue: several words, or one acronym ("MRF", "FLOW");
    a single ordinary word ("Wederopbouw") is too often a topic."""
    for m in FUNDING_CUE.finditer(text):
        name = m.group("name")
        words = name.split()
        if len(words) == 1 and (not ACRONYM_WORD.match(name) or name in generic_programme_words()):
            continue
        yield Match(m.start("name"), m.end("name"), "PROGRAMME", "funding_cue", {})
