"""The REST API and the web app in one FastAPI application.

``create_app(db)`` serves the store at ``db``: every request reads the
database, so stories ingested by another process (or the built-in feed
monitor) appear without a restart. Writes need the token given at start-up;
without one the server is read-only. Every response carries a strict
Content-Security-Policy: article text is untrusted and is only ever escaped.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rashomon import __version__
from rashomon.errors import FetchError, NotFoundError, RashomonError, SourceError, StoreError, UsageError
from rashomon.interfaces.api.background import BackgroundProcess
from rashomon.monitor import DEFAULT_INTERVAL

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_STATUS = ((NotFoundError, 404), (UsageError, 400), (FetchError, 422), (SourceError, 422), (StoreError, 503))


def status_of(exc: RashomonError) -> int:
    return next((status for kind, status in _STATUS if isinstance(exc, kind)), 400)


def create_app(db, token: str | None = None, allow_private: bool = False, watch=None, watch_interval: float | None = None,
               background: bool = True):
    """The application for the store at ``db``.

    ``token``: the secret write requests must carry (None: read-only).
    ``allow_private``: let URL ingestion and feeds reach private addresses (tests, intranets).
    ``watch``: feed URLs (or OPML files) to add to the store's monitored feeds, which the background
    process polls every ``watch_interval`` seconds while serving (with those added through the API).
    ``background``: False when another process does the background work (one of several web workers).
    """
    from rashomon.interfaces.api.queries import StoreCache
    from rashomon.interfaces.api.routes import router as api_router
    from rashomon.interfaces.web import STATIC_DIR
    from rashomon.interfaces.web import router as web_router
    from rashomon.search import SearchIndex
    from rashomon.store import open_store

    app = FastAPI(
        title="Rashomon",
        version=__version__,
        description="Stories across languages and outlets: accounts side by side, claims compared, quotes attributed.",
        docs_url=None,  # the interactive docs load scripts from a CDN, which the CSP (and the machine) forbid
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_lifespan,
    )
    app.state.store = open_store(db)
    app.state.token = token or None
    app.state.allow_private = allow_private
    app.state.index = SearchIndex()
    app.state.cache = StoreCache()
    app.state.background_indexer = not background  # else set while the lifespan's background process runs

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(RashomonError)
    async def rashomon_error(request: Request, exc: RashomonError):
        return _error(request, status_of(exc), exc.message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'] if part not in ('query', 'body', 'path'))}: {error['msg']}"
            for error in exc.errors()
        )
        return _error(request, 422, f"invalid request: {problems}", "R001")

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        # A bug, not the caller's fault: say so plainly, in the same shape as every other error.
        return _error(request, 500, f"internal error ({type(exc).__name__}); the request was not completed", None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return _error(request, exc.status_code, message, None, getattr(exc, "headers", None))

    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    add_watched_feeds(app.state.store, watch)
    app.state.background = BackgroundProcess(
        app.state.store.target, interval=watch_interval or DEFAULT_INTERVAL,
        allow_private=allow_private,
    ) if background else None

    return app


def add_watched_feeds(store, watch) -> None:
    """Add feed URLs (or those of OPML files) to the monitored feeds; a bad one fails here, at start-up."""
    if watch:
        from rashomon.monitor import feed_urls

        for url in feed_urls(watch):
            store.add_feed(url)


# How `rashomon serve --workers N` tells its web worker processes what to serve (JSON: db, allow_private);
# the token travels in RASHOMON_TOKEN.
WORKER_CONFIG_ENV = "RASHOMON_SERVE_WORKER"


def worker_app() -> FastAPI:
    """The application of one web worker process of ``serve --workers N`` (uvicorn's factory)."""
    import json
    import os

    config = json.loads(os.environ[WORKER_CONFIG_ENV])
    return create_app(config["db"], token=os.environ.get("RASHOMON_TOKEN"), allow_private=config["allow_private"],
                      background=False)


def _error(request: Request, status: int, message: str, code: str | None, headers=None):
    """A JSON error for the API, an HTML page for the web app."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        body = {"error": message, "status": status}
        if code:
            body["code"] = code
        return JSONResponse(body, status_code=status, headers=headers)
    from rashomon.interfaces.web import render

    return render(request, "error.html", {"status": status, "message": message}, status=status)


# Articles a search request may embed itself when no background indexer runs (e.g. under a test client without
# its lifespan); with one running, requests never embed articles: semantic hits catch up within a poll.
REQUEST_INDEX_LIMIT = 8


def index_for_request(app: FastAPI) -> None:
    """Before a search: embed a few new articles in the request itself, only when no background indexer runs.

    Bounded, and skipped while another thread indexes: a search never waits long.
    """
    if not app.state.background_indexer:
        app.state.index.refresh(app.state.store, limit=REQUEST_INDEX_LIMIT, wait=False)


def _warm_search(app: FastAPI) -> None:
    try:
        app.state.index.warm(app.state.store)
    except Exception:  # noqa: BLE001 - the first search reads the vectors again and reports what fails
        return


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """While serving: a background process keeps the search index current and polls the monitored feeds; the
    search vectors load in a thread meanwhile (a failure there shows at the first search instead)."""
    threading.Thread(target=_warm_search, args=(app,), daemon=True, name="search warm-up").start()
    if app.state.background is None:  # another process runs it
        yield
        return
    app.state.background.start()
    app.state.background_indexer = True
    try:
        yield
    finally:
        app.state.background.stop()


__all__ = ["CONTENT_SECURITY_POLICY", "add_watched_feeds", "create_app", "index_for_request", "worker_app"]
