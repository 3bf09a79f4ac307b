"""Services: the operations users perform, called by the CLI, the dashboard and the tests."""

from factcheck.services.claims import (
    ClaimDetail,
    ClaimFilter,
    ClaimRow,
    articles,
    claim_detail,
    count_claims,
    list_claims,
    paragraph_bounds,
    speaker_names,
    status_counts,
)
from factcheck.services.ingest import (
    IngestResult,
    IngestSummary,
    claim_key,
    ingest_article,
    ingest_paths,
)
from factcheck.services.review import (
    claim_history,
    get_claim,
    review_claim,
    set_speaker,
    undo_last,
)

__all__ = [
    "ClaimDetail",
    "ClaimFilter",
    "ClaimRow",
    "IngestResult",
    "IngestSummary",
    "articles",
    "claim_detail",
    "claim_history",
    "claim_key",
    "count_claims",
    "get_claim",
    "ingest_article",
    "ingest_paths",
    "list_claims",
    "paragraph_bounds",
    "review_claim",
    "set_speaker",
    "speaker_names",
    "status_counts",
    "undo_last",
]
