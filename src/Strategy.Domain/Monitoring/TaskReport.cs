using Strategy.Domain.Common;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// A task's progress in a round as its institution reports it: a status, what was done, and
/// optionally the money planned and spent. What the coordinator approved is kept apart
/// (<see cref="ApprovedProgress"/>…), so a correction does not take the approved progress out of
/// reports before it is approved in turn.
/// </summary>
public sealed class TaskReport : ReviewedReport
{
    public const int NarrativeLimit = 4000;

    private TaskReport()
    {
    }

    public TaskReport(Guid elementId, ReportingRound round, TaskProgress progress, string? narrative, decimal? planned, decimal? spent, string by, DateTimeOffset at)
    {
        ElementId = elementId;
        RoundId = round.Id;
        Year = round.Year;
        Change(round, progress, narrative, planned, spent, by, at);
    }

    public Guid ElementId { get; private set; }

    public TaskProgress Progress { get; private set; }

    public string? Narrative { get; private set; }

    public decimal? PlannedAmount { get; private set; }

    public decimal? SpentAmount { get; private set; }

    public TaskProgress? ApprovedProgress { get; private set; }

    public string? ApprovedNarrative { get; private set; }

    public decimal? ApprovedPlannedAmount { get; private set; }

    public decimal? ApprovedSpentAmount { get; private set; }

    public void Change(ReportingRound round, TaskProgress progress, string? narrative, decimal? planned, decimal? spent, string by, DateTimeOffset at)
    {
        if (planned < 0 || spent < 0)
        {
            throw new DomainException("Kwoty nie mogą być ujemne.");
        }

        Changed(round, by, at);
        (Progress, PlannedAmount, SpentAmount) = (progress, planned, spent);
        Narrative = MunicipalStrategyText.Optional(narrative, NarrativeLimit, "Opis realizacji");
    }

    public override void Approve(string by, DateTimeOffset at)
    {
        base.Approve(by, at);
        (ApprovedProgress, ApprovedNarrative, ApprovedPlannedAmount, ApprovedSpentAmount) = (Progress, Narrative, PlannedAmount, SpentAmount);
    }
}
