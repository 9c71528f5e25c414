"""DATE grammar for Dutch government text: find calendar expressions and normalise them.

Why a hand-written grammar: the spec (section 2 DATE, section 6) fixes span boundaries that no
general date library follows (signals and articles outside, position and relative words inside,
"jl." inside, ranges as one span) and needs values resolved against the publication date only.

How: named regex pieces (months, seasons, number words, years, ...) are composed in code into
one alternation per expression type, and all alternatives into ONE master regex compiled once,
so a document is scanned in a single pass. Alternatives are ordered longest/most specific first
because Python's regex alternation is leftmost-first, not longest. Each hit is handed to a small
handler that re-parses the (short) matched text with the same piece carrying group names,
applies the context checks that regexes express badly (citations, ages, frequencies, titles)
and builds the value with :mod:`nlds_nlp.normalise.dates`. A last step joins adjacent points
linked by "tot", "t/m", "-" into one interval span.

Pure Python: no spaCy import, so the finder can be tested and reused on plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from nlds_nlp.grammar.base import Match
from nlds_nlp.normalise import dates as nd
from nlds_nlp.normalise.dates import Anchor, Tense

LABEL = "DATE"

# --------------------------------------------------------------------------------------------
# Pieces
# --------------------------------------------------------------------------------------------

_HSP = r"[ \t\u00a0]"
S = rf"(?:{_HSP}*\n{_HSP}*|{_HSP}+)"
"""Whitespace inside an expression: spaces, or one line break (motions are hard-wrapped)."""
SO = rf"(?:{S})?"
SP = rf"{_HSP}*"

YEAR = r"(?:19|20)\d\d"
YEAR_END = r"(?![\w]|[.,/]\d|[-–]\d)"
"""After a year: no glued letters/digits, no decimal/thousands tail, no range or code tail."""

MONTH_FULL = "|".join(sorted(nd.MONTHS, key=len, reverse=True))
MONTH_ABBR = "|".join(sorted(nd.MONTH_ABBREVIATIONS, key=len, reverse=True))
MONTH_ANY = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
"""Full month names, or abbreviations ("okt.") which are only used next to a day number."""
MONTH_YEARABLE = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.)"
SEASON = "|".join(nd.SEASONS)
WEEKDAY = "|".join(nd.WEEKDAYS)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:ste|de|e)?"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
ORD = r"(?:eerste|tweede|derde|vierde|laatste|1ste|2de|3de|4de|1e|2e|3e|4e)"
HALF_ORD = r"(?:eerste|tweede|laatste|1ste|2de|1e|2e)"

_COMPOUND_WORD = (
    r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
)
_SIMPLE_WORDS = sorted(nd.NUMBER_WORDS, key=len, reverse=True)
NUM_WORD = (
    rf"(?:{_COMPOUND_WORD}|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?:ën|en)(?:een)?half"
    rf"|{'|'.join(w.replace(' ', S) for w in _SIMPLE_WORDS)})"
)
NUM = rf"(?:(?<![\d.,])\d{{1,3}}(?:,\d+)?|{NUM_WORD})"
"""Digits (no year-sized numbers) or a Dutch number word; "een half", "anderhalf" included."""

UNIT = (
    r"(?:jaren|jaar|jr\.?|maanden|maand|weken|week|werkdagen|werkdag|dagen|dag|kwartalen"
    r"|kwartaal|decennia|decennium|eeuwen|eeuw|halfjaar)"
)

REL_NEXT = r"(?:volgend|volgende|komend|komende|aankomend|aankomende|eerstvolgende|aanstaande)"
REL_PREV = r"(?:vorig|vorige|afgelopen|voorbije|verleden)"
REL_THIS = r"(?:dit|deze|huidig|huidige|lopend|lopende)"
REL_ANY = rf"(?:{REL_NEXT}|{REL_PREV}|{REL_THIS})"
REL_YEAR_TARGET = rf"(?:(?P<rel>{REL_ANY}){S}jaar|(?P<hetjaar>het){S}jaar)"
REL_YEAR_ONLY = (
    rf"(?P<rel>dit|vorig|vorige|volgend|volgende|komend|komende|verleden|afgelopen){S}jaar"
)
"""A deictic year after a month or date ("16 mei vorig jaar"); never the anaphoric "het jaar"."""
POS = r"(?:begin|eind|einde|medio|halverwege|midden|ultimo|primo|half)"
DECADE = r"(?:'?[1-9]0|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"

# --------------------------------------------------------------------------------------------
# Alternatives: (group name, pattern with named sub-groups). Order = priority at one position.
# The group name before "__" is the pattern name reported on the Match.
# --------------------------------------------------------------------------------------------

_ALTERNATIVES: list[tuple[str, str]] = [
    (
        "vergaderjaar",
        rf"(?:vergaderjaar|zittingsjaar){S}(?P<y1>{YEAR}){SP}[-–/]{SP}(?P<y2>{YEAR}|\d\d)(?!\w)",
    ),
    (
        # the noun is part of the span, as in "vergaderjaar 2022–2023" (corpus guide)
        "year_noun",
        rf"(?:studiejaar|collegejaar|schooljaar|boekjaar|begrotingsjaar|kalenderjaar|herdenkingsjaar|"
        rf"subsidiejaar|belastingjaar|verslagjaar|peiljaar|berekeningsjaar|jaarschijf|"
        rf"jaar){S}(?P<y1>{YEAR})"
        rf"(?:{SP}[-–/]{SP}(?P<y2>{YEAR}|\d\d))?{YEAR_END}",
    ),
    (
        "position_year",
        rf"(?P<pos>{POS})(?:{S}van)?{S}(?:"
        rf"{REL_YEAR_TARGET}"
        rf"|(?P<mon>{MONTH_FULL})(?:{S}(?P<myear>{YEAR}){YEAR_END})?"
        rf"|(?P<season>{SEASON})(?:{S}(?:van{S})?(?P<syear>{YEAR}){YEAR_END})?"
        rf"|de{S}jaren{S}(?P<decade1>{DECADE})|jaren{S}(?P<decade2>{DECADE})"
        rf"|(?P<year>{YEAR}){YEAR_END})",
    ),
    ("prinsjesdag", rf"prinsjesdag(?:{S}(?:van{S})?(?P<year>{YEAR}){YEAR_END})?"),
    (
        "full_date__iso",
        rf"(?<![\d.,/-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w]|[-/]\d)",
    ),
    (
        "full_date__numeric",
        rf"(?<![\d.,/-])(?P<d>{DAY_NUM})(?:-(?P<m1>1[0-2]|0?[1-9])-|/(?P<m2>1[0-2]|0?[1-9])/"
        rf"|\.(?P<m3>1[0-2]|0?[1-9])\.|[-/](?P<mabbr>{MONTH_ABBR})[-/])(?P<y>{YEAR})(?![\w]|[.,/-]\d)",
    ),
    (
        "full_date__day_range",
        rf"(?<![\d.,/-])(?P<d1>{DAY_NUM}){SP}(?:-|–|t/m|tot{S}en{S}met|tot){SP}(?P<d2>{DAY_NUM})"
        rf"{S}(?P<mon>{MONTH_ANY})(?:,?{S}(?P<year>{YEAR}){YEAR_END})?",
    ),
    (
        "full_date",
        rf"(?:(?P<wd>{WEEKDAY}),?{S})?(?<![\d.,/-])(?P<day>{DAY}){S}(?P<mon>{MONTH_ANY})"
        rf"(?:,?{S}(?P<year>{YEAR}){YEAR_END}|{S}(?:van{S})?{REL_YEAR_ONLY}"
        rf"|{S}(?P<jl>jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande|aanst\.))?",
    ),
    (
        "month_year",
        rf"(?P<mon>{MONTH_YEARABLE}){S}(?:(?P<year>{YEAR}){YEAR_END}|(?:van{S})?{REL_YEAR_ONLY})",
    ),
    (
        "quarter__q",
        rf"(?-i:Q)(?P<q>[1-4])(?:(?:{SP}[-/]{SP}|{S}(?:van{S})?|{SP})(?P<year>{YEAR}){YEAR_END})?",
    ),
    ("quarter__yq", rf"(?<![\w.,/-])(?P<year>{YEAR}){SP}-?{SP}(?-i:Q)(?P<q>[1-4])"),
    (
        "quarter__word",
        rf"(?P<ord>{ORD}){S}kwartaal(?:{S}(?:van{S})?(?:(?P<year>{YEAR}){YEAR_END}"
        rf"|{REL_YEAR_TARGET}))?",
    ),
    (
        "half_year__word",
        rf"(?P<ord>{HALF_ORD}){S}(?P<unit>helft|halfjaar|half{S}jaar|jaarhelft)"
        rf"(?:{S}(?:van{S})?(?:(?P<year>{YEAR}){YEAR_END}|{REL_YEAR_TARGET}))?",
    ),
    ("half_year__yh", rf"(?<![\w.,/-])(?P<year>{YEAR}){SP}-?{SP}(?-i:H)(?P<h>[12])"),
    ("half_year__hy", rf"(?-i:H)(?P<h>[12]){SP}(?P<year>{YEAR}){YEAR_END}"),
    (
        "year_range",
        rf"(?<![\w.,/\-–])(?P<y1>{YEAR}){SP}(?P<sep>[-–/]){SP}(?P<y2>{YEAR}|\d\d)"
        rf"(?![\w]|[.,/\-–]\d)",
    ),
    ("relative_year", rf"(?P<rel>{REL_ANY}){S}jaar"),
    ("relative_quarter", rf"(?P<rel>{REL_ANY}){S}kwartaal"),
    ("relative_month", rf"(?P<rel>{REL_ANY}){S}maand"),
    ("relative_week", rf"(?P<rel>{REL_ANY}){S}week"),
    ("relative_day", r"(?P<word>vandaag|gisteren|eergisteren|overmorgen|morgen)"),
    (
        "season__relative",
        rf"(?P<rel>{REL_ANY}){S}(?P<season>{SEASON})",
    ),
    (
        "relative_month__name",
        rf"(?P<rel>{REL_NEXT}|{REL_PREV}){S}(?P<mon>{MONTH_FULL})",
    ),
    ("season", rf"(?P<season>{SEASON})(?:{S}(?:van{S})?(?P<year>{YEAR}){YEAR_END})?"),
    (
        "duration",
        rf"(?:(?P<pre>komende|afgelopen|voorbije|laatste|volgende|eerstvolgende|aankomende"
        rf"|resterende|eerste){S})?(?P<n1>{NUM})(?:{SP}(?:-|–|à|á|a|tot|of){SP}(?P<n2>{NUM}))?"
        rf"{SO}(?P<unit>{UNIT})(?:{S}(?P<ago>geleden))?",
    ),
    (
        "duration__halfjaar",
        rf"(?:(?P<pre>komende|afgelopen|voorbije|laatste|volgende|eerste){S})?(?P<unit>halfjaar)",
    ),
    (
        "vague_ref",
        rf"(?P<rel>komende|aankomende|afgelopen|voorbije|laatste|recente"
        rf"|eerstkomende){S}(?P<unit>jaren|decennia|maanden|weken|periode|tijd|eeuwen|dagen)",
    ),
    ("vague_ref__many", r"(?P<many>tientallen|honderden){S}jaren".replace("{S}", S)),
    (
        "vague_ref__cabinet",
        rf"(?:(?P<rel>deze|dit|huidige|komende|volgende|vorige|afgelopen|nieuwe|hele|gehele){S})?"
        rf"(?:kabinets|regeer)periode",
    ),
    (
        "ordinal_period",
        rf"(?P<ord>eerste|tweede|derde|vierde|vijfde|laatste){S}(?P<unit>jaar|maand|week)",
    ),
    ("decade", rf"jaren{S}(?P<dec>{DECADE})"),
    ("month", rf"(?P<mon>{MONTH_FULL})"),
    ("year", rf"(?<![\w.,/\-–€$])(?P<year>{YEAR}){YEAR_END}"),
]

_GROUP_NAME_RE = re.compile(r"\(\?P<\w+>")


def _strip_names(pattern: str) -> str:
    """Drop sub-group names so one piece can appear in several alternatives of the master."""
    return _GROUP_NAME_RE.sub("(?:", pattern)


_FLAGS = re.IGNORECASE
_MASTER_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{name}>{_strip_names(pat)})" for name, pat in _ALTERNATIVES)
    + r")(?!\w)",
    _FLAGS,
)
"""One pass over the text; ``lastgroup`` says which alternative matched."""

_SUB_RES: dict[str, re.Pattern[str]] = {
    name: re.compile(pat, _FLAGS) for name, pat in _ALTERNATIVES
}
"""The same alternatives with named groups, used with ``fullmatch`` on the short hit only."""

# --------------------------------------------------------------------------------------------
# Context checks
# --------------------------------------------------------------------------------------------

_CITATION_BEFORE_RE = re.compile(
    r"(?:\b(?:Stb|Stcrt|Trb|Kamerstukken|Kamerstuk|Handelingen|PbEG|PbEU|PbEG|Pb|Bijl|Bijlage"
    r"|nr|nrs|no|nummer|kst|ISSN|ISBN|ECLI|art|artikel|blz|pag|Staatsblad|Staatscourant"
    r"|Tractatenblad|Aanhangsel|Ah|Jur|AB|NJ|JB|LJN)\.?(?:[ \u00a0]+(?:I|II))?[ \u00a0]*)$",
    re.IGNORECASE,
)
_MONEY_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:euro\b|eur\b|miljoen|miljard|mln|mld|procent|%|,-|ton\b)", re.IGNORECASE
)
_MONEY_BEFORE_RE = re.compile(r"(?:€|EUR|\$)[ \u00a0]*$")
_NOTA_SERIES_RE = re.compile(r"(?:miljoenen|voorjaars|najaars)nota[ \u00a0]+$", re.IGNORECASE)
_TITLE_HEAD_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*(?:wet|besluit|regeling|verordening|reglement|nota|akkoord|plan|fonds"
    r"|budget|agenda|programma|strategie|begroting|deal)|Wet|Besluit|Regeling|Reglement"
    r"|Verordening|Beleidsregels?|Tijdelijke|Kaderwet|Kaderbesluit|Subsidieregeling"
    r"|Coalitieakkoord|Regeerakkoord|Begroting|[A-Z][A-Za-z]*\+\+)$"
)
_SIGNAL_WORDS = frozenset(
    [
        "in",
        "op",
        "per",
        "sinds",
        "vanaf",
        "tot",
        "na",
        "voor",
        "uit",
        "van",
        "t/m",
        "medio",
        "begin",
        "eind",
        "einde",
        "rond",
        "circa",
        "ca.",
        "omstreeks",
        "uiterlijk",
        "tussen",
        "en",
        "of",
        "jaar",
        "jaren",
        "het",
        "de",
        "dat",
        "die",
        "is",
        "was",
        "werd",
        "wordt",
        "zijn",
        "waren",
        "heeft",
        "hebben",
        "over",
        "vóór",
        "met",
        "aan",
        "om",
        "bij",
        "door",
        "naar",
        "gedurende",
        "tijdens",
        "sinds",
    ]
)


_ABBREVIATION_RE = re.compile(r"^[A-Z]{2,6}\)?$")


def _is_title_year(text: str, start: int) -> bool:
    """True when the year at ``start`` closes a policy/law title ("Miljoenennota 2026").

    Spec: a year written as part of a PROGRAMME or LAW title is not a DATE. Only cases that can
    be told reliably are skipped here: the nota series in any case, and a year that ends a run of
    at most six words (no punctuation) opened by a capitalised title head ("Wet ...",
    "...regeling", "Innovatiebudget", "SDE++"), unless a signal word like "in" stands right
    before the year. Everything else is left to the merge step, where PROGRAMME/LAW spans win.
    """
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)
    before = text[line_start:start]
    if _NOTA_SERIES_RE.search(before):
        return True
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _SIGNAL_WORDS or last.lower().rstrip(".") in nd.MONTHS:
        return False
    if _ABBREVIATION_RE.match(last):
        return True  # "BWS 1995", "ARW 2016", "Machtiging BZ 2004": the year of a titled act
    for i, w in enumerate(reversed(words[-7:])):
        is_head = bool(_TITLE_HEAD_RE.match(w))
        if not is_head and any(ch in w for ch in ',.;:()[]"“”'):
            return False  # punctuation inside the run ends it
        if is_head:
            # a sentence-initial plain head ("Begroting 2024 ...") still counts as a title
            return i < 6
    return False


def _is_citation(text: str, start: int) -> bool:
    """Years in citations and dossier numbers ("Stb. 2019, 123", "Kamerstukken II 2019/20")."""
    return bool(_CITATION_BEFORE_RE.search(text, max(0, start - 30), start))


_FREQ_BEFORE_RE = re.compile(
    r"(?:\b(?:per|elke|elk|ieder|iedere|om[ \u00a0]+de|eens[ \u00a0]+per|telkens)[ \u00a0]+)$",
    re.IGNORECASE,
)
_PERSON_NOUNS = (
    r"mensen|kinderen|kind|jongeren|jongere|personen|persoon|vrouwen|vrouw|mannen|man|meisjes"
    r"|meisje|jongens|jongen|leerlingen|studenten|werknemers|ouderen|iemand|burgers|inwoners"
    r"|deelnemers|patiënten|baby'?s|pubers|tieners|volwassenen|leeftijd|leeftijdsgrens"
    r"|leeftijdsgroep"
)
_AGE_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_PERSON_NOUNS})[ \u00a0]+(?:van|tot|vanaf|boven|onder|tussen|tot[ \u00a0]+en"
    rf"[ \u00a0]+met|t/m|jonger[ \u00a0]+dan|ouder[ \u00a0]+dan)?[ \u00a0]*"
    rf"|\b(?:ouder|jonger)[ \u00a0]+dan[ \u00a0]+|\bleeftijd[ \u00a0]+van[ \u00a0]+"
    rf"|\b(?:onder|boven)[ \u00a0]+de[ \u00a0]+)$",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(
    r"^[ \u00a0]*(?:oud\b|of[ \u00a0]+ouder|en[ \u00a0]+ouder|of[ \u00a0]+jonger"
    r"|en[ \u00a0]+jonger|of[ \u00a0]+meer[ \u00a0]+oud)",
    re.IGNORECASE,
)
_ANNIVERSARY_AFTER_RE = re.compile(r"[ \u00a0]+(?-i:[A-Z])\w")
_HABITUAL_BEFORE_RE = re.compile(
    r"\b(?:elk|elke|ieder|iedere|jaarlijks|telkens|steeds|altijd)[ \u00a0]+(?:in[ \u00a0]+)?"
    r"(?:het[ \u00a0]+|de[ \u00a0]+)?$",
    re.IGNORECASE,
)
_FUTURE_BEFORE_RE = re.compile(r"\b(?:over|binnen|na|komende|de[ \u00a0]+komende)[ \u00a0]+$", re.I)


def _before(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width) : start]


# --------------------------------------------------------------------------------------------
# Handler plumbing
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    """A found expression before range merging; ``parts`` keeps what a range needs."""

    start: int
    end: int
    pattern: str
    value: dict[str, Any]
    parts: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Ctx:
    text: str
    anchor: Anchor | None
    _tense_cache: dict[int, Tense] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        if start not in self._tense_cache:
            self._tense_cache[start] = nd.detect_tense(self.text, start, end)
        return self._tense_cache[start]


_Handler = Callable[[re.Match[str], int, int, _Ctx], "_Atom | None"]
_REL_OFFSETS: dict[str, int] = {}
for _w in ("volgend", "volgende", "komend", "komende", "aankomend", "aankomende"):
    _REL_OFFSETS[_w] = 1
for _w in ("eerstvolgende", "aanstaande"):
    _REL_OFFSETS[_w] = 1
for _w in ("vorig", "vorige", "afgelopen", "voorbije", "verleden"):
    _REL_OFFSETS[_w] = -1
for _w in ("dit", "deze", "huidig", "huidige", "lopend", "lopende"):
    _REL_OFFSETS[_w] = 0


def _rel_offset(word: str) -> int:
    return _REL_OFFSETS[" ".join(word.lower().split())]


def _rel_tense(word: str) -> Tense:
    off = _rel_offset(word)
    return "past" if off < 0 else "future" if off > 0 else None


def _year_target(g: re.Match[str], ctx: _Ctx) -> tuple[int | None, bool]:
    """Year from a (YEAR | "dit/volgend jaar" | "het jaar") target; (year, target_present)."""
    gd = g.groupdict()
    if gd.get("year"):
        return int(gd["year"]), True
    if gd.get("rel"):
        off = _rel_offset(gd["rel"])
        return (None if ctx.anchor is None else ctx.anchor.year + off), True
    if gd.get("hetjaar"):
        return (None if ctx.anchor is None else ctx.anchor.year), True
    return None, False


_POS_MOD = {
    "begin": "START",
    "primo": "START",
    "eind": "END",
    "einde": "END",
    "ultimo": "END",
    "medio": "MID",
    "halverwege": "MID",
    "midden": "MID",
    "half": "MID",
}


def _decade_start(word: str) -> int | None:
    w = word.lower().lstrip("'’")
    if w.isdigit():
        return 1900 + int(w)
    for k, v in nd.NUMBER_WORDS.items():
        if k == w and v >= 20:
            return 1900 + int(v)
    return None


def _h_position(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    gd = g.groupdict()
    mod = _POS_MOD[gd["pos"].lower()]
    if gd.get("pos", "").lower() == "half" and not gd.get("mon"):
        return None  # "half 2025" is not Dutch for mid-2025; only "half oktober"
    parts: dict[str, Any] = {}
    if gd.get("mon"):
        month = nd.MONTHS[gd["mon"].lower()]
        if gd.get("myear"):
            value = nd.month_value(int(gd["myear"]), month)
        else:
            value = nd.resolve_month(month, ctx.anchor, ctx.tense(s, e))
    elif gd.get("season"):
        code = nd.SEASONS[gd["season"].lower()]
        if gd.get("syear"):
            value = nd.season_value(int(gd["syear"]), code)
        else:
            value = nd.resolve_season(code, ctx.anchor, ctx.tense(s, e))
    elif gd.get("decade1") or gd.get("decade2"):
        start_year = _decade_start(gd.get("decade1") or gd["decade2"])
        value = None if start_year is None else nd.decade_value(start_year)
    elif gd.get("year"):
        if _is_citation(ctx.text, s):
            return None
        value = gd["year"]
        parts["year"] = int(value)
    else:
        year, _ = _year_target(g, ctx)
        value = None if year is None else f"{year:04d}"
    return _Atom(s, e, "position_year", nd.date_value(value, mod), parts)


def _h_vergaderjaar(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    y1 = int(g["y1"])
    y2 = _range_end_year(y1, g["y2"])
    if y2 is None:
        return None
    return _Atom(s, e, "vergaderjaar", nd.interval_value(f"{y1:04d}", f"{y2:04d}"))


def _h_year_noun(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    y1 = int(g["y1"])
    if not g["y2"]:
        return _Atom(s, e, "year_noun", nd.date_value(f"{y1:04d}"))
    y2 = _range_end_year(y1, g["y2"])
    if y2 is None:
        return None
    return _Atom(s, e, "year_noun", nd.interval_value(f"{y1:04d}", f"{y2:04d}"))


def _range_end_year(y1: int, y2_text: str) -> int | None:
    """End year of "2021-2025" / "2019/20"; ``None`` when not after the start."""
    y2 = y1 // 100 * 100 + int(y2_text) if len(y2_text) == 2 else int(y2_text)
    return y2 if y1 < y2 <= y1 + 100 else None


def _h_prinsjesdag(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    if g["year"]:
        value = nd.prinsjesdag(int(g["year"]))
    else:
        value = nd.resolve_prinsjesdag(ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "prinsjesdag", nd.date_value(value))


def _h_iso(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    value = nd.resolve_full_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if value is None:
        return None
    return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})


def _h_numeric(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month_text = g["m1"] or g["m2"] or g["m3"]
    month = int(month_text) if month_text else nd.month_number(g["mabbr"])
    if month is None:
        return None
    # an impossible date ("29/2/2019") is still a date expression: value None
    value = nd.resolve_full_date(int(g["y"]), month, int(g["d"]))
    return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})


def _h_day_range(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month = nd.month_number(g["mon"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    if month is None or d1 >= d2:
        return None
    if g["year"]:
        year: int | None = int(g["year"])
    else:
        v = nd.resolve_day_month(d1, month, ctx.anchor, ctx.tense(s, e))
        year = None if v is None else int(v[:4])
    if year is None:
        return _Atom(s, e, "full_date", nd.interval_value(None, None))
    return _Atom(
        s,
        e,
        "full_date",
        nd.interval_value(
            nd.resolve_full_date(year, month, d1), nd.resolve_full_date(year, month, d2)
        ),
    )


def _h_full_date(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month = nd.month_number(g["mon"])
    if month is None:
        return None
    day = int(re.match(r"\d+", g["day"]).group(0))  # type: ignore[union-attr]
    if g["rel"]:
        year, _ = _year_target(g, ctx)
        value = None if year is None else nd.resolve_full_date(year, month, day)
        return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})
    if g["year"]:
        # an impossible date ("31 februari 2020") is still a date expression: value None
        value = nd.resolve_full_date(int(g["year"]), month, day)
        return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})
    tense: Tense
    jl = (g["jl"] or "").lower()
    tense = ("future" if jl.startswith(("a", "aan")) else "past") if jl else ctx.tense(s, e)
    value = nd.resolve_day_month(day, month, ctx.anchor, tense)
    return _Atom(
        s, e, "full_date", nd.date_value(value), {"granularity": "day", "day": day, "month": month}
    )


def _h_month_year(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month = nd.month_number(g["mon"])
    if month is None:
        return None
    year, _ = _year_target(g, ctx)
    value = None if year is None else nd.month_value(year, month)
    return _Atom(s, e, "month_year", nd.date_value(value), {"month": month})


_OF_SOMETHING_RE = re.compile(
    r"[ \u00a0]+van[ \u00a0]+(?:het|de|dit|deze|een|zijn|haar|hun)[ \u00a0]+(?!jaar\b)\w",
    re.IGNORECASE,
)
"""After an ordinal quarter/half without a year: "van het boekjaar" anchors it elsewhere."""


def _part_of_year(
    g: re.Match[str], s: int, e: int, ctx: _Ctx, *, kind: str, number: str, count: int
) -> _Atom | None:
    """A quarter or half of a year: "Q3 2021", "het derde kwartaal", "de tweede helft van 2025".

    ``number`` names the group with the digit (Q3, H2); ``count`` parts make a year, so
    "laatste" is the last one. The value comes from the year given, else from the anchor.
    """
    gd = g.groupdict()
    if gd.get(number):
        n = int(gd[number])
    else:
        word = gd["ord"].lower()
        n = count if word == "laatste" else nd.ORDINALS[word]
    year, has_target = _year_target(g, ctx)
    value_of, resolve = (
        (nd.quarter_value, nd.resolve_quarter)
        if kind == "quarter"
        else (nd.half_value, nd.resolve_half)
    )
    if has_target:
        value = None if year is None else value_of(year, n)
    else:
        if gd.get("unit", "").lower() == "helft" or _OF_SOMETHING_RE.match(ctx.text, e):
            # "de eerste helft van het kapitaal", "het eerste kwartaal van het boekjaar":
            # not a date, or relative to something else
            return None
        value = resolve(n, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, kind, nd.date_value(value))


def _h_quarter(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    return _part_of_year(g, s, e, ctx, kind="quarter", number="q", count=4)


def _h_half(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    return _part_of_year(g, s, e, ctx, kind="half_year", number="h", count=2)


def _h_year_range(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    if _is_citation(ctx.text, s) or _is_title_year(ctx.text, s):
        return None
    y1 = int(g["y1"])
    y2 = _range_end_year(y1, g["y2"])
    if y2 is None:
        return None
    if g["sep"] == "/" and y2 != y1 + 1:
        return None  # "2019/2023" is more often "or" or a code than a period
    return _Atom(s, e, "year_range", nd.interval_value(f"{y1:04d}", f"{y2:04d}"))


_ANAPHORIC_BEFORE_RE = re.compile(r"\b(?:een|daarop|daaropvolgend|erop)[ \u00a0]+$", re.I)


def _h_relative_year(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    rel = g["rel"].lower()
    if _ANAPHORIC_BEFORE_RE.search(_before(ctx.text, s, 16)):
        return None  # "een volgend jaar", "het daarop volgende jaar": not anchored to now
    if rel in {"afgelopen", "voorbije"}:
        # spec 6: "het afgelopen jaar" is the duration P1Y, not the previous calendar year
        return _Atom(s, e, "relative_year", nd.duration_value(1, "jaar"))
    value = nd.resolve_relative_year(_rel_offset(rel), ctx.anchor)
    return _Atom(s, e, "relative_year", nd.date_value(value), {"year": value})


def _h_relative_quarter(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    value = nd.resolve_relative_quarter(_rel_offset(g["rel"]), ctx.anchor)
    return _Atom(s, e, "relative_quarter", nd.date_value(value))


def _h_relative_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    value = nd.resolve_relative_month(_rel_offset(g["rel"]), ctx.anchor)
    return _Atom(s, e, "relative_month", nd.date_value(value))


def _h_relative_week(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    value = nd.resolve_relative_week(_rel_offset(g["rel"]), ctx.anchor)
    return _Atom(s, e, "relative_week", nd.date_value(value))


_DAY_OFFSETS = {"vandaag": 0, "gisteren": -1, "eergisteren": -2, "overmorgen": 2, "morgen": 1}
_FIGURATIVE_TODAY_RE = re.compile(r"vandaag[ \u00a0]+(?:en|of)[ \u00a0]+morgen", re.IGNORECASE)


def _h_relative_day(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    word = g["word"].lower()
    text = ctx.text
    # figurative "vandaag en morgen", "de wereld van morgen", "'s morgens" is not matched
    if _FIGURATIVE_TODAY_RE.match(text, s) or _FIGURATIVE_TODAY_RE.search(text, max(0, s - 14), e):
        return None
    if word == "vandaag" and re.match(r"[ \u00a0]+de[ \u00a0]+dag\b", text[e : e + 12]):
        return None  # "vandaag de dag" means "nowadays", a vague word like "nu"
    if word == "morgen" and re.search(r"\b(?:van|voor|de|het)[ \u00a0]+$", _before(text, s, 8)):
        return None
    value = nd.resolve_relative_day(_DAY_OFFSETS[word], ctx.anchor)
    return _Atom(s, e, "relative_day", nd.date_value(value), {"granularity": "day"})


def _h_season(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    gd = g.groupdict()
    code = nd.SEASONS[gd["season"].lower()]
    if gd.get("year"):
        return _Atom(s, e, "season", nd.date_value(nd.season_value(int(gd["year"]), code)))
    if gd.get("rel"):
        rel = gd["rel"].lower()
        value = nd.resolve_season(code, ctx.anchor, _rel_tense(rel), strict=True)
        return _Atom(s, e, "season", nd.date_value(value))
    if _HABITUAL_BEFORE_RE.search(_before(ctx.text, s)):
        return _Atom(s, e, "season", nd.date_value(nd.season_value(None, code)))
    value = nd.resolve_season(code, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "season", nd.date_value(value))


def _h_relative_month_name(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month = nd.MONTHS[g["mon"].lower()]
    value = nd.resolve_month(month, ctx.anchor, _rel_tense(g["rel"]), strict=True)
    return _Atom(s, e, "relative_month", nd.date_value(value))


_GLUED_MONTH_RE = re.compile(r"[-_]\d")
_DIGIT_BEFORE_RE = re.compile(r"\d[ \u00a0]*$")


def _h_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    month = nd.MONTHS[g["mon"].lower()]
    before = _before(ctx.text, s, 12)
    if before.endswith("/") or ctx.text.startswith("/", e) or _GLUED_MONTH_RE.match(ctx.text, e):
        return None  # part of a URL, path or file name ("wet/van/3/maart/1881", "-mei-2021")
    if before.endswith("-") and ctx.text.startswith("-", e):
        return None
    if _DIGIT_BEFORE_RE.search(before):
        return None  # "3 mei" that was no valid full date, or a table cell: not a bare month
    value = nd.resolve_month(month, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "month", nd.date_value(value), {"month": month})


def _h_year(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    text = ctx.text
    if _is_citation(text, s) or _MONEY_AFTER_RE.match(text, e):
        return None
    if _MONEY_BEFORE_RE.search(_before(text, s, 6)):
        return None
    if _is_title_year(text, s):
        return None
    return _Atom(s, e, "year", nd.date_value(g["year"]), {"year": int(g["year"])})


_AGE_CONTEXT_RE = re.compile(r"\bleeftijd\w*\b[^.;?!\n]*$", re.IGNORECASE)
"""A "leeftijd(sgroep)" earlier in the sentence makes "15 tot 25 jaar" an age bracket."""


_ORD_BEFORE_RE = re.compile(rf"\b{HALF_ORD}[ \u00a0]+$", re.IGNORECASE)


def _is_age(text: str, s: int, e: int) -> bool:
    return bool(
        _AGE_BEFORE_RE.search(_before(text, s, 40)) or _AGE_AFTER_RE.match(text[e : e + 20])
    )


def _h_duration(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    gd = g.groupdict()
    text = ctx.text
    unit = gd["unit"].lower().rstrip(".")
    if unit == "jr":
        unit = "jaar"
    pre = (gd.get("pre") or "").lower()
    num_start = g.start("n1") if gd.get("n1") else s
    if _ORD_BEFORE_RE.search(_before(text, s, 12)):
        return None  # "het eerste halfjaar van het stipendium" was rejected as a half-year
    if _FREQ_BEFORE_RE.search(_before(text, s, 20)):
        return None  # frequency: "om de twee jaar", "eens per drie jaar"
    if unit in {"jaar", "jaren"} and (
        _is_age(text, num_start, e) or _AGE_CONTEXT_RE.search(_before(text, s, 150))
    ):
        return None
    if gd.get("n1") and _ANNIVERSARY_AFTER_RE.match(text, e) and not gd.get("ago"):
        return None  # "200 jaar Koninkrijk": an anniversary, not a stretch of time
    n1 = nd.parse_number(gd["n1"]) if gd.get("n1") else Decimal(1)
    n2 = nd.parse_number(gd["n2"]) if gd.get("n2") else None
    if n1 is None:
        return None
    if n1 == 0:
        return None
    if unit == "halfjaar":
        n1 = n1 * Decimal("0.5")
        n2 = None if n2 is None else n2 * Decimal("0.5")
        unit = "jaar"
    if gd.get("ago"):
        if n2 is not None:
            return _Atom(s, e, "duration", nd.date_value(None))
        return _Atom(s, e, "relative_ago", nd.date_value(nd.resolve_ago(n1, unit, ctx.anchor)))
    if pre == "eerste" and n2 is None and gd.get("n1") is None:
        return None
    if n2 is not None:
        if n2 <= n1:
            return None
        return _Atom(s, e, "duration_range", nd.duration_range_value(n1, n2, unit))
    return _Atom(s, e, "duration", nd.duration_value(n1, unit))


def _h_vague(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    rel = g["rel"].lower()
    direction = "future" if rel in {"komende", "aankomende", "volgende", "eerstkomende"} else "past"
    return _Atom(s, e, "vague_ref", nd.vague_value(direction))  # type: ignore[arg-type]


def _h_vague_many(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    future = bool(_FUTURE_BEFORE_RE.search(_before(ctx.text, s, 20)))
    return _Atom(s, e, "vague_ref", nd.vague_value("future" if future else "past"))


def _h_cabinet(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    rel = (g["rel"] or "").lower()
    if rel in {"komende", "volgende", "nieuwe"}:
        value = nd.vague_value("future")
    elif rel in {"vorige", "afgelopen"}:
        value = nd.vague_value("past")
    else:
        value = nd.date_value(None)  # spec: "deze kabinetsperiode" -> value null
    return _Atom(s, e, "vague_ref", value)


def _h_ordinal_period(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    return _Atom(s, e, "ordinal_period", nd.date_value(None))


def _h_decade(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    start_year = _decade_start(g["dec"])
    if start_year is None:
        return None
    return _Atom(s, e, "decade", nd.date_value(nd.decade_value(start_year)))


_HANDLERS: dict[str, _Handler] = {
    "vergaderjaar": _h_vergaderjaar,
    "year_noun": _h_year_noun,
    "position_year": _h_position,
    "prinsjesdag": _h_prinsjesdag,
    "full_date__iso": _h_iso,
    "full_date__numeric": _h_numeric,
    "full_date__day_range": _h_day_range,
    "full_date": _h_full_date,
    "month_year": _h_month_year,
    "quarter__q": _h_quarter,
    "quarter__yq": _h_quarter,
    "quarter__word": _h_quarter,
    "half_year__word": _h_half,
    "half_year__yh": _h_half,
    "half_year__hy": _h_half,
    "year_range": _h_year_range,
    "relative_year": _h_relative_year,
    "relative_quarter": _h_relative_quarter,
    "relative_month": _h_relative_month,
    "relative_week": _h_relative_week,
    "relative_day": _h_relative_day,
    "season__relative": _h_season,
    "relative_month__name": _h_relative_month_name,
    "season": _h_season,
    "duration": _h_duration,
    "duration__halfjaar": _h_duration,
    "vague_ref": _h_vague,
    "vague_ref__many": _h_vague_many,
    "vague_ref__cabinet": _h_cabinet,
    "ordinal_period": _h_ordinal_period,
    "decade": _h_decade,
    "month": _h_month,
    "year": _h_year,
}
assert set(_HANDLERS) == {name for name, _ in _ALTERNATIVES}, "every alternative needs a handler"

# --------------------------------------------------------------------------------------------
# Ranges: "2021 tot 2025", "januari t/m maart 2021", "1 januari 2020 - 31 december 2021"
# --------------------------------------------------------------------------------------------

_RANGE_LINK_RE = re.compile(
    rf"{SP}(?:-|–|—|t/m|tot{S}en{S}met|tot|(?P<en>en)){SP}\Z".replace(SP, r"[ \t\u00a0]*"),
    re.IGNORECASE,
)
_TUSSEN_BEFORE_RE = re.compile(r"\btussen[ \u00a0]+$", re.IGNORECASE)
_RANGE_NAMES = {
    "year": "year_range",
    "month_year": "month_range",
    "month": "month_range",
    "full_date": "date_range",
    "quarter": "quarter_range",
    "season": "season_range",
}
_POINT_PATTERNS = frozenset({"year", "month_year", "full_date", "month", "quarter", "season"})


def _point(atom: _Atom) -> str | None:
    v = atom.value
    if atom.pattern not in _POINT_PATTERNS or v.get("type") != "date" or "mod" in v:
        return None
    return v.get("value") if isinstance(v.get("value"), str) else None


def _merge_ranges(atoms: list[_Atom], text: str) -> list[_Atom]:
    """Join "A tot B" into one interval span (spec: a range is ONE span)."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            link = _RANGE_LINK_RE.match(text[a.end : b.start]) if b.start - a.end <= 14 else None
            if link and (not link.group("en") or _TUSSEN_BEFORE_RE.search(_before(text, a.start))):
                merged = _range_of(a, b)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _range_of(a: _Atom, b: _Atom) -> _Atom | None:
    end = _point(b)
    if end is None:
        return None
    start = _point(a)
    if a.pattern == "month" and b.pattern in {"month_year", "month"} and end[:4].isdigit():
        start = nd.month_value(int(end[:4]), a.parts["month"])
    elif a.pattern == "full_date" and "month" in a.parts and b.pattern == "full_date":
        start = nd.resolve_full_date(int(end[:4]), a.parts["month"], a.parts["day"])
    if start is None or a.pattern not in _POINT_PATTERNS:
        return None
    if a.pattern == "month" and b.pattern == "year":
        return None  # "september tot 2025" is not a clean range
    if start >= end and len(start) == len(end):
        return None
    name = _RANGE_NAMES.get(b.pattern, "date_range")
    return _Atom(a.start, b.end, name, nd.interval_value(start, end))


_TRIGGER_WORDS: frozenset[str] = frozenset(
    {*nd.MONTHS, *nd.MONTH_ABBREVIATIONS, *nd.SEASONS, *nd.WEEKDAYS, *_DAY_OFFSETS}
    | {w for w in nd.NUMBER_WORDS if " " not in w and w not in {"een", "één", "eén"}}
    | set(
        [
            "dit",
            "deze",
            "volgend",
            "volgende",
            "vorig",
            "vorige",
            "komend",
            "komende",
            "aankomend",
            "aankomende",
            "eerstvolgende",
            "eerstkomende",
            "aanstaande",
            "afgelopen",
            "voorbije",
            "verleden",
            "huidig",
            "huidige",
            "lopend",
            "lopende",
            "begin",
            "eind",
            "einde",
            "medio",
            "halverwege",
            "midden",
            "ultimo",
            "primo",
            "half",
            "prinsjesdag",
            "vergaderjaar",
            "zittingsjaar",
            "eerste",
            "tweede",
            "derde",
            "vierde",
            "vijfde",
            "laatste",
            "tientallen",
            "honderden",
            "jaren",
            "recente",
            "resterende",
            "nieuwe",
            "halfjaar",
            "jaar",
            "studiejaar",
            "collegejaar",
            "schooljaar",
            "boekjaar",
            "begrotingsjaar",
            "kalenderjaar",
            "herdenkingsjaar",
            "subsidiejaar",
            "belastingjaar",
            "verslagjaar",
            "peiljaar",
            "berekeningsjaar",
            "jaarschijf",
            "kabinetsperiode",
            "regeerperiode",
            "hele",
            "gehele",
        ]
    )
)
"""Lower-cased words that can open a DATE (besides digits); see :func:`find_dates_anchored`."""


def _trie_pattern(words: frozenset[str]) -> str:
    """A prefix-factored alternation: the regex engine then rejects a word at its first letter
    instead of trying a hundred branches one by one."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


_TRIGGER_PATTERN = (
    r"(?<!\w)(?:\d{1,4}(?!\d)|[qh][1-4](?!\w)"
    rf"|(?:{_trie_pattern(_TRIGGER_WORDS)})(?!\w)"
    r"|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?:en|ën)\w+"
    r"|(?:een|één|eén)(?=\s+(?:(?:half|halve)\s+)?(?:jaar|jaren|jr|maand|week|weken|dag|werkdag"
    r"|kwarta|decenn|eeuw|halfjaar|tot|à|á|a|of|-)))"
)
_TRIGGER_RE = re.compile(_TRIGGER_PATTERN)
"""Finds, on the lower-cased text, the starts where the master regex is worth trying."""
_TRIGGER_RE_I = re.compile(_TRIGGER_PATTERN, re.IGNORECASE)
"""Fallback for the rare text whose lower-casing changes its length (offsets must hold)."""


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def find_dates(text: str, published: str | None) -> list[Match]:
    """All DATE spans in ``text`` with TIMEX3-style values resolved against ``published``.

    ``published`` is "YYYY", "YYYY-MM", "YYYY-MM-DD" or ``None`` (relative dates then get
    ``value: None``; vague PAST_REF/FUTURE_REF and absolute dates still resolve). Spans never
    overlap and follow the spec's boundaries (signals and articles outside).
    """
    return find_dates_anchored(text, nd.parse_anchor(published))


def find_dates_anchored(text: str, anchor: Anchor | None) -> list[Match]:
    """Like :func:`find_dates` with an already parsed anchor (saves re-parsing per document).

    Speed: instead of letting the master regex try every alternative at every word start, a
    cheap trigger regex (a prefix-factored word list) picks the few words that can open a date
    (digits, month and season names, relative and position words, number words) and the master
    regex is only tried there. Every
    alternative's first token is in that set, so the result equals a plain ``finditer``, except
    that a hit rejected by its handler does not hide later starts inside it.
    """
    ctx = _Ctx(text, anchor)
    atoms: list[_Atom] = []
    limit = 0
    lowered = text.lower()
    if len(lowered) == len(text):
        starts = _TRIGGER_RE.finditer(lowered)
    else:  # pragma: no cover - e.g. "İ" lower-cases to two characters
        starts = _TRIGGER_RE_I.finditer(text)
    for tm in starts:
        s = tm.start()
        if s < limit:
            continue
        m = _MASTER_RE.match(text, s)
        if m is None:
            continue
        name = m.lastgroup
        if name is None:  # pragma: no cover - every alternative is a named group
            continue
        e = m.end()
        sub = _SUB_RES[name].fullmatch(text, s, e)
        if sub is None:  # pragma: no cover - the named copy matches whatever the master did
            continue
        atom = _HANDLERS[name](sub, s, e, ctx)
        if atom is not None:
            atoms.append(atom)
            limit = e
    atoms = _merge_ranges(atoms, text)
    return [Match(_after_article(text, a), a.end, LABEL, a.pattern, a.value) for a in atoms]


_ARTICLE_RE = re.compile(r"[Ee]en[ \u00a0]+(?=\S)")


def _after_article(text: str, atom: _Atom) -> int:
    """Start of a duration without its article: "een maand" -> "maand" (spec: articles stay
    outside spans). The accented numeral "één" is a number, not an article, and stays."""
    if atom.pattern.startswith("duration"):
        m = _ARTICLE_RE.match(text, atom.start)
        if m and m.end() < atom.end:
            return m.end()
    return atom.start


__all__ = ["LABEL", "find_dates", "find_dates_anchored"]
