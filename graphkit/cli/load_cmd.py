"""``graphkit load``: read, extract and store documents, one transaction each."""

from __future__ import annotations

import sys
import time

import click

from ..documents import MAX_BYTES, ReadError, parse_date, read_inputs
from ..load import LoadAborted, load_items
from .main import ENCODER_OPTION, Settings, emit_json, plural

FIELDS = ("text", "title", "published", "url", "source")


def parse_fields(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        ours, sep, theirs = v.partition("=")
        if not sep or ours not in FIELDS or not theirs:
            raise click.BadParameter(f"{v!r}: use OURS=THEIRS with OURS one of {', '.join(FIELDS)}",
                                     param_hint="--field")
        out[ours] = theirs
    return out


@click.command("load")
@click.argument("paths", nargs=-1, required=True)
@click.option("--glob", help="File name pattern inside folders (default: every supported file).")
@click.option("--format", "kind", type=click.Choice(["txt", "md", "html", "json", "jsonl"]),
              help="Read every input as this format (default: by extension; stdin is sniffed).")
@click.option("--title", help="Title for plain files.")
@click.option("--source", help="Outlet for plain files, e.g. 'Los Angeles Times'.")
@click.option("--date", "published", help="Publication date for plain files (YYYY-MM-DD).")
@click.option("--url", help="URL for a plain file.")
@click.option("--field", "fields", multiple=True, metavar="OURS=THEIRS",
              help="Map a JSON field name, e.g. --field text=body (repeatable).")
@click.option("--jobs", default=1, show_default=True, help="Extraction processes.")
@ENCODER_OPTION
@click.option("--writers", default=4, show_default=True,
              help="Documents written at once, each in its own transaction (Neo4j; SQLite "
                   "writes one at a time). The graph is the same as with 1.")
@click.option("--force", is_flag=True, help="Re-extract and replace documents already stored.")
@click.option("--dry-run", is_flag=True, help="Read and extract, write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True, help="Size limit per document.")
@click.pass_obj
def load_cmd(settings: Settings, paths: tuple[str, ...], glob: str | None, kind: str | None,
             title: str | None, source: str | None, published: str | None, url: str | None,
             fields: tuple[str, ...], jobs: int, encoder: bool, writers: int, force: bool,
             dry_run: bool, as_json: bool, max_bytes: int) -> None:
    """Load documents from PATHS (files, folders, '-' for stdin) into the store.

    Each document is written in one transaction; loading the same text again changes
    nothing, and a changed text under a known url replaces the old version.
    """
    try:
        date = parse_date(published)
    except ReadError as exc:
        raise click.BadParameter(str(exc), param_hint="--date") from None
    if jobs < 1:
        raise click.BadParameter("give 1 or more extraction processes", param_hint="--jobs")
    if writers < 1:
        raise click.BadParameter("give 1 or more writers", param_hint="--writers")
    if max_bytes < 1:
        raise click.BadParameter("give a positive number of bytes", param_hint="--max-bytes")
    defaults = {k: v for k, v in {"title": title, "source": source, "published": date,
                                  "url": url}.items() if v}
    items = read_inputs(paths, glob=glob, kind=kind, fields=parse_fields(fields),
                        defaults=defaults, max_bytes=max_bytes)
    store = None if dry_run else settings.open_store()
    progress = Progress(enabled=sys.stderr.isatty() and not as_json)
    aborted: LoadAborted | None = None
    try:
        summary = load_items(store, items, jobs=jobs, force=force, writers=writers,
                             on_item=progress.tick, encoder=encoder)
    except LoadAborted as exc:
        aborted, summary = exc, exc.summary
    finally:
        progress.done()
    if as_json:
        emit_json({**summary.to_json(), "store": None if store is None else store.uri,
                   "dry_run": dry_run})
    else:
        for f in summary.failures:
            click.echo(f"failed: {f['path']}: {f['reason']}", err=True)
        verb = "would load" if dry_run else "loaded"
        click.echo(f"{verb} {plural(summary.documents, 'document')}: {summary.new} new, "
                   f"{summary.unchanged} unchanged, {summary.replaced} replaced, "
                   f"{summary.failed} failed; {plural(summary.actors, 'actor')}, "
                   f"{plural(summary.claims, 'claim')}"
                   + ("" if store is None else f" -> {store.uri}"))
    if aborted is not None:
        stored = summary.new + summary.replaced
        raise click.ClickException(
            f"{aborted} -- stopped after storing {stored} document(s); each document is "
            "written whole or not at all: run the same command again to finish")
    if summary.failed:
        raise SystemExit(1)


class Progress:
    """A one-line counter on a terminal's stderr, redrawn at most ten times a second;
    silent when stderr is not a terminal, so it never mixes into piped output or logs."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.counts: dict[str, int] = {}
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def tick(self, item: object, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.1:
            self.last = now
            self.draw(now)

    def draw(self, now: float) -> None:
        n = sum(self.counts.values())
        rate = n / max(now - self.start, 1e-6)
        detail = ", ".join(f"{v} {k}" for k, v in sorted(self.counts.items()))
        click.echo(f"\r\x1b[Kloading: {n} documents ({detail}), {rate:.1f}/s", nl=False, err=True)
        self.shown = True

    def done(self) -> None:
        if self.enabled and self.shown:
            self.draw(time.monotonic())
            click.echo(err=True)
