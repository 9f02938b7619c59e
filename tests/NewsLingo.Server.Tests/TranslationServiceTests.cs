using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class TranslationServiceTests : IDisposable
{
    private readonly NewsLingoHost _factory = new();

    public void Dispose() => _factory.Dispose();

    private TranslationService.TranslationServiceClient Client(NewsLingoHost? factory = null) =>
        new((factory ?? _factory).CreateChannel());

    [Fact]
    public async Task Translate_answers_every_text_in_every_target_in_order()
    {
        var request = new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Le 7 mars, 400 jihadistes ont fui Palmyre.", "La ville compte 3 quartiers." },
            TargetLanguages = { "en", "es" },
        };

        var response = await Client().TranslateAsync(request);

        Assert.Equal("fake", response.Translator);
        Assert.Equal(2, response.Texts.Count);
        Assert.Equal("[en] Le 7 mars, 400 jihadistes ont fui Palmyre.", response.Texts[0].Translations[0].Text);
        Assert.Equal("[es] Le 7 mars, 400 jihadistes ont fui Palmyre.", response.Texts[0].Translations[1].Text);
        Assert.Equal("[en] La ville compte 3 quartiers.", response.Texts[1].Translations[0].Text);
        Assert.All(response.Texts, t => Assert.False(t.SourceLanguage.Detected));
        var usage = Assert.Single(response.Usage.Backends);
        Assert.Equal("fake", usage.Backend);
        Assert.Equal(2 * request.Texts.Sum(t => t.Length), usage.Characters);
    }

    [Fact]
    public async Task Translate_keeps_html_markup_when_asked_for_html()
    {
        var response = await Client().TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            TextType = TextType.Html,
            Texts = { "Un plan de <strong>42 millions</strong> voté à <a href=\"/lyon\">Lyon</a>." },
            TargetLanguages = { "en" },
        });

        Assert.Equal("[en] Un plan de <strong>42 millions</strong> voté à <a href=\"/lyon\">Lyon</a>.", response.Texts[0].Translations[0].Text);
    }

    [Fact]
    public async Task Translate_fails_one_text_whose_language_cannot_be_detected_and_translates_the_others()
    {
        var response = await Client().TranslateAsync(new TranslateRequest
        {
            Texts = { "Palmyre", "Les soldats ont repris la ville et le site antique dans la nuit." },
            TargetLanguages = { "en" },
        });

        var undetected = response.Texts[0];
        Assert.Equal((int)StatusCode.InvalidArgument, undetected.Error.Code);
        Assert.Contains("texts[0]", undetected.Error.Message);
        Assert.Empty(undetected.Translations);
        var translated = response.Texts[1];
        Assert.Null(translated.Error);
        Assert.True(translated.SourceLanguage.Detected);
        Assert.Equal("fr", translated.SourceLanguage.Language);
        Assert.StartsWith("[en] Les soldats", translated.Translations[0].Text);
    }

    [Fact]
    public async Task Translate_lists_every_invalid_field_at_once()
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "french",
            Texts = { "Bonjour", "   " },
            TargetLanguages = { "en", "zz", "en", "en_" },
            Glossary = new Glossary { Entries = { new GlossaryEntry { Term = " " } } },
        }));

        Assert.Equal("INVALID_REQUEST", RpcAssert.ErrorInfo(status).Reason);
        var violations = RpcAssert.Violations(status).ToDictionary(v => v.Field, v => v.Reason);
        Assert.Equal("INVALID_LANGUAGE_CODE", violations["source_language"]);
        Assert.Equal("FIELD_REQUIRED", violations["texts[1]"]);
        Assert.Equal("INVALID_LANGUAGE_CODE", violations["target_languages[1]"]);
        Assert.Equal("DUPLICATE_VALUE", violations["target_languages[2]"]);
        Assert.Equal("INVALID_LANGUAGE_CODE", violations["target_languages[3]"]);
        Assert.Equal("FIELD_REQUIRED", violations["glossary.entries[0].term"]);
    }

    [Fact]
    public async Task Translate_refuses_requests_over_the_configured_limits_and_names_them()
    {
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Limits:MaxTexts", "2")
            .With("NewsLingo:Limits:MaxTargets", "1")
            .With("NewsLingo:Limits:MaxTextCharacters", "10");

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client(factory).TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "court", "bien trop long pour la limite", "trois" },
            TargetLanguages = { "en", "es" },
        }));

        var violations = RpcAssert.Violations(status);
        Assert.Contains(violations, v => v.Field == "texts" && v.Reason == "TOO_MANY_TEXTS" && v.Description.Contains("NewsLingo:Limits:MaxTexts"));
        Assert.Contains(violations, v => v.Field == "texts[1]" && v.Reason == "TEXT_TOO_LONG" && v.Description.Contains("limit is 10"));
        Assert.Contains(violations, v => v.Field == "target_languages" && v.Reason == "TOO_MANY_TARGETS");
    }

    [Fact]
    public async Task Translate_refuses_a_direction_the_backend_lacks_and_lists_the_supported_ones()
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Bonjour" },
            TargetLanguages = { "en", "ja" },
        }));

        var info = RpcAssert.ErrorInfo(status);
        Assert.Equal("UNSUPPORTED_LANGUAGE_DIRECTION", info.Reason);
        Assert.Contains("fr->es", info.Metadata["supported"]);
        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("target_languages[1]", violation.Field);
        Assert.Contains("from fr it supports", violation.Description);
    }

    [Fact]
    public async Task Translate_returns_the_text_unchanged_when_source_and_target_are_the_same()
    {
        var response = await Client().TranslateAsync(new TranslateRequest { SourceLanguage = "fr", Texts = { "Bonjour" }, TargetLanguages = { "fr" } });

        Assert.Equal("Bonjour", response.Texts[0].Translations[0].Text);
        Assert.Empty(response.Usage.Backends);
    }

    [Fact]
    public async Task DetectLanguage_is_confident_on_a_sentence_and_honest_on_a_single_name()
    {
        var sentence = await Client().DetectLanguageAsync(new DetectLanguageRequest { Text = "L'armée syrienne annonce avoir repris la totalité de la ville de Palmyre." });
        var name = await Client().DetectLanguageAsync(new DetectLanguageRequest { Text = "Palmyre" });

        Assert.Equal("fr", sentence.Language);
        Assert.True(sentence.Reliable);
        Assert.Equal("fake", sentence.Detector);
        Assert.False(name.Reliable);
    }

    [Fact]
    public async Task DetectLanguage_refuses_an_empty_text()
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().DetectLanguageAsync(new DetectLanguageRequest()));

        Assert.Equal("FIELD_REQUIRED", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal("text", Assert.Single(RpcAssert.Violations(status)).Field);
    }

    [Fact]
    public async Task ListLanguages_reports_the_configured_backends_and_their_directions()
    {
        var all = await Client().ListLanguagesAsync(new ListLanguagesRequest());
        var fromFrench = await Client().ListLanguagesAsync(new ListLanguagesRequest { SourceLanguage = "fr" });

        Assert.Equal("fake", all.Translator);
        Assert.Equal("fake", all.Summarizer);
        Assert.Contains(all.Directions, d => d.SourceLanguage == "en" && d.TargetLanguage == "fr");
        Assert.All(fromFrench.Directions, d => Assert.Equal("fr", d.SourceLanguage));
        Assert.Contains(fromFrench.Directions, d => d.TargetLanguage == "es");
        Assert.Contains(all.DetectionLanguages, l => l.Code == "fr" && l.Name == "French");
    }

    [Fact]
    public async Task Translate_keeps_glossary_terms_and_forces_given_translations()
    {
        using var factory = new NewsLingoHost();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());
        var request = new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Sophie Marchand a présenté le plan vélo à la Métropole." },
            TargetLanguages = { "en" },
            Glossary = new Glossary
            {
                Entries =
                {
                    new GlossaryEntry { Term = "Sophie Marchand" },
                    new GlossaryEntry { Term = "Métropole", Translation = "Greater Lyon" },
                },
            },
        };

        var response = await client.TranslateAsync(request);

        Assert.Equal("[en] Sophie Marchand a présenté le plan vélo à la Greater Lyon.", response.Texts[0].Translations[0].Text);
    }
}
