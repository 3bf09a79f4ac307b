"""factcheck: find quoted statements in news articles, attribute them, and review them."""

__version__ = "0.1.0"
