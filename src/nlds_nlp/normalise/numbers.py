"""Dutch numerals to exact decimals.

Government texts write amounts in many ways: "1.250.000", "23,5", "€ 24,-", "1 250 000" (Belgian
and typographic spacing, often with no-break spaces), number words ("drieënhalf", "tweeduizend
tweehonderd") and scale words ("mln.", "miljard"). Money values are compared as exact strings in
the gold, so everything here works on :class:`~decimal.Decimal` and never on floats.

The regex *pieces* for numbers and scales are public so the grammar can compose them into its
patterns; the normaliser then tokenises the found surface with the same vocabulary.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "DIGIT_NUMBER_PATTERN",
    "NUMBER_WORD_PATTERN",
    "SCALES",
    "SCALE_PATTERN",
    "WORD_NUMBER_PATTERN",
    "format_decimal",
    "parse_amount",
    "parse_number",
    "scale_factor",
]

# --- vocabulary -------------------------------------------------------------------------------

_UNITS: dict[str, int] = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_TEENS: dict[str, int] = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_TENS: dict[str, int] = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# Multipliers that may be glued into a number word ("tweehonderd", "vijfduizend").
_GLUED_SCALES: dict[str, int] = {"honderd": 100, "duizend": 1000}

#: Scale words and abbreviations as they occur after a number, lower-case, without final dot.
SCALES: dict[str, Decimal] = {
    "k": Decimal(1000),
    "duizend": Decimal(1000),
    "dzd": Decimal(1000),
    "miljoen": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "milj": Decimal(10) ** 6,
    "miljard": Decimal(10) ** 9,
    "mld": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "biljoen": Decimal(10) ** 12,
    "biljard": Decimal(10) ** 15,
}
_BIG_SCALES = {k: v for k, v in SCALES.items() if k not in ("k", "duizend", "dzd")}

_FRACTIONS: dict[str, Decimal] = {
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "kwart": Decimal("0.25"),
}


SIMPLE_NUMBER_WORDS: dict[str, Decimal] = {
    **{k: Decimal(v) for k, v in _UNITS.items() if k != "nul"},
    **{k: Decimal(v) for k, v in _TEENS.items()},
    **{k: Decimal(v) for k, v in _TENS.items()},
    "honderd": Decimal(100),
}
"""Dutch number words from one to hundred that are single words (compounds are parsed)."""


def _alt(words: list[str] | dict[str, object]) -> str:
    """Alternation, longest first, so a regex never stops at a prefix ("acht" in "achttien")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_UNIT_RE = _alt(_UNITS)
_TEEN_RE = _alt(_TEENS)
_TENS_RE = _alt(_TENS)
_COMPOUND_RE = rf"(?:{_alt([u for u in _UNITS if u != 'nul'])})(?:ën|en)(?:{_TENS_RE})"

#: One number-word morpheme. Order matters: compounds before their parts.
_MORPHEME = (
    rf"anderhalve|anderhalf|driekwart|{_COMPOUND_RE}|{_TEEN_RE}|{_TENS_RE}|{_UNIT_RE}"
    r"|honderd|duizend|halve|half|kwart|ën|en"
)

#: A number written in words, possibly several words ("tweeduizend tweehonderd", "twee en een
#: half", "een half"). Big scale words (miljoen, ...) are *not* part of it: they are scales.
#: Possessive repetition and a separator "en" that can never also be a word keep the regex
#: linear: "zeventien" could be split as zeven+tien and backtracking over such splits is
#: exponential on long letter runs. The alternation order picks the right split first.
WORD_NUMBER_PATTERN = (
    rf"(?<![\w-])(?:{_MORPHEME})++"
    rf"(?:[^\S\n]+(?:en[^\S\n]+)?(?![eë]n(?![\w-]))(?:{_MORPHEME})++)*(?![\w-])"
)
#: Alias kept for readability in the grammar.
NUMBER_WORD_PATTERN = WORD_NUMBER_PATTERN

_SP = r"[ \u00a0\u202f\u2009]"  # spaces that may group thousands
#: A number in digits with Dutch, Belgian or English grouping, optional decimals and the
#: Dutch ",-" / ",–" / ",--" for "no cents". Never starts inside another number.
DIGIT_NUMBER_PATTERN = (
    r"(?<![\d.,])(?:"
    rf"\d{{1,3}}(?:\.\d{{3}})+(?![\d])|\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d|\.\d)|\d{{1,3}}(?:,\d{{3}}){{2,}}(?![\d,])"
    r"|\d+"
    r")(?:[.,]\d+)?(?:,[^\S\n]?[-–—=]{1,2}(?![\d-]))?"
)

#: A scale word or abbreviation after a number. The dot of "mln."/"mld." belongs to the word.
SCALE_PATTERN = (
    r"(?:(?:miljoen|miljard|biljoen|biljard|duizend)(?![\w-])|(?:mln|mld|mrd|mio|milj|dzd)(?:\.|(?!\w))"
    r"|k(?![\w]))"
)

# --- digits -----------------------------------------------------------------------------------

_WS_RE = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NO_CENTS_RE = re.compile(r",\s?[-–—=]{1,2}$")
_DUTCH_GROUPED_RE = re.compile(r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?")
_ENGLISH_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_DECIMAL_COMMA_RE = re.compile(r"\d*,\d+")
_DECIMAL_DOT_RE = re.compile(r"\d+\.\d+")
_INT_RE = re.compile(r"\d+")


def _parse_digits(s: str) -> Decimal | None:
    """Digits with separators; ambiguity resolved the Dutch way.

    A single comma is a decimal comma ("4,800" is 4.8, as Dutch readers take it); a dot followed
    by exactly three digits groups thousands ("1.250"); any other single dot is an English
    decimal point ("2.5"), which Dutch never writes as a grouping.
    """
    s = _NO_CENTS_RE.sub("", s)
    if s.endswith("."):
        s = s[:-1]
    if not s:
        return None
    try:
        if _DUTCH_GROUPED_RE.fullmatch(s):
            return Decimal(s.replace(".", "").replace(" ", "").replace(",", "."))
        if _ENGLISH_GROUPED_RE.fullmatch(s):
            return Decimal(s.replace(",", ""))
        if _DECIMAL_COMMA_RE.fullmatch(s):
            return Decimal(s.replace(",", "."))
        if _DECIMAL_DOT_RE.fullmatch(s) or _INT_RE.fullmatch(s):
            return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regexes only let valid numbers through
        return None
    return None


# --- tokens -----------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"\s*(?:"
    r"(?P<digits>(?:\d{1,3}(?:[. ]\d{3})+(?!\d)|\d+|(?=,\d))(?:[.,]\d+)*(?:,\s?[-–—=])?)"
    rf"|(?P<scale>(?:miljoen|miljard|biljoen|biljard)(?:en)?|(?:mln|mld|mrd|mio|milj|dzd)\.?|k(?![a-z]))"
    rf"|(?P<word>{_MORPHEME})"
    r")",
)
_SIGN_RE = re.compile(r"\s*(?:[-−–]|min\s)\s*")


def _tokens(s: str) -> list[tuple[str, object]] | None:
    """Split a numeral into (kind, value) tokens; None when something is not a numeral."""
    out: list[tuple[str, object]] = []
    pos = 0
    n = len(s)
    while pos < n:
        m = _TOKEN_RE.match(s, pos)
        if m is None or m.end() == pos:
            if s[pos:].strip() == "":
                break
            return None
        pos = m.end()
        if m.group("digits") is not None:
            d = _parse_digits(m.group("digits"))
            if d is None:
                return None
            out.append(("num", d))
        elif m.group("scale") is not None:
            word = m.group("scale").rstrip(".")
            if word.endswith("en") and word[:-2] in SCALES:
                word = word[:-2]
            out.append(("scale", SCALES[word]))
        else:
            w = m.group("word")
            if w in ("en", "ën"):
                out.append(("en", None))
            elif w in _FRACTIONS:
                out.append(("frac", _FRACTIONS[w]))
            elif w in ("anderhalf", "anderhalve"):
                out.append(("num", Decimal("1.5")))
            elif w == "driekwart":
                out.append(("fnum", Decimal("0.75")))
            elif w in _GLUED_SCALES:
                out.append(("scale", Decimal(_GLUED_SCALES[w])))
            elif w in _UNITS:
                out.append(("num", Decimal(_UNITS[w])))
            elif w in _TEENS:
                out.append(("num", Decimal(_TEENS[w])))
            elif w in _TENS:
                out.append(("num", Decimal(_TENS[w])))
            else:  # compound unit-en-tens
                m2 = re.fullmatch(rf"({_UNIT_RE})(?:ën|en)({_TENS_RE})", w)
                if m2 is None:  # pragma: no cover - guarded by _MORPHEME
                    return None
                out.append(("num", Decimal(_UNITS[m2.group(1)] + _TENS[m2.group(2)])))
    return out


def _fold_fractions(tokens: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Turn "een half", "drie kwart", "(en) half" into plain numbers.

    A fraction right after a number multiplies it ("een half" = 0.5, "drie kwart" = 0.75); after
    "en" (or on its own) it is the fraction itself, later added ("drieënhalf" = 3 + 0.5).
    Folded values are marked "fnum" so a trailing "en een half" after a scale can scale it.
    """
    out: list[tuple[str, object]] = []
    for kind, val in tokens:
        if kind == "frac":
            if out and out[-1][0] == "num":
                prev = out.pop()
                out.append(("fnum", prev[1] * val))  # type: ignore[operator]
            else:
                out.append(("fnum", val))
        else:
            out.append((kind, val))
    return out


def _evaluate(tokens: list[tuple[str, object]]) -> Decimal | None:
    """Classic accumulate-and-scale evaluation over three levels (units, thousands, big scales)."""
    if not tokens:
        return None
    result = Decimal(0)  # completed miljoen/miljard groups
    thousands = Decimal(0)  # completed duizend group
    current = Decimal(0)  # below the last scale
    seen_number = False
    last_big: Decimal | None = None
    tail_fraction = False  # "3 miljoen en een half": the half is of the last big scale
    prev_kind = ""
    for kind, val in tokens:
        if kind in ("num", "fnum"):
            assert isinstance(val, Decimal)
            if prev_kind in ("num", "fnum"):
                return None  # "twintig dertig", "423 0000": two numbers side by side
            if (
                prev_kind == "en"
                and kind == "num"
                and current
                and not (current % 100 == 0 and val < 100)
            ):
                return None  # "twintig en dertig" is a list or a range, not one number
            tail_fraction = kind == "fnum" and prev_kind == "en" and last_big is not None
            current += val
            seen_number = True
        elif kind == "scale":
            assert isinstance(val, Decimal)
            tail_fraction = False
            if val == 100:
                current = (current or Decimal(1)) * 100
            elif val == 1000:
                thousands += (current or Decimal(1)) * 1000
                current = Decimal(0)
            else:
                group = thousands + current
                result += (group or Decimal(1)) * val
                thousands = current = Decimal(0)
                last_big = val
            seen_number = True
        elif kind == "en" and prev_kind in ("", "en"):
            return None  # "en" must join two numbers
        prev_kind = kind
    if prev_kind == "en" or not seen_number:
        return None
    if tail_fraction and last_big is not None and thousands == 0:
        current *= last_big
    return result + thousands + current


def parse_number(text: str) -> Decimal | None:
    """Parse a Dutch numeral (digits, words, or digits/words with scale words) exactly.

    Returns None for anything that is not a numeral on its own (units such as "km", fractions
    other than halves and quarters, exponents), so callers can use it as a validity check.
    """
    if not text:
        return None
    s = _WS_RE.sub(" ", text).strip().lower()
    sign = Decimal(1)
    m = _SIGN_RE.match(s)
    if m:
        sign = Decimal(-1)
        s = s[m.end() :]
    if not s:
        return None
    if s[0].isdigit() or s[0] == ",":
        d = _parse_digits(s)
        if d is not None:
            return sign * d
    toks = _tokens(s)
    if not toks:
        return None
    value = _evaluate(_fold_fractions(toks))
    if value is None:
        return None
    return sign * value


def scale_factor(scale_text: str | None) -> Decimal:
    """Multiplier of a scale word ("mln." → 10**6); 1 for an empty scale."""
    if not scale_text:
        return Decimal(1)
    key = _WS_RE.sub("", scale_text).lower().rstrip(".")
    if key not in SCALES and key.endswith("en") and key[:-2] in SCALES:
        key = key[:-2]  # "miljoenen" in "tientallen miljoenen" style plurals
    try:
        return SCALES[key]
    except KeyError:
        raise ValueError(f"not a scale word: {scale_text!r}") from None


def parse_amount(number_text: str, scale_text: str | None = None) -> Decimal:
    """Number times scale: ("23,5", "miljoen") → 23500000.

    Raises ValueError when the number does not parse: the grammar only calls this on text its
    own patterns matched, so a failure is a bug worth seeing, not a silent None.
    """
    number = parse_number(number_text)
    if number is None:
        raise ValueError(f"not a number: {number_text!r}")
    return number * scale_factor(scale_text)


def format_decimal(d: Decimal) -> str:
    """Plain fixed-point string without exponent or trailing zeros ("23500000", "4.25")."""
    if d == 0:
        return "0"
    return format(d.normalize(), "f")
