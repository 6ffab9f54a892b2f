using System.Globalization;
using System.Text;
using CsvHelper;
using Strategy.Application.Common.Files;
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

    // OWASP's list: what Excel, LibreOffice and Google Sheets start a formula with.
    private const string InjectionCharacters = "=+-@\t\r";
    private const char InjectionEscape = '\'';

    /// <summary>
    /// The records of a CSV text; a leading BOM is dropped. <c>Rows[i]</c> is record <c>i + 1</c>, and
    /// record numbers are what error messages use. A record is a line, except that a quoted field may
    /// hold line breaks: such a record spans several lines of the file but counts once. Empty lines are
    /// kept as empty rows, so the numbering holds. The delimiter is taken from the first non-empty record:
    /// ';' if it has one outside quotes, else a tab, else ','. A field written neutralised
    /// (<see cref="Write"/>: "'=…") comes back as it was. Rows, fields and characters are counted
    /// against the limits as they are read.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text, FileLimits limits)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (text.Length > limits.MaxCharacters)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCharacters)} znaków tekstu");
        }

        var options = new CsvReaderOptions
        {
            Separator = Delimiter(text),
            HasHeader = false,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = false,
            // A quote inside an unquoted field is taken as it is, as Excel does.
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        var rows = new List<IReadOnlyList<string>>();
        long cells = 0;
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var record = reader.Current;
            if (rows.Count >= limits.MaxRows)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} wierszy");
            }

            if (record.FieldCount > limits.MaxColumns)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxColumns)} kolumn");
            }

            cells += record.FieldCount;
            if (cells > limits.MaxCells)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCells)} komórek");
            }

            var fields = new string[record.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Restored(record.GetString(i));
            }

            // An empty line is an empty row (the numbering of the rows after it holds); "" is one empty field.
            rows.Add(record.RawRecord.IsEmpty ? [] : fields);
        }

        return rows;
    }

    /// <summary>
    /// Records separated by CRLF, fields by ';'; numbers as a Polish Excel writes them ("11,6"), null as an
    /// empty field. A field a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
    /// carriage return) is written behind an apostrophe, so a note or a title can never become one.
    /// </summary>
    public static string Write(IReadOnlyList<IReadOnlyList<object?>> rows) => Write(rows, ';', Polish);

    /// <summary>
    /// Open data as the national standard of openness asks: ',' between fields, numbers with a decimal point
    /// ("11.6"), UTF-8 without a BOM, CRLF between records; formulas neutralised as in <see cref="Write"/>.
    /// </summary>
    public static byte[] WriteOpenData(IReadOnlyList<IReadOnlyList<object?>> rows) => StrictUtf8.GetBytes(Write(rows, ',', CultureInfo.InvariantCulture));

    private static string Write(IReadOnlyList<IReadOnlyList<object?>> rows, char separator, CultureInfo numbers)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = new CsvWriterOptions
        {
            Separator = separator,
            HasHeader = false,
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
            InjectionCharacters = InjectionCharacters,
            InjectionEscape = InjectionEscape,
            // The sheets have header rows, empty separator rows and rows of different lengths.
            ValidateFieldCount = false,
        };
        using (var writer = CsvWriter.Create(text, options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                if (row.Count == 0)
                {
                    // An empty row is an empty line; CsvHelper writes no record without a field.
                    writer.Flush();
                    text.Write("\r\n");
                    continue;
                }

                foreach (var value in row)
                {
                    WriteField(writer, value, numbers);
                }

                writer.EndRecord();
            }
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

    /// <summary>Numbers in the culture of the dialect; only text can be a formula, so only text is neutralised.</summary>
    private static void WriteField(CsvWriter writer, object? value, CultureInfo numbers)
    {
        switch (value)
        {
            case null:
                writer.WriteField("");
                break;
            case string text:
                writer.WriteField(text);
                break;
            case decimal d:
                writer.WriteField(d, "0.############################", numbers);
                break;
            case int n:
                writer.WriteField(n, "", numbers);
                break;
            case long n:
                writer.WriteField(n, "", numbers);
                break;
            case double d when double.IsFinite(d):
                writer.WriteField(d, "0.###############", numbers);
                break;
            default:
                throw new ArgumentException($"A CSV cell cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A neutralised field ("'=SUMA(…)") as it was written.</summary>
    private static string Restored(string field) =>
        field.Length > 1 && field[0] == InjectionEscape && InjectionCharacters.Contains(field[1]) ? field[1..] : field;
}
