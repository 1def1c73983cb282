@echo off
rem ConvLab launcher for Windows: the work is done by convlab.ps1 next to this file.
rem   launcher\convlab.cmd            open the app
rem   launcher\convlab.cmd test       run the whole test suite
rem   launcher\convlab.cmd CMD ...    the command line (launcher\convlab.cmd --help)
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0convlab.ps1" %*
exit /b %ERRORLEVEL%
