namespace NewsBot.IngestBench;

/// <summary>One run's figures: total store time (wall, this process's CPU, and the garbage collector's pauses in it), time per batch, probe cost and `/search` median after each batch, memory, outcomes.</summary>
internal sealed record RunResult(
    double StoreSeconds,
    double CpuSeconds,
    double GcPauseSeconds,
    IReadOnlyList<double> BatchSeconds,
    IReadOnlyList<double> ProbeMicroseconds,
    IReadOnlyList<double> SearchMilliseconds,
    IReadOnlyList<long> ManagedBytes,
    long MaxWorkingSet,
    int Inserted,
    int Updated,
    int Duplicates,
    int Linked);
