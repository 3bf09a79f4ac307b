"""The reviewers' Streamlit dashboard: thin pages over factcheck.services."""
