"""The feedback store: what users asked and thought, in SQLite or PostgreSQL.

Every question's outcome, every 👍/👎 and every accepted suggestion is one row of
``feedback_events``; the vote that counts (one per user per answer) is kept in
``feedback_votes``. What is stored is bounded: question text is truncated at write
time, and user ids and question text older than the retention period are erased
(counts are kept). Slack code records through this class; nothing here knows Slack.

Every recorded event gets a unique ``record_id``; writing it again (a replay from the
spool, bot/feedback/spool.py) stores nothing. With a spool (``faqbot serve`` on a
database server) the ``record_*`` methods only hand the record to it: the database is
never on the answer path.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable, Iterator, Optional, Protocol, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from bot.faq.entry import ID_PATTERN
from bot.feedback import migrate
from bot.database_limits import DatabaseLimits
from bot.feedback.schema import (
    ACCEPTED, ANSWERED, DECLINED, DID_YOU_MEAN, ESCALATED, ESCALATION_ANSWERED, FEEDBACK, ID_CHARS,
    OUTCOMES, PERMALINK_CHARS, QUESTION, REPLY_CHARS, UNANSWERED, escalations, events, votes,
)

log = logging.getLogger(__name__)

VOTES = ("up", "down")
# Retention is re-applied on writes at most this often: one indexed UPDATE an hour.
RETENTION_CHECK = timedelta(hours=1)
FORGED_ID_SHOWN = 80  # characters of a rejected id quoted in the log


class InvalidFeedback(ValueError):
    """A record the store refuses: an impossible FAQ id, vote or outcome."""


class FeedbackNotRecorded(RuntimeError):
    """A record that could not be written durably (spool and database both failed)."""


class Spooler(Protocol):
    """Where a spooled store's records go (bot/feedback/spool.py's SpooledWriter)."""

    def write(self, event: dict, *, wait: bool) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class OutcomeCounts:
    """How questions asked in ``[since, until)`` ended."""

    since: datetime
    until: datetime
    answered: int
    did_you_mean: int
    declined: int
    imported_unanswered: int  # from the old JSONL log, which did not tell the two apart

    @property
    def unanswered(self) -> int:
        return self.did_you_mean + self.declined + self.imported_unanswered

    @property
    def total(self) -> int:
        return self.answered + self.unanswered

    def to_json(self) -> dict:
        return {"since": self.since.isoformat(), "until": self.until.isoformat(),
                "answered": self.answered, "unanswered": self.unanswered,
                "did_you_mean": self.did_you_mean, "declined": self.declined,
                "imported_unanswered": self.imported_unanswered}


@dataclass(frozen=True)
class VoteCount:
    faq_id: str
    down: int
    up: int


@dataclass(frozen=True)
class EntryActivity:
    """How often an entry answered questions, and when it last did."""

    faq_id: str
    answered: int
    last_answered: datetime


@dataclass(frozen=True)
class Confirmation:
    """A user confirming that their wording means an entry: an accepted suggestion or a 👍
    that still stands."""

    question: str
    faq_id: str
    user_id: Optional[str]


@dataclass(frozen=True)
class Escalation:
    """A question handed to a person; open while ``answered_at`` is None."""

    thread_ref: str
    target_ref: Optional[str]
    user_id: Optional[str]
    question: Optional[str]
    faq_id: Optional[str]
    score: Optional[float]
    escalated_at: datetime
    answered_at: Optional[datetime]
    answered_by: Optional[str]
    remind_at: Optional[datetime] = None
    reminded_at: Optional[datetime] = None
    relay_ref: Optional[str] = None  # set: asked privately (DM, /faq); the reply is passed on here
    reply: Optional[str] = None  # the answering person's message (Slack mrkdwn), if recorded
    permalink: Optional[str] = None  # the asker's thread in Slack, as chat.getPermalink gave it

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def time_to_answer(self) -> Optional[timedelta]:
        return None if self.answered_at is None else self.answered_at - self.escalated_at


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def valid_faq_id(faq_id: object) -> bool:
    """Could this be an FAQ id at all (one printable word of at most 200 characters)?"""
    return isinstance(faq_id, str) and bool(ID_PATTERN.match(faq_id)) and faq_id.isprintable()


def shown_id(faq_id: object) -> str:
    """A rejected id as it may appear in a log line: quoted, escaped, clipped."""
    return repr(faq_id)[:FORGED_ID_SHOWN]


def answer_ref(channel: Optional[str], message_ts: Optional[str]) -> str:
    """Which answer a vote is about; "" when Slack did not say (then one vote per user and entry)."""
    return f"{channel or ''}/{message_ts}" if message_ts else ""


class FeedbackStore:
    """Writes and reads feedback; one instance per process, safe to share between threads."""

    def __init__(self, engine: Engine, *, question_chars: int = 500,
                 retention: timedelta = timedelta(days=90),
                 clock: Callable[[], datetime] = utcnow,
                 spooler: Optional[Spooler] = None) -> None:
        self.engine = engine
        self.spooler = spooler
        self.question_chars = question_chars
        self.retention = retention
        self.clock = clock
        self._retention_lock = threading.Lock()
        self._retention_due = self.clock()

    @classmethod
    def open(cls, url: URL | str, limits: DatabaseLimits = DatabaseLimits(),
             **options) -> "FeedbackStore":
        """Migrate the database to the newest schema, then apply retention once. Writes go
        straight to the database (see bot/feedback/spool.py for the spooled store)."""
        url = sa.engine.make_url(url)
        migrate.upgrade(url, limits)
        store = cls(migrate.create_engine(url, limits), **options)
        store.erase_expired()
        log.info("feedback store: %s", url.render_as_string(hide_password=True))
        return store

    def close(self) -> None:
        if self.spooler is not None:
            self.spooler.close()  # what is queued reaches the spool file first
        self.engine.dispose()

    # -- writing ----------------------------------------------------------------------
    def record_question(self, outcome: str, *, question: str, user: Optional[str],
                        channel: Optional[str], faq_id: Optional[str] = None,
                        score: Optional[float] = None, suggestions: Sequence[str] = ()) -> None:
        """One question asked and how it ended: answered (``faq_id``, ``score``), or
        did-you-mean / declined (``suggestions`` offered; ``faq_id``/``score`` of the best)."""
        if outcome not in (ANSWERED, DID_YOU_MEAN, DECLINED):
            raise InvalidFeedback(f"unknown outcome {outcome!r}")
        self._check_ids([*([faq_id] if faq_id is not None else []), *suggestions])
        self._write({
            "time": self.clock(), "kind": QUESTION, "outcome": outcome, "faq_id": faq_id,
            "score": score, "suggestions": list(suggestions) or None, "channel": _id(channel),
            "user_id": _id(user), "question": self.clip(question),
        })

    def record_accepted(self, faq_id: str, *, question: str, user: Optional[str],
                        channel: Optional[str]) -> None:
        """The user clicked a suggested entry: their wording means that entry."""
        self._check_ids([faq_id])
        self._write({
            "time": self.clock(), "kind": ACCEPTED, "faq_id": faq_id, "channel": _id(channel),
            "user_id": _id(user), "question": self.clip(question),
        })

    def record_vote(self, vote: str, faq_id: str, *, question: str, user: Optional[str],
                    channel: Optional[str], message_ts: Optional[str]) -> None:
        """A 👍/👎 click. The click is kept in the history; the user's vote on this answer
        becomes this one (a change of mind replaces the earlier vote). Returns once the
        click is durably recorded (in the spool, or the database); raises
        :class:`FeedbackNotRecorded` or ``SQLAlchemyError`` when it is not."""
        if vote not in VOTES:
            raise InvalidFeedback(f"unknown vote {vote!r}")
        self._check_ids([faq_id])
        event = {"time": self.clock(), "kind": FEEDBACK, "vote": vote, "faq_id": faq_id,
                 "channel": _id(channel), "message_ts": _id(message_ts), "user_id": _id(user),
                 "question": self.clip(question)}
        self._write(event, wait=True)

    def record_escalation(self, *, thread_ref: str, target_ref: Optional[str], user: Optional[str],
                          question: str, faq_id: Optional[str] = None,
                          score: Optional[float] = None, remind_after: Optional[float] = None,
                          relay_ref: Optional[str] = None, permalink: Optional[str] = None) -> None:
        """*Ask a person* posted the question of the asker's thread ``thread_ref``
        ("<channel>/<ts>") to ``target_ref``; waits until durably recorded, like a vote.
        ``remind_after``: seconds until the reminder is due (None: no reminder);
        ``relay_ref``: where the first reply is passed on (a privately asked question);
        ``permalink``: the asker's thread in Slack (not stored if longer than a link can be)."""
        self._check_ids([faq_id] if faq_id is not None else [])
        extra = {"thread_ref": _ref(thread_ref), "target_ref": _ref(target_ref)}
        if remind_after is not None:
            extra["remind_after"] = float(remind_after)
        if relay_ref is not None:
            extra["relay_ref"] = _ref(relay_ref)
        if _permalink(permalink) is not None:
            extra["permalink"] = permalink
        self._write({"time": self.clock(), "kind": ESCALATED, "faq_id": faq_id, "score": score,
                     "channel": _id(thread_ref.split("/", 1)[0]),
                     "message_ts": _id(thread_ref.split("/", 1)[-1]), "user_id": _id(user),
                     "question": self.clip(question), "extra": extra},
                    wait=True)

    def due_reminders(self, now: Optional[datetime] = None, limit: int = 50) -> list[Escalation]:
        """Open escalations whose reminder is due and not yet claimed, oldest due first
        (read from the database itself: every replica sees every escalation there)."""
        now = now or self.clock()
        query = (sa.select(escalations)
                 .where(escalations.c.remind_at <= now, escalations.c.reminded_at.is_(None),
                        escalations.c.answered_at.is_(None))
                 .order_by(escalations.c.remind_at, escalations.c.id).limit(limit))
        with self.engine.connect() as connection:
            return [_escalation(row) for row in connection.execute(query)]

    def claim_reminder(self, thread_ref: str, now: Optional[datetime] = None) -> bool:
        """Claim sending the reminder of ``thread_ref``: True for exactly one caller, of any
        replica, and only while the escalation is still unanswered. One conditional UPDATE
        in the database (not through the spool: the claim must be decided now)."""
        now = now or self.clock()
        with self.engine.begin() as connection:
            claimed = connection.execute(
                escalations.update()
                .where(escalations.c.thread_ref == thread_ref, escalations.c.remind_at.is_not(None),
                       escalations.c.reminded_at.is_(None), escalations.c.answered_at.is_(None))
                .values(reminded_at=now)).rowcount
        return claimed == 1

    def record_escalation_answered(self, thread_ref: str, *, user: Optional[str],
                                   reply: Optional[str] = None) -> None:
        """A person (``user``) replied in the escalated thread ``thread_ref`` (the asker's
        thread or the escalation post's: either ref names the escalation); ``reply``: their
        message as Slack sent it, kept (up to ``REPLY_CHARS``) for drafting an FAQ entry."""
        self._write({"time": self.clock(), "kind": ESCALATION_ANSWERED,
                     "channel": _id(thread_ref.split("/", 1)[0]),
                     "message_ts": _id(thread_ref.split("/", 1)[-1]), "user_id": _id(user),
                     "extra": {"thread_ref": _ref(thread_ref),
                               "reply": None if reply is None else str(reply)[:REPLY_CHARS]}})

    def clip(self, question: Optional[str]) -> Optional[str]:
        return None if question is None else question[: self.question_chars]

    @staticmethod
    def _check_ids(faq_ids: Iterable[object]) -> None:
        for faq_id in faq_ids:
            if not valid_faq_id(faq_id):
                raise InvalidFeedback(f"not an FAQ id: {shown_id(faq_id)}")

    def _write(self, event: dict, *, wait: bool = False) -> None:
        """Record one event: to the spool if there is one (``wait``: until it is written
        there), else to the database now."""
        event["record_id"] = uuid.uuid4().hex
        if self.spooler is not None:
            self.spooler.write(event, wait=wait)
            return
        with self.engine.begin() as connection:
            write_events(connection, [event])
        self.erase_expired_if_due()

    # -- retention ----------------------------------------------------------------------
    def erase_expired(self) -> int:
        """Erase user ids and question text (and imported extra fields) older than the
        retention period; counts stay. Returns how many rows were erased now."""
        cutoff = self.clock() - self.retention
        with self.engine.begin() as connection:
            erased = connection.execute(
                events.update()
                .where(events.c.time < cutoff)
                .where(sa.or_(events.c.user_id.is_not(None), events.c.question.is_not(None),
                              events.c.extra.is_not(None)))
                .values(user_id=None, question=None, extra=sa.null())).rowcount
            erased += connection.execute(
                votes.update()
                .where(votes.c.time < cutoff)
                .where(sa.or_(votes.c.user_id.is_not(None), votes.c.question.is_not(None)))
                .values(user_id=None, question=None)).rowcount
            erased += connection.execute(
                escalations.update()
                .where(escalations.c.escalated_at < cutoff)
                .where(sa.or_(escalations.c.user_id.is_not(None), escalations.c.question.is_not(None),
                              escalations.c.answered_by.is_not(None), escalations.c.reply.is_not(None)))
                .values(user_id=None, question=None, answered_by=None, reply=None)).rowcount
        self._retention_due = self.clock() + RETENTION_CHECK
        if erased:
            log.info("feedback retention: erased personal data of %d rows older than %s",
                     erased, cutoff.date())
        return erased

    def erase_expired_if_due(self) -> None:
        if self.clock() < self._retention_due or not self._retention_lock.acquire(False):
            return
        try:
            self.erase_expired()
        finally:
            self._retention_lock.release()

    # -- reading ------------------------------------------------------------------------
    def outcome_counts(self, since: datetime, until: Optional[datetime] = None) -> OutcomeCounts:
        """Questions answered and not answered in ``[since, until)`` (no ``until``: up to now)."""
        query = (sa.select(events.c.outcome, sa.func.count())
                 .where(events.c.kind == QUESTION, events.c.time >= since)
                 .group_by(events.c.outcome))
        if until is not None:
            query = query.where(events.c.time < until)
        until = until or self.clock()
        with self.engine.connect() as connection:
            counts = {outcome: n for outcome, n in connection.execute(query)}
        return OutcomeCounts(since, until, counts.get(ANSWERED, 0), counts.get(DID_YOU_MEAN, 0),
                             counts.get(DECLINED, 0), counts.get(UNANSWERED, 0))

    def unanswered_questions(self) -> Iterator[str]:
        """The text of every question not answered (erased ones excluded), oldest first."""
        query = (sa.select(events.c.question)
                 .where(events.c.kind == QUESTION, events.c.outcome != ANSWERED,
                        events.c.question.is_not(None))
                 .order_by(events.c.time, events.c.id))
        with self.engine.connect() as connection:
            yield from connection.execute(query).scalars()

    def asked_questions(self, limit: int) -> list[str]:
        """The text of the ``limit`` most recent questions asked live (erased ones excluded),
        oldest first: unlabelled, for estimating how many the FAQ does not answer. Records
        imported from the old JSONL log are left out: it only ever logged unanswered ones."""
        query = (sa.select(events.c.question)
                 .where(events.c.kind == QUESTION, events.c.question.is_not(None),
                        events.c.origin.is_(None))
                 .order_by(events.c.time.desc(), events.c.id.desc()).limit(limit))
        with self.engine.connect() as connection:
            return list(reversed(connection.execute(query).scalars().all()))

    def downvoted_questions(self) -> Iterator[tuple[str, str]]:
        """(question, faq_id) of every standing 👎 whose question text is kept, oldest first."""
        query = (sa.select(votes.c.question, votes.c.faq_id)
                 .where(votes.c.vote == "down", votes.c.question.is_not(None))
                 .order_by(votes.c.time, votes.c.id))
        with self.engine.connect() as connection:
            yield from ((q, i) for q, i in connection.execute(query))

    def entry_activity(self) -> list[EntryActivity]:
        """Per entry: questions it answered, and the time of the last one."""
        query = (sa.select(events.c.faq_id, sa.func.count(), sa.func.max(events.c.time))
                 .where(events.c.kind == QUESTION, events.c.outcome == ANSWERED,
                        events.c.faq_id.is_not(None))
                 .group_by(events.c.faq_id))
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        # max() bypasses the column type on SQLite (a string comes back): read it as the column would.
        return [EntryActivity(faq_id, int(n), _as_utc(last)) for faq_id, n, last in rows]

    def vote_counts(self) -> list[VoteCount]:
        """👎 and 👍 per entry, counting each user's standing vote on each answer once."""
        down = sa.func.sum(sa.case((votes.c.vote == "down", 1), else_=0))
        up = sa.func.sum(sa.case((votes.c.vote == "up", 1), else_=0))
        query = sa.select(votes.c.faq_id, down, up).group_by(votes.c.faq_id)
        with self.engine.connect() as connection:
            return [VoteCount(faq_id, int(d), int(u)) for faq_id, d, u in connection.execute(query)]

    def accepted_counts(self) -> list[tuple[str, str, int]]:
        """(question, faq_id, times) of accepted suggestions, most accepted first."""
        times = sa.func.count().label("times")
        query = (sa.select(events.c.question, events.c.faq_id, times)
                 .where(events.c.kind == ACCEPTED, events.c.question.is_not(None))
                 .group_by(events.c.question, events.c.faq_id)
                 .order_by(times.desc(), events.c.question, events.c.faq_id))
        with self.engine.connect() as connection:
            return [(q, i, n) for q, i, n in connection.execute(query)]

    def escalation(self, ref: str) -> Optional[Escalation]:
        """The escalation of the asker's thread, or of the escalation post, named ``ref``."""
        query = sa.select(escalations).where(
            sa.or_(escalations.c.thread_ref == ref, escalations.c.target_ref == ref)).limit(1)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return _escalation(row) if row is not None else None

    def escalations(self, since: Optional[datetime] = None) -> list[Escalation]:
        """Escalations (from ``since`` on), oldest first."""
        query = sa.select(escalations).order_by(escalations.c.escalated_at, escalations.c.id)
        if since is not None:
            query = query.where(escalations.c.escalated_at >= since)
        with self.engine.connect() as connection:
            return [_escalation(row) for row in connection.execute(query)]

    def confirmations(self) -> list[Confirmation]:
        """Every accepted suggestion and every standing 👍, with the wording and the user."""
        accepted = (sa.select(events.c.question, events.c.faq_id, events.c.user_id)
                    .where(events.c.kind == ACCEPTED, events.c.question.is_not(None)))
        upvoted = (sa.select(votes.c.question, votes.c.faq_id, votes.c.user_id)
                   .where(votes.c.vote == "up", votes.c.question.is_not(None)))
        with self.engine.connect() as connection:
            rows = [*connection.execute(accepted), *connection.execute(upvoted)]
        return [Confirmation(q, i, u) for q, i, u in rows]


def vote_row(event: dict) -> dict:
    return {"user_id": event["user_id"], "answer_ref": answer_ref(event["channel"], event["message_ts"]),
            "faq_id": event["faq_id"], "vote": event["vote"], "question": event["question"],
            "time": event["time"]}


def write_events(connection: sa.Connection, rows: list[dict]) -> int:
    """Insert each event unless its ``record_id`` is stored already (a replay), and apply
    each newly stored click to the standing votes. Returns how many were new."""
    statement = _insert(connection, events).on_conflict_do_nothing(
        index_elements=[events.c.record_id]).returning(events.c.id)
    new = 0
    for row in rows:  # one at a time: a vote must see the earlier ones, and order is kept
        if connection.execute(statement, row).first() is None:
            continue  # this record was stored before
        new += 1
        if row["kind"] == FEEDBACK:
            upsert_votes(connection, [vote_row(row)])
        elif row["kind"] == ESCALATED:
            _insert_escalation(connection, row)
        elif row["kind"] == ESCALATION_ANSWERED:
            _mark_answered(connection, row)
    return new


def _insert_escalation(connection: sa.Connection, row: dict) -> None:
    """One escalation per asker's thread: a second (another replica's) is not stored."""
    extra = row.get("extra") or {}
    remind_after = extra.get("remind_after")
    remind_at = row["time"] + timedelta(seconds=float(remind_after)) \
        if isinstance(remind_after, (int, float)) and not isinstance(remind_after, bool) else None
    connection.execute(
        _insert(connection, escalations).on_conflict_do_nothing(index_elements=[escalations.c.thread_ref]),
        {"thread_ref": extra.get("thread_ref"), "target_ref": extra.get("target_ref"),
         "user_id": row.get("user_id"), "question": row.get("question"), "faq_id": row.get("faq_id"),
         "score": row.get("score"), "escalated_at": row["time"], "remind_at": remind_at,
         "relay_ref": extra.get("relay_ref"), "permalink": _permalink(extra.get("permalink"))})


def _mark_answered(connection: sa.Connection, row: dict) -> None:
    """The first reply answers: a later one (or a replay) changes nothing."""
    extra = row.get("extra") or {}
    ref = extra.get("thread_ref")
    connection.execute(
        escalations.update()
        .where(sa.or_(escalations.c.thread_ref == ref, escalations.c.target_ref == ref))
        .where(escalations.c.answered_at.is_(None))
        .where(escalations.c.escalated_at <= row["time"])
        .values(answered_at=row["time"], answered_by=row.get("user_id"), reply=extra.get("reply")))


def _escalation(row) -> Escalation:
    return Escalation(row.thread_ref, row.target_ref, row.user_id, row.question, row.faq_id,
                      row.score, _as_utc(row.escalated_at),
                      _as_utc(row.answered_at) if row.answered_at is not None else None,
                      row.answered_by,
                      _as_utc(row.remind_at) if row.remind_at is not None else None,
                      _as_utc(row.reminded_at) if row.reminded_at is not None else None,
                      row.relay_ref,
                      reply=row.reply, permalink=row.permalink)


def _permalink(link: object) -> Optional[str]:
    """A link that fits its column, else None: clipped it would open the wrong place. Which
    links may be shown or posted is decided where they are (bot/slack/permalinks.py)."""
    return link if isinstance(link, str) and 0 < len(link) <= PERMALINK_CHARS else None


def _ref(ref: Optional[str]) -> Optional[str]:
    """A "<channel>/<ts>" reference, clipped like the ids it is made of."""
    return None if ref is None else str(ref)[: 2 * ID_CHARS + 1]


def _insert(connection: sa.Connection, table: sa.Table):
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif connection.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - the store is built for SQLite and PostgreSQL only
        raise NotImplementedError(f"feedback store on {connection.dialect.name}")
    return insert(table)


def upsert_votes(connection: sa.Connection, rows: list[dict]) -> None:
    """Insert each vote, or replace the same user's vote on the same answer — unless the
    stored one is from a later click (rows may arrive out of order from two replicas)."""
    if not rows:
        return
    statement = _insert(connection, votes)
    statement = statement.on_conflict_do_update(
        index_elements=[votes.c.user_id, votes.c.answer_ref, votes.c.faq_id],
        set_={"vote": statement.excluded.vote, "question": statement.excluded.question,
              "time": statement.excluded.time},
        where=votes.c.time <= statement.excluded.time,
    )
    # One statement per row: a later row in the same batch must see the earlier one.
    for row in rows:
        connection.execute(statement, row)


def _as_utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _id(value: Optional[str]) -> Optional[str]:
    """Slack ids are short; anything longer is not one and is clipped, not stored whole."""
    return None if value is None else str(value)[:ID_CHARS]

