using System.Text.Json.Nodes;

namespace Strategy.DeploymentTests;

/// <summary>Reading a compiled ARM template: its resources, including those of nested module deployments.</summary>
internal static class ArmTemplate
{
    /// <summary>Every resource of the template and of the templates of its modules, with the template that declares it.</summary>
    public static IEnumerable<(JsonObject Resource, JsonObject Template)> AllResources(JsonObject template)
    {
        foreach (var resource in Resources(template))
        {
            yield return (resource, template);
            if (resource["type"]?.GetValue<string>() == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The module deployment of that name declared by the template (e.g. "web").</summary>
    public static JsonObject Module(JsonObject template, string name) =>
        Resources(template).SingleOrDefault(r => r["type"]?.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]?.GetValue<string>() == name)
        ?? throw new InvalidOperationException($"No module deployment named '{name}'.");

    public static JsonObject TemplateOf(JsonObject module) => module["properties"]!["template"]!.AsObject();

    public static JsonObject Single(JsonObject template, string type) =>
        Resources(template).Single(r => r["type"]?.GetValue<string>() == type);

    /// <summary>Resources are an array, or an object keyed by symbolic name (language version 2.0).</summary>
    private static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => r!.AsObject()),
        JsonObject map => map.Select(p => p.Value!.AsObject()),
        _ => [],
    };
}
