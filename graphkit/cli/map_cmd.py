"""``graphkit map``, ``graphkit matrix`` and ``graphkit export``: they parse, call, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
import networkx as nx

from ..ontology import RELATION_TYPES


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY, checked. ``--until`` becomes an inclusive upper bound
    for the string comparison of published dates ("2025-06" takes all of June, and
    "2025-06-12" takes timestamps on that day)."""
    if value is None:
        return None
    v = value.strip()
    pad = {10: "", 7: "-01", 4: "-01-01"}
    try:
        if len(v) not in pad:
            raise ValueError
        date.fromisoformat(v + pad[len(v)])
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return v + "~" if param.name == "until" else v


def _types(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if not value:
        return None
    out = []
    for t in value.split(","):
        t = t.strip().upper().replace("-", "_")
        if not t:
            continue
        if t not in RELATION_TYPES:
            raise click.BadParameter(
                f"unknown relation type {t!r}: use any of {', '.join(RELATION_TYPES)}")
        out.append(t)
    return out or None


def view_options(f):
    """The options that cut a view of the graph (shared by map, matrix and export)."""
    opts = [
        click.option("--actor", metavar="NAME", help="Only this actor (id, name or alias) "
                     "and its neighbourhood."),
        click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
                     help="Steps around --actor."),
        click.option("--issue", metavar="ID", help="Only stances on this issue (id or name)."),
        click.option("--since", callback=_date, metavar="DATE",
                     help="Only claims published on or after DATE."),
        click.option("--until", callback=_date, metavar="DATE",
                     help="Only claims published on or before DATE."),
        click.option("--types", callback=_types, metavar="T1,T2",
                     help="Only these relation types, e.g. CRITICIZES,SUES."),
        click.option("--min-weight", type=click.IntRange(1), default=1, show_default=True,
                     help="Only edges backed by at least N claims."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
                     show_default=True, metavar="C",
                     help="Only claims with a confidence of at least C (0-1); README says "
                     "what each cut buys."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _view(obj, actor, depth, issue, since, until, types, min_weight, min_confidence
          ) -> nx.MultiDiGraph:
    from ..graph import filter_graph

    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until.rstrip('~')}")
    g = obj.open_store().graph()
    try:
        return filter_graph(g, since=since, until=until, types=types, min_weight=min_weight,
                            min_confidence=min_confidence, actor=actor, depth=depth, issue=issue)
    except KeyError as exc:
        what = "--actor" if actor is not None else "--issue"
        raise click.UsageError(f"{what}: {exc.args[0] if exc.args else exc}") from None


def _counts(g: nx.MultiDiGraph) -> str:
    return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"


def _write_error(path: Path, exc: OSError) -> click.ClickException:
    return click.ClickException(f"cannot write {path}: {exc.strerror or exc}")


@click.command("map")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--title", default="", help="Title shown on the map.")
@click.option("--caption", default="", help="Caption under the title.")
@view_options
@click.option("--matrix", is_flag=True, help="Draw the actor-by-issue stance matrix instead.")
@click.pass_obj
def map_cmd(obj, output: Path, title: str, caption: str, actor, depth, issue, since, until,
            types, min_weight, min_confidence, matrix: bool) -> None:
    """Write an interactive, self-contained HTML map (works offline; mail or archive it)."""
    from ..maps import render_map, render_stance_matrix

    g = _view(obj, actor, depth, issue, since, until, types, min_weight, min_confidence)
    try:
        if matrix:
            render_stance_matrix(g, output, title=title)
        else:
            render_map(g, output, title=title, caption=caption)
    except OSError as exc:
        raise _write_error(output, exc) from None
    kind = "stance matrix" if matrix else "map"
    click.echo(f"wrote {kind} {output} ({_counts(g)})")


@click.command("matrix")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--title", default="", help="Title shown above the matrix.")
@view_options
@click.pass_obj
def matrix_cmd(obj, output: Path, title: str, actor, depth, issue, since, until, types,
               min_weight, min_confidence) -> None:
    """Write the actor-by-issue stance matrix as a self-contained HTML file."""
    from ..maps import render_stance_matrix

    g = _view(obj, actor, depth, issue, since, until, types, min_weight, min_confidence)
    try:
        render_stance_matrix(g, output, title=title)
    except OSError as exc:
        raise _write_error(output, exc) from None
    click.echo(f"wrote stance matrix {output} ({_counts(g)})")


@click.command("export")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv"],
              case_sensitive=False), help="Format; inferred from the extension when omitted.")
@view_options
@click.pass_obj
def export_cmd(obj, output: Path, fmt: str | None, actor, depth, issue, since, until, types,
               min_weight, min_confidence) -> None:
    """Export the graph (or a view of it) as GraphML, GEXF (Gephi), JSON or CSV of edges."""
    from ..export import export_graph, format_for

    fmt = (fmt or format_for(output) or "").lower()
    if not fmt:
        raise click.UsageError(
            f"cannot tell the format from {output.name!r}: add --format graphml|gexf|json|csv")
    g = _view(obj, actor, depth, issue, since, until, types, min_weight, min_confidence)
    try:
        export_graph(g, output, fmt)
    except OSError as exc:
        raise _write_error(output, exc) from None
    click.echo(f"wrote {fmt} {output} ({_counts(g)})")
