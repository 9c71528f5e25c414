"""Undo hard line wrapping, keeping every character offset.

Why: motions and other Kamerstukken come as hard-wrapped text ("... voor de Landelijke
beëindigingsregeling\\nveehouderij (Lbv)"), so a name, a sum or a date can run over a line break.
The grammar joins words with spaces, and the tokenizer makes a line break a token of its own, so
such mentions were lost. :func:`flow` replaces a line break that only wraps a paragraph by a
space. The text keeps its length, so offsets found in the flowed text are offsets in the original
(and the mention's surface text, taken from the original, keeps its line break, as the gold does).
"""

from __future__ import annotations

import re

# A wrap: one line break between a word character (or hyphen, comma) at the end of a long line
# and a word character at the start of the next line, which is not a list item or a heading.
MIN_WRAPPED_LINE = 40
_BREAK = re.compile(r"(?<=[\w\-’'”)])[ \t]*\n(?=[ \t]*[\w(‘“'\"€])")
_NOT_CONTINUATION = re.compile(r"[ \t]*(?:[-*•#>|]|\d+[.)][ \t])")
# A number standing alone between blanks ("2018", "-1.048", "12,5"): three on a line make it a
# table row or a header of years ("Lasten Begroting 2017 MJB 2018 MJB 2019"), not wrapped prose
_CELL_NUMBER = re.compile(r"(?:^|(?<=\s))[-–−]?\d[\d.,]*(?=\s|$)")
ROW_NUMBERS = 3


def flow(text: str) -> str:
    """``text`` with paragraph-internal line breaks turned into spaces; same length."""
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    for m in _BREAK.finditer(text):
        newline = m.end() - 1
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < MIN_WRAPPED_LINE:
            continue
        if text[line_start : m.start()].isupper():
            continue  # a heading in capitals ("MOTIE VAN HET LID ...") is a line of its own
        if _NOT_CONTINUATION.match(text, newline + 1):
            continue
        if len(_CELL_NUMBER.findall(text, line_start, newline)) >= ROW_NUMBERS:
            continue  # a table row or header line ends at its line break
        next_end = text.find("\n", newline + 1)
        if "|" in text[line_start:newline] or "|" in text[newline + 1 : next_end]:
            continue  # table rows: "aangenomen door Tweede Kamer\nEerste Kamer | 21-06-2022"
        if chars is None:
            chars = list(text)
        chars[newline] = " "
    return text if chars is None else "".join(chars)
