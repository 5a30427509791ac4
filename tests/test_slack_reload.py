"""While serving, a FAQ edit goes live and a summary is posted to the configured channel."""

import shutil

from bot.service import FaqService
from bot.slack.app import create_app
from bot.slack.reload_summary import start_live_reload
from conftest import write_faq


def summaries(calls) -> str:
    return "\n".join(c.params.get("text", "") for c in calls
                     if c.method == "chat.postMessage" and c.params.get("channel") == "C0RELOADS")


def test_reload_summary_is_posted_and_the_new_entry_served(tmp_path, slack_api, slack_settings, local_embed_model):
    faq_dir = tmp_path / "faq"
    shutil.copytree(slack_settings.faq_dir, faq_dir)
    settings = slack_settings.model_copy(update={
        "faq_dir": faq_dir, "index_dir": tmp_path / "index",
        "reload_summary_channel": "C0RELOADS", "reload_debounce_seconds": 0.2})
    service = FaqService(settings, embed_model=local_embed_model)
    service.load()
    app = create_app(settings, service)
    watcher = start_live_reload(app, service, settings)
    try:
        write_faq(faq_dir, "printers.md", "## How do I add a printer?\nid: add-printer\n\nUse **Settings → Printers**.\n")
        (faq_dir / "broken.md").write_text("## Q\nid: two words\n\nA\n")
        slack_api.wait_for(lambda calls: "added: add-printer" in summaries(calls)
                           and "error: broken.md:2: invalid id" in summaries(calls))
    finally:
        watcher.stop()
    assert service.answer("how to set up a printer").candidates[0].node.metadata["faq_id"] == "add-printer"
