"""MONEY finder: a regex grammar for Dutch amounts of money, pure Python.

The grammar is composed from named pieces (numbers, scales, currencies, connectors) so each
piece can be read and tested on its own, and compiled once at import. One left-to-right scan
finds candidates; a candidate is accepted by cheap checks (a currency, or a money cue in the
sentence for bare "5 miljoen"), and its value comes from :mod:`nlds_nlp.normalise.money`.

Span rules follow ``shared/spec/annotation.md`` (MONEY): number + scale + currency in either
order, qualifiers and rates outside, a range is one span, the abbreviation dot of "mln." and the
",-" of "€ 24,-" are inside.
"""

from __future__ import annotations

import re

from nlds_nlp.grammar.base import Match, trie_pattern
from nlds_nlp.normalise.money import (
    CODE_PATTERN,
    COIN_WORD_PATTERN,
    CURRENCY_SYMBOL_PATTERN,
    CURRENCY_WORD_PATTERN,
    SUBUNIT_PATTERN,
    SUBUNIT_WORD_PATTERN,
    SYMBOL_AFTER_PATTERN,
    VAGUE_SUM_PATTERN,
    money_value,
)
from nlds_nlp.normalise.numbers import DIGIT_NUMBER_PATTERN, SCALE_PATTERN, WORD_NUMBER_PATTERN

__all__ = ["LABEL", "MONEY_CUE_PATTERN", "find_money"]

LABEL = "MONEY"

# --- pieces -----------------------------------------------------------------------------------

#: Optional spacing inside an amount: spaces, no-break spaces, at most one line break.
GAP = r"[^\S\n]*(?:\n[^\S\n]*)?"
#: Required spacing (at least one whitespace character, at most one line break).
GAP1 = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"

#: A number word may not be just "en"/"ën" (the conjunction), which the morphemes allow.
_WORDS = rf"(?!(?:[eë]n|half|halve|kwart)(?![\w-])){WORD_NUMBER_PATTERN}"
NUMBER = rf"(?:{DIGIT_NUMBER_PATTERN}|{_WORDS})"
SCALE = SCALE_PATTERN
#: Big scales only: a bare "5 duizend" or "10k" is never read as money without a currency.
BIG_SCALE = r"(?:(?:miljoen|miljard|biljoen)(?![\w-])|(?:mln|mld|mrd|mio)(?:\.|(?!\w)))"
SYMBOL = CURRENCY_SYMBOL_PATTERN
CURRENCY_WORD = CURRENCY_WORD_PATTERN
#: Words may chain scales: "vijf miljard tweehonderd miljoen", "negen miljoen en
#: zevenhonderdduizend"; digits take one scale.
_WORD_AMOUNT = rf"{_WORDS}(?:{GAP1}{BIG_SCALE}(?:{GAP1}(?:en{GAP1})?{_WORDS})?)*"
AMOUNT = rf"(?:{DIGIT_NUMBER_PATTERN}(?:{GAP}{SCALE})?|{_WORD_AMOUNT})"
CONNECTOR = r"(?:[-–—]|tot(?:[^\S\n]+en[^\S\n]+met)?|en|à|a)"

#: Money cues that make a bare "5 miljoen" or "miljarden" money (sentence-level).
MONEY_CUE_PATTERN = (
    r"(?:€|\$|\beuro|\bEUR\b|\bdollar|\bUSD\b|\bgulden|budget|fonds|\bkost(?:t|en|te|ten)?\b|\w*kosten\b|bedrag|"
    r"investe|geïnvesteerd|geinvesteerd|subsidie|bijdrage|vrijgemaakt|vrij\s+gemaakt|vrijmaken|"
    r"vrijmaakt|uitgetrokken|uittrekken|uitgetrokken|gereserveerd|reserveer|reserveren|begrot|"
    r"begroot|financier|gefinancierd|middelen|uitgaven|uitgegeven|uitgeven|geeft\b[^.]*\buit\b|"
    r"beschikbaar|opbrengst|opgeleverd|oplever|bespar|bezuinig|\bomzet|\bwinst|\bverlie[sz]|schuld|tekort|"
    r"overschot|geld|kapitaal|lening|krediet|garantie|belasting|heffing|premie|toelage|"
    r"vergoeding|salaris|\bloon\b|\blonen\b|prijs|miljoenennota|\bsteun|impuls|enveloppe|"
    r"\bbetaal|\bbetaald|\bbetaalt|\bgeïnd|\bboete|\bkrijgt\b|\bontvangt\b|toegekend|\bkas\b|"
    # split verbs: "trekt 38 miljoen uit", "zegt 244 miljoen toe"
    r"\btrek(?:t|ken)?\b[^.]{0,60}\buit\b|\btrok(?:ken)?\b[^.]{0,60}\buit\b|"
    r"\bzeg(?:t|gen)?\b[^.]{0,60}\btoe\b|\bzegde\b[^.]{0,60}\btoe\b|toegezegd)"
)

# Words that may follow a bare "5 miljoen" in a money reading; anything else ("mensen",
# "ton", "inwoners") is a count of things. Closed on purpose: precision over recall.
_ALLOWED_NEXT = (
    r"voor|aan|per|in|uit|extra|beschikbaar|vrij|bij|van|op|om|is|was|wordt|werd|worden|werden|"
    r"zijn|waren|gaat|ging|naar|structureel|jaarlijks|eenmalig|incidenteel|en|of|tot|te|die|dat|"
    r"met|als|ter|over|mee|gemoeid|nodig|kost|kosten|bedraagt|bedroeg|geïnvesteerd|uitgetrokken|"
    r"gereserveerd|geraamd|begroot|minder|meer|totaal|besteed|uitgegeven|opgehaald|ontvangen|"
    r"krijgt|krijgen|kreeg|toegekend|ingezet|bespaard|bezuinigd|erbij|af|opgeleverd|vrijgemaakt|"
    r"geleend|verstrekt|betaald|uitgekeerd|opbrengen|oplevert|opleveren|bijgedragen|gestoken|"
    r"geïnvesteerd|geinvesteerd|toegevoegd|overgemaakt|gegeven|verdeeld|aangevraagd|tekort|"
    r"netto|bruto|exclusief|inclusief|excl|incl|want|maar|omdat|terwijl|zodat|waarvan|waarmee|"
    r"hiervan|daarvan|hiervoor|daarvoor|daarnaast|ook|al|nog|wel|niet|dus|ofwel|respectievelijk|"
    r"resp|vanuit|via|door|onder|boven|tegen|binnen|sinds|vanaf|na|rond|circa|ongeveer|"
    # auxiliaries and light verbs: "die 519 miljoen zit", "3 miljard kan terug"
    r"kan|kunnen|moet|moeten|zal|zullen|zou|zouden|komt|komen|gaan|ligt|liggen|zit|zitten|"
    r"blijft|staat|stond|heeft|hebben|had|hadden|zich|er|terug|kwijt|toe|"
    # money nouns, also as the head of a compound: "1,5 miljoen subsidie", "pré-toetredingssteun"
    r"[\w-]*(?:subsidie|steun|budget|investering|bijdrage|financiering|schade|winst|omzet|"
    r"verlies|belasting|inkomsten|opbrengst|uitgaven|middelen|geld|kapitaal|lening|schuld|"
    r"kosten|besparing|bezuiniging|compensatie|vergoeding|heffing|premie|fonds)[\w-]*"
)
_NEXT_OK_RE = re.compile(
    rf"[^\S\n]*+(?:$|\n|[^\w\s]|\d|(?:{_ALLOWED_NEXT})(?![\w-]))",
    re.IGNORECASE,
)

# --- patterns ---------------------------------------------------------------------------------

#: "3 euro en 50 cent", "20 dollar 43 cent", "$20 en 43c": cents with a subunit word, so lists
#: ("5 euro en 50 mensen") stay out; "5 euro 50" without it only at the end of a clause.
CENTS_SUB = rf"(?:{GAP1}en)?{GAP1}(?:\d{{1,2}}|{_WORDS}){GAP}{SUBUNIT_PATTERN}"
CENTS_BARE = rf"(?:{GAP1}en)?{GAP1}(?:\d\d|{_WORDS})(?=[^\S\n]*(?:[.,;:!?)](?!\d)|$|\n))"
_SIDE = rf"(?:{SYMBOL}{GAP}(?:-{GAP})?)?{AMOUNT}(?:{GAP1}{CURRENCY_WORD})?"
_RANGE = rf"(?P<range>{_SIDE}{GAP}{CONNECTOR}{GAP}{_SIDE})"
_SYMBOL_FIRST = (
    rf"(?P<symbol_number_scale>{SYMBOL}{GAP}(?:-{GAP})?{AMOUNT}(?:{GAP1}{CURRENCY_WORD})?"
    rf"(?:{CENTS_SUB})?)"
)
CENTS = rf"(?:{CENTS_SUB}|{CENTS_BARE})"
_NUMBER_FIRST = rf"(?P<number_scale_euro>{AMOUNT}{GAP1}{CURRENCY_WORD}(?:{CENTS})?)"
#: "20€", "10000,00 $", "3,14US$", "10k$": a symbol or code after the number, never the symbol
#: that opens the next amount ("in 2016 € 40 miljoen").
_NUMBER_SYMBOL = rf"(?P<number_symbol>{AMOUNT}{GAP}{SYMBOL_AFTER_PATTERN}(?!{GAP}-?{GAP}\d|[\w-]))"
#: "k€ 500": a thousand in the symbol.
_KILO_SYMBOL = rf"(?P<kilo_symbol>(?-i:k)(?:€|\$|£){GAP}{AMOUNT})"
#: "25 cent", "een penny": subunits alone.
#: "een kwartje", "twee dubbeltjes", "een tientje": coins named for their value (lexicon), in the
#: same alternative so the number before them is scanned once.
_SUBUNIT_ALONE = (
    rf"(?P<subunit>(?:\d{{1,3}}(?:,\d+)?|{_WORDS}){GAP}"
    rf"(?:{SUBUNIT_WORD_PATTERN}|(?P<coin>{COIN_WORD_PATTERN})))"
)
_VAGUE = rf"(?P<vague_sum>{VAGUE_SUM_PATTERN}(?:{GAP1}{CURRENCY_WORD})?)"
_IMPLICIT = rf"(?P<implicit_budget>{NUMBER}{GAP}{BIG_SCALE})"

# Vague words before numbers: "honderden" would otherwise read as the numeral "honderd" + "en".
_SINGLE = (
    rf"{_VAGUE}|{_KILO_SYMBOL}|{_SYMBOL_FIRST}|{_NUMBER_FIRST}|{_NUMBER_SYMBOL}|{_SUBUNIT_ALONE}"
    rf"|{_IMPLICIT}"
)
_FLAGS = re.IGNORECASE

MASTER_RE = re.compile(rf"(?:{_RANGE}|{_SINGLE})", _FLAGS)
SINGLE_RE = re.compile(rf"(?:{_SINGLE})", _FLAGS)

_HAS_CURRENCY_RE = re.compile(
    rf"{SYMBOL}|{CURRENCY_WORD}|{SUBUNIT_PATTERN}|{COIN_WORD_PATTERN}", _FLAGS
)
_COIN_IDIOM_RE = re.compile(
    r"[^\S\n]+(?:viel|valt|vallen|gevallen|vielen|op[^\S\n]+zijn[^\S\n]+kant)\b", _FLAGS
)
""""het kwartje viel" (the penny dropped), "een dubbeltje op zijn kant": idioms, no sums."""
_HAS_BIG_SCALE_RE = re.compile(rf"(?<![\w-]){BIG_SCALE}", _FLAGS)
_CUE_RE = re.compile(MONEY_CUE_PATTERN, _FLAGS)
_CONNECTOR_EN_RE = re.compile(r"[^\S\n]en[^\S\n]", _FLAGS)
_BETWEEN_RE = re.compile(r"\btussen(?:\s+de)?\s*$", _FLAGS)
_GROWTH_RE = re.compile(
    r"(?:\bloopt\s+op|\blopen\s+op|\bliep\s+op|oplo\w+|opgelopen|\bstijg\w*|gestegen|\bgroei\w*"
    r"|gegroeid|toeneemt|toenemen|toegenomen|\bdaal\w*|\bdalen|gedaald|verhoogd|verlaagd)"
    r"[^.;:]{0,30}$",
    _FLAGS,
)
# The spec's closed set of sentence ends: ". X" with a capital, "!"/"?", or a blank line.
# Single newlines do not end a sentence: table rows stay with their header.
_SENTENCE_END_RE = re.compile(r"[.!?](?=[^\S\n]+[A-Z\"'‘“(])|\n[^\S\n]*\n")


_AMBIGUOUS_HEADS = frozenset({"rand", "won", "mark", "real", "reais", "frank", "franc", "kroon"})


def _anchor_words() -> frozenset[str]:
    """Lower-case words that open a window for a lexicon currency: single-word names ("yen"),
    the head of a name ("franken", "kronen") unless it is a common word ("rand", "won",
    "mark": then the country adjective, "zuid-afrikaanse"), and subunits ("cent", "penny")."""
    from nlds_nlp.resources import currencies

    words: set[str] = set()
    for c in currencies():
        for name in c.names:
            parts = name.split()
            head = parts[-1]
            words.add(parts[0] if head in _AMBIGUOUS_HEADS and len(parts) > 1 else head)
        words.update(c.subunits)
        words.update(c.coins)
    covered = {"euro", "euro's", "euros", "dollar", "dollars", "pond", "ponden", "gulden"}
    return frozenset(words - covered - {"guldens", "sterling"})


# Every MONEY span contains one of these (a currency or a big scale, also inside "miljoenen"):
# a plain, case-sensitive literal scan finds them ~20x faster than the full grammar scans text,
# so the grammar only runs in windows around them.
_ANCHOR_RE = re.compile(
    # the lookahead lets the scan skip most characters before trying the alternatives;
    # "Europa"/"Europese" are no anchors (they opened a window in nearly every text)
    r"(?=[€$£ƒfEUNGgeDdPpMmBb])"
    r"(?:€|\$|£|ƒ|fl\.|(?<![\w.])f(?=[ \u00a0]?\d)|EUR|USD|GBP|NLG|[Ee]uro(?!p)|EURO|[Dd]ollar"
    r"|[Pp]ond|[Gg]ulden|[Mm]iljoen|MILJOEN|[Mm]iljard|MILJARD|[Bb]iljoen|mln|mld|mrd|mio|Mln|Mld"
    r"|Mrd)"
)
_FOREIGN_ANCHOR_RE = re.compile(rf"(?=[A-Z¥元₹₽₺₩])(?:{CODE_PATTERN}|[¥元₹₽₺₩])")
_FOREIGN_WORD_RE = re.compile(rf"\b{trie_pattern(_anchor_words())}\b")
"""Foreign currencies and subunits from the lexicon (issue 12): codes and signs on the text,
names on the lower-cased text with a prefix-factored word list (a plain alternation of fifty
words made the whole money scan twice as slow)."""


def _foreign_anchors(text: str) -> list[tuple[int, int]]:
    found = [(a.start(), a.end()) for a in _FOREIGN_ANCHOR_RE.finditer(text)]
    lowered = text.lower()
    if len(lowered) == len(text):  # offsets hold; else ("İ") only the case-sensitive scan
        found += [(a.start(), a.end()) for a in _FOREIGN_WORD_RE.finditer(lowered)]
    return found


_ANCHOR_REACH = 120  # a span starts at most this far before its anchor (long ranges)
_WINDOW_SLACK = 120  # look-ahead room after a window so edges never change a match

_LEFT_WINDOW = 80
_RIGHT_WINDOW = 50
_SENTENCE_WINDOW = 400


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[lo, hi) of the sentence around [start, end): cheap bounded search, enough for cues."""
    lo = max(0, start - _SENTENCE_WINDOW)
    for m in _SENTENCE_END_RE.finditer(text, lo, start):
        lo = m.end()
    # from end - 1: the dot of a final "mln." is inside the span and also ends the sentence
    hi_m = _SENTENCE_END_RE.search(text, max(start, end - 1), end + _SENTENCE_WINDOW)
    hi = hi_m.end() if hi_m else min(len(text), end + _SENTENCE_WINDOW)
    return lo, hi


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end)."""
    lo, hi = _sentence_bounds(text, start, end)
    return text[lo:hi]


def _accept(text: str, m: re.Match[str]) -> tuple[str, bool, str] | None:
    """Decide whether a candidate is money; return (pattern, implicit, sentence) or None."""
    kind = m.lastgroup
    assert kind is not None
    surface = m.group(0)
    start, end = m.span()
    left = text[max(0, start - _LEFT_WINDOW) : start]
    sentence = _sentence(text, start, end)
    has_currency = kind != "implicit_budget" and bool(_HAS_CURRENCY_RE.search(surface))
    if kind == "range":
        if _CONNECTOR_EN_RE.search(surface) and not _BETWEEN_RE.search(left):
            return None  # "5 en 10 miljoen euro" lists two sums, it is not a range
        if _GROWTH_RE.search(left):
            return None  # "loopt op van X tot Y": a growth path, two spans
        if not has_currency and not (
            _HAS_BIG_SCALE_RE.search(surface) and _CUE_RE.search(sentence)
        ):
            return None
    if kind == "subunit" and m.group("coin") and _COIN_IDIOM_RE.match(text, end):
        return None
    if kind == "vague_sum" and _UNIT_IN_BEFORE_RE.search(left) and _UNIT_END_RE.match(text, end):
        return None  # "(bedragen in miljoenen)", "de rijksbijdrage in miljoenen:": a unit
    if kind in ("implicit_budget", "vague_sum") and not has_currency:
        if not _NEXT_OK_RE.match(text, end):
            return None  # "2 miljoen mensen", "miljoenen vrouwen"
        if not _CUE_RE.search(sentence):
            return None
    return kind, not has_currency, sentence


# "in miljoenen" closing a header or an introduction states the unit of the figures below
_UNIT_IN_BEFORE_RE = re.compile(r"(?<![\w-])in[ \u00a0]+\Z", re.I)
_UNIT_END_RE = re.compile(r"[ \u00a0]*(?:[:)]|\n|\Z)")


def _build(text: str, m: re.Match[str]) -> Match | None:
    """A Match for an accepted candidate whose numeral parses, else None."""
    verdict = _accept(text, m)
    if verdict is None:
        return None
    kind, implicit, sentence = verdict
    start, end = m.span()
    # previous sentence + this one up to the span, for a rate stated earlier (spec section 6)
    sent_lo, _ = _sentence_bounds(text, start, end)
    prev_lo = _sentence_bounds(text, sent_lo - 1, sent_lo - 1)[0] if sent_lo > 0 else sent_lo
    value = money_value(
        text[start:end],
        text[max(0, start - _LEFT_WINDOW) : start],
        text[end : end + _RIGHT_WINDOW],
        sentence,
        implicit=implicit,
        before=text[max(prev_lo, start - _SENTENCE_WINDOW) : start],
    )
    if value["amount"] is None and "min" not in value and kind != "vague_sum":
        return None  # the numeral did not parse ("€ 5 mln tot 2025" as a range)
    return Match(start, end, LABEL, kind, value)


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) stretches around anchors where a span can be."""
    spans: list[tuple[int, int]] = []
    anchors = sorted(
        [(a.start(), a.end()) for a in _ANCHOR_RE.finditer(text)] + _foreign_anchors(text)
    )
    for a_start, a_end in anchors:
        lo, hi = max(0, a_start - _ANCHOR_REACH), a_end + _ANCHOR_REACH
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_money(text: str) -> list[Match]:
    """All MONEY spans in ``text``, left to right, non-overlapping.

    The grammar runs only around anchors (see ``_ANCHOR_RE``). Within a window, one scan with
    the master pattern; when a range candidate is rejected, the same position is retried with the
    single-amount patterns so "€ 5 mln tot 2025" still yields "€ 5 mln".
    """
    out: list[Match] = []
    n = len(text)
    search = MASTER_RE.search
    pos = 0
    for lo, hi in _windows(text):
        pos = max(pos, lo)
        endpos = min(n, hi + _WINDOW_SLACK)
        while pos < hi:
            m = search(text, pos, endpos)
            if m is None or m.start() >= hi:
                break
            found = _build(text, m)
            if found is None and m.lastgroup == "range":
                m2 = SINGLE_RE.match(text, m.start(), endpos)
                if m2 is not None:
                    found = _build(text, m2)
            if found is None:
                pos = m.start() + 1
                continue
            out.append(found)
            pos = found.end
    return out
