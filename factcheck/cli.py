"""The factcheck command line: thin commands over the service functions."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click
from sqlmodel import Session

from factcheck import exporters, services
from factcheck.config import database_url
from factcheck.errors import FactcheckError
from factcheck.exporters import GROUP_BY
from factcheck.parsing import extract_quotes
from factcheck.readers import iter_article_paths, read_file
from factcheck.services import export as export_service
from factcheck.services import query as query_service
from factcheck.services.export import EXPORT_FORMATS
from factcheck.services.query import DEFAULT_TIMEOUT_S
from factcheck.storage import STATUSES, open_database
from factcheck.words import counted


def db_option(func):  # noqa: ANN001, ANN201
    """Add ``--db URL`` (else $FACTCHECK_DB, else the embedded SQLite file)."""

    @click.option(
        "--db",
        "db_url",
        metavar="URL",
        default=None,
        help="Database URL (default: $FACTCHECK_DB or sqlite:///db/factcheck.sqlite).",
    )
    @functools.wraps(func)
    def wrapper(*args, db_url=None, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return func(*args, db_url=database_url(db_url), **kwargs)

    return wrapper


@contextlib.contextmanager
def _session(url: str) -> Iterator[Session]:
    """Open a session on the database; a FactcheckError inside becomes a one-line error."""
    with Session(_engine(url)) as session:
        try:
            yield session
        except FactcheckError as exc:
            raise click.ClickException(str(exc)) from None


def _engine(url: str):  # noqa: ANN202
    try:
        return open_database(url)
    except FactcheckError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Find quoted statements in news articles, attribute them, and review them."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Parse files or folders (text, HTML, JSON Lines) and print their quotes; no database.

    Example: factcheck extract fixtures/articles --format table
    """
    failed = False
    for path in iter_article_paths(paths):
        for article in read_file(path):
            if isinstance(article, FactcheckError):
                click.echo(str(article), err=True)
                failed = True
                continue
            if article.warning:
                click.echo(f"{article.source}: {article.warning}", err=True)
            for q in extract_quotes(article.text):
                if fmt == "jsonl":
                    record = {"source": article.source, **q.to_dict()}
                    click.echo(json.dumps(record, ensure_ascii=False))
                else:
                    who = q.speaker or "?"
                    text = q.text if len(q.text) <= 70 else q.text[:67] + "..."
                    click.echo(f"{q.start:>6}  {q.kind:<8}  {who:<22.22}  {text}")
    if failed:
        sys.exit(1)


def _progress_option(func):  # noqa: ANN001, ANN201
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Show count, rate and time left on stderr (default: when stderr is a terminal).",
    )(func)


def _workers_option(func):  # noqa: ANN001, ANN201
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Parser processes (default: the number of CPUs; small runs use none).",
    )(func)


def _meter(show: bool | None, total: int, unit: str):  # noqa: ANN202
    from factcheck.progress import Progress

    if show is None:
        show = sys.stderr.isatty()
    return Progress(total, unit=unit) if show else None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=20,
    show_default=True,
    metavar="MB",
    help="Skip inputs larger than this many megabytes.",
)
@click.option("--timeout", type=float, default=20, show_default=True, metavar="S", help="For URLs.")
@_workers_option
@_progress_option
@db_option
def ingest(
    paths: tuple[str, ...],
    max_size: float,
    timeout: float,
    workers: int | None,
    progress: bool | None,
    db_url: str,
) -> None:
    """Parse articles and store them; the same article again changes nothing.

    PATHS are files, folders (searched for .txt, .html, .htm, .jsonl), http(s) URLs, or - for
    standard input. A corrected article (same URL, or same headline and publication) becomes a
    new version and keeps every review whose quote is still there.

    Example: factcheck ingest fixtures/articles https://example.org/story.html
    """
    engine = _engine(db_url)
    max_bytes = int(max_size * 1024 * 1024)
    tasks = services.make_tasks(paths, max_bytes=max_bytes)
    meter = _meter(progress, len(tasks), "inputs")
    summary = services.IngestSummary()
    try:
        for result in services.ingest_tasks(
            engine,
            tasks,
            max_bytes=max_bytes,
            timeout=timeout,
            workers=workers,
            progress=meter,
        ):
            summary.results.append(result)
            if meter is not None:
                meter.clear()
            click.echo(result.line(), err=result.status == "failed")
            if meter is not None:
                meter.redraw()
    except KeyboardInterrupt:
        if meter is not None:
            meter.close()
        click.echo(summary.line())
        click.echo(
            "interrupted: every article listed above is stored whole; "
            "run the same command again to finish",
            err=True,
        )
        sys.exit(130)
    finally:
        if meter is not None:
            meter.close()
    click.echo(summary.line())
    with Session(engine) as session:
        stale = len(services.outdated_articles(session=session))
    if stale:
        click.echo(
            f"{stale} stored article{'s were' if stale != 1 else ' was'} read by an older parser: "
            f"run `factcheck reparse` to update {'them' if stale != 1 else 'it'} (reviews are kept)"
        )
    if summary.failed:
        sys.exit(1)


@main.command()
@click.option("--all", "everything", is_flag=True, help="Re-parse every article.")
@_workers_option
@_progress_option
@db_option
def reparse(everything: bool, workers: int | None, progress: bool | None, db_url: str) -> None:
    """Re-parse stored articles made by an older parser; reviews are kept.

    Quotes are replaced; a quote still found keeps its claim and review. Claims no longer
    found are listed, and kept when anyone reviewed them.

    Example: factcheck reparse --all
    """
    engine = _engine(db_url)
    with Session(engine) as session:
        total = len(services.outdated_articles(session=session, everything=everything))
    meter = _meter(progress, total, "articles")
    counts = {"reparsed": 0, "failed": 0}
    quotes = gone = 0
    try:
        for result in services.reparse_articles(
            engine, everything=everything, workers=workers, progress=meter
        ):
            counts[result.status] += 1
            quotes += result.quotes
            gone += result.changes.gone if result.changes else 0
            if meter is not None:
                meter.clear()
            click.echo(result.line(), err=result.status == "failed")
            if meter is not None:
                meter.redraw()
    finally:
        if meter is not None:
            meter.close()
    click.echo(
        f"{counts['reparsed']} reparsed, {counts['failed']} failed; "
        f"{counted(quotes, 'quote')} found, {counted(gone, 'claim')} gone"
    )
    if counts["failed"]:
        sys.exit(1)


@main.command()
@click.argument("claim_id", type=int)
@click.option("--status", type=click.Choice(STATUSES), required=True)
@click.option("--reviewer", required=True, help="Who decides.")
@click.option("--note", default=None)
@click.option("--evidence", default=None, metavar="URL")
@click.option(
    "--expect-version",
    type=int,
    default=None,
    help="Refuse the decision if the claim is no longer at this version (shared desks).",
)
@db_option
def review(
    claim_id: int,
    status: str,
    reviewer: str,
    note: str | None,
    evidence: str | None,
    expect_version: int | None,
    db_url: str,
) -> None:
    """Record a decision on a claim; it is kept in the claim's history.

    Example: factcheck review 12 --status verified --reviewer "Ana Ruiz" --note "CCTV video"
    """
    with _session(db_url) as session:
        claim = services.review_claim(
            session=session,
            claim_id=claim_id,
            status=status,
            reviewer=reviewer,
            note=note,
            evidence_url=evidence,
            expected_version=expect_version,
        )
        click.echo(f"claim {claim.id}: {claim.status} by {claim.reviewed_by}")


@main.command()
@click.argument("claim_id", type=int)
@db_option
def history(claim_id: int, db_url: str) -> None:
    """Print every decision recorded on a claim, oldest first.

    Example: factcheck history 12
    """
    with _session(db_url) as session:
        services.get_claim(session=session, claim_id=claim_id)
        for r in services.claim_history(session=session, claim_id=claim_id):
            when = r.created_at.strftime("%Y-%m-%d %H:%M")
            change = (
                f"speaker {r.from_speaker or '?'} -> {r.to_speaker or '?'}"
                if r.action == "speaker"
                else f"{r.from_status} -> {r.to_status}"
            )
            note = f"  ({r.note})" if r.note else ""
            click.echo(f"{when}  {r.reviewer}  {r.action}: {change}{note}")


@main.command()
@click.option(
    "--status",
    "statuses",
    type=click.Choice(STATUSES),
    multiple=True,
    default=("verified",),
    show_default=True,
    help="Claims with this status (repeat for several).",
)
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--article", "article_id", type=int, metavar="ID", help="Only this article.")
@click.option("--speaker", metavar="NAME", help="Only this speaker (exact name).")
@click.option("--since", metavar="DATE", help="Reviewed on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Reviewed on or before DATE (YYYY-MM-DD).")
@click.option("--group-by", type=click.Choice(GROUP_BY), default="article", show_default=True)
@click.option("--title", help="Heading of the Markdown and HTML sheets.")
@click.option(
    "--review-url",
    metavar="URL",
    help="Where the desk publishes reviews, for ClaimReview `url` ({claim_id} is replaced).",
)
@db_option
def export(
    statuses: tuple[str, ...],
    fmt: str,
    output: str | None,
    article_id: int | None,
    speaker: str | None,
    since: str | None,
    until: str | None,
    group_by: str,
    title: str | None,
    review_url: str | None,
    db_url: str,
) -> None:
    """Print (or write) a quote sheet of reviewed claims: CSV, JSON, Markdown, HTML, ClaimReview.

    Example: factcheck export --status verified --format html -o verified.html
    """
    with _session(db_url) as session:
        text = export_service.export_sheet(
            session=session,
            fmt=fmt,
            statuses=statuses,
            article_id=article_id,
            speaker=speaker,
            since=since,
            until=until,
            group_by=group_by,
            title=title,
            review_url=review_url,
        )
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_bytes(export_service.encode_sheet(text, fmt))
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write the file ({exc.strerror})") from None
    click.echo(f"{output}: {fmt} sheet written", err=True)


@main.command()
@click.argument("sql")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--max-rows", default=1000, show_default=True, type=int, help="Print at most N rows (0: all)."
)
@click.option(
    "--timeout", default=DEFAULT_TIMEOUT_S, show_default=True, type=float, help="Seconds."
)
@db_option
def sql(sql: str, fmt: str, max_rows: int, timeout: float, db_url: str) -> None:
    """Run one read-only SQL query (SELECT, WITH ... SELECT) and print the rows.

    Anything that would change the database is refused. The views `claims` and
    `verified_quotes` are the easiest start; docs/SCHEMA.md describes every table.
    The table format cuts long cells; --format csv or json gives them whole.

    Example: factcheck sql "SELECT speaker, count(*) FROM verified_quotes GROUP BY speaker"
    """
    engine = _engine(db_url)
    try:
        result = query_service.run_sql(
            engine=engine, sql=sql, max_rows=max_rows or None, timeout_s=timeout
        )
    except FactcheckError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "csv":
        click.echo(exporters.table_to_csv(result.columns, result.rows), nl=False)
    elif fmt == "json":
        click.echo(exporters.table_to_json(result.columns, result.rows), nl=False)
    else:
        click.echo(exporters.table_to_text(result.columns, result.rows), nl=False)
    if result.truncated:
        click.echo(f"(only the first {max_rows} rows; use --max-rows to see more)", err=True)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--worst", default=0, show_default=True, help="Also list the N worst misses.")
def evaluate(gold: str, worst: int) -> None:
    """Score the extractor on a gold JSONL file (quote recall, precision, speakers).

    Example: factcheck evaluate fixtures/gold/sco_summit_astana.jsonl --worst 10
    """
    from factcheck.evaluation import evaluate as run
    from factcheck.evaluation import format_report, load_gold

    click.echo(format_report(run(load_gold(gold)), worst=worst))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8501, show_default=True, type=int)
@db_option
def dashboard(host: str, port: int, db_url: str) -> None:
    """Start the reviewers' dashboard (Streamlit) on HOST:PORT.

    Example: factcheck dashboard --port 8501
    """
    _engine(db_url)  # fail here, in one line, if the database cannot be used
    app = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
    click.echo(f"factcheck dashboard on http://{host}:{port}  (database: {db_url})")
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.address", host,
        "--server.port", str(port),
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
    ]  # fmt: skip
    sys.stdout.flush()
    # become the Streamlit server, so stopping this process stops the server and frees the port
    os.execve(sys.executable, cmd, {**os.environ, "FACTCHECK_DB": db_url})


if __name__ == "__main__":
    main()
