using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Commands;

namespace NewsBot.Bot.Tests.Hosting;

public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Store:Provider", "mysql", "Store:Provider must be 'sqlite' or 'postgres'")]
    [InlineData("Feeds:RescanSeconds", "0", "Feeds:RescanSeconds must be between 1 and 86400")]
    [InlineData("Digest:SummarySentences", "40", "Digest:SummarySentences must be between 1 and 10")]
    [InlineData("Digest:DefaultPeriod", "yesterdayish", "Digest:DefaultPeriod must be a duration")]
    public async Task Start_WrongValue_StopsWithMessageNamingTheKey(string key, string value, string message)
    {
        using var host = RunCommand.BuildHost(new StringReader(""), TextWriter.Null, new Dictionary<string, string?>
        {
            [key] = value,
            ["Store:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"newsbot-{Guid.NewGuid():N}.db"),
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_NamesTheEnvironmentVariable()
    {
        using var host = RunCommand.BuildHost(new StringReader(""), TextWriter.Null, new Dictionary<string, string?> { ["Store:Provider"] = "postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("NEWSBOT__Store__PostgresConnectionString", StringComparison.Ordinal));
    }
}
