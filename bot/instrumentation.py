"""Whether anyone is listening to LlamaIndex's instrumentation of a component.

LlamaIndex wraps a component's public calls (``retrieve``, ``get_query_embedding``) and
the methods that implement them (``_retrieve``, ``_postprocess_nodes``, …) in spans,
events and callback-manager events. Each costs a signature binding, ids and event
objects, whoever listens; on the bot's answer path, with the embedded model, they added
as much as the whole entry scoring (bench/bench_answer_path.py). With no handler attached
they reach no one, so the bot's own answers take the same steps without them
(:class:`~bot.retrieval.answer.FaqAnswerer`, :func:`query_embedding`),
and go through LlamaIndex's instrumented calls as soon as a handler is attached:
an event or span handler on a dispatcher the component's calls reach (the root
dispatcher's, where tracing integrations attach, or a module's own), or a callback
handler in the component's callback manager (LlamaIndex's ``Settings.callback_manager``
included: a component without handlers of its own shares its list).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator, List

from llama_index.core.instrumentation import Dispatcher, NullEventHandler, NullSpanHandler, root_manager


def observed(components: Iterable[Any]) -> bool:
    """Whether an instrumentation or callback handler would see calls on ``components``.

    Read at call time: a handler attached while the bot runs is seen by the next question."""
    components = list(components)
    for dispatcher in _dispatchers_reached(components):
        if any(not isinstance(h, NullEventHandler) for h in dispatcher.event_handlers):
            return True
        if any(not isinstance(h, NullSpanHandler) for h in dispatcher.span_handlers):
            return True
    for component in components:
        manager = getattr(component, "callback_manager", None)
        if manager is not None and manager.handlers:
            return True
    return False


def query_embedding(model: Any, question: str) -> List[float]:
    """``model.get_query_embedding(question)``; from the model's ``direct_query_embedding``
    (the in-process models have one) while nobody observes the model and it caches nothing."""
    direct = getattr(model, "direct_query_embedding", None)
    if direct is None or getattr(model, "embeddings_cache", None) is not None or observed([model]):
        return model.get_query_embedding(question)
    return direct(question)


def _dispatchers_reached(components: list[Any]) -> Iterator[Dispatcher]:
    """The dispatchers of the modules defining the components' classes (spans and events
    are sent from the module defining the method), each with the parents it propagates to."""
    dispatchers = root_manager.dispatchers
    seen: set[int] = set()
    for component in components:
        for dispatcher in _module_dispatchers(type(component)):
            while dispatcher is not None and id(dispatcher) not in seen:
                seen.add(id(dispatcher))
                yield dispatcher
                dispatcher = dispatchers.get(dispatcher.parent_name) if dispatcher.propagate else None


@lru_cache(maxsize=256)
def _module_dispatchers(cls: type) -> tuple[Dispatcher, ...]:
    """The dispatchers of the modules defining ``cls`` and its bases. Found once: a class's
    bases never change, and a module that sends spans or events made its dispatcher when
    it was imported (one made later for another module receives nothing from these)."""
    found = {}
    for base in cls.__mro__:
        dispatcher = root_manager.dispatchers.get(base.__module__)
        if dispatcher is not None:
            found.setdefault(id(dispatcher), dispatcher)
    return tuple(found.values())
