using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Http;
using NewsBot.Bot.Platforms.Slack.Receiving;
using NewsBot.Bot.Platforms.Slack.SocketMode;

namespace NewsBot.Bot.Platforms.Slack;

/// <summary>
/// Registers Slack when it is configured: everything (Web API client, Socket Mode or HTTP receiving, the pump,
/// the chat platform and digest sender) when Slack:BotToken is set; only the incoming-webhook digest sender when
/// just Slack:WebhookUrls are; nothing otherwise.
/// </summary>
public static class SlackSetup
{
    /// <summary>Adds Slack's services and its validated "Slack" options.</summary>
    public static IHostApplicationBuilder AddSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(SlackOptions.Section);
        var hasBot = !string.IsNullOrWhiteSpace(section["BotToken"]);
        var hasWebhooks = section.GetSection("WebhookUrls").GetChildren().Any();
        if (!hasBot && !hasWebhooks)
            return builder;

        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SlackRateLimiter>();
        // A client of our own rather than IHttpClientFactory's, whose default logging would write webhook and
        // response_url addresses (credentials in themselves) to the log.
        services.AddSingleton(sp => new SlackApiClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) },
            sp.GetRequiredService<IOptions<SlackOptions>>(), sp.GetRequiredService<SlackRateLimiter>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SlackApiClient>>()));
        services.AddSingleton<SlackWebhookSender>();
        services.AddSingleton<IDigestSender>(sp => sp.GetRequiredService<SlackWebhookSender>());
        if (!hasBot)
            return builder;

        services.AddSingleton<SlackSession>();
        services.AddSingleton<SlackDeduplicator>();
        services.AddSingleton(new SlackWorkQueue());
        services.AddSingleton<SlackRequestMapper>();
        services.AddSingleton<SlackIntake>();
        services.AddSingleton<SlackResponder>();
        services.AddHostedService<SlackRequestPump>();
        services.AddSingleton<SlackChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddSingleton<IDigestSender>(sp => sp.GetRequiredService<SlackChatPlatform>());
        if (Enum.TryParse<SlackMode>(section["Mode"], ignoreCase: true, out var mode) && mode == SlackMode.Http)
        {
            services.AddHostedService<SlackHttpService>();
        }
        else
        {
            services.AddSingleton(new SlackSocketTuning());
            services.AddHostedService<SlackSocketModeService>();
        }

        return builder;
    }
}
