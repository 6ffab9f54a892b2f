using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Exceptions;
using Strategy.Infrastructure.OfficialStatistics;
using Strategy.Testing.OfficialStatistics;

namespace Strategy.UnitTests.OfficialStatistics;

/// <summary>The GUS BDL client on recorded responses: parsing, the unit from TERC, back-off and giving up.</summary>
public sealed class BdlClientTests
{
    private const int Population = 72305;
    private const int TestVariable = 99001;

    private readonly FakeBdl _bdl = new();
    private readonly RecordingTimeProvider _clock = new();

    private BdlClient Client(int maxRetries = 2)
    {
        var options = Options.Create(new BdlOptions { MaxRetries = maxRetries, FirstBackOff = TimeSpan.FromSeconds(1), MaxBackOff = TimeSpan.FromSeconds(10) });
        var http = new HttpClient(_bdl) { BaseAddress = options.Value.BaseUrl };
        return new BdlClient(http, new BdlRateLimit(options), options, _clock, NullLogger<BdlClient>.Instance);
    }

    [Fact]
    public async Task Values_are_read_with_the_year_as_a_string_the_value_as_a_number_and_attrId_as_the_quality_flag()
    {
        var values = await Client().ValuesAsync("011212303033", [Population, TestVariable], [2018, 2019, 2020, 2021], CancellationToken.None);

        Assert.Equal(
            [(Population, 2018, 47310m, (int?)1), (Population, 2019, 47123m, 1), (Population, 2020, 46890m, 3), (TestVariable, 2019, 1234.5m, 1), (TestVariable, 2020, 1190m, 3)],
            values.Select(v => (v.VariableId, v.Year, v.Value, v.QualityFlag)));
        var request = Assert.Single(_bdl.Requests);
        Assert.Equal("/api/v1/data/by-unit/011212303033", request.AbsolutePath);
        Assert.Equal("?var-id=72305&var-id=99001&year=2018&year=2019&year=2020&year=2021&format=json&page-size=100", request.Query);
    }

    [Fact]
    public async Task A_value_with_attribute_0_is_a_placeholder_and_is_left_out()
    {
        var values = await Client().ValuesAsync("011212303033", [Population], [2021], CancellationToken.None);

        Assert.DoesNotContain(values, v => v.Year == 2021);
    }

    [Fact]
    public async Task Many_variables_are_asked_for_in_several_requests()
    {
        var variables = Enumerable.Range(1, BdlClient.VariablesPerRequest + 1).ToList();

        await Client().ValuesAsync("011212303033", variables, [2020], CancellationToken.None);

        Assert.Equal(2, _bdl.Requests.Count);
    }

    [Theory]
    [InlineData("1203033", "011212303033")] // Chrzanów, małopolskie
    [InlineData("0605022", "060611305022")] // Chrzanów, lubelskie: same name, told apart by the code
    public async Task The_unit_is_found_by_name_among_gminy_and_told_apart_by_its_TERC_code(string terc, string unit)
    {
        Assert.Equal(unit, await Client().FindUnitAsync(terc, "Chrzanów", CancellationToken.None));

        var request = Assert.Single(_bdl.Requests);
        Assert.Equal("/api/v1/units/search", request.AbsolutePath);
        Assert.Contains("name=Chrzan%C3%B3w", request.Query, StringComparison.Ordinal);
        Assert.Contains("level=6", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gmina_the_search_does_not_return_has_no_unit()
    {
        Assert.Null(await Client().FindUnitAsync("1203043", "Chrzanów", CancellationToken.None));
    }

    [Theory]
    [InlineData("011212161011", "1261011", true)] // Kraków
    [InlineData("071412865011", "1465011", true)] // Warszawa
    [InlineData("071412865011", "1465019", false)]
    [InlineData("011212161000", "1261011", false)] // the powiat, not the gmina
    [InlineData("0112", "1261011", false)]
    public void A_unit_id_carries_the_voivodeship_powiat_gmina_and_kind_of_the_TERC_code(string unitId, string terc, bool matches) =>
        Assert.Equal(matches, BdlClient.MatchesTerc(unitId, terc));

    [Fact]
    public async Task After_429_with_Retry_After_the_client_waits_that_long_and_tries_again()
    {
        var answers = new Queue<HttpResponseMessage>([FakeBdl.TooManyRequests(retryAfterSeconds: 2), FakeBdl.Json("data-by-unit-chrzanow.json")]);
        _bdl.Respond = _ => answers.Dequeue();

        var values = await Client().ValuesAsync("011212303033", [Population], [2019], CancellationToken.None);

        Assert.Contains(values, v => v.Year == 2019 && v.Value == 47123m);
        Assert.Equal(2, _bdl.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], _clock.Delays);
    }

    [Fact]
    public async Task Without_Retry_After_the_waits_double_from_the_first_back_off()
    {
        var answers = new Queue<HttpResponseMessage>([FakeBdl.TooManyRequests(), new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), FakeBdl.Json("units-search-chrzanow.json")]);
        _bdl.Respond = _ => answers.Dequeue();

        Assert.Equal("011212303033", await Client().FindUnitAsync("1203033", "Chrzanów", CancellationToken.None));

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _clock.Delays);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_refusal_that_persists_beyond_the_retries_is_unavailability(HttpStatusCode status)
    {
        _bdl.Respond = _ => new HttpResponseMessage(status);

        var e = await Assert.ThrowsAsync<OfficialStatisticsUnavailableException>(() => Client(maxRetries: 2).ValuesAsync("011212303033", [Population], [2019], CancellationToken.None));

        Assert.Equal(3, _bdl.Requests.Count);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_gives_up_at_once()
    {
        _bdl.Respond = _ => FakeBdl.TooManyRequests(retryAfterSeconds: 600);

        await Assert.ThrowsAsync<OfficialStatisticsUnavailableException>(() => Client().FindUnitAsync("1203033", "Chrzanów", CancellationToken.None));

        Assert.Single(_bdl.Requests);
        Assert.Empty(_clock.Delays);
    }

    [Fact]
    public async Task No_connection_is_unavailability()
    {
        _bdl.Respond = _ => throw new HttpRequestException("Connection refused");

        await Assert.ThrowsAsync<OfficialStatisticsUnavailableException>(() => Client().FindUnitAsync("1203033", "Chrzanów", CancellationToken.None));
        Assert.Equal(3, _bdl.Requests.Count);
    }

    [Fact]
    public async Task An_answer_that_is_not_the_documented_json_is_unavailability()
    {
        _bdl.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>Przerwa techniczna</html>") };

        await Assert.ThrowsAsync<OfficialStatisticsUnavailableException>(() => Client().ValuesAsync("011212303033", [Population], [2019], CancellationToken.None));
    }

    /// <summary>Records the waits asked for and ends each at once: the back-off is checked without waiting for it.</summary>
    private sealed class RecordingTimeProvider : TimeProvider
    {
        private readonly List<TimeSpan> _delays = [];

        public IReadOnlyList<TimeSpan> Delays
        {
            get
            {
                lock (_delays)
                {
                    return _delays.ToList();
                }
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (_delays)
            {
                _delays.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return new EndedTimer();
        }

        private sealed class EndedTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
