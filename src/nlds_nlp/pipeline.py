"""Build the nlds_nlp spaCy pipeline from the packaged config.

Why a config file: the component order and settings are data a user can read and override, and
the same blocks are added whether the base is ``spacy.blank("nl")`` or an installed Dutch model
(whose NER then fills gaps under our rules). A pipeline saved with ``nlp.to_disk()`` loads with
``spacy.load()`` alone, because every component is a factory registered through the
``spacy_factories`` entry points.
"""

from __future__ import annotations

import importlib.util
import os
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import load_config_from_str

from nlds_nlp import docdata  # noqa: F401  (registers the ._.nlds_* extensions)
from nlds_nlp.tokenguard import affix_characters

DUTCH_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
OUR_PIPES = (
    "nlds_money",
    "nlds_dates",
    "nlds_organisations",
    "nlds_programmes",
    "nlds_names",
    "nlds_merge",
    "nlds_funding",
)
# Our own small NER (``nlds-nlp train``): bundled in the package, else in the source checkout's
# models/; NLDS_NER_MODEL points elsewhere ("" switches it off).
NER_MODEL = "nlds-ner-nl"
# Whether load() uses it as base when no nl_core_news_* is installed (decided on dev micro F1).
NER_MODEL_BY_DEFAULT = False
# Tokens the blank Dutch tokenizer gets wrong for money and dates (see docs/design notes).
SPECIAL_CASES = ("mld.", "mln.", "mrd.", "mio.", "jl.", "ca.", "t/m", "k€", "m€")
# The longest text (characters) a pipeline takes. spaCy's own limit (1,000,000, error E088)
# guards its parser, which needs about 1 GB per 100,000 characters; our components are linear and
# need about 100 MB per million characters (benchmarks/adversarial.py), so the largest real
# publications (5 MB) go through whole, with every offset true to the original text.
MAX_TEXT_CHARS = 10_000_000


def installed_dutch_model() -> str | None:
    """Name of the best installed Dutch spaCy model, or None."""
    for name in DUTCH_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def bundled_ner_model() -> Path | None:
    """Directory of our trained NER model (see ``nlds_nlp.train``), or None if absent."""
    env = os.environ.get("NLDS_NER_MODEL")
    if env is not None:
        return Path(env) if env and (Path(env) / "meta.json").is_file() else None
    packaged = Path(str(resources.files("nlds_nlp"))) / "models" / NER_MODEL
    checkout = Path(__file__).resolve().parents[2] / "models" / NER_MODEL
    for candidate in (packaged, checkout):
        if (candidate / "meta.json").is_file():
            return candidate
    return None


def _config():
    text = resources.files("nlds_nlp.resources").joinpath("pipeline.cfg").read_text("utf-8")
    return load_config_from_str(text)


def add_special_cases(nlp: Language) -> None:
    """Keep abbreviations such as "mld." whole; they are saved with the tokenizer."""
    from spacy.attrs import ORTH

    for case in SPECIAL_CASES:
        nlp.tokenizer.add_special_case(case, [{ORTH: case}])


def add_components(nlp: Language, use_ner: bool = True) -> Language:
    """Add our components (in config order) to any Dutch pipeline that lacks them."""
    config = _config()
    for name in config["nlp"]["pipeline"]:
        if name in nlp.pipe_names:
            continue
        block = dict(config["components"][name])
        factory = block.pop("factory")
        if factory == "nlds_merge":
            block["use_ner"] = bool(block.get("use_ner", True)) and use_ner
        nlp.add_pipe(factory, name=name, config=block)
    return nlp


def load(base: str | Path | None = None, model: str | Path | None = None) -> Language:
    """The extraction pipeline.

    - ``load()``: the best installed Dutch model (lg, md, sm) as base, else (only if
      ``NER_MODEL_BY_DEFAULT``) our trained ``nlds-ner-nl`` (:func:`bundled_ner_model`), else
      ``spacy.blank("nl")``;
    - ``load(base="blank")`` forces the blank base; ``load(base="nl_core_news_md")`` picks one;
    - ``load(model=PATH_OR_NAME)``: any spaCy pipeline a user has (a saved nlds pipeline, a
      trained model such as ``load(model=bundled_ner_model())``, ``nl_core_news_*``); our
      components are added when missing.
    """
    if model is not None:
        nlp = spacy.load(model)
    elif base is None:
        found = installed_dutch_model() or (bundled_ner_model() if NER_MODEL_BY_DEFAULT else None)
        nlp = spacy.load(found) if found else spacy.blank("nl")
    elif str(base) == "blank":
        nlp = spacy.blank("nl")
    else:
        nlp = spacy.load(base)
    if nlp.lang != "nl":
        raise ValueError(f"pipeline {model or base!r} is for language {nlp.lang!r}, not Dutch")
    # Components of the base we do not need only cost time.
    keep_ner = "ner" in nlp.pipe_names
    for name in list(nlp.pipe_names):
        if name not in OUR_PIPES and name not in ("ner", "tok2vec", "transformer"):
            nlp.disable_pipe(name)
    add_special_cases(nlp)
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    affix_characters(nlp)  # derived once here, so forked workers inherit it (tokenguard)
    return add_components(nlp, use_ner=keep_ner)
