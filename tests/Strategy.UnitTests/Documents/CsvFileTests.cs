using Strategy.Application.Common.Files;
using System.Text;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;

namespace Strategy.UnitTests.Documents;

public sealed class CsvFileTests
{
    [Fact]
    public void Quoted_fields_keep_delimiters_escaped_quotes_and_line_breaks()
    {
        var rows = CsvFile.Read("Cel;Opis\r\n\"1.1\";\"Zadanie \"\"Rodzina\"\"; etap 1\"\r\n", FileLimits.SignedIn);

        Assert.Equal([["Cel", "Opis"], ["1.1", "Zadanie \"Rodzina\"; etap 1"]], rows);
    }

    [Fact]
    public void A_quoted_line_break_is_part_of_one_record_so_numbering_counts_records()
    {
        var rows = CsvFile.Read("Cel;Opis\n1;\"pierwsza linia\r\ndruga linia\"\n2;krótki\n", FileLimits.SignedIn);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "pierwsza linia\r\ndruga linia"], rows[1]);
        Assert.Equal(["2", "krótki"], rows[2]);
    }

    [Theory]
    [InlineData("a;b,5\n", new[] { "a", "b,5" })]
    [InlineData("a\tb,5\n", new[] { "a", "b,5" })]
    [InlineData("a,b\n", new[] { "a", "b" })]
    [InlineData("\"x;y\",b\n", new[] { "x;y", "b" })]
    [InlineData("\n\na;b\n", new[] { "a", "b" })]
    public void The_delimiter_comes_from_the_first_non_empty_line_outside_quotes(string text, string[] cells)
    {
        Assert.Equal(cells, CsvFile.Read(text, FileLimits.SignedIn).Last());
    }

    [Fact]
    public void Every_line_end_is_accepted_and_empty_lines_stay_as_empty_rows()
    {
        var rows = CsvFile.Read("\uFEFFa;b\r\n\rc\n\nd;\n", FileLimits.SignedIn);

        Assert.Equal([["a", "b"], [], ["c"], [], ["d", ""]], rows);
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_a_row_and_an_empty_text_has_none()
    {
        Assert.Equal([["a"], ["b"]], CsvFile.Read("a\nb", FileLimits.SignedIn));
        Assert.Empty(CsvFile.Read("", FileLimits.SignedIn));
        Assert.Equal([[""]], CsvFile.Read("\"\"", FileLimits.SignedIn));
    }

    [Fact]
    public void Written_rows_use_semicolons_crlf_quoting_and_polish_numbers()
    {
        var text = CsvFile.Write([["Nazwa", "Wartość", null, "Liczba"], ["a;b", "powiedział \"tak\"", "dwie\nlinie", 11.6m], [1234, 1234.5m, -0.25m, null], []]);

        Assert.Equal("Nazwa;Wartość;;Liczba\r\n\"a;b\";\"powiedział \"\"tak\"\"\";\"dwie\nlinie\";11,6\r\n1234;1234,5;-0,25;\r\n\r\n", text);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        IReadOnlyList<IReadOnlyList<object?>> rows = [["Zażółć gęślą jaźń", "x\r\ny", "\"", ""], [], ["ostatni;", 7]];

        var read = CsvFile.Read(CsvFile.Decode(CsvFile.WriteUtf8WithBom(rows)), FileLimits.SignedIn);

        Assert.Equal([["Zażółć gęślą jaźń", "x\r\ny", "\"", ""], [], ["ostatni;", "7"]], read);
    }

    [Fact]
    public void Bytes_for_excel_start_with_the_utf8_bom()
    {
        var bytes = CsvFile.WriteUtf8WithBom([["ą"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, 0xC4, 0x85, 0x0D, 0x0A }, bytes);
    }

    [Fact]
    public void Utf8_is_decoded_with_or_without_a_bom()
    {
        Assert.Equal("łąka", CsvFile.Decode(Encoding.UTF8.GetBytes("łąka")));
        Assert.Equal("łąka", CsvFile.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("łąka")]));
    }

    [Fact]
    public void A_file_in_another_encoding_is_refused_with_advice()
    {
        // "łąka" in Windows-1250, as an older Excel saves "CSV (rozdzielany średnikami)".
        var windows1250 = new byte[] { 0xB3, 0xB9, 0x6B, 0x61 };

        var error = Assert.Throws<DomainException>(() => CsvFile.Decode(windows1250));

        Assert.Contains("CSV UTF-8", error.Message);
    }

    [Fact]
    public void A_value_of_another_type_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => CsvFile.Write([[DateTime.Now]]));
    }
}
