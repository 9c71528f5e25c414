"""Texts over spaCy's default max_length (1,000,000 characters, E088) are processed whole."""

from __future__ import annotations

import pytest

import nlds_nlp
from nlds_nlp.pipeline import MAX_TEXT_CHARS


def test_a_text_over_a_million_characters_is_processed_with_true_offsets() -> None:
    tail = "In 2021 geeft het kabinet 3 miljoen euro aan TNO."
    text = "Beleidsvoornemens " * 56_000 + "\n\n" + tail  # 1,008,051 characters, few tokens
    assert len(text) > 1_000_000
    record = nlds_nlp.extract(text)
    (money,) = record.money
    assert money.text == "3 miljoen euro" and text[money.start : money.end] == money.text
    assert money.start == len(text) - len(tail) + tail.index("3 miljoen")
    assert [d.text for d in record.dates] == ["2021"]


def test_a_text_over_the_limit_is_a_clear_value_error() -> None:
    nlp = nlds_nlp.load(base="blank")
    nlp.max_length = 1_000  # the check, not the size, is under test
    with pytest.raises(ValueError, match="longer than the pipeline takes"):
        nlds_nlp.extract("x" * 1_001, nlp=nlp)
    assert nlds_nlp.load(base="blank").max_length == MAX_TEXT_CHARS
