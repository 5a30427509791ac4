"""The feedback tables (SQLAlchemy Core). Alembic's migrations build exactly this schema;
``tests/test_feedback_store.py`` compares the two.

- ``feedback_events``: every question's outcome, every 👍/👎 click and every accepted
  suggestion, append-only (the history the JSONL log used to be). ``user_id`` and
  ``question`` are personal data and are erased after the retention period; ``extra``
  holds fields of imported JSONL records that have no column.
- ``feedback_votes``: the vote that counts, one per user per answer: a change of mind
  replaces it (unique constraint + upsert).
- ``feedback_imports``: JSONL logs already imported, by the SHA-256 of their content.
- ``feedback_escalations``: questions handed to a person (*Ask a person* in Slack), one per
  asker's thread, open until the first person other than the asker and the bot replies
  (then ``answered_at``/``answered_by`` and that person's ``reply``, the text a maintainer
  can turn into an FAQ entry), and the asker's thread's Slack ``permalink`` (the console
  links to it while the question waits). Kept like ``feedback_votes``: derived from the
  ``escalated``/``escalation_answered`` events as they are written (replays included).

Each live event carries a ``record_id`` made when it was recorded: a record replayed from
a replica's spool (bot/feedback/spool.py) twice, or by two replicas, is stored once.

Tables are prefixed so the store can share a database with other applications.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

metadata = sa.MetaData()
# Python None is SQL NULL (not JSON null), so "IS NULL" finds erased and empty values.
JSON = sa.JSON(none_as_null=True)

RECORD_ID_CHARS = 32  # uuid4().hex
# Lengths of identifiers we store. Slack ids are ~11 characters; FAQ ids are one word.
ID_CHARS = 64
FAQ_ID_CHARS = 200
# A person's reply to an escalation is kept up to the length of an FAQ answer.
REPLY_CHARS = 20_000
# A Slack permalink is ~90 characters (a thread reply's ~130); a longer one is not stored
# (a clipped link would open the wrong place).
PERMALINK_CHARS = 400

# Event kinds: the old JSONL kinds, plus one row per question asked.
QUESTION = "question"
ACCEPTED = "suggestion_accepted"
FEEDBACK = "feedback"
ESCALATED = "escalated"                       # *Ask a person* clicked: posted to a channel
ESCALATION_ANSWERED = "escalation_answered"   # the first person's reply in that thread

# Question outcomes. Records imported from the old log only say "unanswered": the log
# never told "Did you mean…" from "not sure", and never recorded answered questions.
ANSWERED = "answered"
DID_YOU_MEAN = "did_you_mean"
DECLINED = "declined"
UNANSWERED = "unanswered"
OUTCOMES = (ANSWERED, DID_YOU_MEAN, DECLINED, UNANSWERED)


class UtcDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out, on every engine.

    Stored as a naive UTC timestamp: SQLite has no time zones, and one representation
    keeps comparisons (retention, periods) identical on SQLite and PostgreSQL.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[datetime], dialect) -> Optional[datetime]:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the feedback store; pass an aware one")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Optional[datetime], dialect) -> Optional[datetime]:
        return None if value is None else value.replace(tzinfo=timezone.utc)


events = sa.Table(
    "feedback_events", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("time", UtcDateTime(), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("outcome", sa.String(16)),          # kind "question" only
    sa.Column("faq_id", sa.String(FAQ_ID_CHARS)),  # matched / accepted / voted entry
    sa.Column("score", sa.Float()),
    sa.Column("suggestions", JSON),               # FAQ ids offered instead of an answer
    sa.Column("vote", sa.String(8)),              # "up" / "down"
    sa.Column("channel", sa.String(ID_CHARS)),
    sa.Column("message_ts", sa.String(ID_CHARS)),
    sa.Column("user_id", sa.String(ID_CHARS)),    # personal: erased after retention
    sa.Column("question", sa.Text()),             # personal: truncated, erased after retention
    sa.Column("extra", JSON),                     # imported fields without a column
    sa.Column("origin", sa.String(100)),          # NULL: live; "<sha256 prefix>:<line>": imported
    # Unique per recorded event (NULL for imported and pre-0002 rows): replays insert once.
    sa.Column("record_id", sa.String(RECORD_ID_CHARS)),
    sa.Index("ix_feedback_events_time", "time"),
    sa.Index("ux_feedback_events_record_id", "record_id", unique=True),
    sa.Index("ix_feedback_events_kind_time", "kind", "time"),
)

votes = sa.Table(
    "feedback_votes", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("user_id", sa.String(ID_CHARS)),    # personal: erased after retention
    # The answer voted on: "<channel>/<message_ts>", or "" when Slack did not say.
    sa.Column("answer_ref", sa.String(2 * ID_CHARS + 1), nullable=False),
    sa.Column("faq_id", sa.String(FAQ_ID_CHARS), nullable=False),
    sa.Column("vote", sa.String(8), nullable=False),
    sa.Column("question", sa.Text()),             # personal: truncated, erased after retention
    sa.Column("time", UtcDateTime(), nullable=False),  # of the click that counts
    sa.UniqueConstraint("user_id", "answer_ref", "faq_id", name="uq_feedback_votes_voter"),
    sa.Index("ix_feedback_votes_time", "time"),
    sa.Index("ix_feedback_votes_faq_id", "faq_id"),
)

imports = sa.Table(
    "feedback_imports", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("path", sa.Text(), nullable=False),
    # Bytes imported: a log that later grew by appended lines is imported from there on.
    sa.Column("size", sa.BigInteger(), nullable=False),
    sa.Column("imported_at", UtcDateTime(), nullable=False),
    sa.Column("records", sa.Integer(), nullable=False),
    sa.Column("skipped", sa.Integer(), nullable=False),
)

escalations = sa.Table(
    "feedback_escalations", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=True),
    # The asker's thread, "<channel>/<thread ts>": one escalation per thread, ever.
    sa.Column("thread_ref", sa.String(2 * ID_CHARS + 1), nullable=False),
    # The post in the escalation channel, "<channel>/<ts>": a reply there counts too.
    sa.Column("target_ref", sa.String(2 * ID_CHARS + 1)),
    sa.Column("user_id", sa.String(ID_CHARS)),    # the asker; personal: erased after retention
    sa.Column("question", sa.Text()),             # personal: truncated, erased after retention
    sa.Column("faq_id", sa.String(FAQ_ID_CHARS)),  # the bot's nearest entry when escalated
    sa.Column("score", sa.Float()),
    sa.Column("escalated_at", UtcDateTime(), nullable=False),
    sa.Column("answered_at", UtcDateTime()),
    sa.Column("answered_by", sa.String(ID_CHARS)),  # personal: erased after retention
    # When the one reminder is due (NULL: none), and when a replica claimed sending it:
    # every replica sweeps for due reminders, so one outlives the process that escalated.
    sa.Column("remind_at", UtcDateTime()),
    sa.Column("reminded_at", UtcDateTime()),
    # Where the first person's reply is passed on, for a question asked privately (a DM
    # "<channel>/<thread ts>", a /faq "<user id>"); NULL: the asker's thread is public.
    sa.Column("relay_ref", sa.String(2 * ID_CHARS + 1)),
    sa.Column("reply", sa.Text()),                # the first reply's text; erased after retention
    # The asker's thread in Slack (chat.getPermalink); NULL: asked privately, made before
    # migration 0006, or Slack gave none. Not personal: it names a channel and a ts.
    sa.Column("permalink", sa.String(PERMALINK_CHARS)),
    sa.UniqueConstraint("thread_ref", name="uq_feedback_escalations_thread"),
    sa.Index("ix_feedback_escalations_target_ref", "target_ref"),
    sa.Index("ix_feedback_escalations_escalated_at", "escalated_at"),
    sa.Index("ix_feedback_escalations_remind_at", "remind_at"),
)
