"""The embedding service's error, kept apart from the HTTP client so that importing it
(the CLI and the Slack app do) does not load the OpenAI SDK on the embedded backend."""

from __future__ import annotations


class EmbeddingServiceError(RuntimeError):
    """The embedding server could not be used; the message says why and where.

    ``reason`` is one of unreachable, http, invalid, circuit_open; ``retryable`` is true
    for failures worth retrying (connection errors, timeouts, HTTP 408/409/429/5xx).
    """

    def __init__(self, message: str, reason: str = "invalid", retryable: bool = False) -> None:
        super().__init__(message)
        self.reason = reason
        self.retryable = retryable


class EmbeddingExtraMissing(ImportError):
    """A backend's optional extra is not installed; the message names the pip command."""
