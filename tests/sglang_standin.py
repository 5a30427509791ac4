"""A local stand-in for SGLang's OpenAI-compatible server, recording what it receives.

Wire format follows SGLang's source (python/sglang/srt/entrypoints/openai/protocol.py,
serving_embedding.py, http_server.py):

- ``POST /v1/embeddings``: ``EmbeddingRequest`` (input, model, encoding_format,
  dimensions, user; unknown fields ignored). Response ``{"data": [{"embedding",
  "index", "object": "embedding"}], "model": <model path>, "object": "list",
  "usage": {...}}``. ``dimensions`` needs a Matryoshka model, else HTTP 400
  ``{"object": "error", "message", "type": "BadRequest", "param": null, "code": 400}``.
  Vectors are truncated, then L2-normalised. Releases that honour ``encoding_format``
  return base64 of little-endian float32 for "base64"; older ones always send floats
  (``honour_encoding_format=False``).
- ``GET /health``: 200 with an empty body (503 while starting).
- ``GET /v1/models``: ``{"object": "list", "data": [{"id", "object": "model",
  "created", "owned_by": "sglang", "root", "max_model_len"}]}``.
- ``POST``/``PUT /v1/rerank`` (serving_rerank.py): ``V1RerankReqInput`` (query,
  documents, instruct=None, top_n=None, return_documents=True; other fields such as
  ``model`` ignored). Response is a bare JSON list of ``{"score", "document",
  "index", "meta_info": null}`` sorted by score (descending) and cut to ``top_n``;
  ``document`` is left out when ``return_documents`` is false. Qwen3-Reranker scores
  are p(yes) / (p(yes) + p(no)), in [0, 1]. Empty query or documents: HTTP 400
  ``{"object": "error", "message": "Query cannot be empty" | "Documents cannot be
  empty", "type": "BadRequestError", "param": null, "code": 400}``.

Vectors are deterministic bag-of-character-n-gram hashes, so texts sharing words are
close. Qwen3's query instruction is recognised and stripped before hashing, the way the
real model reads it as a task description rather than content. The default rerank
score is a logistic of the best query/document-line cosine; tests can pass their own
``rerank_scorer``.

``stop()`` also closes kept-alive client connections, so a stopped stand-in is as
unreachable as a dead server. ``max_concurrency`` serialises POSTs (one GPU).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
import math
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional

import numpy as np

_INSTRUCTION = re.compile(r"^Instruct: .*?\nQuery:", re.DOTALL)


def fake_vector(text: str, dimension: int) -> np.ndarray:
    text = _INSTRUCTION.sub("", text).lower()
    vector = np.zeros(dimension, dtype=np.float32)
    for word in re.findall(r"\w+", text):
        padded = f" {word} "
        grams = [padded[i:i + 3] for i in range(max(1, len(padded) - 2))] + [word]
        for gram in grams:
            digest = hashlib.md5(gram.encode("utf-8")).digest()
            index = int.from_bytes(digest[:4], "little") % dimension
            vector[index] += 1.0 if digest[4] % 2 else -1.0
    if not vector.any():
        vector[0] = 1.0
    return vector / np.linalg.norm(vector)


def fake_rerank_score(query: str, document: str, instruct: Optional[str] = None) -> float:
    """A p(yes)-like relevance in [0, 1]: logistic of the best line cosine."""
    q = fake_vector(query, 1024)
    best = max(float(q @ fake_vector(line, 1024)) for line in document.splitlines() or [document])
    return 1.0 / (1.0 + math.exp(-12.0 * (best - 0.35)))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # like uvicorn's large backlog: bursts of connections are not reset


@dataclass
class Recorded:
    method: str
    path: str
    body: bytes
    headers: dict[str, str]

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class SGLangStandIn:
    model_path: str = "Qwen/Qwen3-Embedding-0.6B"
    served_model_name: Optional[str] = None
    hidden_size: int = 1024
    is_matryoshka: bool = True
    honour_encoding_format: bool = True
    starting: bool = False
    delay_seconds: float = 0.0
    fail_statuses: list[int] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    rerank_scorer: Optional[Callable[[str, str, Optional[str]], float]] = None
    max_concurrency: Optional[int] = None
    # False: no /get_model_info nor /get_server_info (as a non-SGLang OpenAI-compatible
    # server); sglang-router, which learns a worker's model from them, then says "unknown".
    has_model_info: bool = True

    def __post_init__(self):
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None
        self._connections: set[socket.socket] = set()
        self._busy = threading.BoundedSemaphore(self.max_concurrency) if self.max_concurrency else None

    # -- lifecycle ----------------------------------------------------------
    def start(self, port: int = 0) -> "SGLangStandIn":
        self._server = _Server(("127.0.0.1", port), _handler_for(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def embedding_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == "/v1/embeddings"]

    def rerank_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == "/v1/rerank"]

    def health_checks(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == "/health"]

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._lock:
            (self._connections.add if open_ else self._connections.discard)(connection)

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def next_failure(self) -> Optional[int]:
        with self._lock:
            return self.fail_statuses.pop(0) if self.fail_statuses else None

    # -- endpoints ----------------------------------------------------------
    def embeddings(self, request: dict) -> tuple[int, dict]:
        inputs = request.get("input")
        if isinstance(inputs, str):
            inputs = [inputs]
        if not inputs:
            return 400, _error("Input cannot be empty", "BadRequestError")
        dimensions = request.get("dimensions")
        if dimensions is not None:
            if not self.is_matryoshka:
                return 400, _error(
                    f"Model '{self.model_path}' does not support matryoshka representation, "
                    "changing output dimensions will lead to poor results.", "BadRequest")
            if dimensions > self.hidden_size:
                return 400, _error(
                    f"Provided dimensions are greater than max embedding dimension: {self.hidden_size}",
                    "BadRequest")
        data = []
        for index, text in enumerate(inputs):
            vector = fake_vector(text, self.hidden_size)
            if dimensions:
                vector = vector[:dimensions] / (np.linalg.norm(vector[:dimensions]) or 1.0)
            if self.honour_encoding_format and request.get("encoding_format") == "base64":
                embedding: Any = base64.b64encode(vector.astype("<f4").tobytes()).decode("ascii")
            else:
                embedding = [float(x) for x in vector]
            data.append({"embedding": embedding, "index": index, "object": "embedding"})
        tokens = sum(len(t.split()) + 1 for t in inputs)
        return 200, {
            "data": data,
            "model": self.model_path,
            "object": "list",
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens, "completion_tokens": 0,
                      "prompt_tokens_details": None, "reasoning_tokens": 0},
        }

    def rerank(self, request: Any) -> tuple[int, Any]:
        if not isinstance(request, dict):
            return 400, _error("Request body must be a JSON object", "BadRequestError")
        query, documents = request.get("query"), request.get("documents")
        if not isinstance(query, str) or (documents is not None and not isinstance(documents, list)):
            return 400, _error("query must be a string and documents a list of strings", "BadRequestError")
        if not query.strip():
            return 400, _error("Query cannot be empty", "BadRequestError")
        if not documents:
            return 400, _error("Documents cannot be empty", "BadRequestError")
        instruct = request.get("instruct")
        scorer = self.rerank_scorer or fake_rerank_score
        results = [
            {"score": float(scorer(query, document, instruct)), "document": document,
             "index": index, "meta_info": None}
            for index, document in enumerate(documents)
        ]
        top_n = request.get("top_n")
        if isinstance(top_n, int) and 0 < top_n < len(results):
            results = heapq.nlargest(top_n, results, key=lambda r: r["score"])
        else:
            results.sort(key=lambda r: r["score"], reverse=True)
        if request.get("return_documents", True) is False:
            for result in results:
                del result["document"]
        return 200, results

    def model_info(self) -> dict:
        return {"model_path": self.model_path, "tokenizer_path": self.model_path,
                "is_generation": False, "preferred_sampling_params": None,
                "weight_version": "default"}

    def server_info(self) -> dict:
        return {"model_path": self.model_path, "tokenizer_path": self.model_path,
                "served_model_name": self.served_model_name or self.model_path,
                "is_embedding": True, "host": "127.0.0.1", "port": self.port,
                "dp_size": 1, "tp_size": 1, "internal_states": [{}], "version": "0.5.5"}

    def models(self) -> dict:
        name = self.served_model_name or self.model_path
        return {"object": "list", "data": [{
            "id": name, "object": "model", "created": int(time.time()), "owned_by": "sglang",
            "root": name, "parent": None, "max_model_len": 32768}]}


def _error(message: str, kind: str, code: int = 400) -> dict:
    return {"object": "error", "message": message, "type": kind, "param": None, "code": code}


def _handler_for(standin: SGLangStandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body as two writes meet delayed ACKs (~40 ms)

        def log_message(self, *args):
            pass

        def setup(self):
            super().setup()
            standin.track(self.connection, True)

        def finish(self):
            standin.track(self.connection, False)
            super().finish()

        def _send(self, status: int, payload: Any) -> None:
            body = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            standin.record(Recorded("GET", self.path, b"", dict(self.headers)))
            if self.path in ("/health", "/health_generate"):
                self._send(503 if standin.starting else 200, None)
            elif self.path == "/v1/models":
                self._send(200, standin.models())
            elif self.path == "/get_model_info" and standin.has_model_info:
                self._send(200, standin.model_info())
            elif self.path == "/get_server_info" and standin.has_model_info:
                self._send(200, standin.server_info())
            else:
                self._send(404, {"detail": "Not Found"})

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            standin.record(Recorded(self.command, self.path, body, dict(self.headers)))
            if standin._busy:
                with standin._busy:
                    self._answer_post(body)
            else:
                self._answer_post(body)

        def do_PUT(self):
            if self.path != "/v1/rerank":
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                standin.record(Recorded("PUT", self.path, body, dict(self.headers)))
                self._send(405, {"detail": "Method Not Allowed"})
                return
            self.do_POST()

        def _answer_post(self, body: bytes) -> None:
            if standin.delay_seconds:
                time.sleep(standin.delay_seconds)
            failure = standin.next_failure()
            if failure:
                self._send(failure, _error("injected failure", "InternalServerError", failure))
                return
            if self.path not in ("/v1/embeddings", "/v1/rerank"):
                self._send(404, {"detail": "Not Found"})
                return
            try:
                request = json.loads(body)
            except json.JSONDecodeError as error:
                self._send(400, _error(f"invalid JSON: {error}", "Bad Request"))
                return
            if self.path == "/v1/rerank":
                self._send(*standin.rerank(request))
            else:
                self._send(*standin.embeddings(request))

    return Handler
