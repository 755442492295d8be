"""Custom Tortoise fields shared by the domain models."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from backend import crypto


class EncryptedTextField(fields.TextField):
    """Text stored encrypted; Python code sees the plaintext. Not filterable by value."""

    def to_db_value(self, value: Any, instance: Any) -> str | None:
        if value is None:
            return None
        value = str(value)
        return value if crypto.is_encrypted(value) else crypto.encrypt(value)

    def to_python_value(self, value: Any) -> str | None:
        if value is None:
            return None
        value = str(value)
        return crypto.decrypt(value) if crypto.is_encrypted(value) else value
