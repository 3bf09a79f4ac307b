"""AppTest wrapper: the SQL page alone (app.py registers it in the navigation)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard.pages_sql import sql_page  # noqa: E402

sql_page()
