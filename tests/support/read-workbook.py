"""Reads an .xlsx file with openpyxl (Debian's python3-openpyxl), an independent reader of what
Accord writes, and prints every sheet as JSON: each cell's value, its type and number format
(with data_only, a formula cell gives the value Excel would show)."""
import json
import sys

import openpyxl


def cell_json(cell, formula_cell):
    value = cell.value
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return {
        "v": value,
        "t": formula_cell.data_type,
        "f": formula_cell.value if formula_cell.data_type == "f" else None,
        "fmt": cell.number_format,
    }


def main(path):
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    sheets = []
    for sheet, formula_sheet in zip(values.worksheets, formulas.worksheets):
        rows = []
        for row, formula_row in zip(sheet.iter_rows(), formula_sheet.iter_rows()):
            rows.append([cell_json(c, f) for c, f in zip(row, formula_row)])
        sheets.append(
            {
                "title": sheet.title,
                "freeze": sheet.freeze_panes,
                "autoFilter": sheet.auto_filter.ref,
                "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
                "rows": rows,
            }
        )
    json.dump(sheets, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
