using System.Text.RegularExpressions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// The guide's best practice "store API keys as secrets": a password or API key written in clear in a step's config
/// (a field named like one, or a value shaped like a known key) is readable by anyone who can open or export the workflow.
/// </summary>
internal sealed partial class CredentialRule : IValidationRule
{
    private static readonly string[] CredentialNames =
        ["password", "passwd", "pwd", "secret", "apikey", "token", "privatekey", "accesskey", "authorization"];

    private const int MinimumLength = 4;

    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps)
        {
            foreach (var (field, _, text) in ConfigStrings.In(step.Config, "config"))
            {
                var written = !Template.MayContainTags(text) && text.Trim().Length >= MinimumLength;
                if (written && IsCredentialName(field) || KeyShape().IsMatch(TemplateTag().Replace(text, " ")))
                {
                    yield return Finding.Warning(FindingCodes.CredentialInClear, step.Slug,
                        $"{field} looks like a password or API key written in clear: anyone who can open or export this workflow can read it. " +
                        "Keep it as a secret (Settings › Secrets) and write {{secrets.name}} here instead.", field);
                }
            }
        }
    }

    private static bool IsCredentialName(string field)
    {
        var name = field[(field.LastIndexOfAny(['.', ']']) + 1)..].Replace("_", "").Replace("-", "").ToLowerInvariant();
        return CredentialNames.Any(name.EndsWith);
    }

    [GeneratedRegex(@"\{\{.*?\}\}\}?", RegexOptions.Singleline)]
    private static partial Regex TemplateTag();

    /// <summary>Shapes of real keys: Stripe, OpenAI, AWS, GitHub and Slack keys, bearer and basic credentials, passwords in URLs.</summary>
    [GeneratedRegex(@"\b(sk|rk|pk)_(live|test)_[A-Za-z0-9]{8,}|\bsk-[A-Za-z0-9_-]{20,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{20,}|\bxox[abposr]-[A-Za-z0-9-]{10,}|\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{12,}|://[^/\s:@]+:[^/\s@]+@")]
    private static partial Regex KeyShape();
}
