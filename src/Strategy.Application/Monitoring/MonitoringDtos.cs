using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

public sealed record RoundSummaryDto(Guid Id, Guid StrategyId, int Year, DateOnly Deadline, bool IsOpen, int Indicators, int Submitted, int Approved);

/// <summary>A reported value on its way to approval; <see cref="Version"/> is what the next save or review starts from.</summary>
public sealed record EntryDto(
    Guid Id,
    Guid IndicatorId,
    int Year,
    ReviewStatus Status,
    decimal? Value,
    bool NoData,
    string? NoDataReason,
    string? Note,
    IReadOnlyList<MeasurementPartDto> Parts,
    string Text,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    string? ReviewComment,
    int Version);

public sealed record InstitutionProgressDto(Guid? InstitutionId, string Institution, int Indicators, int Entered, int Submitted, int Approved, int Returned)
{
    /// <summary>Share of the institution's indicators with an approved value, 0–100.</summary>
    public int PercentApproved => Indicators == 0 ? 0 : (int)Math.Round(100m * Approved / Indicators);
}

public sealed record ReviewItemDto(Guid EntryId, Guid IndicatorId, string ElementCode, string Indicator, string? Institution, string Text, string? ApprovedText, string UpdatedBy, DateTimeOffset? SubmittedAt, int Version);

public sealed record RoundDto(
    Guid Id,
    Guid StrategyId,
    string StrategyTitle,
    int Year,
    DateOnly Deadline,
    bool IsOpen,
    IReadOnlyList<InstitutionProgressDto> Institutions,
    IReadOnlyList<ReviewItemDto> AwaitingReview,
    int Tasks,
    int TasksReported,
    int TasksApproved,
    IReadOnlyList<TaskReviewItemDto> TasksAwaitingReview)
{
    /// <summary>Whether the caller reviews what is sent (the coordinator, the tenant admin); decided by the round's query.</summary>
    public bool CanReview { get; init; }

    /// <summary>Whether the caller reports values and progress in the round (a partner too).</summary>
    public bool CanReport { get; init; }
}

public sealed record TaskReviewItemDto(Guid ReportId, Guid ElementId, string Code, string Title, string Institutions, Domain.Monitoring.TaskProgress Progress, string? Narrative, decimal? PlannedAmount, decimal? SpentAmount, string UpdatedBy, int Version);

/// <summary>One line of a partner's to-do list: an indicator it supplies, what is approved and what it reported.</summary>
public sealed record ReportingTaskDto(Guid IndicatorId, string ElementCode, string ElementTitle, string Indicator, string? Unit, Domain.Indicators.IndicatorKind Kind, string? Supplier, string? ApprovedText, EntryDto? Entry);

/// <summary>The round a report page works in.</summary>
public sealed record RoundRefDto(Guid Id, int Year, DateOnly Deadline);
