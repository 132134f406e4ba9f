"""Secrets and limits for the live server: join codes, device tokens, the facilitator's key,
Host checks, rate limits."""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# No 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: letters people misread on a projector or mistype.
CODE_ALPHABET = "ACEFHJKMNPRTWXY3479"
CODE_LENGTH = 8
TOKEN_BYTES = 32  # 256 bits; the brief asks for at least 128

MAX_BODY_BYTES = 16 * 1024
READ_TIMEOUT_S = 10.0
# A photo of paper from a phone: the join page shrinks it first (about 1 MB), but a phone that
# cannot sends the camera's file, 2–15 MB. Slow Wi-Fi gets longer to send it.
MAX_PHOTO_BODY_BYTES = 20 * 1024 * 1024
PHOTO_READ_TIMEOUT_S = 60.0

# Every response carries these: nothing may load from elsewhere, nothing may frame the page.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")

Clock = Callable[[], float]


def new_join_code() -> str:
    """A random code people can read off a projector and type without confusing letters."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """Codes are typed case-insensitively; anything outside the alphabet makes them unknown."""
    return text.strip().upper()


def codes_match(given: str, expected: str) -> bool:
    return secrets.compare_digest(normalise_code(given).encode(), expected.encode())


def new_device_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_facilitator_key() -> str:
    """The secret in the facilitator's own link: a phone that joins with it may send photos."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def keys_match(given: str, expected: str) -> bool:
    """Compared in constant time, so the time a refusal takes says nothing about the key."""
    return secrets.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def token_key(token: str) -> str:
    """The digest tokens are stored under, so lookups never compare secrets byte by byte."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer TOKEN` header, or None."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or len(value) > 200:
        return None
    return value


def host_for_url(address: str) -> str:
    """An address as written in a URL's authority: IPv6 goes in brackets."""
    try:
        if ipaddress.ip_address(address).version == 6:
            return f"[{address}]"
    except ValueError:
        pass
    return address


def allowed_hosts(addresses: Iterable[str], port: int) -> frozenset[str]:
    """Host header values we answer: our own addresses and loopback, with our port."""
    hosts = {f"{host_for_url(a)}:{port}" for a in addresses}
    hosts.update(f"{name}:{port}" for name in LOOPBACK_NAMES)
    return frozenset(h.lower() for h in hosts)


def host_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """Refuse other names (DNS rebinding): a page from evil.example must not reach us."""
    return header is not None and header.strip().lower() in allowed


def origin_allowed(origin: str | None, allowed: frozenset[str]) -> bool:
    """A browser's Origin on a write must be our own page; no Origin (curl, tests) is fine."""
    if origin is None:
        return True
    scheme, _, rest = origin.partition("://")
    return scheme == "http" and rest.lower() in allowed


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets per key: `capacity` requests at once, refilled at `per_second`."""

    def __init__(
        self,
        capacity: float,
        per_second: float,
        *,
        clock: Clock = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, cost: float = 1.0) -> bool:
        """Take `cost` from the key's bucket; False (and nothing taken) when it is empty."""
        with self._lock:
            bucket = self._refilled(key)
            if bucket.tokens < cost:
                return False
            bucket.tokens -= cost
            return True

    def exhausted(self, key: str) -> bool:
        """Whether the key has nothing left, without taking anything."""
        with self._lock:
            return self._refilled(key).tokens < 1.0

    def retry_after(self, key: str) -> int:
        """Whole seconds until one more request would be allowed."""
        with self._lock:
            bucket = self._refilled(key)
            missing = max(0.0, 1.0 - bucket.tokens)
            return max(1, int(missing / self.per_second + 0.999))

    def forget(self, key: str) -> None:
        with self._lock:
            self._buckets.pop(key, None)

    def _refilled(self, key: str) -> _Bucket:
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self._max_keys:
                self._drop_full_buckets(now)
            bucket = self._buckets[key] = _Bucket(self.capacity, now)
            return bucket
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        return bucket

    def _drop_full_buckets(self, now: float) -> None:
        # A full bucket holds no information, so forgetting it bounds memory without losing limits.
        for key in list(self._buckets):
            bucket = self._buckets[key]
            if bucket.tokens + (now - bucket.updated) * self.per_second >= self.capacity:
                del self._buckets[key]


@dataclass(frozen=True)
class Limits:
    """How much the server lets each device and each address do (generous for real rooms)."""

    # Per device: a burst of 60 requests, then 4 a second (typing, retries and 1.5 s polling).
    device_burst: float = 60
    device_per_second: float = 4
    # Per address: 10 wrong codes (or wrong facilitator keys), then one more every 6 seconds;
    # neither can be brute-forced.
    wrong_code_burst: float = 10
    wrong_code_per_second: float = 1 / 6
    # Per address: joins (phones behind a shared address still get in; a script does not flood).
    join_burst: float = 30
    join_per_second: float = 0.5
    max_devices: int = 2000
    # No address may hold more than this many devices, so a flood from a few addresses cannot
    # fill the room: 25 flooding addresses hold at most 750 of the 2,000 places.
    max_devices_per_address: int = 30
    # Open connections beyond this get 503 with Retry-After (kept below the open-file limit).
    max_connections: int = 4000
    read_timeout_s: float = READ_TIMEOUT_S
    max_body_bytes: int = MAX_BODY_BYTES
    # Photos of paper (POST /api/CODE/photos): per device a burst of 3, then one every 20 s.
    max_photo_bytes: int = MAX_PHOTO_BODY_BYTES
    photo_read_timeout_s: float = PHOTO_READ_TIMEOUT_S
    photo_burst: float = 3
    photo_per_second: float = 1 / 20
    # An event stream with nothing to send says so this often (GET /api/CODE/events).
    keepalive_s: float = 15.0
