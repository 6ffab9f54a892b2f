using System.Globalization;
using System.Text;
using Strategy.Domain.Common;

namespace Strategy.Domain.Tenancy;

/// <summary>Makes tenant identifiers (URL slugs) out of gmina names.</summary>
public static class TenantIdentifiers
{
    /// <summary>The longest identifier <see cref="Tenant.IsValidIdentifier"/> accepts (a DNS label's limit).</summary>
    public const int MaxLength = 63;

    /// <summary>
    /// Lowercase ASCII slug: Polish letters lose their diacritics, every other run of characters
    /// outside a–z and 0–9 becomes one hyphen. "Kędzierzyn-Koźle" → "kedzierzyn-kozle".
    /// </summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var slug = new StringBuilder(text.Length);
        var separated = false;
        foreach (var original in text)
        {
            var c = Transliterate(original);
            if (!char.IsAsciiLetterOrDigit(c))
            {
                separated = true;
                continue;
            }

            if (separated && slug.Length > 0)
            {
                slug.Append('-');
            }

            separated = false;
            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.Length <= MaxLength ? slug.ToString() : slug.ToString(0, MaxLength).TrimEnd('-');
    }

    /// <summary>
    /// The first free, valid, unreserved identifier for a gmina. Names repeat (two Chrzanów, two
    /// Krasnystaw), so after the bare name come the name with the kind of gmina, with the powiat,
    /// with both, and finally the name numbered from 2. <paramref name="isTaken"/> must eventually
    /// answer false, or the numbering never ends.
    /// </summary>
    public static string Suggest(Municipality municipality, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(isTaken);

        var name = Slugify(municipality.Name);
        if (name.Length == 0)
        {
            throw new DomainException($"Z nazwy gminy „{municipality.Name}” nie da się utworzyć identyfikatora.");
        }

        var kind = KindWord(municipality.Kind);
        string[] named =
        [
            name,
            Slugify($"{municipality.Name} {kind}"),
            Slugify($"{municipality.Name} {municipality.Powiat}"),
            Slugify($"{municipality.Name} {kind} {municipality.Powiat}"),
        ];

        foreach (var candidate in named)
        {
            if (IsFree(candidate, isTaken))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);

            // Shorten a very long name rather than the number, so the identifier stays valid.
            var candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (IsFree(candidate, isTaken))
            {
                return candidate;
            }
        }
    }

    private static bool IsFree(string candidate, Func<string, bool> isTaken) =>
        Tenant.IsValidIdentifier(candidate) && !Tenant.ReservedSegments.Contains(candidate) && !isTaken(candidate);

    private static string KindWord(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.Urban => "miasto",
        MunicipalityKind.Rural => "gmina-wiejska",
        MunicipalityKind.UrbanRural => "gmina",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static char Transliterate(char c) => c switch
    {
        'ą' or 'Ą' => 'a',
        'ć' or 'Ć' => 'c',
        'ę' or 'Ę' => 'e',
        'ł' or 'Ł' => 'l',
        'ń' or 'Ń' => 'n',
        'ó' or 'Ó' => 'o',
        'ś' or 'Ś' => 's',
        'ź' or 'Ź' or 'ż' or 'Ż' => 'z',
        _ => c,
    };
}
