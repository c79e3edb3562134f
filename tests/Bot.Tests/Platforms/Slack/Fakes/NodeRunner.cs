using System.Diagnostics;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>
/// Runs one of the Node scripts in tests/Bot.Tests/Platforms/Slack/node, which use Slack's own npm clients.
/// Their node_modules come from `npm ci` in that folder (CI does it first; otherwise <see cref="NodePackages"/> does).
/// </summary>
public static class NodeRunner
{
    /// <summary>The folder with package.json and the scripts, found from the test binaries upwards.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Bot.Tests", "Platforms", "Slack", "node");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                NodePackages.Ensure(candidate, "@slack");
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/Bot.Tests/Platforms/Slack/node not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <paramref name="script"/>; returns its exit code and standard output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, string? input = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = Folder(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await output) + (await error));
    }
}
