using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Analysis;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Digests;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Postgres;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Bot.Hosting;

/// <summary>Registers the text engine, the store, ingestion, digests and the command router.</summary>
public static class CoreSetup
{
    /// <summary>Adds NewsBot's core services and validated options.</summary>
    public static IHostApplicationBuilder AddNewsBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        AddValidatedOptions<StoreOptions, StoreOptionsValidator>(services, StoreOptions.Section);
        AddValidatedOptions<FeedOptions, FeedOptionsValidator>(services, FeedOptions.Section);
        AddValidatedOptions<TopicOptions, TopicOptionsValidator>(services, TopicOptions.Section);
        AddValidatedOptions<DigestOptions, DigestOptionsValidator>(services, DigestOptions.Section);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var topics = sp.GetRequiredService<IOptions<TopicOptions>>().Value;
            return new ProfileCatalog(TopicProfileLoader.LoadFolder(PathResolver.Folder(topics.ProfileFolder)), topics.DefaultProfile);
        });
        services.AddSingleton(sp => IdentityResolver.FromProfiles(sp.GetRequiredService<ProfileCatalog>().TopicProfiles));
        services.AddSingleton<IQuoteExtractor>(sp => new GuardedQuoteExtractor(
            new RuleQuoteExtractor(sp.GetRequiredService<IdentityResolver>(), RuleQuoteExtractor.LabelsOf(sp.GetRequiredService<ProfileCatalog>().TopicProfiles)),
            sp.GetRequiredService<ILogger<GuardedQuoteExtractor>>()));
        services.AddSingleton<ITextAnalyzer>(sp => new TextAnalyzer(
            sp.GetRequiredService<IQuoteExtractor>(), sp.GetRequiredService<IOptions<DigestOptions>>().Value.SummarySentences));
        services.AddSingleton<INewsDatabase>(sp => sp.GetRequiredService<IOptions<StoreOptions>>().Value switch
        {
            { Provider: "postgres" } o => new PostgresNewsStore(o.PostgresConnectionString!),
            var o => new SqliteNewsStore(o.SqlitePath),
        });
        services.AddSingleton<INewsStore>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<IFeedStateStore>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<ISpeakerDirectory>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<IRetentionStore>(sp => sp.GetRequiredService<INewsDatabase>());
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton(sp => new FolderScanner(sp.GetRequiredService<INewsStore>(), sp.GetRequiredService<ArticleIngestor>(), sp.GetRequiredService<TimeProvider>())
        {
            SettleDelay = TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<FeedOptions>>().Value.SettleMilliseconds),
        });
        NewsBot.Bot.Feeds.FeedsSetup.AddFeeds(services);
        services.AddSingleton(sp => new DigestBuilder(sp.GetRequiredService<INewsStore>(), sp.GetRequiredService<ProfileCatalog>())
        {
            MaxStories = sp.GetRequiredService<IOptions<DigestOptions>>().Value.MaxStories,
        });

        services.AddSingleton<ICommandHandler>(sp => new DigestHandler(
            sp.GetRequiredService<DigestBuilder>(), sp.GetRequiredService<TimeProvider>(),
            TimeExpressions.Duration(sp.GetRequiredService<IOptions<DigestOptions>>().Value.DefaultPeriod)!.Value));
        services.AddSingleton<ICommandHandler, WhoSaidHandler>();
        services.AddSingleton<ICommandHandler, QuotesHandler>();
        services.AddSingleton<ICommandHandler, SearchHandler>();
        services.AddSingleton<ICommandHandler, WhyHandler>();
        services.AddSingleton<ICommandHandler, SpeakersHandler>();
        services.AddSingleton<ICommandHandler, StatusHandler>();
        services.AddSingleton<ICommandHandler, AskHandler>();
        services.AddSingleton<ICommandHandler, SubscribeHandler>();
        services.AddSingleton<ICommandHandler, UnsubscribeHandler>();
        services.AddScheduleStatus();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ChatDispatcher>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
