"""Save as FAQ → the bot answers the saved question: how long the loop takes.

Each run, on a fresh copy of the IT FAQ (tests/slack_fixtures.py) with the embedded
default model: the real Bolt app in HTTP mode gets a signed *Save as FAQ* shortcut on a
person's reply (the modal opens at the local recording Slack stand-in), then the signed
``view_submission`` of that modal, prefilled as opened (a new entry in ``drafts.md``).
Timed from that submission's POST to the bot's answer to the saved question reaching the
stand-in: the write, the reload (embedding the new entry, building beside the live index,
swapping), "Saved to the FAQ as …" in the thread, then the same question @-mentioned and
answered from the new entry.

    python bench/bench_save_as_faq.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the Slack stand-in and payload builders

from bot.config import Settings  # noqa: E402
from bot.service import FaqService  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from bot.slack.blocks import SAVE_AS_FAQ, ButtonValue  # noqa: E402
from slack_fixtures import drain, serving_http, write_it_faq  # noqa: E402
from slack_standin import (  # noqa: E402
    BOT_TOKEN, SIGNING_SECRET, SlackWebStandIn, app_mention, buttons_of, event_callback,
    interaction_body, message_shortcut, message_ts, post, signed_headers, view_submission,
)

QUESTION = "Can I bring my dog to the office on Fridays?"
MAINTAINER = "U0MAINT0001"


def one_run(root: Path, api: SlackWebStandIn) -> tuple[float, float]:
    """(seconds from submission to the saved note, to the bot's answer)."""
    settings = Settings(faq_dir=write_it_faq(root / "faq"), index_dir=root / "index",
                        slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                        slack_api_url=api.api_url, feedback_log=root / "feedback.jsonl",
                        user_rate_limit="off", faq_maintainer_users=[MAINTAINER],
                        # The whole index built before timing: a scoring-views build still
                        # running in the background would make the reload wait for it.
                        index_views_in_background=False)
    service = FaqService(settings)
    service.load()
    app = create_app(settings, service)
    form = "application/x-www-form-urlencoded"
    with serving_http(app) as running:
        def send(payload: dict) -> bytes:
            body = interaction_body(payload)
            status, answer = post(running.url, body, signed_headers(body, content_type=form))
            assert status == 200, status
            return answer

        reply = {"type": "message", "user": "U0HELPER01", "ts": message_ts(), "thread_ts": message_ts(),
                 "text": "Yes, *on Fridays*: register it at <https://example.com/dogs|the dog desk>."}
        opened = len(api.calls_to("views.open"))
        send(message_shortcut(SAVE_AS_FAQ, reply, api.response_url(), user=MAINTAINER))
        api.wait_for(lambda calls: sum(c.method == "views.open" for c in calls) > opened)
        view = api.calls_to("views.open")[-1].params["view"]
        view = json.loads(view) if isinstance(view, str) else view
        values = {b["block_id"]: {b["block_id"]: {"type": "plain_text_input",
                                                  "value": b["element"].get("initial_value")}}
                  for b in view["blocks"] if b["element"]["type"] == "plain_text_input"}
        values["question"]["question"]["value"] = QUESTION
        posts = len(api.calls_to("chat.postMessage"))
        start = time.perf_counter()
        assert send(view_submission(view, values, user=MAINTAINER)).strip() == b""
        api.wait_for(lambda calls: sum(c.method == "chat.postMessage" for c in calls) > posts)
        saved = api.calls_to("chat.postMessage")[posts]
        assert "Saved to the FAQ as" in saved.block_text, saved.block_text
        body = json.dumps(event_callback(app_mention(QUESTION))).encode()
        assert post(running.url, body, signed_headers(body))[0] == 200
        api.wait_for(lambda calls: sum(c.method == "chat.postMessage" for c in calls) > posts + 1)
        answer = api.calls_to("chat.postMessage")[posts + 1]
        faq_id = ButtonValue.decode(buttons_of(answer.blocks)[0]["value"]).faq_id
        assert faq_id in saved.block_text, (faq_id, saved.block_text)
    drain(app)
    return saved.received_at - start, answer.received_at - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    api = SlackWebStandIn().start()
    to_saved, to_answer = [], []
    try:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                saved, answered = one_run(Path(tmp), api)
            to_saved.append(saved)
            to_answer.append(answered)
            print(f"run {run + 1}: saved note {saved:.2f} s, bot answered {answered:.2f} s after submit")
    finally:
        api.stop()
    print(f"median over {args.runs} runs: submit → 'Saved to the FAQ' {statistics.median(to_saved):.2f} s, "
          f"submit → the bot's answer to the saved question {statistics.median(to_answer):.2f} s")


if __name__ == "__main__":
    main()
