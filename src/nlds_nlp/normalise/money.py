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

from nlds_nlp.grammar.base import trie_pattern
from nlds_nlp.normalise.numbers import (
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    format_decimal,
    parse_number,
)
from nlds_nlp.resources import currencies

__all__ = [
    "CODE_PATTERN",
    "CURRENCY_SYMBOL_PATTERN",
    "CURRENCY_WORD_PATTERN",
    "SUBUNIT_PATTERN",
    "SUBUNIT_WORD_PATTERN",
    "SYMBOL_AFTER_PATTERN",
    "VAGUE_SUM_PATTERN",
    "currency_code",
    "detect_per",
    "detect_qualifier",
    "detect_recurrent",
    "money_value",
    "parse_money_surface",
]

# --- currency ---------------------------------------------------------------------------------

# Foreign currencies, their Dutch names, symbols and subunits come from the packaged, validated
# lexicon resources/currencies.json (issue 12); the four the corpus is full of keep their
# hand-written patterns below, which the lexicon extends.
_LEXICON = currencies()
_LEX_CODES: dict[str, str] = {}
"""Lower-cased name, symbol or code -> ISO 4217 code."""
for _c in _LEXICON:
    for _t in (*_c.names, *_c.symbols, _c.code):
        _LEX_CODES[" ".join(_t.lower().split())] = _c.code
_SUBUNITS: dict[str, tuple[str, Decimal]] = {
    name: (c.code, Decimal(share)) for c in _LEXICON for name, share in c.subunits.items()
}
"""Subunit word -> (currency, share of the unit): "cent" -> ("EUR", 0.01)."""
_COINS: dict[str, tuple[str, Decimal]] = {
    name: (c.code, Decimal(value)) for c in _LEXICON for name, value in c.coins.items()
}
"""Coin name -> (currency, value in the unit): "kwartje" -> ("NLG", 0.25)."""


def _words_alt(words: list[str]) -> str:
    """A prefix-factored alternation (fifty currency names tried one by one made the money
    scan twice as slow); spaces in a name may be any run of non-newline whitespace."""
    return "(?:" + trie_pattern(frozenset(words)).replace(r"\ ", r"[^\S\n]+") + ")"


_CODES_ALT = trie_pattern(frozenset(c.code for c in _LEXICON))
#: ISO codes, upper case only, glued to a number or not ("USD3,14", "CHF 20"); never inside a
#: word. "EUR", "USD", "GBP", "NLG" are also accepted in lower case (below).
CODE_PATTERN = rf"(?-i:(?=[A-Z])(?<![A-Za-z])(?:{_CODES_ALT})(?![A-Za-z]))"
_SIGN_SYMBOLS = [s for c in _LEXICON for s in c.symbols if not re.fullmatch(r"[A-Za-z.]+", s)]
_LETTER_SYMBOLS = [s for c in _LEXICON for s in c.symbols if re.fullmatch(r"[A-Za-z.]+", s)]
#: Symbols written after the number ("20€", "10000,00 $", "3,14US$", "100元"); letters-only
#: abbreviations ("fl.") are only written before it.
SYMBOL_AFTER_PATTERN = rf"(?:(?i:{_words_alt(_SIGN_SYMBOLS)})|{CODE_PATTERN})"
_FOREIGN_NAMES = [
    n for c in _LEXICON for n in c.names if c.code not in ("EUR", "USD", "GBP", "NLG") or " " in n
]

#: Symbols and codes written before (or glued to) the number: "€ 5", "€5", "EUR 500", "US$ 3".
CURRENCY_SYMBOL_PATTERN = (
    rf"(?:(?i:{_words_alt([s for s in _SIGN_SYMBOLS if len(s) > 1])})|€|\$|£|ƒ|(?<![\w.])fl\."
    rf"|(?<![\w.])f(?=[^\S\n]?\d)|(?<!\w)(?:EUR|USD|GBP|NLG)(?![^\W\d_])|{CODE_PATTERN}"
    rf"|(?-i:(?<![\w.])(?:{_words_alt(_LETTER_SYMBOLS)})))"
)
#: Currency words written after the number ("euro", "euro's"); ISO codes also occur there.
CURRENCY_WORD_PATTERN = (
    rf"(?<![\w-])(?:{_words_alt(_FOREIGN_NAMES)}|euro['’]s|euros?|EUR|USD|GBP|NLG"
    r"|(?:Amerikaanse[^\S\n]+)?dollars?|US-dollars?"
    rf"|(?:Britse[^\S\n]+)?ponden|(?:Britse[^\S\n]+)?pond(?:[^\S\n]+sterling)?|guldens?"
    rf"|{CODE_PATTERN})(?![\w-])"
)
#: Subunits ("cent", "penny"): a sum on their own ("25 cent") or after the unit ("3 euro en
#: 50 cent"); "c" and "ct" only glued or right after digits.
SUBUNIT_WORD_PATTERN = rf"(?<![\w-])(?:{_words_alt(list(_SUBUNITS))})(?![\w-])"
SUBUNIT_PATTERN = rf"(?:{SUBUNIT_WORD_PATTERN}|(?<=\d)c(?![\w-]))"
#: Coins named for their value ("kwartje", "dubbeltjes"), with a number or "een" before them.
COIN_WORD_PATTERN = rf"(?<![\w-])(?:{_words_alt(list(_COINS))})(?![\w-])"
"""A subunit after a unit; the bare "c" ("$20 en 43c") only there, never alone ("artikel 10c")."""

_CURRENCY_TOKEN_RE = re.compile(
    rf"{CODE_PATTERN}|(?<![\w-])(?:{_words_alt(_FOREIGN_NAMES)})(?![\w-])"
    rf"|{_words_alt([s for s in _SIGN_SYMBOLS if len(s) > 1])}|[¥元₹₽₺₩]"
    rf"|(?<![\w.])(?:{_words_alt(_LETTER_SYMBOLS)})|"
    r"€|US\$|\$|£|ƒ|(?<![\w.])fl\.|(?<![\w.])f(?=\s?\d)|"
    r"(?<![\w-])(?:euro['’]s|euros?|eur|usd|gbp|nlg|(?:amerikaanse\s+)?dollars?|us-dollars?"
    r"|(?:britse\s+)?ponden|(?:britse\s+)?pond(?:\s+sterling)?|guldens?)(?![^\W\d_])",
    re.IGNORECASE,
)


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a currency symbol, code or word ("euro's" → "EUR", "ƒ" → "NLG",
    "Zwitserse franken" → "CHF"), from the lexicon first, then the old spellings."""
    t = " ".join(token.strip().lower().split())
    if t in _LEX_CODES:
        return _LEX_CODES[t]
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


_KILO_SYMBOL_RE = re.compile(r"k(?=[€$£])", re.IGNORECASE)
_NUMBER_RE_PART = rf"(?:\d{{1,3}}(?:[.\s]\d{{3}})*(?:,\d+)?|\d+(?:[.,]\d+)?|{WORD_NUMBER_PATTERN})"
_COMPOSITE_RE = re.compile(
    rf"(?P<sym>{CURRENCY_SYMBOL_PATTERN})?\s*(?P<main>{_NUMBER_RE_PART})\s*"
    rf"(?P<cur>{CURRENCY_WORD_PATTERN})?\s*(?P<en>en\s+)?(?P<sub>\d{{1,2}}|{WORD_NUMBER_PATTERN})"
    rf"\s*(?P<unit>{SUBUNIT_PATTERN})?",
    re.IGNORECASE,
)
_COIN_RE = re.compile(rf"(?P<n>{_NUMBER_RE_PART})\s+(?P<coin>{COIN_WORD_PATTERN})", re.IGNORECASE)
_SUBUNIT_ALONE_RE = re.compile(
    rf"(?P<n>{_NUMBER_RE_PART})\s*(?P<unit>{SUBUNIT_WORD_PATTERN})", re.IGNORECASE
)


def parse_composite(surface: str, *, bare_en: bool = True) -> tuple[Decimal, str | None] | None:
    """(amount, currency) of a sum written in unit and subunit ("20 dollar 43 cent", "$20 en
    43c", "5 euro 50", "vijf euro vijftig", "3 pond en een penny") or in subunits alone
    ("25 cent", "een penny"); None for anything else. The subunit's share comes from the
    currency lexicon; a subunit after a unit must be less than one unit."""
    coin = _COIN_RE.fullmatch(surface.strip())
    if coin is not None:
        n = parse_number(coin.group("n"))
        code, value = _COINS[coin.group("coin").lower()]
        return (None if n is None else n * value), code  # type: ignore[return-value]
    alone = _SUBUNIT_ALONE_RE.fullmatch(surface.strip())
    if alone is not None:
        n = parse_number(alone.group("n"))
        unit = alone.group("unit").lower()
        code, share = _SUBUNITS.get(unit, ("EUR", Decimal("0.01")))
        return (None if n is None else n * share), code  # type: ignore[return-value]
    m = _COMPOSITE_RE.fullmatch(surface.strip())
    if m is None or not (m.group("sym") or m.group("cur")):
        return None
    if m.group("sym") and m.group("cur"):
        return None
    if not m.group("unit") and (not m.group("cur") or (m.group("en") and not bare_en)):
        # "$20 en 43" without "cent": not cents; "tussen 10 euro en 15" is a range. The
        # grammar passes "15 dollar en 15" only at a clause end, where it is dollars and cents
        return None
    main, sub = parse_number(m.group("main")), parse_number(m.group("sub"))
    code = currency_code(m.group("sym") or m.group("cur"))
    unit = (m.group("unit") or "").lower()
    share = _SUBUNITS[unit][1] if unit in _SUBUNITS else Decimal("0.01")
    if main is None or sub is None or not 0 <= sub * share < 1:
        return None
    return main + sub * share, code


def parse_money_surface(
    surface: str, *, between: bool = False
) -> tuple[Decimal | None, tuple[Decimal, Decimal] | None, str | None]:
    """(amount, (min, max) or None, ISO currency or None) of a money span's text.

    ``between`` says "tussen" preceded the span, which makes "10 en 20 miljoen" a range rather
    than a list. Vague sums ("honderden miljoenen euro's") give amount None.
    """
    kilo = _KILO_SYMBOL_RE.match(surface)
    if kilo is not None:  # "k€ 500": the symbol carries a thousand
        amount, rng, code = parse_money_surface(surface[kilo.end() :], between=between)
        if rng is not None:
            return None, (rng[0] * 1000, rng[1] * 1000), code
        return (None if amount is None else amount * 1000), None, code
    composite = parse_composite(surface, bare_en=not between)
    if composite is not None:
        return composite[0], None, composite[1]
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
