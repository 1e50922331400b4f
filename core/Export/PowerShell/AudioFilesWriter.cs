namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Audio files (Import-CsOnlineAudioFile), found by file name for their application. ChatPhone keeps a file's name and
/// fingerprint, not its sound: the script reads each file Teams does not have yet from <c>-AudioFolder</c> (by default,
/// its own folder). It first checks that every such file is there, and stops before changing anything when one is
/// missing (a dry run only warns), so that a second run, once the files are in place, does everything.
/// </summary>
internal static class AudioFilesWriter
{
    /// <summary>The script parameter naming the folder that holds the audio files.</summary>
    public const string Folder = "$AudioFolder";

    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.AudioFiles.Count == 0)
        {
            return;
        }

        script.Section("Section_AudioFiles")
            .CommentSay("AudioFiles_Where")
            .Line($"if (-not {Folder}) {{ {Folder} = (Get-Location).Path }}")
            .Line("$missing = @()");
        foreach (var file in tenant.AudioFiles)
        {
            var path = $"(Join-Path {Folder} {PsLiteral.Quote(file.FileName)})";
            script.Line($"if (-not ({Find(file)}) -and -not (Test-Path -LiteralPath {path})) {{ $missing += {path} }}");
        }

        using (script.Block("if ($missing)"))
        {
            using (script.Block("if ($WhatIfPreference)"))
            {
                script.Line("Write-Warning " + script.Message("AudioFiles_Missing", "$missing -join ', '"));
            }

            using (script.Block("else"))
            {
                script.Line("throw " + script.Message("AudioFiles_Missing", "$missing -join ', '"));
            }
        }

        foreach (var file in tenant.AudioFiles)
        {
            var name = PsLiteral.Quote(file.FileName);
            script.Blank().Line("$audio = " + Find(file));
            using (script.Block("if (-not $audio)"))
            using (script.ShouldProcess(name, "Action_ImportAudioFile"))
            {
                script.Command(new PsCommand("Import-CsOnlineAudioFile")
                        .With("ApplicationId", PsLiteral.Quote(file.Application.ToString()))
                        .With("FileName", name)
                        .With("Content", $"([System.IO.File]::ReadAllBytes((Join-Path {Folder} {name})))"), "$audio")
                    .Report("Done_AudioFileImported", name);
            }

            using (script.Block("if ($audio)"))
            {
                script.Line($"{ScriptReferences.Of(ScriptReferences.AudioFiles, file.Id)} = $audio.Id");
            }
        }
    }

    // The file Teams already has under this name for this application, or nothing.
    private static string Find(AudioFiles.AudioFile file) =>
        $"Get-CsOnlineAudioFile -ApplicationId {PsLiteral.Quote(file.Application.ToString())}"
        + $" | Where-Object {{ $_.FileName -eq {PsLiteral.Quote(file.FileName)} }} | Select-Object -First 1";
}
