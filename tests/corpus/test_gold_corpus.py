"""Every gold file is valid against its texts, and the loader refuses what it cannot trust."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from nlds_nlp import corpus
from nlds_nlp.goldspec import LABELS, check_spans

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "gold"


@pytest.mark.parametrize("split", ["dev", "dev2", "test"])
def test_gold_split_is_valid(shared: Path, split: str) -> None:
    docs = corpus.load(split, shared / "corpus")
    assert docs, f"{split} split is empty"
    for doc in docs:
        assert check_spans(doc.text, doc.spans) == [], doc.id
        for s in doc.spans:
            if s["label"] in ("MONEY", "DATE"):
                assert s.get("value"), f"{doc.id} {s['id']} has no value"


def test_splits_are_disjoint_and_test_is_large_enough(shared: Path) -> None:
    dev = {d.id for d in corpus.load("dev", shared / "corpus", validate=False)}
    dev2 = {d.id for d in corpus.load("dev2", shared / "corpus", validate=False)}
    test = {d.id for d in corpus.load("test", shared / "corpus", validate=False)}
    assert not dev & test and not dev2 & test and not dev & dev2
    assert len(test) >= 0.3 * (len(dev) + len(test))


def test_every_label_is_present(shared: Path) -> None:
    docs = corpus.load("all", shared / "corpus", validate=False)
    counts = Counter(s["label"] for d in docs for s in d.spans)
    assert set(counts) == set(LABELS), counts


def test_gold_stores_no_texts() -> None:
    for path in GOLD.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert "text" not in json.loads(line), f"{path} stores a text"


def test_sha_mismatch_is_refused(shared: Path, tmp_path: Path, monkeypatch) -> None:
    row = json.loads((GOLD / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    manifest = {
        r["id"]: r
        for r in map(json.loads, (shared / "corpus" / "manifest.jsonl").read_text().splitlines())
    }
    entry = manifest[row["id"]]
    (tmp_path / "texts").mkdir()
    (tmp_path / "manifest.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    original = (shared / "corpus" / entry["file"]).read_text(encoding="utf-8")
    (tmp_path / entry["file"]).write_text(original + " extra", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setenv("NLDS_GOLD", str(gold))
    with pytest.raises(corpus.CorpusError, match="SHA-256"):
        corpus.load("dev", tmp_path)
    (tmp_path / entry["file"]).unlink()
    with pytest.raises(corpus.CorpusError, match="missing"):
        corpus.load("dev", tmp_path)


def test_texts_dir_comes_from_env(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NLDS_TEXTS", str(tmp_path))
    assert corpus.resolve_texts_dir() == tmp_path
    assert corpus.resolve_texts_dir("elsewhere") == Path("elsewhere")
    with pytest.raises(corpus.CorpusError, match="manifest"):
        corpus.load("dev")


def test_unknown_split_is_refused(shared: Path) -> None:
    with pytest.raises(corpus.CorpusError, match="unknown split"):
        corpus.load("train", shared / "corpus")
