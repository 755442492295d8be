"""A contract version's stored document as PDF, for printing and archiving.

The PDF is drawn from the stored HTML (the frozen, hashed text), never re-rendered from the
template, so it shows exactly what was signed, with the hash and the signature trail in its
footer. Chinese text is drawn with an embedded TrueType font when the machine has one
(`HRGRAPH_PDF_FONT`, or WenQuanYi Micro Hei from Debian's fonts-wqy-microhei), so the PDF shows
the same everywhere; otherwise with the PDF standard's Asian CID font (STSong-Light), which needs
no file here but relies on the reader's viewer to have a Chinese font.
"""

from __future__ import annotations

import io
import os
from html.parser import HTMLParser
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

FONT_FILES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _register_font() -> str:
    for path in filter(None, (os.environ.get("HRGRAPH_PDF_FONT"), *FONT_FILES)):
        if Path(path).is_file():
            pdfmetrics.registerFont(TTFont("ContractCJK", path, subfontIndex=0))
            return "ContractCJK"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


FONT = _register_font()
STYLES = {
    "h1": ParagraphStyle("h1", fontName=FONT, fontSize=16, leading=22, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4),
    "p": ParagraphStyle("p", fontName=FONT, fontSize=10.5, leading=16),
    "li": ParagraphStyle("li", fontName=FONT, fontSize=10.5, leading=16, leftIndent=12, bulletIndent=2),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=11),
}


class _Blocks(HTMLParser):
    """The headings, paragraphs and list items of our own document HTML, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._tag: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("h1", "h2", "p", "li"):
            self._tag, self._text = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag:
            self.blocks.append((tag, "".join(self._text).strip()))
            self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag:
            self._text.append(data)


def render_pdf(document: str, sha256: str, signatures: list[tuple[str, str, str]]) -> bytes:
    """`signatures`: (role, signer, signed at) in order. Same inputs, same bytes."""
    parser = _Blocks()
    parser.feed(document)
    story = []
    for tag, text in parser.blocks:
        story.append(Paragraph(escape(text), STYLES[tag], bulletText="•" if tag == "li" else None))
    story += [Spacer(1, 8 * mm), Paragraph(escape(f"SHA-256: {sha256}"), STYLES["small"])]
    for role, signer, at in signatures:
        story.append(Paragraph(escape(f"签署 Signed ({role}): {signer}, {at}"), STYLES["small"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="contract", leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
    return buffer.getvalue()
