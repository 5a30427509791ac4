"""BLAS (numpy's linear algebra) at one thread while faqbot answers or builds."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator, Optional

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
        self._limiter = None
        self._controller: Optional[ThreadpoolController] = None  # found once: 0.7 ms a scan


    @contextmanager
    def __call__(self) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        with self._lock:
            if self._depth == 0:
                if self._controller is None:
                    self._controller = ThreadpoolController()
                self._limiter = self._controller.limit(limits=1, user_api="blas")
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._limiter is not None:
                    self._limiter.restore_original_limits()
                    self._limiter = None


one_blas_thread = _OneBlasThread()
