"""Header inspection of real (tiny) GGUF and safetensors files, and of the bundled model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.registry import builders
from tiergate.errors import BadRequest
from tiergate.registry.inspect import inspect_path, read_safetensors_header

# builder, file name, architecture, total, active, experts, used, quantization, ctx, template
CASES: list[
    tuple[Callable[[Path], Path], str, str, int, int, int | None, int | None, str, int, bool]
] = [
    (builders.dense_gguf, "dense.gguf", "llama", 2592, 2592, None, None, "F16", 2048, True),
    (builders.moe_gguf, "oss.gguf", "gpt-oss", 5248, 3712, 4, 2, "MXFP4", 131072, True),
    (builders.dense_safetensors, "dense", "llama", 1536, 1536, None, None, "BF16", 2048, True),
    (builders.mixtral_sharded, "mixtral", "mixtral", 1088, 832, 4, 2, "F16", 4096, False),
    (builders.gpt_oss_mxfp4, "gpt-oss", "gpt_oss", 5248, 3712, 4, 2, "MXFP4", 131072, True),
]


@pytest.mark.parametrize(
    ("build", "fname", "arch", "total", "active", "experts", "used", "quant", "ctx", "template"),
    CASES,
    ids=[c[1] for c in CASES],
)
def test_inspection(files: Path, build: Callable[[Path], Path], fname: str, arch: str, total: int,
                    active: int, experts: int | None, used: int | None, quant: str, ctx: int,
                    template: bool) -> None:  # fmt: skip
    found = inspect_path(build(files / fname))
    i = found.inspection
    assert (i.architecture, i.total_params, i.active_params) == (arch, total, active)
    assert (i.experts, i.experts_used) == (experts, used)
    assert (i.quantization, i.context_length, i.chat_template) == (quant, ctx, template)
    assert i.adapter is None


def test_gguf_mxfp4_tensor_bytes(files: Path) -> None:
    i = inspect_path(builders.moe_gguf(files / "oss.gguf")).inspection
    # 3 expert tensors x 1024 values / 32 per block x 17 bytes per block
    assert i.tensor_types["MXFP4"] == 3 * 1024 // 32 * 17


def test_sharded_lists_every_shard_and_aux_files(files: Path) -> None:
    found = inspect_path(builders.mixtral_sharded(files / "mx"))
    assert found.weights == ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]
    assert "model.safetensors.index.json" in found.aux
    assert "config.json" in found.aux


def test_missing_shard_is_an_error(files: Path) -> None:
    root = builders.mixtral_sharded(files / "mx")
    (root / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(BadRequest, match="missing or invalid shard"):
        inspect_path(root)


def test_lora_adapter(files: Path) -> None:
    i = inspect_path(builders.lora_adapter(files / "lora")).inspection
    assert i.adapter is not None
    assert (i.adapter.type, i.adapter.base_model, i.adapter.rank) == ("lora", "tiny-llama", 4)
    assert i.adapter.target_modules == ["q_proj"]
    assert i.total_params == 128


def test_quantized_file_type_name(files: Path) -> None:
    import gguf

    path = builders.dense_gguf(files / "q.gguf", file_type=gguf.LlamaFileType.MOSTLY_Q4_K_M)
    assert inspect_path(path).inspection.quantization == "Q4_K_M"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not a model", "not a GGUF file"),
        (b"GGUF\x03\x00\x00\x00\xff\xff\xff", "corrupt GGUF header"),
    ],
)
def test_bad_gguf(files: Path, content: bytes, message: str) -> None:
    path = files / "bad.gguf"
    path.write_bytes(content)
    with pytest.raises(BadRequest, match=message):
        inspect_path(path)


def test_truncated_gguf(files: Path) -> None:
    good = builders.dense_gguf(files / "good.gguf").read_bytes()
    bad = files / "cut.gguf"
    bad.write_bytes(good[:200])
    with pytest.raises(BadRequest, match="corrupt GGUF header"):
        inspect_path(bad)


@pytest.mark.parametrize(
    "content",
    [b"\x01\x02", (10**9).to_bytes(8, "little") + b"{}", (4).to_bytes(8, "little") + b"nope"],
    ids=["short", "huge-length", "not-json"],
)
def test_corrupt_safetensors_header(files: Path, content: bytes) -> None:
    path = files / "model.safetensors"
    path.write_bytes(content)
    with pytest.raises(BadRequest, match="corrupt safetensors header"):
        read_safetensors_header(path)


def test_safetensors_offsets_outside_file(files: Path) -> None:
    header = b'{"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}'
    path = files / "model.safetensors"
    path.write_bytes(len(header).to_bytes(8, "little") + header + b"\0" * 8)
    with pytest.raises(BadRequest, match="outside the file"):
        read_safetensors_header(path)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file"),
        ("empty-dir", "not a model directory"),
        ("no-weights", "no \\*.safetensors"),
        ("shard", "not a shard"),
    ],
)
def test_bad_paths(files: Path, setup: str, message: str) -> None:
    target = files / setup
    if setup == "empty-dir":
        target.mkdir()
    elif setup == "no-weights":
        target.mkdir()
        (target / "config.json").write_text("{}")
    elif setup == "shard":
        target = files / "model.safetensors"
        target.write_bytes(b"")
    with pytest.raises(BadRequest, match=message):
        inspect_path(target)
