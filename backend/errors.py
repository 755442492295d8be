"""Top-level GraphQL errors and their `extensions.code` vocabulary (see contract.md).

Expected failures of a mutation go in its payload (`errors { field code message }`);
these are for the rest: who you are, what you may do, what exists, how much you ask.
Messages are English here (a `Message` when they carry values) and translated on the way out
(backend/i18n).
"""

from __future__ import annotations

from enum import Enum

from graphql import GraphQLError

from backend.i18n import Message, phrase


class ErrorCode(str, Enum):
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    BAD_USER_INPUT = "BAD_USER_INPUT"
    RATE_LIMITED = "RATE_LIMITED"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    INTERNAL = "INTERNAL"


def coded_error(code: ErrorCode, message: str, **extensions: object) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code.value, **extensions})


def unauthenticated() -> GraphQLError:
    return coded_error(ErrorCode.UNAUTHENTICATED, "Sign in first: this needs an authenticated caller.")


def forbidden(what: str) -> GraphQLError:
    """`what` is a phrase (a literal or a Message), translated with the sentence."""
    return coded_error(ErrorCode.FORBIDDEN, Message("Not allowed: {what}.", what=phrase(what)))


def not_found(kind: str, ident: object) -> GraphQLError:
    """`kind` is a noun such as "employee", translated with the sentence."""
    return coded_error(ErrorCode.NOT_FOUND, Message("No {kind} with id {ident} that you can see.",
                                                    kind=phrase(kind), ident=ident))


def bad_input(message: str, field: str | None = None) -> GraphQLError:
    extra = {"field": field} if field else {}
    return coded_error(ErrorCode.BAD_USER_INPUT, message, **extra)


class DomainError(Exception):
    """An expected failure raised by a resolver; mutations put it in their payload."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class ValidationFailed(Exception):
    """One or more field errors found before anything was written."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors
