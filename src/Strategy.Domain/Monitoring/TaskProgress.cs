namespace Strategy.Domain.Monitoring;

/// <summary>How far a task of the strategy got in a year.</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Done,

    /// <summary>A continuous task (most of a social strategy's are): carried out all year, never "done".</summary>
    Ongoing,
    Suspended,
}
