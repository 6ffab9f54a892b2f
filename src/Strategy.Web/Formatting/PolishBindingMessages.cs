using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Strategy.Web.Formatting;

/// <summary>The form binder's own messages (a letter in a number field and the like), in Polish like the rest of the UI.</summary>
public static class PolishBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"„{value}” nie jest prawidłową wartością pola {field}.");
        m.SetValueMustBeANumberAccessor(field => $"Pole {field} musi być liczbą.");
        m.SetValueIsInvalidAccessor(value => $"Wartość „{value}” jest nieprawidłowa.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"„{value}” nie jest prawidłową wartością.");
        m.SetUnknownValueIsInvalidAccessor(field => $"Podana wartość pola {field} jest nieprawidłowa.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Podana wartość jest nieprawidłowa.");
        m.SetValueMustNotBeNullAccessor(value => $"Wartość „{value}” jest nieprawidłowa.");
        m.SetMissingBindRequiredValueAccessor(field => $"Brak wartości pola {field}.");
        m.SetMissingKeyOrValueAccessor(() => "Brak wartości.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Brak treści żądania.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Wartość musi być liczbą.");
    }
}
