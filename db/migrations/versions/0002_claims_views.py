"""views for analysts: claims and verified_quotes; index for speaker lookups

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 04:30:00

`claims` has one row per quote (one appearance of a claim in one article) with the speaker,
article and review columns an analyst needs; `verified_quotes` is its verified rows. Plain SQL
that SQLite and PostgreSQL both accept, so the views also work when the SQLite file is opened
with the `sqlite3` module or the sqlite3 shell.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CLAIMS_VIEW = """
CREATE VIEW claims AS
SELECT
    q.id AS quote_id,
    c.id AS claim_id,
    q.text AS quote,
    c.text AS claim_text,
    c.kind AS kind,
    c.status AS status,
    s.name AS speaker,
    s.description AS speaker_role,
    a.id AS article_id,
    a.title AS article_title,
    a.publication AS publication,
    a.published AS published,
    a.url AS article_url,
    a.is_current AS article_is_current,
    c.reviewed_by AS reviewer,
    c.reviewed_at AS reviewed_at,
    c.note AS note,
    c.evidence_url AS evidence_url,
    q.start AS start_offset,
    q."end" AS end_offset,
    q.speaker_mention AS speaker_mention,
    q.cue AS cue,
    c.confidence AS confidence,
    c.version AS version
FROM quote AS q
JOIN claim AS c ON c.id = q.claim_id
JOIN article AS a ON a.id = q.article_id
LEFT JOIN speaker AS s ON s.id = c.speaker_id
"""

VERIFIED_VIEW = """
CREATE VIEW verified_quotes AS
SELECT * FROM claims WHERE status = 'verified'
"""


def upgrade() -> None:
    # the speaker filter of the bench: speaker.name is unique-indexed, claim.speaker_id and
    # quote.claim_id are indexed by 0001; this one serves "claims by speaker, by status"
    op.create_index("ix_claim_speaker_status", "claim", ["speaker_id", "status"])
    op.execute(CLAIMS_VIEW)
    op.execute(VERIFIED_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS verified_quotes")
    op.execute("DROP VIEW IF EXISTS claims")
    op.drop_index("ix_claim_speaker_status", table_name="claim")
