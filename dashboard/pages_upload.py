"""Add articles: upload text or HTML files, then see the quotes found in each."""

from __future__ import annotations

import streamlit as st

from dashboard import state, ui
from factcheck.errors import FactcheckError
from factcheck.readers import MAX_BYTES, read_bytes
from factcheck.services import claims as queries
from factcheck.services import ingest_article
from factcheck.words import counted

ss = st.session_state
TYPES = ["txt", "text", "md", "html", "htm"]


def upload_page() -> None:
    st.markdown("## Add articles")
    st.caption(
        "Upload news articles as text or HTML files. Each is read, its quotes and speakers are "
        "found, and new claims join the review queue. The same article twice changes nothing."
    )
    with st.form("upload", clear_on_submit=True, border=True):
        files = st.file_uploader(
            "Article files",
            type=TYPES,
            accept_multiple_files=True,
            key="upload_files",
            max_upload_size=max(1, MAX_BYTES // 1_000_000),  # in MB, the readers' own limit
        )
        sent = st.form_submit_button("Add to the queue", type="primary")
    if sent and files:
        ss["upload_results"] = [_ingest(f.name, f.getvalue()) for f in files]
    elif sent:
        st.warning("Choose one or more files first.")
    for result in ss.get("upload_results", []):
        _show(result)


def _ingest(name: str, data: bytes) -> dict:
    """Read and store one uploaded file; return what to show about it."""
    try:
        articles = read_bytes(data, name)
    except FactcheckError as exc:
        return {"name": name, "error": str(exc), "articles": []}
    out = []
    with state.session() as session:
        for article in articles:
            try:
                result = ingest_article(session=session, article=article)
            except FactcheckError as exc:
                session.rollback()
                out.append({"status": "failed", "message": str(exc), "id": None})
                continue
            out.append(
                {
                    "status": result.status,
                    "message": result.message,
                    "changes": result.changes.describe() if result.changes else None,
                    "id": result.article_id,
                    "title": article.title or name,
                }
            )
    return {"name": name, "error": None, "articles": out}


def _show(result: dict) -> None:
    if result["error"]:
        st.error(result["error"])
        return
    for art in result["articles"]:
        with st.container(border=True):
            if art["status"] == "failed":
                st.error(f"{result['name']}: {art['message']}")
                continue
            with state.session() as session:
                rows = queries.list_claims(
                    session=session,
                    filters=queries.ClaimFilter(article_id=art["id"]),
                    limit=500,
                    order="speaker",
                )
            said = {
                "new": "added",
                "updated": "added as a new version",
                "unchanged": "already in the database, nothing changed",
            }.get(art["status"], art["status"])
            st.markdown(f"**{ui.md(art['title'])}** · {ui.md(result['name'])} — {said}")
            if art.get("changes"):
                st.info(art["changes"], icon=":material/difference:")
            if art["message"]:
                st.caption(art["message"])
            speakers = sorted({r.speaker for r in rows if r.speaker})
            st.caption(
                f"{counted(len(rows), 'claim')} from {counted(len(speakers), 'speaker')}: "
                + (", ".join(speakers) or "none")
            )
            if rows:
                st.dataframe(
                    {
                        "Speaker": [r.speaker or "— unknown —" for r in rows],
                        "Claim": [ui.short(r.text, 160) for r in rows],
                        "Kind": [r.kind for r in rows],
                        "Conf.": [r.confidence for r in rows],
                        "Open": [f"./?claim={r.id}" for r in rows],
                    },
                    hide_index=True,
                    width="stretch",
                    column_config={
                        "Claim": st.column_config.TextColumn(width="large"),
                        "Conf.": st.column_config.NumberColumn(format="%.2f", width=60),
                        "Open": st.column_config.LinkColumn(display_text="open ↗", width=70),
                    },
                )
