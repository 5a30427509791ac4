"""BLAS (numpy's linear algebra) at one thread while faqbot answers or builds."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from threadpoolctl import ThreadpoolController


class _OneBlasThread:
    """BLAS (numpy's linear algebra) at one thread while faqbot answers or builds, restored
    after: faqbot's numpy work is small matrix products, and threaded BLAS only fights the
    embedding model's and FAISS's OpenMP threads (bench/bench_threads.py). Scoped, so an
    application embedding a FaqService keeps its own BLAS threads outside these calls. BLAS
    threads are process-wide, so overlapping calls share one limit: the first sets it, the
    last restores it."""

    def __init__(self) -> None:
        # False leaves BLAS threads as the process has them (bench/bench_threads.py compares).
        self.enabled = True
        self._lock = threading.Lock()
        self._depth = 0
        self._original: list[tuple[Any, int]] = []
        # The BLAS libraries, found once (a scan costs 0.7 ms). Their thread counts are read
        # and set directly: ThreadpoolController.limit() also describes every library on
        # each call, a tenth of a millisecond per question.
        self._libraries: Optional[list[Any]] = None

    @contextmanager
    def __call__(self) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        with self._lock:
            if self._depth == 0:
                if self._libraries is None:
                    self._libraries = ThreadpoolController().select(user_api="blas").lib_controllers
                self._original = [(library, library.get_num_threads()) for library in self._libraries]
                for library, _ in self._original:
                    library.set_num_threads(1)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    for library, threads in self._original:
                        library.set_num_threads(threads)
                    self._original = []


one_blas_thread = _OneBlasThread()
