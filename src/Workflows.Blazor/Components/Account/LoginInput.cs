using System.ComponentModel.DataAnnotations;

namespace Workflows.Blazor.Components.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; } = true;
}
