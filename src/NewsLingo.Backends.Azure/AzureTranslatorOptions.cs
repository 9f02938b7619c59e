using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Settings of the Azure AI Translator backend (section <see cref="SectionName"/>).
/// <see cref="Key"/> is a secret: it is never logged and never appears in exception or validation messages.
/// </summary>
public sealed class AzureTranslatorOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Azure:Translator";

    /// <summary>The global endpoint; regional and custom-domain (private endpoint) endpoints work too.</summary>
    public const string GlobalEndpoint = "https://api.cognitive.microsofttranslator.com";

    /// <summary>Service root, without path. Default: <see cref="GlobalEndpoint"/>. Plain http is accepted only for loopback (emulators).</summary>
    public string Endpoint { get; set; } = GlobalEndpoint;

    /// <summary>The resource key (Ocp-Apim-Subscription-Key). Required. Secret.</summary>
    public string? Key { get; set; }

    /// <summary>The resource's region (Ocp-Apim-Subscription-Region), e.g. "westeurope". Required by regional and multi-service resources; leave empty for a global single-service resource.</summary>
    public string? Region { get; set; }

    /// <summary>Profanity handling. Default: <see cref="Azure.ProfanityAction.NoAction"/> (news is quoted as written).</summary>
    public ProfanityAction ProfanityAction { get; set; } = ProfanityAction.NoAction;

    /// <summary>Profanity marker when <see cref="ProfanityAction"/> is Marked. Default: Asterisk.</summary>
    public ProfanityMarker ProfanityMarker { get; set; } = ProfanityMarker.Asterisk;

    /// <summary>
    /// Time allowed for one call: the translator's default timeout in NewsLingo:Resilience (which a
    /// Timeouts:azure entry overrides), and the network timeout of the calls outside it (the language
    /// list, detection's transport). Default: 30 s. Retries are NewsLingo:Resilience:MaxRetries', not
    /// the client's: Azure.Core's own are off, so one failing call is at most 1 + MaxRetries requests.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the /languages list is trusted before it is fetched again. Default: 12 h.</summary>
    public TimeSpan LanguagesCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Calls in flight at once for one pipeline request. Default: 4.</summary>
    [Range(1, 64, ErrorMessage = "NewsLingo:Azure:Translator:MaxConcurrentRequests must be between 1 and 64.")]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>The endpoint as a URI, once <see cref="Validate"/> accepted it.</summary>
    internal Uri EndpointUri => new(Endpoint, UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            yield return new ValidationResult(
                $"{SectionName}:Key is required when the 'azure' backend is used (the Translator resource key; set it from a secret store, not appsettings).",
                [nameof(Key)]);
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint)
            || (endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))
            || !string.IsNullOrEmpty(endpoint.Query)
            || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            // The value itself is safe to echo: it is an address, not a secret.
            yield return new ValidationResult(
                $"{SectionName}:Endpoint '{Endpoint}' is not a valid Translator endpoint: use an absolute https URL such as {GlobalEndpoint} (http only for a loopback emulator), without query string.",
                [nameof(Endpoint)]);
        }

        if (Region is not null && (Region.Length == 0 || !Region.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            yield return new ValidationResult(
                $"{SectionName}:Region '{Region}' is not an Azure region name (letters, digits and '-', e.g. westeurope).",
                [nameof(Region)]);
        }

        if (!Enum.IsDefined(ProfanityAction))
        {
            yield return new ValidationResult($"{SectionName}:ProfanityAction must be NoAction, Marked or Deleted.", [nameof(ProfanityAction)]);
        }

        if (!Enum.IsDefined(ProfanityMarker))
        {
            yield return new ValidationResult($"{SectionName}:ProfanityMarker must be Asterisk or Tag.", [nameof(ProfanityMarker)]);
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult($"{SectionName}:Timeout must be greater than 0 and at most 00:10:00.", [nameof(Timeout)]);
        }

        if (LanguagesCacheDuration <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:LanguagesCacheDuration must be greater than 0.", [nameof(LanguagesCacheDuration)]);
        }
    }
}
