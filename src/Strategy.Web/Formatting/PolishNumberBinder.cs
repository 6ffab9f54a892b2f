using Microsoft.AspNetCore.Mvc.ModelBinding;
using Strategy.Application.Common.Text;
using Strategy.Application.Monitoring;

namespace Strategy.Web.Formatting;

/// <summary>
/// Binds a form's number typed the way a Polish office types it ("1 234,5", "11,6"; "1234.5" too) into a decimal,
/// so that the use cases and the API take numbers and Polish text is read here and in the spreadsheet readers only
/// (ADR 0024). What is not a number stays in the field and gets the Polish message the rest of the UI uses.
/// </summary>
public sealed class PolishNumberBinder : IModelBinder
{
    /// <summary>Longer than any number a form takes ("-1 234 567 890 123,0123456789"), refused before it is read.</summary>
    public const int MaxLength = 40;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var posted = bindingContext.ValueProvider.GetValue(name);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(name, posted);
        var text = posted.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // An empty field is "no number": nullable properties take null, a required one is for the validator to name.
            bindingContext.Result = bindingContext.ModelMetadata.IsReferenceOrNullableType ? ModelBindingResult.Success(null) : ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        if (text.Length > MaxLength)
        {
            bindingContext.ModelState.TryAddModelError(name, $"Liczba może mieć najwyżej {MaxLength} znaków.");
        }
        else if (PolishNumber.TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(name, $"„{text}” {ReportedValueText.NotANumber}");
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="PolishNumberBinder"/> in front of the invariant-culture binder for every decimal a page binds.</summary>
public sealed class PolishNumberBinderProvider : IModelBinderProvider
{
    private static readonly PolishNumberBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}
