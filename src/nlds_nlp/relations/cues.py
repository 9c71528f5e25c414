"""The funding cue lexicon (``resources/funding_cues.json``), validated and compiled once.

Why a data file: which Dutch words make a subject a funder ("investeert", "stelt beschikbaar")
or a sum static ("schade", "tekort") is vocabulary, not grammar; it grows with new genres
without touching the role logic.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nlds_nlp.resources import ResourceError, load_lexicon

Words = list[str]


class FundingCues(BaseModel):
    """Word lists of ``funding_cues.json``; each entry lowercase and trimmed."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    give: Words = Field(min_length=1)
    receive: Words = Field(min_length=1)
    passive: Words = Field(min_length=1)
    request: Words = Field(min_length=1)
    static: Words = Field(min_length=1)
    budget_words: Words = Field(min_length=1)
    grant_words: Words = Field(min_length=1)
    past_words: Words = Field(min_length=1)
    parliament: Words = Field(min_length=1)
    link: Words = Field(min_length=1)
    static_compound: Words = Field(min_length=1)
    cut: Words = Field(min_length=1)

    @field_validator("*")
    @classmethod
    def _lowercase_words(cls, words: Words) -> Words:
        for w in words:
            if not w or w != w.strip() or w != w.lower() or "  " in w:
                raise ValueError(f"{w!r} is not a trimmed lowercase word or phrase")
        return words


def _words(words: Words, heads: Words = ()) -> re.Pattern[str]:
    """One whole-word alternation, longest first (so "gaat naar" wins over "gaat"); ``heads``
    also match as the end of a compound ("jaarrekeningresultaat")."""
    alternatives = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len)
    pattern = r"(?<!\w)(?:" + "|".join(reversed(alternatives)) + r")(?!\w)"
    if heads:
        pattern += r"|\w+(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)"
    return re.compile(pattern, re.I)


class CuePatterns:
    """Compiled patterns, one per list."""

    def __init__(self, cues: FundingCues) -> None:
        self.give = _words(cues.give)
        self.receive = _words(cues.receive)
        self.passive = _words(cues.passive)
        self.request = _words(cues.request)
        self.static = _words(cues.static, cues.static_compound)
        self.budget = _words(cues.budget_words)
        self.grant = _words(cues.grant_words)
        self.past = _words(cues.past_words)
        self.parliament = frozenset(cues.parliament)
        self.link = frozenset(cues.link)
        self.cut = _words(cues.cut)
        # a giving participle used as an adjective right before its sum ("de eerder toegezegde
        # €300 miljoen", "de hiervoor gereserveerde ruim 1,3 miljard"): an agentless passive
        adjectives = [w + "e" for w in cues.passive if w[-1] in "dt"]
        self.participle = re.compile(
            _words(adjectives).pattern + r"(?:\s+[^\s€\d]+){0,2}?\s*\Z", re.I
        )


@cache
def cue_patterns() -> CuePatterns:
    """The compiled lexicon; raises ResourceError naming the file when it does not validate."""
    try:
        cues = FundingCues.model_validate(load_lexicon("funding_cues"))
    except ValidationError as exc:
        raise ResourceError(f"funding_cues.json: {exc}") from exc
    return CuePatterns(cues)
