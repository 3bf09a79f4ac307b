"""What every page shares: the engine, the reviewer's name, flash messages."""

from __future__ import annotations

import os

import streamlit as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.config import database_url
from factcheck.storage import open_database


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    return open_database(url)


def engine() -> Engine:
    """Return the engine of the database named by FACTCHECK_DB (or the default)."""
    return _engine(database_url(os.environ.get("FACTCHECK_DB")))


def session() -> Session:
    """Return a new session; use it in a with-block."""
    return Session(engine(), expire_on_commit=False)


def reviewer() -> str:
    """Return the reviewer's name for this session ('' until they give one)."""
    user = getattr(st, "user", None)
    signed_in = bool(user and getattr(user, "is_logged_in", False))
    if signed_in and not st.session_state.get("reviewer"):
        st.session_state["reviewer"] = user.get("name") or user.get("email") or ""
    return (st.session_state.get("reviewer") or "").strip()


def flash(message: str, icon: str = "✅") -> None:
    """Show ``message`` after the next rerun (st.success before st.rerun is never seen)."""
    st.session_state["_flash"] = (message, icon)


def show_flash() -> None:
    if msg := st.session_state.pop("_flash", None):
        st.toast(msg[0], icon=msg[1])
