"""Refuses text that a database cannot store before it reaches a handler: 422, never 500.

PostgreSQL refuses NUL (U+0000) in text and both databases refuse lone UTF-16 surrogates (JSON
may spell them as `\\ud800`); before this check a NUL byte in a query parameter answered 500 on
PostgreSQL. Rather than trusting every field of every model to reject them, every request is
checked once, here: the path, the query string, the headers and any JSON body, keys included.
A legitimate request never carries either, so nothing valid is refused.
"""

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote_to_bytes

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Cheap pre-check on the raw body: only bodies with one of these are parsed here.
_SUSPECT = re.compile(rb"\x00|\\u0000|\\u[dD][89a-fA-F]")


def unstorable(text: str) -> bool:
    return _UNSTORABLE.search(text) is not None


def _walk(value: object, where: str) -> str | None:
    if isinstance(value, str):
        return where if unstorable(value) else None
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _walk(item, f"{where}.{index}")
            if found:
                return found
    if isinstance(value, dict):
        for key, item in value.items():
            if unstorable(key):
                return f"{where}.(key)"
            found = _walk(item, f"{where}.{key}")
            if found:
                return found
    return None


def problem_in_body(body: bytes) -> str | None:
    """The JSON path of the first unstorable string, or None; malformed JSON is left to the
    framework's own 422."""
    if not _SUSPECT.search(body):
        return None
    if b"\x00" in body:
        return "body"
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return _walk(document, "body")


def problem_in_request(scope: Scope) -> str | None:
    if unstorable(scope.get("path", "")) or b"%00" in scope.get("raw_path", b""):
        return "path"
    query: bytes = scope.get("query_string", b"")
    if b"\x00" in unquote_to_bytes(query.replace(b"+", b" ")):
        return "query"
    for name, value in scope.get("headers") or []:
        if b"\x00" in value:
            return f"header.{name.decode('latin-1')}"
    return None


class HostileInputs:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        where = problem_in_request(scope)
        if where is not None:
            await _refuse(send, where)
            return
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
        if b"json" not in content_type.lower():
            await self.app(scope, receive, send)
            return
        # Buffer the body (BodyLimit, outside this, has already bounded it) and replay it.
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message]), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        where = problem_in_body(body)
        if where is not None:
            await _refuse(send, where)
            return
        await self.app(
            scope,
            _replay([{"type": "http.request", "body": body, "more_body": False}], receive),
            send,
        )


def _replay(messages: list[Message], then: Receive | None = None) -> Receive:
    pending = list(messages)

    async def receive() -> Message:
        if pending:
            return pending.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive


async def _refuse(send: Send, where: str) -> None:
    body = json.dumps(
        {
            "code": "invalid_request",
            "message": f"the request is not valid: {where}: text holds a NUL character or a lone "
            "surrogate, which cannot be stored",
            "details": {"errors": [{"field": where, "problem": "unstorable character"}]},
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 422,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
