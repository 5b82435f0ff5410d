"""Start a real ``tiru serve`` (uvicorn) in a subprocess on a free loopback port, over an
on-disk store loaded with the server fixture graphs, and stop it afterwards."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
TTL = ROOT / "tests" / "fixtures" / "ttl"
GRAPH_FILES = ("gazetteer", "vocabulary", "curated", "analytics")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fixture_store(path: Path) -> Path:
    """An on-disk embedded store holding the server fixture graphs."""
    from graph.store import open_store

    store = open_store(path)
    try:
        for name in GRAPH_FILES:
            store.load((TTL / f"server_{name}.ttl").read_text("utf-8"), "ttl", name)
    finally:
        store.close()
    return path


@contextmanager
def running_server(args: list[str], env: dict[str, str] | None = None,
                   log: Path | None = None) -> Iterator[str]:
    """Run ``python -m server serve <args> --port P`` and yield its base URL once it answers."""
    port = free_port()
    full_env = {**os.environ, **(env or {})}
    # The server must not inherit another test's remote endpoint or token by accident.
    for key in ("TIRU_ENDPOINT", "TIRU_UPDATE_ENDPOINT"):
        if env is None or key not in env:
            full_env.pop(key, None)
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "serve", "--host", "127.0.0.1", "--port", str(port),
         *args],
        cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                detail = log.read_text(errors="replace")[-2000:] if log else ""
                raise RuntimeError(f"tiru serve exited with {proc.returncode}: {detail}")
            try:
                if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code \
                        == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("tiru serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        # The whole session (uvicorn and any worker processes) goes; this process started it.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass
        if log:
            out.close()  # type: ignore[union-attr]


def require_chromium() -> None:
    """Skip (a failure under TIRU_REQUIRE_ALL=1) when Debian's Chromium is missing."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("headless Chromium is missing: apt-get install -y chromium chromium-driver")
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.skip("the playwright package is missing: pip install -e '.[test]'")
