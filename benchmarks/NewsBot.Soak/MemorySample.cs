using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Soak;

/// <summary>Working set and managed heap (after a full collection) at one point of the run.</summary>
internal sealed record MemorySample(string Point, long WorkingSetMb, long ManagedKb)
{
    public static MemorySample Take(string point)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new MemorySample(point, process.WorkingSet64 / (1024 * 1024), GC.GetTotalMemory(forceFullCollection: false) / 1024);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Point,-7} working set {WorkingSetMb,4} MB, managed heap {ManagedKb,6} KB");
}
