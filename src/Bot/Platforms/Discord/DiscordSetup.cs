using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Discord.Gateway;
using NewsBot.Bot.Platforms.Discord.Interactions;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Registers the Discord platform, only when a token is configured (Discord:Token).</summary>
public static class DiscordSetup
{
    /// <summary>Adds the gateway, the REST client, the senders and (if enabled) the HTTP interactions endpoint.</summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!PlatformDetection.HasDiscord(builder.Configuration))
            return builder;
        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();

        services.AddSingleton(sp => new DiscordCredentials(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.Token ?? ""));
        services.AddSingleton(sp => new DiscordIdentity(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApplicationId));
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordCircuit>();
        services.AddSingleton(sp => new DiscordRestClient(CreateHttpClient(sp.GetRequiredService<IOptions<DiscordOptions>>().Value),
            sp.GetRequiredService<DiscordCredentials>(), sp.GetRequiredService<DiscordRateLimiter>(), sp.GetRequiredService<DiscordCircuit>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DiscordRestClient>>()));
        services.AddSingleton<DiscordChannelSender>();
        services.AddSingleton<DiscordWebhookSender>();
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordChatPlatform>());
        services.AddSingleton<IDigestSender>(sp => sp.GetRequiredService<DiscordChatPlatform>());

        services.AddSingleton<DiscordWorkQueue>();
        services.AddSingleton<DiscordChannelProfiles>();
        services.AddSingleton<IGatewayEventSink, DiscordEventSink>();
        services.AddScoped<InteractionResponder>();
        services.AddScoped<MentionResponder>();
        services.AddScoped<SlashCommandRegistrar>();
        services.AddSingleton<SessionStartLimit>();
        services.AddSingleton<DiscordGatewayClient>();
        services.AddHostedService<DiscordWorkPump>();
        services.AddHostedService<DiscordGatewayService>();
        if (string.Equals(builder.Configuration["Discord:Interactions:Enabled"], "true", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<DiscordInteractionsEndpoint>();
            services.AddHostedService(sp => sp.GetRequiredService<DiscordInteractionsEndpoint>());
        }

        return builder;
    }

    // Built here rather than through IHttpClientFactory: its default logging writes request URIs, and webhook and
    // interaction URIs carry secret tokens in their path.
    private static HttpClient CreateHttpClient(DiscordOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(options.RestBaseUrl.TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
        return client;
    }
}
