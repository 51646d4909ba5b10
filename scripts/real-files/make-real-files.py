#!/usr/bin/python3
"""
Builds test/fixtures/real/: one small survey round (six Members, twelve items, one Member answering
in French) as real producers write it -- openpyxl, pandas and LibreOffice -- for
test/hosts/file/real-files.test.ts, which reads each to the same counts as openpyxl-plain.xlsx.
scripts/real-files/README.md says what each file is and what in its package matters.

Needs Debian's python3-openpyxl (3.0.9) and python3-pandas (1.5.3), and LibreOffice (`soffice`):
    /usr/bin/python3 scripts/real-files/make-real-files.py [folder]
The files are committed, so the tests need none of these tools.

Deterministic where the tools allow: every zip entry is dated 2000-01-01 and the documents'
created and modified dates are 2000-01-01 too; what the producers write otherwise (LibreOffice
names its version in docProps/app.xml) is kept as written.
"""
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import pandas
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'real')
EPOCH = datetime.datetime(2000, 1, 1)

# The questionnaire's IDs and labels (shared/SURVEY-1998.md), as the sample workbook heads its columns.
ITEMS = [
    ('F1', 'Greater public and media scrutiny'),
    ('F2', 'Increased expectation from the public for quality services'),
    ('F3', 'Government performance reviews and changes in the operating environment'),
    ('A1', 'Guidance to staff through instruction manuals'),
    ('A2', 'Effective system of internal control'),
    ('T1', 'Elimination of non-tariff restrictions'),
    ('T2', 'Effective penalty system'),
    ('G1', 'Code of Conduct'),
    ('C1', 'Training (at induction)'),
    ('M1', 'Information technology for processing documents'),
    ('E1', 'Strong, visible political commitment'),
    ('V9', 'Best practice to share'),
]
HEADER = ['Member', 'Received', 'Contact'] + [f'{id} {label}' for id, label in ITEMS]

# Member, Received, Contact, then F1 F2 F3 A1 A2 T1 T2 G1 C1 M1 E1 V9 (None: not answered).
# Australia's best practice holds a carriage return (CR LF), which Excel stores as _x000D_.
ROWS = [
    ['Australia', datetime.datetime(1998, 3, 2), 'integrity@customs.gov.au',
     'Yes', 'Yes', 'No', 'Yes', 'Yes', 'Taken', 'Intended', 'Both', 'Yes', 'Yes', 'Yes', 'Rotation of border staff\r\nand of examiners'],
    ['Japan', datetime.datetime(1998, 3, 4), 'integrity@customs.go.jp',
     'Yes', 'No', 'Yes', 'Yes', 'No', 'Taken', 'Not planned', 'Customs-specific', 'Yes', 'Yes', 'Yes', None],
    ['Kenya', datetime.datetime(1998, 3, 9), 'integrity@kra.go.ke',
     'Yes', 'Yes', None, 'No', 'Yes', 'Intended', 'Taken', 'Public-service-wide', 'Yes', 'No', 'Yes', None],
    ['Malaysia', datetime.datetime(1998, 3, 11), 'integrity@customs.gov.my',
     'No', 'Yes', 'Yes', 'Yes', 'Yes', 'Taken', 'Taken', 'None', 'Yes', 'Yes', 'No', None],
    ['Brazil', datetime.datetime(1998, 3, 16), 'integridade@receita.gov.br',
     'Yes', 'No', 'No', 'No', 'Yes', 'Not planned', 'Taken', 'Customs-specific', 'No', 'Yes', 'Yes', None],
    ['Sénégal', datetime.datetime(1998, 3, 20), 'integrite@douanes.sn',
     'Oui', 'Oui', 'Non', 'Oui', 'Non', 'Prévu', 'Pris', 'Les deux', 'Oui', 'Oui', 'Oui', 'Contrôle interne renforcé'],
]
COLUMN = {id: 4 + i for i, (id, _) in enumerate(ITEMS)}  # 1-based column of each item
LAST = openpyxl.utils.get_column_letter(len(HEADER))
DATE_FORMAT = 'yyyy-mm-dd'


# ---- openpyxl ---------------------------------------------------------------------------------

def workbook(sheet='Responses', rows=ROWS):
    """The round, written plainly by openpyxl: one header row, one row per Member, dated Received."""
    wb = openpyxl.Workbook()
    wb.properties.creator = 'wco-survey test corpus'
    wb.properties.created = wb.properties.modified = EPOCH
    ws = wb.active
    ws.title = sheet
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for cell in ws['B'][1:]:
        cell.number_format = DATE_FORMAT
    ws.column_dimensions['A'].width = 12
    ws.column_dimensions['B'].width = 12
    return wb, ws


def save(wb):
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def plain():
    return save(workbook()[0])


def with_comment():
    wb, ws = workbook()
    ws['A3'].comment = Comment('Sent by fax; typed in by the Secretariat.', 'Secretariat')
    ws.cell(4, COLUMN['F3']).comment = Comment('Kenya left F3 blank.', 'Secretariat')
    return save(wb)


def with_table():
    """The answers as an Excel table named Responses, on a sheet that is not: the table is what finds them."""
    wb, ws = workbook(sheet='Survey 1998')
    table = Table(displayName='Responses', ref=f'A1:{LAST}{len(ROWS) + 1}')
    table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
    ws.add_table(table)
    return save(wb)


def with_chart():
    """A bar chart of the dates received, beside the answers."""
    wb, ws = workbook()
    chart = BarChart()
    chart.title = 'Received'
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=len(ROWS) + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(ROWS) + 1))
    ws.add_chart(chart, 'Q2')
    return save(wb)


def with_hyperlinks():
    """Every Contact a mailto: link, and a Member linked to a web page."""
    wb, ws = workbook()
    for cell in ws['C'][1:]:
        cell.hyperlink = f'mailto:{cell.value}'
        cell.style = 'Hyperlink'
    ws['A2'].hyperlink = 'https://www.abf.gov.au/'
    return save(wb)


def with_validation():
    """Drop-down lists on the answers, as a coordinator would set them up."""
    wb, ws = workbook()
    last = len(ROWS) + 1
    yes_no = DataValidation(type='list', formula1='"Yes,No,Oui,Non"', allow_blank=True)
    tin = DataValidation(type='list', formula1='"Taken,Intended,Not planned,Pris,Prévu,Non prévu"', allow_blank=True)
    for validation in (yes_no, tin):
        ws.add_data_validation(validation)
    yes_no.add(f'D2:H{last}')
    yes_no.add(f'L2:N{last}')
    tin.add(f'I2:J{last}')
    return save(wb)


def with_formulas():
    """Australia's Received and two answers as formulas: openpyxl writes them with no cached value."""
    wb, ws = workbook()
    ws['B2'] = '=DATE(1998,3,2)'
    ws['B2'].number_format = DATE_FORMAT
    ws.cell(2, COLUMN['F1']).value = '=IF(TRUE,"Yes","No")'
    ws.cell(3, COLUMN['F2']).value = '=IF(FALSE,"Yes","No")'
    return save(wb)


# ---- pandas -----------------------------------------------------------------------------------

def with_pandas():
    """`DataFrame.to_excel` with the openpyxl engine: bold bordered headers, dates as datetimes."""
    frame = pandas.DataFrame(ROWS, columns=HEADER)
    frame['Received'] = pandas.to_datetime(frame['Received'])
    out = io.BytesIO()
    with pandas.ExcelWriter(out, engine='openpyxl', date_format=DATE_FORMAT, datetime_format=DATE_FORMAT) as writer:
        frame.to_excel(writer, sheet_name='Responses', index=False)
        writer.book.properties.created = writer.book.properties.modified = EPOCH
    return out.getvalue()


# ---- LibreOffice ------------------------------------------------------------------------------

def soffice(source_bytes, source_name, to):
    """`soffice --headless --convert-to <to>` of the bytes, with a profile of its own."""
    with tempfile.TemporaryDirectory(prefix='wco-real-files-') as tmp:
        source = os.path.join(tmp, source_name)
        with open(source, 'wb') as f:
            f.write(source_bytes)
        outdir = os.path.join(tmp, 'out')
        subprocess.run(
            ['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', to, '--outdir', outdir, source],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
        )
        result = os.path.join(outdir, os.path.splitext(source_name)[0] + '.' + to.split(':')[0])
        with open(result, 'rb') as f:
            return f.read()


def libreoffice_resave(bytes_):
    return soffice(bytes_, 'in.xlsx', 'xlsx')


def libreoffice_1904(bytes_):
    """
    The baseline through an OpenDocument spreadsheet whose null date is 1904-01-01 (Tools > Options >
    LibreOffice Calc > Calculate > Date), saved as .xlsx: LibreOffice writes workbookPr date1904="true"
    and every date serial 1,462 lower, showing the same days. ODF stores dates as ISO text, so
    changing the null date there changes no date.
    """
    ods = soffice(bytes_, 'in.xlsx', 'ods')
    ods = edit(ods, {'content.xml': lambda xml: sub_once(r'(<table:calculation-settings\b[^>]*>)', r'\1<table:null-date table:date-value="1904-01-01"/>', xml)})
    return soffice(ods, 'in.ods', 'xlsx')


# ---- package edits ----------------------------------------------------------------------------

def parts(bytes_):
    with zipfile.ZipFile(io.BytesIO(bytes_)) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def package(entries):
    """The entries zipped again, in order, each dated 2000-01-01: the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out.getvalue()


def edit(bytes_, changes):
    """Parts changed by `changes` (name -> function of the XML text, or None to remove it); others kept."""
    entries = []
    for name, data in parts(bytes_):
        if name in changes:
            if changes[name] is None:
                continue
            data = changes[name](data.decode('utf-8')).encode('utf-8')
        entries.append((name, data))
    return package(entries)


def sub_once(pattern, replacement, text, flags=0):
    result, n = re.subn(pattern, replacement, text, count=1, flags=flags)
    if n != 1:
        raise ValueError(f'no match for {pattern}')
    return result


def fixed_dates(bytes_):
    """docProps/core.xml's created and modified set to 2000-01-01, every zip entry dated the same."""
    def core(xml):
        return re.sub(r'(<dcterms:(created|modified)\b[^>]*>)[^<]*', r'\g<1>2000-01-01T00:00:00Z', xml)
    return edit(bytes_, {'docProps/core.xml': core})


INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', re.S)


def shared_strings_rich(bytes_):
    """
    Every inline string of the openpyxl baseline moved to a shared strings part, as Excel writes
    them; "Japan" in rich-text runs with a phonetic reading (<rPh>, as Japanese Excel adds), every
    "Yes" in two runs, and the carriage return of a text answer as Excel escapes it (_x000D_).
    """
    names = dict(parts(bytes_))
    sheet = names['xl/worksheets/sheet1.xml'].decode('utf-8')
    strings = []

    def shared(match):
        attributes, more, content = match.groups()
        if content not in strings:
            strings.append(content)
        return f'<c {attributes}t="s"{more}><v>{strings.index(content)}</v></c>'

    sheet = INLINE.sub(shared, sheet)

    def rich(content):
        if content == '<t>Japan</t>':
            return ('<r><rPr><b/><sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t>Ja</t></r>'
                    '<r><rPr><sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t>pan</t></r>'
                    '<rPh sb="0" eb="5"><t>ジャパン</t></rPh><phoneticPr fontId="0" type="noConversion"/>')
        if content == '<t>Yes</t>':
            return '<r><rPr><i/></rPr><t>Y</t></r><r><t xml:space="preserve">es</t></r><rPh sb="0" eb="3"><t>イエス</t></rPh>'
        return content.replace('&#13;', '_x000D_')

    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(INLINE.findall(names["xl/worksheets/sheet1.xml"].decode("utf-8")))}" uniqueCount="{len(strings)}">'
           + ''.join(f'<si>{rich(s)}</si>' for s in strings) + '</sst>')
    entries = []
    for name, data in parts(bytes_):
        if name == 'xl/worksheets/sheet1.xml':
            data = sheet.encode('utf-8')
        elif name == '[Content_Types].xml':
            data = sub_once(r'</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>', data.decode('utf-8')).encode('utf-8')
        elif name == 'xl/_rels/workbook.xml.rels':
            data = sub_once(r'</Relationships>', '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>', data.decode('utf-8')).encode('utf-8')
        entries.append((name, data))
        if name == 'xl/worksheets/sheet1.xml':
            entries.append(('xl/sharedStrings.xml', sst.encode('utf-8')))
    return package(entries)


def inline_rich(bytes_):
    """
    The baseline's inline strings (openpyxl 3.0 writes every text as one) as other exporters write
    them: "Malaysia" and every "No" in rich-text runs inside <is>, and the carriage return escaped (_x000D_).
    """
    def sheet(xml):
        def rewrite(match):
            attributes, more, content = match.groups()
            if content == '<t>Malaysia</t>':
                content = '<r><rPr><b/></rPr><t>Malay</t></r><r><t>sia</t></r>'
            elif content == '<t>No</t>':
                content = '<r><t>N</t></r><r><rPr><u/></rPr><t>o</t></r>'
            else:
                content = content.replace('&#13;', '_x000D_')
            return f'<c {attributes}t="inlineStr"{more}><is>{content}</is></c>'
        return INLINE.sub(rewrite, xml)
    return edit(bytes_, {'xl/worksheets/sheet1.xml': sheet})


# ---- the corpus -------------------------------------------------------------------------------

def build():
    base = plain()
    formulas = with_formulas()
    return [
        ('openpyxl-plain.xlsx', base),
        ('openpyxl-comment.xlsx', with_comment()),
        ('openpyxl-table.xlsx', with_table()),
        ('openpyxl-chart.xlsx', with_chart()),
        ('openpyxl-hyperlink.xlsx', with_hyperlinks()),
        ('openpyxl-data-validation.xlsx', with_validation()),
        ('openpyxl-formulas-no-cached-values.xlsx', formulas),
        ('pandas-to-excel.xlsx', with_pandas()),
        ('libreoffice-resave.xlsx', libreoffice_resave(base)),
        ('libreoffice-resave-1904.xlsx', libreoffice_1904(base)),
        ('libreoffice-formulas-cached-values.xlsx', libreoffice_resave(formulas)),
        ('shared-strings-rich-text-phonetic.xlsx', shared_strings_rich(base)),
        ('inline-strings-rich-text.xlsx', inline_rich(base)),
    ]


def main(out):
    os.makedirs(out, exist_ok=True)
    built = [(name, fixed_dates(data)) for name, data in build()]
    names = {name for name, _ in built}
    for stale in os.listdir(out):
        if stale.endswith('.xlsx') and stale not in names:
            os.remove(os.path.join(out, stale))
    for name, data in built:
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
    total = sum(len(data) for _, data in built)
    print(f'Wrote {len(built)} workbooks to {os.path.relpath(out)} ({total / 1024:.0f} KiB).')


if __name__ == '__main__':
    if shutil.which('soffice') is None:
        sys.exit('make-real-files: LibreOffice (soffice) is needed for the re-saved files.')
    main(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else OUT)
