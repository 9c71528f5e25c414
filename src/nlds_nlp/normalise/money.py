"""Money surfaces plus context to the spec's MONEY value dict.

The grammar decides *where* an amount is; this module decides *what it means*: the amount (or
range), the ISO currency, and the context words the spec keeps outside the span (qualifier,
rate, recurrence). Everything is a pure function of strings so it can be tested in tables and
reused by any finder. See the MONEY section of ``shared/spec/annotation.md``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from nlds_nlp.normalise.numbers import SCALE_PATTERN, format_decimal, parse_number

__all__ = [
    "CURRENCY_SYMBOL_PATTERN",
    "CURRENCY_WORD_PATTERN",
    "VAGUE_SUM_PATTERN",
    "currency_code",
    "detect_per",
    "detect_qualifier",
    "detect_recurrent",
    "money_value",
    "parse_money_surface",
]

# --- currency ---------------------------------------------------------------------------------

#: Symbols and codes written before (or glued to) the number: "€ 5", "€5", "EUR 500", "US$ 3".
CURRENCY_SYMBOL_PATTERN = (
    r"(?:€|US\$|\$|£|ƒ|(?<![\w.])fl\.|(?<![\w.])f(?=[^\S\n]?\d)|(?<!\w)(?:EUR|USD|GBP|NLG)(?!\w))"
)
#: Currency words written after the number ("euro", "euro's"); ISO codes also occur there.
CURRENCY_WORD_PATTERN = (
    r"(?<![\w-])(?:euro['’]s|euros?|EUR|USD|GBP|NLG|(?:Amerikaanse[^\S\n]+)?dollars?|US-dollars?"
    r"|(?:Britse[^\S\n]+)?ponden|(?:Britse[^\S\n]+)?pond(?:[^\S\n]+sterling)?|guldens?)(?![\w-])"
)

_CURRENCY_TOKEN_RE = re.compile(
    r"€|US\$|\$|£|ƒ|(?<![\w.])fl\.|(?<![\w.])f(?=\s?\d)|"
    r"(?<![\w-])(?:euro['’]s|euros?|eur|usd|gbp|nlg|(?:amerikaanse\s+)?dollars?|us-dollars?"
    r"|(?:britse\s+)?ponden|(?:britse\s+)?pond(?:\s+sterling)?|guldens?)(?![\w-])",
    re.IGNORECASE,
)


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a currency symbol or word ("euro's" → "EUR", "ƒ" → "NLG")."""
    t = token.strip().lower()
    if t in ("€", "eur") or t.startswith("euro"):
        return "EUR"
    if "$" in t or "dollar" in t or t == "usd":
        return "USD"
    if t == "£" or t == "gbp" or "pond" in t:
        return "GBP"
    if t in ("ƒ", "f", "fl.", "nlg") or t.startswith("gulden"):
        return "NLG"
    return None


# --- vague sums -------------------------------------------------------------------------------

#: "honderden miljoenen", "tientallen miljoenen", "miljarden", "enkele honderden", ...
VAGUE_SUM_PATTERN = (
    r"(?<![\w-])(?:(?:enkele|vele|meerdere|ettelijke|talloze|een[^\S\n]+paar)[^\S\n]+)?"
    r"(?:(?:tientallen|honderden|duizenden)[^\S\n]+)?"
    r"(?:tientallen|honderden|duizenden|miljoenen|miljarden)(?![\w-])"
)
_VAGUE_RE = re.compile(VAGUE_SUM_PATTERN, re.IGNORECASE)

# --- context: qualifiers ----------------------------------------------------------------------

_QUALIFIER_WORDS: list[tuple[str, str]] = [
    # longest phrases first: "niet meer dan" before "meer dan"
    (r"niet\s+meer\s+dan", "at_most"),
    (r"niet\s+minder\s+dan", "at_least"),
    (r"(?:tot\s+)?(?:een|het)\s+maximum\s+van", "at_most"),
    (r"(?:een|het)\s+minimum\s+van", "at_least"),
    (r"niet\s+(?:hoger|groter)\s+(?:is\s+|zijn\s+|mag\s+zijn\s+)?dan", "at_most"),
    (r"(?:hoger|groter)\s+(?:is\s+|zijn\s+|mag\s+zijn\s+)?dan", "more_than"),
    (r"(?:lager|kleiner)\s+(?:is\s+|zijn\s+|mag\s+zijn\s+)?dan", "less_than"),
    (r"(?:iets\s+|ruim\s+)?meer\s+dan", "more_than"),
    (r"(?:iets\s+|ruim\s+)?minder\s+dan", "less_than"),
    (r"ten\s+minste|tenminste|minstens|minimaal|op\s+zijn\s+minst", "at_least"),
    (r"ten\s+hoogste|maximaal|hooguit|hoogstens|tot", "at_most"),
    (r"ruim|ruimschoots|dik|een\s+dikke|boven\s+de", "more_than"),
    (r"bijna|nagenoeg|vrijwel|net\s+geen|een\s+kleine|krap|onder\s+de", "less_than"),
    (
        r"circa|ca\.|ca|c\.a\.|ongeveer|zo['’]n|rond\s+de|rondom|rond|omstreeks|plusminus|±"
        r"|ruwweg|grofweg|pakweg|naar\s+schatting|om\s+en\s+nabij",
        "approx",
    ),
]
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[^\w'’]))(?:"
    + "|".join(f"(?P<q{i}>{pat})" for i, (pat, _) in enumerate(_QUALIFIER_WORDS))
    + r")[\s:]*$",
    re.IGNORECASE,
)
# "loopt op tot", "oplopend tot", "stijgt tot": "tot" ends a growth path, it is not a cap.
_GROWTH_BEFORE_TOT_RE = re.compile(
    r"(?:\bop\b|oplopend\w*|oploopt|oplopen|opgelopen|stijg\w*|gestegen|groei\w*|gegroeid|"
    r"toe(?:neemt|nemen|genomen)|verho\w*|verla\w*|dal\w*|gedaald|\bvan\b[^.;:]*\d[^.;:]*"
    r"|\bleid\w*|\bgeleid|optrek\w*|opgetrokken|vermin\w*|\bgebracht|\bbrengen|\bbrengt"
    # "220 miljoen euro volgend jaar tot 345 miljoen": the end of a path, not a cap
    r"|\d[^.;:]*(?:euro|miljoen|miljard|mln|mld)\b[^.;:]*)"
    r"[^.;:]{0,40}\btot\s*$",
    re.IGNORECASE,
)


def detect_qualifier(left: str) -> str | None:
    """Qualifier from the words right before the span ("ruim", "ten minste", "zo'n").

    Only the end of ``left`` counts: a qualifier further away qualifies something else.
    """
    tail = left[-60:]
    m = _QUALIFIER_RE.search(tail)
    if m is None:
        return None
    for i, (_, label) in enumerate(_QUALIFIER_WORDS):
        word = m.group(f"q{i}")
        if word is not None:
            if label == "at_most" and word.lower() == "tot" and _GROWTH_BEFORE_TOT_RE.search(tail):
                return None
            return label
    return None  # pragma: no cover


# --- context: rates and recurrence ------------------------------------------------------------

_PERSON_NOUNS = (
    r"inwoner|persoon|hoofd|deelnemer|werknemer|medewerker|student|kind|patiënt|cliënt|"
    r"gebruiker|bewoner|burger|Nederlander|Belg|huishouden|gezin"
)
_RATE_AFTER_RE = re.compile(
    r"^[\s,]*(?:"
    r"(?P<year>(?:per|/|p\.?)\s*(?:\w*jaar|j\.|annum)\b|"
    r"jaarlijks\b|op\s+jaarbasis\b|(?:voor\s+)?(?:elk|ieder)e?\s+\w*jaar\b|structureel\b)"
    r"|(?P<month>(?:per|/)\s*maand\b|maandelijks\b|(?:elke|iedere)\s+maand\b)"
    r"|(?P<quarter>per\s+kwartaal\b)"
    r"|(?P<week>(?:per|/)\s*week\b|wekelijks\b)"
    r"|(?P<day>(?:per|/)\s*(?:dag|etmaal)\b|dagelijks\b)"
    r"|(?P<hour>(?:per|/)\s*(?:uur|u)\b)"
    rf"|(?P<person>(?:per|/)\s*(?:{_PERSON_NOUNS})\w*)"
    # any other "per X" is a unit, but not dates or set phrases ("per 1 januari", "per saldo")
    r"|(?P<unit>(?:per|/)\s*(?!\d|(?:direct|saldo|brief|post|e-?mail|omgaande|ultimo|heden|"
    r"definitie|geval|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\b)[^\W\d]\w*|(?:per|voor)\s+stuk\b|ieder\b|elk\b|stuk\b)"
    r")",
    re.IGNORECASE,
)
_RATE_BEFORE_RE = re.compile(
    r"(?:"
    r"(?P<year>\bjaarlijks\w*|\bper\s+\w*jaar|\b(?:elk|ieder)e?\s+\w*jaar|\bstructure(?:el|le)|"
    r"\bop\s+jaarbasis)"
    r"|(?P<month>\bmaandelijks\w*|\bper\s+maand|\b(?:elke|iedere)\s+maand)"
    r"|(?P<unit>\bieder|\belk)"
    r")"
    # up to three words (a qualifier, "een bedrag van") between the rate and the amount
    r"(?:\s+[\w'’.]+){0,3}\s*$",
    re.IGNORECASE,
)
_RECURRENT_RE = re.compile(
    r"(?P<yes>\bstructure(?:el|le)\b)|(?P<no>\beenmalig\w*|\bincidente(?:el|le)\b)",
    re.IGNORECASE,
)


def detect_per(left: str, right: str) -> str | None:
    """Rate of the amount: "per jaar"/"jaarlijks" → year, "per inwoner" → person, ...

    The rate may follow the span ("€ 5 per maand") or precede it closely ("jaarlijks ten minste
    € 3 miljoen"). Values beyond the spec's year/month/person/unit (day, week, quarter, hour)
    keep the information rather than forcing it into a wrong bucket.
    """
    m = _RATE_AFTER_RE.match(right[:40])
    if m is not None:
        return m.lastgroup
    m = _RATE_BEFORE_RE.search(left[-60:])
    if m is not None:
        return m.lastgroup
    return None


def detect_recurrent(sentence: str) -> bool | None:
    """True for "structureel/structurele" in the sentence, False for "eenmalig/incidenteel"."""
    found: bool | None = None
    for m in _RECURRENT_RE.finditer(sentence):
        if m.group("yes"):
            return True
        found = False
    return found


# --- surface ----------------------------------------------------------------------------------

_RANGE_SEP_RE = re.compile(
    r"\s*(?:[-–—]|\btot\s+en\s+met\b|\btot\b|\ben\b|\bà\b|\ba\b|\bof\b)\s*", re.IGNORECASE
)
_TRAILING_SCALE_RE = re.compile(rf"^(?P<num>.*?)\s*(?P<scale>{SCALE_PATTERN})$", re.IGNORECASE)
_CENTS_RE = re.compile(r"(?P<main>.+?)\s+en\s+(?P<cents>.+?)\s+cent", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\btussen(?:\s+de)?\s*$", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _strip_currency(surface: str) -> tuple[str, str | None]:
    """Remove currency tokens; return the rest and the first currency's ISO code."""
    code: str | None = None
    for m in _CURRENCY_TOKEN_RE.finditer(surface):
        code = currency_code(m.group(0))
        if code:
            break
    rest = _CURRENCY_TOKEN_RE.sub(" ", surface)
    return " ".join(rest.split()), code


def _split_scale(chunk: str) -> tuple[Decimal | None, str | None]:
    """Raw number and scale text of a range end ("20 miljoen" → (20, "miljoen"))."""
    m = _TRAILING_SCALE_RE.match(chunk)
    if m is None or not m.group("num"):
        return parse_number(chunk), None
    return parse_number(m.group("num")), m.group("scale")


def _parse_range(rest: str, allow_en: bool) -> tuple[Decimal, Decimal] | None:
    """Split "10 tot 20 miljoen" at a connector into (min, max), sharing the scale.

    A scale written only on the second number is shared when the first number is smaller
    ("10-20 mln" = 10 mln to 20 mln) but not otherwise ("500.000 tot 1 miljoen").
    """
    for sep in _RANGE_SEP_RE.finditer(rest):
        if sep.start() == 0 or sep.end() >= len(rest):
            continue
        if sep.group(0).strip().lower() == "en" and not allow_en:
            continue
        left, right = rest[: sep.start()], rest[sep.end() :]
        hi = parse_number(right)
        if hi is None:
            continue
        lo = parse_number(left)
        if lo is None:
            continue
        if not _TRAILING_SCALE_RE.match(left):
            right_raw, right_scale = _split_scale(right)
            if right_scale is not None and right_raw is not None:
                if lo <= right_raw:
                    lo = parse_number(f"{left} {right_scale}")
                    if lo is None:  # pragma: no cover - a scaled number always parses
                        continue
                elif _YEAR_RE.fullmatch(left.strip()):
                    continue  # "tegen juni 2021 tot 160 miljard": a date, then an amount
        if lo < hi:
            return lo, hi
        if lo > hi and _TRAILING_SCALE_RE.match(left) and _split_scale(right)[1] is not None:
            # "tussen € 10 miljoen en € 2 miljoen": a range written high to low, never a sum
            return hi, lo
    return None


def parse_money_surface(
    surface: str, *, between: bool = False
) -> tuple[Decimal | None, tuple[Decimal, Decimal] | None, str | None]:
    """(amount, (min, max) or None, ISO currency or None) of a money span's text.

    ``between`` says "tussen" preceded the span, which makes "10 en 20 miljoen" a range rather
    than a list. Vague sums ("honderden miljoenen euro's") give amount None.
    """
    rest, code = _strip_currency(surface)
    if not rest or _VAGUE_RE.fullmatch(rest):
        return None, None, code
    cents = _CENTS_RE.fullmatch(rest)
    if cents is not None:
        main, part = parse_number(cents.group("main")), parse_number(cents.group("cents"))
        if main is not None and part is not None and 0 <= part < 100:
            return main + part / 100, None, code
    rng = _parse_range(rest, allow_en=between)
    if rng is not None:
        return None, rng, code
    return parse_number(rest), None, code


def _context_currency(left: str) -> str | None:
    """Currency of the nearest explicit amount before an implicit one.

    "12 miljard dollar, waarvan 7 miljard voor ..." means 7 billion dollars, not euros; with no
    currency nearby the spec's default EUR applies.
    """
    code = None
    for m in _CURRENCY_TOKEN_RE.finditer(left):
        code = currency_code(m.group(0)) or code
    return code


_CARRIED_RATE_RE = re.compile(
    r"(?P<year>\b(?:ieder|elk)e?\s+jaar\b|\bjaarlijks\b|\bper\s+jaar\b)"
    r"|(?P<month>\b(?:iedere|elke)\s+maand\b|\bmaandelijks\b|\bper\s+maand\b)",
    re.IGNORECASE,
)
_ANY_AMOUNT_RE = re.compile(r"\d|€|\$|£|\beuro|\bmiljoen|\bmiljard|\bmln\b|\bmld\b", re.IGNORECASE)


def _carried_rate(before: str) -> str | None:
    """A rate from earlier text that still governs the amount: the last one, if no amount
    stands between it and the span."""
    last = None
    for m in _CARRIED_RATE_RE.finditer(before):
        last = m
    if last is None or _ANY_AMOUNT_RE.search(before, last.end()):
        return None
    return last.lastgroup


def money_value(
    surface: str,
    left: str = "",
    right: str = "",
    sentence: str | None = None,
    *,
    implicit: bool = False,
    before: str = "",
) -> dict[str, Any]:
    """The spec value dict for a money span.

    ``left``/``right`` are the text just before/after the span (a few dozen characters is
    enough) and ``sentence`` the whole sentence, for "structureel" anywhere in it. ``before`` is
    the previous sentence plus this sentence up to the span: a rate stated there ("We geven
    ieder jaar veel geld uit ... ongeveer 800 miljoen euro") applies when no other amount comes
    in between (spec section 6). Optional keys appear only when they carry information.
    ``implicit`` marks spans the grammar accepted without a currency word because of a money
    cue; the currency is then that of an explicit amount just before, else EUR.
    """
    amount, rng, code = parse_money_surface(surface, between=bool(_BETWEEN_RE.search(left)))
    value: dict[str, Any] = {
        "amount": format_decimal(amount) if amount is not None else None,
        "currency": code or _context_currency(left) or "EUR",
    }
    if rng is not None:
        value["min"] = format_decimal(rng[0])
        value["max"] = format_decimal(rng[1])
    qualifier = detect_qualifier(left)
    if qualifier:
        value["qualifier"] = qualifier
    per = detect_per(left, right) or (_carried_rate(before) if before else None)
    recurrent = detect_recurrent(sentence if sentence is not None else f"{left} {right}")
    if recurrent is True and per is None:
        per = "year"
    if per:
        value["per"] = per
    if recurrent is not None:
        value["recurrent"] = recurrent
    if implicit or code is None:
        value["currency_implicit"] = True
    return value
