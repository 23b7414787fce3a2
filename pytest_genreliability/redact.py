"""Remove secrets and terminal control sequences from text before it is shown, stored or shared.

Excerpts of a generator's output, the commands it ran and the session's own command line end up in
terminal summaries, JUnit XML, JSON reports, markdown and saved runs that are attached to CI logs.
Three nets catch secrets there (docs/redaction.md lists every rule, each with a test):

* the values of environment variables whose names say they hold a secret (`secret_values`),
  replaced wherever they occur verbatim;
* values by what names them (`redact`): after a secret-looking flag (``--token X``,
  ``--password=X``), a ``KEY=value`` or ``key: value`` with a secret-looking key, and the password
  of a URL (``scheme://user:pass@host``); `redact_command` does the same for a command's words;
* well-known token shapes, whatever their origin: GitHub, GitLab, npm, AWS access key ids, Slack
  tokens, JWTs, PEM private keys, ``Bearer`` tokens, ``Authorization`` headers.

Control sequences (ANSI CSI and OSC escapes, other C0 and C1 controls except newline and tab)
are removed first (`strip_controls`): a generator's output must not clear the reader's screen,
retitle the window or hide text, and a secret split by an escape is whole again once it is gone.
None of the nets sees a secret that was transformed (URL-encoded, base64-wrapped, split over lines).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "MASK",
    "MIN_SECRET_LENGTH",
    "is_secret_name",
    "redact",
    "redact_command",
    "secret_values",
    "strip_controls",
]

MASK = "***"

MIN_SECRET_LENGTH = 4
"""Shorter values are left alone: masking every "abc" or "1" in the output would hide the output."""

# Name words that mark a secret on their own (API_KEY, NPM_TOKEN, PGPASSWORD, GH_PAT, SENTRY_DSN).
_SECRET_WORDS = frozenset(
    {
        "AUTH",
        "COOKIE",
        "COOKIES",
        "CREDENTIAL",
        "CREDENTIALS",
        "CREDS",
        "DSN",
        "KEY",
        "KEYS",
        "PASS",
        "PASSPHRASE",
        "PASSWD",
        "PASSWORD",
        "PASSWORDS",
        "PAT",
        "PRIVATE",
        "PWD",
        "SECRET",
        "SECRETS",
        "SESSION",
        "TOKEN",
        "TOKENS",
    }
)
# Glued forms: a word that ends with one of these is a secret too (PGPASSWORD, GHTOKEN, APIKEY).
_SECRET_SUFFIXES = (
    "ACCESSKEY",
    "APIKEY",
    "PASSWD",
    "PASSWORD",
    "PRIVATEKEY",
    "SECRET",
    "SECRETKEY",
    "TOKEN",
)
# Consecutive words that together name a secret (DATABASE_URL holds its password).
_SECRET_PHRASES = (("DATABASE", "URL"), ("DB", "URL"), ("CONNECTION", "STRING"))
# Names that match the rules above yet hold no secret, and whose values are common words or paths
# that masking would garble (XDG_SESSION_CLASS=user, DESKTOP_SESSION=ubuntu, PWD=/home/...).
_NOT_SECRET_NAMES = frozenset(
    {
        "DBUS_SESSION_BUS_ADDRESS",
        "DESKTOP_SESSION",
        "OLDPWD",
        "PWD",
        "SESSION_MANAGER",
        "SSH_AUTH_SOCK",
    }
)
_NOT_SECRET_PREFIXES = ("XDG_SESSION_",)
# Flag-like values a secret-named variable can hold (NPM_CONFIG_ALWAYS_AUTH=true).
_NOT_SECRET_VALUES = frozenset({"true", "false", "none", "null", "undefined", "yes", "no"})

_NAME_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


@functools.lru_cache(maxsize=4096)  # output repeats its keys; redaction asks once per key
def is_secret_name(name: str) -> bool:
    """Whether an environment variable's name says it holds a secret.

    The name is cut into words at non-letters and at camelCase humps, and matched word by word, so
    ``API_KEY``, ``npmToken`` and ``AWS_SECRET_ACCESS_KEY`` match but ``KEYBOARD_LAYOUT`` and
    ``TOKENIZERS_PARALLELISM`` do not.
    """
    upper = name.upper()
    if upper in _NOT_SECRET_NAMES or upper.startswith(_NOT_SECRET_PREFIXES):
        return False
    words = [word.upper() for word in _NAME_WORD.findall(name)]
    if any(word in _SECRET_WORDS or word.endswith(_SECRET_SUFFIXES) for word in words):
        return True
    pairs = set(itertools.pairwise(words))
    return any(phrase in pairs for phrase in _SECRET_PHRASES)


def secret_values(env: Mapping[str, str]) -> frozenset[str]:
    """Values of the variables in `env` whose names say they hold a secret.

    Values shorter than `MIN_SECRET_LENGTH`, all digits, or flag words (``true``, ``none``...) are
    left out: they are not secrets worth the noise of masking them everywhere they occur.
    """
    return frozenset(
        value
        for name, value in env.items()
        if len(value) >= MIN_SECRET_LENGTH
        and not value.isdigit()
        and value.strip().lower() not in _NOT_SECRET_VALUES
        and is_secret_name(name)
    )


@dataclass(frozen=True)
class _Shape:
    """A token shape: a pattern, its replacement, and lowercase words without which it cannot match.

    The trigger words let `redact` skip a shape with a substring test; the patterns begin with a
    literal or a character set so that `re` can jump between candidate positions.
    """

    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    replacement: str


_KEEP = rf"\g<keep>{MASK}"

# Separate passes rather than one alternation: `re` finds the literal (or character-set) prefix of
# a lone pattern with a fast scan, but tries every branch of an alternation at every position of
# the text, which is about 30 times slower on 128 KiB of output. Every quantifier that can run
# over the text is bounded, so no input makes a pass quadratic.
_SHAPES = (
    _Shape(
        ("-----begin",),
        re.compile(
            r"-----BEGIN[ A-Z]{0,40}PRIVATE KEY-----"
            r"(?:\r?\n[A-Za-z-]{1,40}:[^\r\n]{0,200})*"  # Proc-Type / DEK-Info headers
            r"[A-Za-z0-9+/=\s\\]{0,20000}"  # body; \\ for keys printed inside JSON strings
            r"(?:-----END[ A-Z]{0,40}PRIVATE KEY-----)?"  # absent when the capture cut the key
        ),
        MASK,
    ),
    _Shape(
        ("authorization",),
        re.compile(
            r"(?P<keep>[Aa](?i:uthorization)[\"']?[ \t]*[:=][ \t]*[\"']?)"
            r"[^\s\"'][^\r\n\"']{0,4096}"
        ),
        _KEEP,
    ),
    _Shape(
        ("bearer",),
        re.compile(r"(?P<keep>[Bb](?i:earer)[ \t]+)[A-Za-z0-9\-._~+/]{8,4096}=*"),
        _KEEP,
    ),
    _Shape(
        ("://",),
        re.compile(r"(?P<keep>://[^\s:/?#@]{0,256}:)[^\s/?#]{1,1024}(?=@)"),
        _KEEP,
    ),
    _Shape(
        ("gh", "github_pat_"),
        re.compile(r"g(?:h[pousr]_[A-Za-z0-9]{20,255}|ithub_pat_[A-Za-z0-9_]{20,255})\b"),
        MASK,
    ),
    _Shape(("npm_",), re.compile(r"npm_[A-Za-z0-9]{20,255}\b"), MASK),
    _Shape(("glpat-",), re.compile(r"glpat-[A-Za-z0-9_-]{20,255}"), MASK),
    _Shape(("akia", "asia"), re.compile(r"A(?:KIA|SIA)[A-Z0-9]{16}\b"), MASK),
    _Shape(("xox",), re.compile(r"xox[abeoprs]-[A-Za-z0-9-]{10,255}"), MASK),
    _Shape(
        ("eyj",),
        # The look-behind keeps "eyJeyJeyJ..." linear: only the first "eyJ" of a run can start.
        re.compile(
            r"eyJ(?<![A-Za-z0-9_-]eyJ)[A-Za-z0-9_-]{5,4096}"
            r"\.eyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{0,4096}"
        ),
        MASK,
    ),
)


# Values named by a secret-looking key. Each pattern matches the key and its separator only, so a
# key that is not secret never swallows a secret key after it (``gen_env=MY_TOKEN=x``); the value
# is then matched where the key ends. ``key`` is checked with `is_secret_name`.
_VALUE = r"\"[^\"\r\n]{0,4096}\"|'[^'\r\n]{0,4096}'"
_KEYED = (
    # --token X, --api-key=X (a value never starts with "-": that is the next flag)
    (
        re.compile(r"(?<![\w-])--(?P<key>[A-Za-z][\w-]{0,60})(?:=|[ \t]+(?![-\s]))"),
        re.compile(rf"{_VALUE}|[^\s\"'`]{{1,4096}}"),
    ),
    # DB_PASS=X, password = "x y", ...;Password=X;... (the value ends at ; & , or a space)
    (
        re.compile(r"(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,80})[\"']?[ \t]*=[ \t]*"),
        re.compile(rf"{_VALUE}|[^\s;&,\"'`]{{1,4096}}"),
    ),
    # "password": "x" and 'token': 'x' (JSON, Python reprs), anywhere in a line; quotes kept
    (
        re.compile(r"(?P<q>[\"'])(?P<key>[A-Za-z_][\w.-]{0,80})(?P=q)[ \t]*:[ \t]*\""),
        re.compile(r"(?:[^\"\\\r\n]|\\.){1,4096}(?=\")"),
    ),
    (
        re.compile(r"(?P<q>[\"'])(?P<key>[A-Za-z_][\w.-]{0,80})(?P=q)[ \t]*:[ \t]*'"),
        re.compile(r"(?:[^'\\\r\n]|\\.){1,4096}(?=')"),
    ),
    # password: X and - api_key: X (YAML, headers, log lines): the key begins the line
    (
        re.compile(
            r"(?m)^[ \t]*(?:[-*>][ \t]+)?[\"']?(?P<key>[A-Za-z_][\w.-]{0,80})[\"']?[ \t]*:[ \t]*"
        ),
        re.compile(r"[^\s][^\r\n]{0,4095}"),
    ),
)
# Words one of which a text must hold for a keyed pass to find anything (`is_secret_name`'s words).
_KEYED_TRIGGERS = (
    "auth", "cookie", "cred", "dsn", "key", "pass", "pat", "private", "pwd", "secret", "session",
    "token", "database_url", "db_url", "connection",
)  # fmt: skip

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, other ESC sequences,
# then the remaining C0 controls (not tab or newline), DEL and the C1 controls (8-bit CSI etc.).
_CONTROLS = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]{0,64}[ -/]{0,16}[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b]{0,4096}(?:\x1b\\)?"
    r"|\x1b[ -/]{0,16}[0-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def strip_controls(text: str) -> str:
    """`text` without terminal control sequences; a carriage return becomes a line break."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def _mask_keyed(text: str, key: re.Pattern[str], value: re.Pattern[str]) -> str:
    parts: list[str] = []
    done = 0
    for found in key.finditer(text):
        if found.start() < done or not is_secret_name(found.group("key")):
            continue
        matched = value.match(text, found.end())
        if matched is None or matched.group().startswith(MASK):  # masked already
            continue
        parts += [text[done : found.end()], MASK]
        done = matched.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without control sequences, with secrets and every known shape replaced by `MASK`.

    Secrets are replaced longest first, so a secret that contains another is masked whole.
    """
    text = strip_controls(text)
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    lowered = text.lower()
    for shape in _SHAPES:
        if any(trigger in lowered for trigger in shape.triggers):
            text = shape.pattern.sub(shape.replacement, text)
    if any(trigger in lowered for trigger in _KEYED_TRIGGERS):
        for key, value in _KEYED:
            text = _mask_keyed(text, key, value)
    return text


_FLAG_WORD = re.compile(r"--(?P<key>[A-Za-z][\w-]{0,60})(?:=(?P<value>.*))?", re.S)


def redact_command(words: Sequence[str], secrets: Iterable[str] = ()) -> list[str]:
    """A command's words as they may be shown or stored.

    A word after a secret-looking flag (``--token X``) is masked whole, as is the value of
    ``--token=X``; every word then goes through `redact`.
    """
    secrets = frozenset(secrets)
    shown: list[str] = []
    hide_next = False
    for word in words:
        if hide_next and word and not word.startswith("-"):
            shown.append(MASK)
            hide_next = False
            continue
        hide_next = False
        flag = _FLAG_WORD.fullmatch(word)
        if flag is not None and is_secret_name(flag.group("key")):
            if flag.group("value") is None:
                hide_next = True
            elif flag.group("value"):
                shown.append(f"--{flag.group('key')}={MASK}")
                continue
        shown.append(redact(word, secrets))
    return shown
