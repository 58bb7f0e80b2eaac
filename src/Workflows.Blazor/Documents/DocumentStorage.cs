using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Documents;

/// <summary>
/// Document files live in <c>documents/</c> beside the database. Download links are signed with an
/// expiry, so a link handed to a customer works until then and cannot be altered to reach another file.
/// </summary>
public sealed class DocumentStorage(DatabaseLocation database, IDataProtectionProvider protection, IConfiguration configuration)
{
    // Data Protection's keys persist beside the database, so links stay valid across restarts until they expire.
    private readonly IDataProtector _links = protection.CreateProtector("Workflows.DocumentLinks.v1");

    public string Folder => Path.Combine(database.Folder, "documents");

    public string PathOf(string storagePath) => Path.Combine(Folder, storagePath);

    public async Task<string> SaveAsync(string documentId, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var storagePath = documentId + ".bin";
        await File.WriteAllBytesAsync(PathOf(storagePath), content, cancellationToken);
        return storagePath;
    }

    public string SignedUrl(string documentId, DateTimeOffset expiresAt)
    {
        var expires = expiresAt.ToUnixTimeSeconds();
        var baseUrl = (configuration["PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/');
        return $"{baseUrl}/documents/{documentId}?expires={expires}&signature={Sign(documentId, expires)}";
    }

    public bool IsValid(string documentId, long expires, string? signature, DateTimeOffset now)
    {
        if (signature is null || now.ToUnixTimeSeconds() > expires)
        {
            return false;
        }
        try
        {
            var signed = _links.Unprotect(WebEncoders.Base64UrlDecode(signature));
            return CryptographicOperations.FixedTimeEquals(signed, Payload(documentId, expires));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private string Sign(string documentId, long expires) => WebEncoders.Base64UrlEncode(_links.Protect(Payload(documentId, expires)));

    private static byte[] Payload(string documentId, long expires) => Encoding.UTF8.GetBytes($"{documentId}:{expires}");
}
