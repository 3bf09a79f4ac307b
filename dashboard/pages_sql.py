"""SQL: read-only queries over the claim database, for analysts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import state
from factcheck import exporters
from factcheck.errors import FactcheckError
from factcheck.services import query

EXAMPLES = {
    "Verified quotes by speaker": (
        "SELECT speaker, count(*) AS quotes\nFROM verified_quotes\n"
        "GROUP BY speaker\nORDER BY quotes DESC"
    ),
    "Claims per status": "SELECT status, count(DISTINCT claim_id) AS claims\nFROM claims\n"
    "GROUP BY status",
    "Latest decisions": "SELECT claim_id, reviewer, status, reviewed_at, quote\nFROM claims\n"
    "WHERE reviewed_at IS NOT NULL\nORDER BY reviewed_at DESC\nLIMIT 20",
    "Review history": "SELECT claim_id, reviewer, from_status, to_status, created_at, note\n"
    "FROM review\nORDER BY id DESC\nLIMIT 50",
}
MAX_ROWS = 5000


def _use_example() -> None:
    st.session_state["sql_text"] = EXAMPLES[st.session_state["sql_example"]]


def sql_page() -> None:
    st.title("SQL")
    st.caption(
        "Read-only: anything that would change the database is refused. Start with the views "
        "`claims` (one row per quote, with speaker, article and review) and `verified_quotes`; "
        "docs/SCHEMA.md describes every table."
    )
    with st.expander("Tables and views"):
        for name, kind, columns in query.describe_schema(engine=state.engine()):
            st.markdown(f"**{name}** ({kind}): " + ", ".join(f"`{c}`" for c in columns))
    st.session_state.setdefault("sql_text", EXAMPLES["Verified quotes by speaker"])
    st.selectbox(
        "Examples", list(EXAMPLES), key="sql_example", on_change=_use_example, index=None,
        placeholder="Start from an example…",
    )  # fmt: skip
    with st.form("sql_form"):
        sql = st.text_area("Query", key="sql_text", height=160)
        run = st.form_submit_button("▶ Run", type="primary")
    if run:
        st.session_state["sql_last"] = sql
    last = st.session_state.get("sql_last")
    if not last:
        return
    try:
        result = query.run_sql(engine=state.engine(), sql=last, max_rows=MAX_ROWS)
    except FactcheckError as exc:
        st.error(str(exc))
        return
    more = f" (only the first {MAX_ROWS})" if result.truncated else ""
    st.caption(f"{len(result.rows)} rows{more} in {result.elapsed_s * 1000:.0f} ms")
    frame = pd.DataFrame.from_records(result.rows, columns=result.columns)
    st.dataframe(frame, hide_index=True)
    st.download_button(
        "⬇️ Download CSV",
        data=lambda: exporters.table_to_csv(result.columns, result.rows).encode("utf-8-sig"),
        file_name="query.csv",
        mime="text/csv",
        key="sql_download",
        on_click="ignore",
    )
