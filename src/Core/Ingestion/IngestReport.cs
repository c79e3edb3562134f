namespace NewsBot.Core.Ingestion;

/// <summary>What an ingest did.</summary>
public sealed record IngestReport(int Stored, int Duplicates, int Quarantined)
{
    /// <summary>Files left for a later scan because they were still being written.</summary>
    public int Unsettled { get; init; }

    /// <summary>Adds two reports.</summary>
    public IngestReport Add(IngestReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Stored + other.Stored, Duplicates + other.Duplicates, Quarantined + other.Quarantined) { Unsettled = Unsettled + other.Unsettled };
    }

    /// <summary>Nothing done.</summary>
    public static IngestReport Empty { get; } = new(0, 0, 0);
}
