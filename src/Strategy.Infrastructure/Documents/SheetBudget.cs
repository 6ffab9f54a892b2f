using Strategy.Application.Common.Files;

namespace Strategy.Infrastructure.Documents;

/// <summary>Counts a workbook's rows, columns, cells and characters against the limits as they are read.</summary>
internal sealed class SheetBudget(FileLimits limits)
{
    private long _cells;
    private long _characters;

    /// <summary>Row numbers are 1-based.</summary>
    public void Row(long number)
    {
        if (number > limits.MaxRows)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} wierszy arkusza");
        }
    }

    /// <summary>Column indexes are 0-based.</summary>
    public void Column(int index)
    {
        if (index >= limits.MaxColumns)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxColumns)} kolumn arkusza");
        }
    }

    public void AddCell(int characters) => AddCells(1, characters);

    /// <summary>A cell and the empty ones before it in its row, which take room as well.</summary>
    public void AddCells(int cells, int characters)
    {
        _cells += cells;
        _characters += characters;
        if (_cells > limits.MaxCells)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCells)} komórek");
        }

        if (_characters > limits.MaxCharacters)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCharacters)} znaków tekstu");
        }
    }
}
