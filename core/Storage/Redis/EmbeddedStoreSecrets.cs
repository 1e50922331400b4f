using System.Security.Cryptography;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// The embedded Garnet's password and the protection of its data folder: the folder is the owner's alone (mode 700)
/// and holds a password (32 random bytes, base64url, mode 600) made on the first start and read on every later one,
/// so another local user can neither read the AOF nor talk to the loopback port.
/// </summary>
public static class EmbeddedStoreSecrets
{
    /// <summary>The password file's name inside the data folder.</summary>
    public const string PasswordFileName = "garnet.password";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="dataDirectory"/> if needed and makes it the owner's alone.</summary>
    public static void SecureDirectory(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(dataDirectory);
            return;
        }

        System.IO.Directory.CreateDirectory(dataDirectory, OwnerOnlyDirectory);
        // An existing folder keeps its mode on CreateDirectory: tighten it (a folder made by an older version was 755).
        File.SetUnixFileMode(dataDirectory, OwnerOnlyDirectory);
    }

    /// <summary>The password stored in <paramref name="dataDirectory"/>, made and stored on first use.</summary>
    public static string ReadOrCreatePassword(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, PasswordFileName);
        if (!File.Exists(path))
        {
            try
            {
                return Create(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: read theirs.
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }

        var password = File.ReadAllText(path).Trim();
        return password.Length > 0
            ? password
            : throw new InvalidOperationException($"The embedded store's password file {path} is empty: delete it to make a new one.");
    }

    /// <summary>The password of the embedded store whose data is in <paramref name="dataDirectory"/> (it must exist).</summary>
    public static string ReadPassword(string dataDirectory) =>
        File.ReadAllText(Path.Combine(dataDirectory, PasswordFileName)).Trim();

    private static string Create(string path)
    {
        var password = Base64Url(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created with the mode, never readable by others even for a moment.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            writer.Write(password);
        }

        return password;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
