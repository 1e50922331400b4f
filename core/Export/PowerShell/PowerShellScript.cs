using System.Globalization;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>An exported script: its suggested file name and its text (UTF-8, LF line ends).</summary>
/// <param name="FileName">A file name safe on every system: <c>chatphone-&lt;tenant&gt;-&lt;yyyyMMdd-HHmm&gt;.ps1</c>.</param>
/// <param name="Text">The script.</param>
public sealed record PowerShellScript(string FileName, string Text)
{
    /// <summary>The media type of a PowerShell script file.</summary>
    public const string ContentType = "text/plain";

    /// <summary>The file name of <paramref name="tenant"/>'s script written at <paramref name="now"/>.</summary>
    public static string FileNameFor(TenantId tenant, DateTimeOffset now, string? part = null)
    {
        var safe = new string(tenant.ToString().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
        return $"chatphone-{safe}-{(part is null ? string.Empty : part + "-")}{now.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.ps1";
    }

    /// <summary>The script as UTF-8 with a byte order mark, which Windows PowerShell 5.1 needs to read « » and accents right.</summary>
    public byte[] ToBytes() => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Text)];
}
