"""Channel policy settings: faqbot.toml tables, the environment, and errors naming the field."""

from __future__ import annotations

import logging
import textwrap

import pytest
from pydantic import ValidationError

from bot.config import ChannelSettings, Settings
from bot.retrieval.policy import AnswerPolicy
from bot.slack.policy import DIRECT_MESSAGES, ChannelPolicies
from bot.slack.ratelimit import UserRateLimiter

CONFIG = """\
slack_channels = ["C0SUPPORT1", "C0BILLING1", "C0GENERAL1"]
user_rate_limit = "5 per 30 seconds"

[channels.C0SUPPORT1]
listen = true

[channels.C0BILLING1]
categories = ["Billing", "Returns & Refunds"]
cutoff = 0.8
"""


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    def write(text: str):
        path = tmp_path / "faqbot.toml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        monkeypatch.setenv("FAQBOT_CONFIG", str(path))
        return path
    return write


def test_channel_tables_in_faqbot_toml(config_file):
    config_file(CONFIG)
    settings = Settings()
    assert settings.slack_channels == ["C0SUPPORT1", "C0BILLING1", "C0GENERAL1"]
    assert settings.channels == {
        "C0SUPPORT1": ChannelSettings(listen=True),
        "C0BILLING1": ChannelSettings(categories=["Billing", "Returns & Refunds"], cutoff=0.8),
    }
    policies = ChannelPolicies.from_settings(settings)
    billing = policies.for_conversation("C0BILLING1")
    assert billing.answers == AnswerPolicy(frozenset({"Billing", "Returns & Refunds"}), 0.8)
    assert (billing.may_post, billing.listen) == (True, False)
    assert policies.for_conversation("C0SUPPORT1").listen is True
    assert policies.for_conversation("C0GENERAL1").answers == AnswerPolicy()
    assert policies.for_conversation("C0ELSEWHERE").may_post is False
    assert policies.for_conversation("D0DIRECT01") is DIRECT_MESSAGES
    assert policies.for_conversation("C0ELSEWHERE", "im") is DIRECT_MESSAGES
    assert UserRateLimiter.from_settings(settings).description == "5 questions per 30 seconds"


def test_the_allowlist_from_the_environment_is_comma_separated(monkeypatch, tmp_path):
    monkeypatch.setenv("FAQBOT_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("FAQBOT_SLACK_CHANNELS", "C0ONE0001, C0TWO0002")
    monkeypatch.setenv("FAQBOT_CHANNELS", '{"C0ONE0001": {"listen": true}}')
    settings = Settings()
    assert settings.slack_channels == ["C0ONE0001", "C0TWO0002"]
    assert settings.channels["C0ONE0001"].listen is True
    monkeypatch.setenv("FAQBOT_SLACK_CHANNELS", "")
    assert Settings(channels={}).slack_channels == []


@pytest.mark.parametrize("text, location, reason", [
    ("[channels.C0BILLING1]\ncutoff = 1.5\n", "channels.C0BILLING1.cutoff", "less than or equal to 1"),
    ("[channels.C0BILLING1]\ncategory = ['Billing']\n", "channels.C0BILLING1.category",
     "Extra inputs are not permitted"),
    ("[channels.C0BILLING1]\ncategories = []\n", "channels.C0BILLING1.categories", "at least 1 item"),
    ("[channels.C0BILLING1]\ncategories = ['Billing', '  ']\n", "channels.C0BILLING1.categories.1",
     "at least 1 character"),
    ("[channels.C0BILLING1]\nlisten = 'sometimes'\n", "channels.C0BILLING1.listen", "valid boolean"),
    ("[channels.general]\nlisten = true\n", "channels",
     "channels.general: 'general' is not a Slack channel id"),
    ("slack_channels = ['C0OTHER01']\n[channels.C0BILLING1]\nlisten = true\n", "channels",
     "channels.C0BILLING1 has settings but is not in slack_channels"),
    ("slack_channels = ['D0DIRECT1']\n", "slack_channels", "'D0DIRECT1' is not a Slack channel id"),
    ("user_rate_limit = 'lots'\n", "user_rate_limit", "'lots' is not a rate like '10/minute'"),
    ("user_rate_limit = '0/minute'\n", "user_rate_limit", "is not a rate like"),
])
def test_bad_channel_settings_are_reported_by_field(config_file, text, location, reason):
    config_file(text)
    with pytest.raises(ValidationError) as raised:
        Settings()
    (error,) = raised.value.errors()
    assert ".".join(str(part) for part in error["loc"]) == location
    assert reason in error["msg"]


def test_errors_never_echo_secrets(config_file, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-very-secret-token")
    monkeypatch.setenv("FAQBOT_REDIS_URL", "redis://:hunter2@127.0.0.1:6379/0")
    config_file("slack_channels = ['C0OTHER01']\n[channels.C0BILLING1]\nlisten = true\n")
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert "xoxb-very-secret-token" not in str(raised.value)
    assert "hunter2" not in str(raised.value)
    monkeypatch.setenv("FAQBOT_CONFIG", "missing.toml")
    assert "hunter2" not in repr(Settings())


def test_rate_limit_off(config_file):
    config_file("user_rate_limit = 'OFF'\n")
    limiter = UserRateLimiter.from_settings(Settings())
    assert all(limiter.admit("U0ASKER001").allowed for _ in range(100))


def test_a_category_no_entry_has_is_warned_about_at_start(faq_service, slack_settings, caplog):
    """slack_settings/faq_service: the IT FAQ, whose entries have no category."""
    from bot.slack.app import create_app

    settings = slack_settings.model_copy(update={
        "channels": {"C0BILLING1": ChannelSettings(categories=["Billing"])}})
    with caplog.at_level(logging.WARNING):
        create_app(settings, faq_service)
    assert "channel settings name FAQ category 'Billing', which no FAQ entry has" in caplog.text


def test_the_readme_example_is_valid(config_file):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Per-channel settings", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    config_file(example)
    settings = Settings()
    assert settings.channels["C0BILLING1"].categories == ["Billing", "Returns & Refunds"]
    assert settings.channels["C0SUPPORT1"].listen is True
