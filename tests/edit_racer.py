"""A process that writes FAQ edits on command, to race another process (tests/test_console_edits.py).

Reads one JSON command a line from stdin: ``{"faq_dir", "faq_id", "wording", "at"}``. It
plans the alternate at once (from the file as it is then), sleeps until the wall-clock
time ``at`` so that both racers write together, writes it with ``apply_edit`` (what
``faqbot report --promote`` and the console use) and prints one JSON line:
``{"result": "written" | "stale" | "error", "detail": ...}``.
"""

import json
import sys
import time
from pathlib import Path

from bot.faq.edits import StaleEdit, apply_edit
from bot.promote import plan_alternate


def main() -> None:
    print(json.dumps({"result": "ready"}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        edit = plan_alternate(Path(command["faq_dir"]), command["faq_id"], command["wording"])
        time.sleep(max(0.0, command["at"] - time.time()))
        try:
            apply_edit(edit)
            answer = {"result": "written"}
        except StaleEdit as error:
            answer = {"result": "stale", "detail": str(error)}
        except Exception as error:  # what the race must never produce
            answer = {"result": "error", "detail": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
