namespace NewsBot.Benchmarks;

/// <summary>Finds profiles/coalition.json above the working directory or the binaries (BenchmarkDotNet runs from bin/).</summary>
public static class ProfilePath
{
    /// <summary>The path of the default profile.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "profiles", "coalition.json");
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        throw new FileNotFoundException("profiles/coalition.json not found above the working directory or the binaries.");
    }
}
