"""Keep spaCy's tokenizer linear on runs of punctuation, with every offset true to the text.

Why: spaCy's tokenizer strips prefixes and suffixes from a whitespace-free chunk one at a time,
and after each strip searches (and hashes) the whole remaining chunk again, so a chunk with
``n`` punctuation characters at an end costs ``n`` times its length: 8,000 "(" take 9 s, twice
as many four times as long (explosion/spaCy issues 4362, 3002, 1768). Real text has a handful of
such characters at a word's ends; a hostile or broken document can have thousands.

What: :func:`make_doc` finds the chunks that begin or end with at least ``EDGE_RUN`` affix
characters (a regex over the text, only at chunk edges, so it is linear itself). A text with
only a few short ones goes to the tokenizer whole. Otherwise everything else goes to the
tokenizer as it is, and of such a chunk the tokenizer sees the core with at most
``EDGE_RUN - 1`` affix characters left at each end (so it strips a bounded number of times);
the affix characters beyond those become one token each, as the tokenizer makes them. The Doc
is built from the words and their spaces, so ``doc.text`` is the text, character for
character, and every token offset is the offset in the original text. Texts without such
chunks (every ordinary text) get exactly the tokenizer's Doc.

The affix characters are derived from the tokenizer in use, not listed by hand: every
punctuation or symbol character that its prefix or suffix rules strip, or its infix rules split
at (see :func:`affix_characters`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["EDGE_RUN", "affix_characters", "make_doc"]

# Chunks with this many affix characters at an end are guarded. Four keeps every ordinary
# word on the tokenizer's own path ("2020).", "(NGF)," have at most three) and bounds the
# strips per chunk to six, about what an ordinary word costs per character.
EDGE_RUN = 4
# Up to this many such chunks of at most this many characters are left to the tokenizer: each
# costs it at most SHORT_CHUNK ** 2 steps (well under a millisecond), so together they cannot
# stall it, and ordinary texts with a ">>>>" or "....." keep the tokenizer's own Doc.
FEW_CHUNKS = 100
SHORT_CHUNK = 64
# Code point categories an affix character can have (punctuation and symbols). Checking all of
# Unicode against the tokenizer's rules finds no others, and this way takes 0.2 s, not 2 s.
_CATEGORIES = ("P", "S")
_MAX_CODE_POINT = 0x30000


def _pattern(func: object) -> str:
    owner = getattr(func, "__self__", None)
    return getattr(owner, "pattern", "") or ""


@cache
def _affixes(prefix: str, suffix: str, infix: str) -> frozenset[str]:
    prefix_search = re.compile(prefix).search if prefix else None
    suffix_search = re.compile(suffix).search if suffix else None
    infix_search = re.compile(infix).search if infix else None
    found = set()
    for cp in range(_MAX_CODE_POINT):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if unicodedata.category(c)[0] not in _CATEGORIES:
            continue
        run = c * 3
        if (
            (prefix_search is not None and prefix_search(run))
            or (suffix_search is not None and suffix_search(run))
            or (
                infix_search is not None
                and any(infix_search(f"{x}{c}{x}") for x in ("a", "A", "1"))
            )
        ):
            found.add(c)
    return frozenset(found)


def affix_characters(nlp: Language) -> frozenset[str]:
    """The characters the tokenizer of ``nlp`` strips as prefix or suffix or splits at as infix
    (cached per set of rules)."""
    tok = nlp.tokenizer
    return _affixes(
        _pattern(getattr(tok, "prefix_search", None)),
        _pattern(getattr(tok, "suffix_search", None)),
        _pattern(getattr(tok, "infix_finditer", None)),
    )


@dataclass(frozen=True)
class _Guard:
    risky: re.Pattern[str]  # a chunk edge with EDGE_RUN affix characters
    edge_start: re.Pattern[str]  # the affix characters a chunk starts with
    edge_end: re.Pattern[str]  # ... and ends with (searched in the chunk)
    chunk_end: re.Pattern[str]  # the rest of a chunk


@cache
def _guard(affixes: frozenset[str]) -> _Guard:
    # Every character beyond the BMP counts as an affix character here: with one of them in the
    # class, Python's re tests membership by walking the list (80 s/MB for this regex); with the
    # BMP ones and one range it uses a bitmap (0.1 s/MB). Astral characters are emoji and
    # symbols almost all; a run of four at a chunk edge is then cut one token per character.
    bmp = "".join(re.escape(c) for c in sorted(affixes) if ord(c) < 0x10000)
    cls = f"[{bmp}\U00010000-\U0010ffff]"
    k = EDGE_RUN
    return _Guard(
        # at a chunk start, or an affix run (from its first character, possessive: linear)
        # that ends the chunk
        risky=re.compile(rf"(?<!\S){cls}{{{k}}}|(?<!{cls}){cls}{{{k},}}+(?!\S)"),
        edge_start=re.compile(rf"{cls}*+"),
        edge_end=re.compile(rf"(?<!{cls}){cls}++\Z|\Z"),
        chunk_end=re.compile(r"\S*+"),
    )


def _risky_chunks(guard: _Guard, text: str) -> list[tuple[int, int]]:
    """(start, end) of every whitespace-free chunk with EDGE_RUN affix characters at an end."""
    chunks: list[tuple[int, int]] = []
    done = 0
    found = guard.risky.search(text)
    while found is not None:
        start = found.start()
        while start > done and not text[start - 1].isspace():
            start -= 1  # back to the chunk start (an affix run ending the chunk matched)
        end = guard.chunk_end.match(text, found.end()).end()
        chunks.append((start, end))
        done = end
        found = guard.risky.search(text, end)
    return chunks


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with the tokenizer's quadratic cases cut down (module doc)."""
    guard = _guard(affix_characters(nlp))
    chunks = _risky_chunks(guard, text)
    # A few short ones (">>>>", "2020).''") cost the tokenizer next to nothing: the text keeps
    # its own Doc, and the Doc is not rebuilt (which costs a quarter of the tokenizer's time).
    if len(chunks) <= FEW_CHUNKS and all(e - s <= SHORT_CHUNK for s, e in chunks):
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []

    def tokenize(part: str) -> None:
        if not part:
            return
        if part[0] == " " and words and not spaces[-1]:
            spaces[-1] = True  # the tokenizer gives a token its one following space
            part = part[1:]
            if not part:
                return
        for token in nlp.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def singles(part: str) -> None:
        words.extend(part)
        spaces.extend([False] * len(part))

    keep = EDGE_RUN - 1
    done = 0
    for start, end in chunks:
        tokenize(text[done:start])
        lead = guard.edge_start.match(text, start, end).end()
        trail = guard.edge_end.search(text, lead, end).start()
        cut_lead = max(start, lead - keep)
        cut_trail = min(end, trail + keep)
        singles(text[start:cut_lead])
        tokenize(text[cut_lead:cut_trail])
        singles(text[cut_trail:end])
        done = end
    tokenize(text[done:])
    return Doc(nlp.vocab, words=words, spaces=spaces)
