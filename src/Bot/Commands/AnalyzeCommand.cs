using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingestion;

namespace NewsBot.Bot.Commands;

/// <summary>
/// newsbot analyze PATH... --format jsonl|text: runs the text engine over files or folders without the store,
/// one record per article. Unreadable inputs are reported on standard error by name and reason; the rest go on.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Article files or folders (.txt .md .html .json .jsonl)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (one JSON record per article) or text", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var profile = new Option<string?>("--profile") { Description = "The topic profile to score against (default: Topics:DefaultProfile)" };
        var command = new Command("analyze", "Analyse articles without the store: relevance, summary, keyphrases, quotes") { paths, format, profile };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(profile), ct));
        return command;
    }

    private static Task<int> RunAsync(string[] paths, string format, string? profileName, CancellationToken cancellationToken) => CommandRunner.RunAsync(async () =>
    {
        var builder = BotHost.CreateBuilder(LogLevel.Warning);
        await using var services = builder.Services.BuildServiceProvider();
        BotHost.ValidateConfiguration(services);
        var catalog = services.GetRequiredService<ProfileCatalog>();
        if (profileName is not null && !catalog.Profiles.ContainsKey(profileName))
            throw new InvalidDataException($"--profile '{profileName}' is not a loaded profile ({string.Join(", ", catalog.Profiles.Keys)}).");
        var profile = catalog.Get(profileName);
        var analyzer = services.GetRequiredService<ITextAnalyzer>();
        var output = System.Console.Out;
        var failures = 0;
        foreach (var file in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var read in file.Exists ? ArticleFileReader.Read(file.Path) : [ArticleReadResult.Fail(file.Path, "no such file or folder")])
            {
                if (read.Failed)
                {
                    failures++;
                    await System.Console.Error.WriteLineAsync($"{read.Origin}: {read.Error}");
                    continue;
                }

                foreach (var article in read.Articles)
                {
                    var analysis = analyzer.Analyze(article, profile);
                    var record = format == "text" ? AnalysisRecord.ToText(file.Path, article, analysis) : AnalysisRecord.ToJsonLine(file.Path, article, analysis);
                    await output.WriteLineAsync(record);
                }
            }
        }

        return failures == 0 ? 0 : 1;
    });

    private static IEnumerable<(string Path, bool Exists)> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleFileReader.Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal))
                    yield return (file, true);
            }
            else
            {
                yield return (path, File.Exists(path));
            }
        }
    }
}
