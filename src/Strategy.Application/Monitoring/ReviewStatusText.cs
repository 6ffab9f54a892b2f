using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>A reported value's state in Polish, for pages, spreadsheets and messages alike.</summary>
public static class ReviewStatusText
{
    public static string Of(ReviewStatus? status) => status switch
    {
        null => "nie zgłoszono",
        ReviewStatus.Draft => "szkic",
        ReviewStatus.Submitted => "czeka na zatwierdzenie",
        ReviewStatus.Returned => "zwrócona do poprawy",
        _ => "zatwierdzona",
    };
}
