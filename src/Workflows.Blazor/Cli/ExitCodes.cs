namespace Workflows.Blazor.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The workflow did not validate, or the run failed.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
