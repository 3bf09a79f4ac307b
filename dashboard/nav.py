"""The dashboard's pages, in menu order. Add a page by adding one entry to ``PAGES``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class PageSpec:
    """How a page appears in the menu; ``target`` ("module:function") is imported when needed."""

    url_path: str
    title: str
    icon: str
    target: str
    default: bool = False

    def load(self) -> Callable[[], None]:
        """Return the page function."""
        module, function = self.target.split(":")
        return getattr(importlib.import_module(module), function)


PAGES: list[PageSpec] = [
    PageSpec("review", "Review queue", ":material/fact_check:",
             "dashboard.pages_review:review_page", default=True),
    PageSpec("speakers", "Speakers", ":material/record_voice_over:",
             "dashboard.pages_speakers:speakers_page"),
    PageSpec("add", "Add articles", ":material/upload_file:", "dashboard.pages_upload:upload_page"),
    PageSpec("export", "Quote sheets", ":material/download:", "dashboard.pages_export:export_page"),
    PageSpec("sql", "Query (SQL)", ":material/database:", "dashboard.pages_sql:sql_page"),
]  # fmt: skip


def page(url_path: str) -> st.Page:
    """Return the st.Page for one entry of ``PAGES`` (used by st.navigation and switch_page)."""
    spec = next(p for p in PAGES if p.url_path == url_path)
    return st.Page(
        spec.load(),
        title=spec.title,
        icon=spec.icon,
        url_path=None if spec.default else spec.url_path,
        default=spec.default,
    )


def all_pages() -> list[st.Page]:
    """Return every page, in menu order."""
    return [page(p.url_path) for p in PAGES]
