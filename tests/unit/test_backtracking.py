"""Grammar patterns stay safe from catastrophic backtracking on their worst shapes (issue 11)."""

from __future__ import annotations

import re

import pytest

import nlds_nlp
from nlds_nlp.grammar import base, dates, money, names, tables
from nlds_nlp.limits import time_limit


def test_particle_runs_do_not_backtrack() -> None:
    """Committee and signature shapes once doubled their work with every extra "van de "; with
    possessive particle runs these texts finish at once (a hang here is the failure)."""
    for text in ("commissie " + "van de " * 40 + "x", "A. " + "van de " * 40 + "x"):
        assert nlds_nlp.extract(text).organisations == []


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
    """Every compiled regex of the grammar modules (module level, in dicts, lists, tuples)."""
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

    for module in (base, dates, money, names, tables):
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
