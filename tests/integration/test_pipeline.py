"""The spaCy side: factories via entry points, saved pipelines, multiprocessing, empty input."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import spacy

import nlds_nlp
from nlds_nlp.pipeline import OUR_PIPES

TEXT = "Het kabinet trekt in 2021 ruim 12,5 miljoen euro uit voor de SLIM-regeling."


def test_every_component_is_an_entry_point_factory() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(OUR_PIPES) <= names
    for ep in entry_points(group="spacy_factories"):
        if ep.name in OUR_PIPES:
            assert callable(ep.load())


def test_pipeline_sets_ents_and_span_group(nlp) -> None:
    doc = nlp(nlds_nlp.api.make_doc(nlp, TEXT, "2020-06-25"))
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("12,5 miljoen euro", "MONEY") in labels
    assert ("kabinet", "ORG") in labels
    assert ("SLIM-regeling", "PROGRAMME") in labels
    money = next(e for e in doc.ents if e.label_ == "MONEY")
    assert money._.nlds_value["amount"] == "12500000"
    assert money._.nlds_value["qualifier"] == "more_than"
    assert money._.nlds_source.startswith("money:")
    assert [s.text for s in doc.spans["nlds"]] == [e.text for e in doc.ents]


def test_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    script = (
        "import json, spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps([(e.text, e.label_) for e in doc.ents]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    ents = json.loads(out.stdout)
    assert ["12,5 miljoen euro", "MONEY"] in ents
    assert ["SLIM-regeling", "PROGRAMME"] in ents


def test_pipe_with_two_processes_matches_one(nlp) -> None:
    texts = [TEXT, "De Tweede Kamer krijgt in maart de Voorjaarsnota 2024.", "", "   "]
    items = [(t, "2023-06-01") for t in texts]
    one = [nlds_nlp.api.record_from_doc(d) for d in nlds_nlp.extract_docs(items, nlp)]
    two = [nlds_nlp.api.record_from_doc(d) for d in nlds_nlp.extract_docs(items, nlp, n_process=2)]
    assert one == two
    assert one[2].mentions() == [] and one[3].mentions() == []


def test_doc_survives_to_bytes(nlp) -> None:
    doc = nlp(nlds_nlp.api.make_doc(nlp, TEXT, "2020-06-25"))
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again.user_data == doc.user_data


def test_relative_dates_need_a_publication_date(nlp) -> None:
    with_date = nlds_nlp.extract("Volgend jaar komt er meer geld.", "2020-06-25", nlp=nlp)
    without = nlds_nlp.extract("Volgend jaar komt er meer geld.", None, nlp=nlp)
    assert with_date.dates[0].value.value == "2021"
    assert without.dates[0].value.value is None


def test_load_picks_blank_when_no_dutch_model() -> None:
    from nlds_nlp.pipeline import installed_dutch_model

    nlp = nlds_nlp.load()
    assert list(nlp.pipe_names)[-len(OUR_PIPES) :] == list(OUR_PIPES)
    if installed_dutch_model() is None:
        assert "ner" not in nlp.pipe_names


def test_record_json_has_fixed_point_amounts(nlp) -> None:
    record = nlds_nlp.extract("Er is € 1,2 mld. extra.", "2020-01-01", nlp=nlp)
    data = json.loads(record.model_dump_json())
    assert data["money"][0]["value"]["amount"] == "1200000000"


def test_tokenizer_keeps_money_and_date_units_whole(nlp) -> None:
    doc = nlp.make_doc("€35 en € 1,2 mld. of 500 mln. en € 24,- in 2025-2030 (24 maart jl.)")
    tokens = [t.text for t in doc]
    for whole in ("mld.", "mln.", "24,-", "2025-2030", "jl."):
        assert whole in tokens, tokens
    assert tokens[:2] == ["€", "35"]
