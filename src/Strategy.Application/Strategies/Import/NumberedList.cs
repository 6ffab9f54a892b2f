namespace Strategy.Application.Strategies.Import;

/// <summary>
/// "1. Pierwszy. 2. Drugi." — a list whose numbers restart at 1, possibly run together by the
/// extraction ("…w środowisku.2. Wspieranie…"). Only the next expected number counts as a new item,
/// so "2020 r." or "3. etap" inside an item does not split it.
/// </summary>
internal static class NumberedList
{
    public static IReadOnlyList<(int Number, string Title)> Split(string text)
    {
        var items = new List<(int, string)>();
        var start = FindNumber(text, 1, 0);
        if (start is null)
        {
            return items;
        }

        var number = 1;
        var (_, titleStart) = start.Value;
        while (true)
        {
            var next = FindNumber(text, number + 1, titleStart);
            var end = next?.At ?? text.Length;
            items.Add((number, text[titleStart..end].Trim()));
            if (next is null)
            {
                return items;
            }

            number++;
            titleStart = next.Value.TitleStart;
        }
    }

    // "n." at the start, or after whitespace or the end of a sentence, and followed by whitespace.
    private static (int At, int TitleStart)? FindNumber(string text, int number, int from)
    {
        var marker = number + ".";
        for (var at = text.IndexOf(marker, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var after = at + marker.Length;
            var opens = at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '.' or ';' or ')';
            if (opens && after < text.Length && char.IsWhiteSpace(text[after]))
            {
                var titleStart = after;
                while (titleStart < text.Length && char.IsWhiteSpace(text[titleStart]))
                {
                    titleStart++;
                }

                return (at, titleStart);
            }
        }

        return null;
    }
}
