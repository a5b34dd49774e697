"""Spreadsheets as plain grids: ``.xlsx`` (openpyxl, imported here only) and the single-file
``.csv`` layout, both read into and written from the same model.

A workbook is a list of ``Grid`` (a sheet name and rows of cell values). Writing takes
``Cell`` values that also carry a style, a drop-down list and a number format, so the
template a clerk fills is readable; reading gives back only the values.

The CSV layout (for offices without Excel) is one file holding every sheet in order: a line
whose first cell is ``【表】`` followed by the sheet name starts a sheet, and the sheet's rows
follow exactly as in the workbook (row 1 is the line after the marker). UTF-8 with a BOM is
written (Excel opens it correctly); UTF-8 and GB18030 (what Excel saves as "CSV") are read.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator, Sequence
from typing import Any

import msgspec

from tallykit.errors import InputError

SHEET_MARK = "【表】"

# A workbook is read by the cells it holds, never by the size it declares. A 计票表 has a few
# thousand cells (ballot records go one to a cell of 其他); bounds far above that keep a small
# damaged or hostile file (one cell at XFD1048576, a row numbered in the billions) from taking
# minutes or all the memory of a batch.
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELLS = 1_000_000


class Grid(msgspec.Struct, frozen=True):
    """One sheet's values, row by row (``None`` for an empty cell); ``line0`` is the CSV line
    number of the sheet's row 1, when it came from a CSV file."""

    name: str
    rows: tuple[tuple[Any, ...], ...]
    line0: int | None = None

    def value(self, row: int, col: int) -> Any:
        """The value at 0-based ``row``, ``col`` (None outside the grid)."""
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None

    def place(self, row: int, col: int) -> str:
        """``第1轮!C7`` for 0-based ``row``, ``col`` (and the CSV line when read from CSV)."""
        ref = f"{self.name}!{column_letter(col)}{row + 1}"
        return ref if self.line0 is None else f"{ref}（CSV 第{self.line0 + row}行）"


class Cell(msgspec.Struct, frozen=True):
    """A value to write with how it looks: ``style`` (title, hint, head, label, input, check,
    total), a drop-down ``choices`` name (a list of the options sheet), a number ``format``."""

    value: Any = None
    style: str = "input"
    choices: str | None = None
    format: str | None = None


class SheetOut(msgspec.Struct, frozen=True):
    """A sheet to write: rows of cells, column widths, hidden or not."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...] = ()
    hidden: bool = False


def column_letter(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


# ---------------------------------------------------------------- reading


def read_xlsx(raw: bytes) -> list[Grid]:
    """Every sheet's values (read-only mode; formulas as their last computed value)."""
    from openpyxl import load_workbook

    damaged = InputError.worded("not_xlsx", path="", rule="FMT-XLSX")
    # A damaged archive fails in many ways inside openpyxl and zipfile (BadZipFile, zlib.error,
    # an XML ParseError, NotImplementedError for an odd zip version, EOFError, KeyError, …), while
    # opening or while reading a sheet lazily: all of them mean the same to the clerk.
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            sheets = [(ws.title, _sheet_rows(ws)) for ws in book.worksheets]
        finally:
            book.close()
    except InputError:
        raise
    except Exception:
        raise damaged from None
    return [Grid(title, _trim(tuple(tuple(_plain(v) for v in row) for row in rows))) for title, rows in sheets]


def _sheet_rows(ws: Any) -> list[tuple[Any, ...]]:
    """A sheet's rows as far as its cells go (not its declared ``<dimension>``), within
    ``MAX_ROWS`` and ``MAX_CELLS`` (FMT-SIZE beyond them)."""
    ws.reset_dimensions()
    rows: list[tuple[Any, ...]] = []
    cells = 0
    for row in ws.iter_rows(values_only=True):
        cells += len(row)
        if len(rows) >= MAX_ROWS or cells > MAX_CELLS:
            from tallykit.text.words import worded

            over = worded("error.rows", n=MAX_ROWS) if len(rows) >= MAX_ROWS else worded("error.cells", n=MAX_CELLS)
            raise InputError.worded("sheet_too_large", path="", rule="FMT-SIZE", title=ws.title, over=over)
        rows.append(row)
    return rows


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.date() if value.time() == datetime.time() else value
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _trim(rows: tuple[tuple[Any, ...], ...]) -> tuple[tuple[Any, ...], ...]:
    """Drop trailing empty cells and rows (read-only mode may report a larger sheet)."""
    out = [tuple(_rstrip(r)) for r in rows]
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def _rstrip(row: Sequence[Any]) -> list[Any]:
    cells = list(row)
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def read_csv(raw: bytes) -> list[Grid]:
    """The single-file CSV layout: ``【表】`` lines start sheets."""
    text = _decode(raw)
    grids: list[Grid] = []
    name: str | None = None
    rows: list[tuple[Any, ...]] = []
    line0 = 0
    for lineno, row in enumerate(_csv_rows(text), start=1):
        first = row[0].strip() if row else ""
        if first.startswith(SHEET_MARK):
            if name is not None:
                grids.append(Grid(name, _trim(tuple(rows)), line0))
            name = first[len(SHEET_MARK) :].strip() or (row[1].strip() if len(row) > 1 else "")
            rows, line0 = [], lineno + 1
            continue
        if name is None:
            if any(c.strip() for c in row):
                raise InputError.worded("csv_sheet_mark", path="", rule="FMT-CSV", lineno=lineno, mark=SHEET_MARK)
            continue
        rows.append(tuple(_plain(c) for c in row))
    if name is not None:
        grids.append(Grid(name, _trim(tuple(rows)), line0))
    return grids


def _csv_rows(text: str) -> Iterator[list[str]]:
    """The CSV rows; a line the csv module cannot split (a lone carriage return or a stray quote
    inside a field) is an InputError naming the line, never a crash."""
    reader = csv.reader(io.StringIO(text))
    try:
        yield from reader
    except csv.Error:
        line = reader.line_num
        raise InputError.worded("csv_quotes", path="", rule="FMT-CSV", line=line) from None


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError.worded("csv_encoding", path="", rule="FMT-ENCODING", start=exc.start) from None


# ---------------------------------------------------------------- writing

_FILL = {
    "title": "1F4E79",
    "head": "D9E2F3",
    "label": "F2F2F2",
    "hint": None,
    "input": "FFFFFF",
    "check": "FFF2CC",
    "total": "E2EFDA",
}


def write_xlsx(sheets: Sequence[SheetOut], options: dict[str, list[str]]) -> bytes:
    """The workbook as bytes; ``options`` become a hidden sheet 选项 that the drop-downs read."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    opt_ws = None
    ranges: dict[str, str] = {}
    if options:
        opt_ws = book.create_sheet("选项")
        for j, (name, values) in enumerate(options.items()):
            col = column_letter(j)
            opt_ws.cell(row=1, column=j + 1, value=name)
            for i, v in enumerate(values, start=2):
                opt_ws.cell(row=i, column=j + 1, value=v)
            ranges[name] = f"选项!${col}$2:${col}${len(values) + 1}"
        opt_ws.sheet_state = "hidden"
    for spec in sheets:
        ws = book.create_sheet(spec.name)
        validations: dict[str, DataValidation] = {}
        for r, row in enumerate(spec.rows, start=1):
            for c, cell in enumerate(row, start=1):
                if cell.value is None and cell.style in ("hint",) and cell.choices is None:
                    continue
                target = ws.cell(row=r, column=c, value=cell.value)
                fill = _FILL.get(cell.style)
                if fill:
                    target.fill = PatternFill("solid", fgColor=fill)
                if cell.style == "title":
                    target.font = Font(bold=True, color="FFFFFF", size=12)
                elif cell.style in ("head", "label", "total"):
                    target.font = Font(bold=cell.style != "label")
                elif cell.style == "hint":
                    target.font = Font(color="7F7F7F", italic=True)
                if cell.style not in ("hint", "title"):
                    target.border = border
                target.alignment = Alignment(vertical="center", wrap_text=cell.style == "hint")
                if cell.format:
                    target.number_format = cell.format
                if cell.choices:
                    dv = validations.get(cell.choices)
                    if dv is None:
                        dv = DataValidation(
                            type="list",
                            formula1=f"={ranges[cell.choices]}",
                            allow_blank=True,
                            showErrorMessage=True,
                            errorStyle="warning",
                            errorTitle="请从列表中选择",
                            error="请从下拉列表中选择（如确需填写其他内容，可点“是”保留）。",
                        )
                        ws.add_data_validation(dv)
                        validations[cell.choices] = dv
                    dv.add(target.coordinate)
        for c, width in enumerate(spec.widths):
            ws.column_dimensions[column_letter(c)].width = width
        if spec.hidden:
            ws.sheet_state = "hidden"
    if opt_ws is not None:
        book.move_sheet(opt_ws, offset=len(book.sheetnames))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_csv(sheets: Sequence[SheetOut]) -> bytes:
    """The single-file CSV layout (UTF-8 with BOM); formulas are left out (a CSV has no
    cell references of its own)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for spec in sheets:
        if spec.hidden:
            continue
        writer.writerow([SHEET_MARK + spec.name])
        for row in spec.rows:
            values = []
            for cell in row:
                v = cell.value
                if isinstance(v, str) and v.startswith("="):
                    v = None
                values.append("" if v is None else _csv_text(v))
            while values and values[-1] == "":
                values.pop()
            writer.writerow(values)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_text(v: Any) -> str:
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "是" if v else "否"
    return str(v)
