"""Encryption at rest for the fields people fear leaking (ID numbers, bank accounts).

Values are Fernet tokens (AES-128-CBC + HMAC-SHA256) with a version prefix. The key comes
from HRGRAPH_ENCRYPTION_KEY (a Fernet key) or is derived from HRGRAPH_SECRET_KEY. A keyed
digest (a "blind index") lets us find and de-duplicate ID numbers without decrypting.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backend.settings import get_settings

PREFIX = "enc:v1:"


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
        secret.encode()
    )


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    # Several comma-separated keys allow rotation: the first encrypts, all decrypt.
    configured = [k for k in os.environ.get("HRGRAPH_ENCRYPTION_KEY", "").split(",") if k]
    keys = [Fernet(k) for k in configured]
    keys.append(Fernet(base64.urlsafe_b64encode(_derive(get_settings().secret_key, b"hrgraph-fields"))))
    return MultiFernet(keys)


def encrypt(plaintext: str) -> str:
    return PREFIX + _fernet().encrypt(plaintext.encode()).decode()


def decrypt(stored: str) -> str:
    return _fernet().decrypt(stored[len(PREFIX) :].encode()).decode()


def is_encrypted(value: str) -> bool:
    return value.startswith(PREFIX)


def reveal(value: str | None) -> str | None:
    """The plaintext of an encrypted field's value (loaded ciphertext or freshly set plaintext)."""
    if value is None:
        return None
    return decrypt(value) if is_encrypted(value) else value


def blind_index(value: str) -> str:
    key = _derive(get_settings().secret_key, b"hrgraph-blind-index")
    return hmac.new(key, value.strip().upper().encode(), hashlib.sha256).hexdigest()


def reset_keys() -> None:
    _fernet.cache_clear()
