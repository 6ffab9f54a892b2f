using System.Text.RegularExpressions;

namespace Strategy.DeploymentTests;

/// <summary>azure.yaml: the service azd builds and deploys, and where it finds the Bicep and the Dockerfile.</summary>
public sealed partial class AzureYamlTests
{
    private static readonly Dictionary<string, string> Yaml = Flatten(Repository.Read("azure.yaml"));

    private static string Value(string path) =>
        Yaml.TryGetValue(path, out var value) ? value : throw new InvalidOperationException($"azure.yaml has no '{path}'.");

    [Fact]
    public void The_web_service_is_a_container_app_built_from_the_root_Dockerfile()
    {
        Assert.Equal("containerapp", Value("services.web.host"));

        var project = Repository.PathOf(Value("services.web.project"));
        Assert.True(File.Exists(Path.Combine(project, "Strategy.Web.csproj")), $"services.web.project ({project}) is not the web host.");
        // azd resolves the Dockerfile and the build context from the service's project folder.
        Assert.Equal(Repository.PathOf("Dockerfile"), Path.GetFullPath(Path.Combine(project, Value("services.web.docker.path"))));
        Assert.Equal(
            Path.TrimEndingDirectorySeparator(Repository.Root),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(project, Value("services.web.docker.context")))));
    }

    [Fact]
    public void The_infrastructure_is_infra_main_bicep_and_the_service_tag_matches_the_service_name()
    {
        Assert.Equal("bicep", Value("infra.provider"));
        Assert.True(File.Exists(Repository.PathOf($"{Value("infra.path")}/{Value("infra.module")}.bicep")));
        Assert.Contains("'azd-service-name': 'web'", Repository.Read("infra/main.bicep"), StringComparison.Ordinal);
    }

    /// <summary>The scalar values of a plain block-style YAML file by dotted path (enough for azure.yaml; lists are skipped).</summary>
    private static Dictionary<string, string> Flatten(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<(int Indent, string Key)>();
        foreach (var line in yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var match = KeyLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var indent = match.Groups[1].Length;
            path.RemoveAll(p => p.Indent >= indent);
            path.Add((indent, match.Groups[2].Value));
            var value = match.Groups[3].Value.Trim();
            if (value.Length > 0)
            {
                values[string.Join('.', path.Select(p => p.Key))] = value;
            }
        }

        return values;
    }

    /// <summary><c>key: value</c> or <c>key:</c>, not a comment or a list item; a trailing comment is dropped.</summary>
    [GeneratedRegex(@"^( *)([A-Za-z_][\w-]*):(?:\s+([^#]*?))?\s*(?:#.*)?$")]
    private static partial Regex KeyLine();
}
