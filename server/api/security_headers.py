"""Security headers on every answer, stricter on HTML pages.

The fleet page and the receipt status page show personal data (masked names, kiosk sites, claim
states): they must not be framed by another site (clickjacking), sniffed into another type, cached
by a shared computer's browser or a proxy, or leak their URL (the receipt code is in it) through
Referer. Neither page runs a script; their styles are inline, so the policy allows inline styles
and nothing else. /docs and /redoc (served only in development or when `api_docs` is set) load
Swagger UI and ReDoc from their CDN with an inline bootstrap script and get a policy for that.
"""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
DOCS_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; frame-ancestors 'none'; "
    "base-uri 'none'"
)
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect", "/redoc")

ALWAYS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
}
PAGES = {
    b"x-frame-options": b"DENY",
    b"cache-control": b"no-store",
}
API = {b"cache-control": b"no-store"}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                content_type = next(
                    (value for name, value in headers if name.lower() == b"content-type"), b""
                )
                extra = dict(ALWAYS)
                if content_type.startswith(b"text/html"):
                    extra |= PAGES
                    policy = DOCS_POLICY if path in DOCS_PATHS else PAGE_POLICY
                    extra[b"content-security-policy"] = policy.encode()
                elif path.startswith("/api/"):
                    extra |= API
                headers += [(name, value) for name, value in extra.items() if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
