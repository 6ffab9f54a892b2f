using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>A task's progress as reported in a round; <see cref="Version"/> is what the next save or review starts from.</summary>
public sealed record TaskReportDto(
    Guid Id,
    Guid ElementId,
    int Year,
    ReviewStatus Status,
    TaskProgress Progress,
    string? Narrative,
    decimal? PlannedAmount,
    decimal? SpentAmount,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    string? ReviewComment,
    int Version);

/// <summary>A task on the caller's to-do list: where its institution is named, and what was reported.</summary>
public sealed record TaskToDoDto(Guid ElementId, string Code, string Title, string Institutions, TaskReportDto? Report);

/// <summary>Tasks of one goal by the progress approved for the round's year; those without an approved report apart.</summary>
public sealed record TaskProgressCountDto(int NotStarted, int InProgress, int Done, int Ongoing, int Suspended, int NotReported)
{
    public int Total => NotStarted + InProgress + Done + Ongoing + Suspended + NotReported;

    public static TaskProgressCountDto Of(IEnumerable<TaskProgress?> approved)
    {
        var list = approved.ToList();
        int Count(TaskProgress p) => list.Count(x => x == p);
        return new(Count(TaskProgress.NotStarted), Count(TaskProgress.InProgress), Count(TaskProgress.Done), Count(TaskProgress.Ongoing), Count(TaskProgress.Suspended), list.Count(x => x is null));
    }
}
