namespace Strategy.Domain.Audit;

/// <summary>The names of audited actions, stable strings kept in the log.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignedOut = "sign-out";
    public const string PasswordChanged = "password.changed";
    public const string PasswordReset = "password.reset";
    public const string InvitationSent = "invitation.sent";
    public const string InvitationAccepted = "invitation.accepted";
    public const string InvitationCancelled = "invitation.cancelled";
    public const string MembershipRemoved = "membership.removed";
    public const string ApiClientCreated = "api-client.created";
    public const string ApiClientRevoked = "api-client.revoked";
    public const string InitialPlatformAdmin = "platform-admin.initial";
    public const string TenantCreated = "tenant.created";
    public const string TenantActivated = "tenant.activated";
    public const string TenantSuspended = "tenant.suspended";
    public const string TenantReactivated = "tenant.reactivated";
    public const string SignUpSubmitted = "sign-up.submitted";
    public const string SignUpApproved = "sign-up.approved";
    public const string SignUpRejected = "sign-up.rejected";
    public const string SupportSessionStarted = "support-session.started";
    public const string SupportSessionEnded = "support-session.ended";
    public const string ElementEdited = "element.edited";
    public const string ElementAdded = "element.added";
    public const string ElementArchived = "element.archived";
    public const string ElementRestored = "element.restored";
    public const string ElementMoved = "element.moved";
    public const string StrategyCreated = "strategy.created";
    public const string InstitutionsMerged = "institution.merged";
    public const string InstitutionRenamed = "institution.renamed";
    public const string InstitutionLinked = "institution.linked";
    public const string InstitutionUnlinked = "institution.unlinked";
    public const string IndicatorEdited = "indicator.edited";
    public const string ValueSubmitted = "value.submitted";
    public const string ValueWithdrawn = "value.withdrawn";
    public const string ValueApproved = "value.approved";
    public const string ValueReturned = "value.returned";
    public const string TaskReportSubmitted = "task-report.submitted";
    public const string TaskReportApproved = "task-report.approved";
    public const string TaskReportReturned = "task-report.returned";
    public const string RoundOpened = "round.opened";
    public const string ReminderSent = "round.reminder-sent";
    public const string RoundDeadlineChanged = "round.deadline-changed";
    public const string CalendarChanged = "calendar.changed";
    public const string ReportWritten = "report.written";
    public const string TenantExported = "tenant.exported";
    public const string TenantOffboarded = "tenant.offboarded";
    public const string ReportPublished = "report.published";
    public const string BenchmarkMetricCreated = "benchmark-metric.created";
    public const string BenchmarkMetricEdited = "benchmark-metric.edited";
    public const string BenchmarkMetricDeleted = "benchmark-metric.deleted";
    public const string IndicatorMapped = "indicator.mapped";
    public const string BenchmarkSharingChanged = "tenant.benchmark-sharing";
    public const string PopulationEntered = "population.entered";
    public const string OfficialStatisticsFetched = "official-statistics.fetched";

    /// <summary>Platform work lifted SQL Server row-level security to reach several gminy's rows; the detail is the reason.</summary>
    public const string RowLevelSecurityBypass = "rls.bypass";
}
