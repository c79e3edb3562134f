namespace NewsBot.Core.Ingestion;

/// <summary>What an ingest did.</summary>
public sealed record IngestReport(int Stored, int Duplicates, int Quarantined)
{
    /// <summary>Adds two reports.</summary>
    public IngestReport Add(IngestReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Stored + other.Stored, Duplicates + other.Duplicates, Quarantined + other.Quarantined);
    }

    /// <summary>Nothing done.</summary>
    public static IngestReport Empty { get; } = new(0, 0, 0);
}
