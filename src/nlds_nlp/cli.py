"""Command line: each command a thin wrapper over a library function.

User errors (missing file, bad encoding, bad date, malformed JSON line) print one line naming the
file and problem and exit non-zero; outputs are written atomically, so nothing half-written is
ever left behind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from nlds_nlp.io.atomic import atomic_writer
from nlds_nlp.io.readers import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Money, organisations, programmes and dates from Dutch government publications.",
)

EXAMPLE = "examples/nds-2020-voorbeeld.txt"
EXAMPLE_PUBLISHED = "2020-06-25"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _check_date(published: str | None) -> str | None:
    from nlds_nlp.api import check_published

    try:
        return check_published(published)
    except ValueError as exc:
        fail(str(exc))
    return None


@app.command()
def extract(
    paths: Annotated[list[Path] | None, typer.Argument(help="Text, Markdown or JSONL files.")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Records JSONL.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY[-MM[-DD]]) for files without one.")
    ] = None,
    example: Annotated[bool, typer.Option(help="Run on the bundled example document.")] = False,
) -> None:
    """Extract records (JSON Lines) from documents; with --example, from the bundled example."""
    from importlib import resources

    from nlds_nlp.api import extract as run
    from nlds_nlp.io.readers import InputDocument, read_path

    published = _check_date(published)
    docs: list[InputDocument] = []
    if example or not paths:
        if not example:
            fail("no input files given (use --example for the bundled example)")
        text = resources.files("nlds_nlp").joinpath(EXAMPLE).read_text("utf-8")
        docs.append(InputDocument("example", text, {"published": EXAMPLE_PUBLISHED}, EXAMPLE))
    try:
        for path in paths or []:
            docs.extend(read_path(path, published))
    except InputError as exc:
        fail(str(exc))
    lines = []
    for doc in docs:
        record = run(doc.text, doc.meta.get("published") or published, id=doc.id,
                     title=doc.meta.get("title"))
        lines.append(record.model_dump_json(exclude_none=True))
    _emit(lines, output)


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
) -> None:
    """Add predicted ``spans`` in the gold-corpus format to each document."""
    from nlds_nlp.api import annotate as run
    from nlds_nlp.io.readers import read_jsonl

    try:
        docs = list(read_jsonl(input))
    except InputError as exc:
        fail(str(exc))
    lines = []
    for doc in docs:
        spans = run(doc.text, doc.meta.get("published"))
        lines.append(json.dumps({"id": doc.id, "meta": doc.meta, "text": doc.text,
                                 "spans": spans}, ensure_ascii=False))
    _emit(lines, output)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from nlds_nlp.records import DocumentRecord

    typer.echo(json.dumps(DocumentRecord.model_json_schema(mode="serialization"), indent=2))


@app.command()
def evaluate(
    split: Annotated[str, typer.Option(help="dev, test or all")] = "test",
    pred: Annotated[
        Path | None, typer.Option(help="Predictions in corpus format (JSONL with id and spans).")
    ] = None,
    texts: Annotated[Path | None, typer.Option(help="Texts directory (default ../shared/corpus).")]
    = None,
    out_dir: Annotated[Path, typer.Option(help="Where metrics.json and errors.jsonl go.")] = Path("."),
    fail_under: Annotated[
        float | None, typer.Option(help="Exit 1 if micro F1 (primary labels) is below this.")
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
    if pred is not None:
        predicted: dict[str, list] = {}
        try:
            for lineno, line in enumerate(pred.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    row = json.loads(line)
                    predicted[row["id"]] = row.get("spans", [])
        except FileNotFoundError:
            fail(f"{pred}: file not found")
        except (json.JSONDecodeError, KeyError) as exc:
            fail(f"{pred} line {lineno}: malformed prediction ({exc})")
    else:
        from nlds_nlp.api import annotate as run

        predicted = {doc.id: run(doc.text, doc.published) for doc in gold}
    report, errors = score((d.id, d.text, d.spans, predicted.get(d.id, [])) for d in gold)
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


def main() -> None:
    app()
