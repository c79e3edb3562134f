using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Operations;

/// <summary>Registers the heartbeat, command rate limits and (when Http:Enabled) the health and metrics endpoint.</summary>
public static class OperationsSetup
{
    /// <summary>Adds the operations services to a running bot (newsbot run).</summary>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperationsOptions>, OperationsOptionsValidator>();
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpOptions>, HttpOptionsValidator>();
        services.AddSingleton<CommandRateLimiter>();
        services.AddHostedService<HeartbeatService>();
        if (builder.Configuration.GetValue<bool>($"{HttpOptions.Section}:Enabled"))
            services.AddHostedService<OperationsHttpService>();
        return builder;
    }
}
