"""Fetching one URL safely: public addresses only, bounded size, time and redirects.

Every hop of a redirect chain is resolved and checked again, so a public URL
cannot bounce the fetcher onto a private service. Conditional requests (ETag /
Last-Modified) let a monitor re-poll cheaply; a 304 comes back as a page with
``not_modified`` set and an empty body.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import certifi
import httpx

from rashomon import __version__
from rashomon.errors import FetchError
from rashomon.sources.options import SourceOptions

USER_AGENT = f"Rashomon/{__version__} (offline news analysis)"
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class FetchedPage:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lowercase, e.g. "text/html"
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return None


def fetch(
    url: str,
    options: SourceOptions | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchedPage:
    """GET ``url`` under ``options``' limits; raise FetchError naming the URL and the cause."""
    options = options or SourceOptions()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    try:
        with httpx.Client(timeout=options.timeout, follow_redirects=False, headers=headers, verify=_tls_context()) as client:
            for _ in range(options.max_redirects + 1):
                address = _check_target(url, current, options.allow_private)
                response = client.send(_request(client, current, address), stream=True)
                try:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return _finish(url, current, response, options)
                finally:
                    response.close()
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer within {options.timeout:g} s") from None
    except (httpx.HTTPError, httpx.InvalidURL, UnicodeError, ValueError) as exc:  # a URL the checks let through
        raise FetchError(f"{url}: could not fetch ({_one_line(exc)})") from None
    raise FetchError(f"{url}: more than {options.max_redirects} redirects")


def _finish(url: str, final_url: str, response: httpx.Response, options: SourceOptions) -> FetchedPage:
    headers = {k.lower(): v for k, v in response.headers.items()}
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 304:
        return FetchedPage(url, final_url, 304, content_type, b"", headers)
    if response.status_code >= 400:
        raise FetchError(f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip())
    limit_reason = f"{url}: the page exceeds the {options.size_limit_text()} limit"
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise FetchError(limit_reason)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(limit_reason)
        chunks.append(chunk)
    return FetchedPage(url, final_url, response.status_code, content_type, b"".join(chunks), headers)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Built once per process: loading the CA bundle takes longer than a small fetch."""
    return ssl.create_default_context(cafile=certifi.where())


def is_http_url(text: str) -> bool:
    """Whether ``text`` starts like an http(s) URL, whatever the case of its scheme."""
    return text[:8].lower().startswith(("http://", "https://"))


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an http(s) URL that can be fetched, or None when it is one."""
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return "the URL contains spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # "http://[::1", "http://host:99999/"
        return f"not a valid URL ({_one_line(exc)})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"only http(s) URLs can be fetched, not {parts.scheme or 'a bare path'!r}"
    if not parts.hostname:
        return "the URL has no host"
    if not _valid_host(parts.hostname):
        return f"{parts.hostname!r} is not a host name"
    if port == 0:
        return "port 0 cannot be fetched"
    return None


def _valid_host(host: str) -> bool:
    """An IP address, or a name whose every label is 1-63 characters once IDNA-encoded ("..", "a..b" are not)."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    name = host.removesuffix(".")  # a fully qualified name may end with one dot
    try:
        return bool(name) and all(name.encode("idna").split(b"."))
    except UnicodeError:
        return False


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise FetchError unless ``url`` is an http(s) URL on a public address (any address with ``allow_private``)."""
    _check_target(url, url, allow_private)


def _check_target(url: str, target: str, allow_private: bool) -> str | None:
    """The checked address ``target`` must be fetched from (None with ``allow_private``: any); FetchError if none."""
    problem = url_problem(target)
    if problem:
        via = "" if target == url else f" (redirected to {target})"
        raise FetchError(f"{url}: {problem}{via}")
    parts = urlsplit(target)
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or _default_port(parts.scheme), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError(f"{url}: cannot resolve host {parts.hostname!r} ({_one_line(exc)})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if _refused(address):
            via = "" if target == url else f" (redirected to {target})"
            raise FetchError(
                f"{url}: refused to fetch a private, loopback, link-local or reserved address ({address}){via};"
                " allow_private permits it"
            )
    return infos[0][4][0]


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Private, loopback, link-local, multicast or reserved: not for fetching on a user's behalf."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast or address.is_reserved


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80


def _request(client: httpx.Client, target: str, address: str | None) -> httpx.Request:
    """The GET of ``target``, sent to the checked ``address`` when there is one.

    Connecting by name would resolve the host again, and a second answer (DNS rebinding) could
    point at a private service; the Host header and TLS server name stay the URL's host.
    """
    if address is None:
        return client.build_request("GET", target)
    url = httpx.URL(target)
    headers = {"Host": url.netloc.decode("ascii")}
    sni = url.raw_host.decode("ascii")
    return client.build_request("GET", url.copy_with(host=address), headers=headers, extensions={"sni_hostname": sni})


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
