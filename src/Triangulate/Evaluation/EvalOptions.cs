namespace Triangulate.Evaluation;

/// <summary>Options of <c>triangulate eval</c>.</summary>
public sealed record EvalOptions
{
    /// <summary>"dev" (default), "train" or "all". Sets with only a dev split here ignore it.</summary>
    public string Split { get; init; } = "dev";

    /// <summary>The system under test; null resolves <see cref="SystemComponents.FromDefaultPipeline"/>.</summary>
    public SystemComponents? Components { get; init; }

    /// <summary>When set, the entity protocol writes its split and joined gold chains here (a development aid for
    /// the train split; see <see cref="Sets.EntityProtocol"/>).</summary>
    public string? EntityErrorsPath { get; init; }

    public SystemComponents ResolveComponents() => Components ?? SystemComponents.FromDefaultPipeline();
}
