namespace NewsBot.Bot.Feeds;

/// <summary>A fetch that failed for a reason worth showing in /status (HTTP status, size cap, refused address).</summary>
internal sealed class FeedFetchException : Exception
{
    public FeedFetchException()
    {
    }

    public FeedFetchException(string message)
        : base(message)
    {
    }

    public FeedFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
