"""Configuration: typed decoding that names the bad field, and environment overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.common.config import Config, ConfigError, load_config

EXAMPLE = Path(__file__).resolve().parents[1] / "lockgate.example.toml"


def test_the_example_file_is_the_defaults():
    assert load_config(EXAMPLE, env={}) == Config()


def test_a_wrong_type_names_the_field(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[gateway]\nmax_body_bytes = "lots"\n')
    with pytest.raises(ConfigError, match=r"\$\.gateway\.max_body_bytes"):
        load_config(path, env={})


def test_an_unknown_field_is_refused(tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text("[upstream]\nmax_attempt = 3\n")
    with pytest.raises(ConfigError, match="max_attempt"):
        load_config(path, env={})


def test_environment_overrides_the_file(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[upstream]\nurl = "http://file"\n')
    config = load_config(
        path,
        env={
            "LOCKGATE_LISTEN": "0.0.0.0:9000",
            "LOCKGATE_UPSTREAM_URL": "http://env",
            "ANTHROPIC_API_KEY": "fallback-key",
            "NATS_URL": "nats://n:4222",
            "LOCKGATE_DATA_DIR": "/var/lib/lockgate",
        },
    )
    assert (config.gateway.listen, config.upstream.url, config.upstream.key) == ("0.0.0.0:9000", "http://env", "fallback-key")
    assert (config.nats.url, config.data_dir) == ("nats://n:4222", "/var/lib/lockgate")
    assert load_config(path, env={"LOCKGATE_UPSTREAM_KEY": "own", "ANTHROPIC_API_KEY": "other"}).upstream.key == "own"


def test_production_mode_refuses_the_development_issuer_and_the_simulated_upstream(tmp_path):
    path = tmp_path / "prod.toml"
    path.write_text('mode = "production"\n')
    with pytest.raises(ConfigError, match="identity.dev_issuer"):
        load_config(path, env={"LOCKGATE_UPSTREAM_KEY": "k"})
    path.write_text('mode = "production"\n[identity]\n[[identity.issuers]]\nissuer = "https://idp.example/"\naudience = ["lockgate"]\n')
    with pytest.raises(ConfigError, match="upstream.key"):
        load_config(path, env={})
    assert load_config(path, env={"LOCKGATE_UPSTREAM_KEY": "k"}).mode == "production"
