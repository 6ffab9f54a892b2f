namespace Strategy.Domain.Monitoring;

/// <summary>Where a reported value or task progress stands: only approved ones count in reports and charts.</summary>
public enum ReviewStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}
