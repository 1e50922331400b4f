# The behaviour behind the generated stand-ins of the export's run test (StandInRunspace.cs): every call is recorded in
# $global:StandInCalls, and a small in-memory tenant answers the lookups the exported script makes, so a second run can
# find what the first one created. Only what the export relies on is modelled.

$global:StandInCalls = [System.Collections.Generic.List[object]]::new()
$global:StandInObjects = @{}

# Nouns whose New- cmdlet only builds an object in memory (nothing is created in the tenant).
$global:StandInBuilders = @(
    'CsAutoAttendantPrompt', 'CsAutoAttendantCallableEntity', 'CsAutoAttendantMenuOption', 'CsAutoAttendantMenu',
    'CsAutoAttendantCallFlow', 'CsAutoAttendantCallHandlingAssociation', 'CsAutoAttendantDialScope', 'CsOnlineTimeRange',
    'CsOnlineDateTimeRange')

# The property that identifies each stored object, and which the -Identity of its Set- cmdlet names.
$global:StandInKeys = @{
    'CsOnlineLisCivicAddress' = 'CivicAddressId'; 'CsOnlineLisLocation' = 'LocationId'; 'CsOnlineApplicationInstance' = 'ObjectId'
    'CsCallQueue' = 'Identity'; 'CsAutoAttendant' = 'Identity'; 'CsOnlineSchedule' = 'Id'; 'CsOnlineApplicationInstanceAssociation' = 'Identity'
    'CsPhoneNumberAssignment' = 'TelephoneNumber'; 'CsOnlineDialInConferencingUser' = 'Identity'
    'CsOnlineDialInConferencingServiceNumber' = 'Number'; 'MgUser' = 'UserId'; 'CsOnlineAudioFile' = 'Id'
}

$global:StandInObjects['CsOnlineDialInConferencingBridge'] = [System.Collections.Generic.List[object]]@(
    [pscustomobject]@{ Identity = [guid]::NewGuid().ToString(); Name = 'Conference Bridge'; DefaultServiceNumber = $null })
$global:StandInObjects['CsOnlineDialInConferencingTenantSettings'] = [System.Collections.Generic.List[object]]@([pscustomobject]@{ Identity = 'Global' })

function Set-StandInProperties($Object, [hashtable] $Values) {
    foreach ($name in $Values.Keys) { $Object | Add-Member -NotePropertyName $name -NotePropertyValue $Values[$name] -Force }
}

function Get-StandInUserId([string] $Upn) {
    $account = @($global:StandInObjects['CsOnlineApplicationInstance']) | Where-Object { $_.UserPrincipalName -eq $Upn } | Select-Object -First 1
    if ($account) { return $account.ObjectId }
    return 'oid:' + $Upn
}

function Invoke-StandIn([string] $Command, [hashtable] $Bound) {
    $values = @{}
    foreach ($name in $Bound.Keys) {
        if ($name -notin [System.Management.Automation.PSCmdlet]::CommonParameters -and $name -notin @('WhatIf', 'Confirm')) {
            $value = $Bound[$name]
            if ($value -is [System.Management.Automation.SwitchParameter]) { $value = $value.IsPresent }
            $values[$name] = $value
        }
    }

    $global:StandInCalls.Add([pscustomobject]@{ Name = $Command; Parameters = $values })
    $verb, $noun = $Command -split '-', 2
    if (-not $global:StandInObjects.ContainsKey($noun)) { $global:StandInObjects[$noun] = [System.Collections.Generic.List[object]]::new() }
    $store = $global:StandInObjects[$noun]
    $key = $global:StandInKeys[$noun]

    switch ($Command) {
        'Get-CsOnlineUser' { return [pscustomobject]@{ Identity = Get-StandInUserId $values['Identity'] } }
        'Get-MgSubscribedSku' { return $global:StandInSkus | ForEach-Object { [pscustomobject]@{ SkuPartNumber = $_; SkuId = 'sku-' + $_ } } }
        'Get-MgUser' {
            $user = $store | Where-Object { $_.UserId -eq $values['UserId'] } | Select-Object -First 1
            if (-not $user) {
                $user = [pscustomobject]@{ UserId = $values['UserId']; UsageLocation = $null; AssignedLicenses = @() }
                $store.Add($user)
            }
            return $user
        }
        'Set-MgUserLicense' {
            $user = $global:StandInObjects['MgUser'] | Where-Object { $_.UserId -eq $values['UserId'] } | Select-Object -First 1
            $added = @($values['AddLicenses'] | ForEach-Object { [pscustomobject]@{ SkuId = $_.SkuId } })
            Set-StandInProperties $user @{ AssignedLicenses = @($user.AssignedLicenses) + $added }
            return
        }
        'New-CsOnlineApplicationInstanceAssociation' {
            foreach ($identity in $values['Identities']) {
                $store.Add([pscustomobject]@{ Identity = $identity; ConfigurationId = $values['ConfigurationId']; ConfigurationType = $values['ConfigurationType'] })
            }
            return
        }
        'Register-CsOnlineDialInConferencingServiceNumber' {
            $store.Add([pscustomobject]@{ Number = $values['Identity']; BridgeId = $values['BridgeId'] })
            return
        }
        'Set-CsPhoneNumberAssignment' {
            $number = $store | Where-Object { $_.TelephoneNumber -eq $values['TelephoneNumber'] } | Select-Object -First 1
            if (-not $number) { $number = [pscustomobject]@{ TelephoneNumber = $values['TelephoneNumber'] }; $store.Add($number) }
            $update = @{}
            foreach ($name in $values.Keys) { if ($name -ne 'Identity') { $update[$name] = $values[$name] } }
            if ($values.ContainsKey('Identity')) { $update['AssignedPstnTargetId'] = Get-StandInUserId $values['Identity'] }
            Set-StandInProperties $number $update
            return
        }
        'Set-CsOnlineDialInConferencingBridge' {
            $bridge = $values['Instance']
            if ($values.ContainsKey('DefaultServiceNumber')) { $bridge.DefaultServiceNumber = [pscustomobject]@{ Number = $values['DefaultServiceNumber'] } }
            return
        }
    }

    # Import- creates like New- (an audio file, its Id given by Teams).
    if ($verb -in @('New', 'Import')) {
        $object = [pscustomobject]@{}
        Set-StandInProperties $object $values
        $id = [guid]::NewGuid().ToString()
        Set-StandInProperties $object @{ Id = $id; Identity = $id }
        if ($key) { Set-StandInProperties $object @{ $key = $id } }
        if ($noun -eq 'CsOnlineLisCivicAddress') { Set-StandInProperties $object @{ DefaultLocationId = [guid]::NewGuid().ToString() } }
        if ($noun -notin $global:StandInBuilders) { $store.Add($object) }
        $global:StandInCalls[$global:StandInCalls.Count - 1] | Add-Member -NotePropertyName Created -NotePropertyValue $id
        return $object
    }

    if ($verb -eq 'Get') {
        $found = @($store)
        foreach ($name in $values.Keys) {
            if ($name -eq 'NameFilter') {
                $filter = [string]$values[$name]
                $found = @($found | Where-Object { ([string]$_.Name).IndexOf($filter, [System.StringComparison]::OrdinalIgnoreCase) -ge 0 })
            }
            elseif (@($store | Where-Object { $_.PSObject.Properties[$name] }).Count -gt 0) {
                $found = @($found | Where-Object { $_.$name -eq $values[$name] })
            }
            elseif ($name -eq 'Identity' -and $key) {
                $found = @($found | Where-Object { $_.$key -eq $values[$name] })
            }
        }

        return $found
    }

    # Set-, Update-: the object named by -Instance or by its key (or the one object of a singleton), created when missing.
    $target = $values['Instance']
    $update = @{}
    foreach ($name in $values.Keys) { if ($name -ne 'Instance') { $update[$name] = $values[$name] } }
    if (-not $target) {
        $given = if ($key -and $values.ContainsKey($key)) { $values[$key] } elseif ($values.ContainsKey('Identity')) { $values['Identity'] } else { $null }
        if ($null -ne $given) {
            $target = $store | Where-Object { $_.$key -eq $given } | Select-Object -First 1
            $update.Remove('Identity')
            $update[$key] = $given
        }
        else {
            $target = $store | Select-Object -First 1
        }

        if (-not $target) { $target = [pscustomobject]@{}; $store.Add($target) }
    }

    Set-StandInProperties $target $update
}
