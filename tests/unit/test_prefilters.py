"""Speed-ups that replace a scan by a cheaper one must find exactly what the scan found.

Each prefilter, index or word lookup is checked against the plain pattern it stands in for, on
generated text built from the pieces the pattern cares about (hypothesis; bounded, derandomized).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlds_nlp.normalise import dates as nd

SETTINGS = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CUE_PIECES = [
    *nd._PAST_CUES.split("|")[:20],
    *nd._FUTURE_CUES.split("|")[:20],
    "is",
    "zijn",
    "Heeft",
    "ZAL",
    "gestart",
    "ſtart",  # long s: case-insensitive matching equates it with "s"
    "ıs",  # dotless i
    "Kwam",  # Kelvin sign
    "start2",
    "_was",
    "één",
    "januari",
    " ",
    "  ",
    ", ",
    ".\n",
    "-",
    "x",
    "é",
]
cue_texts = st.lists(st.sampled_from(CUE_PIECES), max_size=30).map("".join)


def _regex_cues(window: str) -> list[tuple[int, int, str, str]]:
    return [
        (m.start(), m.end(), m.group(0), "past" if m.group("past") else "future")
        for m in nd._CUE_RE.finditer(window)
    ]


@SETTINGS
@given(cue_texts)
def test_cue_words_equal_the_cue_regex(text: str) -> None:
    window = text.lower()
    assert list(nd._cues(window)) == _regex_cues(window)


def test_cue_words_table() -> None:
    for window, expected in [
        ("het was zo", [(4, 7, "was", "past")]),
        ("wassen zal", [(7, 10, "zal", "future")]),
        ("iszal", []),
        ("ſtart", _regex_cues("ſtart")),
        ("", []),
    ]:
        assert list(nd._cues(window)) == expected


TENSE_PIECES = [
    *CUE_PIECES,
    *nd._CLAUSE_WORDS.split("|")[:8],
    "Dat",
    "mei",
    "maart",
    ".",
    "!",
    "?",
    ";",
    ",",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    ". ",
    ".\n\n",
    "\t",
    "gestart",
    "aangekondigd",
]
tense_texts = st.lists(st.sampled_from(TENSE_PIECES), min_size=1, max_size=80).map("".join)


@SETTINGS
@given(tense_texts, st.data())
def test_cue_index_equals_window_scans(text: str, data: st.DataObject) -> None:
    index = nd.CueIndex(text)
    for _ in range(5):
        s = data.draw(st.integers(0, len(text)))
        e = data.draw(st.integers(s, len(text)))
        assert index.in_window(s, e) == list(nd._cues(text[s:e].lower()))
        assert index.sentence_bounds(s, e) == nd._sentence_bounds(text, s, e)
        ws, we = nd._sentence_bounds(text, s, e)
        assert index.clause_bounds(ws, we, s, e) == nd._clause_bounds(text, ws, we, s, e)
        assert nd.detect_tense(text, s, e, index) == nd.detect_tense(text, s, e)


def test_cue_index_on_long_windows() -> None:
    """Windows capped at 300 characters cut words and sentences at both ends."""
    text = ("Het werd gestart, maar dat zal. " * 40) + "x" * 400 + (" is  was\n\n" * 50)
    index = nd.CueIndex(text)
    for start in range(0, len(text), 7):
        end = min(len(text), start + 5)
        assert nd.detect_tense(text, start, end, index) == nd.detect_tense(text, start, end)
        assert index.sentence_bounds(start, end) == nd._sentence_bounds(text, start, end)


def test_clause_breaks_that_share_white_space() -> None:
    """ " dat dat ": a scan takes " dat " and cannot take the second, whose space it used."""
    for text in ["a dat dat mei", "x die dat wat mei", "mei dat dat dat y", "(mei dat, die x"]:
        index = nd.CueIndex(text)
        s, e = 0, len(text)
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                expected = nd._clause_bounds(text, s, e, start, end)
                assert index.clause_bounds(s, e, start, end) == expected, (text, start, end)


# --- required literals of the name patterns (names.REQUIRED): a pattern is skipped on a text
# that holds none of its literals, so every match must hold one

NAME_PIECES = [
    " ",
    "-",
    "\u00a0",
    "'",
    "‘",
    "’",
    '"',
    "“",
    "”",
    "(",
    ")",
    ".",
    "Nationaal",
    "Groei",
    "ESF",
    "Wet",
    "wet",
    "Verordening",
    "verordening",
    "Wetboek",
    "wetboek",
    "Mandaat",
    "besluit",
    "regeling",
    "Bouw",
    "kabinet",
    "kabinetten",
    "Rutte",
    "IV",
    "instituut",
    "centrum",
    "college",
    "programma",
    "fonds",
    "plan",
    "van",
    "de",
    "12",
    "2021",
    "maart",
    "mei",
    "AVG",
    "Wmo",
    "2015",
    "AI",
    "Act",
    "BRP",
    "B.V.",
    "FOD",
    "Directie",
    "Stichting",
    "stichting",
    "VVD",
    "D66",
    "EU",
    "/",
    "Richtlijn",
    *("-instituut", "-centrum", "-academie", "-college", "-fonds", "-plan", "-deal"),
    *("kabinet-", "Bouwbesluit", "Wet van 1 mei 2020"),
]
name_texts = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=14).map("".join)


def _patterns() -> dict[str, object]:
    from nlds_nlp.grammar import names

    found: dict[str, object] = {}
    for table in (names.ORG_PATTERNS, names.PROG_PATTERNS, names.LAW_PATTERNS):
        found.update(table)
    found.update(names.PERSON_PATTERNS)
    return {name: found[name] for name in names.REQUIRED}


@settings(SETTINGS, max_examples=1500)
@given(name_texts)
def test_no_match_without_a_required_literal(text: str) -> None:
    from nlds_nlp.grammar import names

    for name, pattern in _patterns().items():
        if any(True for _ in pattern.finditer(text)):  # type: ignore[attr-defined]
            assert names._may_match(name, text), (name, text)


def test_required_literals_table() -> None:
    """Each newly gated pattern matches these, and its gate lets them through."""
    from nlds_nlp.grammar import names

    patterns = _patterns()
    for name, text in [
        ("hyphen_body", "het Rathenau-instituut"),
        ("named_cabinet", "het kabinet-Rutte IV"),
        ("hyphen_compound", "de SLIM-regeling"),
        ("quoted_then_type", "het ‘Samen Sterk’ programma"),
        ("besluit_compound", "het Vuurwerkbesluit Nederland 2012"),
        ("act_by_date", "de Wet van 12 maart 2021"),
        ("law_abbreviation", "de AVG geldt"),
    ]:
        assert any(True for _ in patterns[name].finditer(text)), (name, text)  # type: ignore[attr-defined]
        assert names._may_match(name, text)


BODY_PIECES = [
    *(" ", "\u00a0", ", ", " en ", " of ", "\n", ".", "(", ")"),
    *("Gemeente", "gemeente", "Provincie", "provincie", "Waterschap", "waterschap"),
    *("gemeenten", "provincies", "waterschappen", "Rijk", "rijk", "Utrecht", "Den", "Haag"),
    *("Ministerie", "ministerie", "Ministeries", "van", "Financiën", "Economische", "Zaken"),
    *("minister", "Minister", "staatssecretaris", "Staatssecretarissen", "Hoekstra"),
    *("MOTIE VAN HET LID ", "MOTIE VAN DE LEDEN ", "KAT", "EN", "Kat"),
    *("En gaat over tot de orde van de dag.", "en gaat over tot de orde van de dag,"),
]
body_texts = st.lists(st.sampled_from(BODY_PIECES), min_size=1, max_size=12).map("".join)


def _gated() -> list[tuple[object, tuple[str, ...]]]:
    from nlds_nlp.grammar import names

    return [
        (names.LOCAL_BODY, names.LOCAL_BODY_WORDS),
        (names.GOVERNMENT_LAYERS, names.LAYER_WORDS),
        (names.MINISTRY, ("inisterie",)),
        (names.MINISTER_OF, ("inister", "taatssecretaris")),
        (names.MINISTER_NAME_OF, ("inister", "taatssecretaris")),
        (names.MOTION_HEAD, ("MOTIE VAN ",)),
        (names.SIGNATORIES, ("n gaat over tot de orde van de dag",)),
        (names.STATUTORY_FUND, ("fonds", "Fonds")),
    ]


@settings(SETTINGS, max_examples=800)
@given(body_texts)
def test_gated_body_patterns_hold_their_literal(text: str) -> None:
    for pattern, literals in _gated():
        if pattern.search(text):  # type: ignore[attr-defined]
            assert any(s in text for s in literals), (pattern, text)


def test_gated_body_patterns_table() -> None:
    texts = [
        "de Gemeente Utrecht",
        "gemeenten, provincies en Rijk",
        "het Ministerie van Financiën",
        "de minister van Financiën",
        "minister Hoekstra van Financiën",
        "MOTIE VAN HET LID KAT\n",
        "En gaat over tot de orde van de dag.\nKat\n",
        "het Gemeentefonds",
    ]
    for (pattern, literals), text in zip(_gated(), texts, strict=True):
        assert pattern.search(text), text  # type: ignore[attr-defined]
        assert any(s in text for s in literals)
