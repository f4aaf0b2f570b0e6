"""``graphkit query``: run a library query (cypher/*.cypher), a file or ``-e CYPHER`` on Neo4j."""

from __future__ import annotations

import json
import os

import click

from ..errors import GraphkitError
from ..query import DEFAULT_TIMEOUT, FORMATS, format_rows, library, parse_params, resolve_query, run_query
from ..store import DEFAULT_DB, is_neo4j
from .main import Settings

NEEDS_NEO4J = ("graphkit query needs Neo4j: set --db bolt://127.0.0.1:7687 (start one with "
               "scripts/neo4j-local start, or docker compose up -d)")


def list_library(as_json: bool) -> None:
    queries = library()
    if as_json:
        click.echo(json.dumps([q.to_json() for q in queries], ensure_ascii=False, indent=2))
        return
    width = max((len(q.name) for q in queries), default=0)
    for q in queries:
        params = " ".join(f"--param {p.name}={_shell(p.example)}" for p in q.params)
        click.echo(f"{q.name.ljust(width)}  {q.title}")
        click.echo(f"{''.ljust(width)}  {q.question}")
        if params:
            click.echo(f"{''.ljust(width)}  e.g. graphkit query {q.name} {params}")
    click.echo(f"({len(queries)} queries in {queries[0].path.parent if queries else 'cypher/'})")


def _shell(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    if text and all(c.isalnum() or c in "-_.:/" for c in text):
        return text
    return "'" + text.replace("'", "'\\''") + "'"


@click.command("query")
@click.argument("query", required=False, metavar="FILE|NAME")
@click.option("-e", "--execute", "cypher", metavar="CYPHER", help="Run this Cypher text instead.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter (repeatable). Numbers, true/false, null and JSON ([..], {..}, "
                   "\"..\") are typed; anything else, dates included, is a string.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format.")
@click.option("--write", is_flag=True, help="Allow a query that writes (refused otherwise).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
              show_default=True, help="Stop the query on the server after this many seconds.")
@click.option("--limit", type=click.IntRange(min=0), help="Print at most this many rows.")
@click.option("--list", "list_", is_flag=True, help="List the query library with descriptions.")
@click.option("--json", "as_json", is_flag=True, hidden=True, help="With --list: as JSON.")
@click.pass_obj
def query_cmd(settings: Settings, query: str | None, cypher: str | None, params: tuple[str, ...],
              fmt: str, write: bool, timeout: float, limit: int | None, list_: bool,
              as_json: bool) -> None:
    """Run a Cypher query on Neo4j and print its rows.

    FILE|NAME is a .cypher file or the name of a library query (see --list), e.g.

        graphkit --db bolt://127.0.0.1:7687 query critics --param actor='Donald Trump'

    Queries are read-only unless --write is given.
    """
    if list_:
        list_library(as_json)
        return
    if bool(query) == bool(cypher):
        raise click.UsageError("give a query FILE or NAME, or -e CYPHER (one of them); "
                               "--list shows the library")
    try:
        values = parse_params(params)
    except GraphkitError as exc:
        raise click.BadParameter(str(exc), param_hint="--param") from None
    info = resolve_query(query) if query else None
    text = info.text if info else cypher
    if info is not None:
        missing = [p for p in info.params if p.name not in values]
        if missing:
            hint = " ".join(f"--param {p.name}={_shell(p.example)}" for p in missing)
            raise click.UsageError(f"{info.name} needs {', '.join('$' + p.name for p in missing)}: "
                                   f"add e.g. {hint}")
    db = settings.db or os.environ.get("GRAPHKIT_DB") or DEFAULT_DB
    if not is_neo4j(db):  # checked before opening, so no SQLite file is created
        raise GraphkitError(NEEDS_NEO4J)
    store = settings.open_store()
    columns, rows = run_query(store, text, values, write=write, timeout=timeout, limit=limit)
    out = format_rows(columns, rows, fmt)
    if out:
        click.echo(out)
