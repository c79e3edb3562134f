using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Analysis;
using NewsBot.Core.Evaluation.Quotes;
using NewsBot.Core.Quotes;

namespace NewsBot.Bot.Commands;

/// <summary>
/// newsbot eval quotes DATASET [--split S] [--feeds DIR]: scores quote extraction and attribution against an
/// annotated set in PolNeAR's JSON Lines format (or the offsets-only format whose texts live in --feeds), per split.
/// The identities of the topic profiles seed the speaker names, as in production, and an annotated speaker may be
/// named by any of its profile identity's names.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A .jsonl file in PolNeAR's format, e.g. ../shared/datasets/polnear/dev.jsonl" };
        var split = new Option<string?>("--split") { Description = "Score only this split (train, dev, tune, heldout, real); default: each split and all" };
        var feeds = new Option<string?>("--feeds") { Description = "The folder holding the files an offsets-only dataset names" };
        var misses = new Option<string?>("--misses") { Description = "Also list the misses and wrong speakers: quoted or indirect" };
        misses.AcceptOnlyFromAmong("quoted", "indirect");
        var dump = new Option<string?>("--dump") { Description = "Also write every quote found, one JSON line per article, to this file" };
        var command = new Command("quotes", "Score quote extraction and speaker attribution against an annotated set") { dataset, split, feeds, misses, dump };
        command.SetAction((result, _) => RunAsync(result.GetValue(dataset)!, result.GetValue(split), result.GetValue(feeds), result.GetValue(misses), result.GetValue(dump)));
        return command;
    }

    private static Task<int> RunAsync(string dataset, string? split, string? feeds, string? misses, string? dump) => CommandRunner.RunAsync(async () =>
    {
        if (!File.Exists(dataset))
            throw new InvalidDataException($"dataset '{dataset}' does not exist.");
        var builder = BotHost.CreateBuilder(LogLevel.Warning);
        await using var services = builder.Services.BuildServiceProvider();
        BotHost.ValidateConfiguration(services);
        var profiles = services.GetRequiredService<ProfileCatalog>().TopicProfiles.ToList();
        // The extractor learns identities as it reads; each pass starts from the profiles alone, so listing misses or
        // dumping first does not change the scores.
        var labels = RuleQuoteExtractor.LabelsOf(profiles);
        RuleQuoteExtractor Fresh() => new(IdentityResolver.FromProfiles(profiles), labels);
        var articles = ProfileSpeakerNames.Accepting(QuoteDatasetReader.Read(dataset, feeds), profiles.SelectMany(p => p.Entities));
        if (misses is not null || dump is not null)
        {
            // One reading serves both the misses list and the dump.
            await using var writer = dump is null ? null : new StreamWriter(dump);
            var extractor = Fresh();
            foreach (var article in articles.Where(a => split is null || a.Split == split))
            {
                var found = extractor.Find(new NewsBot.Core.Articles.Article(article.Id, "", article.Text));
                if (misses is not null)
                {
                    foreach (var line in QuoteMisses.Describe(article, found, misses == "quoted"))
                        await Console.Out.WriteLineAsync($"{article.Id}: {line}");
                }

                if (writer is not null)
                    await writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { id = article.Id, quotes = found }));
            }
        }

        var splits = split is not null ? [split] : articles.Select(a => a.Split).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var name in splits)
        {
            var part = articles.Where(a => a.Split == name).ToList();
            await Console.Out.WriteLineAsync($"== {Path.GetFileName(dataset)} split={name}");
            await Console.Out.WriteLineAsync(QuoteScorer.Evaluate(Fresh(), part).Format());
        }

        if (split is null && splits.Count > 1)
        {
            await Console.Out.WriteLineAsync($"== {Path.GetFileName(dataset)} all");
            await Console.Out.WriteLineAsync(QuoteScorer.Evaluate(Fresh(), articles).Format());
        }

        return 0;
    });
}
