using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Engine.Experiments;

/// <summary>
/// Which path of a split a contact takes: random across contacts, but always the same for the same contact.
/// <para>
/// The contact's place on the line from 0 to 1 is a hash (SHA-256) of the workflow id, the split step's id and
/// the contact, so it is the same in every process, on every machine and after every restart. The paths share
/// the line by weight, in their order; a contact takes the path its place falls in.
/// </para>
/// <para>
/// The workflow's version is deliberately not hashed: publishing a new version (a fixed typo, a changed email)
/// must not move contacts who re-enter to another path, or they would see both variants and the experiment would
/// measure neither. Changing the weights moves only the contacts between the old and the new boundary (raising B
/// from 20% to 30% moves a tenth of the contacts, all from the path before B to B). A fresh draw needs a new
/// split step, which has a new id.
/// </para>
/// </summary>
public static class SplitAssignment
{
    /// <summary>The contact's place in [0, 1) for this split, the same on every call.</summary>
    public static double Place(string workflowId, string stepSlug, string contact)
    {
        // The unit separator cannot be typed in an id, so ("a", "bc") and ("ab", "c") never hash alike.
        var key = Encoding.UTF8.GetBytes($"{workflowId}\u001f{stepSlug}\u001f{contact}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key, hash);
        // The top 53 bits make a double in [0, 1) with every value equally likely.
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The path whose share of the line holds <paramref name="place"/>; the paths' weights need not add up to 100.</summary>
    public static SplitPath Choose(IReadOnlyList<SplitPath> paths, double place)
    {
        if (paths.Count == 0)
        {
            throw new ArgumentException("A split needs paths to choose from.", nameof(paths));
        }
        var point = place * paths.Sum(p => p.Weight);
        var upTo = 0.0;
        foreach (var path in paths)
        {
            upTo += path.Weight;
            if (point < upTo)
            {
                return path;
            }
        }
        return paths[^1];
    }
}
