namespace NewsBot.Core.Ingestion;

/// <summary>A file's size and last write time: equal stamps at two checks mean nobody is writing it.</summary>
internal sealed record FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of <paramref name="path"/> now, or null when it is gone or unreadable.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
