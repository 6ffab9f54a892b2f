using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Strategy.Infrastructure.Seeding.National;

/// <summary>
/// <c>seed-national [--count N]</c>: the host's one-off command that fills the database with the
/// synthetic national data set and exits instead of serving requests (README, "National synthetic data").
/// </summary>
public static class NationalSeedCommand
{
    public const string Name = "seed-national";

    /// <summary>Runs the command; returns the process exit code (2: bad arguments).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct = default)
    {
        if (!TryParse(arguments, out var count))
        {
            await output.WriteLineAsync($"Użycie: {Name} [--count N]  (N ≥ 1: tylko pierwsze N gmin rejestru TERC)");
            return 2;
        }

        var result = await services.GetRequiredService<NationalSeeder>().SeedAsync(count, ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {result.Created} gmin utworzono, {result.Skipped} już było, w {result.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    public static bool TryParse(IReadOnlyList<string> arguments, out int? count)
    {
        count = null;
        switch (arguments)
        {
            case []:
                return true;
            case ["--count", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                count = n;
                return true;
            default:
                return false;
        }
    }
}
