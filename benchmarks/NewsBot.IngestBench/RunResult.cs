namespace NewsBot.IngestBench;

/// <summary>One run's figures: total store time (wall and this process's CPU), time per batch, probe cost and `/search` median after each batch, memory, outcomes.</summary>
internal sealed record RunResult(
    double StoreSeconds,
    double CpuSeconds,
    IReadOnlyList<double> BatchSeconds,
    IReadOnlyList<double> ProbeMicroseconds,
    IReadOnlyList<double> SearchMilliseconds,
    IReadOnlyList<long> ManagedBytes,
    long MaxWorkingSet,
    int Inserted,
    int Updated,
    int Duplicates,
    int Linked);
