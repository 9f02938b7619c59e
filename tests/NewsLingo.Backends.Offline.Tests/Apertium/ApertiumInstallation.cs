using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>The machine's Apertium, as the tests that need it use it.</summary>
internal static class ApertiumInstallation
{
    public const string ModesDirectory = "/usr/share/apertium/modes";

    public static bool IsPresent => new ApertiumProbe(Options.Create(new ApertiumOptions())).WhyUnavailable() is null;

    public static ApertiumTranslator CreateTranslator(Action<ApertiumOptions>? configure = null)
    {
        var options = new ApertiumOptions { PipelinesPerMode = 2 };
        configure?.Invoke(options);
        return new ApertiumTranslator(Options.Create(options), NullLogger<ApertiumTranslator>.Instance);
    }
}
