"""Read what a model is from its weight-file headers, never its tensor data.

GGUF goes through ``gguf.GGUFReader``, which memory-maps the file and parses the key/value header
and the tensor-info table; tensor data stay unmapped pages until someone indexes them (we never
do). Safetensors files are read as their 8-byte length plus JSON header only.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tiergate.errors import BadRequest
from tiergate.registry.records import AdapterInfo, Inspection

GGUF_MAGIC = b"GGUF"
# A header bigger than this is corruption, not a model (real ones are a few MB at most).
MAX_SAFETENSORS_HEADER = 100 * 1024 * 1024
# Files of a Hugging Face directory worth keeping (hashed, downloadable) next to the weights.
AUX_SUFFIXES = frozenset({".json", ".jinja", ".txt", ".model"})
# GGUF expert tensors: blk.N.ffn_{gate,up,down,gate_up}_exps.weight (shared experts are _shexp).
_GGUF_EXPERT = re.compile(r"_exps(\.|$)")
# HF expert tensors: ...experts.N.w1 (Mixtral), mlp.experts.N.up_proj (Qwen-MoE),
# mlp.experts.gate_up_proj_blocks (GPT-OSS fused); not shared_experts / shared_expert.
_HF_EXPERT = re.compile(r"(^|\.)experts\.")

_CTX_KEYS = ("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length", "n_ctx")
_EXPERT_KEYS = ("num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts")
_USED_KEYS = ("num_experts_per_tok", "experts_per_token", "num_experts_per_token", "moe_top_k")


@dataclass
class Inspected:
    """An inspection plus the files it was read from (names relative to ``root``)."""

    inspection: Inspection
    path: Path
    root: Path
    weights: list[str]
    aux: list[str] = field(default_factory=list)


def inspect_path(path: Path) -> Inspected:
    """Inspect a GGUF file or a safetensors directory; BadRequest on anything else."""
    path = path.expanduser()
    if not path.exists():
        raise BadRequest(f"no such file or directory: {path}")
    path = path.resolve()
    if path.is_dir():
        return inspect_safetensors_dir(path)
    if path.suffix == ".safetensors":
        raise BadRequest(
            f"{path.name}: register the model directory (with config.json), not a shard"
        )
    return inspect_gguf(path)


# -- GGUF ---------------------------------------------------------------------------------


def inspect_gguf(path: Path) -> Inspected:
    with path.open("rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise BadRequest(f"{path.name}: not a GGUF file (bad magic)")
    from gguf import GGUFReader

    try:
        # The reader (and its memory map) is dropped when this block ends.
        reader = GGUFReader(path)
        fields = {k: _field_value(f) for k, f in reader.fields.items() if _wanted(k)}
        tensors = [
            (t.name, t.tensor_type.name, int(t.n_elements), int(t.n_bytes)) for t in reader.tensors
        ]
        del reader
    except Exception as exc:  # the reader raises ValueError, IndexError, numpy errors...
        raise BadRequest(f"{path.name}: corrupt GGUF header ({exc})") from None
    return Inspected(_gguf_inspection(fields, tensors), path, path.parent, [path.name])


def _wanted(key: str) -> bool:
    # The token tables are large and carry nothing we report.
    return not key.startswith("tokenizer.ggml.") and not key.startswith("GGUF.")


def _field_value(f: Any) -> Any:
    value = f.contents()
    if isinstance(value, list) and len(value) > 64:
        return None
    return value


def _gguf_inspection(
    fields: dict[str, Any], tensors: list[tuple[str, str, int, int]]
) -> Inspection:
    arch = _opt_str(fields.get("general.architecture"))
    experts = _opt_int(fields.get(f"{arch}.expert_count"))
    used = _opt_int(fields.get(f"{arch}.expert_used_count"))
    total = sum(n for _, _, n, _ in tensors)
    expert_params = sum(n for name, _, n, _ in tensors if _GGUF_EXPERT.search(name))
    by_type: dict[str, int] = {}
    for _, ttype, _, nbytes in tensors:
        by_type[ttype] = by_type.get(ttype, 0) + nbytes
    notes: list[str] = []
    if experts and experts > 1 and not expert_params:
        notes.append("expert_count set but no *_exps tensors found; active = total")
    return Inspection(
        format="gguf",
        architecture=arch,
        display_name=_opt_str(fields.get("general.name")),
        total_params=total,
        active_params=_active(total, expert_params, experts, used),
        experts=experts if experts and experts > 1 else None,
        experts_used=used if experts and experts > 1 else None,
        quantization=_gguf_quant(_opt_int(fields.get("general.file_type")), by_type),
        tensor_types=by_type,
        context_length=_opt_int(fields.get(f"{arch}.context_length")),
        chat_template=bool(fields.get("tokenizer.chat_template")),
        tensor_count=len(tensors),
        adapter=_gguf_adapter(fields),
        notes=notes,
    )


def _gguf_quant(file_type: int | None, by_type: dict[str, int]) -> str | None:
    """llama.cpp's file-type name (Q4_K_M says more than the dominant Q4_K); else the tensor
    type holding the most bytes."""
    from gguf import LlamaFileType

    if file_type is not None:
        try:
            name = LlamaFileType(file_type).name
        except ValueError:
            name = ""
        if name and name != "GUESSED":
            name = name.removeprefix("MOSTLY_").removeprefix("ALL_")
            return "MXFP4" if name == "MXFP4_MOE" else name
    return max(by_type, key=lambda k: by_type[k]) if by_type else None


def _gguf_adapter(fields: dict[str, Any]) -> AdapterInfo | None:
    if fields.get("general.type") != "adapter":
        return None
    alpha = fields.get("adapter.lora.alpha")
    return AdapterInfo(
        type=_opt_str(fields.get("adapter.type")) or "lora",
        base_model=_opt_str(fields.get("general.base_model.0.name")),
        alpha=float(alpha) if isinstance(alpha, int | float) else None,
    )


# -- safetensors --------------------------------------------------------------------------


@dataclass(frozen=True)
class TensorHeader:
    name: str
    dtype: str
    shape: tuple[int, ...]
    nbytes: int

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


def read_safetensors_header(path: Path) -> list[TensorHeader]:
    """The tensor table of one .safetensors file, from its header alone."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(8)
        if len(head) < 8:
            raise BadRequest(f"{path.name}: corrupt safetensors header (file too short)")
        n = int.from_bytes(head, "little")
        if n > min(size - 8, MAX_SAFETENSORS_HEADER):
            raise BadRequest(f"{path.name}: corrupt safetensors header (length {n})")
        raw = fh.read(n)
    try:
        table = json.loads(raw)
        if not isinstance(table, dict):
            raise ValueError("header is not a JSON object")
        return [_tensor_header(k, v, size - 8 - n) for k, v in table.items() if k != "__metadata__"]
    except (ValueError, TypeError, KeyError) as exc:
        raise BadRequest(f"{path.name}: corrupt safetensors header ({exc})") from None


def _tensor_header(name: str, info: Any, data_size: int) -> TensorHeader:
    start, end = (int(x) for x in info["data_offsets"])
    if not 0 <= start <= end <= data_size:
        raise ValueError(f"tensor {name} lies outside the file")
    shape = tuple(int(d) for d in info["shape"])
    return TensorHeader(name, str(info["dtype"]), shape, end - start)


def inspect_safetensors_dir(root: Path) -> Inspected:
    config = _read_json(root / "config.json")
    adapter_cfg = _read_json(root / "adapter_config.json")
    if config is None and adapter_cfg is None:
        raise BadRequest(f"{root}: not a model directory (no config.json or adapter_config.json)")
    weights = _weight_files(root)
    tensors = [t for name in weights for t in read_safetensors_header(root / name)]
    inspection = _st_inspection(config or {}, tensors)
    inspection.chat_template = _has_chat_template(root)
    if adapter_cfg is not None:
        inspection.adapter = _lora_adapter(adapter_cfg)
    aux = sorted(
        p.name
        for p in root.iterdir()
        if p.is_file() and p.suffix in AUX_SUFFIXES and not p.name.startswith(".")
    )
    return Inspected(inspection, root, root, weights, aux)


def _weight_files(root: Path) -> list[str]:
    indexes = sorted(root.glob("*.safetensors.index.json"))
    if indexes:
        index = _read_json(indexes[0]) or {}
        weight_map = index.get("weight_map")
        if not isinstance(weight_map, dict) or not weight_map:
            raise BadRequest(f"{indexes[0].name}: no weight_map")
        names = sorted({str(v) for v in weight_map.values()})
        missing = [n for n in names if "/" in n or not (root / n).is_file()]
        if missing:
            raise BadRequest(f"{indexes[0].name}: missing or invalid shard {missing[0]}")
        return names
    names = sorted(p.name for p in root.glob("*.safetensors") if p.is_file())
    if not names:
        raise BadRequest(f"{root}: no *.safetensors files")
    return names


def _st_inspection(config: dict[str, Any], tensors: list[TensorHeader]) -> Inspection:
    text_cfg = config.get("text_config")
    merged = {**text_cfg, **config} if isinstance(text_cfg, dict) else config
    names = {t.name for t in tensors}
    total = expert_params = 0
    by_type: dict[str, int] = {}
    mxfp4 = False
    for t in tensors:
        params, kind = _st_params(t, names)
        mxfp4 = mxfp4 or kind == "MXFP4"
        total += params
        by_type[kind] = by_type.get(kind, 0) + t.nbytes
        if _HF_EXPERT.search(t.name):
            expert_params += params
    experts = _first_int(merged, _EXPERT_KEYS)
    used = _first_int(merged, _USED_KEYS)
    moe = bool(experts and experts > 1)
    archs = config.get("architectures")
    return Inspection(
        format="safetensors",
        architecture=_opt_str(merged.get("model_type")) or (archs[0] if archs else None),
        hf_architectures=[str(a) for a in archs] if isinstance(archs, list) else [],
        display_name=_opt_str(config.get("_name_or_path")),
        total_params=total,
        active_params=_active(total, expert_params, experts, used),
        experts=experts if moe else None,
        experts_used=used if moe else None,
        quantization=_st_quant(config, by_type, mxfp4),
        tensor_types=by_type,
        context_length=_first_int(merged, _CTX_KEYS),
        tensor_count=len(tensors),
    )


def _st_params(t: TensorHeader, names: set[str]) -> tuple[int, str]:
    """Logical parameters in a tensor, and the type to file its bytes under. GPT-OSS stores
    MXFP4 as U8 ``*_blocks`` (two FP4 values per byte) plus U8 ``*_scales`` (shared exponents,
    not parameters)."""
    if t.dtype == "U8" and t.name.endswith("_blocks") and t.name[:-7] + "_scales" in names:
        return t.numel * 2, "MXFP4"
    if t.dtype == "U8" and t.name.endswith("_scales") and t.name[:-7] + "_blocks" in names:
        return 0, "MXFP4"
    return t.numel, t.dtype


def _st_quant(config: dict[str, Any], by_type: dict[str, int], mxfp4: bool) -> str | None:
    qcfg = config.get("quantization_config")
    if isinstance(qcfg, dict) and qcfg.get("quant_method"):
        method = str(qcfg["quant_method"]).upper()
        bits = qcfg.get("bits")
        return f"{method}-{bits}bit" if isinstance(bits, int) and method != "MXFP4" else method
    if mxfp4:
        return "MXFP4"
    return max(by_type, key=lambda k: by_type[k]) if by_type else None


def _has_chat_template(root: Path) -> bool:
    if (root / "chat_template.jinja").is_file() or (root / "chat_template.json").is_file():
        return True
    tok = _read_json(root / "tokenizer_config.json") or {}
    return bool(tok.get("chat_template"))


def _lora_adapter(cfg: dict[str, Any]) -> AdapterInfo:
    targets = cfg.get("target_modules")
    alpha = cfg.get("lora_alpha")
    return AdapterInfo(
        type=str(cfg.get("peft_type") or "lora").lower(),
        base_model=_opt_str(cfg.get("base_model_name_or_path")),
        rank=_opt_int(cfg.get("r")),
        alpha=float(alpha) if isinstance(alpha, int | float) else None,
        target_modules=[str(t) for t in targets] if isinstance(targets, list) else [],
    )


# -- shared -------------------------------------------------------------------------------


def _active(total: int, expert_params: int, experts: int | None, used: int | None) -> int:
    """Parameters touched per token: all but the unused share of the routed experts."""
    if not experts or experts <= 1 or not used or not expert_params:
        return total
    return total - round(expert_params * (1 - min(used, experts) / experts))


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"{path.name}: invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise BadRequest(f"{path.name}: expected a JSON object")
    return data


def _first_int(cfg: dict[str, Any], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        value = _opt_int(cfg.get(key))
        if value is not None:
            return value
    return None


def _opt_int(value: Any) -> int | None:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
