using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Turns a DOCX body into blocks: a paragraph in a heading style is a heading, a numbered or bulleted
/// paragraph a list item with its number as Word would print it, a table row a row whose merged
/// cells repeat the text above them. The parts are read as streams of XML, never as whole trees, and
/// counted against the limits (blocks, cells, characters) as they go.
/// </summary>
public sealed partial class DocxBlockReader
{
    internal const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public DocumentBlocks Read(Stream docx, FileLimits limits)
    {
        PackageBudget.Check(docx, limits, Damaged);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            var main = document.MainDocumentPart ?? throw new DomainException("Plik DOCX nie zawiera treści dokumentu.");
            var styles = main.StyleDefinitionsPart is { } stylePart ? WordStyleMap.Read(Xml(stylePart)) : WordStyleMap.Empty;
            var numbering = main.NumberingDefinitionsPart is { } numberingPart ? WordNumbering.Read(Xml(numberingPart)) : WordNumbering.Empty;
            using var xml = Xml(main);
            return new DocumentBlocks(new BodyBlocks(limits, styles, numbering).Read(xml), PlaceUnit.Paragraph);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            throw Damaged();
        }
    }

    private static XmlReader Xml(OpenXmlPart part) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true });

    // Password-protected Word files are not ZIP packages at all, so they fail the same way a damaged one does.
    private static DomainException Damaged() =>
        new("Nie można odczytać pliku DOCX: jest zaszyfrowany hasłem albo uszkodzony. Zapisz go w Wordzie bez hasła jako .docx i spróbuj ponownie.");

    /// <summary>
    /// The body's own paragraphs and tables (what sits inside content controls or text boxes is not read);
    /// a paragraph's text is that of its runs, deleted text included, field codes left out.
    /// </summary>
    private sealed class BodyBlocks(FileLimits limits, WordStyleMap styles, WordNumbering numbering)
    {
        private readonly List<DocumentBlock> _blocks = [];
        private readonly StringBuilder _paragraph = new();
        private readonly List<string> _cellParagraphs = [];
        private readonly List<(string Text, int Column, int Span)> _cells = [];
        private readonly HashSet<int> _continued = [];
        private List<(string Text, int Column, int Span)> _previousRow = [];
        private string? _style;
        private int? _numId;
        private int _ilvl;
        private int? _outline;
        private bool _merged;
        private int _span = 1;
        private int _column;
        private int _cellCount;
        private long _characters;
        private int _rowsInTable;

        public List<DocumentBlock> Read(XmlReader xml)
        {
            // Depths: document 0, body 1, a body paragraph or table 2, a row 3, a cell 4, a cell's paragraph 5.
            var paragraphDepth = -1;
            var inTable = false;
            var inProperties = false;
            var onNextNode = false;
            while (onNextNode || xml.Read())
            {
                onNextNode = false;
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Word)
                {
                    var empty = xml.IsEmptyElement;
                    var depth = xml.Depth;
                    switch (xml.LocalName)
                    {
                        case "p" when paragraphDepth < 0 && (depth == 2 || (inTable && depth == 5)):
                            paragraphDepth = depth;
                            StartParagraph();
                            if (empty)
                            {
                                EndParagraph(paragraphDepth);
                                paragraphDepth = -1;
                            }

                            break;
                        case "pStyle" when depth == paragraphDepth + 2:
                            _style = xml.GetAttribute("val", Word);
                            break;
                        case "ilvl" when depth == paragraphDepth + 3:
                            _ilvl = WordNumbering.Int(xml.GetAttribute("val", Word)) ?? 0;
                            break;
                        case "numId" when depth == paragraphDepth + 3:
                            _numId = WordNumbering.Int(xml.GetAttribute("val", Word));
                            break;
                        case "outlineLvl" when depth == paragraphDepth + 2:
                            _outline = WordNumbering.Int(xml.GetAttribute("val", Word));
                            break;
                        case "tbl" when depth == 2:
                            inTable = true;
                            _rowsInTable = 0;
                            _previousRow = [];
                            break;
                        case "tr" when inTable && depth == 3:
                            _cells.Clear();
                            _continued.Clear();
                            _column = 0;
                            break;
                        case "tc" when inTable && depth == 4:
                            _cellParagraphs.Clear();
                            _merged = false;
                            _span = 1;
                            if (empty)
                            {
                                EndCell();
                            }

                            break;
                        case "vMerge" when inTable && depth == 6:
                            // <w:vMerge/> continues the cell above; <w:vMerge w:val="restart"/> starts a merged cell.
                            _merged = xml.GetAttribute("val", Word) is null or "continue";
                            break;
                        case "gridSpan" when inTable && depth == 6:
                            _span = Math.Max(1, WordNumbering.Int(xml.GetAttribute("val", Word)) ?? 1);
                            break;
                        // Field codes ("TOC \o …", "PAGEREF _Toc…") are instructions, not text: a table of contents reads as its entries.
                        case "t" or "delText" when paragraphDepth >= 0 && !empty:
                            Append(xml.ReadElementContentAsString());
                            onNextNode = true;
                            break;
                        case "pPr" when depth == paragraphDepth + 1 && !empty:
                            inProperties = true;
                            break;
                        case "tab" when paragraphDepth >= 0 && !inProperties:
                            Append(" ");
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Word)
                {
                    switch (xml.LocalName)
                    {
                        case "pPr" when xml.Depth == paragraphDepth + 1:
                            inProperties = false;
                            break;
                        case "p" when paragraphDepth >= 0 && xml.Depth == paragraphDepth:
                            EndParagraph(paragraphDepth);
                            paragraphDepth = -1;
                            break;
                        case "tc" when inTable && xml.Depth == 4:
                            EndCell();
                            break;
                        case "tr" when inTable && xml.Depth == 3:
                            EndRow();
                            break;
                        case "tbl" when xml.Depth == 2:
                            inTable = false;
                            break;
                    }
                }
            }

            return _blocks;
        }

        private void StartParagraph()
        {
            _paragraph.Clear();
            _style = null;
            _numId = null;
            _ilvl = 0;
            _outline = null;
        }

        private void Append(string text)
        {
            _paragraph.Append(text);
            Characters(text.Length);
        }

        private void EndParagraph(int depth)
        {
            var text = _paragraph.ToString().Trim();
            var style = styles.Of(_style);
            var numId = _numId ?? style.NumId;
            var ilvl = _numId is null ? style.Ilvl : _ilvl;
            var marker = numId is { } id && text.Length > 0 ? numbering.Next(id, ilvl) : null;
            if (depth != 2)
            {
                if (text.Length > 0)
                {
                    _cellParagraphs.Add(marker is null ? text : $"{marker} {text}");
                }

                return;
            }

            var heading = _outline ?? style.OutlineLevel;
            Add(heading is { } level && text.Length > 0
                ? new DocumentBlock(BlockKind.Heading, text, _blocks.Count + 1, Level: level + 1)
                : marker is not null
                    ? new DocumentBlock(BlockKind.ListItem, text, _blocks.Count + 1, Level: ilvl + 1, Marker: marker)
                    : new DocumentBlock(BlockKind.Paragraph, text, _blocks.Count + 1));
        }

        private void EndCell()
        {
            if (++_cellCount > limits.MaxCells)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCells)} komórek tabel");
            }

            var text = _cellParagraphs.Count <= 1
                ? _cellParagraphs.SingleOrDefault() ?? ""
                : string.Join(" ", _cellParagraphs.Select(p => $"<p>{p}</p>"));
            if (_merged && _previousRow.Find(c => c.Column == _column) is { Text: { } above })
            {
                _continued.Add(_cells.Count);
                text = above;
            }

            _cells.Add((text, _column, _span));
            _column += _span;
            _cellParagraphs.Clear();
        }

        private void EndRow()
        {
            Add(DocumentBlock.Row(_cells.Select(c => c.Text).ToList(), _blocks.Count + 1, _continued.Count == 0 ? null : _continued.ToHashSet(), header: _rowsInTable == 0));
            _rowsInTable++;
            _previousRow = [.. _cells];
        }

        private void Add(DocumentBlock block)
        {
            if (_blocks.Count >= limits.MaxRows)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} akapitów i wierszy tabel");
            }

            _blocks.Add(block);
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
