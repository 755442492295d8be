"""Custom Tortoise fields shared by the domain models."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from backend import crypto


class EncryptedTextField(fields.TextField):
    """Text stored encrypted. A loaded row keeps the ciphertext; `crypto.reveal(value)` decrypts
    it where the plaintext is really needed, so listing a thousand employees decrypts nothing.
    Not filterable by value (use a blind index)."""

    def to_db_value(self, value: Any, instance: Any) -> str | None:
        if value is None:
            return None
        value = str(value)
        return value if crypto.is_encrypted(value) else crypto.encrypt(value)

    def to_python_value(self, value: Any) -> str | None:
        return None if value is None else str(value)
