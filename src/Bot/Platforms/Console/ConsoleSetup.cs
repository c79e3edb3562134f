using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Platforms.Console;

/// <summary>Registers the console chat (the embedded default when no platform token is configured).</summary>
internal static class ConsoleSetup
{
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder, TextReader input, TextWriter output)
    {
        builder.Services.AddSingleton(new ConsoleChatPlatform(output));
        builder.Services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<ConsoleChatPlatform>());
        builder.Services.AddSingleton<IDigestSender, ConsoleDigestSender>();
        builder.Services.AddHostedService(sp => new ConsoleChatService(
            sp.GetRequiredService<ConsoleChatPlatform>(), sp.GetRequiredService<Hosting.ChatDispatcher>(), input,
            sp.GetRequiredService<IHostApplicationLifetime>()));
        return builder;
    }
}
