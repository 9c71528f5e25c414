"""Officiële-publicaties XML (Handelingen, Kamerstukken, Staatscourant): text, title and date.

Files in the wild carry encoding damage: UTF-8 bytes that were once read as Latin-1 and saved as
UTF-8 again ("KrÃ¶ger" for "Kröger"), even a byte-order mark turned into "ï»¿" in front of the
XML declaration. ``ftfy`` reverses exactly that kind of damage and leaves clean text alone, so it
runs on every file before parsing.

The text is the leaf block elements (paragraphs ``al``, titles, speakers) one a line, in document
order; metadata is never part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy
from lxml import etree

_BLOCKS = {
    "al",
    "titel",
    "item-titel",
    "kop",
    "tussenkop",
    "spreker",
    "li",
    "entry",
    "vergaderdatum",
    "dagtekening",
    "ondertekening",
    "regeling-aanhef",
    "intitule",
    "citeertitel",
    "noot",
    "vergadering-nummer",
}
_SKIP = {"metadata", "meta", "vergadertijd", "nr", "vergadering-nummer"}
_TITLE_TAGS = ("item-titel", "citeertitel", "intitule", "titel", "vergadering-nummer")
_DATE_META = (
    "DCTERMS.issued",
    "DC.date",
    "OVERHEIDop.datumVergadering",
    "OVERHEIDop.datumPublicatie",
    "DCTERMS.available",
    "OVERHEIDop.datumOndertekening",
)
_TITLE_META = ("DCTERMS.title", "DC.title", "OVERHEIDop.titel")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        start=1,
    )
}
_DUTCH_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I)
_SPACE = re.compile(r"\s+")
_BEFORE_PUNCT = re.compile(r"\s+([:;,.!?)])")
_AFTER_OPEN = re.compile(r"([(])\s+")


class OpXmlError(ValueError):
    """Not parseable as XML even after repair."""


@dataclass
class OpDocument:
    text: str
    title: str | None
    published: str | None


def repair(text: str) -> str:
    """Undo mojibake and drop junk (a mangled BOM, blank lines) before the XML declaration."""
    fixed = ftfy.fix_text(text, normalization="NFC")
    start = fixed.find("<")
    return fixed[start:] if start > 0 else fixed.lstrip("\ufeff")


def dutch_date(text: str) -> str | None:
    """``Donderdag 5 april 2018`` -> ``2018-04-05``."""
    m = _DUTCH_DATE.search(text)
    if not m:
        return None
    day, month, year = int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


# Parts of a name, written without spaces between the elements: <voorvoegsels>De</voorvoegsels>
# <naam><achternaam>voorzitter</achternaam></naam> must read "De voorzitter".
_SPACED = {"voorvoegsels", "voornaam", "achternaam", "naam", "functie", "politiek", "initialen"}


def _text_of(el: etree._Element, out: list[str]) -> None:
    out.append(el.text or "")
    for child in el:
        if not isinstance(child.tag, str):  # comments, processing instructions
            out.append(child.tail or "")
            continue
        spaced = _local(child.tag) in _SPACED
        out.append(" " if spaced else "")
        _text_of(child, out)
        out.append(" " if spaced else "")
        out.append(child.tail or "")


def _flat(el: etree._Element) -> str:
    parts: list[str] = []
    _text_of(el, parts)
    text = _SPACE.sub(" ", "".join(parts)).strip()
    return _AFTER_OPEN.sub(r"\1", _BEFORE_PUNCT.sub(r"\1", text))


def _has_block(el: etree._Element) -> bool:
    return any(_local(d.tag) in _BLOCKS for d in el.iterdescendants())


def _lines(el: etree._Element, out: list[str]) -> None:
    for child in el:
        name = _local(child.tag)
        if not name or name in _SKIP:
            continue
        if name in _BLOCKS and not _has_block(child):
            text = _flat(child)
            if text:
                out.append(text)
        else:
            _lines(child, out)


def _meta_values(root: etree._Element, names: tuple[str, ...]) -> list[str]:
    by_name: dict[str, str] = {}
    for meta in root.iter("{*}meta"):
        name, content = meta.get("name"), (meta.get("content") or "").strip()
        if name and content:
            by_name.setdefault(name, content)
    return [by_name[n] for n in names if n in by_name]


def parse_opxml(data: bytes) -> OpDocument:
    """Repaired text (one block a line), title and date of an officiële-publicaties XML file."""
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        decoded = data.decode("cp1252", errors="replace")
    fixed = repair(decoded)
    fixed = re.sub(r"^<\?xml[^>]*\?>", "", fixed)  # the declaration may name a wrong encoding
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(fixed.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise OpXmlError(f"not XML ({exc})") from None
    if root is None:
        raise OpXmlError("not XML (no root element)")
    lines: list[str] = []
    _lines(root, lines)
    if not lines:
        lines = [t for t in (_flat(root),) if t]
    titles = _meta_values(root, _TITLE_META)
    if not titles:
        for tag in _TITLE_TAGS:
            el = next(root.iter("{*}" + tag), None)
            if el is not None and _flat(el):
                titles.append(_flat(el))
                break
    published = None
    for value in _meta_values(root, _DATE_META):
        m = _ISO_DATE.search(value)
        if m:
            published = m.group(0)
            break
    if published is None:
        el = next(root.iter("{*}vergaderdatum"), None)
        if el is None:
            el = next(root.iter("{*}dagtekening"), None)
        if el is not None:
            published = dutch_date(_flat(el))
    return OpDocument("\n".join(lines), titles[0] if titles else None, published)
