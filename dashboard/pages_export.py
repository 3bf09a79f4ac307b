"""Quote sheets: pick the claims, preview them, download the sheet in any format."""

from __future__ import annotations

import streamlit as st

from dashboard import state
from factcheck import services
from factcheck.errors import FactcheckError
from factcheck.services import export
from factcheck.storage import STATUSES
from factcheck.words import counted

FORMAT_LABEL = {
    "csv": "CSV (spreadsheet)",
    "json": "JSON",
    "md": "Markdown",
    "html": "HTML (printable page)",
    "claimreview": "ClaimReview JSON-LD (schema.org)",
}
PREVIEW_ROWS = 20
ALL = "All"


def export_page() -> None:
    st.title("Quote sheets")
    st.caption("Verified quotes (or any status) for editors, with speaker, source and review.")
    with state.session() as session:
        speakers = services.speaker_names(session=session)
        article_list = services.articles(session=session)
    titles = {a.id: a.title or a.source or f"Article {a.id}" for a in article_list}

    c1, c2, c3 = st.columns([2, 2, 1])
    statuses = c1.multiselect("Status", STATUSES, default=["verified"], key="x_status")
    speaker = c2.selectbox("Speaker", [ALL, *speakers], key="x_speaker")
    group_by = c3.radio("Group by", ["article", "speaker"], key="x_group", horizontal=True)
    c4, c5 = st.columns([3, 2])
    article_id = c4.selectbox(
        "Article", [None, *titles], format_func=lambda i: ALL if i is None else titles[i],
        key="x_article",
    )  # fmt: skip
    dates = c5.date_input("Reviewed between", value=[], key="x_dates")
    since, until = (dates[0], dates[-1]) if dates else (None, None)

    filters = dict(
        statuses=tuple(statuses),
        article_id=article_id,
        speaker=None if speaker == ALL else speaker,
        since=since,
        until=until,
        group_by=group_by,
    )
    if not statuses:
        st.info("Pick at least one status.")
        return
    try:
        with state.session() as session:
            rows = list(export.sheet_rows(session=session, **filters))
    except FactcheckError as exc:
        st.error(str(exc))
        return
    claims = len({r.claim_id for r in rows})
    st.markdown(f"**{counted(len(rows), 'quote')}** from {counted(claims, 'claim')}")

    fmt = st.radio(
        "Format", export.EXPORT_FORMATS, format_func=FORMAT_LABEL.get, key="x_format",
        horizontal=True,
    )  # fmt: skip
    engine = state.engine()  # the download callable runs outside the page script
    st.download_button(
        f"⬇️ Download {FORMAT_LABEL[fmt]}",
        data=lambda: export.export_bytes(engine=engine, fmt=fmt, **filters),
        file_name=export.file_name(fmt, statuses),
        mime=export.media_type(fmt),
        key="x_download",
        disabled=not rows,
        on_click="ignore",
    )

    if rows:
        st.markdown("##### Preview")
        st.dataframe(
            [
                {
                    "quote": r.quote,
                    "speaker": r.speaker,
                    "role": r.speaker_role,
                    "article": r.article_title,
                    "publication": r.publication,
                    "status": r.status,
                    "reviewer": r.reviewer,
                    "note": r.note,
                }
                for r in rows[:PREVIEW_ROWS]
            ],
            hide_index=True,
        )
        if len(rows) > PREVIEW_ROWS:
            st.caption(f"First {PREVIEW_ROWS} of {len(rows)}; the download has them all.")
    else:
        st.info("No quotes match these filters.")
