"""Shared CLI plumbing: settings and database at the edge, errors as one line."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, NoReturn, TypeVar

import typer
from pydantic import BaseModel

from tiergate.settings import Settings, load_settings
from tiergate.store.db import Database


@cache
def settings() -> Settings:
    s = load_settings()
    s.ensure_home()
    return s


@cache
def database() -> Database:
    return Database(settings().db_url)


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def print_json(obj: Any) -> None:
    if isinstance(obj, BaseModel):
        sys.stdout.write(obj.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")


@contextmanager
def handled_errors() -> Iterator[None]:
    """Service errors as one ``error: ...`` line: main() does this too, but CliRunner (tests)
    and embedding applications call the Typer app directly."""
    from tiergate.errors import TiergateError

    try:
        yield
    except TiergateError as exc:
        fail(exc.message, 2 if exc.status < 500 else 1)


F = TypeVar("F", bound=Callable[..., Any])


def errors(fn: F) -> F:
    """Decorator form of :func:`handled_errors` for command functions."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with handled_errors():
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
