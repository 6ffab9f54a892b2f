using System.Globalization;

namespace Strategy.Application.Common.Text;

/// <summary>Names sorted the way a Polish reader expects: "Łódź" after "Lublin", case aside.</summary>
public static class PolishText
{
    public static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
}
