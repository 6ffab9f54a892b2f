using Strategy.Application.Monitoring;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Reports;

/// <summary>
/// The annual implementation report as it is read, printed and published: everything already in
/// words and Polish-formatted numbers, so the HTML page, the DOCX file and a published snapshot
/// show the very same text.
/// </summary>
public sealed record AnnualReportModel(
    ReportTitlePage TitlePage,
    string? Introduction,
    IReadOnlyList<ReportGoal> Goals,
    ReportSummary Summary);

/// <param name="Period">"2014–2020", or null when the strategy names no period.</param>
public sealed record ReportTitlePage(
    string Municipality,
    string StrategyTitle,
    string? Period,
    string? AdoptionResolution,
    string? Coordinator,
    int Year)
{
    /// <summary>Whether the title already says the period ("…na lata 2021–2027"), so the text need not repeat it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool TitleNamesPeriod =>
        Period?.Split('–') is [var from, var to] && StrategyTitle.Contains(from, StringComparison.Ordinal) && StrategyTitle.Contains(to, StringComparison.Ordinal);
}

/// <summary>A top-level element of the strategy with what the coordinator wrote of it.</summary>
/// <param name="Notice">Why there is nothing to report on the goal for the year, said plainly; null when there is.</param>
/// <param name="Summary">The goal's year in figures, for the summary a council reads first (null in versions published before it existed).</param>
public sealed record ReportGoal(ReportElement Element, string? Commentary, string? Notice, ReportGoalSummary? Summary = null);

/// <summary>A goal's year in figures: its tasks by approved state, its indicators against their targets, the largest changes, the money.</summary>
/// <param name="Changes">The largest changes against the year before, strongest first: "„Liczba rodzin…”: 312 → 250 rodzin (−19,9 %)".</param>
/// <param name="Planned">Money planned for its tasks in the year ("98 450,20 zł"), null when none was reported.</param>
public sealed record ReportGoalSummary(
    TaskProgressCountDto Tasks,
    int OnTarget,
    int OffTarget,
    int WithoutTarget,
    IReadOnlyList<string> Changes,
    string? Planned,
    string? Spent)
{
    /// <summary>The same words on the report page and in the DOCX.</summary>
    public string TasksText => Tasks.Total == 0
        ? "brak zadań"
        : $"zakończone: {Tasks.Done}, w trakcie: {Tasks.InProgress + Tasks.Ongoing}, nierozpoczęte: {Tasks.NotStarted + Tasks.Suspended}, bez sprawozdania: {Tasks.NotReported}";

    public string IndicatorsText => $"zgodnie z celem: {OnTarget}, odbiega od celu: {OffTarget}" + (WithoutTarget > 0 ? $", bez wartości docelowej: {WithoutTarget}" : "");

    public string MoneyText => Planned is null && Spent is null
        ? "nie zgłoszono"
        : string.Join("; ", new[] { Planned is null ? null : $"plan: {Planned}", Spent is null ? null : $"wydano: {Spent}" }.OfType<string>());
}

/// <param name="Progress">The year's approved progress when the element is a task; null otherwise.</param>
/// <param name="IsTask">Whether the element is a task of the strategy (the last of three or more levels).</param>
public sealed record ReportElement(
    Guid Id,
    string LevelName,
    string Code,
    string Title,
    int Depth,
    IReadOnlyList<string> Coordinators,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Implementers,
    string? Funding,
    string? TimeFrame,
    IReadOnlyList<ReportIndicator> Indicators,
    bool IsTask,
    ReportTaskProgress? Progress,
    IReadOnlyList<ReportElement> Children)
{
    /// <summary>Whether the element says more than its title (institutions, funding, time frame, indicators, progress, sub-elements).</summary>
    public bool HasContent => Coordinators.Count + Partners.Count + Implementers.Count + Indicators.Count + Children.Count > 0
        || Progress is not null || Funding is not null || TimeFrame is not null;
}

/// <param name="Value">The year's approved value as text ("11,6 %", "bezrobocia: 300; ubóstwa: 331"); "brak danych" when reported as such; null when not reported.</param>
/// <param name="NoDataReason">Why there is no data, when reported as "brak danych".</param>
/// <param name="Target">The strategy's target as text ("≥ 40 % w 2027"), when it has one.</param>
public sealed record ReportIndicator(
    string Name,
    string? Unit,
    string? DataSource,
    string? Value,
    string? NoDataReason,
    string? Note,
    string? Target,
    TrendStatus Status)
{
    /// <summary>The value text of a year reported as having no data.</summary>
    public const string NoDataText = "brak danych";

    public bool IsNoData => Value == NoDataText;
}

/// <param name="Status">The approved status, null when the year's progress was not reported or not approved.</param>
public sealed record ReportTaskProgress(TaskProgress? Status, string? Narrative, string? Planned, string? Spent);

/// <param name="IndicatorsWithValue">Indicators with an approved value for the year.</param>
/// <param name="IndicatorsNoData">Indicators reported as "brak danych" for the year.</param>
/// <param name="IndicatorsMissing">Indicators with nothing approved for the year.</param>
public sealed record ReportSummary(
    TaskProgressCountDto Tasks,
    int OnTrack,
    int OffTrack,
    int NotJudged,
    int IndicatorsWithValue,
    int IndicatorsNoData,
    int IndicatorsMissing)
{
    public int Indicators => IndicatorsWithValue + IndicatorsNoData + IndicatorsMissing;

    /// <summary>Share of indicators reported for the year (a value or "brak danych"), in whole percent.</summary>
    public int CompletenessPercent => Indicators == 0 ? 0 : (int)Math.Round(100m * (IndicatorsWithValue + IndicatorsNoData) / Indicators, MidpointRounding.AwayFromZero);
}
