"""Our trained Dutch NER model (``nlds-nlp train``): it loads, plugs into the pipeline under the
rules, and the training code runs end to end on a few sentences (never the full model here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import nlds_nlp
from nlds_nlp import train
from nlds_nlp.pipeline import OUR_PIPES, bundled_ner_model

TEXT = (
    "De Minister van Infrastructuur en Waterstaat verleent Rijkswaterstaat een subsidie van "
    "€ 2,5 miljoen voor 2021. Volgens Karel Verbeeck, directeur van Boskalis in Antwerpen, "
    "begint het werk in maart 2021."
)


@pytest.fixture(scope="module")
def model_dir() -> Path:
    path = bundled_ner_model()
    if path is None:
        pytest.skip("no trained model (run nlds-nlp train)")
    return path


@pytest.fixture(scope="module")
def with_model(model_dir: Path):
    return nlds_nlp.load(model=model_dir)


def test_model_loads_with_spacy_alone(model_dir: Path) -> None:
    nlp = spacy.load(model_dir)
    assert nlp.lang == "nl"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp("Karel Verbeeck werkt bij Boskalis in Antwerpen.")
    assert all(e.label_ in {"PER", "ORG", "LOC", "MISC"} for e in doc.ents)


def test_model_is_small_and_documented(model_dir: Path) -> None:
    size = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file())
    assert size <= 20_000_000
    nlds = json.loads((model_dir / "meta.json").read_text())["nlds"]
    assert {"data", "config", "seed", "conll2002"} <= set(nlds)
    assert set(nlds["data"]["conll2002"]) == set(train.CONLL_FILES)
    assert all(len(f["sha256"]) == 64 for f in nlds["data"]["conll2002"].values())
    assert nlds["data"]["gold"]["split"] == "dev"  # never the test split


def test_load_with_model_adds_our_components(with_model) -> None:
    assert "ner" in with_model.pipe_names
    assert list(with_model.pipe_names)[-len(OUR_PIPES) :] == list(OUR_PIPES)
    assert with_model.get_pipe("nlds_merge").use_ner


def test_merge_takes_model_entities_below_the_rules(with_model, nlp) -> None:
    rules = {
        (m["start"], m["end"], m["label"]) for m in nlds_nlp.annotate(TEXT, "2021-01-01", nlp=nlp)
    }
    doc = with_model(nlds_nlp.api.make_doc(with_model, TEXT, "2021-01-01"))
    mentions = doc.user_data["nlds_mentions"]
    found = {(m["start"], m["end"], m["label"]) for m in mentions}
    assert rules <= found  # nothing the rules found is displaced by the model
    from_model = [m for m in mentions if m["source"].startswith("ner:")]
    for m in from_model:
        assert m["label"] in {"PERSON", "ORG", "LOC"}
        assert not any(s < m["end"] and m["start"] < e for s, e, _ in rules)
    assert from_model, "the model should add a name the rules do not find"


def test_stray_inside_tags_and_damaged_words() -> None:
    assert train.iob_spans(["B-PER", "I-PER", "O", "I-ORG", "B-LOC", "B-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "ORG"),
        (4, 5, "LOC"),
        (5, 6, "LOC"),
    ]
    assert train.repair_line("Belgi\x81EN B-LOC") == ("België", "B-LOC")
    assert train.repair_line("financi\x81Ee Adj O") == ("financiële", "O")
    assert train.repair_line("-DOCSTART- -DOCSTART- O") is None


def test_tiny_training_run(tmp_path: Path, shared: Path) -> None:
    conll = shared / "data" / "conll2002"
    if not (conll / "ned.train").is_file():
        pytest.skip("CoNLL-2002 not found")
    out = tmp_path / "model"
    nlds = train.run(
        train.CONFIG,
        out,
        conll,
        work=tmp_path / "work",
        limit=3,
        measure=False,
        overrides={"training.max_steps": 4, "training.eval_frequency": 2},
    )
    assert nlds["data"]["conll2002"]["ned.train"]["docs"] == 3
    assert "micro" in nlds["conll2002"]["ned.testb"]
    nlp = nlds_nlp.load(model=out)
    assert "ner" in nlp.pipe_names and "nlds_merge" in nlp.pipe_names
    assert json.loads((out / "meta.json").read_text())["nlds"]["seed"] == nlds["seed"]
