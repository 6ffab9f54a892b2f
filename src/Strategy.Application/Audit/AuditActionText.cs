using Strategy.Domain.Audit;

namespace Strategy.Application.Audit;

/// <summary>
/// The audit log speaks Polish: each stable action code (kept in the database and the API) with the words a gmina's
/// admin reads. A code without words here is shown as it is — a test makes sure none is.
/// </summary>
public static class AuditActionText
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = "logowanie",
        [AuditActions.SignInFailed] = "nieudane logowanie",
        [AuditActions.SignInLockedOut] = "konto zablokowane po nieudanych logowaniach",
        [AuditActions.SignedOut] = "wylogowanie",
        [AuditActions.PasswordChanged] = "zmiana hasła",
        [AuditActions.PasswordReset] = "nowe hasło z linku",
        [AuditActions.InvitationSent] = "zaproszenie wysłane",
        [AuditActions.InvitationAccepted] = "zaproszenie przyjęte",
        [AuditActions.InvitationCancelled] = "zaproszenie anulowane",
        [AuditActions.MembershipRemoved] = "odebranie roli",
        [AuditActions.ApiClientCreated] = "nowy klient API",
        [AuditActions.ApiClientRevoked] = "klient API unieważniony",
        [AuditActions.InitialPlatformAdmin] = "pierwszy administrator platformy",
        [AuditActions.TenantCreated] = "gmina dodana",
        [AuditActions.TenantActivated] = "gmina aktywna",
        [AuditActions.TenantSuspended] = "gmina zawieszona",
        [AuditActions.TenantReactivated] = "gmina przywrócona",
        [AuditActions.SignUpSubmitted] = "zgłoszenie gminy",
        [AuditActions.SignUpApproved] = "zgłoszenie przyjęte",
        [AuditActions.SignUpRejected] = "zgłoszenie odrzucone",
        [AuditActions.SupportSessionStarted] = "początek sesji wsparcia",
        [AuditActions.SupportSessionEnded] = "koniec sesji wsparcia",
        [AuditActions.ElementEdited] = "element zmieniony",
        [AuditActions.ElementAdded] = "element dodany",
        [AuditActions.ElementArchived] = "element zarchiwizowany",
        [AuditActions.ElementRestored] = "element przywrócony",
        [AuditActions.ElementMoved] = "element przeniesiony",
        [AuditActions.StrategyCreated] = "strategia dodana",
        [AuditActions.InstitutionsMerged] = "instytucje połączone",
        [AuditActions.InstitutionRenamed] = "instytucja przemianowana",
        [AuditActions.InstitutionLinked] = "instytucja przypisana",
        [AuditActions.InstitutionUnlinked] = "instytucja odpięta",
        [AuditActions.IndicatorEdited] = "wskaźnik zmieniony",
        [AuditActions.ValueSubmitted] = "wartość przesłana do zatwierdzenia",
        [AuditActions.ValueWithdrawn] = "wartość wycofana",
        [AuditActions.ValueApproved] = "wartość zatwierdzona",
        [AuditActions.ValueReturned] = "wartość zwrócona do poprawy",
        [AuditActions.TaskReportSubmitted] = "postęp zadania przesłany",
        [AuditActions.TaskReportApproved] = "postęp zadania zatwierdzony",
        [AuditActions.TaskReportReturned] = "postęp zadania zwrócony",
        [AuditActions.RoundOpened] = "runda otwarta",
        [AuditActions.ReminderSent] = "przypomnienie wysłane",
        [AuditActions.RoundDeadlineChanged] = "termin rundy zmieniony",
        [AuditActions.CalendarChanged] = "kalendarz roku zmieniony",
        [AuditActions.ReportWritten] = "teksty raportu zapisane",
        [AuditActions.TenantExported] = "eksport danych gminy",
        [AuditActions.TenantOffboarded] = "gmina usunięta z platformy",
        [AuditActions.ReportPublished] = "raport opublikowany",
        [AuditActions.BenchmarkMetricCreated] = "miernik dodany do katalogu",
        [AuditActions.BenchmarkMetricEdited] = "miernik katalogu zmieniony",
        [AuditActions.BenchmarkMetricDeleted] = "miernik usunięty z katalogu",
        [AuditActions.IndicatorMapped] = "wskaźnik przypisany do miernika",
        [AuditActions.BenchmarkSharingChanged] = "udostępnianie do porównań",
        [AuditActions.PopulationEntered] = "liczba mieszkańców wpisana",
        [AuditActions.OfficialStatisticsFetched] = "dane GUS pobrane",
        [AuditActions.RowLevelSecurityBypass] = "dostęp platformy do danych wielu gmin",
    };

    public static string Of(string action) => Words.GetValueOrDefault(action, action);

    public static bool Knows(string action) => Words.ContainsKey(action);
}
