using System.Diagnostics;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>
/// Runs the Node scripts in tests/Bot.Tests/Platforms/Discord/node (Discord's own packages, installed by npm ci).
/// </summary>
public static class NodeScripts
{
    public static string Folder { get; } = FindFolder();

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        // The Discord checks need Discord's own npm packages.
        NodePackages.Ensure(Folder, "@discordjs");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Bot.Tests", "Platforms", "Discord", "node");
            if (File.Exists(Path.Combine(candidate, "package.json")))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/Bot.Tests/Platforms/Discord/node not found above the test binaries.");
    }
}
