using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Strategy.Testing;

/// <summary>Reads the e-mails a test host queued in its outbox.</summary>
public static partial class Mail
{
    /// <summary>The newest link to <paramref name="path"/> in a message to <paramref name="to"/>, as a path and query.</summary>
    public static async Task<string> LinkSentToAsync(StrategyAppFactory app, string to, string path)
    {
        var bodies = await app.InTenantAsync(null, db => db.OutboxMessages.Where(m => m.To == to).Select(m => m.Body).ToListAsync());
        var link = bodies.Select(b => Links().Matches(b).Select(m => new Uri(m.Value)).LastOrDefault(u => u.AbsolutePath == path)).LastOrDefault(u => u is not null)
            ?? throw new InvalidOperationException($"No e-mail to {to} with a link to {path}.");
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
