"""Completes /openapi.json with what every operation can answer and how operations chain.

Answers added from the server's own behaviour, so clients and schemathesis can rely on the
document: 413 for any operation with a body (server/api/body_limit.py), 422 for every operation
(server/api/hostile_inputs.py refuses unstorable text anywhere), 429 where a rate limit applies
(server/throttle.py), and 503 when the database cannot be reached. Links let a client, and the
stateful phase of schemathesis, follow a claim from its creation through review, decision and
payment by the reference the first answer gives.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_REF = {"$ref": "#/components/schemas/Error"}

THROTTLED = {
    ("post", "/api/v1/staff/login"),
    ("post", "/api/v1/home-visits/login"),
    ("post", "/api/v1/otp/request"),
    ("post", "/api/v1/claimants/mobile/code"),
    ("post", "/api/v1/claimants/lookup"),
    ("post", "/api/v1/claimants/lookup-by-card"),
    ("post", "/api/v1/kiosks/enroll"),
}

DESCRIPTIONS = {
    "400": "the body could not be read as JSON text at all (http_error), e.g. bytes that are not UTF-8",
    "413": "the request body is over the size limit (request_too_large)",
    "422": "the request is not valid (invalid_request or a more specific code)",
    "429": "too many attempts (too_many_attempts); the Retry-After header says when to retry",
    "503": "the database is unavailable (service_unavailable); retry later",
}


def _reference_link(operation_id: str, description: str, expression: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "parameters": {"reference": expression},
        "description": description,
    }


def _links(paths: dict[str, Any]) -> None:
    ids = {
        (method, path): op.get("operationId")
        for path, item in paths.items()
        for method, op in item.items()
        if isinstance(op, dict)
    }
    review = ids.get(("post", "/api/v1/staff/claims/{reference}/review"))
    decide = ids.get(("post", "/api/v1/staff/claims/{reference}/decide"))
    pay = ids.get(("post", "/api/v1/staff/claims/{reference}/pay"))
    status = ids.get(("get", "/api/v1/claims/{reference}"))
    chain = [
        (("post", "/api/v1/claims"), "201", "$response.body#/claim/reference"),
        (("post", "/api/v1/claims"), "200", "$response.body#/claim/reference"),
        (("post", "/api/v1/staff/claims/{reference}/review"), "200", "$response.body#/reference"),
        (("post", "/api/v1/staff/claims/{reference}/decide"), "200", "$response.body#/reference"),
    ]
    follow: dict[tuple[str, str], list[tuple[str, str | None]]] = {
        ("post", "/api/v1/claims"): [("Review", review), ("Status", status)],
        ("post", "/api/v1/staff/claims/{reference}/review"): [("Decide", decide)],
        ("post", "/api/v1/staff/claims/{reference}/decide"): [("Pay", pay)],
    }
    for (method, path), status_code, expression in chain:
        response = paths.get(path, {}).get(method, {}).get("responses", {}).get(status_code)
        if response is None:
            continue
        links = response.setdefault("links", {})
        for name, target in follow[(method, path)]:
            if target:
                links[name] = _reference_link(target, f"{name} the same claim", expression)


def complete(app: FastAPI, schema: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = schema.get("paths", {})
    for path, item in paths.items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            responses: dict[str, Any] = op["responses"]
            wanted = ["422", "503"]
            if "requestBody" in op:
                wanted += ["400", "413"]
            if (method, path) in THROTTLED:
                wanted.append("429")
            for code in wanted:
                if code in responses:
                    continue
                responses[code] = {
                    "description": DESCRIPTIONS[code],
                    "content": {"application/json": {"schema": ERROR_REF}},
                }
            if "429" in responses:
                responses["429"].setdefault(
                    "headers",
                    {
                        "Retry-After": {
                            "description": "seconds to wait before retrying",
                            "schema": {"type": "integer"},
                        }
                    },
                )
    _links(paths)
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = complete(app, schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
