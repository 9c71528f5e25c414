"""HTML pages: the main text only, with title and publication date from the page's metadata.

Why a small heuristic of our own over BeautifulSoup instead of a general boilerplate remover:
government pages mark their metadata with Dublin Core (``DCTERMS.*``) and Open Graph tags and put
the body in a recognisable container; a few explicit rules give a deterministic, explainable
result and keep the dependency light. Navigation, menus, media players, cookie bars and footers
are dropped before the text is taken, so their words do not become mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

# Elements whose content is never running text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "menu",
    "dialog",
)
# class/id words of boilerplate blocks (menus, share buttons, media players, breadcrumbs, ...).
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:nav|navigation|menu|breadcrumbs?|footer|header|sidebar|share|social|cookie|"
    r"banner|skip|search|related|toolbar|pagination|audio|video|player|download|print|"
    r"article-meta|meta-data|subscribe|newsletter)(?:$|[-_\s])",
    re.IGNORECASE,
)
# Containers that hold the main text, best first.
_MAIN_SELECTORS = (
    "main",
    "[role=main]",
    "article",
    "#content",
    "#main-content",
    "#maincontent",
    ".article",
    "#main",
    ".content",
    "body",
)
_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "td",
    "th",
    "caption",
    "figcaption",
)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")

_TITLE_META = (
    ("property", "og:title"),
    ("name", "DCTERMS.title"),
    ("name", "DC.title"),
    ("name", "dcterms.title"),
    ("name", "title"),
    ("name", "twitter:title"),
)
_DATE_META = (
    ("name", "DCTERMS.issued"),
    ("name", "dcterms.issued"),
    ("name", "DC.date.issued"),
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("name", "DCTERMS.available"),
    ("name", "DCTERMS.created"),
    ("name", "DC.date"),
    ("name", "date"),
    ("itemprop", "datePublished"),
    ("name", "DCTERMS.modified"),
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class HtmlPage:
    text: str
    title: str | None
    published: str | None


def _meta(soup: BeautifulSoup, keys: tuple[tuple[str, str], ...]) -> list[str]:
    """Meta ``content`` values for the given (attribute, value) keys, in key order."""
    found: list[str] = []
    metas = soup.find_all("meta")
    for attr, value in keys:
        for meta in metas:
            if str(meta.get(attr, "")).lower() == value.lower():
                content = str(meta.get("content") or "").strip()
                if content:
                    found.append(content)
    return found


def page_date(soup: BeautifulSoup) -> str | None:
    """Publication date (YYYY-MM-DD) from the metadata, else the first ``<time datetime>``."""
    candidates = _meta(soup, _DATE_META)
    time = soup.find("time", attrs={"datetime": True})
    if isinstance(time, Tag):
        candidates.append(str(time["datetime"]))
    for value in candidates:
        m = _ISO_DATE.search(value)
        if m:
            return m.group(0)
    return None


def page_title(soup: BeautifulSoup) -> str | None:
    titles = _meta(soup, _TITLE_META)
    if titles:
        return titles[0]
    if soup.title and soup.title.string:
        return soup.title.string.strip() or None
    h1 = soup.find("h1")
    return h1.get_text(" ", strip=True) or None if isinstance(h1, Tag) else None


def _is_boilerplate(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    words = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(words) and bool(_BOILERPLATE.search(words))


def _decomposed(tag: Tag) -> bool:
    """``tag.decomposed`` in constant time: BeautifulSoup's property asks ``getattr`` for a flag
    that only a decomposed tag has, and on any other tag that becomes a search of its whole
    subtree for a child named "_decomposed" (quadratic on deep nesting: 4,000 divs took 47 s)."""
    return bool(tag.__dict__.get("_decomposed", False))


def _clean(node: Tag) -> None:
    for tag in node.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in node.find_all(True):
        if not _decomposed(tag) and tag is not node and _is_boilerplate(tag):
            tag.decompose()


def _main(soup: BeautifulSoup) -> Tag:
    for selector in _MAIN_SELECTORS:
        found = soup.select_one(selector)
        if isinstance(found, Tag) and len(found.get_text(strip=True)) > 0:
            return found
    return soup


def _subtree_ends(node: Tag) -> dict[int, int]:
    """For every tag under ``node`` (by ``id``), the preorder number of its last descendant, in
    one pass (asking each block whether it holds a block was quadratic on nested lists)."""
    ends: dict[int, int] = {}
    counter = 0
    stack = [(node, iter(node.children))]
    while stack:
        tag, children = stack[-1]
        child = next(children, None)
        if child is None:
            ends[id(tag)] = counter
            stack.pop()
            continue
        counter += 1
        if isinstance(child, Tag):
            ends[id(child)] = -1  # placeholder: its number is set when it is left
            stack.append((child, iter(child.children)))
    return ends


def _leaf_blocks(node: Tag) -> list[Tag]:
    """Block elements that hold no other block element, in document order. In preorder a
    block's descendants come right after it, so it holds a block iff the next block in
    preorder starts before its subtree ends."""
    blocks = node.find_all(_BLOCKS)
    if not blocks:
        return []
    ends = _subtree_ends(node)
    numbers: dict[int, int] = {}
    for n, element in enumerate(node.descendants, start=1):
        if isinstance(element, Tag):
            numbers[id(element)] = n
    leaves = []
    for tag, following in zip(blocks, [*blocks[1:], None], strict=True):
        if following is None or numbers[id(following)] > ends[id(tag)]:
            leaves.append(tag)
    return leaves


def _blocks(node: Tag) -> list[str]:
    """Text of leaf block elements (a block inside a block is taken once, at the inner level)."""
    lines: list[str] = []
    for tag in _leaf_blocks(node):
        text = _SPACE.sub(" ", tag.get_text(" ")).strip()
        text = re.sub(r"\s*\n\s*", " ", text)
        if text:
            lines.append(text)
    return lines


def parse_html(data: bytes | str) -> HtmlPage:
    """Main text (one block a line), title and publication date of an HTML page."""
    soup = BeautifulSoup(data, "lxml")
    title, published = page_title(soup), page_date(soup)
    main = _main(soup)
    _clean(main)
    lines = _blocks(main)
    if not lines:  # pages without block markup: all remaining text
        raw = main.get_text("\n")
        lines = [ln for ln in (_SPACE.sub(" ", x).strip() for x in raw.splitlines()) if ln]
    return HtmlPage("\n\n".join(lines), title, published)
