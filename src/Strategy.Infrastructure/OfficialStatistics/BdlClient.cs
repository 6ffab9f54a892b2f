using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.OfficialStatistics;

/// <summary>
/// The GUS Bank Danych Lokalnych API (<c>https://bdl.stat.gov.pl/api/v1</c>), a typed HttpClient.
/// Every request waits for the replica's rate limit first; 429 and 5xx answers are retried after
/// Retry-After (or an exponential back-off) a few times, then the call fails with
/// <see cref="OfficialStatisticsUnavailableException"/>. Format: docs/official-statistics.md.
/// </summary>
public sealed class BdlClient(HttpClient http, BdlRateLimit rateLimit, IOptions<BdlOptions> options, TimeProvider clock, ILogger<BdlClient> logger) : IOfficialStatistics
{
    /// <summary>Variables asked for in one <c>/data/by-unit</c> request: few enough for one page of results.</summary>
    public const int VariablesPerRequest = 10;

    private const int PageSize = 100;

    /// <summary>Gminy (BDL's level 6); TERC has no other kind of unit we ask about.</summary>
    private const int GminaLevel = 6;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly BdlOptions _options = options.Value;

    public async Task<string?> FindUnitAsync(string tercCode, string name, CancellationToken ct)
    {
        // The search is by name; gminy of the same name (Chrzanów in lubelskie and in małopolskie) are told apart by the code.
        for (var page = 0; ; page++)
        {
            var units = await GetAsync<UnitList>($"units/search?name={Uri.EscapeDataString(name)}&level={GminaLevel}&page={page}&page-size={PageSize}&format=json", ct);
            var results = units?.Results ?? [];
            if (results.FirstOrDefault(u => MatchesTerc(u.Id, tercCode)) is { } unit)
            {
                return unit.Id;
            }

            if (results.Count < PageSize || (page + 1) * PageSize >= (units?.TotalRecords ?? 0))
            {
                return null;
            }
        }
    }

    public async Task<IReadOnlyList<OfficialValue>> ValuesAsync(string unitId, IReadOnlyCollection<int> variableIds, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var values = new List<OfficialValue>();
        var yearQuery = string.Concat(years.Order().Select(y => $"&year={y}"));
        foreach (var chunk in variableIds.Distinct().Order().Chunk(VariablesPerRequest))
        {
            var variableQuery = string.Join("&", chunk.Select(v => $"var-id={v}"));
            var data = await GetAsync<UnitData>($"data/by-unit/{Uri.EscapeDataString(unitId)}?{variableQuery}{yearQuery}&format=json&page-size={PageSize}", ct);
            values.AddRange(Parse(data));
        }

        return values;
    }

    /// <summary>
    /// Whether a 12-character BDL unit id is the gmina with this 7-digit TERC code: the id carries
    /// the voivodeship at positions 3–4 and the powiat, gmina and kind at 8–12 (the rest are
    /// statistical regions), e.g. 011212161011 is Kraków, TERC 1261011.
    /// </summary>
    public static bool MatchesTerc(string? unitId, string tercCode) =>
        unitId is { Length: 12 } && tercCode is { Length: 7 }
        && unitId.AsSpan(2, 2).SequenceEqual(tercCode.AsSpan(0, 2))
        && unitId.AsSpan(7, 5).SequenceEqual(tercCode.AsSpan(2, 5));

    /// <summary>
    /// The values of a <c>/data/by-unit</c> answer: <c>year</c> is a string, <c>val</c> a number,
    /// <c>attrId</c> the quality flag. A value with attrId 0 is a placeholder, not a published figure.
    /// </summary>
    private static IEnumerable<OfficialValue> Parse(UnitData? data) =>
        from variable in data?.Results ?? []
        from value in variable.Values ?? []
        where value.Val is not null && value.AttrId != 0 && int.TryParse(value.Year, out _)
        select new OfficialValue(variable.Id, int.Parse(value.Year!, System.Globalization.CultureInfo.InvariantCulture), value.Val!.Value, value.AttrId);

    private async Task<T?> GetAsync<T>(string relativeUrl, CancellationToken ct)
        where T : class
    {
        for (var attempt = 0; ; attempt++)
        {
            await rateLimit.WaitAsync(ct);
            string failure;
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await http.GetAsync(relativeUrl, ct);
                if (response.IsSuccessStatusCode)
                {
                    await using var body = await response.Content.ReadAsStreamAsync(ct);
                    return await JsonSerializer.DeserializeAsync<T>(body, Json, ct);
                }

                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                failure = $"HTTP {(int)response.StatusCode}";
                if (response.StatusCode != HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500)
                {
                    throw new OfficialStatisticsUnavailableException(failure);
                }

                retryAfter = RetryAfter(response);
            }
            catch (HttpRequestException e)
            {
                failure = "brak połączenia: " + e.Message;
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = "przekroczony czas odpowiedzi";
            }
            catch (JsonException e)
            {
                throw new OfficialStatisticsUnavailableException("odpowiedź w nieoczekiwanym formacie", e);
            }

            var delay = retryAfter ?? TimeSpan.FromTicks(_options.FirstBackOff.Ticks * (1L << Math.Min(attempt, 16)));
            if (attempt >= _options.MaxRetries || delay > _options.MaxBackOff)
            {
                logger.LogWarning("GUS BDL refused {Url} after {Attempts} attempts: {Failure}", relativeUrl, attempt + 1, failure);
                throw new OfficialStatisticsUnavailableException(failure);
            }

            logger.LogInformation("GUS BDL answered {Failure} for {Url}; retry {Retry} in {Delay}", failure, relativeUrl, attempt + 1, delay);
            await Task.Delay(delay, clock, ct);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private sealed record UnitList(int TotalRecords, IReadOnlyList<Unit>? Results);

    private sealed record Unit(string? Id, string? Name, int Level);

    private sealed record UnitData(int TotalRecords, IReadOnlyList<VariableData>? Results);

    private sealed record VariableData(int Id, IReadOnlyList<YearValue>? Values);

    private sealed record YearValue(string? Year, decimal? Val, [property: JsonPropertyName("attrId")] int? AttrId);
}
