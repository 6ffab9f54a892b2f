using System.Globalization;
using System.Text;

namespace Strategy.Application.Strategies.Format;

/// <summary>
/// Institution names as a document's columns give them, made into one registry entry per body: the same name
/// written with other capitals, without Polish letters or with other dashes ("szkoły…", "Szkoly…",
/// "Psychologiczno – Pedagogiczna") is one institution, and two names glued where the document broke a line
/// ("Organizacje pozarządowe Placówki ochrony zdrowia") are two, when the first is a name the same document uses.
/// </summary>
public static class InstitutionNames
{
    /// <summary>The name's identity: lower case, no diacritics, one space between words, none around dashes.</summary>
    public static string Key(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLower(CultureInfo.GetCultureInfo("pl-PL")).Replace('ł', 'l').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = c is '–' or '—' or '‐' or '‑' ? '-' : char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ' && (folded.Length == 0 || folded[^1] is ' ' or '-'))
            {
                continue;
            }

            if (ch == '-' && folded.Length > 0 && folded[^1] == ' ')
            {
                folded.Length--;
            }

            folded.Append(ch);
        }

        return folded.ToString().TrimEnd();
    }

    /// <summary>
    /// The names of one document, each split where a name the document uses elsewhere is followed by another
    /// starting with a capital letter; a compound broken at a line end ("psychologiczno- pedagogiczna") joined.
    /// </summary>
    public static IReadOnlyList<string> Split(string name, IReadOnlySet<string> documentKeys)
    {
        var whole = Joined(name.Trim());
        var words = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0]))
            {
                continue;
            }

            var head = string.Join(' ', words[..i]);
            if (documentKeys.Contains(Key(head)))
            {
                return [head, .. Split(string.Join(' ', words[i..]), documentKeys)];
            }
        }

        return [whole];
    }

    /// <summary>"psychologiczno- pedagogiczna" → "psychologiczno-pedagogiczna": a hyphen left at a line end before a lower-case word.</summary>
    private static string Joined(string name)
    {
        var result = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' && i > 1 && name[i - 1] == '-' && char.IsLetter(name[i - 2]) && i + 1 < name.Length && char.IsLower(name[i + 1]))
            {
                continue;
            }

            result.Append(name[i]);
        }

        return result.ToString();
    }
}
