using System.Net;
using System.Reflection;
using System.Text;

namespace Strategy.Testing.OfficialStatistics;

/// <summary>
/// Stands in for bdl.stat.gov.pl behind the real client: answers every request with what
/// <see cref="Respond"/> returns (by default the recorded responses for Chrzanów) and keeps the
/// requests made, so tests see what was asked. Nothing goes to the network.
/// </summary>
public sealed class FakeBdl : HttpMessageHandler
{
    private readonly List<Uri> _requests = [];

    public FakeBdl() => Respond = Recorded;

    public Func<HttpRequestMessage, HttpResponseMessage> Respond { get; set; }

    public IReadOnlyList<Uri> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>The recorded answer for the request: the unit search or the data, of Chrzanów or Krasnystaw.</summary>
    public static HttpResponseMessage Recorded(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        var gmina = uri.Query.Contains("name=Krasnystaw", StringComparison.Ordinal) || uri.AbsolutePath.EndsWith("/060611206011", StringComparison.Ordinal) ? "krasnystaw" : "chrzanow";
        return uri.AbsolutePath.EndsWith("/units/search", StringComparison.Ordinal) ? Json($"units-search-{gmina}.json")
            : uri.AbsolutePath.Contains("/data/by-unit/", StringComparison.Ordinal) ? Json($"data-by-unit-{gmina}.json")
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    public static HttpResponseMessage Json(string recordedFile) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(ReadRecorded(recordedFile), Encoding.UTF8, "application/json"),
    };

    /// <summary>BDL's refusal for its rate limit, with Retry-After in seconds when given.</summary>
    public static HttpResponseMessage TooManyRequests(int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent("""{ "errorResult": "Limit exceeded" }""", Encoding.UTF8, "application/json"),
        };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    public static string ReadRecorded(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Strategy.Testing.Recorded." + file)
            ?? throw new InvalidOperationException($"No recorded BDL response {file}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request.RequestUri!);
        }

        return Task.FromResult(Respond(request));
    }
}
