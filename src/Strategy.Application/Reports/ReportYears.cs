namespace Strategy.Application.Reports;

/// <summary>The years a report can be asked for at all.</summary>
public static class ReportYears
{
    public const int First = 1990;
    public const int Last = 2100;
    public const string Message = "Podaj rok sprawozdania, np. 2025.";
}
