"""factcheck dashboard: entry point. Run with `factcheck dashboard`."""

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `streamlit run` from anywhere

from dashboard import state  # noqa: E402
from dashboard.pages_review import review_page  # noqa: E402

st.set_page_config(page_title="factcheck", page_icon="🔎", layout="wide")

with st.sidebar:
    st.markdown("### 🔎 factcheck")
    st.text_input("Your name (reviewer)", key="reviewer", placeholder="e.g. Ana Ruiz")
    if not state.reviewer():
        st.caption("Give your name to record decisions.")

page = st.navigation([st.Page(review_page, title="Review queue", icon="🗂️", default=True)])
state.show_flash()
page.run()
