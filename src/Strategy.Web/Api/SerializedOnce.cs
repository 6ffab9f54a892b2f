using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Strategy.Web.Api;

/// <summary>
/// The JSON of a result, written once per instance of it: a cached comparison (ADR 0015) is the same
/// object for every reader while it lasts, and serialising its row per sharing gmina (about 480 kB)
/// cost more than the rest of the call. The bytes live exactly as long as the instance they were written from.
/// </summary>
public sealed class SerializedOnce(IOptions<JsonOptions> options)
{
    private readonly ConditionalWeakTable<object, byte[]> _written = [];

    public IResult Json<T>(T value)
        where T : class => TypedResults.Bytes(BytesOf(value), "application/json; charset=utf-8");

    /// <summary>By the instance, not by equal content: records compare by value, and a newly built comparison is written anew.</summary>
    public byte[] BytesOf<T>(T value)
        where T : class => _written.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes((T)v, options.Value.SerializerOptions));
}
