using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NewsLingo.Core.Backends;

/// <summary>How a backend project registers itself: one call with one descriptor, and nothing in the host but that call.</summary>
public static class BackendServiceCollectionExtensions
{
    /// <summary>
    /// Registers the backend <paramref name="name"/> as <paramref name="configure"/> declares it, and the
    /// selection that enables backends from <c>NewsLingo:Backends</c> (once for all backends): names are
    /// checked at start-up, and so are the settings of every backend the deployment enables, and only theirs.
    /// A second registration of the same name is ignored.
    /// </summary>
    public static IServiceCollection AddNewsLingoBackend(this IServiceCollection services, IConfiguration configuration, string name, Action<BackendRegistration> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(d => d.ServiceType == typeof(BackendDescriptor) && d.ImplementationInstance is BackendDescriptor known && string.Equals(known.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return services;
        }

        var registration = new BackendRegistration(services, configuration, name);
        configure(registration);
        services.AddSingleton(registration.Descriptor);
        return services.AddNewsLingoBackendSelection(configuration);
    }

    /// <summary>The selection of backends from configuration, its start-up checks and the warm-up of the enabled backends; added once.</summary>
    private static IServiceCollection AddNewsLingoBackendSelection(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(BackendSelector)))
        {
            return services;
        }

        services.AddOptions<BackendSelectionOptions>().Bind(configuration.GetSection(BackendSelectionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        // Read the registered backends when first needed, not now: backends registered later (another
        // extension, or a test's ConfigureTestServices) must count as registered.
        services.AddSingleton(_ => BackendCatalog.From(services));
        services.AddSingleton<BackendSelector>();
        services.AddSingleton<IValidateOptions<BackendSelectionOptions>>(sp => sp.GetRequiredService<BackendSelector>());
        services.AddSingleton(sp => sp.GetRequiredService<BackendSelector>().Select(sp.GetRequiredService<IOptions<BackendSelectionOptions>>().Value));
        services.AddSingleton<BackendProbe>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BackendWarmUp>());
        return services;
    }
}
