#!/usr/bin/env python3
"""Writes the hostile files bench/hostile.sh sends: small packages that unpack or parse into a great deal.

Usage: bombs.py DIRECTORY. Each is a valid Office package (the parts the Open XML SDK needs), so the
platform's limits, not a parse error, are what refuses it.
"""
import os
import sys
import zipfile
import zlib

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


def pdf(path, objects):
    """A PDF of the given objects (1 the catalog) with a cross-reference table, as a reader expects."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def pdf_pages(path, pages):
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    pdf(path, [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, pages)]
        + [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"] * pages)


def pdf_inflating(path, megabytes):
    packed = zlib.compress(b"\0" * (megabytes * 1024 * 1024), 9)
    pdf(path, [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
               b"<</Length %d/Filter/FlateDecode>>stream\n" % len(packed) + packed + b"\nendstream"])


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
    pdf_pages(os.path.join(folder, "pages-5000.pdf"), 5000)
    pdf_inflating(os.path.join(folder, "inflates-to-1gb.pdf"), 1000)
    for megabytes in ("2.5", "5"):
        with open(os.path.join(folder, "lt-%smb.txt" % megabytes), "w", encoding="ascii") as f:
            f.write("<" * int(float(megabytes) * 1000 * 1000 - 1))


if __name__ == "__main__":
    main(sys.argv[1])
