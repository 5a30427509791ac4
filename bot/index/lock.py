"""The index writer lock: at most one process writes generations into an index folder.

``index_store/WRITER.lock`` is locked with ``flock(2)``. The kernel drops the lock when
the holding process exits or is killed, so a dead writer never leaves a stale lock
behind; nothing has to expire. The holder writes who it is (pid, host, command, since
when) into the file so a refused contender can name it.

This is ``fcntl`` directly rather than the ``filelock`` package: filelock opens the
file with ``O_TRUNC`` on every attempt, which would wipe the holder's name each time a
contender tries.

flock only excludes processes that see the same lock: the index folder must be on a
local disk, or on a volume shared by processes **on one host**. Across hosts (NFS
and other network file systems) flock is not a dependable mutual exclusion; use one
writer host, or a lock in PostgreSQL/Redis (not implemented here).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Optional

LOCK_FILE = "WRITER.lock"
MAX_HOLDER_BYTES = 4096  # the holder record is tiny; never read more from a foreign file


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or last held) the writer lock, as it wrote itself into the lock file."""

    pid: int
    host: str
    command: str
    since: float

    def describe(self) -> str:
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.since))
        return f"pid {self.pid} on {self.host} ({self.command}, since {started})"

    @classmethod
    def me(cls, command: str) -> "LockHolder":
        return cls(pid=os.getpid(), host=socket.gethostname(), command=command, since=time.time())

    @classmethod
    def parse(cls, data: bytes) -> Optional["LockHolder"]:
        """The record in a lock file, or None if it is empty or not ours (never trusted further)."""
        try:
            record = json.loads(data.decode("utf-8"))
            return cls(pid=int(record["pid"]), host=str(record["host"])[:255],
                       command=str(record["command"])[:255], since=float(record["since"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None


class IndexLockedError(RuntimeError):
    """Another process holds the index writer lock."""

    def __init__(self, index_dir: Path, holder: Optional[LockHolder], waited: float) -> None:
        self.holder = holder
        who = holder.describe() if holder else "another process (it has not named itself yet)"
        waited_text = f" after waiting {waited:.0f} s" if waited >= 1 else ""
        super().__init__(
            f"the index in {index_dir} is being written by {who}{waited_text}: only one process "
            "writes an index folder. That process keeps the index up to date; stop it first to "
            "index here, or raise FAQBOT_INDEX_LOCK_TIMEOUT to wait longer."
        )


class IndexReadOnlyError(RuntimeError):
    """A reader was asked to write the index (bot/roles.py: only the writer embeds FAQ text)."""


class IndexWriterLock:
    """The exclusive right to write generations into ``index_dir``.

    One instance per process and folder is enough; ``acquire``/``release`` nest (a count),
    so a long-lived writer and a one-off build in the same process share the lock. Thread
    safe. Another *process* trying to acquire is refused until this one releases or dies.
    """

    def __init__(self, index_dir: Path, command: str = "faqbot") -> None:
        self.index_dir = Path(index_dir)
        self.path = self.index_dir / LOCK_FILE
        self.command = command
        self._fd: Optional[int] = None
        self._count = 0
        self._mutex = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> Optional[LockHolder]:
        """Who the lock file says holds it (the last holder, if nobody holds it now)."""
        try:
            with open(self.path, "rb") as handle:
                return LockHolder.parse(handle.read(MAX_HOLDER_BYTES))
        except OSError:
            return None

    def try_acquire(self) -> bool:
        """Take the lock if it is free (or already ours); never waits."""
        with self._mutex:
            if self._fd is not None:
                self._count += 1
                return True
            try:
                self.index_dir.mkdir(parents=True, exist_ok=True)
                # No O_TRUNC: a contender must not wipe the holder's record. Not inherited by
                # child processes (O_CLOEXEC), so a spawned helper never keeps the lock alive.
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except OSError as error:
                raise OSError(error.errno, f"cannot open the index writer lock {self.path} "
                              f"({error.strerror}): a process that cannot write the index folder "
                              "must run with index_role 'reader'") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                os.close(fd)
                if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return False
                raise OSError(error.errno, f"cannot lock {self.path} ({error.strerror}): the "
                              "index folder must be on a file system with working flock") from None
            self._write_holder(fd)
            self._fd, self._count = fd, 1
            return True

    def acquire(self, timeout: float, on_wait: Optional[Callable[[Optional[LockHolder]], None]] = None,
                interval: float = 0.25) -> None:
        """Take the lock, waiting up to ``timeout`` seconds; raise :class:`IndexLockedError`.

        ``on_wait(holder)`` is called once, when the lock is found held, so the caller can
        say whom it waits for.
        """
        waited = wait_to_acquire(self, timeout, on_wait, interval)
        if waited is not None:
            raise IndexLockedError(self.index_dir, self.holder(), waited)

    def release(self) -> None:
        with self._mutex:
            if self._fd is None:
                return
            self._count -= 1
            if self._count > 0:
                return
            fd, self._fd = self._fd, None
            # The holder record stays: "last held by" helps an operator reading the file.
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _write_holder(self, fd: int) -> None:
        record = json.dumps(asdict(LockHolder.me(self.command))).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, record, 0)
        os.fsync(fd)


def wait_to_acquire(lock, timeout: float,
                    on_wait: Optional[Callable[[Optional[LockHolder]], None]] = None,
                    interval: float = 0.25) -> Optional[float]:
    """Poll ``lock.try_acquire()`` for up to ``timeout`` seconds: None once taken, else the
    seconds waited. ``on_wait(lock.holder())`` is called once, when the lock is found held.
    Shared by the flock and the PostgreSQL writer locks, which raise their own errors."""
    started = time.monotonic()
    if lock.try_acquire():
        return None
    if on_wait is not None:
        on_wait(lock.holder())
    while time.monotonic() - started < timeout:
        time.sleep(min(interval, max(0.0, timeout - (time.monotonic() - started))))
        if lock.try_acquire():
            return None
    return time.monotonic() - started
