"""A TCP proxy on 127.0.0.1 in front of a real service (PostgreSQL here), switchable
between three behaviours an operator meets in production:

- ``forward()``: relay bytes both ways (the service is healthy);
- ``hang()``: accept connections and take bytes, never answer, on new and open
  connections alike (a server or network that stopped answering);
- ``refuse()``: stop listening (connection refused) and cut open connections;
- ``cut()`` / ``restore()``: the network between a host and the service breaks: open
  connections are closed (both ends) and new ones closed at once, until ``restore()``
  (the listening port is kept throughout).

Threads only; the listening port stays the same across switches.
"""

from __future__ import annotations

import select
import socket
import threading
from typing import Optional

POLL = 0.1


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode = "forward"
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []   # every client and upstream socket open
        self._listener: Optional[socket.socket] = None
        self._closed = threading.Event()
        self.port = self._listen(0)
        self.accepted = 0

    # -- switching ------------------------------------------------------------------------
    def forward(self) -> None:
        with self._lock:
            previous, self.mode = self.mode, "forward"
        if previous == "hang":
            self._cut_all()  # held connections never reached the service: drop them
        if self._listener is None:
            self._listen(self.port)

    def hang(self) -> None:
        with self._lock:
            self.mode = "hang"
        if self._listener is None:
            self._listen(self.port)

    def refuse(self) -> None:
        with self._lock:
            self.mode = "refuse"
            listener, self._listener = self._listener, None
        if listener is not None:
            _close(listener)  # shutdown first: wakes the thread blocked in accept()
        self._cut_all()

    def cut(self) -> None:
        with self._lock:
            self.mode = "cut"
        if self._listener is None:
            self._listen(self.port)
        self._cut_all()

    def restore(self) -> None:
        self.forward()

    def close(self) -> None:
        self._closed.set()
        self.refuse()

    def __enter__(self) -> "TcpProxy":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------
    def _listen(self, port: int) -> int:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True,
                         name="tcp-proxy-accept").start()
        return listener.getsockname()[1]

    def _accept(self, listener: socket.socket) -> None:
        while not self._closed.is_set():
            try:
                client, _ = listener.accept()
            except OSError:  # the listener was closed (refuse)
                return
            self.accepted += 1
            if self.mode == "refuse":  # accepted just as the listener closed
                _close(client)
                return
            if self.mode == "cut":
                _close(client)
                continue
            self._track(client)
            if self.mode == "hang":
                continue  # held open, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self._track(upstream)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True,
                                 name="tcp-proxy-pump").start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while not self._closed.is_set():
                if self.mode == "hang":  # stop relaying: both ends wait for good
                    self._closed.wait(POLL)
                    continue
                readable, _, _ = select.select([source], [], [], POLL)
                if not readable or self.mode == "hang":
                    continue
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except (OSError, ValueError):  # a socket closed under us (refuse, close)
            pass
        finally:
            for sock in (source, sink):
                _close(sock)

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _cut_all(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
