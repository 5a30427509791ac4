"""`embed_threads` reaches the embedded model's OpenMP pool (checked in fresh processes:
OpenMP fixes its thread count when the engine loads)."""

import os
import subprocess
import sys

import pytest

THREADS_AFTER_ONE_QUESTION = """
import os
from bot.config import Settings
from bot.embeddings import build_embed_model
model = build_embed_model(Settings())
model.get_query_embedding("how long does shipping take?")
print(len(os.listdir("/proc/self/task")))
"""


def os_threads_after_a_question(embed_threads):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "OMP_"))}
    if embed_threads is not None:
        env["FAQBOT_EMBED_THREADS"] = str(embed_threads)
    done = subprocess.run([sys.executable, "-c", THREADS_AFTER_ONE_QUESTION], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores to tell one thread from all")
def test_embed_threads_setting_limits_the_embedded_models_threads():
    all_cores, one = os_threads_after_a_question(None), os_threads_after_a_question(1)
    assert one < all_cores
    if os.cpu_count() == 2:
        assert os_threads_after_a_question(2) == all_cores


def test_embed_threads_must_be_positive():
    from pydantic import ValidationError

    from bot.config import Settings

    with pytest.raises(ValidationError, match="embed_threads"):
        Settings(embed_threads=0)
