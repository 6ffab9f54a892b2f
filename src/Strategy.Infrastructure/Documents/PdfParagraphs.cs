namespace Strategy.Infrastructure.Documents;

/// <summary>A paragraph made of PDF lines: its text, where it starts and ends and how it is set.</summary>
internal sealed record PdfParagraph(string Text, double Top, double Bottom, double Size, bool Bold, bool EndsShort);

/// <summary>
/// Lines into paragraphs. A paragraph ends where the gap to the next line is wider than the lines'
/// own spacing, where a line stops well short of the right edge, where the type changes, and before
/// a list marker. A word hyphenated at a line's end is joined with its rest.
/// </summary>
public static class PdfParagraphs
{
    internal static List<PdfParagraph> Join(IReadOnlyList<PdfLine> lines, double right)
    {
        var paragraphs = new List<PdfParagraph>();
        var left = lines.Count == 0 ? 0 : lines.Min(l => l.Left);
        PdfLine? previous = null;
        string text = "";
        double top = 0;
        foreach (var line in lines)
        {
            if (previous is null || Breaks(previous, line, left, right))
            {
                if (previous is not null)
                {
                    paragraphs.Add(new PdfParagraph(text, top, previous.Bottom, previous.Size, previous.Bold, EndsShort(previous, left, right)));
                }

                text = line.Text;
                top = line.Top;
            }
            else if (!previous.Text.Contains(' ', StringComparison.Ordinal) && right - previous.Right < line.FirstLetterWidth && line.Text.Length > 0 && char.IsLower(line.Text[0]) && char.IsLetter(text[^1]))
            {
                // A line of one word with no room left for even the next line's first letter: a word too long for its cell,
                // broken without a hyphen. (Room for a letter means the break was at a space.)
                text += line.Text;
            }
            else
            {
                text = Continue(text, line.Text);
            }

            previous = line;
        }

        if (previous is not null)
        {
            paragraphs.Add(new PdfParagraph(text, top, previous.Bottom, previous.Size, previous.Bold, EndsShort(previous, left, right)));
        }

        return paragraphs;
    }

    /// <summary>
    /// "społecz-" + "nych" is "społecznych"; "społeczno-" + "Zawodowej" keeps its hyphen, as does a dash;
    /// "Psychologiczno-" + "Pedagogiczna" is one name; "2023–" + "2030" is the range "2023–2030".
    /// </summary>
    public static string Continue(string text, string next)
    {
        if (text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]))
        {
            return text[..^1] + next;
        }

        if (text.Length >= 2 && ((text[^1] is '–' or '-' && char.IsAsciiDigit(text[^2]) && next.Length > 0 && char.IsAsciiDigit(next[0]))
            || (text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsUpper(next[0]))))
        {
            return text + next;
        }

        return text + " " + next;
    }

    // A title set in capitals breaks where it likes; its lines are still one paragraph.
    private static bool Shouted(string text) => text.Any(char.IsUpper) && !text.Any(char.IsLower);

    public static bool StartsItem(string text) =>
        text.Length > 1 && (text[0] is '•' or '◦' or '➤' or '▪' or '–' or '-' || Marker(text));

    private static bool Breaks(PdfLine previous, PdfLine line, double left, double right)
    {
        // Baseline to baseline a paragraph's lines sit about 1.2 of the type size apart; spacing between paragraphs adds more.
        var pitch = previous.Top - line.Top;
        var size = Math.Max(previous.Size, line.Size);
        return pitch > size * 1.45
            || pitch < size * 0.5
            || Math.Abs(previous.Size - line.Size) > 0.6
            || previous.Bold != line.Bold
            || (HadRoomFor(previous, line, right) && !(Shouted(previous.Text) && Shouted(line.Text)))
            || StartsItem(line.Text);
    }

    // The line before had room for the next one's first word, so the break was the writer's, not the wrap's.
    private static bool HadRoomFor(PdfLine previous, PdfLine line, double right) =>
        right - previous.Right > line.FirstWordWidth + (line.Size * 0.5);

    // A line that stops more than a sixth of the width short of the right edge ended its paragraph.
    private static bool EndsShort(PdfLine line, double left, double right) => right - line.Right > (right - left) / 6;

    // "1.", "1)", "a)", "I.", "1.1." and the like, followed by a space.
    private static bool Marker(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space is < 2 or > 12)
        {
            return false;
        }

        var marker = text[..space];
        if (marker.Length == 2 && char.IsAsciiLetterUpper(marker[0]) && marker[1] is '.' or ')')
        {
            return true;
        }

        return marker[^1] is '.' or ')' && marker[..^1].All(c => char.IsAsciiDigit(c) || c == '.' || "IVXLC".Contains(c) || char.IsAsciiLetterLower(c))
            && (marker.Length <= 3 || marker.Contains('.', StringComparison.Ordinal));
    }
}
