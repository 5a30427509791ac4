"""FAQ files that do not parse and duplicate ids, shown on every console page.

The bot keeps serving the entries it loaded before such a file broke, so nothing else
would tell a maintainer. The folder is parsed again only when a file's name, size or
modification time changed (a stat per file per page view otherwise).
"""

from __future__ import annotations

import threading
from pathlib import Path

from bot.faq.entry import FaqError
from bot.faq.reader import faq_files, load_faq_folder


class FaqProblems:
    def __init__(self, faq_dir: Path) -> None:
        self.faq_dir = Path(faq_dir)
        self._lock = threading.Lock()
        self._signature: tuple = ()
        self._errors: list[FaqError] = []

    def current(self) -> list[FaqError]:
        try:
            signature = tuple((str(p), s.st_size, s.st_mtime_ns) for p in faq_files(self.faq_dir)
                              for s in [p.stat()])
        except OSError:  # a file removed while listing: look again next time
            signature = ("changing",)
        with self._lock:
            if signature != self._signature or signature == ("changing",):
                try:
                    self._errors = load_faq_folder(self.faq_dir).errors
                except OSError as error:
                    self._errors = [FaqError(str(self.faq_dir), 0, f"cannot read the FAQ folder: {error}")]
                self._signature = signature
            return list(self._errors)
