using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Strategy.Web.Formatting;

/// <summary>
/// The required-field check MVC adds by itself (a non-nullable property) would say "The Email field is required.";
/// here it says it in Polish, naming the field by its [Display] name. Runs after the framework's own provider.
/// </summary>
public sealed class PolishValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            required.ErrorMessage ??= "Wypełnij pole „{0}”.";
        }
    }
}
