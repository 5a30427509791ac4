"""Tables derived from an index when it is written, stored beside it so loading computes nothing.

Scoring needs per-index statistics (the whitened entry spaces of
:mod:`bot.retrieval.aggregation`, the TF-IDF tables of :mod:`bot.retrieval.lexical`).
Computing them on every load cost seconds at 10,000 entries; they are computed once, when
the generation is written, and stored as plain ``.npy`` arrays plus a JSON document
(``table-<name>.json``, ``table-<name>-<array>.npy``; files and checksums:
:mod:`bot.index.storage`). A table records the ``fingerprint`` of what it was computed
with (its parameters and code version): a reader that wants another fingerprint computes
its own instead of trusting a stale table.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

NAME = re.compile(r"[a-z][a-z_]{0,40}")


@dataclass
class Tables:
    """Named arrays (``arrays``) and the JSON values they go with (``meta``)."""

    fingerprint: str
    arrays: dict[str, np.ndarray]
    meta: dict[str, Any] = field(default_factory=dict)

    def array(self, name: str) -> np.ndarray:
        """The array ``name``; a missing one means the table is damaged (ValueError)."""
        found = self.arrays.get(name)
        if found is None:
            raise ValueError(f"table has no array {name!r}")
        return found


def fingerprint(kind: str, parameters: Any) -> str:
    """``kind`` and a short hash of its parameters' canonical JSON."""
    canonical = json.dumps(parameters, sort_keys=True, separators=(",", ":"))
    return f"{kind}:{hashlib.sha256(canonical.encode()).hexdigest()[:16]}"
