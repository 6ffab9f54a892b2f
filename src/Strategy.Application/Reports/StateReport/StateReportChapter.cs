namespace Strategy.Application.Reports.StateReport;

/// <summary>
/// The chapter a gmina office pastes into its raport o stanie gminy (art. 28aa ustawy o samorządzie gminnym):
/// "Realizacja Strategii Rozwiązywania Problemów Społecznych w roku N", written in plain Polish from approved data.
/// </summary>
/// <param name="Introduction">What the strategy is, its period, who coordinates it and what the chapter rests on.</param>
/// <param name="Notice">Why the chapter says no more (no approved data for the year, a year outside the period); null when it does.</param>
/// <param name="Goals">A paragraph per top-level element of the strategy; empty with a <see cref="Notice"/>.</param>
/// <param name="KeyIndicators">The table of key indicators: those with an approved value for the year, those with the year before first.</param>
public sealed record StateReportChapter(
    int Year,
    string Title,
    IReadOnlyList<string> Introduction,
    string? Notice,
    IReadOnlyList<StateReportGoal> Goals,
    IReadOnlyList<KeyIndicatorRow> KeyIndicators);

public sealed record StateReportGoal(string Heading, string Paragraph);

/// <param name="Previous">The approved value for the year before, "–" when there is none.</param>
public sealed record KeyIndicatorRow(string Code, string Indicator, string Previous, string Current, string Target, string Assessment);
