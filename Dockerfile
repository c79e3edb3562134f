# Build with the SDK image, run on the smaller ASP.NET runtime image (the bot hosts optional HTTP endpoints).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props NewsBot.sln .editorconfig ./
COPY src/Core/NewsBot.Core.csproj src/Core/
COPY src/Bot/NewsBot.Bot.csproj src/Bot/
RUN dotnet restore src/Bot/NewsBot.Bot.csproj
COPY . .
RUN dotnet publish src/Bot/NewsBot.Bot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Non-root user; the store and the heartbeat live in the data volume.
RUN groupadd --system newsbot && useradd --system --gid newsbot --home-dir /app newsbot \
    && mkdir -p /data && chown newsbot:newsbot /data
USER newsbot
VOLUME ["/data"]
ENV NEWSBOT__Store__SqlitePath=/data/newsbot.db \
    DOTNET_gcServer=0
ENTRYPOINT ["dotnet", "newsbot.dll"]
CMD ["run"]
