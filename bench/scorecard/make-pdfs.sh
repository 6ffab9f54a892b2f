#!/usr/bin/env bash
# Makes the PDF of every test document from its DOCX with LibreOffice, as a gmina's office would, and
# keeps it beside the markup. Needs Debian's libreoffice-writer-nogui. Run after changing a document.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
layouts="$here/../../tests/Strategy.UnitTests/Import/Layouts"
work="$(mktemp -d)"
dotnet run --project "$here" -- --docx "$work"
soffice --headless --convert-to pdf --outdir "$work" "$work"/*.docx > /dev/null
cp "$work"/*.pdf "$layouts/"
rm -rf "$work"
ls -1 "$layouts"/*.pdf
