"""REST routes under /api. Reads are open; writes need the start-up token (``Authorization: Bearer``)."""

from __future__ import annotations

import secrets
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, StreamingResponse
from pydantic import BaseModel, Field

from rashomon.errors import UsageError
from rashomon.interfaces.api import index_for_request
from rashomon.interfaces.api.queries import StoryFilters, cached_summaries, entity_name, parse_date
from rashomon.interfaces.cli.common import to_jsonable

router = APIRouter(prefix="/api")

_MEDIA_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8", "md": "text/markdown; charset=utf-8"}


def store_of(request: Request):
    return request.app.state.store


def require_token(request: Request) -> None:
    """Writes need the token the server was started with; without one the server is read-only."""
    expected = request.app.state.token
    if expected is None:
        raise HTTPException(403, "this server is read-only: start it with --token (or RASHOMON_TOKEN) to allow changes")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), expected.encode()):
        raise HTTPException(
            401, "missing or wrong token: send the server's token as 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def fresh_story_service(store):
    """The store's story service with its in-memory index rebuilt from the store.

    Other processes (``rashomon ingest``, ``rashomon watch``) change stories
    while the server runs, so a correction starts from what the store holds now.
    """
    from rashomon.stories import story_service

    service = story_service(store)
    service.forget_index()
    service.clusterer  # noqa: B018 - loads the index before the correction changes the store
    return service


# --------------------------------------------------------------------------- bodies


def _check_url(url: str) -> None:
    """A 400 naming the URL unless it is a well-formed http(s) URL."""
    from rashomon.sources import url_problem

    problem = url_problem(url)
    if problem:
        raise UsageError(f"{url!r}: {problem}")


class UrlBody(BaseModel):
    url: str = Field(max_length=2048, description="An http(s) URL")


class PruneBody(BaseModel):
    before: str = Field(description="ISO 8601 date: articles published (or, undated, ingested) before it are deleted")


class MergeBody(BaseModel):
    ids: list[str] = Field(min_length=2, description="IDs to merge; the first one survives")


class SplitBody(BaseModel):
    article_ids: list[str] = Field(min_length=1, description="Articles that leave the story for a new one")


class MoveBody(BaseModel):
    story_id: str = Field(description="The story the article belongs in")


# --------------------------------------------------------------------------- stories


@router.get("/stories", summary="Stories, newest first, with filters")
def list_stories(
    request: Request,
    language: str | None = None,
    source: str | None = None,
    entity: str | None = None,
    since: str | None = Query(None, description="ISO date: stories seen on or after"),
    until: str | None = Query(None, description="ISO date: stories first seen on or before"),
    limit: int = 50,
    offset: int = 0,
):
    filters = StoryFilters(
        language, source, entity, parse_date(since, "since"), parse_date(until, "until"), limit, offset
    )
    return [
        {
            **to_jsonable(summary.story),
            "headline": summary.headline,
            "entity_names": [entity_name(e) for e in summary.entities],
            "growth": summary.growth,
            "path": f"/stories/{summary.story.id}",
        }
        for summary in cached_summaries(request, filters)
    ]


@router.get("/stories/{story_id}", summary="One story: articles, claims, timeline, quotes, entities")
def get_story(request: Request, story_id: str, reader_language: str | None = None):
    from rashomon.export import story_dossier

    return to_jsonable(story_dossier(store_of(request), story_id, reader_language))


@router.get("/stories/{story_id}/export", summary="One story as a JSON, CSV or Markdown file")
def export_story(request: Request, story_id: str, format: Literal["json", "csv", "md"] = "json"):  # noqa: A002
    from rashomon.export import export_story as render, story_dossier

    body = render(story_dossier(store_of(request), story_id), format)
    filename = f"story-{story_id}.{format}"
    return PlainTextResponse(
        body, media_type=_MEDIA_TYPES[format], headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.post("/stories/merge", dependencies=[Depends(require_token)], summary="Merge stories into the first")
def merge_stories(request: Request, body: MergeBody):
    service = fresh_story_service(store_of(request))
    survivor = body.ids[0]
    for absorbed in body.ids[1:]:
        survivor = service.merge(survivor, absorbed)
    request.app.state.cache.clear()
    return to_jsonable(store_of(request).get_story(survivor))


@router.post("/stories/{story_id}/split", dependencies=[Depends(require_token)], summary="Split articles off into a new story")
def split_story(request: Request, story_id: str, body: SplitBody):
    new_id = fresh_story_service(store_of(request)).split(story_id, body.article_ids)
    request.app.state.cache.clear()
    return to_jsonable(store_of(request).get_story(new_id))


@router.post("/articles/{article_id}/move", dependencies=[Depends(require_token)], summary="Move an article to a story")
def move_article(request: Request, article_id: str, body: MoveBody):
    target = fresh_story_service(store_of(request)).move(article_id, body.story_id)
    request.app.state.cache.clear()
    return to_jsonable(store_of(request).get_story(target))


# --------------------------------------------------------------------------- articles


@router.get("/articles", summary="Articles, oldest first")
def list_articles(
    request: Request, language: str | None = None, source: str | None = None, since: str | None = None, limit: int = 100
):
    if not 1 <= limit <= 1000:
        raise HTTPException(400, f"limit must be between 1 and 1000, got {limit}")
    articles = store_of(request).articles(
        language=language, source=source, since=parse_date(since, "since"), limit=limit
    )
    return [to_jsonable(article) for article in articles]


@router.get("/articles/{article_id}", summary="One article with its text")
def get_article(request: Request, article_id: str):
    return to_jsonable(store_of(request).get_article(article_id))


@router.delete("/articles/{article_id}", dependencies=[Depends(require_token)], summary="Delete an article")
def delete_article(request: Request, article_id: str):
    return {"deleted": store_of(request).delete_articles([article_id])}


@router.delete("/sources/{source:path}", dependencies=[Depends(require_token)], summary="Delete every article of a source")
def delete_source(request: Request, source: str):
    return {"deleted": store_of(request).delete_source(source)}


@router.post("/prune", dependencies=[Depends(require_token)], summary="Delete everything older than a date")
def prune(request: Request, body: PruneBody):
    before = parse_date(body.before, "before")
    if before is None:
        raise UsageError("before must be an ISO 8601 date such as 2025-10-22, got an empty value")
    return {"deleted": store_of(request).delete_before(before)}


@router.post("/ingest", dependencies=[Depends(require_token)], summary="Fetch a URL and ingest it")
def ingest_url(request: Request, body: UrlBody):
    from rashomon.ingest import IngestOptions
    from rashomon.ingest.pipeline import Ingester
    from rashomon.sources import SourceOptions, read_url

    _check_url(body.url)
    store = store_of(request)
    options = IngestOptions(sources=SourceOptions(allow_private=request.app.state.allow_private))
    # Only ever fetched: ingest() would also read a local path, and over HTTP the server's files are off limits.
    result = Ingester(store, options).ingest_documents(read_url(body.url, options.sources))
    if result.failures and not (result.stored or result.duplicates or result.unchanged):
        raise HTTPException(422, f"{body.url}: {result.failures[0].reason}")
    request.app.state.index.refresh(store)
    return to_jsonable(result)


@router.get("/export", summary="The whole store as JSONL (re-ingestible with `rashomon ingest`)")
def export_all(request: Request):
    from rashomon.export import export_all as lines

    return StreamingResponse(
        lines(store_of(request)),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="rashomon-export.jsonl"'},
    )


# --------------------------------------------------------------------------- entities and quotes


@router.get("/entities/{entity_id}", summary="One entity with its names per language")
def get_entity(request: Request, entity_id: str):
    from rashomon.export import domains

    return to_jsonable(domains.get_entity(store_of(request), entity_id))


@router.post("/entities/merge", dependencies=[Depends(require_token)], summary="Merge entities into the first")
def merge_entities(request: Request, body: MergeBody):
    store = store_of(request)
    for other in body.ids[1:]:
        store.merge_entities(body.ids[0], other)
    request.app.state.cache.clear()
    return to_jsonable(store.get_entity(body.ids[0]))


@router.get("/quotes", summary="Quotes of a story, optionally by one speaker")
def list_quotes(request: Request, story_id: str, speaker: str | None = None):
    from rashomon.export import domains

    story = domains.get_story(store_of(request), story_id)
    return [
        {"article_id": article_id, **to_jsonable(quote)}
        for article_id, quote in domains.story_quotes(store_of(request), story.id, speaker)
    ]


# --------------------------------------------------------------------------- search


@router.get("/search", summary="Full-text and cross-lingual search over articles, stories and quotes")
def search(
    request: Request,
    q: str,
    kind: Literal["article", "story", "quote"] | None = None,
    language: str | None = None,
    source: str | None = None,
    limit: int = 20,
):
    from rashomon.search import search as run_search

    store = store_of(request)
    index_for_request(request.app)
    return [to_jsonable(hit) for hit in run_search(store, q, request.app.state.index, kind, language, source, limit)]


# --------------------------------------------------------------------------- feeds


@router.get("/feeds", summary="Monitored feeds with their poll state")
def list_feeds(request: Request):
    return [to_jsonable(feed) for feed in store_of(request).feeds()]


@router.post("/feeds", dependencies=[Depends(require_token)], summary="Monitor a feed")
def add_feed(request: Request, body: UrlBody):
    from rashomon.sources import check_url

    _check_url(body.url)
    check_url(body.url, request.app.state.allow_private)  # a private address is refused now, not at each poll
    return to_jsonable(store_of(request).add_feed(body.url))


@router.delete("/feeds", dependencies=[Depends(require_token)], summary="Stop monitoring a feed")
def delete_feed(request: Request, url: str):
    store_of(request).delete_feed(url)
    return {"deleted": url}
