"""A one-line progress meter on stderr: count, rate and time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Rewrites one line on ``stream`` at most every ``every`` seconds; ``close`` ends it."""

    def __init__(
        self, total: int, *, stream: TextIO | None = None, every: float = 0.5, unit: str = "inputs"
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.every = every
        self.unit = unit
        self.started = time.monotonic()
        self.shown = 0.0
        self.done = 0

    def __call__(self, done: int) -> None:
        self.done = done
        now = time.monotonic()
        if now - self.shown >= self.every or done >= self.total:
            self.shown = now
            self.stream.write("\r" + self.text(now) + "\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        """Erase the meter's line, so that a result line can be printed in its place."""
        if self.shown:
            self.stream.write("\r\x1b[K")

    def redraw(self) -> None:
        """Draw the meter again below what was printed since ``clear``."""
        if self.shown:
            self.stream.write("\r" + self.text() + "\x1b[K")
            self.stream.flush()

    def text(self, now: float | None = None) -> str:
        """Return e.g. "1200/10000 inputs, 215.3/s, 0:00:41 left"."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        mins, secs = divmod(int(left), 60)
        hours, mins = divmod(mins, 60)
        left_text = f"{hours}:{mins:02}:{secs:02}"
        return f"{self.done}/{self.total} {self.unit}, {rate:.1f}/s, {left_text} left"

    def close(self) -> None:
        """End the meter's line (once)."""
        if self.shown:
            self.shown = 0.0
            self.stream.write("\n")
            self.stream.flush()
