"""The output workbook (``report.xlsx``) and the error report of a workbook that could not be converted."""
