using Strategy.Domain.Common;

namespace Strategy.Domain.Tenancy;

/// <summary>
/// A gmina's TERC code: 7 digits — voivodeship (2), powiat (2), gmina (2) and type (1).
/// Names repeat across Poland (two Chrzanów, two Krasnystaw); this code is what identifies a gmina.
/// </summary>
public readonly record struct TerytCode
{
    public string Value { get; }

    private TerytCode(string value) => Value = value;

    public static TerytCode Parse(string? value)
    {
        if (!TryParse(value, out var code))
        {
            throw new DomainException($"Kod TERYT „{value}” jest nieprawidłowy: oczekiwano 7 cyfr, z rodzajem gminy 1, 2 lub 3 na końcu.");
        }

        return code;
    }

    public static bool TryParse(string? value, out TerytCode code)
    {
        code = default;
        if (value is not { Length: 7 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Only types 1–3 are gminy; 4/5 are parts of an urban-rural gmina, 8/9 Warsaw districts and delegations.
        if (value[6] is not ('1' or '2' or '3'))
        {
            return false;
        }

        code = new TerytCode(value);
        return true;
    }

    public string VoivodeshipCode => Value[..2];

    public MunicipalityKind Kind => Value[6] switch
    {
        '1' => MunicipalityKind.Urban,
        '2' => MunicipalityKind.Rural,
        _ => MunicipalityKind.UrbanRural,
    };

    public override string ToString() => Value;
}
