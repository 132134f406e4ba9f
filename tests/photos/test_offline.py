"""Text recognition works with no network: the models come inside the wheel, none is fetched."""

from __future__ import annotations

import socket
from typing import NoReturn

import pytest

from workshop.photos import reading


def test_the_text_recogniser_loads_and_reads_with_the_network_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("the text recogniser tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    reading._engine.cache_clear()  # loaded afresh here, as on a laptop's first photo
    reading.warm_up()
