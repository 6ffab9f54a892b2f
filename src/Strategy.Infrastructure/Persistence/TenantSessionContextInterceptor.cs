using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// SQL Server only: tells the database which gmina the connection works for, so that row-level
/// security (ADR 0013, <c>Security.TenantPolicy</c>) hides and refuses every other gmina's rows.
/// On every open it sets both session keys, overwriting whatever a pooled connection carried:
/// <c>TenantId</c> (NULL when no gmina is resolved: nothing tenant-owned is then visible) and
/// <c>RlsBypass</c> (1 only inside <see cref="RowLevelSecurityBypass"/>).
/// </summary>
/// <remarks>
/// Setting the session at open suffices because EF Core opens the connection for each command,
/// query or <c>SaveChanges</c> and closes it afterwards, and a context belongs to one scope (a request
/// or one unit of seeding work) whose gmina is decided before its first command for that gmina.
/// The one change of session state on a connection that may already be open is the bypass, which
/// re-applies the values itself (<see cref="ApplyAsync"/>).
/// </remarks>
public sealed class TenantSessionContextInterceptor : DbConnectionInterceptor
{
    /// <summary>Stateless: it reads the gmina and the bypass from the context that opens the connection.</summary>
    public static TenantSessionContextInterceptor Instance { get; } = new();

    public const string CommandText =
        "EXEC sp_set_session_context @key = N'TenantId', @value = @tenant;\n" +
        "EXEC sp_set_session_context @key = N'RlsBypass', @value = @bypass;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, transaction: null, eventData.Context);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, transaction: null, eventData.Context);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sets the session values again on the context's connection if it is open now (SQL Server only).</summary>
    internal static async Task ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlServer() || db.Database.GetDbConnection() is not { State: ConnectionState.Open } connection)
        {
            return; // closed: the next open sets them
        }

        await using var command = CreateCommand(connection, db.Database.CurrentTransaction?.GetDbTransaction(), db);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, DbContext? context)
    {
        // A context of another kind (none today) gets the closed wall: no gmina, no bypass.
        var db = context as AppDbContext;
        var command = connection.CreateCommand();
        command.CommandText = CommandText;
        command.Transaction = transaction;
        command.Parameters.Add(Parameter(command, "@tenant", DbType.Guid, db?.SessionTenantId is { } tenant ? tenant : DBNull.Value));
        command.Parameters.Add(Parameter(command, "@bypass", DbType.Boolean, db?.RowLevelSecurityBypassed ?? false));
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        return parameter;
    }
}
