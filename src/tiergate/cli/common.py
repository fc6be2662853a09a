"""Shared CLI plumbing: settings and database at the edge, errors as one line."""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any, NoReturn

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
