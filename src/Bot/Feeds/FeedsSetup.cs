using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;
using Polly;

namespace NewsBot.Bot.Feeds;

/// <summary>
/// Registers feed support: language detection for ingestion, the SSRF guard, the guarded "feeds" HTTP client with
/// retries, the poller (as <see cref="IFeedPoller"/> for whoever drives it), /feeds and the feeds' /status section. The feed store falls back to memory when the configured store keeps no feed state.
/// </summary>
public static class FeedsSetup
{
    /// <summary>Adds the feed services (the polling service itself is added with the ingestion services).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<LanguageIdentifier>();
        services.TryAddSingleton<IFeedStateStore>(sp => sp.GetRequiredService<INewsStore>() as IFeedStateStore ?? new InMemoryFeedStateStore());
        services.AddSingleton(sp => new FeedUrlGuard { AllowPrivateAddresses = sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateAddresses });
        services.AddSingleton(sp => new FeedDefaults(sp.GetRequiredService<IOptions<FeedOptions>>().Value.DefaultIntervalSeconds));
        services.AddSingleton<ICommandHandler, FeedsHandler>();
        services.AddSingleton<IStatusContributor, FeedStatusContributor>();
        services.AddSingleton<GuardedConnector>();
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<DueFeedPoller>();
        services.AddSingleton<IFeedPoller>(sp => sp.GetRequiredService<DueFeedPoller>());
        services.AddHttpClient(FeedFetcher.ClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                ConnectCallback = sp.GetRequiredService<GuardedConnector>().ConnectAsync,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
            })
            .AddResilienceHandler("feed-retries", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FeedOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds * (options.MaxRetries + 1) + 30));
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(1),
                        // A refused address or a bad URL will not get better by asking again.
                        ShouldHandle = args => ValueTask.FromResult(
                            args.Outcome.Exception?.InnerException is not ForbiddenAddressException
                            && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    });
                }

                pipeline.AddTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
            });
        return services;
    }
}
