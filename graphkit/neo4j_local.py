"""Start, stop and inspect a real Neo4j Community server without Docker.

The server is assembled from Maven Central: ``neo4j-local/pom.xml`` pins the
Neo4j version, Maven resolves its classpath once (cached under the home
folder), and ``org.neo4j.server.CommunityEntryPoint`` -- what ``neo4j
console`` runs -- is started as a detached ``java`` process.

Everything lives in one project-local, git-ignored folder (the *home*,
``<repo>/.neo4j-local`` unless ``GRAPHKIT_NEO4J_HOME`` says otherwise)::

    conf/neo4j.conf, conf/server-logs.xml, conf/user-logs.xml  (rewritten on start)
    data/  logs/  import/  plugins/  run/
    logs/neo4j.log      the server's stdout/stderr (user log), appended per start
    logs/debug.log      Neo4j's detailed log
    run/graphkit-neo4j.pid  pid of the running server (Neo4j also writes run/neo4j.pid)
    run/state.json      ports and version of the running server
    classpath.txt       the resolved classpath, keyed by a hash of the pom

Command line::

    python -m graphkit.neo4j_local start|stop|status   (or scripts/neo4j-local)

Environment: ``NEO4J_PASSWORD`` (required by ``start``, at least 8 characters),
``GRAPHKIT_NEO4J_HOME``, ``GRAPHKIT_NEO4J_BOLT_PORT`` (7687),
``GRAPHKIT_NEO4J_HTTP_PORT`` (7474), ``GRAPHKIT_NEO4J_START_TIMEOUT`` (120 s),
``JAVA_HOME`` (else ``java`` on PATH), ``MVN`` (else ``mvn`` on PATH).

The user is always ``neo4j``. The password is never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from graphkit.errors import GraphkitError

USER = "neo4j"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
DEFAULT_START_TIMEOUT = 120.0
DEFAULT_STOP_TIMEOUT = 60.0
MIN_PASSWORD_LENGTH = 8

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

# What the 5.26 launcher (bin/neo4j) adds on Java 17, plus the heap from neo4j.conf
# (CommunityEntryPoint runs in the JVM it is given, so the heap must be set here).
JVM_FLAGS = [
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
]


class Neo4jLocalError(GraphkitError):
    """A one-line, user-facing failure; ``log_tail`` holds the server's last log lines."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        super().__init__(message)
        self.log_tail = log_tail


@dataclass
class Info:
    """What ``start``/``stop``/``status`` found or did."""

    running: bool
    pid: int | None
    bolt_uri: str
    http_uri: str
    home: str
    log: str
    version: str | None = None
    already_running: bool = False
    seconds: float | None = None
    message: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- paths


def _repo_root() -> Path:
    """The checkout this module belongs to (the folder holding ``neo4j-local/pom.xml``)."""
    here = Path(__file__).resolve().parents[1]
    if (here / "neo4j-local" / "pom.xml").is_file():
        return here
    cwd = Path.cwd()
    if (cwd / "neo4j-local" / "pom.xml").is_file():
        return cwd
    return here


def pom_path() -> Path:
    return _repo_root() / "neo4j-local" / "pom.xml"


def default_home() -> Path:
    env = os.environ.get("GRAPHKIT_NEO4J_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return _repo_root() / ".neo4j-local"


def pinned_version(pom: Path | None = None) -> str:
    """The Neo4j version pinned in ``neo4j-local/pom.xml`` (``<neo4j.version>``)."""
    text = (pom or pom_path()).read_text(encoding="utf-8")
    match = re.search(r"<neo4j\.version>\s*([^<\s]+)\s*</neo4j\.version>", text)
    if not match:
        raise Neo4jLocalError(f"no <neo4j.version> property in {pom or pom_path()}")
    return match.group(1)


@dataclass
class _Paths:
    home: Path

    @property
    def conf(self) -> Path:
        return self.home / "conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def pid_file(self) -> Path:
        return self.run / "graphkit-neo4j.pid"  # Neo4j itself writes run/neo4j.pid

    @property
    def state_file(self) -> Path:
        return self.run / "state.json"

    @property
    def lock_file(self) -> Path:
        return self.run / "neo4j-local.lock"

    @property
    def log_file(self) -> Path:
        return self.logs / "neo4j.log"

    @property
    def classpath_file(self) -> Path:
        return self.home / "classpath.txt"

    @property
    def classpath_key_file(self) -> Path:
        return self.home / "classpath.key"

    @property
    def system_db(self) -> Path:
        return self.data / "databases" / "system"


def _resolve_home(home: str | os.PathLike | None) -> _Paths:
    return _Paths(Path(home).expanduser().resolve() if home else default_home())


def _port(value: int | None, env: str, default: int) -> int:
    if value is not None:
        return int(value)
    raw = os.environ.get(env)
    if not raw:
        return default
    try:
        port = int(raw)
    except ValueError:
        raise Neo4jLocalError(f"{env}={raw!r} is not a port number") from None
    if not 0 < port < 65536:
        raise Neo4jLocalError(f"{env}={raw!r} is not a port number")
    return port


def _password(password: str | None) -> str:
    if password is None:
        password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise Neo4jLocalError(
            "NEO4J_PASSWORD is not set: export NEO4J_PASSWORD=<at least 8 characters> first"
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Neo4jLocalError(
            f"NEO4J_PASSWORD is too short ({len(password)} characters): "
            f"Neo4j needs at least {MIN_PASSWORD_LENGTH}"
        )
    return password


def _uris(bolt_port: int, http_port: int) -> tuple[str, str]:
    return f"bolt://127.0.0.1:{bolt_port}", f"http://127.0.0.1:{http_port}"


# ------------------------------------------------------------------- config files


def render_conf(paths: _Paths, bolt_port: int, http_port: int) -> str:
    """The ``neo4j.conf`` written on every start (unknown keys are fatal in 5.x)."""
    d = {
        "data": paths.data,
        "logs": paths.logs,
        "run": paths.run,
        "import": paths.home / "import",
        "plugins": paths.home / "plugins",
    }
    lines = [
        "# Written by graphkit.neo4j_local on every start: edits here are overwritten.",
        *(f"server.directories.{key}={value}" for key, value in d.items()),
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=true",
        f"server.http.listen_address=127.0.0.1:{http_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "server.memory.heap.initial_size=512m",
        "server.memory.heap.max_size=1g",
        "server.memory.pagecache.size=256m",
        "dbms.usage_report.enabled=false",
        f"server.logs.config={paths.conf / 'server-logs.xml'}",
        f"server.logs.user.config={paths.conf / 'user-logs.xml'}",
        "",
    ]
    return "\n".join(lines)


def _rolling(name: str, file: str, layout: str, keep: int) -> str:
    return f"""        <RollingRandomAccessFile name="{name}"
                fileName="${{config:server.directories.logs}}/{file}"
                filePattern="$${{config:server.directories.logs}}/{file}.%02i">
            {layout}
            <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
            <DefaultRolloverStrategy fileIndex="min" max="{keep}"/>
        </RollingRandomAccessFile>"""


_PATTERN = '%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p '


def render_server_logs_xml() -> str:
    """log4j2 config for debug/http/query/security logs (``server.logs.config``)."""
    plain = f'<PatternLayout pattern="{_PATTERN}%m%n"/>'
    debug = f'<Neo4jDebugLogLayout pattern="{_PATTERN}[%c{{1.}}] %m%n"/>'
    appenders = "\n".join(
        [
            _rolling("DebugLog", "debug.log", debug, 3),
            _rolling("HttpLog", "http.log", plain, 2),
            _rolling("QueryLog", "query.log", plain, 2),
            _rolling("SecurityLog", "security.log", plain, 2),
        ]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by graphkit.neo4j_local. A broken file makes Neo4j exit with code 3. -->
<Configuration status="ERROR">
    <Appenders>
{appenders}
    </Appenders>
    <Loggers>
        <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>
        <Logger name="QueryLogger" level="INFO" additivity="false">
            <AppenderRef ref="QueryLog"/>
        </Logger>
        <Logger name="HttpLogger" level="INFO" additivity="false">
            <AppenderRef ref="HttpLog"/>
        </Logger>
        <Logger name="SecurityLogger" level="INFO" additivity="false">
            <AppenderRef ref="SecurityLog"/>
        </Logger>
    </Loggers>
</Configuration>
"""


def render_user_logs_xml() -> str:
    """log4j2 config for the user log: to stdout, which start() sends to logs/neo4j.log."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by graphkit.neo4j_local. stdout is redirected to logs/neo4j.log. -->
<Configuration status="ERROR">
    <Appenders>
        <Console name="Console" target="SYSTEM_OUT">
            <PatternLayout pattern="{_PATTERN}%m%n"/>
        </Console>
    </Appenders>
    <Loggers>
        <Root level="INFO"><AppenderRef ref="Console"/></Root>
    </Loggers>
</Configuration>
"""


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)


def _write_config(paths: _Paths, bolt_port: int, http_port: int) -> None:
    for folder in (paths.conf, paths.data, paths.logs, paths.run,
                   paths.home / "import", paths.home / "plugins"):
        folder.mkdir(parents=True, exist_ok=True)
    _write_if_changed(paths.conf / "neo4j.conf", render_conf(paths, bolt_port, http_port))
    _write_if_changed(paths.conf / "server-logs.xml", render_server_logs_xml())
    _write_if_changed(paths.conf / "user-logs.xml", render_user_logs_xml())


# ---------------------------------------------------------------- java and maven


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise Neo4jLocalError("java not found: install a JDK 17 or 21 (apt-get install "
                              "openjdk-17-jre-headless) or set JAVA_HOME")
    return java


def classpath(paths: _Paths, quiet: bool = False) -> str:
    """The server classpath, resolved by Maven once and cached under the home folder."""
    pom = pom_path()
    if not pom.is_file():
        raise Neo4jLocalError(f"{pom} not found: run from a graphkit checkout")
    key = hashlib.sha256(pom.read_bytes()).hexdigest()
    cached = paths.classpath_file
    if cached.is_file() and paths.classpath_key_file.is_file():
        if paths.classpath_key_file.read_text().strip() == key:
            cp = cached.read_text().strip()
            if cp and all(Path(jar).is_file() for jar in cp.split(os.pathsep)):
                return cp
    mvn = os.environ.get("MVN") or shutil.which("mvn")
    if not mvn:
        raise Neo4jLocalError("mvn not found: install Maven (apt-get install maven) to "
                              "resolve the Neo4j jars from Maven Central")
    paths.home.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print(f"neo4j-local: resolving Neo4j {pinned_version(pom)} jars with Maven "
              "(first run only; may take a few minutes)...", file=sys.stderr, flush=True)
    tmp = cached.with_suffix(".tmp")
    cmd = [mvn, "-q", "-B", "-f", str(pom), "dependency:build-classpath",
           f"-Dmdep.outputFile={tmp}"]
    result = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0 or not tmp.is_file():
        out = (result.stdout + result.stderr).strip().splitlines()
        raise Neo4jLocalError(
            f"Maven could not resolve the Neo4j jars (exit {result.returncode}); "
            f"see the output above, or run: {' '.join(cmd)}",
            log_tail="\n".join(out[-30:]),
        )
    cp = tmp.read_text().strip()
    tmp.replace(cached)
    paths.classpath_key_file.write_text(key + "\n")
    return cp


# ------------------------------------------------------------------- processes


def _read_pid(paths: _Paths) -> int | None:
    """The pid file's pid; if it is missing or stale, a live server for this home found
    in /proc (its pid file was lost), which is then written back."""
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        pid = None
    if pid is not None and _is_our_server(pid, paths):
        return pid
    found = _find_server(paths)
    if found is not None and paths.run.is_dir():
        with contextlib.suppress(OSError):
            paths.pid_file.write_text(f"{found}\n")
    return found if found is not None else pid


def _find_server(paths: _Paths) -> int | None:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_our_server(int(entry.name), paths):
            return int(entry.name)
    return None


def _read_state(paths: _Paths) -> dict:
    try:
        return json.loads(paths.state_file.read_text())
    except (OSError, ValueError):
        return {}


def _is_our_server(pid: int, paths: _Paths) -> bool:
    """True if ``pid`` is a live (not zombie) Neo4j started for this home folder."""
    proc = _CHILDREN.get(pid)
    if proc is not None:  # launched by this very process: poll() also reaps it
        return proc.poll() is None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X"):
        return False
    args = [a.decode(errors="replace") for a in cmdline]
    return ENTRY_POINT in args and f"--home-dir={paths.home}" in args


def _clear_run_files(paths: _Paths) -> None:
    for f in (paths.pid_file, paths.state_file):
        with contextlib.suppress(FileNotFoundError):
            f.unlink()


@contextlib.contextmanager
def _locked(paths: _Paths) -> Iterator[None]:
    """Serialise start/stop on one home folder (two starts at once give one server)."""
    paths.run.mkdir(parents=True, exist_ok=True)
    with open(paths.lock_file, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port_answers(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex(("127.0.0.1", port)) == 0


def log_tail(paths: _Paths | str | os.PathLike | None = None, lines: int = 25) -> str:
    """The last lines of the server's log (stdout/stderr), else of debug.log."""
    if not isinstance(paths, _Paths):
        paths = _resolve_home(paths)
    for f in (paths.log_file, paths.logs / "debug.log"):
        try:
            text = f.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        start = text.rfind(_MARKER)  # only the latest run
        text = text[start:] if start >= 0 else text
        if text.strip():
            return "\n".join(text.rstrip().splitlines()[-lines:])
    return ""


# ------------------------------------------------------------------- the driver


def check_auth(uri: str, password: str, user: str = USER, timeout: float = 10.0) -> str:
    """Connect with the official driver; return the server agent (``Neo4j/5.26.N``).

    Raises Neo4jLocalError with a one-line message (never containing the password)
    when the password is rejected or the server does not answer.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    try:
        with GraphDatabase.driver(uri, auth=(user, password),
                                  connection_timeout=timeout) as driver:
            driver.verify_connectivity()
            return driver.get_server_info().agent
    except AuthError:
        raise Neo4jLocalError(
            f"Neo4j at {uri} rejected the password for user '{user}' (wrong NEO4J_PASSWORD?)"
        ) from None
    except ServiceUnavailable as exc:
        raise Neo4jLocalError(f"Neo4j at {uri} does not answer: {_one_line(exc)}") from None
    except Neo4jError as exc:
        raise Neo4jLocalError(f"Neo4j at {uri} refused the connection: {exc.code}: "
                              f"{_one_line(exc.message or '')}") from None


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:300]


def _probe(uri: str, password: str) -> tuple[str, str]:
    """('up', agent) | ('auth', message) | ('down', reason) -- one connection attempt."""
    try:
        return "up", check_auth(uri, password, timeout=5.0)
    except Neo4jLocalError as exc:
        if "rejected the password" in str(exc) or "AuthenticationRateLimit" in str(exc):
            return "auth", str(exc)
        return "down", str(exc)


# ------------------------------------------------------------------- public API


def status(home: str | os.PathLike | None = None, password: str | None = None) -> Info:
    """Is the server for ``home`` running? Never creates anything."""
    paths = _resolve_home(home)
    state = _read_state(paths)
    bolt_port = int(state.get("bolt_port") or _port(None, "GRAPHKIT_NEO4J_BOLT_PORT",
                                                     DEFAULT_BOLT_PORT))
    http_port = int(state.get("http_port") or _port(None, "GRAPHKIT_NEO4J_HTTP_PORT",
                                                    DEFAULT_HTTP_PORT))
    bolt_uri, http_uri = _uris(bolt_port, http_port)
    pid = _read_pid(paths)
    info = Info(running=False, pid=None, bolt_uri=bolt_uri, http_uri=http_uri,
                home=str(paths.home), log=str(paths.log_file), version=state.get("version"))
    if pid is None:
        info.message = "stopped"
        return info
    if not _is_our_server(pid, paths):
        info.message = f"stopped (stale pid file for pid {pid})"
        return info
    info.pid = pid
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    if password:
        outcome, detail = _probe(bolt_uri, password)
        if outcome == "up":
            info.running, info.version = True, _version_of(detail)
            info.message = "running"
        elif outcome == "auth":
            info.running = True
            info.message = "running, but " + detail
        else:
            info.message = "starting or unhealthy: process is alive but Bolt does not answer"
    elif _port_answers(bolt_port):
        info.running = True
        info.message = "running (Bolt port answers; set NEO4J_PASSWORD for a full check)"
    else:
        info.message = "starting or unhealthy: process is alive but Bolt does not answer"
    return info


def _version_of(agent: str) -> str:
    return agent.split("/", 1)[-1] if agent else agent


def start(
    home: str | os.PathLike | None = None,
    bolt_port: int | None = None,
    http_port: int | None = None,
    password: str | None = None,
    timeout: float | None = None,
    quiet: bool = False,
) -> Info:
    """Start the server (or find it running) and wait until Bolt accepts the password."""
    paths = _resolve_home(home)
    password = _password(password)
    bolt_port = _port(bolt_port, "GRAPHKIT_NEO4J_BOLT_PORT", DEFAULT_BOLT_PORT)
    http_port = _port(http_port, "GRAPHKIT_NEO4J_HTTP_PORT", DEFAULT_HTTP_PORT)
    if timeout is None:
        raw = os.environ.get("GRAPHKIT_NEO4J_START_TIMEOUT") or str(DEFAULT_START_TIMEOUT)
        try:
            timeout = float(raw)
        except ValueError:
            raise Neo4jLocalError(f"GRAPHKIT_NEO4J_START_TIMEOUT={raw!r} is not a number of "
                                  "seconds") from None
    t0 = time.monotonic()

    with _locked(paths):
        pid = _read_pid(paths)
        if pid is not None and _is_our_server(pid, paths):
            state = _read_state(paths)
            running_bolt = int(state.get("bolt_port") or bolt_port)
            running_http = int(state.get("http_port") or http_port)
            bolt_uri, http_uri = _uris(running_bolt, running_http)
            agent = _wait_for_bolt(paths, pid, bolt_uri, password, timeout, launched=False)
            info = Info(running=True, pid=pid, bolt_uri=bolt_uri, http_uri=http_uri,
                        home=str(paths.home), log=str(paths.log_file),
                        version=_version_of(agent), already_running=True,
                        seconds=round(time.monotonic() - t0, 1))
            info.message = f"already running (pid {pid}); nothing to do"
            if running_bolt != bolt_port:
                info.message += f" (it listens on Bolt port {running_bolt}, not {bolt_port})"
            return info
        if pid is not None:
            if not quiet:
                print(f"neo4j-local: removing stale pid file (pid {pid} is not running)",
                      file=sys.stderr)
            _clear_run_files(paths)

        for port, env in ((bolt_port, "GRAPHKIT_NEO4J_BOLT_PORT"),
                          (http_port, "GRAPHKIT_NEO4J_HTTP_PORT")):
            if not _port_free(port):
                raise Neo4jLocalError(
                    f"port {port} on 127.0.0.1 is already in use by another process: stop it "
                    f"or choose another port with {env}"
                )
        if bolt_port == http_port:
            raise Neo4jLocalError(f"Bolt and HTTP ports must differ (both are {bolt_port})")

        java = _java()
        cp = classpath(paths, quiet=quiet)
        _write_config(paths, bolt_port, http_port)
        if not paths.system_db.exists():
            _set_initial_password(paths, java, cp, password)

        pid, log_offset = _launch(paths, java, cp)
        bolt_uri, http_uri = _uris(bolt_port, http_port)
        paths.state_file.write_text(json.dumps(
            {"pid": pid, "bolt_port": bolt_port, "http_port": http_port,
             "pinned_version": pinned_version()}) + "\n")
        agent = _wait_for_bolt(paths, pid, bolt_uri, password, timeout, launched=True,
                               log_offset=log_offset)
        version = _version_of(agent)
        state = _read_state(paths)
        state["version"] = version
        paths.state_file.write_text(json.dumps(state) + "\n")
        seconds = round(time.monotonic() - t0, 1)
        return Info(running=True, pid=pid, bolt_uri=bolt_uri, http_uri=http_uri,
                    home=str(paths.home), log=str(paths.log_file), version=version,
                    seconds=seconds, message=f"started Neo4j {version} (pid {pid}) in {seconds} s")


def _admin_env(paths: _Paths) -> dict:
    env = dict(os.environ)
    env["NEO4J_HOME"] = str(paths.home)
    env["NEO4J_CONF"] = str(paths.conf)
    env.pop("NEO4J_PASSWORD", None)  # Neo4j does not need it; keep it out of the JVM
    return env


def _set_initial_password(paths: _Paths, java: str, cp: str, password: str) -> None:
    """Before the first start: write data/dbms/auth.ini via ``neo4j-admin``'s code."""
    # The password goes in a private picocli @argfile, not on the command line (ps);
    # "--" ends the options, so a password starting with "-" is not read as one.
    argfile = paths.run / "initial-password.arg"
    quoted = password.replace("\\", "\\\\").replace('"', '\\"')
    fd = os.open(argfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(f'--\n"{quoted}"\n')
    cmd = [java, "-cp", cp, "-Xmx256m", "-Dfile.encoding=UTF-8", ADMIN_TOOL,
           "dbms", "set-initial-password", f"@{argfile}"]
    try:
        result = subprocess.run(cmd, env=_admin_env(paths), stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, cwd=paths.home)
    finally:
        argfile.unlink(missing_ok=True)
    if result.returncode != 0:
        out = (result.stdout + result.stderr).replace(password, "***")
        out = "\n".join(line for line in out.splitlines() if not line.startswith("\tat "))
        raise Neo4jLocalError(
            f"setting the initial password failed (neo4j-admin exit {result.returncode})",
            log_tail="\n".join(out.strip().splitlines()[-20:]),
        )


def _launch(paths: _Paths, java: str, cp: str) -> tuple[int, int]:
    """Start the JVM detached; return its pid and where its output starts in the log."""
    # --console-mode: as `neo4j console`, the user log's Console appender writes to stdout
    # (without it nothing came out); stdout and stderr go to logs/neo4j.log.
    cmd = [java, "-cp", cp, *JVM_FLAGS, ENTRY_POINT,
           f"--home-dir={paths.home}", f"--config-dir={paths.conf}", "--console-mode"]
    paths.logs.mkdir(parents=True, exist_ok=True)
    with open(paths.log_file, "ab") as log:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S%z")
        log.write(f"\n{_MARKER} {ENTRY_POINT} at {stamp} ===\n".encode())
        log.flush()
        offset = log.tell()
        proc = subprocess.Popen(
            cmd, cwd=paths.home, env=_admin_env(paths), stdin=subprocess.DEVNULL,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, close_fds=True,
        )
    _CHILDREN[proc.pid] = proc  # keep a handle so the child is reaped, not a zombie
    paths.pid_file.write_text(f"{proc.pid}\n")
    return proc.pid, offset


def _logged_since(paths: _Paths, offset: int, text: str) -> bool:
    try:
        with open(paths.log_file, "rb") as f:
            f.seek(offset)
            return text.encode() in f.read()
    except OSError:
        return False


_CHILDREN: dict[int, subprocess.Popen] = {}
_MARKER = "=== graphkit.neo4j_local: starting"


def _exit_code(pid: int) -> int | None:
    proc = _CHILDREN.get(pid)
    return proc.poll() if proc is not None else None


def _wait_for_bolt(paths: _Paths, pid: int, uri: str, password: str, timeout: float,
                   launched: bool, log_offset: int = 0) -> str:
    """Poll until the driver connects; return the server agent string."""
    deadline = time.monotonic() + timeout
    last = ""
    while True:
        if not _is_our_server(pid, paths):
            code = _exit_code(pid)
            _clear_run_files(paths)
            reason = f"Neo4j exited during start-up (exit code {code})" if code is not None \
                else "Neo4j exited during start-up"
            if code == 3:
                reason += ": often a broken log config (conf/*-logs.xml) or neo4j.conf"
            raise Neo4jLocalError(f"{reason}; see {paths.log_file}",
                                  log_tail=log_tail(paths))
        outcome, detail = _probe(uri, password)
        if outcome == "up":
            if launched:  # HTTP (Browser) comes up after Bolt; then Neo4j logs "Started."
                while not _logged_since(paths, log_offset, "Started.") \
                        and _is_our_server(pid, paths) and time.monotonic() < deadline:
                    time.sleep(0.25)
            return detail
        if outcome == "auth":
            # Wrong password: retrying would lock the account. Leave no half-state.
            if launched:
                _terminate(paths, pid, DEFAULT_STOP_TIMEOUT)
            raise Neo4jLocalError(
                f"{detail}: the database in {paths.data} was created with another password; "
                "set NEO4J_PASSWORD to that one, or delete that folder to start afresh "
                "(loses the data)" + ("; the server was stopped again" if launched else "")
            )
        last = detail
        if time.monotonic() >= deadline:
            tail = log_tail(paths)
            if launched:
                _terminate(paths, pid, DEFAULT_STOP_TIMEOUT)
            raise Neo4jLocalError(
                f"Neo4j did not answer on {uri} within {timeout:.0f} s"
                + (" and was stopped" if launched else "")
                + f" (last error: {last}); raise GRAPHKIT_NEO4J_START_TIMEOUT or see "
                f"{paths.log_file}",
                log_tail=tail,
            )
        time.sleep(1.0)


def _terminate(paths: _Paths, pid: int, timeout: float) -> bool:
    """SIGTERM, wait, SIGKILL; True if it had to be killed."""
    killed = False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _is_our_server(pid, paths) and time.monotonic() < deadline:
        time.sleep(0.25)
    if _is_our_server(pid, paths):
        killed = True
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _is_our_server(pid, paths) and time.monotonic() < deadline:
            time.sleep(0.1)
    proc = _CHILDREN.pop(pid, None)
    if proc is not None:
        with contextlib.suppress(Exception):
            proc.wait(timeout=1)
    _clear_run_files(paths)
    return killed


def stop(home: str | os.PathLike | None = None, timeout: float = DEFAULT_STOP_TIMEOUT) -> Info:
    """Stop the server: SIGTERM, wait for a clean shutdown, SIGKILL after ``timeout``."""
    paths = _resolve_home(home)
    before = status(paths.home, password="")
    info = Info(running=False, pid=None, bolt_uri=before.bolt_uri, http_uri=before.http_uri,
                home=str(paths.home), log=str(paths.log_file))
    if not paths.home.exists():
        info.message = "not running; nothing to stop"
        return info
    t0 = time.monotonic()
    with _locked(paths):
        pid = _read_pid(paths)
        if pid is None:
            info.message = "not running; nothing to stop"
            return info
        if not _is_our_server(pid, paths):
            _clear_run_files(paths)
            info.message = f"not running (removed stale pid file for pid {pid})"
            return info
        killed = _terminate(paths, pid, timeout)
    info.pid = pid
    info.seconds = round(time.monotonic() - t0, 1)
    info.message = (f"killed pid {pid} after {timeout:.0f} s without a clean shutdown"
                    if killed else f"stopped (pid {pid}) in {info.seconds} s")
    return info


# ------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="neo4j-local",
        description="Run a local Neo4j Community server from Maven Central jars "
                    "(no Docker). Needs NEO4J_PASSWORD for start.",
    )
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--home", help="home folder (default: GRAPHKIT_NEO4J_HOME or "
                                       "<repo>/.neo4j-local)")
    parser.add_argument("--bolt-port", type=int, help="default GRAPHKIT_NEO4J_BOLT_PORT or 7687")
    parser.add_argument("--http-port", type=int, help="default GRAPHKIT_NEO4J_HTTP_PORT or 7474")
    parser.add_argument("--timeout", type=float,
                        help="seconds to wait: start default GRAPHKIT_NEO4J_START_TIMEOUT or "
                             "120; stop default 60 before SIGKILL")
    args = parser.parse_args(argv)

    try:
        if args.command == "start":
            info = start(args.home, args.bolt_port, args.http_port, timeout=args.timeout)
            print(f"neo4j-local: {info.message}")
            print(f"  bolt: {info.bolt_uri}   http: {info.http_uri}   user: {USER}")
            print(f"  home: {info.home}   log: {info.log}")
            return 0
        if args.command == "stop":
            info = stop(args.home, timeout=args.timeout or DEFAULT_STOP_TIMEOUT)
            print(f"neo4j-local: {info.message}")
            return 0
        info = status(args.home)
        version = info.version or f"{_safe_pinned()} (pinned)"
        print(f"neo4j-local: {info.message}")
        print(f"  pid: {info.pid or '-'}   bolt: {info.bolt_uri}   version: {version}")
        print(f"  home: {info.home}")
        return 0 if info.running else 3
    except Neo4jLocalError as exc:
        if exc.log_tail:
            print(f"--- last lines of the log ---\n{exc.log_tail}\n---", file=sys.stderr)
        print(f"neo4j-local: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _safe_pinned() -> str:
    try:
        return pinned_version()
    except (OSError, Neo4jLocalError):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
