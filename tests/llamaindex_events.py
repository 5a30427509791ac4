"""Recording the events LlamaIndex's instrumentation sends, for as long as a test needs."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler


class EventRecorder(BaseEventHandler):
    events: list = []

    @classmethod
    def class_name(cls) -> str:
        return "EventRecorder"

    def handle(self, event, **kwargs) -> None:
        self.events.append(event)


@contextmanager
def recorded_events(dispatcher: str = "root") -> Iterator[list]:
    """The events reaching the named dispatcher while the block runs (a real handler on it)."""
    recorder = EventRecorder(events=[])
    target = get_dispatcher(dispatcher)
    target.add_event_handler(recorder)
    try:
        yield recorder.events
    finally:
        target.event_handlers.remove(recorder)
