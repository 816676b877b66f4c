<#
.SYNOPSIS
    Runs an LvalertTest scenario: a thin wrapper over `lvalerttest run` for pwsh users.

.DESCRIPTION
    Builds and runs the CLI from source (or uses an already built lvalerttest.dll given with -Cli),
    passes the scenario, seed and output directory through, and exits with the CLI's exit code:
    0 = every expectation met, 1 = an expectation failed, 2 = bad input.

.EXAMPLE
    ./run-sim.ps1 scenarios/minimal-gstlal.yaml
.EXAMPLE
    ./run-sim.ps1 scenarios/minimal-gstlal.yaml -Seed 7 -Out runs/try-7
#>
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string] $Scenario,

    [Nullable[long]] $Seed = $null,

    [string] $Out = '',

    # A built lvalerttest.dll; when empty the CLI is built and run from src/ with `dotnet run`.
    [string] $Cli = ''
)

$ErrorActionPreference = 'Stop'

$cliArguments = @('run', $Scenario)
if ($null -ne $Seed) { $cliArguments += @('--seed', [string] $Seed) }
if ($Out -ne '') { $cliArguments += @('--out', $Out) }

if ($Cli -ne '') {
    & dotnet $Cli @cliArguments
}
else {
    $project = [System.IO.Path]::Combine($PSScriptRoot, 'src', 'LvalertTest.Cli')
    & dotnet run --project $project -c Release -- @cliArguments
}

exit $LASTEXITCODE
