using System.CommandLine;
using NewsBot.Bot.Commands;

var root = new RootCommand("NewsBot: a newsroom chat bot that watches feeds, scores articles against topics, and answers who said what")
{
    RunCommand.Create(),
    AnalyzeCommand.Create(),
    EvalCommand.Create(EvalQuotesCommand.Create()),
    StoreQueryCommands.Ask(),
    StoreQueryCommands.Digest(),
    StoreQueryCommands.Status(),
};
root.SetAction((_, ct) => RunCommand.RunAsync(ct));
return await root.Parse(args).InvokeAsync();
