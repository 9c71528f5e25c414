"""Officiële-publicaties XML takes its date from every field that carries one (invented files)."""

from __future__ import annotations

import pytest

from nlds_nlp.io.opxml import parse_opxml

BODY = "<kamerstuk><al>Het kabinet trekt € 5 miljoen uit.</al></kamerstuk>"


def _xml(metadata: str = "", body: str = BODY, root_attrs: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><officiele-publicatie {root_attrs}>'
        f"<metadata>{metadata}</metadata>{body}</officiele-publicatie>"
    ).encode()


def _meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{content}"/>'


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (_xml(_meta("DCTERMS.issued", "2019-03-01")), "2019-03-01"),
        (_xml(_meta("DCTERMS.modified", "2019-03-02T10:15:00")), "2019-03-02"),
        (_xml(_meta("OVERHEIDop.datumBrief", "2019-03-03")), "2019-03-03"),
        (_xml(_meta("OVERHEIDop.datumIndiening", "4 maart 2019")), "2019-03-04"),
        # a field not in our list, named as a date
        (_xml(_meta("OVERHEIDop.datumZitting", "2019-03-05")), "2019-03-05"),
        # the known field wins over another date field, whatever their order in the file
        (
            _xml(_meta("DCTERMS.modified", "2020-01-01") + _meta("DCTERMS.issued", "2019-03-06")),
            "2019-03-06",
        ),
        # a field that names a date but holds none is passed over
        (
            _xml(_meta("DCTERMS.issued", "onbekend") + _meta("DC.date", "2019-03-07")),
            "2019-03-07",
        ),
        (
            _xml(
                body="<brief><dagtekening>Den Haag, 8 maart 2019</dagtekening>" + BODY + "</brief>"
            ),
            "2019-03-08",
        ),
        (
            _xml(
                body="<handelingen><vergaderdatum>Donderdag 9 maart 2019</vergaderdatum></handelingen>"
            ),
            "2019-03-09",
        ),
        (_xml(root_attrs='datum="2019-03-10"'), "2019-03-10"),
        # no field with a date: no date (never one from a date in the running text)
        (
            _xml(
                _meta("OVERHEIDop.externMetadataRecord", "https://example.org/h-tk-1/metadata.xml")
            ),
            None,
        ),
        (_xml(body="<kamerstuk><al>Voor 1 juli 2019 komt er een brief.</al></kamerstuk>"), None),
        (_xml(body='<kamerstuk><extref datum="2001-01-01">kst-1</extref></kamerstuk>'), None),
    ],
)
def test_publication_date_from_every_dated_field(xml: bytes, expected: str | None) -> None:
    assert parse_opxml(xml).published == expected
