"""Review queue: pick a claim, read it in context, decide."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import state
from factcheck import services
from factcheck.errors import FactcheckError, ReviewConflict
from factcheck.storage import STATUSES

STATUS_ICON = {"unverified": "⚪", "verified": "✅", "disputed": "❌"}
PAGE_SIZE = 50


def review_page() -> None:
    st.title("Review queue")
    with state.session() as session:
        counts = services.status_counts(session=session)
    cols = st.columns(len(counts))
    for col, (status, n) in zip(cols, counts.items(), strict=True):
        col.metric(f"{STATUS_ICON[status]} {status.capitalize()}", n)

    f1, f2 = st.columns([2, 3])
    statuses = f1.multiselect("Status", STATUSES, default=["unverified"], key="f_status")
    search = f2.text_input("Search quotes and speakers", key="f_search")
    filters = services.ClaimFilter(statuses=tuple(statuses), search=search or None)
    with state.session() as session:
        rows = services.list_claims(session=session, filters=filters, limit=PAGE_SIZE)

    selected = _selected_claim(rows)
    left, right = st.columns([5, 6], gap="large")
    with left:
        _queue(rows)
    with right:
        if selected is None:
            st.info("The queue is empty for these filters." if not rows else "Pick a claim.")
        else:
            _detail(selected, rows)


def _selected_claim(rows: list[services.ClaimRow]) -> int | None:
    if "claim" in st.query_params:
        try:
            return int(st.query_params["claim"])
        except ValueError:
            st.query_params.pop("claim")
    return rows[0].id if rows else None


def _queue(rows: list[services.ClaimRow]) -> None:
    st.caption(f"{len(rows)} claims shown, unverified and low-confidence first")
    for row in rows:
        who = row.speaker or "unknown speaker"
        text = row.text if len(row.text) < 90 else row.text[:87] + "…"
        label = f"{STATUS_ICON[row.status]} **{who}** · {row.kind} · {row.confidence:.2f}  \n{text}"
        if st.button(label, key=f"open_{row.id}", use_container_width=True):
            st.query_params["claim"] = str(row.id)
            st.rerun()


def _detail(claim_id: int, rows: list[services.ClaimRow]) -> None:
    try:
        with state.session() as session:
            detail = services.claim_detail(session=session, claim_id=claim_id)
    except FactcheckError as exc:
        st.error(str(exc))
        return
    claim = detail.claim
    speaker = detail.speaker
    # the version this reviewer was shown before this rerun: a decision is made against it
    seen_key = f"seen_version_{claim.id}"
    seen = st.session_state.get(seen_key, claim.version)
    st.session_state[seen_key] = claim.version
    st.subheader(f"Claim {claim.id} · {STATUS_ICON[claim.status]} {claim.status}")
    who = speaker.name if speaker else "unknown speaker"
    role = f", {speaker.description}" if speaker and speaker.description else ""
    st.markdown(f"**{html.escape(who)}**{html.escape(role)}")
    for app in detail.appearances[:1]:
        q, a = app.quote, app.article
        before = html.escape(a.text[app.context_start : q.start])
        quote = html.escape(a.text[q.start : q.end])
        after = html.escape(a.text[q.end : app.context_end])
        st.markdown(
            f"<div style='border-left:4px solid #f0b429;padding:.5em 1em;background:#fffbea'>"
            f"{before}<mark>{quote}</mark>{after}</div>",
            unsafe_allow_html=True,
        )
        st.caption(
            f"{a.title or a.source} · {q.kind} · cue “{q.cue or '—'}” · rule {q.rule or '—'}"
            f" · confidence {q.confidence:.2f}"
        )

    with st.form(f"decide_{claim.id}", clear_on_submit=True):
        note = st.text_input("Note", key=f"note_{claim.id}")
        evidence = st.text_input("Evidence URL", key=f"evidence_{claim.id}")
        b1, b2, b3 = st.columns(3)
        choice = None
        if b1.form_submit_button("✅ Verified", use_container_width=True):
            choice = "verified"
        if b2.form_submit_button("❌ Disputed", use_container_width=True):
            choice = "disputed"
        if b3.form_submit_button("⚪ Unverified", use_container_width=True):
            choice = "unverified"
    if choice:
        _decide(claim, seen, choice, note, evidence, rows)

    st.markdown("##### History")
    if not detail.history:
        st.caption("No decisions yet.")
    for r in reversed(detail.history):
        when = r.created_at.strftime("%Y-%m-%d %H:%M")
        change = (
            f"speaker {r.from_speaker or '?'} → {r.to_speaker or '?'}"
            if r.action == "speaker"
            else f"{r.from_status} → {r.to_status}"
        )
        note = f" — {r.note}" if r.note else ""
        st.markdown(f"- {when} · **{html.escape(r.reviewer)}** · {r.action}: {change}{note}")


def _decide(claim, seen: int, status: str, note: str, evidence: str, rows) -> None:  # noqa: ANN001
    reviewer = state.reviewer()
    if not reviewer:
        st.error("Give your name in the sidebar first: no decision is recorded without one.")
        return
    try:
        with state.session() as session:
            services.review_claim(
                session=session,
                claim_id=claim.id,
                status=status,
                reviewer=reviewer,
                note=note,
                evidence_url=evidence,
                expected_version=seen,
            )
    except ReviewConflict as exc:
        st.warning(str(exc))
        return
    except FactcheckError as exc:
        st.error(str(exc))
        return
    state.flash(f"Claim {claim.id} marked {status}")
    ids = [r.id for r in rows]
    after = ids[ids.index(claim.id) + 1 :] if claim.id in ids else ids
    if after:
        st.query_params["claim"] = str(after[0])
    st.rerun()
