"""graphkit.neo4j_local: the version pin, config rendering, and the server scripts/test started."""

from __future__ import annotations

import os
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from graphkit import neo4j_local
from graphkit.neo4j_local import Neo4jLocalError

ROOT = Path(__file__).resolve().parents[1]
POM = ROOT / "neo4j-local" / "pom.xml"
COMPOSE = ROOT / "docker-compose.yml"
MVN = "{http://maven.apache.org/POM/4.0.0}"


def test_pom_and_compose_pin_the_same_exact_version():
    pom_version = ET.parse(POM).getroot().find(f"{MVN}properties/{MVN}neo4j.version").text
    assert re.fullmatch(r"5\.26\.\d+", pom_version), pom_version
    # Every Neo4j artifact takes its version from the property, never a literal.
    for dep in ET.parse(POM).getroot().iter(f"{MVN}dependency"):
        if dep.find(f"{MVN}groupId").text in ("org.neo4j", "org.neo4j.app"):
            assert dep.find(f"{MVN}version").text == "${neo4j.version}"
    image = yaml.safe_load(COMPOSE.read_text())["services"]["neo4j"]["image"]
    assert image == f"neo4j:{pom_version}-community"
    assert neo4j_local.pinned_version(POM) == pom_version


def test_compose_has_no_default_password():
    env = yaml.safe_load(COMPOSE.read_text())["services"]["neo4j"]["environment"]
    assert env["NEO4J_AUTH"] == "neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}"


def test_status_of_a_missing_home_is_stopped_and_creates_nothing(tmp_path):
    home = tmp_path / "nothing-here"
    info = neo4j_local.status(home)
    assert not info.running and info.pid is None
    assert "stopped" in info.message
    assert not home.exists()
    assert neo4j_local.main(["status", "--home", str(home)]) == 3
    assert not home.exists()


def test_stop_of_a_missing_home_is_a_no_op(tmp_path):
    info = neo4j_local.stop(tmp_path / "nothing-here")
    assert not info.running and "nothing to stop" in info.message


def test_stale_pid_file_is_reported_and_removed(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    pid_file = run / "graphkit-neo4j.pid"
    pid_file.write_text(f"{os.getpid()}\n")  # alive, but not a Neo4j for this home
    assert "stale" in neo4j_local.status(tmp_path).message
    assert "stale" in neo4j_local.stop(tmp_path).message
    assert not pid_file.exists()


@pytest.mark.parametrize("password, expected", [
    ("", "NEO4J_PASSWORD is not set"),
    ("pw-7chr", "too short"),
])
def test_start_refuses_a_missing_or_short_password(tmp_path, monkeypatch, password, expected):
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    with pytest.raises(Neo4jLocalError, match=expected) as err:
        neo4j_local.start(tmp_path / "home")
    assert "\n" not in str(err.value)
    if password:
        assert password not in str(err.value)
    assert not (tmp_path / "home").exists()


def test_config_is_local_only_with_auth_and_small_memory(tmp_path):
    paths = neo4j_local._resolve_home(tmp_path)
    conf = dict(
        line.split("=", 1)
        for line in neo4j_local.render_conf(paths, 17001, 17002).splitlines()
        if line and not line.startswith("#")
    )
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17001"
    assert conf["server.http.listen_address"] == "127.0.0.1:17002"
    assert conf["server.https.enabled"] == "false"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["server.memory.pagecache.size"] == "256m"
    assert conf["dbms.usage_report.enabled"] == "false"
    assert conf["server.logs.config"] == str(tmp_path / "conf" / "server-logs.xml")
    # log4j2 configs must parse: a broken one makes Neo4j exit with code 3 and no message.
    ET.fromstring(neo4j_local.render_server_logs_xml())
    ET.fromstring(neo4j_local.render_user_logs_xml())


# ---------------------------------------------------------------- the real server

def _bolt_port() -> int:
    return urlparse(os.environ["NEO4J_URI"]).port or 7687


@pytest.fixture
def running(neo4j_conf):
    """The server scripts/test started (GRAPHKIT_NEO4J_HOME), as status() sees it."""
    info = neo4j_local.status(password=neo4j_conf["password"])
    if not info.running or not info.bolt_uri.endswith(f":{_bolt_port()}"):
        pytest.fail(f"NEO4J_URI={os.environ['NEO4J_URI']} is not the server managed from "
                    f"{info.home} ({info.message}); scripts/test should export "
                    "GRAPHKIT_NEO4J_HOME and start it with scripts/neo4j-local")
    return info


@pytest.mark.neo4j
def test_status_reports_pid_uri_and_pinned_version(running):
    assert running.pid and running.version == neo4j_local.pinned_version()


@pytest.mark.neo4j
def test_second_start_is_a_no_op_with_the_same_pid(running, neo4j_conf):
    info = neo4j_local.start(bolt_port=_bolt_port(), password=neo4j_conf["password"],
                             quiet=True)
    assert info.already_running and info.pid == running.pid
    assert "already running" in info.message
    assert neo4j_local.status().pid == running.pid


@pytest.mark.neo4j
def test_server_logs_come_out(running):
    logs = Path(running.home) / "logs"
    deadline = time.monotonic() + 15  # "Started." is logged just after Bolt answers
    while "Started." not in (logs / "neo4j.log").read_text(errors="replace"):
        assert time.monotonic() < deadline, "no 'Started.' line in logs/neo4j.log"
        time.sleep(0.2)
    assert (logs / "debug.log").stat().st_size > 0


@pytest.mark.neo4j
def test_wrong_password_gives_one_clear_line_without_the_password(neo4j_conf):
    wrong = "not-the-password-" + "x" * 8
    with pytest.raises(Neo4jLocalError, match="rejected the password") as err:
        neo4j_local.check_auth(os.environ["NEO4J_URI"], wrong)
    assert wrong not in str(err.value) and "\n" not in str(err.value)
    # The right one still works afterwards (one failure does not lock the account).
    assert neo4j_local.check_auth(os.environ["NEO4J_URI"], neo4j_conf["password"]).startswith(
        "Neo4j/5.26.")


@pytest.mark.neo4j
def test_starting_a_second_home_on_a_taken_port_fails_clearly(tmp_path, neo4j_conf):
    with pytest.raises(Neo4jLocalError, match=rf"port {_bolt_port()} .* already in use"):
        neo4j_local.start(tmp_path / "other", bolt_port=_bolt_port(),
                          password=neo4j_conf["password"], quiet=True)
    assert not (tmp_path / "other" / "data").exists()


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.neo4j
def test_a_fresh_home_accepts_a_password_that_looks_like_an_option(tmp_path):
    # token_urlsafe() passwords start with "-" one time in 64; neo4j-admin once read that
    # as an unknown option and the first start failed with exit 64.
    password = '-starts-with-a-dash "quoted" back\\slash'
    home = tmp_path / "dash"
    info = neo4j_local.start(home, bolt_port=_free_port(), http_port=_free_port(),
                             password=password, quiet=True)
    try:
        assert neo4j_local.check_auth(info.bolt_uri, password).startswith("Neo4j/5.26.")
    finally:
        neo4j_local.stop(home)
    assert not neo4j_local.status(home).running
