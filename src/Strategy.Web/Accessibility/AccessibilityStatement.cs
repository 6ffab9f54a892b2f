namespace Strategy.Web.Accessibility;

/// <summary>
/// The facts of the accessibility statement (deklaracja dostępności) that the ustawa z dnia 4 kwietnia
/// 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych
/// requires, in one place: the platform's statement and every gmina's read them from here. Review the
/// statement at least once a year and whenever the site changes significantly; then move
/// <see cref="LastReviewed"/> (and <see cref="LastUpdated"/> for a significant change).
/// </summary>
public static class AccessibilityStatement
{
    /// <summary>The platform as the statement names it.</summary>
    public const string Platform = "Strategie gmin";

    /// <summary>Who runs the platform: the entity of the platform's own statement.</summary>
    public const string Operator = "Operator platformy „Strategie gmin”";

    /// <summary>Where requests, complaints and reports of accessibility problems go.</summary>
    public const string ContactEmail = "dostepnosc@strategia.demo";

    /// <summary>Data publikacji strony internetowej.</summary>
    public static readonly DateOnly Published = new(2026, 11, 23);

    /// <summary>Data ostatniej istotnej aktualizacji.</summary>
    public static readonly DateOnly LastUpdated = new(2026, 11, 23);

    /// <summary>When the statement was prepared (data sporządzenia deklaracji).</summary>
    public static readonly DateOnly Prepared = new(2026, 11, 23);

    /// <summary>When the statement was last reviewed (deklarację ostatnio przejrzano).</summary>
    public static readonly DateOnly LastReviewed = new(2026, 11, 23);

    /// <summary>The platform's statement; inside a gmina, the gmina's own.</summary>
    public const string PlatformPath = "/deklaracja-dostepnosci";

    public static string PathFor(string? tenant) => tenant is null ? PlatformPath : $"/{tenant}{PlatformPath}";

    /// <summary>A date for the machine-readable <c>datetime</c> attribute (the text shows it the Polish way).</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One statement to render: the platform's (no gmina), or a gmina's for its pages on the platform.
/// </summary>
/// <param name="Gmina">The gmina's name, for its own statement.</param>
/// <param name="SiteUrl">The address of the pages the statement covers.</param>
public sealed record AccessibilityStatementView(string? Gmina, string SiteUrl)
{
    /// <summary>The entity responsible (podmiot).</summary>
    public string Entity => Gmina ?? AccessibilityStatement.Operator;
}
