namespace NewsLingo.Core.Backends;

/// <summary>
/// Builds a backend's stack of decorators in one place, first <see cref="Use"/> outermost, as
/// Microsoft.Extensions.AI's <c>ChatClientBuilder</c> does: the order of concerns reads top down.
/// </summary>
public sealed class BackendBuilder<TBackend>(TBackend inner)
    where TBackend : class
{
    private readonly List<Func<TBackend, TBackend>> _layers = [];

    public BackendBuilder<TBackend> Use(Func<TBackend, TBackend> layer)
    {
        _layers.Add(layer);
        return this;
    }

    public TBackend Build()
    {
        var backend = inner;
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            backend = _layers[i](backend);
        }

        return backend;
    }
}
