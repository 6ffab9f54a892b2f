using Strategy.Application.Common.Text;

namespace Strategy.UnitTests.Formatting;

public sealed class ElementCodeComparerTests
{
    [Fact]
    public void Codes_sort_as_people_read_them()
    {
        string[] codes = ["1.1.10", "1.1.2", "10", "2", "1.1", "1", "I.2", "I.10", "1.1.1"];

        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "1.1.10", "2", "10", "I.2", "I.10"], codes.Order(ElementCodeComparer.Instance));
    }
}
