"""The model registry: register weights, track versions and lineage, promote and roll back.

A model is a name; each distinct set of weight bytes registered under it is a version. Exactly
one version per model is ``promoted`` (served). The first version of a new model is promoted on
registration; later ones wait for ``promote``. Every change is appended to ``model_changes``,
whose highest id is the cheap token the gateway polls to swap backends without a restart.
"""

from __future__ import annotations

import builtins
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, overload

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tiergate.errors import BadRequest, Conflict, NotFound
from tiergate.registry.audit import AuditSink, RegistryAudit
from tiergate.registry.hashing import HashProgress, KnownHashes, hash_files, identity
from tiergate.registry.inspect import Inspected, inspect_path
from tiergate.registry.lineage import FamilyMember, ancestors, descendants, infer_kind, node_of
from tiergate.registry.records import (
    DERIVATIVE_KINDS,
    CardRecord,
    ChangeSet,
    DerivativeKind,
    FileEntry,
    Inspection,
    Lineage,
    ModelRecord,
    ModelVersionRecord,
    RegistryChange,
)
from tiergate.store.registry import ModelChangeRow, ModelRow, ModelVersionRow

if TYPE_CHECKING:
    from tiergate.settings import Settings
    from tiergate.store.db import Database

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def _now() -> datetime:
    return datetime.now(UTC)


@overload
def _utc(dt: datetime) -> datetime: ...
@overload
def _utc(dt: None) -> None: ...
def _utc(dt: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes (stored as UTC); PostgreSQL aware ones."""
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


class RegistryService:
    def __init__(self, db: Database, audit: AuditSink | None = None) -> None:
        self.db = db
        self.audit = RegistryAudit(audit)

    # -- registration ------------------------------------------------------------------------
    def register(
        self,
        path: Path | str,
        name: str,
        parent: str | None = None,
        license: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        progress: HashProgress | None = None,
        *,
        intended_use: str | None = None,
        actor: str | None = None,
        known_hashes: KnownHashes | None = None,
    ) -> ModelVersionRecord:
        """Inspect headers, hash the weights (streamed) and record a version. The same bytes
        under the same name return the existing version (``existing=True``); the same bytes
        under another name are recorded but flagged (``same_bytes_as``)."""
        check_name(name)
        if kind is not None and kind not in DERIVATIVE_KINDS:
            raise BadRequest(
                f"unknown derivative kind '{kind}' (use {', '.join(DERIVATIVE_KINDS)})"
            )
        if parent == name:
            raise BadRequest("a model cannot be its own parent")
        if parent is not None and not self.exists(parent):
            raise NotFound(f"unknown parent model '{parent}'")  # before hashing gigabytes
        found = inspect_path(Path(path))
        files = self._hash(found, progress, known_hashes)
        weights = [f for f in files if f.role == "weight"]
        with self.db.session() as s:
            rec, created = self._store(
                s, found, files, identity(weights), name, parent=parent, kind=kind, actor=actor
            )
            self._set_card_fields(s, name, license, source, intended_use)
        if created:
            self.audit.admin(
                "model.register",
                actor,
                model=name,
                version=rec.version,
                weights_sha256=rec.identity_sha256,
                parent=parent,
                same_bytes_as=rec.same_bytes_as,
            )
        return rec

    def _hash(
        self, found: Inspected, progress: HashProgress | None, known: KnownHashes | None
    ) -> builtins.list[FileEntry]:
        if progress is not None:
            names = found.weights + found.aux
            progress.begin(sum((found.root / n).stat().st_size for n in names))
        return hash_files(found.root, found.weights, "weight", progress, known) + hash_files(
            found.root, found.aux, "aux", progress, known
        )

    def _store(
        self,
        s: Session,
        found: Inspected,
        files: builtins.list[FileEntry],
        ident: str,
        name: str,
        *,
        parent: str | None,
        kind: str | None,
        actor: str | None,
    ) -> tuple[ModelVersionRecord, bool]:
        model = s.scalar(select(ModelRow).where(ModelRow.name == name).with_for_update())
        if model is not None:
            same = s.scalar(
                select(ModelVersionRow).where(
                    ModelVersionRow.model_id == model.id, ModelVersionRow.identity_sha256 == ident
                )
            )
            if same is not None:
                if same.path == str(found.path):  # refresh mtimes so the next start skips hashing
                    same.files = [f.model_dump(mode="json") for f in files]
                return self._version_record(s, same, name).model_copy(
                    update={"existing": True}
                ), False
        else:
            model = ModelRow(name=name, card="", needs_reevaluation=False)
            s.add(model)
            s.flush()
        if parent is not None:
            self._set_parent(s, model, parent, found.inspection, kind)
        elif kind is not None:
            raise BadRequest("--kind needs --parent")
        if model.parent_id is not None:
            model.needs_reevaluation = (
                True  # new bytes in a derived model: old evals don't cover them
            )
        row = self._add_version(s, model, found, files, ident)
        self._log(s, name, "register", row.version, actor)
        if row.version == 1:
            self._promote_row(s, model, row, actor)
        return self._version_record(s, row, name), True

    def _add_version(
        self,
        s: Session,
        model: ModelRow,
        found: Inspected,
        files: builtins.list[FileEntry],
        ident: str,
    ) -> ModelVersionRow:
        latest = (
            s.scalar(
                select(func.max(ModelVersionRow.version)).where(
                    ModelVersionRow.model_id == model.id
                )
            )
            or 0
        )
        dup = s.execute(
            select(ModelRow.name, ModelVersionRow.version)
            .join(ModelRow, ModelRow.id == ModelVersionRow.model_id)
            .where(ModelVersionRow.identity_sha256 == ident, ModelRow.id != model.id)
            .order_by(ModelVersionRow.id)
            .limit(1)
        ).first()
        row = ModelVersionRow(
            model_id=model.id,
            version=latest + 1,
            path=str(found.path),
            format=found.inspection.format,
            identity_sha256=ident,
            size_bytes=sum(f.size for f in files if f.role == "weight"),
            inspection=found.inspection.model_dump(mode="json"),
            files=[f.model_dump(mode="json") for f in files],
            status="registered",
            duplicate_of=f"{dup[0]}@{dup[1]}" if dup else None,
        )
        s.add(row)
        s.flush()
        return row

    def _set_parent(
        self, s: Session, model: ModelRow, parent: str, child: Inspection, kind: str | None
    ) -> None:
        prow = s.scalar(select(ModelRow).where(ModelRow.name == parent))
        if prow is None:
            raise NotFound(f"unknown parent model '{parent}'")
        if model.name in self._ancestor_names(s, prow):
            raise BadRequest(f"'{parent}' descends from '{model.name}': lineage would loop")
        pver = self._served_row(s, prow.id) or self._latest_row(s, prow.id)
        pinsp = Inspection.model_validate(pver.inspection) if pver is not None else None
        model.parent_id = prow.id
        model.parent_version = pver.version if pver is not None else None
        model.derivative_kind = kind or infer_kind(child, pinsp)[0]

    def _ancestor_names(self, s: Session, row: ModelRow) -> set[str]:
        names: set[str] = set()
        current: ModelRow | None = row
        while current is not None and current.parent_id is not None:
            current = s.get(ModelRow, current.parent_id)
            if current is None or current.name in names:
                break
            names.add(current.name)
        return names

    # -- promote / rollback ------------------------------------------------------------------
    def promote(self, name: str, version: int, actor: str | None = None) -> ModelVersionRecord:
        with self.db.session() as s:
            model = self._model_row(s, name, lock=True)
            row = self._version_row(s, model, version)
            changed = row.status != "promoted"
            if changed:
                self._promote_row(s, model, row, actor)
            rec = self._version_record(s, row, name)
        if changed:
            self.audit.admin(
                "model.promote",
                actor,
                model=name,
                version=version,
                weights_sha256=rec.identity_sha256,
            )
        return rec

    def rollback(self, name: str, actor: str | None = None) -> ModelVersionRecord:
        """Serve the version promoted before the current one (a stack: rolling back twice goes
        two promotions back)."""
        with self.db.session() as s:
            model = self._model_row(s, name, lock=True)
            stack = self._promotion_stack(s, name)
            if len(stack) < 2:
                raise Conflict(f"'{name}' has no previously promoted version to roll back to")
            current, target = stack[-1], stack[-2]
            row = self._version_row(s, model, target)
            self._set_promoted(s, model, row)
            self._log(s, name, "rollback", target, actor)
            rec = self._version_record(s, row, name)
        self.audit.admin(
            "model.rollback",
            actor,
            model=name,
            from_version=current,
            version=target,
            weights_sha256=rec.identity_sha256,
        )
        return rec

    def _promote_row(
        self, s: Session, model: ModelRow, row: ModelVersionRow, actor: str | None
    ) -> None:
        self._set_promoted(s, model, row)
        self._log(s, model.name, "promote", row.version, actor)

    def _set_promoted(self, s: Session, model: ModelRow, row: ModelVersionRow) -> None:
        s.execute(
            update(ModelVersionRow)
            .where(ModelVersionRow.model_id == model.id, ModelVersionRow.status == "promoted")
            .values(status="retired")
        )
        s.refresh(row)
        row.status = "promoted"
        row.promoted_at = _now()
        s.flush()

    def _promotion_stack(self, s: Session, name: str) -> builtins.list[int]:
        rows = s.execute(
            select(ModelChangeRow.action, ModelChangeRow.version)
            .where(
                ModelChangeRow.model_name == name,
                ModelChangeRow.action.in_(("promote", "rollback")),
            )
            .order_by(ModelChangeRow.id)
        ).all()
        stack: builtins.list[int] = []
        for action, version in rows:
            if action == "promote":
                stack.append(version)
            elif len(stack) > 1:
                stack.pop()
        return stack

    def _log(self, s: Session, name: str, action: str, version: int, actor: str | None) -> None:
        s.add(ModelChangeRow(model_name=name, action=action, version=version, actor=actor))
        s.flush()

    # -- reads ---------------------------------------------------------------------------------
    def get(self, name: str) -> ModelRecord:
        with self.db.session() as s:
            return self._model_record(s, self._model_row(s, name))

    def exists(self, name: str) -> bool:
        with self.db.session() as s:
            return s.scalar(select(ModelRow.id).where(ModelRow.name == name)) is not None

    def list(self) -> builtins.list[ModelRecord]:
        with self.db.session() as s:
            rows = s.scalars(select(ModelRow).order_by(ModelRow.name)).all()
            return [self._model_record(s, r) for r in rows]

    def versions(self, name: str) -> builtins.list[ModelVersionRecord]:
        with self.db.session() as s:
            model = self._model_row(s, name)
            rows = s.scalars(
                select(ModelVersionRow)
                .where(ModelVersionRow.model_id == model.id)
                .order_by(ModelVersionRow.version)
            ).all()
            return [self._version_record(s, r, name) for r in rows]

    def version(self, name: str, version: int) -> ModelVersionRecord:
        with self.db.session() as s:
            return self._version_record(
                s, self._version_row(s, self._model_row(s, name), version), name
            )

    def served(self, name: str) -> ModelVersionRecord | None:
        """The promoted version (what the gateway serves), or None for an unknown name."""
        with self.db.session() as s:
            model = s.scalar(select(ModelRow).where(ModelRow.name == name))
            row = self._served_row(s, model.id) if model is not None else None
            return self._version_record(s, row, name) if row is not None else None

    def find_by_identity(self, sha256: str) -> builtins.list[ModelVersionRecord]:
        """Every version (any name) with these weights."""
        with self.db.session() as s:
            rows = s.execute(
                select(ModelVersionRow, ModelRow.name)
                .join(ModelRow, ModelRow.id == ModelVersionRow.model_id)
                .where(ModelVersionRow.identity_sha256 == sha256)
                .order_by(ModelVersionRow.id)
            ).all()
            return [self._version_record(s, row, n) for row, n in rows]

    def lineage(self, name: str) -> Lineage:
        with self.db.session() as s:
            self._model_row(s, name)
            family = self._family(s)
        tree = descendants(name, family)
        return Lineage(
            name=name, ancestors=[node_of(family[a]) for a in ancestors(name, family)], tree=tree
        )

    def _family(self, s: Session) -> dict[str, FamilyMember]:
        models = s.scalars(select(ModelRow)).all()
        by_id = {m.id: m.name for m in models}
        served = {
            row.model_id: row
            for row in s.scalars(
                select(ModelVersionRow).where(ModelVersionRow.status == "promoted")
            )
        }
        return {
            m.name: FamilyMember(
                name=m.name,
                parent=by_id.get(m.parent_id) if m.parent_id is not None else None,
                derivative_kind=_kind(m.derivative_kind),
                parent_version=m.parent_version,
                served_version=served[m.id].version if m.id in served else None,
                identity_sha256=served[m.id].identity_sha256 if m.id in served else None,
            )
            for m in models
        }

    # -- cards and flags ---------------------------------------------------------------------
    def card(self, name: str) -> CardRecord:
        with self.db.session() as s:
            m = self._model_row(s, name)
            return CardRecord(
                name=m.name,
                text=m.card,
                license=m.license,
                source=m.source,
                intended_use=m.intended_use,
            )

    def set_card(
        self,
        name: str,
        text: str | None = None,
        *,
        license: str | None = None,
        source: str | None = None,
        intended_use: str | None = None,
        actor: str | None = None,
    ) -> CardRecord:
        """Replace the card text (when given) and set the given structured fields."""
        with self.db.session() as s:
            m = self._model_row(s, name)
            if text is not None:
                m.card = text
            self._set_card_fields(s, name, license, source, intended_use)
        changed = [
            k
            for k, v in {
                "text": text,
                "license": license,
                "source": source,
                "intended_use": intended_use,
            }.items()
            if v is not None
        ]
        self.audit.admin("model.card", actor, model=name, fields=changed)
        return self.card(name)

    def _set_card_fields(
        self,
        s: Session,
        name: str,
        license: str | None,
        source: str | None,
        intended_use: str | None,
    ) -> None:
        m = self._model_row(s, name)
        m.license = license if license is not None else m.license
        m.source = source if source is not None else m.source
        m.intended_use = intended_use if intended_use is not None else m.intended_use

    def set_needs_reevaluation(self, name: str, flag: bool, actor: str | None = None) -> None:
        """The tier engine clears this after re-evaluating a derivative."""
        with self.db.session() as s:
            self._model_row(s, name).needs_reevaluation = flag
        self.audit.admin("model.reevaluation", actor, model=name, needs_reevaluation=flag)

    def pending_reevaluation(self) -> builtins.list[str]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(ModelRow.name).where(ModelRow.needs_reevaluation).order_by(ModelRow.name)
                )
            )

    # -- change polling --------------------------------------------------------------------
    def change_token(self) -> int:
        """A number that grows with every registry change (one indexed MAX query)."""
        with self.db.session() as s:
            return int(s.scalar(select(func.max(ModelChangeRow.id))) or 0)

    def changes_since(self, token: int) -> ChangeSet:
        with self.db.session() as s:
            rows = s.scalars(
                select(ModelChangeRow).where(ModelChangeRow.id > token).order_by(ModelChangeRow.id)
            ).all()
            changes = [
                RegistryChange.model_validate(
                    {
                        "seq": r.id,
                        "name": r.model_name,
                        "action": r.action,
                        "version": r.version,
                        "at": _utc(r.created_at),
                    }
                )
                for r in rows
            ]
        return ChangeSet(token=changes[-1].seq if changes else token, changes=changes)

    # -- the embedded model ----------------------------------------------------------------
    def ensure_embedded(self, settings: Settings) -> ModelVersionRecord | None:
        """Register the bundled model on first start. Later starts cost one query and a stat:
        the stored hash is trusted while path, size and mtime are unchanged."""
        from tiergate.registry.embedded import (
            BUNDLED_LICENSE,
            BUNDLED_SOURCE,
            bundled_model_path,
        )
        from tiergate.settings import EMBEDDED_MODEL_NAME

        path = bundled_model_path()
        if not settings.embedded_model or path is None:
            return None
        name = EMBEDDED_MODEL_NAME
        versions = self.versions(name) if self.exists(name) else []
        served = self.served(name)
        if any(v.path == str(path) and _unchanged(path, v.files) for v in versions):
            return served  # an admin may have promoted another version: leave that alone
        rec = self.register(
            path,
            name,
            license=BUNDLED_LICENSE,
            source=BUNDLED_SOURCE,
            actor="system",
            known_hashes=_known_hashes(versions),
        )
        # The bundled file changed (package upgrade) under a served bundled version: its old
        # bytes are gone, so serve the new ones.
        if rec.status != "promoted" and (served is None or served.path == str(path)):
            rec = self.promote(name, rec.version, actor="system")
        return rec

    # -- row helpers -----------------------------------------------------------------------
    def _model_row(self, s: Session, name: str, *, lock: bool = False) -> ModelRow:
        stmt = select(ModelRow).where(ModelRow.name == name)
        row = s.scalar(stmt.with_for_update() if lock else stmt)
        if row is None:
            raise NotFound(f"unknown model '{name}'")
        return row

    def _version_row(self, s: Session, model: ModelRow, version: int) -> ModelVersionRow:
        row = s.scalar(
            select(ModelVersionRow).where(
                ModelVersionRow.model_id == model.id, ModelVersionRow.version == version
            )
        )
        if row is None:
            raise NotFound(f"model '{model.name}' has no version {version}")
        return row

    def _served_row(self, s: Session, model_id: int) -> ModelVersionRow | None:
        return s.scalar(
            select(ModelVersionRow).where(
                ModelVersionRow.model_id == model_id, ModelVersionRow.status == "promoted"
            )
        )

    def _latest_row(self, s: Session, model_id: int) -> ModelVersionRow | None:
        return s.scalar(
            select(ModelVersionRow)
            .where(ModelVersionRow.model_id == model_id)
            .order_by(ModelVersionRow.version.desc())
            .limit(1)
        )

    def _model_record(self, s: Session, m: ModelRow) -> ModelRecord:
        parent = s.get(ModelRow, m.parent_id) if m.parent_id is not None else None
        served = self._served_row(s, m.id)
        latest = self._latest_row(s, m.id)
        return ModelRecord(
            name=m.name,
            created_at=_utc(m.created_at),
            license=m.license,
            source=m.source,
            intended_use=m.intended_use,
            parent=parent.name if parent else None,
            parent_version=m.parent_version,
            derivative_kind=_kind(m.derivative_kind),
            needs_reevaluation=m.needs_reevaluation,
            served_version=served.version if served else None,
            latest_version=latest.version if latest else None,
        )

    def _version_record(self, s: Session, row: ModelVersionRow, name: str) -> ModelVersionRecord:
        twins = s.execute(
            select(ModelRow.name, ModelVersionRow.version)
            .join(ModelRow, ModelRow.id == ModelVersionRow.model_id)
            .where(
                ModelVersionRow.identity_sha256 == row.identity_sha256,
                ModelVersionRow.model_id != row.model_id,
            )
            .order_by(ModelVersionRow.id)
        ).all()
        return ModelVersionRecord(
            name=name,
            version=row.version,
            path=row.path,
            format=row.format,  # type: ignore[arg-type]
            identity_sha256=row.identity_sha256,
            size_bytes=row.size_bytes,
            inspection=Inspection.model_validate(row.inspection),
            files=[FileEntry.model_validate(f) for f in row.files],
            status=row.status,  # type: ignore[arg-type]
            created_at=_utc(row.created_at),
            promoted_at=_utc(row.promoted_at),
            same_bytes_as=[f"{n}@{v}" for n, v in twins],
        )


def check_name(name: str) -> None:
    if not NAME_RE.match(name):
        raise BadRequest(
            f"invalid model name '{name}': letters, digits and . _ : - (max 128, no '/' or '@')"
        )


def _kind(value: str | None) -> DerivativeKind | None:
    return value if value in DERIVATIVE_KINDS else None  # type: ignore[return-value]


def _unchanged(path: Path, files: list[FileEntry]) -> bool:
    weights = [f for f in files if f.role == "weight"]
    if len(weights) != 1:
        return False
    st = path.stat()
    return st.st_size == weights[0].size and st.st_mtime_ns == weights[0].mtime_ns


def _known_hashes(versions: list[ModelVersionRecord]) -> dict[tuple[str, int, int], str]:
    known: dict[tuple[str, int, int], str] = {}
    for v in versions:
        root = Path(v.path) if v.format == "safetensors" else Path(v.path).parent
        for f in v.files:
            known[(str(root / f.name), f.size, f.mtime_ns)] = f.sha256
    return known
