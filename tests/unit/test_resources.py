"""Packaged gazetteers and lexicons load, validate, and fail loudly naming the file."""

from __future__ import annotations

import json

import pytest

from nlds_nlp import resources
from nlds_nlp.resources import ResourceError, generic_programme_words, load_gazetteer


@pytest.mark.parametrize("name", ["organisations", "programmes", "places"])
def test_gazetteers_load(name: str) -> None:
    entries = load_gazetteer(name)
    assert len(entries) > 100
    assert len({e.pattern for e in entries}) == len(entries), "one row per pattern"


def test_generic_programme_words_are_single_capitalised_words() -> None:
    words = generic_programme_words()
    assert "Stappenplan" in words and "Klimaatakkoord" not in words


def test_a_malformed_lexicon_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    generic_programme_words.cache_clear()
    monkeypatch.setattr(
        resources, "load_lexicon", lambda name: {"words": ["Stappenplan", "plan van aanpak"]}
    )
    with pytest.raises(ResourceError, match=r"generic_programme_words\.json"):
        generic_programme_words()
    generic_programme_words.cache_clear()


def test_a_bad_gazetteer_line_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake:
        def joinpath(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str = "utf-8") -> str:
            good = {"label": "ORG", "pattern": "X", "id": "X", "source": "s", "kind": "k"}
            return json.dumps(good) + "\n" + json.dumps({**good, "pattern": ""}) + "\n"

    load_gazetteer.cache_clear()
    monkeypatch.setattr(resources.resources, "files", lambda _: Fake())
    with pytest.raises(ResourceError, match=r"broken\.jsonl line 2"):
        load_gazetteer("broken")
    load_gazetteer.cache_clear()
