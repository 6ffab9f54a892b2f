using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Turns a DOCX body into lines: a paragraph is a line; a table row is its cells joined by tabs.
/// A cell with several paragraphs keeps them as &lt;p&gt; fragments, as the text extractions of
/// strategy documents do, so the same parser reads both. The body is read as a stream of XML, never
/// as a whole tree, and counted against the limits (lines, cells, characters) as it goes.
/// </summary>
public sealed class DocxTextExtractor : IDocumentTextExtractor
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public string ExtractText(Stream docx, FileLimits limits)
    {
        PackageBudget.Check(docx, limits, Damaged);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            var main = document.MainDocumentPart ?? throw new DomainException("Plik DOCX nie zawiera treści dokumentu.");
            using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
            return new BodyText(limits).Read(xml);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            throw Damaged();
        }
    }

    // Password-protected Word files are not ZIP packages at all, so they fail the same way a damaged one does.
    private static DomainException Damaged() =>
        new("Nie można odczytać pliku DOCX: jest zaszyfrowany hasłem albo uszkodzony. Zapisz go w Wordzie bez hasła jako .docx i spróbuj ponownie.");

    /// <summary>
    /// The body's own paragraphs and tables (what sits inside content controls or text boxes is not read);
    /// a paragraph's text is that of its runs, deleted and field-code text included, as Word's InnerText gives it.
    /// </summary>
    private sealed class BodyText(FileLimits limits)
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _cells = [];
        private readonly List<string> _cellParagraphs = [];
        private readonly StringBuilder _paragraph = new();
        private int _lines;
        private int _cellCount;
        private long _characters;

        public string Read(XmlReader xml)
        {
            // Depths: document 0, body 1, a body paragraph or table 2, a row 3, a cell 4, a cell's paragraph 5.
            var inParagraph = false;
            var paragraphDepth = -1;
            var tableDepth = -1;
            // Reading a text element's content leaves the reader on the node after it, which is not to be skipped.
            var onNextNode = false;
            while (onNextNode || xml.Read())
            {
                onNextNode = false;
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Word)
                {
                    var empty = xml.IsEmptyElement;
                    switch (xml.LocalName)
                    {
                        case "p" when !inParagraph && (xml.Depth == 2 || (tableDepth == 2 && xml.Depth == 5)):
                            inParagraph = true;
                            paragraphDepth = xml.Depth;
                            _paragraph.Clear();
                            if (empty)
                            {
                                EndParagraph(paragraphDepth);
                                inParagraph = false;
                            }

                            break;
                        case "tbl" when xml.Depth == 2:
                            tableDepth = 2;
                            break;
                        case "tc" when tableDepth == 2 && xml.Depth == 4:
                            _cellParagraphs.Clear();
                            if (empty)
                            {
                                EndCell();
                            }

                            break;
                        case "t" or "delText" or "instrText" or "delInstrText" when inParagraph && !empty:
                            Append(xml.ReadElementContentAsString());
                            onNextNode = true;
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Word)
                {
                    EndElement(xml, ref inParagraph, paragraphDepth, ref tableDepth);
                }
            }

            return _text.ToString();
        }

        private void EndElement(XmlReader xml, ref bool inParagraph, int paragraphDepth, ref int tableDepth)
        {
            switch (xml.LocalName)
            {
                case "p" when inParagraph && xml.Depth == paragraphDepth:
                    EndParagraph(paragraphDepth);
                    inParagraph = false;
                    break;
                case "tc" when tableDepth == 2 && xml.Depth == 4:
                    EndCell();
                    break;
                case "tr" when tableDepth == 2 && xml.Depth == 3:
                    Line(string.Join('\t', _cells));
                    _cells.Clear();
                    break;
                case "tbl" when xml.Depth == 2:
                    tableDepth = -1;
                    break;
            }
        }

        private void Append(string text)
        {
            _paragraph.Append(text);
            Characters(text.Length);
        }

        private void EndParagraph(int depth)
        {
            var text = _paragraph.ToString();
            _paragraph.Clear();
            if (depth == 2)
            {
                Line(text);
            }
            else if (text.Trim() is { Length: > 0 } trimmed)
            {
                _cellParagraphs.Add(trimmed);
            }
        }

        private void EndCell()
        {
            if (++_cellCount > limits.MaxCells)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCells)} komórek tabel");
            }

            _cells.Add(_cellParagraphs.Count <= 1
                ? _cellParagraphs.SingleOrDefault() ?? ""
                : string.Join(" ", _cellParagraphs.Select(p => $"<p>{p}</p>")));
            _cellParagraphs.Clear();
        }

        private void Line(string line)
        {
            if (++_lines > limits.MaxRows)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} akapitów i wierszy tabel");
            }

            _text.AppendLine(line);
            Characters(Environment.NewLine.Length);
        }

        private void Characters(int count)
        {
            _characters += count;
            if (_characters > limits.MaxCharacters)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCharacters)} znaków tekstu");
            }
        }
    }
}
