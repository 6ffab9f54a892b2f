namespace Strategy.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the host starts. On by default for SQLite only.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Create the demo gminy (Chrzanów, Krasnystaw) if they are missing.</summary>
    public bool SeedDemoTenants { get; set; }

    /// <summary>Create demo accounts for every role (refused outside Development).</summary>
    public bool SeedDemoAccounts { get; set; }

    /// <summary>Where the built-in models are read from; defaults to the folder beside the binaries.</summary>
    public string? ModelsFolder { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
