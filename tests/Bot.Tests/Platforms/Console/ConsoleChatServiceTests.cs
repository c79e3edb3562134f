using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Commands;

namespace NewsBot.Bot.Tests.Platforms.Console;

public sealed class ConsoleChatServiceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-console-");

    public void Dispose() => _folder.Delete(recursive: true);

    private Dictionary<string, string?> Settings(string feedFolder) => new()
    {
        ["Store:SqlitePath"] = Path.Combine(_folder.FullName, "data", "newsbot.db"),
        ["Feeds:Folder"] = feedFolder,
        ["Logging:LogLevel:Default"] = "Warning",
        // Each test keeps its own operational files, so parallel hosts never share one.
        ["Operations:HeartbeatFile"] = Path.Combine(_folder.FullName, "data", "heartbeat"),
        ["Scheduling:JobRunsFile"] = Path.Combine(_folder.FullName, "data", "job-runs.json"),
    };

    private static async Task<string> RunAsync(string input, Dictionary<string, string?> settings)
    {
        using var output = new StringWriter();
        using var host = RunCommand.BuildHost(new StringReader(input), output, settings);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // The host stops by itself when the input ends; the timeout only guards a hang.
        await host.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the host did not stop when standard input ended");
        return output.ToString();
    }

    [Fact]
    public async Task Run_ShippedSamples_PrintsDigestThenAnswersWhoSaidHealeyWithQuotes()
    {
        var output = await RunAsync("/whosaid Healey\n", Settings("samples/feeds"));

        var digestEnd = output.IndexOf("== What John Healey said ==", StringComparison.Ordinal);
        Assert.True(digestEnd > 0, output);
        Assert.StartsWith("== Digest: coalition", output, StringComparison.Ordinal);
        var answer = output[digestEnd..];
        Assert.Contains("— John Healey", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("No quotes found", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OwnFolder_AnswersEachLineThroughTheRouterAndSurvivesGarbage()
    {
        var feeds = Directory.CreateDirectory(Path.Combine(_folder.FullName, "feeds"));
        await File.WriteAllTextAsync(Path.Combine(feeds.FullName, "one.txt"),
            "Finland offers air crews to Ukraine reassurance force\n" +
            "Finland will contribute air crews and trainers to a reassurance force for Ukraine after any ceasefire, Finnish defence minister Antti Häkkänen said on Monday.\n" +
            "\"Finland will carry its share of the security guarantees, and we will do it from the air,\" Häkkänen said.\n");
        await File.WriteAllTextAsync(Path.Combine(feeds.FullName, "broken.json"), "{\"title\": ");

        var output = await RunAsync("/whosaid Hakkanen\n/whosaid\n/frobnicate now\n/status\n", Settings(feeds.FullName));

        Assert.Contains("Finland will carry its share of the security guarantees", output, StringComparison.Ordinal);
        Assert.Contains("Usage: /whosaid NAME", output, StringComparison.Ordinal);
        Assert.Contains("I don't know /frobnicate", output, StringComparison.Ordinal);
        Assert.Contains("Quarantined inputs: 1", output, StringComparison.Ordinal);
        Assert.Contains("broken.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RestartOnSameStore_DoesNotIngestTheFolderTwice()
    {
        var settings = Settings("samples/feeds");
        await RunAsync("", settings);

        var second = await RunAsync("/status\n", settings);

        Assert.Contains("Articles: 10 ", second, StringComparison.Ordinal);
    }
}
