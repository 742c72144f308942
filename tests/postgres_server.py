"""A throwaway PostgreSQL server for the test suite: its own data folder and socket, gone afterwards.

``initdb`` refuses to run as root (CI does), so as root the server runs as the ``postgres``
system user. It listens on a unix socket in its own folder only (no TCP port to collide with),
with durability off: nothing in it outlives the test session.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

_SETTINGS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB "
    "-c max_connections=200 -c listen_addresses=''"
)


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    """``start()`` initialises and starts a server; ``url(database)`` names a database on it; ``stop()``."""

    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="rashomon-pg-"))
        self.data = self.folder / "data"
        self.user = self._run_as()

    def _run_as(self) -> str | None:
        """Root cannot run the server: the ``postgres`` system user does (None: the current user)."""
        if os.geteuid() != 0:
            return None
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root, but there is no 'postgres' system user to run PostgreSQL") from None
        os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        return "postgres"

    def _command(self, *args: str) -> list[str]:
        command = [str(self.binaries / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *command] if self.user else command

    def start(self) -> None:
        log = self.folder / "server.log"
        steps = [
            self._command("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                          "--locale=C.UTF-8", "--no-sync"),
            self._command("pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60",
                          "-o", f"{_SETTINGS} -k {self.folder}", "start"),
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                detail = (done.stderr or done.stdout).strip()
                if log.exists():
                    detail += "\n" + log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{Path(step[-1] if 'start' in step else step[0]).name} failed: {detail}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run(self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"), check=False,
                           capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
