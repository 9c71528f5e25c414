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

from nlds_nlp.grammar.base import Match, in_year_header, trie_pattern
from nlds_nlp.normalise import dates as nd
from nlds_nlp.normalise import days as ndays
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
    r"(?:jaren|jaar|jr\.?|maanden|maand|weken|week|werkdagen|werkdag|dagen|dag|dgn\.?|kwartalen"
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

# Pieces of the issue-12 forms (weekdays, named days, word days, weeks, centuries, offsets)
DAY_WORD = trie_pattern(frozenset(ndays.DAY_WORDS))
"""A day number 1-31 in words ("negenentwintig"); not "een", which is the article."""
ORD_DAY_WORD = trie_pattern(frozenset(ndays.ORDINAL_DAY_WORDS))
DOM_ORD = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:ste|de|e)|{ORD_DAY_WORD})"
"""A day of the month written as an ordinal: "15e", "21ste", "drieëntwintigste"."""
NAMED_DAY = "|".join(n.replace(" ", S) for n in ndays.named_day_names())
VAGUE_COUNT = rf"(?:enkele|een{S}paar|een{S}aantal|meerdere|verscheidene|luttele)"
SUBDAY_UNIT = (
    rf"(?:uren|uur|minuten|minuut|min\.|min|seconden|seconde|sec\.|sec|kwartier|halfuur"
    rf"|kwart{S}uur|(?-i:u)(?![\w'’]))"
)
"""Units under a day; "u" (lower case only, "3u", "3 u") is the written short form of hours."""
OFFSET_UNIT = r"(?:jaren|jaar|maanden|maand|weken|week|werkdagen|werkdag|dagen|dag|dgn)"
CAL_UNIT = r"(?:jaren|jaar|maanden|maand|weken|week|dagen|dag)"
_WORD_1_99 = (
    rf"(?:{_COMPOUND_WORD}|negentien|achttien|zeventien|zestien|vijftien|veertien|dertien|twaalf"
    r"|elf|tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|één|een|twee"
    r"|drie|vier|vijf|zes|zeven|acht|negen)"
)
YEAR_WORDS = (
    rf"(?:(?:negentien(?:honderd)?|twintig){S}(?:en{S})?{_WORD_1_99}|tweeduizend(?:{S}(?:en{S})?"
    rf"{_WORD_1_99})?|negentienhonderd)"
)
"""A year in words after a day and month ("negentien zevenentachtig", "tweeduizend achttien")."""
_JOIN = rf"(?:,{SP}|{S}en{S}|{S})"
DEICTIC_DAY = r"(?:vandaag|morgen|gisteren|overmorgen|eergisteren|nu)"
DECADE_ER = r"(?:twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|tachtiger|negentiger)"
OF_CENTURY = rf"{S}van{S}de{S}(?:(?P<crel>vorige|deze)|(?P<cord>{DOM_ORD})){S}eeuw"

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
    ("named_day", rf"(?P<name>{NAMED_DAY})(?:{S}(?:van{S})?(?P<year>{YEAR}){YEAR_END})?"),
    (
        "later_this",
        rf"(?P<when>later|eerder){S}(?P<rel>dit|deze){S}(?P<unit>jaar|maand|week|kwartaal)",
    ),
    ("rest_of_year", rf"rest{S}van{S}(?:het|dit){S}jaar"),
    (
        "century",
        rf"(?:(?P<pos>{POS})(?:{S}van)?{S}(?:de{S})?)?(?:(?P<ord>{DOM_ORD})|(?P<rel>deze|vorige))"
        rf"{S}eeuw",
    ),
    (
        "position_relative",
        rf"(?P<pos>{POS})(?:{S}van)?{S}(?:(?P<rel>{REL_ANY}){S}(?P<unit>maand|week)|de{S}week)",
    ),
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
        "full_date__two_days",
        rf"(?<![\d.,/-])(?P<d1>{DAY_NUM}){S}en{S}(?P<d2>{DAY_NUM}){S}(?P<mon>{MONTH_ANY})"
        rf"(?:,?{S}(?P<year>{YEAR}){YEAR_END})?",
    ),
    (
        "full_date__pair",
        rf"(?<![\d.,/-])(?P<d1>{DAY_NUM}){S}(?P<mon1>{MONTH_ANY}){SP}[-–]{SP}(?P<d2>{DAY_NUM})"
        rf"{S}(?P<mon2>{MONTH_ANY})(?:,?{S}(?P<year>{YEAR}){YEAR_END})?",
    ),
    (
        "full_date__numeric_short",
        rf"(?<![\d.,/-])(?P<d>{DAY_NUM})(?:-(?P<m1>1[0-2]|0?[1-9])-|/(?P<m2>1[0-2]|0?[1-9])/)"
        rf"(?P<y>\d\d)(?![\w]|[.,/-]\d)",
    ),
    (
        "day_month_range__numeric",
        rf"(?<![\d.,/-])(?P<d1>{DAY_NUM})[-/](?P<m1>1[0-2]|0?[1-9]){SP}(?:t/m|tot{S}en{S}met|tot|-|–)"
        rf"{SP}(?P<d2>{DAY_NUM})[-/](?P<m2>1[0-2]|0?[1-9])(?![\w]|[.,/-]\d)",
    ),
    (
        "full_date__glued",
        rf"(?<![\d.,/-])(?P<d>{DAY_NUM})[-/](?P<mon>{MONTH_FULL}|{MONTH_ABBR})\.?(?![-/]\d)",
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
        "full_date__words",
        rf"(?:(?P<wd>{WEEKDAY}),?{S})?(?P<dayw>{DAY_WORD}|{DOM_ORD})(?:{S}van)?{S}(?P<mon>{MONTH_ANY})"
        rf"(?:,?{S}(?P<year>{YEAR}){YEAR_END}|,?{S}(?P<yearw>{YEAR_WORDS})(?![\w-]))?",
    ),
    ("weekday__after", rf"(?P<wd>{WEEKDAY}){S}(?:van{S})?(?P<wrel>{REL_ANY}){S}week"),
    ("weekday__dom", rf"(?P<wd>{WEEKDAY}),?{S}de{S}(?P<dom>{DOM_ORD})"),
    (
        "month_year",
        rf"(?P<mon>{MONTH_YEARABLE}){S}(?:(?P<year>{YEAR}){YEAR_END}|(?:van{S})?{REL_YEAR_ONLY})",
    ),
    (
        "month_range__abbr",
        rf"(?P<m1>{MONTH_FULL}|(?:{MONTH_ABBR})\.?){SP}[-–/]{SP}(?P<m2>{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
        rf"{S}(?P<year>{YEAR}){YEAR_END}",
    ),
    ("month_year__abbr", rf"(?P<mon>{MONTH_ABBR}){S}(?P<year>{YEAR}){YEAR_END}"),
    (
        "nth_weekday",
        rf"(?P<ord>eerste|tweede|derde|vierde|vijfde|laatste|1ste|2de|3de|4de|1e|2e|3e|4e|5e){S}"
        rf"(?P<wd>{WEEKDAY})"
        rf"(?:{S}van{S}(?:(?P<mon>{MONTH_FULL})(?:{S}(?P<year>{YEAR}){YEAR_END})?"
        rf"|(?:de{S})?(?P<rel>{REL_ANY}){S}maand|de{S}maand))?",
    ),
    (
        "week_of_month",
        rf"(?P<ord>eerste|tweede|derde|vierde|laatste){S}week{S}van{S}(?P<mon>{MONTH_FULL})"
        rf"(?:{S}(?P<year>{YEAR}){YEAR_END})?",
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
    ("weekday__week", rf"(?P<wrel>{REL_ANY}){S}week{S}(?:op{S})?(?P<wd>{WEEKDAY})"),
    ("weekday__rel", rf"(?P<rel>{REL_ANY}|voorgaande){S}(?P<wd>{WEEKDAY})"),
    (
        "iso_week",
        rf"(?:week(?:nummer)?|(?-i:wk|Wk)\.?){SP}(?P<w>5[0-3]|[1-4]\d|0?[1-9])(?![\d,.]\d)"
        rf"(?:{S}(?:van{S})?(?P<year>{YEAR}){YEAR_END}|{SP}[-/,]{SP}(?P<year2>{YEAR}){YEAR_END})?",
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
        "offset",
        rf"(?P<n1>{NUM}){SO}(?P<unit>{OFFSET_UNIT}){S}(?:gerekend{S})?(?P<dir>na|vanaf|voor|vóór)"
        rf"{S}(?P<word>{DEICTIC_DAY})",
    ),
    ("duration__subday", rf"(?P<n1>{NUM}){SO}(?P<unit>{SUBDAY_UNIT})"),
    ("duration__subday_vague", rf"(?P<vague>{VAGUE_COUNT}|paar){S}(?P<unit>{SUBDAY_UNIT})"),
    ("duration__subday_bare", r"(?P<unit>kwartier|halfuur)"),
    (
        "duration__composite",
        rf"(?P<n1>{NUM}){SO}(?P<u1>{CAL_UNIT}){_JOIN}(?P<n2>{NUM}){SO}(?P<u2>{CAL_UNIT})"
        rf"(?:{_JOIN}(?P<n3>{NUM}){SO}(?P<u3>{CAL_UNIT}))?(?:{S}(?P<ago>geleden))?",
    ),
    (
        "duration",
        rf"(?:(?P<pre>komende|afgelopen|voorbije|laatste|volgende|eerstvolgende|aankomende"
        rf"|resterende|eerste){S})?(?P<n1>{NUM})(?:{SP}(?:-|–|à|á|a|tot|of){SP}(?P<n2>{NUM}))?"
        rf"{SO}(?P<unit>{UNIT})(?:{S}(?P<ago>geleden))?",
    ),
    (
        "duration__vague",
        rf"(?P<vague>{VAGUE_COUNT}){S}(?P<unit>{UNIT})(?:{S}(?P<ago>geleden))?",
    ),
    ("duration__whole", rf"(?P<whole>gehele|hele|heel|volle){S}(?P<unit>dag|week|maand|jaar)"),
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
    ("decade__digits", rf"jaren{S}(?P<dec>(?:19|20)\d0)(?!\d)"),
    (
        "decade__century",
        rf"(?:jaren{S}(?P<dec>['’]?[1-9]0|{DECADE})|(?P<decer>{DECADE_ER}){S}jaren)(?:{OF_CENTURY})?",
    ),
    ("decade", rf"jaren{S}(?P<dec>{DECADE})"),
    ("weekday", rf"(?P<wd>{WEEKDAY})"),
    (
        "day_of_month__rel",
        rf"(?P<dom>{DOM_ORD}){S}van{S}(?:de{S})?(?P<rel>{REL_ANY}){S}maand",
    ),
    ("day_of_month", rf"(?P<dom>{DOM_ORD})"),
    (
        "day_month__numeric",
        rf"(?<![\d.,/-])(?P<d>{DAY_NUM})(?:[-/](?P<m>1[0-2]|0?[1-9])|\.(?P<mdot>1[0-2]|0?[1-9]))"
        rf"(?![\w]|[.,/-]\d)",
    ),
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


def _first_kinds(items: Any) -> tuple[set[str], bool]:
    """(kinds of first character, can match empty) of a parsed regex: "digit", "alpha",
    "other". Conservative: anything not understood may start with any kind."""
    from re import _constants as c

    every = {"digit", "alpha", "other"}
    kinds: set[str] = set()
    for op, av in items:
        here: set[str]
        nullable = False
        if op is c.LITERAL:
            ch = chr(av)
            here = {"digit" if ch.isdigit() else "alpha" if ch.isalpha() else "other"}
        elif op is c.IN:
            here = set()
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    ch = chr(sub_av)
                    here.add("digit" if ch.isdigit() else "alpha" if ch.isalpha() else "other")
                elif sub_op is c.RANGE:
                    lo, hi = sub_av
                    here |= {"digit"} if lo <= ord("9") and hi >= ord("0") else set()
                    here |= {"alpha", "other"} if hi > ord("9") or lo < ord("0") else set()
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    here.add("digit")
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_SPACE:
                    here.add("other")
                else:
                    here = set(every)
                    break
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            here, nullable = set(), True
        elif op is c.SUBPATTERN:
            here, nullable = _first_kinds(av[-1])
        elif op is c.ATOMIC_GROUP:
            here, nullable = _first_kinds(av)
        elif op is c.BRANCH:
            here = set()
            for branch in av[1]:
                k, n = _first_kinds(branch)
                here |= k
                nullable = nullable or n
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            here, n = _first_kinds(av[2])
            nullable = av[0] == 0 or n
        else:
            return every, True
        kinds |= here
        if not nullable:
            return kinds, False
    return kinds, True


def _masters_by_first_kind() -> dict[str, re.Pattern[str]]:
    """One master per kind of first character (digit, letter): each holds, in the original
    order, only the alternatives that can start with that kind, so the result at a position is
    the same as the full master's while a digit is never tried against sixty word patterns."""
    from re import _parser

    out: dict[str, re.Pattern[str]] = {}
    parsed = {name: _first_kinds(_parser.parse(pat, _FLAGS))[0] for name, pat in _ALTERNATIVES}
    for kind in ("digit", "alpha"):
        alts = [(n, p) for n, p in _ALTERNATIVES if kind in parsed[n]]
        out[kind] = re.compile(
            r"(?<!\w)(?:" + "|".join(f"(?P<{n}>{_strip_names(p)})" for n, p in alts) + r")(?!\w)",
            _FLAGS,
        )
    return out


_MASTERS = _masters_by_first_kind()

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
    if in_year_header(text, start):
        return False
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
    _cues: nd.CueIndex | None = None

    def tense(self, start: int, end: int) -> Tense:
        if start not in self._tense_cache:
            # a text with many bare months gets an index of the tense cues (same results;
            # linear instead of a window scan per month); a text with a few does not pay for it
            if self._cues is None and len(self._tense_cache) >= _TENSE_INDEX_AFTER:
                self._cues = nd.CueIndex(self.text)
            self._tense_cache[start] = nd.detect_tense(self.text, start, end, self._cues)
        return self._tense_cache[start]


_TENSE_INDEX_AFTER = 16


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
    unit = {"jr": "jaar", "dgn": "dagen"}.get(unit, unit)
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
    if n2 is None and not pre and unit in ndays.OFFSET_UNITS and _points_ahead(text, s, e):
        # spec 6: "over twee jaar" points at a moment: a date at the granularity stated
        return _Atom(s, e, "relative_in", nd.date_value(ndays.resolve_in(n1, unit, ctx.anchor)))
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


# --------------------------------------------------------------------------------------------
# Issue 12: weekdays, named days, days in words, numeric short forms, ISO weeks, centuries,
# offsets from the publication date, vague counts and durations shorter than a day
# --------------------------------------------------------------------------------------------


def _weekday(word: str) -> int:
    return nd.WEEKDAYS[word.lower()]


def _day_month_atom(s: int, e: int, ctx: _Ctx, day: int, month: int, year: str | None) -> _Atom:
    """A day and month, with the year given, or resolved by tense against the publication date
    (a weekday written with it does not move the year: a mismatch is more often a typo)."""
    if year:
        value = nd.resolve_full_date(int(year), month, day)
        return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})
    value = nd.resolve_day_month(day, month, ctx.anchor, ctx.tense(s, e))
    return _Atom(
        s, e, "full_date", nd.date_value(value), {"granularity": "day", "day": day, "month": month}
    )


def _h_word_date(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "negenentwintig mei", "de drieëntwintigste september", "tweede van augustus"."""
    day = ndays.day_word_number(g["dayw"])
    month = nd.month_number(g["mon"])
    if day is None or month is None:
        return None
    if g["dayw"][0].isdigit() and not g["mon"].lower().startswith(tuple(nd.MONTHS)):
        return None  # "1e van jan" is fine, but digits + abbreviation went to full_date already
    year = g["year"]
    if g["yearw"]:
        y = _year_in_words(g["yearw"])
        year = None if y is None else str(y)
        if year is None:
            return _Atom(s, e, "full_date", nd.date_value(None), {"granularity": "day"})
    return _day_month_atom(s, e, ctx, day, month, year)


def _year_in_words(text: str) -> int | None:
    """ "negentien zevenentachtig" 1987, "negentienhonderd en één" 1901, "tweeduizend achttien"
    2018, "tweeduizend" 2000."""
    words = [w for w in text.lower().split() if w != "en"]
    head, rest = words[0], words[1:]
    tail = nd.parse_number(" ".join(rest)) if rest else Decimal(0)
    if tail is None or not 0 <= tail < 100:
        return None
    if head == "tweeduizend":
        return 2000 + int(tail)
    if head == "negentienhonderd":
        return 1900 + int(tail)
    if not rest:
        return None
    return (19 if head == "negentien" else 20) * 100 + int(tail)


def _h_date_pair(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "18 nov-19 dec 2015": two days in different months sharing the year written last."""
    m1, m2 = nd.month_number(g["mon1"]), nd.month_number(g["mon2"])
    if m1 is None or m2 is None:
        return None
    d1, d2 = int(g["d1"]), int(g["d2"])
    if g["year"]:
        year2 = int(g["year"])
    else:
        v = nd.resolve_day_month(d2, m2, ctx.anchor, ctx.tense(s, e))
        if v is None:
            return _Atom(s, e, "date_range", nd.interval_value(None, None))
        year2 = int(v[:4])
    year1 = year2 if (m1, d1) <= (m2, d2) else year2 - 1
    start, end = nd.resolve_full_date(year1, m1, d1), nd.resolve_full_date(year2, m2, d2)
    return _Atom(s, e, "date_range", nd.interval_value(start, end))


def _h_two_days(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "9 en 10 februari": two consecutive days are one stretch (as gold marks a two-day
    summit); "3 en 5 mei" are two dates and left to the single-date patterns."""
    if int(g["d2"]) != int(g["d1"]) + 1:
        return None
    return _h_day_range(g, s, e, ctx)


def _h_numeric_short(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "18-9-15", "21/04/16": a two-digit year, read in the 1950-2049 window."""
    if _is_citation(ctx.text, s):
        return None
    year = nd.expand_year(g["y"])
    month = int(g["m1"] or g["m2"])
    if year is None:
        return None
    value = nd.resolve_full_date(year, month, int(g["d"]))
    return _Atom(s, e, "full_date", nd.date_value(value), {"granularity": "day"})


def _h_glued_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "1-jan", "28/nov": a day glued to a month name, without a year."""
    month = nd.month_number(g["mon"])
    if month is None:
        return None
    return _day_month_atom(s, e, ctx, int(g["d"]), month, None)


_STRONG_DATE_BEFORE_RE = re.compile(
    rf"(?:\b(?:op|vanaf|per|tot|t/m|tot[ \u00a0]+en[ \u00a0]+met|sinds|uiterlijk|d\.d\.|dd"
    rf"|datum:?)|\b(?:{WEEKDAY}),?)[ \u00a0]*$",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE_RE = re.compile(rf"\b(?:{WEEKDAY}),?[ \u00a0]*$", re.IGNORECASE)
_NOT_DATE_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:%|procent|deel|van\b|keer|maal|uur|jaar|punt|x\b|[-–/]\d)", re.IGNORECASE
)


def _h_day_month_numeric(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "op 22/4", "vanaf 1-10", "dinsdag 22.4": a day and month in digits without a year,
    only where a date signal or weekday stands right before it (issue 12: "12-4" after
    "artikel", a score or a fraction is no date)."""
    before = _before(ctx.text, s, 24)
    strong = _WEEKDAY_BEFORE_RE if g["mdot"] else _STRONG_DATE_BEFORE_RE
    if not strong.search(before) or _NOT_DATE_AFTER_RE.match(ctx.text, e):
        return None
    month = int(g["m"] or g["mdot"])
    return _day_month_atom(s, e, ctx, int(g["d"]), month, None)


_DOM_BEFORE_RE = re.compile(
    r"\b(?:op|voor|vóór|vanaf|tot|per|sinds|uiterlijk|t/m|na|rond|omstreeks)[ \u00a0]+de[ \u00a0]+$",
    re.IGNORECASE,
)
_DOM_AFTER_RE = re.compile(r"[ \u00a0]*(?:$|[.,;:!?)\n]|(?:terug|weer|om|al|nog|pas)\b)", re.I)
_CLAUSE_END_RE = re.compile(r"[ \u00a0]*(?:$|[.,;:!?)](?![\w\d]))")


def _h_day_of_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "op de 15e": a day of the month alone, only after a date signal and "de" and before the
    end of the clause ("op de 2e verdieping", "de 17e editie" are no dates)."""
    if g["dom"][0].isupper():
        return None  # "sinds de Tweede Wereldoorlog": a name, day ordinals are lower case
    after = _DOM_AFTER_RE if g["dom"][0].isdigit() else _CLAUSE_END_RE
    if not _DOM_BEFORE_RE.search(_before(ctx.text, s, 24)) or not after.match(ctx.text, e):
        return None  # an ordinal word ("voor de derde keer") only at the end of a clause
    day = ndays.day_word_number(g["dom"])
    if day is None:
        return None
    value = ndays.resolve_day_of_month(day, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "day_of_month", nd.date_value(value), {"granularity": "day"})


def _h_day_of_rel_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de 20ste van volgende maand": that day of the month meant; null if it has none."""
    day = ndays.day_word_number(g["dom"])
    month = nd.resolve_relative_month(_rel_offset(g["rel"]), ctx.anchor)
    value = None
    if day is not None and month is not None:
        value = nd.resolve_full_date(int(month[:4]), int(month[5:7]), day)
    return _Atom(s, e, "day_of_month", nd.date_value(value), {"granularity": "day"})


_WEEKDAY_RANGE_RE = re.compile(
    rf"[ \u00a0]*(?:t/m|tot(?:[ \u00a0]+en[ \u00a0]+met)?|-|–|en|of|&|,)[ \u00a0]*(?:{WEEKDAY})\b",
    re.IGNORECASE,
)
_WEEKDAY_RANGE_BEFORE_RE = re.compile(
    rf"\b(?:{WEEKDAY})[ \u00a0]*(?:t/m|tot(?:[ \u00a0]+en[ \u00a0]+met)?|-|–|en|of|&|,)[ \u00a0]*$",
    re.IGNORECASE,
)
_WEEKDAY_HABIT_RE = re.compile(
    r"(?:\b(?:elke|iedere|ieder|elk|een|op[ \u00a0]+de|des)|'s|’s|'n)[ \u00a0]+$", re.IGNORECASE
)
"""A schedule or an indefinite day ("elke dinsdag", "valt op een dinsdag"): no date."""


def _h_weekday(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """A bare weekday: the day it points at from the publication day by tense, else null
    (spec 6). Schedules and lists of generic days ("maandag t/m vrijdag", "elke dinsdag", "op
    een zaterdag, zondag of feestdag") are no dates."""
    text = ctx.text
    if (
        _WEEKDAY_HABIT_RE.search(_before(text, s, 16))
        or _WEEKDAY_RANGE_RE.match(text, e)
        or _WEEKDAY_RANGE_BEFORE_RE.search(_before(text, s, 30))
    ):
        return None
    value = ndays.resolve_weekday(_weekday(g["wd"]), ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})


def _h_weekday_week(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "volgende week dinsdag", "dinsdag van deze week": that weekday of the week meant."""
    value = ndays.weekday_in_week(_weekday(g["wd"]), _rel_offset(g["wrel"]), ctx.anchor)
    return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})


def _h_weekday_rel(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "afgelopen maandag" (the last one before publication), "aanstaande vrijdag" (the next
    one after it), "deze vrijdag" (the one of the publication week)."""
    rel = g["rel"].lower()
    wd = _weekday(g["wd"])
    if rel == "voorgaande":
        off = -1
    else:
        if _ANAPHORIC_BEFORE_RE.search(_before(ctx.text, s, 16)):
            return None  # "een volgende dinsdag": not anchored to the publication
        off = _rel_offset(rel)
    if off == 0:
        value = ndays.weekday_in_week(wd, 0, ctx.anchor)
    else:
        value = ndays.resolve_weekday(wd, ctx.anchor, "past" if off < 0 else "future", strict=True)
    return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})


def _h_weekday_dom(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "donderdag de 21ste": the nearest month whose 21st is a Thursday."""
    day = ndays.day_word_number(g["dom"])
    if day is None:
        return None
    value = ndays.resolve_weekday_day_of_month(_weekday(g["wd"]), day, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})


_NTH = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "5e": 5, "laatste": -1}


def _nth(word: str) -> int:
    w = word.lower()
    return _NTH[w] if w in _NTH else nd.ORDINALS[w]


def _h_nth_weekday(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de eerste vrijdag van juli", "de derde woensdag van vorige maand", "de tweede zondag"
    (of the publication month)."""
    n, wd = _nth(g["ord"]), _weekday(g["wd"])
    anchor = ctx.anchor
    if n == -1 and not g["mon"] and "maand" not in g.group(0).lower():
        # "(de) laatste zondag" alone is the most recent one, not the last of the month
        value = ndays.resolve_weekday(wd, anchor, "past", strict=True)
        return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})
    if g["mon"]:
        month = nd.MONTHS[g["mon"].lower()]
        if g["year"]:
            year: int | None = int(g["year"])
        else:
            v = nd.resolve_month(month, anchor, ctx.tense(s, e))
            year = None if v is None else int(v[:4])
    else:
        v = nd.resolve_relative_month(_rel_offset(g["rel"]) if g["rel"] else 0, anchor)
        year, month = (None, 0) if v is None else (int(v[:4]), int(v[5:7]))
    value = None if year is None else ndays.nth_weekday_of_month(year, month, wd, n)
    return _Atom(s, e, "weekday", nd.date_value(value), {"granularity": "day"})


def _h_named_day(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "Koningsdag", "Pasen 2018", "Kerstmis": by the rules in resources/named_days.json."""
    name = " ".join(g["name"].lower().split())
    if g["year"]:
        value = ndays.named_day(name, int(g["year"]))
    elif _HABITUAL_BEFORE_RE.search(_before(ctx.text, s)):
        value = None  # "elk jaar met Kerst"
    else:
        value = ndays.resolve_named_day(name, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "named_day", nd.date_value(value))


_LATER_RESOLVERS: dict[str, Callable[[int, Anchor | None], str | None]] = {
    "jaar": nd.resolve_relative_year,
    "maand": nd.resolve_relative_month,
    "week": nd.resolve_relative_week,
    "kwartaal": nd.resolve_relative_quarter,
}


def _h_later_this(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "later dit jaar", "eerder deze maand": one DATE (spec 6), the period it lies in."""
    value = _LATER_RESOLVERS[g["unit"].lower()](0, ctx.anchor)
    return _Atom(s, e, "relative_year", nd.date_value(value))


def _h_rest_of_year(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "(de) rest van het jaar": the publication year."""
    return _Atom(s, e, "relative_year", nd.date_value(nd.resolve_relative_year(0, ctx.anchor)))


def _h_position_relative(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "begin volgende maand", "eind deze week", "eind van de week" (the publication week)."""
    pos = g["pos"].lower()
    if pos == "half":
        return None
    if not g["rel"] and re.search(r"\bhet[ \u00a0]+$", _before(ctx.text, s, 8), re.IGNORECASE):
        return None  # "op het eind van de week" is a habit, "eind van de week" points at one
    off = _rel_offset(g["rel"]) if g["rel"] else 0
    unit = (g["unit"] or "week").lower()
    resolve = nd.resolve_relative_month if unit == "maand" else nd.resolve_relative_week
    return _Atom(s, e, "position_year", nd.date_value(resolve(off, ctx.anchor), _POS_MOD[pos]))


def _h_century(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de 21e eeuw" -> "20" (TIMEX3), "begin deze eeuw" with mod START."""
    if g["ord"]:
        n = ndays.day_word_number(g["ord"])
        value = None if n is None else ndays.century_value(n)
    else:
        off = -1 if g["rel"].lower() == "vorige" else 0
        value = None if ctx.anchor is None else f"{ctx.anchor.year // 100 + off:02d}"
    mod = _POS_MOD.get((g["pos"] or "").lower())
    if (g["pos"] or "").lower() == "half":
        return None
    return _Atom(s, e, "century", nd.date_value(value, mod))


_WEEK_NOT_BEFORE_RE = re.compile(
    r"\b(?:elke|iedere|ieder|per|een|de|die|deze|dezelfde|hele|gehele|afgelopen|vorige"
    r"|volgende|komende|werk|lange|korte)[ \u00a0]+$",
    re.IGNORECASE,
)
_WEEK_NOT_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:keer|maal|uur|uren|dagen|x\b|%|procent|euro|mensen|personen|werkdagen)",
    re.IGNORECASE,
)


def _h_iso_week(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "week 10", "wk 31 2024": an ISO week (spec 6), with the year given or by tense from the
    publication date. "week" alone is no date; "elke week 3 keer" is no week number."""
    if _WEEK_NOT_BEFORE_RE.search(_before(ctx.text, s, 16)) or _WEEK_NOT_AFTER_RE.match(
        ctx.text, e
    ):
        return None
    week = int(g["w"])
    if _OF_SOMETHING_RE.match(ctx.text, e):
        # "week 1 van het subsidiejaar": counted from something else, not from the publication
        return _Atom(s, e, "iso_week", nd.date_value(None), {"week": week})
    year = g["year"] or g["year2"] or _sentence_year(ctx.text, s, e)
    if year:
        value = ndays.iso_week_value(int(year), week)
    else:
        value = ndays.resolve_iso_week(week, ctx.anchor, ctx.tense(s, e))
    return _Atom(s, e, "iso_week", nd.date_value(value), {"week": week})


_CONTEXT_YEAR_RE = re.compile(
    rf"(?:\b(?:in|van|het[ \u00a0]+jaar)[ \u00a0]+|\b(?:{MONTH_FULL})[ \u00a0]+)"
    rf"(?P<year>{YEAR})(?![\w]|[.,/]\d|[ \u00a0]*[-–][ \u00a0]*\d)",
    re.IGNORECASE,
)
"""A year that sets the time of a sentence: "In 2024", "(3) maart 2024"; not "voor 2026", "tot
2030", "de begroting 2025" (the year of a thing, a target or a title) or a range."""


def _sentence_year(text: str, s: int, e: int) -> str | None:
    """The one year that sets the time of the sentence before a week number ("In 2024 werd in
    week 12 ..."): spec 6 takes a week's year from the context, else from the publication.
    A year after the week or one that names a target, a budget or a title ("In week 40 opent
    de regeling voor 2026") says nothing about the week's year."""
    lo = max(0, s - 200)
    for m in _SENTENCE_STOP_RE.finditer(text, lo, s):
        lo = m.end()
    years = {m.group("year") for m in _CONTEXT_YEAR_RE.finditer(text, lo, s)}
    return years.pop() if len(years) == 1 else None


def _h_week_of_month(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de laatste week van juli": the ISO week holding that month's last Thursday."""
    month = nd.MONTHS[g["mon"].lower()]
    if g["year"]:
        year: int | None = int(g["year"])
    else:
        v = nd.resolve_month(month, ctx.anchor, ctx.tense(s, e))
        year = None if v is None else int(v[:4])
    value = None if year is None else ndays.week_of_month(year, month, _nth(g["ord"]))
    return _Atom(s, e, "iso_week", nd.date_value(value))


def _h_month_range_abbr(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "jan-feb 2017", "mei/juni 2020": two months sharing the year written last."""
    m1, m2 = nd.month_number(g["m1"]), nd.month_number(g["m2"])
    if m1 is None or m2 is None or m1 == m2:
        return None
    y2 = int(g["year"])
    y1 = y2 if m1 < m2 else y2 - 1
    return _Atom(
        s, e, "month_range", nd.interval_value(nd.month_value(y1, m1), nd.month_value(y2, m2))
    )


_YEAR_LIST_AFTER_RE = re.compile(
    rf"[ \u00a0]*(?:,|en|of|tot(?:[ \u00a0]+en[ \u00a0]+met)?|t/m|-|–)[ \u00a0]*{YEAR}",
    re.IGNORECASE,
)


def _h_decade_digits(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de jaren 2000" -> "200"; but "de jaren 2020 tot en met 2023", "de jaren 2020 en 2021"
    list years: no decade (the year patterns then find them)."""
    if _YEAR_LIST_AFTER_RE.match(ctx.text, e):
        return None
    return _Atom(s, e, "decade", nd.date_value(nd.decade_value(int(g["dec"]))))


_DECADE_TENS = {
    "twintig": 2,
    "dertig": 3,
    "veertig": 4,
    "vijftig": 5,
    "zestig": 6,
    "zeventig": 7,
    "tachtig": 8,
    "negentig": 9,
}


def _h_decade_century(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "de jaren ’80 van de vorige eeuw", "de negentiger jaren", "de jaren zeventig van de
    negentiende eeuw": a decade, in the century named (else the 1900s, as "jaren negentig")."""
    word = (g["dec"] or g["decer"]).lower().lstrip("'’")
    if word.endswith("iger"):
        word = word[:-2]  # "negentiger" -> "negentig"
    tens = int(word[0]) if word[:1].isdigit() else _DECADE_TENS.get(word)
    if tens is None:
        return None
    if g["crel"]:
        if ctx.anchor is None:
            return _Atom(s, e, "decade", nd.date_value(None))
        century = ctx.anchor.year // 100 - (1 if g["crel"].lower() == "vorige" else 0)
    elif g["cord"]:
        n = ndays.day_word_number(g["cord"])
        if n is None:
            return None
        century = n - 1
    else:
        century = 19
    return _Atom(s, e, "decade", nd.date_value(f"{century:02d}{tens}"))


def _h_day_month_range(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "01-04 t/m 11-05" (a tender period in a table): two days and months in digits joined
    by a range word are a date range even without a signal; the year is the publication's,
    the next one for an end before the start."""
    if _is_citation(ctx.text, s):
        return None
    d1, m1, d2, m2 = int(g["d1"]), int(g["m1"]), int(g["d2"]), int(g["m2"])
    if ctx.anchor is None:
        return _Atom(s, e, "date_range", nd.interval_value(None, None))
    y1 = ctx.anchor.year
    y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    start, end = nd.resolve_full_date(y1, m1, d1), nd.resolve_full_date(y2, m2, d2)
    return _Atom(s, e, "date_range", nd.interval_value(start, end))


_DEICTIC_DAYS = {**_DAY_OFFSETS, "nu": 0}


def _h_offset(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "twee dagen na vandaag", "drie weken vanaf morgen", "twee dagen voor gisteren"."""
    amount = nd.parse_number(g["n1"])
    sign = -1 if g["dir"].lower() in {"voor", "vóór"} else 1
    value = ndays.offset_from_day(
        amount, g["unit"], _DEICTIC_DAYS[g["word"].lower()], sign, ctx.anchor
    )
    return _Atom(s, e, "offset", nd.date_value(value), {"granularity": "day"})


_CLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:om|vanaf|tot|van|rond|omstreeks|tussen|uiterlijk|voor|na|sinds|t/m|tegen|en)"
    r"|[-–:.]|\d)[ \u00a0]*$",
    re.IGNORECASE,
)
_CLOCK_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:'s|’s|\d|(?:in[ \u00a0]+de[ \u00a0]+)?(?:ochtend|middag|avond|nacht)"
    r"|[-–][ \u00a0]*\d)",
    re.IGNORECASE,
)


_SPELL_WORDS = (
    r"(?:binnen|gedurende|ruim|ongeveer|circa|ca\.|bijna|slechts|maar|nog|zo['’]n|pas"
    r"|duurt|duurde|duren|duurden|kost|kostte|kosten|wachten|wacht|wachtte|bedraagt|bedroeg"
    r"|minimaal|maximaal|minstens|hooguit|tenminste|minste|krap|amper|zeker|voor)"
)
"""Words right before an amount of time that make it a stretch measured ("binnen 48 uur")."""
_SPELL_BEFORE_RE = re.compile(rf"\b{_SPELL_WORDS}[ \u00a0]+$", re.IGNORECASE)
_SPELL_ARTICLE_BEFORE_RE = re.compile(
    rf"\b{_SPELL_WORDS}[ \u00a0]+(?:(?:de|het|een)[ \u00a0]+)?$", re.IGNORECASE
)
_SPELL_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:lang|durend\w*|weg|later|eerder|geleden|achter[ \u00a0]+elkaar)\b", re.I
)
_RATE_AFTER_RE = re.compile(r"[ \u00a0]*(?:per|in[ \u00a0]+de)\b", re.IGNORECASE)


_CLOCK_UNITS = frozenset({"uur", "u"})
_NO_CLOCK_WORDS = frozenset({"een", "anderhalf", "half", "een half"})
_VAGUE_SUBDAY_AFTER_RE = re.compile(r"[ \u00a0]*(?:lang|weg)\b", re.IGNORECASE)
_VAGUE_SUBDAY_BEFORE_RE = re.compile(r"\b(?:voor|gedurende)[ \u00a0]+$", re.IGNORECASE)


def _is_clock_number(word: str, amount: Decimal) -> bool:
    """Could "<word> uur" be a time of day? "10 uur", "twaalf uur" can; "anderhalf uur",
    "tweeënhalf uur", "een uur" (the article, not "één") and "36 uur" cannot."""
    if word.lower() in _NO_CLOCK_WORDS or amount != amount.to_integral_value():
        return False
    return 0 <= amount <= 24


def _h_subday(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "binnen 48 uur", "duurde twintig minuten", "een kwartier lang", "voor 3 minuten": a
    stretch of time shorter than a day (ISO "PT"), only where a word before or after says it
    is one. Clock times are no DATE (spec: "om 10 uur", "tot 17 uur", "'s avonds"; "voor 10
    uur" is a time of day, "voor anderhalf uur" a stretch) and hours as a measure of work ("32
    uur per week") are a rate, not a stretch of time."""
    text = ctx.text
    if _RATE_AFTER_RE.match(text, e):
        return None
    gd = g.groupdict()
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    word = gd.get("n1") or ""
    if not word:
        if gd.get("vague"):
            # "een paar minuten lang", "voor enkele uren": of unstated length (value null);
            # the gold leaves "binnen enkele minuten" out, so only with a word of duration
            if not (
                _VAGUE_SUBDAY_AFTER_RE.match(text, e)
                or _VAGUE_SUBDAY_BEFORE_RE.search(_before(text, s, 12))
            ):
                return None
            return _Atom(s, e, "duration", ndays.subday_duration_value(None, unit))
        if unit not in {"kwartier", "halfuur"}:
            return None  # "uur" alone is no stretch of time; "kwartier" is one quarter hour
        amount: Decimal | None = Decimal(1)
    else:
        amount = nd.parse_number(word)
        if amount is None or amount == 0:
            return None
        if unit == "u" and not word[0].isdigit():
            return None  # "twee u" is no written form of hours
    if (
        unit in _CLOCK_UNITS
        and word
        and amount is not None
        and _is_clock_number(word, amount)
        and (_CLOCK_BEFORE_RE.search(_before(text, s, 12)) or _CLOCK_AFTER_RE.match(text, e))
    ):
        return None
    if not (_SPELL_BEFORE_RE.search(_before(text, s, 16)) or _SPELL_AFTER_RE.match(text, e)):
        # "40 uren scholing", "15 minuten voor aanvang", "een interval van 10 seconden": a
        # quantity or a moment, not a stretch of time pointed at (the gold leaves these out)
        return None
    if _FREQ_BEFORE_RE.search(_before(ctx.text, s, 20)):
        return None
    return _Atom(s, e, "duration", ndays.subday_duration_value(amount, unit))


def _h_composite_duration(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "1 maand en 21 dagen geleden": the day (or month, year) a composite offset points back
    to; after "over" the one it points ahead to. Without either it is a list of durations."""
    first_end = g.end("u1")
    first = _SUB_RES["duration"].fullmatch(ctx.text, s, first_end)
    first_atom = None if first is None else _h_duration(first, s, first_end, ctx)
    if first_atom is None:
        return None  # an age, a frequency, an anniversary: as for a single duration
    parts: dict[str, Decimal] = {}
    for i in (1, 2, 3):
        if not g[f"n{i}"]:
            continue
        n = nd.parse_number(g[f"n{i}"])
        unit = nd.DURATION_UNITS[g[f"u{i}"].lower()][0]
        if n is None or unit in parts or n != n.to_integral_value():
            return first_atom  # "2 jaar, 3 jaar en 5 jaar" is a list: each its own span
        parts[unit] = n
    if g["ago"]:
        value = ndays.resolve_composite_offset(parts, -1, ctx.anchor)
        return _Atom(s, e, "relative_ago", nd.date_value(value))
    if _points_ahead(ctx.text, s, e):
        value = ndays.resolve_composite_offset(parts, 1, ctx.anchor)
        return _Atom(s, e, "relative_in", nd.date_value(value))
    # "vier jaar en zes maanden", "een week en drie dagen": one stretch of time measured in
    # several units, one span and one TIMEX3 duration (P4Y6M, P1W3D)
    return _Atom(s, e, "duration", ndays.composite_duration_value(parts))


_OVER_BEFORE_RE = re.compile(r"\bover[ \u00a0]+$", re.IGNORECASE)
_SPREAD_BEFORE_RE = re.compile(
    r"(?:\b(?:verdeeld|verdelen|verdeelt|verdeelde|gespreid|spreiden|spreidt|spreidde|verspreid"
    r"|verspreiden|uitgesmeerd|uitsmeren|uitgespreid|gemiddeld|gerekend|berekend|looptijd"
    r"|periode|totaal|opgebouwd|afgeschreven|afschrijven|afgelost|aflossen|euro|miljoen"
    r"|miljard|mln|mld|kosten|lasten|uitgaven|middelen|bedrag|bedragen|procent|jaarlijks"
    r"|\w+ingen|\w+ing)|\d|%)[ \u00a0,]*over[ \u00a0]+$",
    re.IGNORECASE,
)
_AMOUNT_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:\S+[ \u00a0]+){0,2}?(?:€|EUR\b|\d[\d.,]*[ \u00a0]*(?:miljoen|miljard|mln|mld"
    r"|euro|procent|%))",
    re.IGNORECASE,
)


_PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?:ge|ver|be|uit|op|af|toe|ont|in)\w+(?:d|t|en)[ \u00a0,]*over[ \u00a0]+$", re.IGNORECASE
)
_SUM_IN_SENTENCE_RE = re.compile(
    r"€|\bEUR\b|\beuro\b|\d[ \u00a0]*(?:miljoen|miljard|mln|mld)\b", re.IGNORECASE
)
_SENTENCE_STOP_RE = re.compile(r"[.!?;\n](?:\s|$)")


def _points_ahead(text: str, s: int, e: int) -> bool:
    """ "over twee jaar" points at a moment (spec 6), unless "over" spreads something over the
    stretch: after a participle ("verdeeld", "gefaseerd", "gespreid over vijf jaar"), next to a
    sum ("20 miljard euro over vijf jaar"), or anywhere in a sentence with a sum, where the
    stretch is the period the sum covers (spec 3: "in zeven jaar" is a period, a duration)."""
    before = _before(text, s, 40)
    if (
        not _OVER_BEFORE_RE.search(before)
        or _SPREAD_BEFORE_RE.search(before)
        or _PARTICIPLE_BEFORE_RE.search(before)
    ):
        return False
    if _AMOUNT_AFTER_RE.match(text, e):
        return False  # "over vier jaar 100 miljoen euro": spread
    lo = max(0, s - 300)
    for m in _SENTENCE_STOP_RE.finditer(text, lo, s):
        lo = m.end()
    stop = _SENTENCE_STOP_RE.search(text, e, min(len(text), e + 300))
    hi = stop.start() if stop else min(len(text), e + 300)
    return not _SUM_IN_SENTENCE_RE.search(text, lo, hi)


_WHOLE_NOT_AFTER_RE = re.compile(rf"{SP}(?:door|rond|{YEAR})\b", re.IGNORECASE)


def _h_whole_duration(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "voor de hele dag", "een volle week weg", "gedurende het gehele jaar": one whole unit, a
    duration (P1D, P1Y), where a word makes it a stretch of time measured, as for durations
    under a day. "het hele jaar door" and "kunt u het hele jaar indienen" (any time in the
    year), "een gedeelte van een heel jaar" (a unit of account) and "het hele jaar 2018" (the
    year itself) are not such stretches."""
    text = ctx.text
    if _WHOLE_NOT_AFTER_RE.match(text, e):
        return None
    if not (
        _SPELL_ARTICLE_BEFORE_RE.search(_before(text, s, 24)) or _SPELL_AFTER_RE.match(text, e)
    ):
        return None
    return _Atom(s, e, "duration", nd.duration_value(1, g["unit"].lower()))


def _h_vague_duration(g: re.Match[str], s: int, e: int, ctx: _Ctx) -> _Atom | None:
    """ "enkele weken", "een paar maanden": a duration of unstated length (value null, as the
    gold has it); "enkele dagen geleden" is PAST_REF and "over enkele weken" FUTURE_REF."""
    if _FREQ_BEFORE_RE.search(_before(ctx.text, s, 20)):
        return None
    if g["ago"]:
        return _Atom(s, e, "vague_ref", nd.vague_value("past"))
    if _points_ahead(ctx.text, s, e):
        return _Atom(s, e, "vague_ref", nd.vague_value("future"))
    return _Atom(s, e, "duration", {"type": "duration", "value": None})


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
    "duration__whole": _h_whole_duration,
    "duration__halfjaar": _h_duration,
    "vague_ref": _h_vague,
    "vague_ref__many": _h_vague_many,
    "vague_ref__cabinet": _h_cabinet,
    "ordinal_period": _h_ordinal_period,
    "decade": _h_decade,
    "month": _h_month,
    "year": _h_year,
    "named_day": _h_named_day,
    "later_this": _h_later_this,
    "rest_of_year": _h_rest_of_year,
    "century": _h_century,
    "position_relative": _h_position_relative,
    "full_date__pair": _h_date_pair,
    "full_date__two_days": _h_two_days,
    "full_date__numeric_short": _h_numeric_short,
    "full_date__glued": _h_glued_month,
    "full_date__words": _h_word_date,
    "weekday__after": _h_weekday_week,
    "weekday__dom": _h_weekday_dom,
    "month_range__abbr": _h_month_range_abbr,
    "month_year__abbr": _h_month_year,
    "nth_weekday": _h_nth_weekday,
    "week_of_month": _h_week_of_month,
    "weekday__week": _h_weekday_week,
    "weekday__rel": _h_weekday_rel,
    "iso_week": _h_iso_week,
    "offset": _h_offset,
    "duration__subday": _h_subday,
    "duration__subday_vague": _h_subday,
    "duration__subday_bare": _h_subday,
    "duration__vague": _h_vague_duration,
    "duration__composite": _h_composite_duration,
    "decade__digits": _h_decade_digits,
    "decade__century": _h_decade_century,
    "day_month_range__numeric": _h_day_month_range,
    "weekday": _h_weekday,
    "day_of_month": _h_day_of_month,
    "day_of_month__rel": _h_day_of_rel_month,
    "day_month__numeric": _h_day_month_numeric,
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
    "iso_week": "week_range",
}
_POINT_PATTERNS = frozenset(
    {"year", "month_year", "full_date", "month", "quarter", "season", "iso_week"}
)


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


def _yearless_start(a: _Atom, end: str) -> str | None:
    """The start of "1 feb tot maart 2019", "3 mei - 1 juni 2020": a day and month without a
    year take the end's year (spec 6), the year before when they would come after the end."""
    year, month, day = int(end[:4]), a.parts["month"], a.parts["day"]
    start = nd.resolve_full_date(year, month, day)
    end_month = int(end[5:7]) if len(end) >= 7 and end[5:7].isdigit() else 12
    if start is not None and month > end_month:
        start = nd.resolve_full_date(year - 1, month, day)
    return start


def _range_of(a: _Atom, b: _Atom) -> _Atom | None:
    end = _point(b)
    if end is None:
        return None
    start = _point(a)
    if a.pattern == "month" and b.pattern in {"month_year", "month"} and end[:4].isdigit():
        year = int(end[:4])
        if end[5:7].isdigit() and a.parts["month"] > int(end[5:7]):
            year -= 1  # "van november tot februari 2020": the winter across the turn of the year
        start = nd.month_value(year, a.parts["month"])
    elif a.pattern == "full_date" and "month" in a.parts and end[:4].isdigit():
        start = _yearless_start(a, end)
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
    | {*ndays.DAY_WORDS, *ndays.ORDINAL_DAY_WORDS}
    | {name.split()[0] for name in ndays.named_day_names()}
    | {"week", "weeknummer", "wk", "later", "eerder", "rest", "voorgaande", "enkele", "meerdere"}
    | {"verscheidene", "luttele", "1ste", "2de", "3de", "4de", "1e", "2e", "3e", "4e"}
    | {"twintiger", "dertiger", "veertiger", "vijftiger", "zestiger", "zeventiger", "tachtiger"}
    | {"negentiger"}
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
            "halfuur",
            "kwartier",
            "paar",
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
            "heel",
            "volle",
        ]
    )
)
"""Lower-cased words that can open a DATE (besides digits); see :func:`find_dates_anchored`."""


_trie_pattern = trie_pattern


_TRIGGER_PATTERN = (
    r"(?<!\w)(?:\d{1,4}(?!\d)|[qh][1-4](?!\w)"
    rf"|(?:{_trie_pattern(_TRIGGER_WORDS)})(?!\w)"
    r"|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?:en|ën)\w+"
    r"|(?:een|één|eén)(?=\s+(?:(?:half|halve)\s+)?(?:jaar|jaren|jr|maand|week|weken|dag|werkdag"
    r"|kwarta|decenn|eeuw|halfjaar|tot|à|á|a|of|-|uur|kwartier|halfuur|kwart\s|minu|second|paar\s"
    r"|aantal\s)))"
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
        master = _MASTERS["digit"] if text[s].isdigit() else _MASTERS["alpha"]
        m = master.match(text, s)
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
            limit = atom.end  # a handler may keep only the head of its match
    atoms = _merge_ranges(atoms, text)
    return [Match(_after_article(text, a), a.end, LABEL, a.pattern, a.value) for a in atoms]


_ARTICLE_RE = re.compile(r"[Ee]en[ \u00a0]+(?!paar\b|aantal\b)(?=\S)")


def _after_article(text: str, atom: _Atom) -> int:
    """Start of a duration without its article: "een maand" -> "maand" (spec: articles stay
    outside spans). The accented numeral "één" is a number, not an article, and stays."""
    if atom.pattern.startswith("duration"):
        m = _ARTICLE_RE.match(text, atom.start)
        if m and m.end() < atom.end:
            return m.end()
    return atom.start


__all__ = ["LABEL", "find_dates", "find_dates_anchored"]
