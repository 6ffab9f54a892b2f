# The web host's image, built by `azd up` (azure.yaml) or `docker build .` from the repository root.
# Ubuntu 24.04 "noble" images: .NET 10 publishes no Debian images; the `10.0` tags are these.

# --- build: restore from the project files alone (a layer that survives code changes), then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Strategy.Domain/Strategy.Domain.csproj src/Strategy.Domain/
COPY src/Strategy.Application/Strategy.Application.csproj src/Strategy.Application/
COPY src/Strategy.Infrastructure/Strategy.Infrastructure.csproj src/Strategy.Infrastructure/
COPY src/Strategy.Migrations.Sqlite/Strategy.Migrations.Sqlite.csproj src/Strategy.Migrations.Sqlite/
COPY src/Strategy.Migrations.SqlServer/Strategy.Migrations.SqlServer.csproj src/Strategy.Migrations.SqlServer/
COPY src/Strategy.Web/Strategy.Web.csproj src/Strategy.Web/
# ReadyToRun: the image carries precompiled code, so a new replica compiles little before its first answer
# (bench/README.md, (g)); the restore fetches the compiler for this runtime.
RUN dotnet restore src/Strategy.Web/Strategy.Web.csproj --runtime linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
RUN dotnet publish src/Strategy.Web/Strategy.Web.csproj --configuration Release --runtime linux-x64 --self-contained false -p:PublishReadyToRun=true --no-restore --output /app -p:UseAppHost=false

# --- runtime: ASP.NET Core only. The noble image carries ICU (libicu74) and tzdata, which Polish
# formatting, sorting and Polish time (Europe/Warsaw) need, and a non-root user `app` ($APP_UID).
# MALLOC_ARENA_MAX: glibc spreads the threads' native allocations (SQLite, OpenSSL, ICU) over up to eight arenas
# a core, each keeping freed memory resident; two arenas lowered the peak under load by 23–40 MB in paired runs, at the same
# throughput (bench/README.md, the peak memory).
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS final
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    MALLOC_ARENA_MAX=2 \
    CERTIFICATES_BASE64_DIR=/mnt/certificates \
    CERTIFICATES_DIR=/tmp/certificates
WORKDIR /app
# Owned by root, so the running user can read but not change the application.
COPY --from=build /app ./
COPY infra/container/entrypoint.sh /usr/local/bin/strategy-entrypoint.sh
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["/bin/sh", "/usr/local/bin/strategy-entrypoint.sh"]
