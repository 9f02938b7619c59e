namespace NewsLingo.Core.Diagnostics;

/// <summary>Tells whether an offline engine can run on this machine (its binaries or models are present), for "auto" selection.</summary>
public interface IOfflineEngineProbe
{
    /// <summary>The backend name the probe speaks for.</summary>
    string Engine { get; }

    /// <summary>Null when the engine can run; otherwise what is missing and how to install it.</summary>
    string? WhyUnavailable();
}
