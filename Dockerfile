# syntax=docker/dockerfile:1
# NewsLingo server image: built with the .NET SDK, run on the ASP.NET runtime with the offline
# engines (Apertium and its French pairs) installed, as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The same publish command CI runs (.ci/run), so this step is known to work.
RUN dotnet publish src/NewsLingo.Server/NewsLingo.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends apertium apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# gRPC (h2c) on 5080; HTTP/1.1 (JSON transcoding, /healthz, /metrics) on 5081; both on all interfaces in a container.
ENV Kestrel__Endpoints__Grpc__Url=http://0.0.0.0:5080 \
    Kestrel__Endpoints__Http__Url=http://0.0.0.0:5081 \
    DOTNET_gcServer=1
EXPOSE 5080 5081
USER app
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 CMD curl -fsS http://127.0.0.1:5081/healthz || exit 1
ENTRYPOINT ["dotnet", "NewsLingo.Server.dll"]
