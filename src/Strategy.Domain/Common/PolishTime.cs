namespace Strategy.Domain.Common;

/// <summary>
/// Moments are stored in UTC; a gmina reads them, and its days begin, in Polish time (Europe/Warsaw, with its
/// summer time). The zone comes from the system's tz database, which the container image carries.
/// </summary>
public static class PolishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The calendar day in Poland at that moment: 00:30 on 8 December in Warsaw is still 7 December in UTC.</summary>
    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(Local(moment).DateTime);
}
