"""Schema-driven fuzzing of the REST API and the web pages (issue #12): Hypothesis builds requests from the
app's own /openapi.json (every route, parameter and body, with values of the declared type and of every other
shape), sends them with the write token, and no answer may be a 5xx. Examples are deterministic and bounded.
"""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rashomon
from rashomon.interfaces.api import create_app

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "fuzz-token"
FUZZ = settings(
    max_examples=8, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)  # fmt: skip
# The web pages are not in the schema; their parameters are declared here.
WEB_PAGES = [
    ("/", {"language": "string", "source": "string", "entity": "string", "since": "string", "until": "string", "page": "integer"}),
    ("/stories/{story_id}", {"lang": "string"}),
    ("/articles/{article_id}", {}),
    ("/entities/{entity_id}", {}),
    ("/search", {"q": "string", "kind": "string", "language": "string", "source": "string"}),
]


def _seeded_db(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("web_seeded", FIXTURES / "seeded.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.seeded_db(tmp_path_factory)


@pytest.fixture(scope="module", params=[False, True], ids=["public-only", "allow-private"])
def app_and_ids(request, tmp_path_factory):
    """The app over a seeded store, refusing private addresses or (as ``serve --allow-private``) not resolving at all."""
    db = _seeded_db(tmp_path_factory)
    with rashomon.open(db) as ws:
        ids = [a.id for a in ws.articles()] + [s.id for s in ws.store.stories()]
        ids += [e.id for e in ws.store.entities()][:10]
    client = TestClient(create_app(db, token=TOKEN, allow_private=request.param), raise_server_exceptions=False)
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    return client, ids


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fuzzed URLs name any host: none is resolved, so nothing leaves the machine and nothing waits on DNS."""

    def offline(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "offline fuzz")

    monkeypatch.setattr(socket, "getaddrinfo", offline)


hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(list("\x00\x1b\n\r\t%/\\?#&=\"'<>*:")),
    max_size=40,
) | st.sampled_from(["..", "../../etc/passwd", "AND", "NEAR(", '"', "*", "x" * 5000])  # fmt: skip
huge_ints = st.integers(-(2**80), 2**80) | st.sampled_from([0, 1, -1, 2**31, 2**63, 2**64, 10**23])


def _values(kind: str | None, ids: list[str], enum: list | None = None):
    choices = [hostile_text, st.sampled_from(ids), huge_ints.map(str), st.sampled_from(["2025-10-22", "9999-99-99", "http://[::1", "HTTP://../../etc/passwd"])]
    if kind == "integer":
        choices.insert(0, huge_ints)
    if enum:
        choices.insert(0, st.sampled_from(enum))
    return st.one_of(choices)


def _schema_kind(schema: dict) -> tuple[str | None, list | None]:
    options = schema.get("anyOf", [schema])
    for option in options:
        if option.get("type") not in (None, "null"):
            return option.get("type"), option.get("enum")
    return None, None


def _json_for(schema: dict, components: dict, ids: list[str]):
    """A value that fits ``schema`` (resolving $ref), or any other JSON shape."""
    if "$ref" in schema:
        return _json_for(components[schema["$ref"].rsplit("/", 1)[1]], components, ids)
    anything = st.recursive(st.none() | st.booleans() | huge_ints | hostile_text, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
    kind = schema.get("type")
    if kind == "object":
        fields = {name: _json_for(sub, components, ids) for name, sub in schema.get("properties", {}).items()}
        return st.fixed_dictionaries(fields) | anything
    if kind == "array":
        return st.lists(_json_for(schema.get("items", {}), components, ids), max_size=4) | anything
    if kind == "string":
        return _values("string", ids) | anything
    return anything


def _operations(client) -> list[tuple[str, str, list[tuple[str, str, dict]], dict | None]]:
    spec = client.get("/openapi.json").json()
    operations = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            parameters = [(p["name"], p["in"], p["schema"]) for p in operation.get("parameters", [])]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            operations.append((method.upper(), path, parameters, body))
    for path, query in WEB_PAGES:
        parameters = [(name, "path", {"type": "string"}) for name in _path_names(path)]
        parameters += [(name, "query", {"type": kind}) for name, kind in query.items()]
        operations.append(("GET", path, parameters, None))
    return operations, spec.get("components", {}).get("schemas", {})


def _path_names(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


@st.composite
def requests(draw, operation, components, ids):
    method, path, parameters, body_schema = operation
    url, query = path, {}
    for name, place, schema in parameters:
        kind, enum = _schema_kind(schema)
        value = draw(_values(kind, ids, enum))
        if place == "path":
            url = url.replace("{" + name + "}", quote(str(value), safe="") or "x")
        elif draw(st.booleans()):
            query[name] = value
    body = draw(_json_for(body_schema, components, ids)) if body_schema else None
    return url, query, body


def test_no_request_built_from_the_schema_gets_a_5xx(app_and_ids):
    client, ids = app_and_ids
    operations, components = _operations(client)
    assert len(operations) >= 20
    tried: dict[str, int] = {}
    for operation in operations:
        method, route = operation[0], operation[1]

        @FUZZ
        @given(request=requests(operation, components, ids))
        def check(request):
            url, query, body = request
            tried[f"{method} {route}"] = tried.get(f"{method} {route}", 0) + 1
            response = client.request(method, url, params=query, json=body)
            assert response.status_code < 500, (method, url, query, body, response.text[:500])

        check()
    print(f"\nAPI fuzz: {sum(tried.values())} requests over {len(tried)} routes: {dict(sorted(tried.items()))}")
    assert len(tried) == len(operations)
