# Build with the SDK image, run on the smaller ASP.NET runtime image (the optional health, metrics and
# interaction endpoints use Kestrel).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the package layer is cached across source changes.
COPY global.json Directory.Build.props Directory.Packages.props NewsBot.sln .editorconfig ./
COPY src/Core/NewsBot.Core.csproj src/Core/
COPY src/Bot/NewsBot.Bot.csproj src/Bot/
RUN dotnet restore src/Bot/NewsBot.Bot.csproj
COPY . .
RUN dotnet publish src/Bot/NewsBot.Bot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The image's non-root "app" user; the store and the heartbeat live in the data volume.
RUN mkdir -p /data && chown app /data
USER app
VOLUME ["/data"]
ENV NEWSBOT__Store__SqlitePath=/data/newsbot.db \
    NEWSBOT__Operations__HeartbeatFile=/data/heartbeat
# Liveness without HTTP: the host touches the heartbeat file every Operations:HeartbeatSeconds (15 s);
# a file older than 60 s means the host is hung.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD find /data/heartbeat -newermt '-60 seconds' | grep -q . || exit 1
ENTRYPOINT ["dotnet", "newsbot.dll"]
CMD ["run"]
