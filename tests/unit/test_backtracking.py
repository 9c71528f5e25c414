"""Grammar patterns stay safe from catastrophic backtracking on their worst shapes (issue 11)."""

from __future__ import annotations

import re

import pytest

import nlds_nlp
from nlds_nlp.grammar import base, dates, money, names, tables
from nlds_nlp.limits import time_limit
from nlds_nlp.relations import patterns as role_patterns


def test_particle_runs_do_not_backtrack() -> None:
    """Committee and signature shapes once doubled their work with every extra "van de "; with
    possessive particle runs these texts finish at once (a hang here is the failure)."""
    for text in ("commissie " + "van de " * 40 + "x", "A. " + "van de " * 40 + "x"):
        assert nlds_nlp.extract(text).organisations == []


def test_local_name_shapes_stay_linear_on_their_worst_inputs() -> None:
    """Issue 15's shapes on the inputs that would make a backtracking pattern explode: long runs
    of region words, title words, links, initials and capitalised words without the ending the
    pattern needs (a year, a comma and initials). A hang here is the failure."""
    from nlds_nlp.grammar import local_names as ln

    worst = [
        "GGD " + "Noord- en Oost " * 400 + "-",
        "Veiligheidsregio " + "Gooi en " * 400 + "x",
        "Uitvoeringsprogramma " + "Groen en " * 400 + "x",
        "Uitvoeringsprogramma " + "groen " * 400 + "20",
        "Vlaamse " + "klimaatstrategie " * 400,
        "Reserve " + "Sociaal " * 400 + "domein",
        "Algemene subsidieverordening " + "Noord-Brabant en " * 400 + "x",
        "minister van " + "Zaken, " * 400 + "P.",
        "dhr. " + "R." * 400 + " van",
        "Onderwijs:\n" * 400,
        "ABC'" * 400 + "7",
    ]
    for text in worst:
        list(ln.find_local_organisations(text, {}))
        list(ln.find_local_programmes(text))
        list(ln.find_local_laws(text))
        list(ln.find_local_persons(text))


def test_caps_runs_and_scheme_lists_stay_linear() -> None:
    """A long run of capitals is looked up in one pass of sub-runs bounded by the run; a long
    enumeration without its closing "en" fails at once."""
    from nlds_nlp.grammar import local_names as ln

    list(ln.find_caps_names("AB " * 300, {"ab ab": "x"}))
    list(ln.find_scheme_lists("regelingen " + "Sport zorg, " * 400 + "x"))


def test_cited_eu_acts_stay_linear() -> None:
    from nlds_nlp.grammar import local_names as ln

    list(ln.find_local_laws("Verordening (EU) nr. " + "1 " * 500 + "/"))


def test_role_persons_and_compass_places_stay_linear() -> None:
    from nlds_nlp.grammar import local_names as ln

    portfolios = ln.minister_patterns({"Financiën": "Ministerie van Financiën"})
    list(ln.find_role_persons("motie " + "Van der Berg en " * 300 + "x", portfolios))
    list(ln.find_role_persons("voorzitter van de commissie, " + "van de " * 300, portfolios))
    list(ln.find_role_persons("Jan de " * 300 + ", minister", portfolios))
    list(ln.find_compass_places("Noord-" * 500 + "x", frozenset({"X"})))


# Shapes that make a regex backtrack: long runs of what its pieces repeat (blanks, particles,
# capitalised words, digits and digit groups, signs, brackets, months, scale words), each also
# followed by a character that makes the match fail at the end.
_UNITS = (
    "van de ", "A. ", "van ", "Aa ", "AA ", "a", "1", "1.", "1.000.", "1,", "12 ", "€ ", "€",
    "( ", "(", ")", "'", '"', " ", "\t", "\n", " \n", "-", "/", "|", "Ministerie ", "Raad ",
    "januari ", "2021 ", "2021-", "tot ", "en ", "miljoen ", "mln. ", "t/m ", "Programma ",
    "commissie ", "Van ", "'s-", "É", "- ", "x ",
)  # fmt: skip
_BUDGET = 600  # characters per shape: an exponential pattern never finishes even this
_HANG = 30.0  # seconds for all shapes of one pattern; they take well under one


def _grammar_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled regex of the grammar modules and of the role finders' named patterns
    (module level, in dicts, lists, tuples)."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}

    def walk(name: str, obj: object) -> None:
        if isinstance(obj, re.Pattern):
            found.setdefault(id(obj), (name, obj))
        elif isinstance(obj, dict):
            for key, value in obj.items():
                walk(f"{name}[{key!r}]", value)
        elif isinstance(obj, list | tuple):
            for i, value in enumerate(obj):
                walk(f"{name}[{i}]", value)

    for module in (base, dates, money, names, tables, role_patterns):
        for attr, value in vars(module).items():
            walk(f"{module.__name__.rsplit('.', 1)[-1]}.{attr}", value)
    return list(found.values())


PATTERNS = _grammar_patterns()
SHAPES = [
    shape
    for unit in _UNITS
    for run in [(unit * (_BUDGET // len(unit) + 1))[:_BUDGET]]
    for shape in (run, run + "!")
]


def test_every_grammar_pattern_is_found() -> None:
    assert len(PATTERNS) > 100  # the walk sees the grammar (names, dates, money, tables)


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_grammar_pattern_on_its_worst_shapes(name: str, pattern: re.Pattern[str]) -> None:
    """Each pattern matched and searched on every shape; a pattern that backtracks
    catastrophically (the "commissie van de van de ..." kind) never finishes, and the limit
    turns that hang into a failure naming it (the limit is a hang breaker, not a speed test:
    all shapes of a pattern take well under a second)."""
    with time_limit(_HANG):
        for shape in SHAPES:
            pattern.match(shape)
            pattern.search(shape)
