using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Testing.OfficialStatistics;

/// <summary>The host with the real BDL client talking to <see cref="FakeBdl"/> instead of bdl.stat.gov.pl; retries wait a millisecond.</summary>
public sealed class BdlAppFactory : StrategyAppFactory
{
    public FakeBdl Bdl { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OfficialStatistics:FirstBackOff"] = "00:00:00.001",
        ["OfficialStatistics:MaxRetries"] = "2",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            // The typed client registered as AddHttpClient<IOfficialStatistics, BdlClient> is named after the interface.
            services.AddHttpClient(nameof(IOfficialStatistics)).ConfigurePrimaryHttpMessageHandler(() => Bdl));
    }
}
