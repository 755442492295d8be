"""The language of what the server says to a person: English or Simplified Chinese.

Messages are written in English where they arise and translated at the edge, where they leave
for the caller (mutation payload errors, bulk-write rejections, GraphQL errors, the plain HTTP
routes' errors). A message that is a plain literal is looked up by its exact English text; a
message with values is a `Message`: a `str` that reads as the English, carrying its template
and values, so the Chinese template is formatted with the same values. Codes, fields, audit
records and logs never change with the language.

The language is the request's (`Accept-Language`, or a WebSocket's `language` in its
connection_init payload), kept in a ContextVar that the request middleware sets.
"""

from __future__ import annotations

from contextvars import ContextVar, Token

from backend.i18n.zh_cn import MESSAGES as ZH_CN

ENGLISH = "en"
CHINESE = "zh-CN"
LANGUAGES = (ENGLISH, CHINESE)
CATALOGS: dict[str, dict[str, str]] = {CHINESE: ZH_CN}

_language: ContextVar[str] = ContextVar("hrgraph_language", default=ENGLISH)


class Message(str):
    """A message with values: reads (and compares) as the English text; `template` and
    `params` let a translation put the same values into its own wording. A value that is
    itself a Message is translated too."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> "Message":
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text


def phrase(text: str) -> Message:
    """`text` as a Message, so that where it is a value of another message it is translated too."""
    return text if isinstance(text, Message) else Message(text)


def negotiate(header: str | None) -> str:
    """The language for an Accept-Language header (or a bare tag): any Chinese tag (zh, zh-CN,
    zh-Hans, ...) is zh-CN; the first supported by preference wins; otherwise English."""
    if not header:
        return ENGLISH
    ranked = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, tag.strip().lower()))
    for _, _, tag in sorted(ranked):
        primary = tag.split("-")[0].split("_")[0]
        if primary == "zh":
            return CHINESE
        if primary == "en":
            return ENGLISH
    return ENGLISH


def language() -> str:
    return _language.get()


def set_language(value: str) -> Token:
    """Sets the current request's language (a supported one; see `negotiate`)."""
    return _language.set(value if value in LANGUAGES else ENGLISH)


def reset_language(token: Token) -> None:
    _language.reset(token)


def translate(message: str | None, lang: str | None = None) -> str | None:
    """`message` in `lang` (the current request's by default); English when no translation exists."""
    if message is None:
        return None
    catalog = CATALOGS.get(lang or _language.get())
    if catalog is None:
        return str(message)
    if isinstance(message, Message):
        wording = catalog.get(message.template)
        if wording is None:
            return str(message)
        if not message.params:
            return wording
        params = {name: translate(value, lang) if isinstance(value, Message) else value
                  for name, value in message.params.items()}
        return wording.format(**params)
    return catalog.get(message, str(message))
