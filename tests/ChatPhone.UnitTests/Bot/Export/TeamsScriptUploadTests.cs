using ChatPhone.Bot.Export;

namespace ChatPhone.UnitTests.Bot.Export;

/// <summary>The script goes only where Teams uploads files: https on a SharePoint (OneDrive for Business) host.</summary>
public sealed class TeamsScriptUploadTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/megan/_api/upload?x=1", true)]
    [InlineData("https://CONTOSO-my.SharePoint.com/personal/megan/upload", true)]
    [InlineData("https://agency-my.sharepoint.us/personal/a/upload", true)]
    [InlineData("http://contoso-my.sharepoint.com/personal/megan/upload", false)]
    [InlineData("https://contoso-my.sharepoint.com:8443/upload", false)]
    [InlineData("https://sharepoint.com.attacker.example/upload", false)]
    [InlineData("https://attackersharepoint.com/upload", false)]
    [InlineData("https://127.0.0.1/upload", false)]
    [InlineData("https://[::1]/upload", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void OnlyOneDriveForBusinessAddresses_AreUploadAddresses(string? url, bool accepted) =>
        Assert.Equal(accepted, TeamsScriptUpload.IsUploadAddress(url));
}
