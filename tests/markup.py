"""Inline markup for component tests: ``<ent label=MONEY amount=1500000000>€ 1,5 miljard</ent>``.

Why: a test reads like the sentence it checks, and offsets are computed, never hand-counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"<ent((?:\s+\w+=(?:\"[^\"]*\"|\S+?))*)\s*>(.*?)</ent>", re.DOTALL)
_ATTR = re.compile(r"(\w+)=(?:\"([^\"]*)\"|(\S+))")


@dataclass
class Expected:
    start: int
    end: int
    text: str
    label: str
    attrs: dict[str, str] = field(default_factory=dict)


def parse(marked: str) -> tuple[str, list[Expected]]:
    """Plain text and the expected entities of a marked-up string."""
    out, spans, pos = [], [], 0
    length = 0
    for m in _TAG.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        attrs = {a: q or u for a, q, u in _ATTR.findall(m.group(1))}
        inner = m.group(2)
        label = attrs.pop("label")
        spans.append(Expected(length, length + len(inner), inner, label, attrs))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans
