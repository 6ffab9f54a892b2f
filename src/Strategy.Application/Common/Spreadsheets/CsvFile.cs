using System.Globalization;
using System.Text;
using Strategy.Domain.Common;

namespace Strategy.Application.Common.Spreadsheets;

/// <summary>
/// CSV as RFC 4180 describes it, in the dialect a Polish Excel reads and writes: ';' between fields
/// (',' is the decimal separator), numbers with a decimal comma, UTF-8 with a BOM.
/// </summary>
public static class CsvFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>
    /// The records of a CSV text; a leading BOM is dropped. <c>Rows[i]</c> is record <c>i + 1</c>, and
    /// record numbers are what error messages use. A record is a line, except that a quoted field may
    /// hold line breaks: such a record spans several lines of the file but counts once. Empty lines are
    /// kept as empty rows, so the numbering holds; the empty "record" after the final line break is not a row.
    /// The delimiter is taken from the first non-empty record: ';' if it has one outside quotes, else a tab, else ','.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var delimiter = Delimiter(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStart = true;
        var recordStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (recordStarted)
                {
                    row.Add(field.ToString());
                }

                rows.Add(row);
                (row, field, fieldStart, recordStarted) = ([], new StringBuilder(), true, false);
                continue;
            }

            recordStarted = true;
            if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStart = true;
                continue;
            }

            // A quote opens a quoted field only at its start; elsewhere it is taken as it is, as Excel does.
            if (c == '"' && fieldStart)
            {
                inQuotes = true;
            }
            else
            {
                field.Append(c);
            }

            fieldStart = false;
        }

        if (recordStarted)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Records separated by CRLF, fields by ';'; numbers as a Polish Excel writes them ("11,6"), null as an empty field.</summary>
    public static string Write(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary><see cref="Write"/> as UTF-8 bytes with a BOM: without it Excel takes the file for Windows-1250 and garbles Polish letters.</summary>
    public static byte[] WriteUtf8WithBom(IReadOnlyList<IReadOnlyList<object?>> rows) =>
        [.. Encoding.UTF8.Preamble, .. StrictUtf8.GetBytes(Write(rows))];

    /// <summary>UTF-8 text, with or without a BOM; anything else is refused rather than read with wrong letters.</summary>
    public static string Decode(byte[] bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException("Plik CSV nie jest zapisany w kodowaniu UTF-8 (polskie litery byłyby przekłamane). W Excelu wybierz „Zapisz jako” i typ pliku „CSV UTF-8 (rozdzielany przecinkami)”, a potem spróbuj ponownie.");
        }
    }

    private static char Delimiter(string text)
    {
        var inQuotes = false;
        bool semicolon = false, tab = false, any = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                // Two quotes in a row toggle twice, so escaped quotes need no special case here.
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                if (any)
                {
                    break;
                }

                continue;
            }
            else if (!inQuotes)
            {
                semicolon |= c == ';';
                tab |= c == '\t';
            }

            any = true;
        }

        return semicolon ? ';' : tab ? '\t' : ',';
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            decimal d => d.ToString("0.############################", Polish),
            int n => n.ToString(Polish),
            long n => n.ToString(Polish),
            double d when double.IsFinite(d) => d.ToString("0.###############", Polish),
            _ => throw new ArgumentException($"A CSV cell cannot hold a {value.GetType().Name}.", nameof(value)),
        };

        return text.AsSpan().IndexOfAny(";\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
