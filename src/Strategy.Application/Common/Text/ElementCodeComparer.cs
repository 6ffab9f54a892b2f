namespace Strategy.Application.Common.Text;

/// <summary>
/// Element codes in reading order: "1.1.2" before "1.1.10", "2" before "10" — part by part, numbers as numbers,
/// anything else ("I", "a)") by its letters.
/// </summary>
public sealed class ElementCodeComparer : IComparer<string?>
{
    public static readonly ElementCodeComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        var right = (y ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                ? a.CompareTo(b)
                : string.Compare(left[i], right[i], StringComparison.OrdinalIgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
