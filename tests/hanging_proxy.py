"""A TCP proxy in front of a real server that can be told to hang (tests of slow dependencies).

While ``hang()`` is on, it accepts new connections but never connects them onwards or
answers, and stops relaying bytes on the connections it already has (a server that
accepts and never answers, a network that drops everything). ``resume()`` relays again
(held connections stay dead; new ones work). It counts the connections it accepted and
the bytes clients sent it, so a test can tell whether a client kept asking.
"""

from __future__ import annotations

import select
import socket
import threading


class HangingProxy:
    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self.bytes_from_clients = 0
        self._hung = threading.Event()
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="hanging-proxy", daemon=True)

    def start(self) -> "HangingProxy":
        self._thread.start()
        return self

    def hang(self) -> None:
        self._hung.set()

    def resume(self) -> None:
        self._hung.clear()

    def stop(self) -> None:
        self._stop.set()
        self.listener.close()
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._track(client)
            if self._hung.is_set():
                continue  # held open, never read, never answered
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            client.close()
            return
        self._track(server)
        peers = {client: server, server: client}
        while not self._stop.is_set():
            if self._hung.is_set():  # everything stalls, in both directions
                self._stop.wait(0.05)
                continue
            try:
                readable, _, _ = select.select(list(peers), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        self.bytes_from_clients += len(data)
                    peers[sock].sendall(data)
            except (OSError, ValueError):
                return
