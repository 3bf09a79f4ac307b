"""factcheck dashboard: entry point. Run with `factcheck dashboard`."""

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `streamlit run` from anywhere

from dashboard import nav, state, ui  # noqa: E402

st.set_page_config(page_title="factcheck", page_icon=":material/fact_check:", layout="wide")
ui.style()

with st.sidebar:
    st.markdown("### :material/fact_check: factcheck")
    state.reviewer_box()

page = st.navigation(nav.all_pages())
state.show_flash()
page.run()
