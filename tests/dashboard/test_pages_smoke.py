"""Every page in the menu renders without an exception on a seeded database."""

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.nav import PAGES


def _page(url_path: str) -> None:
    from dashboard import nav

    next(p for p in nav.PAGES if p.url_path == url_path).load()()


@pytest.mark.parametrize("url_path", [p.url_path for p in PAGES])
def test_page_renders(seeded_url, url_path):
    at = AppTest.from_function(_page, args=(url_path,), default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    assert at.main.children, f"page {url_path} shows nothing"
