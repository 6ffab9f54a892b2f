using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Strategy.Web.Formatting;

namespace Strategy.UnitTests.Formatting;

/// <summary>The pages' decimal fields: Polish text in, a number or a Polish refusal out (ADR 0024).</summary>
public sealed class PolishNumberBinderTests
{
    [Theory]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("11,6", 11.6)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData(" -7 ", -7)]
    public async Task A_number_typed_the_polish_way_binds(string typed, double expected)
    {
        var (context, result) = await BindAsync(typed);

        Assert.True(result.IsModelSet);
        Assert.Equal((decimal)expected, result.Model);
        Assert.Equal(0, context.ModelState.ErrorCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_field_is_no_number(string typed)
    {
        var (context, result) = await BindAsync(typed);

        Assert.True(result.IsModelSet);
        Assert.Null(result.Model);
        Assert.Equal(0, context.ModelState.ErrorCount);
    }

    [Fact]
    public async Task Text_is_refused_in_polish_and_kept_in_the_field()
    {
        var (context, result) = await BindAsync("dużo");

        Assert.False(result.IsModelSet);
        Assert.Equal("„dużo” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.", Assert.Single(context.ModelState["Input.Amount"]!.Errors).ErrorMessage);
        Assert.Equal("dużo", context.ModelState["Input.Amount"]!.AttemptedValue);
    }

    [Fact]
    public async Task A_field_longer_than_any_number_is_refused_before_it_is_read()
    {
        var (context, result) = await BindAsync(new string('1', PolishNumberBinder.MaxLength + 1));

        Assert.False(result.IsModelSet);
        Assert.Equal("Liczba może mieć najwyżej 40 znaków.", Assert.Single(context.ModelState["Input.Amount"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void Only_decimals_get_the_polish_binder()
    {
        var provider = new PolishNumberBinderProvider();
        var metadata = new EmptyModelMetadataProvider();

        Assert.NotNull(provider.GetBinder(new Context(metadata.GetMetadataForType(typeof(decimal?)))));
        Assert.NotNull(provider.GetBinder(new Context(metadata.GetMetadataForType(typeof(decimal)))));
        Assert.Null(provider.GetBinder(new Context(metadata.GetMetadataForType(typeof(int?)))));
        Assert.Null(provider.GetBinder(new Context(metadata.GetMetadataForType(typeof(string)))));
    }

    private static async Task<(DefaultModelBindingContext Context, ModelBindingResult Result)> BindAsync(string typed)
    {
        var context = new DefaultModelBindingContext
        {
            ModelName = "Input.Amount",
            ModelMetadata = new EmptyModelMetadataProvider().GetMetadataForType(typeof(decimal?)),
            ModelState = new ModelStateDictionary(),
            ValueProvider = new OneValue("Input.Amount", typed),
        };
        await new PolishNumberBinder().BindModelAsync(context);
        return (context, context.Result);
    }

    private sealed class OneValue(string name, string value) : IValueProvider
    {
        public bool ContainsPrefix(string prefix) => name.StartsWith(prefix, StringComparison.Ordinal);

        public ValueProviderResult GetValue(string key) => key == name ? new ValueProviderResult(new StringValues(value)) : ValueProviderResult.None;
    }

    private sealed class Context(ModelMetadata metadata) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new();

        public override ModelMetadata Metadata { get; } = metadata;

        public override IModelMetadataProvider MetadataProvider { get; } = new EmptyModelMetadataProvider();

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}
