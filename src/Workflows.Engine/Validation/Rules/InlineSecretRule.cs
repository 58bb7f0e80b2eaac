using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// The workflow's own secrets are encrypted values this installation can open. One encrypted elsewhere (a workflow
/// imported from another installation) cannot be, and only typing its value again here fixes that.
/// </summary>
internal sealed class InlineSecretRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var (name, cipherText) in InlineSecrets.Entries(context.Definition))
        {
            if (cipherText is null)
            {
                yield return Finding.Error(FindingCodes.InvalidSecret, null,
                    $"The workflow's secret \"{name}\" has no encrypted value. Enter its value in the workflow's secrets so it is stored encrypted.");
            }
            else if (context.Secrets is { } secrets && !secrets.TryDecrypt(cipherText, out _))
            {
                yield return Finding.Error(FindingCodes.UnreadableSecret, null,
                    $"The workflow's secret \"{name}\" was encrypted by another installation and cannot be read here. " +
                    "Enter its value again in the workflow's secrets.");
            }
        }
    }
}
