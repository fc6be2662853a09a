"""GET /v1/models/{name}/files/{file}: weight files of the promoted version, with HTTP ranges.

Only files recorded for that version are served (the name is looked up, never joined onto a
path from the request), only while their size and mtime still match what was hashed, and only
when the access-control service says the caller's tier allows it. Without an access service the
route denies (fail closed). Every attempt is audited with kind "download".
"""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from tiergate.errors import Conflict, Forbidden, NotFound, TiergateError, Unavailable
from tiergate.gateway.deps import require_key, services
from tiergate.registry.audit import RegistryAudit
from tiergate.registry.records import FileEntry, ModelVersionRecord

router = APIRouter()

CHUNK = 256 * 1024
_RANGE = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


class RangeNotSatisfiable(TiergateError):
    status = 416
    type = "invalid_request_error"
    code = "range_not_satisfiable"


@router.api_route("/v1/models/{name}/files/{file:path}", methods=["GET", "HEAD"])
async def download(name: str, file: str, request: Request) -> Response:
    key = require_key(request)
    svc = services(request)
    audit = RegistryAudit(getattr(svc, "audit", None))
    data: dict[str, Any] = {"file": file, "range": request.headers.get("range")}
    top = {
        "request_id": getattr(request.state, "request_id", None),
        "key_id": key.id,
        "model": name,
    }
    try:
        rec, entry, path = await _authorize(svc, key, name, file)
        data |= {"version": rec.version, "file_sha256": entry.sha256}
        top["weights_sha256"] = rec.identity_sha256
        response = _respond(request, entry, path)
    except TiergateError as exc:
        await audit.download(data, action="block", status=exc.status, **top)
        raise
    data["bytes"] = int(response.headers.get("content-length", "0"))
    await audit.download(data, action="allow", status=response.status_code, **top)
    return response


async def _authorize(
    svc: Any, key: Any, name: str, file: str
) -> tuple[ModelVersionRecord, FileEntry, Path]:
    registry = getattr(svc, "registry", None)
    if registry is None:
        raise Unavailable("the model registry is not available")
    if key.models is not None and name not in key.models:
        raise NotFound(f"unknown model '{name}'", code="model_not_found")
    rec: ModelVersionRecord | None = await asyncio.to_thread(registry.served, name)
    if rec is None:
        raise NotFound(f"unknown model '{name}'", code="model_not_found")
    access = getattr(svc, "access", None)
    if access is None:
        raise Forbidden(
            "weight downloads need access control, which is not configured",
            code="download_not_allowed",
        )
    allowed = access.check_download(key, name)  # raises Forbidden when the tier says no
    if inspect.isawaitable(allowed):
        await allowed
    entry = next((f for f in rec.files if f.name == file), None)
    if entry is None:
        raise NotFound(f"model '{name}' v{rec.version} has no file '{file}'")
    root = Path(rec.path) if rec.format == "safetensors" else Path(rec.path).parent
    path = root / entry.name
    try:
        st = path.stat()
    except OSError:
        raise Unavailable(f"weight file '{file}' is missing on the server") from None
    if st.st_size != entry.size or st.st_mtime_ns != entry.mtime_ns:
        raise Conflict(f"weight file '{file}' changed since it was registered; re-register it")
    return rec, entry, path


def _respond(request: Request, entry: FileEntry, path: Path) -> Response:
    etag = f'"{entry.sha256}"'
    headers = {
        "accept-ranges": "bytes",
        "etag": etag,
        "content-disposition": f'attachment; filename="{Path(entry.name).name}"',
    }
    span = parse_range(request.headers.get("range"), entry.size)
    if_range = request.headers.get("if-range")
    if span is not None and if_range is not None and if_range.strip() != etag:
        span = None  # the client's copy is of other bytes: send the whole file
    start, end = span if span is not None else (0, entry.size - 1)
    length = max(0, end - start + 1)
    headers["content-length"] = str(length)
    status = 200
    if span is not None:
        status = 206
        headers["content-range"] = f"bytes {start}-{end}/{entry.size}"
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers)
    return StreamingResponse(
        _read(path, start, length),
        status_code=status,
        headers=headers,
        media_type="application/octet-stream",
    )


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """A single ``bytes=`` range as inclusive (start, end); None for no range or a unit we do
    not serve. Several ranges are answered with the whole file (allowed by RFC 9110)."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes":
        return None
    if "," in spec:
        return None
    m = _RANGE.match(spec)
    if m is None or (not m.group(1) and not m.group(2)):
        raise _unsatisfiable(size, f"malformed range '{header}'")
    first, last = m.group(1), m.group(2)
    if not first:  # suffix: the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            raise _unsatisfiable(size, "empty suffix range")
        return max(0, size - n), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        raise _unsatisfiable(size, f"range '{header}' is outside the file ({size} bytes)")
    return start, end


def _unsatisfiable(size: int, message: str) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(message, headers={"content-range": f"bytes */{size}"})


def _read(path: Path, start: int, length: int) -> Iterator[bytes]:
    """Sync generator: Starlette runs it in a worker thread, so reads do not block the loop."""
    with path.open("rb") as fh:
        fh.seek(start)
        left = length
        while left > 0:
            chunk = fh.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk
