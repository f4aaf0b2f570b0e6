"""The ``graphkit`` command line: it only parses options and prints; logic lives in the package."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import click

from .. import __version__
from ..errors import GraphkitError
from ..model import ENCODER_RULE
from ..store import Store, is_neo4j, open_store


class FriendlyGroup(click.Group):
    """A group that turns GraphkitError into a one-line error instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphkitError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; run the same command again to finish") from None


@dataclass
class Settings:
    db: str | None
    user: str | None
    password: str | None
    database: str | None
    _store: Store | None = None

    def open_store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.db, user=self.user, password=self.password,
                                     database=self.database)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
@click.option("--db", envvar="GRAPHKIT_DB", metavar="PATH|URI",
              help="Store: a SQLite file (default ./graphkit.db) or a bolt:// / neo4j:// URI. "
                   "[env GRAPHKIT_DB]")
@click.option("--user", envvar="NEO4J_USERNAME", help="Neo4j user [env NEO4J_USERNAME, default neo4j]")
@click.option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password [env NEO4J_PASSWORD]")
@click.option("--database", envvar="NEO4J_DATABASE", help="Neo4j database [env NEO4J_DATABASE]")
@click.pass_context
def cli(ctx: click.Context, db: str | None, user: str | None, password: str | None,
        database: str | None) -> None:
    """Turn news documents into an actor-relationship knowledge graph."""
    settings = Settings(db, user, password, database)
    ctx.obj = settings
    ctx.call_on_close(settings.close)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--top", default=5, show_default=True, help="How many actors and conflicts to list.")
@click.pass_obj
def stats_cmd(settings: Settings, as_json: bool, top: int) -> None:
    """Counts, the most prominent actors and the strongest conflicts."""
    from ..summary import summarise

    store = settings.open_store()
    report = summarise(store, top=top)
    if as_json:
        emit_json(report)
        return
    click.echo(f"store: {store.uri}")
    for line in report_lines(report):
        click.echo(line)


ENCODER_OPTION = click.option(
    "--encoder/--no-encoder", default=True, show_default=True,
    help="Add the stance encoder's claims to the rules' (--no-encoder: the rules alone, "
         "2-2.5x faster).")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def report_lines(report: dict[str, Any]) -> list[str]:
    c = report["counts"]
    lines = [", ".join(plural(c[k], k[:-1]) for k in ("documents", "actors", "issues", "claims", "edges"))
             + f" ({c['single_source_edges']} of the edges rest on a single source)"]
    if report.get("model_claims"):
        lines.append(f"{report['model_claims']} of the {plural(c['claims'], 'claim')} came from the "
                     f"stance encoder (rule {ENCODER_RULE}), the rest from rules")
    if report["top_actors"]:
        lines.append("most prominent actors:")
        lines += [f"  {a['name']} ({a['kind']}): {a['mentions']} claims" for a in report["top_actors"]]
    if report["conflicts"]:
        lines.append("strongest conflicts:")
        lines += [f"  {e['source']} -[{e['type']}]-> {e['target']}: weight {e['weight']}, "
                  f"{plural(e['documents'], 'document')}" for e in report["conflicts"]]
    if report["stances"]:
        lines.append("stances:")
        lines += [f"  {s['actor']} {s['type'].lower()} {s['issue']} ({s['weight']})"
                  for s in report["stances"]]
    return lines


@cli.group("db")
def db_group() -> None:
    """Create, inspect or empty the store."""


@db_group.command("init")
@click.pass_obj
def db_init(settings: Settings) -> None:
    """Create the schema (constraints and indexes); safe to run again."""
    store = settings.open_store()
    store.init()
    click.echo(f"schema ready in {store.uri}")


@db_group.command("status")
@click.pass_obj
def db_status(settings: Settings) -> None:
    """Say which store is used and what it holds."""
    store = settings.open_store()
    s = store.stats()
    kind = "Neo4j" if is_neo4j(store.uri) else "SQLite"
    click.echo(f"{kind} store {store.uri}: " + ", ".join(f"{v} {k}" for k, v in s.items()))


@db_group.command("reset")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def db_reset(settings: Settings, yes: bool) -> None:
    """Delete every document, actor, issue and claim in the store."""
    store = settings.open_store()
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("reset deletes everything: add --yes to confirm")
        click.confirm(f"Delete everything graphkit stored in {store.uri}?", abort=True)
    store.reset()
    click.echo(f"emptied {store.uri}")


def register() -> None:
    """Add the commands that live in their own modules."""
    from . import extract_cmd, load_cmd, map_cmd, neo4j_cmd, query_cmd

    for cmd in (load_cmd.load_cmd, extract_cmd.extract_cmd, query_cmd.query_cmd, map_cmd.map_cmd,
                map_cmd.matrix_cmd, map_cmd.export_cmd, neo4j_cmd.neo4j_group):
        cli.add_command(cmd)


register()
