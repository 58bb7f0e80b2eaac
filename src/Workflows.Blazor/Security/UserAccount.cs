namespace Workflows.Blazor.Security;

public sealed record UserAccount(string Id, string Email, string Role, bool IsLocked);
