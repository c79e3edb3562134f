using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace NewsBot.Bot.Operations;

/// <summary>
/// The optional HTTP endpoint (Http:Enabled): a small Kestrel app beside the bot's host serving /healthz, /readyz
/// and, with Http:Prometheus, /metrics from OpenTelemetry's Prometheus exporter over the NewsBot and Quartz meters.
/// It lives in its own application so the bot stays a plain worker when HTTP is off.
/// </summary>
internal sealed partial class OperationsHttpService(IServiceProvider bot, IOptions<HttpOptions> options, ILogger<OperationsHttpService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (settings.Prometheus)
            builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(NewsBotMetrics.MeterName, "Quartz").AddPrometheusExporter());
        _app = builder.Build();
        _app.MapOperationsEndpoints(bot);
        if (settings.Prometheus)
            _app.MapPrometheusScrapingEndpoint("/metrics");
        await _app.StartAsync(cancellationToken);
        LogListening(settings.Urls);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [LoggerMessage(EventId = 7110, Level = LogLevel.Information, Message = "Operations endpoint listening on {Urls}")]
    private partial void LogListening(string urls);
}
