namespace NewsBot.Bot.Hosting;

/// <summary>
/// Resolves a configured relative folder: the working directory first (a checkout, a container volume), then the
/// executable's folder, where the build copies the sample feeds and profiles.
/// </summary>
internal static class PathResolver
{
    public static string Folder(string configured)
    {
        if (Path.IsPathRooted(configured) || Directory.Exists(configured))
            return Path.GetFullPath(configured);
        var besideExecutable = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(besideExecutable) ? besideExecutable : Path.GetFullPath(configured);
    }
}
