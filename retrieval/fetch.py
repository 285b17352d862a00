"""Outbound HTTP that a feed publisher cannot turn against us: no internal targets, bounded size and time.

Why: every URL the bot fetches (CLI and /ingest arguments, feeds, feed item links, full-text pages) comes from
outside. Without a guard, a feed item pointing at `http://127.0.0.1:8000/` or `http://chroma:8000/` makes the
bot read an internal page and then quote it to every user; an endless body exhausts memory.

What is done, at every hop (the first request and each redirect, at most `max_redirects`, followed here):
- only http and https;
- the host is resolved once (by `policy.resolver`, `socket.getaddrinfo` by default) and refused when ANY of
  its addresses is loopback, private, link-local, multicast, reserved, unspecified or otherwise not global
  (IPv4, IPv6, and IPv4 embedded in IPv6: mapped, 6to4, Teredo, NAT64), unless the host name or the address is
  in `policy.allow`;
- DNS rebinding: the request is sent to the checked address itself (the URL's host is replaced by the IP,
  with the original `Host` header and, for https, the original name as TLS SNI and for certificate checks via
  httpcore's `sni_hostname` extension), so no second lookup can swap the target between check and connect.
  Environment proxies are ignored (`trust_env=False`), since a proxy would resolve the name again.
Bodies are streamed: a declared or actual size above `max_bytes` is refused as soon as it is seen, compressed
bodies are inflated incrementally under the same cap, and the whole fetch (redirects and slow-drip bodies
included) must finish within `timeout` seconds. Content types that cannot be articles are refused unread.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from types import TracebackType

import httpx
from pydantic import BaseModel
from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_after_delay, wait_exponential

USER_AGENT = "briefbot/0.1 (+https://github.com/briefbot)"
REDIRECTS = {301, 302, 303, 307, 308}
TRANSIENT_STATUS = {429, 500, 502, 503, 504}

ALLOW_HINT = "add it to BRIEFBOT_FETCH_ALLOW to allow it"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Sequence[str]]
"""host name -> its addresses (strings); raise OSError when it does not resolve."""

REFUSED_TYPE_PREFIXES = ("image/", "video/", "audio/", "font/", "model/")
REFUSED_TYPES = {
    "application/zip",
    "application/x-zip-compressed",
    "application/gzip",
    "application/x-gzip",
    "application/x-tar",
    "application/x-bzip2",
    "application/x-xz",
    "application/zstd",
    "application/x-7z-compressed",
    "application/x-rar-compressed",
    "application/vnd.rar",
    "application/java-archive",
    "application/x-msdownload",
    "application/x-msi",
    "application/x-executable",
    "application/x-sharedlib",
    "application/x-mach-binary",
    "application/x-elf",
    "application/vnd.microsoft.portable-executable",
    "application/vnd.android.package-archive",
    "application/x-apple-diskimage",
    "application/x-iso9660-image",
    "application/wasm",
    "application/pdf",
}


class FetchError(Exception):
    """A fetch that failed for a reason worth showing as it is (refused, too large, timed out, HTTP status)."""


class FetchRefused(FetchError):
    """The policy forbids this fetch: never retried."""


class HTTPStatusFailure(FetchError):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}".strip())
        self.status = status


def system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class FetchPolicy:
    """What may be fetched, how much, for how long. `allow`: host names, addresses or CIDR networks."""

    allow: tuple[str, ...] = ()
    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 30.0
    max_redirects: int = 5
    resolver: Resolver = field(default=system_resolver, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "allow", tuple(self.allow))

    @property
    def allowed_hosts(self) -> set[str]:
        return {entry.lower().rstrip(".") for entry in self.allow if _network(entry) is None}

    @property
    def allowed_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [net for entry in self.allow if (net := _network(entry)) is not None]


def _network(entry: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(entry.strip().strip("[]"), strict=False)
    except ValueError:
        return None


class Fetched(BaseModel):
    """A fetched body: `url` is where it finally came from (after redirects), named as the link named it."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "text/plain")
        charset = message.get_param("charset")
        try:
            return self.content.decode(str(charset) if charset else "utf-8", errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


# ---- addresses --------------------------------------------------------------------------------------------


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo, NAT64 well-known prefix)."""
    found = [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
    if ip.teredo:
        found.extend(ip.teredo)
    if ip in ipaddress.ip_network("64:ff9b::/96"):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def why_internal(ip: IPAddress) -> str | None:
    """The reason an address must not be fetched, or None for a public unicast address."""
    for v4 in _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else []:
        reason = why_internal(v4)
        if reason:
            return f"{reason} (inside {ip})"
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("not a public", not ip.is_global),
    )
    for name, hit in checks:
        if hit:
            return f"{name} address"
    return None


def _addresses(name: str, resolver: Resolver) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(name)]
    except ValueError:
        pass
    try:
        return [ipaddress.ip_address(a.split("%")[0]) for a in resolver(name)]
    except (OSError, UnicodeError, ValueError):
        return []


def check_host(host: str, policy: FetchPolicy) -> list[IPAddress]:
    """The addresses to connect to; FetchRefused when any of them is internal and not allowed."""
    name = host.lower().rstrip(".").strip("[]")
    addresses = _addresses(name, policy.resolver)
    if not addresses:
        raise FetchError(f"could not resolve host {host!r}")
    if name in policy.allowed_hosts:
        return addresses
    networks = policy.allowed_networks
    for ip in addresses:
        if any(ip.version == net.version and ip in net for net in networks):
            continue
        reason = why_internal(ip)
        if reason:
            shown = host if str(ip) == name else f"{host} ({ip})"
            raise FetchRefused(f"refused: {shown} is a {reason}; {ALLOW_HINT}")
    return addresses


# ---- the fetcher ------------------------------------------------------------------------------------------


def _refused_type(content_type: str) -> bool:
    return content_type.startswith(REFUSED_TYPE_PREFIXES) or content_type in REFUSED_TYPES


def _inflater(encoding: str) -> Callable[[bytes, int], bytes] | None:
    """A bounded decoder for Content-Encoding; None for identity. Raises FetchError for unknown codings."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported content encoding {encoding!r}")
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected

    def decode(data: bytes, room: int) -> bytes:
        try:
            out = inflate.decompress(data, room + 1)  # never more than one byte past the cap
        except zlib.error as exc:
            raise FetchError(f"damaged {encoding} body") from exc
        return out

    return decode


class Fetcher:
    """One policy and one connection pool for a batch of fetches (a feed and its item pages)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.client = httpx.Client(
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=self.policy.timeout,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET with the policy; a 304 is returned, any other non-2xx raises HTTPStatusFailure.

        Connection failures and 429/5xx are retried twice, within the same total time limit.
        """
        deadline = time.monotonic() + self.policy.timeout
        try:
            start = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError("invalid URL") from exc
        retrying = Retrying(
            retry=retry_if_exception(lambda e: isinstance(e, httpx.TransportError) or _transient_status(e)),
            stop=stop_after_attempt(3) | stop_after_delay(self.policy.timeout),
            wait=wait_exponential(0.2, max=2),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                current = start
                for _ in range(self.policy.max_redirects + 1):
                    result = self._hop(current, headers or {}, deadline)
                    if isinstance(result, Fetched):
                        return result
                    current = result
                raise FetchError(f"too many redirects (more than {self.policy.max_redirects})")
        raise AssertionError("unreachable")  # Retrying either returns or reraises

    def _hop(self, url: httpx.URL, headers: dict[str, str], deadline: float) -> Fetched | httpx.URL:
        if url.scheme not in ("http", "https"):
            raise FetchRefused(f"refused: only http and https URLs are fetched, not {url.scheme or 'this'}")
        if not url.host:
            raise FetchError("invalid URL (no host)")
        addresses = check_host(url.host, self.policy)
        host_header = url.netloc.decode("ascii")
        last_error: Exception | None = None
        for ip in addresses:
            pinned = url.copy_with(host=str(ip))
            extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"timed out (over {self.policy.timeout:g} s)")
            request = self.client.build_request(
                "GET",
                pinned,
                headers={**headers, "Host": host_header},
                extensions=extensions,
                timeout=httpx.Timeout(remaining),
            )
            try:
                response = self.client.send(request, stream=True)
            except httpx.ConnectError as exc:  # try the next checked address, as a browser would
                last_error = exc
                continue
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out (over {self.policy.timeout:g} s)") from exc
            try:
                return self._read(url, response, deadline)
            finally:
                response.close()
        assert last_error is not None
        raise last_error

    def _read(self, url: httpx.URL, response: httpx.Response, deadline: float) -> Fetched | httpx.URL:
        status = response.status_code
        if status in REDIRECTS and "location" in response.headers:
            try:
                return url.join(response.headers["location"])
            except httpx.InvalidURL as exc:
                raise FetchError("invalid redirect location") from exc
        if status == 304:
            return Fetched(url=str(url), status=status, headers=dict(response.headers), content=b"")
        if not 200 <= status < 300:
            raise HTTPStatusFailure(status, response.reason_phrase)
        headers = {k.lower(): v for k, v in response.headers.items()}
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if _refused_type(kind):
            raise FetchRefused(f"refused: {kind} cannot be an article")
        cap = self.policy.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and not headers.get("content-encoding"):
            raise FetchRefused(f"refused: body of {int(declared):,} bytes is over the {cap:,}-byte limit")
        decode = _inflater(headers.get("content-encoding", ""))
        body = bytearray()
        try:
            for raw in response.iter_raw():  # as the bytes arrive: a slow drip still meets the deadline
                body += decode(raw, cap - len(body)) if decode else raw
                if len(body) > cap:
                    raise FetchRefused(f"refused: body over the {cap:,}-byte limit")
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out (over {self.policy.timeout:g} s)")
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out (over {self.policy.timeout:g} s)") from exc
        if b"\x00" in body[:4096]:
            raise FetchRefused("refused: binary content, not an article")
        headers.pop("content-encoding", None)
        return Fetched(url=str(url), status=status, headers=headers, content=bytes(body))


def _transient_status(exc: BaseException) -> bool:
    return isinstance(exc, HTTPStatusFailure) and exc.status in TRANSIENT_STATUS


def fetch_url(url: str, policy: FetchPolicy | None = None, headers: dict[str, str] | None = None) -> Fetched:
    """One guarded GET with its own connection pool."""
    with Fetcher(policy) as fetcher:
        return fetcher.get(url, headers)


def describe(exc: BaseException) -> str:
    """A short human reason for a failed fetch."""
    if isinstance(exc, FetchError):
        return str(exc)
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return "invalid URL"
    return f"{type(exc).__name__}: {exc}"
