"""The machine's local IPv4 addresses, for choosing which network the live server listens on."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class LocalAddress:
    """One address of this machine, with the interface it belongs to where known."""

    address: str
    interface: str = ""
    is_loopback: bool = False
    is_default: bool = False

    @property
    def label(self) -> str:
        """What the chooser shows, e.g. '192.168.1.20 (wlan0, default)'."""
        notes = [n for n in (self.interface, "this computer only" if self.is_loopback else "") if n]
        if self.is_default:
            notes.append("default")
        return f"{self.address} ({', '.join(notes)})" if notes else self.address


def _default_route_address() -> str | None:
    """The address the system would use for the local network.

    Connecting a UDP socket sends no packet; it only asks the kernel which source address
    it would pick for that destination (a documentation-only address, never contacted).
    """
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))
        address = probe.getsockname()[0]
        if address and address != "0.0.0.0":
            return str(address)
    return None


def _linux_interface_addresses() -> dict[str, str]:
    """Interface name to IPv4 address, via the SIOCGIFADDR ioctl (Linux only)."""
    if not sys.platform.startswith("linux"):
        return {}
    import fcntl

    found: dict[str, str] = {}
    siocgifaddr = 0x8915
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                reply = fcntl.ioctl(probe.fileno(), siocgifaddr, request)
            except OSError:
                continue  # interface without an IPv4 address
            found[name] = socket.inet_ntoa(reply[20:24])
    return found


def _hostname_addresses() -> list[str]:
    with contextlib.suppress(OSError):
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        return [str(info[4][0]) for info in infos]
    return []


def local_addresses() -> list[LocalAddress]:
    """This machine's IPv4 addresses: the default one first, loopback last."""
    default = _default_route_address()
    by_address: dict[str, str] = {}
    for name, address in _linux_interface_addresses().items():
        by_address.setdefault(address, name)
    for address in _hostname_addresses():
        by_address.setdefault(address, "")
    if default:
        by_address.setdefault(default, "")
    by_address.setdefault(LOOPBACK, "lo" if sys.platform.startswith("linux") else "")
    found = []
    for address, name in by_address.items():
        ip = ipaddress.ip_address(address)
        if ip.is_unspecified or ip.is_link_local or ip.is_multicast:
            continue
        found.append(
            LocalAddress(
                address=address,
                interface=name,
                is_loopback=ip.is_loopback,
                is_default=address == default,
            )
        )
    # Loopback (127.0.1.1 from /etc/hosts included) only as a fallback, below real networks.
    found.sort(key=lambda a: (not a.is_default, a.is_loopback, ipaddress.ip_address(a.address)))
    return found


def default_address() -> str:
    """The address the live server listens on unless the facilitator chooses another."""
    addresses = local_addresses()
    return addresses[0].address if addresses else LOOPBACK
