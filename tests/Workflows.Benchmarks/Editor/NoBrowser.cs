using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using Workflows.Blazor.Security;

namespace Workflows.Benchmarks.Editor;

/// <summary>A circuit's services with no browser behind them, signed in as a designer: every JavaScript call returns the default.</summary>
internal sealed class NoBrowser : IServiceProvider
{
    private readonly IServiceProvider _scope;
    private readonly Runtime _js = new();

    public NoBrowser(IServiceProvider scope)
    {
        _scope = scope;
        ((IHostEnvironmentNavigationManager)scope.GetRequiredService<NavigationManager>()).Initialize("http://localhost/", "http://localhost/");
        if (scope.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider signIn)
        {
            var designer = new ClaimsIdentity([new Claim(ClaimTypes.Name, "designer@example.com"), new Claim(ClaimTypes.Role, Roles.Designer)], "benchmark");
            signIn.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(designer))));
        }
    }

    public object? GetService(Type serviceType) => serviceType == typeof(IJSRuntime) ? _js : _scope.GetService(serviceType);

    private sealed class Runtime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            ValueTask.FromResult(default(TValue)!);
    }
}
