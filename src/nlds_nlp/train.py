"""Train, measure and save our own Dutch NER model (``nlds-nlp train``).

What it does, in order:

1. reads CoNLL-2002 Dutch (``ned.train``, ``ned.testa``, ``ned.testb``: one ``word POS tag``
   line per token, IOB2 tags over PER/ORG/LOC/MISC, ``-DOCSTART-`` lines between articles,
   blank lines between sentences) and repairs the copy's damaged characters (see
   :func:`repair_line`);
2. maps the gold **dev** split onto the CoNLL labels (PERSON→PER, ORG→ORG, LOC→LOC). PROGRAMME
   and LAW are *left out*: their tokens are marked "missing" (no supervision either way),
   because CoNLL would tag some of them MISC ("Wet" titles), some ORG, some nothing, and
   teaching either O or MISC for them would contradict one of the two sources. MONEY and DATE
   tokens are O, as in CoNLL;
3. trains ``configs/ner.cfg`` (fixed seed) on ned.train + gold dev, selecting the best
   checkpoint on ned.testa; ned.testb is only used for the final report and the gold **test**
   split never for training or selection;
4. saves the model with a ``meta.json`` whose ``nlds`` section records the data hashes, the
   config, the seed, ned.testb scores per label, the gold dev/test scores of the pipeline with
   and without the model, and the cost (words/s, peak memory) of both.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "configs" / "ner.cfg"
CONLL_DIR = REPO.parent / "shared" / "data" / "conll2002"
OUTPUT = REPO / "models" / "nlds-ner-nl"
CONLL_FILES = ("ned.train", "ned.testa", "ned.testb")
CONLL_LABELS = ("PER", "ORG", "LOC", "MISC")
# Gold labels -> CoNLL labels; labels listed in GOLD_MISSING get no supervision at all.
GOLD_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}
GOLD_MISSING = ("PROGRAMME", "LAW")
SENTENCES_PER_DOC = 10
GOLD_CHUNK_TOKENS = 300
POS_TAGS = ("Adj", "Adv", "Art", "Conj", "Int", "Misc", "N", "Num", "Prep", "Pron", "Punc", "V")

log = logging.getLogger(__name__)

Sentence = list[tuple[str, str]]

# --- reading CoNLL-2002 ----------------------------------------------------------------------

# This copy of CoNLL-2002 (converted from Latin-1) has ~1,400 damaged characters: a diacritic
# letter *and the character after it* were replaced by a C1 control character plus "E"
# ("België N B-LOC" became "Belgi\x81EN B-LOC", "financiële" became "financi\x81Ee"). When the
# lost character was the field separator the line has two fields and the POS tag is glued to
# the word. We restore what is recoverable: split the POS tag off again, read "\x81E" as "ë"
# after a vowel ("België", "Israël", "geëist") and "é" elsewhere ("café", "José"), and restore
# the frequent "-iële" ending. Other lost characters stay lost (the same in train and test).
_DAMAGED = re.compile(r"[\x80-\x9f]E?")
_TWO_FIELDS_POS = re.compile(r"^(.*[\x80-\x9f]E)(" + "|".join(POS_TAGS) + r")$")


def repair_word(word: str) -> str:
    """Undo what can be undone of the damage described above in one word."""
    if not _DAMAGED.search(word):
        return word
    word = re.sub(r"i[\x80-\x9f]Ee", "iële", word)
    word = re.sub(r"([aeioAEIO])[\x80-\x9f]E", r"\1ë", word)
    word = re.sub(r"\x81E", "é", word)
    return _DAMAGED.sub("", word) or word


def repair_line(line: str) -> tuple[str, str] | None:
    """``(word, tag)`` of one token line, or None for a blank/``-DOCSTART-`` line."""
    fields = line.split()
    if not fields or fields[0] == "-DOCSTART-":
        return None
    tag = fields[-1]
    if len(fields) >= 3:
        word = fields[0]
    else:  # word and POS glued together by the damage
        m = _TWO_FIELDS_POS.match(fields[0])
        word = m.group(1) if m else fields[0]
    return repair_word(word), tag


def read_conll(path: Path) -> list[list[Sentence]]:
    """Articles (split at ``-DOCSTART-``) as lists of sentences of ``(word, IOB2 tag)``."""
    articles: list[list[Sentence]] = [[]]
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sentence:
                articles[-1].append(sentence)
                sentence = []
            if articles[-1]:
                articles.append([])
            continue
        token = repair_line(line)
        if token is None:
            if sentence:
                articles[-1].append(sentence)
                sentence = []
            continue
        sentence.append(token)
    if sentence:
        articles[-1].append(sentence)
    return [a for a in articles if a]


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` of IOB2 tags; a stray ``I-X`` starts an entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, typ = tag.partition("-")
        continues = kind == "I" and typ == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if kind in ("B", "I") and not continues:
            start, label = i, typ
    return spans


def conll_docs(
    nlp: Language, articles: Iterable[list[Sentence]], per_doc: int = SENTENCES_PER_DOC
) -> list[Doc]:
    """Docs of ``per_doc`` sentences (within an article) with their entities set."""
    docs = []
    for article in articles:
        for i in range(0, len(article), per_doc):
            words: list[str] = []
            tags: list[str] = []
            starts: list[bool] = []
            for sentence in article[i : i + per_doc]:
                starts += [True] + [False] * (len(sentence) - 1)
                words += [w for w, _ in sentence]
                tags += [t for _, t in sentence]
            doc = Doc(nlp.vocab, words=words, sent_starts=starts)
            doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in iob_spans(tags)]
            docs.append(doc)
    return docs


# --- the gold dev split as training data -------------------------------------------------------


def gold_docs(
    nlp: Language, gold: Iterable[Any], chunk_tokens: int = GOLD_CHUNK_TOKENS
) -> list[Doc]:
    """Gold documents tokenised as the pipeline does, entities mapped to CoNLL labels
    (PROGRAMME/LAW tokens "missing"), cut at paragraph breaks into chunks of about
    ``chunk_tokens`` tokens."""
    docs = []
    for g in gold:
        doc = nlp.make_doc(g.text)
        ents, missing, covered = [], [], set()
        for s in sorted(g.spans, key=lambda s: (s["start"], -s["end"])):
            span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
            if span is None or any(t in covered for t in range(span.start, span.end)):
                continue
            if s["label"] in GOLD_TO_CONLL:
                ents.append(Span(doc, span.start, span.end, label=GOLD_TO_CONLL[s["label"]]))
            elif s["label"] in GOLD_MISSING:
                missing.append(span)
            else:
                continue
            covered.update(range(span.start, span.end))
        doc.set_ents(ents, missing=missing, default="outside")
        start = 0
        for i, token in enumerate(doc):
            paragraph = token.is_space and "\n" in token.text
            if (paragraph and i - start >= chunk_tokens and token.ent_iob_ != "I") or i == len(
                doc
            ) - 1:
                chunk = doc[start : i + 1].as_doc()
                if any(not t.is_space for t in chunk):
                    docs.append(chunk)
                start = i + 1
    return docs


# --- files, hashes ------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build_corpora(
    work: Path,
    conll_dir: Path = CONLL_DIR,
    *,
    gold_split: str | None = "dev",
    gold_weight: int = 1,
    limit: int | None = None,
) -> dict[str, Any]:
    """Write ``train.spacy`` (ned.train + gold dev), ``dev.spacy`` (ned.testa) and
    ``testb.spacy`` into ``work``; returns what went in (files, hashes, counts).

    ``limit`` keeps only the first ``limit`` docs of each part (for smoke tests).
    """
    from nlds_nlp import corpus
    from nlds_nlp.pipeline import add_special_cases

    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    add_special_cases(nlp)
    data: dict[str, Any] = {"conll2002": {}, "gold": {}}
    parts: dict[str, list[Doc]] = {}
    for name in CONLL_FILES:
        path = conll_dir / name
        parts[name] = conll_docs(nlp, read_conll(path))[:limit]
        data["conll2002"][name] = {
            "path": str(path),
            "sha256": sha256_file(path),
            "docs": len(parts[name]),
            "tokens": sum(len(d) for d in parts[name]),
            "entities": sum(len(d.ents) for d in parts[name]),
        }
    train = list(parts["ned.train"])
    if gold_split:
        from nlds_nlp.goldspec import LABELS  # noqa: F401  (the gold labels we map from)

        gold_path = corpus.gold_dir() / f"{gold_split}.jsonl"
        extra = gold_docs(nlp, corpus.load(gold_split))[:limit]
        train += extra * gold_weight
        data["gold"] = {
            "split": gold_split,
            "path": str(gold_path),
            "sha256": sha256_file(gold_path),
            "docs": len(extra),
            "weight": gold_weight,
            "tokens": sum(len(d) for d in extra),
            "entities": sum(len(d.ents) for d in extra),
            "mapping": GOLD_TO_CONLL,
            "missing": list(GOLD_MISSING),
        }
    for filename, docs in (
        ("train.spacy", train),
        ("dev.spacy", parts["ned.testa"]),
        ("testb.spacy", parts["ned.testb"]),
    ):
        DocBin(docs=docs, store_user_data=False).to_disk(work / filename)
    return data


# --- training -------------------------------------------------------------------------------


def train_model(
    config: Path, work: Path, output: Path, overrides: dict[str, Any] | None = None
) -> tuple[Path, float]:
    """Train with spaCy's loop on the corpora in ``work``; the best checkpoint (on ned.testa)
    is copied to ``output``. Returns the output path and the training time in seconds."""
    from spacy.cli.train import train as spacy_train

    settings = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    settings.update(overrides or {})
    runs = work / "runs"
    started = time.perf_counter()
    spacy_train(config, runs, overrides=settings)
    seconds = time.perf_counter() - started
    best = runs / "model-best"
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(best, output)
    return output, seconds


# --- measuring -------------------------------------------------------------------------------


def conll_scores(nlp: Language, docs: Iterable[Doc]) -> dict[str, Any]:
    """Exact-match entity P/R/F1 per label and micro (conlleval's measure) on pre-tokenised
    reference docs."""
    from nlds_nlp.evaluate import PRF

    counts = {label: PRF() for label in CONLL_LABELS}
    refs = list(docs)
    inputs = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[True] * len(d)) for d in refs)
    for ref, pred in zip(refs, nlp.pipe(inputs, batch_size=256), strict=True):
        gold = {(e.start, e.end, e.label_) for e in ref.ents}
        found = {(e.start, e.end, e.label_) for e in pred.ents}
        for key in gold | found:
            c = counts.setdefault(key[2], PRF())
            c.tp += key in gold and key in found
            c.fp += key in found and key not in gold
            c.fn += key in gold and key not in found
    micro = PRF()
    for c in counts.values():
        micro.add(c)
    return {"micro": micro.summary(), **{k: v.summary() for k, v in sorted(counts.items())}}


def gold_scores(model: Path | None, split: str) -> dict[str, Any]:
    """The whole pipeline's scores on a gold split: rules only (``model=None``) or with
    ``model`` as base. Micro is over the primary labels, as ``nlds-nlp evaluate``."""
    import nlds_nlp
    from nlds_nlp import corpus
    from nlds_nlp.evaluate import score

    nlp = nlds_nlp.load(base="blank") if model is None else nlds_nlp.load(model=model)
    docs = corpus.load(split)
    report, _ = score(
        (d.id, d.text, d.spans, nlds_nlp.annotate(d.text, d.published, nlp=nlp)) for d in docs
    )
    labels = {k: v.exact.summary() for k, v in sorted(report.labels.items())}
    return {"micro_primary": report.micro().summary(), "labels": labels}


_COST_SCRIPT = """
import json, resource, sys, time
import nlds_nlp
from nlds_nlp import corpus
model = sys.argv[1] or None
nlp = nlds_nlp.load(base="blank") if model is None else nlds_nlp.load(model=model)
docs = corpus.load(sys.argv[2])
nlds_nlp.annotate(docs[0].text, docs[0].published, nlp=nlp)  # warm-up
words, best = sum(len(d.text.split()) for d in docs), float("inf")
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    for d in docs:
        nlds_nlp.annotate(d.text, d.published, nlp=nlp)
    best = min(best, time.perf_counter() - t)
try:  # VmHWM: this process's own peak (ru_maxrss would include the forking parent's)
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    peak = int(status.split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"words": words, "words_per_second": round(words / best),
                  "peak_rss_mb": round(peak, 1)}))
"""


def pipeline_cost(model: Path | None, split: str = "test", repeats: int = 2) -> dict[str, Any]:
    """Words/s (best of ``repeats`` passes over ``split``, one process) and the peak resident
    memory (MB) of a fresh process that loads the pipeline, the split, and runs it."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _COST_SCRIPT, str(model or ""), split, str(repeats)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_pipeline(model: Path) -> dict[str, Any]:
    """Gold dev/test scores of the pipeline with and without ``model``, and their cost."""
    return {
        "gold": {
            split: {"rules": gold_scores(None, split), "rules+model": gold_scores(model, split)}
            for split in ("dev", "test")
        },
        "cost": {
            "split": "test",
            "rules": pipeline_cost(None),
            "rules+model": pipeline_cost(model),
        },
    }


def remeasure(model: Path = OUTPUT, **extra: Any) -> dict[str, Any]:
    """Redo :func:`measure_pipeline` for a saved model (e.g. after the rules changed) and
    update its meta; ``extra`` keys are added to the ``nlds`` section too."""
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    nlds = {**meta.get("nlds", {}), **measure_pipeline(model), **extra}
    nlds["size_mb"] = directory_size_mb(model)
    write_meta(model, nlds)
    return nlds


def directory_size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


def write_meta(output: Path, nlds: dict[str, Any]) -> dict[str, Any]:
    """Add the ``nlds`` section (and our name, description, sources) to ``meta.json``."""
    path = output / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "nlds_ner_nl",
            "version": "0.1.0",
            "description": "Small Dutch NER (PER/ORG/LOC/MISC; CNN with hash embeddings, no "
            "vectors) trained by nlds-nlp on CoNLL-2002 ned.train and the nlds gold "
            "dev split",
            "license": "research use (CoNLL-2002 data; see nlds.data)",
            "sources": [
                {
                    "name": "CoNLL-2002 Dutch",
                    "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
                },
                {"name": "nlds_nlp gold corpus (dev split)"},
            ],
            "nlds": nlds,
        }
    )
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def run(
    config: Path = CONFIG,
    output: Path = OUTPUT,
    conll_dir: Path = CONLL_DIR,
    *,
    work: Path | None = None,
    overrides: dict[str, Any] | None = None,
    limit: int | None = None,
    measure: bool = True,
) -> dict[str, Any]:
    """The whole of ``nlds-nlp train``: corpora, training, scores, cost, meta. Returns the
    ``nlds`` meta section. ``limit`` and ``measure=False`` make a quick smoke run."""
    from spacy.util import load_config

    tmp = None
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="nlds-train-")
        work = Path(tmp.name)
    try:
        data = build_corpora(work, conll_dir, limit=limit)
        model, seconds = train_model(config, work, output, overrides)
        cfg = load_config(config, overrides=overrides or {}, interpolate=False)
        nlp = spacy.load(model)
        testb = DocBin().from_disk(work / "testb.spacy").get_docs(nlp.vocab)
        testa = DocBin().from_disk(work / "dev.spacy").get_docs(nlp.vocab)
        nlds: dict[str, Any] = {
            "config": {
                "path": str(config.relative_to(REPO))
                if config.is_relative_to(REPO)
                else str(config),
                "sha256": sha256_file(config),
                "overrides": overrides or {},
                "text": cfg.to_str(),
            },
            "seed": cfg["system"]["seed"],
            "data": data,
            "training_seconds": round(seconds),
            "conll2002": {
                "ned.testa": conll_scores(nlp, testa),
                "ned.testb": conll_scores(nlp, testb),
            },
        }
        if measure:
            nlds.update(measure_pipeline(model))
        nlds["size_mb"] = directory_size_mb(model)
        write_meta(model, nlds)
        nlds["size_mb"] = directory_size_mb(model)
        write_meta(model, nlds)
        return nlds
    finally:
        if tmp is not None:
            tmp.cleanup()
