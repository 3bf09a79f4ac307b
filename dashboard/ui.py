"""Small display helpers shared by the pages: badges, the quote in context, history lines."""

from __future__ import annotations

import html
import re

import streamlit as st

STATUS_ICON = {  # Material icons: they render everywhere, emoji need an emoji font
    "unverified": ":material/radio_button_unchecked:",
    "verified": ":material/check_circle:",
    "disputed": ":material/cancel:",
}
STATUS_MARK = {"unverified": "○ unverified", "verified": "✓ verified", "disputed": "✗ disputed"}
STATUS_COLOR = {"unverified": "gray", "verified": "green", "disputed": "red"}
STATUS_HEX = {"unverified": "#6b7280", "verified": "#15803d", "disputed": "#b91c1c"}

CSS = """
<style>
.fc-context {font-size: 1.02rem; line-height: 1.6; border-left: 4px solid #f0b429;
  padding: .6rem 1rem; background: rgba(240, 180, 41, .07); border-radius: 0 .4rem .4rem 0;}
.fc-context .fc-dim {color: rgba(120, 120, 120, .9); font-size: .92rem;}
.fc-context mark {background: #ffe58a; color: inherit; padding: 0 .1rem; border-radius: .2rem;}
.fc-context .fc-who {text-decoration: underline 2px #3b82f6; text-underline-offset: 3px;}
.fc-meta {color: rgba(120, 120, 120, 1); font-size: .85rem;}
</style>
"""


def style() -> None:
    """Add the dashboard's few CSS rules to the page."""
    st.html(CSS)


def badge(status: str) -> str:
    """Return a coloured markdown badge for a status."""
    return f":{STATUS_COLOR.get(status, 'gray')}-badge[{STATUS_ICON.get(status, '')} {status}]"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]$<>#~|])")


def md(text: object) -> str:
    """Return ``text`` safe to put in markdown: no stray emphasis, links or $…$ maths."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def short(text: str, n: int = 110) -> str:
    """Return ``text`` on one line, cut to ``n`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def context_html(appearance) -> str:  # noqa: ANN001
    """Return the quote's paragraph with the quote marked and the neighbouring paragraphs dimmed."""
    q, text = appearance.quote, appearance.article.text
    p0, p1 = appearance.paragraph_start, appearance.paragraph_end
    if p1 <= p0:
        p0, p1 = appearance.context_start, appearance.context_end
    marks = [(q.start, q.end, "<mark>", "</mark>")]
    if q.speaker_start is not None and q.speaker_end is not None:
        s0, s1 = q.speaker_start, q.speaker_end
        if p0 <= s0 and s1 <= p1 and (s1 <= q.start or s0 >= q.end):
            marks.append((s0, s1, "<span class='fc-who'>", "</span>"))
    marks.sort()
    out, pos = [], p0
    for start, end, open_, close in marks:
        out.append(html.escape(text[pos:start]))
        out.append(open_ + html.escape(text[start:end]) + close)
        pos = end
    out.append(html.escape(text[pos:p1]))
    before = text[appearance.context_start : p0].strip()
    after = text[p1 : appearance.context_end].strip()
    parts = []
    if before:
        parts.append(f"<p class='fc-dim'>{html.escape(before)}</p>")
    parts.append(f"<p>{''.join(out)}</p>")
    if after:
        parts.append(f"<p class='fc-dim'>{html.escape(after)}</p>")
    return "<div class='fc-context'>" + "".join(parts).replace("\n", "<br>") + "</div>"


def history_line(r) -> str:  # noqa: ANN001
    """Return one review (decision, speaker fix or undo) as a markdown line."""
    when = r.created_at.strftime("%Y-%m-%d %H:%M")
    who = md(r.reviewer)
    if r.action == "speaker":
        change = (
            f"speaker **{md(r.from_speaker or 'unknown')}** → **{md(r.to_speaker or 'unknown')}**"
        )
    elif r.action == "undo":
        change = f"undo: {r.from_status} → {r.to_status}"
        if r.from_speaker != r.to_speaker:
            change = (
                f"undo: speaker {md(r.from_speaker or 'unknown')} → {md(r.to_speaker or 'unknown')}"
            )
    else:
        change = f"{r.from_status} → {r.to_status}"
    line = f"`{when}` **{who}** · {change}"
    if r.note:
        line += f" — _{md(r.note)}_"
    if r.evidence_url:
        line += " · " + evidence_link(r.evidence_url)
    return line


def styled(columns: dict[str, list], status_column: str):  # noqa: ANN201
    """Return ``columns`` as a table whose status column is coloured by status."""
    import pandas as pd  # Streamlit's own dependency

    colours = {mark: STATUS_HEX[s] for s, mark in STATUS_MARK.items()}
    frame = pd.DataFrame(columns)
    return frame.style.map(
        lambda v: f"color: {colours.get(v, 'inherit')}; font-weight: 600", subset=[status_column]
    )


def evidence_link(url: str) -> str:
    """Return a markdown link for a web address, or the text itself for anything else."""
    url = url.strip()
    if url.lower().startswith(("http://", "https://")) and not any(c in url for c in " )]"):
        return f"[evidence]({url})"
    return f"evidence: {md(url)}"
