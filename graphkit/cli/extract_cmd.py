"""``graphkit extract``: print what the extractor finds, without storing it."""

from __future__ import annotations

import json

import click

from ..documents import read_inputs
from ..load import extract_stream, extractor_for
from .main import ENCODER_OPTION


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="json: the evaluation contract; table: for a person.")
@click.option("--glob", help="File name pattern inside folders, e.g. '*.txt'.")
@click.option("--jobs", default=1, show_default=True, help="Extraction processes.")
@ENCODER_OPTION
def extract_cmd(paths: tuple[str, ...], fmt: str, glob: str | None, jobs: int,
                encoder: bool) -> None:
    """Extract actors, issues and relations from PATHS ('-' for stdin) and print them."""
    from ..extract import merge

    extractor = extractor_for(encoder)
    items = list(read_inputs(paths, glob=glob))
    failed = [(i.path, i.error) for i in items if i.doc is None]
    good = []
    for item, ext in extract_stream([i for i in items if i.doc is not None], extractor, jobs):
        if isinstance(ext, str):
            failed.append((item.path, ext))
        else:
            good.append(ext)
    merged = merge(good)
    if fmt == "json":
        click.echo(json.dumps(merged.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(merged))
    for path, reason in failed:
        click.echo(f"{path}: {reason}", err=True)
    if failed:
        raise SystemExit(1)


def format_table(ext) -> str:
    """A plain-text rendering of an extraction for a person."""
    names = {a.id: a.name for a in ext.actors} | {i.id: i.name for i in ext.issues}
    out = [f"ACTORS ({len(ext.actors)})"]
    for a in sorted(ext.actors, key=lambda a: (a.kind, a.name)):
        roles = f"  [{'; '.join(a.roles)}]" if a.roles else ""
        out.append(f"  {a.kind:<12} {a.name}{roles}")
    out.append(f"RELATIONS ({len(ext.relations)})")
    for r in ext.relations:
        quote = f'  "{r.evidence[0].quote}"' if r.evidence and r.evidence[0].quote else ""
        out.append(f"  {names.get(r.source, r.source)} -[{r.type} {r.polarity:+d}]-> "
                   f"{names.get(r.target, r.target)}  ({r.mode}, {r.confidence:.2f}, {r.rule}){quote}")
    return "\n".join(out)
