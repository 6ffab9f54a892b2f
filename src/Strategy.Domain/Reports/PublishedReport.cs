using Strategy.Domain.Common;

namespace Strategy.Domain.Reports;

/// <summary>
/// A published version of a year's report, frozen: the report as it read then (the content as JSON)
/// and the Word file made of it. Later changes of the data never reach it; a correction is a new
/// version, and the old ones stay listed.
/// </summary>
public sealed class PublishedReport : TenantOwnedEntity
{
    private PublishedReport()
    {
    }

    public PublishedReport(Guid strategyId, int year, int number, string content, byte[] document, string by, DateTimeOffset at)
    {
        StrategyId = strategyId;
        Year = year;
        Number = number;
        Content = content;
        Document = document;
        PublishedBy = by;
        PublishedAt = at;
    }

    public Guid StrategyId { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 for the first publication of the year, 2 for the first correction…</summary>
    public int Number { get; private set; }

    /// <summary>The report's content as it was published (serialized by the application layer).</summary>
    public string Content { get; private set; } = "";

    /// <summary>The DOCX file as it was published.</summary>
    public byte[] Document { get; private set; } = [];

    public string PublishedBy { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }
}
