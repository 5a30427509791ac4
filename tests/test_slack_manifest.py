"""manifest.yml asks Slack for exactly what the bot's listeners handle."""

from pathlib import Path

import yaml

from bot.slack.blocks import SAVE_AS_FAQ
from bot.slack.listeners.commands import COMMAND

MANIFEST = Path(__file__).resolve().parent.parent / "manifest.yml"


def test_manifest_matches_the_listeners():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    settings = manifest["settings"]
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == [COMMAND]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_mention", "message.im", "message.channels", "message.groups", "app_home_opened",
        "app_uninstalled", "tokens_revoked"}
    assert settings["interactivity"]["is_enabled"] is True
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read", "im:history", "channels:history", "groups:history", "chat:write",
        "commands", "reactions:write", "usergroups:read", "users:read"}
    assert [(s["type"], s["callback_id"]) for s in manifest["features"]["shortcuts"]] == \
        [("message", SAVE_AS_FAQ)]
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert settings["socket_mode_enabled"] is True
