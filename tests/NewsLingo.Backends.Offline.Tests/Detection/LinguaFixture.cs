using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Detection;

namespace NewsLingo.Backends.Offline.Tests.Detection;

/// <summary>One detector with the default eight languages for the whole class: loading models takes a while.</summary>
public sealed class LinguaFixture
{
    public LinguaLanguageDetector Detector { get; } = new(Options.Create(new LanguageDetectionOptions()));
}
