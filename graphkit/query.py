"""Run the analysts' Cypher library (``cypher/*.cypher``) or any Cypher against Neo4j.

Plain functions that ``graphkit query`` mirrors::

    from graphkit.query import library, resolve_query, parse_param, run_query, format_rows
    info = resolve_query("critics")
    columns, rows = run_query(store, info.text, {"actor": "Donald Trump"})
    print(format_rows(columns, rows, "table"))

Each library file starts with a header of ``//`` comments::

    // Title: Who criticises an actor
    // Question: Which actors criticise $actor, how often and in how many sources?
    // Parameters:
    //   $actor: "Donald Trump" -- the actor's name, alias or id (any case)
    // Columns:
    //   critic -- the critic's name

An example value is written in JSON (which is also a Cypher literal), so the same value
goes into Neo4j Browser (``:param actor => "Donald Trump"``), cypher-shell
(``-P '{actor: "Donald Trump"}'``) and graphkit (``--param 'actor=Donald Trump'``).
A file without parameters says ``// Parameters: none``.

Queries are read-only unless ``write=True``: the plan is checked first (``EXPLAIN``:
a query whose type is not ``r`` is refused), and the query then runs in a READ
transaction, so a write that slipped past the check still fails on the server.

Dates stay strings: graphkit stores ``published``/``first_seen``/``last_seen`` as ISO
``YYYY-MM-DD`` strings (or ``""``), so ``--param from=2025-06-01`` is the string
``"2025-06-01"`` and compares correctly with them; a neo4j ``Date`` would never be equal to
or ordered against those strings.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as nx_errors
from neo4j import graph as nx_graph

from .errors import GraphkitError

LIBRARY_DIR = Path(__file__).resolve().parents[1] / "cypher"
FORMATS = ("table", "json", "jsonl", "csv")
DEFAULT_TIMEOUT = 60.0
# Files in cypher/ that are not questions.
NOT_QUERIES = frozenset({"schema"})

_PARAM_LINE = re.compile(r"^\$(?P<name>\w+)\s*:\s*(?P<example>.+?)\s+--\s+(?P<doc>.+)$")
_COLUMN_LINE = re.compile(r"^(?P<name>\w+)\s+--\s+(?P<doc>.+)$")
_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$|^[-+]?\.[0-9]+$")


@dataclass
class QueryParam:
    name: str
    example: Any  # the example value, parsed from its JSON text
    example_text: str  # as written in the header (JSON, also a Cypher literal)
    doc: str


@dataclass
class QueryInfo:
    """One library query: its file, parsed header and text."""

    name: str
    path: Path
    title: str = ""
    question: str = ""
    params: list[QueryParam] = field(default_factory=list)
    columns: list[tuple[str, str]] = field(default_factory=list)  # (name, description)
    text: str = ""
    problems: list[str] = field(default_factory=list)  # what the header lacks

    @property
    def examples(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path), "title": self.title,
                "question": self.question,
                "params": [{"name": p.name, "example": p.example, "doc": p.doc} for p in self.params],
                "columns": [{"name": n, "doc": d} for n, d in self.columns]}


def parse_header(text: str, name: str = "", path: Path | None = None) -> QueryInfo:
    """Read the ``//`` header of a library file (everything before the first code line)."""
    info = QueryInfo(name=name, path=path or Path(name), text=text)
    section = ""
    has_params_section = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        key, sep, rest = body.partition(":")
        low = key.strip().lower()
        if sep and low in ("title", "question", "parameters", "columns") and " " not in key.strip():
            section = low
            rest = rest.strip()
            if low == "title":
                info.title = rest
            elif low == "question":
                info.question = rest
            elif low == "parameters":
                has_params_section = True
                if rest and rest.lower() != "none":
                    info.problems.append("'Parameters:' takes 'none' or one '$name: example -- doc' "
                                         "per following line")
            elif rest:
                info.problems.append("'Columns:' lists one 'name -- doc' per following line")
            continue
        if section == "question" and body:
            info.question = f"{info.question} {body}".strip()
        elif section == "title" and body:
            info.title = f"{info.title} {body}".strip()
        elif section == "parameters" and body:
            m = _PARAM_LINE.match(body)
            if not m:
                if body.startswith("$"):
                    info.problems.append(f"unreadable parameter line: {body!r}")
                continue
            try:
                example = json.loads(m["example"])
            except ValueError:
                info.problems.append(f"example of ${m['name']} is not JSON: {m['example']!r}")
                example = m["example"]
            info.params.append(QueryParam(m["name"], example, m["example"], m["doc"]))
        elif section == "columns" and body:
            m = _COLUMN_LINE.match(body)
            if m:
                info.columns.append((m["name"], m["doc"]))
            else:
                section = ""  # free text after the columns
    for what in ("title", "question"):
        if not getattr(info, what):
            info.problems.append(f"no '// {what.capitalize()}:' line")
    if not has_params_section:
        info.problems.append("no '// Parameters:' section ('none' if it takes none)")
    if not info.columns:
        info.problems.append("no '// Columns:' section")
    used = set(re.findall(r"\$(\w+)", strip_comments(text)))
    listed = {p.name for p in info.params}
    if used - listed:
        info.problems.append("parameters used but not documented: " + ", ".join(sorted(used - listed)))
    if listed - used:
        info.problems.append("parameters documented but not used: " + ", ".join(sorted(listed - used)))
    return info


def strip_comments(text: str) -> str:
    """The query without whole-line ``//`` comments (header and notes)."""
    return "\n".join(ln for ln in text.splitlines() if not ln.strip().startswith("//"))


def library(dir: str | Path = LIBRARY_DIR) -> list[QueryInfo]:  # noqa: A002 - mirrors the CLI
    """Every query file in ``dir`` (not ``schema.cypher``), with its parsed header, by name."""
    folder = Path(dir)
    out = []
    for path in sorted(folder.glob("*.cypher")):
        if path.stem in NOT_QUERIES:
            continue
        out.append(parse_header(path.read_text(encoding="utf-8"), path.stem, path))
    return out


def resolve_query(name_or_path: str | Path, dir: str | Path = LIBRARY_DIR) -> QueryInfo:  # noqa: A002
    """A library query by name (``critics``), file name (``critics.cypher``) or any path."""
    given = Path(name_or_path)
    candidates = [given] if given.suffix else []
    candidates += [Path(dir) / given.name if given.suffix else Path(dir) / f"{given.name}.cypher"]
    for path in candidates:
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise GraphkitError(f"cannot read {path}: {exc}") from None
            return parse_header(text, path.stem, path)
    names = ", ".join(q.name for q in library(dir))
    raise GraphkitError(f"no query file or library query named {str(name_or_path)!r}; "
                        f"the library has: {names} (see `graphkit query --list`)")


def parse_value(text: str) -> Any:
    """A parameter value from the command line, typed.

    Integers, floats, ``true``/``false``, ``null`` and JSON (``[...]``, ``{...}``, ``"..."``)
    become those values; anything else, including dates (``2025-06-07``) and text that only
    looks like JSON (``{``), stays the exact string. To pass the string ``42`` or ``true``
    write it in JSON quotes: ``'"42"'``.
    """
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        value = float(text)
        if math.isfinite(value):
            return value
    if text in ("true", "false"):
        return text == "true"
    if text == "null":
        return None
    if text[:1] in "[{\"":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def parse_param(item: str) -> tuple[str, Any]:
    """``"name=value"`` -> ``(name, typed value)``; see ``parse_value`` for the typing."""
    name, sep, value = item.partition("=")
    name = name.strip().lstrip("$")
    if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
        raise GraphkitError(f"bad parameter {item!r}: write NAME=VALUE, e.g. actor='Gavin Newsom'")
    return name, parse_value(value)


def parse_params(items: list[str] | tuple[str, ...]) -> dict[str, Any]:
    return dict(parse_param(i) for i in items)


# -- running -----------------------------------------------------------------------------

def _driver_of(target: Any) -> tuple[neo4j.Driver, str | None]:
    driver = getattr(target, "driver", None)
    if driver is not None:
        return driver, getattr(target, "database", None)
    if hasattr(target, "session"):
        return target, None
    raise GraphkitError(
        "graphkit query needs Neo4j: set --db bolt://127.0.0.1:7687 "
        "(start one with scripts/neo4j-local start, or docker compose up -d)")


_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")


def _syntax_message(exc: neo4j.exceptions.Neo4jError, line_shift: int) -> str:
    message = (exc.message or str(exc)).split("\n")[0]
    m = _POSITION.search(message)
    if m:
        line, column = int(m[1]) - line_shift, int(m[2])
        message = _POSITION.sub("", message).rstrip()
        if len(message) > 300:
            message = message[:300] + "…"
        return f"Cypher syntax error at line {line}, column {column}: {message}"
    return f"Cypher syntax error: {message}"


def _client_error(exc: nx_errors.Neo4jError, timeout: float | None, line_shift: int = 0) -> GraphkitError:
    code = exc.code or ""
    first = (exc.message or str(exc)).split("\n")[0]
    if isinstance(exc, nx_errors.CypherSyntaxError) or code.endswith("SyntaxError"):
        return GraphkitError(_syntax_message(exc, line_shift))
    if code.endswith("ParameterMissing"):
        missing = first.split(":", 1)[-1].strip()
        return GraphkitError(f"the query needs parameter(s) {missing}: add --param NAME=VALUE "
                             "for each (library headers show an example)")
    if code.endswith("AccessMode"):
        return GraphkitError("refused: the query writes to the database; "
                             "add --write (write=True) if you mean it")
    if "TransactionTimedOut" in code or "Terminated" in code:
        return GraphkitError(f"the query was stopped after the {timeout:g} s timeout; "
                             "narrow it or raise --timeout")
    if code.endswith("TypeError") or code.endswith("ArgumentError") or code.endswith("SemanticError"):
        return GraphkitError(f"Cypher error: {first}")
    return GraphkitError(f"Neo4j refused the query ({code}): {first}")


def query_type(target: Any, cypher: str, params: dict[str, Any] | None = None) -> str:
    """The plan's query type: ``r`` (read), ``rw``, ``w`` or ``s`` (schema)."""
    driver, database = _driver_of(target)
    text = cypher.strip()
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as s:
        try:
            summary = s.run("EXPLAIN\n" + text, params or {}).consume()
        except nx_errors.ClientError as exc:
            raise _client_error(exc, None, line_shift=1) from None
    return summary.query_type or "r"


def run_query(target: Any, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run ``cypher`` with ``params`` on a ``Neo4jStore`` or a ``neo4j.Driver``.

    Returns ``(columns, rows)`` with every value turned into plain JSON-able data.
    Read-only unless ``write``: the plan must be a read (``EXPLAIN``), and the query runs
    in a READ transaction. ``timeout`` (seconds, ``None`` = the server's limit) stops it on
    the server. ``limit`` keeps only the first rows. Errors are one-line GraphkitErrors.
    """
    params = dict(params or {})
    text = cypher.strip()
    if not strip_comments(text).strip():
        raise GraphkitError("the query is empty")
    driver, database = _driver_of(target)
    from .store.neo4j import friendly_errors

    uri = getattr(target, "uri", "Neo4j")
    with friendly_errors(uri):
        kind = query_type(target, text, params)
        if kind != "r" and not write:
            what = {"rw": "reads and writes", "w": "writes", "s": "changes the schema"}.get(kind, kind)
            raise GraphkitError(f"refused: this query {what} (query type {kind!r}); graphkit query is "
                                "read-only unless you add --write")
        query = neo4j.Query(text, timeout=timeout)

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(text, params)
            keys = list(result.keys())
            rows = []
            for record in result:
                rows.append([plain(v) for v in record.values()])
                if limit is not None and len(rows) >= limit:
                    break
            return keys, rows

        try:
            if write:
                # auto-commit, so that CALL { ... } IN TRANSACTIONS works too
                with driver.session(database=database) as s:
                    result = s.run(query, params)
                    keys = list(result.keys())
                    rows = [[plain(v) for v in r.values()] for r in result]
                    return keys, rows if limit is None else rows[:limit]
            with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as s:
                return s.execute_read(work)
        except nx_errors.ClientError as exc:
            raise _client_error(exc, timeout) from None
        except nx_errors.TransientError as exc:
            if "Terminated" in (exc.code or "") or "TimedOut" in (exc.code or ""):
                raise _client_error(exc, timeout) from None
            raise GraphkitError(f"Neo4j could not finish the query ({exc.code}): "
                                f"{(exc.message or '').splitlines()[0] if exc.message else ''}") from None


# -- values and output formats -----------------------------------------------------------

def plain(value: Any) -> Any:
    """A driver value as plain JSON-able data (nodes/relationships/paths as dicts)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, nx_graph.Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, nx_graph.Relationship):
        return {"_type": value.type,
                "_start": _node_key(value.start_node), "_end": _node_key(value.end_node),
                **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, nx_graph.Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):  # neo4j.time Date, Time, DateTime, Duration
        return value.iso_format()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if hasattr(value, "srid"):  # spatial points
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)  # Duration and anything else


def _node_key(node: nx_graph.Node | None) -> Any:
    if node is None:
        return None
    return node.get("id", node.element_id)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else str(value)
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def format_table(columns: list[str], rows: list[list[Any]], max_width: int = 80) -> str:
    """A plain-text table; cells longer than ``max_width`` are cut with an ellipsis."""
    def cut(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[:max_width - 1] + "…"

    cells = [[cut(_cell(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_rows(columns: list[str], rows: list[list[Any]], fmt: str = "table") -> str:
    """Rows as ``table``, ``json`` (a list of objects), ``jsonl`` or ``csv``."""
    if fmt == "table":
        return format_table(columns, rows)
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False) for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        return buf.getvalue().rstrip("\n")
    raise GraphkitError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
