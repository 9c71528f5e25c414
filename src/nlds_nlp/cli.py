"""Command line: each command a thin wrapper over a library function.

User errors (missing file, bad encoding, bad date, malformed JSON line) print one line naming the
file and problem and exit non-zero; outputs are written atomically, so nothing half-written is
ever left behind.
"""

from __future__ import annotations

import glob
import importlib.util
import itertools
import json
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from nlds_nlp.io.atomic import atomic_writer
from nlds_nlp.io.readers import InputError
from nlds_nlp.limits import DEFAULT_TIMEOUT

EXAMPLE = "examples/nds-2020-voorbeeld.txt"
EXAMPLE_PUBLISHED = "2020-06-25"
MAX_ERRORS_SHOWN = 20


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


_PLAIN_TYPES = {"path": "PATH", "int": "N", "int range": "N", "float": "NUMBER", "str": "TEXT"}


def _plain(params: list[Any]) -> list[Any]:
    """Parameters whose ``--help`` names a value as PATH, TEXT or N, never with typer's type
    tags (``<bool>``, ``<list[Path]>``), which read as Python to a user of the command line."""
    for param in params:
        shown = getattr(param, "display_type", None)
        if shown is None or getattr(param, "_plain", False):
            continue
        bare = getattr(param, "param_type_name", "") == "argument" or param.is_flag

        def display(ctx: Any = None, param: Any = param, shown: Any = shown, bare=bare) -> Any:
            if bare:
                return None
            if param.metavar:
                return param.metavar
            kind = str(shown(ctx)).strip("<>")
            return _PLAIN_TYPES.get(kind, kind.upper())

        param.display_type_rich = display
        param._plain = True
    return params


class PlainHelpCommand(TyperCommand):
    """A command with plain value names in ``--help`` (see :func:`_plain`)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))


class PlainHelpGroup(TyperGroup):
    """The command group with plain value names in ``--help`` (see :func:`_plain`)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))


app = typer.Typer(
    cls=PlainHelpGroup,
    add_completion=False,
    no_args_is_help=True,
    help="Money, organisations, programmes and dates from Dutch government publications.",
)


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # ValueError: a module set to None, as if uninstalled
        return False


def _require_extra(module: str, extra: str, what: str) -> None:
    """Stop before any work when an optional dependency is missing, naming the extra."""
    if not _has_module(module):
        fail(f"{what} needs the '{extra}' extra: pip install 'nlds-nlp[{extra}]'")


def _check_inputs(paths: list[Path]) -> None:
    """Every path named on the command line must exist (or, as a glob, match something)."""
    for path in paths:
        if path.exists() or path.is_symlink():
            continue
        if glob.has_magic(str(path)):
            if not glob.glob(str(path), recursive=True):
                fail(f"{path}: no file matches this pattern")
            continue
        fail(f"{path}: file not found")


def _model_exists(model: str) -> bool:
    """Whether ``--model`` names a directory or an installed pipeline package (checked before
    workers start, each of which would otherwise fail to load it)."""
    from spacy.util import is_package

    return Path(model).exists() or is_package(model)


def _check_date(published: str | None) -> str | None:
    from nlds_nlp.api import check_published

    try:
        return check_published(published)
    except ValueError as exc:
        fail(str(exc))
    return None


@app.command()
def extract(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files, directories (recursive) or globs: .txt .md .html .htm .pdf "
            ".xml (officiële publicaties) .jsonl"
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Records JSONL (default: stdout); with --format csv|parquet, a directory.",
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (records), or csv|parquet (flat tables).")
    ] = "jsonl",
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Failed documents (JSONL); default beside the output."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY[-MM[-DD]]) for files without one.")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch.")] = 64,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes (or Dask workers).")] = 1,
    engine: Annotated[str, typer.Option(help="local, or dask for a Dask cluster.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786); default: a local "
            "cluster. See docs/batch.md for running on a real cluster."
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run: skip documents already in OUTPUT.")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal)."
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to build on (name or path).")
    ] = None,
    meta: Annotated[
        Path | None,
        typer.Option(
            help="JSONL of document metadata: rows with id or file, and published, title, "
            "publisher. Its rows win over the documents' own and over --published."
        ),
    ] = None,
    manifest: Annotated[
        bool,
        typer.Option(
            "--manifest/--no-manifest",
            help="Use a manifest.jsonl in an input directory or the one above it as --meta.",
        ),
    ] = True,
    example: Annotated[bool, typer.Option(help="Run on the bundled example document.")] = False,
    timeout: Annotated[
        float,
        typer.Option(
            min=0, help="Seconds a document may take before it is recorded as failed (0: no limit)."
        ),
    ] = DEFAULT_TIMEOUT,
) -> None:
    """Extract records from publications; with --example, from the bundled example.

    Exit code 0: all documents extracted; 1: some failed (see the errors file); 2: bad usage or
    an output that cannot be written; 130 (Ctrl-C) or 143 (SIGTERM): stopped, rerun with
    --resume to continue.
    """
    published = _check_date(published)
    if example or not paths:
        if not example:
            fail("no input files given (use --example for the bundled example)")
        _extract_example(output, published)
        return
    from nlds_nlp.batch import BatchInterrupted, PipelineSpec, run_batch

    if fmt not in ("jsonl", "csv", "parquet"):
        fail(f"unknown --format {fmt!r}: expected jsonl, csv or parquet")
    if engine not in ("local", "dask"):
        fail(f"unknown --engine {engine!r}: expected local or dask")
    if output is None and fmt != "jsonl":
        fail(f"--format {fmt} writes tables: give a directory with -o")
    if output is None and resume:
        fail("--resume needs -o OUTPUT")
    if output is not None and fmt == "jsonl" and output.is_dir():
        fail(f"{output}: is a directory; give a file for the records, or use --format csv|parquet")
    if output is not None and fmt != "jsonl" and output.exists() and not output.is_dir():
        fail(f"{output}: --format {fmt} needs a directory, and this is a file")
    if fmt == "parquet":
        _require_extra("pyarrow", "parquet", "--format parquet")
    if engine == "dask":
        _require_extra("dask.distributed", "dask", "--engine dask")
    _check_inputs(paths)
    if model is not None and not _model_exists(model):
        fail(f"--model {model}: no installed spaCy pipeline package or directory of that name")
    from nlds_nlp.io.meta import load_meta

    try:
        index = load_meta(meta, paths, manifests=manifest)
    except InputError as exc:
        fail(str(exc))
    for source in index.sources:
        typer.echo(f"metadata from {source}", err=True)
    shown = 0

    def report(source: str, message: str) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_ERRORS_SHOWN:
            typer.echo(f"error: {message}", err=True)
        elif shown == MAX_ERRORS_SHOWN + 1:
            typer.echo("error: (more failures: see the errors file)", err=True)

    try:
        result = run_batch(
            paths,
            output,
            fmt=fmt,
            errors=errors,
            published=published,  # type: ignore[arg-type]
            batch_size=batch_size,
            n_process=n_process,
            engine=engine,  # type: ignore[arg-type]
            scheduler=scheduler,
            resume=resume,
            progress=progress,
            spec=PipelineSpec(model=model),
            stream=sys.stdout if output is None else None,
            on_error=report,
            meta=index if len(index) else None,
            timeout=timeout,
        )
    except BatchInterrupted as exc:
        kept = f"; {exc.part} keeps what was done, rerun with --resume" if exc.part else ""
        how = "terminated" if exc.signum == signal.SIGTERM else "interrupted"
        typer.echo(f"{how} after {exc.result.documents} document(s){kept}", err=True)
        raise typer.Exit(128 + int(exc.signum)) from None
    except KeyboardInterrupt:
        typer.echo("interrupted before any document was extracted", err=True)
        raise typer.Exit(130) from None
    except (OSError, ValueError) as exc:
        fail(str(exc))
    where = f" to {output}" if output is not None else ""
    skipped = f", {result.skipped} already done" if result.skipped else ""
    typer.echo(
        f"wrote {result.documents} record(s){where}{skipped} "
        f"({result.words:,} words, {result.words_per_second:,.0f} words/s)",
        err=True,
    )
    if result.failed:
        where_errors = f": see {result.errors_path}" if result.errors_path else ""
        typer.echo(f"{result.failed} document(s) failed{where_errors}", err=True)
        raise typer.Exit(1)


def _extract_example(output: Path | None, published: str | None) -> None:
    from importlib import resources

    from nlds_nlp.api import extract as run

    text = resources.files("nlds_nlp").joinpath(EXAMPLE).read_text("utf-8")
    record = run(text, EXAMPLE_PUBLISHED or published, id="example")
    _emit([record.model_dump_json(exclude_none=True)], output)


def _emit(lines: list[str], output: Path | None) -> None:
    if output is None:
        for line in lines:
            sys.stdout.write(line + "\n")
        return
    with atomic_writer(output) as fh:
        for line in lines:
            fh.write(line + "\n")
    typer.echo(f"wrote {len(lines)} record(s) to {output}", err=True)


@app.command()
def annotate(
    input: Annotated[Path, typer.Argument(help='JSONL of {"id", "text", "meta": {"published"}}')],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output JSONL (gold format).")],
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to build on (name or path).")
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Failed lines (JSONL); default beside the output."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0, help="Seconds a document may take before it is recorded as failed (0: no limit)."
        ),
    ] = DEFAULT_TIMEOUT,
) -> None:
    """Add predicted ``spans`` in the gold-corpus format to each document.

    A bad line or a document that fails is reported (file and line) and left out; the others are
    written. Exit code 0: every line annotated; 1: some failed (see the errors file).
    """
    from nlds_nlp.api import annotate as run
    from nlds_nlp.batch import default_errors_path
    from nlds_nlp.io.readers import iter_jsonl_lines, parse_jsonl_line
    from nlds_nlp.io.writers import ErrorLog, OutputError, check_output_path, json_safe
    from nlds_nlp.limits import DocumentTimeout, time_limit

    errors = errors or default_errors_path(output)
    try:
        check_output_path(output, "output")
        if errors is not None:
            check_output_path(errors, "errors file")
        lines = iter_jsonl_lines(input)
        first = next(lines, None)  # a missing or unreadable input fails here, before any output
    except (OutputError, InputError) as exc:
        fail(str(exc))
    nlp = _pipeline(model)
    errlog = ErrorLog(errors)
    written = 0
    with atomic_writer(output) as fh:
        for lineno, line in itertools.chain([first] if first else [], lines):
            where = f"{input} line {lineno}"
            try:
                doc = parse_jsonl_line(line, where, f"{input.stem}-{lineno}")
                with time_limit(timeout):
                    spans = run(doc.text, doc.meta.get("published"), nlp=nlp)
            except InputError as exc:
                message = str(exc)
            except DocumentTimeout as exc:
                message = f"{where}: {exc}"
            except ValueError as exc:
                message = f"{where}: {exc}"
            else:
                row = {"id": doc.id, "meta": doc.meta, "text": doc.text, "spans": spans}
                fh.write(json_safe(json.dumps(row, ensure_ascii=False)) + "\n")
                written += 1
                continue
            errlog.write(f"{input}:{lineno}", None, message)
            if errlog.count <= MAX_ERRORS_SHOWN:
                typer.echo(f"error: {message}", err=True)
    errors_path = errlog.commit()
    typer.echo(f"wrote {written} document(s) to {output}", err=True)
    if errlog.count:
        typer.echo(f"{errlog.count} line(s) failed: see {errors_path}", err=True)
        raise typer.Exit(1)


def _pipeline(model: str | None) -> Any:
    """The pipeline for ``--model`` (None: the default one); a model that cannot be loaded is a
    user error with one line, not a traceback."""
    if model is None:
        return None
    from nlds_nlp.pipeline import load

    try:
        return load(model=model)
    except (OSError, ValueError, ImportError) as exc:
        fail(f"--model {model}: cannot load ({exc})")
    return None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from nlds_nlp.records import DocumentRecord

    typer.echo(json.dumps(DocumentRecord.model_json_schema(mode="serialization"), indent=2))


@app.command()
def evaluate(
    split: Annotated[str, typer.Option(help="dev, dev2, test, all, or a list: dev,dev2")] = "test",
    pred: Annotated[
        Path | None, typer.Option(help="Predictions in corpus format (JSONL with id and spans).")
    ] = None,
    texts: Annotated[
        Path | None, typer.Option(help="Texts directory (default ../shared/corpus).")
    ] = None,
    out_dir: Annotated[Path, typer.Option(help="Where metrics.json and errors.jsonl go.")] = Path(
        "."
    ),
    fail_under: Annotated[
        float | None, typer.Option(help="Exit 1 if micro F1 (primary labels) is below this.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline to build on (name or path); not with --pred."),
    ] = None,
) -> None:
    """Score the extractor (or --pred) on the gold corpus; print a table per label."""
    from nlds_nlp.corpus import CorpusError
    from nlds_nlp.corpus import load as load_gold
    from nlds_nlp.evaluate import format_table, score

    try:
        gold = load_gold(split, texts)
    except CorpusError as exc:
        fail(str(exc))
    if pred is not None and model is not None:
        fail("--model runs the extractor; --pred scores predictions made elsewhere: give one")
    nlp = _pipeline(model) if pred is None else None
    if pred is not None:
        predicted: dict[str, list] = {}
        try:
            lines = pred.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            fail(f"{pred}: file not found")
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                predicted[row["id"]] = row.get("spans", [])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                fail(f"{pred} line {lineno}: malformed prediction ({exc})")
    else:
        from nlds_nlp.api import annotate as run

        predicted = {doc.id: run(doc.text, doc.published, nlp=nlp) for doc in gold}
    report, errors = score(
        ((d.id, d.text, d.spans, predicted.get(d.id, [])) for d in gold),
        genres={d.id: d.meta.get("genre") for d in gold},
    )
    typer.echo(format_table(report))
    with atomic_writer(out_dir / "metrics.json") as fh:
        json.dump({"split": split, **report.to_dict()}, fh, indent=2)
    with atomic_writer(out_dir / "errors.jsonl") as fh:
        for e in errors:
            fh.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")
    micro = report.micro().f1
    if fail_under is not None and micro < fail_under:
        typer.echo(f"micro F1 {micro:.4f} is below --fail-under {fail_under}", err=True)
        raise typer.Exit(1)


@app.command()
def summarize(
    records: Annotated[
        Path, typer.Argument(help="Records JSONL (or a directory written by extract --format).")
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option("-o", "--out-dir", help="Where the CSV tables go (default RECORDS-summary)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Rows of each table to print.")] = 15,
) -> None:
    """Money per programme, organisation and year, and funder -> recipient flows, with sources."""
    from nlds_nlp.summarize import format_tables, summarize_file, write_summary

    if not records.exists():
        fail(f"{records}: file not found")
    try:
        summary = summarize_file(records)
    except (OSError, ValueError) as exc:
        fail(str(exc))
    target = out_dir or records.with_name(f"{records.stem}-summary")
    paths = write_summary(summary, target)
    typer.echo(format_tables(summary, top=top))
    typer.echo(f"wrote {len(paths)} table(s) to {target}", err=True)


@app.command()
def report(
    records: Annotated[
        Path,
        typer.Argument(
            help="Records JSONL (or a directory written by extract --format).",
            exists=True,
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    texts: Annotated[
        bool,
        typer.Option(
            "--texts/--no-texts",
            help="Read each document's text back from its source to show it highlighted "
            "(--no-texts: only the sentences of flows; a smaller file).",
        ),
    ] = True,
    base: Annotated[
        Path | None,
        typer.Option(help="Where relative sources are looked up too (default: beside RECORDS)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Chains drawn in the funding picture.")] = 15,
    title: Annotated[str | None, typer.Option(help="Title of the report.")] = None,
) -> None:
    """One self-contained HTML page: flows to filter and sort, who funds whom, money per year,
    and every document with its mentions highlighted."""
    from nlds_nlp.report import write_report

    try:
        data = write_report(records, output, texts=texts, base=base, top=top, title=title)
    except (OSError, ValueError) as exc:
        fail(str(exc))
    missing = f", {data.texts_missing} without their text" if data.texts_missing else ""
    typer.echo(
        f"wrote {output}: {len(data.docs)} document(s), {len(data.flows)} flow(s){missing}",
        err=True,
    )


def main() -> None:
    app()


@app.command()
def train(
    config: Annotated[
        Path | None, typer.Option(help="spaCy config (default configs/ner.cfg).")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Model directory (default models/nlds-ner-nl)."),
    ] = None,
    conll: Annotated[
        Path | None, typer.Option(help="CoNLL-2002 directory (default ../shared/data/conll2002).")
    ] = None,
    measure: Annotated[
        bool, typer.Option(help="Score the pipeline on the gold splits and measure its cost.")
    ] = True,
) -> None:
    """Train the Dutch NER model (CoNLL-2002 + gold dev) and write its scores into meta.json."""
    from nlds_nlp import train as training

    config = config or training.CONFIG
    conll = conll or training.CONLL_DIR
    for path in (config, *(conll / name for name in training.CONLL_FILES)):
        if not path.is_file():
            fail(f"{path}: file not found")
    nlds = training.run(config, output or training.OUTPUT, conll, measure=measure)
    testb = nlds["conll2002"]["ned.testb"]["micro"]
    typer.echo(
        f"ned.testb P {testb['precision']:.4f} R {testb['recall']:.4f} "
        f"F1 {testb['f1']:.4f}; saved to {output or training.OUTPUT}",
        err=True,
    )


# Every command gets the plain --help (registered here, so commands need no extra argument).
for _command in app.registered_commands:
    if _command.cls in (None, TyperCommand):
        _command.cls = PlainHelpCommand
