"""Review queue: filter the claims, read one in its article, decide, fix the speaker, undo.

Every decision goes through factcheck.services.review with the claim version this reviewer was
shown (carried by the button that was clicked), so a claim that changed meanwhile is refused and
shown afresh instead of being overwritten.
"""

from __future__ import annotations

import streamlit as st

from dashboard import nav, state, ui
from factcheck.errors import FactcheckError, ReviewConflict
from factcheck.services import claims as queries
from factcheck.services import review
from factcheck.storage import STATUSES
from factcheck.words import counted

PAGE_SIZE = 50
REFRESH_SECONDS = 20  # the queue shows other reviewers' decisions without a click
DECISIONS = (  # status, button label, keyboard shortcut (C and R are Streamlit's)
    ("verified", "Verified", "v"),
    ("disputed", "Disputed", "d"),
    ("unverified", "Unverified", "u"),
)
ss = st.session_state


# ----------------------------------------------------------------------------- the page


def review_page() -> None:
    goto_speaker_if_asked()
    ss["_full_run"] = True  # tells the fragment below that it runs as part of the page
    filters, order = _filter_sidebar()
    if msg := ss.pop("_bulk_result", None):
        st.info(msg, icon=":material/done_all:")
    left, right = st.columns([7, 6], gap="medium")
    with left:
        _live_queue(filters, order)  # runs inline now, then on its own every few seconds
    ss["_full_run"] = False
    rows: list[queries.ClaimRow] = ss.get("queue_rows", [])
    selected: list[int] = ss.get("queue_selected", [])
    with right:
        if len(selected) >= 2:
            _bulk(selected)
        else:
            _detail_pane(_current_claim(rows), rows)


@st.fragment(run_every=REFRESH_SECONDS)
def _live_queue(filters: queries.ClaimFilter, order: str) -> None:
    """The counts and the queue, refreshed so that other reviewers' decisions show up.

    Decisions live outside this fragment: they rerun the whole page, which keeps the address
    bar's ?claim=ID in step with the claim shown.
    """
    page_no = ss.get("queue_page", 0)
    with state.session() as session:
        counts = queries.status_counts(session=session)
        total = queries.count_claims(session=session, filters=filters)
        rows = queries.list_claims(
            session=session,
            filters=filters,
            limit=PAGE_SIZE,
            offset=page_no * PAGE_SIZE,
            order=order,
        )
    ss["queue_rows"] = rows
    _header(counts)
    _queue(rows, total, page_no)
    if ss.pop("_moved", False) and not ss.get("_full_run"):
        st.rerun(scope="app")  # a tick or a page change: the right-hand pane follows


def _header(counts: dict[str, int]) -> None:
    total = sum(counts.values())
    done = total - counts["unverified"]
    c0, c1, c2, c3 = st.columns([5, 3, 3, 3], vertical_alignment="bottom")
    c0.markdown("### Review queue")
    c0.progress(done / total if total else 0.0, text=f"{done:,} of {total:,} claims reviewed")
    for col, status in zip((c1, c2, c3), STATUSES, strict=True):
        col.metric(f"{ui.STATUS_ICON[status]} {status.capitalize()}", f"{counts[status]:,}")


# ----------------------------------------------------------------------------- filters


def _filter_sidebar() -> tuple[queries.ClaimFilter, str]:
    with state.session() as session:
        speakers = queries.speaker_names(session=session)
        articles = dict(queries.article_choices(session=session))
        kinds = queries.kinds(session=session)
    with st.sidebar:
        st.markdown("#### Filter the queue")
        search = st.text_input(
            "Search", key="f_search", placeholder="words in the quote or speaker",
            on_change=_filters_changed,
        )  # fmt: skip
        statuses = st.pills(
            "Status", STATUSES, selection_mode="multi", default=["unverified"], key="f_status",
            format_func=lambda s: f"{ui.STATUS_ICON[s]} {s}", on_change=_filters_changed,
        )  # fmt: skip
        chosen_kinds = st.pills(
            "Kind", kinds, selection_mode="multi", key="f_kind", on_change=_filters_changed
        )
        speaker = st.selectbox(
            "Speaker", speakers, index=None, key="f_speaker", placeholder="All speakers",
            on_change=_filters_changed,
        )  # fmt: skip
        article = st.selectbox(
            "Article", list(articles), index=None, key="f_article", placeholder="All articles",
            format_func=lambda i: ui.short(articles.get(i, str(i)), 60),
            on_change=_filters_changed,
        )  # fmt: skip
        low, high = st.slider(
            "Confidence", 0.0, 1.0, (0.0, 1.0), step=0.05, key="f_conf",
            on_change=_filters_changed,
        )  # fmt: skip
        order = st.selectbox(
            "Sort", list(queries.ORDERS), key="f_order", format_func=queries.ORDERS.get,
            on_change=_filters_changed,
        )  # fmt: skip
    filters = queries.ClaimFilter(
        statuses=tuple(statuses or ()),
        kinds=tuple(chosen_kinds or ()),
        speaker=speaker,
        article_id=article,
        min_confidence=low,
        max_confidence=high,
        search=search.strip() or None,
    )
    return filters, order


def _filters_changed() -> None:
    """A new filter starts at the top of its queue."""
    ss["queue_page"] = 0
    st.query_params.pop("claim", None)


# ----------------------------------------------------------------------------- the queue


def queue_key() -> str:
    """Return the key of the queue table (it changes when its rows change under a selection)."""
    return f"queue_{ss.get('queue_gen', 0)}"


def _queue(rows: list[queries.ClaimRow], total: int, page_no: int) -> list[int]:
    """Show one page of the queue; return the ids of the rows ticked for a bulk decision."""
    ids = [r.id for r in rows]
    shown: list[int] = ss.get("queue_ids", ids)
    picked_rows = _selected_rows(ss.get(queue_key()))
    selected = [shown[i] for i in picked_rows if i < len(shown)]
    default = None
    if shown != ids:  # the rows changed (a decision, a filter, another reviewer)
        ss["queue_gen"] = ss.get("queue_gen", 0) + 1
        selected = [i for i in selected if i in ids]
        default = {"selection": {"rows": [ids.index(i) for i in selected], "columns": []}}
    ss["queue_ids"] = ids
    # a bulk decision is checked against each claim's version as it was when ticked
    seen_then = ss.get("queue_shown_versions", {})
    ticked = ss.get("ticked_versions", {})
    ss["ticked_versions"] = {i: ticked.get(i, seen_then.get(i)) for i in selected}
    ss["queue_shown_versions"] = {r.id: r.version for r in rows}
    if selected != ss.get("queue_selected", []):
        ss["_moved"] = True
        if len(selected) == 1:
            st.query_params["claim"] = str(selected[0])  # one ticked row: open it
    ss["queue_selected"] = selected

    current = st.query_params.get("claim")
    table = {
        " ": ["▶" if str(r.id) == current else "" for r in rows],
        "Status": [ui.STATUS_MARK[r.status] for r in rows],
        "Speaker": [r.speaker or "— unknown —" for r in rows],
        "Claim": [ui.short(r.text, 140) for r in rows],
        "Kind": [r.kind for r in rows],
        "Conf.": [r.confidence for r in rows],
        "Article": [ui.short(r.article_title or "", 40) for r in rows],
        "#": ids,
    }
    st.dataframe(
        ui.styled(table, "Status"),
        key=queue_key(),
        on_select="rerun",
        selection_mode="multi-row",
        selection_default=default,
        hide_index=True,
        height=min(38 + 35 * max(len(rows), 1), 640),
        column_config={
            " ": st.column_config.TextColumn(width=20),
            "Status": st.column_config.TextColumn(width=90),
            "Speaker": st.column_config.TextColumn(width=110),
            "Claim": st.column_config.TextColumn(width=260),
            "Kind": st.column_config.TextColumn(width=60),
            "Conf.": st.column_config.ProgressColumn(
                format="%.2f", min_value=0.0, max_value=1.0, width=70
            ),
            "Article": st.column_config.TextColumn(width=150),
            "#": st.column_config.NumberColumn(width=50, format="%d"),
        },
    )
    pages = max(1, -(-total // PAGE_SIZE))
    c1, c2, c3 = st.columns([2, 5, 2], vertical_alignment="center")
    c1.button("‹ Page", key="page_prev", disabled=page_no == 0, on_click=_page, args=(-1,))
    first = page_no * PAGE_SIZE + 1 if rows else 0
    c2.caption(
        f"{first:,}–{page_no * PAGE_SIZE + len(rows):,} of **{total:,}** · page {page_no + 1} "
        f"of {pages} · tick rows to decide several at once"
    )
    c3.button("Page ›", key="page_next", disabled=page_no + 1 >= pages, on_click=_page, args=(1,))
    return selected


def _selected_rows(widget_state) -> list[int]:  # noqa: ANN001
    try:
        return list(widget_state["selection"]["rows"])
    except (KeyError, TypeError):
        return []


def _page(step: int) -> None:
    ss["queue_page"] = max(0, ss.get("queue_page", 0) + step)
    _move_to(None)


def _current_claim(rows: list[queries.ClaimRow]) -> int | None:
    """Return the open claim: ?claim=ID (a shared link, or the last one opened), else the top."""
    raw = st.query_params.get("claim")
    if raw:
        try:
            return int(raw)
        except ValueError:
            st.query_params.pop("claim", None)
    if rows:
        st.query_params["claim"] = str(rows[0].id)  # stays open while the queue refreshes
        return rows[0].id
    return None


# ----------------------------------------------------------------------------- one claim


def _detail_pane(claim_id: int | None, rows: list[queries.ClaimRow]) -> None:
    _undo_banner()
    if msg := ss.get("_conflict"):
        st.warning(msg, icon=":material/sync_problem:")
    if msg := ss.pop("_error", None):
        st.error(msg)
    if claim_id is None:
        st.info("No claim matches these filters. Clear a filter in the sidebar to see more.")
        return
    try:
        with state.session() as session:
            detail = queries.claim_detail(session=session, claim_id=claim_id)
            speakers = queries.speaker_names(session=session)
    except FactcheckError as exc:
        st.error(f"{exc}. Pick a claim from the queue.")
        return
    ids = [r.id for r in rows]
    pos = ids.index(claim_id) if claim_id in ids else -1
    next_id = ids[pos + 1] if pos < len(ids) - 1 else None  # not in the queue: its top
    prev_id = ids[pos - 1] if pos > 0 else None
    with st.container(border=True):
        _claim_card(detail, next_id, prev_id)
    _claim_tabs(detail, speakers)


def _claim_card(detail: queries.ClaimDetail, next_id: int | None, prev_id: int | None) -> None:
    claim, speaker = detail.claim, detail.speaker
    seen = ss.setdefault("_seen", {})
    if seen.get(claim.id, claim.version) != claim.version and not ss.get("_conflict"):
        st.info(
            f"Updated while you were looking: now **{claim.status}** "
            f"by {ui.md(claim.reviewed_by or 'another reviewer')}.",
            icon=":material/update:",
        )
    seen[claim.id] = claim.version

    st.markdown(
        f"#### Claim {claim.id} &nbsp; {ui.badge(claim.status)} "
        f":gray-badge[{claim.kind}] :gray-badge[confidence {claim.confidence:.2f}]"
    )

    who = speaker.name if speaker else "Unknown speaker"
    role = f" — {speaker.description}" if speaker and speaker.description else ""
    w1, w2 = st.columns([5, 2], vertical_alignment="center")
    w1.markdown(f"**{ui.md(who)}**{ui.md(role)}")
    if speaker is not None:
        w2.button(
            "All their claims →", key=f"to_speaker_{claim.id}", type="tertiary",
            on_click=_go_speaker, args=(speaker.name,),
        )  # fmt: skip
    if detail.appearances and not any(a.article.is_current for a in detail.appearances):
        latest = detail.appearances[0].article
        st.warning(
            f"Gone from the latest version of its article (this quote is in version "
            f"{latest.version}, since corrected). Its review history is kept.",
            icon=":material/history:",
        )
    if detail.appearances:
        first = detail.appearances[0]
        st.html(ui.context_html(first))
        q, a = first.quote, first.article
        mention = f"“{q.speaker_mention}”" if q.speaker_mention else "none"
        st.caption(
            f"In **{a.title or a.source or f'article {a.id}'}**"
            f"{f' ({a.publication})' if a.publication else ''} · cue **{q.cue or '—'}** · "
            f"rule `{q.rule or '—'}` · speaker mention {mention}"
        )
    else:
        st.markdown(f"> {ui.md(claim.text)}")
    if claim.reviewed_by:
        when = claim.reviewed_at.strftime("%Y-%m-%d %H:%M") if claim.reviewed_at else ""
        extra = f" — _{ui.md(claim.note)}_" if claim.note else ""
        link = f" · {ui.evidence_link(claim.evidence_url)}" if claim.evidence_url else ""
        by = ui.md(claim.reviewed_by)
        st.caption(f"Last decision: **{claim.status}** by {by} {when}{extra}{link}")

    n1, n2 = st.columns(2)
    n1.text_input("Note", key=f"note_{claim.id}", placeholder="why (optional)")
    n2.text_input("Evidence URL", key=f"evidence_{claim.id}", placeholder="https://…")
    cols = st.columns(3)
    for col, (status, label, key) in zip(cols, DECISIONS, strict=True):
        col.button(
            label, key=f"decide_{status}", shortcut=key, width="stretch",
            icon=ui.STATUS_ICON[status],
            on_click=_decide, args=(claim.id, claim.version, status, next_id),
            help=f"Mark {status} and open the next claim (key {key.upper()})",
        )  # fmt: skip
    k1, k2, k3 = st.columns(3, vertical_alignment="center")
    k1.button(
        "Prev", key="prev_claim", shortcut="k", disabled=prev_id is None, width="stretch",
        icon=":material/arrow_upward:", on_click=_open, args=(prev_id,), help="Previous (K)",
    )  # fmt: skip
    k2.button(
        "Next", key="next_claim", shortcut="j", disabled=next_id is None, width="stretch",
        icon=":material/arrow_downward:", on_click=_open, args=(next_id,), help="Next (J)",
    )  # fmt: skip
    with k3.popover("Share", icon=":material/link:", width="stretch"):
        base = (st.context.url or "").split("?")[0]
        st.caption("Link to this claim")
        st.code(f"{base}?claim={claim.id}", language=None)
    st.caption("Keys: **V** verified · **D** disputed · **U** unverified · **J/K** next/previous")


def _claim_tabs(detail: queries.ClaimDetail, speakers: list[str]) -> None:
    claim = detail.claim
    others = detail.appearances[1:]
    history, where, same, fix = st.tabs(
        [
            f"History ({len(detail.history)})",
            f"Other articles ({len(others)})",
            f"Same speaker ({len(detail.same_speaker)})",
            "Fix speaker",
        ]
    )
    with history:
        if not detail.history:
            st.caption("No decisions yet.")
        for r in reversed(detail.history):
            st.markdown(ui.history_line(r))
        if any(r.action != "undo" for r in detail.history):
            st.button(
                "Undo the latest change", icon=":material/undo:", key=f"undo_here_{claim.id}",
                on_click=_undo, args=(claim.id, claim.version),
            )  # fmt: skip
    with where:
        if not others:
            st.caption("This claim appeared in one article only.")
        for app in others:
            st.markdown(f"**{ui.md(app.article.title or app.article.source)}**")
            st.html(ui.context_html(app))
    with same:
        if not detail.same_speaker:
            st.caption("No other claims by this speaker.")
        for r in detail.same_speaker:
            c1, c2 = st.columns([8, 1], vertical_alignment="center")
            c1.markdown(f"{ui.STATUS_ICON[r.status]} {ui.md(ui.short(r.text, 120))}")
            c2.button("Open", key=f"same_{r.id}", on_click=_open, args=(r.id,))
    with fix:
        current = detail.speaker.name if detail.speaker else None
        st.caption(
            "When the parser picked the wrong person: choose the right speaker, or type a new "
            "name. The fix is kept in the history."
        )
        st.selectbox(
            "Right speaker", speakers, index=None, key=f"fix_speaker_{claim.id}",
            placeholder=f"now: {current or 'unknown'} — pick or type a name",
            accept_new_options=True,
        )  # fmt: skip
        st.text_input("Why (optional)", key=f"fix_note_{claim.id}")
        st.button(
            "Save speaker", key=f"fix_save_{claim.id}", on_click=_fix_speaker,
            args=(claim.id, claim.version),
        )  # fmt: skip


# ----------------------------------------------------------------------------- bulk


def _bulk(selected: list[int]) -> None:
    with st.container(border=True):
        st.markdown(f"#### {counted(len(selected), 'claim')} selected")
        st.caption("One decision for all of them; each claim keeps its own history entry.")
        texts = {r.id: r for r in ss.get("queue_rows", [])}
        for claim_id in selected[:8]:
            if row := texts.get(claim_id):
                who = ui.md(row.speaker or "unknown")
                st.markdown(f"- **{who}**: {ui.md(ui.short(row.text, 90))}")
        if len(selected) > 8:
            st.caption(f"… and {len(selected) - 8} more")
        status = st.segmented_control(
            "Decision", STATUSES, key="bulk_status",
            format_func=lambda s: f"{ui.STATUS_ICON[s]} {s}",
        )  # fmt: skip
        st.text_input("Note for all", key="bulk_note")
        pending = ss.get("_bulk_pending")
        if pending is None:
            st.button(
                f"Apply to {counted(len(selected), 'claim')}…", key="bulk_apply", type="primary",
                disabled=status is None, on_click=_bulk_ask, args=(selected, status),
            )  # fmt: skip
        else:
            st.warning(
                f"Mark **{counted(len(pending['ids']), 'claim')} {pending['status']}** as "
                f"**{state.reviewer() or '(no name)'}**?",
                icon=":material/help:",
            )
            b1, b2 = st.columns(2)
            b1.button("Confirm", key="bulk_confirm", type="primary", on_click=_bulk_confirm)
            b2.button("Cancel", key="bulk_cancel", on_click=ss.pop, args=("_bulk_pending", None))


def _bulk_ask(selected: list[int], status: str) -> None:
    ss["_bulk_pending"] = {"ids": list(selected), "status": status}


def _bulk_confirm() -> None:
    pending = ss.pop("_bulk_pending", None)
    if not pending:
        return
    reviewer = state.reviewer()
    if not reviewer:
        ss["_bulk_result"] = state.NO_REVIEWER
        return
    versions = ss.get("ticked_versions", {})
    items = [(i, versions.get(i)) for i in pending["ids"]]
    with state.session() as session:
        result = review.review_many(
            session=session,
            claims=items,
            status=pending["status"],
            reviewer=reviewer,
            note=ss.get("bulk_note") or None,
        )
    msg = f"{counted(len(result.done), 'claim')} marked {result.status}."
    if result.refused:
        msg += f" {len(result.refused)} changed meanwhile and were left as they are: " + "; ".join(
            result.refused.values()
        )
    ss["_bulk_result"] = msg
    state.flash(f"{counted(len(result.done), 'claim')} marked {result.status}")
    ss["queue_gen"] = ss.get("queue_gen", 0) + 1  # clear the ticks
    ss["queue_selected"] = []


# ----------------------------------------------------------------------------- actions


def _open(claim_id: int | None) -> None:
    if claim_id is not None:
        _move_to(claim_id)
        ss.pop("_conflict", None)


def _move_to(claim_id: int | None) -> None:
    """Open ``claim_id`` (None: the top of the queue) once the callback returns."""
    if claim_id is None:
        st.query_params.pop("claim", None)
    else:
        st.query_params["claim"] = str(claim_id)
    ss["_moved"] = True


def _mine(claim) -> None:  # noqa: ANN001
    """Remember the version this reviewer's own change produced (it is no news to them)."""
    ss.setdefault("_seen", {})[claim.id] = claim.version


def _go_speaker(name: str) -> None:
    ss["_goto_speaker"] = name


def _change(apply, refused: str = "Not saved"):  # noqa: ANN001, ANN202
    """Run one change to a claim as this reviewer; return the claim, or None with the reason
    kept for the next run (no reviewer, a conflict with another reviewer, a refused change)."""
    reviewer = state.reviewer()
    if not reviewer:
        ss["_error"] = state.NO_REVIEWER
        return None
    try:
        with state.session() as session:
            claim = apply(session, reviewer)
    except ReviewConflict as exc:
        ss["_conflict"] = f"{refused} — {exc}. Here is the claim as it is now."
        return None
    except FactcheckError as exc:
        ss["_error"] = str(exc)
        return None
    ss.pop("_conflict", None)
    _mine(claim)
    return claim


def _decide(claim_id: int, version: int, status: str, next_id: int | None) -> None:
    claim = _change(
        lambda session, reviewer: review.review_claim(
            session=session,
            claim_id=claim_id,
            status=status,
            reviewer=reviewer,
            note=ss.get(f"note_{claim_id}") or None,
            evidence_url=ss.get(f"evidence_{claim_id}") or None,
            expected_version=version,
        )
    )
    if claim is None:
        return
    ss["_last_action"] = {
        "claim_id": claim_id,
        "version": claim.version,
        "text": f"You marked claim **{claim_id}** **{status}**.",
    }
    state.flash(f"Claim {claim_id} marked {status}")
    _move_to(next_id)


def _undo(claim_id: int, version: int) -> None:
    claim = _change(
        lambda session, reviewer: review.undo_last(
            session=session, claim_id=claim_id, reviewer=reviewer, expected_version=version
        ),
        refused="Not undone",
    )
    if claim is None:
        return
    ss.pop("_last_action", None)
    _move_to(claim_id)
    state.flash(f"Undone: claim {claim_id} is back as it was", icon=":material/undo:")


def _undo_banner() -> None:
    last = ss.get("_last_action")
    if not last:
        return
    with st.container(border=True):
        c1, c2, c3 = st.columns([4, 3, 3], vertical_alignment="center")
        c1.markdown(last["text"])
        c2.button(
            "Undo", icon=":material/undo:", key="undo_last", shortcut="z", width="stretch",
            on_click=_undo, args=(last["claim_id"], last["version"]), help="Undo (Z)",
        )  # fmt: skip
        c3.button(
            "Open it", key="open_last", width="stretch",
            on_click=_open, args=(last["claim_id"],),
        )  # fmt: skip


def _fix_speaker(claim_id: int, version: int) -> None:
    name = ss.get(f"fix_speaker_{claim_id}")
    if not name:
        ss["_error"] = "Pick or type the right speaker first."
        return
    claim = _change(
        lambda session, reviewer: review.set_speaker(
            session=session,
            claim_id=claim_id,
            speaker_name=name,
            reviewer=reviewer,
            note=ss.get(f"fix_note_{claim_id}") or None,
            expected_version=version,
        )
    )
    if claim is None:
        return
    ss["_last_action"] = {
        "claim_id": claim_id,
        "version": claim.version,
        "text": f"You attributed claim **{claim_id}** to **{ui.md(name)}**.",
    }
    state.flash(f"Claim {claim_id} attributed to {name}")


def goto_speaker_if_asked() -> None:
    """Switch to the speaker page when a 'their claims' button asked for it."""
    if name := ss.pop("_goto_speaker", None):
        st.switch_page(nav.page("speakers"), query_params={"speaker": name})
