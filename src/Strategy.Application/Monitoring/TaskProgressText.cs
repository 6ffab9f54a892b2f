using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>A task's progress in Polish, for pages, messages and reports alike.</summary>
public static class TaskProgressText
{
    public static string Of(TaskProgress progress) => progress switch
    {
        TaskProgress.NotStarted => "nierozpoczęte",
        TaskProgress.InProgress => "w trakcie",
        TaskProgress.Done => "zakończone",
        TaskProgress.Ongoing => "realizowane na bieżąco",
        _ => "wstrzymane",
    };
}
