"""The report in its two forms: the Word draft (``report.docx``) and the output workbook (``report.xlsx``).

Both take the report's tables and figures, their numbers and captions, from one catalogue
(``report.katalog``), so that "Tabel 3.9" is the same table in Word and in Excel.
"""
