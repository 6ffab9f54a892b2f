using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Strategy.Application.Common.Spreadsheets;

namespace Strategy.Application.OpenData;

/// <summary>
/// A gmina's open data as files at stable addresses: the values as CSV and JSON, and the XML feed
/// dane.gov.pl's harvester reads (namespace <see cref="HarvesterNamespace"/>) with its MD5 checksum file.
/// The same rows go into every file; docs/open-data.md describes the columns and the feed.
/// </summary>
public static class OpenDataFiles
{
    public const string Csv = "wskazniki.csv";
    public const string Json = "wskazniki.json";
    public const string Feed = "dane-gov-pl.xml";
    public const string FeedChecksum = "dane-gov-pl.md5";

    public const string HarvesterNamespace = "urn:otwarte-dane:harvester:1.13";

    /// <summary>The columns, in the order of the CSV and under the names of the JSON.</summary>
    public static readonly IReadOnlyList<string> Columns = ["gmina", "teryt", "strategy", "elementCode", "indicator", "unit", "year", "value", "parts", "note", "source", "licence"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] ToCsv(OpenDataSet data) => CsvFile.WriteOpenData(
        [
            Columns.ToArray<object?>(),
            .. data.Rows.Select(r => new object?[] { r.Gmina, r.Teryt, r.Strategy, r.ElementCode, r.Indicator, r.Unit, r.Year, r.Value, PartsText(r.Parts), r.Note, r.Source, r.Licence }),
        ]);

    /// <summary>A breakdown in one CSV field: "bezrobocia: 300; ubóstwa: 331", numbers with a decimal point; null without one.</summary>
    private static string? PartsText(IReadOnlyList<OpenDataPart> parts) => parts.Count == 0
        ? null
        : string.Join("; ", parts.Select(p => $"{p.Label}: {p.Value.ToString("0.############################", CultureInfo.InvariantCulture)}{(p.Unit is null ? "" : " " + p.Unit)}"));

    public static byte[] ToJson(OpenDataSet data) => JsonSerializer.SerializeToUtf8Bytes(data.Rows, JsonOptions);

    /// <summary>
    /// One dataset per gmina with its two resources. The identifiers (extIdent, at most 36 characters) stay the
    /// same from one year to the next, so the portal updates the resources instead of adding new ones.
    /// </summary>
    /// <param name="link">The public address of one of the gmina's files.</param>
    public static byte[] ToHarvesterFeed(OpenDataSet data, Func<string, string> link)
    {
        XNamespace ns = HarvesterNamespace;
        var ident = $"srps-{data.Teryt}";
        var dataDate = data.LatestYear is { } year ? $"{year}-12-31" : null;
        var dataset = new XElement("dataset",
            new XAttribute("status", data.Rows.Count > 0 ? "published" : "draft"),
            new XElement("extIdent", ident),
            Bilingual("title",
                $"Wskaźniki realizacji strategii rozwiązywania problemów społecznych – {data.Gmina}",
                $"Indicators of the strategy for solving social problems – {data.Gmina}"),
            Bilingual("description",
                $"Zatwierdzone wartości wskaźników strategii rozwiązywania problemów społecznych (art. 16b ustawy o pomocy społecznej) przyjętej przez gminę {data.Gmina} (TERYT {data.Teryt}), wiersz na wskaźnik i rok. Licencja {OpenDataSet.Licence}.",
                $"Approved values of the indicators of the strategy for solving social problems adopted by {data.Gmina} (TERYT {data.Teryt}), one row per indicator and year. Licence {OpenDataSet.Licence}."),
            new XElement("url", link("")),
            new XElement("updateFrequency", "yearly"),
            Flags(resource: false),
            new XElement("categories", new XElement("category", "SOCI")),
            new XElement("resources",
                Resource($"{ident}-csv", link(Csv), "CSV", data, dataDate),
                Resource($"{ident}-json", link(Json), "JSON", data, dataDate)),
            new XElement("tags",
                new XElement("tag", new XAttribute("lang", "pl"), "pomoc społeczna"),
                new XElement("tag", new XAttribute("lang", "pl"), "strategia rozwiązywania problemów społecznych")));
        var root = new XElement(ns + "datasets", new XAttribute(XNamespace.Xmlns + "ns2", ns), new XAttribute(XNamespace.Xmlns + "xsi", Xsi), dataset);

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>The checksum file next to the feed: the MD5 of its bytes in lowercase hex, which the harvester compares before reading the feed again.</summary>
    public static byte[] Checksum(byte[] feed) => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(MD5.HashData(feed)));

    private static XElement Resource(string ident, string url, string format, OpenDataSet data, string? dataDate) =>
        new("resource",
            new XAttribute("status", "published"),
            new XElement("extIdent", ident),
            new XElement("url", url),
            Bilingual("title",
                $"Wartości wskaźników strategii – {data.Gmina} ({format})",
                $"Values of the strategy's indicators – {data.Gmina} ({format})"),
            Bilingual("description",
                $"Kolumny: {string.Join(", ", Columns)}. Wiersze: {data.Rows.Count.ToString(CultureInfo.InvariantCulture)}.",
                $"Columns: {string.Join(", ", Columns)}. Rows: {data.Rows.Count.ToString(CultureInfo.InvariantCulture)}."),
            new XElement("availability", "local"),
            dataDate is null ? null : new XElement("dataDate", dataDate),
            Flags(resource: true));

    private static XElement Bilingual(string name, string polish, string english) =>
        new(name, new XElement("polish", polish), new XElement("english", english));

    private static IEnumerable<XElement> Flags(bool resource)
    {
        yield return new XElement("hasDynamicData", "false");
        yield return new XElement("hasHighValueData", "false");
        yield return new XElement("hasHighValueDataFromEuropeanCommissionList", "false");
        yield return new XElement("hasResearchData", "false");
        if (resource)
        {
            yield return new XElement("containsProtectedData", "false");
        }
    }
}
