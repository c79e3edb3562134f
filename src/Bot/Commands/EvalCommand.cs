using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Analysis;
using NewsBot.Core.Evaluation;
using NewsBot.Core.Keywords;

namespace NewsBot.Bot.Commands;

/// <summary>
/// newsbot eval relevance|summaries|keyphrases DATASET: measures the text engine on a JSON Lines dataset in the
/// formats of the shared datasets and prints the figures. Other evaluations join as extra subcommands.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The eval command with its built-in subcommands followed by <paramref name="extra"/> ones.</summary>
    public static Command Create(params Command[] extra)
    {
        var command = new Command("eval", "Measure the text engine on a labelled dataset (JSON Lines)");
        command.Subcommands.Add(Relevance());
        command.Subcommands.Add(Summaries());
        command.Subcommands.Add(Keyphrases());
        foreach (var subcommand in extra)
            command.Subcommands.Add(subcommand);
        return command;
    }

    private static Command Relevance()
    {
        var dataset = DatasetArgument();
        var profile = ProfileOption();
        var errors = new Option<bool>("--errors") { Description = "List every wrong decision with its score and reason" };
        var command = new Command("relevance", "Precision and recall of a topic profile (fields: title, text, relevant, split)") { dataset, profile, errors };
        command.SetAction((result, _) => CommandRunner.RunAsync(() =>
        {
            var compiled = LoadProfile(result.GetValue(profile));
            var report = RelevanceEvaluation.Run(DatasetReader.ReadRelevance(ExistingFile(result.GetValue(dataset)!)), compiled);
            Console.WriteLine($"profile {compiled.Profile.Name} (threshold {F(compiled.Profile.Threshold)})");
            foreach (var (split, counts) in report.Splits)
            {
                var scores = counts.Scores;
                Console.WriteLine($"{split,-8} n={counts.Total,5}  tp={counts.TruePositives} fp={counts.FalsePositives} fn={counts.FalseNegatives} tn={counts.TrueNegatives}  precision={F(scores.Precision)} recall={F(scores.Recall)} f1={F(scores.F1)}");
            }

            Console.WriteLine($"highest off-topic score {(report.HighestOffTopicScore is { } off ? F(off) : "-")}, lowest relevant score {(report.LowestOnTopicScore is { } on ? F(on) : "-")}");
            if (result.GetValue(errors))
            {
                foreach (var error in report.Errors)
                    Console.WriteLine($"  {(error.Expected ? "missed" : "passed")} {error.Id} [{error.Split}] score {F(error.Score)}: {error.Reason} | {error.Title}");
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Summaries()
    {
        var dataset = DatasetArgument();
        var profile = ProfileOption();
        var sentences = new Option<int>("--sentences") { Description = "Sentences per summary", DefaultValueFactory = _ => 3 };
        var command = new Command("summaries", "Mean ROUGE-1 F1 of extractive summaries (fields: text, summary)") { dataset, profile, sentences };
        command.SetAction((result, _) => CommandRunner.RunAsync(() =>
        {
            var count = result.GetValue(sentences);
            var report = SummaryEvaluation.Run(DatasetReader.ReadSummaries(ExistingFile(result.GetValue(dataset)!)), count, OptionalProfile(result.GetValue(profile)));
            Console.WriteLine($"articles {report.Items}  ROUGE-1 F1 summarizer-{count} {F(report.Rouge1F1)}  lead-{count} {F(report.LeadRouge1F1)}");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Keyphrases()
    {
        var dataset = DatasetArgument();
        var profile = ProfileOption();
        var top = new Option<int>("--top") { Description = "Keyphrases per document (k of F@k)", DefaultValueFactory = _ => 10 };
        var command = new Command("keyphrases", "Precision, recall and F@k, stemmed exact match (fields: text, keyphrases)") { dataset, profile, top };
        command.SetAction((result, _) => CommandRunner.RunAsync(() =>
        {
            var k = result.GetValue(top);
            var report = KeyphraseEvaluation.Run(DatasetReader.ReadKeyphrases(ExistingFile(result.GetValue(dataset)!)), k, OptionalProfile(result.GetValue(profile)));
            Console.WriteLine($"documents {report.Items}  P@{k} {F(report.Precision * 100)}  R@{k} {F(report.Recall * 100)}  F@{k} {F(report.F1 * 100)}");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Argument<string> DatasetArgument() => new("dataset") { Description = "A JSON Lines file" };

    private static Option<string?> ProfileOption() =>
        new("--profile") { Description = "Topic profile (relevance: default Topics:DefaultProfile; summaries and keyphrases: none unless given)" };

    // Relevance always needs a profile; summaries and keyphrases are measured generic unless one is asked for.
    private static CompiledProfile? OptionalProfile(string? name) => name is null ? null : LoadProfile(name);

    private static CompiledProfile LoadProfile(string? name)
    {
        var builder = BotHost.CreateBuilder(LogLevel.Warning);
        using var services = builder.Services.BuildServiceProvider();
        BotHost.ValidateConfiguration(services);
        var catalog = services.GetRequiredService<ProfileCatalog>();
        if (name is not null && !catalog.Profiles.ContainsKey(name))
            throw new InvalidDataException($"--profile '{name}' is not a loaded profile ({string.Join(", ", catalog.Profiles.Keys)}).");
        return catalog.Get(name);
    }

    private static string ExistingFile(string path) =>
        File.Exists(path) ? path : throw new InvalidDataException($"Dataset '{path}' does not exist.");

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
