using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Tests.Detection;

public sealed class LinguaLanguageDetectorTests(LinguaFixture fixture) : IClassFixture<LinguaFixture>
{
    [Theory]
    [InlineData("fr", "Le conseil municipal a adopté lundi soir un plan pour doubler la longueur des pistes cyclables.")]
    [InlineData("en", "The city council approved on Monday evening a plan to double the length of its cycle lanes.")]
    [InlineData("es", "El ayuntamiento aprobó el lunes por la noche un plan para duplicar la longitud de los carriles bici.")]
    [InlineData("de", "Der Stadtrat hat am Montagabend einen Plan beschlossen, um die Länge der Radwege zu verdoppeln.")]
    [InlineData("it", "Il consiglio comunale ha approvato lunedì sera un piano per raddoppiare la lunghezza delle piste ciclabili.")]
    [InlineData("pt", "A câmara municipal aprovou na segunda-feira à noite um plano para duplicar o comprimento das ciclovias.")]
    [InlineData("nl", "De gemeenteraad heeft maandagavond een plan aangenomen om de lengte van de fietspaden te verdubbelen.")]
    [InlineData("ca", "El consell municipal va aprovar dilluns al vespre un pla per doblar la longitud dels carrils bici.")]
    public async Task Each_configured_language_is_detected_reliably_on_a_real_sentence(string expected, string text)
    {
        var detection = await fixture.Detector.DetectAsync(text, CancellationToken.None);

        Assert.Equal(LanguageTag.Parse(expected), detection.Language);
        Assert.True(detection.IsReliable, $"confidence {detection.Confidence:F3}");
        Assert.DoesNotContain(detection.Alternatives, a => a.Language == detection.Language);
        Assert.All(detection.Alternatives, a => Assert.True(a.Confidence <= detection.Confidence));
    }

    [Fact]
    public async Task Palmyre_article_is_french_with_high_confidence()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "palmyre-euronews.txt"));

        var detection = await fixture.Detector.DetectAsync(text, CancellationToken.None);

        Assert.Equal(LanguageTag.Parse("fr"), detection.Language);
        Assert.True(detection.Confidence >= 0.9, $"confidence {detection.Confidence:F3}");
    }

    [Theory]
    [InlineData("Palmyre")]
    [InlineData("Mossoul")]
    [InlineData("Daech Palmyre")]
    public async Task A_lone_name_is_not_a_reliable_detection(string text)
    {
        var detection = await fixture.Detector.DetectAsync(text, CancellationToken.None);

        Assert.False(detection.IsReliable, $"{detection.Language} at {detection.Confidence:F3}");
        Assert.NotEmpty(detection.Alternatives);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("2026 — 42 % / 17")]
    public async Task Empty_or_letterless_text_is_undetermined(string text)
    {
        var detection = await fixture.Detector.DetectAsync(text, CancellationToken.None);

        Assert.Equal(LanguageDetection.Undetermined, detection);
    }

    [Fact]
    public async Task Text_mixing_two_languages_half_and_half_gets_low_confidence()
    {
        const string text = "The government presented its budget on Wednesday, le ministre a défendu un budget de responsabilité.";

        var detection = await fixture.Detector.DetectAsync(text, CancellationToken.None);
        var french = await fixture.Detector.DetectAsync("Le gouvernement a présenté son budget mercredi, le ministre a défendu un budget de responsabilité.", CancellationToken.None);

        Assert.True(detection.Confidence < french.Confidence, $"mixed {detection.Confidence:F3} vs french {french.Confidence:F3}");
        Assert.True(detection.Confidence < 0.9, $"mixed {detection.Confidence:F3}");
        var candidates = detection.Alternatives.Select(a => (LanguageTag?)a.Language).Append(detection.Language).ToList();
        Assert.Contains(LanguageTag.Parse("en"), candidates);
        Assert.Contains(LanguageTag.Parse("fr"), candidates);
    }

    [Fact]
    public void Supported_languages_are_the_configured_eight()
    {
        var expected = new[] { "ca", "de", "en", "es", "fr", "it", "nl", "pt" }.Select(LanguageTag.Parse);

        Assert.Equal(expected.OrderBy(t => t.Value), fixture.Detector.SupportedLanguages.OrderBy(t => t.Value));
        Assert.Equal("lingua", fixture.Detector.Name);
    }
}
