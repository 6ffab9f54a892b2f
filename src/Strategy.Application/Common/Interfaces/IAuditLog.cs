namespace Strategy.Application.Common.Interfaces;

/// <summary>Records security events with the current user and UTC time.</summary>
public interface IAuditLog
{
    /// <summary>Adds the event to the current unit of work: it is saved with the change it describes.</summary>
    void Record(string action, Guid? tenantId, string? detail);

    /// <summary>Saves the event at once (sign-in attempts, which change nothing else).</summary>
    Task RecordNowAsync(string action, Guid? tenantId, Guid? userId, string? userName, string? detail, CancellationToken ct);
}
