"""Fetch an article from an http(s) URL, with a timeout and a size limit.

The only network access factcheck makes: the URLs a user asks to ingest.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from factcheck.errors import InputError
from factcheck.readers import MAX_BYTES, megabytes

TIMEOUT = 20.0  # seconds, for connecting and for each read
USER_AGENT = "factcheck/0.1 (+https://github.com/factcheck; fact-checking desk ingest)"


@dataclass(frozen=True)
class Fetched:
    """The body of a fetched URL with its content type and the final URL after redirects."""

    url: str
    data: bytes
    content_type: str | None


def is_url(value: str) -> bool:
    """Return True when ``value`` is an http(s) URL rather than a path."""
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """Return the body of ``url``; raise InputError with one line for 404s, timeouts, etc."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http(s) only)
            data = resp.read(max_bytes + 1)
            content_type = resp.headers.get("Content-Type")
            final = resp.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: failed, the server answered {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise InputError(f"{url}: failed, no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: failed, no answer within {timeout:g} s") from None
        raise InputError(f"{url}: failed, cannot connect ({reason})") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: failed ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: skipped, over the {megabytes(max_bytes)} limit")
    return Fetched(url=final, data=data, content_type=content_type)
