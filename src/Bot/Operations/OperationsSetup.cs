using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NewsBot.Bot.Operations;

/// <summary>
/// Registers the heartbeat, command rate limits, OTLP export of traces and metrics (when Operations:OtlpEndpoint is
/// set) and (when Http:Enabled) the health and metrics endpoint.
/// </summary>
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
        if (builder.Configuration.GetValue<Uri?>($"{OperationsOptions.Section}:OtlpEndpoint") is { IsAbsoluteUri: true } otlp)
        {
            services.AddOpenTelemetry()
                .WithTracing(t => t.AddSource(NewsBotTracing.SourceName).AddOtlpExporter(o => o.Endpoint = otlp))
                .WithMetrics(m => m.AddMeter(NewsBotMetrics.MeterName, "Quartz").AddOtlpExporter(o => o.Endpoint = otlp));
        }

        if (builder.Configuration.GetValue<bool>($"{HttpOptions.Section}:Enabled"))
            services.AddHostedService<OperationsHttpService>();
        return builder;
    }
}
