  ; Removes the .wzsw association, but only when it is still ours; the data files stay.
  ReadRegStr $0 HKCR ".wzsw" ""
  StrCmp $0 "WZSW.DataFile" 0 +2
    DeleteRegKey HKCR ".wzsw"
  DeleteRegKey HKCR "WZSW.DataFile"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
