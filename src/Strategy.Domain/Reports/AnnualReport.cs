using System.Text.Json;
using Strategy.Domain.Common;

namespace Strategy.Domain.Reports;

/// <summary>
/// The coordinator's working copy of a year's implementation report: what they write around the
/// data (introduction, a commentary per goal, who coordinates). The data themselves are read anew
/// each time; publishing freezes both into a <see cref="PublishedReport"/>.
/// </summary>
public sealed class AnnualReport : TenantOwnedEntity
{
    public const int IntroductionLimit = 20000;
    public const int CommentaryLimit = 10000;

    // Kept as one JSON text: the commentaries are only ever read and written with the report.
    private string commentaries = "[]";

    private AnnualReport()
    {
    }

    public AnnualReport(Guid strategyId, int year)
    {
        StrategyId = strategyId;
        Year = year;
    }

    public Guid StrategyId { get; private set; }

    public int Year { get; private set; }

    public string? Introduction { get; private set; }

    /// <summary>The institution that coordinates the strategy, for the title page (usually the MOPS/OPS).</summary>
    public string? Coordinator { get; private set; }

    public IReadOnlyList<ReportCommentary> Commentaries => JsonSerializer.Deserialize<List<ReportCommentary>>(commentaries) ?? [];

    /// <summary>How many versions have been published; the next one gets this number plus one.</summary>
    public int PublishedVersions { get; private set; }

    public void Write(string? introduction, string? coordinator, IReadOnlyDictionary<Guid, string?> commentaryByGoal)
    {
        Introduction = MunicipalStrategyText.Optional(introduction, IntroductionLimit, "Wprowadzenie");
        Coordinator = MunicipalStrategyText.Optional(coordinator, TextLimits.InstitutionName, "Koordynator realizacji");
        var written = new List<ReportCommentary>();
        foreach (var (goal, text) in commentaryByGoal)
        {
            if (MunicipalStrategyText.Optional(text, CommentaryLimit, "Komentarz do celu") is { } commentary)
            {
                written.Add(new ReportCommentary(goal, commentary));
            }
        }

        commentaries = JsonSerializer.Serialize(written);
    }

    /// <summary>Takes the next version number. Saving it changes the report's version, so of two publications racing, one fails.</summary>
    public int NextPublication() => ++PublishedVersions;
}

/// <summary>What the coordinator writes of one goal in the year's report.</summary>
public sealed record ReportCommentary(Guid ElementId, string Text);
