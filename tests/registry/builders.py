"""Tiny real model files, written with the ``gguf`` and ``safetensors`` libraries."""

from __future__ import annotations

import json
from pathlib import Path

import gguf
import numpy as np
import safetensors
from safetensors.numpy import save_file

TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}"


def _write_gguf(path: Path, writer: gguf.GGUFWriter) -> Path:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def dense_gguf(
    path: Path,
    *,
    file_type: gguf.LlamaFileType = gguf.LlamaFileType.MOSTLY_F16,
    seed: int = 0,
    template: bool = True,
) -> Path:
    """A llama-like model: 2048 + 512 + 32 = 2592 parameters."""
    rng = np.random.default_rng(seed)
    w = gguf.GGUFWriter(path, arch="llama")
    w.add_name("tiny-llama")
    w.add_context_length(2048)
    w.add_block_count(1)
    w.add_file_type(file_type)
    if template:
        w.add_chat_template(TEMPLATE)
    w.add_tensor("token_embd.weight", rng.standard_normal((64, 32)).astype(np.float32))
    w.add_tensor("blk.0.attn_q.weight", rng.standard_normal((16, 32)).astype(np.float16))
    w.add_tensor("output_norm.weight", np.ones(32, dtype=np.float32))
    return _write_gguf(path, w)


def moe_gguf(path: Path) -> Path:
    """GPT-OSS-like: 4 experts, 2 used, expert tensors typed MXFP4 (17 bytes per 32 values).
    Experts 3 x 1024, embeddings 2048, router 128: total 5248, active 5248 - 1536 = 3712."""
    w = gguf.GGUFWriter(path, arch="gpt-oss")
    w.add_name("tiny-oss")
    w.add_context_length(131072)
    w.add_expert_count(4)
    w.add_expert_used_count(2)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_MXFP4_MOE)
    w.add_chat_template(TEMPLATE)
    w.add_tensor("token_embd.weight", np.zeros((64, 32), dtype=np.float32))
    w.add_tensor("blk.0.ffn_gate_inp.weight", np.zeros((4, 32), dtype=np.float32))
    for part in ("gate", "up", "down"):
        raw = np.full((4, 8, 17), 0x11, dtype=np.uint8)  # byte shape of a (4, 8, 32) MXFP4 tensor
        w.add_tensor(
            f"blk.0.ffn_{part}_exps.weight", raw, raw_dtype=gguf.GGMLQuantizationType.MXFP4
        )
    return _write_gguf(path, w)


def _bf16(shape: tuple[int, ...], keep: list[np.ndarray]) -> safetensors.TensorSpec:
    arr = np.full(shape, 0x3F80, dtype=np.uint16)  # 1.0 in bfloat16
    keep.append(arr)
    return safetensors.TensorSpec(
        dtype="bfloat16", shape=list(shape), data_ptr=arr.ctypes.data, data_len=arr.nbytes
    )


def _json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj))


def dense_safetensors(root: Path) -> Path:
    """BF16 llama: 1024 + 512 = 1536 parameters, chat template in tokenizer_config.json."""
    root.mkdir(parents=True)
    keep: list[np.ndarray] = []
    specs = {
        "model.embed_tokens.weight": _bf16((64, 16), keep),
        "model.layers.0.mlp.up_proj.weight": _bf16((32, 16), keep),
    }
    safetensors.serialize_file(specs, str(root / "model.safetensors"), None)
    _json(
        root / "config.json",
        {
            "architectures": ["LlamaForCausalLM"],
            "model_type": "llama",
            "max_position_embeddings": 2048,
        },
    )
    _json(root / "tokenizer_config.json", {"chat_template": TEMPLATE})
    return root


def mixtral_sharded(root: Path) -> Path:
    """Mixtral-like, two shards + index: experts 4 x 128, gate 64, embed 512 -> total 1088,
    active 1088 - 256 = 832."""
    root.mkdir(parents=True)
    pre = "model.layers.0.block_sparse_moe"
    shard1 = {f"{pre}.experts.{i}.w1.weight": np.ones((8, 16), np.float16) for i in range(4)}
    shard2 = {
        f"{pre}.gate.weight": np.ones((4, 16), np.float16),
        "model.embed_tokens.weight": np.ones((32, 16), np.float16),
    }
    save_file(shard1, str(root / "model-00001-of-00002.safetensors"))
    save_file(shard2, str(root / "model-00002-of-00002.safetensors"))
    weight_map = {k: "model-00001-of-00002.safetensors" for k in shard1}
    weight_map |= {k: "model-00002-of-00002.safetensors" for k in shard2}
    _json(root / "model.safetensors.index.json", {"metadata": {}, "weight_map": weight_map})
    _json(
        root / "config.json",
        {
            "architectures": ["MixtralForCausalLM"],
            "model_type": "mixtral",
            "num_local_experts": 4,
            "num_experts_per_tok": 2,
            "max_position_embeddings": 4096,
        },
    )
    return root


def gpt_oss_mxfp4(root: Path) -> Path:
    """GPT-OSS layout: U8 *_blocks (2 FP4 values per byte) + U8 *_scales. Experts
    2048 + 1024, router 128, embed 2048: total 5248, active 5248 - 1536 = 3712."""
    root.mkdir(parents=True)
    pre = "model.layers.0.mlp"
    tensors = {
        f"{pre}.experts.gate_up_proj_blocks": np.zeros((4, 16, 1, 16), np.uint8),
        f"{pre}.experts.gate_up_proj_scales": np.zeros((4, 16, 1), np.uint8),
        f"{pre}.experts.down_proj_blocks": np.zeros((4, 8, 1, 16), np.uint8),
        f"{pre}.experts.down_proj_scales": np.zeros((4, 8, 1), np.uint8),
        f"{pre}.router.weight": np.zeros((4, 32), np.float16),
        "model.embed_tokens.weight": np.zeros((64, 32), np.float16),
    }
    save_file(tensors, str(root / "model.safetensors"))
    _json(
        root / "config.json",
        {
            "architectures": ["GptOssForCausalLM"],
            "model_type": "gpt_oss",
            "num_local_experts": 4,
            "experts_per_token": 2,
            "max_position_embeddings": 131072,
            "quantization_config": {"quant_method": "mxfp4"},
        },
    )
    (root / "chat_template.jinja").write_text(TEMPLATE)
    return root


def lora_adapter(root: Path, base: str = "tiny-llama") -> Path:
    """A PEFT LoRA adapter: r=4 on q_proj (A 4x16 + B 16x4 = 128 parameters)."""
    root.mkdir(parents=True)
    save_file(
        {
            "base_model.model.layers.0.self_attn.q_proj.lora_A.weight": np.ones(
                (4, 16), np.float32
            ),
            "base_model.model.layers.0.self_attn.q_proj.lora_B.weight": np.ones(
                (16, 4), np.float32
            ),
        },
        str(root / "adapter_model.safetensors"),
    )
    _json(
        root / "adapter_config.json",
        {
            "peft_type": "LORA",
            "base_model_name_or_path": base,
            "r": 4,
            "lora_alpha": 8,
            "target_modules": ["q_proj"],
        },
    )
    return root
