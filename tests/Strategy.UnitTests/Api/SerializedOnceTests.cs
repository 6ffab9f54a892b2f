using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Strategy.Web.Api;

namespace Strategy.UnitTests.Api;

public sealed class SerializedOnceTests
{
    private sealed record Row(string Gmina, decimal? Value);

    private readonly JsonOptions _options = new();

    [Fact]
    public void The_same_instance_is_written_once_and_as_the_api_would_write_it()
    {
        var once = new SerializedOnce(Options.Create(_options));
        var rows = new List<Row> { new("Chrzanów", 11.6m), new("Krasnystaw", null) };

        var first = once.BytesOf(rows);
        var second = once.BytesOf(rows);

        Assert.Same(first, second);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(rows, _options.SerializerOptions), first);
    }
}
