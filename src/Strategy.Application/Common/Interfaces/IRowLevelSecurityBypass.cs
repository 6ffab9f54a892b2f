namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// The one audited way for platform work to reach several gminy's rows in the database. On SQL Server,
/// row-level security (ADR 0013) hides and refuses every row of a gmina other than the current one;
/// inside this scope the session may reach them all. Entering records <c>rls.bypass</c> with the reason
/// in the audit log, in a unit of work of its own. The EF query filter is a separate wall: lifting it
/// is still the caller's explicit choice (ADR 0009). Used only where docs/architecture.md lists it.
/// </summary>
public interface IRowLevelSecurityBypass
{
    /// <param name="reason">Why the work must cross gminy, as the audit log shows it (Polish).</param>
    /// <returns>Disposing it ends the bypass; the session is set back at once if the connection is open.</returns>
    ValueTask<IAsyncDisposable> EnterAsync(string reason, CancellationToken ct);
}
