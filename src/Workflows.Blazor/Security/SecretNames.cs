using System.Text.RegularExpressions;

namespace Workflows.Blazor.Security;

/// <summary>What a secret may be called, in the store and in a workflow: a name a template can write as <c>{{secrets.name}}</c>.</summary>
public static partial class SecretNames
{
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    public static string Problem(string name) =>
        $"'{name}' cannot be a secret name: use letters, digits and underscores, starting with a letter.";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Pattern();
}
