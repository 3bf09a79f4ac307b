"""Parsing core: pure functions from article text to quote records.

Imports only the standard library and nltk: no database, no Streamlit.
"""

from factcheck.parsing.model import Kind, Quote
from factcheck.parsing.quotes import PARSER_VERSION, extract_quotes

__all__ = ["PARSER_VERSION", "Kind", "Quote", "extract_quotes"]
