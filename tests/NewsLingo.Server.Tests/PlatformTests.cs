using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class PlatformTests
{
    [Fact]
    public async Task Reflection_lists_every_service()
    {
        using var factory = new NewsLingoHost();
        var client = new ServerReflection.ServerReflectionClient(factory.CreateChannel());

        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("newslingo.v1.TranslationService", services);
        Assert.Contains("newslingo.v1.SummarizationService", services);
        Assert.Contains("newslingo.v1.ArticleService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task Health_answers_serving_and_healthz_answers_over_http()
    {
        using var factory = new NewsLingoHost();
        var client = new Grpc.Health.V1.Health.HealthClient(factory.CreateChannel());

        var response = await client.CheckAsync(new HealthCheckRequest());
        var healthz = await factory.CreateClient().GetStringAsync("/healthz");

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        Assert.Equal("Healthy", healthz);
    }

    [Theory]
    [InlineData("NewsLingo:Backends:Translator", "deepl", "NewsLingo:Backends:Translator = 'deepl'")]
    [InlineData("NewsLingo:Fakes:FailureRate", "2", "FailureRate")]
    [InlineData("NewsLingo:Limits:MaxTargets", "0", "MaxTargets")]
    [InlineData("NewsLingo:Backends:Translator", "azure", "NewsLingo:Azure:Translator:Key")]
    public void Startup_fails_with_a_message_naming_the_bad_setting(string key, string value, string expected)
    {
        using var factory = new NewsLingoHost().With(key, value);

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(expected, exception!.ToString());
    }
}
