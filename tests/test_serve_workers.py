"""`rashomon serve --workers N`: several web processes on one port share the store, the token and the background work."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

import rashomon

REPO = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            httpx.get(f"{base}/api/stories?limit=1", timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError("serve --workers 2 did not answer within 120 s")


def test_two_web_workers_answer_concurrent_requests_and_honour_the_token(seeds_dir, tmp_db):
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], published="2025-10-22", stages=("language",), stories=False)
        ids = sorted(a.id for a in ws.articles())
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("RASHOMON_TOKEN", None)
    command = [sys.executable, "-m", "rashomon", "serve", "--db", str(tmp_db), "--port", str(port), "--workers", "2",
               "--token", "s3cret"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_up(base, server)
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda n: httpx.get(f"{base}/api/articles/{ids[n % 2]}", timeout=30), range(40)))
        assert [a.status_code for a in answers] == [200] * 40
        assert {a.json()["id"] for a in answers} == set(ids)
        assert httpx.delete(f"{base}/api/articles/{ids[0]}", timeout=30).status_code == 401
        deleted = httpx.delete(f"{base}/api/articles/{ids[0]}", headers={"Authorization": "Bearer s3cret"}, timeout=30)
        assert deleted.status_code == 200
        # Every worker sees the other's write: the store is the only state they share.
        assert {httpx.get(f"{base}/api/articles/{ids[0]}", timeout=30).status_code for _ in range(10)} == {404}
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    assert "2 web worker processes" in server.stderr.read()
