using System.Globalization;

namespace NewsLingo.LoadClient;

/// <summary>One process that serves a target's calls, with the label its CPU share is printed under.</summary>
public sealed record ServingProcess(string Label, int ProcessId)
{
    /// <summary>"pid" (labelled "server") or "label:pid".</summary>
    public static ServingProcess Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new ServingProcess("server", int.Parse(value, CultureInfo.InvariantCulture))
            : new ServingProcess(value[..colon], int.Parse(value[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
