using System.Globalization;
using System.Text;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Tenancy.Register;

/// <summary>
/// The TERC register of gminy (GUS, as of 2024-01-01), embedded in this assembly and parsed once
/// per process. Search keys are the names' slugs, so case, Polish diacritics, spaces and
/// punctuation never decide a match ("bielsko biala" finds "Bielsko-Biała").
/// </summary>
public sealed class MunicipalityRegister : IMunicipalityRegister
{
    private const string ResourceName = "Strategy.Infrastructure.gminy-terc.csv";
    private const int MaxResults = 50;

    private static readonly Lazy<IReadOnlyList<Municipality>> Embedded = new(ReadEmbedded);
    private static readonly StringComparer PolishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);

    private readonly (Municipality Municipality, string Key)[] entries;
    private readonly Dictionary<TerytCode, Municipality> byCode;
    private readonly Dictionary<string, IReadOnlyList<Municipality>> byName;

    public MunicipalityRegister()
        : this(Embedded.Value)
    {
    }

    private MunicipalityRegister(IReadOnlyList<Municipality> municipalities)
    {
        All = municipalities;
        entries = [.. municipalities.Select(m => (m, TenantIdentifiers.Slugify(m.Name)))];
        byCode = municipalities.ToDictionary(m => m.Code);
        byName = municipalities
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<Municipality> (g) => g.OrderBy(m => m.Code.Value, StringComparer.Ordinal).ToList().AsReadOnly(), StringComparer.Ordinal);
    }

    /// <summary>Every gmina, in the register's (TERC code) order.</summary>
    public IReadOnlyList<Municipality> All { get; }

    /// <summary>A register read from other CSV text in the same format; the embedded one is the product's.</summary>
    public static MunicipalityRegister FromCsv(TextReader csv) => new(Parse(csv));

    public Municipality? Find(TerytCode code) => byCode.GetValueOrDefault(code);

    public IReadOnlyList<Municipality> Search(string query, int limit)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var key = TenantIdentifiers.Slugify(query);
        var code = query.Trim();
        var isCode = code.All(char.IsAsciiDigit);

        return entries
            .Select(e => (e.Municipality, Rank: Rank(e.Key, key, e.Municipality.Code, isCode ? code : null)))
            .Where(r => r.Rank is not null)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Municipality.Name, PolishOrder)
            .ThenBy(r => r.Municipality.Code.Value, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, MaxResults))
            .Select(r => r.Municipality)
            .ToList();
    }

    public IReadOnlyList<Municipality> WithSameName(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return byName.GetValueOrDefault(municipality.Name) ?? [];
    }

    /// <summary>0: the name starts with the query, 1: contains it, 2: the TERC code starts with it; null: no match.</summary>
    private static int? Rank(string nameKey, string queryKey, TerytCode code, string? codeQuery)
    {
        if (queryKey.Length > 0 && nameKey.StartsWith(queryKey, StringComparison.Ordinal))
        {
            return 0;
        }

        if (queryKey.Length > 0 && nameKey.Contains(queryKey, StringComparison.Ordinal))
        {
            return 1;
        }

        return codeQuery is not null && code.Value.StartsWith(codeQuery, StringComparison.Ordinal) ? 2 : null;
    }

    private static IReadOnlyList<Municipality> ReadEmbedded()
    {
        using var stream = typeof(MunicipalityRegister).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(MunicipalityRegister).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    private static IReadOnlyList<Municipality> Parse(TextReader csv)
    {
        var header = SplitLine(csv.ReadLine() ?? throw Corrupt(1, "the file is empty"), 1);

        int Column(string name)
        {
            var index = header.IndexOf(name);
            return index >= 0 ? index : throw Corrupt(1, $"there is no column \"{name}\"");
        }

        var (tercColumn, nameColumn, powiatColumn, voivodeshipColumn) = (Column("terc"), Column("name"), Column("powiat"), Column("wojewodztwo"));

        var municipalities = new List<Municipality>();
        var codes = new HashSet<TerytCode>();
        var lineNumber = 1;
        for (var line = csv.ReadLine(); line is not null; line = csv.ReadLine())
        {
            lineNumber++;
            var fields = SplitLine(line, lineNumber);
            if (fields.Count != header.Count)
            {
                throw Corrupt(lineNumber, $"{fields.Count} fields where the header has {header.Count}");
            }

            if (!TerytCode.TryParse(fields[tercColumn], out var code))
            {
                throw Corrupt(lineNumber, $"\"{fields[tercColumn]}\" is not a gmina's TERC code");
            }

            if (fields[nameColumn].Length == 0 || fields[powiatColumn].Length == 0 || fields[voivodeshipColumn].Length == 0)
            {
                throw Corrupt(lineNumber, "the name, powiat or voivodeship is empty");
            }

            if (!codes.Add(code))
            {
                throw Corrupt(lineNumber, $"TERC code {code} appears twice");
            }

            municipalities.Add(new Municipality(code, fields[nameColumn], code.Kind, fields[powiatColumn], fields[voivodeshipColumn]));
        }

        return municipalities.AsReadOnly(); // shared by every instance: nobody may change it
    }

    /// <summary>
    /// One CSV line (RFC 4180, without line breaks inside fields): a field in double quotes may hold
    /// commas — Warszawa's row does — and a doubled quote stands for one.
    /// </summary>
    private static List<string> SplitLine(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!quoted)
            {
                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c != '"')
            {
                field.Append(c);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (i + 1 < line.Length && line[i + 1] != ',')
            {
                throw Corrupt(lineNumber, "text follows a closing quote");
            }
            else
            {
                quoted = false;
            }
        }

        if (quoted)
        {
            throw Corrupt(lineNumber, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static InvalidDataException Corrupt(int lineNumber, string reason) =>
        new($"TERC register, line {lineNumber}: {reason}.");
}
