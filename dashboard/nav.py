"""The dashboard's pages, in menu order. Add a page by adding one entry to ``PAGES``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class PageSpec:
    """How a page appears in the menu; ``load`` imports its function only when needed."""

    url_path: str
    title: str
    icon: str
    load: Callable[[], Callable[[], None]]
    default: bool = False


def _review():  # noqa: ANN202
    from dashboard.pages_review import review_page

    return review_page


def _speakers():  # noqa: ANN202
    from dashboard.pages_speakers import speakers_page

    return speakers_page


def _upload():  # noqa: ANN202
    from dashboard.pages_upload import upload_page

    return upload_page


def _export():  # noqa: ANN202
    from dashboard.pages_export import export_page

    return export_page


def _sql():  # noqa: ANN202
    from dashboard.pages_sql import sql_page

    return sql_page


PAGES: list[PageSpec] = [
    PageSpec("review", "Review queue", ":material/fact_check:", _review, default=True),
    PageSpec("speakers", "Speakers", ":material/record_voice_over:", _speakers),
    PageSpec("add", "Add articles", ":material/upload_file:", _upload),
    PageSpec("export", "Quote sheets", ":material/download:", _export),
    PageSpec("sql", "Query (SQL)", ":material/database:", _sql),
]


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
