"""Turns pydantic's validation errors into lines a technician can act on.

Pydantic says "Input should be greater than or equal to 15"; a technician needs the key, what
they wrote, and what would have been accepted, all on one line.
"""

from typing import Annotated, Any, get_args, get_origin

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo


def _field_at(
    model: type[BaseModel], loc: tuple[int | str, ...]
) -> tuple[FieldInfo | None, type[BaseModel] | None]:
    """Follows the error location through nested sections; returns the field and its owner."""
    owner: type[BaseModel] | None = model
    info: FieldInfo | None = None
    for part in loc:
        if owner is None or not isinstance(part, str):
            break
        info = owner.model_fields.get(part)
        if info is None:
            return None, owner
        ann = info.annotation
        owner = ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None
    return info, owner


def _allowed(info: FieldInfo) -> str:
    """What the field accepts, from its annotation and constraints."""
    kind = _type_name(info.annotation)
    return f"{kind} {_bounds(info.metadata)}".strip()


def _bounds(metadata: list[Any]) -> str:
    """Numeric and length limits in words. A `pattern` is left out: its `|` would split a
    Markdown table cell, and the setting's description says the expected form in words."""
    bounds = []
    for meta in metadata:
        if isinstance(meta, Ge):
            bounds.append(f">= {meta.ge}")
        elif isinstance(meta, Gt):
            bounds.append(f"> {meta.gt}")
        elif isinstance(meta, Le):
            bounds.append(f"<= {meta.le}")
        elif isinstance(meta, Lt):
            bounds.append(f"< {meta.lt}")
        elif isinstance(meta, MinLen):
            bounds.append(f"at least {meta.min_length} item(s)")
        elif isinstance(meta, MaxLen):
            bounds.append(f"at most {meta.max_length} characters")
    return " and ".join(bounds)


def _type_name(ann: Any) -> str:
    origin = get_origin(ann)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "a [section] table"
    if origin is None:
        return {int: "an integer", float: "a number", str: "a string", bool: "true or false"}.get(
            ann, getattr(ann, "__name__", str(ann))
        )
    if origin is Annotated:
        # A constrained item inside a container, e.g. the premiums' Annotated[int, Field(ge=0)]:
        # pydantic keeps the constraints in a FieldInfo among the Annotated arguments.
        inner, *extras = get_args(ann)
        metadata = [m for e in extras for m in (e.metadata if isinstance(e, FieldInfo) else [e])]
        return f"{_type_name(inner)} {_bounds(metadata)}".strip()
    args = [a for a in get_args(ann) if a is not type(None)]
    if origin is dict:
        return f"a table from {_type_name(args[0])} to {_type_name(args[1])}"
    if str(origin) == "typing.Literal":
        return "one of " + ", ".join(repr(a) for a in get_args(ann))
    if origin is list:
        return "a list of " + _type_name(args[0]) if args else "a list"
    names = [_type_name(a) for a in args]
    optional = " (or leave it out)" if type(None) in get_args(ann) else ""
    return " or ".join(names) + optional


def describe_errors(model: type[BaseModel], error: ValidationError) -> list[str]:
    lines = []
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        key = key or "(top level)"
        if err["type"] == "extra_forbidden":
            _, owner = _field_at(model, loc[:-1]) if len(loc) > 1 else (None, model)
            allowed = ", ".join(owner.model_fields) if owner else "none"
            lines.append(f"unknown key {key!r}; allowed here: {allowed}")
            continue
        info, _ = _field_at(model, loc)
        value = err.get("input")
        reason = str(err["msg"]).removeprefix("Value error, ")
        # A validator's own message already says what is allowed; a type or range error does not.
        explain = info is not None and err["type"] != "value_error" and not isinstance(value, dict)
        allowed = f" (allowed: {_allowed(info)})" if explain and info is not None else ""
        if isinstance(value, dict):
            lines.append(f"{key}: {reason}{allowed}")
        else:
            lines.append(f"{key} = {value!r}: {reason}{allowed}")
    return lines
