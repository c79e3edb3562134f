using System.Diagnostics;

namespace NewsBot.Bot.Tests.Platforms;

/// <summary>
/// Installs the platforms' official npm clients a test folder pins (its package-lock.json) when they are missing, as
/// the tests start their own PostgreSQL: `dotnet test` on a fresh clone needs no step of its own. CI's `npm ci` first
/// makes this a no-op. A failed install fails the test with npm's own words.
/// </summary>
public static class NodePackages
{
    private static readonly Lock Gate = new();

    /// <summary>Ensures <paramref name="folder"/>/node_modules/<paramref name="marker"/> exists, running `npm ci` once if not.</summary>
    public static void Ensure(string folder, string marker)
    {
        lock (Gate)
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules", marker)))
                return;
            var start = new ProcessStartInfo("npm")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"npm ci in {folder} took more than 5 minutes.");
            }

            if (process.ExitCode != 0 || !Directory.Exists(Path.Combine(folder, "node_modules", marker)))
                throw new InvalidOperationException($"npm ci in {folder} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
