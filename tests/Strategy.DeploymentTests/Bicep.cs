using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Strategy.DeploymentTests;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (its path is written into this
/// assembly at build time), and infra/main.bicep compiled by it once per test run.
/// </summary>
internal static class Bicep
{
    public const string MainTemplate = "infra/main.bicep";

    private static readonly Lazy<Compilation> Main = new(() => Build(MainTemplate));

    /// <summary>The result of <c>bicep build infra/main.bicep --stdout --diagnostics-format sarif</c>.</summary>
    public static Compilation CompileMain()
    {
        // The project builds and is tested on linux-x64 (CI's platform); elsewhere this fails rather than passing unchecked.
        Assert.True(
            OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The Bicep compiler is referenced for linux-x64 only: run these tests on linux-x64, as CI does.");
        return Main.Value;
    }

    private static Compilation Build(string template)
    {
        var bicep = Executable();
        var start = new ProcessStartInfo(bicep)
        {
            ArgumentList = { "build", Repository.PathOf(template), "--stdout", "--diagnostics-format", "sarif" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bicep}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep build {template} did not finish in 3 minutes.");
        }

        return new Compilation(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>The compiler binary, made executable if the package cache lost the bit.</summary>
    private static string Executable()
    {
        var path = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value;
        Assert.True(File.Exists(path), $"The Bicep compiler is not at {path}: restore the test project (Azure.Bicep.CommandLine.linux-x64).");
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path!).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path!, File.GetUnixFileMode(path!) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path!;
    }
}

/// <summary>What the compiler wrote: the ARM template on standard output, SARIF diagnostics on standard error.</summary>
internal sealed record Compilation(int ExitCode, string Template, string Diagnostics)
{
    /// <summary>Every diagnostic (error, warning or linter finding) as "file(line): rule: message".</summary>
    public IReadOnlyList<string> Findings()
    {
        if (string.IsNullOrWhiteSpace(Diagnostics))
        {
            return [];
        }

        JsonNode sarif;
        try
        {
            sarif = JsonNode.Parse(Diagnostics)!;
        }
        catch (System.Text.Json.JsonException)
        {
            return [Diagnostics.Trim()]; // not SARIF: the compiler failed before it could report
        }

        return sarif["runs"]!.AsArray()
            .SelectMany(run => run!["results"]?.AsArray() ?? [])
            .Select(r =>
            {
                var location = r!["locations"]?[0]?["physicalLocation"];
                var file = location?["artifactLocation"]?["uri"]?.GetValue<string>() ?? "?";
                var line = location?["region"]?["startLine"]?.GetValue<int>();
                return $"{file}({line}): {r["ruleId"]}: {r["message"]?["text"]}";
            })
            .ToList();
    }

    public JsonObject Json => JsonNode.Parse(Template)!.AsObject();
}
