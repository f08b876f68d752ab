  ; Registers .wzsw as a WZSW data file opened by wzsw.exe (inserted into CPack's install section).
  WriteRegStr HKCR ".wzsw" "" "WZSW.DataFile"
  WriteRegStr HKCR ".wzsw" "Content Type" "application/x-wzsw"
  WriteRegStr HKCR "WZSW.DataFile" "" "WZSW data file"
  WriteRegStr HKCR "WZSW.DataFile\DefaultIcon" "" "$INSTDIR\bin\wzsw.exe,0"
  WriteRegStr HKCR "WZSW.DataFile\shell\open\command" "" '"$INSTDIR\bin\wzsw.exe" "%1"'
  ; Tell Explorer, so the icon and the double-click work without a new login.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
