using System.Globalization;
using System.Xml;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Word's list numbering, so an automatically numbered paragraph reads as printed: "1.", "a)",
/// "II.", "1.2." or a bullet. Counters run per list and level; a level restarts when one above it moves on.
/// </summary>
internal sealed class WordNumbering
{
    public static readonly WordNumbering Empty = new([], []);

    private const string Bullet = "•";

    private readonly Dictionary<int, int> _abstractOf;
    private readonly Dictionary<(int Abstract, int Level), Level> _levels;
    private readonly Dictionary<int, int[]> _counters = [];

    private WordNumbering(Dictionary<int, int> abstractOf, Dictionary<(int, int), Level> levels) => (_abstractOf, _levels) = (abstractOf, levels);

    private sealed record Level(string Format, string Text, int Start);

    /// <summary>The marker of the next paragraph of list <paramref name="numId"/> at level <paramref name="ilvl"/>.</summary>
    public string? Next(int numId, int ilvl)
    {
        if (numId == 0 || !_abstractOf.TryGetValue(numId, out var abstractId) || ilvl is < 0 or > 8)
        {
            return null;
        }

        var level = _levels.GetValueOrDefault((abstractId, ilvl)) ?? new Level("decimal", $"%{ilvl + 1}.", 1);
        if (level.Format == "bullet")
        {
            return Bullet;
        }

        if (level.Format == "none")
        {
            return null;
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            _counters[numId] = counters;
        }

        counters[ilvl] = counters[ilvl] == 0 ? level.Start : counters[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        var marker = level.Text;
        for (var k = 0; k <= ilvl; k++)
        {
            var format = _levels.GetValueOrDefault((abstractId, k))?.Format ?? "decimal";
            marker = marker.Replace($"%{k + 1}", Format(format, Math.Max(counters[k], 1)), StringComparison.Ordinal);
        }

        return marker.Trim();
    }

    public static WordNumbering Read(XmlReader xml)
    {
        using (xml)
        {
            var abstractOf = new Dictionary<int, int>();
            var levels = new Dictionary<(int, int), Level>();
            int? abstractId = null;
            int? numId = null;
            int? ilvl = null;
            string format = "decimal", text = "", start = "1";
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == DocxBlockReader.Word)
                {
                    var val = xml.GetAttribute("val", DocxBlockReader.Word);
                    switch (xml.LocalName)
                    {
                        case "abstractNum" when xml.Depth == 1:
                            abstractId = Int(xml.GetAttribute("abstractNumId", DocxBlockReader.Word));
                            break;
                        case "lvl" when xml.Depth == 2 && abstractId is not null:
                            ilvl = Int(xml.GetAttribute("ilvl", DocxBlockReader.Word));
                            (format, text, start) = ("decimal", "", "1");
                            break;
                        case "numFmt" when xml.Depth == 3:
                            format = val ?? "decimal";
                            break;
                        case "lvlText" when xml.Depth == 3:
                            text = val ?? "";
                            break;
                        case "start" when xml.Depth == 3:
                            start = val ?? "1";
                            break;
                        case "num" when xml.Depth == 1:
                            numId = Int(xml.GetAttribute("numId", DocxBlockReader.Word));
                            break;
                        case "abstractNumId" when xml.Depth == 2 && numId is { } id && Int(val) is { } target:
                            abstractOf[id] = target;
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "lvl" && xml.Depth == 2 && abstractId is { } a && ilvl is { } l)
                {
                    levels[(a, l)] = new Level(format, text, Int(start) ?? 1);
                }
            }

            return new WordNumbering(abstractOf, levels);
        }
    }

    public static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Format(string format, int n) => format switch
    {
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int n) => new((char)('A' + ((n - 1) % 26)), 1 + ((n - 1) / 26));

    private static string Roman(int n)
    {
        var result = "";
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; n >= value && result.Length < 20; n -= value)
            {
                result += numeral;
            }
        }

        return result;
    }
}
