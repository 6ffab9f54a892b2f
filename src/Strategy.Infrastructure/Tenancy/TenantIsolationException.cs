namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// A write would cross a tenant boundary. This is a programming error, never user input:
/// it fails the request rather than letting the row through.
/// </summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
