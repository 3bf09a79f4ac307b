"""Speakers: every claim of one person across articles, with their verified/disputed tally."""

from __future__ import annotations

import streamlit as st

from dashboard import state, ui
from factcheck.errors import FactcheckError
from factcheck.services import claims as queries


def speakers_page() -> None:
    with state.session() as session:
        tallies = queries.speaker_tallies(session=session)
    names = [t.name for t in tallies]
    wanted = st.query_params.get("speaker")
    st.markdown("## Speakers")
    name = st.selectbox(
        "Speaker",
        names,
        index=names.index(wanted) if wanted in names else None,
        placeholder="Pick a speaker (type to search)",
        key=f"speaker_pick_{wanted}",
    )
    if name != wanted:
        if name:
            st.query_params["speaker"] = name
        else:
            st.query_params.pop("speaker", None)
    if name:
        _profile(name)
    else:
        _overview(tallies)


def _overview(tallies: list[queries.SpeakerTally]) -> None:
    if not tallies:
        st.info("No speakers yet. Add articles to find quotes and who said them.")
        return
    st.caption("Everyone quoted, most claims first. Pick a speaker above to see their claims.")
    st.dataframe(
        {
            "Speaker": [t.name for t in tallies],
            "Role": [t.description or "" for t in tallies],
            "Claims": [t.claims for t in tallies],
            "Verified": [t.verified for t in tallies],
            "Disputed": [t.disputed for t in tallies],
            "Unverified": [t.unverified for t in tallies],
        },
        hide_index=True,
        width="stretch",
    )


def _profile(name: str) -> None:
    try:
        with state.session() as session:
            profile = queries.speaker_profile(session=session, name=name)
    except FactcheckError as exc:
        st.error(str(exc))
        return
    t = profile.tally
    st.markdown(f"### {ui.md(t.name)}")
    if t.description:
        st.caption(t.description)
    c = st.columns(5)
    c[0].metric("Claims", t.claims)
    c[1].metric("Articles", profile.articles)
    c[2].metric(f"{ui.STATUS_ICON['verified']} Verified", t.verified)
    c[3].metric(f"{ui.STATUS_ICON['disputed']} Disputed", t.disputed)
    c[4].metric(f"{ui.STATUS_ICON['unverified']} Unverified", t.unverified)
    rows = profile.claims
    st.dataframe(
        ui.styled(
            {
                "Status": [ui.STATUS_MARK[r.status] for r in rows],
                "Claim": [ui.short(r.text, 160) for r in rows],
                "Kind": [r.kind for r in rows],
                "Article": [ui.short(r.article_title or "", 50) for r in rows],
                "Reviewed by": [r.reviewed_by or "" for r in rows],
                "Open": [f"./?claim={r.id}" for r in rows],
            },
            "Status",
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "Status": st.column_config.TextColumn(width=90),
            "Claim": st.column_config.TextColumn(width="large"),
            "Open": st.column_config.LinkColumn(display_text="open ↗", width=70),
        },
    )
    if len(rows) < t.claims:
        st.caption(f"Showing the first {len(rows)} of {t.claims} claims.")
