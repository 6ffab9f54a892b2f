namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Splits a responsibility cell ("Realizacja/koordynacja", "Podmioty zaangażowane/partnerzy",
/// "Realizatorzy") into institution names, spelt exactly as the document spells them.
/// </summary>
public static class InstitutionList
{
    public static IReadOnlyList<string> Split(string? cell)
    {
        var pieces = new List<string>();
        foreach (var block in HtmlText.Paragraphs(cell))
        {
            pieces.AddRange(SplitOutsideParentheses(block));
        }

        var names = new List<string>();
        foreach (var piece in pieces)
        {
            var trimmed = piece.Trim();
            if (names.Count > 0 && ContinuesPrevious(names[^1], trimmed))
            {
                // The comma belonged to the name, so it goes back in.
                names[^1] = names[^1] + "," + piece;
            }
            else
            {
                names.Add(piece);
            }
        }

        // A trailing full stop ends the cell's sentence, not the name.
        return names.Select(n => n.Trim().TrimEnd('.').TrimEnd())
            .Where(n => n.Length > 0)
            .ToList();
    }

    // "Sąsiednie samorządy (m.in. Jaworzno, Dąbrowa Górnicza)" is one entry: commas inside brackets list examples.
    private static List<string> SplitOutsideParentheses(string text)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    pieces.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    // "Organizacje senioralne, w tym Uniwersytet III Wieku" and "Najemcy lokali, jak i właściciele lokali"
    // name one participant; "Ośrodek Kultury, Sportu i Rekreacji" is a single institution whose name has a comma.
    private static bool ContinuesPrevious(string previous, string piece) =>
        piece.StartsWith("w tym ", StringComparison.Ordinal)
        || piece.StartsWith("jak i ", StringComparison.Ordinal)
        || (piece.StartsWith("Sportu", StringComparison.Ordinal) && previous.TrimEnd().EndsWith("Kultury", StringComparison.Ordinal));
}
