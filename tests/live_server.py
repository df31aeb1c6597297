"""A real Fieldwise server for tests that need real sockets: migrated, demo-loaded, served by
`python wsgi.py` (eventlet) in a subprocess — the same path as `make run`. Loading the demo
takes half a minute, so tests prepare one folder per session and start each server on a copy
(the `live_workdir` fixture)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from app.demo import data

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    log: Path
    database_url: str  # for a test that reads what the server wrote

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def login(self, email: str = data.PEOPLE[0]["email"]) -> requests.Session:
        """A requests session logged in through the real login form."""
        session = requests.Session()
        page = session.get(f"{self.url}/auth/login", timeout=10).text
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        response = session.post(
            f"{self.url}/auth/login",
            data={"email": email, "password": data.DEMO_PASSWORD, "csrf_token": token},
            allow_redirects=False, timeout=10,
        )
        assert response.status_code == 302, response.text
        return session


def _environment(workdir: Path, **extra_env: str) -> dict[str, str]:
    """A server's settings: the development config over `workdir` as its instance folder (its
    secret key and search index) and, unless DATABASE_URL says otherwise, its SQLite file."""
    return {
        **os.environ,
        "FIELDWISE_ENV": "development",
        "FIELDWISE_INSTANCE_PATH": str(workdir),
        "DATABASE_URL": f"sqlite:///{workdir}/live.db",
        "SOCKETIO_ASYNC_MODE": "eventlet",
        # Words only: a server ranking by meaning too would encode the demo's documents at
        # every start, for tests that do not look at it (tests/search/test_semantic.py does).
        "SEARCH_RANKER": "lexical",
        **extra_env,
    }


def prepare_workdir(workdir: Path, **extra_env: str) -> None:
    """Migrate `workdir`'s database and load the demo organisation into it, with `make run`'s
    own two commands."""
    env = _environment(workdir, **extra_env)
    flask = [sys.executable, "-m", "flask", "--app", "app"]
    for command in (["db", "upgrade"], ["demo", "load", "--if-empty"]):
        done = subprocess.run(flask + command, env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"flask {' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def copy_workdir(prepared: Path, workdir: Path) -> Path:
    """`workdir` holding what the prepared folder holds (SQLite database, search index, secret
    key): a server there starts from the demo organisation without loading it again."""
    shutil.copytree(prepared, workdir, dirs_exist_ok=True)
    return workdir


def start_live_server(workdir: Path, log_name: str = "server", **extra_env: str) -> LiveServer:
    """A server on a free port over `workdir` (prepared, or a copy of a prepared one): its
    database and instance folder, secret key included. A second server on the same `workdir`,
    with another `log_name`, shares both."""
    port = free_port()
    env = _environment(workdir, PORT=str(port), **extra_env)
    log = workdir / f"{log_name}.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "wsgi.py"], env=env, cwd=ROOT,
                                   stdout=out, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", process, log, env["DATABASE_URL"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()}")
        try:
            if requests.get(f"{server.url}/healthz", timeout=5).status_code == 200:
                return server
        except (requests.ConnectionError, requests.Timeout):  # not listening, or still busy
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the server did not answer in 30 s: {log.read_text()}")


def start_server_pair(workdir: Path, **extra_env: str) -> list[LiveServer]:
    """Two servers over one database and instance folder (set SOCKETIO_MESSAGE_QUEUE for them
    to share rooms): both running, or neither."""
    first = start_live_server(workdir, "first", **extra_env)
    try:
        second = start_live_server(workdir, "second", **extra_env)
    except Exception:
        first.stop()
        raise
    return [first, second]
