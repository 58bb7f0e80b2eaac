namespace Workflows.Engine.Model;

public static class EffectExtensions
{
    /// <summary>True when doing it twice could be seen outside the run: a write, a message, a call out.</summary>
    public static bool HasSideEffect(this Effect effect) => effect is not (Effect.None or Effect.ReadsData);
}
