"""Redaction of secrets in captured output: by environment variable, and by token shape."""

from __future__ import annotations

import base64
import codecs
import json
from pathlib import Path
from typing import Any

import pytest

from pytest_genreliability.redact import (
    MASK,
    is_secret_name,
    redact,
    redact_command,
    secret_values,
    strip_controls,
)


@pytest.mark.parametrize(
    "name",
    [
        "API_KEY",
        "NPM_TOKEN",
        "GITHUB_TOKEN",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "PGPASSWORD",
        "MYSQL_PWD",
        "DB_PASSWORD",
        "SENTRY_DSN",
        "DATABASE_URL",
        "SHADOW_DATABASE_URL",
        "AZURE_DEVOPS_PAT",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "SESSION_COOKIE",
        "npmToken",
        "stripeApiKey",
        "client-secret",
    ],
)
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "KEYBOARD_LAYOUT",
        "TOKENIZERS_PARALLELISM",
        "MONKEY_PATCH",
        "PASSTHROUGH",
        "GIT_ASKPASS",
        "GIT_AUTHOR_NAME",
        "PWD",
        "OLDPWD",
        "SSH_AUTH_SOCK",
        "XDG_SESSION_TYPE",
        "DESKTOP_SESSION",
        "DBUS_SESSION_BUS_ADDRESS",
        "PATH",
        "HOME",
        "DATABASE",
        "URL",
    ],
)
def test_names_that_are_not_secrets(name: str) -> None:
    assert not is_secret_name(name)


def test_secret_values_picks_values_of_secret_names() -> None:
    env = {
        "NPM_TOKEN": "npm-value-1234",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG",
        "DATABASE_URL": "postgresql://app:pw@db/app",
        "KEYBOARD_LAYOUT": "dvorak",
        "XDG_SESSION_CLASS": "user",
        "API_KEY": "abc",  # too short to mask everywhere
        "NPM_CONFIG_ALWAYS_AUTH": "true",  # a flag, not a secret
        "SESSION_TIMEOUT": "3600",  # digits only
        "EMPTY_TOKEN": "",
    }
    assert secret_values(env) == {
        "npm-value-1234",
        "wJalrXUtnFEMI/K7MDENG",
        "postgresql://app:pw@db/app",
    }


def test_env_secrets_are_masked_longest_first() -> None:
    text = "token abcdefgh, prefix abcd, other abcdefgh-tail\n"
    assert redact(text, {"abcd", "abcdefgh"}) == "token ***, prefix ***, other ***-tail\n"


def test_env_secrets_leave_other_text_alone() -> None:
    assert redact("nothing to hide here", {"s3cr3t-value", ""}) == "nothing to hide here"


# Token shapes. The AWS key id is the example of the AWS IAM User Guide ("Manage access keys for
# IAM users"); the GitHub prefixes are those of GitHub's token formats (ghp_, gho_, ghu_, ghs_,
# ghr_ followed by 36 characters; fine-grained tokens start with github_pat_); npm access tokens
# are npm_ followed by 36 characters.
GITHUB_CLASSIC = "ghp_" + "A1b2C3d4E5" * 3 + "F6g7H8"
GITHUB_FINE = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789"
NPM = "npm_" + "x9Y8z7W6v5" * 3 + "U4t3S2"


def jwt() -> str:
    """A compact JWS as RFC 7519 section 3 builds one: base64url(header).base64url(claims).sig."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = part(json.dumps({"typ": "JWT", "alg": "HS256"}).encode())
    claims = part(json.dumps({"iss": "joe", "exp": 1300819380}).encode())
    return f"{header}.{claims}.{part(b'signature-bytes-0123456789')}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"remote: using {GITHUB_CLASSIC} now", "remote: using *** now"),
        (f"GH_TOKEN={GITHUB_FINE}", "GH_TOKEN=***"),
        (f"auth {NPM}\n", "auth ***\n"),
        ("key id AKIAIOSFODNN7EXAMPLE in use", "key id *** in use"),
        (f"cookie {jwt()} set", "cookie *** set"),
        ("curl -H 'X-Note: Bearer 0123456789abcdef'", "curl -H 'X-Note: Bearer ***'"),
        ("Authorization: Basic dXNlcjpwYXNz\nnext line", "Authorization: ***\nnext line"),
        ('{"authorization": "token abc123"}', '{"authorization": "***"}'),
        ("fetch https://user:pass@host/x failed", "fetch https://user:***@host/x failed"),
        ("redis://:hunter22@cache:6379/0", "redis://:***@cache:6379/0"),
        ("postgresql://app:p@ss@db:5432/app", "postgresql://app:***@db:5432/app"),
        (
            "Server=db;Database=app;User Id=sa;Password=Secr3t!;Encrypt=true",
            "Server=db;Database=app;User Id=sa;Password=***;Encrypt=true",
        ),
        ("PGPASSWORD=hunter22 psql", "PGPASSWORD=*** psql"),
        ("//registry.npmjs.org/:_authToken=abc123def", "//registry.npmjs.org/:_authToken=***"),
        ("api_key='two words' rest", "api_key=*** rest"),
        (
            "https://x.test/cb?code=1&access_token=abc&state=2",
            "https://x.test/cb?code=1&access_token=***&state=2",
        ),
    ],
)
def test_token_shapes_are_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_private_key_block_is_masked_even_when_cut() -> None:
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n"
    whole = f"before\n-----BEGIN PRIVATE KEY-----\n{body}-----END PRIVATE KEY-----\nafter"
    assert redact(whole) == "before\n***\nafter"
    cut = f"-----BEGIN RSA PRIVATE KEY-----\n{body}[... 100 bytes dropped ...]\n"
    assert redact(cut) == "***[... 100 bytes dropped ...]\n"


@pytest.mark.parametrize(
    "text",
    [
        "EPERM: operation not permitted, rename "
        "'C:\\app\\node_modules\\.prisma\\client\\query_engine-windows.dll.node.tmp43516' -> "
        "'C:\\app\\node_modules\\.prisma\\client\\query_engine-windows.dll.node'",
        "Error: ENOENT: no such file or directory, open '/app/prisma/schema.prisma'",
        "see https://pris.ly/d/engine-not-found and https://example.com:8080/a@b",
        'WWW-Authenticate: Bearer realm="api"',
        "TOKENIZERS_PARALLELISM=false KEYBOARD=us",
        "Missing token in request; password reset required",
        "git@github.com:prisma/prisma.git",
    ],
)
def test_ordinary_output_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_mask_is_three_stars() -> None:
    assert MASK == "***"


# docs/redaction.md: one test per row of its table, so the table cannot promise what is not done.
REDACTION_DOC = Path(__file__).parent.parent / "docs" / "redaction.md"


def _cell(text: str) -> str:
    text = text.strip()
    if text.startswith("`") and text.endswith("`"):
        text = text[1:-1]
    return codecs.decode(text, "unicode_escape") if "\\" in text else text


def _table_rows() -> list[Any]:
    rows = []
    for line in REDACTION_DOC.read_text(encoding="utf-8").splitlines():
        cells = line.strip().strip("|").split("|")  # the examples hold no "|"
        if len(cells) != 4 or line.startswith(("| rule", "|---")):
            continue
        rule, env, example, shown = cells
        rows.append(pytest.param(env.strip(), _cell(example), _cell(shown), id=rule.strip()[:60]))
    return rows


ROWS = _table_rows()


def test_the_table_has_every_rule() -> None:
    assert len(ROWS) >= 25


@pytest.mark.parametrize(("env", "example", "shown"), ROWS)
def test_redaction_table_row(env: str, example: str, shown: str) -> None:
    name, _, value = _cell(env).partition("=")
    secrets = secret_values({name: value}) if env else frozenset()
    assert redact(example, secrets) == shown


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        (["tool", "--password", "two words"], ["tool", "--password", "***"]),
        (["tool", "--token=abc", "--verbose"], ["tool", "--token=***", "--verbose"]),
        (["tool", "--token", "--verbose"], ["tool", "--token", "--verbose"]),
        (["-o", "gen_env=MY_TOKEN=x1234"], ["-o", "gen_env=MY_TOKEN=***"]),
        (["--gen-samples", "3"], ["--gen-samples", "3"]),
    ],
)
def test_redact_command_masks_the_word_after_a_secret_flag(
    words: list[str], shown: list[str]
) -> None:
    assert redact_command(words) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Unexpected token: }",
        "PWD=/home/user/app",
        "TOKENIZERS_PARALLELISM=false KEYBOARD=us --no-verify --gen-samples 3",
        "WWW-Authenticate: Bearer realm=api",
        "Error: EPERM: operation not permitted, rename 'a' -> 'b'",
    ],
)
def test_keyed_rules_leave_ordinary_text_alone(text: str) -> None:
    assert redact(text) == text


def test_masking_twice_changes_nothing_more() -> None:
    text = "`tool --token=abc123 --password hunter22`: exit code 1, DB_PASS=x1234"
    once = redact(text)
    assert once == "`tool --token=*** --password ***`: exit code 1, DB_PASS=***"
    assert redact(once) == once


def test_strip_controls_keeps_newlines_and_tabs() -> None:
    assert strip_controls("a\tb\nc\x1b[1mD\x9b2Je") == "a\tb\ncDe"


def test_the_environments_secrets_follow_changes_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from pytest_genreliability.sampling import environ_secrets

    monkeypatch.setenv("GENREL_TEST_TOKEN", "first-secret-value")
    assert "first-secret-value" in environ_secrets()
    assert environ_secrets() is environ_secrets()  # unchanged: worked out once
    monkeypatch.setenv("GENREL_TEST_TOKEN", "second-secret-value")
    now = environ_secrets()
    assert "second-secret-value" in now
    assert "first-secret-value" not in now


def test_a_change_to_an_ordinary_variable_keeps_the_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pytest_genreliability.sampling import environ_secrets

    monkeypatch.setenv("GENREL_TEST_TOKEN", "kept-secret-value")
    before = environ_secrets()
    monkeypatch.setenv("GENREL_TEST_ORDINARY", "changes every test")  # like PYTEST_CURRENT_TEST
    assert environ_secrets() is before
    monkeypatch.delenv("GENREL_TEST_TOKEN")
    assert "kept-secret-value" not in environ_secrets()
