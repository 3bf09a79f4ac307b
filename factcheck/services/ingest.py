"""Ingest: read and parse articles, store them with their claims, never half an article.

Reading and parsing are pure and CPU-bound: for many inputs they run in worker processes
(``workers``), in chunks. Storing happens in the main process, a batch of articles per
transaction: a batch is committed whole or not at all, so an ingest killed at any moment
leaves every stored article with all its quotes, and running it again completes the work.

Reviews are never lost: a claim is keyed on its normalised text and parsed speaker, so the
same quote in a corrected version, a wire copy or a re-parse maps to the same claim and keeps
its status and history.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import sys
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from factcheck.errors import FactcheckError, InputError
from factcheck.parsing import PARSER_VERSION, extract_quotes
from factcheck.parsing import Quote as ParsedQuote
from factcheck.readers import (
    ARTICLE_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_BYTES,
    ArticleInput,
    format_of,
    iter_article_paths,
    iter_articles,
    read_file,
    read_path_bytes,
    split_jsonl,
)
from factcheck.storage import Article, Claim, Quote, Speaker, utcnow
from factcheck.words import counted

BATCH_SIZE = 50  # articles per transaction in a bulk ingest
POOL_MIN_TASKS = 16  # fewer inputs than this are parsed in-process: a pool costs ~0.2 s
CHUNK = 8  # articles per worker task (fewer round trips; small enough to share the work)
_IN_LIST = 500  # values per SQL IN (...) list
_RETRIES = 3


# --- results -------------------------------------------------------------------------------


@dataclass
class IngestResult:
    """What happened to one input: status is new, unchanged, updated or failed."""

    source: str
    status: str
    article_id: int | None = None
    quotes: int = 0
    message: str | None = None
    changes: ClaimChanges | None = None  # for "updated": claims kept, new and gone

    def line(self) -> str:
        """Return the one line the CLI prints for this input."""
        if self.status == "failed":
            return self.message or f"{self.source}: failed"
        extra = f" ({self.message})" if self.message else ""
        if self.status == "updated" and self.changes is not None:
            return f"{self.source}: {self.changes.describe()}{extra}"
        if self.status == "unchanged":
            return f"{self.source}: unchanged, already stored as article {self.article_id}{extra}"
        return f"{self.source}: {self.status}, {counted(self.quotes, 'quote')}{extra}"


@dataclass
class ClaimChanges:
    """How the claims of an article changed from one version (or parse) to the next."""

    version: int
    kept: int = 0
    kept_reviewed: int = 0
    new: int = 0
    gone: int = 0
    gone_reviewed: list[str] = field(default_factory=list)  # statuses of reviewed gone claims

    def describe(self) -> str:
        """Return e.g. "updated to version 2: 3 claims kept (1 reviewed), 1 new, 1 gone"."""
        gone = f"{self.gone} gone"
        if self.gone_reviewed:
            gone += f" (reviewed: {', '.join(sorted(self.gone_reviewed))})"
        return (
            f"updated to version {self.version}: {counted(self.kept, 'claim')} kept "
            f"({self.kept_reviewed} reviewed), {self.new} new, {gone}"
        )


@dataclass
class IngestSummary:
    """Counts over a whole ingest run."""

    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def quotes(self) -> int:
        return sum(r.quotes for r in self.results if r.status in ("new", "updated"))

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)

    def line(self) -> str:
        return (
            f"{self.count('new')} new, {self.count('unchanged')} unchanged, "
            f"{self.count('updated')} updated, {self.count('failed')} failed; "
            f"{counted(self.quotes, 'quote')} found"
        )


# --- identities ----------------------------------------------------------------------------


def content_hash(text: str) -> str:
    """Return the identity of an article's text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def claim_key(text: str, speaker: str | None) -> str:
    """Return the identity of a claim: its normalised words and its parsed speaker."""
    words = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    who = (speaker or "").casefold().strip()
    return hashlib.sha256(f"{words}\x1f{who}".encode("utf-8", "surrogatepass")).hexdigest()


# --- reading and parsing (runs in worker processes) ---------------------------------------


@dataclass(frozen=True)
class Task:
    """One input to read: a file path, a URL, or bytes already read (stdin, part of a batch)."""

    source: str
    kind: str = "path"  # path | url | bytes | jsonl (lines of a batch from first_line on) | none
    data: bytes | None = None
    first_line: int = 1


@dataclass
class Parsed:
    """An article read and parsed, ready to store; quotes is None when known unchanged."""

    article: ArticleInput
    digest: str
    quotes: list[ParsedQuote] | None


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = MAX_BYTES
    timeout: float = 20.0


_KNOWN: frozenset[str] = frozenset()  # content hashes already stored when the run began


def _init_worker(known: frozenset[str], in_pool: bool = False) -> None:
    global _KNOWN
    _KNOWN = known
    if in_pool:  # Ctrl-C is the main process's to handle: no traceback from every worker
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def parse_article(article: ArticleInput, known: frozenset[str] = frozenset()) -> Parsed:
    """Return ``article`` with its parsed quotes (skipped when its hash is in ``known``)."""
    if "\x00" in article.text:
        raise InputError(f"{article.source}: skipped, the text contains NUL characters")
    digest = content_hash(article.text)
    quotes = None if digest in known else checked(extract_quotes(article.text), article)
    return Parsed(article, digest, quotes)


class ParserBug(FactcheckError):
    """The parser returned a quote whose offsets do not match the article's text."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: failed, {reason}")
        self.reason = reason  # the problem without the source, for callers that name it


def checked(quotes: list[ParsedQuote], article: ArticleInput) -> list[ParsedQuote]:
    """Return ``quotes`` after checking every span against the text; raise ParserBug.

    The dashboard highlights quotes by their offsets: a wrong span must never be stored.
    """
    text, n = article.text, len(article.text)
    for q in quotes:
        ok = 0 <= q.start <= q.end <= n and text[q.start : q.end] == q.text
        if ok and q.speaker_start is not None:
            ok = q.speaker_end is not None and 0 <= q.speaker_start <= q.speaker_end <= n
        if not ok:
            raise ParserBug(
                article.source,
                f"parser {PARSER_VERSION} gave a quote at {q.start}-{q.end} that does not "
                "match the text; nothing stored",
            )
    return quotes


def prepare(task: Task, options: ReadOptions) -> list[Parsed | IngestResult]:
    """Read and parse one input: a Parsed per article, a failed IngestResult per problem."""
    if task.kind == "none":  # a folder with nothing to read
        message = f"{task.source}: skipped, {(task.data or b'').decode()}"
        return [IngestResult(task.source, "failed", message=message)]
    try:
        if task.kind == "url":
            from factcheck.fetch import fetch

            got = fetch(task.source, timeout=options.timeout, max_bytes=options.max_bytes)
            items = list(
                iter_articles(
                    got.data,
                    task.source,
                    max_bytes=options.max_bytes,
                    content_type=got.content_type,
                    url=got.url,
                )
            )
        elif task.kind == "bytes":
            items = list(iter_articles(task.data or b"", task.source, max_bytes=options.max_bytes))
        elif task.kind == "jsonl":
            items = list(
                iter_articles(
                    task.data or b"",
                    task.source,
                    max_bytes=options.max_bytes,
                    fmt="jsonl",
                    first_line=task.first_line,
                )
            )
        else:
            items = read_file(Path(task.source), options.max_bytes)
    except InputError as exc:
        return [IngestResult(task.source, "failed", message=str(exc))]
    out: list[Parsed | IngestResult] = []
    for item in items:
        if isinstance(item, InputError):
            out.append(IngestResult(_source_of(item, task.source), "failed", message=str(item)))
            continue
        try:
            out.append(parse_article(item, _KNOWN))
        except (InputError, ParserBug) as exc:
            out.append(IngestResult(item.source, "failed", message=str(exc)))
        except Exception as exc:  # noqa: BLE001 (a parser bug must cost one article, not the run)
            message = f"{item.source}: failed, the parser raised {type(exc).__name__}: {exc}"
            out.append(IngestResult(item.source, "failed", message=message.splitlines()[0]))
    return out


def work(tasks: list[Task]) -> int:
    """Return about how many articles ``tasks`` hold (a part of a batch counts its lines)."""
    return sum(t.data.count(b"\n") + 1 if t.kind == "jsonl" and t.data else 1 for t in tasks)


def _prepare_chunk(tasks: list[Task], options: ReadOptions) -> list[list[Parsed | IngestResult]]:
    return [prepare(t, options) for t in tasks]


def _source_of(error: InputError, default: str) -> str:
    head = str(error).split(": ", 1)[0]
    return head or default


def iter_prepared(
    tasks: list[Task],
    options: ReadOptions,
    *,
    workers: int,
    known: frozenset[str] = frozenset(),
) -> Iterator[list[Parsed | IngestResult]]:
    """Yield ``prepare(task)`` for each task in order; in worker processes when worthwhile."""
    if workers <= 1 or work(tasks) < POOL_MIN_TASKS:
        _init_worker(known)
        try:
            for task in tasks:
                yield prepare(task, options)
        finally:
            _init_worker(frozenset())
        return
    chunks: list[list[Task]] = [[]]
    for task in tasks:  # about CHUNK articles a chunk; a part of a batch is a chunk of its own
        if chunks[-1] and work(chunks[-1]) + work([task]) > CHUNK:
            chunks.append([])
        chunks[-1].append(task)
    window = workers * 4  # chunks in flight: keeps workers busy, bounds memory
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(known, True)) as pool:
        pending: deque[tuple[list[Task], Future]] = deque()
        todo = iter(chunks)
        broken = False
        try:
            for chunk in todo:
                pending.append((chunk, pool.submit(_prepare_chunk, chunk, options)))
                if len(pending) >= window:
                    done = _result(*pending[0], options)
                    pending.popleft()
                    yield from done
            while pending:
                done = _result(*pending[0], options)
                pending.popleft()
                yield from done
        except BrokenProcessPool:
            broken = True
        finally:
            for _chunk, fut in pending:
                fut.cancel()
    if broken:  # a worker died (killed, out of memory): finish the rest in this process
        _init_worker(known)
        for chunk, _fut in pending:
            yield from _prepare_chunk(chunk, options)
        for chunk in todo:
            yield from _prepare_chunk(chunk, options)


def _result(chunk: list[Task], fut: Future, options: ReadOptions) -> list:
    try:
        return fut.result()
    except BrokenProcessPool:
        raise
    except Exception:  # noqa: BLE001 (e.g. a result that cannot be pickled): redo it here
        return _prepare_chunk(chunk, options)


# --- storing (main process) ----------------------------------------------------------------


def _insert(session: Session, model):  # noqa: ANN001, ANN202
    """Return the dialect's INSERT for ``model`` (it has ON CONFLICT DO NOTHING)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model)


def _chunks(values: list, size: int = _IN_LIST) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _previous_version(session: Session, article: ArticleInput) -> tuple[int, int] | None:
    """Return (id, version) of the current stored article this one corrects, if any."""
    query = select(Article.id, Article.version).where(Article.is_current)
    if article.url:
        query = query.where(Article.url == article.url)
    elif article.title and article.publication:
        query = query.where(
            Article.title == article.title, Article.publication == article.publication
        )
    else:
        return None
    if session.get_bind().dialect.name == "postgresql":
        # Writers of the same story take turns until commit, so two corrections arriving at
        # once become versions 2 and 3, not two current articles. (SQLite has one writer.)
        identity = article.url or f"{article.title}\x1f{article.publication}"
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:identity, 0))"),
            {"identity": identity},
        )
    query = query.order_by(Article.version.desc()).limit(1)
    row = session.exec(query).first()
    return (row[0], row[1]) if row else None


def _claims_of(session: Session, article_id: int) -> set[int]:
    rows = session.exec(select(Quote.claim_id).where(Quote.article_id == article_id)).all()
    return set(rows)


def _is_reviewed(status: str, reviewed_by: str | None) -> bool:
    return status != "unverified" or reviewed_by is not None


def _status_of(session: Session, claim_ids: Iterable[int]) -> dict[int, tuple[str, bool]]:
    """Return claim id -> (status, reviewed) for ``claim_ids``."""
    out: dict[int, tuple[str, bool]] = {}
    for part in _chunks(sorted(claim_ids)):
        query = select(Claim.id, Claim.status, Claim.reviewed_by).where(Claim.id.in_(part))
        for cid, status, by in session.exec(query).all():
            out[cid] = (status, _is_reviewed(status, by))
    return out


def compare_claims(
    session: Session, before: set[int], after: set[int], version: int
) -> ClaimChanges:
    """Return how the claim set ``before`` became ``after`` (kept, new, gone and reviewed)."""
    status = _status_of(session, before | after)
    kept = before & after
    gone = before - after
    return ClaimChanges(
        version=version,
        kept=len(kept),
        kept_reviewed=sum(1 for c in kept if status.get(c, ("", False))[1]),
        new=len(after - before),
        gone=len(gone),
        gone_reviewed=[status[c][0] for c in gone if c in status and status[c][1]],
    )


def store_quotes_bulk(session: Session, items: list[tuple[int, list[ParsedQuote]]]) -> dict:
    """Add the parsed quotes of several articles; return article id -> set of claim ids.

    Speakers and claims are created as needed with INSERT ... ON CONFLICT DO NOTHING in key
    order, so concurrent writers neither duplicate them nor deadlock on them.
    """
    roles: dict[str, tuple[str | None, str]] = {}
    first_article: dict[str, int] = {}
    claim_rows: dict[str, dict] = {}
    for article_id, quotes in items:
        for q in quotes:
            if q.speaker and (q.speaker not in roles or roles[q.speaker][0] is None):
                roles[q.speaker] = (q.speaker_role, q.speaker_type or "unknown")
            key = claim_key(q.text, q.speaker)
            if key not in claim_rows:
                first_article[key] = article_id
                claim_rows[key] = {"q": q}
    speaker_ids = _ensure_speakers(session, roles)
    now = utcnow()
    claim_ids = _ensure_claims(
        session,
        {
            key: {
                "key": key,
                "text": row["q"].text,
                "kind": row["q"].kind,
                "speaker_id": speaker_ids.get(row["q"].speaker) if row["q"].speaker else None,
                "article_id": first_article[key],
                "confidence": row["q"].confidence,
                "status": "unverified",
                "version": 1,
                "created_at": now,
            }
            for key, row in claim_rows.items()
        },
    )
    quote_rows = []
    seen: set[tuple[int, int, int]] = set()
    per_article: dict[int, set[int]] = {}
    for article_id, quotes in items:
        per_article.setdefault(article_id, set())
        for q in quotes:
            cid = claim_ids[claim_key(q.text, q.speaker)]
            per_article[article_id].add(cid)
            if (article_id, cid, q.start) in seen:
                continue  # the parser reported one quote twice; the table keeps it once
            seen.add((article_id, cid, q.start))
            quote_rows.append(
                {
                    "claim_id": cid,
                    "article_id": article_id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "speaker_id": speaker_ids.get(q.speaker) if q.speaker else None,
                    "speaker_mention": q.speaker_mention,
                    "speaker_start": q.speaker_start,
                    "speaker_end": q.speaker_end,
                    "cue": q.cue,
                    "rule": q.rule,
                    "confidence": q.confidence,
                }
            )
    if quote_rows:
        session.execute(sa.insert(Quote), quote_rows)
    return per_article


def _ensure_speakers(session: Session, roles: dict[str, tuple[str | None, str]]) -> dict:
    names = sorted(roles)
    found: dict[str, tuple[int, str | None]] = {}
    for part in _chunks(names):
        query = select(Speaker.name, Speaker.id, Speaker.description).where(Speaker.name.in_(part))
        found.update({n: (i, d) for n, i, d in session.exec(query).all()})
    missing = [n for n in names if n not in found]
    if missing:
        rows = [{"name": n, "description": roles[n][0], "kind": roles[n][1]} for n in missing]
        for part in _chunks(rows):
            stmt = _insert(session, Speaker).on_conflict_do_nothing(index_elements=["name"])
            session.execute(stmt, part)
        for part in _chunks(missing):
            query = select(Speaker.name, Speaker.id, Speaker.description).where(
                Speaker.name.in_(part)
            )
            found.update({n: (i, d) for n, i, d in session.exec(query).all()})
    for name, (sid, description) in found.items():
        if description is None and roles[name][0]:
            session.execute(
                sa.update(Speaker)
                .where(Speaker.id == sid, Speaker.description.is_(None))
                .values(description=roles[name][0])
            )
    return {n: i for n, (i, _d) in found.items()}


def _ensure_claims(session: Session, rows: dict[str, dict]) -> dict[str, int]:
    keys = sorted(rows)
    found: dict[str, int] = {}
    for part in _chunks(keys):
        found.update(session.exec(select(Claim.key, Claim.id).where(Claim.key.in_(part))).all())
    missing = [rows[k] for k in keys if k not in found]
    if missing:
        for part in _chunks(missing):
            stmt = _insert(session, Claim).on_conflict_do_nothing(index_elements=["key"])
            session.execute(stmt, part)
        for part in _chunks([r["key"] for r in missing]):
            query = select(Claim.key, Claim.id).where(Claim.key.in_(part))
            found.update(session.exec(query).all())
    return found


def _store_batch(session: Session, batch: list[Parsed]) -> list[IngestResult]:
    """Store ``batch`` in the session's transaction (the caller commits); return results."""
    digests = sorted({p.digest for p in batch})
    stored: dict[str, int] = {}
    for part in _chunks(digests):
        query = select(Article.content_hash, Article.id).where(Article.content_hash.in_(part))
        stored.update(session.exec(query).all())
    results: list[IngestResult] = []
    to_store: list[tuple[int, list[ParsedQuote]]] = []
    updates: list[tuple[int, int, int]] = []  # (result index, previous id, version)
    now = utcnow()
    for p in batch:
        a = p.article
        if p.digest in stored:
            results.append(IngestResult(a.source, "unchanged", stored[p.digest], message=a.warning))
            continue
        try:
            quotes = p.quotes if p.quotes is not None else checked(extract_quotes(a.text), a)
        except ParserBug as exc:
            results.append(IngestResult(a.source, "failed", message=str(exc)))
            continue
        previous = _previous_version(session, a)
        stmt = (
            _insert(session, Article)
            .values(
                content_hash=p.digest,
                title=a.title,
                publication=a.publication,
                byline=a.byline,
                published=a.published,
                url=a.url,
                source=a.source,
                text=a.text,
                version=previous[1] + 1 if previous else 1,
                previous_id=previous[0] if previous else None,
                is_current=True,
                parser_version=PARSER_VERSION,
                ingested_at=now,
            )
            .on_conflict_do_nothing(index_elements=["content_hash"])
            .returning(Article.id)
        )
        article_id = session.execute(stmt).scalar()
        if article_id is None:  # another writer stored the same text a moment ago
            article_id = session.exec(
                select(Article.id).where(Article.content_hash == p.digest)
            ).one()
            stored[p.digest] = article_id
            results.append(IngestResult(a.source, "unchanged", article_id, message=a.warning))
            continue
        stored[p.digest] = article_id
        if previous:
            session.execute(
                sa.update(Article).where(Article.id == previous[0]).values(is_current=False)
            )
            updates.append((len(results), previous[0], previous[1] + 1))
        status = "updated" if previous else "new"
        results.append(IngestResult(a.source, status, article_id, len(quotes), a.warning))
        to_store.append((article_id, quotes))
    per_article = store_quotes_bulk(session, to_store) if to_store else {}
    for index, previous_id, version in updates:
        result = results[index]
        before = _claims_of(session, previous_id)
        result.changes = compare_claims(
            session, before, per_article.get(result.article_id, set()), version
        )
    return results


def store_batch(engine: Engine, batch: list[Parsed]) -> list[IngestResult]:
    """Store ``batch`` in one transaction; on a database error retry article by article.

    An article is never stored half-way: its row, claims and quotes commit together.
    """
    if not batch:
        return []
    error: Exception | None = None
    for attempt in range(_RETRIES if len(batch) == 1 else 1):
        with Session(engine) as session:
            try:
                results = _store_batch(session, batch)
                session.commit()
                return results
            except sa.exc.DBAPIError as exc:  # deadlock, lock timeout, serialisation
                session.rollback()
                error = exc
        time.sleep(0.05 * (attempt + 1))
    if len(batch) > 1:
        return [r for p in batch for r in store_batch(engine, [p])]
    first = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    source = batch[0].article.source
    return [IngestResult(source, "failed", message=f"{source}: failed, database error: {first}")]


def ingest_article(*, session: Session, article: ArticleInput) -> IngestResult:
    """Parse ``article`` and store it with its claims; commit once; return what happened.

    The same text again changes nothing. A text with the URL (or title and publication) of a
    stored article becomes its new version; claims keep their reviews wherever the quote and
    its speaker are still there, because a claim is keyed on its text and speaker.
    """
    [result] = _store_batch(session, [parse_article(article)])
    session.commit()
    return result


def known_hashes(engine: Engine, limit: int = 200_000) -> frozenset[str]:
    """Return the content hashes already stored (empty when there are more than ``limit``)."""
    with Session(engine) as session:
        count = session.exec(select(sa.func.count()).select_from(Article)).one()
        if count == 0 or count > limit:
            return frozenset()
        return frozenset(session.exec(select(Article.content_hash)).all())


# --- the whole run -------------------------------------------------------------------------


JSONL_SPLIT = 256 * 1024  # a bigger JSON Lines batch is parsed in parts, by several workers


def make_tasks(
    sources: Iterable[str | Path],
    *,
    stdin: Callable[[], bytes] | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[Task]:
    """Return the Tasks for ``sources``: files (folders walked), URLs, ``-`` (standard input).

    A big JSON Lines batch becomes several tasks of whole lines, so workers share it.
    """
    tasks: list[Task] = []
    files: list[str | Path] = []

    def flush() -> None:
        for raw in files:
            found = list(iter_article_paths([raw]))
            if not found and Path(raw).is_dir():
                kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                tasks.append(Task(str(raw), "none", f"no {kinds} files in the folder".encode()))
            for path in found:
                tasks.extend(_file_tasks(path, max_bytes))
        files.clear()

    for raw in sources:
        value = str(raw)
        if value == "-":
            flush()
            data = stdin() if stdin else sys.stdin.buffer.read()
            big = JSONL_SPLIT < len(data) <= max_bytes
            if big and format_of("<stdin>", data) == "jsonl":
                tasks.extend(_jsonl_tasks("<stdin>", data))
            else:
                tasks.append(Task("<stdin>", "bytes", data))
        elif value.lower().startswith(("http://", "https://")):
            flush()
            tasks.append(Task(value, "url"))
        else:
            files.append(raw)
    flush()
    return tasks


def _file_tasks(path: Path, max_bytes: int) -> list[Task]:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return [Task(str(path))]
    try:
        size = path.stat().st_size
        if size <= JSONL_SPLIT or size > max_bytes:
            return [Task(str(path))]  # small, or refused by the worker with one clear line
        return _jsonl_tasks(str(path), read_path_bytes(path, max_bytes))
    except (OSError, InputError):
        return [Task(str(path))]  # the worker reports the problem


def _jsonl_tasks(source: str, data: bytes) -> list[Task]:
    return [Task(source, "jsonl", part, first) for first, part in split_jsonl(data)]


def default_workers() -> int:
    """Return the number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ingest_tasks(
    engine: Engine,
    tasks: list[Task],
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = 20.0,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> Iterator[IngestResult]:
    """Ingest ``tasks``; yield one result per article or failed input, in input order.

    ``progress(n)`` is called with the number of inputs done after each stored batch.
    """
    options = ReadOptions(max_bytes=max_bytes, timeout=timeout)
    workers = default_workers() if workers is None else max(1, workers)
    small = work(tasks) < POOL_MIN_TASKS
    known = known_hashes(engine) if not small else frozenset()
    pending: list[Parsed | IngestResult] = []
    done = 0

    def flush() -> Iterator[IngestResult]:
        parsed = [p for p in pending if isinstance(p, Parsed)]
        stored: list[IngestResult] = []
        for i in range(0, len(parsed), batch_size):
            stored.extend(store_batch(engine, parsed[i : i + batch_size]))
        results = iter(stored)
        for item in pending:
            yield next(results) if isinstance(item, Parsed) else item
        pending.clear()
        if progress is not None:
            progress(done)

    for items in iter_prepared(tasks, options, workers=workers, known=known):
        pending.extend(items)
        done += 1
        # a small run stores each input at once, so the user sees it line by line
        if small or sum(1 for p in pending if isinstance(p, Parsed)) >= batch_size:
            yield from flush()
    yield from flush()


def ingest_paths(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    max_bytes: int | None = None,
    workers: int | None = None,
    timeout: float = 20.0,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> Iterator[IngestResult]:
    """Ingest every article under ``paths`` (files, folders, URLs, ``-``); never stop early.

    Yields one result per article (a JSON Lines file gives several) or per failed input.
    """
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    try:
        tasks = make_tasks(paths, max_bytes=max_bytes)
    except FactcheckError as exc:
        yield IngestResult("", "failed", message=str(exc))
        return
    yield from ingest_tasks(
        engine,
        tasks,
        max_bytes=max_bytes,
        timeout=timeout,
        workers=workers,
        batch_size=batch_size,
        progress=progress,
    )
