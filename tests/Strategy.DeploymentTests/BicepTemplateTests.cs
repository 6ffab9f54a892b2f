using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Strategy.DeploymentTests;

/// <summary>infra/main.bicep compiles cleanly, and the facts a reviewer would otherwise check by eye hold in what it compiles to.</summary>
public sealed partial class BicepTemplateTests
{
    [Fact]
    public void Main_template_compiles_without_errors_or_warnings()
    {
        var compilation = Bicep.CompileMain();
        var findings = compilation.Findings();

        Assert.True(
            compilation.ExitCode == 0 && findings.Count == 0,
            $"bicep build {Bicep.MainTemplate} exited with {compilation.ExitCode} and reported:{Environment.NewLine}{(findings.Count > 0 ? string.Join(Environment.NewLine, findings) : compilation.Diagnostics)}");
        Assert.Equal("https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#", compilation.Json["$schema"]?.GetValue<string>());
    }

    [Fact]
    public void Every_module_file_is_used_by_the_main_template()
    {
        var sources = Directory.GetFiles(Repository.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        foreach (var module in Directory.GetFiles(Repository.PathOf("infra/modules"), "*.bicep"))
        {
            var name = Path.GetFileName(module);
            Assert.True(sources.Any(s => s.Contains($"/{name}'", StringComparison.Ordinal) || s.Contains($"'{name}'", StringComparison.Ordinal)), $"infra/modules/{name} is not used: it would be neither deployed nor checked.");
        }
    }

    [Fact]
    public void The_parameters_file_gives_azd_values_to_the_template()
    {
        var template = Bicep.CompileMain().Json;
        var declared = template["parameters"]!.AsObject();
        var given = JsonNode.Parse(Repository.Read("infra/main.parameters.json"))!["parameters"]!.AsObject();

        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets '{p.Key}', which main.bicep does not declare."));
        Assert.All(
            declared.Where(p => p.Value!["defaultValue"] is null),
            p => Assert.True(given.ContainsKey(p.Key), $"main.bicep requires '{p.Key}' and main.parameters.json does not give it."));

        string Value(string name) => given[name]!["value"]!.GetValue<string>();
        Assert.Equal("${AZURE_ENV_NAME}", Value("environmentName"));
        Assert.Equal("${AZURE_LOCATION}", Value("location"));
        Assert.Equal("${AZURE_PRINCIPAL_ID}", Value("principalId"));
        Assert.StartsWith("${SERVICE_WEB_RESOURCE_EXISTS", Value("webExists"), StringComparison.Ordinal);

        // A secure parameter comes from the azd environment, never written into the file.
        foreach (var secure in declared.Where(p => p.Value!["type"]?.GetValue<string>() is "securestring" or "secureObject"))
        {
            Assert.True(given.ContainsKey(secure.Key), $"Secure parameter '{secure.Key}' should be read from the azd environment.");
            Assert.Matches(@"^\$\{[A-Z0-9_]+=?\}$", Value(secure.Key));
        }
    }

    [Fact]
    public void The_outputs_include_what_azd_deploy_reads()
    {
        var outputs = Bicep.CompileMain().Json["outputs"]!.AsObject();

        Assert.All(
            ["AZURE_CONTAINER_REGISTRY_ENDPOINT", "AZURE_CONTAINER_ENVIRONMENT_NAME", "AZURE_RESOURCE_GROUP", "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_KEY_VAULT_NAME", "SERVICE_WEB_NAME", "SERVICE_WEB_URI"],
            name => Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}."));
    }

    [Fact]
    public void Every_resource_carries_the_azd_environment_tag_and_the_web_app_its_service_tag()
    {
        var template = Bicep.CompileMain().Json;
        Assert.Contains("'azd-env-name'", template["variables"]!["tags"]!.ToJsonString().Replace('"', '\''), StringComparison.Ordinal);

        // Child resources and role assignments take no tags; everything else is given the tags parameter.
        string[] untagged = ["Microsoft.Authorization/roleAssignments", "Microsoft.Sql/servers/firewallRules", "Microsoft.KeyVault/vaults/secrets", "Microsoft.Resources/deployments"];
        foreach (var (resource, _) in ArmTemplate.AllResources(template).Where(r => r.Resource["existing"] is null))
        {
            var type = resource["type"]!.GetValue<string>();
            if (!untagged.Contains(type))
            {
                Assert.True(resource["tags"] is not null, $"{type} '{resource["name"]}' has no tags.");
            }
        }

        var web = ArmTemplate.Module(template, "web");
        Assert.Contains("createObject('azd-service-name', 'web')", web["properties"]!["parameters"]!["tags"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[parameters('tags')]", ArmTemplate.Single(ArmTemplate.TemplateOf(web), "Microsoft.App/containerApps")["tags"]!.GetValue<string>());
    }

    [Fact]
    public void The_web_app_keeps_at_least_two_replicas_and_scales_on_concurrent_requests()
    {
        var template = Bicep.CompileMain().Json;
        var web = ArmTemplate.Module(template, "web");
        var webTemplate = ArmTemplate.TemplateOf(web);
        var scale = ArmTemplate.Single(webTemplate, "Microsoft.App/containerApps")["properties"]!["template"]!["scale"]!;

        Assert.Equal("[parameters('minReplicas')]", scale["minReplicas"]!.GetValue<string>());
        var minReplicas = webTemplate["parameters"]!["minReplicas"]!;
        Assert.True(minReplicas["minValue"]!.GetValue<int>() >= 2, "minReplicas must not be allowed below 2.");
        Assert.True(minReplicas["defaultValue"]!.GetValue<int>() >= 2);
        var maxReplicas = webTemplate["parameters"]!["maxReplicas"]!["defaultValue"]!.GetValue<int>();
        Assert.True(maxReplicas > minReplicas["defaultValue"]!.GetValue<int>(), "maxReplicas leaves no room to scale out.");

        var http = Assert.Single(scale["rules"]!.AsArray(), r => r!["http"] is not null);
        Assert.NotNull(http!["http"]!["metadata"]!["concurrentRequests"]);
    }

    [Fact]
    public void The_web_app_is_reached_over_https_only_on_port_8080_and_probed_on_the_host_health_endpoints()
    {
        var webTemplate = ArmTemplate.TemplateOf(ArmTemplate.Module(Bicep.CompileMain().Json, "web"));
        var app = ArmTemplate.Single(webTemplate, "Microsoft.App/containerApps");
        var ingress = app["properties"]!["configuration"]!["ingress"]!;
        var port = webTemplate["variables"]!["port"]!.GetValue<int>();

        Assert.Equal(8080, port);
        Assert.Equal("[variables('port')]", ingress["targetPort"]!.GetValue<string>());
        Assert.True(ingress["external"]!.GetValue<bool>());
        Assert.False(ingress["allowInsecure"]!.GetValue<bool>());

        var probes = webTemplate["variables"]!["probes"]!.AsArray();
        string PathOf(string type) => probes.Single(p => p!["type"]!.GetValue<string>() == type)!["httpGet"]!["path"]!.GetValue<string>();
        Assert.Equal("/health/live", PathOf("Liveness"));
        Assert.Equal("/health/ready", PathOf("Readiness"));
        Assert.All(probes, p => Assert.Equal("[variables('port')]", p!["httpGet"]!["port"]!.GetValue<string>()));
        Assert.Contains("variables('probes')", app["properties"]!["template"]!["containers"]![0]!["probes"]!.GetValue<string>(), StringComparison.Ordinal);

        // The paths are the ones the host maps.
        var program = Repository.Read("src/Strategy.Web/Program.cs");
        Assert.Contains("MapHealthChecks(\"/health/live\"", program, StringComparison.Ordinal);
        Assert.Contains("MapHealthChecks(\"/health/ready\"", program, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_SQL_accepts_Entra_sign_in_only()
    {
        var sqlTemplate = ArmTemplate.TemplateOf(ArmTemplate.Module(Bicep.CompileMain().Json, "sql"));
        var server = ArmTemplate.Single(sqlTemplate, "Microsoft.Sql/servers")["properties"]!.AsObject();

        Assert.True(server["administrators"]!["azureADOnlyAuthentication"]!.GetValue<bool>());
        Assert.Equal("ActiveDirectory", server["administrators"]!["administratorType"]!.GetValue<string>());
        Assert.False(server.ContainsKey("administratorLogin"), "A SQL login is declared.");
        Assert.False(server.ContainsKey("administratorLoginPassword"), "A SQL password is declared.");
    }

    [Fact]
    public void The_web_app_reads_its_secrets_from_Key_Vault_with_its_identity()
    {
        var template = Bicep.CompileMain().Json;
        var webTemplate = ArmTemplate.TemplateOf(ArmTemplate.Module(template, "web"));
        var secrets = webTemplate["variables"]!["keyVaultSecrets"]!.GetValue<string>();

        // Each secret is createObject('name', …, 'keyVaultUrl', …, 'identity', …): a reference, no value.
        var entries = secrets.Split("createObject('name', ")[1..];
        Assert.True(entries.Length >= 3, $"Expected the connection string and both certificates among the secrets: {secrets}");
        Assert.All(entries, e => Assert.Contains("'keyVaultUrl'", e, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Contains("'identity', parameters('identityId')", e, StringComparison.Ordinal));
        Assert.DoesNotContain("'value'", secrets, StringComparison.Ordinal);

        // The vault is in RBAC mode and the web identity may read secrets there (Key Vault Secrets User).
        var keyVault = ArmTemplate.TemplateOf(ArmTemplate.Module(template, "keyvault"));
        Assert.True(ArmTemplate.Single(keyVault, "Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", keyVault.ToJsonString(), StringComparison.Ordinal);

        // …and pull images (AcrPull) from the registry, which has no admin user.
        var registry = ArmTemplate.TemplateOf(ArmTemplate.Module(template, "registry"));
        Assert.False(ArmTemplate.Single(registry, "Microsoft.ContainerRegistry/registries")["properties"]!["adminUserEnabled"]!.GetValue<bool>());
        Assert.Contains("7f951dac-4ed5-4ed2-8e6f-a2d7c8a1eb6d", registry.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_value_is_written_in_the_infrastructure_files()
    {
        var template = Bicep.CompileMain().Json;
        var files = Directory.GetFiles(Repository.PathOf("infra"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(Repository.Root, file);
            Assert.DoesNotMatch(PasswordInConnectionString(), text);
            foreach (Match literal in PasswordLiteral().Matches(text))
            {
                Assert.Fail($"{name}: '{literal.Value}' writes a password into the file.");
            }
        }

        // No secure parameter has a default value, and every Key Vault secret's value is computed, not written.
        foreach (var (resource, owner) in ArmTemplate.AllResources(template))
        {
            foreach (var parameter in owner["parameters"]?.AsObject() ?? [])
            {
                if (parameter.Value!["type"]?.GetValue<string>() == "securestring" && parameter.Value["defaultValue"] is JsonValue value)
                {
                    Assert.Equal("", value.GetValue<string>());
                }
            }

            if (resource["type"]?.GetValue<string>() == "Microsoft.KeyVault/vaults/secrets")
            {
                Assert.StartsWith("[", resource["properties"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"(?i)\b(password|pwd)\s*=\s*[^;'""\s\]]")]
    private static partial Regex PasswordInConnectionString();

    /// <summary>A password-named setting given a non-empty literal: <c>password: 'x'</c>, <c>"adminPassword": "x"</c>.</summary>
    [GeneratedRegex(@"(?i)[\w""]*(password|pwd)[\w""]*\s*:\s*(?:'[^'$]+'|""[^""$][^""]*"")")]
    private static partial Regex PasswordLiteral();
}
