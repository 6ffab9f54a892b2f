using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Strategy.DeploymentTests;

/// <summary>The Dockerfile at the root, read instruction by instruction (no Docker engine is needed).</summary>
public sealed partial class DockerfileTests
{
    private static readonly List<(string Instruction, string Arguments)> Instructions = Parse(Repository.Read("Dockerfile"));

    /// <summary>The instructions of the last stage: what the running image is made of.</summary>
    private static List<(string Instruction, string Arguments)> FinalStage() =>
        Instructions.Skip(Instructions.FindLastIndex(i => i.Instruction == "FROM")).ToList();

    [Fact]
    public void The_image_is_built_with_the_dotnet_10_SDK_and_runs_on_the_ASP_NET_Core_runtime_image()
    {
        var stages = Instructions.Where(i => i.Instruction == "FROM").Select(i => i.Arguments).ToList();

        Assert.True(stages.Count >= 2, "The Dockerfile should build in one stage and run in another.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1], StringComparison.Ordinal);
        Assert.Contains(Instructions, i => i.Instruction == "RUN" && i.Arguments.StartsWith("dotnet publish src/Strategy.Web/Strategy.Web.csproj --configuration Release", StringComparison.Ordinal));
    }

    [Fact]
    public void The_final_stage_runs_as_a_non_root_user()
    {
        var user = FinalStage().LastOrDefault(i => i.Instruction == "USER").Arguments;

        Assert.False(string.IsNullOrWhiteSpace(user), "The final stage sets no USER, so the container would run as root.");
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
        Assert.True(user is "$APP_UID" or "${APP_UID}" or "app", $"USER {user}: expected the image's own non-root user ($APP_UID or app).");
        Assert.True(
            FinalStage().FindLastIndex(i => i.Instruction == "USER") > FinalStage().FindLastIndex(i => i.Instruction is "RUN" or "COPY"),
            "USER should come after the last RUN/COPY so that nothing follows it as root.");
    }

    [Fact]
    public void The_image_listens_on_port_8080_with_globalization_on_and_two_malloc_arenas()
    {
        var final = FinalStage();

        Assert.Contains(final, i => i.Instruction == "EXPOSE" && i.Arguments == "8080");
        var environment = string.Join(' ', final.Where(i => i.Instruction == "ENV").Select(i => i.Arguments));
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", environment, StringComparison.Ordinal);
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", environment, StringComparison.Ordinal);
        Assert.Contains("MALLOC_ARENA_MAX=2", environment, StringComparison.Ordinal); // what bench/run.sh measures the memory with
        Assert.DoesNotContain(final, i => i.Instruction == "HEALTHCHECK"); // Container Apps probes are in infra/modules/web.bicep
    }

    [Fact]
    public void The_running_image_carries_the_time_zone_database_that_polish_time_needs()
    {
        // The full Ubuntu images install tzdata (and ICU); the chiseled ones carry neither unless "-extra".
        var image = FinalStage()[0].Arguments;
        var tag = image[(image.LastIndexOf(':') + 1)..];

        Assert.Matches("^10\\.0(\\.\\d+)?-(noble|jammy)", tag);
        Assert.True(!tag.Contains("chiseled", StringComparison.Ordinal) || tag.Contains("extra", StringComparison.Ordinal), $"{image} has no tz database: Europe/Warsaw would not be found.");
        Assert.Contains("tzdata", Repository.Read("Dockerfile"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_entrypoint_starts_the_host_through_the_certificate_script()
    {
        var final = FinalStage();
        var copy = Assert.Single(final, i => i.Instruction == "COPY" && i.Arguments.StartsWith("infra/container/entrypoint.sh ", StringComparison.Ordinal));
        var target = copy.Arguments.Split(' ')[^1];

        Assert.Contains(final, i => i.Instruction == "ENTRYPOINT" && i.Arguments.Contains($"\"{target}\"", StringComparison.Ordinal));
        var script = Repository.Read("infra/container/entrypoint.sh");
        Assert.StartsWith("#!/bin/sh\n", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", script, StringComparison.Ordinal);
        Assert.Contains("exec dotnet /app/Strategy.Web.dll", script, StringComparison.Ordinal);
        Assert.Contains(final, i => i.Instruction == "WORKDIR" && i.Arguments == "/app");
        Assert.Contains(final, i => i.Instruction == "COPY" && i.Arguments == "--from=build /app ./");
    }

    [Fact]
    public void The_build_stage_restores_every_project_the_host_depends_on()
    {
        var copied = Instructions.Where(i => i.Instruction == "COPY").Select(i => i.Arguments.Split(' ')[0]).ToHashSet();

        foreach (var project in ProjectClosure("src/Strategy.Web/Strategy.Web.csproj"))
        {
            Assert.True(copied.Contains(project), $"The Dockerfile does not copy {project} before `dotnet restore`.");
        }

        Assert.Contains("Directory.Packages.props", Instructions.First(i => i.Instruction == "COPY").Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_context_leaves_out_local_state_and_keeps_what_the_Dockerfile_copies()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.All(["**/bin/", "**/obj/", "**/App_Data/", ".git/"], entry => Assert.Contains(entry, ignored));
        Assert.DoesNotContain(ignored, l => l is "src/" or "src" or "infra/" or "infra" or "infra/container/");
        Assert.DoesNotContain(Instructions, i => i.Arguments.Contains("App_Data", StringComparison.Ordinal));
    }

    /// <summary>The project and every project it references, transitively, as repository paths.</summary>
    private static SortedSet<string> ProjectClosure(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Parse(Repository.Read(current)).Descendants("ProjectReference"))
            {
                var path = Path.GetRelativePath(Repository.Root, Path.GetFullPath(Path.Combine(Repository.Root, folder, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
                pending.Push(path.Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        return found;
    }

    /// <summary>Instructions with their arguments, continuation lines joined and comments left out.</summary>
    private static List<(string, string)> Parse(string dockerfile)
    {
        var joined = ContinuedLine().Replace(dockerfile.Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        return joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? WhiteSpace().Replace(p[1].Trim(), " ") : ""))
            .Select(p => p.Item1 == "FROM" ? (p.Item1, p.Item2.Split(' ')[0]) : p)
            .ToList();
    }

    [GeneratedRegex(@"\\\n(\s*#[^\n]*\n)*")]
    private static partial Regex ContinuedLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
