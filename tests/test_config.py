import pytest

from summarizer import ConfigError, resolve_settings
from summarizer.config import DEFAULT_OPENAI_MODEL, EMBEDDED_MODEL_NAME
from tests.conftest import FAKE_KEY


def test_defaults_pick_the_embedded_model():
    settings = resolve_settings({}, environ={})
    assert settings.resolved_backend == "embedded"
    assert settings.resolved_model == EMBEDDED_MODEL_NAME
    assert settings.resolved_output_mode == "json_object"


def test_environment_beats_default_and_flag_beats_environment():
    env = {"SUMMARIZER_MODEL": "from-env", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}
    assert resolve_settings({}, environ=env).resolved_model == "from-env"
    assert resolve_settings({"model": "from-flag"}, environ=env).resolved_model == "from-flag"
    # an unset flag (None) never hides the environment
    assert resolve_settings({"model": None}, environ=env).resolved_model == "from-env"


def test_auto_backend_follows_what_is_configured():
    assert resolve_settings({}, environ={"OPENAI_API_KEY": FAKE_KEY}).resolved_backend == "openai"
    assert resolve_settings({}, environ={"OPENAI_API_KEY": FAKE_KEY}).resolved_model == DEFAULT_OPENAI_MODEL
    both = {"OPENAI_API_KEY": FAKE_KEY, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}
    assert resolve_settings({}, environ=both).resolved_backend == "server"
    assert resolve_settings({"backend": "embedded"}, environ=both).resolved_backend == "embedded"
    assert resolve_settings({}, environ={"SUMMARIZER_MODEL_PATH": "/x.gguf"}).model_path == "/x.gguf"


def test_server_defaults_to_json_schema_and_can_be_told_otherwise():
    settings = resolve_settings({"base_url": "http://127.0.0.1:9/v1"}, environ={})
    assert settings.resolved_output_mode == "json_schema"
    env = {"SUMMARIZER_OUTPUT_MODE": "json_object"}
    assert resolve_settings({"base_url": "http://127.0.0.1:9/v1"}, environ=env).resolved_output_mode == "json_object"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"backend": "gpt"}, "unknown backend"),
        ({"backend": "openai"}, "OPENAI_API_KEY"),
        ({"backend": "server"}, "--base-url"),
        ({"temperature": 5.0}, "temperature"),
        ({"max_retries": -1}, "max retries"),
        ({"output_mode": "xml"}, "output mode"),
        ({"colour": "red"}, "unknown setting"),
    ],
)
def test_bad_settings_say_how_to_fix_them(overrides, message):
    with pytest.raises(ConfigError, match=message):
        resolve_settings(overrides, environ={})


def test_the_key_never_shows_in_repr():
    settings = resolve_settings({"api_key": FAKE_KEY}, environ={})
    assert FAKE_KEY not in repr(settings)
