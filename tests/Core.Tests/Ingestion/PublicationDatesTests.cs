using System.Globalization;
using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Tests.Ingestion;

public class PublicationDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2025 09:42:00 GMT", "2025-06-10T09:42:00Z")]
    [InlineData("Tue, 10 Jun 2025 11:42:00 +0200", "2025-06-10T09:42:00Z")]
    [InlineData("Tuesday, 10 June 2025 09:42:00 UT", "2025-06-10T09:42:00Z")]
    [InlineData("10 Sept 2025 09:42 GMT", "2025-09-10T09:42:00Z")]
    [InlineData("Tue, 10 Jun 2025 05:42:00 EDT", "2025-06-10T09:42:00Z")]
    [InlineData("2025-06-10T11:42:00+02:00", "2025-06-10T09:42:00Z")]
    [InlineData("2025-06-10T09:42:00.123Z", "2025-06-10T09:42:00.123Z")]
    [InlineData("2025-06-10", "2025-06-10T00:00:00Z")]
    [InlineData("2025-06-10 09:42", "2025-06-10T09:42:00Z")]
    public void Parse_RealWorldDate_Read(string input, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), PublicationDates.Parse(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Foo 2025 99:99")]
    public void Parse_NoOrBadDate_Null(string? input)
    {
        Assert.Null(PublicationDates.Parse(input));
    }
}
