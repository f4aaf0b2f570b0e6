"""``graphkit neo4j start|stop|status``: the project-local Neo4j server (no Docker)."""

from __future__ import annotations

import click


@click.group("neo4j")
def neo4j_group() -> None:
    """Run a local Neo4j 5.26 server assembled from Maven Central (see README)."""


def _call(action: str) -> None:
    """Run the launcher; it prints its own one-line messages, so only its exit code passes on
    (``status`` exits 3 when the server is stopped, as pg_ctl does)."""
    from .. import neo4j_local

    rc = neo4j_local.main([action])
    if rc:
        raise SystemExit(rc)


@neo4j_group.command("start")
def start() -> None:
    """Start the server (idempotent) and wait until Bolt answers."""
    _call("start")


@neo4j_group.command("stop")
def stop() -> None:
    """Stop the server."""
    _call("stop")


@neo4j_group.command("status")
def status() -> None:
    """Say whether the server runs, with its pid and Bolt URI (exit 3 when stopped)."""
    _call("status")
