namespace Workflows.Blazor.Data;

/// <summary>How much room the database takes, as the System page shows it.</summary>
public interface IDatabaseSize
{
    long Bytes();
}
