#!/usr/bin/env python3
"""Writes the hostile files bench/hostile.sh sends: small packages that unpack or parse into a great deal.

Usage: bombs.py DIRECTORY. Each is a valid Office package (the parts the Open XML SDK needs), so the
platform's limits, not a parse error, are what refuses it.
"""
import os
import sys
import zipfile

CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' \
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' \
     '<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
REL = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
      '<Relationship Id="rId1" Type="{type}" Target="{target}"/></Relationships>'
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(path, sheet_data, extra_parts=0):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CT.format(overrides=
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'))
        z.writestr("_rels/.rels", REL.format(type=OFFICE + "/officeDocument", target="xl/workbook.xml"))
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s">'
                   '<sheets><sheet name="Arkusz" sheetId="1" r:id="rId1"/></sheets></workbook>' % OFFICE)
        z.writestr("xl/_rels/workbook.xml.rels", REL.format(type=OFFICE + "/worksheet", target="worksheets/sheet1.xml"))
        z.writestr("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s</worksheet>' % sheet_data)


def docx(path, body, extra_parts=0):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CT.format(overrides=
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'))
        z.writestr("_rels/.rels", REL.format(type=OFFICE + "/officeDocument", target="word/document.xml"))
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
        for i in range(extra_parts):
            z.writestr("customXml/item%d.xml" % i, "<a/>")


def main(folder):
    os.makedirs(folder, exist_ok=True)
    far_right = "".join('<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(1, 2001))
    xlsx(os.path.join(folder, "far-right.xlsx"), "<sheetData>%s</sheetData>" % far_right)
    xlsx(os.path.join(folder, "far-down.xlsx"), '<sheetData><row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    cell = '<c t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxxxx</t></is></c>'
    xlsx(os.path.join(folder, "unpacks-to-30mb.xlsx"), '<sheetData><row r="1">%s</row></sheetData>' % (cell * (30 * 1024 * 1024 // len(cell))))
    docx(os.path.join(folder, "empty-paragraphs.docx"), "<w:p/>" * 60000)
    docx(os.path.join(folder, "thousand-parts.docx"), "<w:p><w:r><w:t>Strategia</w:t></w:r></w:p>", extra_parts=1000)
    with open(os.path.join(folder, "wide.csv"), "w", encoding="utf-8") as f:
        f.write((";".join(["x"] * 300) + "\r\n") * 20)
    for megabytes in ("2.5", "5"):
        with open(os.path.join(folder, "lt-%smb.txt" % megabytes), "w", encoding="ascii") as f:
            f.write("<" * int(float(megabytes) * 1000 * 1000 - 1))


if __name__ == "__main__":
    main(sys.argv[1])
