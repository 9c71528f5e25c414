"""Readers of real publication formats: text, Markdown, HTML, PDF, officiële-publicaties XML, JSONL.

Fixtures are small files written here; the real files of ../shared/corpus/raw are read in place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlds_nlp.io.html import parse_html
from nlds_nlp.io.opxml import dutch_date, parse_opxml, repair
from nlds_nlp.io.pdf import PAGE_BREAK, parse_pdf
from nlds_nlp.io.readers import (
    InputError,
    expand_paths,
    iter_documents,
    parse_document,
    read_file,
    read_jsonl,
)

RAW = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "raw"


def make_pdf(pages: list[list[str]], title: str | None = None, created: str | None = None) -> bytes:
    """A minimal valid PDF with one text line per string (Helvetica, WinAnsi)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content = (
            "BT /F1 11 Tf 72 740 Td 14 TL "
            + " ".join(
                "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
                for line in lines
            )
            + " ET"
        )
        stream = content.encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    info = []
    if title:
        info.append(f"/Title ({title})")
    if created:
        info.append(f"/CreationDate ({created})")
    objects.append(("<< " + " ".join(info) + " >>").encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref,
    )
    return bytes(out)


HTML = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Nieuws | Rijksoverheid.nl</title>
<meta property="og:title" content="Extra geld voor digitalisering">
<meta name="DCTERMS.issued" title="XSD.dateTime" content="2020-06-25T10:00">
<script>var tracking = "12 miljoen euro";</script><style>p { color: red }</style>
</head><body>
<header><nav><ul><li>Home</li><li>Onderwerpen</li></ul></nav></header>
<div class="cookie-banner">Wij gebruiken cookies voor 1 miljoen euro.</div>
<main>
<h1>Extra geld voor digitalisering</h1>
<p>Het kabinet trekt <b>12,5 miljoen euro</b> uit voor de
   Nederlandse Digitaliseringsstrategie.</p>
<ul><li>Eerste punt</li><li>Tweede punt</li></ul>
<div class="share-buttons">Deel dit bericht</div>
</main>
<footer>Copyright 2020</footer>
</body></html>
"""


def test_html_keeps_main_text_title_and_date() -> None:
    page = parse_html(HTML.encode("utf-8"))
    assert page.title == "Extra geld voor digitalisering"
    assert page.published == "2020-06-25"
    assert "Het kabinet trekt 12,5 miljoen euro uit voor de Nederlandse" in page.text
    assert "Eerste punt" in page.text and "Tweede punt" in page.text
    for noise in ("tracking", "Home", "cookies", "Deel dit", "Copyright", "color"):
        assert noise not in page.text


def test_html_without_metadata_or_main() -> None:
    page = parse_html(b"<html><body><div>Los tekstje zonder opmaak.</div></body></html>")
    assert page.text == "Los tekstje zonder opmaak."
    assert page.published is None and page.title is None


def test_pdf_pages_title_and_date() -> None:
    data = make_pdf(
        [["Eerste pagina.", "Het kabinet geeft 5 miljoen euro."], ["Tweede pagina."]],
        title="Voorbeeld",
        created="D:20211215122844+01'00'",
    )
    pdf = parse_pdf(data)
    assert pdf.title == "Voorbeeld" and pdf.published == "2021-12-15"
    assert len(pdf.page_starts) == 2 and PAGE_BREAK in pdf.text
    second = pdf.text.index("Tweede pagina")
    assert pdf.page_of(second) == 2 and pdf.page_of(0) == 1
    assert pdf.page_of(pdf.text.index("5 miljoen")) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4\nthis is not really a pdf", "broken PDF"),
        (b"", "broken PDF"),
    ],
)
def test_broken_pdf_is_an_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_document(data, "kapot.pdf")


def test_pdf_without_text_layer() -> None:
    with pytest.raises(InputError, match="no text layer"):
        parse_document(make_pdf([[]]), "scan.pdf")


OPXML = """\ufeff
<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie>
 <metadata><meta name="OVERHEIDop.externMetadataRecord" content="https://example/m.xml"/></metadata>
 <handelingen>
  <vergadering><vergaderdatum>Donderdag 5 april 2018</vergaderdatum></vergadering>
  <agendapunt>
   <item-titel>Financiële steun voor Kröger en Özdil</item-titel>
   <spreekbeurt>
    <spreker><voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>:
    </spreker>
    <tekst><al-groep><al>Het kabinet trekt <nadruk type="vet">€ 25 miljoen</nadruk> uit
      voor Laçin en Yeşilgöz.</al></al-groep></tekst>
   </spreekbeurt>
  </agendapunt>
 </handelingen>
</officiele-publicatie>
"""


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes read as Latin-1/cp1252 and saved as UTF-8 again: the damage seen in raw/."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


def test_opxml_repairs_encoding_damage() -> None:
    damaged = _mojibake(OPXML)
    assert "KrÃ¶ger".encode() in damaged
    doc = parse_opxml(damaged)
    assert doc.title == "Financiële steun voor Kröger en Özdil"
    assert doc.published == "2018-04-05"
    assert "De voorzitter:" in doc.text
    assert "Het kabinet trekt € 25 miljoen uit voor Laçin en Yeşilgöz." in doc.text
    assert "Ã" not in doc.text and "example" not in doc.text


def test_opxml_clean_file_is_left_alone() -> None:
    doc = parse_opxml(OPXML.encode("utf-8"))
    assert "Kröger" in doc.title and "€ 25 miljoen" in doc.text
    assert repair("Kröger") == "Kröger"


def test_dutch_date() -> None:
    assert dutch_date("Donderdag 5 april 2018") == "2018-04-05"
    assert dutch_date("geen datum") is None


def test_parse_document_dispatches_on_suffix_and_dates() -> None:
    doc = parse_document(HTML.encode(), "nieuws.html", published="2019-01-01")
    assert doc.id == "nieuws" and doc.published == "2020-06-25"  # the page's own date wins
    doc = parse_document(b"# Titel\n\nTekst.", "notitie.md", published="2019-01-01")
    assert doc.published == "2019-01-01" and doc.text.startswith("# Titel")
    doc = parse_document(b"Tekst.", "notitie.txt")
    assert doc.published is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leeg.txt", b"", "empty document"),
        ("spaties.txt", b"  \n\t\n", "empty document"),
        ("binair.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.txt", b"caf\xe9", "invalid UTF-8"),
        ("leeg.html", b"<html><body></body></html>", "empty document"),
        ("binair.xml", b"\x00\x01\x02", "binary"),
    ],
)
def test_unreadable_documents(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_document(data, name)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)


def test_jsonl_streams_rows_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Een.", "meta": {"published": "2020"}})
        + "\n\n"
        + "{kapot\n"
        + json.dumps({"text": "Twee."})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="line 3: malformed JSON"):
        list(read_jsonl(path))
    errors: list[str] = []
    docs = list(read_jsonl(path, published="2021-01-01", on_error=lambda e: errors.append(str(e))))
    assert [(d.id, d.published) for d in docs] == [("a", "2020"), ("docs-4", "2021-01-01")]
    assert len(errors) == 1 and "line 3" in errors[0]


def test_expand_paths_files_directories_globs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("a.txt", "b/z.md", "b/deep/c.html", "b/skip.png", ".hidden/x.txt", "b/y.pdf"):
        (tmp_path / rel).write_bytes(b"x")
    found = [f.doc_id for f in expand_paths([tmp_path])]
    assert found == ["a", "b/deep/c", "b/y", "b/z"]  # sorted, recursive, supported only
    globbed = [f.path.name for f in expand_paths([str(tmp_path / "b" / "*.*")])]
    assert globbed == ["y.pdf", "z.md"]
    missing = list(expand_paths([tmp_path / "nope.txt"]))
    assert [f.doc_id for f in missing] == ["nope"]  # reported later as a failure, not skipped


def test_iter_documents_goes_on_after_a_failure(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("Een.", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text("Drie.", encoding="utf-8")
    errors: list[str] = []
    docs = list(iter_documents([tmp_path], on_error=lambda e: errors.append(str(e))))
    assert [d.id for d in docs] == ["1", "3"] and "empty document" in errors[0]


@pytest.mark.skipif(not RAW.is_dir(), reason=f"raw publications not found at {RAW}")
@pytest.mark.parametrize("name", sorted(p.name for p in RAW.iterdir()) if RAW.is_dir() else [])
def test_every_raw_publication_reads(name: str) -> None:
    doc = read_file(RAW / name)
    assert doc.text.strip()
    assert "Ã" not in doc.text and "â€" not in doc.text  # encoding damage repaired
    if name.endswith(".pdf"):
        assert doc.published == "2021-12-15" and doc.page_starts and len(doc.page_starts) > 10
    if name.endswith(".htm"):
        assert doc.published == "2015-09-15" and doc.title == "Troonrede 2015"
        assert "Leden van de Staten-Generaal" in doc.text and "Video Player" not in doc.text
    if name == "h-tk-20172018-70-1.xml":
        assert doc.published == "2018-04-05" and "Kröger" in doc.text


def test_deeply_nested_html_is_read_in_linear_time() -> None:
    """Thousands of nested divs or list items once took minutes (``decomposed`` searched each
    subtree, and every block searched its subtree for blocks); a hang here is the failure."""
    from nlds_nlp.io.html import parse_html

    n = 3_000
    divs = "<html><body>" + "<div>x " * n + "</div>" * n + "</body></html>"
    assert parse_html(divs.encode()).text.split() == ["x"] * n
    items = "<html><body><main>" + "<ul><li>x " * n + "</li></ul>" * n + "</main></body></html>"
    assert parse_html(items.encode()).text == "x"  # only the innermost block holds no block
