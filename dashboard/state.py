"""What every page shares: the engine, the reviewer's name, flash messages."""

from __future__ import annotations

import os

import streamlit as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dashboard.ui import md
from factcheck.config import database_url
from factcheck.storage import open_database

NO_REVIEWER = "Give your name in the sidebar first: no decision is recorded without one."


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    return open_database(url)


def engine() -> Engine:
    """Return the engine of the database named by FACTCHECK_DB (or the default)."""
    return _engine(database_url(os.environ.get("FACTCHECK_DB")))


def session() -> Session:
    """Return a new session; use it in a with-block."""
    return Session(engine(), expire_on_commit=False)


def _signed_in_name() -> str:
    """Return the signed-in user's name where Streamlit's login is configured, else ''."""
    try:
        user = st.user
        if user.is_logged_in:
            return str(user.get("name") or user.get("email") or "")
    except Exception:  # noqa: BLE001 (no auth configured: st.user has nothing to say)
        return ""
    return ""


def _login_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 (no secrets file)
        return False


def reviewer() -> str:
    """Return the reviewer's name for this session ('' until they give one)."""
    signed_in = _signed_in_name()
    if signed_in:
        return signed_in
    return " ".join((st.session_state.get("reviewer") or "").split())


def reviewer_box() -> None:
    """Show who is reviewing: the signed-in user, or a name field asked once per session."""
    signed_in = _signed_in_name()
    if signed_in:
        st.markdown(f"Reviewing as **{md(signed_in)}**")
        st.button("Sign out", on_click=st.logout, type="tertiary")
        return
    st.text_input("Your name (reviewer)", key="reviewer", placeholder="e.g. Ana Ruiz")
    if _login_configured():
        st.button("Sign in", on_click=st.login, type="tertiary")
    if reviewer():
        st.caption(f"Decisions are recorded as **{md(reviewer())}**.")
    else:
        st.warning("Give your name to record decisions.", icon=":material/badge:")


def flash(message: str, icon: str = ":material/check_circle:") -> None:
    """Show ``message`` after the next rerun (st.success before st.rerun is never seen)."""
    st.session_state["_flash"] = (message, icon)


def show_flash() -> None:
    if msg := st.session_state.pop("_flash", None):
        st.toast(msg[0], icon=msg[1])
