namespace NewsLingo.Backends.Azure;

/// <summary>The name Azure AI Translator is registered and configured under ("NewsLingo:Backends:Translator": "azure").</summary>
public static class AzureBackend
{
    public const string Name = "azure";
}
