using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Summarization.Caching;
using NewsLingo.Core.Translation.Caching;
using StackExchange.Redis;

namespace NewsLingo.Server.Caching;

/// <summary>Registers the translation and summary caches (HybridCache, Redis as L2 when configured) and their health check.</summary>
public static class CachingExtensions
{
    public static WebApplicationBuilder AddNewsLingoCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>() ?? new CacheOptions();

        services.AddHybridCache(options =>
        {
            options.MaximumPayloadBytes = settings.MaximumEntryBytes;
            options.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = settings.Expiration,
                LocalCacheExpiration = settings.LocalExpiration,
            };
        });
        var shared = settings.Enabled && !string.IsNullOrWhiteSpace(settings.Redis);
        services.AddSingleton(_ => new SegmentMemoryCache(settings.LocalMaxMegabytes * 1024L * 1024L, settings.LocalExpiration));
        services.AddSingleton<ITranslationCache>(sp => new TieredTranslationCache(
            sp.GetRequiredService<SegmentMemoryCache>(),
            shared ? sp.GetRequiredService<HybridCache>() : null,
            sp.GetRequiredService<NewsLingo.Core.Diagnostics.NewsLingoMetrics>()));
        services.AddSingleton<ISummaryCache, HybridSummaryCache>();

        if (shared && settings.Redis is { } connection)
        {
            services.AddSingleton(sp =>
            {
                var redis = ConfigurationOptions.Parse(connection);

                // Fail fast while Redis is away instead of queueing commands: the guard then bypasses it.
                redis.AbortOnConnectFail = false;
                redis.BacklogPolicy = BacklogPolicy.FailFast;
                redis.ConnectTimeout = (int)settings.RedisTimeout.TotalMilliseconds;
                redis.AsyncTimeout = (int)settings.RedisTimeout.TotalMilliseconds;
                redis.SyncTimeout = (int)settings.RedisTimeout.TotalMilliseconds;
                var inner = new RedisCache(Options.Create(new RedisCacheOptions { ConfigurationOptions = redis, InstanceName = string.Empty }));
                return new GuardedDistributedCache(inner, settings, TimeProvider.System, sp.GetRequiredService<ILogger<GuardedDistributedCache>>());
            });
            services.AddSingleton<IDistributedCache>(sp => sp.GetRequiredService<GuardedDistributedCache>());
        }

        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache");
        return builder;
    }
}
