"""Errors the API answers with: a stable code for machines, a message for people."""

from typing import Any


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


def not_found(what: str, code: str = "not_found") -> ApiError:
    return ApiError(404, code, f"{what} not found")


def unauthorized(code: str, message: str) -> ApiError:
    return ApiError(401, code, message)


def forbidden(code: str, message: str) -> ApiError:
    return ApiError(403, code, message)


def conflict(code: str, message: str) -> ApiError:
    return ApiError(409, code, message)


def unprocessable(code: str, message: str, details: dict[str, Any] | None = None) -> ApiError:
    return ApiError(422, code, message, details)
