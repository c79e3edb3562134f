namespace NewsBot.Core.Tests.Ingestion;

/// <summary>Where the repository's sample folders are, found from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string name) => Path.Combine(Root, "samples", "feeds", name);

    /// <summary>The real articles in shared/ beside the clone (never copied into the repository); absent on some machines.</summary>
    public static string SharedSample(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples", "feeds", name));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above the test folder");
    }
}
