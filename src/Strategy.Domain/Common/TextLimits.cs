namespace Strategy.Domain.Common;

/// <summary>
/// The longest text each field takes. The entities refuse longer text with a message, so that an
/// import or a form fails with a reason instead of a database error on SQL Server; the EF Core
/// configuration sizes the columns from the same numbers.
/// </summary>
public static class TextLimits
{
    public const int StrategyTitle = 500;
    public const int Resolution = 500;
    public const int Source = 1000;
    public const int LevelName = 100;
    public const int ElementCode = 20;
    public const int ElementTitle = 2000;
    public const int Statement = 2000;
    public const int Funding = 1000;
    public const int TimeFrame = 200;
    public const int InstitutionName = 300;
    public const int IndicatorName = 1000;
    public const int Unit = 50;
    public const int DataSource = 1000;
    public const int NoDataReason = 1000;
    public const int Note = 2000;
    public const int PartLabel = 300;
}
