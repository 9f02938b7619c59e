namespace NewsLingo.Server.Configuration;

/// <summary>The names backends are registered and configured under.</summary>
public static class BackendNames
{
    public const string Auto = "auto";
    public const string Fake = NewsLingo.Backends.Fakes.FakeTranslator.BackendName;
}
