using System.Xml;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// What a paragraph style says about structure: its outline level (a heading) and a list it numbers.
/// Word writes headings as styles with an outline level; documents converted from elsewhere often
/// have only the name ("heading 1", "Nagłówek 1"), so the name counts too. Based-on chains are followed.
/// </summary>
internal sealed class WordStyleMap
{
    public static readonly WordStyleMap Empty = new([]);

    private readonly Dictionary<string, Style> _styles;

    private WordStyleMap(Dictionary<string, Style> styles) => _styles = styles;

    public sealed record Style(int? OutlineLevel, int? NumId, int Ilvl, string? BasedOn);

    public Style Of(string? id)
    {
        var style = new Style(null, null, 0, id);
        // Based-on chains are short; the bound stops a cycle a hostile file could write.
        for (var hops = 0; hops < 10 && style.BasedOn is { } next && _styles.TryGetValue(next, out var parent); hops++)
        {
            style = new Style(style.OutlineLevel ?? parent.OutlineLevel, style.NumId ?? parent.NumId, style.NumId is null ? parent.Ilvl : style.Ilvl, parent.BasedOn);
        }

        return style;
    }

    public static WordStyleMap Read(XmlReader xml)
    {
        using (xml)
        {
            var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
            string? id = null;
            string? name = null;
            string? basedOn = null;
            int? outline = null;
            int? numId = null;
            var ilvl = 0;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == DocxBlockReader.Word)
                {
                    switch (xml.LocalName)
                    {
                        case "style" when xml.Depth == 1:
                            id = xml.GetAttribute("styleId", DocxBlockReader.Word);
                            (name, basedOn, outline, numId, ilvl) = (null, null, null, null, 0);
                            break;
                        case "name" when xml.Depth == 2:
                            name = xml.GetAttribute("val", DocxBlockReader.Word);
                            break;
                        case "basedOn" when xml.Depth == 2:
                            basedOn = xml.GetAttribute("val", DocxBlockReader.Word);
                            break;
                        case "outlineLvl" when xml.Depth == 3:
                            outline = WordNumbering.Int(xml.GetAttribute("val", DocxBlockReader.Word));
                            break;
                        case "numId" when xml.Depth == 4:
                            numId = WordNumbering.Int(xml.GetAttribute("val", DocxBlockReader.Word));
                            break;
                        case "ilvl" when xml.Depth == 4:
                            ilvl = WordNumbering.Int(xml.GetAttribute("val", DocxBlockReader.Word)) ?? 0;
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "style" && xml.Depth == 1 && id is not null)
                {
                    // Outline level 9 is Word's "body text".
                    styles.TryAdd(id, new Style(outline is < 9 ? outline : HeadingLevel(name), numId, ilvl, basedOn));
                }
            }

            return new WordStyleMap(styles);
        }
    }

    // "heading 2", "Heading2", "Nagłówek 2"; "Title" reads as a top heading.
    private static int? HeadingLevel(string? name)
    {
        var text = (name ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var prefix in new[] { "heading", "nagłówek", "naglowek" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length == prefix.Length + 1 && char.IsAsciiDigit(text[^1]))
            {
                return text[^1] - '1';
            }
        }

        return text is "title" or "tytuł" ? 0 : null;
    }
}
