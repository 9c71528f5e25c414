"""The tokenizer guard: runs of affix characters cost linear time, offsets stay true (issue 11).

Times nothing: the tokenizer is wrapped in a spy that records every string it is given, and no
string may start or end with ``EDGE_RUN`` or more affix characters (the shapes that make spaCy's
tokenizer quadratic). A hang on the long runs is the other failure.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import nlds_nlp
from nlds_nlp.tokenguard import (
    EDGE_RUN,
    FEW_CHUNKS,
    SHORT_CHUNK,
    affix_characters,
    make_doc,
)


class SpyTokenizer:
    """The pipeline's tokenizer, recording what it is given."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.prefix_search = tokenizer.prefix_search
        self.suffix_search = tokenizer.suffix_search
        self.infix_finditer = tokenizer.infix_finditer
        self.seen: list[str] = []

    def __call__(self, text: str):
        self.seen.append(text)
        return self.tokenizer(text)


@pytest.fixture(scope="module")
def nlp():
    nlp = nlds_nlp.load(base="blank")
    nlp.tokenizer = SpyTokenizer(nlp.tokenizer)
    return nlp


@pytest.fixture(scope="module")
def affixes(nlp) -> frozenset[str]:
    return affix_characters(nlp)


@cache
def _edge_pattern(affixes: frozenset[str]) -> re.Pattern[str]:
    bmp = "".join(re.escape(c) for c in sorted(affixes) if ord(c) < 0x10000)
    cls = f"[{bmp}\\U00010000-\\U0010FFFF]"  # a fast class (see tokenguard._guard)
    return re.compile(rf"^{cls}{{{EDGE_RUN}}}|{cls}{{{EDGE_RUN}}}$")


def _risky(text: str, affixes: frozenset[str]) -> list[int]:
    """Lengths of the whitespace-free chunks of ``text`` with EDGE_RUN or more affix characters
    at an end (the shapes that make spaCy's tokenizer quadratic)."""
    edge = _edge_pattern(affixes)
    return [len(chunk) for chunk in text.split() if edge.search(chunk)]


def _check(nlp, affixes, text: str) -> None:
    nlp.tokenizer.seen.clear()
    doc = make_doc(nlp, text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    # the tokenizer only ever sees a few short such chunks, whose cost is bounded
    for part in nlp.tokenizer.seen:
        risky = _risky(part, affixes)
        assert len(risky) <= FEW_CHUNKS and all(n <= SHORT_CHUNK for n in risky), part[:80]


def test_the_affix_set_comes_from_the_tokenizer(affixes) -> None:
    # the characters are among them; letters, digits and spaces never are
    assert set("('\"=*_€!") <= affixes
    assert len(affixes) > 100
    assert not any(c.isalnum() or c.isspace() for c in affixes)


def test_every_affix_character_in_short_runs(nlp, affixes) -> None:
    """Each character of the set, as a run at a chunk's start, end, both, and alone."""
    chars = sorted(affixes)
    n = EDGE_RUN + 3
    text = " ".join(f"{c * n} {c * n}woord woord{c * n} ({c * n}x{c * n})" for c in chars)
    _check(nlp, affixes, text)


@pytest.mark.parametrize("char", sorted("('\"=*_€!.,;:?[]{}<>#&%+"))
def test_long_runs_of_the_worst_characters(nlp, affixes, char: str) -> None:
    """5,000 in a row took spaCy's tokenizer seconds each (quadratic); now a blink."""
    n = 5_000
    for text in (
        char * n,
        f"Het {char * n}kabinet geeft.",
        f"Het kabinet{char * n} geeft.",
        f"a{char * n}b {char * n}x{char * n}",
        f"{char * n}\n\n{char * n}  {char * n}",
    ):
        _check(nlp, affixes, text)


def test_ordinary_text_gets_the_tokenizers_own_doc(nlp) -> None:
    text = (
        "Het kabinet (NGF) geeft in 2021 3 mln. euro... aan TNO's 'Groeifonds'. "
        "Zie www.rijksoverheid.nl/a?b=1&c=2 en ((noot)).\n\n  Einde!"
    )
    guarded = make_doc(nlp, text)
    plain = nlp.tokenizer.tokenizer(text)
    assert [(t.text, t.whitespace_) for t in guarded] == [(t.text, t.whitespace_) for t in plain]


def test_a_few_short_runs_keep_the_tokenizers_own_doc(nlp) -> None:
    text = "Nieuws\n1 april 2022\n\n>>>> Bekijk '''' hier ..... alles"
    guarded = make_doc(nlp, text)
    plain = nlp.tokenizer.tokenizer(text)
    assert [(t.text, t.whitespace_) for t in guarded] == [(t.text, t.whitespace_) for t in plain]


def test_guarded_runs_keep_the_tokens_around_them(nlp) -> None:
    text = "Zie ((((((NGF)))))) en  dubbel!!!!!\n\n Eind. " + "(" * (SHORT_CHUNK + 1)
    guarded = make_doc(nlp, text)
    plain = nlp.tokenizer.tokenizer(text)
    assert [(t.text, t.whitespace_) for t in guarded] == [(t.text, t.whitespace_) for t in plain]


def test_extract_on_a_long_run_finds_the_sum_after_it() -> None:
    text = "(" * 20_000 + " Het kabinet geeft 3 miljoen euro."
    (money,) = nlds_nlp.extract(text).money
    assert text[money.start : money.end] == "3 miljoen euro"
