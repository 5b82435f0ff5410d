"""Start a real OpenLink Virtuoso for tests and benchmarks.

Debian's ``virtuoso-opensource-7-bin`` gives ``virtuoso-t`` (the server) and ``isql-vt`` (its
SQL console). :func:`start_virtuoso` writes a ``virtuoso.ini`` of ours into a temporary
directory, with both ports (SQL and HTTP) on free loopback ports and that directory as the only
place the server may read files from, runs ``virtuoso-t +foreground`` as a child process, waits
until ``/sparql`` answers, and lets the endpoint's ``SPARQL`` user run SPARQL Update so that
:class:`graph.store.RemoteStore` can load data over the protocol.

Usage::

    server = start_virtuoso()
    try:
        store = RemoteStore(server.sparql_url)
        ...
    finally:
        server.stop()
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

__all__ = [
    "INSTALL_HINT",
    "VirtuosoServer",
    "VirtuosoBinaries",
    "find_virtuoso",
    "start_virtuoso",
    "bulk_load",
]

INSTALL_HINT = "Virtuoso not installed: sudo apt-get install -y virtuoso-opensource-7-bin"

# The SPARQL settings matter to the tests: a row limit far above anything we ask for (Virtuoso
# silently cuts results at ResultSetMaxRows), no refusal based on cost estimates, and an upper
# bound on query time that our own `timeout` parameter lowers per request.
_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 20
CheckpointInterval = 0
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ServerThreads = 20
DirsAllowed = ., {dir}, {load_dir}
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0
Charset = UTF-8

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
MaxClientConnections = 20
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
ServerThreads = 20
KeepAliveTimeout = 10
MaxKeepAlives = 10
HttpPrintWarningsInOutput = 0
Charset = UTF-8

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 600
DefaultGraph =
"""

# Let the anonymous /sparql user (SQL user "SPARQL") write: the SPARQL_UPDATE role, and
# write permission on graphs for the default-permission user "nobody".
_GRANTS = """\
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
"""


@dataclass(frozen=True)
class VirtuosoBinaries:
    """Paths of the server and of its SQL console."""

    server: Path
    isql: Path


@dataclass
class VirtuosoServer:
    """A running Virtuoso child process and where to reach it."""

    binaries: VirtuosoBinaries
    directory: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen[bytes]
    password: str = "dba"
    _owns_directory: bool = field(default=True, repr=False)

    @property
    def sparql_url(self) -> str:
        """The SPARQL 1.1 Protocol endpoint (queries and updates)."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def load_dir(self) -> Path:
        """A folder the server may read files from (``DirsAllowed``), for bulk loads."""
        return self.directory / "load"

    def isql(self, sql: str, *, timeout: float = 120.0) -> str:
        """Run SQL statements through ``isql-vt`` as ``dba``; returns its output.

        Raises
        ------
        RuntimeError
            When isql-vt reports an error.
        """
        done = subprocess.run(
            [str(self.binaries.isql), f"127.0.0.1:{self.sql_port}", "dba", self.password],
            input=sql.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        output = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or "*** Error" in output:
            raise RuntimeError(f"isql-vt failed ({done.returncode}):\n{output}")
        return output

    def log(self) -> str:
        """The server's own log, for error messages."""
        path = self.directory / "virtuoso.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def stop(self) -> None:
        """Stop the server (it holds nothing we keep) and remove its directory."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self._owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> VirtuosoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def find_virtuoso() -> VirtuosoBinaries | None:
    """The installed Virtuoso, or None when ``virtuoso-t`` or ``isql-vt`` is missing."""
    server = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt")
    if server is None or isql is None:
        return None
    return VirtuosoBinaries(Path(server), Path(isql))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_virtuoso(
    directory: Path | None = None, *, startup_timeout: float = 90.0
) -> VirtuosoServer:
    """Start Virtuoso on loopback in its own directory and wait until ``/sparql`` answers.

    Parameters
    ----------
    directory : Path, optional
        Where the database and ini go; a fresh temporary directory (removed by ``stop``) by
        default.
    startup_timeout : float
        Seconds to wait for the endpoint before giving up.

    Raises
    ------
    RuntimeError
        When Virtuoso is not installed or does not come up (the message carries its log).
    """
    binaries = find_virtuoso()
    if binaries is None:
        raise RuntimeError(INSTALL_HINT)
    owns = directory is None
    workdir = Path(tempfile.mkdtemp(prefix="tiru-virtuoso-")) if directory is None else directory
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "www").mkdir(exist_ok=True)
    (workdir / "load").mkdir(exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    while http_port == sql_port:
        http_port = _free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(
        _INI.format(dir=workdir, load_dir=workdir / "load", sql_port=sql_port, http_port=http_port),
        "utf-8",
    )
    process = subprocess.Popen(
        [str(binaries.server), "+foreground", "+configfile", str(ini)],
        cwd=workdir,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = VirtuosoServer(binaries, workdir, sql_port, http_port, process, _owns_directory=owns)
    try:
        _wait_for_endpoint(server, startup_timeout)
        server.isql(_GRANTS)
    except Exception as exc:
        log = server.log()[-3000:]
        server.stop()
        raise RuntimeError(f"Virtuoso did not start ({exc}); its log ends with:\n{log}") from exc
    except BaseException:
        server.stop()
        raise
    return server


def _wait_for_endpoint(server: VirtuosoServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with code {server.process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            response = httpx.get(
                server.sparql_url,
                params={"query": "ASK { ?s ?p ?o }"},
                headers={"Accept": "application/sparql-results+json"},
                timeout=5.0,
            )
            if response.status_code == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"Virtuoso's /sparql did not answer within {timeout:g} s")


def bulk_load(server: VirtuosoServer, file: Path, graph: str) -> None:
    """Load an RDF file into ``graph`` with Virtuoso's bulk loader (``ld_dir`` +
    ``rdf_loader_run``), the fast path for large files.

    The file is copied into the server's allowed load folder first.

    Raises
    ------
    RuntimeError
        When the loader reports an error for the file.
    """
    target = server.load_dir / file.name
    if file.resolve() != target.resolve():
        shutil.copyfile(file, target)
    quoted_dir = str(server.load_dir).replace("'", "''")
    quoted_name = file.name.replace("'", "''")
    quoted_graph = graph.replace("'", "''")
    server.isql(
        f"ld_dir ('{quoted_dir}', '{quoted_name}', '{quoted_graph}');\n"
        "rdf_loader_run ();\n"
        "checkpoint;\n"
    )
    output = server.isql(
        "SELECT ll_error FROM DB.DBA.load_list "
        f"WHERE ll_file LIKE '%{quoted_name}' AND ll_error IS NOT NULL;\n"
    )
    if "0 Rows" not in output:
        raise RuntimeError(f"bulk load of {file.name} failed:\n{output}")
