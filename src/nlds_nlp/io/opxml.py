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
# Metadata fields that date a publication, most telling first; after them any other field
# whose name says it holds a date (``_DATE_NAME``), then the dating elements of the text.
_DATE_META = (
    "DCTERMS.issued",
    "DC.date",
    "OVERHEIDop.datumVergadering",
    "OVERHEIDop.datumPublicatie",
    "DCTERMS.available",
    "OVERHEIDop.datumOndertekening",
    "OVERHEIDop.datumBrief",
    "OVERHEIDop.datumIndiening",
    "OVERHEIDop.datumOntvangst",
    "DCTERMS.created",
    "DCTERMS.modified",
)
_DATE_NAME = re.compile(r"datum|date|issued|available|created|modified", re.I)
_DATE_TAGS = ("vergaderdatum", "dagtekening", "datum", "datumtijd", "ondertekening")
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
    by_name = _metadata(root)
    return [by_name[n] for n in names if n in by_name]


def _metadata(root: etree._Element) -> dict[str, str]:
    """``<meta name=... content=...>`` fields, the first of each name."""
    by_name: dict[str, str] = {}
    for meta in root.iter("{*}meta"):
        name, content = meta.get("name"), (meta.get("content") or "").strip()
        if name and content:
            by_name.setdefault(name, content)
    return by_name


def _date_of(value: str) -> str | None:
    """An ISO (``2018-04-05``, ``2018-04-05T10:00``) or Dutch (``5 april 2018``) date."""
    m = _ISO_DATE.search(value)
    return m.group(0) if m else dutch_date(value)


def publication_date(root: etree._Element) -> str | None:
    """The date of a publication from every field that carries one: the known metadata fields
    in order, any other metadata field named as a date, then the text's dating elements
    (``vergaderdatum``, ``dagtekening``, ...) and date attributes of the document element."""
    by_name = _metadata(root)
    named = [n for n in _DATE_META if n in by_name]
    named += sorted(n for n in by_name if n not in _DATE_META and _DATE_NAME.search(n))
    for name in named:
        date = _date_of(by_name[name])
        if date:
            return date
    for tag in _DATE_TAGS:
        for el in root.iter("{*}" + tag):
            date = _date_of(_flat(el))
            if date:
                return date
    for el in (root, *root):  # document-level attributes only, not those of references
        for key, value in el.attrib.items():
            if _DATE_NAME.search(str(key)):
                date = _date_of(str(value))
                if date:
                    return date
    return None


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
    return OpDocument("\n".join(lines), titles[0] if titles else None, publication_date(root))
