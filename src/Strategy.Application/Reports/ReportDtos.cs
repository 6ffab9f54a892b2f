namespace Strategy.Application.Reports;

/// <summary>A published version of a year's report, as listed.</summary>
public sealed record PublishedVersionDto(int Year, int Number, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>A report as a Word file.</summary>
public sealed record ReportFileDto(string FileName, byte[] Content);

/// <summary>What the coordinator wrote of one goal.</summary>
public sealed record GoalCommentaryDto(Guid ElementId, string? Text);

internal static class ReportFiles
{
    /// <summary>"raport-2020.docx", "raport-2020-wersja-2.docx": plain ASCII names survive every mail client.</summary>
    public static string Name(int year, int? number = null) => number is { } n ? $"raport-{year}-wersja-{n}.docx" : $"raport-{year}-projekt.docx";
}
