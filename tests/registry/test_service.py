"""RegistryService: registration, identity, duplicates, lineage, versions, cards, polling."""

from __future__ import annotations

import shutil
from pathlib import Path

import gguf
import pytest

from tests.dbfixtures import _db_templates, db  # noqa: F401  (fixtures: SQLite + PostgreSQL)
from tests.registry import builders
from tests.registry.conftest import FakeAudit
from tiergate.errors import BadRequest, Conflict, NotFound
from tiergate.registry.hashing import sha256_file
from tiergate.registry.service import RegistryService
from tiergate.store.db import Database


@pytest.fixture
def svc(db: Database, audit: FakeAudit) -> RegistryService:  # noqa: F811
    return RegistryService(db, audit=audit)


class CountingProgress:
    def __init__(self) -> None:
        self.total = 0
        self.done = 0

    def begin(self, total_bytes: int) -> None:
        self.total = total_bytes

    def advance(self, nbytes: int) -> None:
        self.done += nbytes


def test_register_gguf_records_hash_and_promotes_first_version(
    svc: RegistryService, files: Path, audit: FakeAudit
) -> None:
    path = builders.dense_gguf(files / "tiny.gguf")
    progress = CountingProgress()
    rec = svc.register(path, "tiny", license="apache-2.0", progress=progress)
    assert (rec.version, rec.status, rec.format) == (1, "promoted", "gguf")
    # a single-file model's identity is the file's own sha256
    assert rec.identity_sha256 == sha256_file(path) == rec.files[0].sha256
    assert progress.total == progress.done == path.stat().st_size
    assert svc.served("tiny") == rec.model_copy(update={"promoted_at": rec.promoted_at})
    assert svc.get("tiny").license == "apache-2.0"
    assert audit.actions() == ["model.register"]


def test_safetensors_identity_covers_weights_not_aux(svc: RegistryService, files: Path) -> None:
    root = builders.mixtral_sharded(files / "mx")
    rec = svc.register(root, "mx")
    roles = {f.name: f.role for f in rec.files}
    assert roles["model-00001-of-00002.safetensors"] == "weight"
    assert roles["config.json"] == "aux"
    assert rec.size_bytes == sum(f.size for f in rec.weight_files())
    (root / "config.json").write_text('{"model_type": "mixtral", "num_local_experts": 4}')
    again = svc.register(root, "mx")
    assert again.existing
    assert again.version == 1


def test_same_bytes_same_name_is_not_a_new_version(svc: RegistryService, files: Path) -> None:
    path = builders.dense_gguf(files / "tiny.gguf")
    first = svc.register(path, "tiny")
    second = svc.register(path, "tiny")
    assert second.existing
    assert second.version == first.version
    assert len(svc.versions("tiny")) == 1


def test_same_bytes_under_another_name_is_flagged(svc: RegistryService, files: Path) -> None:
    path = builders.dense_gguf(files / "tiny.gguf")
    copy = files / "renamed.gguf"
    shutil.copy(path, copy)
    svc.register(path, "tiny")
    twin = svc.register(copy, "tiny-copy")
    assert twin.same_bytes_as == ["tiny@1"]
    assert svc.served("tiny") is not None
    assert svc.versions("tiny")[0].same_bytes_as == ["tiny-copy@1"]
    assert [v.name for v in svc.find_by_identity(twin.identity_sha256)] == ["tiny", "tiny-copy"]


def test_new_bytes_make_a_new_version_that_waits_for_promotion(
    svc: RegistryService, files: Path
) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "tiny")
    v2 = svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "tiny")
    assert (v2.version, v2.status) == (2, "registered")
    served = svc.served("tiny")
    assert served is not None
    assert served.version == 1


def test_promote_and_rollback_stack(svc: RegistryService, files: Path, audit: FakeAudit) -> None:
    for seed in (1, 2, 3):
        svc.register(builders.dense_gguf(files / f"{seed}.gguf", seed=seed), "tiny")
    with pytest.raises(Conflict, match="no previously promoted"):
        svc.rollback("tiny")
    svc.promote("tiny", 2)
    svc.promote("tiny", 3)
    assert [v.status for v in svc.versions("tiny")] == ["retired", "retired", "promoted"]
    assert svc.rollback("tiny").version == 2
    assert svc.rollback("tiny").version == 1
    assert [v.status for v in svc.versions("tiny")] == ["promoted", "retired", "retired"]
    with pytest.raises(Conflict):
        svc.rollback("tiny")
    assert audit.actions().count("model.rollback") == 2
    assert audit.actions().count("model.promote") == 2  # v1's promotion came with its register


def test_promote_errors(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf"), "tiny")
    with pytest.raises(NotFound, match="no version 7"):
        svc.promote("tiny", 7)
    with pytest.raises(NotFound, match="unknown model"):
        svc.promote("nope", 1)


def test_change_token_moves_on_promote_and_rollback(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "tiny")
    svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "tiny")
    token = svc.change_token()
    assert svc.changes_since(token).changes == []
    svc.promote("tiny", 2)
    svc.rollback("tiny")
    changes = svc.changes_since(token)
    assert [(c.action, c.version) for c in changes.changes] == [("promote", 2), ("rollback", 1)]
    assert changes.names() == {"tiny"}
    assert changes.token == svc.change_token() > token


def test_quantization_is_inferred(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "f16.gguf"), "base")
    q = builders.dense_gguf(files / "q8.gguf", file_type=gguf.LlamaFileType.MOSTLY_Q8_0)
    svc.register(q, "base-q8", parent="base")
    model = svc.get("base-q8")
    assert (model.parent, model.parent_version, model.derivative_kind) == (
        "base",
        1,
        "quantization",
    )
    assert model.needs_reevaluation


def test_finetune_lora_and_explicit_kind(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "base")
    svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "tuned", parent="base")
    svc.register(builders.lora_adapter(files / "lora"), "adapter", parent="base")
    svc.register(builders.dense_gguf(files / "c.gguf", seed=3), "merged", parent="tuned",
                 kind="merge")  # fmt: skip
    kinds = {m.name: m.derivative_kind for m in svc.list()}
    assert kinds == {"base": None, "tuned": "finetune", "adapter": "lora", "merged": "merge"}


def test_lineage_tree(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "base")
    svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "tuned", parent="base")
    svc.register(builders.dense_gguf(files / "c.gguf", seed=3), "tuned-2", parent="tuned")
    svc.register(builders.lora_adapter(files / "lora"), "adapter", parent="base")
    lin = svc.lineage("tuned")
    assert [a.name for a in lin.ancestors] == ["base"]
    assert [c.name for c in lin.tree.children] == ["tuned-2"]
    full = svc.lineage("base").tree
    assert [c.name for c in full.children] == ["adapter", "tuned"]
    assert full.children[1].children[0].derivative_kind == "finetune"
    assert [a.name for a in svc.lineage("tuned-2").ancestors] == ["base", "tuned"]


def test_parent_errors(svc: RegistryService, files: Path) -> None:
    path = builders.dense_gguf(files / "a.gguf")
    with pytest.raises(NotFound, match="unknown parent"):
        svc.register(path, "child", parent="ghost")
    with pytest.raises(BadRequest, match="its own parent"):
        svc.register(path, "self", parent="self")
    with pytest.raises(BadRequest, match="needs --parent"):
        svc.register(path, "k", kind="merge")
    with pytest.raises(BadRequest, match="unknown derivative kind"):
        svc.register(path, "k", parent="x", kind="distill")
    assert svc.list() == []  # nothing half-registered


def test_lineage_cannot_loop(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "a")
    svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "b", parent="a")
    with pytest.raises(BadRequest, match="would loop"):
        svc.register(builders.dense_gguf(files / "c.gguf", seed=3), "a", parent="b")


@pytest.mark.parametrize("name", ["", "has/slash", "at@sign", "-lead", "x" * 129])
def test_invalid_names(svc: RegistryService, files: Path, name: str) -> None:
    with pytest.raises(BadRequest, match="invalid model name"):
        svc.register(builders.dense_gguf(files / "a.gguf"), name)


def test_card(svc: RegistryService, files: Path, audit: FakeAudit) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf"), "tiny", source="https://example.org/t")
    svc.set_card("tiny", "# Tiny\nFor tests.", intended_use="unit tests", license="mit")
    card = svc.card("tiny")
    assert (card.text, card.license, card.source) == ("# Tiny\nFor tests.", "mit",
                                                      "https://example.org/t")  # fmt: skip
    assert card.intended_use == "unit tests"
    svc.set_card("tiny", license="apache-2.0")  # fields only: text kept
    assert svc.card("tiny").text.startswith("# Tiny")
    assert "model.card" in audit.actions()


def test_reevaluation_flag(svc: RegistryService, files: Path) -> None:
    svc.register(builders.dense_gguf(files / "a.gguf", seed=1), "base")
    svc.register(builders.dense_gguf(files / "b.gguf", seed=2), "tuned", parent="base")
    assert svc.pending_reevaluation() == ["tuned"]
    svc.set_needs_reevaluation("tuned", False)
    assert svc.pending_reevaluation() == []
    svc.register(builders.dense_gguf(files / "c.gguf", seed=3), "tuned")  # new bytes
    assert svc.pending_reevaluation() == ["tuned"]
