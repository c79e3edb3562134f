using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// The last run of each job, kept in memory and written to Scheduling:JobRunsFile after every run, so that
/// newsbot status (a separate process) can show it. Each instance writes its own file; losing it loses only history.
/// Thread-safe.
/// </summary>
public sealed class JobRunJournal
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly ConcurrentDictionary<string, JobRun> _runs = new(StringComparer.Ordinal);
    private readonly Lock _writing = new();
    private readonly string? _file;

    /// <summary>A journal persisted to <paramref name="file"/> (in memory only when null).</summary>
    public JobRunJournal(string? file)
    {
        _file = file;
        if (file is null || !File.Exists(file))
            return;
        try
        {
            foreach (var run in JsonSerializer.Deserialize<List<JobRun>>(File.ReadAllText(file), Json) ?? [])
                _runs[run.Job] = run;
        }
        catch (JsonException)
        {
            // A torn or foreign file only loses history; the next run rewrites it.
        }
    }

    /// <summary>The journal at the configured path.</summary>
    public JobRunJournal(IOptions<SchedulingOptions> options)
        : this(Path.GetFullPath((options ?? throw new ArgumentNullException(nameof(options))).Value.JobRunsFile))
    {
    }

    /// <summary>The last run of each job, by job name.</summary>
    public IReadOnlyList<JobRun> LastRuns => [.. _runs.Values.OrderBy(r => r.Job, StringComparer.Ordinal)];

    /// <summary>Records <paramref name="run"/> as its job's last run.</summary>
    public void Record(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _runs[run.Job] = run;
        if (_file is null)
            return;
        lock (_writing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = _file + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(LastRuns, Json));
            File.Move(temporary, _file, overwrite: true);
        }
    }
}
