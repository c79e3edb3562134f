using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Operations;
using NewsBot.Core.Ingestion;
using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>A full rescan of the feed folder, catching what file-system events missed.</summary>
[DisallowConcurrentExecution]
internal sealed class FolderRescanJob(FolderScanner scanner, IOptions<FeedOptions> feeds) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var folder = PathResolver.Folder(feeds.Value.Folder);
        if (!Directory.Exists(folder))
        {
            context.Result = "no folder";
            return;
        }

        var report = await scanner.ScanAsync(folder, feeds.Value.Recursive, cancellationToken);
        NewsBotMetrics.ArticlesIngested("folder", report.Stored);
        NewsBotMetrics.ArticlesRejected("duplicate", report.Duplicates);
        NewsBotMetrics.ArticlesRejected("quarantined", report.Quarantined);
        context.Result = $"{report.Stored} stored, {report.Duplicates} duplicates, {report.Quarantined} quarantined";
    }
}
