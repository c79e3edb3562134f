# NewsBot: build with the SDK, run on the ASP.NET runtime (the optional health/metrics endpoint uses Kestrel).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot/NewsBot.Bot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /app/data && chown app /app/data
USER app
ENV NEWSBOT__Operations__HeartbeatFile=/app/data/heartbeat
# Liveness without HTTP: the host touches the heartbeat file every Operations:HeartbeatSeconds (15 s); older than 60 s means hung.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD find /app/data/heartbeat -newermt '-60 seconds' | grep -q . || exit 1
ENTRYPOINT ["dotnet", "newsbot.dll", "run"]
