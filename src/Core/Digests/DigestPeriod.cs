namespace NewsBot.Core.Digests;

/// <summary>The half-open period [From, To) a digest covers.</summary>
public sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The period of <paramref name="length"/> ending at <paramref name="end"/>.</summary>
    public static DigestPeriod Ending(DateTimeOffset end, TimeSpan length) => new(end - length, end);
}
