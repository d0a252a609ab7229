"""The practice's PDF documents: one look for every letter and report.

:class:`PracticeDocument` is an fpdf2 document with the practice letterhead on every page,
a footer with a caller-supplied line and "Page x of y", headings that never sit alone at
the foot of a page, paragraphs, key/value blocks and tables whose cells wrap. The
data-subject report, correction letters and breach letters all build on it, so a
practice's paperwork looks the same wherever it comes from.

Everything is produced in memory (:meth:`PracticeDocument.to_bytes`): a report full of
client data is never written to a temporary file. Password protection is AES-256 only
(PDF 2.0 / revision 6); fpdf2's default, RC4, is broken and never used here.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Self

from fpdf import FPDF
from fpdf.enums import EncryptionMethod, XPos, YPos

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.fonts import FONT_FAMILY, add_fonts
from clientmanager.reports.wording import DEFAULT_REGULATOR_LINES, PDF_LANG, Words, words


class _NoTextInLogs(logging.Filter):
    """fpdf2 logs the characters a font lacks; in a report those come from client data,
    which never goes into a log. Keep the warning, drop the characters."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "missing the following glyphs" in str(record.msg) and record.args:
            record.args = (record.args[0], "(characters not listed: they are client data)")
        return True


logging.getLogger("fpdf.output").addFilter(_NoTextInLogs())

# The colours of the desktop theme (resources/style.qss), so letters and app match.
NAVY = (31, 78, 121)
GOLD = (224, 165, 38)
INK = (29, 39, 51)
GREY = (91, 107, 124)
LIGHT_FILL = (238, 243, 248)
ROW_FILL = (247, 249, 251)
RULE = (201, 210, 221)

BODY_SIZE = 9.5
SMALL_SIZE = 7.5
SEPARATOR = "  ·  "


@dataclass(frozen=True)
class Letterhead:
    """Who the document comes from: the practice and its information officer (POPIA s55)."""

    practice_name: str
    fsp_number: str | None = None
    address: str | None = None
    information_officer_name: str | None = None
    information_officer_email: str | None = None
    information_officer_phone: str | None = None
    # From the practice settings (services/letterhead.py); empty when not set.
    postal_address: str | None = None
    phone: str | None = None
    email: str | None = None
    deputy_information_officers: str | None = None
    regulator_lines: tuple[str, ...] = ()
    # The language of the letters' fixed text ("en" or "af"): the practice's
    # letter_language setting (services/letterhead.py).
    language: str = "en"

    @property
    def words(self) -> Words:
        return words(self.language)

    @property
    def officer(self) -> str:
        return self.information_officer_name or self.words("the_officer")

    def contact_line(self) -> str:
        w = self.words
        parts = []
        if self.fsp_number:
            parts.append(w("fsp_line", number=self.fsp_number))
        if self.phone:
            parts.append(w("tel", phone=self.phone))
        if self.email:
            parts.append(self.email)
        if self.information_officer_name:
            parts.append(w("officer_line", name=self.information_officer_name))
        if self.information_officer_email:
            parts.append(self.information_officer_email)
        if self.information_officer_phone:
            parts.append(self.information_officer_phone)
        return SEPARATOR.join(parts)

    def address_lines(self) -> list[str]:
        if not self.address:
            return []
        return [line.strip() for line in self.address.replace(",", "\n").splitlines() if line]


class PracticeDocument(FPDF):
    """An A4 practice document. Subclasses (or callers) add content with the helpers."""

    def __init__(self, letterhead: Letterhead, *, title: str, footer_text: str = "") -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.letterhead = letterhead
        self.words = letterhead.words
        self.footer_text = footer_text
        self.set_margins(left=18, top=14, right=18)
        self.set_auto_page_break(auto=True, margin=20)
        add_fonts(self, ("", "B"))  # the oblique face ships too, but nothing uses it yet
        self.set_title(title)
        self.set_author(letterhead.practice_name)
        self.set_creator("ClientManager Desktop")
        self.set_lang(PDF_LANG[self.words.language])
        self.alias_nb_pages()
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)

    # --- page furniture ---------------------------------------------------------------

    def header(self) -> None:
        lh = self.letterhead
        self.set_text_color(*NAVY)
        self.set_font(FONT_FAMILY, "B", 13)
        self.cell(0, 6, lh.practice_name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        contact = lh.contact_line()
        self.set_text_color(*GREY)
        self.set_font(FONT_FAMILY, size=SMALL_SIZE)
        if contact:
            # Wraps only at the "·" separators: a name or a number is never split.
            for line in self.pack_segments(contact.split(SEPARATOR), self.epw):
                self.cell(0, 3.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = self.get_y() + 1.5
        self.set_draw_color(*GOLD)
        self.set_line_width(0.6)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 5)
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_y(-12)
        self.set_text_color(*GREY)
        self.set_font(FONT_FAMILY, size=6.5)
        page_label = self.words("page", page=self.page_no(), pages="{nb}")
        label_width = 24
        if self.footer_text:
            # One line, always: leading parts go first (the header names the practice),
            # then the type shrinks; "Act 4 of 2013" never wraps onto a line of its own.
            room = self.epw - label_width - 2
            parts = self.footer_text.split(" · ")
            while len(parts) > 1 and self.get_string_width(" · ".join(parts)) > room:
                parts = parts[1:]
            text = " · ".join(parts)
            size = 6.5
            while size > 4.5 and self.get_string_width(text) > room:
                size -= 0.25
                self.set_font(FONT_FAMILY, size=size)
            self.cell(room, 3, text, align="L")
            self.set_font(FONT_FAMILY, size=6.5)
        self.set_xy(self.w - self.r_margin - label_width, -12)
        self.cell(label_width, 3, page_label, align="R")
        self.set_text_color(*INK)

    # --- content helpers ----------------------------------------------------------------

    def keep_space(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def heading(self, text: str, *, level: int = 1) -> None:
        sizes = {1: 14, 2: 11.5, 3: 10}
        space_before = {1: 4, 2: 3.5, 3: 2.5}[level]
        # A heading needs a few lines of what it introduces under it on the same page.
        self.keep_space(space_before + (45 if level == 1 else 22))
        if self.get_y() > self.t_margin + 20:
            self.ln(space_before)
        self.set_text_color(*NAVY)
        self.set_font(FONT_FAMILY, "B", sizes[level])
        self.multi_cell(0, sizes[level] * 0.5, text, align="L", new_x=XPos.LMARGIN)
        if level == 1:
            y = self.get_y() + 0.8
            self.set_draw_color(*RULE)
            self.set_line_width(0.3)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 2.5)
        else:
            self.ln(1.2)
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)

    def paragraph(
        self, text: str, *, size: float = BODY_SIZE, style: str = "", color=INK, after: float = 2.2
    ) -> None:
        self.set_text_color(*color)
        self.set_font(FONT_FAMILY, style, size)
        line_h = size * 0.5
        # cell() indents its text by c_margin: wrap to what is left inside the margins.
        for line in self.wrap_text(text, self.epw - 2 * self.c_margin):
            if self.get_y() + line_h > self.page_break_trigger:
                self.add_page()
                self.set_text_color(*color)
                self.set_font(FONT_FAMILY, style, size)
            self.cell(0, line_h, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)

    def bullets(self, items: Sequence[str], *, size: float = BODY_SIZE) -> None:
        self.set_font(FONT_FAMILY, size=size)
        for item in items:
            self.set_x(self.l_margin + 2)
            self.cell(4, size * 0.5, "•")
            self.multi_cell(
                self.epw - 6, size * 0.5, item, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(0.8)
        self.ln(1.4)

    def note_box(self, lines: Sequence[tuple[str, str]], *, size: float = 8.5) -> None:
        """A shaded block of "label: text" lines (purpose, lawful basis, retention...)."""
        labelled = any(label for label, _text in lines)
        self._grid(
            [(label, text) if labelled else (text,) for label, text in lines],
            widths=(28, self.epw - 28) if labelled else (self.epw,),
            size=size,
            styles=("B", "") if labelled else ("",),
            colors=(NAVY, INK) if labelled else (INK,),
            fill=LIGHT_FILL,
            rules=False,
            pad_y=0.9,
            pad_x=2,
        )
        self.ln(2.5)

    def key_values(self, rows: Sequence[tuple[str, str]], *, label_width: float = 48) -> None:
        """A two-column block: field names on the left, values wrapping on the right."""
        rows = [(label, value) for label, value in rows if value not in (None, "")]
        if not rows:
            self.paragraph(self.words("nothing_recorded"), color=GREY)
            return
        self._grid(
            [(label, str(value)) for label, value in rows],
            widths=(label_width, self.epw - label_width),
            size=BODY_SIZE - 0.5,
            colors=(GREY, INK),
            pad_y=1.2,
        )
        self.ln(3)

    def data_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        col_widths: Sequence[float] | None = None,
        size: float = 8,
        empty_text: str | None = None,
    ) -> None:
        """A table with a navy heading row repeated on every page and wrapping cells."""
        if not rows:
            self.paragraph(empty_text or self.words("nothing_recorded"), color=GREY)
            return
        widths = list(col_widths) if col_widths else [1.0] * len(headers)
        scale = self.epw / sum(widths)
        self._grid(
            rows,
            widths=[w * scale for w in widths],
            size=size,
            header=headers,
            zebra=True,
        )
        self.ln(3)

    def _grid(
        self,
        rows: Sequence[Sequence[object]],
        *,
        widths: Sequence[float],
        size: float,
        header: Sequence[str] | None = None,
        styles: Sequence[str] | None = None,
        colors: Sequence[tuple[int, int, int]] | None = None,
        zebra: bool = False,
        fill: tuple[int, int, int] | None = None,
        rules: bool = True,
        pad_x: float = 1.5,
        pad_y: float = 1.1,
    ) -> None:
        """Rows of wrapping cells, drawn line by line with our own word wrap.

        Not fpdf2's ``table()``: that measures every growing fragment of every line twice
        (for the row height, then to draw), which made a report with 200 notes take
        seconds. Measuring each word once keeps it linear. A row taller than the space
        left continues on the next page, under a repeated heading row.
        """
        styles = styles or ("",) * len(widths)
        colors = colors or (INK,) * len(widths)
        line_h = size * 0.5
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)

        def wrap_row(values: Sequence[object], row_styles: Sequence[str]) -> list[list[str]]:
            wrapped = []
            for value, width, style in zip(values, widths, row_styles, strict=True):
                self.set_font(FONT_FAMILY, style, size)
                wrapped.append(
                    self.wrap_text("" if value is None else str(value), width - 2 * pad_x)
                )
            return wrapped

        def draw(cells, top, row_styles, row_colors) -> None:  # noqa: ANN001
            x = self.l_margin
            for lines, width, style, color in zip(
                cells, widths, row_styles, row_colors, strict=True
            ):
                self.set_font(FONT_FAMILY, style, size)
                self.set_text_color(*color)
                # The baseline within a line box, where fpdf2's cell() puts it.
                baseline = 0.5 * line_h + 0.3 * self.font_size
                for number, line in enumerate(lines):
                    if line:
                        self.text(x + pad_x, top + pad_y + number * line_h + baseline, line)
                x += width

        header_cells = wrap_row(header, ("B",) * len(widths)) if header else None
        header_h = (
            max(len(lines) for lines in header_cells) * line_h + 2 * pad_y if header_cells else 0
        )

        def draw_header() -> None:
            if not header_cells:
                return
            y = self.get_y()
            self.set_fill_color(*NAVY)
            self.rect(self.l_margin, y, self.epw, header_h, style="F")
            draw(header_cells, y, ("B",) * len(widths), ((255, 255, 255),) * len(widths))
            self.set_y(y + header_h)

        body = [wrap_row(values, styles) for values in rows]
        if not body:
            return
        first_h = max(len(lines) for lines in body[0]) * line_h + 2 * pad_y
        self.keep_space(header_h + min(first_h, 40) + 2)
        draw_header()
        for index, cells in enumerate(body):
            remaining = cells
            while remaining:
                available = self.page_break_trigger - self.get_y() - 2 * pad_y
                fit = int(available // line_h)
                tallest = max(len(lines) for lines in remaining)
                if fit < min(tallest, 3):  # not even a few lines fit: next page
                    self.add_page()
                    draw_header()
                    continue
                chunk = [lines[:fit] for lines in remaining]
                remaining = [lines[fit:] for lines in remaining]
                if not any(remaining):
                    remaining = []
                height = max(len(lines) for lines in chunk) * line_h + 2 * pad_y
                y = self.get_y()
                background = ROW_FILL if zebra and index % 2 == 0 else fill
                if background:
                    self.set_fill_color(*background)
                    self.rect(self.l_margin, y, self.epw, height, style="F")
                draw(chunk, y, styles, colors)
                if rules:
                    self.line(self.l_margin, y + height, self.l_margin + self.epw, y + height)
                self.set_y(y + height)
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)

    def wrap_text(self, text: str, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` mm in the current font,
        at spaces where possible; newlines in the text are kept."""
        widths = self.current_font.cw
        factor = self.font_size_pt * 0.001 / self.k

        def measure(word: str) -> float:
            return sum(widths[ord(char)] for char in word) * factor

        space = measure(" ")
        lines: list[str] = []
        for paragraph in text.replace("\r\n", "\n").split("\n"):
            current: list[str] = []
            current_w = 0.0
            for word in paragraph.split(" "):
                word_w = measure(word)
                if word_w > width:  # a word longer than the column (a file name, a path)
                    if current:
                        lines.append(" ".join(current))
                        current, current_w = [], 0.0
                    pieces = _break_long_word(word, width, measure)
                    lines.extend(pieces[:-1])
                    current, current_w = [pieces[-1]], measure(pieces[-1])
                    continue
                needed = word_w if not current else current_w + space + word_w
                if current and needed > width:
                    lines.append(" ".join(current))
                    current, current_w = [word], word_w
                else:
                    current.append(word)
                    current_w = needed
            lines.append(" ".join(current))
        return lines

    # --- the one letter layout ----------------------------------------------------------

    @classmethod
    def letter(
        cls,
        letterhead: Letterhead,
        *,
        title: str,
        footer_text: str,
        today: dt.date,
        addressee_lines: Sequence[str],
        salutation: str,
        subject: str | None = None,
        reference: str | None = None,
    ) -> Self:
        """A new letter on its first page, opened with :meth:`letter_opening`; the
        subject line is the document's title unless the letter says otherwise."""
        document = cls(letterhead, title=title, footer_text=footer_text)
        document.add_page()
        document.letter_opening(
            today=today,
            addressee_lines=addressee_lines,
            salutation=salutation,
            subject=title if subject is None else subject,
            reference=reference,
        )
        return document

    @classmethod
    def letter_to(cls, letterhead: Letterhead, addressee: Addressee, **opening: Any) -> Self:
        """:meth:`letter` to an :class:`Addressee`: their name and address, their salutation."""
        return cls.letter(
            letterhead,
            addressee_lines=addressee.lines,
            salutation=addressee.salutation,
            **opening,
        )

    def letter_opening(
        self,
        *,
        today: dt.date,
        addressee_lines: Sequence[str],
        salutation: str,
        subject: str,
        reference: str | None = None,
    ) -> None:
        """Sender's address and date on the right, the addressee on the left, the subject
        line in bold, then the salutation: the same on every letter the practice sends."""
        self.set_text_color(*GREY)
        self.set_font(FONT_FAMILY, size=8.5)
        for line in self.letterhead.address_lines():
            self.cell(0, 4.2, line, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)
        self.set_text_color(*INK)
        self.cell(0, 4.5, self.words.date(today), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if reference:
            self.set_text_color(*GREY)
            self.cell(0, 4.2, reference, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)
        self.set_text_color(*INK)
        self.set_font(FONT_FAMILY, size=BODY_SIZE)
        for line in addressee_lines:
            if line:
                self.cell(0, 4.8, self.words.name(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(6)
        self.paragraph(f"{self.words.salutation(salutation)},")
        self.paragraph(subject, style="B", size=11)

    def pack_segments(self, segments: Sequence[str], width: float) -> list[str]:
        """Join ``segments`` with the separator into lines no wider than ``width``,
        breaking only between segments."""
        lines: list[str] = []
        current = ""
        for segment in (part.strip() for part in segments):
            if not segment:
                continue
            candidate = f"{current}{SEPARATOR}{segment}" if current else segment
            if current and self.get_string_width(candidate) > width:
                lines.append(current)
                current = segment
            else:
                current = candidate
        if current:
            lines.append(current)
        return lines

    def text_height(self, text: str, *, size: float = BODY_SIZE, after: float = 2.2) -> float:
        self.set_font(FONT_FAMILY, size=size)
        height = len(self.wrap_text(text, self.epw - 2 * self.c_margin)) * size * 0.5 + after
        self.set_font(FONT_FAMILY, size=BODY_SIZE)
        return height

    def _regulator_lines(self) -> Sequence[str]:
        lines = self.letterhead.regulator_lines or DEFAULT_REGULATOR_LINES
        return [self.words.regulator_line(line) for line in lines]

    def regulator_box(self) -> None:
        lines = self._regulator_lines()
        self.keep_space(4.6 * len(lines) + 4)
        self.note_box([("", line) for line in lines])

    SIGN_OFF_HEIGHT = 34.0

    def closing(self, *paragraphs: str, regulator: bool = True) -> None:
        """The last paragraphs, the Regulator's details and the sign-off, kept together
        on one page, so that no page holds only "Yours sincerely"."""
        height = sum(self.text_height(text) for text in paragraphs)
        if regulator:
            height += 4.6 * len(self._regulator_lines()) + 6
        self.keep_space(height + self.SIGN_OFF_HEIGHT)
        for text in paragraphs:
            self.paragraph(text)
        if regulator:
            self.regulator_box()
        self.sign_off()

    def sign_off(self) -> None:
        """ "Yours sincerely" and the information officer (use :meth:`closing` to keep
        the last paragraph with it)."""
        lh = self.letterhead
        contact = SEPARATOR.join(
            part for part in (lh.information_officer_email, lh.information_officer_phone) if part
        )
        self.keep_space(self.SIGN_OFF_HEIGHT)
        self.paragraph(self.words("yours_sincerely"), after=9)
        self.paragraph(lh.officer, style="B", after=0.5)
        self.paragraph(self.words("officer_role", practice=lh.practice_name), after=0.5)
        if contact:
            self.paragraph(contact, color=GREY)

    # --- output ---------------------------------------------------------------------------

    def protect(self, user_password: str) -> None:
        """Require ``user_password`` to open the PDF, with AES-256 (never RC4).

        The owner password is random and thrown away: nobody needs to change the
        permissions of a letter that has been sent.
        """
        if not user_password:
            raise ValueError("a PDF password cannot be empty")
        self.set_encryption(
            owner_password=secrets.token_urlsafe(24),
            user_password=user_password,
            encryption_method=EncryptionMethod.AES_256,
        )

    def to_bytes(self, *, created: dt.datetime | None = None) -> bytes:
        if created is not None:
            self.set_creation_date(
                created.replace(tzinfo=dt.UTC) if created.tzinfo is None else created
            )
        return bytes(self.output())


_BREAK_AFTER = "/-_.,;"


def _break_long_word(word: str, width: float, measure) -> list[str]:  # noqa: ANN001
    """Lines for a word wider than ``width``: broken after a "/", "-", "_" or "." where
    possible, so a file name is never split in the middle of one of its words; only a run
    of letters longer than the whole column is cut."""
    pieces: list[str] = []
    rest = word
    while measure(rest) > width:
        fit = 0
        while fit < len(rest) and measure(rest[: fit + 1]) <= width:
            fit += 1
        cut = max((i + 1 for i in range(fit) if rest[i] in _BREAK_AFTER), default=0)
        cut = cut or max(fit, 1)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def format_date(value: dt.date | dt.datetime | None, language: str = "en") -> str:
    """Dates as South African letters write them: 25 November 2026 (1 Desember 2026)."""
    return words(language).date(value)


def format_datetime(value: dt.datetime | None) -> str:
    """A moment in South African time with its zone (naive values are UTC)."""
    if value is None:
        return ""
    from clientmanager.reports.times import format_sast

    return format_sast(value)
