"""Index generations in PostgreSQL: the writer publishes, readers on any host download.

**Publish** (the writer, after writing a generation folder locally): every file of the
folder, ``manifest.json`` included, is cut into content-defined chunks
(bot/index/publish/chunks.py); the chunks the database lacks are inserted (each once, by
SHA-256), then one transaction checks the writer epoch under a row lock, records the
generation with its file and chunk lists, and announces it with ``NOTIFY``. A writer
that was replaced (another process holds a newer epoch) is refused: :class:`FencedError`.

**Fetch** (a reader): the generation's row and the chunks it lacks are read in one
``REPEATABLE READ`` snapshot, so a prune running meanwhile cannot pull rows from under
it. Chunks found in the generation the reader already has are copied from disk; the rest
are downloaded. Every chunk is checked against its SHA-256 and every file against the
manifest's, which is checked against the row's; anything that does not match is refused
(:class:`PublishedCorruptError`) before ``CURRENT`` moves, so the served generation stays.
A complete folder is renamed into the index folder and made live exactly as a local
write is (``make_live``).

**Prune** (the writer, after publishing): generations beyond the newest ``keep`` are
deleted, then chunks no kept generation uses, under the same epoch check.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from bot.database_limits import DatabaseLimits, guard_engine
from bot.index.publish import chunks as chunking
from bot.index.publish.schema import chunks, generation_chunks, generations, writer
from bot.index.storage import (
    MANIFEST, IndexCorruptError, Manifest, current_generation, file_sha256, fsync_dir, make_live,
)

log = logging.getLogger(__name__)

CHANNEL = "faqbot_index_generations"  # LISTEN/NOTIFY channel; the payload is the new seq
GENERATION_NAME = re.compile(r"^gen-[0-9A-Za-z_-]{1,150}$")
FILE_NAME = re.compile(r"^[0-9A-Za-z_-][0-9A-Za-z_.-]{0,199}$")
UPLOAD_BATCH_BYTES = 8 * 1024 * 1024  # per insert transaction
DOWNLOAD_BATCH_CHUNKS = 64
# Server side: probe an idle connection after 10 s, give up after 3 misses 5 s apart, so a
# peer that vanished is noticed; one that still acknowledges but never answers is the
# watchdog's (bot/database_limits.py).
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}


class FencedError(RuntimeError):
    """This process is not (or no longer) the index writer: its publish was refused."""


class PublishedCorruptError(IndexCorruptError):
    """A published generation fails a checksum, lacks a chunk or lists something unsafe."""


@dataclass(frozen=True)
class Published:
    seq: int
    name: str


@dataclass
class PublishReport:
    generation: str
    seq: int
    bytes: int            # the generation's files, all of them
    new_bytes: int        # chunk bytes this publish added to the database
    new_chunks: int
    chunks: int
    seconds: float
    already: bool = False  # the generation was published before: nothing done


@dataclass
class FetchReport:
    generation: str
    seq: int
    bytes: int             # the generation's files
    downloaded_bytes: int  # chunk bytes read from the database
    reused_bytes: int      # chunk bytes copied from the generation already here
    seconds: float


def check_url(url: URL | str, setting: str = "index_publish_url") -> URL:
    url = make_url(url)
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"{setting}: generations are published through PostgreSQL; "
                         f"{url.render_as_string(hide_password=True)} is not a postgresql URL")
    return url


def libpq_conninfo(url: URL) -> str:
    """The SQLAlchemy URL as a libpq connection string, for psycopg connections of our own
    (the lock session, LISTEN)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class GenerationStore:
    """Published generations in one PostgreSQL database."""

    def __init__(self, url: URL | str, limits: DatabaseLimits = DatabaseLimits(),
                 chunk_average: int = chunking.AVERAGE_BYTES) -> None:
        self.url = check_url(url)
        self.limits = limits
        self.chunk_average = chunk_average
        # hide_parameters: a bound chunk would otherwise end up in an error message. A database
        # that hangs must not hang the follower or the writer: connecting, each statement (a
        # batch of chunks is a few MB) and the pool's pre-ping are bounded by ``limits``.
        self.engine = sa.create_engine(self.url, hide_parameters=True, pool_pre_ping=True,
                                       pool_size=2, max_overflow=2, pool_timeout=limits.pool,
                                       connect_args={**limits.connect_args(), **KEEPALIVES,
                                                     "application_name": "faqbot index"})
        guard_engine(self.engine, limits)

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def upgrade(self) -> None:
        from bot.index.publish.migrate import upgrade

        upgrade(self.url, self.limits)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- reading --------------------------------------------------------------
    def latest(self) -> Optional[Published]:
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(generations.c.seq, generations.c.name)
                                     .order_by(generations.c.seq.desc()).limit(1)).first()
        return Published(row.seq, row.name) if row else None

    def published(self) -> list[Published]:
        """Every generation still kept, oldest first."""
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(generations.c.seq, generations.c.name)
                                      .order_by(generations.c.seq)).all()
        return [Published(row.seq, row.name) for row in rows]

    def epoch(self) -> Optional[int]:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(writer.c.epoch).where(writer.c.id == 1)).scalar()

    # -- publishing -------------------------------------------------------------
    def publish(self, folder: Path, epoch: Optional[int], writer_name: str) -> PublishReport:
        """Publish the generation folder ``folder`` under writer epoch ``epoch``."""
        started = time.perf_counter()
        if epoch is None:
            raise FencedError(f"not publishing {folder.name}: this process does not hold the index writer lock")
        name = folder.name
        if not GENERATION_NAME.fullmatch(name):
            raise ValueError(f"{folder} is not a generation folder")
        files, total = self._describe_files(folder, self._latest_listing())
        wanted = {sha: size for entry in files.values() for sha, size in entry["chunks"]}
        with self.engine.connect() as connection:
            have = set(connection.execute(sa.select(chunks.c.sha256).where(
                chunks.c.sha256.in_(list(wanted)))).scalars())
        missing = [sha for sha in wanted if sha not in have]
        new_bytes = self._upload(folder, files, set(missing))
        with self.engine.begin() as connection:
            self._check_epoch(connection, epoch, f"publishing {name}")
            seq = connection.execute(sa.select(generations.c.seq).where(generations.c.name == name)).scalar()
            if seq is not None:
                return PublishReport(name, seq, total, 0, 0, len(wanted), time.perf_counter() - started, True)
            seq = connection.execute(generations.insert().values(
                name=name, manifest_sha256=files[MANIFEST]["sha256"], files=files, bytes=total,
                chunk_bytes=self.chunk_average,
                epoch=epoch, writer=writer_name).returning(generations.c.seq)).scalar_one()
            connection.execute(generation_chunks.insert(),
                               [{"generation_seq": seq, "chunk_sha256": sha} for sha in wanted])
            # Delivered to listeners when this transaction commits, never before.
            connection.execute(sa.select(sa.func.pg_notify(CHANNEL, str(seq))))
        return PublishReport(name, seq, total, new_bytes, len(missing), len(wanted), time.perf_counter() - started)

    def _latest_listing(self) -> dict[str, dict]:
        """The newest published generation's files by SHA-256, if it was cut like ours."""
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(generations.c.files, generations.c.chunk_bytes)
                                     .order_by(generations.c.seq.desc()).limit(1)).first()
        if row is None or row.chunk_bytes != self.chunk_average:
            return {}
        return {entry["sha256"]: entry for entry in row.files.values()}

    def _describe_files(self, folder: Path, known: dict[str, dict]) -> tuple[dict, int]:
        """Per file: SHA-256, size and chunks. A file the manifest gives the checksum of a
        file already published keeps that file's chunk list and is not read (nothing of it
        is uploaded); the others are read, must match the manifest's checksum (a folder
        damaged on the writer's disk is never published), and are cut."""
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
        files, total = {}, 0
        for file in [*manifest.files, MANIFEST]:
            if file in manifest.files and manifest.files[file] in known:
                files[file] = known[manifest.files[file]]
                total += files[file]["size"]
                continue
            data = (folder / file).read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if file != MANIFEST and digest != manifest.files[file]:
                raise IndexCorruptError(f"{folder / file} fails its checksum: not publishing it")
            files[file] = {"sha256": digest, "size": len(data),
                           "chunks": [[c.sha256, c.size] for c in chunking.cut(data, self.chunk_average)]}
            total += len(data)
        return files, total

    def _upload(self, folder: Path, files: dict, missing: set[str]) -> int:
        """Insert the chunks the database lacks, in transactions of about UPLOAD_BATCH_BYTES."""
        batch, batch_bytes, uploaded = [], 0, 0
        for file, entry in files.items():
            if not any(sha in missing for sha, _ in entry["chunks"]):
                continue
            data = memoryview((folder / file).read_bytes())
            offset = 0
            for sha, size in entry["chunks"]:
                if sha in missing:
                    missing.discard(sha)
                    batch.append({"sha256": sha, "size": size, "data": bytes(data[offset:offset + size])})
                    batch_bytes += size
                    if batch_bytes >= UPLOAD_BATCH_BYTES:
                        uploaded += self._insert_chunks(batch)
                        batch, batch_bytes = [], 0
                offset += size
        if batch:
            uploaded += self._insert_chunks(batch)
        return uploaded

    def _insert_chunks(self, batch: list[dict]) -> int:
        from sqlalchemy.dialects.postgresql import insert

        with self.engine.begin() as connection:
            connection.execute(insert(chunks).on_conflict_do_nothing(), batch)
        return sum(row["size"] for row in batch)

    @staticmethod
    def _check_epoch(connection: sa.Connection, epoch: int, doing: str) -> None:
        """Fencing: hold the writer row until commit and refuse if another writer has
        claimed it since (a takeover waits for this transaction, or this one sees it)."""
        current = connection.execute(sa.select(writer.c.epoch, writer.c.holder).where(writer.c.id == 1)
                                     .with_for_update()).first()
        if current is None or current.epoch != epoch:
            holder = _holder_text(current.holder) if current is not None else "nobody"
            raise FencedError(f"{doing} refused: this process was the index writer under epoch {epoch}, "
                              f"but {holder} has taken over (epoch {current.epoch if current else '?'})")

    def prune(self, keep: int, epoch: Optional[int]) -> list[str]:
        """Delete all but the newest ``keep`` generations, and the chunks only they used."""
        if epoch is None:
            raise FencedError("not pruning: this process does not hold the index writer lock")
        with self.engine.begin() as connection:
            self._check_epoch(connection, epoch, "pruning published generations")
            kept = sa.select(generations.c.seq).order_by(generations.c.seq.desc()).limit(max(1, keep))
            dropped = connection.execute(generations.delete().where(generations.c.seq.not_in(kept))
                                         .returning(generations.c.name)).scalars().all()
            if dropped:
                used = sa.select(generation_chunks.c.chunk_sha256).where(
                    generation_chunks.c.chunk_sha256 == chunks.c.sha256)
                connection.execute(chunks.delete().where(~sa.exists(used)))
        return list(dropped)

    # -- fetching ---------------------------------------------------------------
    def fetch(self, index_dir: Path, wanted: Optional[Published] = None) -> Optional[FetchReport]:
        """Download the newest generation (or ``wanted``) into ``index_dir`` and make it
        live there; None if it is live already, or was pruned before the snapshot (the
        caller asks for the newest again)."""
        started = time.perf_counter()
        index_dir.mkdir(parents=True, exist_ok=True)
        with self.engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
            with connection.begin():
                connection.execute(sa.text("SET TRANSACTION READ ONLY"))
                query = sa.select(generations.c.seq, generations.c.name, generations.c.manifest_sha256,
                                  generations.c.files, generations.c.chunk_bytes)
                query = (query.where(generations.c.seq == wanted.seq) if wanted
                         else query.order_by(generations.c.seq.desc()).limit(1))
                row = connection.execute(query).first()
                if row is None or _live(index_dir) == row.name:
                    return None
                name, files = _checked_listing(row)
                average = row.chunk_bytes
                if not isinstance(average, int) or not 1024 <= average <= 16 * 1024 * 1024:
                    raise PublishedCorruptError(f"published generation {name}: chunk size {average!r} is out of range")
                staging = index_dir / f".staging-fetch-{name}-{uuid.uuid4().hex[:8]}"
                staging.mkdir()
                try:
                    counts = _Assembler(connection, index_dir, staging, files, average).run()
                    _check_manifest(staging, row.manifest_sha256, files)
                    fsync_dir(staging)
                    if (index_dir / name).exists():
                        shutil.rmtree(index_dir / name)  # a complete copy never made live
                    os.replace(staging, index_dir / name)
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise
        make_live(index_dir, name)
        total = sum(entry["size"] for entry in files.values())
        return FetchReport(name, row.seq, total, counts[0], counts[1], time.perf_counter() - started)


def _live(index_dir: Path) -> Optional[str]:
    try:
        return current_generation(index_dir)
    except IndexCorruptError:
        return None


def _holder_text(record: str) -> str:
    from bot.index.lock import LockHolder

    holder = LockHolder.parse(record.encode("utf-8", "replace"))
    return holder.describe() if holder else "another process"


def _checked_listing(row) -> tuple[str, dict]:
    """The row's generation name and file list, refused if anything in it is unsafe to use
    as a path or is not well formed (the database is a boundary like any other)."""
    name, files = row.name, row.files
    if not isinstance(name, str) or not GENERATION_NAME.fullmatch(name):
        raise PublishedCorruptError(f"published generation {name!r} has an unsafe name")
    if not isinstance(files, dict) or MANIFEST not in files:
        raise PublishedCorruptError(f"published generation {name} lists no {MANIFEST}")
    for file, entry in files.items():
        try:
            ok = (FILE_NAME.fullmatch(file) and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
                  and isinstance(entry["size"], int) and entry["size"] >= 0
                  and all(re.fullmatch(r"[0-9a-f]{64}", sha) and isinstance(size, int) and size > 0
                          for sha, size in entry["chunks"])
                  and sum(size for _, size in entry["chunks"]) == entry["size"])
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise PublishedCorruptError(f"published generation {name}: the listing of {file!r} is malformed")
    return name, files


def _check_manifest(staging: Path, manifest_sha256: str, files: dict) -> None:
    """The manifest is the one the row names, and lists exactly the files the row has,
    with the same checksums (each file was already checked against the row)."""
    if files[MANIFEST]["sha256"] != manifest_sha256:
        raise PublishedCorruptError(f"published generation {staging.name}: manifest checksum differs from the row's")
    try:
        manifest = Manifest.from_json((staging / MANIFEST).read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError) as error:
        raise PublishedCorruptError(f"published manifest cannot be parsed ({error})") from None
    listed = {file: entry["sha256"] for file, entry in files.items() if file != MANIFEST}
    if listed != manifest.files:
        raise PublishedCorruptError("published generation: its files differ from its manifest's")


class _Assembler:
    """Writes a generation's files into ``staging``: chunks found in the live local
    generation are copied from disk, the others downloaded in batches, each checked."""

    def __init__(self, connection: sa.Connection, index_dir: Path, staging: Path, files: dict,
                 average: int) -> None:
        self.connection, self.staging, self.files, self.average = connection, staging, files, average
        live = _live(index_dir)
        self.live = index_dir / live if live is not None and (index_dir / live).is_dir() else None
        self.live_files = _listed_files(self.live) if self.live is not None else {}
        self.wanted = {sha for entry in files.values() for sha, _ in entry["chunks"]}
        self.local: dict[str, tuple[Path, int, int]] = {}  # chunk -> where its bytes are on disk
        self.downloaded = self.reused = 0
        # Where the live generation's chunks sit, from its published listing (None: not
        # published any more, or cut otherwise; each file is then cut again, _index_local).
        self.live_chunks = self._live_listing(live, average) if self.live is not None else None
        self.trust_local = True  # False after a file assembled from local chunks failed its checksum
        self._writing: Optional[tuple[Path, Any]] = None

    def _live_listing(self, live: str, average: int) -> Optional[dict[str, list]]:
        row = self.connection.execute(sa.select(generations.c.files, generations.c.chunk_bytes)
                                      .where(generations.c.name == live)).first()
        if row is None or row.chunk_bytes != average or not isinstance(row.files, dict):
            return None
        return {file: entry.get("chunks") for file, entry in row.files.items() if isinstance(entry, dict)}

    def _link_whole(self, file: str, entry: dict) -> bool:
        """A file the live generation has with the same checksum is linked, not copied (a
        generation's files are never modified once written), after checking its bytes."""
        source = self.live_files.get(entry["sha256"])
        if source is None:
            return False
        target = self.staging / file
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        # Hashed again unless this process hashed this unchanged inode already (storage.py).
        if file_sha256(target) != entry["sha256"]:
            target.unlink()
            return False  # the local copy changed: assemble it from chunks instead
        self.reused += entry["size"]
        return True

    def _index_local(self, file: str) -> None:
        """Where the chunks of the live generation's file of the same name sit (its most
        likely source of unchanged chunks): from the live generation's published listing,
        or cut again as the writer cut it. Chunks copied from there are not hashed one by
        one: the file they make up is checked as a whole (and rebuilt from downloads alone
        if it fails)."""
        if self.live is None or not (self.live / file).is_file():
            return
        listed = (self.live_chunks or {}).get(file)
        if listed is not None:
            offset = 0
            for sha, size in listed:
                if sha in self.wanted:
                    self.local.setdefault(sha, (self.live / file, offset, size))
                offset += size
            return
        data = (self.live / file).read_bytes()
        for piece in chunking.cut(data, self.average):
            if piece.sha256 in self.wanted:
                self.local.setdefault(piece.sha256, (self.live / file, piece.offset, piece.size))

    def run(self) -> tuple[int, int]:
        for file, entry in self.files.items():
            self._write(file, entry)
        return self.downloaded, self.reused

    def _write(self, file: str, entry: dict) -> None:
        path = self.staging / file
        if self._link_whole(file, entry):
            return
        self._index_local(file)
        if not self._assemble(file, entry, path):
            # A chunk copied from a local file was not what its name says (that file changed
            # on disk): this file again, every chunk downloaded or copied after a check.
            self.trust_local = False
            self.local = {sha: place for sha, place in self.local.items() if place[0] != path}
            if not self._assemble(file, entry, path):
                raise PublishedCorruptError(f"published {file} fails its checksum")

    def _assemble(self, file: str, entry: dict, path: Path) -> bool:
        """Write ``file`` from its chunks; whether it matches its checksum."""
        digest = hashlib.sha256()
        offset = 0
        with open(path, "wb") as handle:
            self._writing = (path, handle)
            listed = entry["chunks"]
            for start in range(0, len(listed), DOWNLOAD_BATCH_CHUNKS):
                window = listed[start:start + DOWNLOAD_BATCH_CHUNKS]
                fetched = self._download([sha for sha, _ in window if sha not in self.local])
                for sha, size in window:
                    data = fetched.get(sha)
                    if data is None:
                        data = self._copy_local(sha)
                    if data is None:  # its local copy changed on disk
                        data = self._download([sha]).get(sha)
                    if data is None or len(data) != size:
                        raise PublishedCorruptError(
                            f"published generation {self.staging.name}: chunk {sha[:12]}… of {file} is missing or partial")
                    handle.write(data)
                    digest.update(data)
                    self.local.setdefault(sha, (path, offset, size))
                    offset += size
            handle.flush()
            os.fsync(handle.fileno())
        return digest.hexdigest() == entry["sha256"]

    def _download(self, wanted: list[str]) -> dict[str, bytes]:
        if not wanted:
            return {}
        rows = self.connection.execute(sa.select(chunks.c.sha256, chunks.c.data)
                                       .where(chunks.c.sha256.in_(sorted(set(wanted))))).all()
        found = {}
        for sha, data in rows:
            data = bytes(data)
            if hashlib.sha256(data).hexdigest() != sha:
                raise PublishedCorruptError(f"published chunk {sha[:12]}… fails its checksum (tampered or damaged)")
            found[sha] = data
            self.downloaded += len(data)
        return found

    def _copy_local(self, sha: str) -> Optional[bytes]:
        place = self.local.get(sha)
        if place is None:
            return None
        path, offset, size = place
        if self._writing is not None and self._writing[0] == path:
            self._writing[1].flush()  # a chunk repeated in the file being written
        with open(path, "rb") as handle:
            handle.seek(offset)
            data = handle.read(size)
        if not self.trust_local and hashlib.sha256(data).hexdigest() != sha:
            return None  # the local copy changed under us: treat as missing
        if path.parent != self.staging:
            self.reused += len(data)
        return data


def _listed_files(folder: Path) -> dict[str, Path]:
    """The files of a local generation by the SHA-256 its manifest gives them."""
    try:
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {digest: folder / name for name, digest in manifest.files.items()
            if FILE_NAME.fullmatch(name) and (folder / name).is_file()}
